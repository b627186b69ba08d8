"""Office mode on the desk: the outbox, the replica of the other desks' events, leased document numbers.

Everything here runs inside the desk's SQLCipher transactions. An event is ``{"codes": {...}, "secret": {...}}``:
``codes`` go to the server in clear (kind, sector, channel, status, dates, ward codes, desk, user names),
``secret`` is encrypted under the office content key before it leaves the desk (:func:`seal_event`). Sealed
identities travel inside ``secret`` still sealed to the identity key. A desk that has not joined an office
writes no events (single-desk mode is unchanged).
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reception_app.models.fold import fold
from reception_app.storage import crypto, office_backfill, office_kinds
from reception_app.storage.cases import next_counter
from reception_app.storage.database import Database, Row
from reception_app.storage.errors import StorageError
from reception_app.storage.office_quarantine import CURSORS, holds_case
from reception_app.storage.settings import get_setting, set_setting

K_DESK = "office.desk"
K_DESK_NO = "office.desk_no"
K_CONTENT_KEY = "office.content_key"
K_PUSHED = "office.pushed_seq"
K_CONNINFO = "office.conninfo"
K_BLOCK = "office.block_size"

DEFAULT_BLOCK = 50
BLOCKS_IN_HAND = 2
# Emergency numbers (a desk out of leased numbers while offline): 90000 + desk_no × 100 + n, so "Số: 90301/…"
# is visibly not an office number and two desks never print the same one.
EMERGENCY_BASE = 90_000
EMERGENCY_PER_DESK = 100

# The only case columns the server may read. Everything else (subject, content, accused, location, reasons,
# decisions in words, documents, sealed identities) goes into the encrypted part.
CLEAR_CASE_COLUMNS = frozenset(
    {
        "uid",
        "number",
        "received_at",
        "channel",
        "kind",
        "sector",
        "province_code",
        "ward_code",
        "anonymous",
        "group_size",
        "status",
        "due_on",
        "officer",
        "created_at",
        "updated_at",
        "version",
        "admissible",
        "jurisdiction",
        "has_originals",
        "body_type",
        "repeat_count",
        "remote_area",
        "resolved_on",
        "result",
    }
)
# Rows that belong to a case at intake; replicated with it (case_id remapped on the receiving desk).
CHILD_TABLES = ("reporters", "documents_received", "deadlines", "visits")
# Rows a handling move may change; a ``case_changed`` event carries them all (a snapshot after the move).
# agency_id points into each desk's own directory: the agency travels by name (storage/office_kinds.py).
CHANGED_TABLES = ("deadlines", "handling_steps")
_LOCAL_ONLY = frozenset({"id", "case_id", "origin_desk", "office_conflict", "id_blind_index", "agency_id"})


class OfficeDataError(StorageError):
    """An event from the server does not decrypt or does not fit: refused, nothing applied."""

    def __init__(self) -> None:
        super().__init__("Dữ liệu nhận từ máy chủ văn phòng không hợp lệ; đã từ chối, không áp dụng.")


@dataclass(frozen=True)
class WireEvent:
    """One event as the server stores it: codes in clear, the rest encrypted under the content key."""

    desk: str
    seq: int
    event_uid: str
    kind: str
    case_uid: str | None
    at: datetime
    codes: Mapping[str, Any]
    secret: bytes | None


@dataclass(frozen=True)
class OutboxRow:
    seq: int
    event_uid: str
    kind: str
    case_uid: str | None
    at: str
    payload: str


# --- membership -----------------------------------------------------------------------------------------


def joined_desk(db: Database) -> str | None:
    return get_setting(db, K_DESK) or None


def join(db: Database, *, desk: str, desk_no: int, content_key: bytes, conninfo: dict[str, Any]) -> None:
    """Record the office membership (inside a transaction). The content key stays in the encrypted DB."""
    if len(content_key) != 32:
        raise StorageError("Khóa nội dung văn phòng không hợp lệ.")
    set_setting(db, K_DESK, desk)
    set_setting(db, K_DESK_NO, str(desk_no))
    set_setting(db, K_CONTENT_KEY, content_key.hex())
    set_setting(db, K_CONNINFO, json.dumps(conninfo, sort_keys=True))
    if not get_setting(db, K_PUSHED):
        set_setting(db, K_PUSHED, "0")


def content_key(db: Database) -> bytes:
    return bytes.fromhex(get_setting(db, K_CONTENT_KEY))


def conninfo(db: Database) -> dict[str, Any]:
    raw = get_setting(db, K_CONNINFO)
    return dict(json.loads(raw)) if raw else {}


def case_serial(db: Database, seq: int) -> str:
    """The serial part of a case number: ``00042`` on a lone desk, ``A00042`` on desk A of an office."""
    return f"{get_setting(db, K_DESK)}{seq:05d}"


# --- the outbox -----------------------------------------------------------------------------------------


def record_event(db: Database, kind: str, case_uid: str | None, at: datetime, payload: dict[str, Any]) -> int | None:
    """Append one event to the outbox in the caller's transaction; a no-op on a desk outside an office."""
    if not joined_desk(db) or office_backfill.is_pending(db, case_uid):  # a pre-join case goes with its back-fill
        return None
    if not db.in_transaction:
        raise RuntimeError("office events are written in the transaction that makes the change")
    return db.execute(
        "INSERT INTO office_outbox (event_uid, kind, case_uid, at, payload) VALUES (?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), kind, case_uid, at.isoformat(timespec="seconds"), json.dumps(payload, sort_keys=True)),
    )


