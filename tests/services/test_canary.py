"""The canary test: a unique identity is planted; no file the app writes, nor the decrypted DB, holds it."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from reception_app.app import configure_logging
from reception_app.models.enums import CaseKind
from reception_app.models.fold import fold
from reception_app.models.masking import MASK, MaskPolicy, reporter_lines
from reception_app.services import PermissionDenied
from reception_app.storage.errors import WrongCredentials
from tests.factories import (
    ADMIN,
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    DeskWorld,
    draft,
    set_up_world,
)

CANARIES = [CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS]


def _needles() -> list[bytes]:
    out: list[bytes] = []
    for c in CANARIES:
        for form in {c, fold(c), c.upper(), c.lower()}:
            out.append(form.encode("utf-8"))
            out.append(form.encode("utf-16-le"))
    # distinctive fragments (a partial leak is still a leak)
    out += [b"Zqxwylvh", b"zqxwylvh", b"Canarystreet", b"canarystreet", b"88765432", b"87650321"]
    return out


def _scan(path: Path) -> list[str]:
    hits = []
    needles = _needles()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        data = f.read_bytes()
        hits += [f"{f.name}: {n!r}" for n in needles if n in data]
    return hits


def _plaintext_export(world: DeskWorld, target: Path) -> None:
    """Decrypt the whole database with the DB key (via the recovery slot) into a plain SQLite file."""
    keys = world.desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"))
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    configure_logging(data_dir)
    return set_up_world(data_dir)


def test_canary_never_written_anywhere(world: DeskWorld, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    desk = world.desk
    caplog.set_level(logging.DEBUG)
    desk.auth.login(OFFICER.username, OFFICER.password)
    saved = [desk.cases.create_case(draft(kind=kind)) for kind in (CaseKind.DENUNCIATION, CaseKind.COMPLAINT)]
    saved.append(desk.cases.create_case(draft(reporters=3)))
    assert (world.data_dir / "reception.db-wal").exists()
    assert _scan(world.data_dir) == []  # while open: db, -wal, -shm, vault, logs
    # searching for the canary must not find it (identity is never indexed) and must not log it
    assert desk.cases.search_cases(CANARY_NAME).rows == ()
    assert desk.cases.search_cases(CANARY_ID).rows == ()
    detail = desk.cases.get_case(saved[0].uid)
    assert all(r.identity is None for r in detail.reporters)
    lines = reporter_lines(detail.reporters[0], MaskPolicy(reveal_identity=True))
    assert all(v == MASK for label, v in lines[1:]), "policy 'reveal' without a grant must still mask"
    # an officer typing wrong supervisor credentials: refused
    with pytest.raises(WrongCredentials):
        desk.identity.reveal(saved[0].uid, SUPERVISOR.username, "wrong-password-123", "Xác minh theo yêu cầu thanh tra")
    with pytest.raises(PermissionDenied):
        desk.identity.reveal(saved[0].uid, OFFICER.username, OFFICER.password, "Xác minh theo yêu cầu thanh tra")
    desk.auth.logout()
    # a supervisor reveal is the only way in, and the reveal is not written anywhere either
    desk.auth.login(OFFICER.username, OFFICER.password)
    grant = desk.identity.reveal(
        saved[0].uid, SUPERVISOR.username, SUPERVISOR.password, "Xác minh theo yêu cầu thanh tra"
    )
    assert grant.reporters[0].identity is not None
    assert grant.reporters[0].identity.full_name == CANARY_NAME
    assert CANARY_NAME not in repr(grant)
    desk.identity.end_reveal(grant.token, "expired")
    desk.auth.logout()

    assert not any(n in rec.getMessage().encode() for rec in caplog.records for n in _needles())
    export = tmp_path / "plain.db"
    _plaintext_export(world, export)
    assert _scan(world.data_dir) == []
    assert _scan(tmp_path) == []  # the data folder and the decrypted copy
    # the export really is the decrypted database (so the scan above means something)
    conn = sqlite3.connect(export)
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 3
    subjects = [r[0] for r in conn.execute("SELECT subject FROM cases")]
    assert "Tố cáo cán bộ địa chính nhận tiền" in subjects
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    conn.close()
    assert "reveal_granted" in actions
    assert "reveal_denied" in actions
    assert "reveal_expired" in actions


def test_scan_would_catch_a_leak(world: DeskWorld) -> None:
    """The scanner itself must be able to fail."""
    (world.data_dir / "logs" / "leak.txt").write_text(f"oops {CANARY_NAME}", "utf-8")
    assert _scan(world.data_dir)


def test_database_is_not_plain_sqlite(world: DeskWorld) -> None:
    db = world.data_dir / "reception.db"
    assert not db.read_bytes()[:16].startswith(b"SQLite format 3")
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_admin_cannot_reveal_and_recovery_can(world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    uid = desk.cases.create_case(draft()).uid
    with pytest.raises(PermissionDenied):
        desk.identity.reveal(uid, ADMIN.username, ADMIN.password, "Lý do kiểm tra hồ sơ")
    desk.auth.logout()


def test_a_new_data_folder_and_its_logs_are_private(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: the profile folder's ACL
        return
    data_dir = tmp_path / "fresh"
    configure_logging(data_dir)
    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert (data_dir / "logs").stat().st_mode & 0o777 == 0o700
