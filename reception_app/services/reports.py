"""Periodic statistics and exports (issue 5): computed on the DB thread, exported to XLSX and PDF.

Entry points (all need a supervisor or admin session, except the logbook export which any user may run):

* ``compute_statistics(desk, period, progress=None, cancelled=None) -> StatisticsReport`` — three indexed
  GROUP BY passes over the period (cases, statutory deadlines, visits). Benchmarked by ``make bench``.
* ``statistics_xlsx(desk, report, path)`` — the report as an XLSX workbook laid out like the periodic report.
* ``statistics_pdf(desk, report) -> bytes`` — the same tables as an A4 PDF.
* ``logbook_xlsx(desk, filters, path, progress=None, cancelled=None) -> int`` — the masked logbook rows.

No identity field is ever read: only counts, codes and reporter codes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from reception_app.models.enums import CaseKind, CaseStatus, Channel, Decision, Jurisdiction, Role, Sector
from reception_app.models.errors import KnownError
from reception_app.models.logbook import LogbookFilter, LogbookKey
from reception_app.models.report import Deadlines, Period, Reception, StatisticsReport
from reception_app.printing.report_pdf import render_statistics_pdf
from reception_app.services.logbook import logbook_entries
from reception_app.storage import report_queries as q

if TYPE_CHECKING:
    from reception_app.services.desk import Desk

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(KnownError):
    def __init__(self) -> None:
        super().__init__("Đã hủy.")


def _enum(enum: type, value: str, fallback: object) -> object:
    try:
        return enum(value)
    except ValueError:
        return fallback


def _int(row: Mapping[str, Any], key: str) -> int:
    value = row.get(key)
    return int(value) if value is not None else 0


def compute_statistics(
    desk: Desk, period: Period, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> StatisticsReport:
    """Counts for the cases received in ``period`` (see the module docstring)."""
    _, db, _ = desk._require(Role.SUPERVISOR, Role.ADMIN)
    step = progress or (lambda _done, _total: None)
    stop = cancelled or (lambda: False)
    step(0, 3)
    by: dict[str, dict[Any, int]] = {k: {} for k in ("kind", "sector", "channel", "decision", "status", "jurisdiction")}
    kind_by_sector: dict[tuple[CaseKind, Sector], int] = {}
    total = groups = group_people = 0
    for row in q.case_groups(db, period.start, period.end):
        n = int(row["n"])
        total += n
        kind = cast(CaseKind, _enum(CaseKind, row["kind"], CaseKind.MIXED))
        sector = cast(Sector, _enum(Sector, row["sector"], Sector.OTHER))
        keys = {
            "kind": kind,
            "sector": sector,
            "channel": _enum(Channel, row["channel"], Channel.WALK_IN),
            "decision": _enum(Decision, row["decision"], Decision.NONE),
            "status": _enum(CaseStatus, row["status"], CaseStatus.RECEIVED),
            "jurisdiction": _enum(Jurisdiction, row["jurisdiction"], Jurisdiction.UNKNOWN),
        }
        for name, key in keys.items():
            by[name][key] = by[name].get(key, 0) + n
        pair = (kind, sector)
        kind_by_sector[pair] = kind_by_sector.get(pair, 0) + n
        if row["is_group"]:
            groups += n
            group_people += int(row["people"] or 0)
    if stop():
        raise ExportCancelled()
    step(1, 3)
    d = q.deadline_outcomes(db, period.start, period.end, desk._clock().date()) or {}
    deadlines = Deadlines(*(_int(d, k) for k in ("closed_on_time", "closed_late", "open_overdue", "open_in_time")))
    if stop():
        raise ExportCancelled()
    step(2, 3)
    r = q.reception_counts(db, period.start, period.end) or {}
    reception = Reception(*(_int(r, k) for k in ("visits", "people", "days", "group_visits", "group_people")))
    step(3, 3)
    return StatisticsReport(
        period=period,
        total=total,
        by_kind=by["kind"],
        by_sector=by["sector"],
        by_channel=by["channel"],
        by_decision=by["decision"],
        by_status=by["status"],
        by_jurisdiction=by["jurisdiction"],
        groups=groups,
        group_people=group_people,
        deadlines=deadlines,
        reception=reception,
        kind_by_sector=kind_by_sector,
    )


_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _save_workbook(book: Workbook, path: Path) -> None:
    """Write next to the target and rename: a failed export never leaves half a file behind."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _header(ws: object, desk: Desk, title: str, subtitle: str, width: int) -> int:
    agency = desk.agency()
    sheet = ws  # openpyxl worksheet
    sheet["A1"] = agency.parent_agency  # type: ignore[index]
    sheet["A2"] = agency.agency_name  # type: ignore[index]
    sheet["A2"].font = Font(bold=True)  # type: ignore[index]
    sheet.merge_cells(start_row=4, start_column=1, end_row=4, end_column=width)  # type: ignore[attr-defined]
    sheet["A4"] = title  # type: ignore[index]
    sheet["A4"].font = Font(bold=True, size=13)  # type: ignore[index]
    sheet["A4"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)  # type: ignore[index]
    sheet.row_dimensions[4].height = 36  # type: ignore[attr-defined]
    sheet.merge_cells(start_row=5, start_column=1, end_row=5, end_column=width)  # type: ignore[attr-defined]
    sheet["A5"] = subtitle  # type: ignore[index]
    sheet["A5"].font = Font(italic=True)  # type: ignore[index]
    sheet["A5"].alignment = Alignment(horizontal="center", wrap_text=True)  # type: ignore[index]
    sheet.row_dimensions[5].height = 30  # type: ignore[attr-defined]
    return 7


