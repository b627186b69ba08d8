"""Office mode: the server restored from an older dump is repaired by the desks, with nothing lost, nothing
applied twice and no document number printed twice; a server holding another event under a desk's number
stops that desk's push with an alarm and nothing is overwritten (docs/OFFICE.md "Back up the server")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg

from reception_app.models.enums import CaseKind, Channel
from reception_app.storage import office_server
from reception_app.storage.database import Database
from reception_app.storage.settings import set_setting
from tests.factories import draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk

BLOCK = 2  # tiny blocks, so the desks lease new ones after the dump


def _db(d: OfficeDesk) -> Database:
    return d.desk.ctx.require()[1]


def _server(office: Office) -> psycopg.Connection[Any]:
    return psycopg.connect(office.cluster.admin_dsn(office.dbname), autocommit=True)


def _desk(office: Office, tmp_path: Path, code: str) -> OfficeDesk:
    d = make_office_desk(office, tmp_path, code)
    with _db(d).atomic():
        set_setting(_db(d), "office.block_size", str(BLOCK))
    return d


def _case_with_receipt(d: OfficeDesk) -> str:
    uid = d.desk.cases.create_case(draft(kind=CaseKind.PETITION, channel=Channel.POST)).uid
    d.desk.documents.issue_receipt(uid)
    return uid


def _server_uids(office: Office, desk: str) -> list[tuple[int, str]]:
    with _server(office) as conn:
        rows = conn.execute("SELECT seq, event_uid::text FROM office.events WHERE desk = %s ORDER BY seq", (desk,))
        return [(int(s), str(u)) for s, u in rows.fetchall()]


def _outbox(d: OfficeDesk) -> list[tuple[int, str]]:
    return [
        (int(r["seq"]), str(r["event_uid"]))
        for r in _db(d).query("SELECT seq, event_uid FROM office_outbox ORDER BY seq")
    ]


def _audit(d: OfficeDesk, action: str) -> list[dict[str, Any]]:
    rows = _db(d).query("SELECT details FROM audit_log WHERE action = ? ORDER BY seq", (action,))
    return [json.loads(r["details"]) for r in rows]


def _numbers(*desks: OfficeDesk) -> list[str]:
    # each desk's own prints (the register also holds the other desks' prints it pulled: origin_desk names them)
    return [
        str(r["number"])
        for d in desks
        for r in _db(d).query("SELECT number FROM documents_issued WHERE origin_desk = ''")
    ]


def _sync(*desks: OfficeDesk) -> None:
    for d in desks:
        assert d.sync.sync_once().online


def test_restoring_an_older_dump_loses_nothing_and_prints_no_number_twice(office: Office, tmp_path: Path) -> None:
    a, b = _desk(office, tmp_path, "A"), _desk(office, tmp_path, "B")
    _sync(a, b)
    before = [_case_with_receipt(a), _case_with_receipt(b)]
    _sync(a, b, a)
    dump = tmp_path / "reception.dump"
    office.cluster.dump_file(office.dbname, dump)

    after = [_case_with_receipt(a) for _ in range(3)] + [_case_with_receipt(b) for _ in range(3)]
    _sync(a, b, a, b)  # new blocks leased after the dump, B pulled A's new cases
    late = _case_with_receipt(a)  # pushed, never pulled by B before the restore
    _sync(a)
    pushed_a, pushed_b = len(_outbox(a)), len(_outbox(b))
    assert len(_server_uids(office, "A")) == pushed_a

    office.cluster.restore_file(office.dbname, dump)
    office_server.init_server(office.admin)
    held_a = len(_server_uids(office, "A"))
    assert held_a < pushed_a

    b_report = b.sync.sync_once()  # B finds the server behind for itself and for A
    assert b_report.online
    status = b.sync.status()
    assert status.server_behind
    assert status.push_stopped_at is None
    assert not b.sync.status().server_behind  # shown once
    [own] = [x for x in _audit(b, "office_server_behind") if x["office_desk"] == "B"]
    assert own["pushed_seq"] == pushed_b
    assert own["server_seq"] < pushed_b
    [other] = [x for x in _audit(b, "office_server_behind") if x["office_desk"] == "A"]
    assert other["server_seq"] == held_a
    assert other["pulled_seq"] > held_a
    with _server(office) as conn:  # A has not reported its numbers yet: the restored server leases nothing
        assert conn.execute("SELECT office.numbers_pending()").fetchone() == (True,)

    _sync(a, b, a, b)
    assert _server_uids(office, "A") == _outbox(a)
    assert _server_uids(office, "B") == _outbox(b)
    [own_a] = [x for x in _audit(a, "office_server_behind") if x["office_desk"] == "A"]
    assert (own_a["server_seq"], own_a["pushed_seq"]) == (held_a, pushed_a)

    # Every case is on both desks exactly once; every event of the other desk is in the inbox once, applied.
    for d, other_desk, uids in ((a, "B", [before[1], *after[3:]]), (b, "A", [before[0], *after[:3], late])):
        for uid in uids:
            assert _db(d).scalar("SELECT count(*) FROM cases WHERE uid = ?", (uid,)) == 1
        inbox = _db(d).query(
            "SELECT seq, event_uid, applied FROM office_inbox WHERE desk = ? ORDER BY seq", (other_desk,)
        )
        assert [(int(r["seq"]), str(r["event_uid"])) for r in inbox] == _server_uids(office, other_desk)
        assert all(int(r["applied"]) == 1 for r in inbox)

    # Numbers printed after the restore follow every block any desk was leased: none is printed twice.
    for _ in range(3):
        _case_with_receipt(a)
        _case_with_receipt(b)
        _sync(a, b)
    numbers = _numbers(a, b)
    assert len(numbers) == len(set(numbers)) == 15
    assert all(int(n.split("/")[0]) < 90_000 for n in numbers)  # all from leased blocks, none emergency


def test_another_event_under_a_pushed_number_stops_the_push_and_overwrites_nothing(
    office: Office, tmp_path: Path
) -> None:
    a = _desk(office, tmp_path, "A")
    a.desk.cases.create_case(draft())
    _sync(a)
    held = _server_uids(office, "A")
    seq, mine = held[-1]
    with _server(office) as conn:  # the server now holds another event under A's last number
        conn.execute("UPDATE office.events SET event_uid = gen_random_uuid() WHERE desk = 'A' AND seq = %s", (seq,))
    tampered = _server_uids(office, "A")
    a.desk.cases.create_case(draft())
    _sync(a, a)
    assert _server_uids(office, "A") == tampered  # nothing pushed, nothing overwritten
    status = a.sync.status()
    assert status.push_stopped_at == seq
    assert status.pending >= 1
    alarms = _audit(a, "security_alarm")
    assert alarms == [
        {"codes": ["office_event_differs"], "office_desk": "A", "seq": seq, "server_seq": seq, "pushed_seq": seq}
    ]
    assert not _audit(a, "office_server_behind")

    with _server(office) as conn:  # the IT officer puts the desk's own event back: the desk goes on
        conn.execute("UPDATE office.events SET event_uid = %s WHERE desk = 'A' AND seq = %s", (mine, seq))
    _sync(a)
    assert a.sync.status().push_stopped_at is None
    assert _server_uids(office, "A") == _outbox(a)
    assert _audit(a, "office_push_resumed") == [{"office_desk": "A", "seq": seq}]
