"""Agency directory and transfers repository (``agencies``, ``transfers``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from reception_app.models.agencies import Agency, AgencySeed, Transfer
from reception_app.models.enums import AgencyKind
from reception_app.storage.database import Database, Row


def _agency(r: Row) -> Agency:
    return Agency(
        id=int(r["id"]),
        name=r["name"],
        kind=AgencyKind(r["kind"]),
        province_code=r["province_code"],
        address=r["address"],
        active=bool(r["active"]),
        seeded=bool(r["seeded"]),
    )


def seed(db: Database, seeds: tuple[AgencySeed, ...]) -> int:
    """Insert the seed agencies that are missing (an admin's edits and deactivations are kept)."""
    before = int(db.scalar("SELECT count(*) FROM agencies"))
    db.executemany(
        "INSERT INTO agencies (name, kind, province_code, seeded) VALUES (?, ?, ?, 1)"
        " ON CONFLICT (name, province_code) DO NOTHING",
        [(s.name, s.kind.value, s.province_code) for s in seeds],
    )
    return int(db.scalar("SELECT count(*) FROM agencies")) - before


def list_agencies(db: Database, *, include_inactive: bool = False, province_code: str | None = None) -> list[Agency]:
    where: list[str] = []
    params: list[Any] = []
    if not include_inactive:
        where.append("active = 1")
    if province_code is not None:
        where.append("province_code = ?")
        params.append(province_code)
    sql = "SELECT * FROM agencies" + (" WHERE " + " AND ".join(where) if where else "")
    return [_agency(r) for r in db.query(sql + " ORDER BY province_code, kind, name", params)]


def get_agency(db: Database, agency_id: int) -> Agency | None:
    row = db.query_one("SELECT * FROM agencies WHERE id = ?", (agency_id,))
    return _agency(row) if row else None


def name_taken(db: Database, name: str, province_code: str, *, except_id: int | None = None) -> bool:
    row = db.query_one(
        "SELECT id FROM agencies WHERE name = ? AND province_code = ? AND id != ?",
        (name, province_code, except_id if except_id is not None else -1),
    )
    return row is not None


def insert_agency(db: Database, *, name: str, kind: AgencyKind, province_code: str, address: str) -> int:
    return db.execute(
        "INSERT INTO agencies (name, kind, province_code, address) VALUES (?, ?, ?, ?)",
        (name, kind.value, province_code, address),
    )


def update_agency(
    db: Database, agency_id: int, *, name: str, kind: AgencyKind, province_code: str, address: str, active: bool
) -> None:
    db.execute(
        "UPDATE agencies SET name = ?, kind = ?, province_code = ?, address = ?, active = ? WHERE id = ?",
        (name, kind.value, province_code, address, int(active), agency_id),
    )


# --- transfers --------------------------------------------------------------------------------------------

_TRANSFER_SQL = (
    "SELECT t.*, c.uid AS case_uid, c.number AS case_number, a.name AS agency_name FROM transfers t"
    " JOIN cases c ON c.id = t.case_id JOIN agencies a ON a.id = t.agency_id"
)


def _transfer(r: Row) -> Transfer:
    return Transfer(
        id=int(r["id"]),
        case_uid=r["case_uid"],
        case_number=r["case_number"],
        agency_id=int(r["agency_id"]),
        agency_name=r["agency_name"],
        sent_on=date.fromisoformat(r["sent_on"]),
        report_due_on=date.fromisoformat(r["report_due_on"]) if r["report_due_on"] else None,
        replied_on=date.fromisoformat(r["replied_on"]) if r["replied_on"] else None,
        reply_note=r["reply_note"],
    )


def insert_transfer(
    db: Database, *, case_id: int, step_id: int, agency_id: int, sent_on: date, report_due_on: date | None
) -> int:
    return db.execute(
        "INSERT INTO transfers (case_id, step_id, agency_id, sent_on, report_due_on) VALUES (?, ?, ?, ?, ?)",
        (case_id, step_id, agency_id, sent_on.isoformat(), report_due_on.isoformat() if report_due_on else None),
    )


def transfers_for_case(db: Database, case_id: int) -> list[Transfer]:
    return [_transfer(r) for r in db.query(_TRANSFER_SQL + " WHERE t.case_id = ? ORDER BY t.id", (case_id,))]


def get_transfer(db: Database, transfer_id: int) -> tuple[Transfer, int] | None:
    row = db.query_one(_TRANSFER_SQL + " WHERE t.id = ?", (transfer_id,))
    return (_transfer(row), int(row["case_id"])) if row else None


def record_reply(db: Database, transfer_id: int, replied_on: date, note: str) -> None:
    db.execute(
        "UPDATE transfers SET replied_on = ?, reply_note = ? WHERE id = ? AND replied_on IS NULL",
        (replied_on.isoformat(), note, transfer_id),
    )


def waiting_transfers(db: Database, *, after: tuple[date, int] | None, limit: int) -> list[Transfer]:
    """Transfers still waiting for a report, earliest report due first (index ``transfers_waiting``)."""
    sql = _TRANSFER_SQL + " WHERE t.replied_on IS NULL AND t.report_due_on IS NOT NULL"
    params: list[Any] = []
    if after is not None:
        sql += " AND (t.report_due_on, t.id) > (?, ?)"
        params += [after[0].isoformat(), after[1]]
    return [_transfer(r) for r in db.query(sql + " ORDER BY t.report_due_on, t.id LIMIT ?", (*params, limit))]