def _jsonable(value: Any) -> Any:
    return {"b64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"b64"}:
        return base64.b64decode(value["b64"])
    return value


def capture_case(db: Database, case_id: int, tables: tuple[str, ...] = CHILD_TABLES) -> dict[str, Any]:
    """The case row and its ``tables`` rows as an event payload: allowed codes in clear, the rest secret."""
    row = db.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
    if row is None:
        raise StorageError("case vanished inside its own transaction")
    codes = {k: v for k, v in row.items() if k in CLEAR_CASE_COLUMNS}
    secret: dict[str, Any] = {"case": {k: v for k, v in row.items() if k not in CLEAR_CASE_COLUMNS | _LOCAL_ONLY}}
    for table in tables:
        rows = db.query(f"SELECT * FROM {table} WHERE case_id = ? ORDER BY rowid", (case_id,))
        secret[table] = [{k: _jsonable(v) for k, v in r.items() if k not in _LOCAL_ONLY} for r in rows]
    return {"codes": codes, "secret": secret}


def record_case_created(db: Database, case_id: int, case_uid: str, at: datetime) -> None:
    """The hook ``desk.cases.create_case`` calls inside its transaction."""
    if joined_desk(db):
        record_event(db, "case_created", case_uid, at, capture_case(db, case_id))


def record_case_changed(db: Database, case_id: int, case_uid: str, at: datetime, base_version: int) -> None:
    """The hook a handling move calls inside its transaction: the case after the move, from ``base_version``."""
    if joined_desk(db):
        payload = capture_case(db, case_id, CHANGED_TABLES)
        payload["secret"].update(office_kinds.capture_transfers(db, case_id))  # transfers and their agencies
        payload["codes"]["base_version"] = base_version
        record_event(db, "case_changed", case_uid, at, payload)


def record_visit_added(db: Database, visit_id: int, case_uid: str, at: datetime) -> None:
    """A return visit is a new fact, not an edit: sent as one row, never in conflict."""
    if joined_desk(db):
        row = db.query_one("SELECT * FROM visits WHERE id = ?", (visit_id,))
        if row is not None:
            visit = {k: _jsonable(v) for k, v in row.items() if k not in _LOCAL_ONLY}
            record_event(db, "visit_added", case_uid, at, {"codes": {"uid": case_uid}, "secret": {"visit": visit}})


def _outbox(r: Row) -> OutboxRow:
    return OutboxRow(int(r["seq"]), r["event_uid"], r["kind"], r["case_uid"], r["at"], r["payload"])


def pending(db: Database, limit: int) -> list[OutboxRow]:
    pushed = int(get_setting(db, K_PUSHED, "0") or 0)
    rows = db.query("SELECT * FROM office_outbox WHERE seq > ? ORDER BY seq LIMIT ?", (pushed, limit))
    return [_outbox(r) for r in rows]


def pending_count(db: Database) -> int:
    """Changes waiting to be sent, as the status bar counts them (audit anchors are bookkeeping)."""
    pushed = int(get_setting(db, K_PUSHED, "0") or 0)
    return int(db.scalar("SELECT count(*) FROM office_outbox WHERE seq > ? AND kind != 'audit_anchor'", (pushed,)))


def mark_pushed(db: Database, upto: int) -> None:
    with db.atomic():
        if upto > int(get_setting(db, K_PUSHED, "0") or 0):
            set_setting(db, K_PUSHED, str(upto))


def _ad(desk: str, seq: int, event_uid: str, kind: str) -> bytes:
    return f"reception_app office event v1|{desk}|{seq}|{event_uid}|{kind}".encode()


def seal_event(key: bytes, desk: str, row: OutboxRow) -> WireEvent:
    payload = json.loads(row.payload)
    secret = json.dumps(payload.get("secret", {}), sort_keys=True, ensure_ascii=False).encode()
    return WireEvent(
        desk=desk,
        seq=row.seq,
        event_uid=row.event_uid,
        kind=row.kind,
        case_uid=row.case_uid,
        at=datetime.fromisoformat(row.at),
        codes={**payload.get("codes", {}), "desk": desk},
        secret=crypto.aead_encrypt(key, secret, _ad(desk, row.seq, row.event_uid, row.kind)),
    )


def open_event(key: bytes, event: WireEvent) -> dict[str, Any]:
    try:
        secret = (
            json.loads(crypto.aead_decrypt(key, event.secret, _ad(event.desk, event.seq, event.event_uid, event.kind)))
            if event.secret is not None
            else {}
        )
    except (crypto.DecryptionFailed, ValueError) as exc:
        raise OfficeDataError() from exc
    return {"codes": dict(event.codes), "secret": secret}


# --- the replica ----------------------------------------------------------------------------------------


def cursors(db: Database) -> dict[str, int]:
    rows = db.query(CURSORS)  # the inbox and the events put aside (office_quarantine.py): the pull moves past
    return {str(r["desk"]): int(r["last"]) for r in rows}


def apply_event(db: Database, event: WireEvent, payload: dict[str, Any]) -> bool:
    """Store and apply one other desk's event; False if it was already here.

    Inside a caller's transaction (the sync worker's batch) no savepoint is taken: a failure rolls the whole
    batch back and the cursor with it, so the batch is simply fetched again.
    """
    if not db.in_transaction:
        with db.atomic():
            return apply_event(db, event, payload)
    db.execute(
        "INSERT INTO office_inbox (desk, seq, event_uid, kind, case_uid, at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (desk, seq) DO NOTHING",
        (
            event.desk,
            event.seq,
            event.event_uid,
            event.kind,
            event.case_uid,
            event.at.isoformat(timespec="seconds"),
            json.dumps(payload, sort_keys=True),
        ),
    )
    if not db.scalar("SELECT changes()"):  # already here: applied once, never twice
        return False
    if holds_case(db, event.case_uid, event.desk, event.seq) or not _apply(db, event.desk, event.kind, payload):
        db.execute("UPDATE office_inbox SET applied = 0 WHERE desk = ? AND seq = ?", (event.desk, event.seq))
    return True


def apply_waiting(db: Database) -> int:
    """Retry events that arrived before the case they change (the sync worker sets aside one that raises)."""
    from reception_app.storage.office_waiting import apply_waiting as run

    return run(db)


def apply_stored(db: Database, r: Row) -> bool:
    """Apply one event waiting in the inbox (inside the caller's transaction); False if it still waits."""
    if not _apply(db, str(r["desk"]), str(r["kind"]), json.loads(r["payload"])):
        return False
    db.execute("UPDATE office_inbox SET applied = 1 WHERE desk = ? AND seq = ?", (r["desk"], r["seq"]))
    return True


def _apply(db: Database, desk: str, kind: str, payload: dict[str, Any]) -> bool:
    """Apply one event; False if the case it needs is not here yet. Unknown kinds are kept, not applied."""
    if kind == "case_created":
        _apply_case_created(db, desk, office_kinds.unclash(db, desk, payload))
        return True
    if kind == "case_changed":
        return _apply_case_changed(db, payload)
    if kind == "visit_added":
        case_id = db.scalar("SELECT id FROM cases WHERE uid = ?", (payload["codes"]["uid"],))
        if case_id is None:
            return False
        _insert(db, "visits", {**payload["secret"]["visit"], "case_id": case_id})
        return True
    if kind == "conflict_resolved":  # a supervisor's choice between two moves (office_conflicts.py)
        from reception_app.storage.office_conflicts import apply_resolution

        return apply_resolution(db, payload)
    return office_kinds.apply(db, desk, kind, payload)  # transfers ride in case_changed; links, prints, files…


_COLUMNS: dict[tuple[int, str], frozenset[str]] = {}


def _columns(db: Database, table: str) -> frozenset[str]:
    """The table's columns (cached per connection: the schema does not change while a desk is open)."""
    key = (id(db.connection), table)
    cols = _COLUMNS.get(key)
    if cols is None:
        cols = frozenset(str(r["name"]) for r in db.query(f"PRAGMA table_info({table})"))
        _COLUMNS[key] = cols
    return cols


def _insert(db: Database, table: str, values: dict[str, Any]) -> int:
    known = _columns(db, table)
    cols = [k for k in values if k in known]
    marks = ", ".join("?" for _ in cols)
    return db.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", [_from_json(values[c]) for c in cols]
    )


