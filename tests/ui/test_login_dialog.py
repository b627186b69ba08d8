"""LoginDialog: errors stay in the dialog, Enter submits, busy state, recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from reception_app.ui.common.tasks import SyncTaskRunner, TaskRunner
from reception_app.ui.shell.login_dialog import LoginDialog
from tests.ui.fakes import OFFICER, PASSWORDS, RECOVERY_CODE, WRONG_CREDENTIALS, FakeDesk
from tests.ui.helpers import DeferredRunner


def _dialog(qtbot: QtBot, desk: FakeDesk, runner: object) -> LoginDialog:
    dialog = LoginDialog(desk, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_fields(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    dialog = _dialog(qtbot, desk, sync_runner)
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.login_button.isDefault()
    assert not dialog.message_label.isVisible()
    assert "canbo" not in dialog.windowTitle()


def test_wrong_password_shows_error_and_stays_open(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    dialog = _dialog(qtbot, desk, sync_runner)
    qtbot.keyClicks(dialog.username_edit, "canbo")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    with qtbot.assertNotEmitted(dialog.logged_in):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == WRONG_CREDENTIALS
    assert dialog.password_edit.text() == ""
    assert dialog.username_edit.text() == "canbo"
    assert dialog.login_button.isEnabled()


def test_enter_submits_and_success_accepts(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    dialog = _dialog(qtbot, desk, sync_runner)
    qtbot.keyClicks(dialog.username_edit, "canbo")
    qtbot.keyClicks(dialog.password_edit, PASSWORDS["canbo"])
    with qtbot.waitSignal(dialog.logged_in, timeout=1000) as blocker:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert blocker.args == [OFFICER]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session == OFFICER
    assert dialog.password_edit.text() == ""
    assert desk.calls == ["login"]


def test_empty_fields_do_not_call_the_desk(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    dialog = _dialog(qtbot, desk, sync_runner)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert desk.calls == []
    assert dialog.message_label.isVisible()


def test_busy_state_while_login_runs(qtbot: QtBot, desk: FakeDesk, deferred_runner: DeferredRunner) -> None:
    dialog = _dialog(qtbot, desk, deferred_runner)
    dialog.username_edit.setText("canbo")
    dialog.password_edit.setText(PASSWORDS["canbo"])
    dialog.login_button.click()
    assert dialog.is_busy()
    assert not dialog.username_edit.isEnabled()
    assert not dialog.password_edit.isEnabled()
    assert not dialog.login_button.isEnabled()
    dialog.login_button.click()
    dialog.reject()  # Escape while busy is ignored
    assert dialog.isVisible()
    assert len(deferred_runner.jobs) == 1
    with qtbot.waitSignal(dialog.logged_in, timeout=1000):
        deferred_runner.deliver()
    assert not dialog.is_busy()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_recovery_code(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    dialog = _dialog(qtbot, desk, sync_runner)
    qtbot.mouseClick(dialog.mode_button, Qt.MouseButton.LeftButton)
    assert dialog.is_recovery_mode()
    qtbot.keyClicks(dialog.recovery_edit, "wrong-code")
    qtbot.keyClick(dialog.recovery_edit, Qt.Key.Key_Return)
    assert dialog.message_label.text() == WRONG_CREDENTIALS
    assert dialog.isVisible()
    dialog.recovery_edit.setText(RECOVERY_CODE.lower())
    with qtbot.waitSignal(dialog.logged_in, timeout=1000) as blocker:
        qtbot.keyClick(dialog.recovery_edit, Qt.Key.Key_Return)
    assert blocker.args[0].is_recovery
    assert desk.calls == ["login_with_recovery", "login_with_recovery"]
    assert dialog.recovery_edit.text() == ""


def test_switching_back_to_password(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    dialog = _dialog(qtbot, desk, sync_runner)
    dialog.mode_button.click()
    dialog.mode_button.click()
    assert not dialog.is_recovery_mode()


def test_unexpected_error_is_generic(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    def broken(username: str, password: str) -> None:
        raise RuntimeError("sqlite internals " + password)

    desk.login = broken  # type: ignore[assignment,method-assign]
    dialog = _dialog(qtbot, desk, sync_runner)
    dialog.username_edit.setText("canbo")
    dialog.password_edit.setText("secret-password-9")
    dialog.login_button.click()
    assert dialog.message_label.isVisible()
    assert "secret-password-9" not in dialog.message_label.text()
    assert "sqlite" not in dialog.message_label.text()


def test_login_runs_on_db_thread(qtbot: QtBot, desk: FakeDesk, thread_runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, desk, thread_runner)
    dialog.username_edit.setText("canbo")
    dialog.password_edit.setText(PASSWORDS["canbo"])
    with qtbot.waitSignal(dialog.logged_in, timeout=2000):
        dialog.login_button.click()
        assert dialog.is_busy()
    assert desk.threads == {"reception-db_0"}
