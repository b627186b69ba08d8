"""Back-fill at join: what a desk recorded alone is sent after it joins, in batches, resumable after a crash."""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from pathlib import Path

from reception_app.models.enums import Channel
from reception_app.storage import office_backfill, office_server
from tests.factories import ADMIN, OFFICER, draft, set_up_world
from tests.office.conftest import Office, OfficeDesk, make_office_desk
from tests.office.test_office_handling import OURS
from tests.office.test_office_kill import KILLS, _child, _kill_soon
from tests.office.test_office_kinds import SCAN, _db, _links, _register, _transfers

PRE_JOIN_TEXT = "Trước khi tham gia Kzqxvw Canaryprejoin"


def _alone_then_join(office: Office, tmp: Path, code: str, cases: int) -> tuple[OfficeDesk, list[str]]:
    """A desk that recorded ``cases`` cases (handled, printed, linked, with a file) before joining the office."""
    world = set_up_world(tmp / f"desk_{code}")
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uids = [
        desk.cases.create_case(draft(subject=f"Đơn {i}", content=f"{PRE_JOIN_TEXT} {i}", channel=Channel.POST)).uid
        for i in range(cases)
    ]
    desk.documents.issue_receipt(uids[0])
    desk.handling.classify(uids[0], OURS)
    agency = desk.agencies.list()[0]
    desk.handling.transfer(uids[1], agency_id=agency.id, reason="Không thuộc thẩm quyền")
    desk.handling.link_same_content(uids[2], uids[-1])
    desk.attachments.add(uids[-1], "scan.pdf", SCAN)
    desk.auth.logout()
    role, password = f"{office.dbname}_desk_{code.lower()}", f"desk-{code}-password"
    office_server.add_desk(office.admin, code, role, password)
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.office.join(office.desk_conninfo(role, password), office.content_key)
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)
    return OfficeDesk(desk, code, role, desk.office.open_sync(), world), uids


def _case_events(d: OfficeDesk) -> Counter[str]:
    rows = _db(d).query("SELECT case_uid FROM office_outbox WHERE kind = 'case_created'")
    return Counter(str(r["case_uid"]) for r in rows)


def test_cases_recorded_before_joining_reach_the_other_desk(office: Office, tmp_path: Path) -> None:
    b = make_office_desk(office, tmp_path, "B")
    b_own = b.desk.cases.create_case(draft()).uid
    a, uids = _alone_then_join(office, tmp_path, "A", 5)
    db = _db(a)
    assert office_backfill.remaining(db) == 5  # nothing queued by the join itself
    assert _case_events(a) == Counter()
    # A change to a pre-join case before its back-fill queues nothing of its own: the back-fill carries it.
    a.desk.handling.record_visit(uids[3], note="Quay lại")
    assert db.scalar("SELECT count(*) FROM office_outbox WHERE kind != 'audit_anchor'") == 0
    new = a.desk.cases.create_case(draft(subject="Sau khi tham gia")).uid  # intake goes on meanwhile
    a.sync.sync_once()
    b.sync.sync_once()
    assert office_backfill.remaining(db) == 0
    assert _case_events(a) == Counter({u: 1 for u in [*uids, new]})
    numbers = {r["uid"]: r["number"] for r in db.query("SELECT uid, number FROM cases")}
    for uid in [*uids, new]:
        assert b.desk.cases.get_case(uid).number == numbers[uid]  # original form: "2026-00001", no desk code
    assert "A" not in numbers[uids[0]].split("-")[1]
    assert b.desk.handling.visits(uids[3]) == a.desk.handling.visits(uids[3]) != []
    assert b.desk.handling.view(uids[0]).steps == a.desk.handling.view(uids[0]).steps
    assert _transfers(b, uids[1]) == _transfers(a, uids[1])
    assert _links(b) == _links(a) != set()
    assert _register(b) == _register(a) != set()
    assert len(b.desk.attachments.for_case(uids[-1])) == 1
    assert [c.uid for c in b.desk.cases.search_cases("kzqxvw").rows] != []
    a.sync.sync_once()
    assert b_own in {r["uid"] for r in db.query("SELECT uid FROM cases")}
    assert "Canaryprejoin" not in office.cluster.pg_dump(office.dbname)
    assert b.sync.sync_once().pulled == 0


def test_two_desks_with_the_same_pre_join_numbers(office: Office, tmp_path: Path) -> None:
    a, a_uids = _alone_then_join(office, tmp_path, "A", 4)
    b, b_uids = _alone_then_join(office, tmp_path, "B", 4)
    for d in (a, b, a, b):
        d.sync.sync_once()
    a_number = a.desk.cases.get_case(a_uids[0]).number
    assert b.desk.cases.get_case(b_uids[0]).number == a_number  # both printed "2026-00001" alone
    assert b.desk.cases.get_case(a_uids[0]).number == f"{a_number} (A)"  # told apart on the replica
    assert a.desk.cases.get_case(b_uids[0]).number == f"{a_number} (B)"
    assert _db(a).scalar("SELECT count(*) FROM cases") == _db(b).scalar("SELECT count(*) FROM cases") == 8


def test_a_back_fill_killed_midway_resumes_losing_and_repeating_nothing(office: Office, tmp_path: Path) -> None:
    b = make_office_desk(office, tmp_path, "B")
    a, uids = _alone_then_join(office, tmp_path, "A", 24)
    rng = random.Random(int(os.environ.get("OFFICE_SEED", "21")))
    db = _db(a)
    left = [office_backfill.remaining(db)]
    for _ in range(KILLS):
        _kill_soon(_child(a, "backfill"), rng)
        left.append(office_backfill.remaining(db))
    assert left[-1] < left[0]  # the killed runs did queue some
    a.sync.sync_once()
    b.sync.sync_once()
    assert office_backfill.remaining(db) == 0
    assert _case_events(a) == Counter(dict.fromkeys(uids, 1))  # each case queued exactly once
    rows = db.query("SELECT payload FROM office_outbox WHERE kind != 'audit_anchor'")
    events = [json.loads(r["payload"]) for r in rows]
    assert len(events) == len({json.dumps(e, sort_keys=True) for e in events})
    assert {r["uid"] for r in _db(b).query("SELECT uid FROM cases")} == set(uids)
    assert _register(b) == _register(a)
