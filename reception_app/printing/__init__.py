"""Official documents: a case + a mask policy → :class:`~reception_app.printing.document.PrintDocument`
(pure, :mod:`.document`) → PDF bytes (reportlab, :mod:`.pdf`).

Depends on ``reception_app.models`` only. Importing this package does not import reportlab; import
:func:`reception_app.printing.pdf.render_pdf` where a PDF is needed.
"""

from reception_app.printing.document import (
    AgencyHeader,
    DocumentKind,
    LogbookRow,
    PrintDocument,
    build_acceptance_proposal,
    build_appointment_slip,
    build_guidance_slip,
    build_logbook,
    build_receipt,
    build_refusal_notice,
    build_transfer_notice,
    build_transfer_slip,
)

__all__ = [
    "AgencyHeader",
    "DocumentKind",
    "LogbookRow",
    "PrintDocument",
    "build_acceptance_proposal",
    "build_appointment_slip",
    "build_guidance_slip",
    "build_logbook",
    "build_receipt",
    "build_refusal_notice",
    "build_transfer_notice",
    "build_transfer_slip",
]