def _apply_case_created(db: Database, desk: str, payload: dict[str, Any]) -> None:
    codes, secret = payload["codes"], payload["secret"]
    uid = str(codes["uid"])
    if db.scalar("SELECT 1 FROM cases WHERE uid = ?", (uid,)):
        return
    row = {k: v for k, v in codes.items() if k in CLEAR_CASE_COLUMNS}
    row.update(secret.get("case", {}))
    row["origin_desk"] = desk
    case_id = _insert(db, "cases", row)
    for table in CHILD_TABLES:
        for child in secret.get(table, []):
            _insert(db, table, {**child, "case_id": case_id})
    db.execute(
        "INSERT INTO cases_fts (rowid, number, subject, content, accused) VALUES (?, ?, ?, ?, ?)",
        (
            case_id,
            fold(row["number"]),
            fold(row.get("subject", "")),
            fold(row.get("content", "")),
            fold(row.get("accused", "")),
        ),
    )


def _apply_case_changed(db: Database, payload: dict[str, Any]) -> bool:
    """Apply another desk's move when it was made from the version this replica holds.

    Two moves made from the same version are both kept (both events stay in the inbox and on the server);
    the case keeps the first one applied here and is flagged for a supervisor: nothing is merged silently.
    """
    codes, secret = payload["codes"], payload["secret"]
    row = db.query_one("SELECT id, version FROM cases WHERE uid = ?", (codes["uid"],))
    if row is None:
        return False
    case_id = int(row["id"])
    here, base = int(row["version"]), int(codes.get("base_version", -1))
    if here < base:  # an earlier move of this case (from another desk) has not arrived yet: wait for it
        return False
    if here > base:  # another move from the same version is already here: keep both, flag, merge nothing
        from reception_app.storage.office_conflicts import flag

        flag(db, case_id, codes)  # unless a supervisor's resolution already named this move
        return True
    values = {k: v for k, v in codes.items() if k in CLEAR_CASE_COLUMNS and k not in {"uid", "number"}}
    values.update(secret.get("case", {}))
    known = _columns(db, "cases")
    cols = [k for k in values if k in known]
    db.execute(
        f"UPDATE cases SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?", [*(values[c] for c in cols), case_id]
    )
    office_kinds.replace_children(db, case_id, secret)  # deadlines, handling steps, transfers
    return True


