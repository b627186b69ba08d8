"""Periodic statistics (DOMAIN-VN §6.1): reporting periods and the counts a supervisor files.

Pure data, computed by ``services.statistics.StatisticsService`` and laid out by
``printing.statistics_document`` (XLSX and PDF). A report holds only counts keyed by storage codes — never a
case, a reporter code or an identity.

The case counts are kept as a small *cube*: one :class:`CaseCell` per combination of dimensions that occurs
in the period (kind, sector, channel, decision, status, jurisdiction, admissibility, group, repeat,
timeliness). Any table of a report template is then a projection of the cube (:meth:`StatisticsReport.by`,
:meth:`StatisticsReport.cross`, :meth:`StatisticsReport.count`), without going back to the database.
Codes the enums do not know (a handling decision added later, say) are kept as they are and labelled
"Khác (mã …)" rather than dropped or folded into another row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from reception_app.models.enums import Admissibility, CaseKind, CaseStatus, Channel, Decision, Jurisdiction, Sector
from reception_app.models.rulesets import RuleSet, RuleSetRegistry

K = TypeVar("K")

GROUP_MIN_PEOPLE = 5  # đoàn đông người / đơn nhiều người (Luật TCD Điều 29–30; TT 07/2014 Điều 6.4.b)


# --- periods -------------------------------------------------------------------------------------------------


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"
    REPORTING = "reporting"  # NĐ 09/2019 cut-off: 15th of the month before → 14th of the last month


@dataclass(frozen=True)
class Period:
    """An inclusive range of days with the name printed on the report ("Quý II năm 2026")."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.CUSTOM
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")
        if not self.label:
            object.__setattr__(self, "label", f"Từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def cut_off_line(self) -> str:
        """The line every report template prints under its title."""
        return f"Số liệu tính từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    def slices(self) -> tuple[tuple[date, date], ...]:
        """The period cut at calendar-month boundaries (each an inclusive range): the unit of work between
        two progress reports and cancellation checks."""
        out: list[tuple[date, date]] = []
        start = self.start
        while start <= self.end:
            nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            end = min(self.end, nxt - timedelta(days=1))
            out.append((start, end))
            start = end + timedelta(days=1)
        return tuple(out)


_ROMAN = ("I", "II", "III", "IV")


def month_period(year: int, month: int) -> Period:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    shown = f"{month:02d}" if month <= 2 else str(month)  # NĐ 30/2020: only months 1 and 2 get a leading 0
    return Period(first, nxt - timedelta(days=1), PeriodKind.MONTH, f"Tháng {shown} năm {year}")


def quarter_period(year: int, quarter: int) -> Period:
    if not 1 <= quarter <= 4:
        raise ValueError("quarter must be 1..4")
    start = date(year, 3 * quarter - 2, 1)
    return Period(
        start, month_period(year, 3 * quarter).end, PeriodKind.QUARTER, f"Quý {_ROMAN[quarter - 1]} năm {year}"
    )


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR, f"Năm {year}")


def custom_period(start: date, end: date) -> Period:
    return Period(start, end, PeriodKind.CUSTOM)


REPORTING_SPANS = ("q1", "q2", "q3", "q4", "6m", "9m", "year")
_REPORTING_NAMES = {
    "q1": "quý I",
    "q2": "quý II",
    "q3": "quý III",
    "q4": "quý IV",
    "6m": "6 tháng đầu",
    "9m": "9 tháng đầu",
    "year": "",
}


