"""Print use cases: build an official document, number it, render it and record it in one transaction. No Qt.

Identity rules (ARCHITECTURE.md §4):

- the *first* receipt of a case, printed by the officer who created it, may show the citizen's own identity
  as typed at intake (``intake_identities``: held by the UI in memory since the save, never stored);
- any other print that shows identity needs a valid reveal token (:meth:`Desk.revealed`);
- a transfer slip for a denunciation (or an anonymous tip or mixed petition) shows identity only with a
  valid reveal token *and* a recorded legal reason or the reporter's written consent (``disclosure_basis``);
  that disclosure is its own audit event;
- the logbook is always masked (a reveal unlocks one case, not a period);
- everything else prints the reporter code and ``●●●●●``.

Numbers ("Số: 05/PC-TTr") are allocated per document kind and year inside the transaction that records the
document, so a build or render failure consumes no number. Every print and reprint is an audit event
carrying the document kind, number, case and copies, never identity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from reception_app.models.case import CaseDetail, ReporterIdentity
from reception_app.models.errors import FieldError, ValidationError
from reception_app.models.masking import MaskPolicy
from reception_app.models.validation import clean_text
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
    build_transfer_slip,
    effective_policy,
)
from reception_app.printing.templates import default_templates
from reception_app.services.desk import PermissionDenied
from reception_app.storage import cases as case_repo
from reception_app.storage import crypto
from reception_app.storage import documents as doc_repo
from reception_app.storage import settings as settings_repo
from reception_app.storage.documents import IssuedRecord

if TYPE_CHECKING:
    from reception_app.services.desk import Desk

DEFAULT_SIGNER_TITLE = "THỦ TRƯỞNG CƠ QUAN"


class RevealRequired(PermissionDenied):
    """Identity on this print needs a supervisor's reveal (a reprint, or not the officer who took the case)."""

    def __init__(self) -> None:
        super().__init__(
            "Chỉ giấy biên nhận in lần đầu, do chính cán bộ tiếp nhận in, mới được ghi danh tính đã nhập. "
            "In lại có danh tính cần lãnh đạo mở khóa danh tính."
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

    def __repr__(self) -> str:  # never dump the PDF (it may hold identity) into a log or traceback
        return (
            f"IssuedDocument(number={self.number!r}, kind={self.kind.value!r}, copies={self.copies},"
            f" shows_identity={self.shows_identity}, pdf=<{len(self.pdf)} bytes>)"
        )


@dataclass(frozen=True)
class _Identity:
    """What identity a case document may show, and on whose authority."""

    case: CaseDetail
    policy: MaskPolicy
    source: str  # "none" | "intake" | "reveal"
    supervisor: str = ""


# ------------------------------------------------------------------------------------------------ helpers


def _required(value: str, field: str, *, multiline: bool = False) -> str:
    text = clean_text(value, multiline=multiline) if isinstance(value, str) else ""
    if not text:
        raise ValidationError([FieldError(field, "Vui lòng nhập thông tin này.")])
    return text


def _optional(value: str, *, multiline: bool = False) -> str:
    return clean_text(value, multiline=multiline) if isinstance(value, str) else ""


def agency_header(desk: Desk) -> AgencyHeader:
    """The NĐ 30/2020 header from the agency settings (signer settings are optional)."""
    _, db, _ = desk._require()
    agency = desk.agency()
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


def _officer_name(desk: Desk, username: str) -> str:
    _, db, _ = desk._require()
    user = settings_repo.get_user(db, username)
    return user.full_name if user is not None and user.full_name else username


def _revealed_identity(desk: Desk, case: CaseDetail, reveal_token: str | None) -> _Identity:
    """Masked without a token; with one, the grant's identities (refused when expired or for another case)."""
    if reveal_token is None:
        return _Identity(case, MaskPolicy.MASKED, "none")
    grant = desk.revealed(reveal_token)
    if grant.case_uid != case.uid:
        raise PermissionDenied("Quyền xem danh tính đã cấp không thuộc hồ sơ này.")
    return _Identity(replace(case, reporters=grant.reporters), MaskPolicy.REVEALED, "reveal", grant.supervisor)


def _shows_identity(case: CaseDetail, policy: MaskPolicy) -> bool:
    return policy.reveal_identity and any(v.identity is not None for v in case.reporters)


def _render(doc: PrintDocument) -> bytes:
    from reception_app.printing.pdf import render_pdf  # reportlab loads on first print, not at start-up

    return render_pdf(doc)


def _issue(
    desk: Desk,
    kind: DocumentKind,
    case: CaseDetail | None,
    build: Callable[[int, datetime], PrintDocument],
    *,
    shows_identity: bool,
    identity_source: str = "none",
    supervisor: str = "",
    extra_audit: dict[str, Any] | None = None,
    disclosure_basis: str = "",
) -> IssuedDocument:
    """Allocate the number, build, render, register and audit in one transaction."""
    session, db, _ = desk._require()
    printed_at = desk.clock.local_naive()
    with db.atomic():
        reprint = case is not None and doc_repo.count_issued(db, case.id, kind.value) > 0
        seq = doc_repo.allocate_number(db, kind.value, printed_at.year)
        doc = build(seq, printed_at)
        pdf = _render(doc)
        doc_repo.record_issued(
            db,
            case_id=case.id if case is not None else None,
            kind=kind.value,
            year=printed_at.year,
            seq=seq,
            number=doc.number,
            printed_by=session.username,
            printed_at=desk.clock.now(),
            copies=doc.copies,
            shows_identity=shows_identity,
        )
        case_uid = case.uid if case is not None else None
        details: dict[str, Any] = {
            "doc_kind": kind.value,
            "doc_number": doc.number,
            "copies": doc.copies,
            "shows_identity": shows_identity,
            "identity_source": identity_source if shows_identity else "none",
            "reprint": reprint,
            **(extra_audit or {}),
        }
        if shows_identity and supervisor:
            details["supervisor"] = supervisor
        desk._audit("document_printed", case_uid=case_uid, **details)
        if disclosure_basis:
            desk._audit(
                "identity_disclosed",
                case_uid=case_uid,
                doc_kind=kind.value,
                doc_number=doc.number,
                supervisor=supervisor,
                disclosure_basis=disclosure_basis,
            )
    return IssuedDocument(doc.number, kind, pdf, doc.copies, shows_identity)


# ----------------------------------------------------------------------------------------------- use cases


def _issue_for(
    desk: Desk, kind: DocumentKind, who: _Identity, build: Callable[[int, datetime], PrintDocument]
) -> IssuedDocument:
    """:func:`_issue` for a document about one case, with the identity decision already made in ``who``."""
    return _issue(
        desk,
        kind,
        who.case,
        build,
        shows_identity=_shows_identity(who.case, who.policy),
        identity_source=who.source,
        supervisor=who.supervisor,
    )


def issue_receipt(
    desk: Desk,
    case_uid: str,
    *,
    intake_identities: Sequence[ReporterIdentity] | None = None,
    reveal_token: str | None = None,
) -> IssuedDocument:
    """Giấy biên nhận (2 copies for complaints, 3 for denunciations, per the template data).

    Args:
        desk: the logged-in desk.
        case_uid: the case.
        intake_identities: the identities as typed at intake, one per reporter in order. Accepted only for
            the case's first receipt printed by the officer who created the case.
        reveal_token: a valid reveal grant for this case (a reprint with identity).

    Raises:
        RevealRequired: ``intake_identities`` on a reprint or by another officer.
        RevealExpired: the token is no longer valid.
        PermissionDenied: the token belongs to another case.
    """
    session, db, _ = desk._require()
    case = desk.get_case(case_uid)
    if intake_identities is not None and reveal_token is not None:
        raise ValueError("pass intake identities or a reveal token, not both")
    if intake_identities is not None:
        first = doc_repo.count_issued(db, case.id, DocumentKind.RECEIPT.value) == 0
        if not first or session.username != case.officer:
            raise RevealRequired()
        if len(intake_identities) != len(case.reporters):
            raise ValueError("one intake identity per reporter")
        views = tuple(replace(v, identity=i) for v, i in zip(case.reporters, intake_identities, strict=True))
        who = _Identity(replace(case, reporters=views), MaskPolicy.REVEALED, "intake")
    else:
        who = _revealed_identity(desk, case, reveal_token)
    header = agency_header(desk)
    code = crypto.short_code(bytes.fromhex(settings_repo.get_setting(db, "verify_key")), case.uid)
    officer = _officer_name(desk, case.officer)

    def build(seq: int, at: datetime) -> PrintDocument:
        return build_receipt(
            who.case,
            who.policy,
            header,
            seq,
            verification_code=code,
            printed_by=session.username,
            printed_at=at,
            officer_name=officer,
        )

    return _issue(
        desk,
        DocumentKind.RECEIPT,
        case,
        build,
        shows_identity=_shows_identity(who.case, who.policy),
        identity_source=who.source,
        supervisor=who.supervisor,
    )


def issue_transfer_slip(
    desk: Desk,
    case_uid: str,
    recipient_body: str,
    *,
    reveal_token: str | None = None,
    disclosure_basis: str = "",
) -> IssuedDocument:
    """Phiếu chuyển đơn to ``recipient_body``.

    For a denunciation (anonymous tip, mixed petition) the slip names the reporter by code only, unless a
    valid ``reveal_token`` *and* a ``disclosure_basis`` (the legal reason or the reporter's written
    consent) are given; the disclosure is then audited with that basis.

    Raises:
        ValidationError: no receiving body.
        DisclosureNeedsReveal: a disclosure basis without a reveal token.
        RevealExpired: the token is no longer valid.
    """
    session, _, _ = desk._require()
    body = _required(recipient_body, "recipient_body")
    basis = _optional(disclosure_basis, multiline=True)
    if basis and reveal_token is None:
        raise DisclosureNeedsReveal()
    who = _revealed_identity(desk, desk.get_case(case_uid), reveal_token)
    authorised = who.source == "reveal" and bool(basis)
    used = effective_policy(who.case, who.policy, disclosure_authorised=authorised, disclosure_basis=basis)
    header = agency_header(desk)

    def build(seq: int, at: datetime) -> PrintDocument:
        return build_transfer_slip(
            who.case,
            who.policy,
            header,
            seq,
            body,
            printed_by=session.username,
            printed_at=at,
            disclosure_authorised=authorised,
            disclosure_basis=basis,
        )

    shows = _shows_identity(who.case, used)
    return _issue(
        desk,
        DocumentKind.TRANSFER_SLIP,
        who.case,
        build,
        shows_identity=shows,
        identity_source=who.source,
        supervisor=who.supervisor,
        disclosure_basis=basis if authorised and shows else "",
    )


def issue_guidance_slip(
    desk: Desk,
    case_uid: str,
    competent_body: str,
    *,
    superior: str = "",
    reveal_token: str | None = None,
) -> IssuedDocument:
    """Phiếu hướng dẫn: the case is outside this agency's jurisdiction; ``competent_body`` handles it."""
    session, _, _ = desk._require()
    body = _required(competent_body, "competent_body")
    above = _optional(superior)
    who = _revealed_identity(desk, desk.get_case(case_uid), reveal_token)
    header = agency_header(desk)

    def build(seq: int, at: datetime) -> PrintDocument:
        return build_guidance_slip(
            who.case, who.policy, header, seq, body, superior=above, printed_by=session.username, printed_at=at
        )

    return _issue_for(desk, DocumentKind.GUIDANCE_SLIP, who, build)


def issue_appointment_slip(
    desk: Desk,
    case_uid: str,
    *,
    appointment_at: datetime,
    appointment_place: str,
    meet_with: str,
    reveal_token: str | None = None,
) -> IssuedDocument:
    """Phiếu hẹn: the citizen meets ``meet_with`` at ``appointment_place`` on ``appointment_at`` (local time)."""
    session, _, _ = desk._require()
    place = _required(appointment_place, "appointment_place")
    person = _required(meet_with, "meet_with")
    who = _revealed_identity(desk, desk.get_case(case_uid), reveal_token)
    header = agency_header(desk)
    officer = _officer_name(desk, session.username)

    def build(seq: int, at: datetime) -> PrintDocument:
        return build_appointment_slip(
            who.case,
            who.policy,
            header,
            seq,
            appointment_at=appointment_at,
            appointment_place=place,
            meet_with=person,
            printed_by=session.username,
            printed_at=at,
            officer_name=officer,
        )

    return _issue_for(desk, DocumentKind.APPOINTMENT_SLIP, who, build)


def issue_acceptance_proposal(
    desk: Desk,
    case_uid: str,
    addressee: str,
    *,
    prior_handling: str = "",
    reveal_token: str | None = None,
) -> IssuedDocument:
    """Phiếu đề xuất thụ lý đơn (internal) addressed to ``addressee``."""
    session, _, _ = desk._require()
    to = _required(addressee, "addressee")
    prior = _optional(prior_handling, multiline=True)
    who = _revealed_identity(desk, desk.get_case(case_uid), reveal_token)
    header = agency_header(desk)
    officer = _officer_name(desk, session.username)

    def build(seq: int, at: datetime) -> PrintDocument:
        return build_acceptance_proposal(
            who.case,
            who.policy,
            header,
            seq,
            to,
            prior_handling=prior,
            officer_name=officer,
            printed_by=session.username,
            printed_at=at,
        )

    return _issue_for(desk, DocumentKind.ACCEPTANCE_PROPOSAL, who, build)


def refusal_grounds() -> dict[str, str]:
    """The refusal grounds of the template data (key → wording, Luật TCD Điều 9)."""
    return dict(default_templates().document(DocumentKind.REFUSAL_NOTICE.value).grounds)


def issue_refusal_notice(
    desk: Desk,
    case_uid: str,
    *,
    ground: str,
    details: str = "",
    prior_answer: str = "",
    superior: str = "",
    reveal_token: str | None = None,
) -> IssuedDocument:
    """Thông báo từ chối tiếp công dân on ``ground`` (a key of :func:`refusal_grounds`)."""
    session, _, _ = desk._require()
    if ground not in refusal_grounds():
        raise ValidationError([FieldError("ground", "Vui lòng chọn căn cứ từ chối.")])
    facts = _optional(details, multiline=True)
    answer = _optional(prior_answer, multiline=True)
    above = _optional(superior)
    who = _revealed_identity(desk, desk.get_case(case_uid), reveal_token)
    header = agency_header(desk)

    def build(seq: int, at: datetime) -> PrintDocument:
        return build_refusal_notice(
            who.case,
            who.policy,
            header,
            seq,
            ground=ground,
            details=facts,
            prior_answer=answer,
            superior=above,
            printed_by=session.username,
            printed_at=at,
        )

    return _issue_for(desk, DocumentKind.REFUSAL_NOTICE, who, build)


def issue_logbook(desk: Desk, date_from: date, date_to: date) -> IssuedDocument:
    """Sổ tiếp công dân for the cases received from ``date_from`` to ``date_to`` (inclusive). Always masked.

    Raises:
        ValidationError: ``date_to`` is before ``date_from``.
        LogbookTooLarge: too many cases in the period.
    """
    session, db, _ = desk._require()
    if date_to < date_from:
        raise ValidationError([FieldError("date_to", "Ngày kết thúc phải sau ngày bắt đầu.")])
    rows: list[LogbookRow] = []
    for row in doc_repo.case_rows_received_between(db, date_from, date_to):
        case = desk.get_case(str(row["uid"]))  # masked views: identity never leaves the seal here
        rows.append(LogbookRow(case))
    header = agency_header(desk)

    def build(seq: int, at: datetime) -> PrintDocument:
        return build_logbook(
            rows, date_from, date_to, header, MaskPolicy.MASKED, printed_by=session.username, printed_at=at, number=seq
        )

    return _issue(
        desk,
        DocumentKind.LOGBOOK,
        None,
        build,
        shows_identity=False,
        extra_audit={"count": len(rows), "date_from": date_from.isoformat(), "date_to": date_to.isoformat()},
    )


def issued_documents(desk: Desk, case_uid: str) -> list[IssuedRecord]:
    """The documents printed for a case, oldest first (numbers, kinds, who, when; never content)."""
    _, db, _ = desk._require()
    row = case_repo.find_case_row(db, case_uid)
    if row is None:
        return []
    return doc_repo.issued_for_case(db, int(row["id"]))
