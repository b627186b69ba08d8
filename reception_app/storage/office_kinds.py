"""Office mode: the event kinds beyond cases, handling moves and visits (storage/office.py dispatches here).

- **Transfers** ride in the ``case_changed`` snapshot of the move that made or answered them
  (:func:`capture_transfers`, :func:`replace_children`): each transfer names its handling step by position and
  its agency by name, kind, province and address (each desk's agency directory is its own), all encrypted; the
  receiving desk matches the agency by name and province or adds it to its directory.
- **Links** between cases: ``case_linked`` (two case uids, kind, user, time: codes only), applied once both
  cases are here, in both directions.
- **Printed documents**: ``document_printed`` (kind, series, year, number, printed_by, copies, shows_identity:
  codes only, no content), so every desk's register holds every print of the office (``origin_desk``).
- **Attachments**: ``attachment_added``: kind, size, user, time in clear; the sealed file (still sealed to the
  identity key) under the content key when it is at most :data:`MAX_FILE_BYTES`, otherwise only its metadata
  travels and the file stays on the desk that scanned it.
- **Protection requests**: ``protection_changed``, a snapshot of one request after each change: dates, status,
  measure codes and user names in clear; the decision number, measure notes and the sealed parts (people,
  reasons, retaliation descriptions, still sealed) encrypted. A request is known office-wide by
  ``office_ref`` "<desk>:<id>" (its sealed parts stay bound to the origin desk's ids).

Every kind is an insert-only event written in the transaction that makes the change; applying one that needs
a case (or request) not here yet returns False and the event waits in the inbox like ``case_changed``.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from reception_app.storage.database import Database, Row
from reception_app.storage.settings import get_setting

# A sealed file larger than this stays on the desk that scanned it (its metadata travels): the server stores
# every event forever and each desk pulls all of them. Scans are mostly a few pages (≈ 0.2–2 MB).
MAX_FILE_BYTES = 4 * 1024 * 1024


def _b64(value: bytes) -> str:
    return base64.b64encode(bytes(value)).decode("ascii")


def _unb64(value: str | None) -> bytes:
    return base64.b64decode(value) if value else b""


def _me(db: Database) -> str:
    return get_setting(db, "office.desk")


def _joined(db: Database) -> bool:
    return bool(get_setting(db, "office.desk"))


def _record(db: Database, kind: str, case_uid: str | None, at: datetime, payload: dict[str, Any]) -> None:
    from reception_app.storage import office as office_repo

    office_repo.record_event(db, kind, case_uid, at, payload)


def _case_uid(db: Database, case_id: int | None) -> str | None:
    if case_id is None:
        return None
    value = db.scalar("SELECT uid FROM cases WHERE id = ?", (case_id,))
    return None if value is None else str(value)


def _case_id(db: Database, uid: str | None) -> int | None:
    value = db.scalar("SELECT id FROM cases WHERE uid = ?", (uid,)) if uid else None
    return None if value is None else int(value)


_COLUMNS: dict[tuple[int, str], frozenset[str]] = {}


def insert_row(db: Database, table: str, values: dict[str, Any]) -> int:
    """Insert a snapshot row into ``table`` (columns this schema does not know are left out)."""
    key = (id(db.connection), table)  # cached per connection: the schema does not change while a desk is open
    known = _COLUMNS.get(key)
    if known is None:
        known = _COLUMNS[key] = frozenset(str(r["name"]) for r in db.query(f"PRAGMA table_info({table})"))
    cols = [k for k in values if k in known]
    return db.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})", [values[c] for c in cols]
    )


# --- transfers (inside case_changed) --------------------------------------------------------------------


def _agency(db: Database, agency_id: int | None) -> dict[str, Any] | None:
    if agency_id is None:
        return None
    row = db.query_one("SELECT name, kind, province_code, address FROM agencies WHERE id = ?", (agency_id,))
    return None if row is None else dict(row.items())


def _agency_here(db: Database, agency: dict[str, Any] | None) -> int | None:
    """This desk's directory entry for another desk's agency: matched by name and province, or added."""
    if not agency:
        return None
    found = db.scalar(
        "SELECT id FROM agencies WHERE name = ? AND province_code = ?", (agency["name"], agency["province_code"])
    )
    if found is not None:
        return int(found)
    return db.execute(
        "INSERT INTO agencies (name, kind, province_code, address) VALUES (?, ?, ?, ?)",
        (agency["name"], agency["kind"], agency["province_code"], agency.get("address", "")),
    )


def capture_transfers(db: Database, case_id: int) -> dict[str, Any]:
    """The case's transfers and its steps' agencies, for the ``case_changed`` snapshot (all encrypted)."""
    rows = db.query("SELECT id FROM handling_steps WHERE case_id = ? ORDER BY rowid", (case_id,))
    steps = [int(r["id"]) for r in rows]
    index = {sid: i for i, sid in enumerate(steps)}
    step_agencies = {
        str(index[int(r["id"])]): _agency(db, int(r["agency_id"]))
        for r in db.query(
            "SELECT id, agency_id FROM handling_steps WHERE case_id = ? AND agency_id IS NOT NULL", (case_id,)
        )
    }
    transfers = [
        {
            "step": index.get(int(r["step_id"])),
            "agency": _agency(db, int(r["agency_id"])),
            "sent_on": r["sent_on"],
            "report_due_on": r["report_due_on"],
            "replied_on": r["replied_on"],
            "reply_note": r["reply_note"],
        }
        for r in db.query("SELECT * FROM transfers WHERE case_id = ? ORDER BY id", (case_id,))
    ]
    return {"transfers": transfers, "step_agencies": step_agencies}


def replace_children(db: Database, case_id: int, secret: dict[str, Any]) -> None:
    """Replace the case's deadlines, handling steps and transfers by those of another desk's snapshot."""
    if "transfers" not in secret:  # a desk not updated yet sends no transfers: keep the ones held here
        secret = {**secret, **capture_transfers(db, case_id)}
    for table in ("transfers", "deadlines", "handling_steps"):  # transfers first: they point at the steps
        db.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    for row in secret.get("deadlines", []):
        insert_row(db, "deadlines", {**row, "case_id": case_id})
    agencies = secret.get("step_agencies", {})
    steps = []
    for i, row in enumerate(secret.get("handling_steps", [])):
        agency_id = _agency_here(db, agencies.get(str(i)))
        steps.append(insert_row(db, "handling_steps", {**row, "case_id": case_id, "agency_id": agency_id}))
    for t in secret.get("transfers", []):
        if t["step"] is None or t["step"] >= len(steps) or not t["agency"]:
            continue  # cannot happen for a snapshot made by this code; never invent a step or an agency
        db.execute(
            "INSERT INTO transfers (case_id, step_id, agency_id, sent_on, report_due_on, replied_on, reply_note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                steps[t["step"]],
                _agency_here(db, t["agency"]),
                t["sent_on"],
                t["report_due_on"],
                t["replied_on"],
                t["reply_note"],
            ),
        )


# --- links --------------------------------------------------------------------------------------------------


def record_link(db: Database, a: int, b: int, *, kind: str, actor: str, at: datetime) -> None:
    """The hook ``storage.handling.link_cases`` calls after inserting the link (both directions)."""
    if not _joined(db):
        return
    ua, ub = _case_uid(db, a), _case_uid(db, b)
    from reception_app.storage import office_backfill

    if ua is None or ub is None or office_backfill.is_pending(db, ub):
        return  # a case not yet back-filled: its back-fill carries the link
    _record(db, "case_linked", ua, at, link_payload(ua, ub, kind, actor, at.isoformat(timespec="seconds")))


def link_payload(ua: str, ub: str, kind: str, actor: str, at: str) -> dict[str, Any]:
    return {"codes": {"uid": ua, "other_uid": ub, "kind": kind, "created_by": actor, "created_at": at}, "secret": {}}


def _apply_link(db: Database, codes: dict[str, Any]) -> bool:
    a, b = _case_id(db, codes["uid"]), _case_id(db, codes["other_uid"])
    if a is None or b is None:
        return False
    for x, y in ((a, b), (b, a)):
        db.execute(
            "INSERT INTO case_links (case_id, other_id, kind, created_by, created_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (x, y, codes["kind"], codes["created_by"], codes["created_at"]),
        )
    return True


# --- the printed-document register ---------------------------------------------------------------------------

_DOC_CODES = ("kind", "year", "seq", "number", "series", "printed_by", "printed_at", "copies", "shows_identity")


def document_payload(db: Database, doc: Row) -> dict[str, Any]:
    return {"codes": {**{k: doc[k] for k in _DOC_CODES}, "uid": _case_uid(db, doc["case_id"])}, "secret": {}}


def record_document(db: Database, doc_id: int) -> None:
    """The hook ``storage.documents.record_issued`` calls: every print goes to every desk's register."""
    if not _joined(db):
        return
    doc = db.query_one("SELECT * FROM documents_issued WHERE id = ?", (doc_id,))
    if doc is not None:
        payload = document_payload(db, doc)
        _record(db, "document_printed", payload["codes"]["uid"], datetime.fromisoformat(doc["printed_at"]), payload)


