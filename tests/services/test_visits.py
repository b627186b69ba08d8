"""Return visits and receptions led by the head: the reception logbook behind Biểu 01/TCD."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reception_app.models.enums import Channel
from reception_app.models.errors import ValidationError
from reception_app.models.periods import year_period
from reception_app.services.handling import CaseNotFound
from tests.factories import OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world

NOW = datetime(2026, 3, 20, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội on 20 March 2026
NOTE = "Công dân bổ sung bản sao quyết định"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data", clock=lambda: NOW)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


def _db(world: DeskWorld):  # type: ignore[no-untyped-def]
    return world.desk.ctx.require()[1]


def test_intake_led_by_the_head_and_return_visits_are_logged(world: DeskWorld) -> None:
    desk = world.desk
    walk_in = desk.cases.create_case(draft(received_at=datetime(2026, 3, 2, 9, 0), led_by_head=True))
    by_post = desk.cases.create_case(
        draft(received_at=datetime(2026, 3, 3, 9, 0), channel=Channel.POST, led_by_head=True)
    )  # not a reception: no visit row, and the flag is ignored
    handling = desk.handling
    visit_id = handling.record_visit(walk_in.uid, visited_at=datetime(2026, 3, 16, 14, 30), people=6, note=NOTE)
    handling.record_visit(walk_in.uid, visited_at=datetime(2026, 3, 18, 8, 0), led_by_head=True)
    rows = _db(world).query("SELECT * FROM visits ORDER BY visited_at")
    assert [(r["first_time"], r["led_by_head"], r["people"], r["is_group"]) for r in rows] == [
        (1, 1, 1, 0),
        (0, 0, 6, 1),
        (0, 1, 1, 0),
    ]
    assert handling.visits(by_post.uid) == []
    assert [v[0] for v in handling.visits(walk_in.uid)] == [
        datetime(2026, 3, 2, 9, 0),
        datetime(2026, 3, 16, 14, 30),
        datetime(2026, 3, 18, 8, 0),
    ]
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)  # the audit log is for supervisors
    audit = [e for e in desk.audit.entries(limit=50) if e.action == "visit_recorded"]
    assert len(audit) == 2
    assert all(NOTE not in str(e.details) for e in audit)  # free text never reaches the audit log
    assert any(e.details.get("visit_id") == visit_id for e in audit)


@pytest.mark.parametrize(
    ("when", "people", "field"),
    [
        (datetime(2026, 3, 21, 9, 0), 1, "visited_at"),  # tomorrow
        (datetime(2026, 3, 1, 9, 0), 1, "visited_at"),  # before the case was received
        (datetime(2026, 3, 16, 9, 0), 0, "people"),
    ],
)
def test_impossible_visits_are_refused_beside_the_field(
    world: DeskWorld, when: datetime, people: int, field: str
) -> None:
    saved = world.desk.cases.create_case(draft(received_at=datetime(2026, 3, 2, 9, 0)))
    with pytest.raises(ValidationError) as caught:
        world.desk.handling.record_visit(saved.uid, visited_at=when, people=people)
    assert [e.field for e in caught.value.errors] == [field]
    assert _db(world).scalar("SELECT count(*) FROM visits WHERE first_time = 0") == 0


def test_a_visit_needs_an_existing_case(world: DeskWorld) -> None:
    with pytest.raises(CaseNotFound):
        world.desk.handling.record_visit("no-such-case")


def test_statistics_count_repeat_and_head_led_receptions(world: DeskWorld) -> None:
    desk = world.desk
    first = desk.cases.create_case(draft(received_at=datetime(2026, 3, 2, 9, 0), led_by_head=True))
    second = desk.cases.create_case(replace(draft(received_at=datetime(2026, 3, 4, 9, 0)), group_size=7))
    handling = desk.handling
    handling.record_visit(first.uid, visited_at=datetime(2026, 3, 9, 9, 0))
    handling.record_visit(second.uid, visited_at=datetime(2026, 3, 10, 9, 0), led_by_head=True, people=7)
    db = _db(world)
    expected = {
        (bool(r["led_by_head"]), bool(r["first_time"])): int(r["n"])
        for r in db.query("SELECT led_by_head, first_time, count(*) AS n FROM visits GROUP BY 1, 2")
    }
    assert expected == {(True, True): 1, (False, False): 1, (False, True): 1, (True, False): 1}
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    r = desk.statistics.compute(year_period(2026)).reception
    assert r.visits == 4
    assert (r.leaders.visits, r.regular.visits) == (2, 2)
    assert (r.leaders.cases_first, r.leaders.cases_repeat) == (1, 1)
    assert (r.regular.cases_first, r.regular.cases_repeat) == (1, 1)
    assert r.leaders.groups == 1  # the return visit of the group of 7
    assert r.days == len({date(2026, 3, d) for d in (2, 4, 9, 10)})
