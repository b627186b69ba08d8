"""Statistics across a change of the law: each case counted under the rule set of its own received date.

A period that spans a change of rule set (1 July 2026) is cut into spans, one per set in force; each span's
cases form a :class:`RuleSetPart` of the report (``StatisticsReport.with_rulesets``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from reception_app.models.rulesets import RuleSet, RuleSetRegistry
from reception_app.models.statistics import CaseCell, cell_matches


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
        return sum(c.cases for c in self.cells if cell_matches(c, where))

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
