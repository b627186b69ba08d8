"""Setting up a desk and its sessions (``desk.auth``): setup, login, recovery login, lock and unlock, logout."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace

from reception_app.models.enums import Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.password_policy import assess_password
from reception_app.models.validation import clean_text
from reception_app.services import attest, security
from reception_app.services.context import DB_FILE, VAULT_FILE, NotSetUp, PermissionDenied, Session, SessionContext
from reception_app.services.desk_security import SecurityService
from reception_app.services.identity import DEFAULT_REVEAL_MINUTES, IdentityService
from reception_app.services.rotation import retired_keys
from reception_app.services.settings import AgencySettings, office_names
from reception_app.services.users import NewUser, check_password_policy, clean_username
from reception_app.storage import attestations, crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit import AuditLog
from reception_app.storage.database import Database, open_database
from reception_app.storage.errors import DatabaseCorrupt, WrongCredentials, WrongKey
from reception_app.storage.migrations import migrate
from reception_app.storage.vault import KeySet, key_statement

log = logging.getLogger("reception_app.services.desk")


class AuthService:
    """``desk.auth``: who may open this data folder, and how a session starts, pauses and ends."""

    def __init__(self, ctx: SessionContext, security: SecurityService, identity: IdentityService) -> None:
        self.ctx = ctx
        self.security = security
        self.identity = identity

    @property
    def device_secret_warning(self) -> str | None:
        return self.ctx.store.warning

    # --- setup ------------------------------------------------------------------------------------------

    def setup(self, agency: AgencySettings, admin: NewUser, supervisor: NewUser) -> str:
        """First run: vault, database, agency settings, first admin and supervisor. Returns the recovery code once."""
        if self.ctx.vault.exists() or self.ctx.db_path.exists():
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
        self.ctx.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        (self.ctx.data_dir / "logs").mkdir(exist_ok=True, mode=0o700)
        try:
            keys, code = self.ctx.vault.create()
            user_keys = {
                admin_name: self.ctx.vault.set_user_slot(
                    admin_name, admin.password, keys.officer_view(), supervisor=False
                ),
                sup_name: self.ctx.vault.set_user_slot(sup_name, supervisor.password, keys, supervisor=True),
            }
            db = open_database(self.ctx.db_path, keys.db_key, create=True)
            with contextlib.suppress(OSError):  # POSIX only; Windows uses the profile folder's ACL
                self.ctx.db_path.chmod(0o600)
        except BaseException:
            self._undo_setup()
            raise
        try:
            migrate(db)
            now = self.ctx.clock()
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
                    ("install_id", self.ctx.vault.install_id),
                    ("key_statement", self.ctx.vault.top_level_keys()[2].hex()),
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
                audit.append(at=now, actor="setup", action=attestations.START_ACTION)
                if keys.audit_private is not None:
                    for name, public in user_keys.items():  # the users' signing keys, certified at once
                        attestations.certify(db, name, public, audit_private=keys.audit_private, by="setup", at=now)
                    security.write_marks(db, security.current_marks(db), keys.audit_private)
                    audit.checkpoint(at=now, signer="setup", audit_private=keys.audit_private)
            self.ctx.vault.record_head(security.current_head(db, now.isoformat(timespec="seconds")))
        except BaseException:
            db.close()
            self._undo_setup()
            raise
        db.close()
        return code

    def _undo_setup(self) -> None:
        for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", VAULT_FILE, VAULT_FILE + ".bak"):
            (self.ctx.data_dir / name).unlink(missing_ok=True)
        self.ctx.vault.reload()

    # --- sessions ---------------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> Session:
        """Unlock the user's slot (Argon2id ≈ 0.35 s), open the database, audit, sign a checkpoint."""
        if not self.ctx.is_set_up:
            raise NotSetUp()
        self.logout()
        name = clean_text(username).casefold()
        self.ctx.vault.reload()
        keys = self.ctx.vault.verify_password(name, password)
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
            password, username=name, supervisor=keys.is_supervisor, names=(user.full_name, *office_names(db))
        ).acceptable
        session = Session(user.username, user.full_name, roles, must_change_password=weak)
        rollback = security.detect_rollback(self.ctx.vault, db)
        self.ctx.open(db, keys, session)
        self.ctx.rollback = rollback
        try:
            self._copy_pending_events()
            if rollback is None:
                attest.start_if_needed(self.ctx, db)
                attest.register_own_key(db, name, keys.signing_private)
            self.ctx.audit("login", password_change_required=True if weak else None)
            if adopted:
                self.ctx.audit("keys_adopted", outcome="officer" if not keys.is_supervisor else "supervisor")
            if rollback is not None:
                self.ctx.audit_rollback("rollback_detected", rollback)
                self.ctx.set_read_only(True)
            elif keys.is_supervisor and keys.audit_private is not None:
                self.security.supervisor_check()
        except BaseException:
            self.ctx.discard()  # no session without its audit event
            raise
        return session

    def login_with_recovery(self, code: str) -> Session:
        """Open with the recovery code (new machine, forgotten passwords). Acts as admin + supervisor."""
        if not self.ctx.is_set_up:
            raise NotSetUp()
        self.logout()
        self.ctx.vault.reload()
        keys = self.ctx.vault.unlock_recovery(code)
        db = self._open_database(keys)
        migrate(db)
        session = Session("recovery", "Mã khôi phục", frozenset(Role), is_recovery=True)
        rollback = security.detect_rollback(self.ctx.vault, db)
        self.ctx.open(db, keys, session)
        self.ctx.rollback = rollback
        try:
            self._copy_pending_events()
            self.ctx.audit("recovery_login")
            if rollback is not None:
                self.ctx.audit_rollback("rollback_detected", rollback)
                self.ctx.set_read_only(True)
            else:
                self.security.supervisor_check()
        except BaseException:
            self.ctx.discard()
            raise
        return session

    def _open_database(self, keys: KeySet) -> Database:
        """Open with a key the vault just proved: a 'not a database' answer now means damage, not a wrong key."""
        try:
            return open_database(self.ctx.db_path, keys.db_key)
        except WrongKey:
            raise DatabaseCorrupt() from None

    def _adopt_rotated_keys(self, db: Database, name: str, password: str, keys: KeySet) -> tuple[KeySet, bool]:
        """After an identity-key rotation, move this user's slot to the new public key (password known now).

        Only a key signed by the audit key this slot pins, and never a key a rotation retired (the signed list
        in the database), is adopted. An old identity private key in the slot is dropped with it.
        """
        if not keys.pinned or keys.identity_next is not None:
            return keys, False
        top_id, top_audit, statement = self.ctx.vault.top_level_keys()
        if top_id == keys.identity_public or top_audit != keys.audit_public or len(top_id) != 32:
            return keys, False
        if not crypto.verify_signature(
            keys.audit_public, statement, key_statement(self.ctx.vault.install_id, top_id, top_audit)
        ):
            return keys, False
        if top_id.hex() in retired_keys(db, keys.audit_public):
            return keys, False
        adopted = replace(keys, identity_public=top_id)
        if keys.identity_private is not None and crypto.identity_public_of(keys.identity_private) != top_id:
            adopted = adopted.officer_view()
        return self.ctx.vault.adopt_keys(name, password, adopted), True

    def _copy_pending_events(self) -> None:
        """Failed logins and lockouts recorded in the vault go to the audit log, then leave the vault."""
        events = self.ctx.vault.pending_events()
        for event in events:
            self.ctx.audit(
                str(event.get("action", "login_failed")),
                actor="system",
                user_hash=str(event.get("user_hash", "")),
                at_recorded=str(event.get("at", "")),
            )
        if events:
            self.ctx.vault.clear_pending_events(len(events))

    def logout(self) -> None:
        """End the session. Always drops keys, grants and the connection, even if the audit write fails."""
        try:
            if self.ctx.db is not None and self.ctx.session is not None:
                self.identity.end_all_reveals("logout")
                self.ctx.audit("logout")
        except KnownError as exc:  # read-only or full disk: the logout still happens
            log.warning("logout audit not written: %s", type(exc).__name__)
        finally:
            self.ctx.discard()

    close = logout

    def unlock(self, password: str) -> Session:
        """Resume a locked desk: check the current user's password, leave the session untouched either way.

        Unlike :meth:`login` a wrong password does not close the session (the desk stays locked, the open
        intake form and its draft stay where they are); failures count towards the lockout like a login.
        """
        session, _, keys = self.ctx.require()
        if session.is_recovery:
            self.ctx.vault.unlock_recovery(password)
        else:
            fresh = self.ctx.vault.verify_password(session.username, password)
            if fresh.db_key != keys.db_key:  # a slot for another database cannot resume this one
                raise WrongCredentials()
        if self.ctx.rollback is not None:  # read-only until a supervisor acknowledges: nothing can be written
            return session
        self._copy_pending_events()
        self.ctx.audit("unlock")
        return session

    def password_words(self, username: str | None = None) -> tuple[str, ...]:
        """Names a password must not lean on: the account's full name and the office's names (for the meter)."""
        session, db, _ = self.ctx.require()
        user = settings_repo.get_user(db, username or session.username)
        return ((user.full_name,) if user is not None else ()) + office_names(db)
