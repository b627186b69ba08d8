"""The audit log as a service (``desk.audit``): verify the chain and its anchors, read entries.

The full verify is split like a backup (issue 20, "the GUI never waits"): :meth:`AuditService.prepare_verify`
on the DB thread (ms), :meth:`VerifyJob.run` on a job thread with a connection of its own (the long walk; the
desk's connection stays free for saves and searches), :meth:`AuditService.finish_verify` on the DB thread (ms).
:meth:`AuditService.verify` does the three in a row on the calling thread (the CLI, scripts, tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reception_app.models.enums import Role
from reception_app.services.context import SessionContext
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit import AuditEntry, AuditLog, VerifyReport
from reception_app.storage.audit_anchor import backup_heads, verify_anchors
from reception_app.storage.audit_walk import WalkSource
from reception_app.storage.database import open_database
from reception_app.storage.mirror import HeadRecord

VERIFIED_CHECKPOINT_KEY = "audit.verified_checkpoint"
WRONG_KEY = "khóa ký nhật ký trong cơ sở dữ liệu không phải khóa đã ghim"


@dataclass(frozen=True)
class VerifyOutcome:
    """What the walk found in its snapshot: the report, and what the DB thread remembers afterwards."""

    report: VerifyReport  # the answer (chain, checkpoints, pinned key, anchors)
    walk_ok: bool  # the chain and its checkpoints alone passed
    newest_checkpoint: int  # the newest signed checkpoint in the snapshot walked (0 if none)
    remember: bool  # a full walk not after a failed incremental one: its checkpoint may be remembered


@dataclass(frozen=True)
class VerifyJob:
    """A full verify prepared on the DB thread; :meth:`run` it on any other thread.

    ``run`` opens its own connection to the database file and reads one snapshot (a read transaction held to
    the end: in WAL mode the desk keeps writing meanwhile); the walk's worker processes open theirs
    (``storage.audit_walk``). The job keeps a copy of the DB key for its lifetime only.
    """

    db_path: Path
    key: bytes = field(repr=False)
    pinned: bytes  # the audit public key pinned in the vault
    heads: tuple[HeadRecord, ...]  # heads recorded outside the DB, read before the snapshot opens
    backups: Path  # the data folder's backups (their manifests record heads too)
    remember: bool = True

    def run(
        self, progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> VerifyOutcome:
        """The chain, its signatures under the pinned key, the key setting and every recorded head.

        Raises ``VerifyCancelled`` when ``cancelled()`` turns True (asked between batches of the walk).
        """
        db = open_database(self.db_path, self.key)
        conn = db.connection
        try:
            conn.execute("PRAGMA query_only = ON")
            heads = [*self.heads, *backup_heads(db, self.backups)]  # recorded before the snapshot: ≤ its head
            conn.execute("BEGIN")  # one snapshot for the walk, the checkpoints, the key setting and the anchors
            log_ = AuditLog(db)
            walk = log_.verify(
                self.pinned, progress=progress, cancelled=cancelled, source=WalkSource(self.db_path, self.key)
            )
            newest = log_.last_checkpoint_seq() if walk.ok else 0
            if walk.ok and settings_repo.get_setting(db, "audit_public") != self.pinned.hex():
                report = VerifyReport(False, walk.entries, walk.checkpoints, 0, WRONG_KEY)
            else:
                report = verify_anchors(db, walk, heads, self.pinned)
            conn.execute("COMMIT")
            return VerifyOutcome(report, walk.ok, newest, self.remember)
        finally:
            # Not Database.close(): its wal_checkpoint(TRUNCATE) would wait for, then block, the desk's writer.
            conn.close()


class AuditService:
    """``desk.audit``: the chain check (full or incremental) and the entries a supervisor or admin reads."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    VERIFIED_CHECKPOINT_KEY = VERIFIED_CHECKPOINT_KEY

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
        ``cancelled()`` (which stops it with ``VerifyCancelled``) are for the audit page, which runs the three
        steps below on their own threads instead.
        """
        quick = self.verify_incremental() if incremental else None
        if quick is not None and quick.ok:
            return self._anchored(quick)
        job = self.prepare_verify(remember=quick is None)
        return self.finish_verify(job.run(progress, cancelled))

    def verify_incremental(self) -> VerifyReport | None:
        """DB thread (ms): the walk from the last verified checkpoint, or None when it cannot be used."""
        _, db, keys = self.ctx.require()
        since = settings_repo.get_setting(db, VERIFIED_CHECKPOINT_KEY, "")
        if not (since.isdigit() and int(since) > 0):
            return None
        return AuditLog(db).verify_since(keys.audit_public, int(since))

    def prepare_verify(self, *, remember: bool = True) -> VerifyJob:
        """DB thread (ms): the pinned key, the recorded heads and where the walk reads; run the job elsewhere."""
        _, _, keys = self.ctx.require()
        return VerifyJob(
            self.ctx.db_path,
            keys.db_key,
            keys.audit_public,
            tuple(self.ctx.vault.recorded_heads()),
            self.ctx.data_dir / "backups",
            remember,
        )

    def finish_verify(self, outcome: VerifyOutcome) -> VerifyReport:
        """DB thread (ms): remember the checkpoint a passing full walk reached; the report."""
        _, db, _ = self.ctx.require()
        newest = outcome.newest_checkpoint
        remember = outcome.walk_ok and outcome.remember and newest and not self.ctx.read_only  # read-only: no writes
        if remember and settings_repo.get_setting(db, VERIFIED_CHECKPOINT_KEY, "") != str(newest):
            with db.atomic():
                settings_repo.set_setting(db, VERIFIED_CHECKPOINT_KEY, str(newest))
        return outcome.report

    def _anchored(self, report: VerifyReport) -> VerifyReport:
        """An incremental report passed: the key setting and the anchors, on the desk's connection."""
        _, db, keys = self.ctx.require()
        pinned = keys.audit_public
        if settings_repo.get_setting(db, "audit_public") != pinned.hex():
            return VerifyReport(False, report.entries, report.checkpoints, 0, WRONG_KEY)
        heads = self.ctx.vault.recorded_heads() + backup_heads(db, self.ctx.data_dir / "backups")
        return verify_anchors(db, report, heads, pinned)

    def entries(
        self, *, case_uid: str | None = None, limit: int = 200, before_seq: int | None = None
    ) -> list[AuditEntry]:
        _, db, _ = self.ctx.require(Role.SUPERVISOR, Role.ADMIN)
        return AuditLog(db).entries(case_uid=case_uid, limit=limit, before_seq=before_seq)