# --- audit anchors -------------------------------------------------------------------------------------

K_ANCHORED = "office.anchored_audit_seq"


def record_audit_anchor(db: Database, at: datetime) -> bool:
    """Append this desk's audit head (seq, hash: no content) to the outbox if it moved since the last anchor.

    Once pushed, the server and every other desk hold it: rewriting this desk's audit history before that
    point no longer goes unseen (:func:`verify_own_anchors`).
    """
    if not joined_desk(db):
        return False
    from reception_app.storage.audit import AuditLog

    with db.atomic():
        seq, digest = AuditLog(db).head()
        if seq <= int(get_setting(db, K_ANCHORED, "0") or 0):
            return False
        record_event(db, "audit_anchor", None, at, {"codes": {"audit_seq": seq, "audit_hash": digest}, "secret": {}})
        set_setting(db, K_ANCHORED, str(seq))
    return True


def verify_own_anchors(db: Database) -> int | None:
    """The first anchored audit seq whose entry no longer has the anchored hash, or None if all match."""
    for r in db.query("SELECT payload FROM office_outbox WHERE kind = 'audit_anchor' ORDER BY seq"):
        codes = json.loads(r["payload"])["codes"]
        seq = int(codes["audit_seq"])
        if db.scalar("SELECT hash FROM audit_log WHERE seq = ?", (seq,)) != codes["audit_hash"]:
            return seq
    return None


