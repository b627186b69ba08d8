"""The desk's calendar date is the local date of the desk PC (Vietnam, UTC+7), not the UTC date."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reception_app.models.case import CaseFilter
from tests.factories import OFFICER, draft, set_up_world

# 01:30 on 2 March 2026 in Hà Nội is still 1 March in UTC.
EARLY_MORNING_UTC = datetime(2026, 3, 1, 18, 30, tzinfo=UTC)


@pytest.fixture
def vietnam_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX-only")  # pragma: no cover - Windows developer machines
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_today_is_the_local_date_not_the_utc_date(vietnam_time: None, tmp_path: Path) -> None:
    now = [EARLY_MORNING_UTC]
    world = set_up_world(tmp_path / "data", clock=lambda: now[0])
    desk = world.desk
    assert desk.today() == date(2026, 3, 2)
    desk.auth.login(OFFICER.username, OFFICER.password)
    # Due on 1 March (local): at 01:30 on 2 March it is overdue, although UTC still says 1 March.
    saved = desk.cases.create_case(draft(received_at=datetime(2026, 2, 10, 9, 0)))
    with desk.ctx.require()[1].atomic():
        desk.ctx.require()[1].execute("UPDATE cases SET due_on = '2026-03-01' WHERE uid = ?", (saved.uid,))
    overdue = desk.cases.list_cases(filters=CaseFilter(overdue=True)).rows
    assert [c.uid for c in overdue] == [saved.uid]
    assert desk.handling.overdue_badge().count >= 1
    desk.close()
