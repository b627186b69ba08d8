"""Print the two extra office dates `make test` runs the date-sensitive tests on (issue 14).

31 December of this year (year end: numbering, "this year" statistics, the logbook's month) and the first day of
the Lunar New Year (Tết) of next year, a public holiday in the middle of a week of days off (deadlines skip it).
Computed from the office calendar, so the dates stay in the future as the calendar moves.
"""

from __future__ import annotations

from datetime import date

import holidays

from reception_app.models.clock import Clock


def calendar_dates(today: date) -> tuple[date, date]:
    year_end = date(today.year, 12, 31)
    next_year = holidays.country_holidays("VN", years=today.year + 1, language="en_US")
    tet = next(day for day, name in sorted(next_year.items()) if name == "Lunar New Year")
    return year_end, tet


if __name__ == "__main__":
    print(" ".join(d.isoformat() for d in calendar_dates(Clock().today())))
