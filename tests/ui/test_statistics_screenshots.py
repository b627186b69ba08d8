"""Offscreen screenshots of the statistics page, the PDF report and the XLSX cell grid; also
``python -m tests.ui.test_statistics_screenshots`` (writes ``docs/screenshots/statistics*.png``).

LibreOffice is not installed, so the workbook is drawn here from what openpyxl reads back: column widths, row
heights, merged ranges, fills, bold/italic and wrapped text — enough to see the layout a supervisor gets.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from reception_app.models.periods import year_period
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.statistics.statistics_page import StatisticsPage
from tests.services.test_statistics_service import TODAY, build_world

NAMES = ("statistics.png", "statistics-report.png", "statistics-report-2.png", "statistics-xlsx.png")
PENDING = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pending" / "statistics.json"
PDFTOPPM = shutil.which("pdftoppm") or "pdftoppm"
CHAR_PX = 7.2  # one Excel width unit at 11 pt Calibri/Times ≈ 7 px
DEFAULT_ROW_PT = 15.0


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _geometry(ws: Worksheet, rows: int, scale: float) -> tuple[list[int], list[int]]:
    """Pixel offsets of the column and row edges."""
    xs, ys = [0], [0]
    for c in range(1, ws.max_column + 1):
        dim = ws.column_dimensions.get(get_column_letter(c))
        xs.append(xs[-1] + int(((dim.width if dim is not None and dim.width else 8.43) * CHAR_PX + 5) * scale))
    for r in range(1, rows + 1):
        dim = ws.row_dimensions.get(r)
        ys.append(ys[-1] + int((dim.height if dim is not None and dim.height else DEFAULT_ROW_PT) * 1.333 * scale))
    return xs, ys


def _merges(ws: Worksheet) -> tuple[dict[tuple[int, int], tuple[int, int]], set[tuple[int, int]]]:
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    hidden: set[tuple[int, int]] = set()
    for merged in ws.merged_cells.ranges:
        spans[(merged.min_row, merged.min_col)] = (merged.max_row, merged.max_col)
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if (r, c) != (merged.min_row, merged.min_col):
                    hidden.add((r, c))
    return spans, hidden


def _draw_cell(painter: QPainter, cell: Any, rect: QRect, spill_to: int, scale: float) -> None:
    fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None
    if isinstance(fill, str) and len(fill) >= 6:
        painter.fillRect(rect, QColor("#" + fill[-6:]))
    if cell.border is not None and cell.border.left is not None and cell.border.left.style:
        painter.setPen(QPen(QColor("black")))
        painter.drawRect(rect)
    if cell.value is None:
        return
    font = QFont("Liberation Serif")
    font.setPixelSize(max(8, int((cell.font.sz or 11) * 1.25 * scale)))
    font.setBold(bool(cell.font.b))
    font.setItalic(bool(cell.font.i))
    painter.setFont(font)
    painter.setPen(QPen(QColor("black")))
    number = isinstance(cell.value, int | float)
    text = f"{cell.value:,}".replace(",", ".") if number else str(cell.value)
    align = cell.alignment.horizontal if cell.alignment is not None else None
    flags = Qt.AlignmentFlag.AlignVCenter
    if number or align == "right":
        flags |= Qt.AlignmentFlag.AlignRight
    elif align == "center":
        flags |= Qt.AlignmentFlag.AlignHCenter
    else:
        flags |= Qt.AlignmentFlag.AlignLeft
    wrap = bool(cell.alignment is not None and cell.alignment.wrap_text)
    box = rect.adjusted(3, 1, -3, -1)
    if not wrap and not number:  # unwrapped text spills over empty neighbours, as in a spreadsheet
        box.setRight(max(box.right(), spill_to))
    painter.drawText(box, int(flags.value) | (int(Qt.TextFlag.TextWordWrap.value) if wrap else 0), text)


def draw_sheet(ws: Worksheet, *, max_row: int = 40, scale: float = 1.0) -> QImage:
    """A picture of the first ``max_row`` rows of ``ws`` as a spreadsheet would show them."""
    rows = min(ws.max_row, max_row)
    xs, ys = _geometry(ws, rows, scale)
    image = QImage(xs[-1] + 1, ys[-1] + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#e3e3e3")))
    for x in xs:
        painter.drawLine(x, 0, x, ys[-1])
    for y in ys:
        painter.drawLine(0, y, xs[-1], y)
    spans, hidden = _merges(ws)
    for r in range(1, rows + 1):
        for c in range(1, ws.max_column + 1):
            if (r, c) in hidden:
                continue
            last_r, last_c = spans.get((r, c), (r, c))
            rect = QRect(xs[c - 1], ys[r - 1], xs[last_c] - xs[c - 1], ys[min(last_r, rows)] - ys[r - 1])
            spill = xs[-1] if (r, c) not in spans else rect.right()
            _draw_cell(painter, ws.cell(r, c), rect, spill, scale)
    painter.end()
    return image


class PendingTranslator(QTranslator):
    """Serves ``resources/i18n/pending/statistics.json`` (not yet merged into the .ts files) so the screenshot
    shows the page as a Vietnamese desk will see it."""

    def __init__(self) -> None:
        super().__init__()
        self.table: dict[str, dict[str, str]] = json.loads(PENDING.read_text(encoding="utf-8"))

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.table.get(context, {}).get(source, "")

    def isEmpty(self) -> bool:
        return False


def render(out_dir: Path, data_dir: Path, *, vietnamese: bool = True) -> dict[str, Path]:
    """Write the four PNGs; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    translator = PendingTranslator()
    if vietnamese:
        QApplication.installTranslator(translator)
    world = build_world(data_dir, cases=400, seed=3)
    desk = world.desk
    try:
        page = StatisticsPage(desk, SyncTaskRunner(), today=TODAY)
        page.resize(1280, 800)
        page.kind_combo.setCurrentIndex(page.kind_combo.findData("year"))
        page.year_spin.setValue(2026)
        page.show()
        page.compute()
        _settle()
        paths = {name: out_dir / name for name in NAMES}
        if not page.grab().save(str(paths["statistics.png"])):
            raise OSError("could not write the page screenshot")
        page.close()
        report = desk.statistics.compute(year_period(2026))
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "report.pdf"
            xlsx = Path(tmp) / "report.xlsx"
            desk.exports.statistics_pdf(report, pdf)
            desk.exports.statistics_xlsx(report, xlsx)
            for number, name in ((1, "statistics-report.png"), (2, "statistics-report-2.png")):
                stem = Path(tmp) / f"page{number}"
                subprocess.run(  # noqa: S603 - poppler's pdftoppm on our own temp files
                    [PDFTOPPM, "-png", "-r", "60", "-f", str(number), "-l", str(number), "-singlefile", pdf, stem],
                    check=True,
                )
                shutil.copyfile(stem.with_suffix(".png"), paths[name])
            sheet = load_workbook(xlsx)["02-XLD"]
            if not draw_sheet(sheet, max_row=36).save(str(paths["statistics-xlsx.png"])):
                raise OSError("could not write the workbook picture")
        return paths
    finally:
        QApplication.removeTranslator(translator)
        desk.close()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_screenshots_render(qapp: QApplication, tmp_path: Path) -> None:
    paths = render(tmp_path / "out", tmp_path / "data")
    for name, path in paths.items():
        image = QImage(str(path))
        assert not image.isNull(), name
        assert image.width() > 400, name
        assert path.stat().st_size > 10_000, name


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv)
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as data:
        for written in render(target, Path(data) / "data").values():
            print(written)
