"""Issue 17: the desk driven by the keyboard only (intake, list, search, open, privacy, administration tabs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reception_app.models.enums import CaseKind
from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.common.widgets import MessageLabel
from reception_app.ui.shell.app_window import MainWindow, NavPage
from tests.factories import ADMIN, CANARY_NAME, OFFICER, SUPERVISOR, draft, set_up_world
from tests.printing.pdftext import extract
from tests.ui.helpers import type_vietnamese

SUBJECT = "Tố cáo cán bộ địa chính nhận tiền"
CONTENT = "Ông Đức yêu cầu nộp 20 triệu đồng để được cấp giấy chứng nhận."


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    desk = set_up_world(tmp_path / "data").desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    yield desk
    desk.close()


class _MouseWatch(QObject):
    """Counts every mouse press or release the application sees (there must be none)."""

    def __init__(self) -> None:
        super().__init__()
        self.events = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            self.events += 1
        return False


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk, SyncTaskRunner(), idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is nowhere"
    return widget


class _Keys:
    """Presses keys on whatever has the focus, as a keyboard does; counts navigation keys and fields."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.keys = 0
        self.fields: list[QWidget] = []

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
        before = _focused()
        self.keys += 1
        self.qtbot.keyClick(before, key, modifier)
        after = _focused()
        if after is not before and after not in self.fields:
            self.fields.append(after)
        return after

    def next(self, expected: QWidget) -> None:
        """One key (Enter in a one-line field, else Tab) must bring the focus to ``expected``."""
        widget = _focused()
        one_line = widget.inherits("QLineEdit") and not isinstance(widget.parent(), QComboBox)
        got = self.press(Qt.Key.Key_Return if one_line else Qt.Key.Key_Tab)
        assert got is expected or expected.isAncestorOf(got) or got.focusProxy() is expected, (
            f"after {widget.objectName() or type(widget).__name__} the focus went to "
            f"{got.objectName() or type(got).__name__}, not {expected.objectName() or type(expected).__name__}"
        )

    def text(self, ascii_text: str = "", vietnamese: str = "") -> None:
        """Typed text (not counted as navigation keys)."""
        if ascii_text:
            self.qtbot.keyClicks(_focused(), ascii_text)
        if vietnamese:
            type_vietnamese(_focused(), vietnamese)  # type: ignore[arg-type]


