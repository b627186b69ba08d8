"""MainWindow smoke tests with the fake desk: rows, debounced search, status bar, masked detail dialog."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reception_app.models.enums import CaseKind, CaseStatus
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.cases.case_table_model import PAGE_SIZE, Column
from reception_app.ui.cases.cases_page import SEARCH_DELAY_MS
from reception_app.ui.common.tasks import SyncTaskRunner, TaskRunner
from reception_app.ui.shell.app_window import MainWindow, NavPage
from tests.ui.fakes import (
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    FakeDesk,
)
from tests.ui.helpers import all_texts

CANARIES = (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, "Canary")


def _window(qtbot: QtBot, desk: FakeDesk, runner: object) -> MainWindow:
    desk.session_ = OFFICER
    window = MainWindow(desk, runner)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_builds_and_lists_first_page(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    window = _window(qtbot, desk, sync_runner)
    assert window.table.model() is window.model
    assert window.model.rowCount() == PAGE_SIZE
    assert window.table.model().index(0, Column.NUMBER).data() == "2026-00450"
    assert "200" in window.count_label.text()
    assert OFFICER.full_name not in window.windowTitle()
    assert window.user_label.full_text() == "Nguyễn Thị Hồng Nhung — Cán bộ tiếp dân"
    assert not window.warning_label.isVisible()


def test_scrolling_fetches_more(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    window = _window(qtbot, desk, sync_runner)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > PAGE_SIZE, timeout=2000)


def test_navigation_switches_pages_and_explains_the_missing_ones(
    qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner
) -> None:
    window = _window(qtbot, desk, sync_runner)
    model = window.nav_model
    assert model.rowCount() == len(NavPage)
    assert window.current_page() is NavPage.CASES
    assert window.nav_view.currentIndex().row() == int(NavPage.CASES)
    enabled = []
    for page in NavPage:
        item = model.item(int(page))
        assert item is not None
        if item.isEnabled():
            enabled.append(page)
            window.nav_view.clicked.emit(model.index(int(page), 0))
            assert window.current_page() is page
        else:
            assert item.toolTip()  # says what the page will hold and where to find it meanwhile
    assert {NavPage.INTAKE, NavPage.CASES} <= set(enabled)
    window.intake_action.trigger()
    assert window.current_page() is NavPage.INTAKE


def test_device_secret_warning_in_status_bar(qtbot: QtBot, sync_runner: SyncTaskRunner) -> None:
    desk = FakeDesk(warning="Không dùng được kho khóa của hệ điều hành.")
    window = _window(qtbot, desk, sync_runner)
    assert window.warning_label.isVisible()
    assert window.warning_label.full_text().startswith("This computer keeps its security key in a file")
    assert desk.warning not in window.warning_label.full_text()  # the technical text is on Administration
    assert window.warning_label.textFormat() == Qt.TextFormat.PlainText


def test_search_is_debounced(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    window = _window(qtbot, desk, sync_runner)
    qtbot.keyClicks(window.search_edit, "Kien")  # ASCII only; Vietnamese goes through setText
    window.search_edit.setText("Kiến nghị")
    assert window.model.search_text() == ""  # nothing yet: waits for the user to stop typing
    with qtbot.waitSignal(window.model.modelReset, timeout=SEARCH_DELAY_MS * 8):
        pass
    assert window.model.search_text() == "Kiến nghị"
    assert desk.calls.count("search_cases") == 1
    assert window.model.rowCount() > 0
    assert all(
        window.model.summary(r).kind is CaseKind.PETITION  # type: ignore[union-attr]
        for r in range(window.model.rowCount())
    )


def test_enter_in_search_runs_it_at_once(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    window = _window(qtbot, desk, sync_runner)
    window.search_edit.setText("đất")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.model.search_text() == "đất"


def test_detail_dialog_is_masked(qtbot: QtBot, sync_runner: SyncTaskRunner) -> None:
    desk = FakeDesk(leak_identity=True)  # even if identities leaked out of the service, the UI masks
    window = _window(qtbot, desk, sync_runner)
    row = next(r for r in range(window.model.rowCount()) if window.model.summary(r).kind is CaseKind.DENUNCIATION)  # type: ignore[union-attr]
    index = window.model.index(row, Column.SUBJECT)
    with qtbot.waitSignal(window.case_opened, timeout=1000) as blocker:
        window.table.doubleClicked.emit(index)
    dialog = window.findChild(CaseDetailDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert blocker.args == [dialog.case_uid]
    texts = all_texts(dialog)
    joined = "\n".join(texts)
    for canary in CANARIES:
        assert canary not in joined
    summary = window.model.summary(row)
    assert summary is not None
    assert summary.reporter_code in joined
    assert "●●●●●" in joined
    assert "<i>đơn</i>" in joined  # user text shown literally
    assert "%n" not in joined
    labels = [w for w in dialog.findChildren(QLabel) if "<i>" in w.text()]
    assert labels
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert CANARY_NAME not in dialog.windowTitle()
    dialog.close()


def test_enter_on_table_opens_case(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    window = _window(qtbot, desk, sync_runner)
    window.table.setCurrentIndex(window.model.index(3, 0))
    with qtbot.waitSignal(window.case_opened, timeout=1000):
        window.open_action.trigger()
    window.open_case(QModelIndex())  # nothing selected: no call
    assert desk.calls.count("get_case") == 1


def test_a_handling_move_updates_its_row_in_place(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    window = _window(qtbot, desk, sync_runner)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > PAGE_SIZE, timeout=2000)
    loaded = window.model.rowCount()
    row = PAGE_SIZE + 3  # far from the top: a reset would lose the officer's place
    summary = window.model.summary(row)
    assert summary is not None
    assert summary.status is not CaseStatus.RESOLVED
    desk.rows[desk.rows.index(summary)] = replace(summary, status=CaseStatus.RESOLVED)
    window.table.setCurrentIndex(window.model.index(row, 0))
    with qtbot.waitSignal(window.case_opened, timeout=1000):
        window.open_action.trigger()
    dialog = window.findChild(CaseDetailDialog)
    assert dialog is not None
    dialog.case_changed.emit(summary.uid)  # what the handling tab emits after a recorded move
    assert window.model.index(row, Column.STATUS).data() == CaseStatus.RESOLVED.label
    assert window.model.rowCount() == loaded
    assert "case_summary" in desk.calls


def test_anonymous_case_detail(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    window = _window(qtbot, desk, sync_runner)
    row = next(r for r in range(window.model.rowCount()) if window.model.summary(r).kind is CaseKind.ANONYMOUS_TIP)  # type: ignore[union-attr]
    window.open_case(window.model.index(row, 0))
    dialog = window.findChild(CaseDetailDialog)
    assert dialog is not None
    assert "●●●●●" not in "\n".join(all_texts(dialog))


def test_failed_load_shows_message(qtbot: QtBot, sync_runner: SyncTaskRunner) -> None:
    desk = FakeDesk(fail_list=True)
    window = _window(qtbot, desk, sync_runner)
    assert window.model.rowCount() == 0
    assert "bị khóa" in window.statusBar().currentMessage()


def test_logout(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    window = _window(qtbot, desk, sync_runner)
    with qtbot.waitSignal(window.logged_out, timeout=1000):
        window.logout_action.trigger()
    assert window.was_logged_out
    assert desk.calls[-1] == "logout"
    assert not window.isVisible()


def test_every_desk_call_runs_on_the_db_thread(qtbot: QtBot, desk: FakeDesk, thread_runner: TaskRunner) -> None:
    window = _window(qtbot, desk, thread_runner)
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE_SIZE, timeout=2000)
    with qtbot.waitSignal(window.case_opened, timeout=2000):
        window.open_case(window.model.index(0, 0))
    window.search_edit.setText("đất")
    qtbot.waitUntil(lambda: "search_cases" in desk.calls and not window.model.is_loading(), timeout=2000)
    assert desk.threads == {"reception-db_0"}
