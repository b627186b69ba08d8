""" "Mở khóa danh tính": a supervisor's username, password and a written reason open one case's identities."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.errors import ValidationError
from reception_app.services import RevealGrant
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.form_fields import credential_edits
from reception_app.ui.common.widgets import MessageLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)


class RevealDialog(QDialog):
    """Asks a supervisor's credentials and a reason, then runs ``desk.identity.reveal`` on the DB thread.

    The service checks everything (wrong password, an officer's account, an empty reason) and audits every
    request, grant and denial; this dialog only shows the refusal next to the fields, clears the password and
    stays open. On a grant it emits :attr:`revealed` and accepts.

    Args:
        desk: the services facade (logged in).
        runner: the DB-thread task runner.
        case_uid: the case whose identities to open.
        parent: Qt parent.

    Signals:
        revealed(RevealGrant): the grant (token, reporters with identities, expiry).
    """

    revealed = Signal(object)

    def __init__(self, desk: Desk, runner: Runner, case_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self.case_uid = case_uid
        self._busy = False
        self.setWindowTitle(self.tr("Unlock identity"))
        intro = QLabel(
            self.tr(
                "A supervisor must enter their own account and the reason for unlocking. "
                "The identities are shown for a few minutes and the unlock is recorded in the audit log."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.username_edit, self.password_edit = credential_edits(self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("Why the identity is needed (required)"))
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.message_label = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor &username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        buttons.rejected.connect(self.reject)
        for edit in (self.username_edit, self.password_edit):  # a correction clears the old refusal
            edit.textEdited.connect(self.message_label.clear_message)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self.resize(480, self.sizeHint().height())

    @Slot()
    def _on_reason_edit_text_changed(self) -> None:
        if not self._busy:
            self.message_label.clear_message()

    def is_busy(self) -> bool:
        """True while the reveal request is on the DB thread."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.username_edit, self.password_edit, self.reason_edit, self.unlock_button):
            widget.setEnabled(not busy)

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        if self._busy:
            return
        desk, uid = self._desk, self.case_uid
        username = self.username_edit.text()
        password = self.password_edit.text()
        reason = self.reason_edit.toPlainText()
        self.message_label.clear_message()
        self._set_busy(True)
        self._runner.run(
            lambda: desk.identity.reveal(uid, username, password, reason),
            self._on_reveal_done,
            self._on_reveal_failed,
            context=self,
        )

    def _on_reveal_done(self, grant: RevealGrant) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.revealed.emit(grant)
        self.accept()

    def _on_reveal_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = error_text(
            exc, self.tr("The identity could not be unlocked. Details are in the log."), log_as="reveal failed"
        )
        self.message_label.show_message(message)
        if isinstance(exc, ValidationError) and not any(e.field != "reason" for e in exc.errors):
            self.reason_edit.setFocus()  # only the reason was refused: the password stays, fix the reason
            return
        self.password_edit.clear()
        self.password_edit.setFocus()
