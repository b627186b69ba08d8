"""Statistics equal counts computed independently (plain SQL + Python) on a few hundred varied cases."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from reception_app.models.enums import CaseKind, CaseStatus, Channel, Decision, Sector
from reception_app.models.periods import custom_period, month_period, quarter_period, reporting_period, year_period
from reception_app.models.statistics import GROUP_MIN_PEOPLE, OPEN_STATUSES, Timeliness, code_label
from reception_app.services import PermissionDenied
from reception_app.services.statistics import StatisticsCancelled
from tests.factories import OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world

TODAY = date(2026, 11, 20)
UNKNOWN_DECISION = "ma_moi_2027"  # a handling decision code this build does not know


class Clock:
    def __call__(self) -> datetime:
        return datetime(TODAY.year, TODAY.month, TODAY.day, 9, 0, tzinfo=UTC)


def build_world(path: Path, cases: int = 300, seed: int = 5) -> DeskWorld:
    """``cases`` cases over 2025-2026 via ``Desk.create_case`` (canary identities sealed), then handling
    columns and extra visits set with SQL (as the handling service would leave them)."""
    world = set_up_world(path, clock=Clock())
    desk = world.desk
    rng = random.Random(seed)
    desk.auth.login(OFFICER.username, OFFICER.password)
    base = draft()
    for i in range(cases):
        kind = rng.choice(list(CaseKind))
        when = datetime(2025, 1, 1, 8, 0) + timedelta(days=rng.randrange(0, 688), minutes=rng.randrange(0, 540))
        desk.cases.create_case(
            replace(
                base,
                kind=kind,
                sector=rng.choice(list(Sector)),
                channel=rng.choice(list(Channel)),
                group_size=rng.choice([1, 1, 1, 2, 5, 7, 12]),
                received_at=when,
                reporters=() if kind is CaseKind.ANONYMOUS_TIP else base.reporters,
                subject=f"Vụ việc số {i}",
            )
        )
    desk.auth.logout()
    _, db, _ = desk.ctx.require() if desk.session else (None, None, None)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    _, db, _ = desk.ctx.require()
    ids = [int(r["id"]) for r in db.query("SELECT id FROM cases")]
    decisions = [d.value for d in Decision] + [UNKNOWN_DECISION]
    with db.atomic():
        for case_id in ids:
            status = rng.choice(list(CaseStatus))
            due = TODAY + timedelta(days=rng.randrange(-300, 60)) if rng.random() < 0.85 else None
            resolved = None
            if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED) and rng.random() < 0.7 and due is not None:
                resolved = due + timedelta(days=rng.randrange(-20, 15))
            db.execute(
                "UPDATE cases SET status = ?, decision = ?, jurisdiction = ?, admissible = ?, repeat_count = ?,"
                " due_on = ?, resolved_on = ? WHERE id = ?",
                (
                    status.value,
                    rng.choice(decisions),
                    rng.choice(["", "thuoc", "khong_thuoc"]),
                    rng.choice(["", "du", "khong_du"]),
                    rng.choice([0, 0, 1, 3]),
                    due.isoformat() if due else None,
                    resolved.isoformat() if resolved else None,
                    case_id,
                ),
            )
        for _ in range(150):  # leaders' sessions and repeat visits on top of the walk-in rows
            case_id = rng.choice(ids)
            at = datetime(2025, 1, 1, 8) + timedelta(days=rng.randrange(0, 688), hours=rng.randrange(0, 9))
            people = rng.choice([1, 2, 6, 15])
            db.execute(
                "INSERT INTO visits (case_id, visited_at, officer, people, is_group, led_by_head, first_time)"
                " VALUES (?, ?, 'canbo', ?, ?, ?, ?)",
                (case_id, at.isoformat(), people, int(people >= 5), rng.choice([0, 1]), rng.choice([0, 1])),
            )
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> DeskWorld:
    return build_world(tmp_path_factory.mktemp("stats"))


def _cases(world: DeskWorld, start: date, end: date) -> list[dict[str, Any]]:
    _, db, _ = world.desk.ctx.require()
    return db.query(  # a plain scan, no index hints: the independent tally
        "SELECT * FROM cases WHERE date(received_at) BETWEEN ? AND ?", (start.isoformat(), end.isoformat())
    )


def _timeliness(c: dict[str, Any]) -> str:
    if c["resolved_on"]:
        return Timeliness.ON_TIME if c["due_on"] is None or c["resolved_on"] <= c["due_on"] else Timeliness.LATE
    if c["status"] in OPEN_STATUSES:
        overdue = c["due_on"] is not None and date.fromisoformat(c["due_on"]) < TODAY
        return Timeliness.OPEN_OVERDUE if overdue else Timeliness.OPEN_IN_TIME
    return Timeliness.ENDED


@pytest.mark.parametrize(
    "period",
    [
        year_period(2026),
        year_period(2025),
        quarter_period(2026, 2),
        month_period(2025, 12),
        reporting_period(2026, "year"),
    ],
    ids=lambda p: p.label,
)
def test_counts_equal_an_independent_tally(world: DeskWorld, period: Any) -> None:
    report = world.desk.statistics.compute(period)
    mine = _cases(world, period.start, period.end)
    assert mine, "the generated data must fall in the period"
    assert report.total == len(mine)
    for dim, column in [
        ("kind", "kind"),
        ("sector", "sector"),
        ("channel", "channel"),
        ("decision", "decision"),
        ("status", "status"),
        ("jurisdiction", "jurisdiction"),
        ("admissible", "admissible"),
    ]:
        assert dict(report.by(dim)) == dict(Counter(c[column] for c in mine)), dim
    assert dict(report.by_timeliness) == dict(Counter(_timeliness(c) for c in mine))
    groups = [c for c in mine if c["group_size"] >= GROUP_MIN_PEOPLE]
    assert report.group_cases == len(groups)
    assert report.group_people == sum(c["group_size"] for c in groups)
    assert report.count(repeat=True) == sum(1 for c in mine if c["repeat_count"] > 0)
    assert dict(report.cross("kind", "sector")) == dict(Counter((c["kind"], c["sector"]) for c in mine))
    assert report.count(kind="TC", decision=("chuyen_don", "huong_dan")) == sum(
        1 for c in mine if c["kind"] == "TC" and c["decision"] in ("chuyen_don", "huong_dan")
    )

    _, db, _ = world.desk.ctx.require()
    visits = db.query(
        "SELECT * FROM visits WHERE date(visited_at) BETWEEN ? AND ?",
        (period.start.isoformat(), period.end.isoformat()),
    )
    r = report.reception
    assert r.visits == len(visits)
    assert r.people == sum(v["people"] for v in visits)
    assert r.days == len({v["visited_at"][:10] for v in visits})
    assert r.leaders.days == len({v["visited_at"][:10] for v in visits if v["led_by_head"]})
    assert r.groups == sum(1 for v in visits if v["people"] >= GROUP_MIN_PEOPLE or v["is_group"])
    regular_first = {v["case_id"] for v in visits if not v["led_by_head"] and v["first_time"]}
    assert r.regular.cases_first == len(regular_first)


def test_unknown_decision_codes_are_kept_and_labelled(world: DeskWorld) -> None:
    report = world.desk.statistics.compute(custom_period(date(2025, 1, 1), date(2026, 11, 20)))
    assert report.by_decision.get(UNKNOWN_DECISION, 0) > 0
    assert UNKNOWN_DECISION in report.codes("decision")
    assert code_label("decision", UNKNOWN_DECISION) == f"Khác (mã {UNKNOWN_DECISION})"
    decision_rows = dict(report.sections())["Theo hướng xử lý"]
    assert sum(n for _, n in decision_rows) == report.total


def test_reporting_periods_follow_the_15th_to_14th_cut_off() -> None:
    assert (reporting_period(2026, "year").start, reporting_period(2026, "year").end) == (
        date(2025, 12, 15),
        date(2026, 12, 14),
    )
    assert (reporting_period(2026, "q1").start, reporting_period(2026, "q1").end) == (
        date(2025, 12, 15),
        date(2026, 3, 14),
    )
    assert (reporting_period(2026, "q3").start, reporting_period(2026, "q3").end) == (
        date(2026, 6, 15),
        date(2026, 9, 14),
    )
    assert reporting_period(2026, "6m").end == date(2026, 6, 14)
    assert reporting_period(2026, "9m").start == date(2025, 12, 15)
    assert month_period(2028, 2).end == date(2028, 2, 29)
    assert quarter_period(2026, 4).label == "Quý IV năm 2026"
    assert year_period(2026).cut_off_line == "Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026"
    slices = reporting_period(2026, "year").slices()
    assert slices[0] == (date(2025, 12, 15), date(2025, 12, 31))
    assert slices[-1] == (date(2026, 12, 1), date(2026, 12, 14))
    assert len(slices) == 13
    with pytest.raises(ValueError, match="ends before"):
        custom_period(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError, match="span"):
        reporting_period(2026, "5m")


def test_progress_and_cancel_between_queries(world: DeskWorld) -> None:
    seen: list[tuple[int, int]] = []
    world.desk.statistics.compute(year_period(2026), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 3)  # the twelve whole months in one cube query (migration V7), visits, days
    assert seen[-1] == (3, 3)
    seen.clear()
    # A partial first and last month walk the index one query each: 2 + the cube + visits + days.
    period = custom_period(date(2025, 1, 15), date(2026, 11, 10))
    world.desk.statistics.compute(period, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 5)
    assert seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    calls: list[int] = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(StatisticsCancelled):
        world.desk.statistics.compute(period, cancelled=cancel_after_three)
    assert len(calls) == 4


def test_officers_may_not_compute(world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)
    try:
        with pytest.raises(PermissionDenied):
            desk.statistics.compute(year_period(2026))
    finally:
        desk.auth.logout()
        desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)


def test_the_case_query_reads_only_the_covering_index(world: DeskWorld) -> None:
    from reception_app.storage import statistics as queries

    _, db, _ = world.desk.ctx.require()
    plan = db.query(
        "EXPLAIN QUERY PLAN " + queries._CASE_CELLS,
        {"start": "2026-01-01", "end": "2026-02-01", "today": "2026-11-20", "group_min": 5},
    )
    details = " ".join(str(r["detail"]) for r in plan)
    assert "COVERING INDEX cases_stats" in details  # no table row (content, ≈ 2 KB) is read or decrypted
    assert "SCAN cases" not in details


def test_reception_tiers_count_distinct_cases_per_tier(world: DeskWorld) -> None:
    period = year_period(2025)
    r = world.desk.statistics.compute(period).reception
    _, db, _ = world.desk.ctx.require()
    visits = _visits(world, period.start, period.end)
    for tier, head in ((r.regular, 0), (r.leaders, 1)):
        mine = [v for v in visits if v["led_by_head"] == head]
        grp = [v for v in mine if v["is_group"] or v["people"] >= GROUP_MIN_PEOPLE]
        assert tier.visits == len(mine)
        assert tier.cases_first == len({v["case_id"] for v in mine if v["first_time"]})
        assert tier.cases_repeat == len({v["case_id"] for v in mine if not v["first_time"]})
        assert tier.groups == len(grp)
        assert tier.group_people == sum(v["people"] for v in grp)
        assert tier.group_cases_first == len({v["case_id"] for v in grp if v["first_time"]})


def _visits(world: DeskWorld, start: date, end: date) -> list[dict[str, Any]]:
    _, db, _ = world.desk.ctx.require()
    return db.query("SELECT * FROM visits WHERE date(visited_at) BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))


def test_a_period_spanning_the_1_july_2026_change_counts_each_case_under_its_own_rule_set(world: DeskWorld) -> None:
    report = world.desk.statistics.compute(year_period(2026))
    assert [(p.start, p.end) for p in report.rulesets] == [
        (date(2026, 1, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 12, 31)),
    ]
    for part in report.rulesets:
        mine = _cases(world, part.start, part.end)
        assert part.total == len(mine)
        assert part.count(kind=CaseKind.DENUNCIATION) == sum(c["kind"] == CaseKind.DENUNCIATION for c in mine)
    titles = [title for title, _ in report.sections()]
    assert "Theo bộ quy tắc áp dụng (ngày nhận đơn)" in titles
    within = world.desk.statistics.compute(quarter_period(2026, 2))  # under one set: no such section
    assert within.rulesets == ()
    assert "Theo bộ quy tắc áp dụng (ngày nhận đơn)" not in [title for title, _ in within.sections()]
