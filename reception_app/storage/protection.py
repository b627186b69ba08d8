"""Protection requests, measures and retaliation reports. Details are stored sealed only."""

from __future__ import annotations

from datetime import date
from typing import Any

from reception_app.models.enums import ProtectionStatus
from reception_app.models.protection import (
    ProtectionCase,
    ProtectionMeasure,
)
from reception_app.storage.database import Database, Row

_OPEN = (ProtectionStatus.REQUESTED.value, ProtectionStatus.ACTIVE.value)


def insert_request(
    db: Database, *, case_id: int, requested_on: date, measures: tuple[str, ...], created_by: str
) -> int:
    """Insert with an empty blob; the caller seals (the AD needs the id) and calls :func:`set_request_blob`."""
    return db.execute(
        "INSERT INTO protection_requests (case_id, requested_on, sealed_details, measures_requested, status,"
        " created_by) VALUES (?, ?, x'', ?, ?, ?)",
        (case_id, requested_on.isoformat(), ",".join(measures), ProtectionStatus.REQUESTED.value, created_by),
    )


def set_request_blob(db: Database, request_id: int, blob: bytes) -> None:
    db.execute("UPDATE protection_requests SET sealed_details = ? WHERE id = ?", (blob, request_id))


def request_blob(db: Database, request_id: int) -> bytes:
    return bytes(db.scalar("SELECT sealed_details FROM protection_requests WHERE id = ?", (request_id,)))


def decide(
    db: Database, request_id: int, *, status: ProtectionStatus, decision_number: str, decided_on: date, decided_by: str
) -> None:
    db.execute(
        "UPDATE protection_requests SET status = ?, decision_number = ?, decided_on = ?, decided_by = ? WHERE id = ?",
        (status.value, decision_number, decided_on.isoformat(), decided_by, request_id),
    )


def insert_measure(db: Database, request_id: int, measure: str, due_on: date | None) -> int:
    return db.execute(
        "INSERT INTO protection_measures (request_id, measure, due_on) VALUES (?, ?, ?)",
        (request_id, measure, due_on.isoformat() if due_on else None),
    )


def complete_measure(db: Database, measure_id: int, done_on: date) -> int:
    return db.execute(
        "UPDATE protection_measures SET done_on = ? WHERE id = ? AND done_on IS NULL", (done_on.isoformat(), measure_id)
    )


def measure_request(db: Database, measure_id: int) -> int | None:
    value = db.scalar("SELECT request_id FROM protection_measures WHERE id = ?", (measure_id,))
    return int(value) if value is not None else None


def insert_retaliation(db: Database, request_id: int, reported_on: date, created_by: str) -> int:
    return db.execute(
        "INSERT INTO retaliation_reports (request_id, reported_on, sealed_details, status, created_by)"
        " VALUES (?, ?, x'', 'moi', ?)",
        (request_id, reported_on.isoformat(), created_by),
    )


def set_retaliation_blob(db: Database, report_id: int, blob: bytes) -> None:
    db.execute("UPDATE retaliation_reports SET sealed_details = ? WHERE id = ?", (blob, report_id))


def set_retaliation_status(db: Database, report_id: int, status: str) -> int:
    return db.execute("UPDATE retaliation_reports SET status = ? WHERE id = ?", (status, report_id))


def retaliation_rows(db: Database, request_id: int) -> list[Row]:
    return db.query("SELECT * FROM retaliation_reports WHERE request_id = ? ORDER BY id", (request_id,))


def retaliation_request(db: Database, report_id: int) -> int | None:
    value = db.scalar("SELECT request_id FROM retaliation_reports WHERE id = ?", (report_id,))
    return int(value) if value is not None else None


def sealing_refs(db: Database, request_id: int) -> tuple[str, str]:
    """(the case's ``origin_desk``, the request's ``office_ref``) — "" for what was recorded on this desk.

    With :func:`retaliation_rows` (``office_ref`` of each report) they give the origin ids of the sealing ADs.
    """
    row = db.query_one(
        "SELECT c.origin_desk, p.office_ref FROM protection_requests p JOIN cases c ON c.id = p.case_id WHERE p.id = ?",
        (request_id,),
    )
    return ("", "") if row is None else (str(row["origin_desk"]), str(row["office_ref"]))


def report_ref(db: Database, report_id: int) -> str:
    """A retaliation report's ``office_ref`` ("" when recorded on this desk)."""
    return str(db.scalar("SELECT office_ref FROM retaliation_reports WHERE id = ?", (report_id,)) or "")


def _day(v: str | None) -> date | None:
    return date.fromisoformat(v) if v else None


def _case(db: Database, r: Row) -> ProtectionCase:
    rid = int(r["id"])
    measures = tuple(
        ProtectionMeasure(int(m["id"]), m["measure"], _day(m["due_on"]), _day(m["done_on"]))
        for m in db.query("SELECT * FROM protection_measures WHERE request_id = ? ORDER BY id", (rid,))
    )
    open_reports = int(
        db.scalar("SELECT count(*) FROM retaliation_reports WHERE request_id = ? AND status = 'moi'", (rid,))
    )
    return ProtectionCase(
        id=rid,
        case_uid=r["case_uid"],
        case_number=r["case_number"],
        requested_on=date.fromisoformat(r["requested_on"]),
        status=ProtectionStatus(r["status"]),
        measures_requested=tuple(c for c in r["measures_requested"].split(",") if c),
        decision_number=r["decision_number"],
        decided_on=_day(r["decided_on"]),
        decided_by=r["decided_by"],
        created_by=r["created_by"],
        measures=measures,
        open_retaliation_reports=open_reports,
    )


_SELECT = (
    "SELECT p.id, p.case_id, p.requested_on, p.measures_requested, p.status, p.decision_number, p.decided_on,"
    " p.decided_by, p.created_by, c.uid AS case_uid, c.number AS case_number"
    " FROM protection_requests p JOIN cases c ON c.id = p.case_id"
)


def get_request(db: Database, request_id: int) -> tuple[ProtectionCase, int] | None:
    row = db.query_one(_SELECT + " WHERE p.id = ?", (request_id,))
    return (_case(db, row), int(row["case_id"])) if row else None


def open_requests(db: Database, *, after_id: int | None, limit: int) -> list[ProtectionCase]:
    """Open requests (requested or active), newest first, keyset on id (index ``protection_open``)."""
    params: list[Any] = list(_OPEN)
    sql = _SELECT + " WHERE p.status IN (?, ?)"
    if after_id is not None:
        sql += " AND p.id < ?"
        params.append(after_id)
    return [_case(db, r) for r in db.query(sql + " ORDER BY p.id DESC LIMIT ?", (*params, limit))]


def requests_for_case(db: Database, case_id: int) -> list[ProtectionCase]:
    return [_case(db, r) for r in db.query(_SELECT + " WHERE p.case_id = ? ORDER BY p.id", (case_id,))]


def overdue_measure_requests(db: Database, today: date, *, limit: int) -> list[ProtectionCase]:
    rows = db.query(
        _SELECT + " WHERE p.id IN (SELECT DISTINCT request_id FROM protection_measures"
        " WHERE done_on IS NULL AND due_on IS NOT NULL AND due_on < ?) ORDER BY p.id DESC LIMIT ?",
        (today.isoformat(), limit),
    )
    return [_case(db, r) for r in rows]
