"""The composition root: one data folder's services, each built once and reached by name (issue 15).

``desk.auth`` opens and closes sessions, ``desk.cases`` keeps the register, ``desk.identity`` is the only
way to an identity, and so on (docs/ARCHITECTURE.md lists them). Every service receives the same
:class:`~reception_app.services.context.SessionContext`; nothing else is shared. No Qt. All methods must be
called from one thread (the DB thread): the SQLCipher connection is bound to it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reception_app.models.clock import Clock
from reception_app.services.agencies import AgencyDirectory
from reception_app.services.attachments import AttachmentService
from reception_app.services.audit import AuditService
from reception_app.services.auth import AuthService
from reception_app.services.backup import BackupService
from reception_app.services.cases import CaseService
from reception_app.services.context import VAULT_FILE, Session, SessionContext
from reception_app.services.desk_security import SecurityService
from reception_app.services.documents import DocumentService
from reception_app.services.drafts import DraftService
from reception_app.services.handling import CaseHandling
from reception_app.services.identity import IdentityService
from reception_app.services.intake import IntakeService
from reception_app.services.letters import LetterService
from reception_app.services.logbook import LogbookService
from reception_app.services.notices import NoticeService
from reception_app.services.office_keys import OfficeKeysService
from reception_app.services.protection import Protection
from reception_app.services.related import RelatedCases
from reception_app.services.rotation import RotationService
from reception_app.services.rulesets import RuleSetService
from reception_app.services.settings import SettingsService
from reception_app.services.statistics import StatisticsService
from reception_app.services.users import UserService
from reception_app.storage.crypto import KDF_FLOOR, PRODUCTION_KDF, KdfParams
from reception_app.storage.keyring_secret import DeviceSecretStore, default_store
from reception_app.storage.vault import Vault

if TYPE_CHECKING:
    from reception_app.services.exports import ExportService
    from reception_app.services.office import OfficeService
    from reception_app.services.office_review import OfficeReview


class Desk:
    """One data folder: vault + encrypted database + the logged-in session, and the services working on it.

    Args:
        data_dir: folder holding ``reception.db``, ``vault.json`` and ``logs/``.
        secret_store: where the device secret lives (default: OS keyring, else a 0600 file).
        kdf: Argon2id parameters for new slots (tests inject cheap ones).
        floor: weakest accepted parameters when loading a slot.
        clock: the application's :class:`Clock` (a bare ``() -> datetime`` is wrapped in one).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        secret_store: DeviceSecretStore | None = None,
        kdf: KdfParams = PRODUCTION_KDF,
        floor: KdfParams = KDF_FLOOR,
        clock: Clock | Callable[[], datetime] | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        store = secret_store if secret_store is not None else default_store(self.data_dir)
        self.clock: Clock = clock if isinstance(clock, Clock) else Clock(wall=clock)
        self.vault = Vault(self.data_dir / VAULT_FILE, store, kdf=kdf, floor=floor, clock=self.clock)
        self.ctx = ctx = SessionContext(self.data_dir, store, self.clock, self.vault)
        self.identity = IdentityService(ctx)
        self.security = SecurityService(ctx)
        self.auth = AuthService(ctx, self.security, self.identity)
        self.settings = SettingsService(ctx)
        self.drafts = DraftService(ctx)
        self.users = UserService(ctx, self.drafts)
        self.cases = CaseService(ctx, self.identity, self.users)
        self.attachments = AttachmentService(ctx, self.identity)
        self.intake = IntakeService(self.cases, self.attachments, self.drafts)
        self.audit = AuditService(ctx)
        self.documents = DocumentService(ctx, self.cases, self.identity, self.settings)
        self.agencies = AgencyDirectory(ctx)
        self.handling = CaseHandling(ctx, self.agencies)
        self.protection = Protection(ctx, self.identity)
        self.letters = LetterService(ctx, self.documents, self.cases, self.handling, self.identity)
        self.related = RelatedCases(ctx)
        self.statistics = StatisticsService(ctx)
        self.logbook = LogbookService(ctx)
        self.notices = NoticeService(ctx)
        self.backup = BackupService(ctx, self.auth)
        self.rotation = RotationService(ctx, self.drafts)
        self.office_keys = OfficeKeysService(ctx, self.rotation)
        self.rulesets = RuleSetService(ctx)

    @cached_property
    def exports(self) -> ExportService:
        from reception_app.services.exports import ExportService  # openpyxl loads on the first export

        return ExportService(self.ctx, self.documents, self.security)

    @cached_property
    def office(self) -> OfficeService:
        from reception_app.services.office import OfficeService  # psycopg loads when office mode is used

        return OfficeService(self.ctx)

    @cached_property
    def office_review(self) -> OfficeReview:
        from reception_app.services.office_review import OfficeReview  # conflicts and quarantine (supervisors)

        return OfficeReview(self.ctx)

    @property
    def db_path(self) -> Path:
        return self.ctx.db_path

    @property
    def is_set_up(self) -> bool:
        return self.ctx.is_set_up

    @property
    def session(self) -> Session | None:
        return self.ctx.session

    @property
    def read_only(self) -> bool:
        """True while a rollback found at login waits for a supervisor's acknowledgement."""
        return self.ctx.read_only

    def today(self) -> date:
        """The office's calendar date (Vietnam, UTC+7), not the UTC date: see :class:`Clock`."""
        return self.ctx.today()

    def close(self) -> None:
        """End the session (as :meth:`AuthService.logout`)."""
        self.auth.logout()
