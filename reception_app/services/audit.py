"""The audit log as a service (``desk.audit``): verify the chain and its anchors, read entries."""

from __future__ import annotations

from collections.abc import Callable

from reception_app.models.enums import Role
from reception_app.services.context import SessionContext
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit import AuditEntry, AuditLog, VerifyReport
from reception_app.storage.audit_anchor import backup_heads, verify_anchors
from reception_app.storage.audit_walk import WalkSource


class AuditService:
    """``desk.audit``: the chain check (full or incremental) and the entries a supervisor or admin reads."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    VERIFIED_CHECKPOINT_KEY = "audit.verified_checkpoint"

    def verify(
        self,
        *,
        incremental: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> VerifyReport:
        """The chain, its signatures under the *pinned* audit key, and every head recorded outside the DB.

        ``incremental``: walk only from the signed checkpoint the last full walk reached (issue 20: ≤ 1 s at 1M
        entries); when that checkpoint cannot be used, or anything after it is wrong, the full walk runs and names
        the cause. A full walk that passes remembers its newest checkpoint for the next incremental one. The full
        walk of a long chain runs in worker processes (``storage.audit_walk``); ``progress(done, total)`` and
        ``cancelled()`` (which stops it with ``VerifyCancelled``) are for the audit page.
        """
        _, db, keys = self.ctx.require()
        pinned = keys.audit_public
        log_ = AuditLog(db)
        since = settings_repo.get_setting(db, self.VERIFIED_CHECKPOINT_KEY, "") if incremental else ""
        quick = log_.verify_since(pinned, int(since)) if since.isdigit() and int(since) > 0 else None
        source = WalkSource(self.ctx.db_path, keys.db_key)
        report = (
            quick
            if quick is not None and quick.ok
            else log_.verify(pinned, progress=progress, cancelled=cancelled, source=source)
        )
        if report.ok and quick is None and not self.ctx.read_only:  # read-only after a rollback: nothing written
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
        heads = self.ctx.vault.recorded_heads() + backup_heads(db, self.ctx.data_dir / "backups")
        return verify_anchors(db, report, heads, pinned)

    def entries(
        self, *, case_uid: str | None = None, limit: int = 200, before_seq: int | None = None
    ) -> list[AuditEntry]:
        _, db, _ = self.ctx.require(Role.SUPERVISOR, Role.ADMIN)
        return AuditLog(db).entries(case_uid=case_uid, limit=limit, before_seq=before_seq)
