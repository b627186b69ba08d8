"""Letters addressed to the citizen: guidance slip, appointment slip, refusal notice; and the internal
acceptance proposal. Pure: see :mod:`.document` for the copy and identity rules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.masking import MaskPolicy
from reception_app.models.recipients import DocumentKind, IdentitySource, RecipientRole
from reception_app.printing.document import (
    AgencyHeader,
    Block,
    Para,
    ParaStyle,
    PrintDocument,
    assemble,
    context,
    date_slots,
    display_names,
    doc_number,
    legal_basis_blocks,
    received_date_text,
    who_of,
)
from reception_app.printing.templates import Templates, default_templates, fill


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
    ctx = context(
        DocumentKind.GUIDANCE_SLIP,
        case.kind,
        header,
        tpl,
        competent_body=competent_body,
        superior=superior,
        received_date=received_date_text(case),
        subject=case.subject,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        blocks: list[Block] = [Para(ctx.text("received"))]
        if case.reporters:
            blocks += ctx.reporters(case.reporters, used)
        else:
            blocks.append(Para(tpl.common_text("anonymous_reporter"), ParaStyle.LEAD))
        blocks.append(Para(ctx.text("about")))
        blocks += legal_basis_blocks(ctx, legal_basis)
        blocks.append(Para(ctx.text("decision")))
        name = display_names(case.reporters, used, tpl, role)
        return blocks, (ctx.text("recipient", name=name) if case.reporters else None)

    distribution = list(ctx.lines(ctx.doc.recipients(case.kind)))
    if superior:
        distribution.insert(1, fill(ctx.doc.extra_text("recipients_superior"), ctx.slots))
    return assemble(
        ctx,
        DocumentKind.GUIDANCE_SLIP,
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
    ctx = context(
        DocumentKind.APPOINTMENT_SLIP,
        case.kind,
        header,
        tpl,
        officer=officer_name or case.officer,
        appointment_place=appointment_place,
        meet_with=meet_with,
        subject=case.subject,
    )
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = [
            Para(
                ctx.text(
                    "body",
                    name=name,
                    hour=f"{appointment_at.hour:02d}",
                    minute=f"{appointment_at.minute:02d}",
                    **date_slots(appointment_at.date(), tpl),
                )
            ),
            Para(ctx.text("about")),
            Para(ctx.text("bring")),
        ]
        return blocks, (ctx.text("recipient", name=name) if case.reporters else None)

    return assemble(
        ctx,
        DocumentKind.APPOINTMENT_SLIP,
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
    ctx = context(
        DocumentKind.ACCEPTANCE_PROPOSAL,
        case.kind,
        header,
        tpl,
        addressee=addressee,
        officer=officer_name or case.officer,
        received_date=received_date_text(case),
        subject=case.subject,
        prior_handling=prior_handling,
    )
    number_text = doc_number(ctx, header, number)

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

    return assemble(
        ctx,
        DocumentKind.ACCEPTANCE_PROPOSAL,
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
    ctx = context(
        DocumentKind.REFUSAL_NOTICE,
        case.kind,
        header,
        tpl,
        received_date=received_date_text(case),
        subject=case.subject,
        prior_answer=prior_answer,
        superior=superior,
        **({"archive_unit": archive_unit} if archive_unit else {}),
    )
    if ground not in ctx.doc.grounds:
        raise ValueError(f"unknown refusal ground {ground!r}; known: {sorted(ctx.doc.grounds)}")
    if ctx.doc.notice_grounds and ground not in ctx.doc.notice_grounds:
        raise ValueError(f"refusal ground {ground!r} takes no written notice; record it in the logbook")
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = legal_basis_blocks(ctx, legal_basis)
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
    return assemble(
        ctx,
        DocumentKind.REFUSAL_NOTICE,
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


__all__ = [
    "build_acceptance_proposal",
    "build_appointment_slip",
    "build_guidance_slip",
    "build_refusal_notice",
    "refusal_notice_grounds",
]
