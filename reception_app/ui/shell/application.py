"""GUI entry point: QApplication, the DB-thread runner, then setup wizard → login → main window."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from reception_app.ui.common.i18n import chosen_language, install_translators, remove_translators
from reception_app.ui.common.tasks import TaskRunner
from reception_app.ui.shell import crash
from reception_app.ui.shell.login_dialog import LoginDialog
from reception_app.ui.shell.single_instance import ActivationServer, ask_running_instance_to_activate

if TYPE_CHECKING:
    from reception_app.services import Desk

log = logging.getLogger(__name__)


def _bring_visible_windows_forward() -> None:
    """A second start asked for the window: un-minimise and raise whatever is showing (login or main)."""
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QWidget) and window.isVisible():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.raise_()
            window.activateWindow()


def notify_running_instance(name: str, message: str, argv: Sequence[str]) -> int:
    """Second start: ask the first instance to raise its window; if it does not answer, say so."""
    app = QApplication.instance() or QApplication(list(argv))
    if ask_running_instance_to_activate(name):
        return 0
    QMessageBox.information(None, "reception_app", message)
    del app
    return 3


def run_gui(desk: Desk, argv: Sequence[str], instance: str | None = None) -> int:
    """Run the desktop app on ``desk`` until the user quits; returns the process exit code.

    Logging out from the main window shows the login dialog again. The desk is closed on the DB thread
    before the runner stops, whatever happens.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    QCoreApplication.setApplicationName("reception_app")
    translators = install_translators(app, chosen_language(desk.data_dir))  # before any widget is created
    app.setQuitOnLastWindowClosed(True)
    crash.install()
    runner = TaskRunner()
    server = ActivationServer(instance, app) if instance else None
    if server is not None:
        server.activation_requested.connect(_bring_visible_windows_forward)
    try:
        if not desk.is_set_up:
            from reception_app.ui.shell.setup_wizard import SetupWizard  # first run only

            wizard = SetupWizard(desk, runner)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return 0
            wizard.deleteLater()
        while True:
            login = LoginDialog(desk, runner)
            if login.exec() != QDialog.DialogCode.Accepted:
                return 0
            login.deleteLater()
            from reception_app.ui.admin.admin_dialogs import ask_for_new_password

            if not ask_for_new_password(desk, runner):  # a password set before the policy was raised
                runner.run(desk.auth.logout, lambda _result: None)
                continue
            # Imported after the login (≈ 50 ms of page modules), so the login window shows sooner.
            from reception_app.ui.shell.app_window import MainWindow

            window = MainWindow(desk, runner, daily_backup=lambda: desk.backup.prepare_scheduled())
            window.show()
            code = app.exec()
            if not window.was_logged_out:
                return code
            window.deleteLater()
    finally:
        runner.run(desk.close, lambda _result: None)
        runner.shutdown()
        remove_translators(app, translators)
        log.info("gui closed")
