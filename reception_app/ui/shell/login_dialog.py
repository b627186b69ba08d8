"""The login dialog: username + password (Argon2id on the DB thread), or the recovery code."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reception_app.ui.common.errors import error_text
from reception_app.ui.common.widgets import MessageLabel

if TYPE_CHECKING:
    from reception_app.services import Desk, Session
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

_PASSWORD_PAGE = 0
_RECOVERY_PAGE = 1


class LoginDialog(QDialog):
    """Asks for credentials and opens the desk. Enter submits; the dialog stays open on errors.

    Args:
        desk: the services facade (``login`` / ``login_with_recovery``).
        runner: the DB-thread task runner (login takes ~0.35 s on purpose).
        parent: Qt parent.

    Signals:
        logged_in(Session): the desk is open; emitted just before the dialog accepts.
    """

    logged_in = Signal(object)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._busy = False
        self.session: Session | None = None

        self.setWindowTitle(self.tr("Log in"))
        self.setModal(True)

        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_edit = QLineEdit(self)
        self.recovery_edit.setObjectName("recoveryCode")
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.message_label = MessageLabel(self)
        self.login_button = QPushButton(self.tr("Log in"), self)
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.setAutoDefault(False)
        self.mode_button = QPushButton(self.tr("Use recovery code…"), self)
        self.mode_button.setFlat(True)
        self.mode_button.setAutoDefault(False)
        self.mode_button.setCursor(Qt.CursorShape.PointingHandCursor)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._password_page())
        self._stack.addWidget(self._recovery_page())
        self._build_layout()
        self._connect_signals()
        self.username_edit.setFocus()

    # --- layout -------------------------------------------------------------------------------------

    def _password_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Type the recovery code printed at first-run setup."), page)
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.tr("&Recovery code:"), self.recovery_edit)
        return page

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Citizen reception desk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)

        buttons = QHBoxLayout()
        buttons.addWidget(self.mode_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self._stack)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def _connect_signals(self) -> None:
        self.login_button.clicked.connect(self._on_login_button_clicked)
        self.quit_button.clicked.connect(self.reject)
        self.mode_button.clicked.connect(self._on_mode_button_clicked)

    # --- state --------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """True while a login runs on the DB thread."""
        return self._busy

    def is_recovery_mode(self) -> bool:
        """True when the dialog asks for the recovery code instead of a password."""
        return self._stack.currentIndex() == _RECOVERY_PAGE

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.username_edit,
            self.password_edit,
            self.recovery_edit,
            self.login_button,
            self.mode_button,
            self.quit_button,
        ):
            widget.setEnabled(not busy)
        self.login_button.setText(self.tr("Logging in…") if busy else self.tr("Log in"))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    # --- slots --------------------------------------------------------------------------------------

    @Slot()
    def _on_mode_button_clicked(self) -> None:
        recovery = not self.is_recovery_mode()
        self._stack.setCurrentIndex(_RECOVERY_PAGE if recovery else _PASSWORD_PAGE)
        self.mode_button.setText(self.tr("Use password…") if recovery else self.tr("Use recovery code…"))
        self.message_label.clear_message()
        (self.recovery_edit if recovery else self.username_edit).setFocus()

    @Slot()
    def _on_login_button_clicked(self) -> None:
        if self._busy:
            return
        desk = self._desk
        if self.is_recovery_mode():
            code = self.recovery_edit.text()
            if not code.strip():
                self.message_label.show_message(self.tr("Type the recovery code."))
                return
            self._set_busy(True)
            self._runner.run(
                lambda: desk.auth.login_with_recovery(code),
                self._on_login_succeeded,
                self._on_login_failed,
                context=self,
            )
            return
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if not username or not password:
            self.message_label.show_message(self.tr("Type your username and password."))
            (self.password_edit if username else self.username_edit).setFocus()
            return
        self._set_busy(True)
        self._runner.run(
            lambda: desk.auth.login(username, password), self._on_login_succeeded, self._on_login_failed, context=self
        )

    def _on_login_succeeded(self, session: Session) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.recovery_edit.clear()
        self.message_label.clear_message()
        self.session = session
        self.logged_in.emit(session)
        self.accept()

    def _on_login_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        fallback = self.tr("Unexpected error while logging in. Details are in the log.")
        self.message_label.show_message(error_text(exc, fallback, log_as="login failed unexpectedly"))
        if self.is_recovery_mode():
            self.recovery_edit.selectAll()
            self.recovery_edit.setFocus()
        else:
            self.password_edit.clear()
            self.password_edit.setFocus()

    # --- overrides ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Ignore Escape / Quit while a login is in flight (its answer would land on a closed dialog)."""
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
