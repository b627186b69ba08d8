"""Issue 19: statistics over a period that spans a change of rule set count each case under the set of its own
received date (real SQLCipher database; the whole-month cube and the partial-month index agree)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reception_app.models.clock import ManualClock
from reception_app.models.enums import CaseKind, Decision
from reception_app.models.periods import custom_period
from reception_app.models.rulesets import install_admin_sets, parse_ruleset, registry
from reception_app.models.statistics import Timeliness
from reception_app.models.statistics_rulesets import ruleset_spans
from reception_app.services import Desk
from reception_app.storage.statistics import ruleset_cells
from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, set_up_world

LATER_SET = {
    "format": 1,
    "key": "vn-test-2026-07-15",
    "name": "Bộ quy tắc thử nghiệm từ 15/7/2026",
    "effective_from": "2026-07-15",
    "source": "Văn bản giả định cho kiểm thử",
    "tag": "M",
    "deadlines": {"rules": {"tc_xu_ly_ban_dau": {"length": 1}}},
}


@pytest.fixture(autouse=True)
def _bundled_sets_only() -> Iterator[None]:
    install_admin_sets([])
    yield
    install_admin_sets([])


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 6, 15, 2, 0, tzinfo=UTC))  # Mon 15 June 2026, 09:00 office time


@pytest.fixture
def desk(data_dir: Path, clock: ManualClock) -> Desk:
    world = set_up_world(data_dir, clock=clock)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    return world.desk


def _case(desk: Desk, clock: ManualClock, day: datetime, kind: CaseKind = CaseKind.DENUNCIATION) -> str:
    clock.set_wall(day)
    return desk.cases.create_case(draft(kind=kind, received_at=day)).uid


def test_spans_cut_where_the_set_in_force_changes() -> None:
    spans = ruleset_spans(date(2026, 6, 1), date(2026, 7, 31), registry())
    assert [(rs.key, a, b) for rs, a, b in spans] == [
        ("vn-2014", date(2026, 6, 1), date(2026, 6, 30)),
        ("vn-2026-07", date(2026, 7, 1), date(2026, 7, 31)),
    ]
    assert [rs.key for rs, _a, _b in ruleset_spans(date(2026, 7, 2), date(2026, 7, 9), registry())] == ["vn-2026-07"]
    install_admin_sets([parse_ruleset(LATER_SET, origin="admin")])
    spans = ruleset_spans(date(2026, 6, 20), date(2026, 8, 5), registry())
    assert [(rs.key, a, b) for rs, a, b in spans] == [
        ("vn-2014", date(2026, 6, 20), date(2026, 6, 30)),
        ("vn-2026-07", date(2026, 7, 1), date(2026, 7, 14)),
        ("vn-test-2026-07-15", date(2026, 7, 15), date(2026, 8, 5)),
    ]


def test_a_period_across_1_july_2026_counts_each_case_under_its_own_set(
    desk: Desk, clock: ManualClock, tmp_path: Path
) -> None:
    # the administrator loads a later set (kept in the database: every login installs it again)
    path = tmp_path / "later.json"
    path.write_text(json.dumps(LATER_SET, ensure_ascii=False), encoding="utf-8")
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.rulesets.load_file(path)
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)
    handling = desk.handling
    for d in (15, 30):
        _case(desk, clock, datetime(2026, 6, d, 9, 0))
    refused_june = _case(desk, clock, datetime(2026, 6, 30, 10, 0), CaseKind.COMPLAINT)
    handling.refuse_reception(refused_june, grounds=("k2",), reason="Xúc phạm cán bộ")
    july = _case(desk, clock, datetime(2026, 7, 1, 9, 0))  # 7 working days: due 10 July
    refused_july = _case(desk, clock, datetime(2026, 7, 1, 10, 0), CaseKind.COMPLAINT)
    handling.refuse_reception(refused_july, grounds=("k2",), reason="Xúc phạm cán bộ")
    in_time = _case(desk, clock, datetime(2026, 7, 14, 9, 0))  # 7 working days: due 23 July
    overdue = _case(desk, clock, datetime(2026, 7, 16, 9, 0))  # the later set's 1 working day: due 17 July
    assert desk.cases.get_case(in_time).due_on == date(2026, 7, 23)
    assert desk.cases.get_case(overdue).due_on == date(2026, 7, 17)
    assert desk.cases.get_case(july).due_on == date(2026, 7, 10)
    clock.set_wall(datetime(2026, 7, 20, 9, 0))
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    _, db, _ = desk.ctx.require()
    for start, end in ((date(2026, 6, 1), date(2026, 7, 31)), (date(2026, 6, 15), date(2026, 7, 20))):
        report = desk.statistics.compute(custom_period(start, end))
        parts = ruleset_cells(db, start, end, today=desk.today(), registry=registry())
        report = report.with_rulesets(parts)  # the parts add up to the report (checked)
        assert [p.key for p in report.rulesets] == ["vn-2014", "vn-2026-07", "vn-test-2026-07-15"]
        old, new, later = (report.under(k) for k in ("vn-2014", "vn-2026-07", "vn-test-2026-07-15"))
        assert (old.total, new.total, later.total) == (3, 3, 1)
        assert old.count(decision=Decision.REFUSE_RECEPTION.value) == 1
        assert new.count(decision=Decision.REFUSE_RECEPTION.value) == 1
        # the 16 July case was given the later set's 1-working-day deadline at intake: overdue on 20 July
        assert later.count(timeliness=Timeliness.OPEN_OVERDUE.value) == 1
        # received two days earlier under the 1 July 2026 set (7 working days): still in time on 20 July
        assert new.count(kind=CaseKind.DENUNCIATION.value, timeliness=Timeliness.OPEN_IN_TIME.value) == 1
        assert new.count(kind=CaseKind.DENUNCIATION.value, timeliness=Timeliness.OPEN_OVERDUE.value) == 1  # 1 July
        assert (old.start, later.end) == (start, end)
        rows = dict(dict(report.sections())["Theo bộ quy tắc áp dụng (ngày nhận đơn)"])
        assert rows[f"Bộ quy tắc vn-2014 [V], nhận từ {start:%d/%m/%Y} đến 30/06/2026"] == 3
        assert rows["Bộ quy tắc vn-2026-07 [T], nhận từ 01/07/2026 đến 14/07/2026"] == 3
    with pytest.raises(ValueError, match="do not add up"):
        report.with_rulesets(parts[:1])
