"""The password strength meter (issue 18) in the setup wizard and the password dialog; a weak password set
before the policy was raised must be changed right after login."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reception_app.ui.admin.admin_dialogs import PasswordDialog
from reception_app.ui.common.password_meter import PasswordMeter
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.setup_wizard import PageId
from tests.factories import SUPERVISOR, DeskWorld, set_up_world
from tests.ui.fakes import FakeDesk
from tests.ui.test_setup_wizard import COMMIT, NEXT, _fill_account, _to_supervisor_page, _wizard

STRONG = "cây-bàng đỏ lá-mùa đông 1987"


def test_the_meter_follows_the_score(qtbot: QtBot) -> None:
    meter = PasswordMeter()
    qtbot.addWidget(meter)
    assert meter.update_for("", username="canbo") is None
    assert meter.bar.value() == 0
    weak = meter.update_for("matkhau123456", username="canbo")
    assert weak is not None
    assert not weak.acceptable
    assert meter.bar.value() == weak.score + 1
    assert "needed" in meter.label.text()
    strong = meter.update_for(STRONG, username="canbo", supervisor=True)
    assert strong is not None
    assert strong.acceptable
    assert meter.bar.value() == 5
    assert meter.label.text() == "Strength: very strong"


def test_the_wizard_refuses_a_weak_supervisor_password_with_a_vietnamese_reason(
    qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner
) -> None:
    wizard = _wizard(qtbot, desk, sync_runner)
    _to_supervisor_page(wizard)
    page = wizard.supervisor_page
    _fill_account(page, "lanhdao", "Lê Lãnh Đạo", "matkhau@2025")
    assert not wizard.button(COMMIT).isEnabled()
    assert page.password_message.isVisible()
    assert "dễ đoán" in page.password_message.text()
    assert page.meter.strength is not None
    assert not page.meter.strength.acceptable
    # the office's names count as dictionary words: "thanhtra daklak" is weak here
    _fill_account(page, "lanhdao", "Lê Lãnh Đạo", "thanhtradaklak2025")
    assert not wizard.button(COMMIT).isEnabled()
    _fill_account(page, "lanhdao", "Lê Lãnh Đạo", STRONG)
    assert wizard.button(COMMIT).isEnabled()
    assert not page.password_message.isVisible()


def test_an_officer_password_may_be_weaker_than_a_supervisors(
    qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner
) -> None:
    wizard = _wizard(qtbot, desk, sync_runner)
    from tests.ui.test_setup_wizard import _fill_agency

    _fill_agency(wizard)
    wizard.next()
    _fill_account(wizard.admin_page, "quantri", "Trần Quản Trị", "banglang1984")
    assert wizard.button(NEXT).isEnabled()
    wizard.next()
    assert wizard.currentId() == PageId.SUPERVISOR
    _fill_account(wizard.supervisor_page, "lanhdao", "Lê Lãnh Đạo", "banglang1984")
    assert not wizard.button(COMMIT).isEnabled()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    yield world
    world.desk.close()


def test_a_weak_password_from_before_is_changed_after_login(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    keys = desk.vault.verify_password(SUPERVISOR.username, SUPERVISOR.password)
    desk.vault.set_user_slot(SUPERVISOR.username, "matkhau123", keys, supervisor=True)  # set before the policy
    session = desk.auth.login(SUPERVISOR.username, "matkhau123")
    assert session.must_change_password
    dialog = PasswordDialog(
        desk, SyncTaskRunner(), username=None, own_username=session.username, supervisor=True, required=True
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert any("no longer meets" in label.text() for label in dialog.findChildren(QLabel))
    assert dialog.current_edit is not None
    dialog.current_edit.setText("matkhau123")
    dialog.password_edit.setText("matkhau1234567")
    dialog.confirm_edit.setText("matkhau1234567")
    assert not dialog.ok_button.isEnabled()
    assert "dễ đoán" in dialog._field_messages["new_password"].text()
    dialog.password_edit.setText(STRONG)
    dialog.confirm_edit.setText(STRONG)
    assert dialog.meter.strength is not None
    assert dialog.meter.strength.acceptable
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.succeeded, timeout=5000):
        dialog.ok_button.click()
    assert desk.session is not None
    assert not desk.session.must_change_password
    desk.auth.logout()
    assert not desk.auth.login(SUPERVISOR.username, STRONG).must_change_password
