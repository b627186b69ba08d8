"""AdminPage on a real Desk (cheap KDF, real SQLCipher file in tmp_path), synchronous runner."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reception_app.models.enums import Role
from reception_app.services import AgencySettings, WrongCredentials
from reception_app.ui.admin.admin_audit_model import Column as AuditColumn
from reception_app.ui.admin.admin_dialogs import GrantSupervisorDialog, NewOfficerDialog, PasswordDialog
from reception_app.ui.admin.admin_page import AdminPage
from reception_app.ui.admin.admin_users import UserColumn
from reception_app.ui.common import i18n
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import ADMIN, AGENCY, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world
from tests.ui.helpers import type_vietnamese

NEW_NAME = "Phạm Thị Tiếp Dân"


@pytest.fixture
def world(data_dir: Path) -> Iterator[DeskWorld]:
    w = set_up_world(data_dir)
    yield w
    w.desk.close()


def _page(qtbot: QtBot, world: DeskWorld, who: object) -> AdminPage:
    world.desk.auth.login(who.username, who.password)  # type: ignore[attr-defined]
    page = AdminPage(world.desk, SyncTaskRunner())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def _usernames(page: AdminPage) -> list[str]:
    model = page.users_tab.model
    return [model.index(r, UserColumn.USERNAME).data() for r in range(model.rowCount())]


def _row_text(page: AdminPage, username: str, column: UserColumn) -> str:
    model = page.users_tab.model
    row = _usernames(page).index(username)
    return str(model.index(row, column).data())


# --- accounts ------------------------------------------------------------------------------------------


def test_admin_creates_officer_through_the_widgets_and_the_officer_logs_in(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, ADMIN)
    tab = page.users_tab
    assert set(_usernames(page)) == {ADMIN.username, SUPERVISOR.username, OFFICER.username}
    assert tab.new_button.isEnabled()
    tab.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, NewOfficerDialog)
    assert dialog.ok_button.isDefault()

    dialog.username_edit.setText("tiepdan2")
    type_vietnamese(dialog.full_name_edit, NEW_NAME)
    dialog.password_edit.setText("ngan")  # too short: the service's Vietnamese rule shows next to the field
    assert dialog.ok_button.isEnabled() is False
    password_message = dialog._field_messages["password"]
    assert password_message.isVisible()
    assert password_message.text() == "Mật khẩu phải có ít nhất 12 ký tự."
    dialog.password_edit.setText("TiepDan23456")
    dialog.username_edit.setText("tiepdan23456")
    assert password_message.text() == "Mật khẩu không được trùng tên đăng nhập."
    dialog.username_edit.setText("tiep dan")
    assert "Tên đăng nhập" in dialog._field_messages["username"].text()
    dialog.username_edit.setText("tiepdan2")
    dialog.password_edit.setText("tiepdan-password-1")
    dialog.confirm_edit.setText("tiepdan-password-2")
    assert dialog._field_messages["confirm"].isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.confirm_edit.setText("tiepdan-password-1")
    assert not password_message.isVisible()
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(page.users_changed, timeout=1000) as blocker:
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # Enter activates "Create"
    assert blocker.args == ["tiepdan2"]
    assert tab.dialog is None or not tab.dialog.isVisible()
    assert "tiepdan2" in _usernames(page)
    assert _row_text(page, "tiepdan2", UserColumn.FULL_NAME) == NEW_NAME
    assert _row_text(page, "tiepdan2", UserColumn.ROLES) == Role.OFFICER.label
    assert "tiepdan2" in tab.message_label.text()

    world.desk.auth.logout()
    session = world.desk.auth.login("tiepdan2", "tiepdan-password-1")
    assert session.full_name == NEW_NAME
    assert session.roles == frozenset({Role.OFFICER})


def test_duplicate_username_is_refused_next_to_the_field(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, ADMIN)
    page.users_tab.new_button.click()
    dialog = page.users_tab.dialog
    assert isinstance(dialog, NewOfficerDialog)
    dialog.username_edit.setText(OFFICER.username)
    dialog.full_name_edit.setText("Someone Else")
    dialog.password_edit.setText("another-password-1")
    dialog.confirm_edit.setText("another-password-1")
    with qtbot.assertNotEmitted(page.users_changed):
        dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog._field_messages["username"].text() == "Tên đăng nhập đã tồn tại."
    assert dialog.password_edit.text() == ""  # passwords never linger after an attempt


def test_officer_sees_admin_actions_disabled_and_no_audit_tab(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, OFFICER)
    tab = page.users_tab
    assert page.audit_tab is None
    assert page.protection_tab is None  # protection cases are for supervisors only
    assert page.tabs.count() == 4  # accounts, agency, transfer directory and rule sets (read-only)
    assert not page.rulesets_tab.load_button.isEnabled()
    assert not page.directory_tab.is_admin
    for button in (tab.new_button, tab.reset_button, tab.grant_button, tab.deactivate_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Only an administrator can do this."
    assert tab.change_own_button.isEnabled()
    assert not tab.table.isVisible()
    assert tab.model.rowCount() == 0
    assert not tab.message_label.isVisible()  # list_users was not even attempted
    agency = page.agency_tab
    assert agency.parent_agency_edit.text() == AGENCY.parent_agency  # readable...
    assert agency.parent_agency_edit.isReadOnly()  # ...not editable
    assert not agency.save_button.isEnabled()
    assert agency.save_button.toolTip() == "Only an administrator can change these settings."
    assert not agency.idle_spin.isEnabled()


def test_supervisor_sees_accounts_and_audit_but_no_admin_actions(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, SUPERVISOR)
    assert page.audit_tab is not None
    assert page.protection_tab is not None
    assert page.protection_tab.allowed
    assert page.tabs.count() == 6
    assert OFFICER.username in _usernames(page)
    assert not page.users_tab.new_button.isEnabled()
    page.users_tab.select_username(OFFICER.username)
    assert not page.users_tab.reset_button.isEnabled()


def test_grant_supervisor_with_wrong_approver_password_is_refused(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, ADMIN)
    tab = page.users_tab
    assert not tab.grant_button.isEnabled()  # nothing selected
    assert tab.select_username(SUPERVISOR.username)
    assert not tab.grant_button.isEnabled()  # already a supervisor
    assert tab.select_username(OFFICER.username)
    assert tab.grant_button.isEnabled()
    tab.grant_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, GrantSupervisorDialog)
    assert dialog.approver_edit is not None
    assert dialog.approver_password_edit is not None
    dialog.user_password_edit.setText(OFFICER.password)
    dialog.approver_edit.setText(SUPERVISOR.username)
    dialog.approver_password_edit.setText("wrong-password-1")
    with qtbot.assertNotEmitted(page.users_changed):
        dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.page_message.isVisible()
    assert dialog.page_message.text() == WrongCredentials().text()
    assert dialog.approver_password_edit.text() == ""
    assert dialog.user_password_edit.text() == ""
    assert Role.SUPERVISOR.label not in _row_text(page, OFFICER.username, UserColumn.ROLES)
    assert not any(Role.SUPERVISOR in u.roles for u in world.desk.users.list_users() if u.username == OFFICER.username)

    # An admin is not a supervisor: approving with the admin's own account is refused too.
    dialog.user_password_edit.setText(OFFICER.password)
    dialog.approver_edit.setText(ADMIN.username)
    dialog.approver_password_edit.setText(ADMIN.password)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.page_message.text() == "Người phê duyệt không phải lãnh đạo."

    dialog.user_password_edit.setText(OFFICER.password)
    dialog.approver_edit.setText(SUPERVISOR.username)
    dialog.approver_password_edit.setText(SUPERVISOR.password)
    with qtbot.waitSignal(page.users_changed, timeout=1000):
        dialog.ok_button.click()
    assert Role.SUPERVISOR.label in _row_text(page, OFFICER.username, UserColumn.ROLES)
    world.desk.auth.logout()
    assert world.desk.auth.login(OFFICER.username, OFFICER.password).has(Role.SUPERVISOR)


def test_reset_password_and_deactivate_with_confirmation(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, ADMIN)
    tab = page.users_tab
    tab.select_username(ADMIN.username)
    assert not tab.deactivate_button.isEnabled()  # not your own account
    tab.select_username(OFFICER.username)
    tab.reset_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, PasswordDialog)
    assert dialog.approver_edit is None  # an officer's reset needs no supervisor
    dialog.password_edit.setText("reset-password-1")
    dialog.confirm_edit.setText("reset-password-1")
    with qtbot.waitSignal(page.users_changed, timeout=1000):
        dialog.ok_button.click()

    tab.select_username(OFFICER.username)
    tab.deactivate_button.click()
    box = tab.confirm_box
    assert box is not None
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert OFFICER.full_name in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    with qtbot.assertNotEmitted(page.users_changed):
        cancel.click()
    assert _row_text(page, OFFICER.username, UserColumn.ACTIVE) == "Yes"

    tab.select_username(OFFICER.username)
    tab.deactivate_button.click()
    box = tab.confirm_box
    assert box is not None
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    with qtbot.waitSignal(page.users_changed, timeout=1000):
        yes.click()
    assert _row_text(page, OFFICER.username, UserColumn.ACTIVE) == "No (deactivated)"
    world.desk.auth.logout()
    with pytest.raises(WrongCredentials):
        world.desk.auth.login(OFFICER.username, "reset-password-1")


def test_officer_changes_own_password(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, OFFICER)
    page.users_tab.change_own_button.click()
    dialog = page.users_tab.dialog
    assert isinstance(dialog, PasswordDialog)
    assert dialog.current_edit is not None
    dialog.current_edit.setText("not-my-password")
    dialog.password_edit.setText("officer-password-2")
    dialog.confirm_edit.setText("officer-password-2")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.page_message.text() == WrongCredentials().text()
    dialog.current_edit.setText(OFFICER.password)
    dialog.password_edit.setText("officer-password-2")
    dialog.confirm_edit.setText("officer-password-2")
    with qtbot.waitSignal(page.users_changed, timeout=1000):
        dialog.ok_button.click()
    world.desk.auth.logout()
    assert world.desk.auth.login(OFFICER.username, "officer-password-2").username == OFFICER.username


# --- agency settings and language ---------------------------------------------------------------------


def test_agency_settings_round_trip_through_the_widgets_and_audited(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, ADMIN)
    tab = page.agency_tab
    assert tab.agency_name_edit.text() == AGENCY.agency_name
    assert tab.idle_spin.value() == 5
    assert tab.save_button.isEnabled()

    tab.place_name_edit.setText(" ")
    tab.save_button.click()
    assert tab._field_messages["place_name"].text() == "Vui lòng nhập thông tin này."
    assert world.desk.settings.agency() == AGENCY

    type_vietnamese(tab.place_name_edit, "Buôn Ma Thuột")
    tab.doc_symbol_edit.setText("TTr-DL")
    tab.signer_title_edit.setText("CHÁNH THANH TRA")
    type_vietnamese(tab.signer_name_edit, "Hoàng Văn Ký")
    tab.idle_spin.setValue(9)
    with qtbot.waitSignal(page.settings_saved, timeout=1000) as blocker:
        qtbot.keyClick(tab.signer_name_edit, Qt.Key.Key_Return)
    changed = {"agency.place", "agency.symbol", "agency.signer_title", "agency.signer_name", "ui.idle_lock_minutes"}
    assert set(blocker.args[0]) == changed
    assert tab.save_message.text() == "Settings saved."
    expected = AgencySettings(AGENCY.parent_agency, AGENCY.agency_name, "Buôn Ma Thuột", "TTr-DL")
    assert world.desk.settings.agency() == expected
    assert world.desk.settings.agency_signer() == ("CHÁNH THANH TRA", "Hoàng Văn Ký")
    assert world.desk.settings.idle_lock_minutes() == 9

    # A fresh page (next login) reads the stored values back.
    world.desk.auth.logout()
    again = _page(qtbot, world, ADMIN)
    assert again.agency_tab.place_name_edit.text() == "Buôn Ma Thuột"
    assert again.agency_tab.signer_name_edit.text() == "Hoàng Văn Ký"
    assert again.agency_tab.idle_spin.value() == 9

    audit = again.audit_tab
    assert audit is not None
    again.tabs.setCurrentWidget(audit)
    audit.action_edit.setText("settings")
    audit.filter_button.click()
    actions = [audit.model.index(r, AuditColumn.ACTION).data() for r in range(audit.model.rowCount())]
    assert actions == ["Changed the desk settings"] * 2  # newest first: idle lock, then the agency
    details = [audit.model.index(r, AuditColumn.DETAILS).data() for r in range(2)]
    assert details[0] == "fields: ui.idle_lock_minutes; minutes: 9"
    assert "agency.signer_name" in details[1]
    assert "Hoàng" not in details[1]


def test_language_is_written_to_ui_json_and_read_back_by_i18n(
    qtbot: QtBot, world: DeskWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.ENV_LANG, raising=False)
    page = _page(qtbot, world, OFFICER)  # any user may choose the language of this computer
    tab = page.agency_tab
    assert tab.language_combo.currentData() == "vi"
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("en"))
    with qtbot.waitSignal(page.language_saved, timeout=1000) as blocker:
        tab.language_button.click()
    assert blocker.args == ["en"]
    assert "Restart" in tab.language_message.text()
    ui_json = world.data_dir / i18n.UI_FILE
    assert json.loads(ui_json.read_text(encoding="utf-8")) == {"language": "en"}
    assert i18n.saved_language(world.data_dir) == "en"
    assert i18n.chosen_language(world.data_dir) == "en"  # what the next start (before login) uses
    again = _page(qtbot, world, OFFICER)
    assert again.agency_tab.language_combo.currentData() == "en"


# --- audit log -----------------------------------------------------------------------------------------


def _raw(world: DeskWorld) -> sqlcipher3.Connection:
    """A second connection holding the DB key (as in tests/services/test_tamper.py)."""
    keys = world.desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    return conn


def test_verify_chain_ok_then_names_the_broken_link(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world, SUPERVISOR)
    audit = page.audit_tab
    assert audit is not None
    with qtbot.waitSignal(page.audit_verified, timeout=1000) as blocker:
        audit.verify_button.click()
    assert blocker.args == [True]
    count = len(world.desk.audit.entries(limit=1000))
    assert audit.verify_label.text().startswith(f"Chain intact. Entries checked: {count}. ")

    world.desk.auth.logout()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.cases.create_case(draft())
    world.desk.auth.logout()
    conn = _raw(world)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone-else' WHERE action = 'case_created'")
    bad_seq = conn.execute("SELECT seq FROM audit_log WHERE action = 'case_created'").fetchone()[0]
    conn.close()

    page = _page(qtbot, world, SUPERVISOR)
    audit = page.audit_tab
    assert audit is not None
    with qtbot.waitSignal(page.audit_verified, timeout=1000) as blocker:
        audit.verify_button.click()
    assert blocker.args == [False]
    assert audit.verify_label.text().startswith(f"Chain BROKEN. First broken link: entry #{bad_seq} (")
    assert audit.verify_button.isEnabled()


@pytest.mark.calendar
def test_audit_tab_pages_filters_and_hides_reasons_from_admins(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "Lý do bí mật của lãnh đạo")
    desk.auth.logout()

    page = _page(qtbot, world, ADMIN)
    audit = page.audit_tab
    assert audit is not None
    assert audit.model.rowCount() == 0  # nothing loaded until the tab is shown
    page.tabs.setCurrentWidget(audit)
    assert audit.model.rowCount() == len(desk.audit.entries(limit=1000))
    assert audit.model.index(0, AuditColumn.ACTION).data() == "Logged in"  # newest first, in words
    audit.action_edit.setText("reveal_gr")
    qtbot.keyClick(audit.action_edit, Qt.Key.Key_Return)
    assert audit.model.rowCount() == 1
    sentence = audit.model.index(0, AuditColumn.ACTION).data()
    number = desk.cases.get_case(uid).number if desk.session else ""
    assert sentence.startswith(f"Unlocked the identities of case {desk.today().year}-")  # the number, not an id
    assert not number or number in sentence
    assert "reason: (supervisors only)" in sentence
    assert "bí mật" not in sentence + audit.model.index(0, AuditColumn.DETAILS).data()
    assert audit.model.index(0, AuditColumn.ACTOR).data() == OFFICER.full_name  # the person, not the login
    assert audit.status_label.text() == "Entries shown: 1 (end of the log)."
    audit.actor_edit.setText("nobody")
    audit.filter_button.click()
    assert audit.model.rowCount() == 0

    desk.auth.logout()
    page = _page(qtbot, world, SUPERVISOR)
    audit = page.audit_tab
    assert audit is not None
    page.tabs.setCurrentWidget(audit)
    audit.action_edit.setText("reveal_granted")
    audit.filter_button.click()
    assert "reason: Lý do bí mật của lãnh đạo" in audit.model.index(0, AuditColumn.ACTION).data()


def test_with_the_threaded_runner_every_desk_call_runs_on_the_db_thread(qtbot: QtBot, data_dir: Path) -> None:
    from reception_app.ui.common.tasks import TaskRunner

    world = set_up_world(data_dir)  # logged out: the connection is opened on the runner's thread below
    runner = TaskRunner()
    try:
        done: list[object] = []
        runner.run(lambda: world.desk.auth.login(ADMIN.username, ADMIN.password), done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        page = AdminPage(world.desk, runner)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.users_tab.model.rowCount() == 3, timeout=10_000)
        qtbot.waitUntil(page.agency_tab.save_button.isEnabled, timeout=10_000)
        page.users_tab.new_button.click()
        dialog = page.users_tab.dialog
        assert isinstance(dialog, NewOfficerDialog)
        dialog.username_edit.setText("tiepdan3")
        dialog.full_name_edit.setText("Officer Three")
        dialog.password_edit.setText("tiepdan-password-3")
        dialog.confirm_edit.setText("tiepdan-password-3")
        with qtbot.waitSignal(page.users_changed, timeout=10_000):
            dialog.ok_button.click()
            assert dialog.is_busy()  # the GUI thread did not wait for the DB thread
        qtbot.waitUntil(lambda: "tiepdan3" in _usernames(page), timeout=10_000)
        page.tabs.setCurrentIndex(2)
        assert page.audit_tab is not None
        with qtbot.waitSignal(page.audit_verified, timeout=10_000) as blocker:
            page.audit_tab.verify_button.click()
        assert blocker.args == [True]
        qtbot.waitUntil(lambda: not page.audit_tab.model.is_loading(), timeout=10_000)
    finally:
        closed: list[object] = []
        runner.run(world.desk.close, closed.append)
        qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
        runner.shutdown()


# --- rule sets by effective date (issue 19) --------------------------------------------------------------


def test_admin_loads_a_rule_set_file_and_a_bad_one_is_refused(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    from reception_app.models.rulesets import install_admin_sets

    page = _page(qtbot, world, ADMIN)
    tab = page.rulesets_tab
    assert tab.load_button.isEnabled()
    assert "01/07/2026" in tab.list_label.text()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "key": "x"}', encoding="utf-8")
    tab.load(bad)
    assert "thiếu trường" in tab.message.text()
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps(
            {
                "format": 1,
                "key": "vn-2027",
                "name": "Bộ quy tắc 2027",
                "effective_from": "2027-01-01",
                "source": "Thử nghiệm",
                "tag": "M",
            }
        ),
        encoding="utf-8",
    )
    try:
        tab.load(good)
        assert "Bộ quy tắc 2027" in tab.message.text()
        assert "Bộ quy tắc 2027 — " in tab.list_label.text()
        assert "01/01/2027" in tab.list_label.text()
        page.tabs.setCurrentWidget(tab)
        shot = Path("docs/screenshots")
        if shot.is_dir() and os.environ.get("SCREENSHOT_LANGUAGE"):  # docs only on request
            page.grab().save(str(shot / "admin_rule_sets.png"))
    finally:
        install_admin_sets([])
