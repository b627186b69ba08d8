"""The document input dialogs, the "Documents" menu of the case detail and the logbook of the main window."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from reception_app.models.enums import Channel
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.recipients import DocumentKind, RecipientRole
from reception_app.printing.notices import ResultOutcome
from reception_app.services import Desk, IssuedDocument, refusal_grounds
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.documents.document_dialogs import (
    AcceptanceProposalDialog,
    AppointmentSlipDialog,
    DocumentRequestDialog,
    GuidanceSlipDialog,
    RecipientDialog,
    RefusalNoticeDialog,
    TransferNoticeDialog,
)
from reception_app.ui.documents.notice_dialogs import BodyLetterDialog, ReceptionRecordDialog, ResultNoticeDialog
from reception_app.ui.shell.app_window import MainWindow
from tests.factories import CANARY_ID, CANARY_NAME, OFFICER, SUPERVISOR, draft, set_up_world
from tests.ui.helpers import DeferredRunner, all_texts

NOW = datetime(2026, 3, 13, 10, 30)  # a Friday
NUMBER_RE = re.compile(r"01/\S+-TTr")


def _shown(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()


def _ok(dialog: DocumentRequestDialog) -> None:
    dialog.buttons.accepted.emit()


def _accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


# --- the input dialogs on their own -------------------------------------------------------------------------


def test_transfer_slip_dialog(qtbot: QtBot) -> None:
    dialog = RecipientDialog()
    _shown(qtbot, dialog)
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_message("recipient_body") == "Enter the receiving body."
    dialog.recipient_edit.setText(" Công an huyện Ea Kar ")
    _ok(dialog)
    assert _accepted(dialog)
    assert dialog.recipient() == "Công an huyện Ea Kar"


def test_guidance_slip_dialog(qtbot: QtBot) -> None:
    dialog = GuidanceSlipDialog()
    _shown(qtbot, dialog)
    dialog.superior_edit.setText("UBND tỉnh Đắk Lắk")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_message("competent_body") == "Enter the competent body."
    assert dialog.field_message("superior") == ""
    dialog.body_edit.setText("  UBND huyện Ea Kar ")
    _ok(dialog)
    assert _accepted(dialog)
    assert dialog.field_message("competent_body") == ""
    assert (dialog.competent_body(), dialog.superior()) == ("UBND huyện Ea Kar", "UBND tỉnh Đắk Lắk")


def test_appointment_slip_dialog(qtbot: QtBot) -> None:
    dialog = AppointmentSlipDialog(now=NOW)
    _shown(qtbot, dialog)
    assert dialog.appointment_at() == datetime(2026, 3, 16, 8, 0)  # the next working morning (Monday)
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_message("appointment_place") == "Enter the place."
    assert dialog.field_message("meet_with") == "Enter who the citizen will meet."
    assert dialog.field_message("appointment_at") == ""

    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 3, 13), QTime(9, 0)))  # earlier today
    dialog.place_edit.setText("Phòng tiếp công dân, tầng 1")
    dialog.meet_edit.setText("Ông Lê Văn B., Chánh Thanh tra")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_message("appointment_at") == "Choose a date and time later than now."
    assert dialog.field_message("appointment_place") == ""

    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 3, 20), QTime(14, 30)))
    _ok(dialog)
    assert _accepted(dialog)
    assert dialog.appointment_at() == datetime(2026, 3, 20, 14, 30)
    assert dialog.place() == "Phòng tiếp công dân, tầng 1"
    assert dialog.meet_with() == "Ông Lê Văn B., Chánh Thanh tra"


def test_acceptance_proposal_dialog(qtbot: QtBot) -> None:
    dialog = AcceptanceProposalDialog()
    _shown(qtbot, dialog)
    dialog.addressee_edit.setText("   ")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_message("addressee") == "Enter the addressee."
    dialog.addressee_edit.setText("Chánh Thanh tra tỉnh")
    dialog.prior_edit.setPlainText("Đã hướng dẫn công dân bổ sung hồ sơ.\n")
    _ok(dialog)
    assert _accepted(dialog)
    assert dialog.addressee() == "Chánh Thanh tra tỉnh"
    assert dialog.prior_handling() == "Đã hướng dẫn công dân bổ sung hồ sơ."


def test_refusal_notice_dialog(qtbot: QtBot) -> None:
    grounds = refusal_grounds()
    dialog = RefusalNoticeDialog()
    _shown(qtbot, dialog)
    assert dialog.ground_combo.count() == len(grounds)
    assert dialog.ground() == ""
    assert not dialog.ground_text.isVisible()
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_message("ground") == "Choose the ground for refusing."
    assert dialog.ground_combo.findData("k2") == -1  # explained on the spot and logged: no written notice
    dialog.select_ground("k3")
    assert dialog.ground_text.isVisible()
    assert dialog.ground_text.text() == grounds["k3"]  # the full wording, plain text, under the short item
    dialog.details_edit.setPlainText("Công dân vẫn <b>cố tình</b> tố cáo kéo dài.")
    _ok(dialog)
    assert _accepted(dialog)
    assert (dialog.ground(), dialog.details()) == ("k3", "Công dân vẫn <b>cố tình</b> tố cáo kéo dài.")
    assert dialog.copies() == (RecipientRole.CITIZEN, RecipientRole.FILE)
    assert dialog.presented() is None


# --- issuing through a runner: busy state, errors shown in the dialog ----------------------------------------


def _raising(exc: Exception) -> Callable[[], Callable[[], IssuedDocument]]:
    def task() -> IssuedDocument:
        raise exc

    return lambda: task


def test_service_errors_stay_in_the_dialog(qtbot: QtBot) -> None:
    runner = DeferredRunner()
    dialog = GuidanceSlipDialog()
    _shown(qtbot, dialog)
    dialog.issue_with(runner, _raising(ValidationError([FieldError("competent_body", "Vui lòng nhập thông tin này.")])))
    dialog.body_edit.setText("UBND huyện")
    _ok(dialog)
    assert dialog.is_busy()
    assert not dialog.buttons.isEnabled()
    _ok(dialog)  # a second OK while busy is ignored
    assert len(runner.jobs) == 1
    runner.deliver()
    assert dialog.isVisible()
    assert not dialog.is_busy()
    assert dialog.field_message("competent_body") == "Vui lòng nhập thông tin này."

    dialog.issue_with(runner, _raising(KnownError("Quyền xem danh tính đã hết hạn.")))
    _ok(dialog)
    runner.deliver()
    assert dialog.isVisible()
    assert dialog.field_message("competent_body") == ""
    assert dialog.message_label.text() == "Quyền xem danh tính đã hết hạn."

    dialog.issue_with(runner, _raising(RuntimeError("secret detail")))
    _ok(dialog)
    runner.deliver()
    assert dialog.message_label.text() == "The document could not be printed. Details are in the log."


# --- end to end on the real desk ----------------------------------------------------------------------------


@pytest.fixture
def real_desk(data_dir: Path) -> Iterator[Desk]:
    world = set_up_world(data_dir)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world.desk
    world.desk.close()


def _fill_guidance(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, GuidanceSlipDialog)
    dialog.body_edit.setText("UBND huyện Ea Kar")


def _fill_appointment(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, AppointmentSlipDialog)
    dialog.place_edit.setText("Phòng tiếp công dân")
    dialog.meet_edit.setText("Ông Lê Văn B.")


def _fill_acceptance(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, AcceptanceProposalDialog)
    dialog.addressee_edit.setText("Chánh Thanh tra tỉnh")


def _fill_refusal(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, RefusalNoticeDialog)
    dialog.select_ground("k3")


def _fill_transfer(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, RecipientDialog)
    dialog.recipient_edit.setText("Công an huyện Ea Kar")


def _fill_transfer_notice(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, TransferNoticeDialog)
    dialog.recipient_edit.setText("Công an huyện Ea Kar")


def _fill_result_notice(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, ResultNoticeDialog)
    dialog.select_outcome(ResultOutcome.TRANSFERRED)
    dialog.body_edit.setText("Thanh tra huyện Ea Kar")


def _fill_body_letter(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, BodyLetterDialog)
    dialog.body_edit.setText("Ủy ban nhân dân xã Ea Tu")


def _fill_record(dialog: DocumentRequestDialog) -> None:
    assert isinstance(dialog, ReceptionRecordDialog)
    assert dialog.read_back.font().pointSize() == ReceptionRecordDialog.READ_BACK_POINT_SIZE
    assert dialog.read_back.isReadOnly()
    assert dialog.read_back.toPlainText()  # the statement (case content) is shown for the read-back
    dialog.chair_edit.setText("Ông Lê Văn B.")


@pytest.mark.parametrize(
    ("action", "fill", "title"),
    [
        ("guidance_action", _fill_guidance, "Guidance slip"),
        ("appointment_action", _fill_appointment, "Appointment slip"),
        ("acceptance_action", _fill_acceptance, "Acceptance proposal"),
        ("refusal_action", _fill_refusal, "Refusal notice"),
        ("transfer_action", _fill_transfer, "Transfer slip"),
        ("transfer_notice_action", _fill_transfer_notice, "Transfer notice to the reporter"),
        ("result_notice_action", _fill_result_notice, "Result notice to the citizen"),
        ("record_action", _fill_record, "Reception record"),
        ("letter_actions.return_letter", _fill_body_letter, "Return a misdirected petition"),
        ("letter_actions.chase_letter", _fill_body_letter, "Chase the receiving body"),
        ("letter_actions.lower_level_request", _fill_body_letter, "Require the lower level to resolve"),
    ],
)
def test_every_case_document_from_the_detail_dialog(
    qtbot: QtBot, real_desk: Desk, action: str, fill: Callable[[DocumentRequestDialog], None], title: str
) -> None:
    mailed = action in ("transfer_action", "transfer_notice_action")  # a walk-in denunciation is guided
    uid = real_desk.cases.create_case(draft(channel=Channel.POST) if mailed else draft()).uid
    runner = SyncTaskRunner()
    detail = CaseDetailDialog(real_desk.cases.get_case(uid), desk=real_desk, runner=runner)
    _shown(qtbot, detail)
    assert detail.documents_button.isVisible()
    if action.startswith("letter_actions."):
        detail.letter_actions[DocumentKind(action.split(".", 1)[1])].trigger()
    else:
        getattr(detail, action).trigger()
    request = detail.request_dialog
    assert request is not None
    assert request.isVisible()
    assert request.windowTitle() == title
    before = runner.calls  # the transfer and guidance dialogs read the agency directory for type-ahead
    if action != "record_action":  # every field of the reception record is optional
        _ok(request)  # required input missing: refused locally, nothing issued
        assert request.isVisible()
        assert runner.calls == before

    fill(request)
    with qtbot.waitSignal(detail.document_issued, timeout=5000) as blocker:
        _ok(request)
    assert runner.calls == before + 1  # built on the runner, not on the GUI thread
    assert NUMBER_RE.fullmatch(blocker.args[0])
    assert not request.isVisible()
    preview = detail.preview
    assert preview is not None
    assert (
        preview.windowTitle()
        == f"{title.removesuffix(' to the reporter').removesuffix(' to the citizen')} {blocker.args[0]}"
    )
    assert preview.pdf_bytes().startswith(b"%PDF")
    assert preview.page_count() >= 1
    assert preview.save_button.isVisible()  # masked
    texts = " ".join(all_texts(detail))
    assert CANARY_NAME not in texts
    assert CANARY_ID not in texts
    preview.close()


def test_detail_dialog_shortcuts_are_distinct(qtbot: QtBot, real_desk: Desk) -> None:
    detail = CaseDetailDialog(
        real_desk.cases.get_case(real_desk.cases.create_case(draft()).uid), desk=real_desk, runner=SyncTaskRunner()
    )
    _shown(qtbot, detail)
    keys = [action.shortcut().toString() for action in detail.document_actions]
    assert all(keys)
    assert len(set(keys)) == len(keys)
    menu = [action.text() for action in detail.documents_menu.actions() if not action.isSeparator()]
    assert len(menu) == 13  # with the 07-XLĐ guidance (issue 19)


@pytest.mark.calendar
def test_logbook_from_the_main_window(qtbot: QtBot, real_desk: Desk) -> None:
    real_desk.cases.create_case(draft())
    runner = SyncTaskRunner()
    window = MainWindow(real_desk, runner)
    _shown(qtbot, window)
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction)]
    shortcuts = [key for key in shortcuts if key]
    assert len(set(shortcuts)) == len(shortcuts)  # no ambiguous shortcut
    assert window.logbook_action.shortcut().toString() == "Ctrl+Shift+L"
    window.logbook_action.trigger()
    page = window.logbook_page
    assert page is not None
    assert window.stack.currentWidget() is page
    today = real_desk.today()
    assert page.current_filter().date_from == today.replace(day=1)
    assert page.current_filter().date_to == today
    assert page.model.rowCount() == 1  # the case received today, masked
    calls = runner.calls
    with qtbot.waitSignal(window.logbook_ready, timeout=5000) as blocker:
        page.print_button.click()
    assert runner.calls == calls + 1
    assert NUMBER_RE.fullmatch(blocker.args[0])
    preview = window.preview
    assert preview is not None
    assert preview.pdf_bytes().startswith(b"%PDF")
    assert preview.windowTitle() == f"Logbook {blocker.args[0]}"
    preview.close()


def test_guidance_copies_and_the_identity_the_citizen_presents(qtbot: QtBot, real_desk: Desk) -> None:
    """The officer ticks the copies to print and types the name from the ID card the citizen shows: only the
    citizen's copy is printed, named from what was presented (audited as such), never from the sealed record."""
    uid = real_desk.cases.create_case(draft()).uid
    runner = SyncTaskRunner()
    detail = CaseDetailDialog(real_desk.cases.get_case(uid), desk=real_desk, runner=runner)
    _shown(qtbot, detail)
    detail.guidance_action.trigger()
    request = detail.request_dialog
    assert isinstance(request, GuidanceSlipDialog)
    chooser = request.copy_chooser
    assert request.copies() == (RecipientRole.CITIZEN, RecipientRole.BODY, RecipientRole.FILE)
    assert not chooser.boxes[RecipientRole.SUPERIOR].isVisible()
    request.superior_edit.setText("UBND tỉnh Đắk Lắk")
    assert chooser.boxes[RecipientRole.SUPERIOR].isVisible()
    assert RecipientRole.SUPERIOR in request.copies()
    for role in (RecipientRole.SUPERIOR, RecipientRole.BODY, RecipientRole.FILE):
        chooser.boxes[role].setChecked(False)
    _fill_guidance(request)
    request.presented_box.setChecked(True)
    _ok(request)
    assert request.field_message("presented") == "Enter the full name as shown on the ID card."
    request.presented_box.name_edit.setText("Nguyen Van Xuatrinh")
    with qtbot.waitSignal(detail.document_issued, timeout=5000):
        _ok(request)
    preview = detail.preview
    assert preview is not None
    from tests.printing.pdftext import extract

    text = extract(preview.pdf_bytes()).text
    assert "Kính gửi: Ông (bà) Nguyen Van Xuatrinh" in text
    assert CANARY_NAME not in text  # the sealed record was not read
    assert "Bản gửi" not in text  # one copy only: the citizen's
    preview.close()
    real_desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    printed = [e.details for e in real_desk.audit.entries(case_uid=uid, limit=50) if e.action == "document_printed"]
    assert printed[0]["identity_source"] == "presented"
    assert printed[0]["copy_roles"] == ["citizen"]


