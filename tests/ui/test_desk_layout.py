"""Issue 17: layout and guidance — overdue rows marked, the logbook page fits the window, statistics and the
case window explain themselves, the transfer field offers the agency directory."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.cases.case_table_model import OVERDUE_COLOUR, Column, OverdueRole
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.app_window import MainWindow, NavPage
from tests.factories import OFFICER, SUPERVISOR, draft, set_up_world


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    desk = set_up_world(tmp_path / "data").desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    yield desk
    desk.close()


def _window(qtbot: QtBot, desk: Desk, width: int = 1200) -> MainWindow:
    window = MainWindow(desk, SyncTaskRunner(), idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(width, 720)
    window.show()
    return window


def test_overdue_rows_are_marked_in_the_list(qtbot: QtBot, desk: Desk) -> None:
    old = desk.cases.create_case(draft(received_at=datetime(2025, 1, 2, 9, 0)))
    new = desk.cases.create_case(draft(received_at=desk.clock.local_naive().replace(second=0, microsecond=0)))
    assert desk.cases.get_case(old.uid).due_on is not None
    window = _window(qtbot, desk)
    model = window.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    late, fresh = rows[old.number], rows[new.number]
    assert model.index(late, 0).data(OverdueRole) is True
    assert model.index(fresh, 0).data(OverdueRole) is False
    assert "(overdue)" in model.index(late, Column.DUE).data()
    assert "(overdue)" not in (model.index(fresh, Column.DUE).data() or "")
    assert model.index(late, Column.SUBJECT).data(Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR
    assert model.index(fresh, Column.SUBJECT).data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_logbook_page_does_not_widen_the_window(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk, width=1200)
    window.show_page(NavPage.LOGBOOK)
    QApplication.processEvents()
    assert window.width() == 1200
    assert window.minimumSizeHint().width() <= 1200
    assert window.nav_view.width() > 100  # the page list keeps its room


def test_statistics_explain_what_to_do_before_the_first_report(qtbot: QtBot, tmp_path: Path) -> None:
    desk = set_up_world(tmp_path / "data").desk
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    try:
        window = _window(qtbot, desk)
        window.show_page(NavPage.STATISTICS)
        page = window.statistics_page
        assert page is not None
        assert "Compute" in page.title_label.full_text()
        headers = [page.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
        assert headers == ["Indicator", "Count"]  # not bare "1 | 2"
        window.close()
    finally:
        desk.close()


def test_case_window_names_the_receiving_officer(qtbot: QtBot, desk: Desk) -> None:
    uid = desk.cases.create_case(draft()).uid
    detail = CaseDetailDialog(desk.cases.get_case(uid), desk=desk, runner=SyncTaskRunner())
    qtbot.addWidget(detail)
    assert detail.officer_label.text() == OFFICER.full_name  # "Nguyễn Cán Bộ", not the login "canbo"


def test_transfer_slip_field_offers_the_agency_directory(qtbot: QtBot, desk: Desk) -> None:

    names = [a.name for a in desk.agencies.list() if a.active]
    assert names
    from reception_app.models.enums import CaseKind, Channel

    uid = desk.cases.create_case(
        draft(kind=CaseKind.PETITION, channel=Channel.POST)
    ).uid  # a mailed petition: transferable
    detail = CaseDetailDialog(desk.cases.get_case(uid), desk=desk, runner=SyncTaskRunner())
    qtbot.addWidget(detail)
    detail.show()
    detail.transfer_action.trigger()
    request = detail.request_dialog
    assert request is not None
    edit = request.recipient_edit  # type: ignore[attr-defined]
    assert "district" not in edit.placeholderText()
    completer = edit.completer()
    assert completer is not None
    assert completer.model().rowCount() == len(names)
    assert edit.hasFocus() or request.focusWidget() is edit  # typing goes straight into the field
    request.reject()


def test_key_file_warning_is_one_plain_sentence_with_details_on_the_admin_page(qtbot: QtBot, tmp_path: Path) -> None:
    from reception_app.storage.keyring_secret import FALLBACK_WARNING
    from tests.factories import ADMIN

    world = set_up_world(tmp_path / "data")
    world.store.warning = FALLBACK_WARNING  # type: ignore[misc]  # the keyring could not be used
    desk = world.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    try:
        window = _window(qtbot, desk)
        banner = window.warning_label.full_text()
        assert banner
        assert "device_secret" not in banner  # no file names or jargon for the officer
        assert "keyring" not in banner.lower()
        assert "Administration" in banner
        window.show_page(NavPage.ADMINISTRATION)
        assert window.admin_page is not None
        box = window.admin_page.agency_tab.key_storage_box
        assert box is not None
        details = " ".join(label.text() for label in box.findChildren(QLabel))
        assert "device_secret" in details
        assert str(desk.data_dir) in details
        window.close()
    finally:
        desk.close()


def test_exact_word_search_tells_nhung_from_nhung_with_marks(qtbot: QtBot, desk: Desk) -> None:
    from tests.ui.helpers import type_vietnamese

    desk.cases.create_case(draft(subject="Phản ánh những việc làm sai của cán bộ xã"))
    named = desk.cases.create_case(draft(subject="Tố cáo bà Nhung thu tiền sai quy định"))
    window = _window(qtbot, desk)
    page = window.cases_page
    page.search_edit.setFocus()
    type_vietnamese(page.search_edit, "Nhung")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert window.model.rowCount() == 2  # the usual search ignores marks
    page.exact_check.setChecked(True)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == named.number
    page.exact_check.setChecked(False)
    assert window.model.rowCount() == 2


def test_logbook_names_the_officer_not_the_login(qtbot: QtBot, desk: Desk) -> None:
    desk.cases.create_case(draft(received_at=desk.clock.local_naive().replace(second=0, microsecond=0)))
    window = _window(qtbot, desk)
    window.show_page(NavPage.LOGBOOK)
    page = window.logbook_page
    assert page is not None
    model = page.model
    assert model.rowCount() >= 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert OFFICER.full_name in cells
    assert OFFICER.username not in cells
