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


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
    """Write a complete backup folder at ``target`` (must not exist); a half-written one is removed."""
    if target.exists():
        raise BackupInvalid("thư mục đích đã tồn tại")
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True, mode=0o700)
    try:
        db_copy = partial / "reception.db"
        db.execute("ATTACH DATABASE ? AS backup KEY ?", (str(db_copy), f"x'{key.hex()}'"))
        try:
            db.scalar("SELECT sqlcipher_export('backup')")
            db.execute(f"PRAGMA backup.user_version = {int(db.scalar('PRAGMA user_version'))}")
        finally:
            db.execute("DETACH DATABASE backup")
        shutil.copyfile(vault_path, partial / "vault.json")
        cases = int(db.scalar("SELECT count(*) FROM cases"))
        schema = int(db.scalar("PRAGMA user_version"))
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "created_at": created_at.isoformat(timespec="seconds"),
            "install_id": install_id,
            "app_version": app_version,
            "schema": schema,
            "cases": cases,
            "files": {
                name: {"sha256": _sha256(partial / name), "size": (partial / name).stat().st_size} for name in FILES
            },
        }
        manifest.update(extra or {})  # e.g. the audit head and the identity key id (issue 16)
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=1), "utf-8")
        for name in (*FILES, MANIFEST):
            _fsync_file(partial / name)
        os.replace(partial, target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return BackupInfo(target, manifest["created_at"], install_id, cases, schema)


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
