"""Exports (issue 5, items 7 and 9): the periodic report as XLSX / PDF and the masked reception logbook as XLSX.

Entry points (run them on the DB thread; each writes next to the target and renames, so a failed or
cancelled export never leaves half a file, and each is an audit event with codes and counts only)::

    ExportService(desk).statistics_xlsx(report, path)     # supervisor or admin
    ExportService(desk).statistics_pdf(report, path)      # supervisor or admin
    ExportService(desk).logbook_xlsx(start, end, path, walk_in_only=False, progress=None, cancelled=None) -> rows

No identity field is ever read: the report holds counts only, and the logbook rows come from
``storage.statistics.logbook_rows`` (reporter codes, never ``sealed_identity``); the ID-paper column prints
the mask.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reception_app.models.enums import CaseKind, CaseStatus, Channel, Decision, Jurisdiction, Result, Role
from reception_app.models.errors import KnownError
from reception_app.models.masking import MASK
from reception_app.models.statistics import StatisticsReport
from reception_app.printing.statistics_document import ReportTable, StatisticsDocument, build_statistics_document
from reception_app.printing.statistics_pdf import render_statistics_pdf
from reception_app.services.xlsx_rows import InlineRows
from reception_app.storage import settings as settings_repo
from reception_app.storage import statistics as queries

if TYPE_CHECKING:
    from reception_app.services.context import SessionContext
    from reception_app.services.desk_security import SecurityService
    from reception_app.services.documents import DocumentService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

LOGBOOK_PAGE = 2000


class ExportCancelled(KnownError):
    def __init__(self) -> None:
        super().__init__("Đã hủy xuất tệp.")


class ExportFailed(KnownError):
    def __init__(self) -> None:
        super().__init__("Không ghi được tệp vào nơi đã chọn (ổ đĩa đầy, không có quyền ghi hoặc tệp đang mở).")


@contextlib.contextmanager
def _atomic_target(path: Path) -> Iterator[Path]:
    """A temp file beside ``path`` that replaces it only if the body finishes."""
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise ExportFailed() from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        raise ExportFailed() from exc
    finally:
        tmp.unlink(missing_ok=True)


# --- the statistics workbook (pure: document → workbook) ------------------------------------------------------

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEAD_FILL = PatternFill("solid", fgColor="F0F0F0")
_TOTAL_FILL = PatternFill("solid", fgColor="F6F6F6")
_FONT = "Times New Roman"
COUNT_FORMAT = "#,##0"


def _f(*, bold: bool = False, italic: bool = False, size: float = 12) -> Font:
    return Font(name=_FONT, bold=bold, italic=italic, size=size)


def _merged(ws: Worksheet, row: int, first: int, last: int, value: str, *, font: Font, height: float = 0) -> None:
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    cell = ws.cell(row, first, value)
    cell.font = font
    cell.alignment = _CENTER
    if height:
        ws.row_dimensions[row].height = height


def _chrome(ws: Worksheet, doc: StatisticsDocument, table: ReportTable, ncols: int, split: int) -> None:
    """Agency and national header boxes, form label, title, period and cut-off lines (rows 1–7)."""
    hdr = doc.header
    _merged(ws, 1, 1, split, hdr.parent_agency.upper(), font=_f())
    _merged(ws, 2, 1, split, hdr.agency_name.upper(), font=_f(bold=True))
    _merged(ws, 1, split + 1, ncols, doc.national_name, font=_f(bold=True))
    _merged(ws, 2, split + 1, ncols, doc.motto, font=_f(bold=True))
    _merged(ws, 3, split + 1, ncols, doc.place_date, font=_f(italic=True))
    ws.cell(4, 1, table.form).font = _f(bold=True, size=11)
    _merged(ws, 5, 1, ncols, table.title, font=_f(bold=True, size=14), height=22)
    _merged(ws, 6, 1, ncols, f"{table.form} — {doc.period_label}", font=_f(bold=True), height=20)
    _merged(ws, 7, 1, ncols, f"({doc.cut_off_line})", font=_f(italic=True))


def _column_tree(ws: Worksheet, table: ReportTable, top: int, ncols: int) -> int:
    """The spanned header and the "(1) (2) …" row; returns the row of the numbers."""
    depth = table.header_depth
    for cell in table.header_cells():
        r, c = top + cell.row, 1 + cell.column
        if cell.rows > 1 or cell.columns > 1:
            ws.merge_cells(start_row=r, start_column=c, end_row=r + cell.rows - 1, end_column=c + cell.columns - 1)
        box = ws.cell(r, c, cell.text)
        box.font = _f(bold=True, size=10)
        box.alignment = _CENTER
    for r in range(top, top + depth):
        ws.row_dimensions[r].height = 42 if r == top + depth - 1 else 30
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = _BOX
            ws.cell(r, c).fill = _HEAD_FILL
    numbers = top + depth
    for c, text in enumerate(table.column_numbers(), start=1):
        cell = ws.cell(numbers, c, text)
        cell.font = _f(italic=True, size=9)
        cell.alignment = _CENTER
        cell.border = _BOX
    return numbers


def _body(ws: Worksheet, table: ReportTable, first_row: int) -> int:
    """The data rows (counts as numbers with a thousands format); returns the last row written."""
    r = first_row - 1
    for row in table.rows:
        r += 1
        cells = [ws.cell(r, 1, row.number), ws.cell(r, 2, ("    " if row.level == 2 else "") + row.label)]
        cells += [ws.cell(r, 3 + i, v) for i, v in enumerate(row.values)]
        for i, cell in enumerate(cells):
            cell.border = _BOX
            cell.font = _f(bold=row.level < 2, size=11)
            if i >= 2:
                cell.number_format = COUNT_FORMAT
            else:
                cell.alignment = _CENTER if i == 0 else Alignment(vertical="center", wrap_text=True)
            if row.level == 0:
                cell.fill = _TOTAL_FILL
    return r


def _sheet(ws: Worksheet, doc: StatisticsDocument, table: ReportTable) -> None:
    """Header boxes, title, cut-off line, spanned column tree, "(1) (2) …", rows, note, signature."""
    ncols = len(table.leaves()) + 2
    split = max(2, round(ncols * 0.42))
    _chrome(ws, doc, table, ncols, split)
    top = 9
    numbers = _column_tree(ws, table, top, ncols)
    r = _body(ws, table, numbers + 1) + 1
    if table.note:
        r += 1
        _merged(ws, r, 1, ncols, table.note, font=_f(italic=True, size=10))
        ws.cell(r, 1).alignment = Alignment(horizontal="left", wrap_text=True)
    r += 1
    ws.cell(r, 1, doc.as_of_line).font = _f(italic=True, size=10)
    r += 2
    hdr = doc.header
    _merged(ws, r, split + 1, ncols, hdr.signer_title.upper(), font=_f(bold=True))
    _merged(ws, r + 1, split + 1, ncols, "(Ký, ghi rõ họ tên, đóng dấu)", font=_f(italic=True, size=11))
    if hdr.signer_name.strip():
        _merged(ws, r + 6, split + 1, ncols, hdr.signer_name, font=_f(bold=True))
    wide = ncols > 3
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 44 if wide else 60
    for c in range(3, ncols + 1):
        ws.column_dimensions[get_column_letter(c)].width = 11 if wide else 16
    ws.freeze_panes = ws.cell(numbers + 1, 3)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{top}:{numbers}"


def statistics_workbook(doc: StatisticsDocument) -> Workbook:
    """One sheet per table of ``doc`` (pure: no desk, no file)."""
    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    for table in doc.tables:
        _sheet(book.create_sheet(table.key), doc, table)
    book.properties.title = f"{doc.title} {doc.subtitle}".strip()
    book.properties.creator = "reception_app"
    return book


# --- the logbook workbook -------------------------------------------------------------------------------------

LOGBOOK_COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 6),
    ("Ngày tiếp", 12),
    ("Họ tên, địa chỉ (mã người gửi)", 22),
    ("CCCD/CMND/Hộ chiếu", 12),
    ("Nội dung đơn (tóm tắt)", 48),
    ("Loại đơn", 16),
    ("Số người cùng nội dung", 9),
    ("Cơ quan đã giải quyết", 14),
    ("Thuộc thẩm quyền", 10),
    ("Hướng dẫn công dân đến cơ quan có thẩm quyền", 24),
    ("Cơ quan, đơn vị thụ lý / được chuyển đơn", 24),
    ("Theo dõi kết quả giải quyết", 24),
    ("Ghi chú", 22),
)


def _label(enum: type[Any], code: str) -> str:
    try:
        return str(enum(code).label)
    except ValueError:
        return code


def logbook_values(row: dict[str, Any], n: int, agency_name: str) -> tuple[object, ...]:
    """One Mẫu 03/TCD line, masked: reporter codes in the name column, the mask in the ID column."""
    codes = row["reporter_codes"] or row["first_reporter_code"] or ""
    received = datetime.fromisoformat(row["received_at"])
    anonymous = row["kind"] == CaseKind.ANONYMOUS_TIP.value or not codes
    accepted_by = row["transferred_to"] or ""
    if not accepted_by and row["decision"] == Decision.ACCEPT.value:
        accepted_by = agency_name
    follow = _label(CaseStatus, row["status"])
    if row["result"]:
        follow += f" — {_label(Result, row['result'])}"
    if row["resolved_on"]:
        follow += f" ({date.fromisoformat(row['resolved_on'][:10]):%d/%m/%Y})"
    note = f"Số hồ sơ {row['number']}; {_label(Channel, row['channel'])}"
    if row["repeat_count"]:
        note += f"; gửi lần {int(row['repeat_count']) + 1}"
    return (
        n,
        received.strftime("%d/%m/%Y"),
        "Không rõ danh tính (nặc danh)" if anonymous and not codes else codes,
        "" if anonymous and not codes else MASK,
        row["subject"],
        _label(CaseKind, row["kind"]),
        int(row["group_size"]),
        "",
        "x" if row["jurisdiction"] == Jurisdiction.OURS.value else "",
        row["guided_to"] or "",
        accepted_by,
        follow,
        note,
    )


# --- the service ---------------------------------------------------------------------------------------------


class ExportService:
    """Writes report and logbook files for the logged-in user (see the module docstring)."""

    def __init__(self, ctx: SessionContext, documents: DocumentService, security: SecurityService) -> None:
        self.ctx = ctx
        self.documents = documents
        self.security = security

    def statistics_document(self, report: StatisticsReport) -> StatisticsDocument:
        session, db, _ = self.ctx.require(Role.SUPERVISOR, Role.ADMIN)
        return build_statistics_document(
            report,
            self.documents.agency_header(),
            printed_by=session.username,
            printed_at=self.ctx.clock.local_naive(),  # office time on the paper, like every other document
            head_code=self.security.head_code(),  # the periodic report carries the off-desk anchor (issue 16)
            recipient=settings_repo.get_setting(db, "agency.report_to") or "",
        )

    def statistics_xlsx(self, report: StatisticsReport, path: Path) -> None:
        """The report as a workbook: sheets 01-TCD, 02-XLD, 03-CT."""
        book = statistics_workbook(self.statistics_document(report))
        with _atomic_target(path) as tmp:
            book.save(tmp)
        self._audited("statistics_exported", report, "xlsx")

    def statistics_pdf(self, report: StatisticsReport, path: Path) -> None:
        """The report as a landscape A4 PDF."""
        data = render_statistics_pdf(self.statistics_document(report))
        with _atomic_target(path) as tmp:
            tmp.write_bytes(data)
        self._audited("statistics_exported", report, "pdf")

    def _audited(self, action: str, report: StatisticsReport, fmt: str) -> None:
        p = report.period
        self.ctx.audit(
            action, doc_kind=fmt, date_from=p.start.isoformat(), date_to=p.end.isoformat(), count=report.total
        )

    def logbook_xlsx(
        self,
        start: date,
        end: date,
        path: Path,
        *,
        walk_in_only: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """The Sổ tiếp công dân of ``start..end`` (cases received, oldest first), masked; returns the row count.

        Any logged-in user may export it (the logbook page is theirs). XlsxWriter writes the sheet's chrome
        (formats, widths, frozen panes, title rows); the body streams in pages of 2,000 rows as sheet XML with
        inline strings (:class:`~reception_app.services.xlsx_rows.InlineRows`, to a temporary file beside the
        target), so memory stays flat for a year of a busy desk. Per-cell XlsxWriter calls took 2.1 s for a
        month at 1,000,000 cases (16,000 rows; budget 1.5 s, issue 20, bench group "jobs"); openpyxl ≈ 8 s.
        Text is always written as text (an inline string is never a formula or a link), whatever it starts with.
        """
        if end < start:
            raise ValueError("end before start")
        import xlsxwriter  # on first use: keeps start-up light

        _, db, _ = self.ctx.require()
        agency = self.documents.settings.agency()
        total = queries.logbook_count(db, start, end, walk_in_only=walk_in_only)
        n = 0
        after: tuple[str, int] | None = None
        chrome = io.BytesIO()
        book = xlsxwriter.Workbook(chrome, {"in_memory": True})
        ws = book.add_worksheet("So-tiep-cong-dan")

        def fmt(**props: object) -> Any:
            return book.add_format({"font_name": _FONT, "font_size": 12, **props})

        for i, (_, width) in enumerate(LOGBOOK_COLUMNS):
            ws.set_column(i, i, width)
        ws.freeze_panes(5, 2)  # "C6": the column titles and the first two columns stay
        ws.set_landscape()
        ws.write_string(0, 0, agency.parent_agency.upper(), fmt())
        ws.write_string(1, 0, agency.agency_name.upper(), fmt(bold=True))
        ws.set_row(2, 21)
        title = f"SỔ TIẾP CÔNG DÂN — Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
        ws.write_string(2, 0, title, fmt(bold=True, font_size=14))
        ws.set_row(4, 48)  # the column titles wrap on three lines
        head = fmt(bold=True, font_size=10, align="center", valign="vcenter", text_wrap=True, border=1)
        for i, (name, _) in enumerate(LOGBOOK_COLUMNS):
            ws.write_string(4, i, name, head)
        ws.write_blank(5, 0, None, fmt(font_size=11, valign="top", text_wrap=True, border=1))  # the body's marker
        book.close()
        with (
            _atomic_target(path) as tmp,
            InlineRows(chrome.getvalue(), first_row=6, columns=len(LOGBOOK_COLUMNS), tmpdir=tmp.parent) as lines,
        ):
            if progress is not None:
                progress(0, total)
            while True:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                rows = queries.logbook_rows(db, start, end, after=after, limit=LOGBOOK_PAGE, walk_in_only=walk_in_only)
                for row in rows:
                    n += 1
                    lines.append(logbook_values(row, n, agency.agency_name))
                if progress is not None:
                    progress(n, max(total, n))
                if len(rows) < LOGBOOK_PAGE:
                    break
                after = (str(rows[-1]["received_at"]), int(rows[-1]["id"]))
            lines.save(tmp)
        self.ctx.audit(
            "logbook_exported", doc_kind="xlsx", date_from=start.isoformat(), date_to=end.isoformat(), count=n
        )
        return n


__all__ = ["ExportCancelled", "ExportFailed", "ExportService", "logbook_values", "statistics_workbook"]
