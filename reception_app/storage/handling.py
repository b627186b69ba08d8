"""Handling repository: steps, deadlines, calendar exceptions, visits, same-content links, due lists.

Every write runs inside the caller's ``db.atomic()``; :func:`refresh_case` keeps ``cases.status`` and
``cases.due_on`` (= earliest open deadline, NULL when none) consistent in that same transaction.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from reception_app.models.deadlines import RuleBook, RulesError, WorkCalendar
from reception_app.models.enums import (
    Admissibility,
    BodyType,
    CalendarDayKind,
    CaseKind,
    CaseStatus,
    Channel,
    Decision,
    HandlingAction,
    Jurisdiction,
    Result,
)
from reception_app.models.handling import (
    Badge,
    CaseState,
    Classification,
    Deadline,
    DueCase,
    DueKey,
    DuePage,
    HandlingStep,
)
from reception_app.storage import office_kinds
from reception_app.storage.database import Database, Row

# Must match the WHERE clause of the partial index ``cases_open_due`` (migration V4) word for word, or SQLite
# will not use the index.
OPEN_STATUS_SQL = "status IN ('moi', 'da_xu_ly', 'dang_giai_quyet')"
BADGE_LIMIT = 1000


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c for c in value.split(",") if c)


# --- calendar ---------------------------------------------------------------------------------------------


def load_calendar(db: Database) -> WorkCalendar:
    rows = db.query("SELECT day, kind FROM calendar_days")
    off = frozenset(date.fromisoformat(r["day"]) for r in rows if r["kind"] == CalendarDayKind.DAY_OFF.value)
    work = frozenset(date.fromisoformat(r["day"]) for r in rows if r["kind"] == CalendarDayKind.WORKING_DAY.value)
    return WorkCalendar(off, work)


def set_calendar_day(db: Database, day: date, kind: CalendarDayKind, note: str) -> None:
    db.execute(
        "INSERT INTO calendar_days (day, kind, note) VALUES (?, ?, ?)"
        " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note",
        (day.isoformat(), kind.value, note),
    )


def delete_calendar_day(db: Database, day: date) -> bool:
    return db.execute("DELETE FROM calendar_days WHERE day = ?", (day.isoformat(),)) > 0


def calendar_days(db: Database, year: int) -> list[tuple[date, CalendarDayKind, str]]:
    rows = db.query(
        "SELECT day, kind, note FROM calendar_days WHERE day >= ? AND day < ? ORDER BY day",
        (f"{year:04d}-01-01", f"{year + 1:04d}-01-01"),
    )
    return [(date.fromisoformat(r["day"]), CalendarDayKind(r["kind"]), r["note"]) for r in rows]


# --- intake -----------------------------------------------------------------------------------------------


def record_intake(
    db: Database,
    *,
    case_id: int,
    rule: str | None,
    received_on: date,
    due_on: date | None,
    walk_in: bool,
    visited_at: datetime,
    officer: str,
    people: int,
    group_min: int,
    led_by_head: bool = False,
) -> None:
    """The first deadline and, for walk-ins, the reception logbook row. Call inside ``db.atomic()``."""
    if rule is not None and due_on is not None:
        open_deadline(db, case_id, rule, received_on, due_on)
    if walk_in:
        insert_visit(
            db,
            case_id=case_id,
            visited_at=visited_at,
            officer=officer,
            people=people,
            group_min=group_min,
            led_by_head=led_by_head,
            first_time=True,
        )


def insert_visit(
    db: Database,
    *,
    case_id: int,
    visited_at: datetime,
    officer: str,
    people: int,
    group_min: int,
    led_by_head: bool,
    first_time: bool,
    note: str = "",
) -> int:
    """One reception (lượt tiếp) in the logbook: the first at intake, later ones for return visits."""
    return db.execute(
        "INSERT INTO visits (case_id, visited_at, officer, people, is_group, led_by_head, first_time, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            visited_at.isoformat(timespec="seconds"),
            officer,
            people,
            int(people >= group_min),
            int(led_by_head),
            int(first_time),
            note,
        ),
    )


def visits_of_case(db: Database, case_id: int) -> list[Row]:
    return db.query(
        "SELECT visited_at, officer, people, led_by_head, first_time FROM visits WHERE case_id = ? ORDER BY visited_at",
        (case_id,),
    )


# --- case state -------------------------------------------------------------------------------------------


def case_row(db: Database, uid: str) -> Row | None:
    return db.query_one("SELECT * FROM cases WHERE uid = ?", (uid,))


def classification_of(row: Row) -> Classification:
    return Classification(
        kind=CaseKind(row["kind"]),
        admissible=Admissibility(row["admissible"]),
        inadmissible_reasons=_codes(row["inadmissible_reasons"]),
        jurisdiction=Jurisdiction(row["jurisdiction"]),
        group_size=int(row["group_size"]),
        has_originals=bool(row["has_originals"]),
        body_type=BodyType(row["body_type"]),
        repeat_count=int(row["repeat_count"]),
        remote_area=bool(row["remote_area"]),
    )


def case_state(db: Database, row: Row) -> CaseState:
    case_id = int(row["id"])
    ids = [case_id, *linked_ids(db, case_id)]
    marks = ",".join("?" * len(ids))
    actions = db.query(f"SELECT DISTINCT action FROM handling_steps WHERE case_id IN ({marks})", ids)
    waiting = db.scalar("SELECT count(*) FROM transfers WHERE case_id = ? AND replied_on IS NULL", (case_id,))
    return CaseState(
        kind=CaseKind(row["kind"]),
        status=CaseStatus(row["status"]),
        channel=Channel(row["channel"]),
        classification=classification_of(row),
        prior_actions=frozenset(HandlingAction(a["action"]) for a in actions),
        open_transfers=int(waiting),
    )


def save_classification(db: Database, case_id: int, c: Classification) -> None:
    db.execute(
        "UPDATE cases SET kind = ?, admissible = ?, inadmissible_reasons = ?, jurisdiction = ?, group_size = ?,"
        " has_originals = ?, body_type = ?, repeat_count = ?, remote_area = ? WHERE id = ?",
        (
            c.kind.value,
            c.admissible.value,
            ",".join(c.inadmissible_reasons),
            c.jurisdiction.value,
            c.group_size,
            int(c.has_originals),
            c.body_type.value,
            c.repeat_count,
            int(c.remote_area),
            case_id,
        ),
    )


def refresh_case(
    db: Database,
    case_id: int,
    *,
    status: CaseStatus,
    decision: Decision | None,
    result: Result | None,
    now: datetime,
    resolved_on: date | None = None,
) -> None:
    """Status, decision, result and ``due_on`` = earliest open deadline; bumps ``version``."""
    sets = ["status = ?", "updated_at = ?", "version = version + 1"]
    params: list[Any] = [status.value, now.isoformat(timespec="seconds")]
    if decision is not None:
        sets.append("decision = ?")
        params.append(decision.value)
    if result is not None:
        sets.append("result = ?")
        params.append(result.value)
    if resolved_on is not None:
        sets.append("resolved_on = ?")
        params.append(resolved_on.isoformat())
    sets.append("due_on = (SELECT min(due_on) FROM deadlines WHERE case_id = cases.id AND closed_on IS NULL)")
    db.execute(f"UPDATE cases SET {', '.join(sets)} WHERE id = ?", (*params, case_id))


# --- steps ------------------------------------------------------------------------------------------------


def insert_step(
    db: Database,
    *,
    case_id: int,
    action: HandlingAction,
    from_status: CaseStatus,
    to_status: CaseStatus,
    at: datetime,
    actor: str,
    reason: str = "",
    decision_number: str = "",
    agency_id: int | None = None,
    codes: tuple[str, ...] = (),
) -> int:
    return db.execute(
        "INSERT INTO handling_steps (case_id, action, from_status, to_status, at, actor, reason, decision_number,"
        " agency_id, codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            action.value,
            from_status.value,
            to_status.value,
            at.isoformat(timespec="seconds"),
            actor,
            reason,
            decision_number,
            agency_id,
            ",".join(codes),
        ),
    )


def steps(db: Database, case_id: int) -> list[HandlingStep]:
    rows = db.query("SELECT * FROM handling_steps WHERE case_id = ? ORDER BY id", (case_id,))
    return [
        HandlingStep(
            id=int(r["id"]),
            action=HandlingAction(r["action"]),
            from_status=CaseStatus(r["from_status"]),
            to_status=CaseStatus(r["to_status"]),
            at=datetime.fromisoformat(r["at"]),
            actor=r["actor"],
            reason=r["reason"],
            decision_number=r["decision_number"],
            agency_id=int(r["agency_id"]) if r["agency_id"] is not None else None,
            codes=_codes(r["codes"]),
        )
        for r in rows
    ]


# --- deadlines --------------------------------------------------------------------------------------------


def open_deadline(db: Database, case_id: int, rule: str, started_on: date, due_on: date) -> int:
    return db.execute(
        "INSERT INTO deadlines (case_id, rule, started_on, due_on) VALUES (?, ?, ?, ?)",
        (case_id, rule, started_on.isoformat(), due_on.isoformat()),
    )


def deadlines(db: Database, case_id: int, rules: RuleBook) -> list[Deadline]:
    rows = db.query("SELECT * FROM deadlines WHERE case_id = ? ORDER BY due_on, id", (case_id,))
    out: list[Deadline] = []
    for r in rows:
        try:
            rule = rules.rule(r["rule"])
            label, basis, tag = rule.label, rule.basis, rule.tag.value
        except RulesError:  # a rule removed from the data file later: keep showing the row
            label, basis, tag = r["rule"], "", ""
        out.append(
            Deadline(
                id=int(r["id"]),
                rule=r["rule"],
                label=label,
                started_on=date.fromisoformat(r["started_on"]),
                due_on=date.fromisoformat(r["due_on"]),
                extensions=int(r["extensions"]),
                extension_decision=r["extension_decision"],
                closed_on=_day(r["closed_on"]),
                basis=basis,
                tag=tag,
            )
        )
    return out


def close_deadlines(db: Database, case_id: int, closed_on: date, *, rules: tuple[str, ...] | None = None) -> int:
    """Close the case's open deadlines (all, or those of ``rules``). Returns how many were closed."""
    sql = "UPDATE deadlines SET closed_on = ? WHERE case_id = ? AND closed_on IS NULL"
    params: list[Any] = [closed_on.isoformat(), case_id]
    if rules is not None:
        if not rules:
            return 0
        sql += f" AND rule IN ({','.join('?' * len(rules))})"
        params += list(rules)
    return db.execute(sql, params)


