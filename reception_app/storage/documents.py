"""Printed-document repository: number allocation and the ``documents_issued`` register. Never identity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reception_app.storage import crypto, office_kinds
from reception_app.storage import office as office_repo
from reception_app.storage.cases import next_counter
from reception_app.storage.database import Database, Row
from reception_app.storage.errors import StorageError

# A logbook for a long period is read on the DB thread; this cap keeps one print bounded.
MAX_LOGBOOK_ROWS = 20_000


class LogbookTooLarge(StorageError):
    def __init__(self) -> None:
        super().__init__(f"Khoảng thời gian có hơn {MAX_LOGBOOK_ROWS} lượt tiếp; hãy in sổ theo từng khoảng ngắn hơn.")


@dataclass(frozen=True)
class IssuedRecord:
    """One printed document as registered (no content, no identity)."""

    id: int
    case_id: int | None
    kind: str
    year: int
    seq: int
    number: str
    printed_by: str
    printed_at: str
    copies: int
    shows_identity: bool


def counter_name(series: str) -> str:
    """The ``counters`` series of a type symbol ("doc:TB"; numbers restart every year)."""
    return f"doc:{series}"


def highest_printed(db: Database, series: str, year: int) -> int:
    """The highest number printed under the type symbol ``series`` in ``year`` by any document kind (0: none)."""
    return int(db.scalar("SELECT max(seq) FROM documents_issued WHERE series = ? AND year = ?", (series, year)) or 0)


def _printed(db: Database, series: str, year: int, seq: int) -> bool:
    row = db.query_one("SELECT 1 FROM documents_issued WHERE series = ? AND year = ? AND seq = ?", (series, year, seq))
    return row is not None


def allocate_number(db: Database, kind: str, series: str, year: int) -> int:
    """The next number of the type symbol ``series`` ("TB") in ``year``: unique per agency, year and type of
    document (NĐ 30/2020), whichever kind prints it. Call inside the transaction that records the print.

    A lone desk's series continues after the highest number already printed under the symbol that year, so the
    first number after the switch from per-kind series (schema V9) repeats none printed before it; an office
    desk skips a leased or emergency number it already printed under the symbol. A document without a number
    (``series`` ''; the 07-TCD request) gets its kind's own register sequence, never printed.
    """
    if not db.in_transaction:
        raise RuntimeError("document numbers are allocated inside the transaction that records the document")
    if not series:
        return next_counter(db, counter_name(kind), year)
    name = counter_name(series)
    leased = office_repo.take_number(db, name, year)  # office mode: numbers leased from the server
    while leased is not None and _printed(db, series, year, leased):  # e.g. emergency numbers before V9
        leased = office_repo.take_number(db, name, year)
    if leased is not None:
        return leased
    db.execute(
        "INSERT INTO counters (name, year, value) VALUES (?, ?, ?)"
        " ON CONFLICT (name, year) DO UPDATE SET value = max(value + 1, excluded.value)",
        (name, year, highest_printed(db, series, year) + 1),
    )
    return int(db.scalar("SELECT value FROM counters WHERE name = ? AND year = ?", (name, year)))


def record_issued(
    db: Database,
    *,
    case_id: int | None,
    kind: str,
    year: int,
    seq: int,
    number: str,
    printed_by: str,
    printed_at: datetime,
    copies: int,
    shows_identity: bool,
    series: str,
) -> int:
    """Register a printed document (``series``: the type symbol its number was allocated from, '' for none);
    returns its row id. Call inside the allocating transaction."""
    doc_id = db.execute(
        "INSERT INTO documents_issued (case_id, kind, year, seq, number, printed_by, printed_at, copies,"
        " shows_identity, series) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            kind,
            year,
            seq,
            number,
            printed_by,
            printed_at.isoformat(timespec="seconds"),
            copies,
            int(shows_identity),
            series,
        ),
    )
    office_kinds.record_document(db, doc_id)  # office mode outbox: every desk's register holds every print
    return doc_id


def _record(r: Row) -> IssuedRecord:
    return IssuedRecord(
        id=int(r["id"]),
        case_id=None if r["case_id"] is None else int(r["case_id"]),
        kind=str(r["kind"]),
        year=int(r["year"]),
        seq=int(r["seq"]),
        number=str(r["number"]),
        printed_by=str(r["printed_by"]),
        printed_at=str(r["printed_at"]),
        copies=int(r["copies"]),
        shows_identity=bool(r["shows_identity"]),
    )


def issued_for_case(db: Database, case_id: int, kind: str | None = None) -> list[IssuedRecord]:
    """Documents printed for a case (optionally of one kind), oldest first."""
    if kind is None:
        rows = db.query("SELECT * FROM documents_issued WHERE case_id = ? ORDER BY id", (case_id,))
    else:
        rows = db.query("SELECT * FROM documents_issued WHERE case_id = ? AND kind = ? ORDER BY id", (case_id, kind))
    return [_record(r) for r in rows]


def count_issued(db: Database, case_id: int, kind: str) -> int:
    """How many documents of ``kind`` were printed for the case (0 → the next one is the first)."""
    return int(db.scalar("SELECT count(*) FROM documents_issued WHERE case_id = ? AND kind = ?", (case_id, kind)) or 0)


def case_rows_received_between(db: Database, date_from: date, date_to: date) -> list[Row]:
    """Case rows whose reception date (as stored, the date printed in the logbook) is in the period.

    Raises:
        LogbookTooLarge: more than :data:`MAX_LOGBOOK_ROWS` cases (the user picks a shorter period).
    """
    rows = db.query(
        "SELECT * FROM cases WHERE substr(received_at, 1, 10) BETWEEN ? AND ? ORDER BY received_at, id LIMIT ?",
        (date_from.isoformat(), date_to.isoformat(), MAX_LOGBOOK_ROWS + 1),
    )
    if len(rows) > MAX_LOGBOOK_ROWS:
        raise LogbookTooLarge()
    return rows


# Notices owed to the citizen (issue 19): the written notices that close each owed notice.
RESULT_NOTICE_CLOSERS = ("result_notice", "transfer_notice", "guidance_slip", "refusal_notice")


def owed_result_notice_rows(db: Database, *, received_since: str, limit: int) -> list[Row]:
    """Open cases with a reporter received since ``received_since`` (ISO) that have no written answer yet
    (Luật TCD Điều 28.1), oldest first; bounded by ``limit`` (index ``cases_received_at``)."""
    closers = ", ".join("?" for _ in RESULT_NOTICE_CLOSERS)
    return db.query(
        "SELECT c.id, c.uid, c.number, c.kind, c.received_at FROM cases c INDEXED BY cases_received_at"
        " WHERE c.received_at >= ? AND c.kind != 'TTC' AND c.status IN ('moi', 'da_xu_ly', 'dang_giai_quyet')"
        f" AND NOT EXISTS (SELECT 1 FROM documents_issued d WHERE d.case_id = c.id AND d.kind IN ({closers}))"
        " ORDER BY c.received_at, c.id LIMIT ?",
        (received_since, *RESULT_NOTICE_CLOSERS, limit),
    )


def owed_refusal_notice_rows(db: Database, *, refused_since: str, limit: int) -> list[Row]:
    """Refusals of reception since ``refused_since`` (ISO) with no refusal notice printed, oldest first."""
    return db.query(
        "SELECT c.id, c.uid, c.number, c.kind, c.received_at, s.at AS refused_at"
        " FROM handling_steps s INDEXED BY handling_steps_action_at JOIN cases c ON c.id = s.case_id"
        " WHERE s.action = 'tu_choi_tiep' AND s.at >= ?"
        " AND NOT EXISTS (SELECT 1 FROM documents_issued d WHERE d.case_id = c.id AND d.kind = 'refusal_notice')"
        " ORDER BY s.at, s.id LIMIT ?",
        (refused_since, limit),
    )


def verification_code(db: Database, case_uid: str) -> str:
    """The receipt's short verification code: an HMAC of the case under this database's own key."""
    from reception_app.storage.settings import get_setting

    return crypto.short_code(bytes.fromhex(get_setting(db, "verify_key")), case_uid)


def owed_notice_deadline_rows(db: Database, *, rules: tuple[str, ...], due_by: str, limit: int) -> list[Row]:
    """Open deadlines of the notice ``rules`` (e.g. the thụ lý notice of a denunciation) due by ``due_by`` (ISO)
    whose case has no acceptance notice printed, earliest first."""
    if not rules:
        return []
    marks = ", ".join("?" for _ in rules)
    return db.query(
        "SELECT c.uid, c.number, c.received_at, dl.rule, dl.due_on"
        " FROM deadlines dl INDEXED BY deadlines_open JOIN cases c ON c.id = dl.case_id"
        f" WHERE dl.closed_on IS NULL AND dl.due_on <= ? AND dl.rule IN ({marks})"
        " AND NOT EXISTS (SELECT 1 FROM documents_issued d WHERE d.case_id = c.id AND d.kind = 'acceptance_notice')"
        " ORDER BY dl.due_on, dl.id LIMIT ?",
        (due_by, *rules, limit),
    )
