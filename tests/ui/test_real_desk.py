"""The UI on the real Desk (cheap KDF, real SQLCipher file): every call on the one DB thread."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.cases.case_table_model import Column
from reception_app.ui.common.tasks import TaskRunner
from reception_app.ui.shell.app_window import MainWindow
from reception_app.ui.shell.login_dialog import LoginDialog
from reception_app.ui.shell.setup_wizard import PageId, SetupWizard
from tests.factories import (
    ADMIN,
    AGENCY,
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    DeskWorld,
    draft,
    make_desk,
    set_up_world,
)
from tests.ui.helpers import all_texts

TIMEOUT = 10_000
CODE_RE = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4})+")


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _close_on_db_thread(qtbot: QtBot, runner: TaskRunner, desk: Desk) -> None:
    closed: list[object] = []
    runner.run(desk.close, closed.append)
    qtbot.waitUntil(lambda: bool(closed), timeout=TIMEOUT)


def _login(qtbot: QtBot, runner: TaskRunner, desk: Desk, username: str, password: str) -> LoginDialog:
    dialog = LoginDialog(desk, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    with qtbot.waitSignal(dialog.logged_in, timeout=TIMEOUT):
        dialog.login_button.click()
    return dialog


def test_wizard_sets_up_a_real_desk_then_recovery_login(qtbot: QtBot, data_dir: Path, runner: TaskRunner) -> None:
    desk = make_desk(data_dir)
    wizard = SetupWizard(desk, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    agency = wizard.agency_page
    agency.parent_agency_edit.setText(AGENCY.parent_agency)
    agency.agency_name_edit.setText(AGENCY.agency_name)
    agency.place_name_edit.setText(AGENCY.place_name)
    agency.doc_symbol_edit.setText(AGENCY.doc_symbol)
    wizard.next()
    for page, user in ((wizard.admin_page, ADMIN), (wizard.supervisor_page, SUPERVISOR)):
        page.username_edit.setText(user.username)
        page.full_name_edit.setText(user.full_name)
        page.password_edit.setText(user.password)
        page.confirm_edit.setText(user.password)
        assert page.isComplete()
        with qtbot.waitSignal(wizard.currentIdChanged, timeout=TIMEOUT):
            wizard.next()
    assert wizard.currentId() == PageId.RECOVERY
    assert desk.is_set_up
    code = wizard.recovery_page.code_label.text()
    assert CODE_RE.fullmatch(code)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.recovery_page.confirm_edit.setText(code.rsplit("-", 1)[-1].lower())
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()

    dialog = LoginDialog(desk, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mode_button.click()
    dialog.recovery_edit.setText(code)
    with qtbot.waitSignal(dialog.logged_in, timeout=TIMEOUT) as blocker:
        dialog.login_button.click()
    assert blocker.args[0].is_recovery
    _close_on_db_thread(qtbot, runner, desk)


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    return set_up_world(data_dir)  # set up, then logged out: no connection is left open on this thread


def test_login_list_search_and_masked_detail(qtbot: QtBot, world: DeskWorld, runner: TaskRunner) -> None:
    desk = world.desk
    dialog = LoginDialog(desk, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username_edit.setText(OFFICER.username)
    dialog.password_edit.setText("wrong-password-1")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    assert dialog.message_label.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert dialog.isVisible()
    dialog.close()
    _login(qtbot, runner, desk, OFFICER.username, OFFICER.password)

    saved: list[object] = []
    subjects = ("Tố cáo cán bộ địa chính nhận tiền", "Kiến nghị sửa đường liên thôn", "Khiếu nại thu hồi đất")
    for subject in subjects:
        runner.run(lambda subject=subject: desk.cases.create_case(draft(subject=subject)), saved.append)
    qtbot.waitUntil(lambda: len(saved) == len(subjects), timeout=TIMEOUT)

    window = MainWindow(desk, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(subjects), timeout=TIMEOUT)
    assert window.model.index(0, Column.SUBJECT).data() == subjects[-1]  # newest first
    assert OFFICER.full_name in window.user_label.full_text()

    window.search_edit.setText("dia chinh")  # folded search: no diacritics typed
    qtbot.waitUntil(
        lambda: window.model.search_text() == "dia chinh" and not window.model.is_loading(), timeout=TIMEOUT
    )
    assert window.model.rowCount() == 1
    assert window.model.index(0, Column.SUBJECT).data() == subjects[0]

    with qtbot.waitSignal(window.case_opened, timeout=TIMEOUT):
        window.open_case(window.model.index(0, 0))
    detail = window.findChild(CaseDetailDialog)
    assert detail is not None
    joined = "\n".join(all_texts(detail))
    for canary in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, "Zqxwylvh", "Canarystreet"):
        assert canary not in joined
    summary = window.model.summary(0)
    assert summary is not None
    assert summary.reporter_code
    assert summary.reporter_code in joined
    detail.close()

    with qtbot.waitSignal(window.logged_out, timeout=TIMEOUT):
        window.logout_action.trigger()
    assert desk.session is None
