"""Online backup: a consistent copy of the live database on connections of its own, in steps, cancellable.

Why this method (measured by ``bench`` group ``jobs``, see bench/README.md):

- The old backup ran ``sqlcipher_export`` on the desk's one connection, i.e. on the DB worker: at 1M cases the
  officer's first save or search of the day waited behind a 50 s copy.
- **SQLite online backup API** (``sqlite3_backup_step``, exposed by sqlcipher3 as ``Connection.backup``) on a
  second connection to the same file: it copies pages (decrypted by the source pager, re-encrypted by the
  destination pager with the same key) ``STEP_PAGES`` at a time, so it reports progress and stops between two
  steps when asked. Normally a write by *another* connection restarts the copy from page 1 (the source pager
  resets when it sees the change), so a busy desk could keep it from ever finishing. We avoid that by opening
  a read transaction on the source connection before the first step and holding it to the end: in WAL mode
  a reader never blocks the writer, the backup reads one fixed snapshot (the WAL simply grows until the
  backup ends and the next checkpoint folds it in), and no step ever restarts. The copy is exactly the
  database as it was at that snapshot, and we read the audit head inside the same snapshot, so the copy can
  be checked against it.
- ``VACUUM INTO`` on a second connection: also consistent and also encrypted with the same key under
  SQLCipher, but it rebuilds every table and index (FTS included) into the new file: more CPU, no progress
  (only a progress-handler tick count) and, measured, slower than the page copy. It is kept in the bench as the
  comparison, not used.
- **Incremental**: no cheaper *consistent* method exists with this build. SQLCipher gives every written page a
  fresh random IV, so two copies of the same data share no bytes and a byte-level delta (rsync, block dedup)
  of backup-API copies sees every page changed; ``sqlite_dbpage`` (page-level diff through SQL) is not
  compiled into sqlcipher3's SQLite; copying the raw encrypted file is not consistent while the desk writes
  (a checkpoint may rewrite pages mid-copy). A logical delta (rows changed since the last backup) would make a
  restore depend on a chain of files, which is the fragility backups exist to avoid. So the daily backup
  stays a full, self-contained copy, *rotated* (the newest N are kept, setting ``backup.keep``), written off
  the DB worker at disk speed, with progress and cancel.

Validation after writing (:func:`verify_copy`): the copy opens with the key, ``PRAGMA quick_check`` passes
(every b-tree page is read, so every page's SQLCipher HMAC is checked too), and its audit head equals the head
read in the snapshot.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from reception_app.models.errors import KnownError
from reception_app.storage.database import map_error, open_database

STEP_PAGES = 2048  # 8 MiB a step (4 KiB pages): one step ≈ 20–40 ms on the bench machine
PAUSE = 0.005  # seconds between steps: the desk's fsync'd saves get the disk between two 8 MiB writes
_sync = getattr(os, "fdatasync", os.fsync)  # no fdatasync on Windows
Progress = Callable[[int, int], None]  # (pages done, pages in all)
Cancelled = Callable[[], bool]


class BackupCancelled(KnownError):
    """The user cancelled a backup; the partial copy was removed and nothing else changed."""

    def __init__(self) -> None:
        super().__init__("Đã hủy sao lưu. Dữ liệu không bị thay đổi.")


class CopyInvalid(KnownError):
    """The copy just written does not check out (the caller removes it)."""

    def __init__(self, why: str) -> None:
        super().__init__(f"Bản sao lưu vừa ghi không đạt kiểm tra: {why}.")


@dataclass(frozen=True)
class Snapshot:
    """What the copy must contain: read inside the snapshot the backup copied."""

    audit_seq: int
    audit_hash: str
    cases: int
    schema: int


def _open_raw(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # a raw key (ARCHITECTURE §6); never a parameter
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _read_snapshot(conn: sqlcipher3.Connection) -> Snapshot:
    head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    schema = conn.execute("PRAGMA user_version").fetchone()[0]
    return Snapshot(int(head[0]) if head else 0, str(head[1]) if head else "", int(cases), int(schema))


def copy_online(
    source: Path,
    key: bytes,
    dest: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    step_pages: int = STEP_PAGES,
    pause: float = PAUSE,
) -> Snapshot:
    """Copy the live database at ``source`` to the new file ``dest`` (same key), in steps, on own connections.

    Runs on any thread except the DB worker (it opens its own connections); the desk keeps saving meanwhile.

    Args:
        progress: called after each step with (pages copied, pages in all), on the calling thread.
        cancelled: polled after each step; True stops the copy (``dest`` is removed).
        step_pages: pages a step.
        pause: seconds to sleep between steps (0: as fast as the disk goes); the GIL is free meanwhile.

    Raises:
        BackupCancelled: ``cancelled()`` answered True.
        StorageError: the source or the destination failed (disk full, read-only, …).
    """
    src_db = open_database(source, key)  # its own connection, the pragmas of ARCHITECTURE §6
    src = src_db.connection
    dst: sqlcipher3.Connection | None = None
    fd: int | None = None
    try:
        src.execute("PRAGMA query_only = ON")
        src.execute("BEGIN")  # hold one read snapshot for the whole copy: no restarts, consistent copy
        snap = _read_snapshot(src)
        dst = _open_raw(dest, key)
        # A fresh file nobody else reads: no journal, no fsync by SQLite. Instead the step below pushes each
        # step's pages to the disk itself (fdatasync), so dirty pages never pile up: on ext4 a desk save's
        # fsync would otherwise wait for gigabytes of the backup's dirty pages to reach the disk first.
        dst.execute("PRAGMA journal_mode = OFF")
        dst.execute("PRAGMA synchronous = OFF")
        dst.execute("PRAGMA cache_size = -4096")
        dst.execute("SELECT count(*) FROM sqlite_master").fetchone()

        def step(_status: int, remaining: int, total: int) -> None:
            nonlocal fd
            if progress is not None:
                progress(total - remaining, total)
            if cancelled is not None and cancelled():
                raise BackupCancelled()
            if remaining:
                if fd is None and dest.exists():
                    fd = os.open(dest, os.O_RDWR)
                if fd is not None:
                    _sync(fd)
                if pause:
                    time.sleep(pause)

        try:
            src.backup(dst, pages=step_pages, progress=step)
        except BackupCancelled:
            raise
        except sqlcipher3.Error as exc:
            raise map_error(exc) from exc
        src.execute("COMMIT")
        return snap
    except BaseException:
        if dst is not None:
            with contextlib.suppress(sqlcipher3.Error):
                dst.close()
            dst = None
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(dest) + suffix).unlink()
        raise
    finally:
        if fd is not None:
            os.close(fd)
        if dst is not None:
            dst.close()
        # Not Database.close(): its wal_checkpoint(TRUNCATE) would wait for, then block, the desk's writer. The
        # desk's own commits fold the WAL back (passive auto-checkpoint) once this snapshot is released.
        src.close()


def vacuum_into(source: Path, key: bytes, dest: Path) -> Snapshot:
    """The alternative measured in the bench: ``VACUUM INTO`` on a second connection (encrypted, same key)."""
    src_db = open_database(source, key)
    try:
        src_db.execute("BEGIN")
        snap = _read_snapshot(src_db.connection)
        src_db.execute("COMMIT")  # VACUUM cannot run in a transaction; a concurrent write would show below
        src_db.execute("VACUUM INTO ?", (str(dest),))
        return snap
    finally:
        src_db.connection.close()


def verify_copy(path: Path, key: bytes, snap: Snapshot, *, cancelled: Cancelled | None = None) -> None:
    """Open the copy with ``key``, run ``PRAGMA quick_check`` and compare its audit head and counts with ``snap``.

    Raises:
        CopyInvalid: the copy does not open with the key, is damaged or is not the snapshot.
        BackupCancelled: ``cancelled()`` answered True during the check.
    """
    try:
        conn = _open_raw(path, key)
    except sqlcipher3.Error as exc:
        raise CopyInvalid("không mở được") from exc
    stop = [False]

    def tick() -> int:
        stop[0] = bool(cancelled is not None and cancelled())
        return 1 if stop[0] else 0

    try:
        conn.execute("PRAGMA query_only = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.set_progress_handler(tick, 100_000)
            check = conn.execute("PRAGMA quick_check").fetchall()
            conn.set_progress_handler(None, 0)
            got = _read_snapshot(conn)
        except sqlcipher3.Error as exc:
            if stop[0]:
                raise BackupCancelled() from exc
            raise CopyInvalid("không đọc được bằng khóa của cơ sở dữ liệu") from exc
        if check != [("ok",)]:
            raise CopyInvalid("cơ sở dữ liệu hỏng")
        if got != snap:
            raise CopyInvalid("không khớp với đầu chuỗi nhật ký kiểm toán lúc sao lưu")
    finally:
        conn.close()
