"""Protection request dialog and supervisor overview on the real Desk: identity never stays in a widget."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reception_app.models.enums import ProtectionStatus, Relation
from reception_app.services import Desk
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.handling.case_handling_panel import CaseHandlingPanel
from reception_app.ui.protection.protection_views import ProtectionOverview
from reception_app.ui.protection.request_dialogs import ProtectionRequestDialog
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
)
from tests.services.test_canary import _needles, _plaintext_export, _scan
from tests.ui.helpers import all_texts, type_vietnamese

CANARIES = (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS)
REASONS = f"Ông {CANARY_NAME} sợ bị trù dập, số {CANARY_ID}"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


def _leaks(texts: list[str]) -> list[str]:
    return [t for t in texts for c in CANARIES if c in t or "Zqxwylvh" in t or "Canarystreet" in t]


def _fill(dialog: ProtectionRequestDialog) -> None:
    row = dialog.rows[0]
    for edit, text in ((row.name, CANARY_NAME), (row.address, CANARY_ADDRESS), (row.phone, CANARY_PHONE)):
        edit.setFocus()
        type_vietnamese(edit, text)
    dialog.add_person()
    spouse = dialog.rows[1]
    spouse.name.setFocus()
    type_vietnamese(spouse.name, "Nguyễn Thị Vợ Canarystreet")
    spouse.relation.setCurrentIndex(spouse.relation.findData(Relation.SPOUSE.value))
    dialog.reasons_edit.setPlainText(REASONS)
    dialog.measures.boxes["bao_mat_thong_tin"].setChecked(True)
    dialog.measures.boxes["vi_tri_cong_tac"].setChecked(True)


def _open_from_panel(qtbot: QtBot, desk: Desk, uid: str) -> tuple[CaseHandlingPanel, ProtectionRequestDialog]:
    panel = CaseHandlingPanel(desk, SyncTaskRunner(), uid)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.snapshot is not None)
    assert panel.protection_button.isEnabled()
    panel.protection_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ProtectionRequestDialog)
    return panel, dialog


def test_request_is_sealed_and_no_widget_keeps_the_identity(
    qtbot: QtBot, world: DeskWorld, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    panel, dialog = _open_from_panel(qtbot, desk, uid)
    _fill(dialog)
    assert _leaks(all_texts(dialog)), "the canary must be typed in for the checks below to mean anything"
    assert not _leaks([dialog.windowTitle()])
    with qtbot.waitSignal(panel.case_changed, timeout=2000):
        dialog.submit()
    assert not dialog.isVisible()
    assert _leaks(all_texts(dialog)) == []  # emptied as it closed
    assert _leaks(all_texts(panel)) == []
    assert "sealed" in panel.notice_label.text()
    # recorded and sealed: the supervisor reads it back through the audited reveal only
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    protection = desk.protection
    (case,) = protection.for_case(uid)
    assert case.details is None
    assert case.measures_requested == ("bao_mat_thong_tin", "vi_tri_cong_tac")
    opened = protection.reveal(case.id, SUPERVISOR.username, SUPERVISOR.password, "Kiểm tra yêu cầu bảo vệ")
    assert opened.details is not None
    assert [p.full_name for p in opened.details.persons] == [CANARY_NAME, "Nguyễn Thị Vợ Canarystreet"]
    assert opened.details.persons[0].phone == CANARY_PHONE
    desk.auth.logout()
    assert not any(n in rec.getMessage().encode() for rec in caplog.records for n in _needles())
    export = tmp_path / "plain.db"
    _plaintext_export(world, export)
    assert _scan(world.data_dir) == []
    assert _scan(tmp_path) == []


def test_cancel_empties_the_dialog_and_records_nothing(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    _panel, dialog = _open_from_panel(qtbot, desk, uid)
    _fill(dialog)
    dialog.reject()
    assert _leaks(all_texts(dialog)) == []
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert desk.protection.for_case(uid) == []


def test_missing_people_or_reasons_are_refused_beside_the_fields(qtbot: QtBot, world: DeskWorld) -> None:
    uid = world.desk.cases.create_case(draft()).uid
    runner = SyncTaskRunner()
    dialog = ProtectionRequestDialog(world.desk, runner, uid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    assert dialog.field_message("persons") == "Enter at least one person to protect."
    assert dialog.field_message("reasons") == "Write why protection is requested."
    assert runner.calls == 0
    dialog.rows[0].address.setText("Somewhere")
    dialog.add_person()
    dialog.rows[1].name.setText("Người thứ hai")
    dialog.submit()
    assert dialog.field_message("persons") == "Enter the full name of every person listed."


def test_overview_is_masked_and_details_need_a_supervisor_credential(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    number = desk.cases.get_case(uid).number
    _panel, dialog = _open_from_panel(qtbot, desk, uid)
    _fill(dialog)
    dialog.submit()
    officer_view = ProtectionOverview(desk, SyncTaskRunner())
    qtbot.addWidget(officer_view)
    assert not officer_view.allowed
    assert officer_view.open_model.rowCount() == 0
    assert "Only supervisors" in officer_view.info_label.text()

    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    protection = desk.protection
    (case,) = protection.for_case(uid)
    protection.decide(
        case.id, status=ProtectionStatus.ACTIVE, decision_number="07/QĐ-TTr", measures=(("vi_tri_cong_tac", None),)
    )
    overview = ProtectionOverview(desk, SyncTaskRunner())
    qtbot.addWidget(overview)
    overview.show()
    assert overview.open_model.rowCount() == 1
    assert overview.open_model.text(0, 0) == number
    assert _leaks(all_texts(overview)) == []
    assert not overview.show_button.isEnabled()
    overview.open_view.selectRow(0)
    assert overview.show_button.isEnabled()
    overview.show_button.click()
    reveal = overview.dialog
    assert reveal is not None
    reveal.username_edit.setText(SUPERVISOR.username)
    reveal.password_edit.setText("wrong-password-123")
    reveal.reason_edit.setPlainText("Kiểm tra biện pháp bảo vệ")
    reveal.submit()
    assert reveal.isVisible()
    assert reveal.message_label.text()
    assert reveal.password_edit.text() == ""
    assert _leaks(all_texts(overview)) == []
    reveal.password_edit.setText(SUPERVISOR.password)
    reveal.submit()
    assert not reveal.isVisible()
    assert CANARY_NAME in overview.details_label.text()
    assert overview.details_box.isVisible()
    actions = [e.action for e in desk.audit.entries(case_uid=uid, limit=50)]
    assert "protection_reveal_granted" in actions
    assert "protection_reveal_denied" in actions
    overview.hide()  # details are dropped when the overview hides
    assert overview.details_label.text() == ""
    assert _leaks(all_texts(overview)) == []


def test_the_protection_decision_prints_from_the_overview(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    _panel, dialog = _open_from_panel(qtbot, desk, uid)
    _fill(dialog)
    dialog.submit()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    protection = desk.protection
    (case,) = protection.for_case(uid)
    overview = ProtectionOverview(desk, SyncTaskRunner())
    qtbot.addWidget(overview)
    overview.show()
    overview.open_view.selectRow(0)
    assert not overview.print_decision_button.isEnabled()  # nothing decided yet
    protection.decide(
        case.id, status=ProtectionStatus.ACTIVE, decision_number="07/QĐ-TTr", measures=(("vi_tri_cong_tac", None),)
    )
    overview.refresh()
    overview.open_view.selectRow(0)
    assert overview.print_decision_button.isEnabled()
    overview.print_decision_button.click()
    request = overview.print_dialog
    assert request is not None
    request.body_edit.setText("Công an tỉnh Đắk Lắk")
    request.buttons.accepted.emit()
    preview = overview.preview
    assert preview is not None
    assert preview.pdf_bytes().startswith(b"%PDF")
    assert _leaks(all_texts(overview)) == []
    preview.close()
