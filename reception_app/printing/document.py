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
from reception_app.models.enums import CaseKind
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


MAX_COPY_LABEL = 90  # characters of a copy label ("Bản gửi <cơ quan>")


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


def date_slots(d: date, templates: Templates) -> dict[str, str]:
    month = f"{d.month:02d}" if d.month <= templates.month_zero_pad_upto else str(d.month)
    return {"day": f"{d.day:02d}", "month": month, "year": f"{d.year:04d}"}


def place_date_line(place: str, on: date, templates: Templates | None = None) -> str:
    """ "Đắk Lắk, ngày 05 tháng 01 năm 2027" (day < 10 and months 1–2 zero-padded, NĐ 30/2020)."""
    tpl = templates or default_templates()
    return fill(tpl.common_text("date_line"), {"place": place, **date_slots(on, tpl)})


def datetime_text(at: datetime, templates: Templates) -> str:
    return fill(
        templates.common_text("datetime_format"),
        {"date": format_date_vn(at.date()), "hour": f"{at.hour:02d}", "minute": f"{at.minute:02d}"},
    )


def two_digits(n: int) -> str:
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


def reporter_refs(
    views: Sequence[ReporterView], policy: MaskPolicy, templates: Templates, key: str = "reporter_ref"
) -> str:
    """ "ông (bà) <display name>, …" with display names from the masking module."""
    if not views:
        return templates.common_text("anonymous_ref")
    refs = [fill(templates.common_text(key), {"name": reporter_display_name(v, policy)}) for v in views]
    return templates.common_text("reporter_ref_joiner").join(refs)


def display_names(
    views: Sequence[ReporterView], policy: MaskPolicy, templates: Templates, role: RecipientRole | None = None
) -> str:
    """Names for running text. A citizen's own copy that may not name them leaves a blank to write in by
    hand (never the code: a code cannot be served on a person)."""
    if not views:
        return templates.common_text("anonymous_ref")
    if role is RecipientRole.CITIZEN and not policy.reveal_identity:
        return templates.common_text("masked_name_blank")
    return templates.common_text("reporter_ref_joiner").join(reporter_display_name(v, policy) for v in views)


def shows_identity_of(case: CaseDetail, policy: MaskPolicy) -> bool:
    return policy.reveal_identity and any(v.identity is not None for v in case.reporters)


# ----------------------------------------------------------------------------------------------- shared


@dataclass(frozen=True)
class Ctx:
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
            label = fill(c.label, self.slots)
            if len(label) > MAX_COPY_LABEL:  # a label names the addressee briefly (the body says the rest)
                label = label[: MAX_COPY_LABEL - 1].rstrip() + "…"
            out.append(Recipient(RecipientRole(c.role), label))
        return tuple(out) or (Recipient(RecipientRole.FILE, ""),)


def context(
    doc_kind: DocumentKind,
    case_kind: CaseKind | None,
    header: AgencyHeader,
    templates: Templates | None,
    **slots: str,
) -> Ctx:
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
    return Ctx(tpl, tpl.document(doc_kind.value), case_kind, base)


def legal_basis_blocks(ctx: Ctx, given: Sequence[str] | None) -> list[Block]:
    lines = tuple(given) if given is not None else ctx.lines(ctx.doc.legal_basis(ctx.kind))
    return [Para(line, ParaStyle.BASIS) for line in lines if line.strip()]


def signature_blocks(ctx: Ctx) -> tuple[SignatureBlock, ...]:
    return tuple(
        SignatureBlock(fill(s.title, ctx.slots), fill(s.note, ctx.slots), fill(s.name, ctx.slots))
        for s in ctx.doc.signatures(ctx.kind)
    )


# Builds one copy's body and its "Kính gửi" addressee (None: no line) for a copy role and policy.
MakeCopy = Callable[[MaskPolicy, RecipientRole], tuple[list[Block], str | None]]


@dataclass(frozen=True)
class Who:
    """The identity a builder may print, and whether a disclosure to other bodies was recorded."""

    policy: MaskPolicy
    source: IdentitySource | None
    disclosure: bool = False


def copy_parts(
    ctx: Ctx,
    document: DocumentKind,
    case: CaseDetail,
    who: Who,
    make: MakeCopy,
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
        parts.append(CopyPart(recipient, tuple(blocks), line, footer, shows_identity_of(case, used)))
    return tuple(parts)


def footers_for(ctx: Ctx, number: str, printed_by: str, printed_at: datetime) -> tuple[str, str]:
    """(the footer of internal copies, the footer of the citizen's copy — no officer login name)."""
    slots = {"number": number, "user": printed_by, "printed_at": datetime_text(printed_at, ctx.tpl)}
    return fill(ctx.tpl.common_text("footer"), slots), fill(ctx.tpl.common_text("footer_citizen"), slots)


def assemble(
    ctx: Ctx,
    kind: DocumentKind,
    case: CaseDetail,
    who: Who,
    make: MakeCopy,
    *,
    header: AgencyHeader,
    number: str,
    printed_by: str,
    printed_at: datetime,
    on: date,
    distribution: Sequence[str],
) -> PrintDocument:
    """The copies of ``kind`` for ``case`` (each with the identity its recipient may see) inside one document:
    what every per-case builder ends with."""
    parts = copy_parts(ctx, kind, case, who, make, footers=footers_for(ctx, number, printed_by, printed_at))
    return finish(ctx, kind, header=header, number=number, on=on, parts=parts, distribution=distribution)


def finish(
    ctx: Ctx,
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
        signatures=signature_blocks(ctx),
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


def doc_number(ctx: Ctx, header: AgencyHeader, number: int) -> str:
    return format_doc_number(number, ctx.doc.type_symbol, header.doc_symbol, ctx.tpl)


def received_date_text(case: CaseDetail) -> str:
    return format_date_vn(case.received_at.date())


def who_of(policy: MaskPolicy, source: IdentitySource | None, disclosure: bool = False) -> Who:
    return Who(policy, source, disclosure)


# The builders live in .case_documents and .letters; re-exported here for existing callers.
from reception_app.printing.case_documents import (  # noqa: E402
    build_logbook,
    build_receipt,
    build_transfer_notice,
    build_transfer_slip,
)
from reception_app.printing.letters import (  # noqa: E402
    build_acceptance_proposal,
    build_appointment_slip,
    build_guidance_slip,
    build_refusal_notice,
    refusal_notice_grounds,
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
