"""Long jobs (backups, the full audit verify) on a thread of their own, with progress and cancel, off the DB thread.

The DB thread (``ui.tasks.TaskRunner``) owns the desk's one connection; a job that copies a 4 GB database there
would make the officer's next save wait for it. A long job instead opens its own connections (see
``storage.online_backup``) and runs here; the GUI thread only receives queued progress and the result.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reception_app.ui.common.tasks import ErrorCallback, log_task_error

log = logging.getLogger(__name__)

T = TypeVar("T")
JobProgress = Callable[[int, int], None]
JobFn = Callable[[JobProgress, Callable[[], bool]], T]


class JobHandle:
    """What the caller keeps to cancel a job (thread-safe)."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Jobs(Protocol):
    """``JobRunner`` in the app, ``SyncJobRunner`` in tests."""

    def run(
        self,
        fn: JobFn[T],
        on_success: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        *,
        on_progress: Callable[[int], None] | None = None,
        context: QObject | None = None,
    ) -> JobHandle: ...

    def shutdown(self) -> None: ...


@dataclass(frozen=True)
class _Event:
    kind: str  # "progress" | "done" | "failed"
    context: QObject | None
    callback: Callable[[Any], None] | None
    payload: Any = None


class JobRunner(QObject):
    """One long job at a time on the thread ``reception-job``; callbacks arrive on the GUI thread.

    ``fn(progress, cancelled)`` runs on the job thread; it must not touch widgets nor the desk's connection.
    ``progress(done, total)`` is forwarded as a percentage, only when the percentage changes (a backup step is
    ~30 ms; the GUI repaints at most 100 times a job).
    """

    _event = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reception-job")
        self._handles: set[JobHandle] = set()
        self._closed = False
        self._event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: JobFn[T],
        on_success: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        *,
        on_progress: Callable[[int], None] | None = None,
        context: QObject | None = None,
    ) -> JobHandle:
        """Queue ``fn`` on the job thread; returns the handle to cancel it."""
        if self._closed:
            raise RuntimeError("job runner is shut down")
        handle = JobHandle()
        self._handles.add(handle)
        emit = self._event.emit
        error_cb = on_error or log_task_error
        last = [-1]

        def progress(done: int, total: int) -> None:
            percent = 100 if total <= 0 else min(100, done * 100 // total)
            if percent != last[0] and on_progress is not None:
                last[0] = percent
                emit(_Event("progress", context, on_progress, percent))

        def job() -> None:
            try:
                result = fn(progress, handle.cancelled)
            except BaseException as exc:  # delivered to on_error on the GUI thread
                emit(_Event("failed", context, error_cb, exc))
            else:
                emit(_Event("done", context, on_success, result))
            finally:
                self._handles.discard(handle)

        self._executor.submit(job)
        return handle

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def shutdown(self) -> None:
        """Cancel running jobs and wait for the thread to stop (a cancelled backup stops within one step)."""
        if self._closed:
            return
        self._closed = True
        self.cancel_all()
        self._executor.shutdown(wait=True)

    @Slot(object)
    def _on_event(self, event: _Event) -> None:
        _deliver(event)


class SyncJobRunner:
    """Runs each job inline (tests): progress callbacks first, then the result."""

    def __init__(self) -> None:
        self.handles: list[JobHandle] = []

    def run(
        self,
        fn: JobFn[T],
        on_success: Callable[[T], None],
        on_error: ErrorCallback | None = None,
        *,
        on_progress: Callable[[int], None] | None = None,
        context: QObject | None = None,
    ) -> JobHandle:
        handle = JobHandle()
        self.handles.append(handle)

        def progress(done: int, total: int) -> None:
            if on_progress is not None:
                _deliver(_Event("progress", context, on_progress, 100 if total <= 0 else done * 100 // total))

        try:
            result = fn(progress, handle.cancelled)
        except Exception as exc:
            _deliver(_Event("failed", context, on_error or log_task_error, exc))
        else:
            _deliver(_Event("done", context, on_success, result))
        return handle

    def shutdown(self) -> None:
        return None


def _deliver(event: _Event) -> None:
    if event.context is not None and not shiboken6.isValid(event.context):
        log.debug("job event dropped: its receiver was deleted")
        return
    if event.callback is not None:
        event.callback(event.payload)


class JobStatus(QWidget):
    """Status-bar strip for a running job: a label, a progress bar and Cancel. Hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(160)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._handle: JobHandle | None = None
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.hide()

    def start(self, text: str, handle: JobHandle) -> None:
        self._handle = handle
        self.label.setText(text)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set_percent(self, percent: int) -> None:
        self.bar.setValue(percent)

    def finish(self) -> None:
        self._handle = None
        self.hide()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
