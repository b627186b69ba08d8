"""Render a :class:`StatisticsDocument` to PDF: landscape A4, NĐ 30/2020 header, one spanned-header table per
form, numbers right-aligned with the Vietnamese thousands separator, signature block, footer on every page.

The report tables have a column *tree* (spanned header boxes), which the generic ``printing.pdf`` renderer
(flat ``TableBlock`` headers) does not draw; the text helpers (NFC, escaping, missing glyphs) are shared.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reception_app.printing.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from reception_app.printing.pdf import markup, printable_text
from reception_app.printing.statistics_document import ReportTable, StatisticsDocument, format_count

PAGE = landscape(A4)
# NĐ 30/2020 Phụ lục I: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
PAGE_NUMBER_Y_FROM_TOP = 12 * mm
CELL_SIZE = 8.5
HEADER_SIZE = 8
MIN_LEAF = 8 * mm
STT_WIDTH = 8 * mm
MIN_LABEL = 50 * mm
MAX_LABEL = 95 * mm
MAX_LEAF = 14 * mm  # a longer word (an unknown decision code) breaks
PADDING = 5  # points: 2 + 2 cell padding and a little air


def _style(name: str, font: str = REGULAR, size: float = 12, align: int = TA_LEFT, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.22, alignment=align, **kw)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _header(doc: StatisticsDocument, width: float) -> list[Flowable]:
    hdr = doc.header
    left_w = width * 0.42
    left: list[Flowable] = []
    if hdr.parent_agency.strip():
        left.append(_p(hdr.parent_agency.upper(), _style("hp", size=12, align=TA_CENTER)))
    agency = hdr.agency_name.upper()
    left.append(_p(agency, _style("ha", BOLD, 12, TA_CENTER)))
    rule_w = min(stringWidth(printable_text(agency), BOLD, 12) * 0.4, left_w - 10) or 30
    left.append(HRFlowable(width=max(rule_w, 30), thickness=0.5, color=colors.black, spaceBefore=2, hAlign="CENTER"))
    if doc.number_line:
        left.append(Spacer(1, 2 * mm))
        left.append(_p(doc.number_line, _style("hno", REGULAR, 13, TA_CENTER)))
    motto_w = stringWidth(doc.motto, BOLD, 13)
    right: list[Flowable] = [
        _p(doc.national_name, _style("hn", BOLD, 12, TA_CENTER)),
        _p(doc.motto, _style("hm", BOLD, 13, TA_CENTER)),
        HRFlowable(width=motto_w, thickness=0.5, color=colors.black, spaceBefore=2, hAlign="CENTER"),
        Spacer(1, 3 * mm),
        _p(doc.place_date, _style("hd", ITALIC, 13, TA_CENTER)),
    ]
    table = Table([[left, right]], colWidths=[left_w, width - left_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out: list[Flowable] = [
        table,
        Spacer(1, 6 * mm),
        _p(doc.title, _style("t", BOLD, 14, TA_CENTER)),
    ]
    if doc.subtitle:
        out.append(_p(doc.subtitle, _style("sub", BOLD, 13, TA_CENTER)))
        out.append(HRFlowable(width=width * 0.2, thickness=0.5, color=colors.black, spaceBefore=2, hAlign="CENTER"))
    out.append(_p(f"({doc.cut_off_line})", _style("co", ITALIC, 12, TA_CENTER)))
    out.append(Spacer(1, 4 * mm))
    if doc.recipient:
        out.append(_p(doc.recipient, _style("kg", REGULAR, 13, TA_CENTER, spaceAfter=4)))
    for text in doc.paragraphs:
        out.append(_p(text, _style("body", REGULAR, 13, TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=6)))
    out.append(Spacer(1, 3 * mm))
    return out


def _header_size(table: ReportTable) -> float:
    return HEADER_SIZE if len(table.leaves()) <= 12 else HEADER_SIZE - 1.5


def _widths(table: ReportTable, width: float) -> list[float]:
    """Leaves wide enough for their largest number and the longest word of their title; the label column
    takes the rest (between MIN_LABEL and MAX_LABEL); a narrow table's leaves share what is left over."""
    size = _header_size(table)
    need = []
    for i, leaf in enumerate(table.leaves()):
        widest = max((stringWidth(format_count(r.values[i]), BOLD, CELL_SIZE) for r in table.rows), default=0)
        word = max((stringWidth(w, BOLD, size) for w in printable_text(leaf.title).split()), default=0)
        need.append(max(MIN_LEAF, widest + 4 * mm, min(word + PADDING, MAX_LEAF)))
    room = width - STT_WIDTH - sum(need)
    if room < MIN_LABEL:  # too many columns: shrink the leaves (words may then break)
        scale = (width - STT_WIDTH - MIN_LABEL) / sum(need)
        return [STT_WIDTH, MIN_LABEL, *(w * scale for w in need)]
    label = min(room, MAX_LABEL)
    spare = room - label
    grow = min(spare / len(need), 25 * mm)
    return [STT_WIDTH, label, *(w + grow for w in need)]


