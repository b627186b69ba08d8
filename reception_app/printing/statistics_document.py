"""The periodic report as pure tables (column tree + rows of counts), shared by the XLSX and PDF exports.

A :class:`StatisticsDocument` is built from a :class:`~reception_app.models.statistics.StatisticsReport` and
the agency header; ``printing.statistics_pdf`` renders it with reportlab and ``services.exports`` writes it
with openpyxl, so both files hold the same numbers in the same places. Only counts and fixed labels go in:
a report never carries a case, a reporter code or an identity.

Layouts follow the report templates seen in Vietnamese KNTC software (DOMAIN-VN §6.1, "TT2024" set [R]):

- Biểu số 01 — tiếp công dân (like 01/TCD): regular reception and the head's sessions; days, lượt, người,
  vụ việc lần đầu / nhiều lần, đoàn đông người.
- Biểu số 02 — tiếp nhận, xử lý đơn (like 01/XLD): one row per kind, then per sector; columns total, đơn
  đông người, lần đầu / nhiều lần, thẩm quyền, kết quả xử lý (hướng xử lý), tình trạng giải quyết.
- Biểu số 03 — the flat indicator list (every dimension, zeros included).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from reception_app.models.enums import Decision, Jurisdiction
from reception_app.models.statistics import (
    DECISION_SHORT_LABELS,
    CaseCell,
    StatisticsReport,
    Timeliness,
    code_label,
)
from reception_app.printing.document import AgencyHeader

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
REPORT_TITLE = "BÁO CÁO TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN, TIẾP NHẬN VÀ XỬ LÝ ĐƠN"


@dataclass(frozen=True)
class Column:
    """A node of the column tree; leaves hold numbers."""

    title: str
    children: tuple[Column, ...] = ()

    def leaves(self) -> tuple[Column, ...]:
        if not self.children:
            return (self,)
        return tuple(leaf for child in self.children for leaf in child.leaves())

    def depth(self) -> int:
        return 1 + max((c.depth() for c in self.children), default=0)


@dataclass(frozen=True)
class HeaderCell:
    """One header box of the grid: top-left (row, column), spans, text."""

    row: int
    column: int
    rows: int
    columns: int
    text: str


@dataclass(frozen=True)
class TableRow:
    """``level`` 0: grand total; 1: a heading row (bold, its own subtotal); 2: a detail row (indented)."""

    number: str
    label: str
    values: tuple[int, ...]
    level: int = 2


@dataclass(frozen=True)
class ReportTable:
    key: str  # short sheet name
    form: str  # "Biểu số 02"
    title: str
    label_title: str
    columns: tuple[Column, ...]
    rows: tuple[TableRow, ...]
    note: str = ""

    def leaves(self) -> tuple[Column, ...]:
        return tuple(leaf for c in self.columns for leaf in c.leaves())

    @property
    def header_depth(self) -> int:
        return max(c.depth() for c in self.columns)

    def header_cells(self) -> tuple[HeaderCell, ...]:
        """The header grid including the "STT" and label columns (0 and 1); value columns start at 2."""
        depth = self.header_depth
        cells = [HeaderCell(0, 0, depth, 1, "STT"), HeaderCell(0, 1, depth, 1, self.label_title)]

        def walk(col: Column, row: int, first: int) -> int:
            width = len(col.leaves())
            rows = 1 if col.children else depth - row
            cells.append(HeaderCell(row, first, rows, width, col.title))
            at = first
            for child in col.children:
                at = walk(child, row + 1, at)
            return first + width

        at = 2
        for col in self.columns:
            at = walk(col, 0, at)
        return tuple(cells)

    def column_numbers(self) -> tuple[str, ...]:
        """The "(1) (2) …" row printed under the header of official forms."""
        return tuple(f"({i})" for i in range(1, len(self.leaves()) + 3))


@dataclass(frozen=True)
class StatisticsDocument:
    header: AgencyHeader
    title: str
    period_label: str
    cut_off_line: str
    as_of_line: str
    tables: tuple[ReportTable, ...]
    place_date: str
    printed_line: str
    national_name: str = NATIONAL_NAME
    motto: str = MOTTO


# --- builders ------------------------------------------------------------------------------------------------

_TIMELINESS_SHORT = {
    Timeliness.ON_TIME: "Đúng hạn",
    Timeliness.LATE: "Quá hạn",
    Timeliness.OPEN_OVERDUE: "Đã quá hạn",
    Timeliness.OPEN_IN_TIME: "Còn hạn",
    Timeliness.ENDED: "Kết thúc khác",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _leaf_functions(report: StatisticsReport) -> tuple[tuple[Column, ...], list[Callable[[CaseCell], int]]]:
    """The 02 (XLD) column tree and, per leaf, how much one cube cell adds to it."""
    decisions = [d.value for d in Decision if d is not Decision.NONE] + [
        c for c in report.codes("decision") if c not in {d.value for d in Decision}
    ]
    fns: list[Callable[[CaseCell], int]] = [lambda c: c.cases]

    def eq(attr: str, value: object) -> Callable[[CaseCell], int]:
        return lambda c: c.cases if getattr(c, attr) == value else 0

    fns += [eq("group", True), lambda c: c.people if c.group else 0]
    fns += [eq("repeat", False), eq("repeat", True)]
    fns += [eq("jurisdiction", j.value) for j in (Jurisdiction.OURS, Jurisdiction.NOT_OURS, Jurisdiction.UNKNOWN)]
    fns += [eq("decision", d) for d in decisions]
    fns.append(eq("decision", Decision.NONE.value))
    # same order as the "Tình trạng giải quyết" leaves below: on time, late, overdue, in time, ended
    fns += [eq("timeliness", t.value) for t in Timeliness]

    def dlabel(code: str) -> str:
        return DECISION_SHORT_LABELS.get(code, f"Mã {code}")

    columns = (
        Column("Tổng số đơn"),
        Column("Đơn đông người", (Column("Số đơn"), Column("Số người"))),
        Column("Vụ việc", (Column("Lần đầu"), Column("Nhiều lần"))),
        Column("Thẩm quyền", (Column("Thuộc"), Column("Không thuộc"), Column("Chưa xác định"))),
        Column(
            "Kết quả xử lý (hướng xử lý)",
            tuple(Column(dlabel(d)) for d in decisions) + (Column("Chưa xử lý"),),
        ),
        Column(
            "Tình trạng giải quyết",
            (
                Column(
                    "Đã giải quyết", tuple(Column(_TIMELINESS_SHORT[t]) for t in (Timeliness.ON_TIME, Timeliness.LATE))
                ),
                Column(
                    "Chưa xong",
                    tuple(Column(_TIMELINESS_SHORT[t]) for t in (Timeliness.OPEN_OVERDUE, Timeliness.OPEN_IN_TIME)),
                ),
                Column(_TIMELINESS_SHORT[Timeliness.ENDED]),
            ),
        ),
    )
    return columns, fns


def processing_table(report: StatisticsReport) -> ReportTable:
    """Biểu số 02: kinds, then sectors with cases, then the grand total."""
    columns, fns = _leaf_functions(report)
    width = len(fns)
    sums: dict[tuple[str, str], list[int]] = {}
    for cell in report.cells:
        vector = [fn(cell) for fn in fns]
        for key in ((cell.kind, ""), (cell.kind, cell.sector), ("", "")):
            acc = sums.setdefault(key, [0] * width)
            for i, v in enumerate(vector):
                acc[i] += v
    rows: list[TableRow] = []
    kinds = report.codes("kind")
    sectors = report.codes("sector")
    for i, kind in enumerate(kinds):
        rows.append(
            TableRow(
                _ROMAN[i] if i < len(_ROMAN) else str(i + 1),
                code_label("kind", kind),
                tuple(sums.get((kind, ""), [0] * width)),
                1,
            )
        )
        n = 0
        for sector in sectors:
            values = sums.get((kind, sector))
            if values is not None and values[0]:
                n += 1
                rows.append(TableRow(str(n), code_label("sector", sector), tuple(values), 2))
    rows.append(TableRow("", "TỔNG CỘNG", tuple(sums.get(("", ""), [0] * width)), 0))
    return ReportTable(
        key="02-XLD",
        form="Biểu số 02",
        title="TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN",
        label_title="Loại đơn, lĩnh vực",
        columns=columns,
        rows=tuple(rows),
        note=(
            "Ghi chú: đơn đông người là đơn có từ 05 người trở lên; tình trạng giải quyết tính đến ngày lập báo cáo"
            " theo hạn xử lý của từng đơn."
        ),
    )


def reception_table(report: StatisticsReport) -> ReportTable:
    """Biểu số 01: regular reception, the head's scheduled / ad-hoc sessions, total."""
    r = report.reception
    total = tuple(a + b for a, b in zip(r.regular.values(), r.leaders.values(), strict=True))
    total = (r.days, *total[1:])  # a day with both kinds of session counts once
    return ReportTable(
        key="01-TCD",
        form="Biểu số 01",
        title="TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN",
        label_title="Hình thức tiếp",
        columns=(
            Column("Số ngày tiếp"),
            Column("Lượt"),
            Column("Người"),
            Column("Vụ việc", (Column("Lần đầu"), Column("Nhiều lần"))),
            Column(
                "Trong đó: đoàn đông người",
                (Column("Số đoàn"), Column("Người"), Column("Vụ việc", (Column("Lần đầu"), Column("Nhiều lần")))),
            ),
        ),
        rows=(
            TableRow("1", "Tiếp thường xuyên", r.regular.values()),
            TableRow("2", "Tiếp định kỳ, đột xuất của Thủ trưởng", r.leaders.values()),
            TableRow("", "TỔNG CỘNG", total, 0),
        ),
        note="Ghi chú: số liệu lấy từ sổ tiếp công dân (các lượt tiếp có ngày tiếp trong kỳ).",
    )


