"""GROUP BY queries of the periodic statistics and the logbook export (never a row per case into Python).

Each case query walks one range of the covering ``cases_stats`` index (migration V6: every column the cube
reads, so no table row is decrypted) and returns one row per combination of
dimension values that occurs (a few hundred to a few thousand rows for a month, whatever the case count).
Dates are compared on the ISO text: ``received_at`` / ``visited_at`` are ISO timestamps, so the half-open
range ``[start, end + 1 day)`` on their text selects the calendar days ``start..end`` of their date part.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reception_app.models.enums import Channel, HandlingAction
from reception_app.models.periods import Period
from reception_app.models.rulesets import RuleSetRegistry
from reception_app.models.statistics import GROUP_MIN_PEOPLE, OPEN_STATUSES, CaseCell, Timeliness, VisitCell
from reception_app.models.statistics_rulesets import RuleSetPart, ruleset_part, ruleset_spans
from reception_app.storage.database import Database, Row


def _bounds(start: date, end: date) -> tuple[str, str]:
    return start.isoformat(), (end + timedelta(days=1)).isoformat()


_OPEN = ", ".join(f"'{s.value}'" for s in OPEN_STATUSES)  # enum codes, not user input

# resolved_on and due_on are ISO dates; substr() guards against a timestamp in resolved_on.
_TIMELINESS = f"""CASE
  WHEN resolved_on IS NOT NULL AND resolved_on != '' THEN
    CASE WHEN due_on IS NULL OR substr(resolved_on, 1, 10) <= due_on THEN '{Timeliness.ON_TIME.value}'
         ELSE '{Timeliness.LATE.value}' END
  WHEN status IN ({_OPEN}) THEN
    CASE WHEN due_on IS NOT NULL AND due_on < :today THEN '{Timeliness.OPEN_OVERDUE.value}'
         ELSE '{Timeliness.OPEN_IN_TIME.value}' END
  ELSE '{Timeliness.ENDED.value}'
END"""

_CASE_CELLS = f"""
SELECT kind, sector, channel, decision, status, jurisdiction, admissible,
       group_size >= :group_min AS grp, repeat_count > 0 AS rep, {_TIMELINESS} AS timeliness,
       count(*) AS cases, coalesce(sum(group_size), 0) AS people
FROM cases INDEXED BY cases_stats
WHERE received_at >= :start AND received_at < :end
GROUP BY kind, sector, channel, decision, status, jurisdiction, admissible, grp, rep, timeliness
"""


# The cube kept per month by the triggers of migration V7 (``stats_month``): only open cases need "today". Their
# due *month* is in the cube: before this month they are overdue, after it in time; those due this month are
# left out here and counted from the table (``_OPEN_DUE_THIS_MONTH``).
_MONTH_CELLS = f"""
SELECT kind, sector, channel, decision, status, jurisdiction, admissible, grp, rep,
       CASE fate WHEN 'on_time' THEN '{Timeliness.ON_TIME.value}'
                 WHEN 'late' THEN '{Timeliness.LATE.value}'
                 WHEN 'open' THEN CASE WHEN due_on != '' AND due_on < :this_month
                                       THEN '{Timeliness.OPEN_OVERDUE.value}'
                                       ELSE '{Timeliness.OPEN_IN_TIME.value}' END
                 ELSE '{Timeliness.ENDED.value}' END AS timeliness,
       sum(cases) AS cases, sum(people) AS people
FROM stats_month
WHERE month >= :first AND month <= :last AND cases > 0 AND NOT (fate = 'open' AND due_on = :this_month)
GROUP BY kind, sector, channel, decision, status, jurisdiction, admissible, grp, rep, timeliness
"""

_OPEN_DUE_THIS_MONTH = f"""
SELECT kind, sector, channel, decision, status, jurisdiction, admissible,
       group_size >= :group_min AS grp, repeat_count > 0 AS rep, {_TIMELINESS} AS timeliness,
       count(*) AS cases, coalesce(sum(group_size), 0) AS people
FROM cases INDEXED BY cases_due_on
WHERE due_on >= :due_from AND due_on < :due_to AND due_on IS NOT NULL
  AND status IN ({_OPEN}) AND (resolved_on IS NULL OR resolved_on = '')
  AND substr(received_at, 1, 7) >= :first AND substr(received_at, 1, 7) <= :last
