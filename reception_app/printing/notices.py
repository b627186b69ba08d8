"""Notices owed to the citizen after reception (issue 19): Thông báo kết quả xử lý đơn (Luật TCD Điều 28.1).

Same building blocks as the other letters: wording as data (``resources/templates/documents.json``), one copy
per addressee from the data's copy plan, identity only where :func:`models.recipients.identity_allowed`
allows it (the citizen's own copy and the file copy).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

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
    display_names,
    doc_number,
    legal_basis_blocks,
    received_date_text,
    who_of,
)
from reception_app.printing.templates import Templates, default_templates


class ResultOutcome(StrEnum):
    """Luật TCD Điều 28 khoản 1, points (a)–(d)."""

    ACCEPTED = "accepted"  # (a) thụ lý
    EXTENDED = "extended"  # (b) gia hạn xem xét thụ lý để xác minh
    REJECTED = "rejected"  # (c) không thuộc thẩm quyền / không đủ điều kiện thụ lý
    TRANSFERRED = "transferred"  # (d) đã chuyển đơn

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    ResultOutcome.ACCEPTED: "Đã thụ lý",
    ResultOutcome.EXTENDED: "Gia hạn xem xét thụ lý để xác minh",
    ResultOutcome.REJECTED: "Không thuộc thẩm quyền / không đủ điều kiện thụ lý",
    ResultOutcome.TRANSFERRED: "Đã chuyển đơn đến cơ quan có thẩm quyền",
}


def build_result_notice(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    outcome: ResultOutcome,
    *,
    printed_by: str,
    printed_at: datetime,
    body: str = "",
    reason: str = "",
    on: date | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Thông báo kết quả xử lý đơn addressed to the reporter. ``body`` names the body the petition went to
    (outcome TRANSFERRED); ``reason`` is the officer's short reason (optional).

    Raises:
        ValueError: no reporter to address (an anonymous tip), or TRANSFERRED without ``body``.
    """
    if not case.reporters:
        raise ValueError("a result notice needs a reporter to address")
    if outcome is ResultOutcome.TRANSFERRED and not body.strip():
        raise ValueError("a transferred outcome needs the receiving body")
    tpl = templates or default_templates()
    ctx = context(
        DocumentKind.RESULT_NOTICE,
        case.kind,
        header,
        tpl,
        received_date=received_date_text(case),
        subject=case.subject,
        body=body,
        reason=reason,
    )
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = legal_basis_blocks(ctx, None)
        blocks.append(Para(ctx.text("received")))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("summary")))
        blocks.append(Para(ctx.text("intro")))
        blocks.append(Para(ctx.text(f"outcome_{outcome.value}")))
        if reason.strip():
            blocks.append(Para(ctx.text("reason")))
        blocks.append(Para(ctx.text("closing")))
        return blocks, ctx.text("recipient", name=name)

    return assemble(
        ctx,
        DocumentKind.RESULT_NOTICE,
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