def reporting_period(year: int, span: str) -> Period:
    """The NĐ 09/2019 reporting period [DOMAIN-VN §6.1, M]: data from the 15th of the month before the period
    to the 14th of its last month. ``span``: ``q1``…``q4``, ``6m``, ``9m`` or ``year``.

    Examples: ``year`` 2026 = 15/12/2025 – 14/12/2026; ``q2`` 2026 = 15/03/2026 – 14/06/2026;
    ``6m`` 2026 = 15/12/2025 – 14/06/2026.
    """
    if span not in _REPORTING_NAMES:
        raise ValueError(f"span must be one of {', '.join(REPORTING_SPANS)}")
    first_month, last_month = {
        "q1": (1, 3),
        "q2": (4, 6),
        "q3": (7, 9),
        "q4": (10, 12),
        "6m": (1, 6),
        "9m": (1, 9),
        "year": (1, 12),
    }[span]
    start = date(year - 1, 12, 15) if first_month == 1 else date(year, first_month - 1, 15)
    name = _REPORTING_NAMES[span]
    label = f"Kỳ báo cáo {name} năm {year}" if name else f"Kỳ báo cáo năm {year}"
    return Period(start, date(year, last_month, 14), PeriodKind.REPORTING, label)


# --- the cube ------------------------------------------------------------------------------------------------


class Timeliness(StrEnum):
    """Where a case stands against its due date (``cases.due_on``) on the day the report is computed."""

    ON_TIME = "dung_han"  # resolved_on ≤ due_on (or resolved with no due date)
    LATE = "qua_han"  # resolved_on > due_on
    OPEN_OVERDUE = "chua_xong_qua_han"  # still open and due_on < as_of
    OPEN_IN_TIME = "chua_xong_trong_han"  # still open, not yet due (or no due date)
    ENDED = "ket_thuc_khac"  # closed without a resolution date (transferred, guided, filed …)

    @property
    def label(self) -> str:
        return _TIMELINESS_LABELS[self]


_TIMELINESS_LABELS = {
    Timeliness.ON_TIME: "Đã giải quyết đúng hạn",
    Timeliness.LATE: "Đã giải quyết quá hạn",
    Timeliness.OPEN_OVERDUE: "Chưa giải quyết xong, đã quá hạn",
    Timeliness.OPEN_IN_TIME: "Chưa giải quyết xong, còn hạn",
    Timeliness.ENDED: "Kết thúc không qua giải quyết (chuyển, hướng dẫn, lưu…)",
}

OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.PROCESSED, CaseStatus.IN_PROGRESS)

DIMENSIONS = (
    "kind",
    "sector",
    "channel",
    "decision",
    "status",
    "jurisdiction",
    "admissible",
    "group",
    "repeat",
    "timeliness",
)


@dataclass(frozen=True)
class CaseCell:
    """Cases received in the period that share every dimension value; ``people`` sums ``group_size``."""

    kind: str
    sector: str
    channel: str
    decision: str
    status: str
    jurisdiction: str
    admissible: str
    group: bool  # group_size ≥ 5 (đơn đông người)
    repeat: bool  # repeat_count > 0 (nhiều lần)
    timeliness: str
    cases: int
    people: int

    def key(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in DIMENSIONS)


@dataclass(frozen=True)
class VisitCell:
    """Reception logbook rows (``visits``) of the period sharing (led by the head, first time)."""

    led_by_head: bool
    first_time: bool
    visits: int  # lượt
    people: int  # người
    cases: int  # distinct cases (vụ việc)
    groups: int = 0  # visits by a group of ≥ 5 people (số đoàn)
    group_people: int = 0
    group_cases: int = 0  # distinct cases brought by groups


@dataclass(frozen=True)
class ReceptionTier:
    """One line of the reception table (01/TCD): regular reception, or the head's scheduled/ad-hoc sessions."""

    days: int = 0
    visits: int = 0
    people: int = 0
    cases_first: int = 0
    cases_repeat: int = 0
    groups: int = 0  # số đoàn
    group_people: int = 0
    group_cases_first: int = 0
    group_cases_repeat: int = 0

    def values(self) -> tuple[int, ...]:
        return (
            self.days,
            self.visits,
            self.people,
            self.cases_first,
            self.cases_repeat,
            self.groups,
            self.group_people,
            self.group_cases_first,
            self.group_cases_repeat,
        )


@dataclass(frozen=True)
class ReceptionStats:
    regular: ReceptionTier = ReceptionTier()
    leaders: ReceptionTier = ReceptionTier()
    days: int = 0  # distinct days on which anyone was received (not the sum of the two tiers)

    @property
    def visits(self) -> int:
        return self.regular.visits + self.leaders.visits

    @property
    def people(self) -> int:
        return self.regular.people + self.leaders.people

    @property
    def groups(self) -> int:
        return self.regular.groups + self.leaders.groups

    @property
    def group_people(self) -> int:
        return self.regular.group_people + self.leaders.group_people


