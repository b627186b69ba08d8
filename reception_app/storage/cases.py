"""Case repository: inserts, keyset-paged lists, FTS search over folded text. No identity in plaintext."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reception_app.models.case import (
    CaseDetail,
    CaseDraft,
    CaseSummary,
    Page,
    PageKey,
    ReceivedDocument,
    ReporterView,
)
from reception_app.models.enums import CaseKind, CaseStatus, Channel, DocumentState, Sector
from reception_app.models.fold import fold
from reception_app.storage.database import Database, Row

_SUMMARY_COLUMNS = "id, uid, number, received_at, kind, subject, status, due_on, first_reporter_code"


@dataclass(frozen=True)
class SealedReporter:
    seq: int
    reporter_code: str
    sealed_identity: bytes
    is_representative: bool


@dataclass(frozen=True)
class StoredReporter:
    case_id: int
    case_uid: str
    case_number: str
    seq: int
    reporter_code: str
    sealed_identity: bytes
    is_representative: bool


def next_counter(db: Database, name: str, year: int) -> int:
    """Allocate the next number of a per-year series inside the caller's transaction."""
    db.execute(
        "INSERT INTO counters (name, year, value) VALUES (?, ?, 1)"
        " ON CONFLICT (name, year) DO UPDATE SET value = value + 1",
        (name, year),
    )
    return int(db.scalar("SELECT value FROM counters WHERE name = ? AND year = ?", (name, year)))


def insert_case(
    db: Database,
    *,
    uid: str,
    number: str,
    draft: CaseDraft,
    received_at: datetime,
    officer: str,
    now: datetime,
    due_on: date | None,
    reporters: list[SealedReporter],
    index_subject: str | None = None,
    index_content: str | None = None,
) -> int:
    """Insert a case, its sealed reporters, documents and FTS row. Call inside ``db.atomic()``.

    ``index_subject``/``index_content``: what the search index gets instead of the subject/content (the caller
    passes them with any identity typed into the text replaced).
    """
    case_id = db.execute(
        "INSERT INTO cases (uid, number, received_at, channel, kind, sector, subject, content, accused,"
        " accused_position, province_code, ward_code, location, anonymous, group_size, status, due_on,"
        " first_reporter_code, officer, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uid,
            number,
            received_at.isoformat(timespec="seconds"),
            draft.channel.value,
            draft.kind.value,
            draft.sector.value,
            draft.subject,
            draft.content,
            draft.accused,
            draft.accused_position,
            draft.province_code,
            draft.ward_code,
            draft.location,
            int(draft.kind is CaseKind.ANONYMOUS_TIP),
            draft.group_size,
            CaseStatus.RECEIVED.value,
            due_on.isoformat() if due_on else None,
            reporters[0].reporter_code if reporters else "",
            officer,
            now.isoformat(timespec="seconds"),
            now.isoformat(timespec="seconds"),
        ),
    )
    db.executemany(
        "INSERT INTO reporters (case_id, seq, reporter_code, sealed_identity, is_representative)"
        " VALUES (?, ?, ?, ?, ?)",
        [(case_id, r.seq, r.reporter_code, r.sealed_identity, int(r.is_representative)) for r in reporters],
    )
    db.executemany(
        "INSERT INTO documents_received (case_id, seq, name, pages, state) VALUES (?, ?, ?, ?, ?)",
        [(case_id, i + 1, d.name, d.pages, d.state.value) for i, d in enumerate(draft.documents)],
    )
    db.execute(
        "INSERT INTO cases_fts (rowid, number, subject, content, accused) VALUES (?, ?, ?, ?, ?)",
        (
            case_id,
            fold(number),
            fold(draft.subject if index_subject is None else index_subject),
            fold(draft.content if index_content is None else index_content),
            fold(draft.accused),
        ),
    )
    return case_id


def _summary(r: Row) -> CaseSummary:
    return CaseSummary(
        id=int(r["id"]),
        uid=r["uid"],
        number=r["number"],
        received_at=datetime.fromisoformat(r["received_at"]),
        kind=CaseKind(r["kind"]),
        subject=r["subject"],
        status=CaseStatus(r["status"]),
        due_on=date.fromisoformat(r["due_on"]) if r["due_on"] else None,
        reporter_code=r["first_reporter_code"],
    )


def summaries_by_reporter_code(db: Database, code: str, limit: int = 50) -> list[CaseSummary]:
    """The case(s) of a reporter code as printed on the receipt: ``NTC-2026-00301-1`` exactly, or every
    reporter of ``NTC-2026-00301`` (through the UNIQUE index on ``reporter_code``; codes are not identities)."""
    cols = ", ".join("c." + c.strip() for c in _SUMMARY_COLUMNS.split(","))
    rows = db.query(
        f"SELECT DISTINCT {cols} FROM reporters r JOIN cases c ON c.id = r.case_id"
        " WHERE r.reporter_code = ? OR (r.reporter_code > ? AND r.reporter_code < ?)"
        " ORDER BY c.id DESC LIMIT ?",
        (code, code + "-", code + ".", limit),
    )
    return [_summary(r) for r in rows]


def summary_by_uid(db: Database, uid: str) -> CaseSummary | None:
    """One row of the case list, e.g. to refresh it after a handling move."""
    rows = db.query(f"SELECT {_SUMMARY_COLUMNS} FROM cases WHERE uid = ?", (uid,))
    return _summary(rows[0]) if rows else None


def _page(rows: list[Row], limit: int) -> Page:
    more = len(rows) > limit
    rows = rows[:limit]
    summaries = tuple(_summary(r) for r in rows)
    return Page(summaries, PageKey(summaries[-1].id) if more and summaries else None)