def anchors_of(db: Database, desk: str) -> list[tuple[int, str]]:
    """The audit anchors received from another desk (kept in the inbox, append-only)."""
    rows = db.query("SELECT payload FROM office_inbox WHERE desk = ? AND kind = 'audit_anchor' ORDER BY seq", (desk,))
    return [(int(c["audit_seq"]), str(c["audit_hash"])) for c in (json.loads(r["payload"])["codes"] for r in rows)]


# --- leased document numbers ----------------------------------------------------------------------------


def leases_in_hand(db: Database, series: str, year: int) -> int:
    return int(
        db.scalar("SELECT count(*) FROM office_leases WHERE series = ? AND year = ? AND next <= last", (series, year))
    )


def add_lease(db: Database, series: str, year: int, *, first: int, last: int, request_uid: str) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO office_leases (series, year, first, last, next, request_uid) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (request_uid) DO NOTHING",
            (series, year, first, last, first, request_uid),
        )


def series_in_use(db: Database) -> list[tuple[str, int]]:
    rows = db.query("SELECT DISTINCT series, year FROM office_leases")
    return [(str(r["series"]), int(r["year"])) for r in rows]


def take_number(db: Database, series: str, year: int) -> int | None:
    """The next document number of ``series``/``year`` on an office desk; None on a lone desk.

    Uses the oldest leased block; when none is left (offline too long) the desk's emergency series.
    """
    if not joined_desk(db):
        return None
    row = db.query_one(
        "SELECT first, next FROM office_leases WHERE series = ? AND year = ? AND next <= last ORDER BY first LIMIT 1",
        (series, year),
    )
    if row is not None:
        db.execute(
            "UPDATE office_leases SET next = next + 1 WHERE series = ? AND year = ? AND first = ?",
            (series, year, row["first"]),
        )
        return int(row["next"])
    desk_no = int(get_setting(db, K_DESK_NO, "0") or 0)
    n = next_counter(db, f"emergency:{series}", year)
    if n >= EMERGENCY_PER_DESK:
        raise StorageError("Đã hết số dự phòng khi ngoại tuyến; hãy kết nối máy chủ văn phòng để nhận thêm số.")
    return EMERGENCY_BASE + desk_no * EMERGENCY_PER_DESK + n


def unused_numbers(db: Database, year: int) -> list[tuple[str, int, int]]:
    """Leased numbers never printed (series, first unused, last): listed at year end."""
    rows = db.query(
        "SELECT series, next, last FROM office_leases WHERE year = ? AND next <= last ORDER BY series, first", (year,)
    )
    return [(str(r["series"]), int(r["next"]), int(r["last"])) for r in rows]