def indicator_table(report: StatisticsReport) -> ReportTable:
    """Biểu số 03: every section of :meth:`StatisticsReport.sections` with its subtotal."""
    rows: list[TableRow] = [TableRow("", "Tổng số đơn tiếp nhận trong kỳ", (report.total,), 0)]
    for i, (title, items) in enumerate(report.sections()):
        subtotal = sum(n for _, n in items) if title != "Tiếp công dân" else report.reception.visits
        rows.append(TableRow(_ROMAN[i] if i < len(_ROMAN) else str(i + 1), title, (subtotal,), 1))
        rows += [TableRow(str(j), label, (n,), 2) for j, (label, n) in enumerate(items, start=1)]
    return ReportTable(
        key="03-CT",
        form="Biểu số 03",
        title="CÁC CHỈ TIÊU TỔNG HỢP",
        label_title="Chỉ tiêu",
        columns=(Column("Số lượng"),),
        rows=tuple(rows),
    )


def build_statistics_document(
    report: StatisticsReport, header: AgencyHeader, *, printed_by: str, printed_at: datetime, head_code: str = ""
) -> StatisticsDocument:
    """The three tables plus the NĐ 30/2020 chrome around them.

    ``head_code``: the audit chain's head code when printed (docs/SECURITY.md §5.4), an anchor kept off the desk.
    """
    at = printed_at.replace(tzinfo=None)
    day = report.as_of
    place = header.place_name.strip()
    return StatisticsDocument(
        header=header,
        title=REPORT_TITLE,
        period_label=report.period.label,
        cut_off_line=report.period.cut_off_line,
        as_of_line=f"Tình trạng giải quyết tính đến ngày {day:%d/%m/%Y}",
        tables=(reception_table(report), processing_table(report), indicator_table(report)),
        place_date=f"{place + ', ' if place else ''}ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
        printed_line=f"In bởi {printed_by} lúc {at:%H:%M %d/%m/%Y}"
        + (f" · Mã mốc nhật ký {head_code}" if head_code else ""),
    )


def format_count(value: int) -> str:
    """1.234.567 (the Vietnamese thousands separator); 0 prints as 0."""
    return f"{value:,}".replace(",", ".")


__all__ = [
    "Column",
    "HeaderCell",
    "ReportTable",
    "StatisticsDocument",
    "TableRow",
    "build_statistics_document",
    "format_count",
    "indicator_table",
    "processing_table",
    "reception_table",
]
