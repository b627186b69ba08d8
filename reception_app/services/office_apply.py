"""Office sync: apply pulled events so that one bad event never stops a desk's pull (issue 21).

Events are applied in short local transactions (:data:`APPLY_CHUNK`); if a chunk fails, its events are applied
one by one and the failing one goes to ``storage.office_quarantine`` (at once for an AEAD failure, after a
few rounds for any other error of the event). Errors of the desk itself (database locked, disk full) are raised:
the round is run again later, nothing is put aside.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reception_app.models.clock import Clock
from reception_app.storage import office as office_repo
from reception_app.storage import office_quarantine, office_server, office_waiting
from reception_app.storage.database import Database, Row
from reception_app.storage.office import WireEvent

log = logging.getLogger(__name__)

ANCHOR = "audit_anchor"  # counted apart: reports and the status bar count case changes
APPLY_CHUNK = 25  # events per local transaction (≈ 40 ms of write lock on a 2-core PC)


def _apply_one(db: Database, key: bytes, event: WireEvent, clock: Clock | None) -> int:
    new = office_repo.apply_event(db, event, office_repo.open_event(key, event))
    if clock is not None:  # something is put aside: this event may be one of them, now applied
        office_quarantine.mark_resolved(db, event.desk, event.seq, clock.now())
    return int(new and event.kind != ANCHOR)


def apply_pulled(db: Database, key: bytes, events: Sequence[WireEvent], clock: Clock) -> tuple[int, bool]:
    """Apply a fetched batch; ``(events applied, stuck)``: stuck = an event is being retried, stop this desk."""
    total = 0
    for start in range(0, len(events), APPLY_CHUNK):
        chunk = events[start : start + APPLY_CHUNK]
        watch = clock if office_quarantine.has_any(db) else None
        try:
            with db.atomic():
                total += sum(_apply_one(db, key, event, watch) for event in chunk)
        except Exception as exc:
            if office_quarantine.error_kind(exc) is None:
                raise
            applied, stuck = _one_by_one(db, key, chunk, clock)
            total += applied
            if stuck:
                return total, True
    return total, False


def _one_by_one(db: Database, key: bytes, chunk: Sequence[WireEvent], clock: Clock) -> tuple[int, bool]:
    total = 0
    for event in chunk:
        try:
            with db.atomic():
                total += _apply_one(db, key, event, clock)
        except Exception as exc:
            kind = office_quarantine.error_kind(exc)
            if kind is None:
                raise
            log.warning("office event %s:%s not applied (%s)", event.desk, event.seq, kind)
            if not office_quarantine.record_failure(db, event, kind, clock.now()):
                return total, True  # retried next round; later events of this desk wait behind it
    return total, False


def retry_requested(conn: Any, db: Database, key: bytes, clock: Clock) -> int:
    """Fetch again and apply the events a supervisor asked to retry; a failure puts them back aside."""
    total = 0
    for desk, seq in office_quarantine.to_retry(db):
        events = office_server.fetch_events(conn, desk, seq - 1, 1)
        if not events or events[0].seq != seq:
            continue
        event = events[0]
        try:
            with db.atomic():
                office_quarantine.mark_resolved(db, desk, seq, clock.now())
                total += _apply_one(db, key, event, None)
        except Exception as exc:
            kind = office_quarantine.error_kind(exc)
            if kind is None:
                raise
            office_quarantine.record_failure(db, event, kind, clock.now())
    return total


def apply_waiting(db: Database, clock: Clock) -> int:
    """Apply the events waiting for their case; one that raises is set aside like a pulled event, not a wall."""

    def set_aside(r: Row, exc: Exception) -> bool:
        kind = office_quarantine.error_kind(exc)
        if kind is None:  # an error of the desk: the round is run again
            return False
        event = WireEvent(
            str(r["desk"]),
            int(r["seq"]),
            str(r["event_uid"]),
            str(r["kind"]),
            r["case_uid"],
            datetime.fromisoformat(str(r["at"])),
            {},
            None,
        )
        log.warning("waiting office event %s:%s not applied (%s)", event.desk, event.seq, kind)
        office_quarantine.record_failure(db, event, kind, clock.now())
        return True

    return office_waiting.apply_waiting(db, set_aside, clock.now())
