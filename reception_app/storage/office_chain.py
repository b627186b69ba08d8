"""The office audit chain on a desk (issue 21): a hash chain per desk over the office's events, signed heads.

Each event the server holds (case events, audit anchors, reveal events) is chained per desk:
``h(desk, n) = SHA-256(h(desk, n-1) | desk | seq | event uid | kind | case uid | canonical codes)``. The codes are
what the server stores in clear; the encrypted part is bound to (desk, seq, event uid, kind) by its AEAD, so the
server cannot swap it either. The **office head** is SHA-256 over every desk's ``(seq, h)``. A supervisor signs
it with the office audit key at login (``office.chain_heads`` on the server); every supervisor login checks the
signed heads received against the pinned manifest's audit key and against this desk's own chain at the same
sequence numbers, so neither a desk nor the server can rewrite the office's history unseen.

Local bookkeeping only (no psycopg): the server calls are in ``storage/office_chain_server.py``.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from reception_app.storage import crypto
from reception_app.storage.database import Database
from reception_app.storage.settings import get_setting, set_setting

K_PUSHED = "office.pushed_seq"  # storage/office.py's "pushed up to" mark
K_HEAD_TO_SEND = "office.head_to_send"
GENESIS = "0" * 64
_TABLES = (
    "CREATE TABLE IF NOT EXISTS office_chain (desk TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL,"
    " PRIMARY KEY (desk, seq)) STRICT",
    "CREATE TABLE IF NOT EXISTS office_signed_heads (id INTEGER PRIMARY KEY, desk TEXT NOT NULL,"
    " signer TEXT NOT NULL, heads TEXT NOT NULL, digest TEXT NOT NULL, signature BLOB NOT NULL,"
    " signed_at TEXT NOT NULL, checked INTEGER NOT NULL DEFAULT 0) STRICT",
)


@dataclass(frozen=True)
class SignedHead:
    """One office head as a supervisor signed it: per desk (seq, chain hash), the office digest, who, when."""

    desk: str
    signer: str
    heads: Mapping[str, tuple[int, str]]
    digest: str
    signature: bytes
    signed_at: str

    def message(self, fingerprint: str) -> bytes:
        """What the office audit key signs: the manifest fingerprint, who, when, every desk's head, the digest."""
        heads = sorted((d, s, h) for d, (s, h) in self.heads.items())
        body = json.dumps([fingerprint, self.desk, self.signer, self.signed_at, heads, self.digest])
        return b"reception_app office signed head v1|" + body.encode("utf-8")

    def as_json(self) -> dict[str, Any]:
        return {
            "desk": self.desk,
            "signer": self.signer,
            "heads": {d: [s, h] for d, (s, h) in sorted(self.heads.items())},
            "digest": self.digest,
            "signature": base64.b64encode(self.signature).decode("ascii"),
            "signed_at": self.signed_at,
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> SignedHead:
        heads = {str(d): (int(v[0]), str(v[1])) for d, v in dict(data["heads"]).items()}
        sig = data["signature"]
        signature = bytes(sig) if isinstance(sig, bytes | memoryview) else base64.b64decode(str(sig))
        return SignedHead(
            str(data["desk"]), str(data["signer"]), heads, str(data["digest"]), signature, str(data["signed_at"])
        )


def ensure_tables(db: Database) -> None:
    for ddl in _TABLES:
        db.execute(ddl)


def event_hash(prev: str, fields: tuple[Any, ...]) -> str:
    """The chain hash after one event; ``fields`` = (desk, seq, event uid, kind, case uid, codes)."""
    canonical = json.dumps(list(fields), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev}|".encode() + canonical.encode("utf-8")).hexdigest()


def office_digest(heads: Mapping[str, tuple[int, str]]) -> str:
    parts = "|".join(f"{d}:{s}:{h}" for d, (s, h) in sorted(heads.items()))
    return hashlib.sha256(b"reception_app office head v1|" + parts.encode()).hexdigest()


def _desks(db: Database, me: str) -> list[str]:
    """This desk and every desk it holds events from (an index skip per desk, no table scan)."""
    desks, last = [me], ""
    while (desk := db.scalar("SELECT min(desk) FROM office_inbox WHERE desk > ?", (last,))) is not None:
        desks.append(str(desk))
        last = str(desk)
    return desks


def _head(db: Database, desk: str) -> tuple[int, str]:
    row = db.query_one("SELECT seq, hash FROM office_chain WHERE desk = ? ORDER BY seq DESC LIMIT 1", (desk,))
    return (0, GENESIS) if row is None else (int(row["seq"]), str(row["hash"]))


def _advance_desk(db: Database, desk: str, me: str, limit: int) -> int:
    """Chain up to ``limit`` more events of ``desk`` in one short transaction; how many were chained."""
    with db.atomic():
        seq, prev = _head(db, desk)
        if desk == me:  # own events: those the server acknowledged
            pushed = int(get_setting(db, K_PUSHED, "0") or 0)
            rows = db.query(
                "SELECT * FROM office_outbox WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?", (seq, pushed, limit)
            )
        else:
            rows = db.query(
                "SELECT * FROM office_inbox WHERE desk = ? AND seq > ? ORDER BY seq LIMIT ?", (desk, seq, limit)
            )
        done = 0
        for r in rows:
            if int(r["seq"]) != seq + 1:
                break  # not contiguous (never expected: pulls and pushes go in order)
            seq = int(r["seq"])
            codes = json.loads(r["payload"]).get("codes", {})
            if desk == me:
                codes = {**codes, "desk": me}  # as storage.office.seal_event sends them
            prev = event_hash(prev, (desk, seq, str(r["event_uid"]), str(r["kind"]), r["case_uid"], codes))
            db.execute("INSERT INTO office_chain (desk, seq, hash) VALUES (?, ?, ?)", (desk, seq, prev))
            done += 1
    return done


def advance(db: Database, me: str, chunk: int = 2000) -> dict[str, tuple[int, str]]:
    """Chain every event this desk holds that the server also holds (own events once pushed); the heads.

    In transactions of ``chunk`` events, so intake on the desk's own connection never waits long for the write
    lock while a new desk chains a large office (≈ 57,000 events/s on the dev PC).
    """
    with db.atomic():
        ensure_tables(db)
    desks = _desks(db, me)
    for desk in desks:
        while _advance_desk(db, desk, me, chunk) == chunk:
            pass
    return {d: h for d in desks if (h := _head(db, d))[0] > 0}


def chain_hash(db: Database, desk: str, seq: int) -> str | None:
    value = db.scalar("SELECT hash FROM office_chain WHERE desk = ? AND seq = ?", (desk, seq))
    return None if value is None else str(value)


def sign_head(
    db: Database, *, me: str, signer: str, at: datetime, fingerprint: str, office_audit_private: bytes
) -> SignedHead:
    """Sign this desk's view of the office head and queue it for the server (the sync worker sends it)."""
    heads = advance(db, me)
    digest = office_digest(heads)
    at_text = at.isoformat(timespec="seconds")
    unsigned = SignedHead(me, signer, heads, digest, b"", at_text)
    head = replace(unsigned, signature=crypto.sign(office_audit_private, unsigned.message(fingerprint)))
    with db.atomic():
        queued = json.loads(get_setting(db, K_HEAD_TO_SEND, "") or "[]")
        set_setting(db, K_HEAD_TO_SEND, json.dumps([*queued, head.as_json()]))
    return head


def heads_to_send(db: Database) -> list[SignedHead]:
    return [SignedHead.from_json(h) for h in json.loads(get_setting(db, K_HEAD_TO_SEND, "") or "[]")]


def sent(db: Database, count: int) -> None:
    with db.atomic():
        queued = json.loads(get_setting(db, K_HEAD_TO_SEND, "") or "[]")
        set_setting(db, K_HEAD_TO_SEND, json.dumps(queued[count:]))


def last_received(db: Database) -> int:
    ensure_tables(db)
    return int(db.scalar("SELECT coalesce(max(id), 0) FROM office_signed_heads"))


def store_received(db: Database, rows: list[tuple[int, SignedHead]]) -> None:
    with db.atomic():
        ensure_tables(db)
        for server_id, h in rows:
            db.execute(
                "INSERT OR IGNORE INTO office_signed_heads (id, desk, signer, heads, digest, signature, signed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (server_id, h.desk, h.signer, json.dumps(h.as_json()["heads"]), h.digest, h.signature, h.signed_at),
            )


def check_received(db: Database, audit_public: bytes, fingerprint: str) -> list[str]:
    """Problems of the signed heads received (bad signature, digest, or a desk hash this desk holds otherwise).

    A head that checks out against everything this desk holds is marked checked and not looked at again; one
    that names events not pulled yet is checked again at the next login.
    """
    ensure_tables(db)
    problems: list[str] = []
    for r in db.query("SELECT * FROM office_signed_heads WHERE checked = 0 ORDER BY id"):
        head = SignedHead.from_json({**dict(r), "heads": json.loads(r["heads"]), "signature": bytes(r["signature"])})
        where = f"{head.desk}/{head.signer}/{head.signed_at}"
        if not crypto.verify_signature(audit_public, head.signature, head.message(fingerprint)):
            problems.append(f"chữ ký sai ({where})")
            continue
        if office_digest(head.heads) != head.digest:
            problems.append(f"mã tổng sai ({where})")
            continue
        missing = [d for d, (seq, _) in head.heads.items() if seq and chain_hash(db, d, seq) is None]
        differ = [
            f"bàn {d} đến số {seq} khác bản đã ký ({where})"
            for d, (seq, digest) in head.heads.items()
            if (chain_hash(db, d, seq) if seq else GENESIS) not in {None, digest}
        ]
        problems.extend(differ)
        if not missing and not differ:
            with db.atomic():
                db.execute("UPDATE office_signed_heads SET checked = 1 WHERE id = ?", (r["id"],))
    return problems