def reception_from_cells(
    cells: Iterable[VisitCell], *, regular_days: int, leader_days: int, days: int
) -> ReceptionStats:
    """Fold visit cells into the two tiers of the 01/TCD table. A case with both a first and a repeat visit
    in the period counts once under "lần đầu" and once under "nhiều lần", as the visits do."""
    tiers: dict[bool, dict[str, int]] = {False: {}, True: {}}
    for c in cells:
        t = tiers[c.led_by_head]
        suffix = "first" if c.first_time else "repeat"
        for name, value in (
            ("visits", c.visits),
            ("people", c.people),
            (f"cases_{suffix}", c.cases),
            ("groups", c.groups),
            ("group_people", c.group_people),
            (f"group_cases_{suffix}", c.group_cases),
        ):
            t[name] = t.get(name, 0) + value
    return ReceptionStats(
        regular=ReceptionTier(days=regular_days, **tiers[False]),
        leaders=ReceptionTier(days=leader_days, **tiers[True]),
        days=days,
    )


# --- rule sets ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleSetPart:
    """The cases of a report received while one rule set was in force (issue 19): a period that spans a change
    in the law (1 July 2026) counts each case under the set of its own received date — its deadlines, and so
    its timeliness, were set by that set at intake.

    Attributes:
        key, name, tag: the rule set (``models.rulesets.RuleSet``; tag V/R/T/M as in DOMAIN-VN §0).
        start, end: the days of the period under this set (inclusive).
        cells: the case cube of those days (same dimensions as :attr:`StatisticsReport.cells`).
    """

    key: str
    name: str
    tag: str
    start: date
    end: date
    cells: tuple[CaseCell, ...] = ()

    @property
    def total(self) -> int:
        return sum(c.cases for c in self.cells)

    def count(self, **where: object) -> int:
        """As :meth:`StatisticsReport.count`, over this set's cases only."""
        return sum(c.cases for c in self.cells if _matches(c, where))

    @property
    def label(self) -> str:
        return f"Bộ quy tắc {self.key} [{self.tag}], nhận từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y}"


def ruleset_spans(start: date, end: date, registry: RuleSetRegistry) -> tuple[tuple[RuleSet, date, date], ...]:
    """The days ``start..end`` cut where the rule set in force changes: (set, first day, last day) in order,
    adjacent days under the same set joined. The set of a day is :meth:`RuleSetRegistry.for_day` (the one a
    case received that day is handled under)."""
    if end < start:
        raise ValueError("the period ends before it starts")
    cuts = {start}
    for rs in registry.sets:
        for day in (rs.effective_from, rs.effective_to + timedelta(days=1) if rs.effective_to else None):
            if day is not None and start < day <= end:
                cuts.add(day)
    firsts = sorted(cuts)
    out: list[tuple[RuleSet, date, date]] = []
    for i, first in enumerate(firsts):
        last = firsts[i + 1] - timedelta(days=1) if i + 1 < len(firsts) else end
        rs = registry.for_day(first)
        if out and out[-1][0].key == rs.key:
            out[-1] = (out[-1][0], out[-1][1], last)
        else:
            out.append((rs, first, last))
    return tuple(out)


def ruleset_part(rs: RuleSet, start: date, end: date, cells: Iterable[CaseCell]) -> RuleSetPart:
    """One :class:`RuleSetPart`; cells sharing every dimension are merged."""
    merged: dict[tuple[object, ...], CaseCell] = {}
    for cell in cells:
        old = merged.get(cell.key())
        merged[cell.key()] = (
            cell if old is None else replace(old, cases=old.cases + cell.cases, people=old.people + cell.people)
        )
    ordered = tuple(sorted(merged.values(), key=lambda c: tuple(str(v) for v in c.key())))
    return RuleSetPart(rs.key, rs.name, rs.tag.value, start, end, ordered)


