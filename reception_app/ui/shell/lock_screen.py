"""Privacy screen (F12 / Ctrl+L) and auto-lock after idle minutes, both masking revealed identities first.

One application-level shield: a frameless, application-modal top-level window (the privacy screen or the lock
screen) laid over the screen of the main window, above every other window and dialog (the newest modal window
is the one that gets the keyboard, so unlocking works with any number of case windows open), plus a blank
:class:`Cover` over every other visible top-level window (a second screen, a window the window manager puts on
top). F12 and Ctrl+L are caught by an application event filter, so they work in every window, modal or not.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
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

from reception_app.ui.common.errors import error_text
from reception_app.ui.common.form_fields import MAX_PASSWORD
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 5.0
_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
_SHIELD_STYLE = "QDialog#%s { background: #1f2a36; } QLabel { color: #e8eef4; }"


class Maskable(Protocol):
    def mask_now(self, why: str) -> None: ...


def is_privacy_key(event: QKeyEvent) -> bool:
    """F12 (no modifier) or Ctrl+L."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_F12 and mods == Qt.KeyboardModifier.NoModifier:
        return True
    return event.key() == Qt.Key.Key_L and mods == Qt.KeyboardModifier.ControlModifier


class Cover(QWidget):
    """A blank panel laid over its parent window (tracks the parent's size)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("privacyCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#privacyCover { background: #1f2a36; }")
        parent.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(parent.rect())
        return False


class Shield(QDialog):
    """A frameless application-modal window over the whole screen: nothing behind it is seen or reachable."""

    def __init__(self, name: str) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName(name)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setStyleSheet(_SHIELD_STYLE % name)
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def cover(self, over: QWidget) -> None:
        """Show over the screen ``over`` is on, on top of every other window, and take the keyboard."""
        screen = over.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        if self.isVisible():
            self.hide()  # shown again: the newest modal window, so no dialog opened since blocks it
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # Alt+F4 does not remove the shield

    def reject(self) -> None:
        return None  # Esc: handled by the subclass


class PrivacyScreen(Shield):
    """The privacy screen: F12 or Esc returns.

    Signals:
        dismissed(): Esc was pressed.
    """

    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__("privacyScreen")
        self.setWindowTitle(self.tr("Privacy screen"))
        self.label = QLabel(self.tr("Privacy screen. Press F12 or Esc to return."), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self._layout.addWidget(self.label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def reject(self) -> None:
        self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
        event.accept()  # Enter and other keys do nothing here


class LockScreen(Shield):
    """The auto-lock screen: the same user's password, or "Switch user".

    Signals:
        unlock_requested(str): the password typed.
        switch_user_requested(): the user chose to log out so someone else can log in.
    """

    unlock_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self) -> None:
        super().__init__("lockScreen")
        self.setWindowTitle(self.tr("The desk is locked"))
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
        self.unlock_button.setAutoDefault(False)
        self.switch_button = QPushButton(self.tr("&Switch user"), panel)
        self.switch_button.setAutoDefault(False)
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

    def cover(self, over: QWidget) -> None:
        super().cover(over)
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password_edit, self.unlock_button, self.switch_button):
            widget.setEnabled(not busy)

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.password_edit.text())


class LockController(QObject):
    """Installed by the main window: the privacy screen and the idle auto-lock, over every window.

    * F12 or Ctrl+L, in any window (modal or not), shows the privacy screen and masks every revealed identity
      ("privacy"); F12 or Esc returns, with the keyboard focus where it was.
    * After ``idle_minutes`` without a key press or mouse input the desk is locked: identities are masked
      ("locked": every reveal ends), every window is covered, and only the same user's password (checked by
      ``desk.auth.unlock`` on the runner) or "Switch user" (:attr:`switch_user_requested`) gets past it.
    * Windows opened while covered are covered at once; the shield stays on top.
    * The idle time is a ``QTimer``, which runs on the system's monotonic clock (CLOCK_MONOTONIC on Linux, the
      tick count on Windows): setting the PC's wall clock neither fires nor postpones the lock.

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
        self._maskables: list[QWidget] = []
        self._covers: list[Cover] = []
        self._focus_before: QWidget | None = None
        self._restack_pending = False
        self.privacy_cover = PrivacyScreen()
        self.lock_screen = LockScreen()
        window.destroyed.connect(self._on_window_destroyed)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(int(idle_minutes * 60_000), 1))
        self.privacy_cover.dismissed.connect(self.uncover)
        self.lock_screen.unlock_requested.connect(self._on_lock_screen_unlock_requested)
        self.lock_screen.switch_user_requested.connect(self.switch_user_requested)
        self.idle_timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if idle_minutes > 0:
            self.idle_timer.start()

    def _on_window_destroyed(self) -> None:
        for shield in (self.privacy_cover, self.lock_screen):
            if shiboken6.isValid(shield):
                shield.hide()
                shield.deleteLater()

    def set_idle_minutes(self, minutes: float) -> None:
        """Change the idle time (the desk setting arrives after the window is built); 0 or less: never."""
        self.idle_timer.setInterval(max(int(minutes * 60_000), 1))
        if minutes > 0 and not self.is_locked():
            self.idle_timer.start()
        elif minutes <= 0:
            self.idle_timer.stop()

    # --- what holds identities ------------------------------------------------------------------------

    def register(self, widget: QWidget) -> None:
        """Mask ``widget``'s identities (its ``mask_now(why)``) whenever the privacy screen or the lock comes up.

        Every visible top-level window with a ``mask_now`` method is masked anyway; registering also covers
        windows that are not top-level.
        """
        self._maskables.append(widget)
        widget.destroyed.connect(self._forget_dead)
        if self.is_covered():
            self._mask(widget, "locked" if self.is_locked() else "privacy")

    def _forget_dead(self) -> None:
        self._maskables = [w for w in self._maskables if shiboken6.isValid(w)]

    @staticmethod
    def _mask(widget: QWidget, why: str) -> None:
        mask_now = getattr(widget, "mask_now", None)
        if callable(mask_now):
            mask_now(why)

    def _mask_all(self, why: str) -> None:
        self._forget_dead()
        seen: set[int] = set()
        for widget in [*self._maskables, *QApplication.topLevelWidgets()]:
            if shiboken6.isValid(widget) and id(widget) not in seen:
                seen.add(id(widget))
                self._mask(widget, why)

    # --- covers -------------------------------------------------------------------------------------

    def is_covered(self) -> bool:
        return self.privacy_cover.isVisible() or self.lock_screen.isVisible()

    def is_locked(self) -> bool:
        return self.lock_screen.isVisible()

    def _is_ours(self, widget: QWidget) -> bool:
        return widget is self.privacy_cover or widget is self.lock_screen or isinstance(widget, Cover)

    def _cover_window(self, widget: QWidget) -> None:
        if self._is_ours(widget) or not widget.isVisible() or not widget.isWindow():
            return
        if widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            widget.hide()  # an open combo list, a tooltip
            return
        if any(c.parentWidget() is widget for c in self._covers if shiboken6.isValid(c)):
            return
        cover = Cover(widget)
        cover.cover()
        self._covers.append(cover)

    def _cover_windows(self) -> None:
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            self._cover_window(widget)

    def _uncover_windows(self) -> None:
        for cover in self._covers:
            if shiboken6.isValid(cover):
                cover.hide()
                cover.setParent(None)
                cover.deleteLater()
        self._covers = []

    def _remember_focus(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None:  # no active window (another application has it): the top window's own focus
            top = QApplication.activeModalWidget() or QApplication.activeWindow() or self._window
            focus = top.focusWidget()
        if focus is not None and not self._is_ours(focus.window()):
            self._focus_before = focus

    def _restore_focus(self) -> None:
        focus, self._focus_before = self._focus_before, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def toggle_privacy(self) -> None:
        """F12 / Ctrl+L: cover at once, or uncover (never past the lock screen)."""
        if self.privacy_cover.isVisible():
            self.uncover()
        elif not self.is_locked():
            self.cover()

    def cover(self) -> None:
        """Cover every window and mask every revealed identity ("privacy")."""
        self._remember_focus()
        self._mask_all("privacy")
        self._cover_windows()
        self.privacy_cover.cover(self._window)

    @Slot()
    def uncover(self) -> None:
        """Remove the privacy screen (the lock screen stays)."""
        if self.is_locked():
            return
        self.privacy_cover.hide()
        self._uncover_windows()
        self._restore_focus()

    # --- lock ---------------------------------------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Mask identities ("locked"), cover every window and ask the same user's password."""
        if self.is_locked():
            return
        self.idle_timer.stop()
        if not self.privacy_cover.isVisible():
            self._remember_focus()
        self._mask_all("locked")
        session = self._desk.session
        if session is not None:
            self.lock_screen.user_label.setText(
                self.tr("Logged in as %1. Enter your password to continue.").replace("%1", session.full_name)
            )
        self.privacy_cover.hide()
        self._cover_windows()
        self.lock_screen.message_label.clear_message()
        self.lock_screen.password_edit.clear()
        self.lock_screen.set_busy(False)
        self.lock_screen.cover(self._window)
        log.info("desk locked after idle time")
        self.locked.emit()

    def _on_lock_screen_unlock_requested(self, password: str) -> None:
        if not password:
            self.lock_screen.message_label.show_message(self.tr("Enter your password."))
            return
        desk = self._desk
        self.lock_screen.set_busy(True)
        self.lock_screen.message_label.clear_message()
        self._runner.run(lambda: desk.auth.unlock(password), self._on_unlock_done, self._on_unlock_failed, context=self)

    def _on_unlock_done(self, _session: object) -> None:
        self.lock_screen.set_busy(False)
        self.lock_screen.password_edit.clear()
        self.lock_screen.hide()
        self._uncover_windows()
        self._restore_focus()
        self.idle_timer.start()
        self.unlocked.emit()

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self.lock_screen.set_busy(False)
        message = error_text(exc, self.tr("Could not unlock. Details are in the log."), log_as="unlock failed")
        self.lock_screen.message_label.show_message(message)
        self.lock_screen.password_edit.clear()
        self.lock_screen.password_edit.setFocus()

    # --- keys, idle, windows opened while covered ---------------------------------------------------

    def _restack(self) -> None:
        self._restack_pending = False
        shield = self.lock_screen if self.is_locked() else self.privacy_cover
        if shield.isVisible():
            self._cover_windows()
            shield.cover(self._window)
            if shield is self.lock_screen:
                self.lock_screen.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismiss(self) -> None:
        """The main window went away (logout, quit): no shield may outlive it and block the next window."""
        self.idle_timer.stop()
        for shield in (self.privacy_cover, self.lock_screen):
            if shiboken6.isValid(shield):
                shield.hide()
        self._uncover_windows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Hide and not self._window.isMinimized():
            self._dismiss()
            return False
        if kind in _USER_INPUT and self.idle_timer.isActive():
            self.idle_timer.start()  # restart: the lock comes idle_minutes after the last input
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and is_privacy_key(event):
            if not event.isAutoRepeat():
                self.toggle_privacy()
            return True
        if (
            kind == QEvent.Type.Show
            and self.is_covered()
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self._is_ours(watched)
            and not self._restack_pending
        ):
            self._restack_pending = True  # a window opened behind the shield: cover it, keep the shield on top
            QTimer.singleShot(0, self._restack)
        return False
