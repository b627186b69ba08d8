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
from reception_app.printing.document import AgencyHeader, format_doc_number, place_date_line
from reception_app.printing.report_forms import ColumnSpec, FormSpec, ReportSpec, default_report_forms
from reception_app.printing.templates import fill

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
    """The report as an NĐ 30/2020 official document: header with Số/ký hiệu, title, Kính gửi, body,
    the forms' tables, Nơi nhận and the signature block."""

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
    number_line: str = ""  # "Số:      /BC-TTr" (the number is registered by the văn thư when signed)
    subtitle: str = ""  # the summary line under "BÁO CÁO"
    recipient: str = ""  # "Kính gửi: …"
    paragraphs: tuple[str, ...] = ()
    distribution: tuple[str, ...] = ()
    signature_note: str = "(Ký, ghi rõ họ tên, đóng dấu)"


# --- builders ------------------------------------------------------------------------------------------------

_TIMELINESS_SHORT = {
    Timeliness.ON_TIME: "Đúng hạn",
    Timeliness.LATE: "Quá hạn",
    Timeliness.OPEN_OVERDUE: "Đã quá hạn",
    Timeliness.OPEN_IN_TIME: "Còn hạn",
    Timeliness.ENDED: "Kết thúc khác",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _leaf_functions(
    report: StatisticsReport, spec: FormSpec
) -> tuple[tuple[Column, ...], list[Callable[[CaseCell], int]]]:
    """The 02 (XLD) column tree and, per leaf, how much one cube cell adds to it. Decision codes this build
    does not know are summed in one "Khác" column (a raw code is never printed)."""
    known = {d.value for d in Decision}
    decisions = [d.value for d in Decision if d is not Decision.NONE]
    unknown = [c for c in report.codes("decision") if c not in known]
    fns: list[Callable[[CaseCell], int]] = [lambda c: c.cases]

    def eq(attr: str, value: object) -> Callable[[CaseCell], int]:
        return lambda c: c.cases if getattr(c, attr) == value else 0

    fns += [eq("group", True), lambda c: c.people if c.group else 0]
    fns += [eq("repeat", False), eq("repeat", True)]
    fns += [eq("jurisdiction", j.value) for j in (Jurisdiction.OURS, Jurisdiction.NOT_OURS, Jurisdiction.UNKNOWN)]
    fns += [eq("decision", d) for d in decisions]
    if unknown:
        fns.append(lambda c: c.cases if c.decision not in known else 0)
    fns.append(eq("decision", Decision.NONE.value))
    # same order as the "Tình trạng giải quyết" leaves below: on time, late, overdue, in time, ended
    fns += [eq("timeliness", t.value) for t in Timeliness]

    def dlabel(code: str) -> str:
        return DECISION_SHORT_LABELS.get(code, spec.other_decision)

    columns = (
        Column("Tổng số đơn"),
        Column("Đơn đông người", (Column("Số đơn"), Column("Số người"))),
        Column("Vụ việc", (Column("Lần đầu"), Column("Nhiều lần"))),
        Column("Thẩm quyền", (Column("Thuộc"), Column("Không thuộc"), Column("Chưa xác định"))),
        Column(
            "Kết quả xử lý (hướng xử lý)",
            tuple(Column(dlabel(d)) for d in decisions)
            + ((Column(spec.other_decision),) if unknown else ())
            + (Column("Chưa xử lý"),),
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


def processing_table(report: StatisticsReport, forms: ReportSpec | None = None) -> ReportTable:
    """Biểu 01/XLD: kinds, then sectors with cases, then the grand total."""
    spec = (forms or default_report_forms()).form("02-XLD")
    columns, fns = _leaf_functions(report, spec)
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
                _printable_label(code_label("kind", kind), spec),
                tuple(sums.get((kind, ""), [0] * width)),
                1,
            )
        )
        n = 0
        for sector in sectors:
            values = sums.get((kind, sector))
            if values is not None and values[0]:
                n += 1
                rows.append(TableRow(str(n), _printable_label(code_label("sector", sector), spec), tuple(values), 2))
    rows.append(TableRow("", spec.row("total"), tuple(sums.get(("", ""), [0] * width)), 0))
    return ReportTable(
        key=spec.key,
        form=spec.form,
        title=spec.title,
        label_title=spec.label_title,
        columns=columns,
        rows=tuple(rows),
        note=spec.note,
    )


def _columns(specs: tuple[ColumnSpec, ...]) -> tuple[Column, ...]:
    return tuple(Column(c.title, _columns(c.children)) for c in specs)


def _leaf_ids(specs: tuple[ColumnSpec, ...]) -> list[str]:
    return [leaf for c in specs for leaf in ([c.leaf] if c.leaf else _leaf_ids(c.children))]


def reception_table(report: StatisticsReport, forms: ReportSpec | None = None) -> ReportTable:
    """Biểu 01/TCD: regular reception, the head's scheduled / ad-hoc sessions, total. The column tree is data
    (leaf ids are :class:`ReceptionTier` fields)."""
    spec = (forms or default_report_forms()).form("01-TCD")
    r = report.reception
    leaves = _leaf_ids(spec.columns)

    def values(tier: object, total: bool = False) -> tuple[int, ...]:
        out = []
        for leaf in leaves:
            if total:
                v = r.days if leaf == "days" else getattr(r.regular, leaf) + getattr(r.leaders, leaf)
            else:
                v = getattr(tier, leaf)
            out.append(int(v))
        return tuple(out)

    return ReportTable(
        key=spec.key,
        form=spec.form,
        title=spec.title,
        label_title=spec.label_title,
        columns=_columns(spec.columns),
        rows=(
            TableRow("1", spec.row("regular"), values(r.regular)),
            TableRow("2", spec.row("leaders"), values(r.leaders)),
            TableRow("", spec.row("total"), values(None, total=True), 0),  # a day with both sessions counts once
        ),
        note=spec.note,
    )


def _printable_label(label: str, spec: FormSpec) -> str:
    return spec.other_decision if label.startswith("Khác (mã ") else label


def _no_raw_codes(items: list[tuple[str, int]] | tuple[tuple[str, int], ...], spec: FormSpec) -> list[tuple[str, int]]:
    """Codes this build does not know (labelled "Khác (mã …)" on screen) are summed into one "Khác" line:
    a printed report never shows a raw code."""
    out: list[tuple[str, int]] = []
    other = 0
    for label, n in items:
        if label.startswith("Khác (mã "):
            other += n
        else:
            out.append((label, n))
    if other:
        at = next((i for i, (label, _) in enumerate(out) if label == spec.other_decision), None)
        if at is None:
            out.append((spec.other_decision, other))
        else:
            out[at] = (spec.other_decision, out[at][1] + other)
    return out


def indicator_table(report: StatisticsReport, forms: ReportSpec | None = None) -> ReportTable:
    """Biểu số 03: every section of :meth:`StatisticsReport.sections` with its subtotal."""
    spec = (forms or default_report_forms()).form("03-CT")
    rows: list[TableRow] = [TableRow("", spec.row("total"), (report.total,), 0)]
    for i, (title, items) in enumerate(report.sections()):
        subtotal = sum(n for _, n in items) if title != "Tiếp công dân" else report.reception.visits
        rows.append(TableRow(_ROMAN[i] if i < len(_ROMAN) else str(i + 1), title, (subtotal,), 1))
        rows += [TableRow(str(j), label, (n,), 2) for j, (label, n) in enumerate(_no_raw_codes(items, spec), start=1)]
    return ReportTable(
        key=spec.key,
        form=spec.form,
        title=spec.title,
        label_title=spec.label_title,
        columns=(Column("Số lượng"),),
        rows=tuple(rows),
        note=spec.note,
    )


def build_statistics_document(
    report: StatisticsReport,
    header: AgencyHeader,
    *,
    printed_by: str,
    printed_at: datetime,
    recipient: str = "",
    forms: ReportSpec | None = None,
    head_code: str = "",
) -> StatisticsDocument:
    """The forms' tables inside an NĐ 30/2020 report (BÁO CÁO): Số/ký hiệu (number left for the văn thư),
    Kính gửi ``recipient`` (default from the data), an opening paragraph, Nơi nhận and the signer.

    ``head_code``: the audit chain's head code when printed (docs/SECURITY.md §5.4), an anchor kept off the desk.
    """
    spec = forms or default_report_forms()
    at = printed_at.replace(tzinfo=None)
    day = report.as_of
    period = report.period.label
    slots = {
        "agency": header.agency_for_text,
        "period": period,
        "period_lower": period[:1].lower() + period[1:],
        "total": format_count(report.total),
        "visits": format_count(report.reception.visits),
        "archive_unit": header.doc_symbol,
    }
    number = format_doc_number(1, spec.type_symbol, header.doc_symbol).split("/", 1)[1]
    return StatisticsDocument(
        header=header,
        title=spec.title,
        subtitle=fill(spec.subtitle, slots),
        period_label=period,
        cut_off_line=report.period.cut_off_line,
        as_of_line=f"Tình trạng giải quyết tính đến ngày {day:%d/%m/%Y}.",
        tables=(reception_table(report, spec), processing_table(report, spec), indicator_table(report, spec)),
        place_date=place_date_line(header.place_name.strip() or "……", day),
        printed_line=f"In bởi {printed_by} lúc {at:%H:%M %d/%m/%Y}"
        + (f" · Mã mốc nhật ký {head_code}" if head_code else ""),
        number_line=f"Số:        /{number}",
        recipient=f"Kính gửi: {recipient.strip() or spec.recipient_default}",
        paragraphs=(fill(spec.intro, slots), fill(spec.summary, slots)),
        distribution=tuple(fill(line, slots) for line in spec.recipients),
        signature_note=spec.signature_note,
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
