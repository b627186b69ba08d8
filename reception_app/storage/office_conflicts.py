"""Office mode: two moves of one case made from the same version, listed for a supervisor and resolved.

Both competing ``case_changed`` events stay where they are (the server, every inbox, the outbox of the desk that
made one); a case holding one of them is flagged (``cases.office_conflict``). A supervisor resolves it by
choosing the version to keep: that is a new insert-only ``conflict_resolved`` event carrying the kept
version's snapshot (codes in clear, the rest encrypted like any event) at a version above both, so every desk
ends on the same version. A competing event that arrives after the resolution it is named in is not a new
conflict; a resolution that arrives where the case has moved on past it flags the case again (nothing is
overwritten silently).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reception_app.storage.database import Database
from reception_app.storage.errors import StorageError
from reception_app.storage.office import (
    CHANGED_TABLES,
    CLEAR_CASE_COLUMNS,
    _columns,
    _insert,
    joined_desk,
    record_event,
)

RESOLVED = "conflict_resolved"


class ConflictGone(StorageError):
    def __init__(self) -> None:
        super().__init__("Xung đột này không còn (đã được giải quyết hoặc phiên bản không còn); hãy tải lại danh sách.")


@dataclass(frozen=True)
class Version:
    """One competing version of a case: who made it and its codes (no text, no identity)."""

    desk: str
    seq: int
    at: str
    base_version: int
    status: str
    kind: str
    officer: str
    step: str  # the last handling step's action code ('' if none)
    mine: bool  # made on this desk


@dataclass(frozen=True)
class Conflict:
    case_id: int
    uid: str
    number: str
    version: int
    versions: tuple[Version, ...]


def conflicts(db: Database) -> list[str]:
    """Cases with two edits from the same version (for the supervisor)."""
    return [str(r["uid"]) for r in db.query("SELECT uid FROM cases WHERE office_conflict = 1 ORDER BY id")]


def page(db: Database, after: int | None, limit: int) -> list[Conflict]:
    """Flagged cases after case id ``after`` (keyset), each with its competing versions."""
    rows = db.query(
        "SELECT id, uid, number, version FROM cases WHERE office_conflict = 1 AND id > ? ORDER BY id LIMIT ?",
        (after or 0, limit),
    )
    return [
        Conflict(int(r["id"]), str(r["uid"]), str(r["number"]), int(r["version"]), tuple(competing(db, str(r["uid"]))))
        for r in rows
    ]


def _moves(db: Database, uid: str) -> list[tuple[str, int, str, dict[str, Any], bool]]:
    me = joined_desk(db) or ""
    found: list[tuple[str, int, str, dict[str, Any], bool]] = []
    for r in db.query(
        "SELECT seq, at, payload FROM office_outbox WHERE case_uid = ? AND kind = 'case_changed'", (uid,)
    ):
        found.append((me, int(r["seq"]), str(r["at"]), json.loads(r["payload"]), True))
    for r in db.query(
        "SELECT desk, seq, at, payload FROM office_inbox WHERE case_uid = ? AND kind = 'case_changed'", (uid,)
    ):
        found.append((str(r["desk"]), int(r["seq"]), str(r["at"]), json.loads(r["payload"]), False))
    return found


def competing(db: Database, uid: str) -> list[Version]:
    """The moves of the latest version two or more desks moved from (else the last two moves)."""
    versions = [_version(desk, seq, at, payload, mine) for desk, seq, at, payload, mine in _moves(db, uid)]
    by_base: dict[int, list[Version]] = {}
    for v in versions:
        by_base.setdefault(v.base_version, []).append(v)
    shared = [b for b, vs in by_base.items() if len(vs) > 1]
    chosen = by_base[max(shared)] if shared else sorted(versions, key=lambda v: (v.base_version, v.at))[-2:]
    return sorted(chosen, key=lambda v: (v.at, v.desk, v.seq))


def _version(desk: str, seq: int, at: str, payload: dict[str, Any], mine: bool) -> Version:
    codes, secret = payload.get("codes", {}), payload.get("secret", {})
    steps = secret.get("handling_steps") or []
    return Version(
        desk=desk,
        seq=seq,
        at=at,
        base_version=int(codes.get("base_version", -1)),
        status=str(codes.get("status", "")),
        kind=str(codes.get("kind", "")),
        officer=str(codes.get("officer", "")),
        step=str(steps[-1].get("action", "")) if steps else "",
        mine=mine,
    )


def resolutions(db: Database, uid: str, kind: str) -> list[dict[str, Any]]:
    """The codes of every resolution event of ``kind`` about case ``uid``, received or made here."""
    rows = db.query(
        "SELECT payload FROM office_inbox WHERE case_uid = ? AND kind = ? UNION ALL"
        " SELECT payload FROM office_outbox WHERE case_uid = ? AND kind = ?",
        (uid, kind, uid, kind),
    )
    return [json.loads(r["payload"])["codes"] for r in rows]


def settled(db: Database, uid: str, desk: str, base_version: int) -> bool:
    """True if a resolution of ``uid`` already named ``desk``'s move from ``base_version``."""
    for codes in resolutions(db, uid, RESOLVED):
        if int(codes.get("base_version", -2)) == base_version and desk in codes.get("competing_desks", []):
            return True
    return False


