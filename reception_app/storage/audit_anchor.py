"""Anchors of the audit chain outside its own rows (issue 16): recorded heads and required checkpoints.

:meth:`AuditLog.verify` proves the chain is internally consistent and that every checkpoint carries a valid
signature. An insider holding the DB key can still cut the tail, delete checkpoints and re-hash, or roll the
whole file back. These checks compare the chain with what was recorded elsewhere:

- every recorded head (vault.json, OS keyring, backup manifests): the chain must reach its ``seq`` and have
  the same hash there;
- every action that is signed when it happens (reveals, key and role changes, security checks, rollback
  acknowledgements) must have a checkpoint exactly at its ``seq``;
- a head recorded as signed must have its checkpoint in the table (the unsigned tail cannot be older than it);
- every identity disclosure, account change and day's first login must be signed by the audit key, by the
  ephemeral key its reveal grant delegated to, or by the acting user's certified key (``attestations.check``).

Run only after :meth:`AuditLog.verify` succeeded: the stored hashes are then known to be the chain's.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from reception_app.storage import attestations, crypto
from reception_app.storage.audit import VerifyReport
from reception_app.storage.database import Database
from reception_app.storage.mirror import HeadRecord

# Actions after which the session signs a checkpoint at once (the checkpoint's seq is the action's seq).
SIGNED_ACTIONS = frozenset(
    {
        "reveal_granted",
        "attachment_opened",
        "protection_reveal_granted",
        "role_granted",
        "security_check",
        "keys_repinned",
        "rollback_acknowledged",
        "identity_key_rotated",
        "identity_duplicate_check",  # a supervisor approved an ID-number lookup at the desk (issue 23)
        "user_keys_certified",  # the audit key certified users' personal signing keys
    }
)

_SOURCE_VI = {"vault": "tệp vault.json", "keyring": "kho khóa hệ điều hành", "backup": "bản sao lưu", "code": "mã mốc"}


def backup_heads(db: Database, folder: Path) -> list[HeadRecord]:
    """Heads recorded in the manifests of the backups in ``folder`` made after the last restore.

    A restore, or a rollback a supervisor acknowledged, puts an older chain back (and records both heads):
    backups made before it are skipped.
    """
    from reception_app.storage.backup import MANIFEST, list_backups

    last_restore = db.scalar(
        "SELECT max(at) FROM audit_log WHERE action IN ('backup_restored', 'rollback_acknowledged')"
    )
    since = datetime.fromisoformat(str(last_restore)) if last_restore else None
    heads = []
    for path in list_backups(folder):
        try:
            manifest = json.loads((path / MANIFEST).read_text("utf-8"))
            created = datetime.fromisoformat(str(manifest["created_at"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        head = HeadRecord.from_dict(manifest.get("audit_head"), "backup")
        try:
            after_restore = since is None or created > since
        except TypeError:  # a naive time in a hand-made manifest: compare anyway
            after_restore = True
        if head is not None and after_restore:
            heads.append(head)
    return heads


def head_problem(db: Database, head: HeadRecord) -> str | None:
    """Why the chain in ``db`` does not contain ``head`` (None: it does)."""
    row = db.query_one("SELECT hash FROM audit_log WHERE seq = ?", (head.seq,)) if head.seq > 0 else None
    where = _SOURCE_VI.get(head.source, head.source or "mốc đã ghi")
    if head.seq > 0 and row is None:
        return f"chuỗi nhật ký ngắn hơn mốc đã ghi trong {where} (bản ghi số {head.seq})"
    if row is not None and str(row["hash"]) != head.hash:
        return f"chuỗi nhật ký đã bị viết lại: khác với mốc đã ghi trong {where} ở bản ghi số {head.seq}"
    return None


def verify_anchors(
    db: Database, report: VerifyReport, heads: Iterable[HeadRecord], audit_public: bytes
) -> VerifyReport:
    """Extend a successful chain verification with the anchor checks; returns the first failure found."""
    if not report.ok:
        return report
    checkpoints = {int(r["seq"]): r for r in db.query("SELECT seq, hash, signature FROM audit_checkpoints ORDER BY id")}
    for head in sorted(heads, key=lambda h: h.seq):
        problem = head_problem(db, head)
        if problem:
            return VerifyReport(False, report.entries, report.checkpoints, head.seq, problem)
        if head.signed and head.seq > 0 and head.seq not in checkpoints:
            return VerifyReport(
                False,
                report.entries,
                report.checkpoints,
                head.seq,
                "thiếu điểm ký xác nhận đã được ghi nhận (điểm ký bị xóa)",
            )
    placeholders = ",".join("?" for _ in SIGNED_ACTIONS)
    for row in db.query(
        f"SELECT seq, action FROM audit_log WHERE action IN ({placeholders}) ORDER BY seq", tuple(SIGNED_ACTIONS)
    ):
        seq = int(row["seq"])
        cp = checkpoints.get(seq)
        if cp is None:
            return VerifyReport(
                False, report.entries, report.checkpoints, seq, f"thiếu điểm ký xác nhận sau thao tác {row['action']}"
            )
        if not crypto.verify_signature(audit_public, base64.b64decode(cp["signature"]), f"{seq}|{cp['hash']}".encode()):
            return VerifyReport(False, report.entries, report.checkpoints, seq, "điểm ký không do khóa đã ghim ký")
    attested = attestations.check(db, audit_public, set(checkpoints))
    if attested is not None:
        return VerifyReport(False, report.entries, report.checkpoints, attested[0], attested[1])
    return report