def test_walk_in_denunciation_by_keyboard_only(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    mouse = _MouseWatch()
    QApplication.instance().installEventFilter(mouse)  # type: ignore[union-attr]
    try:
        _walk_in(qtbot, window, desk)
    finally:
        QApplication.instance().removeEventFilter(mouse)  # type: ignore[union-attr]
    assert mouse.events == 0


def _walk_in(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    page = window.intake_page
    form = page.reporters[0]
    k = _Keys(qtbot)
    k.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is NavPage.INTAKE
    assert _focused() is page.kind
    k.text("t")  # the combo jumps to "Tố cáo"
    assert page.current_kind() is CaseKind.DENUNCIATION
    for widget in (page.channel, page.received_at, page.group_size, page.sector, page.head_check, form.full_name):
        k.next(widget)  # walk-in, now, one person: the defaults stand
    k.text(vietnamese=CANARY_NAME)
    k.next(form.birth_date)
    k.text("09/03/1988")
    k.next(form.id_kind)
    k.next(form.id_number)
    k.text("079188765432")
    for widget in (form.id_issued_on, form.id_issued_by, form.gender):
        k.next(widget)
    k.text("n")  # "Nam"
    k.next(form.phone)
    k.text("0987650321")
    k.next(form.place.province)
    k.text("dak lak")  # no marks needed
    k.next(form.place.ward)  # Tab takes the place typed
    assert form.place.province.code() == "66"
    k.next(form.address)
    k.text(vietnamese="Số 7 đường Lê Duẩn")
    for widget in (form.email, form.representative, page.add_reporter_button, page.accused):
        k.next(widget)
    k.text(vietnamese="Ông Trần Văn Đức")
    k.next(page.accused_position)
    k.next(page.subject)
    k.text(vietnamese=SUBJECT)
    k.next(page.content)
    k.text(vietnamese=CONTENT)
    k.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rows = desk.cases.list_cases().rows
    assert rows, page.message.text()
    assert rows[0].subject == SUBJECT
    assert rows[0].kind is CaseKind.DENUNCIATION
    # ready for the next citizen: the cursor on the first field and the form scrolled to the top
    assert _focused() is page.kind
    assert page.scroll_area.verticalScrollBar().value() == 0
    assert page.print_button.isVisible()
    # no more than one key per field (Tab/Enter/Down/Ctrl+N/Ctrl+S), besides the typed text
    assert k.keys <= len(k.fields) + 1, (k.keys, len(k.fields))
    _search_and_open(k, window, rows[0].number)


def _search_and_open(k: _Keys, window: MainWindow, number: str) -> None:
    """List → search → open, keys only."""
    k.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is NavPage.CASES
    assert _focused() is window.search_edit
    k.text(vietnamese="địa chính")
    k.press(Qt.Key.Key_Return)  # search now, then the results
    assert _focused() is window.table
    assert window.table.currentIndex().row() == 0
    k.press(Qt.Key.Key_Return)
    detail = window.findChild(CaseDetailDialog)
    assert detail is not None
    assert detail.isVisible()
    assert number in " ".join(label.text() for label in detail.findChildren(QLabel))
    detail.close()


def test_after_ctrl_n_the_form_is_at_the_top(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    window.show_page(NavPage.INTAKE)
    page = window.intake_page
    page.content.setFocus()
    page.scroll_area.verticalScrollBar().setValue(page.scroll_area.verticalScrollBar().maximum())
    assert page.scroll_area.verticalScrollBar().value() > 0
    qtbot.keyClick(_focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is page.kind
    assert page.scroll_area.verticalScrollBar().value() == 0


def test_the_focused_intake_field_is_scrolled_into_view(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    window.show_page(NavPage.INTAKE)
    page = window.intake_page
    window.resize(1366, 600)
    page.kind.setFocus()
    page.sector.setFocus()  # Lĩnh vực: its list must open over a field that can be seen
    area = page.scroll_area
    top_left = page.sector.mapTo(area.viewport(), page.sector.rect().topLeft())
    assert 0 <= top_left.y() <= area.viewport().height() - page.sector.height()
    page.location.setFocus()
    top_left = page.location.mapTo(area.viewport(), page.location.rect().topLeft())
    assert 0 <= top_left.y() <= area.viewport().height() - page.location.height()


def test_province_down_enter_picks_the_typed_place(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    window.show_page(NavPage.INTAKE)
    combo = window.intake_page.place.province
    combo.setFocus()
    type_vietnamese(combo.line_edit, "Hà Nội")
    popup = combo.completer().popup() if combo.completer() is not None else None
    assert popup is not None
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.code() == "01"
    assert combo.currentText() == "Thành phố Hà Nội"


def test_intake_print_receipt_prints(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    window.show_page(NavPage.INTAKE)
    page = window.intake_page
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.PETITION.value))
    page.reporters[0].full_name.setText("Nguyễn Văn An")
    page.reporters[0].id_number.setText("079188765432")
    page.subject.setText("Kiến nghị sửa đường")
    page.content.setPlainText("Đường liên xã bị hư hỏng.")
    saved: list[str] = []
    page.case_saved.connect(lambda _uid, number: saved.append(number))
    page.save()
    assert saved, [label.text() for label in page.findChildren(MessageLabel) if label.text()]
    page.print_button.click()
    preview = window.preview
    assert preview is not None
    assert preview.isVisible()
    assert preview.windowTitle().startswith("Receipt ")
    assert preview.pdf_bytes().startswith(b"%PDF")
    assert window.findChild(CaseDetailDialog) is None  # printed at once, not just the case window
    # The first receipt, right after intake, names the citizen as typed (no reveal): it is handed over now.
    assert "Nguyễn Văn An" in extract(preview.pdf_bytes()).text
    preview.close()
    page.print_button.click()  # a second print is a reprint: masked unless a supervisor reveals
    again = window.preview
    assert again is not None
    assert again is not preview
    assert "Nguyễn Văn An" not in extract(again.pdf_bytes()).text
    again.close()


def test_sidebar_arrow_keys_change_the_page(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    window.show_page(NavPage.INTAKE)
    window.nav_view.setFocus()
    qtbot.keyClick(window.nav_view, Qt.Key.Key_Down)
    assert window.current_page() is NavPage.CASES
    qtbot.keyClick(window.nav_view, Qt.Key.Key_Down)
    assert window.current_page() is NavPage.LOGBOOK
    qtbot.keyClick(window.nav_view, Qt.Key.Key_Up)
    assert window.current_page() is NavPage.CASES
    assert _focused() is window.nav_view  # the arrows keep working


def test_search_box_down_reaches_the_results(qtbot: QtBot, desk: Desk) -> None:
    desk.cases.create_case(draft())
    window = _window(qtbot, desk)
    window.search_action.trigger()
    assert _focused() is window.search_edit
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert _focused() is window.table
    assert window.table.currentIndex().row() == 0
    opened: list[object] = []
    window.cases_page.open_requested.connect(opened.append)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    for dialog in window.findChildren(CaseDetailDialog):
        dialog.close()


def test_enter_after_the_privacy_screen_opens_the_highlighted_case(qtbot: QtBot, desk: Desk) -> None:
    desk.cases.create_case(draft())
    window = _window(qtbot, desk)
    window.show_page(NavPage.CASES)
    window.table.setCurrentIndex(window.model.index(0, 0))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F12)
    assert window.lock.privacy_cover.isVisible()
    with qtbot.waitActive(window.lock.privacy_cover):
        pass
    qtbot.keyClick(window.lock.privacy_cover, Qt.Key.Key_Return)  # Enter does nothing on the privacy screen
    assert window.findChild(CaseDetailDialog) is None
    qtbot.keyClick(window.lock.privacy_cover, Qt.Key.Key_Escape)
    assert not window.lock.privacy_cover.isVisible()
    with qtbot.waitActive(window):
        pass
    assert _focused() is window.table
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    detail = window.findChild(CaseDetailDialog)
    assert detail is not None
    detail.close()


def test_administration_tabs_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    desk = set_up_world(tmp_path / "data").desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    try:
        window = _window(qtbot, desk)
        window.show_page(NavPage.ADMINISTRATION)
        admin = window.admin_page
        assert admin is not None
        window.nav_view.setFocus()  # arrived from the page list
        first = admin.tabs.currentIndex()
        qtbot.keyClick(window.nav_view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert admin.tabs.currentIndex() == first + 1
        qtbot.keyClick(_focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert admin.tabs.currentIndex() == first + 2
        qtbot.keyClick(_focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
        assert admin.tabs.currentIndex() == first + 1
        window.close()
    finally:
        desk.close()


def test_transfer_dialog_takes_typing_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    from reception_app.models.handling import HandlingAction

    desk = set_up_world(tmp_path / "data").desk
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    try:
        desk.auth.logout()
        desk.auth.login(OFFICER.username, OFFICER.password)
        uid = desk.cases.create_case(draft()).uid
        window = _window(qtbot, desk)
        window._on_case_loaded(desk.cases.get_case(uid))
        detail = window.findChild(CaseDetailDialog)
        assert detail is not None
        assert detail.handling_panel is not None
        detail.tabs.setCurrentIndex(1)
        dialog = detail.handling_panel.open_action(HandlingAction.TRANSFER)
        assert dialog is not None
        assert dialog.agency_picker is not None
        target = dialog.focusWidget()  # where typed keys go once the dialog is up
        assert target is not None
        assert target is dialog.agency_picker or dialog.agency_picker.isAncestorOf(target), target
        qtbot.keyClicks(target, "thanh tra")  # no click first
        assert dialog.agency_picker.currentText() == "thanh tra"
        dialog.reject()
        detail.close()
    finally:
        desk.close()


def test_empty_list_and_identity_search_explain_themselves(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    window.show_page(NavPage.CASES)
    hint = window.cases_page.empty_label
    assert hint.isVisible()
    assert "Ctrl+N" in hint.full_text()
    desk.cases.create_case(draft())
    window.model.refresh()
    assert not hint.isVisible()
    window.search_edit.setText("Zqxwylvh")  # a reporter's name: identities are never searched
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.model.rowCount() == 0
    assert hint.isVisible()
    assert "sealed" in hint.full_text()
    assert "duplicate check" in hint.full_text()


def test_f1_lists_the_shortcuts_of_every_menu(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    sheet = window.shortcut_sheet
    assert sheet is not None
    assert sheet.isVisible()
    listed = " ".join(keys for _group, keys, _what in sheet.rows)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            for sequence in action.shortcuts():
                if action.isVisible():
                    assert sequence.toString().replace("Return", "Enter") in listed, action.text()
    sheet.close()


def test_no_plain_text_edit_traps_tab(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    for edit in window.findChildren(QPlainTextEdit):
        if not edit.isReadOnly():
            assert edit.tabChangesFocus(), edit.objectName()
