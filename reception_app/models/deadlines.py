"""Working-day arithmetic with Vietnamese public holidays (``holidays`` package) and weekends."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import holidays

# Luật TCD Điều 28.1: answer within 10 working days of receiving the content. Full rules are data (issue 5).
RECEPTION_ANSWER_WORKING_DAYS = 10


def add_working_days(
    start: date, days: int, *, extra_days_off: Iterable[date] = (), working_saturdays: Iterable[date] = ()
) -> date:
    """The date ``days`` working days after ``start`` (the start day itself is not counted)."""
    off = set(extra_days_off)
    saturdays = set(working_saturdays)
    years = {start.year, start.year + 1, start.year + 2}
    vn = holidays.country_holidays("VN", years=sorted(years))
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        weekend = current.weekday() >= 5 and current not in saturdays
        if weekend or current in vn or current in off:
            continue
        left -= 1
    return current
