"""Test helpers for UI tests: a deferred runner, a text collector, Vietnamese typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QTextEdit, QWidget


class DeferredRunner:
    """Keeps jobs until the test delivers them: lets a test see the 'in flight' state."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None] | None]] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        context: object = None,
    ) -> None:
        self.jobs.append((fn, on_success, on_error))

    def deliver(self, index: int = 0) -> None:
        fn, on_success, on_error = self.jobs.pop(index)
        try:
            result = fn()
        except Exception as exc:
            assert on_error is not None
            on_error(exc)
        else:
            on_success(result)

    def shutdown(self) -> None:
        self.jobs.clear()


def all_texts(widget: QWidget) -> list[str]:
    """Every string a user could see or a screen reader could read in ``widget`` and its children."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.accessibleName()]
    for child in widget.findChildren(QWidget):
        texts += [child.windowTitle(), child.toolTip(), child.accessibleName(), child.whatsThis()]
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        if isinstance(child, QTextEdit):
            texts.append(child.toPlainText())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
    return texts


def type_vietnamese(edit: QLineEdit, text: str) -> None:
    """Commit text as an input method (Unikey/EVKey) does; keyClicks aborts on non-ASCII."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)
