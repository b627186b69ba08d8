"""Encrypted backups: a consistent SQLCipher copy + the vault + a manifest with checksums.

A backup folder holds ``reception.db`` (encrypted with the same DB key, so the bundled ``vault.json`` and its
recovery slot open it on a new machine), ``vault.json`` and ``manifest.json``. Nothing in it is plaintext.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from reception_app.models.errors import KnownError
from reception_app.storage.database import Database, map_error
from reception_app.storage.migrations import LATEST
from reception_app.storage.online_backup import (
    PAUSE,
    STEP_PAGES,
    BackupCancelled,
    Cancelled,
    CopyInvalid,
    Progress,
    copy_online,
    verify_copy,
)

__all__ = [
    "BackupCancelled",
    "BackupInfo",
    "BackupInvalid",
    "CopyInvalid",
    "check_database_copy",
    "install_files",
    "list_backups",
    "read_manifest",
    "roles_in_copy",
    "write_backup",
    "write_backup_online",
]

MANIFEST = "manifest.json"
FORMAT = 1
FILES = ("reception.db", "vault.json")


class BackupInvalid(KnownError):
    """A backup that must not be restored. Nothing was changed."""

    def __init__(self, why: str) -> None:
        super().__init__(f"Bản sao lưu không dùng được: {why}. Dữ liệu hiện tại không bị thay đổi.")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    install_id: str
    cases: int
    schema: int


def _sha256(path: Path, cancelled: Cancelled | None = None) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
            if cancelled is not None and cancelled():
                raise BackupCancelled()
    return h.hexdigest()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _partial_folder(target: Path) -> Path:
    if target.exists():
        raise BackupInvalid("thư mục đích đã tồn tại")
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True, mode=0o700)
    return partial


def _seal_folder(
    partial: Path, target: Path, vault_path: Path, manifest: dict[str, Any], cancelled: Cancelled | None = None
) -> None:
    """Copy the vault, write the manifest with checksums, fsync everything, rename ``.partial`` into place."""
    shutil.copyfile(vault_path, partial / "vault.json")
    manifest["files"] = {
        name: {"sha256": _sha256(partial / name, cancelled), "size": (partial / name).stat().st_size} for name in FILES
    }
    (partial / MANIFEST).write_text(json.dumps(manifest, indent=1), "utf-8")
    for name in (*FILES, MANIFEST):
        _fsync_file(partial / name)
    os.replace(partial, target)


def write_backup(
    db: Database,
    key: bytes,
    vault_path: Path,
    target: Path,
    *,
    created_at: datetime,
    install_id: str,
    app_version: str,
    extra: dict[str, Any] | None = None,
) -> BackupInfo:
    """The previous method, kept for the bench comparison: ``sqlcipher_export`` on the desk's own connection.

    It blocks that connection (the DB worker) for the whole copy: use :func:`write_backup_online`.
    """
    partial = _partial_folder(target)
    try:
        db_copy = partial / "reception.db"
        db.execute("ATTACH DATABASE ? AS backup KEY ?", (str(db_copy), f"x'{key.hex()}'"))
        try:
            db.scalar("SELECT sqlcipher_export('backup')")
            db.execute(f"PRAGMA backup.user_version = {int(db.scalar('PRAGMA user_version'))}")
        finally:
            db.execute("DETACH DATABASE backup")
        cases = int(db.scalar("SELECT count(*) FROM cases"))
        schema = int(db.scalar("PRAGMA user_version"))
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "created_at": created_at.isoformat(timespec="seconds"),
            "install_id": install_id,
            "app_version": app_version,
            "schema": schema,
            "cases": cases,
        }
        manifest.update(extra or {})  # e.g. the audit head and the identity key id (issue 16)
        _seal_folder(partial, target, vault_path, manifest)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return BackupInfo(target, manifest["created_at"], install_id, cases, schema)


def write_backup_online(
    db_path: Path,
    key: bytes,
    vault_path: Path,
    target: Path,
    *,
    created_at: datetime,
    install_id: str,
    app_version: str,
    extra: dict[str, Any] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    step_pages: int = STEP_PAGES,
    pause: float = PAUSE,
) -> BackupInfo:
    """Write a complete, validated backup folder at ``target`` without using the desk's connection.

    The database is copied online (:func:`online_backup.copy_online`: own connections, one read snapshot,
    steps with progress and cancel), then checked (:func:`online_backup.verify_copy`: opens with the key,
    quick_check, audit head of the snapshot). Progress reports the copy as 0–90 % and the check as the rest.
    A half-written or cancelled folder is removed.

    Raises:
        BackupCancelled: cancelled; nothing is left behind.
        CopyInvalid: the copy failed its check (removed).
    """
    partial = _partial_folder(target)
    try:
        db_copy = partial / "reception.db"

        def copy_progress(done: int, total: int) -> None:
            if progress is not None:
                progress(done * 9, total * 10)

        snap = copy_online(
            db_path, key, db_copy, progress=copy_progress, cancelled=cancelled, step_pages=step_pages, pause=pause
        )
        verify_copy(db_copy, key, snap, cancelled=cancelled)
        if cancelled is not None and cancelled():
            raise BackupCancelled()
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "created_at": created_at.isoformat(timespec="seconds"),
            "install_id": install_id,
            "app_version": app_version,
            "schema": snap.schema,
            "cases": snap.cases,
            "audit_head": {"seq": snap.audit_seq, "hash": snap.audit_hash},
            "method": "online-backup-api",
        }
        manifest.update(extra or {})  # the identity key id (issue 16); the audit head is the snapshot's own
        _seal_folder(partial, target, vault_path, manifest, cancelled)
        if progress is not None:
            progress(1, 1)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return BackupInfo(target, manifest["created_at"], install_id, snap.cases, snap.schema)


def read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest, with every file's size and checksum verified."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    except FileNotFoundError as exc:
        raise BackupInvalid("thiếu tệp manifest.json") from exc
    except (OSError, ValueError) as exc:
        raise BackupInvalid("manifest.json hỏng") from exc
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or not isinstance(manifest.get("files"), dict)
    ):
        raise BackupInvalid("định dạng không đúng")
    for name in FILES:
        entry = manifest["files"].get(name)
        path = folder / name
        if not isinstance(entry, dict) or not path.is_file():
            raise BackupInvalid(f"thiếu tệp {name}")
        if path.stat().st_size != entry.get("size") or _sha256(path) != entry.get("sha256"):
            raise BackupInvalid(f"tệp {name} bị cắt cụt hoặc bị sửa (sai mã kiểm tra)")
    if int(manifest.get("schema", 0)) > LATEST:
        raise BackupInvalid("được tạo bởi phiên bản phần mềm mới hơn")
    return manifest


def check_database_copy(path: Path, key: bytes) -> int:
    """Open a backup's database with ``key`` and run both integrity checks; returns the case count."""
    try:
        conn = sqlcipher3.connect(str(path))
    except sqlcipher3.Error as exc:
        raise BackupInvalid("không mở được cơ sở dữ liệu") from exc
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA query_only = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise BackupInvalid("cơ sở dữ liệu hỏng")
            if conn.execute("PRAGMA cipher_integrity_check").fetchall():
                raise BackupInvalid("cơ sở dữ liệu hỏng (kiểm tra mã hóa)")
            return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        except sqlcipher3.Error as exc:
            mapped = map_error(exc)
            raise BackupInvalid(
                "sai khóa hoặc không phải bản sao lưu của phần mềm này"
                if "khóa" in str(mapped)
                else "cơ sở dữ liệu hỏng"
            ) from exc
    finally:
        conn.close()


