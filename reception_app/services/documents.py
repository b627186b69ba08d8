"""Print use cases: build an official document, number it, render it and record it in one transaction. No Qt.

Identity rules (ARCHITECTURE.md §4; :mod:`reception_app.models.recipients`): a document is a set of copies,
one per addressee; whether each copy shows identity is decided by ``identity_allowed`` from the document,
the case kind, the copy's role and where the identity comes from:

- *intake*: the case's first receipt, printed by the officer who created it, may show the identity as typed
  at intake (``intake_identities``: held by the UI in memory since the save, never stored);
- *presented*: the citizen presents their identity again at the desk (typed, or read from their ID card);
  it fills only the citizen's own copy — the sealed record is never read;
- *reveal*: a supervisor's valid reveal token (``desk.identity.revealed``) — the citizen's and the file's copies;
  copies to other bodies or a superior of a denunciation (anonymous tip, mixed petition) need in addition a
  recorded legal reason or the reporter's written consent (``disclosure_basis``), its own audit event;
- the logbook is always masked (a reveal unlocks one case, not a period);
- everything else prints the reporter code and ``●●●●●``.

``copies`` (roles) chooses which copies to print; the audit records the copies' roles and the source.

Numbers ("Số: 05/PC-TTr") are allocated per type symbol and year (:mod:`~reception_app.services.numbering`)
inside the transaction that records the document, so a build or render failure consumes no number. Every print
and reprint is an audit event carrying the document kind, number, case and copies, never identity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from reception_app.models.case import CaseDetail, ReporterIdentity
from reception_app.models.enums import CaseKind, Channel, Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.handling import default_checklists, outside_jurisdiction_move
from reception_app.models.masking import MaskPolicy
from reception_app.models.recipients import IdentitySource, RecipientRole
from reception_app.models.validation import clean_text
from reception_app.printing.body_letters import BODY_LETTERS, build_body_letter
from reception_app.printing.document import (
    AgencyHeader,
    DocumentKind,
    LogbookRow,
    PrintDocument,
    build_acceptance_proposal,
    build_appointment_slip,
    build_guidance_slip,
    build_logbook,
    build_receipt,
    build_refusal_notice,
    build_transfer_notice,
    build_transfer_slip,
    refusal_notice_grounds,
    select_copies,
)
from reception_app.printing.notices import ResultOutcome, build_result_notice
from reception_app.printing.protection_documents import build_protection_decision
from reception_app.printing.records import build_reception_record
from reception_app.printing.templates import Templates, default_templates, templates_for
from reception_app.services.context import PermissionDenied, SessionContext
from reception_app.services.numbering import number_series
from reception_app.storage import cases as case_repo
from reception_app.storage import documents as doc_repo
from reception_app.storage import protection as protection_repo
from reception_app.storage import settings as settings_repo
from reception_app.storage.documents import IssuedRecord

if TYPE_CHECKING:
    from reception_app.services.cases import CaseService
    from reception_app.services.identity import IdentityService
    from reception_app.services.settings import SettingsService

DEFAULT_SIGNER_TITLE = "THỦ TRƯỞNG CƠ QUAN"
Identities = Sequence[ReporterIdentity] | None


class RevealRequired(PermissionDenied):
    """Identity on this print needs a supervisor's reveal (a reprint, or not the officer who took the case)."""

    def __init__(self) -> None:
        super().__init__(
            "Chỉ giấy biên nhận in lần đầu, do chính cán bộ tiếp nhận in, mới được ghi danh tính đã nhập. "
            "In lại có danh tính cần lãnh đạo mở khóa danh tính."
        )


class GuideInstead(PermissionDenied):
    """A walk-in complaint or denunciation outside jurisdiction is guided, not transferred (Luật TCD Điều 26)."""

    def __init__(self) -> None:
        super().__init__(
            "Khiếu nại, tố cáo do công dân đến trình bày trực tiếp mà không thuộc thẩm quyền thì hướng dẫn công "
            "dân đến cơ quan có thẩm quyền (in Phiếu hướng dẫn), không chuyển đơn (Điều 26 Luật Tiếp công dân). "
            "Chuyển đơn dùng cho kiến nghị, phản ánh và đơn gửi qua bưu chính."
        )


