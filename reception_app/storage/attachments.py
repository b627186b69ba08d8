"""Attachment rows: sealed bytes (file name included) in the encrypted database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reception_app.storage import office_kinds
from reception_app.storage.database import Database


@dataclass(frozen=True)
class AttachmentRow:
    seq: int
    kind: str
    size: int
    added_by: str
    added_at: str


def count_for_case(db: Database, case_id: int) -> tuple[int, int]:
    """(number of attachments, total bytes) of a case."""
    row = db.query_one(
        "SELECT count(*) AS n, coalesce(sum(size), 0) AS total FROM attachments WHERE case_id = ?", (case_id,)
    )
    return (0, 0) if row is None else (int(row["n"]), int(row["total"]))


def next_seq(db: Database, case_id: int) -> int:
    return int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM attachments WHERE case_id = ?", (case_id,)))


def insert(
    db: Database, *, case_id: int, seq: int, kind: str, size: int, sealed: bytes, added_by: str, now: datetime
) -> None:
    """Insert one sealed attachment; call inside ``db.atomic()`` after :func:`next_seq`."""
    db.execute(
        "INSERT INTO attachments (case_id, seq, kind, size, sealed_blob, added_by, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_id, seq, kind, size, sealed, added_by, now.isoformat(timespec="seconds")),
    )
    office_kinds.record_attachment(db, case_id, seq, now)  # office mode outbox


def list_for_case(db: Database, case_id: int) -> list[AttachmentRow]:
    rows = db.query(
        "SELECT seq, kind, size, added_by, added_at FROM attachments WHERE case_id = ? ORDER BY seq", (case_id,)
    )
    return [AttachmentRow(int(r["seq"]), r["kind"], int(r["size"]), r["added_by"], r["added_at"]) for r in rows]


def sealed_blob(db: Database, case_id: int, seq: int) -> bytes | None:
    value = db.scalar("SELECT sealed_blob FROM attachments WHERE case_id = ? AND seq = ?", (case_id, seq))
    return None if value is None else bytes(value)
