"""Form building blocks for the intake form: a date field that accepts dd/mm/yyyy, and field rows that keep an
inline message under each widget (errors in red, warnings in amber)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QGridLayout, QLabel, QLineEdit, QWidget

from reception_app.ui.common.widgets import MessageLabel

MAX_USERNAME = 64
MAX_PASSWORD = 256
"""The lengths a username and a password field accept (login, lock, reveal, accounts)."""


def credential_edits(parent: QWidget) -> tuple[QLineEdit, QLineEdit]:
    """A supervisor's username and password fields (reveal, protection details, ID-number check): limited
    lengths, the password never echoed."""
    username = QLineEdit(parent)
    username.setMaxLength(MAX_USERNAME)
    password = QLineEdit(parent)
    password.setMaxLength(MAX_PASSWORD)
    password.setEchoMode(QLineEdit.EchoMode.Password)
    return username, password


_DATE = re.compile(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*")
_COMPACT = re.compile(r"\s*(\d{2})(\d{2})(\d{4})\s*")


class BadDate(ValueError):
    """The text is not a date in dd/mm/yyyy."""


def parse_day(text: str) -> date | None:
    """``"9/3/1988"``, ``"09-03-1988"``, ``"09.03.1988"`` or ``"09031988"`` → date; ``""`` → None."""
    if not text.strip():
        return None
    match = _DATE.fullmatch(text) or _COMPACT.fullmatch(text)
    if match is None:
        raise BadDate(text)
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise BadDate(text) from None


def format_day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class DateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy (or left empty when unknown): quicker than a spin box at a busy desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(12)

    def day(self) -> date | None:
        """The date, None when empty; raises :class:`BadDate` when the text is not a date."""
        return parse_day(self.text())

    def set_day(self, value: date | None) -> None:
        self.setText(format_day(value))


def to_qdatetime(value: datetime) -> QDateTime:
    """A naive local ``datetime`` (e.g. ``desk.clock.local_naive()``) as a ``QDateTime``, to the second."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


class DateTimeField(QDateTimeEdit):
    """A date-time edit where Tab leaves the field (arrows and Left/Right still move between its sections)."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class WarningLabel(MessageLabel):
    """Like :class:`MessageLabel` but amber: a warning that does not block saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningLabel")
        self.setStyleSheet("QLabel#warningLabel { color: #8a5a00; }")


class FieldGrid(QGridLayout):
    """Two columns of ``label | widget`` rows; each widget has its error (and optional warning) under it.

    ``messages[name]`` / ``warnings[name]`` give the labels by field name, so a validation error with the path
    ``reporters.0.phone`` lands next to the phone field of the first reporter.
    """

    def __init__(self, parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        self._columns = columns
        self._next = 0
        self.messages: dict[str, MessageLabel] = {}
        self.warnings: dict[str, WarningLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(2)

    def add(self, name: str, label: str, widget: QWidget, *, span: int = 1, warning: bool = False) -> MessageLabel:
        """Add a field; ``span`` = how many of the grid's field columns it takes."""
        parent = self.parentWidget()
        col = self._next % self._columns
        if col + span > self._columns:
            self._next += self._columns - col
            col = 0
        row = (self._next // self._columns) * 3
        caption = QLabel(label, parent)
        caption.setBuddy(widget)
        self.addWidget(caption, row, col * 2)
        self.addWidget(widget, row, col * 2 + 1, 1, span * 2 - 1)
        message = MessageLabel(parent)
        self.addWidget(message, row + 1, col * 2 + 1, 1, span * 2 - 1)
        if warning:
            note = WarningLabel(parent)
            self.addWidget(note, row + 2, col * 2 + 1, 1, span * 2 - 1)
            self.warnings[name] = note
        self.messages[name] = message
        self.widgets[name] = widget
        self._next += span
        for c in range(self._columns):
            self.setColumnStretch(c * 2 + 1, 1)
        return message

    def clear_messages(self) -> None:
        for label in (*self.messages.values(), *self.warnings.values()):
            label.clear_message()
