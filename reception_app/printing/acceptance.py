"""Thụ lý / không thụ lý (issue 19): the notices a complainant or denouncer is owed once the petition is
accepted or refused, and the Quyết định thụ lý tố cáo.

- :func:`build_acceptance_notice` — Thông báo về việc thụ lý giải quyết khiếu nại (Luật Khiếu nại Điều 27,
  Mẫu 01-KN TT 07/2013) or Thông báo việc thụ lý tố cáo (Luật Tố cáo Điều 29.3, NĐ 31/2019 Mẫu 05).
- :func:`build_rejection_notice` — the same, không thụ lý, with the grounds (Luật Khiếu nại Điều 11; Luật
  Tố cáo Điều 23, 24.3, 29.1) chosen from the template data (keys prefixed by the case kind: ``kn_``, ``tc_``).
- :func:`build_acceptance_decision` — Quyết định thụ lý tố cáo (NĐ 31/2019 Mẫu 04): addressed to the
  verifier and the person denounced, so only the secret file copy may name the denouncer.

Same building blocks as every per-case document: wording as data, one copy per addressee from the data's copy
plan, identity only where :func:`models.recipients.identity_allowed` allows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.enums import CaseKind, DocumentState
from reception_app.models.masking import MaskPolicy, format_date_vn
from reception_app.models.recipients import DocumentKind, IdentitySource, RecipientRole
from reception_app.printing.document import (
    AgencyHeader,
    Block,
    Ctx,
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
from reception_app.printing.templates import Templates, default_templates, fill

# Resolution time limits printed when the caller gives none (Luật Khiếu nại Điều 28: 30 days; Luật Tố cáo
# Điều 30: 30 days; DOMAIN-VN §3.5–3.6 [V]).
DEFAULT_RESOLVE_DAYS = 30


def rejection_grounds(kind: CaseKind, templates: Templates | None = None) -> Mapping[str, str]:
    """The không thụ lý grounds the data gives for ``kind`` (key → wording, slots unfilled); empty when the
    kind has none (a kiến nghị, phản ánh is answered, not accepted)."""
    tpl = templates or default_templates()
    grounds = tpl.document(DocumentKind.REJECTION_NOTICE.value).grounds
    prefix = f"{kind.value.lower()}_"
    return {key: text for key, text in grounds.items() if key.startswith(prefix)}


def _common_slots(case: CaseDetail, transferred_by: str) -> dict[str, str]:
    return {
        "received_date": received_date_text(case),
        "subject": case.subject,
        "case_number": case.number,
        "transferred_by": transferred_by,
        "transferred_by_line": f"{transferred_by} (để biết);" if transferred_by else "",
    }


def _lines(ctx: Ctx, kind: CaseKind) -> tuple[str, ...]:
    return tuple(line for line in ctx.lines(ctx.doc.recipients(kind)) if line.strip())


def _optional_para(ctx: Ctx, key: str) -> list[Block]:
    text = ctx.text(key) if key in ctx.doc.texts else ""
    return [Para(text)] if text.strip() else []


def build_acceptance_notice(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    *,
    accepted_on: date,
    printed_by: str,
    printed_at: datetime,
    decision_ref: str = "",
    resolve_days: int = DEFAULT_RESOLVE_DAYS,
    resolve_by: date | None = None,
    transferred_by: str = "",
    on: date | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Thông báo thụ lý addressed to the reporter. ``decision_ref`` names the thụ lý decision of a
    denunciation ("số 05/QĐ-TTr"); ``transferred_by`` the body that transferred a complaint (it gets a copy,
    Luật Khiếu nại Điều 27).

    Raises:
        ValueError: no reporter to notify (an anonymous tip), or ``resolve_days`` below 1.
    """
    if not case.reporters:
        raise ValueError("an acceptance notice needs a reporter to notify")
    if resolve_days < 1:
        raise ValueError("resolve_days must be at least 1")
    tpl = templates or default_templates()
    ctx = context(
        DocumentKind.ACCEPTANCE_NOTICE,
        case.kind,
        header,
        tpl,
        **_common_slots(case, transferred_by.strip()),
        accepted_date=format_date_vn(accepted_on),
        decision_ref=f" số {decision_ref.strip()}" if decision_ref.strip() else "",
        resolve_days=f"{resolve_days:02d}",
        resolve_by=f", đến ngày {format_date_vn(resolve_by)}" if resolve_by else "",
    )
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = legal_basis_blocks(ctx, None)
        blocks.append(Para(ctx.text("received")))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("summary")))
        blocks.append(Para(ctx.text("accepted")))
        blocks.append(Para(ctx.text("deadline")))
        blocks += _optional_para(ctx, "secrecy")
        blocks.append(Para(ctx.text("closing")))
        return blocks, ctx.text("recipient", name=name)

    return assemble(
        ctx,
        DocumentKind.ACCEPTANCE_NOTICE,
        case,
        who_of(policy, source),
        make,
        header=header,
        number=number_text,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on or printed_at.date(),
        distribution=_lines(ctx, case.kind),
    )


