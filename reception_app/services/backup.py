"""Backup and restore use cases (no Qt). Restore validates everything before touching the data folder."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reception_app import __version__
from reception_app.models.enums import Role
from reception_app.models.errors import KnownError
from reception_app.services.context import DB_FILE, VAULT_FILE, PermissionDenied, SessionContext
from reception_app.services.security import current_head
from reception_app.storage import backup as store
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit import AuditLog
from reception_app.storage.backup import BackupCancelled, BackupInfo, BackupInvalid, CopyInvalid
from reception_app.storage.database import open_database
from reception_app.storage.online_backup import STEP_PAGES, Cancelled, Progress
from reception_app.storage.vault import KeySet, Vault

if TYPE_CHECKING:
    from reception_app.services.auth import AuthService

__all__ = ["BackupCancelled", "BackupInfo", "BackupInvalid", "BackupJob", "BackupService", "CopyInvalid"]

BACKUP_DIR = "backups"
DEFAULT_KEEP = 7


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


@dataclass(frozen=True)
class BackupJob:
    """A backup prepared on the DB thread (permission checked, audited); :meth:`run` it on another thread.

    ``run`` opens its own connections to the database file (``storage.online_backup``), so the desk's DB
    worker stays free: intake saves and searches go on while the copy runs (ARCHITECTURE §6: the long job never
    holds the one connection). The job keeps a copy of the DB key for its lifetime only.
    """

    db_path: Path
    key: bytes = field(repr=False)
    vault_path: Path
    target: Path
    created_at: datetime
    install_id: str
    scheduled: bool
    step_pages: int = STEP_PAGES
    key_id: str = ""  # the identity key the copy's vault holds (issue 16: backups made before a rotation)

    def run(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> BackupInfo:
        """Copy, validate and seal the backup folder. Raises BackupCancelled when ``cancelled()`` turns True."""
        return store.write_backup_online(
            self.db_path,
            self.key,
            self.vault_path,
            self.target,
            created_at=self.created_at,
            install_id=self.install_id,
            app_version=__version__,
            extra={"key_id": self.key_id} if self.key_id else None,
            progress=progress,
            cancelled=cancelled,
            step_pages=self.step_pages,
        )


def key_id(identity_public: bytes) -> str:
    """A short public name of an identity key pair (backups list which key they hold)."""
    return hashlib.sha256(b"reception_app key id|" + identity_public).hexdigest()[:16]


def _unlock(vault: Vault, code: str | None, username: str | None, password: str | None) -> KeySet:
    try:
        if code:
            return vault.unlock_recovery(code)
        if username and password is not None:
            return vault.verify_password(username.strip().casefold(), password)
    except KnownError as exc:
        raise BackupInvalid("mã khôi phục hoặc mật khẩu không mở được bản sao lưu này") from exc
    raise PermissionDenied("Cần mã khôi phục hoặc tài khoản quản trị để khôi phục dữ liệu.")


class BackupService:
    """``desk.backup``: manual and daily backups, restore (validated fully before anything changes)."""

    def __init__(self, ctx: SessionContext, auth: AuthService) -> None:
        self.ctx = ctx
        self.auth = auth

    def prepare(self, target_folder: Path | None = None, *, scheduled: bool = False) -> BackupJob:
        """DB thread: check the role, pick the folder name and audit the backup (so the copy holds its own record)."""
        _, _, keys = self.ctx.require() if scheduled else self.ctx.require(Role.ADMIN)
        now = self.ctx.clock()
        folder = Path(target_folder) if target_folder is not None else self.ctx.data_dir / BACKUP_DIR
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"reception-backup-{_stamp(now)}"
        suffix = 2
        while target.exists() or target.with_name(target.name + ".partial").exists():
            target = folder / f"reception-backup-{_stamp(now)}-{suffix}"
            suffix += 1
        self.ctx.audit("backup_created", outcome="scheduled" if scheduled else "manual")
        return BackupJob(
            self.ctx.data_dir / DB_FILE,
            keys.db_key,
            self.ctx.vault.path,
            target,
            now,
            self.ctx.vault.install_id,
            scheduled,
            key_id=key_id(keys.identity_public),
        )

    def create(
        self,
        target_folder: Path | None = None,
        *,
        scheduled: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BackupInfo:
        """Back up to ``target_folder`` (a USB stick, say) or the data folder's ``backups/``, on this thread.

        For scripts and tests; the app prepares on the DB thread and runs the job elsewhere (``ui.jobs``).
        """
        return self.prepare(target_folder, scheduled=scheduled).run(progress, cancelled)

    def prepare_scheduled(self) -> BackupJob | None:
        """DB thread, first login of a day: the day's backup job, or None if today's backup exists."""
        _, db, _ = self.ctx.require()
        if self.ctx.read_only:  # a rollback waits for a supervisor: nothing is written, not even a backup
            return None
        if settings_repo.get_setting(db, "backup.last_day") == self.ctx.today().isoformat():
            return None
        return self.prepare(scheduled=True)

    def finish_scheduled(self, info: BackupInfo, *, keep: int | None = None) -> BackupInfo:
        """DB thread, after the job: mark the day done and keep the newest ``keep`` (setting, default 7)."""
        _, db, _ = self.ctx.require()
        with db.atomic():
            settings_repo.set_setting(db, "backup.last_day", self.ctx.today().isoformat())
        count = keep if keep is not None else int(settings_repo.get_setting(db, "backup.keep", str(DEFAULT_KEEP)))
        for old in store.list_backups(self.ctx.data_dir / BACKUP_DIR)[max(count, 1) :]:
            shutil.rmtree(old, ignore_errors=True)
        return info

    def scheduled(self, *, keep: int | None = None) -> BackupInfo | None:
        """The daily backup in one call on this thread (tests, scripts): prepare, run, finish."""
        job = self.prepare_scheduled()
        if job is None:
            return None
        return self.finish_scheduled(job.run(), keep=keep)

    def restore(
        self,
        folder: Path,
        *,
        recovery_code: str | None = None,
        admin_username: str | None = None,
        admin_password: str | None = None,
    ) -> BackupInfo:
        """Validate ``folder`` fully, keep the current data as a safety copy, then put the backup in place.

        Needs the backup's recovery code, or an admin's username and password (same machine only). A foreign
        backup (another installation) needs its recovery code. The desk is logged out afterwards.

        Raises:
            BackupInvalid: corrupted, truncated, wrong-key or foreign backup; nothing was changed.
        """
        session, current_db, _ = self.ctx.require(Role.ADMIN)
        if self.ctx.read_only:
            raise PermissionDenied("Dữ liệu đang ở chế độ chỉ đọc: cần lãnh đạo xác nhận trước khi khôi phục.")
        folder = Path(folder)
        manifest = store.read_manifest(folder)
        foreign = manifest.get("install_id") != self.ctx.vault.install_id
        if foreign and not recovery_code:
            raise BackupInvalid("bản sao lưu của máy hoặc cài đặt khác: cần mã khôi phục của bản sao lưu đó")
        now = self.ctx.clock()
        staging = self.ctx.data_dir / f"restore-staging-{_stamp(now)}"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(folder, staging)
        try:
            store.read_manifest(staging)  # the copy we will install is the copy we checked
            own = self.ctx.vault
            vault = Vault(staging / VAULT_FILE, self.ctx.store, kdf=own.kdf, floor=own.floor, clock=self.ctx.clock)
            keys = _unlock(vault, recovery_code, admin_username, admin_password)
            store.check_database_copy(staging / DB_FILE, keys.db_key)
            if not recovery_code and Role.ADMIN.value not in store.roles_in_copy(
                staging / DB_FILE, keys.db_key, (admin_username or "").strip().casefold()
            ):
                raise BackupInvalid("tài khoản đã nhập không phải quản trị trong bản sao lưu")
            replaced_seq, replaced_hash = AuditLog(current_db).head()
            self.ctx.audit("backup_restore_started", count=int(manifest.get("cases", 0)))
            self.auth.logout()
            store.install_files(staging, self.ctx.data_dir, self.ctx.data_dir / f"safety-before-restore-{_stamp(now)}")
            self.ctx.vault.reload()
            db = open_database(self.ctx.data_dir / DB_FILE, keys.db_key)
            try:
                restored_seq, restored_hash = AuditLog(db).head()
                AuditLog(db).append(
                    at=self.ctx.clock(),
                    actor=session.username,
                    action="backup_restored",
                    details={
                        "count": int(manifest.get("cases", 0)),
                        "recovery": bool(recovery_code),
                        # both heads (issue 16): what the restore replaced and what it put back
                        "replaced_seq": replaced_seq,
                        "replaced_hash": replaced_hash[:16],
                        "head_seq": restored_seq,
                        "head_hash": restored_hash[:16],
                    },
                )
                # The restored chain is now the one to hold on to: not a rollback at the next login.
                self.ctx.vault.record_head(current_head(db, self.ctx.clock().isoformat(timespec="seconds")))
            finally:
                db.close()
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return BackupInfo(
            folder,
            str(manifest.get("created_at")),
            str(manifest.get("install_id")),
            int(manifest.get("cases", 0)),
            int(manifest.get("schema", 0)),
        )
