"""The status bar says once that the server was restored from an older backup, and loudly (red, first) that
sending stopped because the server holds another event under one of this desk's numbers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from reception_app.models.clock import Clock
from reception_app.services import OfficeStatus
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.office_status import OfficeStatusIndicator
from tests.factories import OFFICER, set_up_world


def test_the_status_bar_shows_a_restored_server_and_a_stopped_push(tmp_path: Path, qtbot: QtBot) -> None:
    world = set_up_world(tmp_path / "d")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = OfficeStatusIndicator(window.statusBar(), world.desk, SyncTaskRunner())
    at = datetime(2026, 3, 2, 2, 39, tzinfo=UTC)
    indicator.show_status(OfficeStatus(True, True, 12, None, at, server_behind=True), Clock())
    text = indicator.label.text()
    assert text.startswith("Online — the server was restored from an older backup: changes are being sent again — ")
    assert indicator.label.styleSheet() == ""
    indicator.show_status(OfficeStatus(True, True, 3, None, at, push_stopped_at=41), Clock())
    assert indicator.label.text().startswith(
        "SENDING STOPPED: the server holds another event under number 41 of this desk, call the IT officer — Online"
    )
    assert "#8a1c00" in indicator.label.styleSheet()
    indicator.show_status(OfficeStatus(True, True, 0, None, at), Clock())
    assert "restored" not in indicator.label.text()
    assert "STOPPED" not in indicator.label.text()
    indicator.stop()
