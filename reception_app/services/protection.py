"""Whistleblower protection (Luật Tố cáo 2018 Điều 47–52, 56): requests, decisions, measures, retaliation.

Officers record requests and retaliation reports (TT 06/2014 Điều 18: the reception officer may take or
propose protection measures); sealing needs only the identity public key, so what an officer typed cannot
be read back by an officer. Decisions, measures, the open-case list and opening the seal are supervisor-only;
opening (in ``desk.identity``) also needs a supervisor credential and a reason at the desk, like a reveal.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from reception_app.models.enums import CaseKind, ProtectionStatus, Relation, Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.handling import Checklists, default_checklists
from reception_app.models.protection import ProtectedPerson, ProtectionCase, ProtectionDetails, RetaliationReport
from reception_app.models.validation import MAX_ADDRESS, MAX_NAME, clean_text, normalize_phone
from reception_app.services import sealing_ad
from reception_app.services.sealing_ad import SealKey
from reception_app.storage import handling as handling_repo
from reception_app.storage import office_kinds
from reception_app.storage import protection as repo
from reception_app.storage import settings as settings_repo
from reception_app.storage.database import Database

if TYPE_CHECKING:
    from reception_app.services.context import SessionContext
    from reception_app.services.identity import IdentityService

MAX_PERSONS = 20
MAX_TEXT = 5000
MAX_PAGE = 500
RETALIATION_OPEN, RETALIATION_HANDLED = "moi", "da_xu_ly"


class ProtectionNotFound(KnownError):
    def __init__(self) -> None:
        super().__init__("Không tìm thấy yêu cầu bảo vệ.")


def _clean_details(details: object) -> ProtectionDetails:
    if not isinstance(details, ProtectionDetails) or not isinstance(details.persons, tuple):
        raise ValidationError([FieldError("details", "Thông tin người được bảo vệ không hợp lệ.")])
    errors: list[FieldError] = []
    if not details.persons or len(details.persons) > MAX_PERSONS:
        errors.append(FieldError("persons", f"Cần từ 1 đến {MAX_PERSONS} người được bảo vệ."))
    persons: list[ProtectedPerson] = []
    for i, p in enumerate(details.persons):
        if not isinstance(p, ProtectedPerson):
            errors.append(FieldError(f"persons.{i}", "Thông tin không hợp lệ."))
            continue
        name = clean_text(p.full_name) if isinstance(p.full_name, str) else ""
        address = clean_text(p.address) if isinstance(p.address, str) else ""
        phone = normalize_phone(p.phone) if isinstance(p.phone, str) and p.phone else ""
        if not name or len(name) > MAX_NAME:
            errors.append(FieldError(f"persons.{i}.full_name", "Vui lòng nhập họ tên người được bảo vệ."))
        if len(address) > MAX_ADDRESS:
            errors.append(FieldError(f"persons.{i}.address", "Địa chỉ quá dài."))
        try:
            relation = Relation(p.relation)
        except ValueError:
            errors.append(FieldError(f"persons.{i}.relation", "Vui lòng chọn quan hệ với người tố cáo."))
            relation = Relation.OTHER
        persons.append(ProtectedPerson(name, relation, address, phone))
    reasons = clean_text(details.reasons, multiline=True) if isinstance(details.reasons, str) else ""
    if not reasons or len(reasons) > MAX_TEXT:
        errors.append(FieldError("reasons", "Vui lòng ghi lý do đề nghị bảo vệ (Điều 50 Luật Tố cáo)."))
    if errors:
        raise ValidationError(errors)
    return ProtectionDetails(tuple(persons), reasons)


class Protection:
    """``desk.protection``: protection requests of denunciation cases."""

    def __init__(self, ctx: SessionContext, identity: IdentityService, *, checklists: Checklists | None = None) -> None:
        self.ctx = ctx
        self.identity = identity
        self._lists = checklists or default_checklists()

    @staticmethod
    def _keys(db: Database, request_id: int, report_id: int | None = None) -> tuple[SealKey, SealKey]:
        """The origin ids binding a request (and one of its reports) to their seals: the same on every desk."""
        me = settings_repo.get_setting(db, "office.desk", "")
        case_desk, request_ref = repo.sealing_refs(db, request_id)
        report_ref = "" if report_id is None else repo.report_ref(db, report_id)
        return (
            sealing_ad.request_key(me, case_desk, request_ref, request_id),
            sealing_ad.report_key(me, request_ref, report_ref, report_id or 0),
        )

    def _get(self, db: Database, request_id: int) -> tuple[ProtectionCase, int]:
        found = repo.get_request(db, request_id) if isinstance(request_id, int) else None
        if found is None:
            raise ProtectionNotFound()
        return found

    # --- officer ------------------------------------------------------------------------------------------

    def request(
        self,
        case_uid: str,
        details: ProtectionDetails,
        *,
        measures: tuple[str, ...] = (),
        requested_on: date | None = None,
    ) -> int:
        """Record a protection request (sealed people and reasons, measure codes). Returns the request id."""
        session, db, _ = self.ctx.require(Role.OFFICER)
        clean = _clean_details(details)
        codes = self._lists.check("measures", measures, self._lists.protection_measures, required=False)
        today = self.ctx.today()
        when = requested_on or today
        if not isinstance(when, date) or when > today:
            raise ValidationError([FieldError("requested_on", "Ngày đề nghị không hợp lệ.")])
        row = handling_repo.case_row(db, case_uid) if isinstance(case_uid, str) else None
        if row is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        if CaseKind(row["kind"]) is not CaseKind.DENUNCIATION:
            raise ValidationError(
                [FieldError("case", "Chỉ đơn tố cáo có người đứng tên mới áp dụng bảo vệ người tố cáo (Điều 47).")]
            )
        with db.atomic():
            rid = repo.insert_request(
                db, case_id=int(row["id"]), requested_on=when, measures=codes, created_by=session.username
            )
            blob = self.identity.seal_protection_request(case_uid, self._keys(db, rid)[0], clean)
            repo.set_request_blob(db, rid, blob)
            office_kinds.record_protection(db, rid, self.ctx.clock())  # office mode outbox
            self.ctx.audit(
                "protection_requested",
                case_uid=case_uid,
                request_id=rid,
                measures=list(codes),
                persons=len(clean.persons),
            )
        return rid

    def report_retaliation(self, request_id: int, description: str, *, reported_on: date | None = None) -> int:
        """Record a report of retaliation (trù dập, trả thù); the description is sealed."""
        session, db, _ = self.ctx.require(Role.OFFICER)
        case, _ = self._get(db, request_id)
        text = clean_text(description, multiline=True) if isinstance(description, str) else ""
        if not text or len(text) > MAX_TEXT:
            raise ValidationError([FieldError("description", "Vui lòng mô tả hành vi trù dập, trả thù.")])
        today = self.ctx.today()
        when = reported_on or today
        if not isinstance(when, date) or when > today:
            raise ValidationError([FieldError("reported_on", "Ngày báo cáo không hợp lệ.")])
        with db.atomic():
            report_id = repo.insert_retaliation(db, request_id, when, session.username)
            request_key, report_key = self._keys(db, request_id, report_id)
            blob = self.identity.seal_retaliation(case.case_uid, request_key, report_key, text)
            repo.set_retaliation_blob(db, report_id, blob)
            office_kinds.record_protection(db, request_id, self.ctx.clock())
            self.ctx.audit("retaliation_reported", case_uid=case.case_uid, request_id=request_id, report_id=report_id)
        return report_id

    # --- supervisor ---------------------------------------------------------------------------------------

    def decide(
        self,
        request_id: int,
        *,
        status: ProtectionStatus,
        decision_number: str,
        measures: tuple[tuple[str, date | None], ...] = (),
    ) -> ProtectionCase:
        """Decide a request (Điều 52): apply measures (code, due date), refuse, or record that the person declined."""
        session, db, _ = self.ctx.require(Role.SUPERVISOR)
        case, _ = self._get(db, request_id)
        if case.status is not ProtectionStatus.REQUESTED:
            raise KnownError("Yêu cầu bảo vệ này đã được quyết định.")
        try:
            new_status = ProtectionStatus(status)
        except ValueError:
            raise ValidationError([FieldError("status", "Vui lòng chọn quyết định.")]) from None
        if new_status not in (ProtectionStatus.ACTIVE, ProtectionStatus.REFUSED, ProtectionStatus.DECLINED_BY_PERSON):
            raise ValidationError([FieldError("status", "Quyết định không hợp lệ.")])
        number = clean_text(decision_number) if isinstance(decision_number, str) else ""
        if not number or len(number) > 100:
            raise ValidationError([FieldError("decision_number", "Vui lòng nhập số quyết định (Điều 52).")])
        pairs = self._measures(measures)
        if new_status is ProtectionStatus.ACTIVE and not pairs:
            raise ValidationError([FieldError("measures", "Vui lòng chọn ít nhất một biện pháp bảo vệ.")])
        today = self.ctx.today()
        with db.atomic():
            repo.decide(
                db, request_id, status=new_status, decision_number=number, decided_on=today, decided_by=session.username
            )
            for code, due in pairs:
                repo.insert_measure(db, request_id, code, due)
            office_kinds.record_protection(db, request_id, self.ctx.clock())
            self.ctx.audit(
                "protection_decided",
                case_uid=case.case_uid,
                request_id=request_id,
                status=new_status.value,
                decision_number=number,
                measures=[c for c, _ in pairs],
            )
        return self._get(db, request_id)[0]

    def _measures(self, measures: object) -> list[tuple[str, date | None]]:
        if not isinstance(measures, (list, tuple)):
            raise ValidationError([FieldError("measures", "Danh sách biện pháp không hợp lệ.")])
        out: list[tuple[str, date | None]] = []
        for item in measures:
            if not isinstance(item, tuple) or len(item) != 2 or not (item[1] is None or isinstance(item[1], date)):
                raise ValidationError([FieldError("measures", "Danh sách biện pháp không hợp lệ.")])
            (code,) = self._lists.check("measures", (item[0],), self._lists.protection_measures, required=True)
            out.append((code, item[1]))
        return out

    def add_measure(self, request_id: int, measure: str, due_on: date | None) -> int:
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        case, _ = self._get(db, request_id)
        if case.status is not ProtectionStatus.ACTIVE:
            raise KnownError("Chỉ thêm biện pháp khi đang áp dụng bảo vệ.")
        ((code, due),) = self._measures(((measure, due_on),))
        with db.atomic():
            mid = repo.insert_measure(db, request_id, code, due)
            office_kinds.record_protection(db, request_id, self.ctx.clock())
            self.ctx.audit("protection_measure_added", case_uid=case.case_uid, request_id=request_id, measures=[code])
        return mid

    def complete_measure(self, measure_id: int, *, done_on: date | None = None) -> None:
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        rid = repo.measure_request(db, measure_id) if isinstance(measure_id, int) else None
        if rid is None:
            raise KnownError("Không tìm thấy biện pháp bảo vệ.")
        case, _ = self._get(db, rid)
        with db.atomic():
            if not repo.complete_measure(db, measure_id, done_on or self.ctx.today()):
                raise KnownError("Biện pháp này đã được ghi nhận hoàn thành.")
            office_kinds.record_protection(db, rid, self.ctx.clock())
            self.ctx.audit("protection_measure_done", case_uid=case.case_uid, request_id=rid, seq=measure_id)

    def end(self, request_id: int, *, decision_number: str) -> None:
        """Chấm dứt áp dụng biện pháp bảo vệ."""
        session, db, _ = self.ctx.require(Role.SUPERVISOR)
        case, _ = self._get(db, request_id)
        if case.status is not ProtectionStatus.ACTIVE:
            raise KnownError("Yêu cầu này không đang được bảo vệ.")
        number = clean_text(decision_number) if isinstance(decision_number, str) else ""
        if not number or len(number) > 100:
            raise ValidationError([FieldError("decision_number", "Vui lòng nhập số quyết định chấm dứt.")])
        with db.atomic():
            repo.decide(
                db,
                request_id,
                status=ProtectionStatus.ENDED,
                decision_number=number,
                decided_on=self.ctx.today(),
                decided_by=session.username,
            )
            office_kinds.record_protection(db, request_id, self.ctx.clock())
            self.ctx.audit("protection_ended", case_uid=case.case_uid, request_id=request_id, decision_number=number)

    def mark_retaliation_handled(self, report_id: int) -> None:
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        rid = repo.retaliation_request(db, report_id) if isinstance(report_id, int) else None
        if rid is None:
            raise KnownError("Không tìm thấy báo cáo.")
        case, _ = self._get(db, rid)
        with db.atomic():
            repo.set_retaliation_status(db, report_id, RETALIATION_HANDLED)
            office_kinds.record_protection(db, rid, self.ctx.clock())
            self.ctx.audit("retaliation_handled", case_uid=case.case_uid, request_id=rid, report_id=report_id)

    def open_cases(self, *, after_id: int | None = None, limit: int = 100) -> list[ProtectionCase]:
        """Requests awaiting a decision or under protection, newest first (masked). Supervisor only."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        return repo.open_requests(db, after_id=after_id, limit=max(1, min(limit, MAX_PAGE)))

    def overdue(self, *, limit: int = 100) -> list[ProtectionCase]:
        """Requests with a measure past its due date and not done. Supervisor only."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        return repo.overdue_measure_requests(db, self.ctx.today(), limit=max(1, min(limit, MAX_PAGE)))

    def for_case(self, case_uid: str) -> list[ProtectionCase]:
        """The protection requests of one case, masked (status, measure codes, counts; people stay sealed).

        Officers may read them too: they record requests and retaliation reports for the cases they handle
        (TT 06/2014 Điều 18), and need the request to attach a report to.
        """
        _, db, _ = self.ctx.require(Role.OFFICER, Role.SUPERVISOR)
        row = handling_repo.case_row(db, case_uid) if isinstance(case_uid, str) else None
        if row is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        return repo.requests_for_case(db, int(row["id"]))

    def reveal(
        self, request_id: int, supervisor_username: str, supervisor_password: str, reason: str
    ) -> ProtectionCase:
        """Unseal the protected people, reasons and retaliation reports: supervisor session + credential + reason.

        Audited like a reveal (``protection_reveal_requested`` / ``_denied`` / ``_granted``). The
        caller must drop the returned value as soon as it is no longer shown.
        """
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        case, _ = self._get(db, request_id)
        rows = list(repo.retaliation_rows(db, request_id))
        request_key = self._keys(db, request_id)[0]
        details, texts, sup, reason_text = self.identity.open_protection(
            case.case_uid,
            case.case_number,
            request_id,
            repo.request_blob(db, request_id),
            [(self._keys(db, request_id, int(r["id"]))[1], bytes(r["sealed_details"])) for r in rows],
            request_key=request_key,
            supervisor_username=supervisor_username,
            supervisor_password=supervisor_password,
            reason=reason,
        )
        reports = tuple(
            RetaliationReport(int(r["id"]), date.fromisoformat(r["reported_on"]), r["status"], r["created_by"], text)
            for r, text in zip(rows, texts, strict=True)
        )
        self.ctx.audit(
            "protection_reveal_granted",
            case_uid=case.case_uid,
            request_id=request_id,
            supervisor=sup,
            reason=reason_text,
            persons=len(details.persons),
            count=len(reports),
        )
        return replace(case, details=details, retaliation=reports)
