"""Sổ theo dõi xử lý đơn (issue 19): the book of the petitions that did not come with a citizen to the desk —
by post, the mailbox, the electronic portal, or transferred by another body (TT 07/2014 Điều 3.2, 29.2:
every petition is numbered and entered in a book). Its own book, distinct from the Sổ tiếp công dân (walk-in
receptions only, :func:`printing.case_documents.build_logbook`).

A book never carries identity (:data:`models.recipients.MASKED_DOCUMENTS`): the petitioner column holds the
reporter codes only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reception_app.models.case import CaseDetail
from reception_app.models.enums import Channel
from reception_app.models.masking import format_date_vn
from reception_app.models.recipients import DocumentKind
from reception_app.printing.case_documents import register_document
from reception_app.printing.document import (
    AgencyHeader,
    PrintDocument,
    context,
)
from reception_app.printing.templates import Templates, default_templates


@dataclass(frozen=True)
class MailBookRow:
    """One petition of the book; the columns a ``CaseDetail`` does not hold come from the handling record.

    Attributes:
        case: the petition (its number, received date, channel, kind, subject, reporters, due date).
        source: "Nguồn đơn đến" when more precise than the channel ("Văn phòng Đoàn ĐBQH tỉnh chuyển").
        handled_by: the body or unit handling it.
        decision: hướng xử lý ("Chuyển đơn", "Thụ lý", …).
        result: kết quả xử lý (the letter sent: "Phiếu chuyển số 05/PC-TTr").
        resolution: kết quả giải quyết (what the competent body answered).
    """

    case: CaseDetail
    source: str = ""
    handled_by: str = ""
    decision: str = ""
    result: str = ""
    resolution: str = ""


def build_mail_book(
    rows: Sequence[MailBookRow],
    date_from: date,
    date_to: date,
    header: AgencyHeader,
    *,
    printed_by: str,
    printed_at: datetime,
    number: int | None = None,
    on: date | None = None,
    templates: Templates | None = None,
) -> PrintDocument:
    """The book for a period: A4 landscape, one line per petition received other than at the desk, header
    row repeated on every page, the closing count and the signatures. Walk-in cases are left out (they are
    in the Sổ tiếp công dân).

    Raises:
        ValueError: ``date_to`` before ``date_from``.
    """
    if date_to < date_from:
        raise ValueError("date_to is before date_from")
    tpl = templates or default_templates()
    ctx = context(
        DocumentKind.MAIL_BOOK,
        None,
        header,
        tpl,
        date_from=format_date_vn(date_from),
        date_to=format_date_vn(date_to),
    )
    kept = [row for row in rows if row.case.channel is not Channel.WALK_IN]
    table_rows: list[tuple[str, ...]] = []
    for i, row in enumerate(kept, start=1):
        case = row.case
        codes = ", ".join(v.reporter_code for v in case.reporters) or ctx.text("anonymous")
        table_rows.append(
            (
                str(i),
                case.number,
                format_date_vn(case.received_at.date()),
                row.source.strip() or case.channel.label,
                codes,
                case.subject,
                tpl.words(case.kind).logbook_code,
                row.handled_by,
                row.decision,
                format_date_vn(case.due_on) if case.due_on else "",
                row.result,
                row.resolution,
            )
        )
    return register_document(
        ctx,
        DocumentKind.MAIL_BOOK,
        table_rows,
        header=header,
        templates=tpl,
        number=number,
        printed_by=printed_by,
        printed_at=printed_at,
        on=on,
    )


__all__ = ["MailBookRow", "build_mail_book"]
