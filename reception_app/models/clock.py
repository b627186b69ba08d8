"""The one clock of the application: the only module that reads the wall clock or the monotonic clock.

Every other module receives a :class:`Clock` (built once in the composition root, ``app.py``) and asks it:

- :meth:`Clock.now` — the current instant, an aware UTC ``datetime`` (audit entries, grants, timestamps);
- :meth:`Clock.local_now` / :meth:`Clock.today` — the office's wall time and calendar date (deadlines,
  "overdue", "this month", the logbook day, the date printed on a document);
- :meth:`Clock.monotonic` — seconds that never jump (idle lock, reveal expiry, rate limits): setting the PC's
  clock back must not extend a reveal.

**The office's time zone is Asia/Ho_Chi_Minh, a fixed UTC+07:00**, whatever zone the PC is set to. Vietnam
has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact for every date the app handles
and needs no tz database (Windows Python ships none). A desk PC left on a wrong zone (common on reinstalled
Windows machines set to UTC or US Pacific) therefore still computes Vietnamese deadlines and prints the
Vietnamese date. Stored instants stay in UTC; only display and calendar questions use the office zone.

Tests build a clock that starts at a chosen local instant and runs at real speed (:meth:`Clock.starting_at`),
or a :class:`ManualClock` they move by hand (wall and monotonic separately, to simulate a wall-clock jump).
A ruff ``banned-api`` rule (pyproject.toml) forbids ``datetime.now``, ``date.today``, ``time.time``,
``QDate.currentDate`` and ``QDateTime.currentDateTime`` everywhere in ``reception_app`` but here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

OFFICE_TZ: tzinfo = timezone(timedelta(hours=7), "ICT")
"""Asia/Ho_Chi_Minh: UTC+07:00 all year (no daylight saving since 1975)."""


def _system_wall() -> datetime:
    return datetime.now(UTC)


class Clock:
    """Wall time (UTC and office-local) and monotonic seconds from one injectable source.

    Args:
        wall: returns the current instant as an aware datetime (default: the system clock).
        mono: returns monotonic seconds (default: :func:`time.monotonic`).
        tz: the office's zone (default :data:`OFFICE_TZ`).

    A ``Clock`` is also callable (``clock()`` is ``clock.now()``), so it can be passed where older code takes a
    ``Callable[[], datetime]``.
    """

    def __init__(
        self,
        wall: Callable[[], datetime] | None = None,
        mono: Callable[[], float] | None = None,
        tz: tzinfo = OFFICE_TZ,
    ) -> None:
        self._wall = wall or _system_wall
        self._mono = mono or time.monotonic
        self.tz = tz

    # --- instants ---------------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        value = self._wall()
        if value.tzinfo is None:  # a naive source is taken as office-local wall time
            value = value.replace(tzinfo=self.tz)
        return value.astimezone(UTC)

    __call__ = now

    def local_now(self) -> datetime:
        """The office's wall time, aware (UTC+07:00)."""
        return self.now().astimezone(self.tz)

    def local_naive(self) -> datetime:
        """The office's wall time to the second, naive (what an officer reads on the wall clock)."""
        return self.local_now().replace(tzinfo=None, microsecond=0)

    def today(self) -> date:
        """The office's calendar date: between 00:00 and 07:00 in Vietnam the UTC date is still yesterday."""
        return self.local_now().date()

    def to_local(self, value: datetime) -> datetime:
        """``value`` as office-local wall time, naive. Naive input is taken as already local."""
        if value.tzinfo is None:
            return value
        return value.astimezone(self.tz).replace(tzinfo=None)

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin that never go back, whatever is done to the wall clock."""
        return self._mono()

    # --- constructors for tests and tools -----------------------------------------------------------------

    @classmethod
    def starting_at(cls, local: datetime, tz: tzinfo = OFFICE_TZ) -> Clock:
        """A clock that reads ``local`` (office wall time if naive) now and then runs at real speed."""
        start = local if local.tzinfo is not None else local.replace(tzinfo=tz)
        offset = start.astimezone(UTC) - _system_wall()
        return cls(wall=lambda: _system_wall() + offset, tz=tz)

    @classmethod
    def on_day(cls, day: date, hour: int = 9, minute: int = 0) -> Clock:
        """A clock running from ``hour:minute`` office time on ``day`` (the tests' ``--today``)."""
        return cls.starting_at(datetime(day.year, day.month, day.day, hour, minute))


class ManualClock(Clock):
    """A clock that moves only when told: :meth:`advance` moves both clocks, :meth:`set_wall` only the wall.

    ``set_wall`` is what a user does to the PC's clock: deadlines and dates follow it, but anything measured
    in monotonic seconds (reveal expiry, idle lock) must not.
    """

    def __init__(self, start: datetime, tz: tzinfo = OFFICE_TZ) -> None:
        self._current = start if start.tzinfo is not None else start.replace(tzinfo=tz)
        self._mono_now = 1000.0
        super().__init__(wall=lambda: self._current, mono=lambda: self._mono_now, tz=tz)

    def advance(self, delta: timedelta | float) -> None:
        """Time passes: wall and monotonic both move by ``delta`` (seconds if a number)."""
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        self._current += step
        self._mono_now += step.total_seconds()

    def set_wall(self, value: datetime) -> None:
        """Someone sets the PC's clock: only the wall time changes."""
        self._current = value if value.tzinfo is not None else value.replace(tzinfo=self.tz)
