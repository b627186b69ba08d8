"""Thin SQLCipher wrapper: raw-key open, pragmas, savepoint transactions, dict rows, typed errors."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from reception_app.storage.errors import (
    BugError,
    DatabaseCorrupt,
    DatabaseLocked,
    DiskFull,
    ReadOnlyStorage,
    StorageError,
    WrongKey,
)

Row = dict[str, Any]
KEY_BYTES = 32

# SQLite primary result codes (sqlite3.h) mapped to what the user can do about them.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def map_error(exc: BaseException) -> BaseException:
    """Turn a driver exception into a KnownError subclass, or a BugError for programming errors."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    msg = str(exc).lower()
    if primary == _SQLITE_NOTADB or "file is not a database" in msg:
        return WrongKey()
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in msg:
        return DatabaseLocked()
    if primary == _SQLITE_FULL or "database or disk is full" in msg:
        return DiskFull()
    if primary == _SQLITE_CORRUPT or "malformed" in msg:
        return DatabaseCorrupt()
    if primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN) or "readonly" in msg or "unable to open" in msg:
        return ReadOnlyStorage()
    return BugError(f"{type(exc).__name__}: {exc}")


@contextlib.contextmanager
def _mapped() -> Iterator[None]:
    try:
        yield
    except (sqlcipher3.Error, sqlite3.Error) as exc:
        raise map_error(exc) from exc


class Database:
    """One SQLCipher connection, used from the thread that opened it.

    Args:
        conn: an open ``sqlcipher3`` (or, for the plain-SQLite benchmark baseline, ``sqlite3``) connection
            whose key pragma has already been applied. Use :func:`open_database` in production.
    """

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._savepoints = itertools.count()
        self._depth = 0
        self._after_commit: list[Callable[[], None]] = []

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the outermost transaction commits (now, outside one); dropped on rollback."""
        if self._depth == 0:
            callback()
        else:
            self._after_commit.append(callback)

    @property
    def connection(self) -> Any:
        return self._conn

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction (outermost) or savepoint (nested). Rolls back on any exception."""
        name = f"sp{next(self._savepoints)}"
        with _mapped():
            if self._depth == 0:
                self._conn.execute("BEGIN IMMEDIATE")
            else:
                self._conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            with contextlib.suppress(sqlcipher3.Error, sqlite3.Error):
                if self._depth == 0:
                    self._after_commit.clear()
                    self._conn.execute("ROLLBACK")
                else:
                    self._conn.execute(f"ROLLBACK TO {name}")
                    self._conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        with _mapped():
            if self._depth == 0:
                try:
                    self._conn.execute("COMMIT")
                except (sqlcipher3.Error, sqlite3.Error):
                    self._after_commit.clear()
                    with contextlib.suppress(sqlcipher3.Error, sqlite3.Error):
                        self._conn.execute("ROLLBACK")
                    raise
            else:
                self._conn.execute(f"RELEASE {name}")
        if self._depth == 0 and self._after_commit:
            callbacks, self._after_commit = self._after_commit, []
            for callback in callbacks:
                callback()

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> int:
        """Run one statement; returns lastrowid (for INSERT) or rowcount."""
        with _mapped():
            cur = self._conn.execute(sql, params)
            return int(cur.lastrowid if sql.lstrip()[:6].upper() == "INSERT" else cur.rowcount)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with _mapped():
            self._conn.executemany(sql, rows)

    def executescript(self, script: str) -> None:
        with _mapped():
            self._conn.executescript(script)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        with _mapped():
            cur = self._conn.execute(sql, params)
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with _mapped():
            row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        """Checkpoint the WAL into the main file (so the closed database is one file), then close."""
        with contextlib.suppress(sqlcipher3.Error, sqlite3.Error):
            if self._depth == 0:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(sqlcipher3.Error, sqlite3.Error):
            self._conn.close()


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise BugError("database key must be 32 bytes")
    # PRAGMA key cannot take a bound parameter; a raw hex key skips SQLCipher's own PBKDF (ARCHITECTURE §6).
    return f"PRAGMA key = \"x'{key.hex()}'\""


_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA cache_size = -65536",
    "PRAGMA busy_timeout = 2000",
)


def open_database(path: Path, key: bytes, *, create: bool = False) -> Database:
    """Open (or create) the encrypted database with the raw key and the pragmas of ARCHITECTURE §6.

    Raises:
        WrongKey: the key does not decrypt the file (detected by the first read).
        StorageError: the file is missing (and ``create`` is False), locked, read-only or corrupt.
    """
    if not create and not path.exists():
        raise DatabaseCorrupt()
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=2.0)
    except (sqlcipher3.Error, sqlite3.Error) as exc:
        raise map_error(exc) from exc
    try:
        with _mapped():
            conn.execute(_key_pragma(key))
            conn.execute("PRAGMA cipher_log_level = NONE")
            # PRAGMA key always answers ok: a wrong key fails on the first read, here.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _PRAGMAS:
                conn.execute(pragma)
    except (StorageError, BugError):
        conn.close()
        raise
    return Database(conn)


def open_plain_sqlite(path: Path) -> Database:
    """Plain SQLite with the same pragmas: only for the benchmark baseline and the 'not plaintext' test."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    for pragma in _PRAGMAS:
        conn.execute(pragma)
    return Database(conn)


def is_sqlcipher_error(exc: BaseException) -> bool:
    return isinstance(exc, StorageError)
