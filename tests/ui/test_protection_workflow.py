"""The protection workflow after the request, on the real Desk: decision (Điều 52), measures, end, retaliation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from reception_app.models.enums import ProtectionStatus, Relation
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.services import Desk
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.handling.case_handling_panel import CaseHandlingPanel
from reception_app.ui.protection.protection_dialogs import (
    AddMeasureDialog,
    EndProtectionDialog,
    ProtectionDecisionDialog,
    RetaliationReportDialog,
)
from reception_app.ui.protection.protection_views import ProtectionOverview
from reception_app.ui.protection.request_dialogs import ProtectionRequestDialog, ProtectionRevealDialog
from tests.factories import (
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    DeskWorld,
    draft,
    set_up_world,
    today,
)
from tests.ui.helpers import all_texts

pytestmark = pytest.mark.calendar  # measures due relative to the tests' today

CANARIES = (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS)
RETALIATION = f"Ông {CANARY_NAME} bị điều chuyển công tác, gọi số {CANARY_PHONE}"
TODAY = today()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


def _request(desk: Desk) -> tuple[str, int]:
    """An officer's protection request with canary identity (sealed by the service)."""
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    details = ProtectionDetails(
        (ProtectedPerson(CANARY_NAME, Relation.DENOUNCER, CANARY_ADDRESS, CANARY_PHONE),),
        f"Sợ bị trù dập, CCCD {CANARY_ID}",
    )
    rid = desk.protection.request(uid, details, measures=("bao_mat_thong_tin", "vi_tri_cong_tac"))
    return uid, rid


def _overview(qtbot: QtBot, desk: Desk, *, select: bool = True) -> ProtectionOverview:
    overview = ProtectionOverview(desk, SyncTaskRunner())
    qtbot.addWidget(overview)
    overview.resize(1000, 700)
    overview.show()
    if select:
        overview.open_view.selectRow(0)
    return overview


def _model_texts(widget: QWidget) -> list[str]:
    """Every cell and header of every table in ``widget`` (all_texts does not read item models)."""
    out: list[str] = []
    for view in widget.findChildren(QTableView):
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                out.append(str(model.data(model.index(row, column)) or ""))
    return out


def _leaks(widget: QWidget) -> list[str]:
    texts = all_texts(widget) + _model_texts(widget)
    return [t for t in texts for c in (*CANARIES, "Canaryname", "Canarystreet") if c in t]


def _decide(overview: ProtectionOverview) -> ProtectionDecisionDialog:
    assert overview.decide_button.isEnabled()
    overview.decide_button.click()
    dialog = overview.dialog
    assert isinstance(dialog, ProtectionDecisionDialog)
    return dialog


