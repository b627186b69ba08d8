"""Protection of a denouncer (issue 19), built from the protection record the app keeps (request date,
measures requested, decision number and date, measures):

- :func:`build_protection_request` — Đơn đề nghị áp dụng biện pháp bảo vệ (Mẫu 07-TCD; Luật Tố cáo Điều 50),
  pre-filled for the denouncer to check and sign;
- :func:`build_protection_decision` — Quyết định áp dụng biện pháp bảo vệ người tố cáo (Luật Tố cáo Điều 52).

The protected people and the reasons stay sealed: the decision names the denouncer (the case's reporter) by
the identity policy of each copy — the protected person's own copy and the secret file copy may carry it,
the copy for the executing body carries the reporter's code only unless a disclosure was recorded — and
counts the protected relatives without naming them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.masking import MaskPolicy, format_date_vn
from reception_app.models.protection import ProtectionCase, ProtectionDetails
from reception_app.models.recipients import DocumentKind, IdentitySource, RecipientRole
from reception_app.printing.document import (
    AgencyHeader,
    Block,
    KeyValues,
    NumberedList,
    Para,
    ParaStyle,
    PrintDocument,
    assemble,
    context,
    copy_parts,
    doc_number,
    finish,
    footers_for,
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


def build_protection_request(
    case: CaseDetail,
    protection: ProtectionCase,
    policy: MaskPolicy,
    header: AgencyHeader,
    *,
    measure_labels: Mapping[str, str],
    printed_by: str,
    printed_at: datetime,
    addressee: str = "",
    details: ProtectionDetails | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """The denouncer's written request for protection, dated the day it was made (``requested_on``), addressed
    to ``addressee`` (default: the agency's head, by the agency's name), with the measures requested.

    ``details`` (the opened people and reasons; None while sealed) are printed only on a copy whose policy
    may show identity — the denouncer's own copy and the secret file copy; otherwise the people are listed by
    relation only and the reasons are left to the file. A request has no number (it is the citizen's paper).

    Raises:
        ValueError: the case has no denouncer, or the request names no measure.
    """
    if not case.reporters:
        raise ValueError("a protection request needs the denouncer")
    if not protection.measures_requested:
        raise ValueError("a protection request names at least one measure")
    tpl = templates or default_templates()
    to = addressee.strip() or f"Thủ trưởng {header.agency_for_text}"
    ctx = context(
        DocumentKind.PROTECTION_REQUEST,
        case.kind,
        header,
        tpl,
        addressee=to,
        addressee_in_text=to[:1].lower() + to[1:] if to.startswith("Thủ trưởng") else to,
        case_number=case.number,
        subject=case.subject,
        requested_on=format_date_vn(protection.requested_on),
    )
    measures = tuple(measure_labels.get(m, m) for m in protection.measures_requested)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        shown = details if used.reveal_identity else None
        blocks: list[Block] = [Para(ctx.text("intro"), ParaStyle.LEAD)]
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("summary")))
        blocks.append(Para(ctx.text("request"), ParaStyle.LEAD))
        if shown is not None and shown.persons:
            rows = tuple(
                (
                    p.relation.label,
                    p.full_name + (f", {p.address}" if p.address else ""),
                )
                for p in shown.persons
            )
            blocks.append(KeyValues(rows))
        elif details is not None and details.persons:
            blocks.append(
                NumberedList(tuple(ctx.text("person_masked", relation=p.relation.label) for p in details.persons))
            )
        else:
            blocks.append(Para(ctx.text("persons_none"), ParaStyle.LEAD))
        blocks.append(Para(ctx.text("reasons_intro"), ParaStyle.LEAD))
        if shown is not None and shown.reasons.strip():
            blocks += [Para(line) for line in shown.reasons.splitlines() if line.strip()]
        elif details is not None:
            blocks.append(Para(ctx.text("reasons_masked"), ParaStyle.NOTE))
        else:
            blocks.append(Para(ctx.text("reasons_blank"), ParaStyle.LEAD))
        blocks.append(Para(ctx.text("measures_intro"), ParaStyle.LEAD))
        blocks.append(NumberedList(measures))
        blocks.append(Para(ctx.text("requested_on")))
        blocks.append(Para(ctx.text("pledge")))
        blocks.append(Para(ctx.text("secrecy"), ParaStyle.NOTE))
        return blocks, ctx.text("recipient")

    footers = footers_for(ctx, ctx.text("footer_label"), printed_by, printed_at)
    parts = copy_parts(ctx, DocumentKind.PROTECTION_REQUEST, case, who_of(policy, source), make, footers=footers)
    # the citizen's paper: no agency box and no number, only the national name (the desk prints it for them)
    citizen_header = replace(header, parent_agency="", agency_name="")
    return finish(
        ctx,
        DocumentKind.PROTECTION_REQUEST,
        header=citizen_header,
        number="",
        on=protection.requested_on,
        parts=parts,
        distribution=(),
    )
