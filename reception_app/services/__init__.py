"""Use cases (no Qt): the :class:`Desk` composition root, its services and their value types.

The UI imports only this package (import-linter checks it): every name a widget needs is exported here.
"""

from typing import TYPE_CHECKING, Any

from reception_app.services.agencies import MAX_AGENCY_NAME, AgencyDirectory
from reception_app.services.audit import VerifyJob, VerifyOutcome
from reception_app.services.backup import BackupCancelled, BackupInfo, BackupJob
from reception_app.services.cases import CaseSaved
from reception_app.services.context import (
    DB_FILE,
    VAULT_FILE,
    NotLoggedIn,
    NotSetUp,
    PermissionDenied,
    ReadOnlyAfterRollback,
    SealingBlocked,
    Session,
    SessionThrottled,
)
from reception_app.services.desk import Desk
from reception_app.services.documents import (
    DEFAULT_SIGNER_TITLE,
    DisclosureNeedsReveal,
    GuideInstead,
    IssuedDocument,
    NoReporter,
    RevealRequired,
    refusal_grounds,
)
from reception_app.services.handling import CaseHandling, CaseNotFound, MoveDone
from reception_app.services.identity import RevealExpired, RevealGrant
from reception_app.services.intake import IntakeSaved
from reception_app.services.notices import OwedNotice
from reception_app.services.protection import RETALIATION_HANDLED, RETALIATION_OPEN, Protection, ProtectionNotFound
from reception_app.services.related import RelatedCases
from reception_app.services.rotation import RotationProgress
from reception_app.services.rulesets import rule_sets
from reception_app.services.settings import AgencySettings
from reception_app.services.statistics import StatisticsCancelled, StatisticsService
from reception_app.services.users import NewUser, UserInfo, check_password_policy, clean_username
from reception_app.storage.errors import AccountLocked, DeviceSecretMissing, WrongCredentials
from reception_app.storage.vault import normalize_recovery_code

if TYPE_CHECKING:
    from reception_app.services.demo import DEMO_ACCOUNTS, prepare_demo
    from reception_app.services.exports import ExportService
    from reception_app.services.instance_lock import InstanceLock, instance_name
    from reception_app.services.office import OfficeStatus, SyncLoop
    from reception_app.services.office_review import ConflictPage, ConflictView, QuarantineView, VersionView
    from reception_app.services.self_check import FAIL, OK, TRANSLATION_QM, passed, run_self_check, sample_receipt_pdf

# Loaded on first use, not at start-up: openpyxl (exports), psycopg (office), the demo and self-check drivers.
_LAZY = {
    "DEMO_ACCOUNTS": "demo",
    "prepare_demo": "demo",
    "ExportService": "exports",
    "InstanceLock": "instance_lock",
    "instance_name": "instance_lock",
    "OfficeStatus": "office",
    "SyncLoop": "office",
    "ConflictPage": "office_review",
    "ConflictView": "office_review",
    "QuarantineView": "office_review",
    "VersionView": "office_review",
    "FAIL": "self_check",
    "OK": "self_check",
    "TRANSLATION_QM": "self_check",
    "passed": "self_check",
    "run_self_check": "self_check",
    "sample_receipt_pdf": "self_check",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "AccountLocked",
    "AgencyDirectory",
    "AgencySettings",
    "BackupCancelled",
    "BackupInfo",
    "BackupJob",
    "CaseHandling",
    "CaseNotFound",
    "CaseSaved",
    "DB_FILE",
    "DEFAULT_SIGNER_TITLE",
    "DEMO_ACCOUNTS",
    "Desk",
    "DeviceSecretMissing",
    "DisclosureNeedsReveal",
    "ExportService",
    "FAIL",
    "GuideInstead",
    "InstanceLock",
    "IntakeSaved",
    "IssuedDocument",
    "MAX_AGENCY_NAME",
    "MoveDone",
    "NewUser",
    "NoReporter",
    "NotLoggedIn",
    "NotSetUp",
    "OK",
    "OfficeStatus",
    "ConflictPage",
    "ConflictView",
    "QuarantineView",
    "VersionView",
    "OwedNotice",
    "PermissionDenied",
    "Protection",
    "ProtectionNotFound",
    "RETALIATION_HANDLED",
    "RETALIATION_OPEN",
    "ReadOnlyAfterRollback",
    "RelatedCases",
    "RevealExpired",
    "RevealGrant",
    "RevealRequired",
    "RotationProgress",
    "SealingBlocked",
    "Session",
    "SessionThrottled",
    "StatisticsCancelled",
    "StatisticsService",
    "SyncLoop",
    "TRANSLATION_QM",
    "UserInfo",
    "VAULT_FILE",
    "VerifyJob",
    "VerifyOutcome",
    "WrongCredentials",
    "check_password_policy",
    "clean_username",
    "instance_name",
    "normalize_recovery_code",
    "passed",
    "prepare_demo",
    "refusal_grounds",
    "rule_sets",
    "run_self_check",
    "sample_receipt_pdf",
]
