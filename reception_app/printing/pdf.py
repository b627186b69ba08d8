"""Render a :class:`PrintDocument` to PDF bytes with reportlab platypus (NĐ 30/2020 Phụ lục I layout).

Every piece of text is cleaned (NFC, control characters and lone surrogates removed) and escaped with
``xml.sax.saxutils.escape`` before it reaches a ``Paragraph``: reportlab parses ``<b>``, ``<font>`` and
entities, and user text must print literally. reportlab does no mark positioning, so NFC matters
(ARCHITECTURE.md §9). Characters the font lacks (emoji) print as a blank or a box; they never raise.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reception_app.printing.document import (
    Block,
    KeyValues,
    NumberedList,
    Para,
    ParaStyle,
    PrintDocument,
    SignatureBlock,
    TableBlock,
    Verification,
)
from reception_app.printing.fonts import BOLD, BOLD_ITALIC, FAMILY, ITALIC, REGULAR, register_fonts

# NĐ 30/2020 Phụ lục I: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FOOTER_Y = 9 * mm
PAGE_NUMBER_Y_FROM_TOP = 12 * mm

BODY_SIZE = 13
_KEEP = {"\n", "\t"}


# ------------------------------------------------------------------------------------------------- text


def clean_text(text: str) -> str:
    """NFC, tabs to spaces, and no control characters, lone surrogates or non-characters."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for ch in text:
        if ch in _KEEP:
            out.append(" " if ch == "\t" else ch)
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or ch in ("\ufffe", "\uffff"):
            continue
        if category in ("Zl", "Zp"):
            out.append("\n")
            continue
        out.append(ch)
    return "".join(out).replace("\r\n", "\n").replace("\r", "\n")


MISSING_GLYPH = "\u25a1"  # □: printed for characters the bundled font lacks (emoji, rare scripts)


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """Code points every bundled face can draw."""
    register_fonts()
    maps = [pdfmetrics.getFont(name).face.charToGlyph for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC)]
    return frozenset(set(maps[0]).intersection(*maps[1:]))


def printable_text(text: str) -> str:
    """:func:`clean_text`, then characters the font cannot draw become □ (invisible format characters such
    as emoji joiners and variation selectors are dropped instead)."""
    covered = _covered()
    out: list[str] = []
    for ch in clean_text(text):
        if ch == "\n" or ord(ch) in covered:
            out.append(ch)
        elif unicodedata.category(ch) not in ("Cf", "Mn", "Me"):
            out.append(MISSING_GLYPH)
    return "".join(out)


def markup(text: str) -> str:
    """Printable, escaped text safe for a reportlab ``Paragraph``; newlines become line breaks."""
    return escape(printable_text(text)).replace("\n", "<br/>")


# ----------------------------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
    header_regular: ParagraphStyle
    header_bold: ParagraphStyle
    national: ParagraphStyle
    motto: ParagraphStyle
    number: ParagraphStyle
    place_date: ParagraphStyle
    form_label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    recipient: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    basis: ParagraphStyle
    note: ParagraphStyle
    center: ParagraphStyle
    kv: ParagraphStyle
    item: ParagraphStyle
    dist_heading: ParagraphStyle
    dist_item: ParagraphStyle
    sig_title: ParagraphStyle
    sig_note: ParagraphStyle
    sig_name: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_num: ParagraphStyle
    verification: ParagraphStyle


