"""Identity-key rotation at the desk (issue 16): password, progress bar, cancel (resumable), new recovery code.

Every step runs on the DB thread through the runner; one step re-seals a batch in one transaction, so "Stop"
and even a crash lose nothing: the next start resumes. The new recovery code is shown once, as plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.services import RotationProgress
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

BATCH = 500


class RotationDialog(QDialog):
    """Asks the supervisor's own password, then re-seals in batches with a progress bar."""

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._running = False
        self._password = ""
        self.setWindowTitle(self.tr("Change the identity key"))
        self.explanation = PlainTextLabel(
            self.tr(
                "A new identity key pair is made and every sealed identity, scan and protection record is sealed"
                " again with it; the old private key is then destroyed. Other supervisors must be granted the"
                " supervisor role again afterwards. You can stop and resume later."
            ),
            self,
            word_wrap=True,
        )
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message = PlainTextLabel("", self, word_wrap=True, selectable=True)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setEnabled(False)
        self.old_backups_button = QPushButton(self.tr("Backups holding the old key…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.old_backups_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Your password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.old_backups_button.clicked.connect(self._on_old_backups_button_clicked)
        self.resize(560, 260)

    @Slot()
    def _on_start_button_clicked(self) -> None:
        self._password = self.password.text()
        self.password.clear()
        self._running = True
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        desk, password = self._desk, self._password
        self._runner.run(lambda: desk.rotation.start(password), self._on_progress, self._on_failed, context=self)

    @Slot()
    def _on_old_backups_button_clicked(self) -> None:
        from reception_app.ui.shell.old_backups_dialog import OldKeyBackupsDialog

        OldKeyBackupsDialog(self._desk, self._runner, self).open()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        self._running = False
        self.stop_button.setEnabled(False)
        self.start_button.setEnabled(True)
        self.message.setText(self.tr("Stopped. Start again to continue where it stopped."))

    def _on_progress(self, progress: RotationProgress) -> None:
        if progress.phase == "done":
            self._finished(progress)
            return
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        if not self._running:
            return
        desk = self._desk
        if progress.phase == "resealing" and progress.done < progress.total:
            self._runner.run(lambda: desk.rotation.step(BATCH), self._on_progress, self._on_failed, context=self)
        else:
            password = self._password
            self._runner.run(lambda: desk.rotation.finish(password), self._on_progress, self._on_failed, context=self)

    def _finished(self, progress: RotationProgress) -> None:
        self._running = False
        self._password = ""
        self.stop_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.message.setText(
            self.tr(
                "Done. The new recovery code (print it and keep it in the safe; it is shown only once): %1."
                " Then open \"Backups holding the old key\" and destroy the backups it lists."
            ).replace("%1", progress.recovery_code or "")
        )
        desk = self._desk  # the code is on the screen now: the rotation is over
        self._runner.run(lambda: desk.rotation.confirm_recovery_code(), lambda _r: None, self._on_failed, context=self)

    def _on_failed(self, exc: BaseException) -> None:
        self._running = False
        self._password = ""
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.message.setText(error_text(exc, self.tr("Something went wrong."), log_as="key rotation failed"))