def _apply_document(db: Database, desk: str, codes: dict[str, Any]) -> bool:
    case_id = _case_id(db, codes.get("uid"))
    if codes.get("uid") and case_id is None:
        return False
    values = [codes[k] for k in _DOC_CODES]
    db.execute(
        f"INSERT INTO documents_issued ({', '.join(_DOC_CODES)}, case_id, origin_desk)"
        f" VALUES ({', '.join('?' for _ in _DOC_CODES)}, ?, ?)",
        (*values, case_id, desk),
    )
    return True


# --- attachments ------------------------------------------------------------------------------------------------


def attachment_payload(db: Database, case_id: int, seq: int) -> dict[str, Any] | None:
    row = db.query_one("SELECT * FROM attachments WHERE case_id = ? AND seq = ?", (case_id, seq))
    if row is None:
        return None
    codes = {k: row[k] for k in ("seq", "kind", "size", "added_by", "added_at")}
    blob = bytes(row["sealed_blob"])
    carried = len(blob) <= MAX_FILE_BYTES
    codes.update(uid=_case_uid(db, case_id), file_carried=carried)
    return {"codes": codes, "secret": {"sealed": _b64(blob)} if carried else {}}


def record_attachment(db: Database, case_id: int, seq: int, at: datetime) -> None:
    """The hook ``storage.attachments.insert`` calls."""
    if not _joined(db):
        return
    payload = attachment_payload(db, case_id, seq)
    if payload is not None:
        _record(db, "attachment_added", payload["codes"]["uid"], at, payload)