# --- labels --------------------------------------------------------------------------------------------------

_ENUMS: dict[str, type[StrEnum]] = {
    "kind": CaseKind,
    "sector": Sector,
    "channel": Channel,
    "decision": Decision,
    "status": CaseStatus,
    "jurisdiction": Jurisdiction,
    "admissible": Admissibility,
    "timeliness": Timeliness,
}


def known_codes(dimension: str) -> tuple[str, ...]:
    """The codes the enum of ``dimension`` defines, in its order (the row order of printed tables)."""
    if dimension in ("group", "repeat"):
        return ()
    return tuple(member.value for member in _ENUMS[dimension])


def code_label(dimension: str, code: object) -> str:
    """Vietnamese label of a stored code; unknown codes print as "Khác (mã …)" instead of failing."""
    if dimension == "group":
        return "Đơn đông người" if code else "Đơn một/ít người"
    if dimension == "repeat":
        return "Nhiều lần" if code else "Lần đầu"
    enum = _ENUMS[dimension]
    try:
        return str(enum(str(code)).label)  # type: ignore[attr-defined]  # every enum here has .label
    except ValueError:
        return f"Khác (mã {code})" if code else "Chưa xác định"


DECISION_SHORT_LABELS = {
    Decision.ACCEPT.value: "Thụ lý",
    Decision.REJECT.value: "Không thụ lý",
    Decision.GUIDE.value: "Hướng dẫn",
    Decision.TRANSFER.value: "Chuyển đơn",
    Decision.RETURN.value: "Trả lại đơn",
    Decision.FILE.value: "Xếp lưu",
    Decision.REFUSE_RECEPTION.value: "Từ chối tiếp",
    Decision.VERIFY_TIP.value: "Kiểm tra, xác minh",
    Decision.NONE.value: "Chưa xử lý",
}


def short_label(dimension: str, code: object) -> str:
    """A label short enough for a chart legend or a narrow column (decisions; others as :func:`code_label`)."""
    if dimension == "decision" and code in DECISION_SHORT_LABELS:
        return DECISION_SHORT_LABELS[str(code)]
    return code_label(dimension, code)


# --- the report ----------------------------------------------------------------------------------------------


def _frozen(counts: Mapping[K, int]) -> Mapping[K, int]:
    return MappingProxyType(dict(counts))


