"""Offscreen screenshots of the handling UI on a real desk; also ``python -m tests.ui.test_case_handling_screenshots``.

The test renders into ``tmp_path`` and checks nothing important is cut off; run as a module it writes
``docs/screenshots/{case_history,handling_refused,agency_directory,protection_overview,protection_decide,return_visit}.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from reception_app.models.enums import Admissibility, CaseKind, Channel, HandlingAction, Jurisdiction, ProtectionStatus
from reception_app.models.handling import Classification
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.services import Desk
from reception_app.ui.admin.agency_directory_tab import AgencyDirectoryTab
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.handling.case_handling_panel import CaseHandlingPanel
from reception_app.ui.protection.protection_dialogs import ProtectionDecisionDialog
from reception_app.ui.protection.protection_views import ProtectionOverview
from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, set_up_world

NAMES = (
    "case_history.png",
    "handling_refused.png",
    "agency_directory.png",
    "protection_overview.png",
    "protection_decide.png",
    "return_visit.png",
)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def _prepare(data_dir: Path) -> tuple[Desk, str, str]:
    """A denunciation classified, transferred, chased and linked; two with protection requests (one decided)."""
    desk = set_up_world(data_dir).desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    h = desk.handling
    uid = desk.cases.create_case(draft(channel=Channel.POST)).uid  # mailed: a walk-in denunciation is guided
    other = desk.cases.create_case(draft(subject="Tố cáo cán bộ địa chính (đơn gửi lần 2)")).uid
    h.classify(
        uid,
        Classification(CaseKind.DENUNCIATION, Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.NOT_OURS),
        reason="Người bị tố cáo là cán bộ cấp xã thuộc tỉnh khác",
    )
    target = next(a for a in desk.agencies.list() if a.name == "Thanh tra thành phố Hà Nội")
    h.transfer(uid, agency_id=target.id, reason="Không thuộc thẩm quyền, chuyển Thanh tra thành phố Hà Nội")
    h.chase(uid, reason="Đôn đốc báo cáo kết quả xử lý đơn đã chuyển", agency_id=target.id)
    h.link_same_content(other, uid, reason="Cùng nội dung, người tố cáo gửi lại")
    protected = desk.cases.create_case(draft(subject="Tố cáo sai phạm trong đấu thầu")).uid
    request = desk.protection.request(
        protected,
        ProtectionDetails((ProtectedPerson("Người Được Bảo Vệ", "nguoi_to_cao"),), "Lo ngại bị trù dập"),  # type: ignore[arg-type]
        measures=("bao_mat_thong_tin", "vi_tri_cong_tac"),
    )
    awaiting = desk.cases.create_case(draft(subject="Tố cáo vi phạm trong quản lý đất đai")).uid
    desk.protection.request(
        awaiting,
        ProtectionDetails((ProtectedPerson("Người Đề Nghị", "nguoi_to_cao"),), "Bị đe dọa sau khi tố cáo"),  # type: ignore[arg-type]
        measures=("bao_mat_thong_tin", "tinh_mang_suc_khoe"),
    )
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    desk.protection.decide(
        request,
        status=ProtectionStatus.ACTIVE,
        decision_number="12/QĐ-TTr",
        measures=(("vi_tri_cong_tac", desk.cases.get_case(protected).received_at.date()),),
    )
    desk.auth.login(OFFICER.username, OFFICER.password)
    return desk, uid, other


def _visit_shot(panel: CaseHandlingPanel, path: Path) -> QWidget:
    """The officer's panel: a citizen comes back about the case."""
    visit = panel.open_visit_dialog()
    assert visit is not None
    visit.people_spin.setValue(3)
    visit.note_edit.setPlainText("Công dân đến hỏi kết quả xử lý, bổ sung bản sao quyết định")
    visit.resize(visit.sizeHint())
    _save(visit, path)
    return visit


