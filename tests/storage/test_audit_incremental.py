"""Incremental audit verify (issue 20): from the signed checkpoint the last full walk reached, to the head."""

from __future__ import annotations

from pathlib import Path

from reception_app.services import Desk
from reception_app.storage.audit import AuditLog
from tests.factories import OFFICER, SUPERVISOR, draft, set_up_world


def _desk_with_history(data_dir: Path) -> Desk:
    desk = set_up_world(data_dir).desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    for _ in range(3):
        desk.cases.create_case(draft())
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)  # signs a checkpoint at login
    return desk


def _tamper(desk: Desk, seq: int) -> None:
    """What an insider with the DB key does: drop the guard trigger and edit one entry in place."""
    db = desk.ctx.db
    assert db is not None
    db.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    db.execute("UPDATE audit_log SET action = 'nothing' WHERE seq = ?", (seq,))


def test_incremental_walk_starts_at_the_checkpoint_the_full_walk_reached(data_dir: Path) -> None:
    desk = _desk_with_history(data_dir)
    assert desk.audit.verify().ok  # full walk: remembers its newest checkpoint
    db = desk.ctx.db
    assert db is not None
    log = AuditLog(db)
    start = log.last_checkpoint_seq()
    assert db.scalar("SELECT value FROM settings WHERE key = 'audit.verified_checkpoint'") == str(start)
    desk.cases.create_case(draft())  # a few entries after the checkpoint
    quick = log.verify_since(desk.ctx.keys.audit_public, start)  # type: ignore[union-attr]
    assert quick is not None
    assert quick.ok
    assert quick.entries == log.head()[0]
    assert desk.audit.verify(incremental=True).ok


def test_a_change_after_the_checkpoint_is_found_and_named(data_dir: Path) -> None:
    desk = _desk_with_history(data_dir)
    assert desk.audit.verify().ok
    desk.cases.create_case(draft())
    db = desk.ctx.db
    assert db is not None
    head = AuditLog(db).head()[0]
    _tamper(desk, head)
    report = desk.audit.verify(incremental=True)
    assert not report.ok
    assert report.first_broken_seq == head  # the full walk ran and named the link


def test_a_rewrite_before_the_checkpoint_needs_the_full_walk(data_dir: Path) -> None:
    desk = _desk_with_history(data_dir)
    assert desk.audit.verify().ok
    _tamper(desk, 2)  # an entry the last full walk proved; its stored hash is left as it was
    assert desk.audit.verify(incremental=True).ok  # trusted, as documented: the signed checkpoint vouches for it
    full = desk.audit.verify()
    assert not full.ok
    assert full.first_broken_seq == 2


def test_an_unusable_remembered_checkpoint_falls_back_to_the_full_walk(data_dir: Path) -> None:
    desk = _desk_with_history(data_dir)
    db = desk.ctx.db
    assert db is not None
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('audit.verified_checkpoint', '99999')")
    assert AuditLog(db).verify_since(desk.ctx.keys.audit_public, 99999) is None  # type: ignore[union-attr]
    assert desk.audit.verify(incremental=True).ok
