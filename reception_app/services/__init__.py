"""Use cases (no Qt): the :class:`Desk` facade and its value types."""

from reception_app.services.agencies import AgencyDirectory
from reception_app.services.desk import (
    AgencySettings,
    CaseSaved,
    Desk,
    NewUser,
    NotLoggedIn,
    NotSetUp,
    PermissionDenied,
    RevealExpired,
    RevealGrant,
    Session,
    UserInfo,
    check_password_policy,
    clean_username,
)
from reception_app.services.documents import (
    DisclosureNeedsReveal,
    IssuedDocument,
    RevealRequired,
    agency_header,
    issue_acceptance_proposal,
    issue_appointment_slip,
    issue_guidance_slip,
    issue_logbook,
    issue_receipt,
    issue_refusal_notice,
    issue_transfer_slip,
    issued_documents,
    refusal_grounds,
)
from reception_app.services.handling import CaseHandling, CaseNotFound, MoveDone
from reception_app.services.protection import Protection, ProtectionNotFound
from reception_app.services.related import RelatedCases
from reception_app.services.statistics import StatisticsService as StatisticsService
from reception_app.storage.errors import AccountLocked, DeviceSecretMissing, WrongCredentials
from reception_app.storage.vault import normalize_recovery_code

__all__ = [
    "AccountLocked",
    "DeviceSecretMissing",
    "WrongCredentials",
    "clean_username",
    "normalize_recovery_code",
    "AgencySettings",
    "CaseSaved",
    "Desk",
    "NewUser",
    "NotLoggedIn",
    "NotSetUp",
    "PermissionDenied",
    "RevealExpired",
    "RevealGrant",
    "Session",
    "UserInfo",
    "check_password_policy",
    "DisclosureNeedsReveal",
    "IssuedDocument",
    "RevealRequired",
    "agency_header",
    "issue_acceptance_proposal",
    "issue_appointment_slip",
    "issue_guidance_slip",
    "issue_logbook",
    "issue_receipt",
    "issue_refusal_notice",
    "issue_transfer_slip",
    "issued_documents",
    "refusal_grounds",
    "AgencyDirectory",
    "CaseHandling",
    "CaseNotFound",
    "MoveDone",
    "Protection",
    "ProtectionNotFound",
    "RelatedCases",
]
