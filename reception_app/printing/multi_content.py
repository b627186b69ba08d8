"""Hướng dẫn đơn có nhiều nội dung (Mẫu 07-XLĐ, TT 07/2014; issue 19): a petition whose contents belong to
several bodies is split, and the citizen is told where to send each content (guidance is given once).

Addressed to the citizen: their copy and the file copy may carry their identity; the copy reported to a
superior follows :func:`models.recipients.identity_allowed` (a mixed petition may hold a denunciation, so it
is protected like one).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.enums import CaseKind
from reception_app.models.masking import MaskPolicy
from reception_app.models.recipients import PROTECTED_KINDS, DocumentKind, IdentitySource, RecipientRole
from reception_app.printing.document import (
    AgencyHeader,
    Block,
    NumberedList,
    Para,
    ParaStyle,
    PrintDocument,
    assemble,
    context,
    display_names,
    doc_number,
    legal_basis_blocks,
    received_date_text,
    who_of,
)
from reception_app.printing.templates import Templates, default_templates


def build_multi_content_guidance(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    parts: Sequence[tuple[str, str]],
    *,
    printed_by: str,
    printed_at: datetime,
    own_part: str = "",
    superior: str = "",
    on: date | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """The guidance for ``case``: ``parts`` lists (content, competent body) for each content to be sent
    elsewhere; ``own_part`` names the content this agency keeps, if any; ``superior`` gets a copy (để báo cáo).

    Raises:
        ValueError: no reporter to guide, no part, or a part without its content or body.
    """
    if not case.reporters:
        raise ValueError("a guidance needs a reporter to address")
    cleaned = tuple((c.strip(), b.strip()) for c, b in parts)
    if not cleaned or any(not c or not b for c, b in cleaned):
        raise ValueError("each part needs its content and its competent body")
    tpl = templates or default_templates()
    ctx = context(
        DocumentKind.MULTI_CONTENT_GUIDANCE,
        case.kind,
        header,
        tpl,
        received_date=received_date_text(case),
        subject=case.subject,
        own_part=own_part.strip(),
        superior=superior.strip(),
    )
    number_text = doc_number(ctx, header, number)
    items = tuple(ctx.text("item", content=c, body=b) for c, b in cleaned)
    protected = case.kind in PROTECTED_KINDS and case.kind is not CaseKind.ANONYMOUS_TIP

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = legal_basis_blocks(ctx, None)
        blocks.append(Para(ctx.text("received")))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("summary")))
        blocks.append(Para(ctx.text("finding"), ParaStyle.LEAD))
        blocks.append(NumberedList(items))
        if own_part.strip():
            blocks.append(Para(ctx.text("own_part")))
        blocks.append(Para(ctx.text("once")))
        if protected:
            blocks.append(Para(ctx.text("secrecy"), ParaStyle.NOTE))
        blocks.append(Para(ctx.text("closing")))
        return blocks, ctx.text("recipient", name=name)

    distribution = list(ctx.lines(ctx.doc.recipients(case.kind)))
    if superior.strip():
        distribution.insert(1, ctx.lines((ctx.doc.extra_text("recipients_superior"),))[0])
    return assemble(
        ctx,
        DocumentKind.MULTI_CONTENT_GUIDANCE,
        case,
        who_of(policy, source),
        make,
        header=header,
        number=number_text,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on or printed_at.date(),
        distribution=distribution,
    )


__all__ = ["build_multi_content_guidance"]
