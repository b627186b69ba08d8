"""Free-text reason fields and reason-code checklists, shared by the handling and protection dialogs.

Free-text reasons are stored in the clear, so every reason field carries the warning :data:`REASON_WARNING` and marks
phone- and ID-shaped numbers as they are typed (:class:`NumberHighlighter`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QVBoxLayout, QWidget

from reception_app.models.identity_guard import find_identity
from reception_app.ui.common.form_fields import WarningLabel

if TYPE_CHECKING:
    from reception_app.models.handling import ChecklistItem

MAX_REASON = 2000
REASON_WARNING = "Không ghi họ tên, địa chỉ người tố cáo vào lý do."
"""Shown under every free-text reason: reasons are stored in the clear (the wording is the lead's, in Vietnamese)."""
HIGHLIGHT = QColor("#ffd54f")
"""The background of an identity-shaped match in free text."""


def utf16_offset(text: str, index: int) -> int:
    """Qt text positions count UTF-16 units; Python indexes code points."""
    return len(text[:index].encode("utf-16-le")) // 2


class NumberHighlighter(QSyntaxHighlighter):
    """Marks phone- and ID-shaped numbers in a free-text box where no reporter identity is at hand (handling
    notes and reasons): they are stored in the clear, so the officer sees them as they type.

    Attach with ``NumberHighlighter(edit.document())``; the document owns it.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(HIGHLIGHT)
        self._format.setToolTip(self.tr("Looks like a phone or ID number: it would be stored in the clear."))

    def highlightBlock(self, text: str) -> None:
        for hit in find_identity(text):
            start = utf16_offset(text, hit.start)
            self.setFormat(start, utf16_offset(text, hit.end) - start, self._format)


class ChecklistBox(QWidget):
    """One checkbox per checklist code (retired codes left out); the label is the Vietnamese text + basis."""

    def __init__(self, items: Mapping[str, ChecklistItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for code, item in items.items():
            if item.retired:
                continue
            box = QCheckBox(f"{item.label} ({item.basis})", self)
            box.setObjectName(f"code_{code}")
            layout.addWidget(box)
            self.boxes[code] = box
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def set_checkable(self, enabled: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(enabled)


def reason_edit(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    NumberHighlighter(edit.document())  # phone/ID-shaped numbers marked as typed (issue 18)
    return edit


def reason_warning(parent: QWidget) -> WarningLabel:
    """The amber reminder under a free-text reason (reasons are stored in the clear)."""
    note = WarningLabel(parent)
    note.show_message(REASON_WARNING)
    return note
