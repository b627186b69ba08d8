"""GROUP BY queries for the periodic statistics. Each walks an index range of the period once."""

from __future__ import annotations

from datetime import date, timedelta

from reception_app.storage.database import Database, Row

GROUP_MIN = 5


def _bounds(start: date, end: date) -> tuple[str, str]:
    return start.isoformat(), (end + timedelta(days=1)).isoformat()


def case_groups(db: Database, start: date, end: date) -> list[Row]:
    """One row per (kind, sector, channel, decision, status, jurisdiction, is_group) with counts."""
    return db.query(
        "SELECT kind, sector, channel, decision, status, jurisdiction, group_size >= ? AS is_group,"
        " count(*) AS n, sum(group_size) AS people"
        " FROM cases INDEXED BY cases_received_at WHERE received_at >= ? AND received_at < ?"
        " GROUP BY kind, sector, channel, decision, status, jurisdiction, is_group",
        (GROUP_MIN, *_bounds(start, end)),
    )


def deadline_outcomes(db: Database, start: date, end: date, today: date) -> Row | None:
    """Statutory steps of the cases received in the period: closed on time / late, open overdue / in time."""
    return db.query_one(
        "SELECT"
        " sum(d.closed_on IS NOT NULL AND d.closed_on <= d.due_on) AS closed_on_time,"
        " sum(d.closed_on IS NOT NULL AND d.closed_on > d.due_on) AS closed_late,"
        " sum(d.closed_on IS NULL AND d.due_on < ?) AS open_overdue,"
        " sum(d.closed_on IS NULL AND d.due_on >= ?) AS open_in_time"
        " FROM cases c INDEXED BY cases_received_at JOIN deadlines d ON d.case_id = c.id"
        " WHERE c.received_at >= ? AND c.received_at < ?",
        (today.isoformat(), today.isoformat(), *_bounds(start, end)),
    )


def reception_counts(db: Database, start: date, end: date) -> Row | None:
    return db.query_one(
        "SELECT count(*) AS visits, coalesce(sum(people), 0) AS people,"
        " count(DISTINCT substr(visited_at, 1, 10)) AS days,"
        " coalesce(sum(people >= ?), 0) AS group_visits,"
        " coalesce(sum(CASE WHEN people >= ? THEN people ELSE 0 END), 0) AS group_people"
        " FROM visits WHERE visited_at >= ? AND visited_at < ?",
        (GROUP_MIN, GROUP_MIN, *_bounds(start, end)),
    )
