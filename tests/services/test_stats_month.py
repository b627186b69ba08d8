"""The month cube kept by triggers (migration V7) equals the covering-index scan after inserts, updates, deletes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from reception_app.models.statistics import CaseCell
from reception_app.storage import statistics as queries
from tests.services.test_statistics_service import TODAY, build_world


def _by_key(cells: list[CaseCell]) -> dict[tuple[object, ...], tuple[int, int]]:
    out: dict[tuple[object, ...], tuple[int, int]] = {}
    for c in cells:
        cases, people = out.get(c.key(), (0, 0))
        out[c.key()] = (cases + c.cases, people + c.people)
    return out


def _months(first: date, last: date) -> list[tuple[date, date]]:
    out = []
    start = first
    while start <= last:
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        out.append((start, nxt - timedelta(days=1)))
        start = nxt
    return out


def test_month_cube_matches_the_index_scan(tmp_path: Path) -> None:
    world = build_world(tmp_path / "data", cases=200, seed=11)
    _, db, _ = world.desk.ctx.require()
    db.execute("PRAGMA foreign_keys = OFF")  # the app never deletes a case; the trigger must still be right
    with db.atomic():  # more changes after the handling updates of build_world: moves, a delete
        db.execute("UPDATE cases SET received_at = '2025-03-15T10:00:00' WHERE id IN (SELECT id FROM cases LIMIT 7)")
        db.execute("UPDATE cases SET group_size = group_size + 4 WHERE id % 5 = 0")
        db.execute("DELETE FROM cases WHERE id IN (SELECT id FROM cases ORDER BY id DESC LIMIT 3)")
    db.execute("PRAGMA foreign_keys = ON")
    assert int(db.scalar("SELECT sum(cases) FROM stats_month")) == int(db.scalar("SELECT count(*) FROM cases"))
    assert int(db.scalar("SELECT count(*) FROM stats_month WHERE cases <= 0")) == 0
    checked = 0
    for start, end in _months(date(2025, 1, 1), date(2026, 12, 31)):
        cube = _by_key(queries.month_cells(db, start, end, today=TODAY))
        scan = _by_key(queries.case_cells(db, start, end, today=TODAY))
        assert cube == scan, start
        checked += sum(c for c, _ in scan.values())
    assert checked == int(db.scalar("SELECT count(*) FROM cases"))
    whole = _by_key(queries.month_cells(db, date(2025, 1, 1), date(2026, 12, 31), today=TODAY))
    assert whole == _by_key(queries.case_cells(db, date(2025, 1, 1), date(2026, 12, 31), today=TODAY))
