"""The case-handling panel on the real Desk (cheap KDF, real SQLCipher file), driven through its widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reception_app.models.enums import (
    Admissibility,
    CaseKind,
    CaseStatus,
    Channel,
    Decision,
    HandlingAction,
    Jurisdiction,
)
from reception_app.models.handling import Classification
from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common.reason_fields import REASON_WARNING
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.handling.case_handling_panel import CaseHandlingPanel
from reception_app.ui.handling.handling_dialogs import ActionDialog
from tests.factories import OFFICER, SUPERVISOR, DeskWorld, draft, make_clock, set_up_world
from tests.ui.helpers import all_texts, type_vietnamese

SECOND_TRANSFER = "đã được chuyển đơn một lần"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


@pytest.fixture
def march_world(tmp_path: Path) -> Iterator[DeskWorld]:
    """A desk whose clock stands on 31 March 2026: tests that record visits on fixed March dates."""
    world = set_up_world(tmp_path / "data", clock=make_clock(date(2026, 3, 31)))
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


def _panel(qtbot: QtBot, desk: Desk, uid: str) -> CaseHandlingPanel:
    panel = CaseHandlingPanel(desk, SyncTaskRunner(), uid)
    qtbot.addWidget(panel)
    panel.resize(900, 1400)
    panel.show()
    qtbot.waitUntil(lambda: panel.snapshot is not None)
    return panel


def _dialog(panel: CaseHandlingPanel, action: HandlingAction) -> ActionDialog:
    button = panel.action_buttons[action]
    assert button.isEnabled(), panel.action_reasons[action].text()
    button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.action is action
    return dialog


def _history(panel: CaseHandlingPanel) -> list[tuple[str, ...]]:
    model = panel.history_model
    return [tuple(model.text(r, c) for c in range(model.columnCount())) for r in range(model.rowCount())]


def _classify_through_widgets(panel: CaseHandlingPanel, *, ours: bool) -> None:
    panel.admissible_combo.setCurrentIndex(panel.admissible_combo.findData(Admissibility.ADMISSIBLE.value))
    jurisdiction = Jurisdiction.OURS if ours else Jurisdiction.NOT_OURS
    panel.jurisdiction_combo.setCurrentIndex(panel.jurisdiction_combo.findData(jurisdiction.value))
    panel.group_spin.setValue(6)
    panel.classify_reason.setPlainText("Phân loại theo Thông tư 05/2021")
    panel.classify_button.click()


def test_officer_classifies_and_transfers_then_a_second_transfer_is_refused(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft(channel=Channel.POST)).uid  # mailed: a walk-in denunciation is guided
    panel = _panel(qtbot, desk, uid)
    assert panel.group_label.text() == "single petition"
    with qtbot.waitSignal(panel.case_changed, timeout=2000) as changed:
        _classify_through_widgets(panel, ours=False)
    assert changed.args == [uid]
    view = desk.handling.view(uid)
    assert view.classification.jurisdiction is Jurisdiction.NOT_OURS
    assert view.classification.is_group
    assert panel.group_label.text().startswith("group petition")

    dialog = _dialog(panel, HandlingAction.TRANSFER)
    assert REASON_WARNING in all_texts(dialog)
    dialog.submit()  # no agency chosen: refused beside the field, nothing recorded
    assert dialog.isVisible()
    assert dialog.field_message("agency_id") == "Choose the receiving body from the directory."
    assert dialog.agency_picker is not None
    dialog.agency_picker.line_edit.setFocus()
    type_vietnamese(dialog.agency_picker.line_edit, "thanh tra thanh pho ha noi")  # marks not needed
    dialog.agency_picker.resolve()
    assert dialog.agency_picker.currentText() == "Thanh tra thành phố Hà Nội"
    dialog.reason_edit.setPlainText("Không thuộc thẩm quyền của tỉnh")
    with qtbot.waitSignal(panel.case_changed, timeout=2000):
        dialog.submit()
    assert not dialog.isVisible()

    assert panel.status_value.text() == CaseStatus.PROCESSED.label
    assert panel.decision_value.text() == Decision.TRANSFER.label
    rows = _history(panel)
    assert [r[2] for r in rows] == [HandlingAction.CLASSIFY.label, HandlingAction.TRANSFER.label]
    assert rows[1][1] == OFFICER.username
    assert rows[1][5] == "Thanh tra thành phố Hà Nội"
    assert rows[1][7] == "Không thuộc thẩm quyền của tỉnh"
    assert panel.transfers_model.rowCount() == 1
    assert panel.transfers_model.text(0, 3) == "waiting"
    # the second transfer: the button is off and the law's reason is written beside it
    assert not panel.action_buttons[HandlingAction.TRANSFER].isEnabled()
    reason = panel.action_reasons[HandlingAction.TRANSFER].text()
    assert SECOND_TRANSFER in reason
    assert "khoản 3 Điều 24" in reason
    assert not panel.action_buttons[HandlingAction.GUIDE].isEnabled()


def test_a_stale_dialog_shows_the_services_refusal_inline(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft(channel=Channel.POST)).uid  # mailed: a walk-in denunciation is guided
    panel = _panel(qtbot, desk, uid)
    dialog = _dialog(panel, HandlingAction.TRANSFER)
    # meanwhile the case is transferred from another window
    handling = desk.handling
    agencies = panel.snapshot.agencies if panel.snapshot else ()
    first, second = (a for a in agencies if a.active and a.province_code == "01")
    handling.transfer(uid, agency_id=first.id)
    assert dialog.agency_picker is not None
    dialog.agency_picker.set_code(str(second.id))
    dialog.submit()
    assert dialog.isVisible()
    assert SECOND_TRANSFER in dialog.message_label.text()
    assert dialog.message_label.isVisible()
    assert len(handling.transfers(uid)) == 1


def test_accept_is_for_supervisors(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    panel = _panel(qtbot, desk, uid)
    _classify_through_widgets(panel, ours=True)
    accept = panel.action_buttons[HandlingAction.ACCEPT]
    assert not accept.isEnabled()
    assert "supervisor" in panel.action_reasons[HandlingAction.ACCEPT].text()
    assert panel.classify_button.isEnabled()

    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    panel = _panel(qtbot, desk, uid)
    dialog = _dialog(panel, HandlingAction.ACCEPT)
    dialog.submit()
    assert dialog.field_message("decision_number") == "Enter the number of the written decision."
    assert dialog.number_edit is not None
    dialog.number_edit.setText("05/QĐ-TTr")
    with qtbot.waitSignal(panel.case_changed, timeout=2000):
        dialog.submit()
    assert panel.status_value.text() == CaseStatus.IN_PROGRESS.label
    last = _history(panel)[-1]
    assert (last[1], last[2], last[4]) == (SUPERVISOR.username, HandlingAction.ACCEPT.label, "05/QĐ-TTr")
    assert not panel.action_buttons[HandlingAction.ACCEPT].isEnabled()
    assert "Đang giải quyết" in panel.action_reasons[HandlingAction.ACCEPT].text()
    assert panel.action_buttons[HandlingAction.RESOLVE].isEnabled()


def test_extend_records_the_decision_and_moves_the_due_date(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    handling = desk.handling
    before = handling.view(uid).due_on
    assert before is not None
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    panel = _panel(qtbot, desk, uid)
    dialog = _dialog(panel, HandlingAction.EXTEND)
    assert dialog.deadline_combo is not None
    assert dialog.deadline_combo.count() == 1
    assert dialog.number_edit is not None
    dialog.number_edit.setText("02/QĐ-TTr")
    dialog.submit()
    assert dialog.field_message("reason") == "Enter the reason."
    dialog.reason_edit.setPlainText("Xác minh nhiều nơi")
    with qtbot.waitSignal(panel.case_changed, timeout=2000):
        dialog.submit()
    after = handling.view(uid)
    assert after.due_on is not None
    assert after.due_on > before
    deadline = next(d for d in after.deadlines if d.is_open)
    assert (deadline.extensions, deadline.extension_decision) == (1, "02/QĐ-TTr")
    assert panel.due_value.text().startswith(after.due_on.strftime("%d/%m/%Y"))
    model = panel.deadlines_model
    assert model.text(0, 2) == after.due_on.strftime("%d/%m/%Y")
    assert "02/QĐ-TTr" in model.text(0, 4)
    assert _history(panel)[-1][4] == "02/QĐ-TTr"
    # the rule allows one extension: the second one is refused inside the dialog, in Vietnamese
    again = _dialog(panel, HandlingAction.EXTEND)
    assert again.number_edit is not None
    again.number_edit.setText("03/QĐ-TTr")
    again.reason_edit.setPlainText("Lần nữa")
    again.submit()
    assert again.isVisible()
    assert "không được gia hạn" in again.message_label.text()
    assert handling.view(uid).due_on == after.due_on


def test_an_anonymous_tip_offers_only_tip_moves(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft(kind=CaseKind.ANONYMOUS_TIP)).uid
    panel = _panel(qtbot, desk, uid)
    assert panel.action_buttons[HandlingAction.VERIFY_TIP].isEnabled()
    assert panel.action_buttons[HandlingAction.VERIFY_TIP].isVisible()
    assert not panel.action_buttons[HandlingAction.GUIDE].isVisible()
    assert not panel.protection_button.isVisible()


def test_classification_errors_land_beside_their_field(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    panel = _panel(qtbot, desk, uid)
    panel.admissible_combo.setCurrentIndex(panel.admissible_combo.findData(Admissibility.INADMISSIBLE.value))
    assert panel.reasons_box.isVisible()
    panel.classify_button.click()  # inadmissible without a reason
    assert panel.classification_grid.messages["inadmissible_reasons"].text() == "Vui lòng chọn ít nhất một lý do."
    panel.reasons_box.boxes["khong_ky_diem_chi"].setChecked(True)
    panel.classify_button.click()
    view = desk.handling.view(uid)
    assert view.classification.inadmissible_reasons == ("khong_ky_diem_chi",)
    assert view.classification.admissible is Admissibility.INADMISSIBLE


def test_the_case_detail_has_a_handling_tab_loaded_when_shown(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    runner = SyncTaskRunner()
    detail = CaseDetailDialog(desk.cases.get_case(uid), desk=desk, runner=runner)
    qtbot.addWidget(detail)
    detail.show()
    panel = detail.handling_panel
    assert panel is not None
    assert panel.snapshot is None
    assert runner.calls == 0  # not loaded while the tab is hidden
    detail.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.snapshot is not None)
    dialog = _dialog(panel, HandlingAction.GUIDE)
    assert dialog.isVisible()
    dialog.reject()
    buttons = [b.text() for b in panel.findChildren(QPushButton) if b.isVisible()]
    assert "&Transfer…" in buttons
    plain = CaseDetailDialog(desk.cases.get_case(uid))
    qtbot.addWidget(plain)
    assert plain.handling_panel is None  # no desk, no runner: no panel


def test_classification_by_the_service_shows_in_the_form(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    desk.handling.classify(uid, Classification(CaseKind.DENUNCIATION, jurisdiction=Jurisdiction.NOT_OURS))
    panel = _panel(qtbot, desk, uid)
    assert panel.jurisdiction_combo.currentData() == Jurisdiction.NOT_OURS.value
    assert panel.repeat_spin.text() == "First time"


def test_a_return_visit_is_recorded_from_the_keyboard(qtbot: QtBot, march_world: DeskWorld) -> None:
    from PySide6.QtCore import QDateTime, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from reception_app.ui.handling.handling_dialogs import VisitDialog
    from tests.factories import CANARY_NAME

    saved = march_world.desk.cases.create_case(draft(received_at=datetime(2026, 3, 2, 9, 0)))
    panel = _panel(qtbot, march_world.desk, saved.uid)
    changed: list[str] = []
    panel.case_changed.connect(changed.append)
    assert panel.visit_button.isEnabled()
    panel.visit_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, VisitDialog)
    dialog.when_edit.setDateTime(QDateTime(2026, 3, 16, 14, 30, 0))
    with qtbot.waitActive(dialog):
        dialog.activateWindow()

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    dialog.when_edit.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → people
    assert focused() is dialog.people_spin
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # 2 people
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → led by the head
    assert focused() is dialog.head_check
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → note
    assert focused() is dialog.note_edit
    type_vietnamese(focused(), "Bổ sung tài liệu")  # type: ignore[arg-type]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → OK
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    visits = march_world.desk.handling.visits(saved.uid)
    assert visits[-1] == (datetime(2026, 3, 16, 14, 30), 2, True, False)
    assert changed == [saved.uid]
    assert "logbook" in panel.notice_label.text()
    assert not any(CANARY_NAME in text for text in all_texts(panel))


def test_a_visit_in_the_future_stays_in_the_dialog(qtbot: QtBot, march_world: DeskWorld) -> None:
    from PySide6.QtCore import QDateTime

    from reception_app.ui.handling.handling_dialogs import VisitDialog

    saved = march_world.desk.cases.create_case(draft(received_at=datetime(2026, 3, 2, 9, 0)))
    panel = _panel(qtbot, march_world.desk, saved.uid)
    dialog = panel.open_visit_dialog()
    assert isinstance(dialog, VisitDialog)
    dialog.when_edit.setDateTime(QDateTime(march_world.desk.clock.local_naive()).addDays(2))
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.field_message("visited_at") == "Thời điểm tiếp không được ở tương lai."
    assert len(march_world.desk.handling.visits(saved.uid)) == 1  # only the intake reception
