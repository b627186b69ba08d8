"""Letters to another body about one case (issue 19): trả lại đơn chuyển không đúng thẩm quyền (04-XLĐ),
văn bản đôn đốc (a body overdue on a transferred case) and yêu cầu cấp dưới giải quyết (09-TCD).

Addressed to a body: the body's copy carries the reporter's code only for denunciations (and anything
:func:`models.recipients.identity_allowed` refuses); the file copy may carry the identity it is given.
"""

from __future__ import annotations

from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.masking import MaskPolicy
from reception_app.models.recipients import DocumentKind, IdentitySource, RecipientRole
from reception_app.printing.document import (
    AgencyHeader,
    Block,
    Para,
    PrintDocument,
    assemble,
    context,
    doc_number,
    legal_basis_blocks,
    received_date_text,
    who_of,
)
from reception_app.printing.templates import Templates, default_templates

BODY_LETTERS = frozenset({DocumentKind.RETURN_LETTER, DocumentKind.CHASE_LETTER, DocumentKind.LOWER_LEVEL_REQUEST})
_PARAGRAPHS = ("body_1", "body_2", "body_3", "secrecy")


def build_body_letter(  # noqa: PLR0917 - the letter kind comes first, as for every builder
    kind: DocumentKind,
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    body: str,
    *,
    printed_by: str,
    printed_at: datetime,
    reference: str = "",
    on: date | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """One of :data:`BODY_LETTERS` to ``body``; ``reference`` names the earlier letter ("số 12/UBND ngày …").

    Raises:
        ValueError: ``kind`` is not a body letter, or ``body`` is empty.
    """
    if kind not in BODY_LETTERS:
        raise ValueError(f"{kind} is not a letter to a body")
    if not body.strip():
        raise ValueError("a letter to a body needs the body")
    tpl = templates or default_templates()
    ctx = context(
        kind,
        case.kind,
        header,
        tpl,
        body=body,
        ref=f" {reference.strip()}" if reference.strip() else "",
        ref_paren=f" (văn bản {reference.strip()})" if reference.strip() else "",
        received_date=received_date_text(case),
        subject=case.subject,
    )
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        blocks: list[Block] = legal_basis_blocks(ctx, None)
        blocks.append(Para(ctx.text("received")))
        blocks += ctx.reporters(case.reporters, used) if case.reporters else []
        blocks.append(Para(ctx.text("summary")))
        for key in _PARAGRAPHS:
            if key in ctx.doc.texts:
                text = ctx.text(key)
                if text.strip():
                    blocks.append(Para(" ".join(text.split())))
        return blocks, ctx.text("recipient")

    return assemble(
        ctx,
        kind,
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
