"""The reporters section of the case detail dialog: masked by default, revealed for a few audited minutes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reception_app.models.case import ReporterView
from reception_app.models.clock import Clock
from reception_app.models.masking import MaskPolicy, reporter_lines
from reception_app.services import RevealGrant
from reception_app.ui.common.widgets import PlainTextLabel
from reception_app.ui.identity.reveal_dialog import RevealDialog

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

MASKED = MaskPolicy(reveal_identity=False)
REVEALED = MaskPolicy(reveal_identity=True)
TICK_MS = 1000

Rows = list[tuple[str, str]]


class ReporterPanel(QGroupBox):
    """Reporter code and identity rows; an "Unlock identity…" button (Ctrl+U) and a countdown while revealed.

    The grant's identities live only in :attr:`_grant` and in the row labels. :meth:`mask_now` (expiry, the
    dialog closing, the privacy screen, the lock) drops the grant, overwrites every row with the masked lines
    and ends the grant on the DB thread (``desk.identity.end_reveal(token, why)``, audited).

    Args:
        reporters: the case's reporters as loaded (masked views).
        case_uid: the case (for the reveal request).
        parent: Qt parent.
        desk: the services facade (None: no unlock button).
        runner: the DB-thread task runner (None: no unlock button).
        clock: the clock for the countdown (default: the desk's); expiry runs on its monotonic seconds.

    Signals:
        reveal_changed(bool): identities became visible (True) or were masked again (False).
    """

    reveal_changed = Signal(bool)

    def __init__(
        self,
        reporters: tuple[ReporterView, ...],
        parent: QWidget | None = None,
        *,
        case_uid: str = "",
        desk: Desk | None = None,
        runner: Runner | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(self.tr("Reporters"), parent)
        self.case_uid = case_uid
        self._views = tuple(ReporterView(v.seq, v.reporter_code, v.is_representative) for v in reporters)
        self._desk = desk
        self._runner = runner
        self._clock = clock or (desk.clock if desk is not None else Clock())
        self._grant: RevealGrant | None = None
        self.reveal_dialog: RevealDialog | None = None
        self._rows_widget: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("revealCountdown")
        self.countdown_label.setStyleSheet("QLabel#revealCountdown { color: #8a1c00; font-weight: bold; }")
        self.countdown_label.hide()
        self.unlock_button = QPushButton(self.tr("Unlock identity…"), self)
        self.unlock_button.setShortcut(QKeySequence("Ctrl+U"))
        self.unlock_button.setToolTip(self.tr("A supervisor unlocks the identities for a few minutes (Ctrl+U)"))
        can_reveal = desk is not None and runner is not None and bool(self._views)
        self.unlock_button.setVisible(can_reveal)
        self._layout = QVBoxLayout(self)
        if not self._views:
            self._layout.addWidget(QLabel(self.tr("No identity recorded (anonymous tip)."), self))
        else:
            self._show_rows([reporter_lines(view, MASKED) for view in self._views])
            hint = QLabel(self.tr("Identities are sealed. Unlocking needs a supervisor and is recorded."), self)
            hint.setEnabled(False)
            hint.setWordWrap(True)
            self._layout.addWidget(hint)
        bar = QHBoxLayout()
        bar.addWidget(self.countdown_label, 1)
        bar.addWidget(self.unlock_button)
        self._layout.addLayout(bar)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self._timer.timeout.connect(self._on_timer_timeout)

    # --- state --------------------------------------------------------------------------------------

    def is_revealed(self) -> bool:
        """True while a grant's identities are shown."""
        return self._grant is not None

    def reveal_token(self) -> str | None:
        """The supervisor's reveal grant for this case while it is shown (prints may then name the reporter)."""
        return self._grant.token if self._grant is not None else None

    def row_texts(self) -> list[str]:
        """Every text in the reporter rows (tests)."""
        if self._rows_widget is None:
            return []
        return [label.text() for label in self._rows_widget.findChildren(QLabel)]

    # --- rendering ----------------------------------------------------------------------------------

    def _show_rows(self, reporters: list[Rows]) -> None:
        """Replace the reporter rows with ``reporters`` (one list of (label, value) per reporter)."""
        old = self._rows_widget
        rows = QWidget(self)
        layout = QVBoxLayout(rows)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, lines in enumerate(reporters):
            if position:
                layout.addSpacing(8)
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for label, value in lines:
                caption = PlainTextLabel(f"{label}:", rows)
                caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                form.addRow(caption, PlainTextLabel(value, rows, word_wrap=True, selectable=True))
            layout.addLayout(form)
        if old is None:
            self._layout.insertWidget(0, rows)
        else:
            self._layout.replaceWidget(old, rows)
            for old_label in old.findChildren(QLabel):  # overwrite the revealed strings before it goes
                old_label.clear()
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self._rows_widget = rows

    def _update_countdown(self) -> bool:
        """Show the time left; False once the grant has run out."""
        if self._grant is None:
            return False
        left = int(self._grant.seconds_left(self._clock))
        if left <= 0:
            return False
        minutes, seconds = divmod(left, 60)
        self.countdown_label.setText(self.tr("Identity visible for %1").replace("%1", f"{minutes}:{seconds:02d}"))
        return True

    # --- reveal -------------------------------------------------------------------------------------

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        if self._desk is None or self._runner is None or self._grant is not None or not self._views:
            return
        dialog = RevealDialog(self._desk, self._runner, self.case_uid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.revealed.connect(self.show_grant)
        dialog.destroyed.connect(self._on_reveal_dialog_destroyed)
        self.reveal_dialog = dialog
        dialog.open()

    def _on_reveal_dialog_destroyed(self) -> None:
        self.reveal_dialog = None

    def show_grant(self, grant: RevealGrant) -> None:
        """Show the grant's identities and start the countdown."""
        if self._grant is not None:
            self.mask_now("closed")
        self._grant = grant
        by_seq = {view.seq: view for view in grant.reporters}
        views = [by_seq.get(view.seq, view) for view in self._views]
        self._show_rows([reporter_lines(view, REVEALED) for view in views])
        self.unlock_button.setEnabled(False)
        self.countdown_label.show()
        if not self._update_countdown():
            self.mask_now("expired")
            return
        self._timer.start()
        log.info("identities shown for case %s", grant.case_uid)
        self.reveal_changed.emit(True)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._update_countdown():
            self.expire()

    def expire(self) -> None:
        """The grant ran out: mask again (audited as "expired")."""
        self.mask_now("expired")

    def mask_now(self, why: str) -> None:
        """Drop the grant, show the masked rows and end the grant on the DB thread (no-op when masked).

        Args:
            why: "expired", "closed", "locked" or "privacy" (recorded in the audit log).
        """
        grant, self._grant = self._grant, None
        self._timer.stop()
        if self.reveal_dialog is not None:
            self.reveal_dialog.reject()
        if grant is None:
            return
        token = grant.token
        del grant
        self._show_rows([reporter_lines(view, MASKED) for view in self._views])
        self.countdown_label.clear()
        self.countdown_label.hide()
        self.unlock_button.setEnabled(True)
        self.reveal_changed.emit(False)
        desk, runner = self._desk, self._runner
        if desk is not None and runner is not None:
            runner.run(lambda: desk.identity.end_reveal(token, why), _ignore, _log_end_failure)


def _ignore(_result: object) -> None:
    return None


def _log_end_failure(exc: BaseException) -> None:
    log.warning("ending a reveal failed: %s", type(exc).__name__)