def _apply_attachment(db: Database, payload: dict[str, Any]) -> bool:
    codes = payload["codes"]
    case_id = _case_id(db, codes["uid"])
    if case_id is None:
        return False
    if db.scalar("SELECT 1 FROM attachments WHERE case_id = ? AND seq = ?", (case_id, codes["seq"])):
        # Two desks attached a file under the same number: both kept (server, inboxes), flagged for a supervisor.
        db.execute("UPDATE cases SET office_conflict = 1 WHERE id = ?", (case_id,))
        return True
    db.execute(
        "INSERT INTO attachments (case_id, seq, kind, size, sealed_blob, added_by, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            codes["seq"],
            codes["kind"],
            codes["size"],
            _unb64(payload["secret"].get("sealed")),  # b'' = the file stayed on its desk (over the size cap)
            codes["added_by"],
            codes["added_at"],
        ),
    )
    return True


# --- protection requests -----------------------------------------------------------------------------------------

_REQ_CODES = ("requested_on", "measures_requested", "status", "decided_on", "decided_by", "created_by")


def _ref(db: Database, table: str, row_id: int) -> str:
    ref = str(db.scalar(f"SELECT office_ref FROM {table} WHERE id = ?", (row_id,)) or "")
    return ref or f"{_me(db)}:{row_id}"


