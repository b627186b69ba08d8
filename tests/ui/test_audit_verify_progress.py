"""The audit tab's "Verify chain" (issue 20): a progress dialog with a Vietnamese Cancel, Cancel stops the walk, and
the walk runs on the job thread between a prepare and a finish on the DB thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from reception_app.services import VerifyJob
from reception_app.ui.admin.admin_audit import AuditTab
from reception_app.ui.common import i18n
from reception_app.ui.common.jobs import JobRunner
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import SUPERVISOR, DeskWorld, set_up_world


class HeldRunner(SyncTaskRunner):
    """Runs each job only when the test says so (the DB thread is "busy" until then)."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Callable[[], None]] = []

    def run(self, fn: Any, on_success: Any, on_error: Any = None, *, context: Any = None) -> None:
        self.held.append(lambda: SyncTaskRunner.run(self, fn, on_success, on_error, context=context))

    def release(self) -> None:
        while self.held:
            self.held.pop(0)()


@pytest.fixture
def world(data_dir: Path) -> Iterator[DeskWorld]:
    w = set_up_world(data_dir)
    w.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    yield w
    w.desk.close()


def _tab(qtbot: QtBot, world: DeskWorld, runner: HeldRunner) -> AuditTab:
    tab = AuditTab(world.desk, runner, show_reasons=True)
    qtbot.addWidget(tab)
    tab.show()
    runner.release()  # the first page of entries
    return tab


def test_progress_reaches_the_end_and_the_dialog_closes(qtbot: QtBot, world: DeskWorld) -> None:
    runner = HeldRunner()
    tab = _tab(qtbot, world, runner)
    tab.verify_button.click()
    job = tab._verify_job
    assert job is not None
    assert job.dialog.windowModality() == Qt.WindowModality.NonModal  # the officer goes on working meanwhile
    seen: list[tuple[int, int]] = []
    job.changed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(tab.verified, timeout=5000) as blocker:
        runner.release()
    assert blocker.args == [True]
    assert seen
    assert seen[-1][0] == seen[-1][1] > 0
    assert tab._verify_job is None
    assert tab.verify_label.text().startswith("Chain intact.")


def test_cancel_stops_the_walk_and_says_so(qtbot: QtBot, world: DeskWorld) -> None:
    runner = HeldRunner()
    tab = _tab(qtbot, world, runner)
    tab.verify_button.click()
    job = tab._verify_job
    assert job is not None
    assert not tab.verify_button.isEnabled()
    (cancel,) = job.dialog.findChildren(QPushButton)
    cancel.click()  # the officer presses Cancel while the walk waits for the DB thread
    runner.release()
    assert tab._verify_job is None
    assert tab.verify_button.isEnabled()
    assert "Đã dừng kiểm tra nhật ký" in tab.verify_label.text()
    assert not tab.verify_label.text().startswith("Chain")  # no verdict


def test_the_cancel_button_is_vietnamese(qtbot: QtBot, world: DeskWorld) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = i18n.install_translators(app, "vi")
    try:
        runner = HeldRunner()
        tab = _tab(qtbot, world, runner)
        tab.verify_button.click()
        job = tab._verify_job
        assert job is not None
        assert [b.text() for b in job.dialog.findChildren(QPushButton)] == ["Hủy"]
        assert job.dialog.labelText() == "Đang kiểm tra toàn bộ chuỗi…"
        runner.release()
    finally:
        i18n.remove_translators(app, installed)


def test_the_walk_runs_on_the_job_thread_between_two_db_thread_steps(
    qtbot: QtBot, world: DeskWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Prepare on the DB thread, the walk on the real job thread (the DB thread is free meanwhile), finish back."""
    threads: list[str] = []
    walk = VerifyJob.run

    def recorded(job: VerifyJob, *args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return walk(job, *args, **kwargs)

    monkeypatch.setattr(VerifyJob, "run", recorded)
    runner = HeldRunner()
    jobs = JobRunner()
    try:
        tab = AuditTab(world.desk, runner, show_reasons=True, jobs=jobs)
        qtbot.addWidget(tab)
        tab.show()
        runner.release()  # the first page of entries
        tab.verify_button.click()
        runner.release()  # the prepare (DB thread); the walk goes to the job thread
        assert not runner.held
        qtbot.waitUntil(lambda: bool(runner.held), timeout=20_000)  # the walk ended; the finish waits for the DB
        assert tab._verify_job is not None  # no verdict before the finish
        with qtbot.waitSignal(tab.verified, timeout=5000) as blocker:
            runner.release()
        assert blocker.args == [True]
        assert len(threads) == 1
        assert threads[0].startswith("reception-job")
        assert tab.verify_label.text().startswith("Chain intact.")
    finally:
        jobs.shutdown()
