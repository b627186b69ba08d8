"""Screenshots of issue 18's UI: the identity guard on the intake form, the password strength meter in the setup
wizard and in the "change my password" dialog asked for after a login with a weak password.

As a test: renders into ``tmp_path`` and checks the pieces are shown. As a module
(``python -m tests.ui.test_hardening_screenshots``) it writes, in Vietnamese, ``docs/screenshots/``
``intake_identity_guard.png``, ``wizard_password_meter.png`` and ``password_change_required.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from reception_app.models.enums import CaseKind
from reception_app.services import Desk
from reception_app.ui.admin.admin_dialogs import PasswordDialog
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.intake.intake_page import IntakePage
from reception_app.ui.shell.setup_wizard import SetupWizard
from tests.factories import CANARY_NAME, CANARY_PHONE, OFFICER, SUPERVISOR, set_up_world
from tests.ui.fakes import FakeDesk
from tests.ui.helpers import type_vietnamese

NAMES = ("intake_identity_guard.png", "wizard_password_meter.png", "password_change_required.png")


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def _intake(desk: Desk, out: Path) -> IntakePage:
    page = IntakePage(desk, SyncTaskRunner())
    page.resize(1000, 900)
    page.show()
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.DENUNCIATION.value))
    form = page.reporters[0]
    type_vietnamese(form.full_name, CANARY_NAME)
    type_vietnamese(form.phone, CANARY_PHONE)
    type_vietnamese(page.subject, "Tố cáo cán bộ địa chính nhận tiền")
    page.content.setFocus()
    type_vietnamese(
        page.content,  # type: ignore[arg-type]
        f"Ông {CANARY_NAME.upper()}, SĐT {CANARY_PHONE[:4]}.{CANARY_PHONE[4:7]}.{CANARY_PHONE[7:]}, tố cáo ông "
        "Trần Văn K., cán bộ địa chính xã, yêu cầu đưa 20 triệu đồng để ký hồ sơ đất.",
    )
    page.identity_guard.refresh()
    _settle()
    page.scroll_area.ensureWidgetVisible(page.identity_guard.banner, 50, 250)
    _save(page, out / NAMES[0])
    return page


def _wizard(out: Path) -> SetupWizard:
    wizard = SetupWizard(FakeDesk(set_up=False), SyncTaskRunner())  # type: ignore[arg-type]
    agency = wizard.agency_page
    type_vietnamese(agency.parent_agency_edit, "UBND TỈNH ĐẮK LẮK")
    type_vietnamese(agency.agency_name_edit, "THANH TRA TỈNH")
    type_vietnamese(agency.place_name_edit, "Đắk Lắk")
    agency.doc_symbol_edit.setText("TTr")
    wizard.show()
    wizard.next()
    admin = wizard.admin_page
    admin.username_edit.setText("quantri")
    type_vietnamese(admin.full_name_edit, "Trần Quản Trị")
    admin.password_edit.setText("admin-password-1")
    admin.confirm_edit.setText("admin-password-1")
    wizard.next()
    sup = wizard.supervisor_page
    sup.username_edit.setText("lanhdao")
    type_vietnamese(sup.full_name_edit, "Lê Lãnh Đạo")
    sup.password_edit.setText("Thanhtra@2025")
    _save(wizard, out / NAMES[1])
    return wizard


def _password_dialog(desk: Desk, out: Path) -> PasswordDialog:
    session = desk.session
    assert session is not None
    dialog = PasswordDialog(
        desk, SyncTaskRunner(), username=None, own_username=session.username, supervisor=True, required=True
    )
    assert dialog.current_edit is not None
    dialog.show()
    _settle()
    dialog.current_edit.setText("matkhau123")
    dialog.password_edit.setText("banglang1984")
    dialog.confirm_edit.setText("banglang1984")
    _save(dialog, out / NAMES[2])
    return dialog


def render(out: Path, data_dir: Path) -> tuple[list[QWidget], Desk]:
    out.mkdir(parents=True, exist_ok=True)
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    widgets: list[QWidget] = [_intake(desk, out), _wizard(out)]
    keys = desk.vault.verify_password(SUPERVISOR.username, SUPERVISOR.password)
    desk.vault.set_user_slot(SUPERVISOR.username, "matkhau123", keys, supervisor=True)
    desk.auth.login(SUPERVISOR.username, "matkhau123")
    widgets.append(_password_dialog(desk, out))
    return widgets, desk


def test_hardening_screenshots(tmp_path: Path, qapp: QApplication) -> None:
    widgets, desk = render(tmp_path / "shots", tmp_path / "data")
    try:
        page, wizard, dialog = widgets
        assert isinstance(page, IntakePage)
        assert page.identity_guard.banner.isVisible()
        assert len(page.content.extraSelections()) == 2
        assert isinstance(wizard, SetupWizard)
        assert wizard.supervisor_page.meter.isVisible()
        assert wizard.supervisor_page.password_message.isVisible()
        assert isinstance(dialog, PasswordDialog)
        assert dialog.meter.strength is not None
        assert not dialog.meter.strength.acceptable  # score 3: enough for an officer, not for a supervisor
        for name in NAMES:
            assert (tmp_path / "shots" / name).stat().st_size > 5000
    finally:
        for widget in widgets:
            widget.close()
            widget.deleteLater()
        desk.close()


if __name__ == "__main__":
    from reception_app.ui.common.i18n import install_translators

    app = QApplication(sys.argv)
    install_translators(app, os.environ.get("SCREENSHOT_LANGUAGE", "vi"))
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    with tempfile.TemporaryDirectory() as tmp:
        shown, opened = render(target, Path(tmp) / "data")
        for widget in shown:
            widget.close()
        opened.close()
    for name in NAMES:
        print(target / name)
