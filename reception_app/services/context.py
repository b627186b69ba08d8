"""The session context every service receives in its constructor (issue 15).

One per data folder: the clock, the vault, the device-secret store, and — while someone is logged in — the
session, the open database and the key set. ``require(*roles)`` is the permission check of every use case,
``audit(...)`` the one writer of audit events. No Qt. Call from the DB thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reception_app.models.clock import Clock
from reception_app.models.enums import Role
from reception_app.models.errors import KnownError
from reception_app.storage import attestations
from reception_app.storage.audit import AuditLog
from reception_app.storage.audit_anchor import SIGNED_ACTIONS
from reception_app.storage.database import Database
from reception_app.storage.keyring_secret import DeviceSecretStore
from reception_app.storage.vault import KeySet, Vault

if TYPE_CHECKING:
    from reception_app.services.security import RollbackInfo, SecurityReport

log = logging.getLogger("reception_app.services.desk")

DB_FILE = "reception.db"
VAULT_FILE = "vault.json"

# Actions after which the head of the audit chain is also recorded outside the database (issue 16).
HEAD_ACTIONS = SIGNED_ACTIONS | {
    "login",
    "logout",
    "recovery_login",
    "user_created",
    "user_deactivated",
    "password_reset",
    "password_changed",
    "identity_disclosed",
    "backup_restored",
}

# Entries signed without the audit key at hand when no supervisor is present (storage/attestations.py).
_ATTESTED = attestations.ACCOUNT_ACTIONS | {"identity_disclosed"}

# Supervisor credentials typed into another user's session (reveal dialog, approvals): failures count
# against that session, never against the supervisor's own login (issue 18.1).
SESSION_MAX_FAILURES = 5
SESSION_PAUSE_SECONDS = 15 * 60


class PermissionDenied(KnownError):
    """The current user may not do this."""


class NotLoggedIn(KnownError):
    def __init__(self) -> None:
        super().__init__("Phiên làm việc đã kết thúc; vui lòng đăng nhập lại.")


class NotSetUp(KnownError):
    def __init__(self) -> None:
        super().__init__("Chưa thiết lập phần mềm: hãy chạy trình thiết lập lần đầu.")


class SealingBlocked(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "Tạm dừng lưu danh tính: phát hiện khóa công khai không khớp (nghi tráo khóa). "
            "Hãy báo lãnh đạo đăng nhập để kiểm tra và ghim lại khóa; hồ sơ nháp vẫn được giữ."
        )


class ReadOnlyAfterRollback(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "Dữ liệu trên máy cũ hơn dữ liệu đã ghi nhận lần trước (có thể đã bị chép đè bằng bản cũ). "
            "Phần mềm chỉ cho xem, không cho ghi. Hãy gọi lãnh đạo đăng nhập để kiểm tra và xác nhận."
        )


class SessionThrottled(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "Đã nhập sai thông tin lãnh đạo quá nhiều lần trong phiên này. Hãy đợi 15 phút rồi thử lại; "
            "tài khoản của lãnh đạo không bị khóa."
        )


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


class SessionContext:
    """Who is logged in, the open database and keys, the clock; the permission check and the audit writer.

    Attributes:
        rollback: a rollback found at login (the session is read-only until a supervisor acknowledges it).
        security_report: what this supervisor session's login check found.
        signer: a one-shot (username, audit private key) signing the next signed audit action.
        grant_signer: for a case, the live reveal grant's (delegating seq, ephemeral private key), or None
            (set by the identity service; signs ``identity_disclosed``).
        session_failures: monotonic times of wrong supervisor credentials typed in this session.
    """

    def __init__(self, data_dir: Path, store: DeviceSecretStore, clock: Clock, vault: Vault) -> None:
        self.data_dir = data_dir
        self.store = store
        self.clock = clock
        self.vault = vault
        self.db: Database | None = None
        self.keys: KeySet | None = None
        self.session: Session | None = None
        self.rollback: RollbackInfo | None = None
        self.security_report: SecurityReport | None = None
        self.signer: tuple[str, bytes] | None = None
        self.grant_signer: Callable[[str | None], tuple[int, bytes] | None] = lambda _case_uid: None
        self.session_failures: list[float] = []
        self._on_close: list[Callable[[], None]] = []

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def is_set_up(self) -> bool:
        return self.vault.exists() and self.db_path.exists()

    @property
    def read_only(self) -> bool:
        """True while a rollback found at login waits for a supervisor's acknowledgement."""
        return self.rollback is not None

    def today(self) -> date:
        """The office's calendar date (Vietnam, UTC+7): see :class:`Clock`."""
        return self.clock.today()

    def require(self, *roles: Role) -> tuple[Session, Database, KeySet]:
        """The session, database and keys; refuses without a session or without one of ``roles``."""
        if self.session is None or self.db is None or self.keys is None:
            raise NotLoggedIn()
        if roles and not any(self.session.has(r) for r in roles):
            raise PermissionDenied("Tài khoản của bạn không có quyền thực hiện thao tác này.")
        return self.session, self.db, self.keys

    def audit(self, action: str, *, case_uid: str | None = None, actor: str | None = None, **details: object) -> None:
        """Append one audit event (signed checkpoint after signed actions, head recorded after head actions)."""
        if self.db is None:
            raise NotLoggedIn()
        details = {k: v for k, v in details.items() if v is not None}
        who = actor or (self.session.username if self.session else "system")
        audit = AuditLog(self.db)
        seq = audit.append(at=self.clock(), actor=who, action=action, case_uid=case_uid, details=details)
        log.info("audit %s case=%s", action, case_uid or "-")
        if action == "identity_tamper_detected":
            self.signer = None  # the grant the supervisor authorised will not come: drop their audit key now
        if action in SIGNED_ACTIONS:
            signer = self.signer
            self.signer = None
            if signer is None and self.keys is not None and self.keys.audit_private is not None:
                signer = (who, self.keys.audit_private)
            if signer is not None:
                audit.checkpoint(at=self.clock(), signer=signer[0], audit_private=signer[1])
        elif action in _ATTESTED or (action == "login" and attestations.first_login_of_day(self.db, seq)):
            self._attest(self.db, audit, action, case_uid, who)
        if action in HEAD_ACTIONS:
            self.db.after_commit(self.record_head)

    def _attest(self, db: Database, audit: AuditLog, action: str, case_uid: str | None, who: str) -> None:
        """Sign the entry just appended without the audit key at hand (docs/SECURITY.md §5.1).

        A disclosure: the ephemeral key of the case's live reveal grant. An account change or the day's first
        login: the audit key if this session or an approving supervisor holds it, else the actor's certified key.
        """
        delegate = self.grant_signer(case_uid) if action == "identity_disclosed" else None
        signer, self.signer = self.signer, None
        if signer is None and self.keys is not None and self.keys.audit_private is not None:
            signer = (who, self.keys.audit_private)
        if delegate is not None:
            attestations.attest(db, at=self.clock(), kind="grant", key_ref=str(delegate[0]), private=delegate[1])
        elif signer is not None:
            audit.checkpoint(at=self.clock(), signer=signer[0], audit_private=signer[1])
        elif action != "identity_disclosed" and self.keys is not None and self.keys.signing_private is not None:
            private = self.keys.signing_private
            attestations.attest(db, at=self.clock(), kind="user", key_ref=who, private=private)

    def record_head(self) -> None:
        """Remember the chain's head in vault.json and the OS keyring (never while a rollback is pending)."""
        if self.db is None or self.rollback is not None:
            return
        from reception_app.services import security  # security.py reads the sealing AD from identity.py

        head = security.current_head(self.db, self.clock().isoformat(timespec="seconds"))
        try:
            self.vault.record_head(head)
        except KnownError as exc:  # keyring locked, read-only folder: the next record catches up
            log.warning("audit head not recorded: %s", type(exc).__name__)

    def audit_rollback(self, action: str, rollback: RollbackInfo) -> None:
        self.audit(
            action,
            seq=rollback.recorded.seq,
            recorded_hash=rollback.recorded.hash[:16],
            head_seq=rollback.current_seq,
            head_hash=rollback.current_hash[:16],
            outcome=rollback.recorded.source,
        )

    def set_read_only(self, on: bool) -> None:
        if self.db is not None:
            self.db.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")

    def session_gate(self) -> None:
        """Refuse while this session has SESSION_MAX_FAILURES wrong supervisor credentials in the pause window."""
        now = self.clock.monotonic()
        self.session_failures = [t for t in self.session_failures if now - t < SESSION_PAUSE_SECONDS]
        if len(self.session_failures) >= SESSION_MAX_FAILURES:
            raise SessionThrottled()

    def count_session_failure(self) -> None:
        self.session_failures.append(self.clock.monotonic())

    def on_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` whenever a session is discarded (services drop their per-session state there)."""
        self._on_close.append(callback)

    def open(self, db: Database, keys: KeySet, session: Session) -> None:
        self.db, self.keys, self.session = db, keys, session
        from reception_app.services.rulesets import install_saved

        install_saved(db)  # the rule sets an administrator loaded (issue 19)

    def discard(self) -> None:
        """Close the database and forget the session, keys, grants and the one-shot signer."""
        if self.db is not None:
            self.db.close()
        self.db = self.keys = self.session = None
        for callback in self._on_close:
            callback()
        self.rollback = self.security_report = self.signer = None
        self.session_failures.clear()
