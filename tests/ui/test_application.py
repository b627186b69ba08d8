"""run_gui: wizard → login → main window, and the desk is always closed on the DB thread."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reception_app.ui.shell import application
from reception_app.ui.shell.login_dialog import LoginDialog
from reception_app.ui.shell.setup_wizard import SetupWizard
from tests.ui.fakes import FakeDesk


def test_login_cancelled(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = FakeDesk()
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert application.run_gui(desk, ["reception-app"]) == 0
    assert desk.calls == ["logout"]  # desk.close() ran (close is logout)
    assert desk.threads == {"reception-db_0"}


def test_wizard_first_when_not_set_up(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = FakeDesk(set_up=False)
    shown: list[str] = []
    monkeypatch.setattr(SetupWizard, "exec", lambda self: shown.append("wizard") or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(LoginDialog, "exec", lambda self: shown.append("login") or QDialog.DialogCode.Rejected)
    assert application.run_gui(desk, ["reception-app"]) == 0
    assert shown == ["wizard"]


def test_login_then_main_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = FakeDesk()
    windows: list[object] = []

    def fake_login_exec(self: LoginDialog) -> QDialog.DialogCode:
        return QDialog.DialogCode.Rejected if windows else QDialog.DialogCode.Accepted

    def fake_app_exec() -> int:
        from reception_app.ui.shell.app_window import MainWindow

        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        windows.extend(found)
        for w in found:
            w.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", fake_login_exec)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_app_exec))
    assert application.run_gui(desk, ["reception-app"]) == 0
    assert len(windows) == 1