def _styles() -> _Styles:
    family = register_fonts()

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.2)
        kw.setdefault("fontName", family)
        return ParagraphStyle(name, fontSize=size, **kw)

    return _Styles(
        header_regular=style("hdr", 12, alignment=TA_CENTER, leading=14),
        header_bold=style("hdrb", 12, fontName=BOLD, alignment=TA_CENTER, leading=14),
        national=style("nat", 12, fontName=BOLD, alignment=TA_CENTER, leading=14),
        motto=style("motto", 13, fontName=BOLD, alignment=TA_CENTER, leading=15),
        number=style("num", 13, alignment=TA_CENTER, leading=15),
        place_date=style("date", 13, fontName=ITALIC, alignment=TA_CENTER, leading=15),
        form_label=style("form", 11, fontName=ITALIC, alignment=TA_RIGHT, leading=13),
        title=style("title", 14, fontName=BOLD, alignment=TA_CENTER, leading=17, spaceBefore=14),
        subtitle=style("subtitle", 14, fontName=BOLD, alignment=TA_CENTER, leading=17),
        recipient=style("to", BODY_SIZE, alignment=TA_CENTER, leading=16, spaceBefore=10, spaceAfter=8),
        body=style("body", BODY_SIZE, alignment=TA_JUSTIFY, leading=16, firstLineIndent=1 * cm, spaceAfter=6),
        lead=style("lead", BODY_SIZE, alignment=TA_JUSTIFY, leading=16, spaceAfter=3),
        basis=style(
            "basis", BODY_SIZE, fontName=ITALIC, alignment=TA_JUSTIFY, leading=16, firstLineIndent=1 * cm, spaceAfter=2
        ),
        note=style("note", 12, fontName=ITALIC, alignment=TA_JUSTIFY, leading=14.5, spaceBefore=2, spaceAfter=6),
        center=style("center", BODY_SIZE, alignment=TA_CENTER, leading=16, spaceAfter=6),
        kv=style("kv", BODY_SIZE, alignment=TA_LEFT, leading=16, leftIndent=1 * cm, spaceAfter=1),
        item=style(
            "item",
            BODY_SIZE,
            alignment=TA_LEFT,
            leading=16,
            leftIndent=1.7 * cm,
            bulletIndent=1 * cm,
            bulletFontName=family,
            bulletFontSize=BODY_SIZE,
        ),
        dist_heading=style("disth", 12, fontName=BOLD_ITALIC, leading=14),
        dist_item=style("disti", 11, leading=13, leftIndent=7, firstLineIndent=-7),
        sig_title=style("sigt", BODY_SIZE, fontName=BOLD, alignment=TA_CENTER, leading=15.5),
        sig_note=style("sign", 12, fontName=ITALIC, alignment=TA_CENTER, leading=14),
        sig_name=style("signame", BODY_SIZE, fontName=BOLD, alignment=TA_CENTER, leading=15.5),
        cell=style("cell", 9.5, leading=11.5),
        cell_head=style("cellh", 9.5, fontName=BOLD, alignment=TA_CENTER, leading=11.5),
        cell_num=style("celln", 8.5, fontName=ITALIC, alignment=TA_CENTER, leading=10),
        verification=style("verif", 11, leading=13),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _rule(width: float, *, before: float = 1, after: float = 3) -> HRFlowable:
    return HRFlowable(
        width=width, thickness=0.6, color=colors.black, hAlign="CENTER", spaceBefore=before, spaceAfter=after
    )


# ----------------------------------------------------------------------------------------------- header


def _text_width(text: str, font: str, size: float) -> float:
    lines = printable_text(text).split("\n") or [""]
    return max(float(stringWidth(line, font, size)) for line in lines)


def _header(doc: PrintDocument, st: _Styles, width: float, height: float) -> list[Flowable]:
    left_w = width * 0.4
    right_w = width - left_w
    hdr = doc.header
    agency = hdr.agency_name.upper()
    agency_rule = 0.4 * min(_text_width(agency, BOLD, st.header_bold.fontSize), left_w - 4)
    left: list[Flowable] = []
    if hdr.parent_agency.strip():
        left.append(_p(hdr.parent_agency.upper(), st.header_regular))
    left += [_p(agency, st.header_bold), _rule(max(agency_rule, 20), before=4)] if agency.strip() else []  # no box
    motto_rule = min(_text_width(doc.chrome.motto, BOLD, st.motto.fontSize), right_w - 4)
    right: list[Flowable] = [
        _p(doc.chrome.national_name, st.national),
        _p(doc.chrome.motto, st.motto),
        _rule(motto_rule, before=4),
    ]
    number = [_p(doc.chrome.number_line, st.number)] if doc.chrome.number_line else []
    date_line = [_p(doc.place_date, st.place_date)]
    out: list[Flowable] = []
    if doc.form_label:
        out.append(_p(doc.form_label, st.form_label))
    table = Table(
        [[left, right], [number, date_line]],
        colWidths=[left_w, right_w],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    if _fits(table, width, height * 0.6):
        out.append(table)
    else:  # absurdly long agency names: stack the boxes instead of failing the layout
        out += [*left, *number, *right, *date_line]
    return out


def _title(doc: PrintDocument, st: _Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [_p(doc.title, st.title)]
    if doc.subtitle:
        out.append(_p(doc.subtitle, st.subtitle))
        sub_w = _text_width(doc.subtitle, BOLD, st.subtitle.fontSize)
        out.append(_rule(max(0.4 * min(sub_w, width), 30), before=5, after=2))
    else:
        title_w = _text_width(doc.title, BOLD, st.title.fontSize)
        out.append(_rule(max(0.4 * min(title_w, width), 30), before=5, after=2))
    if doc.chrome.recipient_line:
        out.append(_p(doc.chrome.recipient_line, st.recipient))
    else:
        out.append(Spacer(1, 8))
    return out


# ------------------------------------------------------------------------------------------------ body


QR_QUIET_ZONE = 4  # modules of white border (ISO/IEC 18004)


@lru_cache(maxsize=64)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...] | None:
    """The QR module matrix of ``value`` (UTF-8, error correction M); None if it cannot be encoded.

    Computed directly with reportlab's encoder and cached: the widget path builds hundreds of shape objects
    per code and dominated the receipt's render time.
    """
    try:
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(qrencoder.QR8bitByte(value))
        code.make()
    except Exception:  # an over-long value: print the text line without a code
        return None
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


class _QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A QR code of ``value`` drawn ``size`` points square, one filled path of horizontal runs."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = qr_modules(self.value)
        if modules is None:
            return
        canv = self.canv
        # Drawn once per PDF as a form XObject and reused by every copy.
        digest = hashlib.sha256(self.value.encode("utf-8")).hexdigest()[:20]
        name = f"qr{digest}s{round(self.size * 100)}"
        forms: set[str] = canv.__dict__.setdefault("_reception_qr_forms", set())
        if name not in forms:
            canv.beginForm(name, lowerx=0, lowery=0, upperx=self.size, uppery=self.size)
            box = self.size / (len(modules) + 2 * QR_QUIET_ZONE)
            path = canv.beginPath()
            for r, row in enumerate(modules):
                y = self.size - (r + QR_QUIET_ZONE + 1) * box
                c = 0
                for dark, run in groupby(row):
                    count = len(list(run))
                    if dark:
                        path.rect((c + QR_QUIET_ZONE) * box, y, count * box, box * 1.02)
                    c += count
            canv.setFillColor(colors.black)
            canv.drawPath(path, stroke=0, fill=1)
            canv.endForm()
            forms.add(name)
        canv.doForm(name)


CELL_CHUNK_HEIGHT = 150.0  # points; taller cell text continues in the next (borderless) row


def _cell_pieces(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """A body cell's text as plain lines, grouped into pieces no taller than ``CELL_CHUNK_HEIGHT``.

    reportlab cannot split a row across pages reliably (``splitInRow`` repeats headers twice), so long
    cells continue in extra rows of the same logical row; each row is then short enough to move whole.

    The lines are broken here once, with the font's metrics (``simpleSplit``), and handed to the table as plain
    strings: no ``Paragraph`` per cell. The table lays out a page, splits, and lays out the rest again for
    every page, which re-wrapped every remaining ``Paragraph`` each time; a 1,000-row logbook took ≈ 3.5 s,
    almost all of it there (issue 20, bench group "jobs"). Plain strings are drawn as they are (no markup),
    so user text needs no escaping on this path; :func:`printable_text` still replaces glyphs the font lacks.
    """
    font, size = style.fontName, style.fontSize
    lines: list[str] = []
    for para in printable_text(text).split("\n"):
        for line in simpleSplit(para, font, size, width) or [""]:
            if stringWidth(line, font, size) <= width:
                lines.append(line)
            else:  # one word wider than the column: break it between characters, as Paragraph does
                lines += _break_word(line, font, size, width)
    per = max(1, int(CELL_CHUNK_HEIGHT // style.leading))
    return ["\n".join(lines[i : i + per]) for i in range(0, len(lines), per)] or [""]


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    current = ""
    used = 0.0
    for ch in word:
        w = stringWidth(ch, font, size)
        if current and used + w > width:
            out.append(current)
            current, used = "", 0.0
        current += ch
        used += w
    out.append(current)
    return out


def _table(block: TableBlock, st: _Styles, width: float) -> Flowable:
    total = sum(block.widths) or 1.0
    col_widths = [width * w / total for w in block.widths]
    pad_x = 3.0
    ncols = len(block.header)
    # Header rows as pre-broken plain lines too: they are repeated (and were re-wrapped) on every page.
    data: list[list[Any]] = [
        [_cell_pieces(h, st.cell_head, cw - 2 * pad_x)[0] for h, cw in zip(block.header, col_widths, strict=True)]
    ]
    heads: list[tuple[int, ParagraphStyle]] = [(0, st.cell_head)]
    if block.number_row:
        heads.append((1, st.cell_num))
        data.append([f"({i})" for i in range(1, ncols + 1)])
    repeat = len(data)
    line = 0.5
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, repeat - 1), line, colors.black),
        ("LINEBEFORE", (0, 0), (-1, -1), line, colors.black),
        ("LINEAFTER", (-1, 0), (-1, -1), line, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), line, colors.black),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), line, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, repeat - 1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, repeat - 1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad_x),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad_x),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, repeat), (-1, -1), st.cell.fontName),
        ("FONTSIZE", (0, repeat), (-1, -1), st.cell.fontSize),
        ("LEADING", (0, repeat), (-1, -1), st.cell.leading),
    ]
    for r, style in heads:
        commands += [
            ("FONTNAME", (0, r), (-1, r), style.fontName),
            ("FONTSIZE", (0, r), (-1, r), style.fontSize),
            ("LEADING", (0, r), (-1, r), style.leading),
        ]
    starts: list[int] = []  # first physical row of each logical row: a rule above it, none above continuations
    for row in block.rows:
        cells = (list(row) + [""] * ncols)[:ncols]
        pieces = [_cell_pieces(cell, st.cell, cw - 2 * pad_x) for cell, cw in zip(cells, col_widths, strict=True)]
        starts.append(len(data))
        for k in range(max(len(p) for p in pieces)):
            data.append([p[k] if k < len(p) else "" for p in pieces])
    # One LINEABOVE per run of consecutive starts, not one per row: the table copies its commands into every
    # page it splits off, so a command per row cost O(rows × pages) (issue 20).
    for _, run in groupby(enumerate(starts), key=lambda pair: pair[1] - pair[0]):
        rows_in_run = [r for _, r in run]
        commands.append(("LINEABOVE", (0, rows_in_run[0]), (-1, rows_in_run[-1]), line, colors.black))
    if not block.rows and block.empty_text:
        commands += [("SPAN", (0, repeat), (-1, repeat)), ("LINEABOVE", (0, repeat), (-1, repeat), line, colors.black)]
        data.append([_p(block.empty_text, st.cell)] + [""] * (ncols - 1))
    return Table(data, colWidths=col_widths, repeatRows=repeat, style=TableStyle(commands))


