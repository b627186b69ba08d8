"""Scanned attachments: sealed at save (an officer cannot read them back); opening one is an audited reveal."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from reception_app.models.attachments import check_attachment
from reception_app.models.errors import KnownError
from reception_app.services.desk import Desk
from reception_app.storage import attachments as repo
from reception_app.storage import cases as case_repo
from reception_app.storage import crypto
from reception_app.storage.crypto import DecryptionFailed
from reception_app.storage.errors import IdentityTampered


@dataclass(frozen=True)
class AttachmentInfo:
    """What anyone may see of an attachment: no file name (it may name the reporter), no content."""

    seq: int
    kind: str
    size: int
    added_by: str
    added_at: str


def _ad(case_uid: str, seq: int) -> bytes:
    return f"reception_app attachment|{case_uid}|{seq}|1".encode()


attachment_ad = _ad  # the supervisor's key check trial-opens new scans (services/security.py)


def _case(desk: Desk, case_uid: str) -> tuple[int, str]:
    _, db, _ = desk._require()
    row = case_repo.find_case_row(db, case_uid) if isinstance(case_uid, str) else None
    if row is None:
        raise KnownError("Không tìm thấy hồ sơ.")
    return int(row["id"]), str(row["number"])


def add_attachment(desk: Desk, case_uid: str, filename: str, data: bytes) -> AttachmentInfo:
    """Validate and seal a scanned file into the case. Nothing is written on any error."""
    session, db, keys = desk._require()
    desk.ensure_sealing_allowed()
    case_id, _ = _case(desk, case_uid)
    count, total = repo.count_for_case(db, case_id)
    name, kind = check_attachment(filename, data, existing_count=count, existing_bytes=total)
    encoded = name.encode("utf-8")
    plaintext = struct.pack(">H", len(encoded)) + encoded + bytes(data)
    now = desk._clock()
    with db.atomic():
        seq = repo.next_seq(db, case_id)
        sealed = crypto.seal(keys.identity_public, plaintext, _ad(case_uid, seq))
        repo.insert(
            db, case_id=case_id, seq=seq, kind=kind, size=len(data), sealed=sealed, added_by=session.username, now=now
        )
        desk._audit("attachment_added", case_uid=case_uid, seq=seq, kind=kind, size=len(data))
    return AttachmentInfo(seq, kind, len(data), session.username, now.isoformat(timespec="seconds"))


def list_attachments(desk: Desk, case_uid: str) -> list[AttachmentInfo]:
    _, db, _ = desk._require()
    case_id, _ = _case(desk, case_uid)
    return [AttachmentInfo(r.seq, r.kind, r.size, r.added_by, r.added_at) for r in repo.list_for_case(db, case_id)]


def open_attachment(
    desk: Desk, case_uid: str, seq: int, *, supervisor_username: str, supervisor_password: str, reason: str
) -> tuple[str, bytes]:
    """Unseal one attachment with a supervisor's credential and a reason (audited like a reveal).

    Returns (file name, bytes). The caller shows it and forgets it; it must never be written to disk unasked.
    """
    _, db, _ = desk._require()
    case_id, number = _case(desk, case_uid)
    sup, reason_text, identity_private = desk.authorise_supervisor(
        case_uid, supervisor_username, supervisor_password, reason, action="attachment_open", seq=seq
    )
    blob = repo.sealed_blob(db, case_id, int(seq))
    if blob is None:
        raise KnownError("Không tìm thấy tệp đính kèm.")
    try:
        plain = crypto.unseal(identity_private, blob, _ad(case_uid, int(seq)))
    except DecryptionFailed:
        desk._audit("identity_tamper_detected", case_uid=case_uid, seq=seq, supervisor=sup)
        raise IdentityTampered(number, int(seq)) from None
    (length,) = struct.unpack(">H", plain[:2])
    desk._audit("attachment_opened", case_uid=case_uid, seq=seq, supervisor=sup, reason=reason_text)
    return plain[2 : 2 + length].decode("utf-8"), plain[2 + length :]
