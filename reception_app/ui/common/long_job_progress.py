"""A progress dialog with Cancel for one long job (issue 20: the full audit verify at 1M entries).

The job runs on another thread (the audit walk: the job thread) and reports ``progress(done, total)`` from
there; a queued signal carries it to the dialog on the GUI thread. Cancel sets an event the job polls between
batches (``cancelled()``); the job then stops with its own "cancelled" error, delivered to the caller's error
callback as usual.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class LongJobProgress(QObject):
    """One run's dialog (shown after ``min_ms``), progress carrier and cancel flag.

    Args:
        parent: the widget the dialog belongs to. The dialog is not modal: the job runs off the DB thread, so the
            officer goes on working (saves, searches) in the window while it runs.
        label: what is being done (translated by the caller).
        title: the dialog's title (translated by the caller).
        min_ms: shown only if the job takes longer than this.

    Signals:
        changed(int, int): done, total; emitted from the job's thread, delivered queued.
    """

    changed = Signal(int, int)

    def __init__(self, parent: QWidget, label: str, title: str, *, min_ms: int = 400) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(min_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._on_dialog_canceled)
        self.changed.connect(self._on_changed, Qt.ConnectionType.QueuedConnection)

    def report(self, done: int, total: int) -> None:
        """``progress`` for the job: safe to call from any thread."""
        self.changed.emit(done, total)

    def cancelled(self) -> bool:
        """``cancelled`` for the job: safe to call from any thread."""
        return self._cancel.is_set()

    def finish(self) -> None:
        """The job ended (result, error or cancel): close the dialog for good."""
        self.changed.disconnect(self._on_changed)
        self.dialog.canceled.disconnect(self._on_dialog_canceled)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()

    @Slot(int, int)
    def _on_changed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    @Slot()
    def _on_dialog_canceled(self) -> None:
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Stopping…"))
