"""A window left open over midnight follows the office date: the overdue count is the new day's."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reception_app.models.clock import ManualClock
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import OFFICER, draft, set_up_world, today

pytestmark = [pytest.mark.gui, pytest.mark.calendar]


def test_overdue_badge_follows_midnight_and_a_wall_clock_change(qtbot: QtBot, tmp_path: Path) -> None:
    from reception_app.ui.shell.app_window import MainWindow

    day = today()
    clock = ManualClock(datetime(day.year, day.month, day.day, 23, 58))
    world = set_up_world(tmp_path / "data", clock=clock)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft(received_at=clock.local_naive() - timedelta(hours=1))).uid
    db = desk.ctx.db
    assert db is not None
    db.execute("UPDATE cases SET due_on = ? WHERE uid = ?", (day.isoformat(), uid))  # due today: not yet overdue
    window = MainWindow(desk, SyncTaskRunner(), idle_minutes=0)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    assert not window.overdue_button.isVisible()
    assert window.day_timer.isActive()
    clock.advance(timedelta(minutes=1))
    window.check_new_day()  # the minute tick, still the same day
    assert not window.overdue_button.isVisible()
    clock.advance(timedelta(minutes=2))  # 00:01 the next day
    window.check_new_day()
    assert window.overdue_button.isVisible()
    assert window.overdue_button.text().startswith("1")
    clock.set_wall(datetime(day.year, day.month, day.day, 10, 0))  # the PC's clock set back to yesterday
    window.check_new_day()
    assert not window.overdue_button.isVisible()
    window.close()
    desk.close()