def _fits(flowable: Flowable, width: float, height: float) -> bool:
    _w, h = flowable.wrap(width, height)
    return bool(h <= height)


def _blocks(blocks: tuple[Block, ...], st: _Styles, width: float, height: float) -> list[Flowable]:
    out: list[Flowable] = []
    para_styles = {
        ParaStyle.BODY: st.body,
        ParaStyle.LEAD: st.lead,
        ParaStyle.BASIS: st.basis,
        ParaStyle.NOTE: st.note,
        ParaStyle.CENTER: st.center,
    }
    for block in blocks:
        if isinstance(block, Para):
            out.append(_p(block.text, para_styles[block.style]))
        elif isinstance(block, KeyValues):
            out += [Paragraph(f"{markup(k)}: {markup(v)}", st.kv) for k, v in block.rows]
            out.append(Spacer(1, 4))
        elif isinstance(block, NumberedList):
            out += [
                Paragraph(markup(item), st.item, bulletText=f"{n}.")
                for n, item in enumerate(block.items, start=block.start)
            ]
            out.append(Spacer(1, 4))
        elif isinstance(block, TableBlock):
            out.append(_table(block, st, width))
        elif isinstance(block, Verification):
            qr_size = 2.2 * cm
            text = clean_text(block.text)
            verification = Table(
                [[_QrCode(text, qr_size), _p(text, st.verification)]],
                colWidths=[qr_size + 6, width - qr_size - 6],
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
            )
            if _fits(verification, width, height * 0.8):
                out.append(KeepTogether([Spacer(1, 4), verification]))
            else:
                out += [_QrCode(text, qr_size), _p(text, st.verification)]
    return out


