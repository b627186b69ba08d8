"""The SQLCipher wrapper: raw key, wrong key, pragmas, savepoints, error mapping, migrations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from reception_app.storage.database import Database, map_error, open_database
from reception_app.storage.errors import (
    BugError,
    DatabaseCorrupt,
    DatabaseLocked,
    DiskFull,
    WrongKey,
)
from reception_app.storage.migrations import LATEST, SchemaTooNew, migrate

KEY = bytes(range(32))


@pytest.fixture
def db(tmp_path: Path) -> Database:
    d = open_database(tmp_path / "t.db", KEY, create=True)
    migrate(d)
    return d


def test_pragmas_and_schema(db: Database) -> None:
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA user_version") == LATEST
    assert db.scalar("PRAGMA cipher_version")


def test_wrong_key_detected_on_open(tmp_path: Path, db: Database) -> None:
    db.close()
    with pytest.raises(WrongKey):
        open_database(tmp_path / "t.db", bytes(32))


def test_not_a_database_file(tmp_path: Path) -> None:
    bad = tmp_path / "junk.db"
    bad.write_bytes(os.urandom(8192))
    with pytest.raises(WrongKey):
        open_database(bad, KEY)


def test_missing_file_is_not_created_silently(tmp_path: Path) -> None:
    with pytest.raises(DatabaseCorrupt):
        open_database(tmp_path / "missing.db", KEY)
    assert not (tmp_path / "missing.db").exists()


def _write_then_fail(db: Database, *, nested: bool) -> None:
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES ('b', '2')")
        if nested:
            with db.atomic():
                db.execute("INSERT INTO settings (key, value) VALUES ('c', '3')")
        raise RuntimeError("boom")


def test_atomic_rolls_back_everything(db: Database) -> None:
    with pytest.raises(RuntimeError):
        _write_then_fail(db, nested=True)
    assert db.query("SELECT * FROM settings") == []


def test_nested_savepoint_rolls_back_inner_only(db: Database) -> None:
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        with pytest.raises(RuntimeError):
            _write_then_fail(db, nested=False)
    assert [r["key"] for r in db.query("SELECT key FROM settings")] == ["a"]


def test_bad_sql_is_a_bug_not_a_user_error(db: Database) -> None:
    with pytest.raises(BugError):
        db.execute("SELECT * FROM no_such_table")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", DatabaseLocked),
        ("database or disk is full", DiskFull),
        ("database disk image is malformed", DatabaseCorrupt),
        ("file is not a database", WrongKey),
    ],
)
def test_error_mapping(message: str, expected: type) -> None:
    assert isinstance(map_error(sqlcipher3.OperationalError(message)), expected)


def test_schema_too_new(db: Database) -> None:
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(SchemaTooNew):
        migrate(db)


def test_audit_log_is_append_only(db: Database) -> None:
    db.execute("INSERT INTO audit_log VALUES (1, 'now', 'a', 'x', NULL, '{}', '0', '1')")
    with pytest.raises(BugError, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'b'")
    with pytest.raises(BugError, match="append-only"):
        db.execute("DELETE FROM audit_log")
