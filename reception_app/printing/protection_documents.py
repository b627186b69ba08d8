"""Quyết định áp dụng biện pháp bảo vệ người tố cáo (Luật Tố cáo Điều 52; issue 19), built from the protection
record the app keeps (request date, decision number and date, measures).

The protected people and the reasons stay sealed: the decision names the denouncer (the case's reporter) by
the identity policy of each copy — the protected person's own copy and the secret file copy may carry it,
the copy for the executing body carries the reporter's code only unless a disclosure was recorded — and
counts the protected relatives without naming them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.masking import MaskPolicy, format_date_vn
from reception_app.models.protection import ProtectionCase
from reception_app.models.recipients import DocumentKind, IdentitySource, RecipientRole
from reception_app.printing.document import (
    AgencyHeader,
    Block,
    NumberedList,
    Para,
    ParaStyle,
    PrintDocument,
    assemble,
    context,
    doc_number,
    legal_basis_blocks,
    who_of,
)
from reception_app.printing.templates import Templates, default_templates


def build_protection_decision(
    case: CaseDetail,
    protection: ProtectionCase,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    *,
    measure_labels: Mapping[str, str],
    printed_by: str,
    printed_at: datetime,
    executing_body: str = "",
    relatives: int = 0,
    on: date | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """The decision for a protection request that was decided with measures.

    Raises:
        ValueError: the request has no decision or no measure, or the case has no reporter.
    """
    if not protection.decision_number or protection.decided_on is None or not protection.measures:
        raise ValueError("a protection decision needs a decided request with measures")
    if not case.reporters:
        raise ValueError("a protection decision needs the denouncer")
    tpl = templates or default_templates()
    ctx = context(
        DocumentKind.PROTECTION_DECISION,
        case.kind,
        header,
        tpl,
        requested_on=format_date_vn(protection.requested_on),
        case_number=case.number,
        start_date=format_date_vn(protection.decided_on),
        decision_number=protection.decision_number,
        executing_body=executing_body,
        relatives=f" và {relatives} người thân của người tố cáo" if relatives > 0 else "",
    )
    number_text = doc_number(ctx, header, number)
    measures = tuple(
        measure_labels.get(m.measure, m.measure)
        + (f" (thực hiện trước ngày {format_date_vn(m.due_on)})" if m.due_on else "")
        for m in protection.measures
    )

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        blocks: list[Block] = legal_basis_blocks(ctx, None)
        blocks.append(Para(ctx.text("consider"), ParaStyle.BASIS))
        blocks.append(Para(ctx.text("decides"), ParaStyle.CENTER))
        blocks.append(Para(ctx.text("article_1")))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(NumberedList(measures))
        blocks.append(Para(ctx.text("article_2")))
        blocks.append(Para(ctx.text("article_3_body" if executing_body else "article_3")))
        blocks.append(Para(ctx.text("secrecy"), ParaStyle.NOTE))
        return blocks, None

    return assemble(
        ctx,
        DocumentKind.PROTECTION_DECISION,
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
