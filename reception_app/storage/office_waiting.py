"""Office mode: events waiting in the inbox (``applied = 0``) for the case or version they need (issue 21).

:func:`apply_waiting` retries them after each pull, each in its own short transaction, so one waiting event
that raises does not fail the round: the error goes to ``set_aside`` (services/office_apply.py puts the event
in ``office_quarantine`` like a pulled one: retried for a few rounds, then set aside and audited). An event set
aside is not retried here until a supervisor asks for it (``state = 'retry'``); later events of its case keep
waiting (``office_quarantine.holds_case``). Without ``set_aside`` an error is raised, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reception_app.storage.database import Database, Row
from reception_app.storage.office_quarantine import holds_case, mark_resolved

SetAside = Callable[[Row, Exception], bool]  # True: the error was the event's own and is recorded

_WAITING = (
    "SELECT i.* FROM office_inbox i LEFT JOIN office_quarantine q ON q.desk = i.desk AND q.seq = i.seq"
    " WHERE i.applied = 0 AND coalesce(q.state, '') != 'quarantined' ORDER BY i.desk, i.seq"
)


def apply_waiting(db: Database, set_aside: SetAside | None = None, at: datetime | None = None) -> int:
    """Apply every waiting event that can now be applied; how many were. ``at``: when (an event that failed
    before and now applies no longer holds its case)."""
    from reception_app.storage.office import apply_stored

    done = 0
    failed: set[tuple[str, int]] = set()  # tried once this round: counted once, not again after each progress
    progress = True
    while progress:  # one applied event may unblock another (a chain of moves)
        progress = False
        for r in db.query(_WAITING):
            key = (str(r["desk"]), int(r["seq"]))
            if key in failed or holds_case(db, r["case_uid"], *key):
                continue
            try:
                with db.atomic():
                    applied = apply_stored(db, r)
                    if applied and at is not None:
                        mark_resolved(db, *key, at)
            except Exception as exc:
                if set_aside is None or not set_aside(r, exc):
                    raise
                failed.add(key)
                continue
            if applied:
                done += 1
                progress = True
    return done
