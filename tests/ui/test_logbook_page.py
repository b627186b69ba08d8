"""The logbook page on the real desk: period and filters, keyset pages, no identity, no count/OFFSET."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reception_app.models.enums import CaseKind, Channel
from reception_app.models.logbook import LogbookFilter
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.logbook import logbook_page as page_module
from reception_app.ui.logbook.logbook_page import LogbookPageWidget
from tests.factories import CANARY_NAME, OFFICER, DeskWorld, draft, make_clock, set_up_world
from tests.ui.helpers import all_texts


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data", clock=make_clock(date(2026, 3, 31)))  # a fixed calendar: March 2026
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    base = draft()
    for day in range(1, 8):  # one case a day, 1–7 March 2026; the 3rd is a group of 12 by post
        extra = {"group_size": 12, "channel": Channel.POST} if day == 3 else {}
        kind = CaseKind.DENUNCIATION if day % 2 else CaseKind.COMPLAINT
        desk.cases.create_case(replace(base, kind=kind, received_at=datetime(2026, 3, day, 9, 30), **extra))
    yield world
    desk.close()


def test_service_pages_by_period_with_filters(world: DeskWorld) -> None:
    desk = world.desk
    period = LogbookFilter(date(2026, 3, 2), date(2026, 3, 6))
    first = desk.logbook.entries(period, limit=2)
    assert [e.received_at.day for e in first.rows] == [6, 5]
    assert first.next_key is not None
    rest = desk.logbook.entries(period, after=first.next_key, limit=10)
    assert [e.received_at.day for e in rest.rows] == [4, 3, 2]
    assert rest.next_key is None
    groups = desk.logbook.entries(replace(period, groups_only=True)).rows
    assert [e.received_at.day for e in groups] == [3]
    walk_in = desk.logbook.entries(replace(period, walk_in_only=True)).rows
    assert 3 not in [e.received_at.day for e in walk_in]
    tc = desk.logbook.entries(replace(period, kind=CaseKind.DENUNCIATION)).rows
    assert [e.received_at.day for e in tc] == [5, 3]


def test_queries_never_count_or_skip(world: DeskWorld) -> None:
    statements: list[str] = []
    db = world.desk.ctx.db
    assert db is not None
    db.connection.set_trace_callback(statements.append)
    page = world.desk.logbook.entries(LogbookFilter(date(2026, 3, 1), date(2026, 3, 31)), limit=3)
    world.desk.logbook.entries(LogbookFilter(date(2026, 3, 1), date(2026, 3, 31)), after=page.next_key, limit=3)
    db.connection.set_trace_callback(None)
    for sql in statements:
        assert "count(" not in sql.lower()
        assert "offset" not in sql.lower()


def test_page_lists_masked_rows_and_pages_lazily(
    qtbot: QtBot, world: DeskWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_module, "PAGE_SIZE", 3)
    widget = LogbookPageWidget(world.desk, SyncTaskRunner(), today=date(2026, 3, 31))  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 3  # the first page only
    widget.model.fetchMore(widget.model.index(0, 0).parent())
    widget.model.fetchMore(widget.model.index(0, 0).parent())
    assert widget.model.rowCount() == 7
    assert not widget.model.has_more()
    assert widget.model.data(widget.model.index(0, 6)).startswith("NTC-")  # reporter code, never a name
    assert not any(CANARY_NAME in t for t in all_texts(widget))
    widget.date_from.setDate(QDate(2026, 3, 5))
    widget.groups_check.setChecked(False)
    widget.show_button.click()
    assert widget.model.rowCount() == 3
    widget.date_to.setDate(QDate(2026, 3, 1))
    widget.show_button.click()
    assert "before" in widget.count_label.text() or "trước" in widget.count_label.text()
    opened: list[str] = []
    widget.open_requested.connect(opened.append)
    widget.table.setFocus()
    widget.table.setCurrentIndex(widget.model.index(0, 2))
    qtbot.keyClick(widget.table, Qt.Key.Key_Return)  # keyboard: Enter opens the highlighted case
    assert len(opened) == 1


def test_export_xlsx_from_the_page(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    widget = LogbookPageWidget(world.desk, SyncTaskRunner(), today=date(2026, 3, 31))  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.export_xlsx(tmp_path / "so.xlsx")
    assert widget.export_button.isEnabled()
    sheet = load_workbook(tmp_path / "so.xlsx").active
    assert sheet is not None
    # The official Sổ tiếp công dân (Mẫu 03/TCD): the case number is in the note column, identity masked.
    notes = [c.value for c in sheet["M"] if isinstance(c.value, str) and c.value.startswith("Số hồ sơ 2026-")]
    assert len(notes) == 7
    assert "7" in widget.count_label.text()


class _HeldRunner(SyncTaskRunner):
    """Runs page loads at once but holds the print job until ``release``: the officer can cancel meanwhile."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[object, object, object]] = []

    def run(self, fn, on_success, on_error=None, *, context=None):  # type: ignore[no-untyped-def]
        if getattr(fn, "__name__", "") == "task":
            self.held.append((fn, on_success, on_error))
            return
        super().run(fn, on_success, on_error, context=context)

    def release(self) -> None:
        for fn, on_success, on_error in self.held:
            super().run(fn, on_success, on_error)  # type: ignore[arg-type]
        self.held.clear()


def test_print_shows_progress_and_cancel_drops_the_result(qtbot: QtBot, world: DeskWorld) -> None:
    runner = _HeldRunner()
    widget = LogbookPageWidget(world.desk, runner, today=date(2026, 3, 31))  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    issued: list[object] = []
    widget.document_ready.connect(issued.append)
    widget.print_button.click()
    progress = widget.print_progress
    assert progress is not None
    assert not widget.print_button.isEnabled()  # no second print while one is being built
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # the officer gives up waiting
    assert widget.print_progress is None
    assert widget.print_button.isEnabled()
    runner.release()
    assert issued == []  # cancelled: no preview pops up later
    widget.print_button.click()
    runner.release()
    assert len(issued) == 1
    assert getattr(issued[0], "pdf", b"").startswith(b"%PDF")
    assert widget.print_progress is None
