"""CaseTableModel: keyset paging through the runner, search resets, Qt model contract."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reception_app.models.case import OPEN_STATUSES
from reception_app.models.enums import CaseKind
from reception_app.ui.cases.case_table_model import PAGE_SIZE, CaseTableModel, CaseUidRole, Column
from reception_app.ui.common.tasks import SyncTaskRunner, TaskRunner
from tests.ui.fakes import CANARY_NAME, FakeDesk
from tests.ui.helpers import DeferredRunner


def _fetch_all(model: CaseTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_modeltester_with_three_pages(qtmodeltester: ModelTester, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    model = CaseTableModel(desk, sync_runner)
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # the C++ tester itself calls fetchMore
    assert model.rowCount() % PAGE_SIZE == 0
    assert model.rowCount() > 0
    _fetch_all(model)
    assert model.rowCount() == 450
    assert desk.calls.count("list_cases") == 3
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # at the end: no extra request
    assert desk.calls.count("list_cases") == 3
    model.set_search("đất")
    _fetch_all(model)
    assert model.rowCount() > 0


def test_python_modeltester_too(qtmodeltester: ModelTester, desk: FakeDesk, deferred_runner: DeferredRunner) -> None:
    # Deferred delivery, as in the app: fetchMore only queues, rows arrive later.
    model = CaseTableModel(desk, deferred_runner)
    qtmodeltester.check(model, force_py=True)
    while deferred_runner.jobs:
        deferred_runner.deliver()
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    model.set_search("Tố cáo")
    deferred_runner.deliver()
    assert 0 < model.rowCount() < 450


def test_rows_newest_first_without_duplicates(desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    model = CaseTableModel(desk, sync_runner)
    model.refresh()
    _fetch_all(model)
    uids = [model.index(r, 0).data(CaseUidRole) for r in range(model.rowCount())]
    assert len(set(uids)) == 450
    assert uids[0] == "uid-000450"
    assert uids[-1] == "uid-000001"


@pytest.mark.calendar
def test_display_columns(desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    model = CaseTableModel(desk, sync_runner)
    model.refresh()
    row = next(r for r in range(model.rowCount()) if model.summary(r).kind is CaseKind.DENUNCIATION)  # type: ignore[union-attr]
    summary = model.summary(row)
    assert summary is not None

    def cell(column: Column) -> str:
        return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)

    assert cell(Column.NUMBER) == summary.number
    assert cell(Column.KIND) == "Tố cáo"
    assert cell(Column.STATUS) in {"Chưa xử lý", "Đã xử lý"}
    assert cell(Column.REPORTER).startswith("NTC-2026-")
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", cell(Column.RECEIVED))
    due = summary.due_on.strftime("%d/%m/%Y")  # type: ignore[union-attr]
    overdue = summary.due_on < desk.today() and summary.status in OPEN_STATUSES  # type: ignore[operator]
    assert model.is_overdue(summary) == overdue
    assert cell(Column.DUE) == (model.tr("%1 (overdue)").replace("%1", due) if overdue else due)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert all(isinstance(h, str) and h for h in headers)
    assert model.index(row, 0).data(CaseUidRole) == summary.uid
    tooltip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert (tooltip is not None) == overdue  # only an overdue row explains its colour
    assert model.data(QModelIndex()) is None
    assert model.summary(10_000) is None


def test_no_identity_anywhere_in_the_model(sync_runner: SyncTaskRunner) -> None:
    desk = FakeDesk(case_count=30, leak_identity=True)
    model = CaseTableModel(desk, sync_runner)
    model.refresh()
    for r in range(model.rowCount()):
        for c in Column:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CaseUidRole):
                assert CANARY_NAME not in str(model.index(r, c).data(role))


def test_fetch_more_does_not_block_and_guards_double_fetch(desk: FakeDesk, deferred_runner: DeferredRunner) -> None:
    model = CaseTableModel(desk, deferred_runner)
    loading: list[bool] = []
    model.loading_changed.connect(loading.append)
    model.fetchMore(QModelIndex())
    assert model.is_loading()
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # ignored: one request in flight
    assert len(deferred_runner.jobs) == 1
    assert model.rowCount() == 0  # nothing happened on the GUI thread yet
    deferred_runner.deliver()
    assert model.rowCount() == PAGE_SIZE
    assert loading == [True, False]
    assert model.canFetchMore(QModelIndex())


def test_stale_page_is_dropped_after_new_search(desk: FakeDesk, deferred_runner: DeferredRunner) -> None:
    model = CaseTableModel(desk, deferred_runner)
    model.fetchMore(QModelIndex())  # all cases, in flight
    model.set_search("Kiến nghị")  # reset; a second request is queued
    assert len(deferred_runner.jobs) == 2
    deferred_runner.deliver(0)  # the old answer arrives late
    assert model.rowCount() == 0
    deferred_runner.deliver(0)
    assert model.rowCount() > 0
    assert all("Kiến nghị" in model.index(r, Column.SUBJECT).data() for r in range(model.rowCount()))


def test_set_search_resets(qtbot: QtBot, desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    model = CaseTableModel(desk, sync_runner)
    model.refresh()
    _fetch_all(model)
    assert model.rowCount() == 450
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=500):
        model.set_search("  ô nhiễm  ")
    assert model.search_text() == "ô nhiễm"
    assert desk.calls[-1] == "search_cases"
    _fetch_all(model)
    assert 0 < model.rowCount() < 450
    assert all("ô nhiễm" in model.index(r, Column.SUBJECT).data() for r in range(model.rowCount()))
    model.set_search("")
    assert desk.calls[-1] == "list_cases"
    assert model.rowCount() == PAGE_SIZE


def test_subject_markup_is_data_not_markup(desk: FakeDesk, sync_runner: SyncTaskRunner) -> None:
    model = CaseTableModel(desk, sync_runner)
    model.set_search("nhà máy")
    assert "<b>nhà máy</b>" in model.index(0, Column.SUBJECT).data()


def test_load_failure_is_reported_once(qtbot: QtBot, sync_runner: SyncTaskRunner) -> None:
    desk = FakeDesk(fail_list=True)
    model = CaseTableModel(desk, sync_runner)
    with qtbot.waitSignal(model.load_failed, timeout=500) as blocker:
        model.refresh()
    assert "bị khóa" in blocker.args[0]
    assert not model.canFetchMore(QModelIndex())  # no retry loop driven by the view


def test_unexpected_failure_message_is_generic(qtbot: QtBot, sync_runner: SyncTaskRunner) -> None:
    desk = FakeDesk()
    desk.list_cases = lambda after=None, limit=200: 1 / 0  # type: ignore[assignment,method-assign,misc]
    model = CaseTableModel(desk, sync_runner)
    with qtbot.waitSignal(model.load_failed, timeout=500) as blocker:
        model.refresh()
    assert "ZeroDivision" not in blocker.args[0]


def test_threaded_runner_pages_arrive_asynchronously(qtbot: QtBot, desk: FakeDesk, thread_runner: TaskRunner) -> None:
    model = CaseTableModel(desk, thread_runner)
    with qtbot.waitSignal(model.page_loaded, timeout=2000):
        model.refresh()
    assert model.rowCount() == PAGE_SIZE
    with qtbot.waitSignal(model.page_loaded, timeout=2000):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert desk.threads == {"reception-db_0"}


def test_scrolling_stops_at_the_row_limit(
    monkeypatch: pytest.MonkeyPatch, desk: FakeDesk, sync_runner: SyncTaskRunner
) -> None:
    from reception_app.ui.cases import case_table_model as module

    monkeypatch.setattr(module, "MAX_ROWS", 2 * PAGE_SIZE)  # 450 cases in the fake desk
    model = CaseTableModel(desk, sync_runner)
    _fetch_all(model)
    assert model.rowCount() == 2 * PAGE_SIZE  # memory stays bounded however far the officer scrolls
    assert model.at_row_limit()
    assert model.has_more()
    model.set_search("đất")  # a search starts again from its own first page
    assert model.rowCount() <= PAGE_SIZE
