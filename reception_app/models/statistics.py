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
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

from reception_app.models.enums import Admissibility, CaseKind, CaseStatus, Channel, Decision, Jurisdiction, Sector
from reception_app.models.periods import (  # re-exported: the reports and their callers name them here
    Period,
)

if TYPE_CHECKING:
    from reception_app.models.statistics_rulesets import RuleSetPart

K = TypeVar("K")

GROUP_MIN_PEOPLE = 5  # đoàn đông người / đơn nhiều người (Luật TCD Điều 29–30; TT 07/2014 Điều 6.4.b)


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
        return sum(c.cases for c in self.cells if cell_matches(c, where))

    def people(self, **where: object) -> int:
        return sum(c.people for c in self.cells if cell_matches(c, where))

    def by(self, dimension: str, **where: object) -> Mapping[object, int]:
        """Counts per code of one dimension (only codes that occur)."""
        out: dict[object, int] = {}
        for c in self.cells:
            if cell_matches(c, where):
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


def cell_matches(cell: CaseCell, where: Mapping[str, object]) -> bool:
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
