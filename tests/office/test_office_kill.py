"""Kill tests: SIGKILL a desk during push and during pull, and the server during ingest.

Nothing acknowledged is lost (every event a desk marked as pushed is on the server), nothing is applied twice
(server events contiguous and unique; a replica holds each event once). ``OFFICE_KILLS`` sets the number of
kills per test (make test: 2; make office-long: 20).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg

from reception_app.storage import office as office_repo
from reception_app.storage.settings import get_setting
from tests.factories import draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk

KILLS = int(os.environ.get("OFFICE_KILLS", "2"))
ROOT = Path(__file__).resolve().parents[2]


def _bulk(d: OfficeDesk, n: int) -> None:
    """``n`` more case events in the outbox (copies of one real case under new uids and numbers)."""
    db = d.desk.ctx.require()[1]
    saved = d.desk.cases.create_case(draft())
    row = db.query_one("SELECT payload FROM office_outbox WHERE case_uid = ?", (saved.uid,))
    assert row is not None
    payload = json.loads(row["payload"])
    base = int(db.scalar("SELECT count(*) FROM office_outbox"))
    with db.atomic():
        for i in range(n):
            uid = uuid.uuid4().hex
            codes = {**payload["codes"], "uid": uid, "number": f"2026-{d.code}9{base + i:06d}"}
            secret = {**payload["secret"], "reporters": []}
            office_repo.record_event(db, "case_created", uid, d.desk.clock.now(), {"codes": codes, "secret": secret})


def _child(d: OfficeDesk, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "OFFICE_TEST_DB_KEY": d.desk.ctx.require()[2].db_key.hex(), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "tests.office.kill_child", mode, str(d.desk.db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _kill_soon(proc: subprocess.Popen[str], rng: random.Random) -> None:
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.3))  # somewhere inside the run, not a timed assertion
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def _server_events(office: Office, desk: str) -> tuple[int, int, int]:
    with psycopg.connect(office.cluster.admin_dsn(office.dbname)) as conn:
        row = conn.execute(
            "SELECT count(*), coalesce(max(seq), 0), count(DISTINCT event_uid) FROM office.events WHERE desk = %s",
            (desk,),
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def _pushed_marker(d: OfficeDesk) -> int:
    return int(get_setting(d.desk.ctx.require()[1], office_repo.K_PUSHED, "0"))


def _outbox_size(d: OfficeDesk) -> int:
    return int(d.desk.ctx.require()[1].scalar("SELECT count(*) FROM office_outbox"))


def test_killing_a_desk_during_push_and_pull_loses_nothing_and_applies_nothing_twice(
    office: Office, tmp_path: Path
) -> None:
    rng = random.Random(21)
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    for _ in range(KILLS):
        _bulk(a, 80)
        _kill_soon(_child(a, "push"), rng)
        count, head, unique = _server_events(office, "A")
        assert count == head == unique  # contiguous, each once
        assert _pushed_marker(a) <= head  # nothing acknowledged is missing on the server
    a.sync.push()
    assert _server_events(office, "A")[0] == _outbox_size(a)
    for _ in range(KILLS):
        _kill_soon(_child(b, "pull"), rng)
        db = b.desk.ctx.require()[1]
        inbox = int(db.scalar("SELECT count(*) FROM office_inbox WHERE desk = 'A'"))
        assert inbox == int(db.scalar("SELECT count(*) FROM cases WHERE origin_desk = 'A'"))
    b.sync.sync_once()
    db = b.desk.ctx.require()[1]
    assert int(db.scalar("SELECT count(*) FROM cases WHERE origin_desk = 'A'")) == _outbox_size(a)
    assert int(db.scalar("SELECT count(DISTINCT event_uid) FROM office_inbox")) == _outbox_size(a)


def test_killing_the_server_during_ingest_loses_nothing_acknowledged(office: Office, tmp_path: Path) -> None:
    rng = random.Random(2121)
    a = make_office_desk(office, tmp_path, "A")
    for _ in range(KILLS):
        _bulk(a, 80)
        proc = _child(a, "push")
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        office.cluster.stop("immediate")  # the postmaster and its backends die at once (SIGQUIT)
        proc.wait(timeout=60)
        office.cluster.start()
        count, head, unique = _server_events(office, "A")
        assert count == head == unique
        assert _pushed_marker(a) <= head
    a.sync.push()
    assert _server_events(office, "A")[0] == _outbox_size(a)