def _local(db: Database, table: str, ref: str) -> int | None:
    desk, _, rid = ref.partition(":")
    if desk == _me(db):
        found = db.scalar(f"SELECT id FROM {table} WHERE id = ? AND office_ref = ''", (int(rid),))
    else:
        found = db.scalar(f"SELECT id FROM {table} WHERE office_ref = ?", (ref,))
    return None if found is None else int(found)


def protection_payload(db: Database, request_id: int) -> tuple[str, dict[str, Any]] | None:
    req = db.query_one("SELECT * FROM protection_requests WHERE id = ?", (request_id,))
    uid = _case_uid(db, int(req["case_id"])) if req is not None else None
    if req is None or uid is None:
        return None
    measures = db.query(
        "SELECT measure, due_on, done_on, note FROM protection_measures WHERE request_id = ? ORDER BY id", (request_id,)
    )
    reports = db.query("SELECT * FROM retaliation_reports WHERE request_id = ? ORDER BY id", (request_id,))
    codes = {k: req[k] for k in _REQ_CODES}
    codes.update(uid=uid, ref=_ref(db, "protection_requests", request_id))
    codes["measures"] = [[m["measure"], m["due_on"], m["done_on"]] for m in measures]
    codes["reports"] = [
        [_ref(db, "retaliation_reports", int(r["id"])), r["reported_on"], r["status"], r["created_by"]] for r in reports
    ]
    secret = {
        "decision_number": req["decision_number"],
        "sealed": _b64(req["sealed_details"]),
        "notes": [m["note"] for m in measures],
        "reports": [_b64(r["sealed_details"]) for r in reports],
    }
    return uid, {"codes": codes, "secret": secret}


def record_protection(db: Database, request_id: int, at: datetime) -> None:
    """The hook ``services.protection`` calls after each change of a request: a snapshot of it, made from the
    version held here (``base_version``) and naming its new one (``version``)."""
    if not _joined(db):
        return
    found = protection_payload(db, request_id)
    if found is None:
        return
    base = int(db.scalar("SELECT office_version FROM protection_requests WHERE id = ?", (request_id,)) or 0)
    found[1]["codes"].update(base_version=base, version=base + 1)
    from reception_app.storage import office as office_repo

    if office_repo.record_event(db, "protection_changed", found[0], at, found[1]) is not None:
        db.execute(
            "UPDATE protection_requests SET office_version = ?, office_version_desk = ? WHERE id = ?",
            (base + 1, _me(db), request_id),
        )


def _apply_protection(db: Database, payload: dict[str, Any]) -> bool:
    """Apply another desk's snapshot of a request when it was made from the version held here.

    If the copy here already moved from that version (a change made on two desks at once), both snapshots are
    kept (the events stay in the inbox), the request is flagged for a supervisor (``storage.office_protection``)
    and the replica holds the snapshot with the greater (version, desk): every desk ends on the same one.
    A snapshot made from a version not here yet waits in the inbox. Retaliation reports are facts: a report in
    any snapshot, kept or not, is added (never removed).
    """
    codes = payload["codes"]
    case_id = _case_id(db, codes["uid"])
    if case_id is None:
        return False
    rid = _local(db, "protection_requests", codes["ref"])
    if "version" not in codes:  # a desk not updated yet: its snapshot is applied as it comes
        write_protection(db, rid, case_id, payload, state=True)
        return True
    from reception_app.storage import office_protection

    state = office_protection.decide(db, rid, codes)
    if state is None:
        return False
    rid = write_protection(db, rid, case_id, payload, state=state)
    if state:
        db.execute(
            "UPDATE protection_requests SET office_version = ?, office_version_desk = ? WHERE id = ?",
            (int(codes["version"]), str(codes.get("desk", "")), rid),
        )
    return True


