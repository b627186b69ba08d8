"""Back up now / restore: the admin's dialogs. The work runs on the DB thread through the runner."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.services import BackupCancelled, BackupInfo, BackupJob
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.jobs import JobHandle, Jobs, JobStatus
    from reception_app.ui.common.tasks import Runner


class BackupController(QObject):
    """Runs backups off the DB thread: prepared (audited) on the DB thread, copied on the job thread.

    The daily backup at the first login of a day and "Back up now" both show their progress in the status
    strip ``status`` with a Cancel button; intake, search and every other desk call go on meanwhile on the DB
    thread, because the copy uses its own connections (``services.backup.BackupJob``).

    Signals:
        daily_finished(object): the daily backup ended; payload = its BackupInfo.
        daily_failed(str): the daily backup failed (never a modal box at login): the text for the status bar.
    """

    daily_finished = Signal(object)
    daily_failed = Signal(str)

    def __init__(self, desk: Desk, runner: Runner, jobs: Jobs, status: JobStatus, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk, self._runner, self._jobs, self._status = desk, runner, jobs, status
        self._parent = parent
        self.handle: JobHandle | None = None

    @property
    def running(self) -> bool:
        return self.handle is not None

    def start_daily(self, prepare: Callable[[], BackupJob | None]) -> None:
        """First login of the day: ``prepare`` runs on the DB thread; the copy runs as a job."""
        self._runner.run(prepare, self._on_daily_prepared, self._on_daily_failed, context=self)

    def back_up_now(self) -> None:
        """Ask for a folder (a USB stick, say) and write an encrypted backup there."""
        # A fixed translation context that lupdate sees: ``parent.tr`` is extracted as context "parent" but
        # looked up at run time under the parent's class name, so it would never be translated.
        translate = QCoreApplication.translate
        if self.running:
            QMessageBox.information(
                self._parent, translate("BackUpNow", "Backup"), translate("BackUpNow", "A backup is already running.")
            )
            return
        folder = QFileDialog.getExistingDirectory(
            self._parent, translate("BackUpNow", "Choose the backup folder (e.g. a USB stick)")
        )
        if not folder:
            return
        self._runner.run(
            lambda: self._desk.backup.prepare(Path(folder)), self._on_manual_prepared, self._on_failed, context=self
        )

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def start_job(
        self,
        job: BackupJob,
        text: str,
        on_done: Callable[[BackupInfo], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a prepared job on the job thread with the status strip; ``on_done(info)`` on the GUI thread."""
        state = {"over": False}
        report = on_failed or self._on_failed

        def done(info: BackupInfo) -> None:
            state["over"] = True
            self._end()
            on_done(info)

        def failed(exc: BaseException) -> None:
            state["over"] = True
            self._end()
            report(exc)

        handle = self._jobs.run(
            job.run,
            done,
            failed,
            on_progress=self._status.set_percent,
            context=self,
        )
        if not state["over"]:  # a synchronous runner has already finished
            self.handle = handle
            self._status.start(text, handle)

    def _end(self) -> None:
        self.handle = None
        self._status.finish()

    def _on_daily_prepared(self, job: BackupJob | None) -> None:
        if job is None:
            return
        translate = QCoreApplication.translate

        def done(info: BackupInfo) -> None:  # mark the day and prune old copies on the DB thread
            finish = lambda: self._desk.backup.finish_scheduled(info)  # noqa: E731
            self._runner.run(finish, self.daily_finished.emit, self._on_daily_failed, context=self)

        self.start_job(job, translate("BackUpNow", "Daily encrypted backup…"), done, self._on_daily_failed)

    def _on_manual_prepared(self, job: BackupJob) -> None:
        translate = QCoreApplication.translate

        def done(info: BackupInfo) -> None:
            QMessageBox.information(
                self._parent,
                translate("BackUpNow", "Backup"),
                translate("BackUpNow", "Encrypted backup written and checked: {0} ({1} cases).").format(
                    str(info.path), info.cases
                ),
            )

        self.start_job(job, translate("BackUpNow", "Encrypted backup…"), done)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, BackupCancelled):
            return
        QMessageBox.warning(self._parent, QCoreApplication.translate("BackUpNow", "Backup"), _failure_text(exc))

    def _on_daily_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, BackupCancelled):  # cancelled: tried again at the next login of the day
            self.daily_failed.emit(_failure_text(exc))


def _failure_text(exc: BaseException) -> str:
    fallback = QCoreApplication.translate("BackUpNow", "The backup could not be written.")
    return error_text(exc, fallback, log_as="backup failed")


class RestoreDialog(QDialog):
    """Pick a backup folder and authorise with the recovery code or an admin's password.

    Signals:
        restored: the backup is in place; the desk is logged out and the user must log in again.
    """

    restored = Signal()

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._runner = desk, runner
        self.setWindowTitle(self.tr("Restore from backup"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit)
        row.addWidget(browse)
        self.by_admin = QRadioButton(self.tr("Administrator password"))
        self.by_code = QRadioButton(self.tr("Recovery code (another machine)"))
        self.by_admin.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_admin)
        group.addButton(self.by_code)
        self.username_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-…")
        self.message = MessageLabel()
        warning = PlainTextLabel(
            self.tr(
                "The current data is kept as a safety copy in the data folder, then replaced by the backup. "
                "The backup is checked completely first; nothing is changed if it is damaged."
            )
        )
        warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Backup folder"), row)
        form.addRow(self.by_admin)
        form.addRow(self.tr("Username"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.by_code)
        form.addRow(self.tr("Recovery code"), self.code_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"))
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.message.setText(self.tr("Choose the backup folder first."))
            return
        use_code = self.by_code.isChecked()
        code = self.code_edit.text().strip()
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if (use_code and not code) or (not use_code and not (username and password)):
            self.message.setText(self.tr("Enter the recovery code or an administrator's username and password."))
            return
        self.setEnabled(False)
        self.message.setText(self.tr("Checking the backup…"))

        def work() -> BackupInfo:
            if use_code:
                return self._desk.backup.restore(Path(folder), recovery_code=code)
            return self._desk.backup.restore(Path(folder), admin_username=username, admin_password=password)

        self._runner.run(work, self._on_restore_done, self._on_restore_failed, context=self)

    def _on_restore_done(self, _info: BackupInfo) -> None:
        self.password_edit.clear()
        self.code_edit.clear()
        self.restored.emit()
        self.accept()

    def _on_restore_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.password_edit.clear()
        self.message.setText(error_text(exc, self.tr("The restore failed."), log_as="restore failed"))
