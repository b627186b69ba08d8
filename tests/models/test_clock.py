"""The one clock: office date in UTC+7, monotonic seconds that ignore wall-clock jumps, and the lint rule."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from reception_app.models.clock import OFFICE_TZ, Clock, ManualClock

ROOT = Path(__file__).resolve().parents[2]


def test_office_date_is_utc_plus_7_whatever_the_machine_zone() -> None:
    # 18:30 UTC on 31 December is already 01:30 on 1 January in Hà Nội.
    clock = Clock(wall=lambda: datetime(2027, 12, 31, 18, 30, tzinfo=UTC))
    assert clock.today() == date(2028, 1, 1)
    assert clock.local_naive() == datetime(2028, 1, 1, 1, 30)
    assert clock.now() == datetime(2027, 12, 31, 18, 30, tzinfo=UTC)
    assert clock() == clock.now()  # callable, for code that takes a () -> datetime


def test_naive_source_is_office_local_and_to_local_converts() -> None:
    clock = Clock(wall=lambda: datetime(2028, 2, 29, 8, 0))
    assert clock.now() == datetime(2028, 2, 29, 1, 0, tzinfo=UTC)
    assert clock.to_local(datetime(2028, 2, 28, 17, 0, tzinfo=UTC)) == datetime(2028, 2, 29, 0, 0)
    assert clock.to_local(datetime(2028, 2, 29, 0, 0)) == datetime(2028, 2, 29, 0, 0)


def test_on_day_runs_from_nine_on_that_day() -> None:
    clock = Clock.on_day(date(2027, 2, 6))
    local = clock.local_now()
    assert local.date() == date(2027, 2, 6)
    assert local.utcoffset() == timedelta(hours=7)
    assert timedelta(0) <= local - datetime(2027, 2, 6, 9, 0, tzinfo=OFFICE_TZ) < timedelta(minutes=5)


def test_manual_clock_wall_jump_leaves_monotonic_alone() -> None:
    clock = ManualClock(datetime(2028, 2, 29, 9, 0))
    start = clock.monotonic()
    clock.set_wall(datetime(2028, 2, 28, 9, 0))  # someone sets the PC's clock back a day
    assert clock.today() == date(2028, 2, 28)
    assert clock.monotonic() == start
    clock.advance(timedelta(minutes=3))
    assert clock.monotonic() == start + 180
    assert clock.local_naive() == datetime(2028, 2, 28, 9, 3)


def test_lint_rule_refuses_a_direct_wall_clock_read_in_the_app(tmp_path: Path) -> None:
    ruff = Path(sys.executable).with_name("ruff")
    bad = "from datetime import date, datetime\n\nprint(datetime.now(), date.today())\n"
    for name, expected in (("reception_app/services/new_feature.py", 2), ("reception_app/models/clock.py", 0)):
        result = subprocess.run(  # noqa: S603 - our own ruff, fixed arguments
            [str(ruff), "check", "--no-cache", "--select", "TID251", "--stdin-filename", name, "-"],
            input=bad,
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        assert result.stdout.count("TID251") == expected, result.stdout
