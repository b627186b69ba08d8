"""InlineRows (issue 20): body rows written as sheet XML read back in openpyxl exactly as XlsxWriter's own cells do."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from openpyxl import load_workbook

from reception_app.services.xlsx_rows import STRING_MAX, InlineRows

ROWS: list[tuple[object, ...]] = [
    (1, "01/02/2026", "NG-0001, NG-0002", "***", "Đơn khiếu nại về đất đai: 5 < 7 & 9 > 3", 0, ""),
    (2, "=1+1", "@SUM(A1)", "+84 123", "  leading and trailing  ", 12, None),
    (3, "tab\there", "ctl\x01\x1f", "_x0041_ literal", "line\nbreak", -4, "x"),
    (4, "é" * (STRING_MAX + 10), "", "", "Tiếng Việt có dấu", 2**40, "https://example.org"),
]


def _chrome(*, marker: bool, path: Path | None = None) -> tuple[Any, Any, Any]:
    """XlsxWriter's workbook: in memory (the chrome), or row by row to ``path`` as the previous export wrote it."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out if path is None else str(path),
        {
            "in_memory": path is None,
            "constant_memory": path is not None,
            "tmpdir": str(path.parent) if path is not None else None,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    ws = book.add_worksheet("Sheet")
    ws.set_column(0, 6, 12)
    ws.freeze_panes(2, 1)
    title = book.add_format({"font_name": "Times New Roman", "bold": True, "font_size": 14})
    ws.write_string(0, 0, "TITLE", title)
    body = book.add_format(
        {"font_name": "Times New Roman", "font_size": 11, "valign": "top", "text_wrap": True, "border": 1}
    )
    if marker:
        ws.write_blank(1, 0, None, body)
    return out, book, (ws, body)


def _xlsxwriter_cells(path: Path) -> None:
    _, book, (ws, body) = _chrome(marker=False, path=path)
    for r, values in enumerate(ROWS, start=1):
        for c, v in enumerate(values):
            if isinstance(v, int):
                ws.write_number(r, c, v, body)
            elif v:
                ws.write_string(r, c, str(v), body)
            else:
                ws.write_blank(r, c, None, body)
    book.close()


def _inline(path: Path, tmp: Path) -> int:
    out, book, _ = _chrome(marker=True)
    book.close()
    with InlineRows(out.getvalue(), first_row=2, columns=7, tmpdir=tmp) as rows:
        for values in ROWS:
            rows.append(values)
        rows.save(path)
        return rows.written


def _cells(path: Path) -> list[list[tuple[object, ...]]]:
    ws = load_workbook(path).active
    assert ws is not None
    return [
        [
            (
                c.value,
                c.data_type,
                c.font.name,
                c.font.sz,
                bool(c.font.b),
                c.alignment.vertical,
                bool(c.alignment.wrap_text),
                c.border.left.style,
                c.border.bottom.style,
            )
            for c in row
        ]
        for row in ws.iter_rows(min_row=1, max_row=1 + len(ROWS), max_col=7)
    ]


def test_inline_rows_read_back_as_xlsxwriter_cells(tmp_path: Path) -> None:
    _xlsxwriter_cells(tmp_path / "cells.xlsx")
    assert _inline(tmp_path / "inline.xlsx", tmp_path) == len(ROWS)
    expected, got = _cells(tmp_path / "cells.xlsx"), _cells(tmp_path / "inline.xlsx")
    assert got == expected
    body = got[1:]
    assert body[1][1][:2] == ("=1+1", "s")  # text, never a formula
    assert body[0][4][0] == "Đơn khiếu nại về đất đai: 5 < 7 & 9 > 3"
    assert body[1][4][0] == "  leading and trailing  "
    assert body[2][3][0] == "_x005F_x0041_ literal"  # escaped as Excel and XlsxWriter escape it
    assert len(str(body[3][1][0])) == STRING_MAX
    assert body[0][0][:2] == (1, "n")
    assert body[0][2][2:] == ("Times New Roman", 11.0, False, "top", True, "thin", "thin")
    ws = load_workbook(tmp_path / "inline.xlsx").active
    assert ws is not None
    assert ws.freeze_panes == "B3"
    assert ws.dimensions == f"A1:G{1 + len(ROWS)}"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".rows-")] == []  # the row text is gone


def test_a_chrome_without_its_marker_is_refused(tmp_path: Path) -> None:
    out, book, _ = _chrome(marker=False)
    book.close()
    with pytest.raises(ValueError, match="marker"):
        InlineRows(out.getvalue(), first_row=2, columns=7, tmpdir=tmp_path)


def test_an_empty_body_keeps_the_chrome(tmp_path: Path) -> None:
    out, book, _ = _chrome(marker=True)
    book.close()
    with InlineRows(out.getvalue(), first_row=2, columns=7, tmpdir=tmp_path) as rows:
        rows.save(tmp_path / "empty.xlsx")
    ws = load_workbook(tmp_path / "empty.xlsx").active
    assert ws is not None
    assert ws["A1"].value == "TITLE"
    assert ws.max_row == 1