def _filter_sql(
    prefix: str, kind: CaseKind | None, status: CaseStatus | None, overdue_before: date | None
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if kind is not None:
        where.append(f"{prefix}kind = ?")
        params.append(kind.value)
    if status is not None:
        where.append(f"{prefix}status = ?")
        params.append(status.value)
    if overdue_before is not None:
        # the exact predicate of the partial index cases_open_due
        where.append(f"{prefix}status IN ('moi', 'da_xu_ly', 'dang_giai_quyet') AND {prefix}due_on < ?")
        params.append(overdue_before.isoformat())
    return where, params


def list_page(
    db: Database,
    *,
    after: PageKey | None,
    limit: int,
    kind: CaseKind | None = None,
    status: CaseStatus | None = None,
    overdue_before: date | None = None,
) -> Page:
    """Newest first by id (keyset: ``id < last_id``), no row skipping, no count(*).

    ``overdue_before``: only open cases due before that day.
    """
    where, params = _filter_sql("", kind, status, overdue_before)
    if after is not None:
        where.append("id < ?")
        params.append(after.last_id)
    sql = f"SELECT {_SUMMARY_COLUMNS} FROM cases"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    return _page(db.query(sql, (*params, limit + 1)), limit)


def search_page(
    db: Database,
    *,
    match: str,
    after: PageKey | None,
    limit: int,
    kind: CaseKind | None = None,
    status: CaseStatus | None = None,
    overdue_before: date | None = None,
) -> Page:
    """FTS5 search, newest first (rowid DESC, no global bm25 sort). ``match`` must come from fts_query()."""
    where, params = _filter_sql("c.", kind, status, overdue_before)
    sql = (
        f"SELECT {', '.join('c.' + c.strip() for c in _SUMMARY_COLUMNS.split(','))}"
        " FROM cases_fts JOIN cases c ON c.id = cases_fts.rowid WHERE cases_fts MATCH ?"
    )
    if after is not None:
        sql += " AND cases_fts.rowid < ?"
        params.append(after.last_id)
    for clause in where:
        sql += " AND " + clause
    sql += " ORDER BY cases_fts.rowid DESC LIMIT ?"
    return _page(db.query(sql, (match, *params, limit + 1)), limit)


def searchable_texts(db: Database, ids: list[int]) -> dict[int, str]:
    """The searchable fields of these cases as one text each (number, subject, content, accused, place)."""
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(
            "SELECT id, number, subject, content, accused, accused_position, location FROM cases"
            f" WHERE id IN ({marks})",
            tuple(chunk),
        ):
            out[int(row["id"])] = " ".join(
                str(row[k] or "") for k in ("number", "subject", "content", "accused", "accused_position", "location")
            )
    return out


def find_case_row(db: Database, uid: str) -> Row | None:
    return db.query_one("SELECT * FROM cases WHERE uid = ?", (uid,))


def stored_reporters(db: Database, case_id: int) -> list[StoredReporter]:
    rows = db.query(
        "SELECT r.*, c.uid AS case_uid, c.number AS case_number FROM reporters r"
        " JOIN cases c ON c.id = r.case_id WHERE r.case_id = ? ORDER BY r.seq",
        (case_id,),
    )
    return [
        StoredReporter(
            int(r["case_id"]),
            r["case_uid"],
            r["case_number"],
            int(r["seq"]),
            r["reporter_code"],
            bytes(r["sealed_identity"]),
            bool(r["is_representative"]),
        )
        for r in rows
    ]


def case_detail(db: Database, row: Row, reporters: tuple[ReporterView, ...]) -> CaseDetail:
    docs = db.query("SELECT name, pages, state FROM documents_received WHERE case_id = ? ORDER BY seq", (row["id"],))
    return CaseDetail(
        id=int(row["id"]),
        uid=row["uid"],
        number=row["number"],
        received_at=datetime.fromisoformat(row["received_at"]),
        kind=CaseKind(row["kind"]),
        channel=Channel(row["channel"]),
        sector=Sector(row["sector"]),
        subject=row["subject"],
        content=row["content"],
        accused=row["accused"],
        accused_position=row["accused_position"],
        province_code=row["province_code"],
        ward_code=row["ward_code"],
        location=row["location"],
        group_size=int(row["group_size"]),
        status=CaseStatus(row["status"]),
        due_on=date.fromisoformat(row["due_on"]) if row["due_on"] else None,
        officer=row["officer"],
        created_at=datetime.fromisoformat(row["created_at"]),
        version=int(row["version"]),
        reporters=reporters,
        documents=tuple(ReceivedDocument(d["name"], int(d["pages"]), DocumentState(d["state"])) for d in docs),
    )


def set_blind_index(db: Database, case_id: int, seq: int, value: bytes) -> None:
    db.execute("UPDATE reporters SET id_blind_index = ? WHERE case_id = ? AND seq = ?", (value, case_id, seq))


def reporters_without_blind_index(db: Database, limit: int) -> list[StoredReporter]:
    ids = db.query("SELECT DISTINCT case_id FROM reporters WHERE id_blind_index IS NULL LIMIT ?", (limit,))
    out: list[StoredReporter] = []
    for r in ids:
        out.extend(x for x in stored_reporters(db, int(r["case_id"])))
    return out


def cases_with_blind_index(db: Database, value: bytes) -> list[str]:
    rows = db.query(
        "SELECT DISTINCT c.uid FROM reporters r JOIN cases c ON c.id = r.case_id WHERE r.id_blind_index = ?"
        " ORDER BY c.id DESC",
        (value,),
    )
    return [str(r["uid"]) for r in rows]
