"""The full audit verify off the DB thread (issue 20): prepared on the DB thread, walked on a job thread with its
own connection, finished on the DB thread.

- The report is the previous verify's (everything on the desk's connection), on a good chain and on every kind
  of tamper of tests/security/test_audit_chain.py and tests/storage/test_audit_parallel_walk.py, in process and
  in worker processes.
- A save on the DB thread completes while the walk is held inside its snapshot (a real thread and an event that
  holds the walk, no timing), and the report is still the snapshot's.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reception_app.services import Desk, VerifyOutcome
from reception_app.services.audit import WRONG_KEY
from reception_app.storage import audit_walk, crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit import AuditLog, VerifyReport
from reception_app.storage.audit_anchor import backup_heads, verify_anchors
from reception_app.storage.audit_walk import VerifyCancelled, WalkSource
from tests.factories import OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world
from tests.security.insider import drop_audit_triggers, raw_db, rehash_chain

REASON = "Xác minh theo yêu cầu của đoàn thanh tra"


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    """A working day (as in test_audit_chain): a case, a reveal (signed at once), another case."""
    w = set_up_world(data_dir)
    w.desk.auth.login(OFFICER.username, OFFICER.password)
    uid = w.desk.cases.create_case(draft()).uid
    grant = w.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    w.desk.identity.end_reveal(grant.token, "closed")
    for i in range(6):
        w.desk.cases.create_case(draft(subject=f"Hồ sơ sau khi mở khóa {i}"))
    w.desk.auth.logout()
    return w


def _previous_verify(desk: Desk) -> VerifyReport:
    """The full verify before this change, every read on the desk's connection (the DB thread's)."""
    _, db, keys = desk.ctx.require()
    pinned = keys.audit_public
    report = AuditLog(db).verify(pinned, source=WalkSource(desk.ctx.db_path, keys.db_key))
    if report.ok and settings_repo.get_setting(db, "audit_public") != pinned.hex():
        return VerifyReport(False, report.entries, report.checkpoints, 0, WRONG_KEY)
    heads = desk.ctx.vault.recorded_heads() + backup_heads(db, desk.ctx.data_dir / "backups")
    return verify_anchors(db, report, heads, pinned)


def _on_a_thread(fn: Callable[[], VerifyOutcome]) -> VerifyOutcome:
    box: list[VerifyOutcome | BaseException] = []

    def run() -> None:
        try:
            box.append(fn())
        except BaseException as exc:  # handed back to the test thread
            box.append(exc)

    thread = threading.Thread(target=run, name="reception-job-test")
    thread.start()
    thread.join(60)
    assert not thread.is_alive()
    (result,) = box
    if isinstance(result, BaseException):
        raise result
    return result


def _split_verify(desk: Desk) -> VerifyReport:
    """Prepare here (the DB thread), walk on another thread, finish here."""
    job = desk.audit.prepare_verify()
    return desk.audit.finish_verify(_on_a_thread(job.run))


def _resign_with_another_key(conn: Any) -> None:
    evil_priv, evil_pub = crypto.new_signing_keypair()
    conn.execute("UPDATE settings SET value = ? WHERE key = 'audit_public'", (evil_pub.hex(),))
    for cp_id, seq, digest in conn.execute("SELECT id, seq, hash FROM audit_checkpoints").fetchall():
        sig = base64.b64encode(crypto.sign(evil_priv, f"{seq}|{digest}".encode())).decode()
        conn.execute("UPDATE audit_checkpoints SET signature = ? WHERE id = ?", (sig, cp_id))


def _cut_reveals_and_rehash(conn: Any) -> None:
    conn.execute(
        "DELETE FROM audit_checkpoints WHERE seq >= (SELECT min(seq) FROM audit_log WHERE action LIKE 'reveal%')"
    )
    conn.execute("DELETE FROM audit_log WHERE action LIKE 'reveal%'")
    rehash_chain(conn)


TAMPERS: dict[str, Callable[[Any], object]] = {
    "untouched": lambda conn: None,
    "content edited": lambda conn: conn.execute(
        "UPDATE audit_log SET actor = 'ai' WHERE seq = (SELECT min(seq) FROM audit_log WHERE action = 'case_created')"
    ),
    "a row deleted in the middle": lambda conn: conn.execute("DELETE FROM audit_log WHERE seq = 5"),
    "the tail cut after the last checkpoint": lambda conn: conn.execute(
        "DELETE FROM audit_log WHERE seq > (SELECT max(seq) FROM audit_checkpoints)"
    ),
    "unreadable details": lambda conn: conn.execute("UPDATE audit_log SET details = '{nope' WHERE seq = 3"),
    "a link rewritten": lambda conn: conn.execute("UPDATE audit_log SET prev_hash = ? WHERE seq = 7", ("f" * 64,)),
    "the reveal's checkpoint deleted": lambda conn: conn.execute(
        "DELETE FROM audit_checkpoints WHERE seq = (SELECT seq FROM audit_log WHERE action = 'reveal_granted')"
    ),
    "a checkpoint's signature replaced": lambda conn: conn.execute(
        "UPDATE audit_checkpoints SET signature = 'AAAA' WHERE id = (SELECT min(id) FROM audit_checkpoints)"
    ),
    "re-signed with another key": _resign_with_another_key,
    "reveals cut out and re-hashed": _cut_reveals_and_rehash,
}


def _tampered(world: DeskWorld, tamper: str) -> Desk:
    conn = raw_db(world)
    drop_audit_triggers(conn)
    TAMPERS[tamper](conn)
    conn.close()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    return world.desk


@pytest.mark.parametrize("tamper", TAMPERS, ids=list(TAMPERS))
def test_the_split_verify_gives_the_previous_report(tamper: str, world: DeskWorld) -> None:
    desk = _tampered(world, tamper)
    previous = _previous_verify(desk)
    assert previous.ok == (tamper == "untouched")
    assert _split_verify(desk) == previous
    assert desk.audit.verify() == previous  # the CLI's synchronous path: the same three steps on one thread


@pytest.mark.parametrize("tamper", ["untouched", "content edited", "the tail cut after the last checkpoint"])
def test_the_split_verify_in_worker_processes_gives_the_previous_report(
    tamper: str, world: DeskWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_walk, "PARALLEL_FROM", 1)  # even this short chain goes to worker processes…
    monkeypatch.setattr(audit_walk, "CHUNK", 4)  # …in ranges of 4 entries
    desk = _tampered(world, tamper)
    _, db, _ = desk.ctx.require()
    assert audit_walk.workers_for(int(db.scalar("SELECT max(seq) FROM audit_log"))) > 1
    previous = _previous_verify(desk)
    assert _split_verify(desk) == previous
    assert previous.ok == (tamper == "untouched")


def test_a_save_on_the_db_thread_completes_while_the_walk_runs(world: DeskWorld) -> None:
    """This test's thread is the DB thread (it owns the desk's connection); the walk runs on a thread of its own
    and is held inside its snapshot until the save is done."""
    desk = world.desk
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    expected = _previous_verify(desk)
    assert expected.ok
    job = desk.audit.prepare_verify()
    walking, release = threading.Event(), threading.Event()

    def held(_done: int, _total: int) -> None:  # the walk's progress: it has read the chain, inside its snapshot
        walking.set()
        if not release.wait(60):
            raise AssertionError("never released")

    outcome: list[VerifyOutcome] = []
    walker = threading.Thread(target=lambda: outcome.append(job.run(held)), name="reception-job-test")
    walker.start()
    try:
        assert walking.wait(60)
        saved = desk.cases.create_case(draft(subject="Lưu trong lúc kiểm tra nhật ký"))  # the desk's connection
        assert walker.is_alive()  # the save did not wait for the walk: it is still held
        assert not outcome
    finally:
        release.set()
        walker.join(60)
    assert saved.uid
    report = desk.audit.finish_verify(outcome[0])
    assert report == expected  # the snapshot's chain: the save's entries came after it
    after = desk.audit.verify()
    assert after.ok
    assert after.entries > report.entries


def test_a_cancelled_walk_remembers_nothing(world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    _, db, _ = desk.ctx.require()
    job = desk.audit.prepare_verify()
    with pytest.raises(VerifyCancelled):
        _on_a_thread(lambda: job.run(cancelled=lambda: True))
    assert settings_repo.get_setting(db, desk.audit.VERIFIED_CHECKPOINT_KEY, "") == ""
    assert desk.audit.verify().ok
    assert settings_repo.get_setting(db, desk.audit.VERIFIED_CHECKPOINT_KEY, "") != ""


def test_the_job_never_shows_its_key(world: DeskWorld) -> None:
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    job = world.desk.audit.prepare_verify()
    assert job.key.hex() not in repr(job)
    assert job.key.hex()[:16] not in repr(job)