class NoReporter(PermissionDenied):
    """The document is addressed to a reporter, and the case has none (an anonymous tip)."""

    def __init__(self) -> None:
        super().__init__(
            "Thông tin có nội dung tố cáo không rõ người cung cấp: không có người để gửi văn bản này "
            "(Điều 25 Luật Tố cáo: chỉ kiểm tra, xác minh, chuyển cơ quan có thẩm quyền hoặc xếp lưu)."
        )


class DisclosureNeedsReveal(PermissionDenied):
    def __init__(self) -> None:
        super().__init__("Ghi danh tính người tố cáo trên phiếu chuyển cần lãnh đạo mở khóa danh tính trước.")


@dataclass(frozen=True)
class IssuedDocument:
    """A printed document: its number, kind, PDF bytes and number of copies.

    Attributes:
        number: e.g. "05/PC-TTr".
        kind: the document kind.
        pdf: the rendered PDF (may contain identity when ``shows_identity``: keep it in memory only).
        copies: copies (liên) contained in the PDF.
        shows_identity: whether any identity value is printed.
    """

    number: str
    kind: DocumentKind
    pdf: bytes
    copies: int
    shows_identity: bool = False
    roles: tuple[RecipientRole, ...] = ()

    def __repr__(self) -> str:  # never dump the PDF (it may hold identity) into a log or traceback
        return (
            f"IssuedDocument(number={self.number!r}, kind={self.kind.value!r}, copies={self.copies},"
            f" shows_identity={self.shows_identity}, pdf=<{len(self.pdf)} bytes>)"
        )


@dataclass(frozen=True)
class ShownIdentity:
    """What identity a case document may show, and on whose authority."""

    case: CaseDetail
    policy: MaskPolicy
    source: IdentitySource
    supervisor: str = ""


# ------------------------------------------------------------------------------------------------ helpers


def _required(value: str, field: str, *, multiline: bool = False) -> str:
    text = clean_text(value, multiline=multiline) if isinstance(value, str) else ""
    if not text:
        raise ValidationError([FieldError(field, "Vui lòng nhập thông tin này.")])
    return text


def _optional(value: str, *, multiline: bool = False) -> str:
    return clean_text(value, multiline=multiline) if isinstance(value, str) else ""


def _presented_identity(case: CaseDetail, presented: Sequence[ReporterIdentity]) -> ShownIdentity:
    """The identity the citizen presents again at the desk (typed or read from their ID card), one per
    reporter in order. It fills only the citizen's copy; the sealed record is not read."""
    if not case.reporters:
        raise NoReporter()
    if len(presented) != len(case.reporters):
        raise ValidationError(
            [FieldError("presented", "Nhập thông tin giấy tờ của từng người đứng đơn, theo thứ tự trong hồ sơ.")]
        )
    for i, identity in enumerate(presented):
        if not clean_text(identity.full_name):
            raise ValidationError([FieldError("presented", f"Vui lòng nhập họ và tên người thứ {i + 1}.")])
    views = tuple(replace(v, identity=i) for v, i in zip(case.reporters, presented, strict=True))
    return ShownIdentity(replace(case, reporters=views), MaskPolicy.REVEALED, IdentitySource.PRESENTED)


def templates_at(case: CaseDetail, at: datetime) -> Templates:
    """The templates of the rule set in force on the case's received date, with the form numbers of the set in
    force on the document's own date (``at``)."""
    return templates_for(case.received_at.date(), at.date())


def _render(doc: PrintDocument) -> bytes:
    from reception_app.printing.pdf import render_pdf  # reportlab loads on first print, not at start-up

    return render_pdf(doc)


