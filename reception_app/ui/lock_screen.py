"""Privacy screen (F12 / Ctrl+L) and auto-lock after idle minutes, both masking revealed identities first."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.errors import KnownError
from reception_app.ui.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.case_detail import CaseDetailDialog
    from reception_app.ui.tasks import Runner

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 5.0
MAX_PASSWORD = 256
_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Cover(QWidget):
    """A blank panel laid over its parent window (tracks the parent's size); takes the keyboard focus.

    Signals:
        dismissed(): Esc was pressed on the cover.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("privacyCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#privacyCover { background: #1f2a36; } QLabel { color: #e8eef4; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if text:
            label = QLabel(text, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            self._layout.addWidget(label)
        parent.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        """Lay the cover over the whole parent and take the focus."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(parent.rect())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
        event.accept()  # nothing typed on the cover reaches the widgets under it (nor closes a dialog)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False


class LockScreen(Cover):
    """The auto-lock panel over the main window: the same user's password, or "Switch user".

    Signals:
        unlock_requested(str): the password typed.
        switch_user_requested(): the user chose to log out so someone else can log in.
    """

    unlock_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setStyleSheet("QWidget#lockScreen { background: #1f2a36; } QLabel { color: #e8eef4; }")
        panel = QWidget(self)
        panel.setObjectName("lockPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        panel.setStyleSheet("QWidget#lockPanel { background: #f4f6f8; } QLabel { color: #1f2a36; }")
        panel.setFixedWidth(420)
        self.title_label = QLabel(self.tr("The desk is locked"), panel)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.user_label = PlainTextLabel("", panel, word_wrap=True)
        self.password_edit = QLineEdit(panel)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(MAX_PASSWORD)
        self.message_label = MessageLabel(panel)
        self.unlock_button = QPushButton(self.tr("&Unlock"), panel)
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("&Switch user"), panel)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.title_label)
        inner.addWidget(self.user_label)
        inner.addLayout(form)
        inner.addWidget(self.message_label)
        inner.addLayout(buttons)
        self._layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.switch_button.clicked.connect(self.switch_user_requested)

    def cover(self) -> None:
        super().cover()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # Esc does not unlock

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password_edit, self.unlock_button, self.switch_button):
            widget.setEnabled(not busy)

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.password_edit.text())


class LockController(QObject):
    """Installed by the main window: the privacy screen and the idle auto-lock.

    * F12 or Ctrl+L (application-wide) covers the main window and every open dialog and masks every revealed
      identity ("privacy"); F12 or Esc uncovers.
    * After ``idle_minutes`` without a key press or mouse input the main window is locked: identities are
      masked ("locked"), every window is covered, and only the same user's password (checked by
      ``desk.login`` on the runner) or "Switch user" (:attr:`switch_user_requested`) gets past it.
      The idle time is a ``QTimer``, which runs on the system's monotonic clock (CLOCK_MONOTONIC on Linux,
      the tick count on Windows): setting the PC's wall clock neither fires nor postpones the lock.

    Args:
        window: the main window.
        desk: the services facade.
        runner: the DB-thread task runner.
        idle_minutes: idle time before locking (fractions allowed; 0 or less: never).

    Signals:
        locked(): the lock screen was shown.
        unlocked(): the same user's password was accepted.
        switch_user_requested(): "Switch user" on the lock screen.
    """

    locked = Signal()
    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(
        self, window: QWidget, desk: Desk, runner: Runner, *, idle_minutes: float = DEFAULT_IDLE_MINUTES
    ) -> None:
        super().__init__(window)
        self._window = window
        self._desk = desk
        self._runner = runner
        self._details: list[CaseDetailDialog] = []
        self._dialog_covers: list[Cover] = []
        self._username = ""
        self.privacy_cover = Cover(window, self.tr("Privacy screen. Press F12 or Esc to return."))
        self.lock_screen = LockScreen(window)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(int(idle_minutes * 60_000), 1))
        self.shortcuts = []
        for keys in ("F12", "Ctrl+L"):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(self.toggle_privacy)
            self.shortcuts.append(shortcut)
        self.privacy_cover.dismissed.connect(self.uncover)
        self.lock_screen.unlock_requested.connect(self._on_lock_screen_unlock_requested)
        self.lock_screen.switch_user_requested.connect(self.switch_user_requested)
        self.idle_timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if idle_minutes > 0:
            self.idle_timer.start()

    def set_idle_minutes(self, minutes: float) -> None:
        """Change the idle time (the desk setting arrives after the window is built); 0 or less: never."""
        self.idle_timer.setInterval(max(int(minutes * 60_000), 1))
        if minutes > 0 and not self.is_locked():
            self.idle_timer.start()
        elif minutes <= 0:
            self.idle_timer.stop()

    # --- registry -----------------------------------------------------------------------------------

    def register(self, dialog: CaseDetailDialog) -> None:
        """Mask ``dialog``'s identities whenever the privacy screen or the lock comes up."""
        self._details.append(dialog)
        dialog.destroyed.connect(self._forget_dead)
        if self.is_covered():
            dialog.mask_now("locked" if self.is_locked() else "privacy")

    def _forget_dead(self) -> None:
        self._details = [d for d in self._details if shiboken6.isValid(d)]

    def _mask_all(self, why: str) -> None:
        self._forget_dead()
        for dialog in self._details:
            dialog.mask_now(why)

    # --- covers -------------------------------------------------------------------------------------

    def is_covered(self) -> bool:
        return self.privacy_cover.isVisible() or self.lock_screen.isVisible()

    def is_locked(self) -> bool:
        return self.lock_screen.isVisible()

    def _cover_dialogs(self) -> None:
        if self._dialog_covers:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                cover = Cover(widget, self.tr("Privacy screen. Press F12 or Esc to return."))
                cover.dismissed.connect(self.uncover)
                cover.cover()
                self._dialog_covers.append(cover)

    def _uncover_dialogs(self) -> None:
        for cover in self._dialog_covers:
            if shiboken6.isValid(cover):
                cover.hide()
                cover.setParent(None)
                cover.deleteLater()
        self._dialog_covers = []

    @Slot()
    def toggle_privacy(self) -> None:
        """F12 / Ctrl+L: cover at once, or uncover (never past the lock screen)."""
        if self.privacy_cover.isVisible():
            self.uncover()
        elif not self.is_locked():
            self.cover()

    def cover(self) -> None:
        """Cover every window and mask every revealed identity ("privacy")."""
        self._mask_all("privacy")
        self._cover_dialogs()
        self.privacy_cover.cover()
        self.privacy_cover.activateWindow()

    @Slot()
    def uncover(self) -> None:
        """Remove the privacy screen (the lock screen stays)."""
        if self.is_locked():
            return
        self.privacy_cover.hide()
        self._uncover_dialogs()

    # --- lock ---------------------------------------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Mask identities ("locked"), cover every window and ask the same user's password."""
        if self.is_locked():
            return
        self.idle_timer.stop()
        self._mask_all("locked")
        session = self._desk.session
        if session is not None:
            self._username = session.username
            self.lock_screen.user_label.setText(
                self.tr("Logged in as %1. Enter your password to continue.").replace("%1", session.full_name)
            )
        self.privacy_cover.hide()
        self._cover_dialogs()
        self.lock_screen.message_label.clear_message()
        self.lock_screen.password_edit.clear()
        self.lock_screen.set_busy(False)
        self.lock_screen.cover()
        log.info("desk locked after idle time")
        self.locked.emit()

    def _on_lock_screen_unlock_requested(self, password: str) -> None:
        if not password:
            self.lock_screen.message_label.show_message(self.tr("Enter your password."))
            return
        desk = self._desk
        self.lock_screen.set_busy(True)
        self.lock_screen.message_label.clear_message()
        self._runner.run(lambda: desk.unlock(password), self._on_unlock_done, self._on_unlock_failed, context=self)

    def _on_unlock_done(self, _session: object) -> None:
        self.lock_screen.set_busy(False)
        self.lock_screen.password_edit.clear()
        self.lock_screen.hide()
        self._uncover_dialogs()
        self.idle_timer.start()
        self.unlocked.emit()

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self.lock_screen.set_busy(False)
        if isinstance(exc, KnownError):
            message = exc.text()
        else:
            log.error("unlock failed: %s", type(exc).__name__)
            message = self.tr("Could not unlock. Details are in the log.")
        self.lock_screen.message_label.show_message(message)
        self.lock_screen.password_edit.clear()
        self.lock_screen.password_edit.setFocus()

    # --- idle ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT and self.idle_timer.isActive():
            self.idle_timer.start()  # restart: the lock comes idle_minutes after the last input
        return False
