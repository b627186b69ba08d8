"""Offscreen screenshots of the Administration page on a real desk; also ``python -m tests.ui.test_admin_screenshots``.

The test renders each tab into ``tmp_path`` and checks that nothing important is cut off; run as a module it
writes ``docs/screenshots/admin-{users,agency,audit}.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from reception_app.services import Desk
from reception_app.ui.admin.admin_page import AdminPage
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, set_up_world

NAMES = ("admin-users.png", "admin-agency.png", "admin-audit.png")


def _prepare(data_dir: Path) -> Desk:
    """A desk with two cases, a reveal and a settings change, logged in as the administrator."""
    desk = set_up_world(data_dir).desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    desk.cases.create_case(draft(subject="Kiến nghị sửa đường liên thôn"))
    desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "Xác minh theo yêu cầu của đoàn thanh tra")
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.settings.update_agency(desk.settings.agency(), signer_title="CHÁNH THANH TRA", signer_name="Hoàng Văn Ký")
    return desk


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def render(out_dir: Path, data_dir: Path) -> tuple[AdminPage, Desk]:
    """Write the three PNGs; returns the page (for the caller's checks) and the desk (the caller closes it)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    desk = _prepare(data_dir)
    page = AdminPage(desk, SyncTaskRunner())
    page.resize(1100, 640)
    page.show()
    page.users_tab.select_username(OFFICER.username)
    _settle()
    for index, name in enumerate(NAMES):
        page.tabs.setCurrentIndex(index)
        if index == 2 and page.audit_tab is not None:
            page.audit_tab.verify_button.click()
        _settle()
        if not page.grab().save(str(out_dir / name)):
            raise OSError(f"could not write {out_dir / name}")
    return page, desk


def _cut_off(widget: QWidget) -> list[str]:
    """Buttons and labels narrower than their text needs (the usual "cut off" in a screenshot)."""
    problems = []
    for child in widget.findChildren(QPushButton) + widget.findChildren(QLabel):
        if child.isVisible() and not (isinstance(child, QLabel) and child.wordWrap()):
            needed = child.minimumSizeHint().width()
            if child.width() < needed:
                problems.append(f"{type(child).__name__} {child.text()!r}: {child.width()} < {needed}")
    return problems


def test_tabs_render_without_cut_off_text(qapp: QApplication, tmp_path: Path) -> None:
    page, desk = render(tmp_path / "shots", tmp_path / "data")
    try:
        for index, name in enumerate(NAMES):
            page.tabs.setCurrentIndex(index)
            _settle()
            assert (tmp_path / "shots" / name).stat().st_size > 10_000
            assert _cut_off(page.tabs.currentWidget()) == []
    finally:
        page.close()
        desk.close()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        page, desk = render(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), Path(tmp))
        page.close()
        desk.close()
    print("written:", ", ".join(NAMES))
