"""A password strength meter: a five-step bar and its level in words, updated as the user types.

The score is zxcvbn's (:func:`reception_app.models.password_policy.assess_password`, ≈ 1–10 ms a call, so it
runs on the GUI thread); the Vietnamese reasons a password is refused are shown by the field's own message label.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from reception_app.models.password_policy import PasswordStrength, assess_password

_WEAK_COLOUR = "#b3261e"
_FAIR_COLOUR = "#b26a00"
_STRONG_COLOUR = "#1b7f3b"


class PasswordMeter(QWidget):
    """Bar (0–4 filled steps) and label ("Strength: weak — needs: strong"); empty password = empty meter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("passwordMeterBar")
        self.bar.setRange(0, 5)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setMinimumWidth(120)
        self.label = QLabel(self)
        self.label.setObjectName("passwordMeterLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)
        self.strength: PasswordStrength | None = None
        self.show_strength(None)

    def _level(self, score: int) -> str:
        return (
            self.tr("very weak"),
            self.tr("weak"),
            self.tr("fair"),
            self.tr("strong"),
            self.tr("very strong"),
        )[max(0, min(score, 4))]

    def update_for(
        self, password: str, *, username: str, supervisor: bool = False, names: Iterable[str] = ()
    ) -> PasswordStrength | None:
        """Score ``password`` and show it; returns the assessment (None for an empty password)."""
        strength = (
            assess_password(password, username=username, supervisor=supervisor, names=tuple(names))
            if password
            else None
        )
        self.show_strength(strength)
        return strength

    def show_strength(self, strength: PasswordStrength | None) -> None:
        self.strength = strength
        if strength is None:
            self.bar.setValue(0)
            self.label.setText(self.tr("Strength: —"))
            return
        self.bar.setValue(strength.score + 1)
        if strength.acceptable:
            colour = _STRONG_COLOUR
            text = self.tr("Strength: %1").replace("%1", self._level(strength.score))
        else:
            colour = _WEAK_COLOUR if strength.score + 1 < strength.required else _FAIR_COLOUR
            text = (
                self.tr("Strength: %1 (needed: %2)")
                .replace("%1", self._level(strength.score))
                .replace("%2", self._level(strength.required))
            )
        self.bar.setStyleSheet(f"QProgressBar#passwordMeterBar::chunk {{ background-color: {colour}; }}")
        self.label.setText(text)
