"""The loud security banner at the top of the main window (issue 16).

Shows, from what the login found (plain attribute reads on the desk, no SQL):
- a rollback: the data is older than what was recorded; the desk is read-only until a supervisor acknowledges;
- a key alarm: public keys or sealed items that do not match; sealing stops until a supervisor re-pins;
- a rotation advice after a supervisor was revoked (text only here).
The acknowledge and re-pin actions run on the DB thread; only a supervisor's session sees their buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from reception_app.models.enums import Role
from reception_app.models.errors import KnownError
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner


class SecurityBanner(QFrame):
    """Red banner; hidden when there is nothing to say.

    Signals:
        resolved(): a supervisor acknowledged the rollback or re-pinned the keys.
    """

    resolved = Signal()

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self.setObjectName("securityBanner")
        self.setStyleSheet(
            "QFrame#securityBanner { background: #fde8e4; border: 2px solid #a8321f; }"
            " QFrame#securityBanner QLabel { color: #8a1c00; font-weight: bold; }"
        )
        self.message = PlainTextLabel("", self, word_wrap=True, selectable=True)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge (supervisor)"), self)
        self.repin_button = QPushButton(self.tr("Re-pin the keys (supervisor)"), self)
        self.rotate_button = QPushButton(self.tr("Change the identity key…"), self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.acknowledge_button)
        layout.addWidget(self.repin_button)
        layout.addWidget(self.rotate_button)
        self.acknowledge_button.clicked.connect(self._on_acknowledge_button_clicked)
        self.repin_button.clicked.connect(self._on_repin_button_clicked)
        self.rotate_button.clicked.connect(self._on_rotate_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        desk = self._desk
        session = desk.session
        supervisor = session is not None and session.has(Role.SUPERVISOR)
        rollback = desk.security.rollback
        report = desk.security.security_report
        if rollback is not None:
            self.message.setText(
                self.tr(
                    "The data on this PC is older than the data recorded last time (%1). The software is"
                    " read-only. Call a supervisor to check and acknowledge."
                ).replace("%1", rollback.problem)
            )
        elif report is not None and report.alarm:
            self.message.setText(report.text())
        elif report is not None and report.rotation_advised:
            self.message.setText(
                self.tr(
                    "The supervisor account %1 was revoked. It could still open identities with the current key:"
                    " change the identity key."
                ).replace("%1", report.rotation_advised)
            )
        else:
            self.hide()
            return
        alarm = report is not None and report.alarm
        self.acknowledge_button.setVisible(rollback is not None and supervisor)
        self.repin_button.setVisible(rollback is None and alarm and supervisor)
        self.rotate_button.setVisible(rollback is None and not alarm and supervisor)
        self.show()

    @Slot()
    def _on_acknowledge_button_clicked(self) -> None:
        self.acknowledge_button.setEnabled(False)
        self._runner.run(self._desk.security.acknowledge_rollback, self._on_done, self._on_failed, context=self)

    @Slot()
    def _on_repin_button_clicked(self) -> None:
        self.repin_button.setEnabled(False)
        self._runner.run(self._desk.security.repin_keys, self._on_done, self._on_failed, context=self)

    @Slot()
    def _on_rotate_button_clicked(self) -> None:
        from reception_app.ui.shell.rotation_dialog import RotationDialog

        dialog = RotationDialog(self._desk, self._runner, self)
        dialog.open()

    def _on_done(self, _result: object) -> None:
        self.acknowledge_button.setEnabled(True)
        self.repin_button.setEnabled(True)
        self.refresh()
        self.resolved.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.acknowledge_button.setEnabled(True)
        self.repin_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self.message.setText(exc.text())
