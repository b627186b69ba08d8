"""The status bar of an office desk: online, offline since when, changes waiting (a real server and loop)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.office_status import OfficeStatusIndicator
from tests.factories import draft
from tests.office.conftest import Office, make_office_desk


def test_the_status_bar_follows_the_server(office: Office, tmp_path: Path, qtbot: QtBot) -> None:
    a = make_office_desk(office, tmp_path, "A")
    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = OfficeStatusIndicator(window.statusBar(), a.desk, SyncTaskRunner(), interval_s=0.2)
    try:
        assert indicator.loop is not None
        loop = indicator.loop
        qtbot.waitUntil(lambda: (s := loop.latest()) is not None and s.online, timeout=20_000)
        indicator.refresh()
        assert indicator.label.text().startswith("Online — all changes sent — other desks as of ")
        office.cluster.stop("immediate")
        a.desk.cases.create_case(draft())
        indicator.kick()
        qtbot.waitUntil(lambda: (s := loop.latest()) is not None and not s.online and s.pending == 1, timeout=20_000)
        indicator.refresh()
        assert indicator.label.text().startswith("Offline since ")
        assert "1 changes waiting to be sent" in indicator.label.text()
    finally:
        indicator.stop()
    assert indicator.loop is None


def test_a_lone_desk_shows_no_office_status(tmp_path: Path, qtbot: QtBot) -> None:
    from tests.factories import OFFICER, set_up_world

    world = set_up_world(tmp_path / "d")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = OfficeStatusIndicator(window.statusBar(), world.desk, SyncTaskRunner())
    assert indicator.loop is None
    assert indicator.label.isHidden()
    indicator.stop()


def test_the_status_bar_counts_events_set_aside(tmp_path: Path, qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from reception_app.models.clock import Clock
    from reception_app.services import OfficeStatus
    from tests.factories import OFFICER, set_up_world

    world = set_up_world(tmp_path / "d")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = OfficeStatusIndicator(window.statusBar(), world.desk, SyncTaskRunner())
    at = datetime(2026, 3, 2, 2, 39, tzinfo=UTC)
    indicator.show_status(OfficeStatus(True, True, 0, None, at, quarantined=2), Clock())
    assert indicator.label.text().endswith(" — 2 events set aside")
    indicator.show_status(OfficeStatus(True, True, 0, None, at), Clock())
    assert "set aside" not in indicator.label.text()
    indicator.stop()


def test_a_refused_round_shows_the_cause_in_red_until_a_round_succeeds(
    office: Office, tmp_path: Path, qtbot: QtBot
) -> None:
    import psycopg

    a = make_office_desk(office, tmp_path, "A")

    def rename(old: str, new: str) -> None:  # the server stops (or starts again) knowing the desk's role
        with psycopg.connect(**office.admin) as conn:  # type: ignore[arg-type]
            conn.execute("UPDATE office.desks SET role_name = %s WHERE role_name = %s", (new, old))

    rename(a.role, f"{a.role}_gone")
    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = OfficeStatusIndicator(window.statusBar(), a.desk, SyncTaskRunner(), interval_s=0.2)
    try:
        assert indicator.loop is not None
        loop = indicator.loop
        qtbot.waitUntil(lambda: (s := loop.latest()) is not None and bool(s.refused), timeout=20_000)
        indicator.refresh()
        text = indicator.label.text()
        assert text.startswith(f"Server refused: Vai trò {a.role} chưa là một bàn tiếp của văn phòng")
        assert "42501" not in text
        assert "#8a1c00" in indicator.label.styleSheet()
        rename(f"{a.role}_gone", a.role)
        indicator.kick()
        qtbot.waitUntil(lambda: (s := loop.latest()) is not None and not s.refused and s.online, timeout=20_000)
        indicator.refresh()
        assert indicator.label.text().startswith("Online — ")
        assert indicator.label.styleSheet() == ""
    finally:
        indicator.stop()
