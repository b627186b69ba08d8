"""Periodic statistics of the desk (issue 5, item 7), for supervisors and admins.

Entry point (the one the benchmark times)::

    report = StatisticsService(desk).compute(period, progress=None, cancelled=None)

``period`` comes from :mod:`reception_app.models.statistics` (``month_period``, ``quarter_period``,
``year_period``, ``custom_period``, ``reporting_period``). The work is one ``GROUP BY`` per calendar month of
the period over the covering ``cases_stats`` index (the dimension cube, merged here: a few thousand rows at most,
never a row per case), then two ``GROUP BY`` queries over ``visits_stats``. Since migration V7 whole months
are read from the cube table ``stats_month`` that triggers keep up to date on every write (issue 20: any period
up to five years within 1 s at 1,000,000 cases); only a partial first or last month walks ``cases_stats``.
``progress(done, total)`` is called
after each query and ``cancelled()`` checked before each; a cancelled run raises :class:`StatisticsCancelled`.
Run it on the DB thread (``TaskRunner``); it only reads, and it audits nothing (exports are audited).

Measured on the 2-core bench machine before the covering index (warm cache): the 1,000,000-case bench
database, calendar year 2026 (184,000 cases, 107,000 visits) 1.6–2.2 s; all five years (1.0 M cases) 9–12 s.
About half was fetching the table rows behind ``cases_received_at``, half SQLite's sort for GROUP BY. Migration
V6 adds the covering index ``cases_stats`` (≈ 80–100 MB per million cases, one more index write per save); the
figures with it are in ``bench/README.md`` (``make bench``, group "stats").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from reception_app.models import rulesets
from reception_app.models.enums import Role
from reception_app.models.errors import KnownError
from reception_app.models.periods import Period
from reception_app.models.statistics import CaseCell, StatisticsReport, reception_from_cells
from reception_app.models.statistics_rulesets import ruleset_spans
from reception_app.storage import statistics as queries

if TYPE_CHECKING:
    from reception_app.services.context import SessionContext

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class StatisticsCancelled(KnownError):
    def __init__(self) -> None:
        super().__init__("Đã hủy tính thống kê.")


def _merge(cells: dict[tuple[object, ...], CaseCell], more: list[CaseCell]) -> None:
    for cell in more:
        key = cell.key()
        old = cells.get(key)
        cells[key] = (
            cell if old is None else replace(old, cases=old.cases + cell.cases, people=old.people + cell.people)
        )


class StatisticsService:
    """Computes :class:`StatisticsReport` values for the logged-in supervisor or admin."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def compute(
        self, period: Period, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> StatisticsReport:
        """Count the cases received and the visits held in ``period``.

        Raises:
            PermissionDenied: the session is neither supervisor nor admin.
            StatisticsCancelled: ``cancelled()`` answered true between two queries.
        """
        _, db, _ = self.ctx.require(Role.SUPERVISOR, Role.ADMIN)
        now = self.ctx.clock()
        today = self.ctx.today()
        slices = period.slices()
        # Whole calendar months come from the cube table ``stats_month`` (migration V7, kept by triggers) in one
        # query; only a partial first or last month walks the covering index.
        whole = [(s, e) for s, e in slices if s.day == 1 and (e + timedelta(days=1)).day == 1]
        partial = [sl for sl in slices if sl not in whole]
        total = len(partial) + (1 if whole else 0) + 2

        def step(done: int) -> None:
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise StatisticsCancelled()

        step(0)
        cells: dict[tuple[object, ...], CaseCell] = {}
        done = 0
        if whole:
            _merge(cells, queries.month_cells(db, whole[0][0], whole[-1][1], today=today))
            done += 1
            step(done)
        for start, end in partial:
            _merge(cells, queries.case_cells(db, start, end, today=today))
            done += 1
            step(done)
        visits = queries.visit_cells(db, period.start, period.end)
        step(done + 1)
        days, regular_days, leader_days = queries.reception_days(db, period.start, period.end)
        if progress is not None:
            progress(total, total)
        ordered = tuple(sorted(cells.values(), key=lambda c: tuple(str(v) for v in c.key())))
        report = StatisticsReport(
            period=period,
            as_of=today,
            computed_at=now,
            cells=ordered,
            reception=reception_from_cells(visits, regular_days=regular_days, leader_days=leader_days, days=days),
        )
        # A period spanning a change of rule set (1 July 2026) counts each case under the set of its received
        # date: one more read of the cube, only then (the 'Theo bộ quy tắc' section of the page, PDF and XLSX).
        sets = rulesets.registry()
        if len(ruleset_spans(period.start, period.end, sets)) > 1:
            report = report.with_rulesets(
                queries.ruleset_cells(db, period.start, period.end, today=today, registry=sets)
            )
        return report


__all__ = ["StatisticsCancelled", "StatisticsService"]
