"""Issue 19's letters where the officer needs them: the case window's Handling tab (thụ lý / không thụ lý notices,
the supervisor's decision), its Documents menu (07-XLĐ guidance), the protection view (07-TCD request) and the
logbook page (Sổ theo dõi xử lý đơn). Each prints a real PDF through ``desk.letters``; nothing identifying shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reception_app.models.enums import CaseKind, Channel, Relation
from reception_app.models.handling import Admissibility, Classification, Jurisdiction
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.documents.letter_dialogs import (
    AcceptanceDecisionDialog,
    AcceptanceNoticeDialog,
    MultiContentDialog,
    ProtectionRequestLetterDialog,
    RejectionNoticeDialog,
)
from reception_app.ui.logbook.logbook_page import LogbookPageWidget
from reception_app.ui.protection.protection_views import ProtectionOverview
from tests.factories import CANARY_ID, CANARY_NAME, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world
from tests.printing.pdftext import extract, squash
from tests.ui.helpers import all_texts


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


def _as(desk: Desk, user: object) -> None:
    desk.auth.logout()
    desk.auth.login(user.username, user.password)  # type: ignore[attr-defined]


def _decided(desk: Desk, *, accept: bool, kind: CaseKind = CaseKind.DENUNCIATION) -> str:
    uid = desk.cases.create_case(draft(kind=kind)).uid
    desk.handling.classify(
        uid, Classification(kind, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)
    )
    _as(desk, SUPERVISOR)
    if accept:
        desk.handling.accept(uid, decision_number="05/QĐ-TTr")
    else:
        desk.handling.reject(uid, reason="Không đủ điều kiện")
    return uid


def _window(qtbot: QtBot, desk: Desk, uid: str) -> CaseDetailDialog:
    window = CaseDetailDialog(desk.cases.get_case(uid), desk=desk, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert window.tabs is not None
    window.tabs.setCurrentIndex(1)
    return window


def _printed(window: CaseDetailDialog) -> bytes:
    preview = window.preview
    assert preview is not None
    pdf = preview.pdf_bytes()
    preview.close()
    return pdf


def _enabled(button: QPushButton | None) -> bool:
    assert button is not None
    return button.isEnabled()


def _clean(texts: list[str]) -> bool:
    return not any(CANARY_NAME in t or CANARY_ID in t for t in texts)


def test_accepted_denunciation_offers_the_notice_and_the_supervisors_decision(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = _decided(desk, accept=True)
    window = _window(qtbot, desk, uid)
    letters = window.letters
    assert _enabled(letters.acceptance_button)
    assert not _enabled(letters.rejection_button)
    assert _enabled(letters.decision_button)
    letters.acceptance_button.click()
    dialog = window.request_dialog
    assert isinstance(dialog, AcceptanceNoticeDialog)
    dialog.buttons.accepted.emit()
    assert squash("05/QĐ-TTr") in extract(_printed(window)).flat
    letters.decision_button.click()
    decision = window.request_dialog
    assert isinstance(decision, AcceptanceDecisionDialog)
    decision.verifier_edit.setText("Tổ xác minh số 2")
    decision.buttons.accepted.emit()
    assert squash("Tổ xác minh số 2") in extract(_printed(window)).flat
    assert _clean(all_texts(window))
    kinds = [r.kind for r in desk.documents.issued(uid)]
    assert kinds == ["acceptance_notice", "acceptance_decision"]


def test_an_officer_gets_no_decision_button_and_nothing_before_the_decision(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    pending = desk.cases.create_case(draft()).uid
    window = _window(qtbot, desk, pending)
    letters = window.letters
    assert not any(b is not None and b.isEnabled() for b in (letters.acceptance_button, letters.rejection_button))
    window.close()
    uid = _decided(desk, accept=True)
    _as(desk, OFFICER)
    window = _window(qtbot, desk, uid)
    assert _enabled(window.letters.acceptance_button)
    assert not _enabled(window.letters.decision_button)


def test_rejected_case_prints_the_non_acceptance_notice_with_ticked_grounds(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = _decided(desk, accept=False, kind=CaseKind.COMPLAINT)
    window = _window(qtbot, desk, uid)
    button = window.letters.rejection_button
    assert _enabled(button)
    button.click()
    dialog = window.request_dialog
    assert isinstance(dialog, RejectionNoticeDialog)
    assert dialog.grounds_model.rowCount() == len(desk.letters.rejection_grounds(uid))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.field_message("grounds") == "Tick at least one ground."
    dialog.grounds_list.setFocus()
    qtbot.keyClick(dialog.grounds_list, Qt.Key.Key_Space)  # the keyboard ticks the current ground
    assert len(dialog.grounds()) == 1
    dialog.details_edit.setPlainText("Đơn không có chữ ký.")
    dialog.buttons.accepted.emit()
    assert squash("Đơn không có chữ ký.") in extract(_printed(window)).flat
    assert [r.kind for r in desk.documents.issued(uid)] == ["rejection_notice"]


def test_the_documents_menu_prints_the_multi_content_guidance(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft(kind=CaseKind.MIXED)).uid
    window = _window(qtbot, desk, uid)
    assert window.letters.multi_content_action in window.documents_menu.actions()
    window.letters.multi_content_action.trigger()
    dialog = window.request_dialog
    assert isinstance(dialog, MultiContentDialog)
    content, body = dialog.part_edits[0]
    content.setText("Tranh chấp đất đai")
    dialog.buttons.accepted.emit()
    assert dialog.field_message("parts") == "Enter each content with the body competent for it."
    body.setText("Tòa án nhân dân huyện Ea Kar")
    dialog.buttons.accepted.emit()
    assert squash("Tòa án nhân dân huyện Ea Kar") in extract(_printed(window)).flat


def test_the_protection_view_prints_the_request_form(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    details = ProtectionDetails((ProtectedPerson("Nguyễn Thị Vợ", Relation.SPOUSE),), "Bị đe dọa")
    desk.protection.request(uid, details, measures=("bao_mat_thong_tin",))
    _as(desk, SUPERVISOR)
    overview = ProtectionOverview(desk, SyncTaskRunner())
    qtbot.addWidget(overview)
    overview.show()
    overview.open_view.selectRow(0)
    assert overview.print_request_button.isEnabled()
    overview.print_request_button.click()
    dialog = overview.print_dialog
    assert isinstance(dialog, ProtectionRequestLetterDialog)
    dialog.addressee_edit.setText("Chánh Thanh tra tỉnh")
    dialog.buttons.accepted.emit()
    preview = overview.preview
    assert preview is not None
    flat = extract(preview.pdf_bytes()).flat
    assert squash("Chánh Thanh tra tỉnh") in flat
    assert squash("Nguyễn Thị Vợ") not in flat  # printed masked from the overview
    preview.close()


def test_the_logbook_page_prints_the_petition_book(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    desk.cases.create_case(draft(channel=Channel.POST, subject="Đơn gửi qua bưu điện"))
    page = LogbookPageWidget(desk, SyncTaskRunner())
    qtbot.addWidget(page)
    page.show()
    with qtbot.assertNotEmitted(page.document_ready):  # the main window's logbook preview is not used
        page.mail_book_button.click()
    preview = page.preview
    assert preview is not None
    assert preview.windowTitle().startswith("Petition book 01/")
    assert squash("Đơn gửi qua bưu điện") in extract(preview.pdf_bytes()).flat
    assert page.mail_book_button.isEnabled()
    preview.close()
