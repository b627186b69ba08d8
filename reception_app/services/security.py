"""Checks a supervisor's session runs against an insider with file access (issue 16, docs/SECURITY.md).

- :func:`check_keys`: every slot's pinned public keys, the vault's and the database's copies and the signed
  key statement must match the keys in the supervisor's own (authenticated) slot; every identity, scan and
  protection record sealed since the last check must open with the identity private key.
- :func:`detect_rollback`: the database's audit chain must contain every head recorded outside it.
- the signed "checked up to" marks, the alarm that stops sealing, the off-desk head code.

No Qt; the functions take the open database and the vault, so the desk facade stays the only caller.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from reception_app.storage import crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit import AuditLog
from reception_app.storage.audit_anchor import head_problem
from reception_app.storage.database import Database, Row
from reception_app.storage.mirror import HeadRecord, head_code
from reception_app.storage.vault import KeySet, Vault, key_statement

ALARM_KEY = "security.alarm"
MARKS_KEY = "keycheck.marks"
MARKS_SIG_KEY = "keycheck.sig"
_MARK_NAMES = ("reporters", "attachments", "protection", "retaliation")

# Vietnamese texts of each finding (shown as is on the supervisor's screen).
FINDING_TEXT = {
    "slot_keys": "Khóa công khai trong ô khóa của tài khoản {who} khác khóa đã ghim: có thể đã bị tráo khóa.",
    "vault_keys": "Khóa công khai ghi trong tệp vault.json khác khóa đã ghim.",
    "db_keys": "Khóa công khai ghi trong cơ sở dữ liệu khác khóa đã ghim.",
    "statement": "Chữ ký xác nhận bộ khóa của máy này không hợp lệ.",
    "own_slot": "Khóa công khai ghi trong ô khóa của chính lãnh đạo không khớp với khóa bí mật của ô đó.",
    "marks": "Dấu 'đã kiểm tra đến' trong cơ sở dữ liệu bị sửa (chữ ký không hợp lệ): đã kiểm tra lại toàn bộ.",
    "unreadable": (
        "{count} mục đã niêm phong (danh tính, bản quét, hồ sơ bảo vệ) không mở được bằng khóa danh tính "
        "(hồ sơ: {who}): có thể đã bị niêm phong bằng khóa giả."
    ),
}


@dataclass(frozen=True)
class Finding:
    code: str
    text: str


@dataclass(frozen=True)
class RollbackInfo:
    """The database is older than (or differs from) a head recorded outside it."""

    recorded: HeadRecord
    current_seq: int
    current_hash: str
    problem: str


@dataclass(frozen=True)
class SecurityReport:
    """What a supervisor login (or a check on request) found. ``findings`` empty: all good."""

    findings: tuple[Finding, ...] = ()
    checked: int = 0
    head_code: str = ""
    rollback: RollbackInfo | None = None
    previous_codes: tuple[str, ...] = field(default=())
    rotation_advised: str = ""  # a revoked supervisor's user name: offer an identity-key rotation

    @property
    def alarm(self) -> bool:
        return bool(self.findings)

    def text(self) -> str:
        if not self.findings:
            return f"Kiểm tra khóa: {self.checked} mục niêm phong mới đều mở được; khóa khớp. Mã mốc: {self.head_code}"
        return "CẢNH BÁO AN NINH:\n" + "\n".join("• " + f.text for f in self.findings)


# --- the signed "checked up to" marks -------------------------------------------------------------------


def _marks_message(marks: dict[str, int]) -> bytes:
    return b"reception_app keycheck v1|" + json.dumps(marks, sort_keys=True).encode()


def read_marks(db: Database, audit_public: bytes) -> tuple[dict[str, int], bool]:
    """(marks, trusted). Untrusted marks (edited, unsigned) are replaced by zeros: everything is checked."""
    text = settings_repo.get_setting(db, MARKS_KEY, "")
    sig = settings_repo.get_setting(db, MARKS_SIG_KEY, "")
    zero = dict.fromkeys(_MARK_NAMES, 0)
    if not text:
        return zero, True  # never checked (new or legacy database): check everything once
    try:
        marks = {k: int(v) for k, v in json.loads(text).items() if k in _MARK_NAMES}
        ok = crypto.verify_signature(audit_public, base64.b64decode(sig), _marks_message(marks))
    except (ValueError, TypeError, AttributeError):
        return zero, False
    return ({**zero, **marks}, True) if ok else (zero, False)


def write_marks(db: Database, marks: dict[str, int], audit_private: bytes) -> None:
    settings_repo.set_setting(db, MARKS_KEY, json.dumps(marks, sort_keys=True))
    signature = crypto.sign(audit_private, _marks_message(marks))
    settings_repo.set_setting(db, MARKS_SIG_KEY, base64.b64encode(signature).decode("ascii"))


def current_marks(db: Database) -> dict[str, int]:
    return {
        "reporters": int(db.scalar("SELECT coalesce(max(rowid), 0) FROM reporters")),
        "attachments": int(db.scalar("SELECT coalesce(max(rowid), 0) FROM attachments")),
        "protection": int(db.scalar("SELECT coalesce(max(id), 0) FROM protection_requests")),
        "retaliation": int(db.scalar("SELECT coalesce(max(id), 0) FROM retaliation_reports")),
    }


# --- trial-opening what was sealed since the last check ------------------------------------------------------


def sealed_since(
    db: Database, marks: dict[str, int], batch: int = 2000
) -> Iterator[tuple[str, int, str, bytes, bytes]]:
    """(table, rowid, case number, blob, associated data) of every sealed item newer than ``marks``."""
    queries = {
        "reporters": "SELECT r.rowid AS rid, c.number, c.uid, r.seq, r.sealed_identity AS blob FROM reporters r"
        " JOIN cases c ON c.id = r.case_id WHERE r.rowid > ? ORDER BY r.rowid LIMIT ?",
        "attachments": "SELECT a.rowid AS rid, c.number, c.uid, a.seq, a.sealed_blob AS blob FROM attachments a"
        " JOIN cases c ON c.id = a.case_id WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?",
        "protection": "SELECT p.id AS rid, c.number, c.uid, p.id AS seq, p.sealed_details AS blob, c.origin_desk,"
        " p.office_ref AS request_ref FROM protection_requests p JOIN cases c ON c.id = p.case_id"
        " WHERE p.id > ? ORDER BY p.id LIMIT ?",
        "retaliation": "SELECT t.id AS rid, c.number, c.uid, t.request_id AS seq, t.sealed_details AS blob,"
        " c.origin_desk, p.office_ref AS request_ref, t.office_ref AS report_ref"
        " FROM retaliation_reports t JOIN protection_requests p ON p.id = t.request_id"
        " JOIN cases c ON c.id = p.case_id WHERE t.id > ? ORDER BY t.id LIMIT ?",
    }
    me = settings_repo.get_setting(db, "office.desk", "")
    for table, sql in queries.items():
        last = marks.get(table, 0)
        while True:
            rows = db.query(sql, (last, batch))
            if not rows:
                break
            for r in rows:
                rid = int(r["rid"])
                ad = _item_ad(table, r, me)
                blob = bytes(r["blob"])
                last = rid
                if not blob and table in {"protection", "attachments"}:
                    # protection: inserted, sealed in the same transaction (an empty blob never commits);
                    # attachments: office mode, a file over the size cap stays on the desk that scanned it
                    continue
                yield table, rid, str(r["number"]), blob, ad


def _item_ad(table: str, r: Row, me: str) -> bytes:
    """The AD of a row of :func:`sealed_since`: origin ids for protection requests and reports (sealing_ad.py)."""
    from reception_app.services import sealing_ad

    uid, seq = str(r["uid"]), int(r["seq"])
    if table in {"reporters", "attachments"}:
        return sealing_ad.sealed_item_ad(table, uid, seq, int(r["rid"]))
    request = sealing_ad.request_key(me, str(r["origin_desk"]), str(r["request_ref"]), seq)
    if table == "protection":
        return sealing_ad.request_ad(uid, request)
    report = sealing_ad.report_key(me, str(r["request_ref"]), str(r["report_ref"]), int(r["rid"]))
    return sealing_ad.retaliation_ad(uid, request, report)


def _pin_findings(vault: Vault, db: Database, id_pub: bytes, audit_pub: bytes) -> list[Finding]:
    from reception_app.services.rotation import retired_keys, rotation_target  # rotation imports the desk

    retired = {bytes.fromhex(k) for k in retired_keys(db, audit_pub)}
    # between the database swap and the vault rewrite of a rotation, the install's key is already the new one
    accepted = {id_pub} | ({target} if (target := rotation_target(db, audit_pub)) else set())
    findings: list[Finding] = []
    for pins in vault.slot_pins():
        if pins.identity_public is None and pins.audit_public is None:
            continue  # a legacy slot without pins (re-pinned at the next password change)
        if pins.identity_public in retired and pins.audit_public == audit_pub:
            continue  # pinned before a rotation; moves to the new key at this user's next login
        if pins.identity_public != id_pub or pins.audit_public != audit_pub:
            who = pins.username or ("mã khôi phục" if pins.kind == "recovery" else pins.slot_id)
            findings.append(Finding("slot_keys", FINDING_TEXT["slot_keys"].format(who=who)))
    top_id, top_audit, statement = vault.top_level_keys()
    if top_id not in accepted or top_audit != audit_pub:
        findings.append(Finding("vault_keys", FINDING_TEXT["vault_keys"]))
    if not any(
        crypto.verify_signature(audit_pub, statement, key_statement(vault.install_id, key, audit_pub))
        for key in accepted
    ):
        findings.append(Finding("statement", FINDING_TEXT["statement"]))
    db_id = settings_repo.get_setting(db, "identity_public", "")
    db_audit = settings_repo.get_setting(db, "audit_public", "")
    if db_id not in {k.hex() for k in accepted} or db_audit != audit_pub.hex():
        findings.append(Finding("db_keys", FINDING_TEXT["db_keys"]))
    return findings


def check_keys(vault: Vault, db: Database, keys: KeySet) -> tuple[list[Finding], int]:
    """All key checks of a supervisor session. Returns (findings, sealed items trial-opened)."""
    if keys.identity_private is None or keys.audit_private is None:
        raise ValueError("a supervisor session is needed")
    # The supervisor's private keys are the ground truth: their public halves are what must be pinned.
    id_pub = crypto.identity_public_of(keys.identity_private)
    audit_pub = crypto.signing_public_of(keys.audit_private)
    findings = _pin_findings(vault, db, id_pub, audit_pub)
    if keys.identity_public != id_pub or keys.audit_public != audit_pub:
        findings.append(Finding("own_slot", FINDING_TEXT["own_slot"]))
    marks, trusted = read_marks(db, audit_pub)
    if not trusted:
        findings.append(Finding("marks", FINDING_TEXT["marks"]))
    new_marks = current_marks(db)
    from reception_app.services.identity import unreadable_items  # the one module that opens sealed items

    checked, bad, bad_cases = unreadable_items(keys.identity_private, sealed_since(db, marks))
    if bad:
        findings.append(Finding("unreadable", FINDING_TEXT["unreadable"].format(count=bad, who=", ".join(bad_cases))))
    with db.atomic():
        write_marks(db, {k: max(v, marks.get(k, 0)) for k, v in new_marks.items()}, keys.audit_private)
        if findings:
            settings_repo.set_setting(db, ALARM_KEY, json.dumps(sorted({f.code for f in findings})))
    return findings, checked


def is_legacy(keys: KeySet, db: Database) -> bool:
    """An install made before keys were pinned: the supervisor's slot has no pins and nothing was ever marked.

    An insider cannot fake this for a pinned install: stripping the pins from a supervisor's slot makes it
    unopenable (the pins are part of its associated data).
    """
    return not keys.pinned and not settings_repo.get_setting(db, MARKS_KEY, "")


def adopt_legacy(vault: Vault, db: Database, keys: KeySet) -> int:
    """First supervisor login after the upgrade: pin the keys of the supervisor's own slot, start the marks now.

    Items sealed before this moment are not trial-opened (returned count; written in docs/SECURITY.md).
    """
    if keys.identity_private is None or keys.audit_private is None:
        raise ValueError("a supervisor session is needed")
    id_pub = crypto.identity_public_of(keys.identity_private)
    audit_pub = crypto.signing_public_of(keys.audit_private)
    statement = crypto.sign(keys.audit_private, key_statement(vault.install_id, id_pub, audit_pub))
    vault.set_statement(id_pub, audit_pub, statement)
    marks = current_marks(db)
    with db.atomic():
        settings_repo.set_setting(db, "identity_public", id_pub.hex())
        settings_repo.set_setting(db, "audit_public", audit_pub.hex())
        settings_repo.set_setting(db, "key_statement", statement.hex())
        write_marks(db, marks, keys.audit_private)
    return sum(marks.values())


def alarm_codes(db: Database) -> list[str]:
    text = settings_repo.get_setting(db, ALARM_KEY, "")
    if not text:
        return []
    try:
        codes = json.loads(text)
    except ValueError:
        return ["unknown"]
    return [str(c) for c in codes] if isinstance(codes, list) else ["unknown"]


# --- heads -------------------------------------------------------------------------------------------------


def detect_rollback(vault: Vault, db: Database) -> RollbackInfo | None:
    """The first recorded head (newest first) the database's chain does not contain, or None."""
    seq, digest = AuditLog(db).head()
    for head in sorted(vault.recorded_heads(), key=lambda h: h.seq, reverse=True):
        problem = head_problem(db, head)
        if problem:
            return RollbackInfo(head, seq, digest, problem)
    return None


def current_head(db: Database, at: str) -> HeadRecord:
    seq, digest = AuditLog(db).head()
    signed = db.scalar("SELECT 1 FROM audit_checkpoints WHERE seq = ? AND hash = ?", (seq, digest)) is not None
    return HeadRecord(seq, digest, at, signed)


def code_of(db: Database) -> str:
    seq, digest = AuditLog(db).head()
    return head_code(seq, digest)
