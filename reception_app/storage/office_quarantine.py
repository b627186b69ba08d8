"""Office mode: an event this desk cannot open or apply is put aside so the pull goes on (issue 21).

An AEAD failure (wrong content key, a damaged ciphertext) is permanent: the event is quarantined at once. Any
other error of the event itself (a malformed payload, a bug in applying it) is retried up to
:data:`MAX_ATTEMPTS` rounds, with the pull of that desk held at the event, then quarantined. Errors of the desk
(database locked, disk full) are not the event's: they are raised and the round is simply run again.

A quarantined event is counted by the pull cursor (the desk moves past it), audited
(``office_event_quarantined``) and shown in the status bar; later events of the **same case** wait in the
inbox (``applied = 0``) until it is resolved, like an event waiting for an earlier version. Nothing decrypted
is kept here: only the ids the server shows in clear and the kind of error. A supervisor asks for a retry
(:func:`request_retry`); the sync worker then fetches the event from the server again and applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from reception_app.storage.audit import AuditLog
from reception_app.storage.database import Database
from reception_app.storage.errors import BugError, StorageError

if TYPE_CHECKING:
    from reception_app.storage.office import WireEvent

MAX_ATTEMPTS = 3
DECRYPT = "decrypt"  # the content key does not open it (permanent)
MALFORMED = "malformed"  # it opens but does not have the expected shape
APPLY = "apply"  # applying it failed (a bug, a constraint)
ACTOR = "office-sync"


@dataclass(frozen=True)
class QuarantinedEvent:
    """One event put aside: the server's ids and the kind of error, nothing decrypted."""

    desk: str
    seq: int
    kind: str
    case_uid: str | None
    at: str
    error: str
    attempts: int
    state: str


def error_kind(exc: BaseException) -> str | None:
    """The kind of an event's own error, or None for an error of the desk (raise it, run the round again)."""
    from reception_app.storage.office import OfficeDataError

    if isinstance(exc, OfficeDataError):
        return DECRYPT
    if isinstance(exc, KeyError | TypeError | ValueError | AttributeError | IndexError):
        return MALFORMED
    if isinstance(exc, BugError) or not isinstance(exc, StorageError):
        return APPLY
    return None


def holds_case(db: Database, case_uid: str | None, desk: str, seq: int) -> bool:
    """True if another event of ``case_uid`` is put aside: this one must wait for it."""
    if case_uid is None:
        return False
    return bool(
        db.scalar(
            "SELECT 1 FROM office_quarantine WHERE case_uid = ? AND state != 'resolved' AND NOT (desk = ? AND seq = ?)"
            " LIMIT 1",
            (case_uid, desk, seq),
        )
    )


def record_failure(db: Database, event: WireEvent, kind: str, at: datetime) -> bool:
    """Count one failed attempt (own transaction); True once the event is quarantined (the pull moves on)."""
    now = at.isoformat(timespec="seconds")
    with db.atomic():
        row = db.query_one(
            "SELECT attempts, state FROM office_quarantine WHERE desk = ? AND seq = ?", (event.desk, event.seq)
        )
        attempts = 1 if row is None or row["state"] == "resolved" else int(row["attempts"]) + 1
        retried = row is not None and row["state"] == "retry"  # a supervisor's retry failed: aside again at once
        state = "quarantined" if kind == DECRYPT or retried or attempts >= MAX_ATTEMPTS else "failing"
        db.execute(
            "INSERT INTO office_quarantine (desk, seq, event_uid, kind, case_uid, at, error, attempts, state,"
            " first_failed_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (desk, seq) DO UPDATE SET error = excluded.error, attempts = excluded.attempts,"
            " state = excluded.state, changed_at = excluded.changed_at",
            (
                event.desk,
                event.seq,
                event.event_uid,
                event.kind,
                event.case_uid,
                event.at.isoformat(timespec="seconds"),
                kind,
                attempts,
                state,
                now,
                now,
            ),
        )
        if state == "quarantined":
            AuditLog(db).append(
                at=at,
                actor=ACTOR,
                action="office_event_quarantined",
                case_uid=event.case_uid,
                details={"office_desk": event.desk, "seq": event.seq, "kind": event.kind, "outcome": kind},
            )
    return state == "quarantined"


def mark_resolved(db: Database, desk: str, seq: int, at: datetime) -> bool:
    """The event applied (inside the caller's transaction): it no longer holds its case."""
    db.execute(
        "UPDATE office_quarantine SET state = 'resolved', changed_at = ?"
        " WHERE desk = ? AND seq = ? AND state != 'resolved'",
        (at.isoformat(timespec="seconds"), desk, seq),
    )
    return bool(db.scalar("SELECT changes()"))


def has_any(db: Database) -> bool:
    """Cheap check before per-event bookkeeping (the table is empty on a healthy desk)."""
    return db.scalar("SELECT 1 FROM office_quarantine WHERE state != 'resolved' LIMIT 1") is not None


def count(db: Database) -> int:
    """Events put aside and not resolved (the status bar shows it)."""
    return int(db.scalar("SELECT count(*) FROM office_quarantine WHERE state IN ('quarantined', 'retry')"))


def listing(db: Database, limit: int = 500) -> list[QuarantinedEvent]:
    rows = db.query(
        "SELECT desk, seq, kind, case_uid, at, error, attempts, state FROM office_quarantine"
        " WHERE state IN ('quarantined', 'retry') ORDER BY desk, seq LIMIT ?",
        (limit,),
    )
    return [
        QuarantinedEvent(
            str(r["desk"]),
            int(r["seq"]),
            str(r["kind"]),
            r["case_uid"],
            str(r["at"]),
            str(r["error"]),
            int(r["attempts"]),
            str(r["state"]),
        )
        for r in rows
    ]


def request_retry(db: Database, at: datetime) -> int:
    """Ask the sync worker to fetch and apply every quarantined event again (inside the caller's transaction)."""
    db.execute(
        "UPDATE office_quarantine SET state = 'retry', changed_at = ? WHERE state = 'quarantined'",
        (at.isoformat(timespec="seconds"),),
    )
    return int(db.scalar("SELECT changes()"))


def to_retry(db: Database) -> list[tuple[str, int]]:
    rows = db.query("SELECT desk, seq FROM office_quarantine WHERE state = 'retry' ORDER BY desk, seq")
    return [(str(r["desk"]), int(r["seq"])) for r in rows]


# The pull cursor per desk: the last event held in the inbox or put aside (not one still being retried).
CURSORS = (
    "SELECT desk, max(seq) AS last FROM (SELECT desk, seq FROM office_inbox UNION ALL"
    " SELECT desk, seq FROM office_quarantine WHERE state != 'failing') GROUP BY desk"
)
