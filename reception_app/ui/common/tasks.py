"""Run desk calls on the one DB thread and deliver results back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorCallback = Callable[[BaseException], None]


class Runner(Protocol):
    """What widgets need from a task runner (``TaskRunner`` in the app, ``SyncTaskRunner`` in tests)."""

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        *,
        context: QObject | None = None,
    ) -> None: ...

    def shutdown(self) -> None: ...


def log_task_error(exc: BaseException) -> None:
    """Default error callback: log the exception type only (messages could hold user text)."""
    log.error("background task failed: %s", type(exc).__name__)


@dataclass(frozen=True)
class _Outcome:
    """A finished job on its way back to the GUI thread."""

    on_success: Callable[[Any], None]
    on_error: ErrorCallback
    context: QObject | None
    result: Any = None
    error: BaseException | None = None


class TaskRunner(QObject):
    """A single-worker executor: "the DB thread" (Anki's ``_collection_executor``).

    Every desk call goes through :meth:`run`, because the SQLCipher connection is created in, and bound to,
    the worker thread. ``fn`` runs on that thread and must never touch a widget; ``on_success`` /
    ``on_error`` run later on the GUI thread (the runner's thread) through a queued signal.

    Signals:
        _finished(_Outcome): internal; emitted from the worker, delivered queued on the GUI thread.
    """

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reception-db")
        self._closed = False
        self._finished.connect(self._on_self_finished, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        """Queue ``fn`` on the DB thread; call ``on_success(result)`` or ``on_error(exc)`` on the GUI thread.

        Args:
            fn: the work; runs on the DB thread and must not touch widgets.
            on_success: called with ``fn``'s result on the GUI thread.
            on_error: called with the exception on the GUI thread (default: log its type).
            context: if given and its C++ object has been deleted by the time the result arrives, the
                callbacks are skipped (a dialog closed while its query ran).

        Raises:
            RuntimeError: after :meth:`shutdown`.
        """
        if self._closed:
            raise RuntimeError("task runner is shut down")
        error_cb = on_error or log_task_error
        emit = self._finished.emit

        def job() -> None:
            try:
                result = fn()
            except BaseException as exc:  # delivered to on_error on the GUI thread
                emit(_Outcome(on_success, error_cb, context, error=exc))
            else:
                emit(_Outcome(on_success, error_cb, context, result=result))

        self._executor.submit(job)

    def shutdown(self) -> None:
        """Finish the queued jobs, then stop the DB thread. Results not yet delivered are dropped."""
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=True)

    @Slot(object)
    def _on_self_finished(self, outcome: _Outcome) -> None:
        _deliver(outcome)


class SyncTaskRunner:
    """Runs each job inline on the calling thread (tests; Picard's ``FakeThreadPool``)."""

    def __init__(self) -> None:
        self.calls = 0
        self._closed = False

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        """Call ``fn`` now, then ``on_success`` or ``on_error`` before returning."""
        if self._closed:
            raise RuntimeError("task runner is shut down")
        self.calls += 1
        error_cb = on_error or log_task_error
        try:
            result = fn()
        except Exception as exc:
            _deliver(_Outcome(on_success, error_cb, context, error=exc))
        else:
            _deliver(_Outcome(on_success, error_cb, context, result=result))

    def shutdown(self) -> None:
        """Refuse further jobs."""
        self._closed = True


def _deliver(outcome: _Outcome) -> None:
    if outcome.context is not None and not shiboken6.isValid(outcome.context):
        log.debug("result dropped: its receiver was deleted")
        return
    if outcome.error is not None:
        outcome.on_error(outcome.error)
    else:
        outcome.on_success(outcome.result)
