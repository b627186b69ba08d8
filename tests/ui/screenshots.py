"""Offscreen screenshots of the thin UI with the fake desk: ``python -m tests.ui.screenshots [out_dir]``."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common.print_preview import PrintPreviewDialog
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.app_window import MainWindow
from reception_app.ui.shell.login_dialog import LoginDialog
from reception_app.ui.shell.setup_wizard import SetupWizard
from tests.factories import OFFICER as REAL_OFFICER
from tests.factories import draft, set_up_world
from tests.ui.fakes import OFFICER, PASSWORDS, FakeDesk


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _login_shots(out_dir: Path, runner: SyncTaskRunner) -> None:
    login_desk = FakeDesk()
    login = LoginDialog(login_desk, runner)  # type: ignore[arg-type]
    login.username_edit.setText("canbo")
    login.password_edit.setText("wrong-password")
    login.login_button.click()  # shows the Vietnamese error next to the fields
    _save(login, out_dir / "login_dialog.png")
    login.close()


def _wizard_shots(out_dir: Path, runner: SyncTaskRunner) -> None:
    wizard = SetupWizard(FakeDesk(set_up=False), runner)  # type: ignore[arg-type]
    agency = wizard.agency_page
    agency.parent_agency_edit.setText("UBND TỈNH ĐẮK LẮK")
    agency.agency_name_edit.setText("THANH TRA TỈNH")
    agency.place_name_edit.setText("Đắk Lắk")
    _save(wizard, out_dir / "wizard_1_agency.png")
    agency.doc_symbol_edit.setText("TTr")
    wizard.next()
    admin = wizard.admin_page
    admin.username_edit.setText("quantri")
    admin.full_name_edit.setText("Trần Quản Trị")
    admin.password_edit.setText("ngắn")
    admin.confirm_edit.setText("ngắn hơn")
    _save(wizard, out_dir / "wizard_2_admin.png")
    admin.password_edit.setText("admin-password-1")
    admin.confirm_edit.setText("admin-password-1")
    wizard.next()
    sup = wizard.supervisor_page
    sup.username_edit.setText("lanhdao")
    sup.full_name_edit.setText("Lê Thị Lãnh Đạo")
    sup.password_edit.setText("supervisor-password-1")
    sup.confirm_edit.setText("supervisor-password-1")
    _save(wizard, out_dir / "wizard_3_supervisor.png")
    wizard.next()
    _save(wizard, out_dir / "wizard_4_recovery_code.png")
    wizard.recovery_page.confirm_edit.setText("4567")
    wizard.accept()


def _window_shots(out_dir: Path, runner: SyncTaskRunner) -> None:
    warning = "Không dùng được kho khóa của hệ điều hành: khóa thiết bị đang lưu trong tệp device_secret."
    desk = FakeDesk(warning=warning)
    desk.auth.login(OFFICER.username, PASSWORDS[OFFICER.username])
    window = MainWindow(desk, runner)  # type: ignore[arg-type]
    window.resize(1280, 760)
    _save(window, out_dir / "main_window.png")
    window.search_edit.setText("đất")
    window.model.set_search("đất")
    _save(window, out_dir / "main_window_search.png")
    window.model.set_search("")
    window.open_case(window.model.index(2, 0))
    dialog = window.findChild(CaseDetailDialog)
    if dialog is not None:
        _save(dialog, out_dir / "case_detail.png")
    window.close()


def _print_preview_shot(out_dir: Path) -> None:
    """A masked receipt reprint built by the real services (temporary data folder, cheap KDF)."""
    pass  # rewrite_services_api: import removed

    with tempfile.TemporaryDirectory() as tmp:
        desk = set_up_world(Path(tmp)).desk
        desk.auth.login(REAL_OFFICER.username, REAL_OFFICER.password)
        uid = desk.cases.create_case(draft()).uid
        doc = desk.documents.issue_receipt(uid)
        desk.close()
    preview = PrintPreviewDialog(doc.pdf, f"Receipt {doc.number}")
    preview.resize(820, 900)
    preview.show()
    for _ in range(40):  # QPdfView renders pages on a worker thread
        QApplication.processEvents()
        time.sleep(0.025)
    _save(preview, out_dir / "print_preview.png")
    preview.close()


def _reveal_shots(out_dir: Path, runner: SyncTaskRunner) -> None:
    """The reveal dialog, a revealed detail with its countdown, and the lock screen (real desk, temp folder)."""
    from tests.factories import SUPERVISOR

    with tempfile.TemporaryDirectory() as tmp:
        desk = set_up_world(Path(tmp)).desk
        desk.auth.login(REAL_OFFICER.username, REAL_OFFICER.password)
        uid = desk.cases.create_case(draft()).uid
        window = MainWindow(desk, runner)
        window.resize(1280, 760)
        window.show()
        window._on_case_loaded(desk.cases.get_case(uid))
        detail = window.findChild(CaseDetailDialog)
        assert detail is not None
        detail.resize(720, 900)
        detail.reporter_panel.unlock_button.click()
        reveal = detail.reporter_panel.reveal_dialog
        assert reveal is not None
        reveal.username_edit.setText(SUPERVISOR.username)
        reveal.password_edit.setText("wrong-password")
        reveal.reason_edit.setPlainText("Xác minh đơn theo yêu cầu của Chánh Thanh tra")
        reveal.unlock_button.click()  # refused: the message shows next to the fields
        _save(reveal, out_dir / "reveal_dialog.png")
        reveal.password_edit.setText(SUPERVISOR.password)
        reveal.unlock_button.click()
        _save(detail, out_dir / "detail_revealed.png")
        window.lock.lock()
        window.lock.lock_screen.password_edit.setText("wrong-password")
        window.lock.lock_screen.unlock_button.click()
        _save(window.lock.lock_screen, out_dir / "lock_screen.png")
        window.lock.idle_timer.stop()
        detail.close()
        window.close()
        desk.close()


def _intake_shots(out_dir: Path, runner: SyncTaskRunner) -> None:
    """The intake form filled with Vietnamese (real desk, temporary folder), with a field error, then saved."""
    from reception_app.models.enums import CaseKind, Gender
    from tests.ui.helpers import type_vietnamese

    with tempfile.TemporaryDirectory() as tmp:
        desk = set_up_world(Path(tmp)).desk
        desk.auth.login(REAL_OFFICER.username, REAL_OFFICER.password)
        for subject, accused in (  # earlier petitions the related-cases panel will point to
            ("Phản ánh cán bộ địa chính gây khó khăn khi làm sổ đỏ", "Ông Trần Văn Đức"),
            ("Tố cáo nhận tiền khi cấp giấy chứng nhận quyền sử dụng đất", "Bà Lê Thị Mai"),
        ):
            desk.cases.create_case(draft(subject=subject, accused=accused, identity=None))
        window = MainWindow(desk, runner)
        window.resize(1280, 900)
        window.intake_action.trigger()
        window.lock.idle_timer.stop()
        page = window.intake_page
        _save(window, out_dir / "intake_empty.png")
        page.kind.setCurrentIndex(page.kind.findData(CaseKind.DENUNCIATION.value))
        form = page.reporters[0]
        for edit, text in (
            (form.full_name, "Nguyễn Thị Hương"),
            (form.birth_date, "12/07/1979"),
            (form.id_number, "06617901234"),
            (form.phone, "0905 123 456"),
            (form.address, "Thôn 3, đường Nguyễn Tất Thành"),
            (page.accused, "Ông Trần Văn Đức"),
            (page.accused_position, "Cán bộ địa chính xã"),
            (page.subject, "Tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận"),
        ):
            edit.setFocus()
            type_vietnamese(edit, text)
        form.gender.setCurrentIndex(form.gender.findData(Gender.FEMALE.value))
        form.place.province.set_code("66")
        form.check_id()
        page.content.setPlainText(
            "Bà Hương trình bày: ngày 05/3/2026 ông Đức yêu cầu nộp 20 triệu đồng “chi phí” để được cấp giấy "
            "chứng nhận quyền sử dụng đất; bà có ghi âm cuộc nói chuyện và đề nghị xác minh, xử lý."
        )
        page.documents.name_edit.setText("Đơn tố cáo")
        page.documents.pages_spin.setValue(3)
        page.documents.add_from_inputs()
        page.related.flush()  # what the officer sees after a pause in typing
        page.scroll_area.ensureWidgetVisible(page.related.view, 0, 40)
        _save(window, out_dir / "intake_related.png")
        page.save()  # refused: the ID number is one digit short; the message sits under the field
        _save(window, out_dir / "intake_filled_error.png")
        form.id_number.setText("066179012345")
        form.check_id()
        page.save()
        page.scroll_area.verticalScrollBar().setValue(0)
        _save(window, out_dir / "intake_saved.png")
        window.show_page(window.current_page().CASES)
        _save(window, out_dir / "main_window_after_intake.png")
        window.close()
        desk.close()


def _id_scan_shot(out_dir: Path, runner: SyncTaskRunner) -> None:
    """Intake right after a chip ID card's QR was scanned (keyboard-mode scanner): reporter filled, cursor on the
    phone field, the card's pre-2025 address mapped to today's ward (issue 23)."""
    from reception_app.models.enums import CaseKind

    card = (
        "066179012345|241234567|Nguyễn Thị Hương|12071979|Nữ|"
        "Thôn 2, Xã Ea Kao, Thành phố Buôn Ma Thuột, Đắk Lắk|15082021"
    )
    with tempfile.TemporaryDirectory() as tmp:
        desk = set_up_world(Path(tmp)).desk
        desk.auth.login(REAL_OFFICER.username, REAL_OFFICER.password)
        window = MainWindow(desk, runner)
        window.resize(1280, 900)
        window.intake_action.trigger()
        window.lock.idle_timer.stop()
        page = window.intake_page
        page.kind.setCurrentIndex(page.kind.findData(CaseKind.COMPLAINT.value))
        page.id_scan.use_port = lambda _port: None  # type: ignore[method-assign]  # never touch this PC's ports
        window.show()
        page.id_scan.focus_field()
        page.id_scan.apply(card, keyboard=True)
        _save(window, out_dir / "intake_after_id_scan.png")
        window.close()
        desk.close()


def _overdue_shot(out_dir: Path, runner: SyncTaskRunner) -> None:
    """The overdue view on the demo database (a supervisor's morning: what is late, newest first)."""
    from reception_app.services.demo import DEMO_ACCOUNTS, prepare_demo

    with tempfile.TemporaryDirectory() as tmp:
        desk = prepare_demo(Path(tmp) / "demo")
        (_, _, _), (sup_u, sup_p, _), _ = DEMO_ACCOUNTS
        desk.auth.login(sup_u, sup_p)
        window = MainWindow(desk, runner)
        window.resize(1280, 720)
        window.lock.idle_timer.stop()
        window.overdue_action.trigger()
        _save(window, out_dir / "overdue_view.png")
        window.close()
        desk.close()


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reception_app.ui.common.i18n import install_translators

    install_translators(app, os.environ.get("SCREENSHOT_LANGUAGE", "vi"))
    runner = SyncTaskRunner()
    _intake_shots(out_dir, runner)
    _id_scan_shot(out_dir, runner)
    _overdue_shot(out_dir, runner)
    _login_shots(out_dir, runner)
    _wizard_shots(out_dir, runner)
    _window_shots(out_dir, runner)
    _print_preview_shot(out_dir)
    _reveal_shots(out_dir, runner)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
