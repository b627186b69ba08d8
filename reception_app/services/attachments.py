"""Scanned attachments: sealed at save (an officer cannot read them back); opening one is an audited reveal
through ``desk.identity``."""

from __future__ import annotations

from dataclasses import dataclass

from reception_app.models.attachments import check_attachment
from reception_app.models.errors import KnownError
from reception_app.services.context import SessionContext
from reception_app.services.identity import IdentityService
from reception_app.storage import attachments as repo
from reception_app.storage import cases as case_repo


@dataclass(frozen=True)
class AttachmentInfo:
    """What anyone may see of an attachment: no file name (it may name the reporter), no content."""

    seq: int
    kind: str
    size: int
    added_by: str
    added_at: str


class AttachmentService:
    """``desk.attachments``: scanned files of a case, sealed at save; opening one goes through ``desk.identity``."""

    def __init__(self, ctx: SessionContext, identity: IdentityService) -> None:
        self.ctx = ctx
        self.identity = identity

    def _case(self, case_uid: str) -> tuple[int, str]:
        _, db, _ = self.ctx.require()
        row = case_repo.find_case_row(db, case_uid) if isinstance(case_uid, str) else None
        if row is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        return int(row["id"]), str(row["number"])

    def add(self, case_uid: str, filename: str, data: bytes) -> AttachmentInfo:
        """Validate and seal a scanned file into the case. Nothing is written on any error."""
        session, db, _ = self.ctx.require()
        self.identity.ensure_sealing_allowed()
        case_id, _ = self._case(case_uid)
        count, total = repo.count_for_case(db, case_id)
        name, kind = check_attachment(filename, data, existing_count=count, existing_bytes=total)
        now = self.ctx.clock()
        with db.atomic():
            seq = repo.next_seq(db, case_id)
            sealed = self.identity.seal_attachment(case_uid, seq, name, data)
            repo.insert(
                db,
                case_id=case_id,
                seq=seq,
                kind=kind,
                size=len(data),
                sealed=sealed,
                added_by=session.username,
                now=now,
            )
            self.ctx.audit("attachment_added", case_uid=case_uid, seq=seq, kind=kind, size=len(data))
        return AttachmentInfo(seq, kind, len(data), session.username, now.isoformat(timespec="seconds"))

    def for_case(self, case_uid: str) -> list[AttachmentInfo]:
        _, db, _ = self.ctx.require()
        case_id, _ = self._case(case_uid)
        return [AttachmentInfo(r.seq, r.kind, r.size, r.added_by, r.added_at) for r in repo.list_for_case(db, case_id)]

    def open(
        self, case_uid: str, seq: int, *, supervisor_username: str, supervisor_password: str, reason: str
    ) -> tuple[str, bytes]:
        """Open one attachment with a supervisor's credential and a reason (``desk.identity`` opens it; audited).

        Returns (file name, bytes). The caller shows it and forgets it; it must never be written to disk unasked.
        """
        _, db, _ = self.ctx.require()
        case_id, number = self._case(case_uid)
        if repo.sealed_blob(db, case_id, int(seq)) == b"":  # office mode: a file over the size cap stays home
            raise KnownError("Tệp này chỉ lưu tại bàn tiếp đã quét nó (quá lớn để gửi qua máy chủ văn phòng).")
        return self.identity.open_attachment(
            case_uid,
            number,
            int(seq),
            lambda: repo.sealed_blob(db, case_id, int(seq)),
            supervisor_username=supervisor_username,
            supervisor_password=supervisor_password,
            reason=reason,
        )