def build_rejection_notice(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    *,
    grounds: Sequence[str],
    printed_by: str,
    printed_at: datetime,
    details: str = "",
    transferred_by: str = "",
    on: date | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Thông báo không thụ lý addressed to the reporter, with one or more ``grounds`` of
    :func:`rejection_grounds` for the case kind and the officer's ``details``; original papers received are
    said to be returned (TT 07/2014 Điều 10).

    Raises:
        ValueError: no reporter, no ground, or a ground that is not one of the kind's.
    """
    if not case.reporters:
        raise ValueError("a rejection notice needs a reporter to notify")
    tpl = templates or default_templates()
    known = rejection_grounds(case.kind, tpl)
    if not grounds:
        raise ValueError("a rejection notice needs at least one ground")
    unknown = [g for g in grounds if g not in known]
    if unknown:
        raise ValueError(f"unknown grounds {unknown} for {case.kind.value}; known: {sorted(known)}")
    ctx = context(DocumentKind.REJECTION_NOTICE, case.kind, header, tpl, **_common_slots(case, transferred_by.strip()))
    number_text = doc_number(ctx, header, number)
    reasons = tuple(fill(known[g], ctx.slots) for g in dict.fromkeys(grounds))
    originals = any(d.state is DocumentState.ORIGINAL for d in case.documents)

    def make(used: MaskPolicy, role: RecipientRole) -> tuple[list[Block], str | None]:
        name = display_names(case.reporters, used, tpl, role)
        blocks: list[Block] = legal_basis_blocks(ctx, None)
        blocks.append(Para(ctx.text("received")))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("summary")))
        blocks.append(Para(ctx.text("ground_intro"), ParaStyle.LEAD))
        blocks.append(NumberedList(reasons))
        if details.strip():
            blocks.append(Para(details.strip()))
        blocks.append(Para(ctx.text("decision")))
        if originals:
            blocks.append(Para(ctx.text("originals")))
        blocks += _optional_para(ctx, "secrecy")
        blocks.append(Para(ctx.text("closing")))
        return blocks, ctx.text("recipient", name=name)

    return assemble(
        ctx,
        DocumentKind.REJECTION_NOTICE,
        case,
        who_of(policy, source),
        make,
        header=header,
        number=number_text,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on or printed_at.date(),
        distribution=_lines(ctx, case.kind),
    )


def build_acceptance_decision(
    case: CaseDetail,
    policy: MaskPolicy,
    header: AgencyHeader,
    number: int,
    *,
    printed_by: str,
    printed_at: datetime,
    verifier: str = "",
    resolve_days: int = DEFAULT_RESOLVE_DAYS,
    resolve_by: date | None = None,
    on: date | None = None,
    source: IdentitySource | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """Quyết định thụ lý tố cáo for a denunciation. ``verifier`` is the person or unit assigned to verify
    (it gets a copy); the person denounced gets one. The denouncer is named (by the identity policy) only on
    the secret file copy: the other copies carry the reporter's code.

    Raises:
        ValueError: the case is not a denunciation or has no denouncer, or ``resolve_days`` below 1.
    """
    if case.kind is not CaseKind.DENUNCIATION:
        raise ValueError("a thụ lý decision is for a denunciation")
    if not case.reporters:
        raise ValueError("a thụ lý decision needs the denouncer")
    if resolve_days < 1:
        raise ValueError("resolve_days must be at least 1")
    tpl = templates or default_templates()
    ctx = context(
        DocumentKind.ACCEPTANCE_DECISION,
        case.kind,
        header,
        tpl,
        received_date=received_date_text(case),
        case_number=case.number,
        subject=case.subject,
        verifier=verifier.strip(),
        resolve_days=f"{resolve_days:02d}",
        resolve_by=f" (đến ngày {format_date_vn(resolve_by)})" if resolve_by else "",
    )
    accused = ", ".join(p for p in (case.accused.strip(), case.accused_position.strip()) if p)
    ctx.slots["accused"] = accused or ctx.text("accused_unknown")
    number_text = doc_number(ctx, header, number)

    def make(used: MaskPolicy, _role: RecipientRole) -> tuple[list[Block], str | None]:
        blocks: list[Block] = legal_basis_blocks(ctx, None)
        blocks.append(Para(ctx.text("consider"), ParaStyle.BASIS))
        blocks += ctx.reporters(case.reporters, used)
        blocks.append(Para(ctx.text("decides"), ParaStyle.CENTER))
        blocks.append(Para(ctx.text("article_1")))
        blocks.append(Para(ctx.text("article_2")))
        blocks.append(Para(ctx.text("article_3_verifier" if verifier.strip() else "article_3")))
        blocks.append(Para(ctx.text("secrecy"), ParaStyle.NOTE))
        return blocks, None

    return assemble(
        ctx,
        DocumentKind.ACCEPTANCE_DECISION,
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


__all__ = [
    "DEFAULT_RESOLVE_DAYS",
    "build_acceptance_decision",
    "build_acceptance_notice",
    "build_rejection_notice",
    "rejection_grounds",
]
