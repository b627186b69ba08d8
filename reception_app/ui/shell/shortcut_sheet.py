"""F1: the keyboard shortcut sheet (every shortcut of the desk on one page, grouped by where it works)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reception_app.ui.common.widgets import PlainTextLabel


class ShortcutSheet(QDialog):
    """A non-modal window listing the shortcuts; Esc or Close hides it.

    Attributes:
        rows: (group title, keys, what they do), in display order (also what the tests check).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows: list[tuple[str, str, str]] = []
        everywhere = self.tr("Everywhere")
        intake = self.tr("Intake form")
        cases = self.tr("Case list and search")
        case = self.tr("Case window")
        admin = self.tr("Administration")
        self._add(everywhere, "F1", self.tr("This sheet"))
        self._add(everywhere, "F12, Ctrl+L", self.tr("Privacy screen: hide every window at once (F12 or Esc returns)"))
        self._add(everywhere, "Ctrl+N", self.tr("New case (intake form)"))
        self._add(everywhere, "Ctrl+F", self.tr("Search cases"))
        self._add(everywhere, "Ctrl+Shift+O", self.tr("Overdue cases"))
        self._add(everywhere, "Ctrl+Shift+L", self.tr("Logbook"))
        self._add(everywhere, self.tr("Up, Down"), self.tr("In the page list on the left: change page"))
        self._add(everywhere, "Ctrl+Shift+Q", self.tr("Log out"))
        self._add(everywhere, "Ctrl+Q", self.tr("Quit"))
        self._add(intake, self.tr("Tab, Shift+Tab"), self.tr("Next, previous field"))
        self._add(intake, "Enter", self.tr("Next field (in a one-line field)"))
        self._add(intake, self.tr("Alt+underlined letter"), self.tr("Go to that field or button"))
        self._add(intake, self.tr("Down, then Enter"), self.tr("Province, ward: choose the highlighted place"))
        self._add(intake, "Ctrl+S", self.tr("Save the case (the form returns to the first field)"))
        self._add(intake, "Esc", self.tr("Clear the form (asks first)"))
        self._add(cases, self.tr("Down or Enter"), self.tr("In the search box: go to the results"))
        self._add(cases, "Enter", self.tr("Open the highlighted case"))
        self._add(case, "Ctrl+P", self.tr("Print the receipt"))
        self._add(case, "Ctrl+T", self.tr("Transfer slip"))
        self._add(case, "Ctrl+G", self.tr("Guidance slip"))
        self._add(case, "Ctrl+M", self.tr("Appointment slip"))
        self._add(case, "Esc", self.tr("Close the case window"))
        self._add(admin, "Ctrl+Tab, Ctrl+Shift+Tab", self.tr("Next, previous tab"))
        self._lay_out()
        self.resize(720, 700)

    def _add(self, group: str, keys: str, what: str) -> None:
        self.rows.append((group, keys, what))

    def _lay_out(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        boxes: dict[str, QFormLayout] = {}
        for group, keys, what in self.rows:
            if group not in boxes:
                box = QGroupBox(group, body)
                boxes[group] = QFormLayout(box)
                boxes[group].setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
                column.addWidget(box)
            key_label = QLabel(keys, body)
            key_label.setTextFormat(Qt.TextFormat.PlainText)
            font = key_label.font()
            font.setBold(True)
            key_label.setFont(font)
            boxes[group].addRow(key_label, PlainTextLabel(what, body, word_wrap=True))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