def flag(db: Database, case_id: int, codes: dict[str, Any]) -> None:
    """Another desk's move from a version this case has left: flag it unless a resolution already named it."""
    if not settled(db, str(codes["uid"]), str(codes.get("desk", "")), int(codes.get("base_version", -1))):
        db.execute("UPDATE cases SET office_conflict = 1 WHERE id = ?", (case_id,))


def resolve(db: Database, uid: str, keep_desk: str, keep_seq: int, at: datetime) -> int:
    """Keep one competing version (inside the caller's transaction): applied here and sent as an event.

    Returns the case's new version. Nothing is deleted: both moves stay in the outbox/inbox.
    """
    case = db.query_one("SELECT id, version, office_conflict FROM cases WHERE uid = ?", (uid,))
    versions = competing(db, uid)
    kept = next((v for v in versions if (v.desk, v.seq) == (keep_desk, keep_seq)), None)
    if case is None or not case["office_conflict"] or kept is None:
        raise ConflictGone()
    payload = _kept_payload(db, kept)
    new_version = int(case["version"]) + 1
    codes = {k: v for k, v in payload["codes"].items() if k in CLEAR_CASE_COLUMNS}
    codes.update(
        uid=uid,
        version=new_version,
        base_version=kept.base_version,
        kept_desk=kept.desk,
        kept_seq=kept.seq,
        competing_desks=sorted({v.desk for v in versions}),
    )
    event = {"codes": codes, "secret": payload["secret"]}
    apply_resolution(db, event)
    record_event(db, RESOLVED, uid, at, event)
    return new_version


def _kept_payload(db: Database, kept: Version) -> dict[str, Any]:
    if kept.mine:
        raw = db.scalar("SELECT payload FROM office_outbox WHERE seq = ?", (kept.seq,))
    else:
        raw = db.scalar("SELECT payload FROM office_inbox WHERE desk = ? AND seq = ?", (kept.desk, kept.seq))
    if raw is None:
        raise ConflictGone()
    return dict(json.loads(raw))


def apply_resolution(db: Database, payload: dict[str, Any]) -> bool:
    """Put the kept version on this replica at the resolution's version; False if the case is not here yet."""
    codes, secret = payload["codes"], payload.get("secret", {})
    row = db.query_one("SELECT id, version FROM cases WHERE uid = ?", (codes["uid"],))
    if row is None:
        return False
    case_id, version = int(row["id"]), int(codes["version"])
    if int(row["version"]) >= version:  # the case moved on past this resolution here: a supervisor looks again
        db.execute("UPDATE cases SET office_conflict = 1 WHERE id = ?", (case_id,))
        return True
    values = {k: v for k, v in codes.items() if k in CLEAR_CASE_COLUMNS and k not in {"uid", "number"}}
    values.update(secret.get("case", {}))
    values.update(version=version, office_conflict=0)
    known = _columns(db, "cases")
    cols = [k for k in values if k in known]
    db.execute(
        f"UPDATE cases SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?", [*(values[c] for c in cols), case_id]
    )
    for table in CHANGED_TABLES:
        db.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
        for child in secret.get(table, []):
            _insert(db, table, {**child, "case_id": case_id})
    return True
