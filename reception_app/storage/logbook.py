"""Logbook page queries: cases received in a period, newest first, keyset on (received_at, id)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from reception_app.models.enums import CaseKind, CaseStatus, Channel
from reception_app.models.logbook import LogbookEntry, LogbookFilter, LogbookKey, LogbookPage
from reception_app.storage.database import Database, Row

GROUP_MIN_PEOPLE = 5  # "đoàn đông người" (Luật TCD Điều 29–30; TT 07/2014 Điều 6.4.b: ≥ 05 people)


def _entry(r: Row) -> LogbookEntry:
    return LogbookEntry(
        id=int(r["id"]),
        uid=r["uid"],
        number=r["number"],
        received_at=datetime.fromisoformat(r["received_at"]),
        channel=Channel(r["channel"]),
        kind=CaseKind(r["kind"]),
        subject=r["subject"],
        reporter_code=r["first_reporter_code"],
        group_size=int(r["group_size"]),
        officer=r["officer"],
        status=CaseStatus(r["status"]),
        decision=r["decision"],
        due_on=date.fromisoformat(r["due_on"]) if r["due_on"] else None,
    )


def logbook_page(db: Database, filters: LogbookFilter, *, after: LogbookKey | None, limit: int) -> LogbookPage:
    """Walks the ``cases_received_at`` index backwards: no sort, no count, no OFFSET."""
    where = ["received_at >= ?", "received_at < ?"]
    params: list[Any] = [filters.date_from.isoformat(), (filters.date_to + timedelta(days=1)).isoformat()]
    if filters.kind is not None:
        where.append("kind = ?")
        params.append(filters.kind.value)
    if filters.groups_only:
        where.append("group_size >= ?")
        params.append(GROUP_MIN_PEOPLE)
    if filters.walk_in_only:
        where.append("channel = ?")
        params.append(Channel.WALK_IN.value)
    if after is not None:
        where.append("(received_at, id) < (?, ?)")
        params += [after.received_at, after.id]
    rows = db.query(
        "SELECT id, uid, number, received_at, channel, kind, subject, first_reporter_code, group_size, officer,"
        " status, decision, due_on FROM cases INDEXED BY cases_received_at"
        f" WHERE {' AND '.join(where)} ORDER BY received_at DESC, id DESC LIMIT ?",
        (*params, limit + 1),
    )
    more = len(rows) > limit
    entries = tuple(_entry(r) for r in rows[:limit])
    last = rows[limit - 1] if more else None
    return LogbookPage(entries, LogbookKey(str(last["received_at"]), int(last["id"])) if last is not None else None)
