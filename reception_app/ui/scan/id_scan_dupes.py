"""A supervisor at the desk approves the identity-duplicate check of a scanned ID number in an officer's session.

The same gate as a reveal (``desk.identity.count_by_id_number_approved``: the supervisor's own credential and a written
reason, every request, denial and check audited); the answer is only a count of saved cases.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.ui.common.errors import error_text
from reception_app.ui.common.form_fields import credential_edits
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)


class DuplicateCheckDialog(QDialog):
    """Asks a supervisor's credential and a reason, then counts the saved cases with ``id_number`` (DB thread).

    Signals:
        counted(int): how many saved cases carry the number.
    """

    counted = Signal(int)

    def __init__(self, desk: Desk, runner: Runner, id_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._id_number = id_number  # memory only, for this one check
        self._busy = False
        self.setWindowTitle(self.tr("Duplicate check by ID number"))
        intro = PlainTextLabel(
            self.tr(
                "Only a supervisor may look up other cases by a citizen's ID number. The supervisor enters their "
                "own account and the reason; the check is recorded in the audit log and tells only how many "
                "saved cases have this number."
            ),
            self,
            word_wrap=True,
        )
        self.username_edit, self.password_edit = credential_edits(self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("Why the check is needed (required)"))
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.message_label = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor &username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setDefault(True)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self._on_check_clicked)
        buttons.rejected.connect(self.reject)
        self.resize(480, self.sizeHint().height())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.username_edit, self.password_edit, self.reason_edit, self.check_button):
            widget.setEnabled(not busy)

    @Slot()
    def _on_check_clicked(self) -> None:
        if self._busy:
            return
        desk, number = self._desk, self._id_number
        username, password = self.username_edit.text(), self.password_edit.text()
        reason = self.reason_edit.toPlainText()
        self.message_label.clear_message()
        self._set_busy(True)
        self._runner.run(
            lambda: desk.identity.count_by_id_number_approved(number, username, password, reason),
            self._on_done,
            self._on_failed,
            context=self,
        )

    def _on_done(self, count: int) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._id_number = ""
        self.counted.emit(count)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = error_text(
            exc, self.tr("The check could not be made. Details are in the log."), log_as="duplicate check failed"
        )
        self.message_label.show_message(message)
        self.password_edit.clear()
        self.password_edit.setFocus()
