"""Checkpoints signed by keys other than the audit key, and the certified per-user keys (issue 16).

The audit private key is only in a supervisor's slot, so an officer's or an admin's session cannot sign a
checkpoint with it. Two kinds of *attestation* (a signature over one entry of the chain) close that gap:

- ``grant``: at a reveal the supervisor's audit key signs a **delegation** (grant id, case, an ephemeral
  Ed25519 public key, expiry) that is written into the ``reveal_granted`` entry, itself checkpointed by the
  audit key. The ephemeral private key lives only in the grant (dropped at its end); it signs the
  ``identity_disclosed`` entries of that case made with the grant.
- ``user``: every user slot holds a personal Ed25519 key; its public half is **certified** by the audit key
  (``user_keys``). Account changes and the day's first login on a desk are attested with the acting user's key.

:func:`check` is what ``audit verify`` runs (after the chain and the audit-key checkpoints verified): every
attestation must be valid, and every entry that must be attested (after the chain's ``attestations_started``
entry: older chains were written without them) must have one — or an audit-key checkpoint at its seq.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from datetime import datetime

from reception_app.storage import crypto
from reception_app.storage.database import Database, Row

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_attestations (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,               -- 'grant' (key_ref: seq of the delegating reveal_granted) or 'user'
    key_ref TEXT NOT NULL,            -- 'user': the username whose certified key signed
    signature TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS audit_attestations_seq ON audit_attestations (seq);
-- audit verify looks entries up by action (signed actions, disclosures, account changes, logins): no full scans
CREATE INDEX IF NOT EXISTS audit_action ON audit_log (action, seq, at);

CREATE TABLE IF NOT EXISTS user_keys (
    username TEXT NOT NULL,
    public TEXT NOT NULL,             -- hex Ed25519 public key of one of the user's slots (kept after a reset)
    certificate TEXT NOT NULL DEFAULT '',  -- base64 audit-key signature of certificate_message ('' = pending)
    certified_by TEXT NOT NULL DEFAULT '',
    certified_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (username, public)
) STRICT;
"""

START_ACTION = "attestations_started"
# Account changes made in sessions that may hold no audit key: each needs a checkpoint or a user attestation.
ACCOUNT_ACTIONS = frozenset({"user_created", "user_deactivated", "password_reset", "password_changed"})
DISCLOSURE_ACTIONS = frozenset({"identity_disclosed", "document_printed"})
USER_ATTESTED = ACCOUNT_ACTIONS | {"login"}
KeysFor = Callable[[str, int], list[bytes]]  # (username, attested seq) -> the public keys that may have signed


def grant_id(token: str) -> str:
    """What names a reveal grant in the log (the token itself stays secret)."""
    return hashlib.sha256(b"reception_app grant id|" + token.encode()).hexdigest()[:24]


def delegation_message(gid: str, case_uid: str, public: bytes, expires_at: str) -> bytes:
    return f"reception_app grant v1|{gid}|{case_uid}|{public.hex()}|{expires_at}".encode()


def certificate_message(username: str, public: bytes) -> bytes:
    return f"reception_app user key v1|{username}|{public.hex()}|audit checkpoints".encode()


def _attest_message(kind: str, key_ref: str, seq: int, digest: str) -> bytes:
    return f"reception_app attest v1|{kind}|{key_ref}|{seq}|{digest}".encode()


def attest(db: Database, *, at: datetime, kind: str, key_ref: str, private: bytes) -> int:
    """Sign the chain's current head (the entry just appended) with ``private``; returns its seq."""
    row = db.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    if row is None:
        return 0
    seq, digest = int(row["seq"]), str(row["hash"])
    signature = crypto.sign(private, _attest_message(kind, key_ref, seq, digest))
    db.execute(
        "INSERT INTO audit_attestations (seq, hash, at, kind, key_ref, signature) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, digest, at.isoformat(timespec="seconds"), kind, key_ref, base64.b64encode(signature).decode()),
    )
    return seq


def first_login_of_day(db: Database, seq: int) -> bool:
    """True when the ``login`` entry at ``seq`` is the first of its (UTC) date: it must be attested."""
    row = db.query_one("SELECT at FROM audit_log WHERE seq = ?", (seq,))
    before = db.query_one(  # only logins since signatures started count (an upgrade day starts afresh)
        "SELECT at FROM audit_log WHERE action = 'login' AND seq < ? AND seq > (SELECT coalesce(min(seq), 0)"
        " FROM audit_log WHERE action = ?) ORDER BY seq DESC LIMIT 1",
        (seq, START_ACTION),
    )
    return row is not None and (before is None or str(before["at"])[:10] != str(row["at"])[:10])