GROUP BY kind, sector, channel, decision, status, jurisdiction, admissible, grp, rep, timeliness
"""


def case_cells(db: Database, start: date, end: date, *, today: date) -> list[CaseCell]:
    """The case cube of the days ``start..end`` (inclusive); ``today`` decides what is overdue.

    Reads the covering index ``cases_stats`` (every case of the range): use it for part of a month;
    :func:`month_cells` answers whole months from the cube table.
    """
    lo, hi = _bounds(start, end)
    rows = db.query(_CASE_CELLS, {"start": lo, "end": hi, "today": today.isoformat(), "group_min": GROUP_MIN_PEOPLE})
    return _cells(rows)


def month_cells(db: Database, first: date, last: date, *, today: date) -> list[CaseCell]:
    """The case cube of the whole calendar months from ``first``'s to ``last``'s (inclusive), from ``stats_month``.

    Same cells as :func:`case_cells` over those months (tests/services/test_stats_month.py checks it), in a few
    hundred cube rows a month whatever the case count, plus the open cases due this month from the table. The
    cells may repeat a key (cube part and table part): callers merge them (``services.statistics._merge``).
    """
    this_month = today.isoformat()[:7]
    months = {"first": first.isoformat()[:7], "last": last.isoformat()[:7]}
    rows = db.query(_MONTH_CELLS, {**months, "this_month": this_month})
    due_from = date(today.year, today.month, 1)
    due_to = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    rows += db.query(
        _OPEN_DUE_THIS_MONTH,
        {
            **months,
            "due_from": due_from.isoformat(),
            "due_to": due_to.isoformat(),
            "today": today.isoformat(),
            "group_min": GROUP_MIN_PEOPLE,
        },
    )
    return _cells(rows)


def _cells(rows: list[Row]) -> list[CaseCell]:
    return [
        CaseCell(
            kind=r["kind"],
            sector=r["sector"],
            channel=r["channel"],
            decision=r["decision"] or "",
            status=r["status"],
            jurisdiction=r["jurisdiction"] or "",
            admissible=r["admissible"] or "",
            group=bool(r["grp"]),
            repeat=bool(r["rep"]),
            timeliness=r["timeliness"],
            cases=int(r["cases"]),
            people=int(r["people"]),
        )
        for r in rows
    ]


def cells_between(db: Database, start: date, end: date, *, today: date) -> list[CaseCell]:
    """The case cube of the days ``start..end``: whole calendar months from ``stats_month``
    (:func:`month_cells`), a partial first or last month from the covering index (:func:`case_cells`). The
    cells may repeat a key (callers merge them)."""
    slices = Period(start, end).slices()
    whole = [(s, e) for s, e in slices if s.day == 1 and (e + timedelta(days=1)).day == 1]
    cells = month_cells(db, whole[0][0], whole[-1][1], today=today) if whole else []
    for s, e in slices:
        if (s, e) not in whole:
            cells += case_cells(db, s, e, today=today)
    return cells


def ruleset_cells(db: Database, start: date, end: date, *, today: date, registry: RuleSetRegistry) -> list[RuleSetPart]:
    """The cases received in ``start..end`` split by the rule set in force on their received date (issue 19): one
    :class:`RuleSetPart` per set (``models.statistics.ruleset_spans``), each from :func:`cells_between`. The
    parts add up to the whole period's cube."""
    return [
        ruleset_part(rs, first, last, cells_between(db, first, last, today=today))
        for rs, first, last in ruleset_spans(start, end, registry)
    ]