def extend_deadline(db: Database, deadline_id: int, new_due: date, decision_number: str) -> None:
    db.execute(
        "UPDATE deadlines SET due_on = ?, extensions = extensions + 1,"
        " extension_decision = CASE WHEN extension_decision = '' THEN ? ELSE extension_decision || '; ' || ? END"
        " WHERE id = ?",
        (new_due.isoformat(), decision_number, decision_number, deadline_id),
    )


# --- links ------------------------------------------------------------------------------------------------


def link_cases(db: Database, a: int, b: int, *, kind: str, actor: str, at: datetime) -> bool:
    """Link two cases both ways; False when they were already linked."""
    stamp = at.isoformat(timespec="seconds")
    added = 0
    for x, y in ((a, b), (b, a)):
        added += len(
            db.query(
                "INSERT INTO case_links (case_id, other_id, kind, created_by, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING RETURNING case_id",
                (x, y, kind, actor, stamp),
            )
        )
    if added:
        office_kinds.record_link(db, a, b, kind=kind, actor=actor, at=at)  # office mode outbox
    return added > 0


def linked_ids(db: Database, case_id: int) -> list[int]:
    return [int(r["other_id"]) for r in db.query("SELECT other_id FROM case_links WHERE case_id = ?", (case_id,))]


def linked_uids(db: Database, case_id: int) -> list[str]:
    rows = db.query(
        "SELECT c.uid FROM case_links l JOIN cases c ON c.id = l.other_id WHERE l.case_id = ? ORDER BY c.id DESC",
        (case_id,),
    )
    return [str(r["uid"]) for r in rows]


