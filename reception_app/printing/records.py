"""Biên bản tiếp công dân (issue 19): the written record of what a citizen states at the desk without a letter,
read back and signed or fingerprinted, in 02 copies (one for the citizen, one for the case file). The group
variant (đoàn đông người, Luật TCD Điều 29–30) lists the representatives received.

The statement printed is the case content (it went through the free-text identity guard at intake).
"""

from __future__ import annotations

from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.masking import MaskPolicy
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
    two_digits,
    who_of,
)
from reception_app.printing.templates import Templates, default_templates


def build_reception_record(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    *,
    printed_by: str,
    printed_at: datetime,
    chair: str = "",
    participants: str = "",
    reception_place: str = "",
    conclusion: str = "",
    opinion: str = "",
    officer_name: str | None = None,
    on: date | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """The record of the reception of ``case`` (started at its received time, ended at ``printed_at``).

    Raises:
        ValueError: the case has no reporter (an anonymous tip is not a reception).
    """
    if not case.reporters:
        raise ValueError("a reception record needs the person received")
    tpl = templates or default_templates()
    start = case.received_at
    officer = officer_name or case.officer_name or case.officer
    ctx = context(
        DocumentKind.RECEPTION_RECORD,
        case.kind,
        header,
        tpl,
        hour=two_digits(start.hour),
        minute=two_digits(start.minute),
        date=f"{two_digits(start.day)}/{two_digits(start.month)}/{start.year}",
        end_hour=two_digits(printed_at.hour),
        end_minute=two_digits(printed_at.minute),
        reception_place=reception_place or header.place_name,
        officer=officer,
        chair=chair or officer,
        participants=participants or "không có",
        group_size=str(case.group_size),
        subject=case.subject,
        conclusion=conclusion,
        opinion=opinion,
    )
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        blocks: list[Block] = [Para(ctx.text("opening"))]
        blocks.append(Para(ctx.text("part_people"), ParaStyle.LEAD))
        blocks += [Para(ctx.text("receiver"), ParaStyle.LEAD), Para(ctx.text("recorder"), ParaStyle.LEAD)]
        blocks.append(Para(ctx.text("participants"), ParaStyle.LEAD))
        group = case.group_size > 1
        blocks.append(Para(ctx.text("received_group" if group else "received_one"), ParaStyle.LEAD))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("part_content"), ParaStyle.LEAD))
        blocks.append(Para(ctx.text("about")))
        blocks.append(Para(ctx.text("statement_intro"), ParaStyle.LEAD))
        blocks += [Para(line) for line in case.content.splitlines() if line.strip()]
        if case.documents:
            blocks.append(Para(ctx.text("documents_intro"), ParaStyle.LEAD))
            blocks.append(NumberedList(tuple(f"{d.name} ({d.pages} tờ)" for d in case.documents)))
        else:
            blocks.append(Para(ctx.text("no_documents"), ParaStyle.LEAD))
        blocks.append(Para(ctx.text("part_result"), ParaStyle.LEAD))
        if conclusion.strip():
            blocks.append(Para(ctx.text("conclusion")))
        if opinion.strip():
            blocks.append(Para(ctx.text("citizen_opinion")))
        blocks.append(Para(ctx.text("closing")))
        blocks.append(Para(ctx.text("copies")))
        return blocks, None

    return assemble(
        ctx,
        DocumentKind.RECEPTION_RECORD,
        case,
        who_of(policy, source),
        make,
        header=header,
        number=number_text,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on or printed_at.date(),
        distribution=(),
    )
