"""Issue 17: in Vietnamese mode no English text is left on any window or dialog (Qt's file dialog included),
and every window's Alt+letter mnemonics are unique."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reception_app.models.handling import HandlingAction
from reception_app.resources import resource_path
from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common import i18n
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.app_window import MainWindow, NavPage
from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, set_up_world
from tests.ui.keyboard_audit import clashes

CATALOGUES = (resource_path("i18n", "reception_app_vi.ts"), resource_path("i18n", "qt_extra_vi.ts"))
ALLOWED = {"PDF", "XLSX", "Email", "Tab", "Enter", "Esc", "OK"} - {"OK"}  # words Vietnamese offices use as is


def _english_sources() -> set[str]:
    """Every English source text whose Vietnamese differs, without mnemonics or a trailing colon."""
    out: set[str] = set()
    for path in CATALOGUES:
        for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - our own .ts files
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            if source and text and text != source and "%" not in source:
                out.add(_plain(html.unescape(source)))
    return {s for s in out if s and s not in ALLOWED}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def _visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window):
            continue
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            texts.append(menu_action.text())
            menu = menu_action.menu()
            texts += [a.text() for a in menu.actions()] if menu is not None else []
    return [t for t in texts if t]


def _english_left(window: QWidget, english: set[str]) -> list[str]:
    return sorted({t for t in _visible_texts(window) if _plain(t) in english})


@pytest.fixture
def vietnamese() -> Iterator[list[QTranslator]]:
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "vi")
    assert len(installed) == 2, "build the .qm files first (make pytest does)"
    yield installed
    i18n.remove_translators(app, installed)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Desk]:
    desk = set_up_world(tmp_path / "data").desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.cases.create_case(draft())
    desk.auth.logout()
    yield desk
    desk.close()


def _windows_of(qtbot: QtBot, desk: Desk) -> Iterator[tuple[str, QWidget]]:
    """Every page, tab and dialog the logged-in user can reach, shown in turn."""
    window = MainWindow(desk, SyncTaskRunner(), idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for page in NavPage:
        item = window.nav_model.item(int(page))
        if item is None or not item.isEnabled():
            continue
        window.show_page(page)
        yield f"page {page.name}", window
        tabs = window.stack.currentWidget().findChildren(QTabWidget)
        for tab_widget in tabs[:1]:
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
                yield f"page {page.name} tab {i}", window
    window.show_shortcuts()
    assert window.shortcut_sheet is not None
    yield "shortcut sheet", window.shortcut_sheet
    window.shortcut_sheet.close()
    uid = desk.cases.list_cases().rows[0].uid
    window._on_case_loaded(desk.cases.get_case(uid))
    detail = window.findChild(CaseDetailDialog)
    assert detail is not None
    tabs = [detail.tabs] if detail.tabs is not None else []
    yield "case window", detail
    for tab_widget in tabs:
        for i in range(tab_widget.count()):
            tab_widget.setCurrentIndex(i)
            yield f"case window tab {i}", detail
    actions = (
        detail.transfer_action,
        detail.guidance_action,
        detail.appointment_action,
        detail.acceptance_action,
        detail.transfer_notice_action,
        detail.record_action,
        detail.result_notice_action,
        *detail.letter_actions.values(),
    )
    for action in [a for a in actions if a.isEnabled()]:  # a walk-in denunciation is guided, not transferred
        action.trigger()
        request = detail.request_dialog
        assert request is not None
        yield f"document dialog {action.text()}", request
        request.reject()
    panel = detail.handling_panel
    if panel is not None:
        for move in (HandlingAction.TRANSFER, HandlingAction.ACCEPT, HandlingAction.CHASE):
            dialog = panel.open_action(move)
            if dialog is not None:
                yield f"handling dialog {move.value}", dialog
                dialog.reject()
        visit = panel.open_visit_dialog()
        if visit is not None:
            yield "visit dialog", visit
            visit.reject()
    detail.reporter_panel.unlock_button.click()
    reveal = detail.reporter_panel.reveal_dialog
    if reveal is not None:
        yield "reveal dialog", reveal
        reveal.reject()
    detail.close()
    yield from _other_dialogs(desk, window)
    window.close()


def _other_dialogs(desk: Desk, window: QWidget) -> Iterator[tuple[str, QWidget]]:
    from reception_app.ui.admin.admin_dialogs import GrantSupervisorDialog, NewOfficerDialog, PasswordDialog
    from reception_app.ui.admin.backup_dialogs import RestoreDialog
    from reception_app.ui.shell.login_dialog import LoginDialog

    runner = SyncTaskRunner()
    dialogs: list[tuple[str, QDialog]] = [
        ("login", LoginDialog(desk, runner, window)),
        ("restore", RestoreDialog(desk, runner, window)),
        ("new officer", NewOfficerDialog(desk, runner, window)),
        ("own password", PasswordDialog(desk, runner, username=None, parent=window)),
        ("reset password", PasswordDialog(desk, runner, username="canbo", needs_approval=True, parent=window)),
        ("grant supervisor", GrantSupervisorDialog(desk, runner, "canbo", parent=window)),
    ]
    dialogs += _more_dialogs(desk, runner, window)
    for name, dialog in dialogs:
        dialog.show()
        yield f"{name} dialog", dialog
        dialog.reject()
    yield from _wizard_pages(desk, runner, window)


def _more_dialogs(desk: Desk, runner: SyncTaskRunner, window: QWidget) -> list[tuple[str, QDialog]]:
    """The dialogs reached from the ID scan, protection, rotation, documents and the agency directory."""
    from reception_app.ui.admin.agency_directory_tab import AgencyDialog
    from reception_app.ui.documents.document_dialogs import (
        AcceptanceProposalDialog,
        RefusalNoticeDialog,
        TransferNoticeDialog,
    )
    from reception_app.ui.protection.request_dialogs import ProtectionRequestDialog
    from reception_app.ui.scan.id_scan_dupes import DuplicateCheckDialog
    from reception_app.ui.scan.id_scan_serial import SerialPortDialog
    from reception_app.ui.shell.rotation_dialog import RotationDialog

    uid = desk.cases.list_cases().rows[0].uid
    return [
        ("acceptance proposal", AcceptanceProposalDialog(window)),
        ("refusal notice", RefusalNoticeDialog(window, grounds={"k3": "Đã được giải quyết"})),
        ("transfer notice", TransferNoticeDialog(window)),
        ("ID duplicate check", DuplicateCheckDialog(desk, runner, "079188765432", window)),
        ("scanner port", SerialPortDialog("", window)),
        ("protection request", ProtectionRequestDialog(desk, runner, uid, window)),
        ("identity key rotation", RotationDialog(desk, runner, window)),
        ("agency", AgencyDialog(desk.agencies, runner, window)),
    ]


def _wizard_pages(desk: Desk, runner: SyncTaskRunner, window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """Each page of the first-start wizard, shown as its start page."""
    from reception_app.ui.shell.setup_wizard import SetupWizard

    for page_id in SetupWizard(desk, runner, window).pageIds():
        wizard = SetupWizard(desk, runner, window)
        wizard.setStartId(page_id)
        wizard.show()
        yield f"setup wizard page {page_id}", wizard
        wizard.reject()


@pytest.mark.parametrize("account", [OFFICER, SUPERVISOR, ADMIN], ids=["officer", "supervisor", "admin"])
def test_every_window_is_vietnamese_with_unique_mnemonics(
    qtbot: QtBot, vietnamese: list[QTranslator], world: Desk, account: object
) -> None:
    english = _english_sources()
    assert "Save" in english  # the catalogue was read
    world.auth.login(account.username, account.password)  # type: ignore[attr-defined]
    problems: list[str] = []
    visited: list[str] = []
    for name, widget in _windows_of(qtbot, world):
        visited.append(name)
        left = _english_left(widget, english)
        if left:
            problems.append(f"{name}: English {left}")
        clash = clashes(widget)
        if clash:
            problems.append(f"{name}: Alt+ clash {clash}")
    assert not problems, "\n".join(problems)
    for expected in (
        "page INTAKE",
        "case window",
        "reveal dialog",
        "login dialog",
        "grant supervisor dialog",
        "protection request dialog",
        "setup wizard page 0",
    ):
        assert expected in visited, visited
    assert len(visited) >= 25, len(visited)


def test_qt_file_dialog_is_vietnamese(qtbot: QtBot, vietnamese: list[QTranslator], tmp_path: Path) -> None:
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _visible_texts(dialog)
    assert "Tìm tr&ong:" in texts
    assert "Loại tệ&p:" in texts
    assert "&Lưu" in texts
    assert "Tên" in texts  # the Name column
    left = _english_left(dialog, _english_sources())
    assert not left, left
    assert not clashes(dialog), clashes(dialog)
    dialog.reject()


def test_no_ok_button_in_vietnamese(qtbot: QtBot, vietnamese: list[QTranslator]) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    assert ok.text() == "Đồng ý"


def test_save_as_pdf_suggests_the_document_title(
    qtbot: QtBot, vietnamese: list[QTranslator], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from reportlab.pdfgen.canvas import Canvas

    from reception_app.ui.common import print_preview
    from reception_app.ui.common.formatting import file_name

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "receipt")
    canvas.showPage()
    canvas.save()

    asked: list[str] = []

    def fake_save(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName", fake_save)
    dialog = print_preview.PrintPreviewDialog(buffer.getvalue(), "Giấy biên nhận 2026-00301")
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert Path(asked[0]).name == "Giấy biên nhận 2026-00301.pdf"
    assert file_name("Phiếu chuyển đơn 05/PC-TTr", ".pdf") == "Phiếu chuyển đơn 05-PC-TTr.pdf"
    assert isinstance(dialog, QDialog)


def test_audit_log_reads_as_vietnamese_sentences(qtbot: QtBot, vietnamese: list[QTranslator], world: Desk) -> None:
    from reception_app.ui.admin.admin_audit_model import Column as AuditColumn
    from reception_app.ui.admin.admin_page import AdminPage

    world.auth.login(OFFICER.username, OFFICER.password)
    case = world.cases.list_cases().rows[0]
    grant = world.identity.reveal(case.uid, SUPERVISOR.username, SUPERVISOR.password, "Xác minh theo yêu cầu")
    world.identity.end_reveal(grant.token, "privacy")
    world.auth.logout()
    world.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    page = AdminPage(world, SyncTaskRunner())
    qtbot.addWidget(page)
    page.show()
    audit = page.audit_tab
    assert audit is not None
    page.tabs.setCurrentWidget(audit)
    model = audit.model
    rows = [[model.index(r, c).data() or "" for c in AuditColumn] for r in range(model.rowCount())]
    by_action = {
        model.index(r, AuditColumn.ACTION).data(Qt.ItemDataRole.ToolTipRole): rows[r] for r in range(len(rows))
    }
    assert "reveal_granted" in by_action, list(by_action)
    granted = by_action["reveal_granted"]
    assert granted[AuditColumn.ACTOR] == OFFICER.full_name
    assert granted[AuditColumn.ACTION] == f"Mở khóa danh tính hồ sơ {case.number} — lý do: Xác minh theo yêu cầu"
    assert (
        by_action["reveal_expired"][AuditColumn.ACTION]
        == f"Che lại danh tính hồ sơ {case.number} — kết quả: che màn hình"
    )
    text = " ".join(" ".join(row) for row in rows)
    for code in ("reveal_granted", "outcome=", "shows_identity", "decision=", "case_created", "=False"):
        assert code not in text


def test_qt_print_dialog_is_vietnamese(qtbot: QtBot, vietnamese: list[QTranslator]) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _visible_texts(dialog)
    assert "Máy in" in texts
    assert "&In" in texts
    left = _english_left(dialog, _english_sources())
    assert not left, left
    assert not clashes(dialog), clashes(dialog)
    dialog.reject()
