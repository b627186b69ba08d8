"""Pure, renderer-independent documents: a case + a mask policy → :class:`PrintDocument`.

Builders here never import reportlab; they only decide *what* is printed. Wording, citations, form labels
and copy counts come from the template data (:mod:`reception_app.printing.templates`). Every reporter
identity value goes through :mod:`reception_app.models.masking` (``reporter_lines`` /
``reporter_display_name``): this module never formats identity itself.

Identity rules (ARCHITECTURE.md §4, Luật Tố cáo Điều 8.3 and 56):

- the builder applies the policy it is given (a receipt printed at intake may be revealed);
- a transfer slip for a denunciation (or an anonymous tip, or a mixed petition that may contain one) is
  always masked unless the caller passes ``disclosure_authorised=True`` with a legal basis;
- logbook rows of those kinds are always masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from reception_app.models.case import CaseDetail, ReporterView
from reception_app.models.enums import CaseKind
from reception_app.models.masking import (
    IDENTITY_FIELDS,
    REPORTER_CODE_LABEL,
    MaskPolicy,
    format_date_vn,
    reporter_display_name,
    reporter_lines,
)
from reception_app.printing.templates import DocumentTemplate, TemplateError, Templates, default_templates, fill

# Kinds whose reporter identity never leaves the desk on a slip or in the logbook without an explicit,
# recorded authorisation. A mixed petition may contain a denunciation, so it is treated the same way.
PROTECTED_KINDS = frozenset({CaseKind.DENUNCIATION, CaseKind.ANONYMOUS_TIP, CaseKind.MIXED})


class DocumentKind(StrEnum):
    """The documents the desk prints (ARCHITECTURE.md §7). Values are the template keys."""

    RECEIPT = "receipt"
    TRANSFER_SLIP = "transfer_slip"
    GUIDANCE_SLIP = "guidance_slip"
    APPOINTMENT_SLIP = "appointment_slip"
    ACCEPTANCE_PROPOSAL = "acceptance_proposal"
    REFUSAL_NOTICE = "refusal_notice"
    LOGBOOK = "logbook"


@dataclass(frozen=True)
class AgencyHeader:
    """Who issues the document (NĐ 30/2020 boxes 2, 3, 7).

    ``parent_agency`` and ``agency_name`` are printed upper-case in the header; ``agency_in_text`` (if
    given) is how the agency is named inside sentences, e.g. "Thanh tra tỉnh Đắk Lắk".
    ``signer_title`` may span lines ("KT. CHÁNH THANH TRA\\nPHÓ CHÁNH THANH TRA").
    """

    parent_agency: str
    agency_name: str
    place_name: str
    doc_symbol: str
    signer_title: str
    signer_name: str
    agency_in_text: str = ""

    @property
    def agency_for_text(self) -> str:
        return self.agency_in_text or self.agency_name


class ParaStyle(StrEnum):
    """How a paragraph is set (NĐ 30/2020 Phụ lục I)."""

    BODY = "body"  # justified, first-line indent
    LEAD = "lead"  # justified, no indent (a line that introduces a list)
    BASIS = "basis"  # italic legal basis line "Căn cứ …;"
    NOTE = "note"  # smaller italic remark
    CENTER = "center"  # centred line


@dataclass(frozen=True)
class Para:
    text: str
    style: ParaStyle = ParaStyle.BODY


@dataclass(frozen=True)
class NumberedList:
    items: tuple[str, ...]
    start: int = 1


@dataclass(frozen=True)
class KeyValues:
    """Label/value rows ("Họ và tên: …"). Printed as "label: value" lines with a hanging indent."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TableBlock:
    """A grid with a header row repeated on every page; ``widths`` are relative."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    number_row: bool = True  # a second header row "(1) (2) …" as on official logbooks
    empty_text: str = ""


@dataclass(frozen=True)
class Verification:
    """A look-up line plus a QR code of the same text. Never carries identity."""

    text: str


Block = Para | NumberedList | KeyValues | TableBlock | Verification


@dataclass(frozen=True)
class SignatureBlock:
    title: str  # upper-case authority/position; may contain "\n"
    note: str = ""  # "(Ký, ghi rõ họ tên, đóng dấu)"
    name: str = ""


@dataclass(frozen=True)
class PageTexts:
    """Fixed wording around the content (from the template data, already filled)."""

    national_name: str = ""
    motto: str = ""
    number_line: str = ""  # "Số: 05/PC-TTr"
    recipient_line: str = ""  # "Kính gửi: …"
    distribution_heading: str = ""  # "Nơi nhận:"


@dataclass(frozen=True)
class PrintDocument:
    """Everything the renderer needs, and nothing it must decide about identity."""

    kind: DocumentKind
    number: str  # formatted, e.g. "05/PC-TTr"; "" prints no "Số:" line
    title: str
    header: AgencyHeader
    place_date: str
    recipient: str | None  # "Kính gửi:" addressee
    blocks: tuple[Block, ...]
    distribution: tuple[str, ...]  # "Nơi nhận:" lines; empty → no block
    signatures: tuple[SignatureBlock, ...]
    footer_note: str
    copies: int = 1
    copy_labels: tuple[str, ...] = ()
    landscape: bool = False
    subtitle: str = ""
    form_label: str = ""
    chrome: PageTexts = field(default_factory=PageTexts)

    def __post_init__(self) -> None:
        if self.copies < 1:
            raise ValueError("copies must be at least 1")
        if self.copy_labels and len(self.copy_labels) != self.copies:
            raise ValueError("one copy label per copy")


@dataclass(frozen=True)
class LogbookRow:
    """One line of the Sổ tiếp công dân (Mẫu 03/TCD columns 8–13 are not in ``CaseDetail``)."""

    case: CaseDetail
    prior_resolution: str = ""  # (8) cơ quan đã giải quyết
    within_jurisdiction: bool | None = None  # (9)
    guided_to: str = ""  # (10) hướng dẫn đến …, số văn bản
    accepted_by: str = ""  # (11) cơ quan thụ lý, số văn bản chuyển
    follow_up: str = ""  # (12) theo dõi kết quả
    note: str = ""  # (13) ghi chú


# ------------------------------------------------------------------------------------------ formatting


def format_doc_number(seq: int, type_symbol: str, agency_symbol: str, templates: Templates | None = None) -> str:
    """ "05/PC-TTr": numbers below 10 get a leading zero (NĐ 30/2020); groups joined per the template."""
    if seq < 1:
        raise ValueError("document numbers start at 1")
    tpl = templates or default_templates()
    return fill(
        tpl.common_text("number_format"),
        {"seq": f"{seq:02d}", "type_symbol": type_symbol, "agency_symbol": agency_symbol},
    )


def _date_slots(d: date, templates: Templates) -> dict[str, str]:
    month = f"{d.month:02d}" if d.month <= templates.month_zero_pad_upto else str(d.month)
    return {"day": f"{d.day:02d}", "month": month, "year": f"{d.year:04d}"}


def place_date_line(place: str, on: date, templates: Templates | None = None) -> str:
    """ "Đắk Lắk, ngày 05 tháng 01 năm 2027" (day < 10 and months 1–2 zero-padded, NĐ 30/2020)."""
    tpl = templates or default_templates()
    return fill(tpl.common_text("date_line"), {"place": place, **_date_slots(on, tpl)})


def _datetime_text(at: datetime, templates: Templates) -> str:
    return fill(
        templates.common_text("datetime_format"),
        {"date": format_date_vn(at.date()), "hour": f"{at.hour:02d}", "minute": f"{at.minute:02d}"},
    )


def _two_digits(n: int) -> str:
    return f"{n:02d}"


# --------------------------------------------------------------------------------------------- identity


def effective_policy(
    case: CaseDetail, policy: MaskPolicy, *, disclosure_authorised: bool = False, disclosure_basis: str = ""
) -> MaskPolicy:
    """The policy a slip may actually use: protected kinds are masked unless disclosure is authorised."""
    if disclosure_authorised and not disclosure_basis.strip():
        raise ValueError("disclosure_authorised requires the legal basis (or the reporter's written consent)")
    if case.kind in PROTECTED_KINDS and not disclosure_authorised:
        return MaskPolicy.MASKED
    return policy


_FIELD_LABELS = dict(IDENTITY_FIELDS)


def identity_rows(view: ReporterView, policy: MaskPolicy, fields: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """The reporter code row plus the rows of ``fields`` (names from ``masking.IDENTITY_FIELDS``), in the
    masking module's order and wording. Values come only from ``reporter_lines``; revealed rows with an empty
    value are left out (a masked row is never empty)."""
    unknown = [f for f in fields if f not in _FIELD_LABELS]
    if unknown:
        raise TemplateError(f"unknown identity fields {unknown}; known: {sorted(_FIELD_LABELS)}")
    wanted = {REPORTER_CODE_LABEL} | {_FIELD_LABELS[f] for f in fields}
    return tuple((label, text) for label, text in reporter_lines(view, policy) if label in wanted and text)


def _reporter_rows(
    views: Sequence[ReporterView], policy: MaskPolicy, templates: Templates, fields: Sequence[str]
) -> list[Block]:
    """Identity rows for every reporter, produced only by the masking module."""
    if len(views) == 1:
        return [KeyValues(identity_rows(views[0], policy, fields))]
    blocks: list[Block] = []
    for n, view in enumerate(views, start=1):
        heading = fill(templates.common_text("reporter_heading"), {"n": str(n), "code": view.reporter_code})
        blocks.append(Para(heading, ParaStyle.LEAD))
        blocks.append(KeyValues(identity_rows(view, policy, fields)))
    return blocks


def _reporter_refs(
    views: Sequence[ReporterView], policy: MaskPolicy, templates: Templates, key: str = "reporter_ref"
) -> str:
    """ "ông (bà) <display name>, …" with display names from the masking module."""
    if not views:
        return templates.common_text("anonymous_ref")
    refs = [fill(templates.common_text(key), {"name": reporter_display_name(v, policy)}) for v in views]
    return templates.common_text("reporter_ref_joiner").join(refs)


def _display_names(views: Sequence[ReporterView], policy: MaskPolicy, templates: Templates) -> str:
    if not views:
        return templates.common_text("anonymous_ref")
    return templates.common_text("reporter_ref_joiner").join(reporter_display_name(v, policy) for v in views)


# ----------------------------------------------------------------------------------------------- shared


@dataclass(frozen=True)
class _Ctx:
    """What every builder needs to fill slots."""

    tpl: Templates
    doc: DocumentTemplate
    kind: CaseKind | None
    slots: dict[str, str]

    def text(self, key: str, **extra: str) -> str:
        return fill(self.doc.text(key, self.kind), {**self.slots, **extra})

    def lines(self, templates_: Sequence[str], **extra: str) -> tuple[str, ...]:
        return tuple(fill(t, {**self.slots, **extra}) for t in templates_)

    def reporters(self, views: Sequence[ReporterView], policy: MaskPolicy) -> list[Block]:
        return _reporter_rows(views, policy, self.tpl, self.doc.identity_fields)


def _context(
    doc_kind: DocumentKind,
    case_kind: CaseKind | None,
    header: AgencyHeader,
    templates: Templates | None,
    **slots: str,
) -> _Ctx:
    tpl = templates or default_templates()
    base: dict[str, str] = dict(tpl.citation_slots())
    if case_kind is not None:
        base.update(tpl.words(case_kind).slots())
    base.update(
        {
            "agency": header.agency_for_text,
            "agency_symbol": header.doc_symbol,
            "archive_unit": header.doc_symbol,
            "signer_title": header.signer_title,
            "signer_name": header.signer_name,
            "place": header.place_name,
        }
    )
    base.update(slots)
    return _Ctx(tpl, tpl.document(doc_kind.value), case_kind, base)


def _legal_basis(ctx: _Ctx, given: Sequence[str] | None) -> list[Block]:
    lines = tuple(given) if given is not None else ctx.lines(ctx.doc.legal_basis(ctx.kind))
    return [Para(line, ParaStyle.BASIS) for line in lines if line.strip()]


def _signatures(ctx: _Ctx) -> tuple[SignatureBlock, ...]:
    return tuple(
        SignatureBlock(fill(s.title, ctx.slots), fill(s.note, ctx.slots), fill(s.name, ctx.slots))
        for s in ctx.doc.signatures(ctx.kind)
    )


def _copy_labels(ctx: _Ctx, copies: int) -> tuple[str, ...]:
    labels = ctx.lines(ctx.doc.copy_labels(ctx.kind))
    if len(labels) == copies:
        return labels
    if copies == 1:
        return ()
    fallback = ctx.tpl.common_text("copy_label_fallback")
    return tuple(fill(fallback, {"n": str(n)}) for n in range(1, copies + 1))


def _finish(
    ctx: _Ctx,
    kind: DocumentKind,
    *,
    header: AgencyHeader,
    number: str,
    on: date,
    recipient: str | None,
    blocks: Sequence[Block],
    distribution: Sequence[str],
    printed_by: str,
    printed_at: datetime,
    copies: int | None = None,
    footer_ref: str | None = None,
    title_slots: dict[str, str] | None = None,
) -> PrintDocument:
    n_copies = copies if copies is not None else ctx.doc.copies(ctx.kind)
    title_ctx = {**ctx.slots, **(title_slots or {})}
    footer = fill(
        ctx.tpl.common_text("footer"),
        {"number": footer_ref or number, "user": printed_by, "printed_at": _datetime_text(printed_at, ctx.tpl)},
    )
    return PrintDocument(
        kind=kind,
        number=number,
        title=fill(ctx.doc.title(ctx.kind), title_ctx),
        subtitle=fill(ctx.doc.subtitle(ctx.kind), title_ctx),
        form_label=fill(ctx.doc.form_label(ctx.kind), title_ctx),
        header=header,
        place_date=place_date_line(header.place_name, on, ctx.tpl),
        recipient=recipient,
        blocks=tuple(blocks),
        distribution=tuple(distribution),
        signatures=_signatures(ctx),
        footer_note=footer,
        copies=n_copies,
        copy_labels=_copy_labels(ctx, n_copies),
        landscape=ctx.doc.landscape,
        chrome=PageTexts(
            national_name=ctx.tpl.common_text("national_name"),
            motto=ctx.tpl.common_text("motto"),
            number_line=fill(ctx.tpl.common_text("number_line"), {"number": number}) if number else "",
            recipient_line=fill(ctx.tpl.common_text("recipient_line"), {"recipient": recipient}) if recipient else "",
            distribution_heading=ctx.tpl.common_text("recipients_heading"),
        ),
    )


def _number(ctx: _Ctx, header: AgencyHeader, number: int) -> str:
    return format_doc_number(number, ctx.doc.type_symbol, header.doc_symbol, ctx.tpl)


def _received_date(case: CaseDetail) -> str:
    return format_date_vn(case.received_at.date())


# --------------------------------------------------------------------------------------------- builders


def build_receipt(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    *,
    verification_code: str,
    printed_by: str,
    printed_at: datetime,
    on: date | None = None,
    officer_name: str | None = None,
    officer_title: str | None = None,
    reception_place: str | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Giấy biên nhận thông tin, tài liệu, bằng chứng (DOMAIN-VN §2.3); copies per kind from the data.

    The policy is applied as given: at intake the caller may pass a revealed policy so the citizen's own
    copy shows their identity; a reprint needs a supervisor's reveal (decided by the caller).
    """
    ctx = _context(DocumentKind.RECEIPT, case.kind, header, templates, officer=officer_name or case.officer)
    at = case.received_at
    copies = ctx.doc.copies(case.kind)
    blocks: list[Block] = [
        Para(
            ctx.text(
                "time_place",
                hour=f"{at.hour:02d}",
                minute=f"{at.minute:02d}",
                **_date_slots(at.date(), ctx.tpl),
                reception_place=reception_place or header.agency_for_text,
            )
        ),
        Para(ctx.text("officer", officer_title=officer_title or ctx.text("officer_title_default"))),
        Para(ctx.text("received_from")),
    ]
    if case.reporters:
        blocks += ctx.reporters(case.reporters, policy)
    else:
        blocks.append(Para(ctx.tpl.common_text("anonymous_reporter"), ParaStyle.LEAD))
    blocks.append(Para(ctx.text("items_intro")))
    if case.documents:
        items = tuple(
            ctx.text("item", name=d.name, pages=_two_digits(d.pages), state=d.state.label) for d in case.documents
        )
        blocks.append(NumberedList(items))
    else:
        blocks.append(Para(ctx.text("no_items"), ParaStyle.LEAD))
    blocks.append(Para(ctx.text("closing", copies=_two_digits(copies))))
    blocks.append(Verification(ctx.text("verification", case_number=case.number, code=verification_code)))
    return _finish(
        ctx,
        DocumentKind.RECEIPT,
        header=header,
        number=_number(ctx, header, number),
        on=on or printed_at.date(),
        recipient=None,
        blocks=blocks,
        distribution=(),
        printed_by=printed_by,
        printed_at=printed_at,
        copies=copies,
    )


