"""A waiting event (arrived before its case) that raises when its case arrives is set aside like a pulled event:
the sync round goes on and the other waiting events apply (storage/office_waiting.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg

from reception_app.storage import office as office_repo
from reception_app.storage import office_quarantine
from reception_app.storage.database import Database
from tests.factories import draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk


def _db(d: OfficeDesk) -> Database:
    return d.desk.ctx.require()[1]


def _server(office: Office) -> psycopg.Connection[Any]:
    return psycopg.connect(office.cluster.admin_dsn(office.dbname), autocommit=True)


def _event_seq(office: Office, desk: str, case_uid: str, kind: str) -> int:
    with _server(office) as conn:
        row = conn.execute(
            "SELECT seq FROM office.events WHERE desk = %s AND case_uid = %s AND kind = %s", (desk, case_uid, kind)
        ).fetchone()
    assert row is not None
    return int(row[0])


def _visits(d: OfficeDesk, uid: str) -> int:
    sql = "SELECT count(*) FROM visits v JOIN cases k ON k.id = v.case_id WHERE k.uid = ?"
    return int(_db(d).scalar(sql, (uid,)))


def _reseal_without(office: Office, desk: str, seq: int, drop: str) -> None:
    """Re-encrypt an event on the server without one part of its secret (it opens, but applying it raises)."""
    with _server(office) as conn:
        row = conn.execute(
            "SELECT event_uid::text, kind, case_uid, at, codes, secret FROM office.events WHERE desk = %s AND seq = %s",
            (desk, seq),
        ).fetchone()
        assert row is not None
        uid, kind, case_uid, at, codes, secret = row
        wire = office_repo.WireEvent(desk, seq, uid, kind, case_uid, at, codes, bytes(secret))
        payload = office_repo.open_event(office.content_key, wire)
        payload["secret"].pop(drop)
        outbox = office_repo.OutboxRow(seq, uid, kind, case_uid, at.isoformat(), json.dumps(payload))
        sealed = office_repo.seal_event(office.content_key, desk, outbox).secret
        conn.execute("UPDATE office.events SET secret = %s WHERE desk = %s AND seq = %s", (sealed, desk, seq))


def test_a_waiting_event_that_raises_is_set_aside_and_the_others_apply(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    c = make_office_desk(office, tmp_path, "C")
    bad_case = b.desk.cases.create_case(draft())
    good_case = b.desk.cases.create_case(draft())
    b.sync.sync_once()
    a.sync.sync_once()
    # A records visits on B's cases: C pulls A before B, so both wait in C's inbox for their case.
    a.desk.handling.record_visit(bad_case.uid, note="Công dân quay lại")
    a.desk.handling.record_visit(good_case.uid, note="Công dân quay lại")
    a.sync.sync_once()
    bad = _event_seq(office, "A", bad_case.uid, "visit_added")
    _reseal_without(office, "A", bad, "visit")
    for attempt in range(1, office_quarantine.MAX_ATTEMPTS + 1):
        assert c.sync.sync_once().online  # the round goes on: the bad waiting event does not fail it
        assert _visits(c, good_case.uid) == _visits(a, good_case.uid)
        row = _db(c).query_one(
            "SELECT attempts, state, error FROM office_quarantine WHERE desk = 'A' AND seq = ?", (bad,)
        )
        assert row is not None
        assert (int(row["attempts"]), row["error"]) == (attempt, "malformed")
    assert [(q.desk, q.seq, q.error) for q in office_quarantine.listing(_db(c))] == [("A", bad, "malformed")]
    assert c.sync.status().quarantined == 1
    audit = _db(c).query("SELECT details FROM audit_log WHERE action = 'office_event_quarantined'")
    assert [json.loads(r["details"])["seq"] for r in audit] == [bad]
    assert c.sync.sync_once().online  # set aside: not tried again until a supervisor asks
    assert int(_db(c).scalar("SELECT attempts FROM office_quarantine WHERE desk = 'A' AND seq = ?", (bad,))) == 3
    assert _visits(c, bad_case.uid) == _visits(a, bad_case.uid) - 1  # the intake visit only