# ----------------------------------------------------------------------------------------------- use cases


def refusal_grounds(received: date | None = None) -> dict[str, str]:
    """The refusal grounds that take a written notice (key → wording) under the rule set in force on
    ``received`` (the case's received date; the bundled base set when None). Before 1 July 2026 only Luật TCD
    Điều 9 khoản 3 takes one (TT 06/2014 Điều 4); NĐ 154/2026 [T] adds grounds and a notice for each."""
    tpl = templates_for(received) if received is not None else default_templates()
    keep = set(refusal_notice_grounds(tpl))
    grounds = tpl.document(DocumentKind.REFUSAL_NOTICE.value).grounds
    return {k: v for k, v in grounds.items() if not keep or k in keep}


class DocumentService:
    """``desk.documents``: every printed document, numbered, recorded and audited when issued."""

    def __init__(self, ctx: SessionContext, cases: CaseService, identity: IdentityService, settings: SettingsService):
        self.ctx, self.cases, self.identity, self.settings = ctx, cases, identity, settings

    def agency_header(self) -> AgencyHeader:
        """The NĐ 30/2020 header from the agency settings (signer settings are optional)."""
        _, db, _ = self.ctx.require()
        agency = self.settings.agency()
        get = settings_repo.get_setting
        return AgencyHeader(
            parent_agency=agency.parent_agency,
            agency_name=agency.agency_name,
            place_name=agency.place_name,
            doc_symbol=agency.doc_symbol,
            signer_title=get(db, "agency.signer_title") or DEFAULT_SIGNER_TITLE,
            signer_name=get(db, "agency.signer_name"),
            agency_in_text=get(db, "agency.in_text"),
        )

    def _officer_name(self, username: str) -> str:
        _, db, _ = self.ctx.require()
        user = settings_repo.get_user(db, username)
        return user.full_name if user is not None and user.full_name else username

    def revealed_identity(self, case: CaseDetail, reveal_token: str | None) -> ShownIdentity:
        """Masked without a token; with one, the grant's identities (refused when expired or for another case)."""
        if reveal_token is None:
            return ShownIdentity(case, MaskPolicy.MASKED, IdentitySource.NONE)
        grant = self.identity.revealed(reveal_token)
        if grant.case_uid != case.uid:
            raise PermissionDenied("Quyền xem danh tính đã cấp không thuộc hồ sơ này.")
        return ShownIdentity(
            replace(case, reporters=grant.reporters), MaskPolicy.REVEALED, IdentitySource.REVEAL, grant.supervisor
        )

    def who(
        self, case: CaseDetail, reveal_token: str | None, presented: Sequence[ReporterIdentity] | None
    ) -> ShownIdentity:
        if presented is not None and reveal_token is not None:
            raise ValueError("pass presented identities or a reveal token, not both")
        if presented is not None:
            return _presented_identity(case, presented)
        return self.revealed_identity(case, reveal_token)

    def _intake_or_who(
        self, kind: DocumentKind, case: CaseDetail, intake: Identities, token: str | None, presented: Identities
    ) -> ShownIdentity:
        """As typed at intake (the case's first ``kind``, by its officer), else :meth:`who`."""
        if intake is None:
            return self.who(case, token, presented)
        if token is not None or presented is not None:
            raise ValueError("pass intake identities, presented identities or a reveal token, not several")
        session, db, _ = self.ctx.require()
        if doc_repo.count_issued(db, case.id, kind.value) > 0 or session.username != case.officer:
            raise RevealRequired()
        if len(intake) != len(case.reporters):
            raise ValueError("one intake identity per reporter")
        views = tuple(replace(v, identity=i) for v, i in zip(case.reporters, intake, strict=True))
        return ShownIdentity(replace(case, reporters=views), MaskPolicy.REVEALED, IdentitySource.INTAKE)

    def issue(
        self,
        kind: DocumentKind,
        case: CaseDetail | None,
        build: Callable[[int, datetime], PrintDocument],
        *,
        templates: Callable[[datetime], Templates] | None = None,
        identity_source: IdentitySource = IdentitySource.NONE,
        supervisor: str = "",
        copies: Sequence[RecipientRole] | None = None,
        extra_audit: dict[str, Any] | None = None,
        disclosure_basis: str = "",
    ) -> IssuedDocument:
        """Number (the type symbol of ``templates``: those ``build`` prints with), build, render, record, audit."""
        session, db, _ = self.ctx.require()
        printed_at = self.ctx.clock.local_naive()
        tpl = templates or (partial(templates_at, case) if case is not None else lambda _at: default_templates())
        series = number_series(kind, tpl(printed_at))
        with db.atomic():
            reprint = case is not None and doc_repo.count_issued(db, case.id, kind.value) > 0
            seq = doc_repo.allocate_number(db, kind.value, series, printed_at.year)
            try:
                doc = select_copies(build(seq, printed_at), copies)
            except ValueError:
                raise ValidationError([FieldError("copies", "Vui lòng chọn ít nhất một bản cần in.")]) from None
            shows_identity = doc.shows_identity
            disclosure_basis = disclosure_basis if shows_identity else ""
            pdf = _render(doc)
            doc_repo.record_issued(
                db,
                case_id=case.id if case is not None else None,
                kind=kind.value,
                year=printed_at.year,
                seq=seq,
                number=doc.number,
                printed_by=session.username,
                printed_at=self.ctx.clock.now(),
                copies=doc.copies,
                shows_identity=shows_identity,
                series=series,
            )
            case_uid = case.uid if case is not None else None
            details: dict[str, Any] = {
                "doc_kind": kind.value,
                "doc_number": doc.number,
                "copies": doc.copies,
                "copy_roles": [p.recipient.role.value for p in doc.parts],
                "identity_copies": [p.recipient.role.value for p in doc.parts if p.shows_identity],
                "shows_identity": shows_identity,
                "identity_source": identity_source.value if shows_identity else IdentitySource.NONE.value,
                "reprint": reprint,
                **(extra_audit or {}),
            }
            if shows_identity and supervisor:
                details["supervisor"] = supervisor
            self.ctx.audit("document_printed", case_uid=case_uid, **details)
            if disclosure_basis:
                self.ctx.audit(
                    "identity_disclosed",
                    case_uid=case_uid,
                    doc_kind=kind.value,
                    doc_number=doc.number,
                    supervisor=supervisor,
                    disclosure_basis=disclosure_basis,
                )
        return IssuedDocument(doc.number, kind, pdf, doc.copies, shows_identity, doc.roles())

    def issue_for(
        self,
        kind: DocumentKind,
        who: ShownIdentity,
        build: Callable[[int, datetime], PrintDocument],
        copies: Sequence[RecipientRole] | None,
    ) -> IssuedDocument:
        """:meth:`issue` for a document about one case, with the identity decision already made in ``who``."""
        return self.issue(kind, who.case, build, identity_source=who.source, supervisor=who.supervisor, copies=copies)

    def issue_case_document(
        self,
        kind: DocumentKind,
        who: ShownIdentity,
        copies: Sequence[RecipientRole] | None,
        builder: Callable[..., PrintDocument],
        *args: object,
        **fields: object,
    ) -> IssuedDocument:
        """:meth:`issue_for` a per-case builder called as ``builder(case, policy, header, seq, *args, **fields)``
        plus what every case document takes: the templates in force, who printed it and when, the identity source."""
        session, _, _ = self.ctx.require()
        header = self.agency_header()

        def build(seq: int, at: datetime) -> PrintDocument:
            return builder(
                who.case,
                who.policy,
                header,
                seq,
                *args,
                **fields,
                templates=templates_at(who.case, at),
                printed_by=session.username,
                printed_at=at,
                source=who.source,
            )

        return self.issue_for(kind, who, build, copies)

    def issue_receipt(
        self,
        case_uid: str,
        *,
        intake_identities: Sequence[ReporterIdentity] | None = None,
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Giấy biên nhận (2 copies for complaints, 3 for denunciations, per the template data), dated the day
        the items were received.

        Args:
            case_uid: the case.
            intake_identities: the identities as typed at intake, one per reporter in order. Accepted only for
                the case's first receipt printed by the officer who created the case.
            reveal_token: a valid reveal grant for this case (a reprint with identity).
            presented: the identities the citizen presents again at the desk (fills the citizen's copy only).
            copies: the roles of the copies to print (None: all).

        Raises:
            RevealRequired: ``intake_identities`` on a reprint or by another officer.
            RevealExpired: the token is no longer valid.
            PermissionDenied: the token belongs to another case.
        """
        _, db, _ = self.ctx.require()
        case = self.cases.get_case(case_uid)
        who = self._intake_or_who(DocumentKind.RECEIPT, case, intake_identities, reveal_token, presented)
        code = doc_repo.verification_code(db, case.uid)
        officer = self._officer_name(case.officer)

        return self.issue_case_document(
            DocumentKind.RECEIPT,
            who,
            copies,
            build_receipt,
            verification_code=code,
            officer_name=officer,
        )

    def _transfer_case(self, case_uid: str) -> CaseDetail:
        """The case, refused when the law says guide instead of transfer (walk-in complaint or denunciation)."""
        case = self.cases.get_case(case_uid)
        if outside_jurisdiction_move(case.kind, case.channel) == "guide":
            raise GuideInstead()
        return case

    def issue_transfer_slip(
        self,
        case_uid: str,
        recipient_body: str,
        *,
        reveal_token: str | None = None,
        disclosure_basis: str = "",
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Phiếu chuyển đơn (or, for an anonymous tip, Phiếu chuyển thông tin) to ``recipient_body``.

        For a denunciation (anonymous tip, mixed petition) the copy to the body names the reporter by code only,
        unless a valid ``reveal_token`` *and* a ``disclosure_basis`` (the legal reason or the reporter's written
        consent) are given; the disclosure is then audited with that basis. The reporter is told by a separate
        notice (:func:`issue_transfer_notice`).

        Raises:
            ValidationError: no receiving body.
            GuideInstead: a walk-in complaint or denunciation (guide the citizen instead).
            DisclosureNeedsReveal: a disclosure basis without a reveal token.
            RevealExpired: the token is no longer valid.
        """
        session, _, _ = self.ctx.require()
        body = _required(recipient_body, "recipient_body")
        basis = _optional(disclosure_basis, multiline=True)
        if basis and reveal_token is None:
            raise DisclosureNeedsReveal()
        who = self.revealed_identity(self._transfer_case(case_uid), reveal_token)
        authorised = who.source is IdentitySource.REVEAL and bool(basis)
        header = self.agency_header()

        def build(seq: int, at: datetime) -> PrintDocument:
            return build_transfer_slip(
                who.case,
                who.policy,
                header,
                seq,
                body,
                templates=templates_at(who.case, at),
                printed_by=session.username,
                printed_at=at,
                disclosure_authorised=authorised,
                disclosure_basis=basis,
                source=who.source,
            )

        return self.issue(
            DocumentKind.TRANSFER_SLIP,
            who.case,
            build,
            identity_source=who.source,
            supervisor=who.supervisor,
            copies=copies,
            disclosure_basis=basis if authorised else "",
        )

    def issue_transfer_notice(
        self,
        case_uid: str,
        recipient_body: str,
        *,
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Thông báo về việc chuyển đơn, addressed to the reporter (Luật Tố cáo Điều 24): the reporter learns of
        the transfer from this notice, never from the slip sent to the receiving body.

        Raises:
            NoReporter: an anonymous tip (nobody to notify).
            GuideInstead: a walk-in complaint or denunciation.
        """
        self.ctx.require()
        body = _required(recipient_body, "recipient_body")
        case = self._transfer_case(case_uid)
        if not case.reporters:
            raise NoReporter()
        who = self.who(case, reveal_token, presented)

        return self.issue_case_document(
            DocumentKind.TRANSFER_NOTICE,
            who,
            copies,
            build_transfer_notice,
            body,
        )

    def issue_guidance_slip(
        self,
        case_uid: str,
        competent_body: str,
        *,
        superior: str = "",
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Phiếu hướng dẫn: the case is outside this agency's jurisdiction; ``competent_body`` handles it.

        Copies: the citizen's, the superior's (when given), the competent body's and the file's; for a
        denunciation only the citizen's and the file's may name the denouncer.
        """
        self.ctx.require()
        body = _required(competent_body, "competent_body")
        above = _optional(superior)
        case = self.cases.get_case(case_uid)
        if not case.reporters:
            raise NoReporter()
        who = self.who(case, reveal_token, presented)

        return self.issue_case_document(
            DocumentKind.GUIDANCE_SLIP,
            who,
            copies,
            build_guidance_slip,
            body,
            superior=above,
        )

    def issue_appointment_slip(
        self,
        case_uid: str,
        *,
        appointment_at: datetime,
        appointment_place: str,
        meet_with: str,
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Phiếu hẹn: the citizen meets ``meet_with`` at ``appointment_place`` on ``appointment_at`` (local time)."""
        session, _, _ = self.ctx.require()
        place = _required(appointment_place, "appointment_place")
        person = _required(meet_with, "meet_with")
        case = self.cases.get_case(case_uid)
        if not case.reporters:
            raise NoReporter()
        who = self.who(case, reveal_token, presented)
        officer = self._officer_name(session.username)

        return self.issue_case_document(
            DocumentKind.APPOINTMENT_SLIP,
            who,
            copies,
            build_appointment_slip,
            appointment_at=appointment_at,
            appointment_place=place,
            meet_with=person,
            officer_name=officer,
        )

    def issue_acceptance_proposal(
        self,
        case_uid: str,
        addressee: str,
        *,
        prior_handling: str = "",
        reveal_token: str | None = None,
    ) -> IssuedDocument:
        """Phiếu đề xuất thụ lý đơn (internal) addressed to ``addressee``; states the admissibility conditions.

        Raises:
            NoReporter: an anonymous tip (no thụ lý workflow, Luật Tố cáo Điều 25).
        """
        session, _, _ = self.ctx.require()
        to = _required(addressee, "addressee")
        prior = _optional(prior_handling, multiline=True)
        case = self.cases.get_case(case_uid)
        if case.kind is CaseKind.ANONYMOUS_TIP:
            raise NoReporter()
        who = self.revealed_identity(case, reveal_token)
        officer = self._officer_name(session.username)

        return self.issue_case_document(
            DocumentKind.ACCEPTANCE_PROPOSAL,
            who,
            None,
            build_acceptance_proposal,
            to,
            prior_handling=prior,
            officer_name=officer,
        )

    def issue_refusal_notice(
        self,
        case_uid: str,
        *,
        ground: str,
        details: str = "",
        prior_answer: str = "",
        superior: str = "",
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Thông báo từ chối tiếp công dân on ``ground`` (a key of :func:`refusal_grounds` for the case's date).

        Raises:
            ValidationError: the ground is unknown or takes no written notice (record it in the logbook).
        """
        self.ctx.require()
        case = self.cases.get_case(case_uid)
        received = case.received_at.date()
        if ground not in refusal_grounds(received):
            all_grounds = templates_for(received).document(DocumentKind.REFUSAL_NOTICE.value).grounds
            message = (
                "Căn cứ từ chối này không ra thông báo bằng văn bản: giải thích lý do cho công dân và ghi việc từ chối "
                "tiếp, kèm lý do, vào sổ tiếp công dân. Thông báo từ chối chỉ lập cho trường hợp vụ việc đã được giải "
                "quyết đúng pháp luật, đã được trả lời bằng văn bản mà vẫn cố tình khiếu nại, tố cáo kéo dài "
                "(khoản 3 Điều 9 Luật Tiếp công dân)."
                if ground in all_grounds
                else "Vui lòng chọn căn cứ từ chối."
            )
            raise ValidationError([FieldError("ground", message)])
        facts = _optional(details, multiline=True)
        answer = _optional(prior_answer, multiline=True)
        above = _optional(superior)
        if not case.reporters:
            raise NoReporter()
        who = self.who(case, reveal_token, presented)

        return self.issue_case_document(
            DocumentKind.REFUSAL_NOTICE,
            who,
            copies,
            build_refusal_notice,
            ground=ground,
            details=facts,
            prior_answer=answer,
            superior=above,
        )

    def issue_result_notice(
        self,
        case_uid: str,
        outcome: ResultOutcome,
        *,
        body: str = "",
        reason: str = "",
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Thông báo kết quả xử lý đơn (Luật TCD Điều 28.1, owed within 10 working days): accepted, extended,
        not admissible / not within jurisdiction, or transferred to ``body``.

        Raises:
            NoReporter: an anonymous tip (nobody to notify).
            ValidationError: an unknown outcome, or a transfer without the receiving body.
        """
        self.ctx.require()
        try:
            chosen = ResultOutcome(outcome)
        except ValueError:
            raise ValidationError([FieldError("outcome", "Vui lòng chọn kết quả xử lý.")]) from None
        to = _required(body, "body") if chosen is ResultOutcome.TRANSFERRED else _optional(body)
        why = _optional(reason, multiline=True)
        case = self.cases.get_case(case_uid)
        if not case.reporters:
            raise NoReporter()
        who = self.who(case, reveal_token, presented)

        return self.issue_case_document(
            DocumentKind.RESULT_NOTICE,
            who,
            copies,
            build_result_notice,
            chosen,
            body=to,
            reason=why,
        )

    def issue_reception_record(
        self,
        case_uid: str,
        *,
        chair: str = "",
        participants: str = "",
        conclusion: str = "",
        opinion: str = "",
        intake_identities: Sequence[ReporterIdentity] | None = None,
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Biên bản tiếp công dân: the statement (the case content) read back, in 02 copies — the citizen's and
        the file's — each with the signature / fingerprint boxes. ``intake_identities`` as for the receipt (the
        first record printed by the officer who created the case).

        Raises:
            NoReporter: an anonymous tip (nobody was received).
            RevealRequired: ``intake_identities`` on a reprint or by another officer.
        """
        _, db, _ = self.ctx.require()
        case = self.cases.get_case(case_uid)
        if not case.reporters:
            raise NoReporter()
        chair, participants = _optional(chair), _optional(participants)
        conclusion, opinion = _optional(conclusion, multiline=True), _optional(opinion, multiline=True)
        who = self._intake_or_who(DocumentKind.RECEPTION_RECORD, case, intake_identities, reveal_token, presented)
        officer = self._officer_name(case.officer)

        return self.issue_case_document(
            DocumentKind.RECEPTION_RECORD,
            who,
            copies,
            build_reception_record,
            officer_name=officer,
            chair=chair,
            participants=participants,
            conclusion=conclusion,
            opinion=opinion,
        )

    def issue_body_letter(
        self,
        case_uid: str,
        kind: DocumentKind,
        body: str,
        *,
        reference: str = "",
        reveal_token: str | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """A letter to another body about the case: trả lại đơn (04-XLĐ), văn bản đôn đốc, or yêu cầu cấp dưới
        giải quyết (09-TCD). The body's copy never names a denouncer (:func:`identity_allowed`).

        Raises:
            ValidationError: no body given, or ``kind`` is not such a letter.
        """
        session, _, _ = self.ctx.require()
        if kind not in BODY_LETTERS:
            raise ValidationError([FieldError("kind", "Loại văn bản không hợp lệ.")])
        to = _required(body, "body")
        ref = _optional(reference)
        case = self.cases.get_case(case_uid)
        who = self.who(case, reveal_token, None)
        header = self.agency_header()

        def build(seq: int, at: datetime) -> PrintDocument:
            return build_body_letter(
                kind,
                who.case,
                who.policy,
                header,
                seq,
                to,
                reference=ref,
                printed_by=session.username,
                printed_at=at,
                source=who.source,
                templates=templates_at(who.case, at),
            )

        return self.issue_for(kind, who, build, copies)

    def issue_protection_decision(
        self,
        request_id: int,
        *,
        executing_body: str = "",
        reveal_token: str | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Quyết định áp dụng biện pháp bảo vệ (Luật Tố cáo Điều 52) for a decided protection request with
        measures. Supervisor only. Copies: the protected person, the executing body (when given; the
        denouncer's code only), the secret file.

        Raises:
            ProtectionNotFound-like KnownError: no such request, or it has no decision with measures.
        """
        session, db, _ = self.ctx.require(Role.SUPERVISOR)
        found = protection_repo.get_request(db, request_id) if isinstance(request_id, int) else None
        if found is None:
            raise KnownError("Không tìm thấy yêu cầu bảo vệ.")
        protection = found[0]
        if not protection.measures or protection.decided_on is None or not protection.decision_number:
            raise KnownError("Yêu cầu bảo vệ này chưa có quyết định áp dụng biện pháp bảo vệ.")
        body = _optional(executing_body)
        case = self.cases.get_case(protection.case_uid)
        if not case.reporters:
            raise NoReporter()
        who = self.who(case, reveal_token, None)
        header = self.agency_header()
        labels = {code: item.label for code, item in default_checklists().protection_measures.items()}

        def build(seq: int, at: datetime) -> PrintDocument:
            return build_protection_decision(
                who.case,
                protection,
                who.policy,
                header,
                seq,
                measure_labels=labels,
                executing_body=body,
                printed_by=session.username,
                printed_at=at,
                source=who.source,
                templates=templates_at(who.case, at),
            )

        return self.issue_for(DocumentKind.PROTECTION_DECISION, who, build, copies)

    def issue_logbook(self, date_from: date, date_to: date) -> IssuedDocument:
        """Sổ tiếp công dân for the walk-in receptions from ``date_from`` to ``date_to`` (inclusive). Always masked.

        Raises:
            ValidationError: ``date_to`` is before ``date_from``.
            LogbookTooLarge: too many cases in the period.
        """
        session, db, _ = self.ctx.require()
        if date_to < date_from:
            raise ValidationError([FieldError("date_to", "Ngày kết thúc phải sau ngày bắt đầu.")])
        rows: list[LogbookRow] = []
        for row in doc_repo.case_rows_received_between(db, date_from, date_to):
            case = self.cases.get_case(str(row["uid"]))  # masked views: identity never leaves the seal here
            if case.channel is Channel.WALK_IN:  # mailed letters and tips are not receptions (sổ xử lý đơn)
                rows.append(LogbookRow(case))
        header = self.agency_header()

        def build(seq: int, at: datetime) -> PrintDocument:
            return build_logbook(
                rows,
                date_from,
                date_to,
                header,
                MaskPolicy.MASKED,
                printed_by=session.username,
                printed_at=at,
                number=seq,
            )

        return self.issue(
            DocumentKind.LOGBOOK,
            None,
            build,
            extra_audit={"count": len(rows), "date_from": date_from.isoformat(), "date_to": date_to.isoformat()},
        )

    def issued(self, case_uid: str) -> list[IssuedRecord]:
        """The documents printed for a case, oldest first (numbers, kinds, who, when; never content)."""
        _, db, _ = self.ctx.require()
        row = case_repo.find_case_row(db, case_uid)
        if row is None:
            return []
        return doc_repo.issued_for_case(db, int(row["id"]))