# --- user keys -----------------------------------------------------------------------------------------------


def register_key(db: Database, username: str, public: bytes) -> bool:
    """Record ``username``'s slot key, pending certification, unless it is recorded already. True: new."""
    if db.scalar("SELECT 1 FROM user_keys WHERE username = ? AND public = ?", (username, public.hex())):
        return False
    db.execute("INSERT INTO user_keys (username, public) VALUES (?, ?)", (username, public.hex()))
    return True


def certify(db: Database, username: str, public: bytes, *, audit_private: bytes, by: str, at: datetime) -> None:
    """The audit key certifies ``public`` as ``username``'s key (inserted or replacing what was recorded)."""
    cert = base64.b64encode(crypto.sign(audit_private, certificate_message(username, public))).decode()
    db.execute(
        "INSERT INTO user_keys (username, public, certificate, certified_by, certified_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (username, public) DO UPDATE SET certificate = excluded.certificate,"
        " certified_by = excluded.certified_by, certified_at = excluded.certified_at",
        (username, public.hex(), cert, by, at.isoformat(timespec="seconds")),
    )


def pending_keys(db: Database) -> list[tuple[str, bytes]]:
    """Keys recorded but not certified yet: (username, public)."""
    return [
        (str(r["username"]), bytes.fromhex(str(r["public"])))
        for r in db.query("SELECT username, public FROM user_keys WHERE certificate = '' ORDER BY username")
    ]


def certified_keys(db: Database, audit_public: bytes) -> tuple[dict[str, list[bytes]], str | None]:
    """(username → certified public keys, the first forged certificate's username or None)."""
    good: dict[str, list[bytes]] = {}
    for r in db.query("SELECT username, public, certificate FROM user_keys WHERE certificate != ''"):
        name, public = str(r["username"]), bytes.fromhex(str(r["public"]))
        try:
            sig = base64.b64decode(str(r["certificate"]))
        except ValueError:
            return good, name
        if not crypto.verify_signature(audit_public, sig, certificate_message(name, public)):
            return good, name
        good.setdefault(name, []).append(public)
    return good, None


# --- the verifier ----------------------------------------------------------------------------------------------


def _delegate_key(db: Database, key_ref: str, case_uid: str | None, seq: int, audit_public: bytes) -> bytes | None:
    """The ephemeral key the reveal_granted at ``key_ref`` delegated for ``case_uid`` (None: no valid one)."""
    if not key_ref.isdigit() or int(key_ref) >= seq:
        return None
    row = db.query_one("SELECT action, case_uid, details FROM audit_log WHERE seq = ?", (int(key_ref),))
    if row is None or row["action"] != "reveal_granted" or row["case_uid"] != case_uid:
        return None
    details = json.loads(str(row["details"]))
    try:
        public = bytes.fromhex(str(details["delegate_public"]))
        sig = base64.b64decode(str(details["delegate_sig"]))
        message = delegation_message(str(details["grant_id"]), str(case_uid), public, str(details["expires_at"]))
    except (KeyError, ValueError):
        return None
    return public if crypto.verify_signature(audit_public, sig, message) else None


def _signer_keys(db: Database, r: Row, entry: Row, keys_for: KeysFor, audit_public: bytes) -> list[bytes] | str:
    """The keys that may have signed attestation ``r`` of ``entry``, or why none may."""
    seq, kind, key_ref = int(str(r["seq"])), str(r["kind"]), str(r["key_ref"])
    if kind == "grant":
        if entry["action"] not in DISCLOSURE_ACTIONS:
            return "khóa ủy quyền của lần mở danh tính được dùng cho thao tác khác"
        case_uid = entry["case_uid"]
        public = _delegate_key(db, key_ref, str(case_uid) if case_uid is not None else None, seq, audit_public)
        return [public] if public else "khóa ủy quyền của lần mở danh tính không hợp lệ hoặc thuộc hồ sơ khác"
    if kind == "user":
        if entry["action"] not in USER_ATTESTED or str(entry["actor"]) != key_ref:
            return f"khóa của tài khoản {key_ref} ký một bản ghi không phải của mình"
        return keys_for(key_ref, seq) or f"khóa ký của tài khoản {key_ref} chưa được lãnh đạo chứng nhận"
    return "chữ ký xác nhận không rõ loại"


