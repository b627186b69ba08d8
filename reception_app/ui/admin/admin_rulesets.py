"""Administration → "Rule sets": the rule and form sets by effective date, and loading a newer set file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from reception_app.models.enums import Role
from reception_app.models.rulesets import RuleSet
from reception_app.services import rule_sets
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

_OK_STYLE = "QLabel#messageLabel { color: #0b6b1f; }"
_ERROR_STYLE = "QLabel#messageLabel { color: #b00020; }"

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner


class RuleSetsTab(QWidget):
    """Lists the sets in use (period, source, certainty) and, for administrators, loads a set file.

    Signals:
        loaded(str): a set was validated and stored; payload = its key.
    """

    loaded = Signal(str)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._runner = desk, runner
        self.list_label = PlainTextLabel("", self, word_wrap=True)
        self.load_button = QPushButton(self.tr("&Load a rule set file…"), self)
        session = desk.session
        self.load_button.setEnabled(session is not None and session.has(Role.ADMIN))
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_label)
        layout.addWidget(self.load_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.load_button.clicked.connect(self._on_load_button_clicked)
        self.refresh()

    def describe(self, rs: RuleSet) -> str:
        until = rs.effective_to.strftime("%d/%m/%Y") if rs.effective_to else self.tr("no end date")
        return (
            self.tr("%1 — from %2 to %3 [%4]\n%5")
            .replace("%1", rs.name)
            .replace("%2", rs.effective_from.strftime("%d/%m/%Y"))
            .replace("%3", until)
            .replace("%4", rs.tag.value)
            .replace("%5", rs.source)
        )

    def refresh(self) -> None:
        self.list_label.setText("\n\n".join(self.describe(rs) for rs in rule_sets()))

    @Slot()
    def _on_load_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a rule set file"), "", self.tr("Rule set (*.json)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Validate and store the set file at ``path`` (on the DB thread)."""
        desk = self._desk
        self.load_button.setEnabled(False)
        self._runner.run(lambda: desk.rulesets.load_file(path), self._on_loaded, self._on_failed, context=self)

    def _on_loaded(self, rs: RuleSet) -> None:
        self.load_button.setEnabled(True)
        self.message.setStyleSheet(_OK_STYLE)
        self.message.show_message(self.tr("Rule set loaded: %1").replace("%1", rs.name))
        self.refresh()
        self.loaded.emit(rs.key)

    def _on_failed(self, exc: BaseException) -> None:
        self.load_button.setEnabled(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        # A ValidationError's text is its field messages, one a line.
        self.message.show_message(
            error_text(exc, self.tr("The rule set could not be loaded."), log_as="rule set load failed")
        )