# --- due lists --------------------------------------------------------------------------------------------

_DUE_COLUMNS = "id, uid, number, kind, subject, status, decision, due_on, first_reporter_code"


def _due_case(r: Row) -> DueCase:
    return DueCase(
        id=int(r["id"]),
        uid=r["uid"],
        number=r["number"],
        kind=CaseKind(r["kind"]),
        subject=r["subject"],
        status=CaseStatus(r["status"]),
        decision=Decision(r["decision"]),
        due_on=date.fromisoformat(r["due_on"]),
        reporter_code=r["first_reporter_code"],
    )


def due_page(
    db: Database, *, before: date | None, on_or_after: date | None, after: DueKey | None, limit: int
) -> DuePage:
    """Open cases with ``on_or_after <= due_on < before``, earliest due first, keyset on (due_on, id).

    Served by the partial index ``cases_open_due (due_on, id) WHERE <open statuses>``: no OFFSET, no count.
    """
    where = [OPEN_STATUS_SQL, "due_on IS NOT NULL"]
    params: list[Any] = []
    if before is not None:
        where.append("due_on < ?")
        params.append(before.isoformat())
    if on_or_after is not None:
        where.append("due_on >= ?")
        params.append(on_or_after.isoformat())
    if after is not None:
        where.append("(due_on, id) > (?, ?)")
        params += [after.due_on.isoformat(), after.last_id]
    sql = (
        f"SELECT {_DUE_COLUMNS} FROM cases INDEXED BY cases_open_due WHERE {' AND '.join(where)}"
        " ORDER BY due_on, id LIMIT ?"
    )
    rows = db.query(sql, (*params, limit + 1))
    more = len(rows) > limit
    items = tuple(_due_case(r) for r in rows[:limit])
    key = DueKey(items[-1].due_on, items[-1].id) if more and items else None
    return DuePage(items, key)


def due_badge(db: Database, *, before: date | None, on_or_after: date | None = None) -> Badge:
    """How many open cases are in the window, counted up to :data:`BADGE_LIMIT` only."""
    where = [OPEN_STATUS_SQL, "due_on IS NOT NULL"]
    params: list[Any] = []
    if before is not None:
        where.append("due_on < ?")
        params.append(before.isoformat())
    if on_or_after is not None:
        where.append("due_on >= ?")
        params.append(on_or_after.isoformat())
    count = int(
        db.scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM cases INDEXED BY cases_open_due WHERE {' AND '.join(where)} LIMIT ?)",
            (*params, BADGE_LIMIT),
        )
    )
    return Badge(count, count >= BADGE_LIMIT)