def visit_cells(db: Database, start: date, end: date) -> list[VisitCell]:
    """Visits (the reception logbook) of the days ``start..end``, grouped for the 01/TCD table."""
    rows = db.query(
        "SELECT led_by_head != 0 AS head, first_time != 0 AS first, count(*) AS visits,"
        " coalesce(sum(people), 0) AS people, count(DISTINCT case_id) AS cases,"
        " coalesce(sum(is_group != 0 OR people >= :g), 0) AS groups,"
        " coalesce(sum(CASE WHEN is_group != 0 OR people >= :g THEN people ELSE 0 END), 0) AS group_people,"
        " count(DISTINCT CASE WHEN is_group != 0 OR people >= :g THEN case_id END) AS group_cases"
        " FROM visits INDEXED BY visits_stats WHERE visited_at >= :start AND visited_at < :end"
        " GROUP BY head, first",
        dict(zip(("start", "end"), _bounds(start, end), strict=True), g=GROUP_MIN_PEOPLE),
    )
    return [
        VisitCell(
            led_by_head=bool(r["head"]),
            first_time=bool(r["first"]),
            visits=int(r["visits"]),
            people=int(r["people"]),
            cases=int(r["cases"]),
            groups=int(r["groups"]),
            group_people=int(r["group_people"]),
            group_cases=int(r["group_cases"]),
        )
        for r in rows
    ]


def reception_days(db: Database, start: date, end: date) -> tuple[int, int, int]:
    """(all, regular, led by the head): distinct days with at least one visit."""
    row = db.query_one(
        "SELECT count(DISTINCT substr(visited_at, 1, 10)) AS days,"
        " count(DISTINCT CASE WHEN led_by_head = 0 THEN substr(visited_at, 1, 10) END) AS regular,"
        " count(DISTINCT CASE WHEN led_by_head != 0 THEN substr(visited_at, 1, 10) END) AS leaders"
        " FROM visits INDEXED BY visits_stats WHERE visited_at >= ? AND visited_at < ?",
        _bounds(start, end),
    )
    if row is None:
        return 0, 0, 0
    return int(row["days"] or 0), int(row["regular"] or 0), int(row["leaders"] or 0)


# --- logbook export ------------------------------------------------------------------------------------------

# Masked by construction: reporter codes only; nothing from ``reporters.sealed_identity``, no free-text reason.
_LOGBOOK = f"""
SELECT c.id, c.number, c.received_at, c.channel, c.kind, c.subject, c.group_size, c.jurisdiction, c.decision,
       c.status, c.result, c.due_on, c.resolved_on, c.repeat_count, c.first_reporter_code,
       (SELECT group_concat(r.reporter_code, ', ' ORDER BY r.seq) FROM reporters r WHERE r.case_id = c.id)
           AS reporter_codes,
       (SELECT a.name || CASE WHEN s.decision_number != '' THEN ' (' || s.decision_number || ')' ELSE '' END
          FROM handling_steps s JOIN agencies a ON a.id = s.agency_id
         WHERE s.case_id = c.id AND s.action = '{HandlingAction.GUIDE.value}' ORDER BY s.id DESC LIMIT 1) AS guided_to,
       (SELECT a.name FROM transfers t JOIN agencies a ON a.id = t.agency_id
         WHERE t.case_id = c.id ORDER BY t.id DESC LIMIT 1) AS transferred_to
FROM cases c INDEXED BY cases_received_at
WHERE c.received_at >= ? AND c.received_at < ? {{extra}}
ORDER BY c.received_at, c.id
LIMIT ?
"""


def logbook_rows(
    db: Database,
    start: date,
    end: date,
    *,
    after: tuple[str, int] | None,
    limit: int,
    walk_in_only: bool = False,
) -> list[Row]:
    """One keyset page (oldest first) of the cases received in ``start..end`` for the logbook export."""
    extra = ""
    params: list[Any] = list(_bounds(start, end))
    if walk_in_only:
        extra += f" AND c.channel = '{Channel.WALK_IN.value}'"
    if after is not None:
        extra += " AND (c.received_at, c.id) > (?, ?)"
        params += [after[0], after[1]]
    return db.query(_LOGBOOK.format(extra=extra), (*params, limit))


def logbook_count(db: Database, start: date, end: date, *, walk_in_only: bool = False) -> int:
    """Rows the logbook export will write (an index-only count when ``walk_in_only`` is off)."""
    extra = f" AND channel = '{Channel.WALK_IN.value}'" if walk_in_only else ""
    return int(
        db.scalar(
            "SELECT count(*) FROM cases INDEXED BY cases_received_at"
            f" WHERE received_at >= ? AND received_at < ?{extra}",
            _bounds(start, end),
        )
    )
