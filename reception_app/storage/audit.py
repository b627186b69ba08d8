"""Append-only audit log: SHA-256 hash chain plus supervisor-signed checkpoints (ARCHITECTURE §5)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reception_app.storage import audit_walk, crypto
from reception_app.storage.database import Database

GENESIS = audit_walk.GENESIS

# Keys allowed in details: ids, codes, counts, enum values, and the supervisor's written reveal reason
# (required by ARCHITECTURE §4; it lives only inside the encrypted database). Never identity fields.
_SAFE_DETAIL = frozenset(
    {
        "office_desk",  # office mode (issue 21): desk code, number and server host of the office joined
        "server_seq",  # a server restored from an older dump: its mark and the desk's (storage/office_resend.py)
        "pushed_seq",
        "pulled_seq",
        "office_desk_no",
        "office_host",
        "number",
        "reporter_codes",
        "fields",
        "reason_id",
        "supervisor",
        "minutes",
        "kind",
        "roles",
        "username",
        "target",
        "count",
        "seq",
        "user_hash",
        "approver",
        "warnings",
        "reporters",
        "documents",
        "at_recorded",
        "reason_length",
        "query_tokens",
        "outcome",
        "version",
        "expires_at",
        "grant_id",  # a reveal's delegation to its ephemeral key (issue 16): public key and the audit-key signature
        "delegate_public",
        "delegate_sig",
        "recovery",
        "reason",
        "size",
        # printed documents (never identity; "disclosure_basis" is the recorded legal reason or consent)
        "doc_kind",
        "doc_number",
        "copies",
        "copy_roles",
        "identity_copies",
        "shows_identity",
        "identity_source",
        "reprint",
        "disclosure_basis",
        "date_from",
        "date_to",
        # case handling (issue 5): codes, ids, dates and counts only; free-text reasons are audited by length
        "move",
        "from_status",
        "to_status",
        "decision",
        "result",
        "decision_number",
        "agency_id",
        "codes",
        "rule",
        "due_on",
        "step_id",
        "transfer_id",
        "other_case",
        "admissible",
        "jurisdiction",
        "group",
        "repeat_count",
        "day",
        # return visits (the reception logbook): ids and counts; the note is audited by length only
        "visit_id",
        "people",
        "led_by_head",
        "day_kind",
        "request_id",
        "measures",
        "status",
        "persons",
        "report_id",
        "seeded",
        # issue 18: a user name typed into a supervisor field that is no account (keyed hash, never the text);
        # weak password at login; identity guard on free text (counts only)
        "supervisor_hash",
        "password_change_required",
        "identity_kept",
        "identity_replaced",
        # issue 16: audit heads (seq and hash prefixes), key checks
        "recorded_hash",
        "head_seq",
        "head_hash",
        "replaced_seq",
        "replaced_hash",
        "checked",
        "key_id",
        "old_key_id",
    }
)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    case_uid: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    entries: int
    checkpoints: int
    first_broken_seq: int | None = None
    problem: str = ""

    def text(self) -> str:
        if self.ok:
            return f"Nhật ký toàn vẹn: {self.entries} bản ghi, {self.checkpoints} điểm ký xác nhận hợp lệ."
        return f"Nhật ký bị sửa đổi: mắt xích hỏng đầu tiên ở bản ghi số {self.first_broken_seq} ({self.problem})."


def _canonical(seq: int, *, at: str, actor: str, action: str, case_uid: str | None, details: dict[str, Any]) -> bytes:
    entry = {"seq": seq, "at": at, "actor": actor, "action": action, "case_uid": case_uid, "details": details}
    return json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def entry_hash(prev_hash: str, canonical: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


class AuditLog:
    """Writes and verifies the chain. ``append`` must run inside the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def head(self) -> tuple[int, str]:
        row = self._db.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        return (0, GENESIS) if row is None else (int(row["seq"]), str(row["hash"]))

    def append(
        self,
        *,
        at: datetime,
        actor: str,
        action: str,
        case_uid: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> int:
        details = dict(details or {})
        unknown = set(details) - _SAFE_DETAIL
        if unknown:  # a programming error: details must be ids and codes only
            raise ValueError(f"audit details not allowed: {sorted(unknown)}")
        with self._db.atomic():
            last_seq, prev = self.head()
            seq = last_seq + 1
            at_text = at.isoformat(timespec="microseconds")
            digest = entry_hash(
                prev, _canonical(seq, at=at_text, actor=actor, action=action, case_uid=case_uid, details=details)
            )
            self._db.execute(
                "INSERT INTO audit_log (seq, at, actor, action, case_uid, details, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    seq,
                    at_text,
                    actor,
                    action,
                    case_uid,
                    json.dumps(details, ensure_ascii=False, sort_keys=True),
                    prev,
                    digest,
                ),
            )
        return seq

    def checkpoint(self, *, at: datetime, signer: str, audit_private: bytes) -> int:
        """Sign the current head (done at every supervisor login)."""
        seq, digest = self.head()
        signature = crypto.sign(audit_private, f"{seq}|{digest}".encode())
        return self._db.execute(
            "INSERT INTO audit_checkpoints (seq, hash, at, signer, signature) VALUES (?, ?, ?, ?, ?)",
            (seq, digest, at.isoformat(timespec="seconds"), signer, base64.b64encode(signature).decode()),
        )

    def entries(
        self, *, case_uid: str | None = None, limit: int = 200, before_seq: int | None = None
    ) -> list[AuditEntry]:
        where: list[str] = []
        params: list[object] = []
        if case_uid is not None:
            where.append("case_uid = ?")
            params.append(case_uid)
        if before_seq is not None:
            where.append("seq < ?")
            params.append(before_seq)
        sql = "SELECT * FROM audit_log" + (" WHERE " + " AND ".join(where) if where else "")
        rows = self._db.query(sql + " ORDER BY seq DESC LIMIT ?", (*params, limit))
        return [self._entry(r) for r in rows]

    @staticmethod
    def _entry(r: dict[str, Any]) -> AuditEntry:
        return AuditEntry(
            r["seq"],
            r["at"],
            r["actor"],
            r["action"],
            r["case_uid"],
            json.loads(r["details"]),
            r["prev_hash"],
            r["hash"],
        )

    def verify(
        self,
        audit_public: bytes,
        *,
        batch: int = 5000,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        source: audit_walk.WalkSource | None = None,
        workers: int | None = None,
    ) -> VerifyReport:
        """Walk the whole chain and every checkpoint; name the first broken link.

        A fast pass checks an intact chain; only if it finds anything wrong does the exact walk below run again
        to name the first broken link and why. With ``source`` (the database file and key) a long chain's fast
        pass runs in worker processes over ranges (:mod:`reception_app.storage.audit_walk`; ``workers`` overrides
        the count chosen from the chain's length, 1 = in process). ``progress(done, total)`` after each batch of
        the fast pass; ``cancelled()`` is asked between batches and stops the walk with ``VerifyCancelled``.
        """
        checkpoint_seqs = {int(r["seq"]) for r in self._db.query("SELECT seq FROM audit_checkpoints")}
        total = int(self._db.scalar("SELECT coalesce(max(seq), 0) FROM audit_log"))
        procs = audit_walk.workers_for(total) if workers is None else workers
        if source is not None and procs > 1:
            fast = audit_walk.parallel_walk(
                source, total, checkpoint_seqs, progress, workers=procs, cancelled=cancelled
            )
        else:
            fast = _fast_walk(self._db, checkpoint_seqs, progress, cancelled=cancelled)
        if fast is not None:
            count, hashes_at = fast
        else:
            broken, count, hashes_at = self._exact_walk(checkpoint_seqs, batch)
            if broken is not None:
                return broken
        return self._check_checkpoints(audit_public, count, hashes_at)

    def verify_since(
        self, audit_public: bytes, seq: int, *, progress: Callable[[int, int], None] | None = None
    ) -> VerifyReport | None:
        """Incremental check (issue 20): from the signed checkpoint at ``seq``, which an earlier full
        :meth:`verify` passed, to the head, plus every checkpoint after it. None when that checkpoint is gone or
        does not match (the caller then runs the full walk, which names the cause).

        What it trusts: the entries up to ``seq``, proven when the full walk passed; the checkpoint's signature
        under the pinned key still binds them (a rewrite of the earlier chain that kept every stored hash is only
        found by a full walk, which ``audit verify`` and the supervisor's button still run).
        """
        cp = self._db.query_one("SELECT * FROM audit_checkpoints WHERE seq = ? ORDER BY id DESC LIMIT 1", (seq,))
        row = self._db.query_one("SELECT hash FROM audit_log WHERE seq = ?", (seq,))
        if cp is None or row is None or row["hash"] != cp["hash"]:
            return None
        if not crypto.verify_signature(audit_public, base64.b64decode(cp["signature"]), f"{seq}|{cp['hash']}".encode()):
            return None
        later = {int(r["seq"]) for r in self._db.query("SELECT seq FROM audit_checkpoints WHERE seq > ?", (seq,))}
        fast = _fast_walk(self._db, later | {seq}, progress, start=(seq, str(cp["hash"])))
        if fast is None:
            return None
        count, hashes_at = fast
        hashes_at[seq] = str(cp["hash"])
        return self._check_checkpoints(audit_public, count, hashes_at, since=seq)

    def last_checkpoint_seq(self) -> int:
        """The newest signed checkpoint's position in the chain (0 if none)."""
        return int(self._db.scalar("SELECT coalesce(max(seq), 0) FROM audit_checkpoints"))

    def _exact_walk(self, checkpoint_seqs: set[int], batch: int) -> tuple[VerifyReport | None, int, dict[int, str]]:
        prev, expected_seq, count, last = GENESIS, 1, 0, 0
        hashes_at: dict[int, str] = {}
        while True:
            rows = self._db.query("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch))
            if not rows:
                break
            for r in rows:
                seq = int(r["seq"])
                if seq != expected_seq:
                    return VerifyReport(False, count, 0, expected_seq, "thiếu bản ghi (bị xóa)"), count, hashes_at
                if r["prev_hash"] != prev:
                    return (
                        VerifyReport(False, count, 0, seq, "liên kết tới bản ghi trước không khớp"),
                        count,
                        hashes_at,
                    )
                try:
                    details = json.loads(r["details"])
                except ValueError:
                    return VerifyReport(False, count, 0, seq, "chi tiết không đọc được"), count, hashes_at
                digest = entry_hash(
                    prev,
                    _canonical(
                        seq, at=r["at"], actor=r["actor"], action=r["action"], case_uid=r["case_uid"], details=details
                    ),
                )
                if digest != r["hash"]:
                    return VerifyReport(False, count, 0, seq, "nội dung bản ghi đã bị sửa"), count, hashes_at
                if seq in checkpoint_seqs:
                    hashes_at[seq] = digest
                prev, expected_seq, count, last = digest, seq + 1, count + 1, seq
        return None, count, hashes_at

    def _check_checkpoints(
        self, audit_public: bytes, count: int, hashes_at: dict[int, str], *, since: int = -1
    ) -> VerifyReport:
        checkpoints = self._db.query("SELECT * FROM audit_checkpoints WHERE seq >= ? ORDER BY id", (since,))
        for cp in checkpoints:
            seq = int(cp["seq"])
            sig_ok = crypto.verify_signature(
                audit_public, base64.b64decode(cp["signature"]), f"{seq}|{cp['hash']}".encode()
            )
            if not sig_ok:
                return VerifyReport(False, count, len(checkpoints), seq, "chữ ký điểm xác nhận không hợp lệ")
            if seq > count:
                return VerifyReport(
                    False, count, len(checkpoints), count + 1, "các bản ghi cuối đã bị xóa sau điểm xác nhận"
                )
            if seq > 0 and hashes_at.get(seq) != cp["hash"]:
                return VerifyReport(False, count, len(checkpoints), seq, "không khớp với điểm ký xác nhận")
        return VerifyReport(True, count, len(checkpoints))


def _fast_walk(
    db: Database,
    checkpoint_seqs: set[int],
    progress: Callable[[int, int], None] | None,
    *,
    start: tuple[int, str] = (0, GENESIS),
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, dict[int, str]] | None:
    """Check an intact chain quickly: (entries, hashes at checkpoint seqs), or None at the first doubt.

    Same rule and the same bytes as the exact walk (:func:`reception_app.storage.audit_walk.check_rows`), built
    faster: tuples from the raw cursor, the canonical JSON assembled as text. Any mismatch returns None and the
    caller runs the exact walk to name the first broken link. Measured in bench group "jobs" (issue 20).
    """
    return audit_walk.fast_walk(db.connection, checkpoint_seqs, progress, start=start, cancelled=cancelled)