@dataclass(frozen=True)
class StatisticsReport:
    """Everything a periodic report prints, for the cases received (and visits held) in ``period``.

    Attributes:
        period: the range counted (``received_at`` / ``visited_at`` dates, inclusive).
        as_of: the day overdue is judged against (the day the report was computed).
        computed_at: when it was computed.
        cells: the case cube (see the module docstring).
        reception: the visits side (01/TCD).
    """

    period: Period
    as_of: date
    computed_at: datetime
    cells: tuple[CaseCell, ...] = ()
    reception: ReceptionStats = field(default_factory=ReceptionStats)
    rulesets: tuple[RuleSetPart, ...] = ()

    def with_rulesets(self, parts: Sequence[RuleSetPart]) -> StatisticsReport:
        """This report with the per-rule-set parts (they must add up to the report's cases).

        Raises:
            ValueError: the parts count other cases than the report.
        """
        if sum(p.total for p in parts) != self.total:
            raise ValueError("the rule-set parts do not add up to the report's cases")
        return replace(self, rulesets=tuple(parts))

    def under(self, key: str) -> RuleSetPart:
        """The part of the cases handled under rule set ``key``; KeyError when the period has none."""
        for part in self.rulesets:
            if part.key == key:
                return part
        raise KeyError(key)

    # projections -------------------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return sum(c.cases for c in self.cells)

    def count(self, **where: object) -> int:
        """Cases whose dimensions equal every given value, e.g. ``count(kind="TC", decision="chuyen_don")``.
        A tuple/list/set/frozenset value means "any of these"."""
        return sum(c.cases for c in self.cells if _matches(c, where))

    def people(self, **where: object) -> int:
        return sum(c.people for c in self.cells if _matches(c, where))

    def by(self, dimension: str, **where: object) -> Mapping[object, int]:
        """Counts per code of one dimension (only codes that occur)."""
        out: dict[object, int] = {}
        for c in self.cells:
            if _matches(c, where):
                code = getattr(c, dimension)
                out[code] = out.get(code, 0) + c.cases
        return _frozen(out)

    def cross(self, row: str, column: str) -> Mapping[tuple[object, object], int]:
        out: dict[tuple[object, object], int] = {}
        for c in self.cells:
            pair = (getattr(c, row), getattr(c, column))
            out[pair] = out.get(pair, 0) + c.cases
        return _frozen(out)

    def codes(self, dimension: str) -> tuple[str, ...]:
        """Known codes in enum order, then any unknown code that occurs (sorted): the rows to print."""
        known = known_codes(dimension)
        seen = {getattr(c, dimension) for c in self.cells}
        return known + tuple(sorted(str(code) for code in seen if code not in known))

    @property
    def by_kind(self) -> Mapping[object, int]:
        return self.by("kind")

    @property
    def by_sector(self) -> Mapping[object, int]:
        return self.by("sector")

    @property
    def by_channel(self) -> Mapping[object, int]:
        return self.by("channel")

    @property
    def by_decision(self) -> Mapping[object, int]:
        return self.by("decision")

    @property
    def by_status(self) -> Mapping[object, int]:
        return self.by("status")

    @property
    def by_jurisdiction(self) -> Mapping[object, int]:
        return self.by("jurisdiction")

    @property
    def by_timeliness(self) -> Mapping[object, int]:
        return self.by("timeliness")

    @property
    def group_cases(self) -> int:
        return self.count(group=True)

    @property
    def group_people(self) -> int:
        return self.people(group=True)

    def sections(self) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
        """Flat (title, ((label, count), …)) tables in print order, every known code listed (zeros too)."""
        titles = (
            ("kind", "Theo loại đơn"),
            ("sector", "Theo lĩnh vực"),
            ("channel", "Theo nguồn tiếp nhận"),
            ("decision", "Theo hướng xử lý"),
            ("status", "Theo tình trạng"),
            ("jurisdiction", "Theo thẩm quyền"),
            ("timeliness", "Theo thời hạn giải quyết"),
        )
        out = []
        for dimension, title in titles:
            counts = self.by(dimension)
            out.append(
                (title, tuple((code_label(dimension, code), counts.get(code, 0)) for code in self.codes(dimension)))
            )
        r = self.reception
        out.append(
            (
                "Tiếp công dân",
                (
                    ("Số ngày tiếp", r.days),
                    ("Số lượt tiếp", r.visits),
                    ("Số người được tiếp", r.people),
                    ("Số đoàn đông người", r.groups),
                    ("Số người trong các đoàn đông người", r.group_people),
                ),
            )
        )
        if self.rulesets:
            out.append(("Theo bộ quy tắc áp dụng (ngày nhận đơn)", tuple((p.label, p.total) for p in self.rulesets)))
        return tuple(out)


def _matches(cell: CaseCell, where: Mapping[str, object]) -> bool:
    for name, wanted in where.items():
        value = getattr(cell, name)
        if isinstance(wanted, tuple | list | set | frozenset):
            if value not in wanted:
                return False
        elif value != wanted:
            return False
    return True


# --- sector families (charts) -----------------------------------------------------------------------------------

SECTOR_FAMILIES: tuple[tuple[str, str], ...] = (
    ("hanh_chinh", "Hành chính"),
    ("tu_phap", "Tư pháp"),
    ("dang_doan_the", "Đảng, đoàn thể"),
    ("tham_nhung", "Tham nhũng"),
    ("khac", "Khác"),
)


def sector_family(code: str) -> str:
    """The reporting top level of a sector code (DOMAIN-VN §7.2): every ``hc_*`` is "hành chính"."""
    if code.startswith("hc_"):
        return "hanh_chinh"
    if code in ("tu_phap", "dang_doan_the", "tham_nhung"):
        return code
    return "khac"
