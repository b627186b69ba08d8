"""Keyboard audit helpers: the Alt+letter mnemonics a window offers, and their clashes."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The lower-case letter after a single ``&`` (``&&`` is a literal ampersand), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter the visible parts of ``window`` answer to: letter -> the texts that claim it."""
    out: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            out[letter].append(text)

    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.window() is not window:
            continue
        buddy = child.buddy() if isinstance(child, QLabel) else None
        if isinstance(child, QAbstractButton) or (buddy is not None and buddy.isVisibleTo(window)):
            claim(child.text())  # type: ignore[attr-defined]
        elif isinstance(child, QGroupBox) and child.isCheckable():
            claim(child.title())
        elif isinstance(child, QTabBar):
            for i in range(child.count()):
                if child.isTabVisible(i):
                    claim(child.tabText(i))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                claim(action.text())
    return dict(out)


def clashes(window: QWidget) -> dict[str, list[str]]:
    """The letters claimed more than once in ``window``."""
    return {letter: texts for letter, texts in mnemonics(window).items() if len(texts) > 1}
