"""Office mode: a server restored from an older dump, found and repaired by the desks (issue 21).

Every sync round the desk compares what the server holds of its own events with what it pushed:

* the server's highest number for this desk is **below** the desk's "pushed up to" mark and the event the
  server holds at that number is the desk's own: the server was restored from an older dump. The mark moves
  back to the server's (the outbox is append-only and kept), so the same events are sent again, same numbers,
  same uids. Audited ``office_server_behind`` with both marks; the status bar says it once.
* the server holds a **different** event under a number this desk made (tampering, or a second desk logged in
  with this desk's role): nothing is overwritten, this desk stops pushing, ``security_alarm`` is audited once
  and the status bar says so until the server again holds this desk's own events there.

A pull cursor ahead of the server's head of another desk means the server lost that desk's later events: that
desk sends them again, and this desk, whose cursor stays where it is, never fetches (nor applies) them twice.
Audited ``office_server_behind`` once per cursor.

Numbers: the desk reports the highest number of each series it holds a block of (``office.report_numbers``);
a restored server (server schema V4) leases nothing until every desk has reported, and a block overlapping one
this desk already holds is refused here too (:func:`overlaps`): a document number is never printed twice.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

import psycopg

from reception_app.storage import office_server
from reception_app.storage.audit import AuditLog
from reception_app.storage.database import Database
from reception_app.storage.settings import get_setting, set_setting

log = logging.getLogger(__name__)

K_PUSHED = "office.pushed_seq"  # storage/office.py's "pushed up to" mark
K_STOPPED = "office.push_stopped_at"  # the number under which the server holds another event ('' = pushing)
ACTOR = "office-sync"
BEHIND = "behind"
STOPPED = "stopped"
CHECK_AHEAD = 500  # server events beyond the mark compared with the outbox in one round (a lost acknowledgement)


def push_stopped_at(db: Database) -> int | None:
    raw = get_setting(db, K_STOPPED)
    return int(raw) if raw else None


def _server_uids(conn: psycopg.Connection[Any], me: str, low: int, high: int) -> dict[int, str]:
    rows = conn.execute(
        "SELECT seq, event_uid::text FROM office.events WHERE desk = %s AND seq BETWEEN %s AND %s",
        (me, low, high),
    ).fetchall()
    return {int(s): str(u) for s, u in rows}


def _server_head(conn: psycopg.Connection[Any], me: str) -> int:
    row = conn.execute("SELECT last_seq FROM office.desk_heads WHERE desk = %s", (me,)).fetchone()
    return int(row[0]) if row else 0


def _first_difference(db: Database, server: dict[int, str]) -> int | None:
    if not server:
        return None
    marks = ", ".join("?" for _ in server)
    rows = db.query(f"SELECT seq, event_uid FROM office_outbox WHERE seq IN ({marks})", list(server))
    mine = {int(r["seq"]): str(r["event_uid"]) for r in rows}
    return next((s for s in sorted(server) if mine.get(s) != server[s]), None)


def reconcile_push(conn: psycopg.Connection[Any], db: Database, me: str, at: datetime) -> str | None:
    """Before pushing: BEHIND (mark moved back, events re-sent), STOPPED (push nothing), or None."""
    pushed = int(get_setting(db, K_PUSHED, "0") or 0)
    head = _server_head(conn, me)
    low = min(head, pushed)
    server = _server_uids(conn, me, max(low, 1), min(head, pushed + CHECK_AHEAD)) if head else {}
    conn.commit()
    stopped = push_stopped_at(db)
    differs = _first_difference(db, server)
    if differs is not None:
        if stopped is None:
            log.error("office server holds another event under %s/%s: pushing stopped", me, differs)
            with db.atomic():
                set_setting(db, K_STOPPED, str(differs))
                AuditLog(db).append(
                    at=at,
                    actor=ACTOR,
                    action="security_alarm",
                    details={
                        "codes": ["office_event_differs"],
                        "office_desk": me,
                        "seq": differs,
                        "server_seq": head,
                        "pushed_seq": pushed,
                    },
                )
        return STOPPED
    if stopped is not None:
        with db.atomic():
            set_setting(db, K_STOPPED, "")
            AuditLog(db).append(
                at=at, actor=ACTOR, action="office_push_resumed", details={"office_desk": me, "seq": stopped}
            )
    if head >= pushed:
        return None
    log.warning("office server holds %s/%s, this desk pushed up to %s: sending again", me, head, pushed)
    with db.atomic():
        set_setting(db, K_PUSHED, str(head))  # the outbox is kept: the next push sends the rest again
        AuditLog(db).append(
            at=at,
            actor=ACTOR,
            action="office_server_behind",
            details={"office_desk": me, "server_seq": head, "pushed_seq": pushed},
        )
    return BEHIND


def note_pulls_behind(db: Database, me: str, heads: dict[str, int], cursors: dict[str, int], at: datetime) -> bool:
    """Audit (once per cursor) every other desk whose events this desk holds beyond the server's head."""
    found = False
    for desk, head in sorted(heads.items()):
        cursor = cursors.get(desk, 0)
        if desk == me or cursor <= head:
            continue
        key = f"office.behind_noted:{desk}"
        if get_setting(db, key) == str(cursor):
            continue
        found = True
        with db.atomic():
            set_setting(db, key, str(cursor))
            AuditLog(db).append(
                at=at,
                actor=ACTOR,
                action="office_server_behind",
                details={"office_desk": desk, "server_seq": head, "pulled_seq": cursor},
            )
    return found


# --- numbers ------------------------------------------------------------------------------------------------


def report_numbers(conn: psycopg.Connection[Any], db: Database) -> bool:
    """Tell the server the last number of every block this desk holds; True when it leases blocks again.

    A server without schema V4 (not yet upgraded) has no such function: it is not asked (True)."""
    rows = db.query("SELECT series, year, max(last) AS last FROM office_leases GROUP BY series, year")
    marks = [{"series": str(r["series"]), "year": int(r["year"]), "last": int(r["last"])} for r in rows]
    try:
        row = conn.execute("SELECT office.report_numbers(%s::jsonb)", (json.dumps(marks),)).fetchone()
    except psycopg.errors.UndefinedFunction:
        conn.rollback()
        return True
    conn.commit()
    return bool(row and row[0])


def lease_block(
    conn: psycopg.Connection[Any], request: str, series: str, year: int, size: int, *, after: tuple[str, ...]
) -> tuple[int, int] | None:
    """A block, or None while a restored server waits for a desk that has not reported yet (a desk added
    between this desk's report and its lease): the desk keeps printing from its blocks in hand."""
    try:
        return office_server.lease_block(conn, request, series, year, size, after=after)
    except psycopg.errors.ObjectNotInPrerequisiteState:
        conn.rollback()
        return None


def overlaps(db: Database, series: str, year: int, first: int, last: int) -> bool:
    """True if a block leased now overlaps one this desk already holds (numbers it may have printed)."""
    return bool(
        db.scalar(
            "SELECT 1 FROM office_leases WHERE series = ? AND year = ? AND first <= ? AND last >= ? LIMIT 1",
            (series, year, last, first),
        )
    )
