"""Reveal ("Mở khóa danh tính") in the case detail dialog, the privacy screen and the idle lock, on a real Desk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reception_app.models.masking import MASK
from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.identity.reveal_dialog import RevealDialog
from reception_app.ui.shell.app_window import MainWindow
from reception_app.ui.shell.lock_screen import Cover
from tests.factories import (
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    draft,
    set_up_world,
)
from tests.ui.helpers import all_texts

CANARIES = (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, "Zqxwylvh", "Canarystreet")
REASON = "Xác minh đơn theo yêu cầu của Chánh Thanh tra"


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    desk = set_up_world(data_dir).desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    yield desk
    desk.close()


@pytest.fixture
def case_uid(desk: Desk) -> str:
    return desk.cases.create_case(draft()).uid


def _label_texts(widget: CaseDetailDialog | MainWindow) -> str:
    return "\n".join([label.text() for label in widget.findChildren(QLabel)] + all_texts(widget))


def _detail(qtbot: QtBot, desk: Desk, uid: str, runner: SyncTaskRunner) -> CaseDetailDialog:
    dialog = CaseDetailDialog(desk.cases.get_case(uid), desk=desk, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _open_reveal(dialog: CaseDetailDialog) -> RevealDialog:
    dialog.reporter_panel.unlock_button.click()
    reveal = dialog.reporter_panel.reveal_dialog
    assert reveal is not None
    assert reveal.isVisible()
    return reveal


def _fill(reveal: RevealDialog, username: str, password: str, reason: str) -> None:
    reveal.username_edit.setText(username)
    reveal.password_edit.setText(password)
    reveal.reason_edit.setPlainText(reason)


def _audit_outcomes(desk: Desk, uid: str, action: str) -> list[object]:
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    return [e.details.get("outcome") for e in desk.audit.entries(case_uid=uid) if e.action == action]


@pytest.mark.parametrize(
    "creds",
    [
        (SUPERVISOR.username, "wrong-password-1", REASON),
        (OFFICER.username, OFFICER.password, REASON),
        (SUPERVISOR.username, SUPERVISOR.password, ""),
    ],
    ids=["wrong-password", "officer", "no-reason"],
)
def test_reveal_refused_stays_open(qtbot: QtBot, desk: Desk, case_uid: str, creds: tuple[str, str, str]) -> None:
    username, password, reason = creds
    dialog = _detail(qtbot, desk, case_uid, SyncTaskRunner())
    reveal = _open_reveal(dialog)
    _fill(reveal, username, password, reason)
    reveal.unlock_button.click()
    assert reveal.isVisible()
    assert reveal.message_label.isVisible()
    assert reveal.message_label.text()
    assert reveal.password_edit.text() == ("" if reason else password)  # a refused reason keeps the password
    assert not dialog.reporter_panel.is_revealed()
    texts = _label_texts(dialog)
    assert MASK in texts
    assert not any(canary in texts for canary in CANARIES)
    reveal.reject()


def test_correcting_a_refused_reason_keeps_the_password_and_clears_the_error(
    qtbot: QtBot, desk: Desk, case_uid: str
) -> None:
    from tests.ui.helpers import type_vietnamese

    dialog = _detail(qtbot, desk, case_uid, SyncTaskRunner())
    reveal = _open_reveal(dialog)
    _fill(reveal, SUPERVISOR.username, SUPERVISOR.password, "")
    reveal.unlock_button.click()  # refused: no reason
    assert reveal.message_label.isVisible()
    assert reveal.password_edit.text() == SUPERVISOR.password
    reveal.reason_edit.setFocus()
    type_vietnamese(reveal.reason_edit, REASON)  # type: ignore[arg-type]
    assert not reveal.message_label.isVisible()  # the old refusal goes once the reason is corrected
    with qtbot.waitSignal(reveal.revealed):
        reveal.unlock_button.click()
    assert dialog.reporter_panel.is_revealed()
    dialog.close()


def test_reveal_shows_identity_then_expiry_masks_and_audits(qtbot: QtBot, desk: Desk, case_uid: str) -> None:
    runner = SyncTaskRunner()
    dialog = _detail(qtbot, desk, case_uid, runner)
    assert not any(canary in _label_texts(dialog) for canary in CANARIES)
    reveal = _open_reveal(dialog)
    _fill(reveal, SUPERVISOR.username, SUPERVISOR.password, REASON)
    with qtbot.waitSignal(reveal.revealed):
        reveal.unlock_button.click()
    panel = dialog.reporter_panel
    assert panel.is_revealed()
    texts = _label_texts(dialog)
    assert CANARY_NAME in texts
    assert CANARY_ID in texts
    assert panel.countdown_label.isVisible()
    assert "4:5" in panel.countdown_label.text()  # "Identity visible for 4:59"
    assert panel.unlock_button.isEnabled() is False

    panel.expire()  # what the 1-second countdown timer does once the grant runs out
    assert not panel.is_revealed()
    texts = _label_texts(dialog)
    assert not any(canary in texts for canary in CANARIES)
    assert MASK in texts
    assert not panel.countdown_label.isVisible()
    dialog.close()
    assert _audit_outcomes(desk, case_uid, "reveal_expired") == ["expired"]


def test_closing_the_dialog_ends_the_reveal(qtbot: QtBot, desk: Desk, case_uid: str) -> None:
    dialog = _detail(qtbot, desk, case_uid, SyncTaskRunner())
    reveal = _open_reveal(dialog)
    _fill(reveal, SUPERVISOR.username, SUPERVISOR.password, REASON)
    reveal.unlock_button.click()
    assert dialog.reporter_panel.is_revealed()
    dialog.close()
    assert not dialog.reporter_panel.is_revealed()
    assert not any(canary in _label_texts(dialog) for canary in CANARIES)
    assert _audit_outcomes(desk, case_uid, "reveal_expired") == ["closed"]


def _window_with_revealed_detail(
    qtbot: QtBot, desk: Desk, uid: str, idle_minutes: float = 5
) -> tuple[MainWindow, CaseDetailDialog]:
    runner = SyncTaskRunner()
    window = MainWindow(desk, runner, idle_minutes=idle_minutes)
    qtbot.addWidget(window)
    window.show()
    window._on_case_loaded(desk.cases.get_case(uid))
    detail = window.findChild(CaseDetailDialog)
    assert detail is not None
    reveal = _open_reveal(detail)
    _fill(reveal, SUPERVISOR.username, SUPERVISOR.password, REASON)
    reveal.unlock_button.click()
    assert CANARY_NAME in _label_texts(detail)
    return window, detail


def _every_window_text() -> str:
    texts: list[str] = []
    for widget in QApplication.topLevelWidgets():
        texts += [label.text() for label in widget.findChildren(QLabel)] + all_texts(widget)
    return "\n".join(texts)


def _covered(widget: QWidget) -> bool:
    return any(cover.isVisible() and cover.geometry() == widget.rect() for cover in widget.findChildren(Cover))


def test_f12_in_the_case_window_covers_everything_and_masks_at_once(qtbot: QtBot, desk: Desk, case_uid: str) -> None:
    window, detail = _window_with_revealed_detail(qtbot, desk, case_uid)
    lock = window.lock
    assert detail.isModal()  # the case window blocks the main window: its shortcuts do not fire
    button = next(b for b in detail.findChildren(QPushButton) if b.isEnabled() and b.isVisible())
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_F12)
    assert lock.privacy_cover.isVisible()
    assert QApplication.activeModalWidget() is lock.privacy_cover  # on top of the case window
    assert not detail.reporter_panel.is_revealed()
    assert not any(canary in _every_window_text() for canary in CANARIES)
    assert _covered(detail)
    assert _covered(window)
    qtbot.keyClick(lock.privacy_cover, Qt.Key.Key_Escape)
    assert not lock.privacy_cover.isVisible()
    assert not _covered(detail)
    assert not _covered(window)
    assert detail.isVisible()
    assert detail.focusWidget() is button  # back where the officer was
    qtbot.keyClick(detail, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L as well
    assert lock.privacy_cover.isVisible()
    qtbot.keyClick(lock.privacy_cover, Qt.Key.Key_F12)  # F12 returns too
    assert not lock.privacy_cover.isVisible()
    detail.close()
    window.lock.idle_timer.stop()
    assert "privacy" in _audit_outcomes(desk, case_uid, "reveal_expired")


def test_privacy_key_is_in_the_session_menu(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(desk, SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    keys = {seq.toString() for seq in window.privacy_action.shortcuts()}
    assert keys == {"F12", "Ctrl+L"}
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    assert any(window.privacy_action in menu.actions() for menu in menus)
    window.privacy_action.trigger()
    assert window.lock.privacy_cover.isVisible()
    window.privacy_action.trigger()
    assert not window.lock.privacy_cover.isVisible()
    window.lock.idle_timer.stop()


def test_idle_lock_with_a_revealed_case_window_open_and_unlock_by_keyboard(
    qtbot: QtBot, desk: Desk, case_uid: str
) -> None:
    window, detail = _window_with_revealed_detail(qtbot, desk, case_uid, idle_minutes=0.002)  # 120 ms
    lock = window.lock
    with qtbot.waitSignal(lock.locked, timeout=5_000):
        pass
    screen = lock.lock_screen
    assert screen.isVisible()
    assert QApplication.activeModalWidget() is screen  # above the modal case window: it gets the keyboard
    assert not detail.reporter_panel.is_revealed()  # the reveal ended at the lock
    assert not any(canary in _every_window_text() for canary in CANARIES)
    assert _covered(detail)
    assert _covered(window)
    assert OFFICER.full_name in screen.user_label.text()

    qtbot.keyClicks(screen.password_edit, "wrong-password-1")
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert screen.isVisible()
    assert screen.message_label.isVisible()
    assert screen.message_label.text()
    assert screen.password_edit.text() == ""

    # a case window opened behind the lock (a slow load finishing) is covered; the lock stays on top
    window._on_case_loaded(desk.cases.get_case(case_uid))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is screen)
    second = [d for d in window.findChildren(CaseDetailDialog) if d is not detail][0]
    assert _covered(second)

    assert screen.focusWidget() is screen.password_edit
    qtbot.keyClicks(screen.password_edit, OFFICER.password)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert not screen.isVisible()
    assert not _covered(detail)
    assert not _covered(window)
    assert desk.session is not None
    assert desk.session.username == OFFICER.username
    lock.idle_timer.stop()
    second.close()
    detail.close()
    outcomes = _audit_outcomes(desk, case_uid, "reveal_expired")
    assert "locked" in outcomes


def test_switch_user_logs_out(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(desk, SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.lock.lock()
    assert window.lock.is_locked()
    with qtbot.waitSignal(window.logged_out):
        window.lock.lock_screen.switch_button.click()
    assert desk.session is None