def build_transfer_slip(  # noqa: PLR0917 - positional order as specified for callers
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    recipient_body: str,
    legal_basis: Sequence[str] | None = None,
    *,
    printed_by: str,
    printed_at: datetime,
    on: date | None = None,
    disclosure_authorised: bool = False,
    disclosure_basis: str = "",
    include_content: bool = True,
    report_back: bool = True,
    archive_unit: str | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Phiếu chuyển đơn (DOMAIN-VN §2.4). ``legal_basis=None`` uses the data's 'Căn cứ' lines.

    For a denunciation the slip carries only the reporter code unless ``disclosure_authorised`` is True
    *and* ``disclosure_basis`` names the legal reason or the reporter's written consent — even if a
    revealed policy is passed.
    """
    used = effective_policy(
        case, policy, disclosure_authorised=disclosure_authorised, disclosure_basis=disclosure_basis
    )
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.TRANSFER_SLIP,
        case.kind,
        header,
        tpl,
        recipient=recipient_body,
        received_date=_received_date(case),
        reporter_refs=_reporter_refs(case.reporters, used, tpl),
        reporter_refs_listed=_reporter_refs(case.reporters, used, tpl, key="reporter_ref_listed"),
        codes=", ".join(v.reporter_code for v in case.reporters),
        subject=case.subject,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    blocks: list[Block] = _legal_basis(ctx, legal_basis)
    if case.reporters:
        blocks.append(Para(ctx.text("received")))
        blocks.append(Para(ctx.text("reporter_info"), ParaStyle.LEAD))
        blocks += ctx.reporters(case.reporters, used)
    else:
        blocks.append(Para(ctx.text("received_anonymous")))
    blocks.append(Para(ctx.text("summary")))
    if include_content and case.content.strip():
        blocks.append(Para(ctx.text("content", content=case.content)))
    if case.documents:
        names = "; ".join(d.name for d in case.documents)
        blocks.append(Para(ctx.text("attachments", documents=names)))
    blocks.append(Para(ctx.text("decision")))
    if report_back:
        blocks.append(Para(ctx.text("report_back")))
    if case.kind in PROTECTED_KINDS and case.reporters:
        if disclosure_authorised:
            blocks.append(Para(ctx.text("disclosure", disclosure_basis=disclosure_basis), ParaStyle.NOTE))
        else:
            blocks.append(Para(ctx.text("masked_note"), ParaStyle.NOTE))
    distribution = (
        ctx.lines(ctx.doc.recipients(case.kind))
        if case.reporters
        else ctx.lines(ctx.doc.extra_list("recipients_without_reporter"))
    )
    return _finish(
        ctx,
        DocumentKind.TRANSFER_SLIP,
        header=header,
        number=_number(ctx, header, number),
        on=on or printed_at.date(),
        recipient=recipient_body,
        blocks=blocks,
        distribution=distribution,
        printed_by=printed_by,
        printed_at=printed_at,
    )


def build_guidance_slip(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    competent_body: str,
    *,
    printed_by: str,
    printed_at: datetime,
    on: date | None = None,
    superior: str = "",
    legal_basis: Sequence[str] | None = None,
    archive_unit: str | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Phiếu hướng dẫn (DOMAIN-VN §2.5): the case is outside this agency's jurisdiction; guide the citizen."""
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.GUIDANCE_SLIP,
        case.kind,
        header,
        tpl,
        competent_body=competent_body,
        superior=superior,
        received_date=_received_date(case),
        name=_display_names(case.reporters, policy, tpl),
        subject=case.subject,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    blocks: list[Block] = [Para(ctx.text("received"))]
    if case.reporters:
        blocks += ctx.reporters(case.reporters, policy)
    else:
        blocks.append(Para(tpl.common_text("anonymous_reporter"), ParaStyle.LEAD))
    blocks.append(Para(ctx.text("about")))
    blocks += _legal_basis(ctx, legal_basis)
    blocks.append(Para(ctx.text("decision")))
    distribution = list(ctx.lines(ctx.doc.recipients(case.kind)))
    if superior:
        distribution.insert(1, fill(ctx.doc.extra_text("recipients_superior"), ctx.slots))
    return _finish(
        ctx,
        DocumentKind.GUIDANCE_SLIP,
        header=header,
        number=_number(ctx, header, number),
        on=on or printed_at.date(),
        recipient=ctx.text("recipient") if case.reporters else None,
        blocks=blocks,
        distribution=distribution,
        printed_by=printed_by,
        printed_at=printed_at,
    )


def build_appointment_slip(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    *,
    appointment_at: datetime,
    appointment_place: str,
    meet_with: str,
    printed_by: str,
    printed_at: datetime,
    on: date | None = None,
    officer_name: str | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Phiếu hẹn (Mẫu 04-TCD baseline): the citizen asked to meet the head of the agency."""
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.APPOINTMENT_SLIP,
        case.kind,
        header,
        tpl,
        officer=officer_name or case.officer,
        name=_display_names(case.reporters, policy, tpl),
        appointment_place=appointment_place,
        meet_with=meet_with,
        subject=case.subject,
    )
    blocks: list[Block] = [
        Para(
            ctx.text(
                "body",
                hour=f"{appointment_at.hour:02d}",
                minute=f"{appointment_at.minute:02d}",
                **_date_slots(appointment_at.date(), tpl),
            )
        ),
        Para(ctx.text("about")),
        Para(ctx.text("bring")),
    ]
    return _finish(
        ctx,
        DocumentKind.APPOINTMENT_SLIP,
        header=header,
        number=_number(ctx, header, number),
        on=on or printed_at.date(),
        recipient=ctx.text("recipient") if case.reporters else None,
        blocks=blocks,
        distribution=(),
        printed_by=printed_by,
        printed_at=printed_at,
    )


def build_acceptance_proposal(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    addressee: str,
    *,
    printed_by: str,
    printed_at: datetime,
    on: date | None = None,
    prior_handling: str = "",
    officer_name: str | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Phiếu đề xuất thụ lý đơn (TT 05/2021 Mẫu 01): internal, three signatures, no distribution list."""
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.ACCEPTANCE_PROPOSAL,
        case.kind,
        header,
        tpl,
        addressee=addressee,
        officer=officer_name or case.officer,
        received_date=_received_date(case),
        subject=case.subject,
        prior_handling=prior_handling,
    )
    blocks: list[Block] = []
    if case.reporters:
        blocks.append(Para(ctx.text("received")))
        blocks += ctx.reporters(case.reporters, policy)
    else:
        blocks.append(Para(ctx.text("received_anonymous")))
    blocks.append(Para(ctx.text("summary")))
    if case.content.strip():
        blocks.append(Para(ctx.text("content", content=case.content)))
    blocks.append(Para(ctx.text("prior") if prior_handling.strip() else ctx.text("no_prior")))
    blocks.append(Para(ctx.text("decision")))
    return _finish(
        ctx,
        DocumentKind.ACCEPTANCE_PROPOSAL,
        header=header,
        number=_number(ctx, header, number),
        on=on or printed_at.date(),
        recipient=addressee,
        blocks=blocks,
        distribution=(),
        printed_by=printed_by,
        printed_at=printed_at,
    )


def build_refusal_notice(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    *,
    ground: str,
    printed_by: str,
    printed_at: datetime,
    on: date | None = None,
    details: str = "",
    prior_answer: str = "",
    superior: str = "",
    legal_basis: Sequence[str] | None = None,
    archive_unit: str | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Thông báo từ chối tiếp công dân (Luật TCD Điều 9). ``ground`` is a key of the data's ``grounds``
    ("k1".."k4"); ``details`` adds the officer's own description of the facts."""
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.REFUSAL_NOTICE,
        case.kind,
        header,
        tpl,
        name=_display_names(case.reporters, policy, tpl),
        received_date=_received_date(case),
        subject=case.subject,
        prior_answer=prior_answer,
        superior=superior,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    if ground not in ctx.doc.grounds:
        raise ValueError(f"unknown refusal ground {ground!r}; known: {sorted(ctx.doc.grounds)}")
    blocks: list[Block] = _legal_basis(ctx, legal_basis)
    blocks.append(Para(ctx.text("visit")))
    if case.reporters:
        blocks += ctx.reporters(case.reporters, policy)
    blocks.append(Para(ctx.text("about")))
    if prior_answer.strip():
        blocks.append(Para(ctx.text("prior_answer")))
    blocks.append(Para(ctx.text("ground_intro"), ParaStyle.LEAD))
    blocks.append(Para(fill(ctx.doc.grounds[ground], ctx.slots)))
    if details.strip():
        blocks.append(Para(details))
    blocks.append(Para(ctx.text("decision")))
    distribution = (
        ctx.lines(ctx.doc.recipients(case.kind))
        if superior
        else ctx.lines(ctx.doc.extra_list("recipients_without_superior"))
    )
    return _finish(
        ctx,
        DocumentKind.REFUSAL_NOTICE,
        header=header,
        number=_number(ctx, header, number),
        on=on or printed_at.date(),
        recipient=ctx.text("recipient") if case.reporters else None,
        blocks=blocks,
        distribution=distribution,
        printed_by=printed_by,
        printed_at=printed_at,
    )


def _logbook_identity(case: CaseDetail, policy: MaskPolicy, doc: DocumentTemplate, anonymous: str) -> tuple[str, str]:
    """Columns (3) 'Họ tên, địa chỉ' and (4) 'CCCD/CMND/Hộ chiếu' — values only from the masking module."""
    if not case.reporters:
        return anonymous, ""
    who: list[str] = []
    papers: list[str] = []
    for view in case.reporters:
        name_rows = identity_rows(view, policy, doc.logbook_name_fields)
        paper_rows = identity_rows(view, policy, doc.logbook_id_fields)
        who.append(
            "\n".join([reporter_display_name(view, policy), *(t for lbl, t in name_rows if lbl != REPORTER_CODE_LABEL)])
        )
        papers.append("\n".join(t for lbl, t in paper_rows if lbl != REPORTER_CODE_LABEL))
    return "\n\n".join(who), "\n\n".join(papers)


def build_logbook(
    rows: Sequence[LogbookRow],
    date_from: date,
    date_to: date,
    header: AgencyHeader,
    policy: MaskPolicy,
    *,
    printed_by: str,
    printed_at: datetime,
    number: int | None = None,
    on: date | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Sổ tiếp công dân for a period: A4 landscape, the 13 columns of Mẫu 03/TCD, header row repeated.

    Rows of protected kinds (denunciations, anonymous tips, mixed petitions) are always masked.
    """
    if date_to < date_from:
        raise ValueError("date_to is before date_from")
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.LOGBOOK,
        None,
        header,
        tpl,
        date_from=format_date_vn(date_from),
        date_to=format_date_vn(date_to),
    )
    masked = MaskPolicy.MASKED
    table_rows: list[tuple[str, ...]] = []
    for i, row in enumerate(rows, start=1):
        case = row.case
        used = masked if case.kind in PROTECTED_KINDS else policy
        who, ids = _logbook_identity(case, used, ctx.doc, ctx.text("anonymous"))
        jurisdiction = {
            True: ctx.text("within_jurisdiction"),
            False: ctx.text("outside_jurisdiction"),
            None: "",
        }[row.within_jurisdiction]
        table_rows.append(
            (
                str(i),
                format_date_vn(case.received_at.date()),
                who,
                ids,
                f"{case.number}\n{case.subject}" if case.number else case.subject,
                tpl.words(case.kind).logbook_code,
                str(case.group_size),
                row.prior_resolution,
                jurisdiction,
                row.guided_to,
                row.accepted_by,
                row.follow_up,
                row.note,
            )
        )
    columns = ctx.doc.columns
    table = TableBlock(
        header=tuple(c.title for c in columns),
        rows=tuple(table_rows),
        widths=tuple(c.width for c in columns),
        number_row=True,
        empty_text=ctx.text("empty"),
    )
    formatted = format_doc_number(number, ctx.doc.type_symbol, header.doc_symbol, tpl) if number else ""
    return _finish(
        ctx,
        DocumentKind.LOGBOOK,
        header=header,
        number=formatted,
        on=on or printed_at.date(),
        recipient=None,
        blocks=(table,),
        distribution=(),
        printed_by=printed_by,
        printed_at=printed_at,
        footer_ref=formatted or ctx.text("number_missing"),
    )
