"""Issue 19: the overdue view lists the notices owed to citizens with their due dates."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from reception_app.models.clock import ManualClock
from reception_app.models.enums import CaseKind
from reception_app.ui.cases.cases_page import CasesPage
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import OFFICER, draft, set_up_world


def test_the_overdue_view_shows_the_notices_owed(qtbot: QtBot, data_dir: Path) -> None:
    clock = ManualClock(datetime(2026, 7, 1, 2, 0, tzinfo=UTC))
    desk = set_up_world(data_dir, clock=clock).desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    late = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT, received_at=datetime(2026, 7, 1, 9, 0)))
    refused = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT, received_at=datetime(2026, 7, 1, 9, 30)))
    desk.handling.refuse_reception(refused.uid, grounds=("k2",))
    clock.advance(timedelta(days=15))  # Thu 16 July 2026
    page = CasesPage(desk, SyncTaskRunner())
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    assert not page.owed_panel.isVisible()
    page.show_overdue()
    assert page.owed_panel.isVisible()
    model = page.owed_panel.model
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert [refused.number, "Refusal notice (3 working days)", "06/07/2026 (overdue)"] == cells[0][:3]
    assert [late.number, "Result notice (10 working days)", "15/07/2026 (overdue)"] == cells[1][:3]
    assert "Điều 28" in cells[1][3]
    shots = Path("docs/screenshots")
    if shots.is_dir() and os.environ.get("SCREENSHOT_LANGUAGE"):  # docs only on request
        page.grab().save(str(shots / "overdue_owed_notices.png"))
    page.overdue_chip.setChecked(False)
    assert not page.owed_panel.isVisible()
    desk.close()
