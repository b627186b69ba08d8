"""The identity guard on the intake form (issue 18), on the real Desk: the reporter's identity typed into the
content is highlighted, replaced on request, and kept only by an explicit, audited choice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reception_app.models.enums import CaseKind
from reception_app.models.fold import fold
from reception_app.storage.audit import AuditLog
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.intake.identity_guard import SaveChoice
from reception_app.ui.intake.intake_page import IntakePage
from tests.factories import CANARY_NAME, CANARY_PHONE, OFFICER, DeskWorld, set_up_world
from tests.services.test_canary import _plaintext_export, _scan
from tests.ui.helpers import all_texts, type_vietnamese
from tests.ui.test_intake_page import _fill_denunciation

GIVEN = CANARY_NAME.split()[-1]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


def _page(qtbot: QtBot, world: DeskWorld) -> IntakePage:
    page = IntakePage(world.desk, SyncTaskRunner())
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    return page


def _set_content(page: IntakePage, text: str) -> None:
    page.content.clear()
    page.content.setFocus()
    type_vietnamese(page.content, text)  # type: ignore[arg-type]
    page.identity_guard.refresh()  # what the debounce timer does a moment later


@pytest.mark.parametrize(
    "typed",
    [
        f"Ông {CANARY_NAME} bị trả thù.",  # as typed in the reporter box
        f"Ông {fold(CANARY_NAME)} bị trả thù.",  # without diacritics
        f"Ông {CANARY_NAME.upper()} bị trả thù.",  # another case
        f"Ông {fold(CANARY_NAME).title()} bị trả thù.",
    ],
)
def test_the_reporters_name_typed_into_content_is_flagged(qtbot: QtBot, world: DeskWorld, typed: str) -> None:
    page = _page(qtbot, world)
    _fill_denunciation(page)
    guard = page.identity_guard
    _set_content(page, typed)
    assert guard.banner.isVisible()
    selections = page.content.extraSelections()
    assert len(selections) == 1
    cursor = selections[0].cursor
    selected = cursor.selectedText()
    assert fold(selected).endswith(fold(CANARY_NAME))
    # the bar tells what and how many, never the matched text itself
    assert "1" in guard.label.full_text()
    assert not any(fold(CANARY_NAME) in fold(t) for t in all_texts(guard.banner))
    assert "[người tố cáo]" in guard.replace_button.text()


def test_a_phone_number_is_flagged_even_without_a_typed_identity(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world)
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.ANONYMOUS_TIP.value))
    _set_content(page, "Có người gọi từ số 0911.222.333 đe dọa.")
    assert page.identity_guard.banner.isVisible()
    assert page.identity_guard.content_hits[0].kind.value == "phone_pattern"
    _set_content(page, "Tiền hỗ trợ 100.000.000 đồng chưa được chi.")
    assert not page.identity_guard.banner.isVisible()


def test_the_subject_is_framed_and_replace_fixes_both(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world)
    _fill_denunciation(page)
    page.subject.clear()
    page.subject.setFocus()
    type_vietnamese(page.subject, f"Đơn của ông {GIVEN.lower()} ({fold(CANARY_NAME)})")
    _set_content(page, f"Tôi là {CANARY_NAME}, SĐT {CANARY_PHONE}, tố cáo ông Đức.")
    guard = page.identity_guard
    assert guard.subject_hits
    assert "border" in page.subject.styleSheet()
    guard.replace_button.click()
    assert page.content.toPlainText() == "Tôi là [người tố cáo], SĐT [người tố cáo], tố cáo ông Đức."
    assert page.subject.text() == "Đơn của [người tố cáo] ([người tố cáo])"
    assert not guard.banner.isVisible()
    assert page.subject.styleSheet() == ""
    page.content.undo()  # the replacement is one undo step
    assert CANARY_NAME in page.content.toPlainText()


def test_saving_with_identity_left_needs_an_explicit_choice(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world)
    _fill_denunciation(page)
    _set_content(page, f"Ông {CANARY_NAME} (SĐT {CANARY_PHONE}) bị trả thù.")
    asked: list[int] = []

    def cancel(count: int) -> SaveChoice:
        asked.append(count)
        return SaveChoice.CANCEL

    page.identity_guard.ask = cancel
    page.save()
    assert asked == [2]
    assert world.desk.cases.list_cases().rows == ()  # nothing saved, the form kept
    assert CANARY_NAME in page.content.toPlainText()

    page.identity_guard.ask = lambda _count: SaveChoice.KEEP
    page.save()
    (row,) = world.desk.cases.list_cases().rows
    assert world.desk.ctx.db is not None
    created = [e for e in AuditLog(world.desk.ctx.db).entries(limit=100) if e.action == "case_created"]
    assert created[0].details["identity_kept"] == 2
    assert world.desk.cases.search_cases(fold(CANARY_NAME)).rows == ()  # never in the search index


def test_accepted_replacement_leaves_no_identity_in_the_decrypted_database(
    qtbot: QtBot, world: DeskWorld, tmp_path: Path
) -> None:
    page = _page(qtbot, world)
    _fill_denunciation(page)
    _set_content(page, f"Tôi là {CANARY_NAME}, SĐT {CANARY_PHONE}. Ông {GIVEN} bị trả thù.")
    page.identity_guard.ask = lambda _count: SaveChoice.REPLACE
    page.save()
    (row,) = world.desk.cases.list_cases().rows
    expected = "Tôi là [người tố cáo], SĐT [người tố cáo]. [người tố cáo] bị trả thù."
    assert world.desk.cases.get_case(row.uid).content == expected
    world.desk.close()
    export = tmp_path / "export"
    export.mkdir()
    _plaintext_export(world, export / "plain.db")
    assert _scan(tmp_path) == []


def test_numbers_are_marked_in_handling_notes(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from reception_app.ui.common.reason_fields import reason_edit

    parent = QWidget()
    qtbot.addWidget(parent)
    edit = reason_edit(parent)
    edit.setPlainText("Đã gọi ông B. số 0911 222 333 ngày 12/03/2026; CMND 123456789.")
    marked = [edit.toPlainText()[r.start : r.start + r.length] for r in edit.document().firstBlock().layout().formats()]
    assert marked == ["0911 222 333", "123456789"]
    edit.setPlainText("Đã chuyển đơn ngày 12/03/2026, 100.000.000 đồng.")
    assert edit.document().firstBlock().layout().formats() == []


def test_tab_from_the_content_reaches_the_replace_button(qtbot: QtBot, world: DeskWorld) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page = _page(qtbot, world)
    _fill_denunciation(page)
    _set_content(page, f"Tôi là {CANARY_NAME}.")
    guard = page.identity_guard
    assert guard.banner.isVisible()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.content.setFocus()
    assert QApplication.focusWidget() is page.content
    qtbot.keyClick(page.content, Qt.Key.Key_Tab)  # the content box passes Tab on (no tab characters typed)
    assert QApplication.focusWidget() is guard.replace_button
    qtbot.keyClick(guard.replace_button, Qt.Key.Key_Space)
    assert page.content.toPlainText() == "Tôi là [người tố cáo]."
