"""The case documents that travel with the file: receipt, transfer slip (and, for an anonymous tip, the
transfer of information), the transfer notice to the reporter, and the logbook. Pure: see :mod:`.document`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.enums import CaseKind, Channel
from reception_app.models.masking import REPORTER_CODE_LABEL, MaskPolicy, format_date_vn, reporter_display_name
from reception_app.models.recipients import PROTECTED_KINDS, DocumentKind, IdentitySource, Recipient, RecipientRole
from reception_app.printing.document import (
    AgencyHeader,
    Block,
    CopyPart,
    Ctx,
    LogbookRow,
    NumberedList,
    Para,
    ParaStyle,
    PrintDocument,
    TableBlock,
    Verification,
    assemble,
    context,
    copy_policy,
    date_slots,
    display_names,
    doc_number,
    finish,
    footers_for,
    format_doc_number,
    identity_rows,
    legal_basis_blocks,
    received_date_text,
    reporter_refs,
    two_digits,
    who_of,
)
from reception_app.printing.templates import DocumentTemplate, Templates, default_templates, fill


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
    ctx = context(DocumentKind.RECEIPT, case.kind, header, templates, officer=officer_name or case.officer)
    at = case.received_at
    copies = ctx.doc.copies(case.kind)
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        blocks: list[Block] = [
            Para(
                ctx.text(
                    "time_place",
                    hour=f"{at.hour:02d}",
                    minute=f"{at.minute:02d}",
                    **date_slots(at.date(), ctx.tpl),
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
                ctx.text("item", name=d.name, pages=two_digits(d.pages), state=d.state.label) for d in case.documents
            )
            blocks.append(NumberedList(items))
        else:
            blocks.append(Para(ctx.text("no_items"), ParaStyle.LEAD))
        blocks.append(Para(ctx.text("closing", copies=two_digits(copies))))
        blocks.append(Verification(ctx.text("verification", case_number=case.number, code=verification_code)))
        return blocks, None

    return assemble(
        ctx,
        DocumentKind.RECEIPT,
        case,
        who_of(policy, source),
        make,
        header=header,
        number=number_text,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on or case.received_at.date(),
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
    ctx = context(
        DocumentKind.TRANSFER_SLIP,
        case.kind,
        header,
        tpl,
        recipient=recipient_body,
        received_date=received_date_text(case),
        codes=codes,
        subject=case.subject,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    protected = case.kind in PROTECTED_KINDS
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        hidden = protected and not used.reveal_identity
        blocks: list[Block] = legal_basis_blocks(ctx, legal_basis)
        refs = reporter_refs(case.reporters, used, tpl)
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

    who = who_of(policy, source, disclosure_authorised)
    return assemble(
        ctx,
        DocumentKind.TRANSFER_SLIP,
        case,
        who,
        make,
        header=header,
        number=number_text,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on or printed_at.date(),
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
    ctx = context(
        DocumentKind.TRANSFER_NOTICE,
        case.kind,
        header,
        tpl,
        recipient=recipient_body,
        received_date=received_date_text(case),
        subject=case.subject,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = legal_basis_blocks(ctx, None)
        blocks.append(Para(ctx.text("received")))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("summary")))
        blocks.append(Para(ctx.text("decision")))
        secrecy = ctx.text("secrecy")
        if secrecy:
            blocks.append(Para(secrecy))
        blocks.append(Para(ctx.text("closing")))
        return blocks, ctx.text("recipient", name=name)

    return assemble(
        ctx,
        DocumentKind.TRANSFER_NOTICE,
        case,
        who_of(policy, source),
        make,
        header=header,
        number=number_text,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on or printed_at.date(),
        distribution=ctx.lines(ctx.doc.recipients(case.kind)),
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
    ctx = context(
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
    return register_document(
        ctx,
        DocumentKind.LOGBOOK,
        table_rows,
        header=header,
        templates=tpl,
        number=number,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on,
    )


__all__ = ["build_logbook", "build_receipt", "build_transfer_notice", "build_transfer_slip"]


def register_document(
    ctx: Ctx,
    kind: DocumentKind,
    table_rows: Sequence[tuple[str, ...]],
    *,
    header: AgencyHeader,
    templates: Templates,
    number: int | None,
    printed_by: str,
    printed_at: datetime,
    on: date | None,
) -> PrintDocument:
    """A register for a period (Sổ tiếp công dân, sổ theo dõi đơn qua bưu điện): one table in the template's
    columns with its header row repeated, the closing count and the signatures, one copy for the file."""
    columns = ctx.doc.columns
    table = TableBlock(
        header=tuple(c.title for c in columns),
        rows=tuple(table_rows),
        widths=tuple(c.width for c in columns),
        number_row=True,
        empty_text=ctx.text("empty"),
    )
    closing = Para(ctx.text("closing", count=two_digits(len(table_rows))), ParaStyle.BODY)
    formatted = format_doc_number(number, ctx.doc.type_symbol, header.doc_symbol, templates) if number else ""
    footer = footers_for(ctx, formatted or ctx.text("number_missing"), printed_by, printed_at)[0]
    part = CopyPart(Recipient(RecipientRole.FILE, ""), (table, closing), "", footer, False)
    return finish(
        ctx, kind, header=header, number=formatted, on=on or printed_at.date(), parts=(part,), distribution=()
    )
