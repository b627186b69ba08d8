"""Office mode: a protection request changed on two desks from the same version (issue 21).

Each ``protection_changed`` snapshot names the version it was made from (``base_version``) and its new one
(``version``); ``protection_requests.office_version``/``office_version_desk`` say which one this replica holds.
A snapshot from the version held here is applied; one from a version not here yet waits in the inbox; one from
a version this copy has already left is a change made on two desks at once: both snapshots are kept (every
inbox, the outbox that made one, the server), the request is flagged (``protection_requests.office_conflict``)
and the replica holds the snapshot with the greater (version, desk), so every desk ends on the same one
whatever the order the events arrive in. A supervisor keeps one version: a new insert-only
``protection_resolved`` event carries it at a version above the one held, every desk applies it and clears the
flag. A competing snapshot the resolution named is not a new conflict; one it did not name flags the request
again (nothing is overwritten silently).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reception_app.storage.database import Database
from reception_app.storage.office import joined_desk, record_event
from reception_app.storage.office_conflicts import ConflictGone, resolutions
from reception_app.storage.office_kinds import write_protection

CHANGED = "protection_changed"
RESOLVED = "protection_resolved"
MAX_LISTED = 500


@dataclass(frozen=True)
class ProtectionVersion:
    """One competing snapshot of a request: codes only (no decision number, note, identity or reason)."""

    desk: str
    seq: int
    at: str
    base_version: int
    version: int
    status: str
    measures: tuple[str, ...]
    decided_on: str
    user: str
    mine: bool


@dataclass(frozen=True)
class ProtectionConflict:
    request_id: int
    ref: str
    uid: str
    number: str
    versions: tuple[ProtectionVersion, ...]


def _held(db: Database, rid: int) -> tuple[int, str]:
    row = db.query_one("SELECT office_version, office_version_desk FROM protection_requests WHERE id = ?", (rid,))
    return (0, "") if row is None else (int(row["office_version"]), str(row["office_version_desk"]))


def decide(db: Database, rid: int | None, codes: dict[str, Any]) -> bool | None:
    """For another desk's snapshot: True = apply it, False = keep the one held (only add its reports),
    None = wait (made from a version not here yet)."""
    base, version, desk = int(codes["base_version"]), int(codes["version"]), str(codes.get("desk", ""))
    if rid is None:
        return True if base == 0 else None
    here, here_desk = _held(db, rid)
    if here == base:
        return True
    if here < base:
        return None
    if not settled(db, str(codes["uid"]), str(codes["ref"]), desk, version):
        db.execute("UPDATE protection_requests SET office_conflict = 1 WHERE id = ?", (rid,))
    return (version, desk) > (here, here_desk)


def settled(db: Database, uid: str, ref: str, desk: str, version: int) -> bool:
    """True if a supervisor's resolution of request ``ref`` already named ``desk``'s snapshot ``version``."""
    for codes in resolutions(db, uid, RESOLVED):
        if codes.get("ref") == ref and [desk, version] in codes.get("competing", []):
            return True
    return False


def _snapshots(db: Database, uid: str, ref: str) -> list[tuple[ProtectionVersion, dict[str, Any]]]:
    me = joined_desk(db) or ""
    rows = [
        (me, r, True)
        for r in db.query("SELECT seq, at, payload FROM office_outbox WHERE case_uid = ? AND kind = ?", (uid, CHANGED))
    ] + [
        (str(r["desk"]), r, False)
        for r in db.query(
            "SELECT desk, seq, at, payload FROM office_inbox WHERE case_uid = ? AND kind = ?", (uid, CHANGED)
        )
    ]
    found = []
    for desk, r, mine in rows:
        payload = json.loads(r["payload"])
        codes = payload.get("codes", {})
        if codes.get("ref") != ref or "version" not in codes:
            continue
        version = ProtectionVersion(
            desk=desk,
            seq=int(r["seq"]),
            at=str(r["at"]),
            base_version=int(codes["base_version"]),
            version=int(codes["version"]),
            status=str(codes.get("status", "")),
            measures=tuple(str(m[0]) for m in codes.get("measures", [])),
            decided_on=str(codes.get("decided_on") or ""),
            user=str(codes.get("decided_by") or codes.get("created_by") or ""),
            mine=mine,
        )
        found.append((version, payload))
    return found


def competing(db: Database, uid: str, ref: str) -> list[ProtectionVersion]:
    """The snapshots of the latest version two or more desks changed the request from (else the last two)."""
    versions = [v for v, _ in _snapshots(db, uid, ref)]
    by_base: dict[int, list[ProtectionVersion]] = {}
    for v in versions:
        by_base.setdefault(v.base_version, []).append(v)
    shared = [b for b, vs in by_base.items() if len({v.desk for v in vs}) > 1]
    chosen = by_base[max(shared)] if shared else sorted(versions, key=lambda v: (v.version, v.desk))[-2:]
    return sorted(chosen, key=lambda v: (v.at, v.desk, v.seq))


def flagged(db: Database) -> list[ProtectionConflict]:
    """Flagged requests (at most :data:`MAX_LISTED`, oldest first), each with its competing snapshots."""
    rows = db.query(
        "SELECT p.id, c.uid, c.number FROM protection_requests p JOIN cases c ON c.id = p.case_id"
        " WHERE p.office_conflict = 1 ORDER BY p.id LIMIT ?",
        (MAX_LISTED,),
    )
    out = []
    for r in rows:
        ref = _ref(db, int(r["id"]))
        out.append(
            ProtectionConflict(
                int(r["id"]), ref, str(r["uid"]), str(r["number"]), tuple(competing(db, str(r["uid"]), ref))
            )
        )
    return out


def _ref(db: Database, rid: int) -> str:
    ref = str(db.scalar("SELECT office_ref FROM protection_requests WHERE id = ?", (rid,)) or "")
    return ref or f"{joined_desk(db) or ''}:{rid}"


def resolve(db: Database, ref: str, keep_desk: str, keep_seq: int, at: datetime) -> int:
    """Keep one competing snapshot of request ``ref`` (in the caller's transaction): applied here, sent as an
    event. Returns the request's new version. Nothing is deleted: every snapshot stays in the inbox/outbox."""
    rid = next((int(r["id"]) for r in _by_ref(db, ref)), None)
    if rid is None:
        raise ConflictGone()
    uid = case_of(db, ref)
    versions = competing(db, uid, ref)
    kept = next((v for v in versions if (v.desk, v.seq) == (keep_desk, keep_seq)), None)
    conflict = db.scalar("SELECT office_conflict FROM protection_requests WHERE id = ?", (rid,))
    payload = next((p for v, p in _snapshots(db, uid, ref) if (v.desk, v.seq) == (keep_desk, keep_seq)), None)
    if not conflict or kept is None or payload is None:
        raise ConflictGone()
    here, _ = _held(db, rid)
    codes = {k: v for k, v in payload["codes"].items() if k != "desk"}
    codes.update(
        base_version=here,
        version=here + 1,
        kept_desk=kept.desk,
        kept_seq=kept.seq,
        competing=sorted([v.desk, v.version] for v in versions),
    )
    event = {"codes": codes, "secret": payload["secret"]}
    write_protection(db, rid, 0, event, state=True)
    _hold(db, rid, here + 1, joined_desk(db) or "")
    record_event(db, RESOLVED, uid, at, event)
    return here + 1


def local_id(db: Database, ref: str) -> int | None:
    """This replica's id of request ``ref``."""
    return next((int(r["id"]) for r in _by_ref(db, ref)), None)


def case_of(db: Database, ref: str) -> str:
    """The uid of the case request ``ref`` belongs to ('' if it is not here)."""
    rid = next((int(r["id"]) for r in _by_ref(db, ref)), None)
    sql = "SELECT c.uid FROM protection_requests p JOIN cases c ON c.id = p.case_id WHERE p.id = ?"
    return "" if rid is None else str(db.scalar(sql, (rid,)) or "")


def _by_ref(db: Database, ref: str) -> list[Any]:
    desk, _, rid = ref.partition(":")
    if desk == (joined_desk(db) or ""):
        return db.query("SELECT id FROM protection_requests WHERE id = ? AND office_ref = ''", (int(rid),))
    return db.query("SELECT id FROM protection_requests WHERE office_ref = ?", (ref,))


def _hold(db: Database, rid: int, version: int, desk: str) -> None:
    db.execute(
        "UPDATE protection_requests SET office_version = ?, office_version_desk = ?, office_conflict = 0 WHERE id = ?",
        (version, desk, rid),
    )


def apply_resolution(db: Database, payload: dict[str, Any]) -> bool:
    """Another desk's resolution: held here if above the version held (the flag cleared), else the request has
    moved on past it here and is flagged again; False (wait) if the request is not here yet."""
    codes = payload["codes"]
    rid = next((int(r["id"]) for r in _by_ref(db, str(codes["ref"]))), None)
    if rid is None:
        return False
    version, desk = int(codes["version"]), str(codes.get("desk", ""))
    if (version, desk) > _held(db, rid):
        write_protection(db, rid, 0, payload, state=True)
        _hold(db, rid, version, desk)
    else:
        db.execute("UPDATE protection_requests SET office_conflict = 1 WHERE id = ?", (rid,))
    return True