def _attestation_problem(db: Database, r: Row, keys_for: KeysFor, audit_public: bytes) -> str | None:
    seq, kind, key_ref = int(str(r["seq"])), str(r["kind"]), str(r["key_ref"])
    entry = db.query_one("SELECT actor, action, case_uid, hash FROM audit_log WHERE seq = ?", (seq,))
    if entry is None:
        return "chuỗi nhật ký ngắn hơn một chữ ký xác nhận (các bản ghi cuối đã bị xóa)"
    if str(entry["hash"]) != str(r["hash"]):
        return "bản ghi không khớp với chữ ký xác nhận của nó"
    keys = _signer_keys(db, r, entry, keys_for, audit_public)
    if isinstance(keys, str):
        return keys
    try:
        sig = base64.b64decode(str(r["signature"]))
    except ValueError:
        sig = b""
    message = _attest_message(kind, key_ref, seq, str(r["hash"]))
    if not any(crypto.verify_signature(public, sig, message) for public in keys):
        return "chữ ký xác nhận không do khóa được ủy quyền hoặc đã chứng nhận ký"
    return None


def _required(db: Database, start: int, start_day: str) -> list[tuple[int, str]]:
    """Entries after ``start`` that need a signature: disclosures, account changes, each day's first login.

    Logins dated before ``start_day`` (history written by a data generator or an import) need none.
    """
    wanted = sorted(ACCOUNT_ACTIONS | {"identity_disclosed"})
    marks = ",".join("?" for _ in wanted)
    rows = [
        (int(r["seq"]), str(r["action"]))
        for r in db.query(f"SELECT seq, action FROM audit_log WHERE seq > ? AND action IN ({marks})", (start, *wanted))
    ]
    rows += [
        (int(r["seq"]), "login")
        for r in db.query(
            "SELECT min(seq) AS seq FROM audit_log WHERE seq > ? AND action = 'login' AND substr(at, 1, 10) >= ?"
            " GROUP BY substr(at, 1, 10)",
            (start, start_day),
        )
    ]
    return sorted(rows)


def check(db: Database, audit_public: bytes, checkpoint_seqs: set[int]) -> tuple[int, str] | None:
    """The first problem with the attestations as (seq, Vietnamese cause), or None."""
    certs, forged = certified_keys(db, audit_public)
    if forged is not None:
        return 0, f"chứng nhận khóa của tài khoản {forged} không do khóa nhật ký đã ghim ký (giả mạo)"
    # A key still pending certification counts only for entries after the last supervisor check: that check
    # certifies every key a slot shows, so a key left pending by it was never a user's (docs/SECURITY.md §5.1).
    pending: dict[str, list[bytes]] = {}
    for name, public in pending_keys(db):
        pending.setdefault(name, []).append(public)
    last_check = int(db.scalar("SELECT coalesce(max(seq), 0) FROM audit_log WHERE action = 'security_check'"))

    def keys_for(username: str, seq: int) -> list[bytes]:
        return certs.get(username, []) + (pending.get(username, []) if seq > last_check else [])

    valid: dict[int, str] = {}
    for r in db.query("SELECT seq, hash, kind, key_ref, signature FROM audit_attestations ORDER BY id"):
        problem = _attestation_problem(db, r, keys_for, audit_public)
        if problem:
            return int(r["seq"]), problem
        valid[int(r["seq"])] = str(r["kind"])
    start = db.query_one("SELECT seq, at FROM audit_log WHERE action = ? ORDER BY seq LIMIT 1", (START_ACTION,))
    if start is None:
        return None
    for seq, action in _required(db, int(start["seq"]), str(start["at"])[:10]):
        if seq in checkpoint_seqs:
            continue
        if action == "identity_disclosed" and valid.get(seq) != "grant":
            return seq, "lần công bố danh tính trong văn bản thiếu chữ ký của lần mở danh tính đã ủy quyền"
        if action != "identity_disclosed" and valid.get(seq) != "user":
            what = "đăng nhập đầu ngày" if action == "login" else f"thay đổi tài khoản ({action})"
            return seq, f"thiếu điểm ký xác nhận sau {what}"
    return None
