"""Reveal ("Mở khóa danh tính") in the case detail dialog, the privacy screen and the idle lock, on a real Desk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reception_app.models.masking import MASK
from reception_app.services import Desk
from reception_app.ui.app_window import MainWindow
from reception_app.ui.case_detail import CaseDetailDialog
from reception_app.ui.reveal_dialog import RevealDialog
from reception_app.ui.tasks import SyncTaskRunner
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
    desk.login(OFFICER.username, OFFICER.password)
    yield desk
    desk.close()


@pytest.fixture
def case_uid(desk: Desk) -> str:
    return desk.create_case(draft()).uid


def _label_texts(widget: CaseDetailDialog | MainWindow) -> str:
    return "\n".join([label.text() for label in widget.findChildren(QLabel)] + all_texts(widget))


def _detail(qtbot: QtBot, desk: Desk, uid: str, runner: SyncTaskRunner) -> CaseDetailDialog:
    dialog = CaseDetailDialog(desk.get_case(uid), desk=desk, runner=runner)
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
    desk.login(SUPERVISOR.username, SUPERVISOR.password)
    return [e.details.get("outcome") for e in desk.audit_entries(case_uid=uid) if e.action == action]


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
    assert reveal.password_edit.text() == ""
    assert not dialog.reporter_panel.is_revealed()
    texts = _label_texts(dialog)
    assert MASK in texts
    assert not any(canary in texts for canary in CANARIES)
    reveal.reject()


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
    window._on_case_loaded(desk.get_case(uid))
    detail = window.findChild(CaseDetailDialog)
    assert detail is not None
    reveal = _open_reveal(detail)
    _fill(reveal, SUPERVISOR.username, SUPERVISOR.password, REASON)
    reveal.unlock_button.click()
    assert CANARY_NAME in _label_texts(detail)
    return window, detail


def test_f12_covers_everything_and_masks_at_once(qtbot: QtBot, desk: Desk, case_uid: str) -> None:
    window, detail = _window_with_revealed_detail(qtbot, desk, case_uid)
    lock = window.lock
    lock.toggle_privacy()  # what F12 / Ctrl+L trigger
    assert lock.privacy_cover.isVisible()
    assert lock.privacy_cover.geometry() == window.rect()
    assert not detail.reporter_panel.is_revealed()
    assert not any(canary in _label_texts(detail) for canary in CANARIES)
    assert any(cover.parentWidget() is detail and cover.isVisible() for cover in lock._dialog_covers)
    qtbot.keyClick(lock.privacy_cover, Qt.Key.Key_Escape)
    assert not lock.privacy_cover.isVisible()
    assert lock._dialog_covers == []
    assert detail.isVisible()
    detail.close()
    window.lock.idle_timer.stop()
    assert "privacy" in _audit_outcomes(desk, case_uid, "reveal_expired")


def test_f12_shortcut_is_application_wide(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(desk, SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    keys = {shortcut.key().toString() for shortcut in window.lock.shortcuts}
    assert keys == {"F12", "Ctrl+L"}
    assert all(s.context() == Qt.ShortcutContext.ApplicationShortcut for s in window.lock.shortcuts)
    window.lock.shortcuts[0].activated.emit()
    assert window.lock.privacy_cover.isVisible()
    window.lock.shortcuts[0].activated.emit()
    assert not window.lock.privacy_cover.isVisible()


def test_idle_lock_masks_and_needs_the_same_password(qtbot: QtBot, desk: Desk, case_uid: str) -> None:
    window, detail = _window_with_revealed_detail(qtbot, desk, case_uid, idle_minutes=0.002)  # 120 ms
    lock = window.lock
    with qtbot.waitSignal(lock.locked, timeout=5_000):
        pass
    screen = lock.lock_screen
    assert screen.isVisible()
    assert not detail.reporter_panel.is_revealed()
    assert not any(canary in _label_texts(detail) for canary in CANARIES)
    assert OFFICER.full_name in screen.user_label.text()

    screen.password_edit.setText("wrong-password-1")
    screen.unlock_button.click()
    assert screen.isVisible()
    assert screen.message_label.isVisible()
    assert screen.message_label.text()
    assert screen.password_edit.text() == ""

    screen.password_edit.setText(OFFICER.password)
    with qtbot.waitSignal(lock.unlocked):
        screen.unlock_button.click()
    assert not screen.isVisible()
    assert desk.session is not None
    assert desk.session.username == OFFICER.username
    lock.idle_timer.stop()
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
