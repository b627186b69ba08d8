"""Small shared widgets: labels that always treat their text as plain text (never rich text)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

ELLIPSIS = "…"


class PlainTextLabel(QLabel):
    """A QLabel for untrusted text (securedrop's ``SecureQLabel``).

    The text format is pinned to ``Qt.TextFormat.PlainText`` so markup typed by a user (``<b>``, ``<img>``,
    links) is shown literally. Optionally truncates to ``max_length`` characters and/or elides to the width.
    The label never sets a tooltip: tooltips auto-detect rich text.

    Args:
        text: initial text.
        parent: parent widget.
        elide: how to elide when the text is wider than the label (``ElideNone`` = never).
        max_length: hard cap on characters kept (an ellipsis replaces the rest).
        word_wrap: wrap long text onto several lines (ignored when eliding).
        selectable: let the user select (and copy) the text with mouse and keyboard.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideNone,
        max_length: int | None = None,
        word_wrap: bool = False,
        selectable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        self._elide = elide
        self._max_length = max_length
        self._full_text = ""
        if elide == Qt.TextElideMode.ElideNone:
            self.setWordWrap(word_wrap)
        if selectable:
            self.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        self.setText(text)

    def setText(self, text: str) -> None:
        """Set the text, truncated to ``max_length`` and elided if configured."""
        value = text or ""
        if self._max_length is not None and len(value) > self._max_length:
            value = value[: max(self._max_length - 1, 0)] + ELLIPSIS
        self._full_text = value
        self._refresh()

    def full_text(self) -> str:
        """The (possibly truncated) text before eliding."""
        return self._full_text

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._elide != Qt.TextElideMode.ElideNone:
            margins = self.contentsMargins()
            width = self.fontMetrics().horizontalAdvance(self._full_text) + margins.left() + margins.right()
            hint.setWidth(width + 2 * self.margin())
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._elide != Qt.TextElideMode.ElideNone:
            hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance(ELLIPSIS * 3)))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._elide != Qt.TextElideMode.ElideNone:
            self._refresh()

    def _refresh(self) -> None:
        if self._elide == Qt.TextElideMode.ElideNone:
            super().setText(self._full_text)
            return
        width = max(self.contentsRect().width() - 2 * self.margin(), 0)
        super().setText(self.fontMetrics().elidedText(self._full_text, self._elide, width))


class MessageLabel(PlainTextLabel):
    """An inline message next to form fields (errors in red). Hidden while empty.

    Messages come from our own ``tr()`` strings or ``KnownError.text()``; still plain text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, word_wrap=True)
        self.setObjectName("messageLabel")
        self.setStyleSheet("QLabel#messageLabel { color: #b00020; }")
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        """Show ``text`` (or hide the label if it is empty)."""
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        """Hide the label."""
        self.show_message("")
