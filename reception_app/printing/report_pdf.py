"""The periodic statistics as an A4 PDF (agency header, title, period line, one table per section)."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reception_app.models.report import StatisticsReport
from reception_app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from reception_app.printing.pdf import markup


def render_statistics_pdf(
    report: StatisticsReport, *, parent_agency: str, agency_name: str, printed_by: str, printed_at: datetime
) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=12, leading=15)
    bold = ParagraphStyle("bold", parent=body, fontName=BOLD)
    title = ParagraphStyle("title", parent=bold, fontSize=14, leading=18, alignment=1, spaceBefore=8)
    italic = ParagraphStyle("italic", parent=body, fontName=ITALIC, alignment=1, spaceAfter=8)
    p = report.period
    story = [
        Paragraph(markup(parent_agency), body),
        Paragraph(markup(agency_name), bold),
        Paragraph("BÁO CÁO TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN, TIẾP NHẬN VÀ XỬ LÝ ĐƠN", title),
        Paragraph(markup(f"{p.label} — Số liệu tính từ ngày {p.start:%d/%m/%Y} đến ngày {p.end:%d/%m/%Y}"), italic),
        Paragraph(
            markup(
                f"Tổng số hồ sơ tiếp nhận trong kỳ: {report.total:,}".replace(",", ".")
                + f"; trong đó đơn đông người: {report.groups:,}".replace(",", ".")
            ),
            bold,
        ),
        Spacer(1, 4 * mm),
    ]
    for heading, items in report.sections():
        data = [[Paragraph(markup(heading), bold), Paragraph("Số lượng", bold)]]
        data += [[Paragraph(markup(label), body), f"{count:,}".replace(",", ".")] for label, count in items]
        data.append([Paragraph("Cộng", bold), f"{sum(c for _, c in items):,}".replace(",", ".")])
        table = Table(data, colWidths=[125 * mm, 35 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("FONTNAME", (1, 1), (1, -1), REGULAR),
                    ("FONTNAME", (1, -1), (1, -1), BOLD),
                    ("FONTSIZE", (1, 1), (1, -1), 12),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ]
            )
        )
        story += [KeepTogether(table), Spacer(1, 5 * mm)]

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(ITALIC, 9)
        canvas.drawString(20 * mm, 9 * mm, f"Trang {doc.page} · In bởi {printed_by} lúc {printed_at:%H:%M %d/%m/%Y}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Báo cáo tổng hợp",
        author=agency_name,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
