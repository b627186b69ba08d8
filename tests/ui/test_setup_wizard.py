"""SetupWizard: page checks, setup on the runner, recovery code shown once and typed back."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.setup_wizard import PageId, SetupWizard
from tests.ui.fakes import RECOVERY_CODE, FakeDesk
from tests.ui.helpers import DeferredRunner, type_vietnamese

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton


def _wizard(qtbot: QtBot, desk: FakeDesk, runner: object) -> SetupWizard:
    wizard = SetupWizard(desk, runner)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _fill_agency(wizard: SetupWizard) -> None:
    page = wizard.agency_page
    type_vietnamese(page.parent_agency_edit, "UBND TỈNH ĐẮK LẮK")
    page.agency_name_edit.setText("THANH TRA TỈNH")
    page.place_name_edit.setText("Đắk Lắk")
    page.doc_symbol_edit.setText("TTr")


def _fill_account(page: object, username: str, full_name: str, password: str, confirm: str | None = None) -> None:
    page.username_edit.setText(username)  # type: ignore[attr-defined]
    page.full_name_edit.setText(full_name)  # type: ignore[attr-defined]
    page.password_edit.setText(password)  # type: ignore[attr-defined]
    page.confirm_edit.setText(password if confirm is None else confirm)  # type: ignore[attr-defined]


def _to_supervisor_page(wizard: SetupWizard) -> None:
    _fill_agency(wizard)
    wizard.next()
    _fill_account(wizard.admin_page, "quantri", "Trần Quản Trị", "admin-password-1")
    wizard.next()
    assert wizard.currentId() == PageId.SUPERVISOR


def test_agency_page_needs_every_field(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    wizard = _wizard(qtbot, desk, sync_runner)
    assert wizard.currentId() == PageId.AGENCY
    assert not wizard.button(NEXT).isEnabled()
    _fill_agency(wizard)
    assert wizard.agency_page.parent_agency_edit.text() == "UBND TỈNH ĐẮK LẮK"
    assert wizard.button(NEXT).isEnabled()
    wizard.agency_page.doc_symbol_edit.setText("  ")
    assert not wizard.button(NEXT).isEnabled()


def test_password_rules_on_the_page(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    wizard = _wizard(qtbot, desk, sync_runner)
    _fill_agency(wizard)
    wizard.next()
    page = wizard.admin_page
    assert wizard.currentId() == PageId.ADMIN

    _fill_account(page, "quantri", "Trần Quản Trị", "short1")
    assert not wizard.button(NEXT).isEnabled()
    assert page.password_message.isVisible()
    assert "12" in page.password_message.text()

    _fill_account(page, "quantri12345", "Trần Quản Trị", "QuanTri12345")  # same as the username
    assert not wizard.button(NEXT).isEnabled()
    assert page.password_message.isVisible()

    _fill_account(page, "quantri", "Trần Quản Trị", "admin-password-1", "admin-password-2")
    assert not wizard.button(NEXT).isEnabled()
    assert not page.password_message.isVisible()
    assert page.confirm_message.isVisible()

    _fill_account(page, "quan tri", "Trần Quản Trị", "admin-password-1")
    assert not wizard.button(NEXT).isEnabled()
    assert page.username_message.isVisible()

    _fill_account(page, "quantri", "", "admin-password-1")
    assert not wizard.button(NEXT).isEnabled()

    _fill_account(page, "quantri", "Trần Quản Trị", "admin-password-1")
    assert wizard.button(NEXT).isEnabled()
    assert not page.confirm_message.isVisible()
    wizard.next()
    assert wizard.currentId() == PageId.SUPERVISOR


def test_supervisor_must_differ_from_admin(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    wizard = _wizard(qtbot, desk, sync_runner)
    _to_supervisor_page(wizard)
    _fill_account(wizard.supervisor_page, "QuanTri", "Lê Lãnh Đạo", "supervisor-password-1")
    assert not wizard.button(COMMIT).isEnabled()
    assert wizard.supervisor_page.username_message.isVisible()
    wizard.supervisor_page.username_edit.setText("lanhdao")
    assert wizard.button(COMMIT).isEnabled()


def test_full_setup_and_recovery_confirmation(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    desk.set_up = False
    wizard = _wizard(qtbot, desk, sync_runner)
    _to_supervisor_page(wizard)
    _fill_account(wizard.supervisor_page, "lanhdao", "Lê Lãnh Đạo", "supervisor-password-1")
    with qtbot.waitSignal(wizard.setup_completed, timeout=1000):
        wizard.next()
    assert wizard.currentId() == PageId.RECOVERY
    assert desk.setup_args is not None
    agency, admin, supervisor = desk.setup_args
    assert agency.parent_agency == "UBND TỈNH ĐẮK LẮK"
    assert agency.doc_symbol == "TTr"
    assert (admin.username, admin.full_name, admin.password) == ("quantri", "Trần Quản Trị", "admin-password-1")
    assert supervisor.username == "lanhdao"
    # passwords do not linger in the widgets
    assert wizard.admin_page.password_edit.text() == ""
    assert wizard.supervisor_page.confirm_edit.text() == ""

    page = wizard.recovery_page
    assert page.code_label.text() == RECOVERY_CODE
    assert page.code_label.font().fixedPitch() or page.code_label.font().styleHint()
    assert "%n" not in page.confirm_label.text()
    assert "4" in page.confirm_label.text()
    assert not wizard.button(FINISH).isEnabled()
    wizard.reject()  # cannot walk away from the code
    assert wizard.isVisible()
    page.confirm_edit.setText("ABCD")
    assert not wizard.button(FINISH).isEnabled()
    page.confirm_edit.setText("4567")
    assert wizard.button(FINISH).isEnabled()
    page.confirm_edit.setText(" 4s67 ".upper().replace("S", "5"))
    assert wizard.button(FINISH).isEnabled()
    wizard.accept()
    assert page.code_label.text() == ""
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_setup_error_stays_on_page(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    wizard = _wizard(qtbot, desk, sync_runner)
    _fill_agency(wizard)
    wizard.next()
    _fill_account(wizard.admin_page, "taken", "Trần Quản Trị", "admin-password-1")
    wizard.next()
    _fill_account(wizard.supervisor_page, "lanhdao", "Lê Lãnh Đạo", "supervisor-password-1")
    with qtbot.assertNotEmitted(wizard.setup_completed):
        wizard.next()
    assert wizard.currentId() == PageId.SUPERVISOR
    assert wizard.supervisor_page.page_message.text() == "Tên đăng nhập đã tồn tại."
    assert wizard.button(COMMIT).isEnabled()
    wizard.reject()  # nothing was created: cancelling is allowed
    assert not wizard.isVisible()


def test_busy_while_setup_runs(qtbot: QtBot, desk: FakeDesk, deferred_runner: DeferredRunner) -> None:
    wizard = _wizard(qtbot, desk, deferred_runner)
    _to_supervisor_page(wizard)
    _fill_account(wizard.supervisor_page, "lanhdao", "Lê Lãnh Đạo", "supervisor-password-1")
    wizard.next()
    assert wizard.is_busy()
    assert not wizard.button(COMMIT).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.supervisor_page.username_edit.isEnabled()
    wizard.next()  # a second commit while busy does nothing
    wizard.reject()
    assert wizard.isVisible()
    assert len(deferred_runner.jobs) == 1
    deferred_runner.deliver()
    assert wizard.currentId() == PageId.RECOVERY


def test_normalize_code() -> None:
    from reception_app.services import normalize_recovery_code

    assert normalize_recovery_code(" ab0d-1x8 ") == "ABODIXB"
