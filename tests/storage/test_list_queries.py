"""The case list and search never count or skip rows, with or without filter chips; plans use indexes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reception_app.models.case import CaseFilter, PageKey
from reception_app.models.enums import CaseKind, CaseStatus
from reception_app.storage import cases as repo
from tests.factories import OFFICER, draft, set_up_world

FILTERS = [
    CaseFilter(),
    CaseFilter(kind=CaseKind.DENUNCIATION),
    CaseFilter(status=CaseStatus.RECEIVED),
    CaseFilter(overdue=True),
    CaseFilter(kind=CaseKind.COMPLAINT, status=CaseStatus.RECEIVED, overdue=True),
]


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("search", ["", "đất đai"])
def test_no_count_no_offset(tmp_path: Path, filters: CaseFilter, search: str) -> None:
    world = set_up_world(tmp_path)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    for _ in range(5):
        desk.cases.create_case(draft())
    statements: list[str] = []
    desk.ctx.db.connection.set_trace_callback(statements.append)  # type: ignore[union-attr]
    page = desk.cases.search_cases(search, limit=2, filters=filters)
    if page.next_key is not None:
        desk.cases.search_cases(search, after=page.next_key, limit=2, filters=filters)
    desk.ctx.db.connection.set_trace_callback(None)  # type: ignore[union-attr]
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    for sql in selects:
        assert "count(" not in sql.lower()
        assert " offset " not in sql.lower()
    desk.close()


@pytest.mark.calendar
def test_overdue_filter_returns_only_open_past_due(tmp_path: Path) -> None:
    world = set_up_world(tmp_path)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uids = [desk.cases.create_case(draft()).uid for _ in range(3)]
    db = desk.ctx.db
    assert db is not None
    db.execute("UPDATE cases SET due_on = '2020-01-02' WHERE uid = ?", (uids[0],))
    db.execute("UPDATE cases SET due_on = '2020-01-02', status = 'da_giai_quyet' WHERE uid = ?", (uids[1],))
    rows = desk.cases.list_cases(filters=CaseFilter(overdue=True)).rows
    assert [r.uid for r in rows] == [uids[0]]
    plain = repo.list_page(db, after=PageKey(10**9), limit=10, overdue_before=date(2020, 1, 3))
    assert [r.uid for r in plain.rows] == [uids[0]]
    desk.close()


def test_default_list_plan_walks_the_primary_key_backwards(tmp_path: Path) -> None:
    world = set_up_world(tmp_path)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    db = world.desk.ctx.db
    assert db is not None
    plan = " ".join(
        str(r["detail"])
        for r in db.query("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE id < 5 ORDER BY id DESC LIMIT 201")
    )
    assert "TEMP B-TREE" not in plan  # no sort: rows come straight off the index in order
    world.desk.close()
