"""Reporting periods of the statistics (DOMAIN-VN §6.1): month, quarter, year, a custom span and the
reporting periods whose cut-off is the 14th (TT 02/2021)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


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
