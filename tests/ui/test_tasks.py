"""TaskRunner: jobs run on one DB thread, callbacks come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from reception_app.ui.common.tasks import SyncTaskRunner, TaskRunner


def test_job_runs_on_db_thread_and_result_arrives_on_gui_thread(qtbot: QtBot, thread_runner: TaskRunner) -> None:
    seen: dict[str, object] = {}

    def job() -> str:
        seen["job_thread"] = threading.current_thread().name
        return "kết quả"

    def done(value: str) -> None:
        seen["value"] = value
        seen["callback_thread"] = threading.current_thread()

    thread_runner.run(job, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=2000)
    assert seen["value"] == "kết quả"
    assert str(seen["job_thread"]).startswith("reception-db")
    assert seen["callback_thread"] is threading.main_thread()


def test_all_jobs_share_one_thread_in_order(qtbot: QtBot, thread_runner: TaskRunner) -> None:
    threads: list[str] = []
    results: list[int] = []
    for i in range(5):
        thread_runner.run(
            lambda i=i: threads.append(threading.current_thread().name) or i,  # type: ignore[func-returns-value]
            results.append,
        )
    qtbot.waitUntil(lambda: len(results) == 5, timeout=2000)
    assert results == [0, 1, 2, 3, 4]
    assert len(set(threads)) == 1


def test_error_goes_to_on_error_on_gui_thread(qtbot: QtBot, thread_runner: TaskRunner) -> None:
    errors: list[tuple[BaseException, threading.Thread]] = []

    def boom() -> None:
        raise ValueError("x")

    thread_runner.run(
        boom, lambda _: pytest.fail("no result expected"), lambda e: errors.append((e, threading.current_thread()))
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert isinstance(errors[0][0], ValueError)
    assert errors[0][1] is threading.main_thread()


def test_shutdown_waits_and_refuses_new_jobs(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ran: list[int] = []
    runner.run(lambda: ran.append(1), lambda _: None)
    runner.shutdown()
    assert ran == [1]
    with pytest.raises(RuntimeError):
        runner.run(lambda: None, lambda _: None)
    runner.shutdown()  # idempotent


def test_sync_runner_runs_inline() -> None:
    runner = SyncTaskRunner()
    out: list[object] = []
    runner.run(lambda: 41 + 1, out.append)
    runner.run(lambda: 1 / 0, out.append, out.append)
    assert out[0] == 42
    assert isinstance(out[1], ZeroDivisionError)
    assert runner.calls == 2
    runner.shutdown()
    with pytest.raises(RuntimeError):
        runner.run(lambda: None, out.append)


def test_default_error_callback_logs_type_only(caplog: pytest.LogCaptureFixture) -> None:
    def leaky() -> None:
        raise ValueError("Nguyễn Văn A secret")

    SyncTaskRunner().run(leaky, lambda _: None)
    assert "ValueError" in caplog.text
    assert "Nguyễn" not in caplog.text


def test_result_for_a_deleted_receiver_is_dropped(qtbot: QtBot, thread_runner: TaskRunner) -> None:
    from PySide6.QtCore import QObject

    receiver = QObject()
    gate = threading.Event()
    delivered: list[object] = []
    thread_runner.run(lambda: gate.wait(2) and "late", delivered.append, context=receiver)
    thread_runner.run(lambda: "other", delivered.append)
    shiboken_delete = __import__("shiboken6").delete
    shiboken_delete(receiver)  # the dialog closed while its query ran
    gate.set()
    qtbot.waitUntil(lambda: delivered == ["other"], timeout=2000)
