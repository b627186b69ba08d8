"""Pure, renderer-independent documents: a case + a mask policy → :class:`PrintDocument`.

Builders here never import reportlab; they only decide *what* is printed. Wording, citations, form labels
and copy counts come from the template data (:mod:`reception_app.printing.templates`). Every reporter
identity value goes through :mod:`reception_app.models.masking` (``reporter_lines`` /
``reporter_display_name``): this module never formats identity itself.

Identity rules (ARCHITECTURE.md §4, Luật Tố cáo Điều 8.3 and 56): a document is a set of copies, one per
addressee (:class:`CopyPart`, roles from the template data's ``copy_plan``). Each copy shows identity only
when the policy it is given carries identity *and* :func:`reception_app.models.recipients.identity_allowed`
allows it for that document, case kind, copy role and identity source. So a guidance slip for a
denunciation names the denouncer on their own copy and the file copy, never on the copy to the competent
body or the superior; a transfer slip (to another body) never does without a recorded disclosure basis; the
logbook never does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from reception_app.models.case import CaseDetail, ReporterView
from reception_app.models.enums import CaseKind, Channel
from reception_app.models.masking import (
    IDENTITY_FIELDS,
    REPORTER_CODE_LABEL,
    MaskPolicy,
    format_date_vn,
    reporter_display_name,
    reporter_lines,
)
from reception_app.models.recipients import (
    PROTECTED_KINDS,
    DocumentKind,
    IdentitySource,
    Recipient,
    RecipientRole,
    identity_allowed,
)
from reception_app.printing.templates import DocumentTemplate, TemplateError, Templates, default_templates, fill


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
class CopyPart:
    """One copy of a document, addressed to one recipient, with the content that copy may carry.

    Attributes:
        recipient: the addressee (role and label).
        blocks: the body of this copy (identity already decided for its role).
        recipient_line: the filled "Kính gửi: …" line of this copy ("" for none).
        footer: the footer of this copy (the citizen's copy carries no officer login name).
        shows_identity: whether this copy prints any identity value.
    """

    recipient: Recipient
    blocks: tuple[Block, ...]
    recipient_line: str = ""
    footer: str = ""
    shows_identity: bool = False


@dataclass(frozen=True)
class PrintDocument:
    """Everything the renderer needs, and nothing it must decide about identity.

    ``parts`` holds one entry per copy (each with its own body); ``blocks``/``recipient`` are the first
    copy's, kept for callers that read a one-copy document.
    """

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
    parts: tuple[CopyPart, ...] = ()

    def __post_init__(self) -> None:
        if self.copies < 1:
            raise ValueError("copies must be at least 1")
        if self.copy_labels and len(self.copy_labels) != self.copies:
            raise ValueError("one copy label per copy")
        if self.parts and len(self.parts) != self.copies:
            raise ValueError("one part per copy")

    @property
    def shows_identity(self) -> bool:
        """Whether any copy prints an identity value."""
        return any(p.shows_identity for p in self.parts)

    def roles(self) -> tuple[RecipientRole, ...]:
        return tuple(p.recipient.role for p in self.parts)


def select_copies(doc: PrintDocument, roles: Sequence[RecipientRole] | None) -> PrintDocument:
    """``doc`` with only the copies addressed to ``roles`` (None: all). Raises ValueError when none is left."""
    if roles is None or not doc.parts:
        return doc
    wanted = set(roles)
    parts = tuple(p for p in doc.parts if p.recipient.role in wanted)
    if not parts:
        raise ValueError("no copy of this document is addressed to the chosen recipients")
    return replace(
        doc,
        parts=parts,
        copies=len(parts),
        copy_labels=tuple(p.recipient.label for p in parts),
        blocks=parts[0].blocks,
    )


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
    """The policy the copy of a transfer slip to another body may use (:func:`identity_allowed`)."""
    if disclosure_authorised and not disclosure_basis.strip():
        raise ValueError("disclosure_authorised requires the legal basis (or the reporter's written consent)")
    source = IdentitySource.REVEAL if policy.reveal_identity else IdentitySource.NONE
    allowed = identity_allowed(
        DocumentKind.TRANSFER_SLIP, case.kind, RecipientRole.BODY, source, disclosure_recorded=disclosure_authorised
    )
    return policy if allowed else MaskPolicy.MASKED


def copy_policy(
    document: DocumentKind,
    case_kind: CaseKind,
    role: RecipientRole,
    policy: MaskPolicy,
    source: IdentitySource | None = None,
    *,
    disclosure_recorded: bool = False,
) -> MaskPolicy:
    """The policy one copy uses: ``policy`` when it carries identity and the rule allows it, else masked.

    ``source`` None means "a supervisor's reveal" when ``policy`` reveals, else none.
    """
    if not policy.reveal_identity:
        return MaskPolicy.MASKED
    used = source if source is not None else IdentitySource.REVEAL
    allowed = identity_allowed(document, case_kind, role, used, disclosure_recorded=disclosure_recorded)
    return policy if allowed else MaskPolicy.MASKED


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


def _display_names(
    views: Sequence[ReporterView], policy: MaskPolicy, templates: Templates, role: RecipientRole | None = None
) -> str:
    """Names for running text. A citizen's own copy that may not name them leaves a blank to write in by
    hand (never the code: a code cannot be served on a person)."""
    if not views:
        return templates.common_text("anonymous_ref")
    if role is RecipientRole.CITIZEN and not policy.reveal_identity:
        return templates.common_text("masked_name_blank")
    return templates.common_text("reporter_ref_joiner").join(reporter_display_name(v, policy) for v in views)


def _shows(case: CaseDetail, policy: MaskPolicy) -> bool:
    return policy.reveal_identity and any(v.identity is not None for v in case.reporters)


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

    def plan(self) -> tuple[Recipient, ...]:
        """The copies of this document for the case kind, from the data (``when`` slots must be filled)."""
        out: list[Recipient] = []
        for c in self.doc.copy_plan(self.kind):
            if c.when and not self.slots.get(c.when, "").strip():
                continue
            out.append(Recipient(RecipientRole(c.role), fill(c.label, self.slots)))
        return tuple(out) or (Recipient(RecipientRole.FILE, ""),)


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


# Builds one copy's body and its "Kính gửi" addressee (None: no line) for a copy role and policy.
_MakeCopy = Callable[[MaskPolicy, RecipientRole], tuple[list[Block], str | None]]


@dataclass(frozen=True)
class _Who:
    """The identity a builder may print, and whether a disclosure to other bodies was recorded."""

    policy: MaskPolicy
    source: IdentitySource | None
    disclosure: bool = False


def _parts(
    ctx: _Ctx,
    document: DocumentKind,
    case: CaseDetail,
    who: _Who,
    make: _MakeCopy,
    *,
    footers: tuple[str, str],
) -> tuple[CopyPart, ...]:
    """One :class:`CopyPart` per planned copy; each copy's identity decided by :func:`copy_policy`."""
    parts: list[CopyPart] = []
    for recipient in ctx.plan():
        used = copy_policy(
            document, case.kind, recipient.role, who.policy, who.source, disclosure_recorded=who.disclosure
        )
        blocks, addressee = make(used, recipient.role)
        line = fill(ctx.tpl.common_text("recipient_line"), {"recipient": addressee}) if addressee else ""
        footer = footers[1] if recipient.role is RecipientRole.CITIZEN else footers[0]
        parts.append(CopyPart(recipient, tuple(blocks), line, footer, _shows(case, used)))
    return tuple(parts)


def _footers(ctx: _Ctx, number: str, printed_by: str, printed_at: datetime) -> tuple[str, str]:
    """(the footer of internal copies, the footer of the citizen's copy — no officer login name)."""
    slots = {"number": number, "user": printed_by, "printed_at": _datetime_text(printed_at, ctx.tpl)}
    return fill(ctx.tpl.common_text("footer"), slots), fill(ctx.tpl.common_text("footer_citizen"), slots)


def _finish(
    ctx: _Ctx,
    kind: DocumentKind,
    *,
    header: AgencyHeader,
    number: str,
    on: date,
    parts: tuple[CopyPart, ...],
    distribution: Sequence[str],
    title_slots: dict[str, str] | None = None,
) -> PrintDocument:
    title_ctx = {**ctx.slots, **(title_slots or {})}
    first = parts[0]
    labels = tuple(p.recipient.label for p in parts)
    return PrintDocument(
        kind=kind,
        number=number,
        title=fill(ctx.doc.title(ctx.kind), title_ctx),
        subtitle=fill(ctx.doc.subtitle(ctx.kind), title_ctx),
        form_label=fill(ctx.doc.form_label(ctx.kind), title_ctx),
        header=header,
        place_date=place_date_line(header.place_name, on, ctx.tpl),
        recipient=first.recipient_line.removeprefix("Kính gửi: ") or None,
        blocks=first.blocks,
        distribution=tuple(distribution),
        signatures=_signatures(ctx),
        footer_note=first.footer,
        copies=len(parts),
        copy_labels=labels if any(labels) else (),
        landscape=ctx.doc.landscape,
        chrome=PageTexts(
            national_name=ctx.tpl.common_text("national_name"),
            motto=ctx.tpl.common_text("motto"),
            number_line=fill(ctx.tpl.common_text("number_line"), {"number": number}) if number else "",
            recipient_line=first.recipient_line,
            distribution_heading=ctx.tpl.common_text("recipients_heading"),
        ),
        parts=parts,
    )


def _number(ctx: _Ctx, header: AgencyHeader, number: int) -> str:
    return format_doc_number(number, ctx.doc.type_symbol, header.doc_symbol, ctx.tpl)


def _received_date(case: CaseDetail) -> str:
    return format_date_vn(case.received_at.date())


def _who(policy: MaskPolicy, source: IdentitySource | None, disclosure: bool = False) -> _Who:
    return _Who(policy, source, disclosure)


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
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Giấy biên nhận thông tin, tài liệu, bằng chứng (DOMAIN-VN §2.3); one copy per addressee of the data.

    Dated the day the items were received (``case.received_at``), not the print day. Identity per copy
    follows :func:`identity_allowed` (the officer's own copy of a denunciation receipt is masked).
    """
    ctx = _context(DocumentKind.RECEIPT, case.kind, header, templates, officer=officer_name or case.officer)
    at = case.received_at
    copies = ctx.doc.copies(case.kind)
    number_text = _number(ctx, header, number)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
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
            blocks += ctx.reporters(case.reporters, used)
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
        return blocks, None

    parts = _parts(
        ctx,
        DocumentKind.RECEIPT,
        case,
        _who(policy, source),
        make,
        footers=_footers(ctx, number_text, printed_by, printed_at),
    )
    return _finish(
        ctx,
        DocumentKind.RECEIPT,
        header=header,
        number=number_text,
        on=on or case.received_at.date(),
        parts=parts,
        distribution=(),
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
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Phiếu chuyển đơn (DOMAIN-VN §2.4) to ``recipient_body``; an anonymous tip gets its own frame
    (Phiếu chuyển thông tin, Luật Tố cáo Điều 25). ``legal_basis=None`` uses the data's 'Căn cứ' lines.

    For a denunciation the copy to the receiving body carries only the reporter code and copies of the papers
    with the identifiers removed, unless ``disclosure_authorised`` is True *and* ``disclosure_basis`` names
    the legal reason or the reporter's written consent. The reporter is never listed in "Nơi nhận": they are
    told by a separate notice (:func:`build_transfer_notice`).
    """
    if disclosure_authorised and not disclosure_basis.strip():
        raise ValueError("disclosure_authorised requires the legal basis (or the reporter's written consent)")
    tpl = templates or default_templates()
    codes = ", ".join(v.reporter_code for v in case.reporters)
    ctx = _context(
        DocumentKind.TRANSFER_SLIP,
        case.kind,
        header,
        tpl,
        recipient=recipient_body,
        received_date=_received_date(case),
        codes=codes,
        subject=case.subject,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    protected = case.kind in PROTECTED_KINDS
    number_text = _number(ctx, header, number)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        hidden = protected and not used.reveal_identity
        blocks: list[Block] = _legal_basis(ctx, legal_basis)
        refs = _reporter_refs(case.reporters, used, tpl)
        if hidden and case.reporters:
            refs = fill(tpl.common_text("reporter_ref_masked"), {"person": ctx.slots["person"], "codes": codes})
        if case.reporters and case.kind is not CaseKind.ANONYMOUS_TIP:
            blocks.append(Para(ctx.text("received", reporter_refs=refs)))
            if not hidden:
                blocks.append(Para(ctx.text("reporter_info"), ParaStyle.LEAD))
                blocks += ctx.reporters(case.reporters, used)
        else:
            blocks.append(Para(ctx.text("received_anonymous")))
        blocks.append(Para(ctx.text("summary")))
        if include_content and case.content.strip():
            blocks.append(Para(ctx.text("content", content=case.content)))
        if case.documents:
            names = "; ".join(d.name for d in case.documents)
            key = "attachments_protected" if hidden and case.reporters else "attachments"
            blocks.append(Para(ctx.text(key, documents=names)))
        blocks.append(Para(ctx.text("decision")))
        if report_back:
            blocks.append(Para(ctx.text("report_back")))
        if protected and case.reporters:
            if disclosure_authorised and used.reveal_identity:
                blocks.append(Para(ctx.text("disclosure", disclosure_basis=disclosure_basis), ParaStyle.NOTE))
            elif hidden:
                blocks.append(Para(ctx.text("masked_note"), ParaStyle.NOTE))
        return blocks, recipient_body

    who = _who(policy, source, disclosure_authorised)
    parts = _parts(
        ctx, DocumentKind.TRANSFER_SLIP, case, who, make, footers=_footers(ctx, number_text, printed_by, printed_at)
    )
    return _finish(
        ctx,
        DocumentKind.TRANSFER_SLIP,
        header=header,
        number=number_text,
        on=on or printed_at.date(),
        parts=parts,
        distribution=ctx.lines(ctx.doc.recipients(case.kind)),
    )


def build_transfer_notice(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    recipient_body: str,
    *,
    printed_by: str,
    printed_at: datetime,
    on: date | None = None,
    archive_unit: str | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Thông báo về việc chuyển đơn, addressed to the reporter (Luật Tố cáo Điều 24; Luật TCD Điều 28.1.d).

    Copies: the reporter's own and the file's. Raises ValueError for a case without a reporter (nobody to
    notify: an anonymous tip).
    """
    if not case.reporters:
        raise ValueError("a transfer notice needs a reporter to address")
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.TRANSFER_NOTICE,
        case.kind,
        header,
        tpl,
        recipient=recipient_body,
        received_date=_received_date(case),
        subject=case.subject,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    number_text = _number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = _display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = _legal_basis(ctx, None)
        blocks.append(Para(ctx.text("received")))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("summary")))
        blocks.append(Para(ctx.text("decision")))
        secrecy = ctx.text("secrecy")
        if secrecy:
            blocks.append(Para(secrecy))
        blocks.append(Para(ctx.text("closing")))
        return blocks, ctx.text("recipient", name=name)

    parts = _parts(
        ctx,
        DocumentKind.TRANSFER_NOTICE,
        case,
        _who(policy, source),
        make,
        footers=_footers(ctx, number_text, printed_by, printed_at),
    )
    return _finish(
        ctx,
        DocumentKind.TRANSFER_NOTICE,
        header=header,
        number=number_text,
        on=on or printed_at.date(),
        parts=parts,
        distribution=ctx.lines(ctx.doc.recipients(case.kind)),
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
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Phiếu hướng dẫn (DOMAIN-VN §2.5): the case is outside this agency's jurisdiction; guide the citizen.

    Copies: the citizen's, the superior's (when given), the competent body's (để biết) and the file's. For a
    denunciation only the citizen's and the file's copies may name the denouncer (Luật Tố cáo Điều 8.3).
    """
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.GUIDANCE_SLIP,
        case.kind,
        header,
        tpl,
        competent_body=competent_body,
        superior=superior,
        received_date=_received_date(case),
        subject=case.subject,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    number_text = _number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        blocks: list[Block] = [Para(ctx.text("received"))]
        if case.reporters:
            blocks += ctx.reporters(case.reporters, used)
        else:
            blocks.append(Para(tpl.common_text("anonymous_reporter"), ParaStyle.LEAD))
        blocks.append(Para(ctx.text("about")))
        blocks += _legal_basis(ctx, legal_basis)
        blocks.append(Para(ctx.text("decision")))
        name = _display_names(case.reporters, used, tpl, role)
        return blocks, (ctx.text("recipient", name=name) if case.reporters else None)

    distribution = list(ctx.lines(ctx.doc.recipients(case.kind)))
    if superior:
        distribution.insert(1, fill(ctx.doc.extra_text("recipients_superior"), ctx.slots))
    parts = _parts(
        ctx,
        DocumentKind.GUIDANCE_SLIP,
        case,
        _who(policy, source),
        make,
        footers=_footers(ctx, number_text, printed_by, printed_at),
    )
    return _finish(
        ctx,
        DocumentKind.GUIDANCE_SLIP,
        header=header,
        number=number_text,
        on=on or printed_at.date(),
        parts=parts,
        distribution=distribution,
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
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Phiếu hẹn (Mẫu 04-TCD baseline): the citizen asked to meet the head of the agency. Copies: the
    citizen's and the file's."""
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.APPOINTMENT_SLIP,
        case.kind,
        header,
        tpl,
        officer=officer_name or case.officer,
        appointment_place=appointment_place,
        meet_with=meet_with,
        subject=case.subject,
    )
    number_text = _number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = _display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = [
            Para(
                ctx.text(
                    "body",
                    name=name,
                    hour=f"{appointment_at.hour:02d}",
                    minute=f"{appointment_at.minute:02d}",
                    **_date_slots(appointment_at.date(), tpl),
                )
            ),
            Para(ctx.text("about")),
            Para(ctx.text("bring")),
        ]
        return blocks, (ctx.text("recipient", name=name) if case.reporters else None)

    parts = _parts(
        ctx,
        DocumentKind.APPOINTMENT_SLIP,
        case,
        _who(policy, source),
        make,
        footers=_footers(ctx, number_text, printed_by, printed_at),
    )
    return _finish(
        ctx,
        DocumentKind.APPOINTMENT_SLIP,
        header=header,
        number=number_text,
        on=on or printed_at.date(),
        parts=parts,
        distribution=(),
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
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Phiếu đề xuất thụ lý đơn (TT 05/2021 Mẫu 01): internal (the file's copy), three signatures; states
    the admissibility conditions it relies on (Luật Tố cáo Điều 29.1; Luật Khiếu nại Điều 11 in reverse)."""
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
    number_text = _number(ctx, header, number)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        blocks: list[Block] = []
        if case.reporters:
            blocks.append(Para(ctx.text("received")))
            blocks += ctx.reporters(case.reporters, used)
        else:
            blocks.append(Para(ctx.text("received_anonymous")))
        blocks.append(Para(ctx.text("summary")))
        if case.content.strip():
            blocks.append(Para(ctx.text("content", content=case.content)))
        blocks.append(Para(ctx.text("prior") if prior_handling.strip() else ctx.text("no_prior")))
        blocks.append(Para(ctx.text("conditions")))
        blocks.append(Para(ctx.text("decision")))
        return blocks, addressee

    parts = _parts(
        ctx,
        DocumentKind.ACCEPTANCE_PROPOSAL,
        case,
        _who(policy, source),
        make,
        footers=_footers(ctx, number_text, printed_by, printed_at),
    )
    return _finish(
        ctx,
        DocumentKind.ACCEPTANCE_PROPOSAL,
        header=header,
        number=number_text,
        on=on or printed_at.date(),
        parts=parts,
        distribution=(),
    )


def refusal_notice_grounds(templates: Templates | None = None) -> tuple[str, ...]:
    """The refusal grounds that call for a written notice (TT 06/2014 Điều 4: case 3 of Luật TCD Điều 9)."""
    return (templates or default_templates()).document(DocumentKind.REFUSAL_NOTICE.value).notice_grounds


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
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Thông báo từ chối tiếp công dân (Luật TCD Điều 9). ``ground`` must be one of the data's
    ``notice_grounds`` (the others are explained on the spot and recorded in the logbook, no notice);
    ``details`` adds the officer's own description of the facts.

    Raises:
        ValueError: an unknown ground, or one that takes no written notice.
    """
    tpl = templates or default_templates()
    ctx = _context(
        DocumentKind.REFUSAL_NOTICE,
        case.kind,
        header,
        tpl,
        received_date=_received_date(case),
        subject=case.subject,
        prior_answer=prior_answer,
        superior=superior,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    if ground not in ctx.doc.grounds:
        raise ValueError(f"unknown refusal ground {ground!r}; known: {sorted(ctx.doc.grounds)}")
    if ctx.doc.notice_grounds and ground not in ctx.doc.notice_grounds:
        raise ValueError(f"refusal ground {ground!r} takes no written notice; record it in the logbook")
    number_text = _number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = _display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = _legal_basis(ctx, legal_basis)
        blocks.append(Para(ctx.text("visit")))
        if case.reporters:
            blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("about")))
        if prior_answer.strip():
            blocks.append(Para(ctx.text("prior_answer")))
        blocks.append(Para(ctx.text("ground_intro"), ParaStyle.LEAD))
        blocks.append(Para(fill(ctx.doc.grounds[ground], ctx.slots)))
        if details.strip():
            blocks.append(Para(details))
        blocks.append(Para(ctx.text("decision", name=name)))
        return blocks, (ctx.text("recipient", name=name) if case.reporters else None)

    distribution = (
        ctx.lines(ctx.doc.recipients(case.kind))
        if superior
        else ctx.lines(ctx.doc.extra_list("recipients_without_superior"))
    )
    parts = _parts(
        ctx,
        DocumentKind.REFUSAL_NOTICE,
        case,
        _who(policy, source),
        make,
        footers=_footers(ctx, number_text, printed_by, printed_at),
    )
    return _finish(
        ctx,
        DocumentKind.REFUSAL_NOTICE,
        header=header,
        number=number_text,
        on=on or printed_at.date(),
        parts=parts,
        distribution=distribution,
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
    """Sổ tiếp công dân for a period: A4 landscape, the 13 columns of Mẫu 03/TCD, header row repeated, a
    closing certification line and the signatures.

    Only walk-in receptions are entries of the book (mailed letters and tips belong to the petition register).
    Every row is masked (:func:`identity_allowed` never allows identity on the logbook); ``policy`` is kept
    for the callers' signature.
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
    kept = [row for row in rows if row.case.channel is Channel.WALK_IN]
    table_rows: list[tuple[str, ...]] = []
    for i, row in enumerate(kept, start=1):
        case = row.case
        used = copy_policy(DocumentKind.LOGBOOK, case.kind, RecipientRole.FILE, policy)
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
    closing = Para(ctx.text("closing", count=_two_digits(len(kept))), ParaStyle.BODY)
    formatted = format_doc_number(number, ctx.doc.type_symbol, header.doc_symbol, tpl) if number else ""
    footer = _footers(ctx, formatted or ctx.text("number_missing"), printed_by, printed_at)[0]
    part = CopyPart(Recipient(RecipientRole.FILE, ""), (table, closing), "", footer, False)
    return _finish(
        ctx,
        DocumentKind.LOGBOOK,
        header=header,
        number=formatted,
        on=on or printed_at.date(),
        parts=(part,),
        distribution=(),
    )


__all__ = [
    "PROTECTED_KINDS",
    "AgencyHeader",
    "Block",
    "CopyPart",
    "DocumentKind",
    "IdentitySource",
    "KeyValues",
    "LogbookRow",
    "NumberedList",
    "PageTexts",
    "Para",
    "ParaStyle",
    "PrintDocument",
    "Recipient",
    "RecipientRole",
    "SignatureBlock",
    "TableBlock",
    "Verification",
    "build_acceptance_proposal",
    "build_appointment_slip",
    "build_guidance_slip",
    "build_logbook",
    "build_receipt",
    "build_refusal_notice",
    "build_transfer_notice",
    "build_transfer_slip",
    "copy_policy",
    "effective_policy",
    "format_doc_number",
    "identity_rows",
    "place_date_line",
    "refusal_notice_grounds",
    "select_copies",
]