# --------------------------------------------------------------------------------------------- closing


def _signature(sig: SignatureBlock, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = [_p(sig.title.upper(), st.sig_title)]
    if sig.note:
        out.append(_p(sig.note, st.sig_note))
    out.append(Spacer(1, 2.2 * cm))
    if sig.name:
        out.append(_p(sig.name, st.sig_name))
    return out


def _closing(doc: PrintDocument, st: _Styles, width: float, height: float) -> list[Flowable]:
    if not doc.distribution and not doc.signatures:
        return []
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    if doc.distribution or len(doc.signatures) <= 1:
        left: list[Flowable] = []
        if doc.distribution:
            left.append(_p(doc.chrome.distribution_heading, st.dist_heading))
            left += [_p(f"- {line}", st.dist_item) for line in doc.distribution]
        right: list[Flowable] = []
        for sig in doc.signatures:
            right += _signature(sig, st)
        left_w = width * 0.45
        table = Table([[left, right]], colWidths=[left_w, width - left_w], style=style)
        stacked = [*left, Spacer(1, 10), *right]
    else:
        n = len(doc.signatures)
        columns = [_signature(sig, st) for sig in doc.signatures]
        table = Table([columns], colWidths=[width / n] * n, style=style)
        stacked = [f for column in columns for f in column]
    if _fits(table, width, height * 0.8):
        return [KeepTogether([Spacer(1, 10), table])]
    return [Spacer(1, 10), *stacked]  # only when user text makes the block taller than a page


# ------------------------------------------------------------------------------------------- page chrome


@dataclass
class _CopyState:
    """Which copy is being drawn and where it started (page numbers restart with each copy)."""

    index: int = 0
    start_page: int = 1


class _CopyStart(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """Zero-size marker at the top of each copy."""

    def __init__(self, state: _CopyState, index: int) -> None:
        super().__init__()
        self.state = state
        self.index = index

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state.index = self.index
        self.state.start_page = self.canv.getPageNumber()


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = text[: int(width / (size * 0.15)) + 1]  # no glyph is narrower than 0.15 em: cut long text first
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _page_decorator(doc: PrintDocument, state: _CopyState, page_w: float, page_h: float) -> Callable[[Any, Any], None]:
    footers = [printable_text(p.footer or doc.footer_note).replace("\n", " ") for p in doc.parts] or [
        printable_text(doc.footer_note).replace("\n", " ")
    ]
    labels = [printable_text(label).replace("\n", " ") for label in doc.copy_labels]
    usable = page_w - MARGIN_LEFT - MARGIN_RIGHT

    def on_page_end(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        page_in_copy = canvas.getPageNumber() - state.start_page + 1
        label = labels[state.index] if state.index < len(labels) else ""
        footer = footers[min(state.index, len(footers) - 1)]
        if page_in_copy >= 2:  # NĐ 30/2020: page numbers centred in the top margin, not on page 1
            canvas.setFont(REGULAR, 13)
            canvas.drawCentredString(MARGIN_LEFT + usable / 2, page_h - PAGE_NUMBER_Y_FROM_TOP, str(page_in_copy))
        elif label:
            canvas.setFont(ITALIC, 11)
            canvas.drawRightString(
                page_w - MARGIN_RIGHT, page_h - PAGE_NUMBER_Y_FROM_TOP, _fit(label, ITALIC, 11, usable * 0.7)
            )
        text = f"{footer} · {label}" if label else footer
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(MARGIN_LEFT, FOOTER_Y, _fit(text, REGULAR, 8, usable))
        canvas.restoreState()

    return on_page_end


# ---------------------------------------------------------------------------------------------- render


def _story(doc: PrintDocument, st: _Styles, width: float, height: float) -> list[Flowable]:
    return [
        *_header(doc, st, width, height),
        *_title(doc, st, width),
        *_blocks(doc.blocks, st, width, height),
        *_closing(doc, st, width, height),
    ]


def _copy(doc: PrintDocument, index: int) -> PrintDocument:
    """The document as copy ``index`` prints it: that copy's body and "Kính gửi" line."""
    if not doc.parts:
        return doc
    part = doc.parts[index]
    return replace(doc, blocks=part.blocks, chrome=replace(doc.chrome, recipient_line=part.recipient_line))


def render_pdf(doc: PrintDocument) -> bytes:
    """The document as PDF bytes: all copies in one file, each copy starting on a new page."""
    st = _styles()
    page_w, page_h = landscape(A4) if doc.landscape else A4
    buf = io.BytesIO()
    template = BaseDocTemplate(
        buf,
        pagesize=(page_w, page_h),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_text(f"{doc.title} {doc.number}".strip()),
        author=clean_text(doc.header.agency_name),
        creator="reception_app",
        invariant=1,
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        page_w - MARGIN_LEFT - MARGIN_RIGHT,
        page_h - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    state = _CopyState()
    template.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPageEnd=_page_decorator(doc, state, page_w, page_h))]
    )
    story: list[Flowable] = []
    for index in range(doc.copies):
        if index:
            story.append(PageBreak())
        story.append(_CopyStart(state, index))
        story += _story(_copy(doc, index), st, frame.width, frame.height)
    template.build(story)
    return buf.getvalue()


__all__ = ["FAMILY", "MISSING_GLYPH", "clean_text", "markup", "printable_text", "render_pdf"]
