"""The desk facade: every use case the UI and CLI need, bound to one data folder. No Qt.

All methods must be called from one thread (the DB thread): the SQLCipher connection is bound to it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from reception_app.models.case import (
    IDENTITY_SCHEMA_VERSION,
    CaseDetail,
    CaseDraft,
    CaseFilter,
    CaseSummary,
    Page,
    PageKey,
    ReporterIdentity,
    ReporterView,
)
from reception_app.models.clock import Clock
from reception_app.models.enums import IdKind, Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.exact_words import exact_words, has_exact_words
from reception_app.models.fold import fts_query
from reception_app.models.identity_guard import find_identity, placeholder_for, replace_hits
from reception_app.models.password_policy import MIN_LENGTH, assess_password
from reception_app.models.validation import clean_text, validate_case_draft
from reception_app.services import security
from reception_app.services.desk_security import (  # noqa: F401 - SealingBlocked, ReadOnlyAfterRollback re-exported
    HEAD_ACTIONS,
    DeskSecurity,
    ReadOnlyAfterRollback,
    SealingBlocked,
    SessionThrottled,
)
from reception_app.services.drafts import rekey_draft
from reception_app.services.security import RollbackInfo, SecurityReport
from reception_app.storage import cases as case_repo
from reception_app.storage import crypto
from reception_app.storage import office as office_repo
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit import AuditEntry, AuditLog, VerifyReport
from reception_app.storage.audit_anchor import SIGNED_ACTIONS, backup_heads, verify_anchors
from reception_app.storage.crypto import KDF_FLOOR, PRODUCTION_KDF, DecryptionFailed, KdfParams
from reception_app.storage.database import Database, open_database
from reception_app.storage.errors import DatabaseCorrupt, IdentityTampered, WrongCredentials, WrongKey
from reception_app.storage.keyring_secret import DeviceSecretStore, default_store
from reception_app.storage.migrations import migrate
from reception_app.storage.revocation import scrub_old_slots
from reception_app.storage.vault import KeySet, Vault

log = logging.getLogger(__name__)

_REPORTER_CODE = re.compile(r"[A-Z]{2,4}-\d{4}-[A-Z]?\d{5}(?:-\d{1,3})?")


def reporter_code_query(text: str) -> str | None:
    """``NTC-2026-00301-1`` (or without the reporter's number) typed into the search box, upper-cased; else None."""
    code = text.strip().upper()
    return code if _REPORTER_CODE.fullmatch(code) else None

DB_FILE = "reception.db"
VAULT_FILE = "vault.json"
MIN_PASSWORD = MIN_LENGTH
DEFAULT_REVEAL_MINUTES = 5
MAX_PAGE = 1000
IDENTITY_IN_TEXT = (
    "Có họ tên, số điện thoại, số giấy tờ hoặc địa chỉ của người gửi đơn trong phần này: hãy thay bằng "
    "“{placeholder}” hoặc xác nhận giữ lại."
)
EXACT_SEARCH_PAGES = 10  # exact-word search reads at most this many folded pages per request


class PermissionDenied(KnownError):
    """The current user may not do this."""


class NotLoggedIn(KnownError):
    def __init__(self) -> None:
        super().__init__("Phiên làm việc đã kết thúc; vui lòng đăng nhập lại.")


class NotSetUp(KnownError):
    def __init__(self) -> None:
        super().__init__("Chưa thiết lập phần mềm: hãy chạy trình thiết lập lần đầu.")


@dataclass(frozen=True)
class AgencySettings:
    """Who prints the documents (Decree 30/2020 header) and the document symbol."""

    parent_agency: str
    agency_name: str
    place_name: str
    doc_symbol: str


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    password: str

    def __repr__(self) -> str:
        return f"NewUser(username={self.username!r})"


@dataclass(frozen=True)
class Session:
    username: str
    full_name: str
    roles: frozenset[Role]
    is_recovery: bool = False
    # The password typed at login no longer meets the policy (set before the policy was raised): the UI asks
    # for a new one right after login.
    must_change_password: bool = False

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class CaseSaved:
    uid: str
    number: str
    reporter_codes: tuple[str, ...]
    warnings: tuple[str, ...]


class RevealExpired(KnownError):
    def __init__(self) -> None:
        super().__init__("Thời hạn xem danh tính đã hết; danh tính đã được che lại.")


@dataclass(frozen=True)
class RevealGrant:
    """Identities unlocked for one case until ``expires_at``.

    ``token`` names the grant to :meth:`Desk.revealed` and :meth:`Desk.end_reveal`; the service refuses it
    after expiry, after logout, and after ``end_reveal``. The UI must drop ``reporters`` at the same moments.

    Expiry is measured in monotonic seconds (``expires_mono``, from :meth:`Clock.monotonic`): setting the PC's
    clock back does not extend a reveal. ``expires_at`` is the wall time shown and audited.
    """

    token: str
    case_uid: str
    reporters: tuple[ReporterView, ...]
    supervisor: str
    expires_at: datetime
    expires_mono: float

    def seconds_left(self, clock: Clock) -> float:
        """Monotonic seconds until the grant ends (≤ 0: ended)."""
        return self.expires_mono - clock.monotonic()

    def __repr__(self) -> str:
        return f"RevealGrant(case_uid={self.case_uid!r}, expires_at={self.expires_at!r})"


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    needs_password_reset: bool


def check_password_policy(
    username: str,
    password: str,
    field: str = "password",
    *,
    supervisor: bool = False,
    names: tuple[str, ...] = (),
) -> None:
    """≥ 12 characters and a zxcvbn score high enough for the account (stricter for supervisors), see
    :func:`reception_app.models.password_policy.assess_password`. Raises :class:`ValidationError` with the
    Vietnamese reasons."""
    strength = assess_password(password, username=username, supervisor=supervisor, names=names)
    if not strength.acceptable:
        raise ValidationError([FieldError(field, strength.message)])


def clean_username(username: str) -> str:
    name = clean_text(username).casefold()
    if not name or len(name) > 64 or not all(ch.isalnum() or ch in "._-" for ch in name):
        raise ValidationError([FieldError("username", "Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch (tối đa 64).")])
    return name


class Desk(DeskSecurity):
    """One data folder: vault + encrypted database + the logged-in session.

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
        self._store = secret_store if secret_store is not None else default_store(self.data_dir)
        self.clock: Clock = clock if isinstance(clock, Clock) else Clock(wall=clock)
        self._clock = self.clock
        self.vault = Vault(self.data_dir / VAULT_FILE, self._store, kdf=kdf, floor=floor, clock=self.clock)
        self._db: Database | None = None
        self._keys: KeySet | None = None
        self._session: Session | None = None
        self._grants: dict[str, RevealGrant] = {}
        # issue 16: rollback found at login (session read-only), last supervisor check, one-shot signer
        self._rollback: RollbackInfo | None = None
        self._security: SecurityReport | None = None
        self._signer: tuple[str, bytes] | None = None
        self._session_failures: list[float] = []

    # --- state ------------------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def is_set_up(self) -> bool:
        return self.vault.exists() and self.db_path.exists()

    @property
    def device_secret_warning(self) -> str | None:
        return self._store.warning

    def today(self) -> date:
        """The office's calendar date (Vietnam, UTC+7), not the UTC date: see :class:`Clock`.

        Deadlines, "overdue" and date checks are calendar days at the desk; between 00:00 and 07:00 local
        time the UTC date would still be yesterday's.
        """
        return self.clock.today()

    @property
    def session(self) -> Session | None:
        return self._session

    def _require(self, *roles: Role) -> tuple[Session, Database, KeySet]:
        if self._session is None or self._db is None or self._keys is None:
            raise NotLoggedIn()
        if roles and not any(self._session.has(r) for r in roles):
            raise PermissionDenied("Tài khoản của bạn không có quyền thực hiện thao tác này.")
        return self._session, self._db, self._keys

    def _audit(self, action: str, *, case_uid: str | None = None, actor: str | None = None, **details: object) -> None:
        if self._db is None:
            raise NotLoggedIn()
        details = {k: v for k, v in details.items() if v is not None}
        who = actor or (self._session.username if self._session else "system")
        audit = AuditLog(self._db)
        audit.append(at=self._clock(), actor=who, action=action, case_uid=case_uid, details=details)
        log.info("audit %s case=%s", action, case_uid or "-")
        if action == "identity_tamper_detected":
            self._signer = None  # the grant the supervisor authorised will not come: drop their audit key now
        if action in SIGNED_ACTIONS:
            signer = self._signer
            self._signer = None
            if signer is None and self._keys is not None and self._keys.audit_private is not None:
                signer = (who, self._keys.audit_private)
            if signer is not None:
                audit.checkpoint(at=self._clock(), signer=signer[0], audit_private=signer[1])
        if action in HEAD_ACTIONS:
            self._db.after_commit(self._record_head)

    # --- setup ------------------------------------------------------------------------------------------

    def setup(self, agency: AgencySettings, admin: NewUser, supervisor: NewUser) -> str:
        """First run: vault, database, agency settings, first admin and supervisor. Returns the recovery code once."""
        if self.vault.exists() or self.db_path.exists():
            raise PermissionDenied("Dữ liệu đã được thiết lập; không thể thiết lập lại.")
        agency = AgencySettings(
            *(clean_text(v) for v in (agency.parent_agency, agency.agency_name, agency.place_name, agency.doc_symbol))
        )
        errors = [
            FieldError(f, "Vui lòng nhập thông tin này.")
            for f, v in zip(
                ("parent_agency", "agency_name", "place_name", "doc_symbol"),
                (agency.parent_agency, agency.agency_name, agency.place_name, agency.doc_symbol),
                strict=True,
            )
            if not v
        ]
        if errors:
            raise ValidationError(errors)
        admin_name, sup_name = clean_username(admin.username), clean_username(supervisor.username)
        if admin_name == sup_name:
            raise ValidationError([FieldError("username", "Quản trị và lãnh đạo phải là hai tài khoản khác nhau.")])
        office = (agency.parent_agency, agency.agency_name, agency.place_name)
        check_password_policy(admin_name, admin.password, "admin.password", names=(admin.full_name, *office))
        check_password_policy(
            sup_name, supervisor.password, "supervisor.password", supervisor=True, names=(supervisor.full_name, *office)
        )
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        (self.data_dir / "logs").mkdir(exist_ok=True, mode=0o700)
        try:
            keys, code = self.vault.create()
            self.vault.set_user_slot(admin_name, admin.password, keys.officer_view(), supervisor=False)
            self.vault.set_user_slot(sup_name, supervisor.password, keys, supervisor=True)
            db = open_database(self.db_path, keys.db_key, create=True)
            with contextlib.suppress(OSError):  # POSIX only; Windows uses the profile folder's ACL
                self.db_path.chmod(0o600)
        except BaseException:
            self._undo_setup()
            raise
        try:
            migrate(db)
            now = self._clock()
            with db.atomic():
                for key, value in (
                    ("agency.parent", agency.parent_agency),
                    ("agency.name", agency.agency_name),
                    ("agency.place", agency.place_name),
                    ("agency.symbol", agency.doc_symbol),
                    ("identity_public", keys.identity_public.hex()),
                    ("audit_public", keys.audit_public.hex()),
                    ("verify_key", crypto.random_key().hex()),
                    ("reveal_minutes", str(DEFAULT_REVEAL_MINUTES)),
                    ("install_id", self.vault.install_id),
                    ("key_statement", self.vault.top_level_keys()[2].hex()),
                ):
                    settings_repo.set_setting(db, key, value)
                settings_repo.insert_user(
                    db,
                    username=admin_name,
                    full_name=clean_text(admin.full_name),
                    roles=frozenset({Role.ADMIN, Role.OFFICER}),
                    now=now,
                    created_by="setup",
                )
                settings_repo.insert_user(
                    db,
                    username=sup_name,
                    full_name=clean_text(supervisor.full_name),
                    roles=frozenset({Role.SUPERVISOR, Role.OFFICER}),
                    now=now,
                    created_by="setup",
                )
                audit = AuditLog(db)
                audit.append(at=now, actor="setup", action="setup")
                for name, roles in ((admin_name, "admin,officer"), (sup_name, "officer,supervisor")):
                    audit.append(
                        at=now, actor="setup", action="user_created", details={"username": name, "roles": roles}
                    )
                if keys.audit_private is not None:
                    security.write_marks(db, security.current_marks(db), keys.audit_private)
                    audit.checkpoint(at=now, signer="setup", audit_private=keys.audit_private)
            self.vault.record_head(security.current_head(db, now.isoformat(timespec="seconds")))
        except BaseException:
            db.close()
            self._undo_setup()
            raise
        db.close()
        return code

    def _undo_setup(self) -> None:
        for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", VAULT_FILE, VAULT_FILE + ".bak"):
            (self.data_dir / name).unlink(missing_ok=True)
        self.vault.reload()

    # --- sessions ---------------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> Session:
        """Unlock the user's slot (Argon2id ≈ 0.35 s), open the database, audit, sign a checkpoint."""
        if not self.is_set_up:
            raise NotSetUp()
        self.logout()
        name = clean_text(username).casefold()
        self.vault.reload()
        keys = self.vault.verify_password(name, password)
        db = self._open_database(keys)
        migrate(db)
        user = settings_repo.get_user(db, name)
        if user is None or not user.active:
            db.close()
            raise WrongCredentials()
        try:
            keys, adopted = self._adopt_rotated_keys(db, name, password, keys)
        except BaseException:
            db.close()
            raise
        roles = user.roles if keys.is_supervisor else user.roles - {Role.SUPERVISOR}
        weak = not assess_password(
            password, username=name, supervisor=keys.is_supervisor, names=(user.full_name, *self._office_names(db))
        ).acceptable
        session = Session(user.username, user.full_name, roles, must_change_password=weak)
        rollback = security.detect_rollback(self.vault, db)
        self._open(db, keys, session)
        self._rollback = rollback
        try:
            self._copy_pending_events()
            self._audit("login", password_change_required=True if weak else None)
            if adopted:
                self._audit("keys_adopted", outcome="officer" if not keys.is_supervisor else "supervisor")
            if rollback is not None:
                self._audit_rollback("rollback_detected", rollback)
                self._set_read_only(True)
            elif keys.is_supervisor and keys.audit_private is not None:
                self._supervisor_check()
        except BaseException:
            self._discard_session()  # no session without its audit event
            raise
        return session

    def login_with_recovery(self, code: str) -> Session:
        """Open with the recovery code (new machine, forgotten passwords). Acts as admin + supervisor."""
        if not self.is_set_up:
            raise NotSetUp()
        self.logout()
        self.vault.reload()
        keys = self.vault.unlock_recovery(code)
        db = self._open_database(keys)
        migrate(db)
        session = Session("recovery", "Mã khôi phục", frozenset(Role), is_recovery=True)
        rollback = security.detect_rollback(self.vault, db)
        self._open(db, keys, session)
        self._rollback = rollback
        try:
            self._copy_pending_events()
            self._audit("recovery_login")
            if rollback is not None:
                self._audit_rollback("rollback_detected", rollback)
                self._set_read_only(True)
            else:
                self._supervisor_check()
        except BaseException:
            self._discard_session()
            raise
        return session

    def _open_database(self, keys: KeySet) -> Database:
        """Open with a key the vault just proved: a 'not a database' answer now means damage, not a wrong key."""
        try:
            return open_database(self.db_path, keys.db_key)
        except WrongKey:
            raise DatabaseCorrupt() from None

    def _discard_session(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db = self._keys = self._session = None
        self._grants.clear()
        self._rollback = self._security = self._signer = None
        self._session_failures.clear()

    def _open(self, db: Database, keys: KeySet, session: Session) -> None:
        self._db, self._keys, self._session = db, keys, session
        from reception_app.services.rulesets import install_saved

        install_saved(db)  # the rule sets an administrator loaded (issue 19)

    def _copy_pending_events(self) -> None:
        """Failed logins and lockouts recorded in the vault go to the audit log, then leave the vault."""
        events = self.vault.pending_events()
        for event in events:
            self._audit(
                str(event.get("action", "login_failed")),
                actor="system",
                user_hash=str(event.get("user_hash", "")),
                at_recorded=str(event.get("at", "")),
            )
        if events:
            self.vault.clear_pending_events(len(events))

    def logout(self) -> None:
        """End the session. Always drops keys, grants and the connection, even if the audit write fails."""
        try:
            if self._db is not None and self._session is not None:
                for token in list(self._grants):
                    self.end_reveal(token, "logout")
                self._audit("logout")
        except KnownError as exc:  # read-only or full disk: the logout still happens
            log.warning("logout audit not written: %s", type(exc).__name__)
        finally:
            self._discard_session()

    close = logout

    def unlock(self, password: str) -> Session:
        """Resume a locked desk: check the current user's password, leave the session untouched either way.

        Unlike :meth:`login` a wrong password does not close the session (the desk stays locked, the open
        intake form and its draft stay where they are); failures count towards the lockout like a login.
        """
        session, _, keys = self._require()
        if session.is_recovery:
            self.vault.unlock_recovery(password)
        else:
            fresh = self.vault.verify_password(session.username, password)
            if fresh.db_key != keys.db_key:  # a slot for another database cannot resume this one
                raise WrongCredentials()
        if self._rollback is not None:  # read-only until a supervisor acknowledges: nothing can be written
            return session
        self._copy_pending_events()
        self._audit("unlock")
        return session

    # --- settings ---------------------------------------------------------------------------------------

    @staticmethod
    def _office_names(db: Database) -> tuple[str, ...]:
        get = settings_repo.get_setting
        return get(db, "agency.parent"), get(db, "agency.name"), get(db, "agency.place")

    def password_words(self, username: str | None = None) -> tuple[str, ...]:
        """Names a password must not lean on: the account's full name and the office's names (for the meter)."""
        session, db, _ = self._require()
        user = settings_repo.get_user(db, username or session.username)
        return ((user.full_name,) if user is not None else ()) + self._office_names(db)

    def agency(self) -> AgencySettings:
        _, db, _ = self._require()
        get = settings_repo.get_setting
        return AgencySettings(
            get(db, "agency.parent"), get(db, "agency.name"), get(db, "agency.place"), get(db, "agency.symbol")
        )

    # --- cases ------------------------------------------------------------------------------------------

    def create_case(self, draft: CaseDraft, *, identity_in_text: bool = False) -> CaseSaved:
        """Validate, seal identities, allocate the number and save in one transaction (fsync'd).

        A reporter's own name, phone, ID number or address typed into the subject or content is refused unless
        ``identity_in_text`` (the officer chose to keep it, see :mod:`reception_app.models.identity_guard`);
        what is kept is audited by count only, and the search index never gets it, nor any phone/ID-shaped number.
        """
        session, db, keys = self._require()
        self.ensure_sealing_allowed()
        now = self._clock()
        clean, warnings = validate_case_draft(draft, today=self.today())
        identities = [r.identity for r in clean.reporters]
        hits = {name: find_identity(getattr(clean, name), identities) for name in ("subject", "content")}
        own = [name for name, found in hits.items() if any(h.kind.from_reporter for h in found)]
        if own and not identity_in_text:
            message = IDENTITY_IN_TEXT.format(placeholder=placeholder_for(clean.kind))
            raise ValidationError([FieldError(name, message) for name in own])
        kept = sum(len(found) for found in hits.values())
        received_at = (clean.received_at or now).replace(microsecond=0)
        uid = uuid.uuid4().hex
        # Statutory first deadline from the rules file (10 working days KN/KN-PA, 7 TC; none for anonymous tips).
        from reception_app.models.enums import Channel
        from reception_app.models.handling import GROUP_MIN_SIGNERS
        from reception_app.models.rulesets import rules_for
        from reception_app.storage import handling as handling_repo

        rules = rules_for(received_at.date())  # the rule set in force on the received date
        intake_rule = rules.intake_rule(clean.kind)
        due = (
            rules.due(intake_rule, received_at.date(), handling_repo.load_calendar(db))
            if intake_rule is not None
            else None
        )
        with db.atomic():
            seq = case_repo.next_counter(db, "case", received_at.year)
            serial = office_repo.case_serial(db, seq)  # "00042", or "A00042" on desk A of an office
            number = f"{received_at.year}-{serial}"
            sealed = [
                case_repo.SealedReporter(
                    seq=i,
                    reporter_code=f"{clean.kind.reporter_prefix}-{received_at.year}-{serial}-{i}",
                    sealed_identity=crypto.seal(
                        keys.identity_public,
                        crypto.pad_json(r.identity.to_canonical_json()),
                        crypto.seal_ad(uid, i, IDENTITY_SCHEMA_VERSION),
                    ),
                    is_representative=r.is_representative,
                )
                for i, r in enumerate(clean.reporters, start=1)
            ]
            case_id = case_repo.insert_case(
                db,
                uid=uid,
                number=number,
                draft=clean,
                received_at=received_at,
                officer=session.username,
                now=now,
                due_on=due,
                reporters=sealed,
                index_subject=replace_hits(clean.subject, hits["subject"]),
                index_content=replace_hits(clean.content, hits["content"]),
            )
            handling_repo.record_intake(
                db,
                case_id=case_id,
                rule=intake_rule.code if intake_rule is not None else None,
                received_on=received_at.date(),
                due_on=due,
                walk_in=clean.channel is Channel.WALK_IN,
                visited_at=received_at,
                officer=session.username,
                people=clean.group_size,
                group_min=GROUP_MIN_SIGNERS,
                led_by_head=clean.led_by_head,
            )
            office_repo.record_case_created(db, case_id, uid, now)
            self._audit(
                "case_created",
                case_uid=uid,
                number=number,
                reporter_codes=[r.reporter_code for r in sealed],
                documents=len(clean.documents),
                warnings=len(warnings),
                identity_kept=kept or None,
            )
        return CaseSaved(uid, number, tuple(r.reporter_code for r in sealed), tuple(warnings))

    def get_case(self, uid: str) -> CaseDetail:
        """The case with identities masked (``ReporterView.identity`` is None)."""
        _, db, _ = self._require()
        row = case_repo.find_case_row(db, uid)
        if row is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        views = tuple(
            ReporterView(r.seq, r.reporter_code, r.is_representative)
            for r in case_repo.stored_reporters(db, int(row["id"]))
        )
        detail = case_repo.case_detail(db, row, views)
        return dataclasses.replace(detail, officer_name=self.full_name_of(detail.officer))

    def case_summary(self, uid: str) -> CaseSummary | None:
        """The case-list row of one case (masked, like every list row), or None if there is no such case."""
        _, db, _ = self._require()
        return case_repo.summary_by_uid(db, uid)

    def list_cases(self, after: PageKey | None = None, limit: int = 200, filters: CaseFilter | None = None) -> Page:
        _, db, _ = self._require()
        return case_repo.list_page(db, after=after, limit=max(1, min(limit, MAX_PAGE)), **self._filter_args(filters))

    def search_cases(
        self,
        text: str,
        after: PageKey | None = None,
        limit: int = 200,
        filters: CaseFilter | None = None,
        *,
        exact: bool = False,
    ) -> Page:
        """Vietnamese-folded full-text search; user syntax never reaches FTS5 as syntax.

        ``exact``: only cases containing every typed word with its marks ("Nhung", not "những"); the folded
        search finds the candidates, a few pages are read until some match (the page may hold fewer rows).
        """
        _, db, _ = self._require()
        code = reporter_code_query(text) if isinstance(text, str) else None
        if code is not None:  # a reporter code read off a receipt: that case, not a word search
            return Page(tuple(case_repo.summaries_by_reporter_code(db, code)) if after is None else (), None)
        match = fts_query(text) if isinstance(text, str) else None
        if match is None:
            return self.list_cases(after, limit, filters)
        size = max(1, min(limit, MAX_PAGE))
        page = case_repo.search_page(db, match=match, after=after, limit=size, **self._filter_args(filters))
        words = exact_words(text) if exact else ()
        if not words:
            return page
        kept: list[CaseSummary] = []
        for _ in range(EXACT_SEARCH_PAGES):
            texts = case_repo.searchable_texts(db, [r.id for r in page.rows])
            kept += [r for r in page.rows if has_exact_words(words, texts.get(r.id, ""))]
            if kept or page.next_key is None:
                break
            page = case_repo.search_page(db, match=match, after=page.next_key, limit=size, **self._filter_args(filters))
        return Page(tuple(kept), page.next_key)

    def _filter_args(self, filters: CaseFilter | None) -> dict[str, Any]:
        if filters is None:
            return {}
        return {
            "kind": filters.kind,
            "status": filters.status,
            "overdue_before": self.today() if filters.overdue else None,
        }

    # --- reveal -----------------------------------------------------------------------------------------

    def authorise_supervisor(
        self,
        case_uid: str,
        supervisor_username: str,
        supervisor_password: str,
        reason: str,
        *,
        action: str,
        seq: int | None = None,
    ) -> tuple[str, str, bytes]:
        """The one gate to sealed data: a supervisor's credential and a written reason, every step audited.

        Audits ``<action>_requested``, then ``<action>_denied`` with the outcome on any refusal. Returns
        (supervisor username, cleaned reason, identity private key) for this one action only.
        """
        sup, reason_text, sup_keys = self._supervisor_keys(
            case_uid, supervisor_username, supervisor_password, reason, action=action, seq=seq
        )
        if sup_keys.identity_private is None:  # pragma: no cover - _supervisor_keys refused it already
            raise PermissionDenied("Chỉ lãnh đạo có thẩm quyền mới được mở khóa danh tính và tài liệu gốc.")
        return sup, reason_text, sup_keys.identity_private

    def _supervisor_keys(
        self,
        case_uid: str | None,
        supervisor_username: str,
        supervisor_password: str,
        reason: str,
        *,
        action: str,
        seq: int | None = None,
    ) -> tuple[str, str, KeySet]:
        _, db, _ = self._require()
        reason_text = clean_text(reason, multiline=True) if isinstance(reason, str) else ""
        sup = clean_text(supervisor_username).casefold() if isinstance(supervisor_username, str) else ""
        who = self._typed_account(db, sup)
        self._audit(f"{action}_requested", case_uid=case_uid, reason=reason_text, seq=seq, **who)
        if len(reason_text) < 5:
            self._audit(f"{action}_denied", case_uid=case_uid, outcome="no_reason", seq=seq, **who)
            raise ValidationError([FieldError("reason", "Vui lòng ghi rõ lý do mở khóa (ít nhất 5 ký tự).")])
        try:
            self._session_gate()
        except SessionThrottled:
            self._audit(f"{action}_denied", case_uid=case_uid, outcome="rate_limited", seq=seq, **who)
            raise
        try:
            sup_keys = self.vault.verify_password(sup, supervisor_password, count=False)
        except KnownError:
            self._session_failures.append(self.clock.monotonic())
            self._audit(f"{action}_denied", case_uid=case_uid, outcome="bad_credentials", seq=seq, **who)
            raise
        user = settings_repo.get_user(db, sup)
        if user is None or not user.active or Role.SUPERVISOR not in user.roles or sup_keys.identity_private is None:
            self._audit(f"{action}_denied", case_uid=case_uid, outcome="not_supervisor", seq=seq, **who)
            raise PermissionDenied("Chỉ lãnh đạo có thẩm quyền mới được mở khóa danh tính và tài liệu gốc.")
        # The grant that follows is signed at once with this supervisor's audit key (one use, then dropped).
        self._signer = (sup, sup_keys.audit_private) if sup_keys.audit_private is not None else None
        return sup, reason_text, sup_keys

    NAME_HASH_KEY = "audit.name_hash_key"

    def _typed_account(self, db: Database, name: str) -> dict[str, str]:
        """How a user name typed into a supervisor field is audited: as itself when it is an account, else only
        as a keyed hash (a password typed into the wrong field must never land in the log).

        The HMAC key is a random per-database setting, so the hash cannot be recomputed from a name list alone.
        """
        if name and settings_repo.get_user(db, name) is not None:
            return {"supervisor": name}
        key_hex = settings_repo.get_setting(db, self.NAME_HASH_KEY)
        if not key_hex:
            key_hex = crypto.random_key().hex()
            with db.atomic():
                settings_repo.set_setting(db, self.NAME_HASH_KEY, key_hex)
        return {"supervisor_hash": crypto.keyed_name_hash(bytes.fromhex(key_hex), name)}

    def reveal(self, case_uid: str, supervisor_username: str, supervisor_password: str, reason: str) -> RevealGrant:
        """Unseal a case's identities with a supervisor's credential and a written reason. Audited."""
        session, db, _ = self._require()
        row = case_repo.find_case_row(db, case_uid) if isinstance(case_uid, str) else None
        if row is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        sup, reason_text, identity_private = self.authorise_supervisor(
            case_uid, supervisor_username, supervisor_password, reason, action="reveal"
        )
        views = []
        for r in case_repo.stored_reporters(db, int(row["id"])):
            try:
                plain = crypto.unseal(
                    identity_private,
                    r.sealed_identity,
                    crypto.seal_ad(case_uid, r.seq, IDENTITY_SCHEMA_VERSION),
                )
            except DecryptionFailed:
                self._audit("identity_tamper_detected", case_uid=case_uid, seq=r.seq, supervisor=sup)
                raise IdentityTampered(r.case_number, r.seq) from None
            views.append(
                ReporterView(r.seq, r.reporter_code, r.is_representative, ReporterIdentity.from_canonical_json(plain))
            )
        minutes = self._reveal_minutes(db)
        expires = self.clock.now() + timedelta(minutes=minutes)
        expires_mono = self.clock.monotonic() + minutes * 60
        token = secrets.token_urlsafe(16)
        self._audit(
            "reveal_granted",
            case_uid=case_uid,
            supervisor=sup,
            reason=reason_text,
            fields="all",
            minutes=minutes,
            reporters=len(views),
            expires_at=expires.isoformat(timespec="seconds"),
        )
        del identity_private
        log.info("reveal granted case=%s by=%s", case_uid, session.username)
        grant = RevealGrant(token, case_uid, tuple(views), sup, expires, expires_mono)
        self._grants[token] = grant
        return grant

    REVEAL_MINUTES_RANGE = (1, 60)

    def _reveal_minutes(self, db: Database) -> int:
        low, high = self.REVEAL_MINUTES_RANGE
        text = settings_repo.get_setting(db, "reveal_minutes", str(DEFAULT_REVEAL_MINUTES)).strip()
        value = int(text) if text.isdigit() else DEFAULT_REVEAL_MINUTES
        return min(max(value, low), high)

    def reveal_minutes(self) -> int:
        """How long a reveal lasts, in minutes: the setting clamped to 1–60 whatever was stored."""
        _, db, _ = self._require()
        return self._reveal_minutes(db)

    def set_reveal_minutes(self, minutes: int) -> int:
        """Supervisor or admin sets the reveal duration; clamped to 1–60 minutes. Audited. Returns the value kept."""
        _, db, _ = self._require(Role.SUPERVISOR, Role.ADMIN)
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise ValidationError([FieldError("reveal_minutes", "Chọn số phút từ 1 đến 60.")])
        low, high = self.REVEAL_MINUTES_RANGE
        value = min(max(minutes, low), high)
        if settings_repo.get_setting(db, "reveal_minutes") != str(value):
            with db.atomic():
                settings_repo.set_setting(db, "reveal_minutes", str(value))
                self._audit("settings_changed", fields=["reveal_minutes"], minutes=value)
        return value

    def revealed(self, token: str) -> RevealGrant:
        """The grant behind ``token`` while it is valid; after expiry it is dropped, audited and refused."""
        self._require()
        grant = self._grants.get(token)
        if grant is None:
            raise RevealExpired()
        if grant.seconds_left(self.clock) <= 0:
            self.end_reveal(token, "expired")
            raise RevealExpired()
        return grant

    def end_reveal(self, token: str, why: str) -> None:
        """Drop a grant and record why: expired / closed / locked / privacy / logout."""
        grant = self._grants.pop(token, None)
        if grant is None:
            return
        self._audit(
            "reveal_expired",
            case_uid=grant.case_uid,
            outcome=why if why in {"expired", "closed", "locked", "privacy", "logout"} else "other",
        )

    def find_by_id_number(self, id_number: str) -> list[str]:
        """Supervisor-only duplicate check by ID number through the blind index. Audited."""
        session, db, keys = self._require(Role.SUPERVISOR)
        if keys.blind_key is None or keys.identity_private is None:
            raise PermissionDenied("Chỉ phiên làm việc của lãnh đạo mới được tra cứu theo số giấy tờ.")
        self._index_pending(db, keys)
        hits = case_repo.cases_with_blind_index(db, crypto.blind_index(keys.blind_key, id_number))
        self._audit("identity_duplicate_check", count=len(hits))
        return hits

    def count_by_id_number_approved(
        self, id_number: str, supervisor_username: str, supervisor_password: str, reason: str
    ) -> int:
        """The duplicate check at the desk in an officer's session, approved there by a supervisor's credential
        and a written reason (the same gate as a reveal; audited). Tells only how many saved cases carry the
        number, nothing about them."""
        _, db, _ = self._require()
        sup, _reason, sup_keys = self._supervisor_keys(
            None, supervisor_username, supervisor_password, reason, action="identity_duplicate_check"
        )
        if sup_keys.blind_key is None:  # pragma: no cover - every supervisor slot holds the blind key
            raise PermissionDenied("Chỉ phiên làm việc của lãnh đạo mới được tra cứu theo số giấy tờ.")
        self._index_pending(db, sup_keys)
        hits = case_repo.cases_with_blind_index(db, crypto.blind_index(sup_keys.blind_key, id_number))
        self._audit("identity_duplicate_check", count=len(hits), supervisor=sup)
        return len(hits)

    def _index_pending(self, db: Database, keys: KeySet) -> None:
        if keys.blind_key is None or keys.identity_private is None:
            return
        while True:
            pending = case_repo.reporters_without_blind_index(db, 500)
            if not pending:
                return
            with db.atomic():
                for r in pending:
                    try:
                        plain = crypto.unseal(
                            keys.identity_private,
                            r.sealed_identity,
                            crypto.seal_ad(r.case_uid, r.seq, IDENTITY_SCHEMA_VERSION),
                        )
                        ident = ReporterIdentity.from_canonical_json(plain)
                        value = (
                            crypto.blind_index(keys.blind_key, ident.id_number)
                            if ident.id_kind is not IdKind.NONE and ident.id_number
                            else b""
                        )
                    except DecryptionFailed:
                        value = b""
                    case_repo.set_blind_index(db, r.case_id, r.seq, value)

    # --- users ------------------------------------------------------------------------------------------

    def list_users(self) -> list[UserInfo]:
        _, db, _ = self._require(Role.ADMIN, Role.SUPERVISOR)
        stale = {s.username for s in self.vault.slots() if s.stale}
        slots = {s.username for s in self.vault.slots()}
        return [
            UserInfo(u.username, u.full_name, u.roles, u.active, u.username in stale or u.username not in slots)
            for u in settings_repo.list_users(db)
        ]

    def full_name_of(self, username: str) -> str:
        """A desk user's full name as shown to people (any session); the username if there is none."""
        _, db, _ = self._require()
        user = settings_repo.get_user(db, username)
        return user.full_name if user is not None and user.full_name else username

    def create_user(self, new: NewUser, roles: frozenset[Role] = frozenset({Role.OFFICER})) -> None:
        """Admin creates an officer (or admin). Supervisors only through :meth:`grant_supervisor`."""
        _, db, keys = self._require(Role.ADMIN)
        if Role.SUPERVISOR in roles:
            raise PermissionDenied("Quyền lãnh đạo phải được một lãnh đạo phê duyệt (dùng 'Cấp quyền lãnh đạo').")
        name = clean_username(new.username)
        full_name = clean_text(new.full_name)
        check_password_policy(name, new.password, names=(full_name, *self._office_names(db)))
        if not full_name:
            raise ValidationError([FieldError("full_name", "Vui lòng nhập họ tên cán bộ.")])
        if settings_repo.get_user(db, name) is not None or self.vault.has_user(name):
            raise ValidationError([FieldError("username", "Tên đăng nhập đã tồn tại.")])
        with db.atomic():
            settings_repo.insert_user(
                db,
                username=name,
                full_name=full_name,
                roles=frozenset(roles) | {Role.OFFICER},
                now=self._clock(),
                created_by=self._session.username if self._session else "",
            )
            self._audit("user_created", username=name, roles=",".join(sorted(r.value for r in roles)))
            self.vault.set_user_slot(name, new.password, keys.officer_view(), supervisor=False)

    def _approver_keys(self, approver_username: str | None, approver_password: str | None) -> tuple[KeySet, str]:
        session, db, keys = self._require()
        if session.is_recovery and keys.is_supervisor:
            return keys, "recovery"
        if not approver_username or approver_password is None:
            raise PermissionDenied("Cần một lãnh đạo nhập tài khoản và mật khẩu để phê duyệt.")
        name = clean_text(approver_username).casefold()
        try:
            self._session_gate()
            approver = self.vault.verify_password(name, approver_password, count=False)
        except SessionThrottled:
            self._audit("role_change_denied", approver=name, outcome="rate_limited")
            raise
        except KnownError:
            self._session_failures.append(self.clock.monotonic())
            self._audit("role_change_denied", approver=name, outcome="bad_credentials")
            raise
        user = settings_repo.get_user(db, name)
        if not approver.is_supervisor or user is None or not user.active or Role.SUPERVISOR not in user.roles:
            self._audit("role_change_denied", approver=name)
            raise PermissionDenied("Người phê duyệt không phải lãnh đạo.")
        return approver, name

    def grant_supervisor(
        self,
        username: str,
        user_password: str,
        approver_username: str | None = None,
        approver_password: str | None = None,
    ) -> None:
        """Admin grants the supervisor role; a supervisor (or the recovery session) approves at the desk.

        The user types their own password so the private keys can be wrapped into their slot.
        """
        _, db, _ = self._require(Role.ADMIN)
        name = clean_username(username)
        user = settings_repo.get_user(db, name)
        if user is None:
            raise KnownError("Không tìm thấy tài khoản.")
        approver_keys, approver = self._approver_keys(approver_username, approver_password)
        self.vault.verify_password(name, user_password)
        try:
            check_password_policy(
                name, user_password, supervisor=True, names=(user.full_name, *self._office_names(db))
            )
        except ValidationError as exc:
            raise ValidationError(
                [FieldError("password", "Mật khẩu hiện tại của tài khoản chưa đủ mạnh cho lãnh đạo: "
                            "hãy đổi mật khẩu trước. " + exc.errors[0].message)]
            ) from None
        if approver_keys.audit_private is not None:
            self._signer = (approver, approver_keys.audit_private)
        with db.atomic():
            settings_repo.update_user(db, name, roles=user.roles | {Role.SUPERVISOR})
            self._audit("role_granted", username=name, roles="supervisor", approver=approver)
            self.vault.set_user_slot(name, user_password, approver_keys, supervisor=True)
        scrub_old_slots(self.data_dir, self.vault, name)

    def reset_password(
        self,
        username: str,
        new_password: str,
        approver_username: str | None = None,
        approver_password: str | None = None,
    ) -> None:
        """Admin (or recovery session) sets a new password. A supervisor's slot needs a supervisor's approval."""
        _, db, keys = self._require(Role.ADMIN)
        name = clean_username(username)
        user = settings_repo.get_user(db, name)
        if user is None:
            raise KnownError("Không tìm thấy tài khoản.")
        supervisor = Role.SUPERVISOR in user.roles
        check_password_policy(
            name, new_password, supervisor=supervisor, names=(user.full_name, *self._office_names(db))
        )
        slot_keys, approver = (
            self._approver_keys(approver_username, approver_password) if supervisor else (keys.officer_view(), "")
        )
        with db.atomic():
            self._audit("password_reset", username=name, approver=approver)
            self.vault.set_user_slot(name, new_password, slot_keys, supervisor=supervisor)
        scrub_old_slots(self.data_dir, self.vault, name)

    def change_password(self, old_password: str, new_password: str) -> None:
        session, db, _ = self._require()
        if session.is_recovery:
            raise PermissionDenied("Phiên khôi phục không có mật khẩu riêng.")
        check_password_policy(
            session.username,
            new_password,
            "new_password",
            supervisor=session.has(Role.SUPERVISOR),
            names=(session.full_name, *self._office_names(db)),
        )
        keys = self.vault.verify_password(session.username, old_password)
        with db.atomic():
            self._audit("password_changed")
            self.vault.set_user_slot(session.username, new_password, keys, supervisor=keys.is_supervisor)
        scrub_old_slots(self.data_dir, self.vault, session.username)
        if self._session is not None and self._session.must_change_password:
            self._session = replace(self._session, must_change_password=False)
        # The new slot derives a new draft key: carry the open intake draft over to it.
        fresh = self.vault.verify_password(session.username, new_password)
        current = self._keys
        if current is not None and current.draft_key is not None and fresh.draft_key is not None:
            rekey_draft(self, current.draft_key, fresh.draft_key)
            self._keys = replace(current, draft_key=fresh.draft_key)

    def deactivate_user(self, username: str) -> None:
        session, db, _ = self._require(Role.ADMIN)
        name = clean_username(username)
        if name == session.username:
            raise PermissionDenied("Không thể tự vô hiệu hóa tài khoản đang dùng.")
        was_supervisor = any(s.username == name and s.supervisor for s in self.vault.slots())
        with db.atomic():
            settings_repo.update_user(db, name, active=False)
            self._audit("user_deactivated", username=name)
            self.vault.remove_user_slot(name)
        scrub_old_slots(self.data_dir, self.vault, name)
        if was_supervisor:
            # A revoked supervisor knew the identity private key: offer a rotation (docs/SECURITY.md).
            with db.atomic():
                settings_repo.set_setting(db, "security.rotation_advised", name)

    # --- audit ------------------------------------------------------------------------------------------

    VERIFIED_CHECKPOINT_KEY = "audit.verified_checkpoint"

    def verify_audit(self, *, incremental: bool = False) -> VerifyReport:
        """The chain, its signatures under the *pinned* audit key, and every head recorded outside the DB.

        ``incremental``: walk only from the signed checkpoint the last full walk reached (issue 20: ≤ 1 s at 1M
        entries); when that checkpoint cannot be used, or anything after it is wrong, the full walk runs and names
        the cause. A full walk that passes remembers its newest checkpoint for the next incremental one.
        """
        _, db, keys = self._require()
        pinned = keys.audit_public
        log_ = AuditLog(db)
        since = settings_repo.get_setting(db, self.VERIFIED_CHECKPOINT_KEY, "") if incremental else ""
        quick = log_.verify_since(pinned, int(since)) if since.isdigit() and int(since) > 0 else None
        report = quick if quick is not None and quick.ok else log_.verify(pinned)
        if report.ok and quick is None and not self.read_only:  # read-only after a rollback: nothing written
            newest = log_.last_checkpoint_seq()
            if newest and settings_repo.get_setting(db, self.VERIFIED_CHECKPOINT_KEY, "") != str(newest):
                with db.atomic():
                    settings_repo.set_setting(db, self.VERIFIED_CHECKPOINT_KEY, str(newest))
        if report.ok and settings_repo.get_setting(db, "audit_public") != pinned.hex():
            return VerifyReport(
                False,
                report.entries,
                report.checkpoints,
                0,
                "khóa ký nhật ký trong cơ sở dữ liệu không phải khóa đã ghim",
            )
        heads = self.vault.recorded_heads() + backup_heads(db, self.data_dir / "backups")
        return verify_anchors(db, report, heads, pinned)

    def audit_entries(
        self, *, case_uid: str | None = None, limit: int = 200, before_seq: int | None = None
    ) -> list[AuditEntry]:
        _, db, _ = self._require(Role.SUPERVISOR, Role.ADMIN)
        return AuditLog(db).entries(case_uid=case_uid, limit=limit, before_seq=before_seq)

    # --- agency settings and desk preferences (admin page) ----------------------------------------------

    IDLE_LOCK_KEY = "ui.idle_lock_minutes"
    DEFAULT_IDLE_LOCK_MINUTES = 5
    IDLE_LOCK_RANGE = (1, 60)
    _AGENCY_KEYS = (
        ("agency.parent", "parent_agency", True, 200),
        ("agency.name", "agency_name", True, 200),
        ("agency.place", "place_name", True, 100),
        ("agency.symbol", "doc_symbol", True, 20),
        ("agency.signer_title", "signer_title", False, 200),
        ("agency.signer_name", "signer_name", False, 100),
    )

    def agency_signer(self) -> tuple[str, str]:
        """(signer title, signer name) as stored; "" where unset (documents then print a default title)."""
        _, db, _ = self._require()
        get = settings_repo.get_setting
        return get(db, "agency.signer_title"), get(db, "agency.signer_name")

    def update_agency(self, agency: AgencySettings, *, signer_title: str = "", signer_name: str = "") -> list[str]:
        """Admin changes the document header and signer; validated like setup, audited (keys only, no values).

        Returns:
            The setting keys that changed (empty: nothing to save, nothing audited).
        """
        _, db, _ = self._require(Role.ADMIN)
        a = agency
        raw = (a.parent_agency, a.agency_name, a.place_name, a.doc_symbol, signer_title, signer_name)
        values = [clean_text(v) if isinstance(v, str) else "" for v in raw]
        errors = []
        for (_, field, required, limit), value in zip(self._AGENCY_KEYS, values, strict=True):
            if required and not value:
                errors.append(FieldError(field, "Vui lòng nhập thông tin này."))
            elif len(value) > limit:
                errors.append(FieldError(field, f"Tối đa {limit} ký tự."))
        if values[3] and any(ch.isspace() or ch == "/" for ch in values[3]):
            errors.append(FieldError("doc_symbol", "Ký hiệu văn bản không chứa dấu cách hay dấu '/'."))
        if errors:
            raise ValidationError(errors)
        changed = [
            key
            for (key, *_), value in zip(self._AGENCY_KEYS, values, strict=True)
            if settings_repo.get_setting(db, key) != value
        ]
        if changed:
            with db.atomic():
                for (key, *_), value in zip(self._AGENCY_KEYS, values, strict=True):
                    if key in changed:
                        settings_repo.set_setting(db, key, value)
                self._audit("settings_changed", fields=changed)
        return changed

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the desk locks (setting ``ui.idle_lock_minutes``, default 5)."""
        _, db, _ = self._require()
        low, high = self.IDLE_LOCK_RANGE
        text = settings_repo.get_setting(db, self.IDLE_LOCK_KEY, str(self.DEFAULT_IDLE_LOCK_MINUTES))
        value = int(text) if text.isdigit() else self.DEFAULT_IDLE_LOCK_MINUTES
        return value if low <= value <= high else self.DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Admin sets the auto-lock delay (1–60 minutes; never "off"). Audited."""
        _, db, _ = self._require(Role.ADMIN)
        low, high = self.IDLE_LOCK_RANGE
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
            raise ValidationError([FieldError("idle_lock_minutes", f"Chọn từ {low} đến {high} phút.")])
        if settings_repo.get_setting(db, self.IDLE_LOCK_KEY) == str(minutes):
            return
        with db.atomic():
            settings_repo.set_setting(db, self.IDLE_LOCK_KEY, str(minutes))
            self._audit("settings_changed", fields=[self.IDLE_LOCK_KEY], minutes=minutes)
