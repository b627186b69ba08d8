"""The desk's security operations (issue 16, issue 18.1): ``desk.security``.

The supervisor's key check at login, re-pinning, rollback detection and its acknowledgement, the recorded audit
heads and the off-desk head code. docs/SECURITY.md explains the model. The alarm that stops sealing lives with
the sealing, in :meth:`reception_app.services.identity.IdentityService.ensure_sealing_allowed`.
"""

from __future__ import annotations

import logging

from reception_app.models.enums import Role
from reception_app.models.errors import FieldError, ValidationError
from reception_app.services import attest, office_keys, security
from reception_app.services.context import (  # noqa: F401 - re-exported
    HEAD_ACTIONS,
    SESSION_MAX_FAILURES,
    SESSION_PAUSE_SECONDS,
    PermissionDenied,
    ReadOnlyAfterRollback,
    SealingBlocked,
    SessionContext,
    SessionThrottled,
)
from reception_app.services.security import Finding, RollbackInfo, SecurityReport
from reception_app.storage import crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.mirror import HeadRecord, parse_head_code
from reception_app.storage.revocation import scrub_old_slots
from reception_app.storage.vault import key_statement

log = logging.getLogger("reception_app.services.desk")


class SecurityService:
    """``desk.security``: key checks, re-pinning, rollback acknowledgement, audit heads."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    @property
    def read_only(self) -> bool:
        """True while a rollback found at login waits for a supervisor's acknowledgement."""
        return self.ctx.read_only

    @property
    def rollback(self) -> RollbackInfo | None:
        return self.ctx.rollback

    @property
    def security_report(self) -> SecurityReport | None:
        """What this supervisor session's login check found (None for other sessions)."""
        return self.ctx.security_report

    def supervisor_check(self) -> SecurityReport:
        """Keys and seals check of a supervisor session; the result is signed into the audit chain."""
        _, db, keys = self.ctx.require()
        if security.is_legacy(keys, db):
            unchecked = security.adopt_legacy(self.ctx.vault, db, keys)
            self.ctx.audit("keys_pinned_first_time", count=unchecked)
        findings, checked = security.check_keys(self.ctx.vault, db, keys)
        findings.extend(office_keys.login_findings(self.ctx))  # office mode: anchors, manifest, signed heads
        if keys.audit_private is not None and not findings:  # users' new signing keys (docs/SECURITY.md §5.1)
            attest.certify_pending(
                self.ctx, db, keys.audit_private, self.ctx.session.username if self.ctx.session else ""
            )
        found = {f.code for f in findings}
        for code in security.alarm_codes(db):
            if code not in found:
                findings.append(Finding(code, "Cảnh báo an ninh trước đó chưa được xử lý (chưa ghim lại khóa)."))
        if findings:
            self.ctx.audit("security_alarm", codes=sorted({f.code for f in findings}), checked=checked)
            log.warning("security alarm: %s", ",".join(sorted({f.code for f in findings})))
        self.ctx.audit("security_check", checked=checked, outcome="alarm" if findings else "ok")
        advised = settings_repo.get_setting(db, "security.rotation_advised", "")
        report = SecurityReport(tuple(findings), checked, security.code_of(db), rotation_advised=advised)
        self.ctx.security_report = report
        return report

    def run_security_check(self) -> SecurityReport:
        """A supervisor runs the login check again (also part of a supervisor's ``audit verify``)."""
        self.ctx.require(Role.SUPERVISOR)
        if self.ctx.rollback is not None:
            raise ReadOnlyAfterRollback()
        return self.supervisor_check()

    def repin_keys(self) -> list[str]:
        """Supervisor: make the keys of their own slot the install's keys again and clear the alarm.

        Slots showing other keys are removed (those users need a password reset). Returns their usernames.
        """
        _, db, keys = self.ctx.require(Role.SUPERVISOR)
        if keys.audit_private is None or self.ctx.rollback is not None:
            raise PermissionDenied("Chỉ phiên làm việc của lãnh đạo (không ở chế độ chỉ đọc) mới ghim lại được khóa.")
        statement = crypto.sign(
            keys.audit_private, key_statement(self.ctx.vault.install_id, keys.identity_public, keys.audit_public)
        )
        removed = self.ctx.vault.repin(keys, statement=statement)
        with db.atomic():
            settings_repo.set_setting(db, "identity_public", keys.identity_public.hex())
            settings_repo.set_setting(db, "audit_public", keys.audit_public.hex())
            settings_repo.set_setting(db, "key_statement", statement.hex())
            settings_repo.set_setting(db, security.ALARM_KEY, "")
            self.ctx.audit("keys_repinned", count=len(removed), target=",".join(removed) or None)
        for name in removed:
            scrub_old_slots(self.ctx.data_dir, self.ctx.vault, name)
        self.ctx.security_report = SecurityReport((), 0, security.code_of(db))
        return removed

    def acknowledge_rollback(self) -> None:
        """Supervisor: accept the older data found at login; audited (and signed) with both heads."""
        _, _, keys = self.ctx.require(Role.SUPERVISOR)
        rollback = self.ctx.rollback
        if rollback is None:
            return
        if keys.audit_private is None:
            raise PermissionDenied("Chỉ lãnh đạo mới xác nhận được.")
        self.ctx.set_read_only(False)
        self.ctx.audit_rollback("rollback_acknowledged", rollback)
        self.ctx.rollback = None
        self.ctx.record_head()
        self.supervisor_check()

    def head_code(self) -> str:
        """The short code of the chain's current head, to be written down off the desk."""
        _, db, _ = self.ctx.require()
        return security.code_of(db)

    def check_head_code(self, code: str) -> bool:
        """Supervisor compares a head code noted earlier (off the desk) with the chain. Audited."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        parsed = parse_head_code(code) if isinstance(code, str) else None
        if parsed is None:
            raise ValidationError([FieldError("head_code", "Mã mốc không đúng định dạng (ví dụ 1234-89ABCDEF).")])
        seq, prefix = parsed
        row = db.query_one("SELECT hash FROM audit_log WHERE seq = ?", (seq,))
        ok = row is not None and str(row["hash"]).startswith(prefix)
        if not self.ctx.read_only:
            self.ctx.audit("head_code_checked", seq=seq, outcome="match" if ok else "mismatch")
        return ok

    def rotation_advised(self) -> str:
        """The revoked supervisor whose knowledge of the identity key calls for a rotation ("" if none)."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR, Role.ADMIN)
        return settings_repo.get_setting(db, "security.rotation_advised", "")

    def recorded_heads(self) -> list[HeadRecord]:
        self.ctx.require()
        return self.ctx.vault.recorded_heads()