def roles_in_copy(path: Path, key: bytes, username: str) -> set[str]:
    """The roles ``username`` holds in a backup's database (empty if absent or inactive)."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute("SELECT roles, active FROM users WHERE username = ?", (username,)).fetchone()
    finally:
        conn.close()
    return set(row[0].split(",")) if row and row[1] else set()


def install_files(source: Path, data_dir: Path, safety: Path) -> None:
    """Move the current data files to ``safety`` and copy the backup's files in (copy, fsync, rename)."""
    safety.mkdir(parents=True, mode=0o700)
    staged: list[tuple[Path, Path]] = []
    try:
        for name in FILES:
            tmp = data_dir / (name + ".restoring")
            shutil.copyfile(source / name, tmp)
            _fsync_file(tmp)
            staged.append((tmp, data_dir / name))
        for name in ("reception.db", "reception.db-wal", "reception.db-shm", "vault.json", "vault.json.bak"):
            if (data_dir / name).exists():
                shutil.copy2(data_dir / name, safety / name)
        for tmp, final in staged:
            os.replace(tmp, final)
        for name in ("reception.db-wal", "reception.db-shm"):
            (data_dir / name).unlink(missing_ok=True)
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise


def list_backups(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.is_dir() and (p / MANIFEST).exists()), reverse=True)