def test_decide_with_measures_lists_them_with_due_dates(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid, _rid = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    overview = _overview(qtbot, desk)
    assert not overview.add_measure_button.isEnabled()
    assert not overview.end_button.isEnabled()
    dialog = _decide(overview)
    rows = dialog.measure_rows
    assert rows["vi_tri_cong_tac"].check.isChecked()  # the requested measures start ticked
    assert not rows["tai_san"].check.isChecked()
    dialog.number_edit.setText("12/QĐ-TTr")
    rows["bao_mat_thong_tin"].due.setText("31/12/2099")
    rows["vi_tri_cong_tac"].due.setText("15/1/2099")
    rows["tinh_mang_suc_khoe"].check.setChecked(True)
    dialog.submit()
    assert not dialog.isVisible()
    (case,) = desk.protection.for_case(uid)
    assert case.status is ProtectionStatus.ACTIVE
    assert case.decision_number == "12/QĐ-TTr"
    assert [(m.measure, m.due_on) for m in case.measures] == [
        ("bao_mat_thong_tin", date(2099, 12, 31)),
        ("vi_tri_cong_tac", date(2099, 1, 15)),
        ("tinh_mang_suc_khoe", None),
    ]
    # the overview shows it: status, decision, the measures with their due dates, a confirmation
    assert overview.selected_request() == case.id  # the selection survives the reload
    assert overview.open_model.text(0, 2) == ProtectionStatus.ACTIVE.label
    assert "12/QĐ-TTr" in overview.open_model.text(0, 4)
    model = overview.measures_model
    assert [(model.text(r, 1), model.text(r, 2)) for r in range(model.rowCount())] == [
        ("31/12/2099", "not done"),
        ("15/01/2099", "not done"),
        ("", "not done"),
    ]
    assert "12/QĐ-TTr" in overview.notice_label.text()
    assert overview.notice_label.isVisible()
    assert not overview.decide_button.isEnabled()  # decided once
    assert overview.add_measure_button.isEnabled()
    assert overview.end_button.isEnabled()


def test_decide_without_a_decision_number_keeps_the_dialog_open(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid, _rid = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    overview = _overview(qtbot, desk)
    dialog = _decide(overview)
    dialog.measure_rows["vi_tri_cong_tac"].due.setText("31/02/2099")
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.field_message("decision_number") == "Enter the number of the written decision."
    assert dialog.field_message("measures") == "Enter each due date as dd/mm/yyyy."
    assert dialog.measure_rows["vi_tri_cong_tac"].due.text() == "31/02/2099"  # what was typed stays
    for row in dialog.measure_rows.values():
        row.check.setChecked(False)
    dialog.number_edit.setText("12/QĐ-TTr")
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.field_message("measures") == "Tick at least one measure."
    assert dialog.field_message("decision_number") == ""
    # the service's refusal also lands beside its field (whitespace passes the dialog's own check)
    dialog.number_edit.setText("\u200b")
    dialog.measure_rows["tai_san"].check.setChecked(True)
    dialog.submit()
    assert dialog.isVisible()
    assert "số quyết định" in dialog.field_message("decision_number")
    assert dialog.number_edit.text() == "\u200b"
    assert desk.protection.for_case(uid)[0].status is ProtectionStatus.REQUESTED


def test_refuse_and_person_declined_close_the_request(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    refused_uid, _ = _request(desk)
    declined_uid, _ = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    overview = _overview(qtbot, desk, select=False)
    assert overview.open_model.rowCount() == 2
    for uid, status in (
        (refused_uid, ProtectionStatus.REFUSED),
        (declined_uid, ProtectionStatus.DECLINED_BY_PERSON),
    ):
        number = desk.cases.get_case(uid).number
        row = next(r for r in range(overview.open_model.rowCount()) if overview.open_model.text(r, 0) == number)
        overview.open_view.selectRow(row)
        dialog = _decide(overview)
        dialog.set_status(status)
        assert not dialog.measure_rows["vi_tri_cong_tac"].check.isEnabled()  # no measures when not applying
        dialog.number_edit.setText(f"{row + 3}/QĐ-TTr")
        dialog.submit()
        assert not dialog.isVisible()
        (case,) = desk.protection.for_case(uid)
        assert case.status is status
        assert case.measures == ()
        assert status.label in overview.notice_label.text()
    assert overview.open_model.rowCount() == 0  # neither is open any more


def test_marking_an_overdue_measure_done_removes_it_from_the_overdue_list(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid, rid = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    late = TODAY - timedelta(days=3)
    desk.protection.decide(
        rid,
        status=ProtectionStatus.ACTIVE,
        decision_number="12/QĐ-TTr",
        measures=(("vi_tri_cong_tac", late), ("bao_mat_thong_tin", TODAY + timedelta(days=30))),
    )
    overview = _overview(qtbot, desk)
    assert overview.overdue_model.rowCount() == 1  # the measure due in 30 days is not overdue
    assert overview.overdue_model.text(0, 2) == late.strftime("%d/%m/%Y")
    assert overview.open_model.text(0, 5) == "1"
    assert not overview.overdue_done_button.isEnabled()
    overview.overdue_view.selectRow(0)
    assert overview.overdue_done_button.isEnabled()
    overview.overdue_done_button.click()
    assert overview.overdue_model.rowCount() == 0
    assert overview.open_model.text(0, 5) == ""
    assert overview.notice_label.text() == "The measure was marked as done."
    assert desk.protection.overdue() == []
    (case,) = desk.protection.for_case(uid)
    assert [m.done_on for m in case.measures] == [TODAY, None]
    # the other measure from the selected case's list
    assert overview.measures_model.text(0, 2) == TODAY.strftime("%d/%m/%Y")
    overview.measures_view.selectRow(0)
    assert not overview.measure_done_button.isEnabled()  # already done
    overview.measures_view.selectRow(1)
    overview.measure_done_button.click()
    assert overview.measures_model.text(1, 2) == TODAY.strftime("%d/%m/%Y")


def test_add_a_measure_then_end_protection(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid, rid = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    desk.protection.decide(
        rid, status=ProtectionStatus.ACTIVE, decision_number="12/QĐ-TTr", measures=(("vi_tri_cong_tac", None),)
    )
    overview = _overview(qtbot, desk)
    overview.add_measure_button.click()
    add = overview.dialog
    assert isinstance(add, AddMeasureDialog)
    add.measure_combo.setCurrentIndex(add.measure_combo.findData("tai_san"))
    add.due_edit.setText("not a date")
    add.submit()
    assert add.isVisible()
    assert add.field_message("due_on") == "Enter the date as dd/mm/yyyy."
    add.due_edit.setText("01/06/2099")
    add.submit()
    assert not add.isVisible()
    assert overview.measures_model.rowCount() == 2
    assert overview.measures_model.text(1, 1) == "01/06/2099"
    assert overview.notice_label.text() == "The measure was added."

    overview.end_button.click()
    end = overview.dialog
    assert isinstance(end, EndProtectionDialog)
    end.submit()
    assert end.isVisible()
    assert end.field_message("decision_number") == "Enter the number of the written decision."
    end.number_edit.setText("20/QĐ-TTr")
    end.submit()
    assert not end.isVisible()
    (case,) = desk.protection.for_case(uid)
    assert (case.status, case.decision_number) == (ProtectionStatus.ENDED, "20/QĐ-TTr")
    assert overview.open_model.rowCount() == 0
    assert not overview.end_button.isEnabled()
    assert case.case_number in overview.notice_label.text()


def _reveal(overview: ProtectionOverview) -> None:
    overview.show_button.click()
    reveal = overview.dialog
    assert isinstance(reveal, ProtectionRevealDialog)
    reveal.username_edit.setText(SUPERVISOR.username)
    reveal.password_edit.setText(SUPERVISOR.password)
    reveal.reason_edit.setPlainText("Xử lý báo cáo trù dập")
    reveal.submit()
    assert not reveal.isVisible()


def test_officer_reports_retaliation_from_the_handling_panel(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    panel = CaseHandlingPanel(desk, SyncTaskRunner(), uid)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.snapshot is not None)
    assert panel.retaliation_button.isVisible()
    assert not panel.retaliation_button.isEnabled()  # no request yet
    panel.protection_button.click()
    request = panel.dialog
    assert isinstance(request, ProtectionRequestDialog)
    request.rows[0].name.setText(CANARY_NAME)
    request.reasons_edit.setPlainText("Sợ bị trù dập")
    request.submit()
    assert panel.retaliation_button.isEnabled()
    panel.retaliation_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, RetaliationReportDialog)
    assert "only a supervisor can read it back" in dialog.intro_label.text()
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.field_message("description") == "Describe the retaliation."
    dialog.description_edit.setPlainText(RETALIATION)
    dialog.reported_edit.setText((TODAY + timedelta(days=5)).strftime("%d/%m/%Y"))
    dialog.submit()
    assert dialog.isVisible()  # the service refuses a future date beside the field
    assert dialog.field_message("reported_on") == "Ngày báo cáo không hợp lệ."
    dialog.reported_edit.setText(TODAY.strftime("%d/%m/%Y"))
    dialog.submit()
    assert not dialog.isVisible()
    assert dialog.description_edit.toPlainText() == ""  # emptied as it closed
    assert "recorded and sealed" in panel.notice_label.text()
    assert _leaks(panel) == []
    # A fresh officer panel (the case opened again later) finds the request through Protection.for_case
    fresh = CaseHandlingPanel(desk, SyncTaskRunner(), uid)
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitUntil(lambda: fresh.snapshot is not None)
    assert fresh.retaliation_button.isEnabled()
    assert "only a supervisor can read it back" in fresh.retaliation_note.text()
    assert _leaks(fresh) == []

    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    overview = _overview(qtbot, desk)
    assert overview.open_model.text(0, 6) == "1"
    assert _leaks(overview) == []
    # a supervisor's handling panel finds the request itself (Protection.for_case)
    other = CaseHandlingPanel(desk, SyncTaskRunner(), uid)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: other.snapshot is not None)
    assert other.retaliation_button.isEnabled()
    assert "only a supervisor can read it back" in other.retaliation_note.text()


def test_a_retaliation_report_is_marked_handled_in_the_unsealed_details(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid, rid = _request(desk)
    desk.protection.report_retaliation(rid, RETALIATION)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    overview = _overview(qtbot, desk)
    assert overview.open_model.text(0, 6) == "1"
    # handled: only from the unsealed details, where the report ids are
    assert not overview.handled_button.isVisible()
    _reveal(overview)
    assert overview.reports_model.rowCount() == 1
    assert CANARY_NAME in overview.reports_model.text(0, 3)
    assert overview.reports_model.text(0, 1) == "open"
    overview.reports_view.selectRow(0)
    assert overview.handled_button.isEnabled()
    overview.handled_button.click()
    assert overview.open_model.text(0, 6) == ""
    assert overview.reports_model.text(0, 1) == "handled"  # the details stay shown, updated
    assert not overview.handled_button.isEnabled()
    assert overview.notice_label.text() == "The retaliation report was marked as handled."
    assert desk.protection.for_case(uid)[0].open_retaliation_reports == 0


def test_the_overview_reports_retaliation_too(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    _uid, _rid = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    overview = _overview(qtbot, desk)
    overview.report_button.click()
    dialog = overview.dialog
    assert isinstance(dialog, RetaliationReportDialog)
    dialog.description_edit.setPlainText(RETALIATION)
    dialog.submit()
    assert not dialog.isVisible()
    assert overview.open_model.text(0, 6) == "1"
    assert overview.notice_label.text() == "The retaliation report was recorded and sealed."
    assert _leaks(overview) == []


def test_an_officer_session_never_gets_the_decision_buttons(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    _request(desk)
    overview = _overview(qtbot, desk)  # still the officer's session
    assert not overview.allowed
    buttons = (
        overview.decide_button,
        overview.add_measure_button,
        overview.end_button,
        overview.report_button,
        overview.measure_done_button,
        overview.overdue_done_button,
        overview.handled_button,
        overview.show_button,
    )
    assert [b.text() for b in buttons if b.isEnabled() and b.isVisibleTo(overview)] == []
    overview._on_decide_button_clicked()  # even if reached some other way
    assert overview.dialog is None
    assert [b for b in buttons[:3] if b.isEnabled()] == []
    # the same overview under a supervisor session does enable them (the check above can fail)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    supervisor = _overview(qtbot, desk)
    assert supervisor.decide_button.isEnabled()


def test_no_canary_in_the_overview_before_a_reveal(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    _first_uid, first = _request(desk)
    desk.protection.report_retaliation(first, RETALIATION)
    _second_uid, _second = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    overview = _overview(qtbot, desk, select=False)
    for row in range(overview.open_model.rowCount()):
        overview.open_view.selectRow(row)
        dialog = _decide(overview)
        dialog.number_edit.setText(f"{row + 1}/QĐ-TTr")
        dialog.measure_rows["vi_tri_cong_tac"].due.setText((TODAY - timedelta(days=1)).strftime("%d/%m/%Y"))
        dialog.submit()
        assert not dialog.isVisible()
    overview.report_button.click()
    report = overview.dialog
    assert isinstance(report, RetaliationReportDialog)
    report.description_edit.setPlainText(RETALIATION)
    report.submit()
    overview.overdue_view.selectRow(0)
    overview.overdue_done_button.click()
    overview.add_measure_button.click()
    add = overview.dialog
    assert isinstance(add, AddMeasureDialog)
    add.submit()
    overview.refresh_button.click()
    assert overview.open_model.rowCount() == 2
    assert overview.overdue_model.rowCount() == 1
    assert _leaks(overview) == []
    # the scan sees the unsealed details once they are shown on purpose …
    overview.open_view.selectRow(0)
    _reveal(overview)
    assert _leaks(overview)
    # … and they are dropped with the selection
    overview.open_view.selectRow(1)
    assert _leaks(overview) == []