def write_protection(db: Database, rid: int | None, case_id: int, payload: dict[str, Any], *, state: bool) -> int:
    """Put a snapshot on this replica (``state``) or only add the retaliation reports it holds."""
    codes, secret = payload["codes"], payload["secret"]
    values = [codes[k] for k in _REQ_CODES] + [secret["decision_number"], _unb64(secret["sealed"])]
    if rid is None:
        rid = db.execute(
            f"INSERT INTO protection_requests ({', '.join(_REQ_CODES)}, decision_number, sealed_details, case_id,"
            " office_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, case_id, codes["ref"]),
        )
    elif state:
        sets = ", ".join(f"{k} = ?" for k in (*_REQ_CODES, "decision_number", "sealed_details"))
        db.execute(f"UPDATE protection_requests SET {sets} WHERE id = ?", (*values, rid))
    if state:
        db.execute("DELETE FROM protection_measures WHERE request_id = ?", (rid,))
        for (measure, due_on, done_on), note in zip(codes["measures"], secret["notes"], strict=True):
            db.execute(
                "INSERT INTO protection_measures (request_id, measure, due_on, done_on, note) VALUES (?, ?, ?, ?, ?)",
                (rid, measure, due_on, done_on, note),
            )
    for (ref, reported_on, status, created_by), sealed in zip(codes["reports"], secret["reports"], strict=True):
        report = _local(db, "retaliation_reports", ref)
        if report is None:
            db.execute(
                "INSERT INTO retaliation_reports (request_id, reported_on, sealed_details, status, created_by,"
                " office_ref) VALUES (?, ?, ?, ?, ?, ?)",
                (rid, reported_on, _unb64(sealed), status, created_by, ref),
            )
        elif state:
            db.execute("UPDATE retaliation_reports SET status = ? WHERE id = ?", (status, report))
    return rid


# --- dispatch -----------------------------------------------------------------------------------------------------


def apply(db: Database, desk: str, kind: str, payload: dict[str, Any]) -> bool:
    """Apply one event of the kinds above; False if what it needs is not here yet. Unknown kinds are kept."""
    if kind == "case_linked":
        return _apply_link(db, payload["codes"])
    if kind == "document_printed":
        return _apply_document(db, desk, payload["codes"])
    if kind == "attachment_added":
        return _apply_attachment(db, payload)
    if kind == "protection_changed":
        return _apply_protection(db, payload)
    if kind == "protection_resolved":  # a supervisor's choice between two snapshots (office_protection.py)
        from reception_app.storage import office_protection

        return office_protection.apply_resolution(db, payload)
    return True


def unclash(db: Database, desk: str, payload: dict[str, Any]) -> dict[str, Any]:
    """A back-filled case keeps its number as printed ("2026-00042", no desk code); where another desk's
    pre-join case already holds it here, this replica shows it as "2026-00042 (B)" (reporter codes alike)."""
    codes = payload["codes"]
    if db.scalar("SELECT 1 FROM cases WHERE uid = ?", (codes["uid"],)):
        return payload  # already here: applied once, never twice
    if db.scalar("SELECT 1 FROM cases WHERE number = ?", (codes["number"],)):
        codes = {**codes, "number": f"{codes['number']} ({desk})"}
    reporters = []
    for r in payload["secret"].get("reporters", []):
        taken = db.scalar("SELECT 1 FROM reporters WHERE reporter_code = ?", (r["reporter_code"],))
        reporters.append({**r, "reporter_code": f"{r['reporter_code']} ({desk})"} if taken else r)
    return {"codes": codes, "secret": {**payload["secret"], "reporters": reporters}}
