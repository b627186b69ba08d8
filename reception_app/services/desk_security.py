"""The desk's security operations (issue 16, issue 18.1), mixed into :class:`~reception_app.services.desk.Desk`.

Kept apart from the use cases in ``desk.py``: the supervisor's key check at login, the alarm that stops
sealing, re-pinning, rollback detection and its acknowledgement, the recorded audit heads and the off-desk head
code, adopting a rotated identity key, and the rate limit for supervisor credentials typed into another
user's session. docs/SECURITY.md explains the model.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reception_app.models.clock import Clock
from reception_app.models.enums import Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.services import security
from reception_app.services.security import Finding, RollbackInfo, SecurityReport
from reception_app.storage import crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit_anchor import SIGNED_ACTIONS
from reception_app.storage.database import Database
from reception_app.storage.mirror import HeadRecord, parse_head_code
from reception_app.storage.revocation import scrub_old_slots
from reception_app.storage.vault import KeySet, Vault, key_statement

if TYPE_CHECKING:
    from reception_app.services.desk import Session

log = logging.getLogger("reception_app.services.desk")

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


# Supervisor credentials typed into another user's session (reveal dialog, approvals): failures count
# against that session, never against the supervisor's own login (issue 18.1).
SESSION_MAX_FAILURES = 5
SESSION_PAUSE_SECONDS = 15 * 60


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


def _permission_denied(message: str) -> KnownError:
    from reception_app.services.desk import PermissionDenied  # desk.py imports this module

    return PermissionDenied(message)


class DeskSecurity:
    """Mixin: needs the desk's vault, clock, data folder, session state, ``_require`` and ``_audit``."""

    vault: Vault
    clock: Clock
    _clock: Clock
    data_dir: Path
    _db: Database | None
    _keys: KeySet | None
    _rollback: RollbackInfo | None
    _security: SecurityReport | None
    _signer: tuple[str, bytes] | None
    _session_failures: list[float]

    def _require(self, *roles: Role) -> tuple[Session, Database, KeySet]:
        raise NotImplementedError

    def _audit(self, action: str, *, case_uid: str | None = None, actor: str | None = None, **details: Any) -> None:
        raise NotImplementedError

    def _record_head(self) -> None:
        """Remember the chain's head in vault.json and the OS keyring (never while a rollback is pending)."""
        if self._db is None or self._rollback is not None:
            return
        head = security.current_head(self._db, self._clock().isoformat(timespec="seconds"))
        try:
            self.vault.record_head(head)
        except KnownError as exc:  # keyring locked, read-only folder: the next record catches up
            log.warning("audit head not recorded: %s", type(exc).__name__)

    def _adopt_rotated_keys(self, db: Database, name: str, password: str, keys: KeySet) -> tuple[KeySet, bool]:
        """After an identity-key rotation, move this user's slot to the new public key (password known now).

        Only a key signed by the audit key this slot pins, and never a key a rotation retired (the signed list
        in the database), is adopted. An old identity private key in the slot is dropped with it.
        """
        if not keys.pinned or keys.identity_next is not None:
            return keys, False
        top_id, top_audit, statement = self.vault.top_level_keys()
        if top_id == keys.identity_public or top_audit != keys.audit_public or len(top_id) != 32:
            return keys, False
        if not crypto.verify_signature(
            keys.audit_public, statement, key_statement(self.vault.install_id, top_id, top_audit)
        ):
            return keys, False
        from reception_app.services.rotation import retired_keys  # rotation imports this module

        if top_id.hex() in retired_keys(db, keys.audit_public):
            return keys, False
        adopted = replace(keys, identity_public=top_id)
        if keys.identity_private is not None and crypto.identity_public_of(keys.identity_private) != top_id:
            adopted = adopted.officer_view()
        return self.vault.adopt_keys(name, password, adopted), True

    def _session_gate(self) -> None:
        """Refuse while this session has SESSION_MAX_FAILURES wrong supervisor credentials in the pause window."""
        now = self.clock.monotonic()
        self._session_failures = [t for t in self._session_failures if now - t < SESSION_PAUSE_SECONDS]
        if len(self._session_failures) >= SESSION_MAX_FAILURES:
            raise SessionThrottled()

    @property
    def read_only(self) -> bool:
        """True while a rollback found at login waits for a supervisor's acknowledgement."""
        return self._rollback is not None

    @property
    def rollback(self) -> RollbackInfo | None:
        return self._rollback

    @property
    def security_report(self) -> SecurityReport | None:
        """What this supervisor session's login check found (None for other sessions)."""
        return self._security

    def _set_read_only(self, on: bool) -> None:
        if self._db is not None:
            self._db.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")

    def _audit_rollback(self, action: str, rollback: RollbackInfo) -> None:
        self._audit(
            action,
            seq=rollback.recorded.seq,
            recorded_hash=rollback.recorded.hash[:16],
            head_seq=rollback.current_seq,
            head_hash=rollback.current_hash[:16],
            outcome=rollback.recorded.source,
        )

    def _supervisor_check(self) -> SecurityReport:
        """Keys and seals check of a supervisor session; the result is signed into the audit chain."""
        _, db, keys = self._require()
        if security.is_legacy(keys, db):
            unchecked = security.adopt_legacy(self.vault, db, keys)
            self._audit("keys_pinned_first_time", count=unchecked)
        findings, checked = security.check_keys(self.vault, db, keys)
        found = {f.code for f in findings}
        for code in security.alarm_codes(db):
            if code not in found:
                findings.append(Finding(code, "Cảnh báo an ninh trước đó chưa được xử lý (chưa ghim lại khóa)."))
        if findings:
            self._audit("security_alarm", codes=sorted({f.code for f in findings}), checked=checked)
            log.warning("security alarm: %s", ",".join(sorted({f.code for f in findings})))
        self._audit("security_check", checked=checked, outcome="alarm" if findings else "ok")
        advised = settings_repo.get_setting(db, "security.rotation_advised", "")
        report = SecurityReport(tuple(findings), checked, security.code_of(db), rotation_advised=advised)
        self._security = report
        return report

    def run_security_check(self) -> SecurityReport:
        """A supervisor runs the login check again (also part of a supervisor's ``audit verify``)."""
        self._require(Role.SUPERVISOR)
        if self._rollback is not None:
            raise ReadOnlyAfterRollback()
        return self._supervisor_check()

    def ensure_sealing_allowed(self) -> None:
        """Refuse to seal anything while an alarm is open, a rollback is pending, or the keys are not signed."""
        _, db, keys = self._require()
        if self._rollback is not None:
            raise ReadOnlyAfterRollback()
        if security.alarm_codes(db) or '"swapped"' in settings_repo.get_setting(db, "rotation.state", ""):
            raise SealingBlocked()
        if keys.pinned:
            statement = self.vault.top_level_keys()[2]
            message = key_statement(self.vault.install_id, keys.identity_public, keys.audit_public)
            if not crypto.verify_signature(keys.audit_public, statement, message):
                raise SealingBlocked()

    def repin_keys(self) -> list[str]:
        """Supervisor: make the keys of their own slot the install's keys again and clear the alarm.

        Slots showing other keys are removed (those users need a password reset). Returns their usernames.
        """
        _, db, keys = self._require(Role.SUPERVISOR)
        if keys.audit_private is None or self._rollback is not None:
            raise _permission_denied("Chỉ phiên làm việc của lãnh đạo (không ở chế độ chỉ đọc) mới ghim lại được khóa.")
        statement = crypto.sign(
            keys.audit_private, key_statement(self.vault.install_id, keys.identity_public, keys.audit_public)
        )
        removed = self.vault.repin(keys, statement=statement)
        with db.atomic():
            settings_repo.set_setting(db, "identity_public", keys.identity_public.hex())
            settings_repo.set_setting(db, "audit_public", keys.audit_public.hex())
            settings_repo.set_setting(db, "key_statement", statement.hex())
            settings_repo.set_setting(db, security.ALARM_KEY, "")
            self._audit("keys_repinned", count=len(removed), target=",".join(removed) or None)
        for name in removed:
            scrub_old_slots(self.data_dir, self.vault, name)
        self._security = SecurityReport((), 0, security.code_of(db))
        return removed

    def acknowledge_rollback(self) -> None:
        """Supervisor: accept the older data found at login; audited (and signed) with both heads."""
        _, _, keys = self._require(Role.SUPERVISOR)
        rollback = self._rollback
        if rollback is None:
            return
        if keys.audit_private is None:
            raise _permission_denied("Chỉ lãnh đạo mới xác nhận được.")
        self._set_read_only(False)
        self._audit_rollback("rollback_acknowledged", rollback)
        self._rollback = None
        self._record_head()
        self._supervisor_check()

    def head_code(self) -> str:
        """The short code of the chain's current head, to be written down off the desk."""
        _, db, _ = self._require()
        return security.code_of(db)

    def check_head_code(self, code: str) -> bool:
        """Supervisor compares a head code noted earlier (off the desk) with the chain. Audited."""
        _, db, _ = self._require(Role.SUPERVISOR)
        parsed = parse_head_code(code) if isinstance(code, str) else None
        if parsed is None:
            raise ValidationError([FieldError("head_code", "Mã mốc không đúng định dạng (ví dụ 1234-89ABCDEF).")])
        seq, prefix = parsed
        row = db.query_one("SELECT hash FROM audit_log WHERE seq = ?", (seq,))
        ok = row is not None and str(row["hash"]).startswith(prefix)
        if not self.read_only:
            self._audit("head_code_checked", seq=seq, outcome="match" if ok else "mismatch")
        return ok

    def rotation_advised(self) -> str:
        """The revoked supervisor whose knowledge of the identity key calls for a rotation ("" if none)."""
        _, db, _ = self._require(Role.SUPERVISOR, Role.ADMIN)
        return settings_repo.get_setting(db, "security.rotation_advised", "")

    def recorded_heads(self) -> list[HeadRecord]:
        self._require()
        return self.vault.recorded_heads()