def statistics_xlsx(desk: Desk, report: StatisticsReport, path: Path) -> None:
    """The report as a workbook: sheet "Tổng hợp" (section tables) and "Loại – lĩnh vực" (cross table)."""
    desk._require(Role.SUPERVISOR, Role.ADMIN)
    book = Workbook()
    ws = book.active
    ws.title = "Tổng hợp"
    p = report.period
    row = _header(
        ws,
        desk,
        "BÁO CÁO TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN, TIẾP NHẬN VÀ XỬ LÝ ĐƠN",
        f"{p.label} — Số liệu tính từ ngày {p.start:%d/%m/%Y} đến ngày {p.end:%d/%m/%Y}",
        3,
    )
    ws.cell(row, 1, "Tổng số hồ sơ tiếp nhận trong kỳ").font = Font(bold=True)
    ws.cell(row, 3, report.total).font = Font(bold=True)
    row += 1
    ws.cell(row, 1, "Trong đó: đơn đông người (từ 5 người)")
    ws.cell(row, 3, report.groups)
    row += 2
    for title, items in report.sections():
        ws.cell(row, 1, title).font = Font(bold=True)
        ws.cell(row, 3, "Số lượng").font = Font(bold=True)
        row += 1
        for label, count in items:
            ws.cell(row, 1, label).border = _BOX
            ws.cell(row, 2).border = _BOX
            cell = ws.cell(row, 3, count)
            cell.border = _BOX
            row += 1
        ws.cell(row, 1, "Cộng").font = Font(bold=True)
        ws.cell(row, 3, sum(c for _, c in items)).font = Font(bold=True)
        row += 2
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 4
    ws.column_dimensions["C"].width = 14
    cross = book.create_sheet("Loại – lĩnh vực")
    kinds = list(CaseKind)
    r0 = _header(cross, desk, "SỐ HỒ SƠ THEO LOẠI ĐƠN VÀ LĨNH VỰC", f"{p.label}", len(kinds) + 2)
    cross.cell(r0, 1, "Lĩnh vực").font = Font(bold=True)
    for j, kind in enumerate(kinds, start=2):
        cross.cell(r0, j, kind.label).font = Font(bold=True)
        cross.cell(r0, j).alignment = Alignment(wrap_text=True, vertical="top")
    cross.cell(r0, len(kinds) + 2, "Cộng").font = Font(bold=True)
    for i, sector in enumerate(Sector, start=r0 + 1):
        cross.cell(i, 1, sector.label)
        values = [report.kind_by_sector.get((kind, sector), 0) for kind in kinds]
        for j, value in enumerate(values, start=2):
            cross.cell(i, j, value)
        cross.cell(i, len(kinds) + 2, sum(values)).font = Font(bold=True)
    cross.column_dimensions["A"].width = 40
    for j in range(2, len(kinds) + 3):
        cross.column_dimensions[get_column_letter(j)].width = 14
    _save_workbook(book, path)


def statistics_pdf(desk: Desk, report: StatisticsReport) -> bytes:
    desk._require(Role.SUPERVISOR, Role.ADMIN)
    agency = desk.agency()
    session = desk.session
    return render_statistics_pdf(
        report,
        parent_agency=agency.parent_agency,
        agency_name=agency.agency_name,
        printed_by=session.username if session else "",
        printed_at=desk._clock(),
    )


LOGBOOK_COLUMNS = (
    "STT",
    "Ngày tiếp nhận",
    "Số hồ sơ",
    "Hình thức",
    "Loại đơn",
    "Trích yếu",
    "Mã người gửi",
    "Số người",
    "Cán bộ tiếp",
    "Tình trạng",
    "Hạn xử lý",
)


def logbook_xlsx(
    desk: Desk, filters: LogbookFilter, path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> int:
    """The logbook of the period (masked: reporter codes only) as XLSX; returns the number of rows."""
    book = Workbook(write_only=False)
    ws = book.active
    ws.title = "Sổ tiếp công dân"
    row = _header(
        ws,
        desk,
        "SỔ TIẾP CÔNG DÂN",
        f"Từ ngày {filters.date_from:%d/%m/%Y} đến ngày {filters.date_to:%d/%m/%Y}",
        len(LOGBOOK_COLUMNS),
    )
    for j, name in enumerate(LOGBOOK_COLUMNS, start=1):
        cell = ws.cell(row, j, name)
        cell.font = Font(bold=True)
        cell.border = _BOX
    after: LogbookKey | None = None
    n = 0
    while True:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        page = logbook_entries(desk, filters, after=after, limit=1000)
        for e in page.rows:
            n += 1
            values = (
                n,
                e.received_at.strftime("%d/%m/%Y %H:%M"),
                e.number,
                e.channel.label,
                e.kind.label,
                e.subject,
                e.reporter_code,
                e.group_size,
                e.officer,
                e.status.label,
                e.due_on.strftime("%d/%m/%Y") if e.due_on else "",
            )
            for j, value in enumerate(values, start=1):
                ws.cell(row + n, j, value).border = _BOX
        if progress is not None:
            progress(n, 0)
        if page.next_key is None:
            break
        after = page.next_key
    for j, width in enumerate((6, 17, 14, 18, 20, 50, 20, 9, 14, 16, 12), start=1):
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = ws.cell(row + 1, 1)
    _save_workbook(book, path)
    return n


__all__ = [
    "ExportCancelled",
    "compute_statistics",
    "logbook_xlsx",
    "statistics_pdf",
    "statistics_xlsx",
]