def test_transfer_slip_is_offered_only_where_the_law_allows_a_transfer(qtbot: QtBot, real_desk: Desk) -> None:
    from reception_app.models.enums import CaseKind

    walk_in = real_desk.cases.create_case(draft())  # a denunciation brought in person: guide, never transfer
    mailed = real_desk.cases.create_case(draft(kind=CaseKind.PETITION, channel=Channel.POST))
    for uid, allowed in ((walk_in.uid, False), (mailed.uid, True)):
        dialog = CaseDetailDialog(real_desk.cases.get_case(uid), desk=real_desk, runner=SyncTaskRunner())
        qtbot.addWidget(dialog)
        assert dialog.transfer_action.isEnabled() is allowed
        assert dialog.transfer_button.isEnabled() is allowed
        assert ("guide" in dialog.transfer_button.toolTip()) is not allowed  # a disabled slip says why
        dialog._set_busy(False)  # after a print finishes, the rule still holds
        assert dialog.transfer_action.isEnabled() is allowed


def test_reception_record_from_the_intake_opens_the_read_back(qtbot: QtBot, real_desk: Desk) -> None:
    uid = real_desk.cases.create_case(draft(documents=())).uid
    window = MainWindow(real_desk, SyncTaskRunner())
    qtbot.addWidget(window)
    window.intake_page.record_requested.emit(uid)
    details = [d for d in window.findChildren(CaseDetailDialog) if d.case_uid == uid]
    assert len(details) == 1
    request = details[0].request_dialog
    assert isinstance(request, ReceptionRecordDialog)
    assert request.read_back.toPlainText() == real_desk.cases.get_case(uid).content
    request.close()
    details[0].close()


def test_the_handling_tab_offers_the_result_notice(qtbot: QtBot, real_desk: Desk) -> None:
    uid = real_desk.cases.create_case(draft()).uid
    detail = CaseDetailDialog(real_desk.cases.get_case(uid), desk=real_desk, runner=SyncTaskRunner())
    _shown(qtbot, detail)
    assert detail.result_notice_button.isEnabled()
    detail.result_notice_button.click()
    assert isinstance(detail.request_dialog, ResultNoticeDialog)
    detail.request_dialog.close()