def render(out_dir: Path, data_dir: Path) -> tuple[list[QWidget], Desk]:
    out_dir.mkdir(parents=True, exist_ok=True)
    desk, uid, other = _prepare(data_dir)
    runner = SyncTaskRunner()
    panel = CaseHandlingPanel(desk, runner, uid)
    frame = QScrollArea()  # as in the case detail dialog's "Handling" tab
    frame.setWidgetResizable(True)
    frame.setWidget(panel)
    frame.resize(1000, 600)
    frame.show()
    _settle()
    panel.history_view.selectRow(1)
    _settle()
    frame.resize(1000, panel.layout().totalHeightForWidth(panel.width()) + 2 * frame.frameWidth())
    _settle()
    _save(frame, out_dir / NAMES[0])
    second = CaseHandlingPanel(desk, runner, other)
    second.show()
    _settle()
    dialog = second.open_action(HandlingAction.TRANSFER)
    assert dialog is not None
    dialog.agency_picker.set_code(str(next(a.id for a in desk.agencies.list() if "Cao Bằng" in a.name)))  # type: ignore[union-attr]
    dialog.reason_edit.setPlainText("Chuyển đơn lần hai")
    # the button was off (the law's reason beside it); the dialog opened anyway shows the service's refusal
    dialog.submit()
    dialog.resize(640, dialog.sizeHint().height())
    _save(dialog, out_dir / NAMES[1])
    desk.auth.login(ADMIN.username, ADMIN.password)
    tab = AgencyDirectoryTab(desk, runner)
    tab.resize(1000, 760)
    tab.show()
    tab.select_agency("Thanh tra thành phố Hà Nội")
    _save(tab, out_dir / NAMES[2])
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    overview = ProtectionOverview(desk, runner)
    overview.resize(1000, 640)
    overview.show()
    overview.open_view.selectRow(1)  # the decided one: its measures below
    _save(overview, out_dir / NAMES[3])
    overview.open_view.selectRow(0)  # the newest: awaiting a decision
    overview.decide_button.click()
    decide = overview.dialog
    assert isinstance(decide, ProtectionDecisionDialog)
    decide.number_edit.setText("15/QĐ-TTr")
    decide.measure_rows["tinh_mang_suc_khoe"].due.setText("30/06/2026")
    decide.measure_rows["vi_tri_cong_tac"].check.setChecked(True)
    decide.measure_rows["vi_tri_cong_tac"].due.setText("15/07/2026")
    decide.resize(decide.sizeHint())
    _save(decide, out_dir / NAMES[4])
    visit = _visit_shot(second, out_dir / NAMES[5])
    return [frame, dialog, tab, overview, decide, visit], desk


def _clipped_labels(widget: QWidget) -> list[str]:
    """Visible non-wrapping labels narrower than their text."""
    out = []
    for label in widget.findChildren(QLabel):
        visible = label.isVisible() and label.text() and not label.wordWrap()
        if visible and label.width() < label.sizeHint().width() - 2:
            out.append(label.text())
    return out


def test_screenshots_render_without_clipping(qapp: QApplication, tmp_path: Path) -> None:
    widgets, desk = render(tmp_path / "shots", tmp_path / "data")
    try:
        for name in NAMES:
            assert (tmp_path / "shots" / name).stat().st_size > 10_000
        frame, dialog = widgets[0], widgets[1]
        panel = frame.widget()  # type: ignore[attr-defined]
        assert isinstance(panel, CaseHandlingPanel)
        assert "đã được chuyển đơn một lần" in dialog.message_label.text()  # type: ignore[attr-defined]
        assert panel.history_model.rowCount() == 3
        for label in panel.action_reasons.values():  # the law's reasons are shown in full
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        for widget in widgets:
            assert _clipped_labels(widget) == []
    finally:
        for widget in widgets:
            widget.close()
            widget.deleteLater()
        desk.close()


if __name__ == "__main__":
    from reception_app.ui.common.i18n import install_translators

    app = QApplication(sys.argv)
    install_translators(app, os.environ.get("SCREENSHOT_LANGUAGE", "vi"))  # the shipped default language
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    with tempfile.TemporaryDirectory() as tmp:
        shown, opened = render(target, Path(tmp) / "data")
        opened.close()
    for name in NAMES:
        print(target / name)