def _table(table: ReportTable, width: float) -> list[Flowable]:
    head_style = _style("th", BOLD, _header_size(table), TA_CENTER)
    num_style = _style("tn", ITALIC, 7, TA_CENTER)
    body = _style("tb", REGULAR, CELL_SIZE)
    bold = _style("tbb", BOLD, CELL_SIZE)
    depth = table.header_depth
    ncols = len(table.leaves()) + 2
    grid: list[list[Any]] = [["" for _ in range(ncols)] for _ in range(depth)]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, depth), "MIDDLE"),
        ("VALIGN", (0, depth + 1), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, depth - 1), colors.HexColor("#f0f0f0")),
        ("ALIGN", (2, depth + 1), (-1, -1), "RIGHT"),
        ("ALIGN", (0, depth + 1), (0, -1), "CENTER"),
        ("FONTNAME", (0, depth + 1), (-1, -1), REGULAR),
        ("FONTSIZE", (0, depth + 1), (-1, -1), CELL_SIZE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for cell in table.header_cells():
        grid[cell.row][cell.column] = _p(cell.text, head_style)
        if cell.rows > 1 or cell.columns > 1:
            commands.append(
                ("SPAN", (cell.column, cell.row), (cell.column + cell.columns - 1, cell.row + cell.rows - 1))
            )
    grid.append([_p(n, num_style) for n in table.column_numbers()])
    for i, row in enumerate(table.rows, start=depth + 1):
        label_style = bold if row.level < 2 else body
        indent = "" if row.level < 2 else "  "
        grid.append([row.number, _p(indent + row.label, label_style), *(format_count(v) for v in row.values)])
        if row.level < 2:
            commands.append(("FONTNAME", (0, i), (-1, i), BOLD))
        if row.level == 0:
            commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f6f6")))
    t = Table(grid, colWidths=_widths(table, width), repeatRows=depth + 1, hAlign="CENTER")
    t.setStyle(TableStyle(commands))
    out: list[Flowable] = [
        _p(table.form, _style("fl", BOLD, 10, TA_LEFT)),
        _p(table.title, _style("tt", BOLD, 12, TA_CENTER, spaceAfter=3)),
        t,
    ]
    if table.note:
        out.append(_p(table.note, _style("nt", ITALIC, 9, spaceBefore=2)))
    return out


def _signature(doc: StatisticsDocument, width: float) -> Flowable:
    """Nơi nhận (left, bold italic 12 / items 11) level with the signer's block (right), NĐ 30/2020."""
    hdr = doc.header
    left: list[Flowable] = []
    if doc.distribution:
        left.append(_p("Nơi nhận:", _style("dh", BOLD_ITALIC, 12)))
        left += [_p(f"- {line}", _style("di", REGULAR, 11)) for line in doc.distribution]
    sig: list[Flowable] = [_p(hdr.signer_title.upper(), _style("st", BOLD, 13, TA_CENTER))]
    sig.append(_p(doc.signature_note, _style("sn", ITALIC, 12, TA_CENTER)))
    sig.append(Spacer(1, 22 * mm))
    if hdr.signer_name.strip():
        sig.append(_p(hdr.signer_name, _style("sname", BOLD, 13, TA_CENTER)))
    table = Table([[left, sig]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 4 * mm), table])


def render_statistics_pdf(doc: StatisticsDocument) -> bytes:
    """The whole report as PDF bytes (Biểu 01 and 02 start on their own pages)."""
    register_fonts()
    width = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
    story: list[Flowable] = _header(doc, width)
    for i, table in enumerate(doc.tables):
        if i:
            story.append(PageBreak() if i < 2 else CondPageBreak(60 * mm))
        story += _table(table, width)
        story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([_p(doc.as_of_line, _style("asof", ITALIC, 10)), _signature(doc, width)]))
    footer = printable_text(doc.printed_line)

    def decorate(canvas: Any, template: Any) -> None:
        canvas.saveState()
        if template.page >= 2:  # NĐ 30/2020: page numbers centred in the top margin, not on page 1
            canvas.setFont(REGULAR, 13)
            usable = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
            canvas.drawCentredString(MARGIN_LEFT + usable / 2, PAGE[1] - PAGE_NUMBER_Y_FROM_TOP, str(template.page))
        canvas.setFont(ITALIC, 8)
        canvas.drawString(MARGIN_LEFT, 8 * mm, footer)
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=printable_text(f"{doc.title} {doc.subtitle}".strip()),
        author=printable_text(doc.header.agency_name),
        creator="reception_app",
    ).build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()
