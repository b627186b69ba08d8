"""Screenshots of the screens issue 17 touched, at the common desk size (1366×768) and at 1920×1080.

``python -m tests.ui.screenshots_desk [out_dir]`` (offscreen, Vietnamese, the demo database).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from reception_app.models.handling import HandlingAction
from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.app_window import MainWindow, NavPage

SIZES = (QSize(1366, 768), QSize(1920, 1080))


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _demo(folder: Path, account: int) -> Desk:
    from reception_app.services.demo import DEMO_ACCOUNTS, prepare_demo

    desk = prepare_demo(folder)
    username, password, _ = DEMO_ACCOUNTS[account]
    desk.auth.login(username, password)
    return desk


def _window(desk: Desk, size: QSize) -> MainWindow:
    window = MainWindow(desk, SyncTaskRunner(), idle_minutes=0)
    window.resize(size)
    window.show()
    return window


def _officer_shots(desk: Desk, size: QSize, out: Callable[[str], Path]) -> None:
    window = _window(desk, size)
    window.overdue_action.trigger()
    _save(window, out("overdue_rows"))
    window.cases_page.overdue_chip.setChecked(False)
    window.search_edit.setText("079188765432")  # an ID number: identities are never searched
    window.cases_page._on_search_edit_return_pressed()
    _save(window, out("search_identity_hint"))
    window.search_edit.setText("Nhung")
    window.cases_page.exact_check.setChecked(True)
    window.cases_page._on_search_edit_return_pressed()
    _save(window, out("search_exact_words"))
    window.show_page(NavPage.INTAKE)
    page = window.intake_page
    page.kind.setCurrentIndex(1)
    page.reporters[0].full_name.setText("Trần Thị Hương")
    page.reporters[0].id_number.setText("066179012345")
    page.subject.setText("Tố cáo cán bộ địa chính nhận tiền khi làm sổ đỏ")
    page.content.setPlainText("Bà Hương trình bày: cán bộ địa chính yêu cầu nộp 20 triệu đồng.")
    page.save()
    _save(window, out("intake_after_save"))
    page.print_button.click()
    if window.preview is not None:
        window.preview.resize(900, min(size.height() - 60, 1000))
        _save(window.preview, out("intake_receipt_preview"))
        window.preview.close()
    window.show_page(NavPage.LOGBOOK)
    _save(window, out("logbook_page"))
    _case_window_shots(window, desk, size, out)


def _case_window_shots(window: MainWindow, desk: Desk, size: QSize, out: Callable[[str], Path]) -> None:
    window.show_shortcuts()
    assert window.shortcut_sheet is not None
    _save(window.shortcut_sheet, out("shortcut_sheet"))
    window.shortcut_sheet.close()
    uid = desk.cases.list_cases().rows[0].uid
    window._on_case_loaded(desk.cases.get_case(uid))
    detail = window.findChild(CaseDetailDialog)
    assert detail is not None
    _save(detail, out("case_window_officer_name"))
    detail.transfer_action.trigger()
    if detail.request_dialog is not None:
        _save(detail.request_dialog, out("transfer_slip_dialog"))
        detail.request_dialog.reject()
    if detail.tabs is not None and detail.handling_panel is not None:
        detail.tabs.setCurrentIndex(1)
        dialog = detail.handling_panel.open_action(HandlingAction.TRANSFER)
        if dialog is not None:
            _save(dialog, out("transfer_move_dialog"))
            dialog.reject()
    window.lock.cover()
    window.lock.privacy_cover.resize(size)
    _save(window.lock.privacy_cover, out("privacy_screen"))
    window.lock.uncover()
    window.lock.lock()
    window.lock.lock_screen.resize(size)
    _save(window.lock.lock_screen, out("lock_screen_over_case_window"))
    window.lock._on_unlock_done(None)
    detail.close()
    window.close()


def _supervisor_shots(desk: Desk, size: QSize, out: Callable[[str], Path]) -> None:
    window = _window(desk, size)
    window.show_page(NavPage.STATISTICS)
    _save(window, out("statistics_before_compute"))
    window.show_page(NavPage.ADMINISTRATION)
    admin = window.admin_page
    assert admin is not None
    if admin.audit_tab is not None:
        admin.tabs.setCurrentWidget(admin.audit_tab)
        _save(window, out("audit_sentences"))
    admin.tabs.setCurrentWidget(admin.agency_tab)
    _save(window, out("admin_agency_key_warning"))
    window.close()


def _file_dialog_shot(size: QSize, out: Callable[[str], Path]) -> None:
    dialog = QFileDialog(None, "", str(Path.home()), "Tài liệu PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setWindowTitle("Lưu thành PDF")
    dialog.selectFile("Giấy biên nhận 2026-00301.pdf")
    dialog.resize(min(900, size.width() - 100), 520)
    _save(dialog, out("file_dialog_vi"))
    dialog.close()


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reception_app.storage.keyring_secret import FALLBACK_WARNING
    from reception_app.ui.common.i18n import install_translators

    install_translators(app, os.environ.get("SCREENSHOT_LANGUAGE", "vi"))  # type: ignore[arg-type]
    for size in SIZES:
        suffix = f"{size.width()}x{size.height()}"

        def out(name: str, suffix: str = suffix) -> Path:
            return out_dir / f"i17_{name}_{suffix}.png"

        with tempfile.TemporaryDirectory() as tmp:
            desk = _demo(Path(tmp) / "demo", 2)
            _officer_shots(desk, size, out)
            desk.close()
        with tempfile.TemporaryDirectory() as tmp:
            desk = _demo(Path(tmp) / "demo", 1)
            desk.ctx.store.warning = FALLBACK_WARNING  # type: ignore[attr-defined]  # show the key-file sentence
            _supervisor_shots(desk, size, out)
            desk.close()
        _file_dialog_shot(size, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
