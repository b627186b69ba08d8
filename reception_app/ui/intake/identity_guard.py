"""The identity guard on the intake form: the reporter's own identity typed into the subject or content.

While the officer types, :func:`reception_app.models.identity_guard.find_identity` looks at the subject and
content against the names, phones, ID numbers and addresses typed in the reporter boxes (and for any phone- or
ID-shaped number). Matches are highlighted in the content, the subject gets an amber frame, and a bar under the
content offers to replace them with the kind's word ("[người tố cáo]"). Saving with a match left asks for an
explicit choice (replace, keep, cancel); keeping is audited by count only by the service.

The bar shows counts, never the matched text.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QWidget,
)

from reception_app.models.case import ReporterIdentity
from reception_app.models.enums import CaseKind
from reception_app.models.identity_guard import IdentityHit, find_identity, placeholder_for, replace_hits
from reception_app.ui.common.reason_fields import HIGHLIGHT, utf16_offset
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.ui.intake.intake_page import IntakePage

DEBOUNCE_MS = 250
_FRAME = "QLineEdit { border: 2px solid #e0a000; }"


class SaveChoice(Enum):
    REPLACE = "replace"
    KEEP = "keep"
    CANCEL = "cancel"


class IdentityGuard(QObject):
    """Watches ``page.subject`` and ``page.content``; ``banner`` is the bar to put under the content.

    Attributes:
        ask: how the save-time choice is asked (tests replace it); returns a :class:`SaveChoice`.
    """

    def __init__(self, page: IntakePage) -> None:
        super().__init__(page)
        self._page_ref = weakref.ref(page)  # no reference cycle: the page's wrapper goes with the page
        self.subject_hits: list[IdentityHit] = []
        self.content_hits: list[IdentityHit] = []
        self.banner = QFrame(page)
        self.banner.setObjectName("identityGuardBanner")
        self.banner.setStyleSheet(
            "QFrame#identityGuardBanner { background: #fff4d6; border: 1px solid #e0a000; border-radius: 3px; }"
        )
        self.label = PlainTextLabel("", self.banner, word_wrap=True)
        self.replace_button = QPushButton(self.banner)
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.replace_button)
        self.banner.hide()
        self.ask: Callable[[int], SaveChoice] = self._ask
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.replace_button.clicked.connect(self.replace_all)
        page.subject.textChanged.connect(self._timer.start)
        page.content.textChanged.connect(self._timer.start)
        page.kind.currentIndexChanged.connect(self._timer.start)
        # Reporter boxes: every edit there restarts the page's autosave timer; look again when it fires.
        page.autosave_timer.timeout.connect(self.refresh)

    @property
    def _page(self) -> IntakePage:
        page = self._page_ref()
        if page is None:
            raise RuntimeError("intake page is gone")
        return page

    # --- what is typed ------------------------------------------------------------------------------

    def identities(self) -> list[ReporterIdentity]:
        """The reporters' typed name, ID number, address and phone (raw texts: a half-typed date is no matter)."""
        if self._page.current_kind() is CaseKind.ANONYMOUS_TIP:
            return []
        return [
            ReporterIdentity(
                full_name=form.full_name.text(),
                id_number=form.id_number.text(),
                address=form.address.text(),
                phone=form.phone.text(),
            )
            for form in self._page.reporters
        ]

    def placeholder(self) -> str:
        return placeholder_for(self._page.current_kind())

    @property
    def count(self) -> int:
        return len(self.subject_hits) + len(self.content_hits)

    # --- live check ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Look at the subject and content now; highlight, frame and show or hide the bar."""
        self._timer.stop()
        identities = self.identities()
        self.subject_hits = find_identity(self._page.subject.text(), identities)
        self.content_hits = find_identity(self._page.content.toPlainText(), identities)
        self._highlight()
        count = self.count
        self.banner.setVisible(count > 0)
        if count:
            own = sum(h.kind.from_reporter for h in (*self.subject_hits, *self.content_hits))
            text = (
                self.tr("The subject or content holds the reporter's own identity (%n place(s)).", "", own)
                if own
                else self.tr("The subject or content holds a phone or ID number (%n place(s)).", "", count)
            )
            self.label.setText(text + " " + self.tr("It would be stored in the clear and could identify the reporter."))
            self.replace_button.setText(self.tr("Replace with %1").replace("%1", self.placeholder()))
            # Keyboard: Tab from the content reaches the button (the page's tab chain predates the bar).
            QWidget.setTabOrder(self._page.content, self.replace_button)

    def _highlight(self) -> None:
        content = self._page.content
        text = content.toPlainText()
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        for hit in self.content_hits:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(content.document())
            cursor.setPosition(utf16_offset(text, hit.start))
            cursor.setPosition(utf16_offset(text, hit.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        content.setExtraSelections(selections)
        subject = self._page.subject
        subject.setStyleSheet(_FRAME if self.subject_hits else "")
        subject.setToolTip(self.tr("Holds what looks like the reporter's identity.") if self.subject_hits else "")

    # --- replace ------------------------------------------------------------------------------------

    @Slot()
    def replace_all(self) -> None:
        """Replace every match in the subject and content with the kind's word (one undo step each)."""
        self.refresh()
        word = self.placeholder()
        subject = self._page.subject
        if self.subject_hits:
            new = replace_hits(subject.text(), self.subject_hits, word)
            subject.selectAll()
            subject.insert(new)  # an edit (textEdited), like typing: the draft autosave sees it
        content = self._page.content
        if self.content_hits:
            text = content.toPlainText()
            cursor = QTextCursor(content.document())
            cursor.beginEditBlock()
            for hit in sorted(self.content_hits, key=lambda h: h.start, reverse=True):
                cursor.setPosition(utf16_offset(text, hit.start))
                cursor.setPosition(utf16_offset(text, hit.end), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(word)
            cursor.endEditBlock()
        self.refresh()

    # --- save ---------------------------------------------------------------------------------------

    def confirm_before_save(self) -> bool | None:
        """Called by Save. Returns None to stop (cancelled), else whether identity is knowingly kept in the text."""
        self.refresh()
        if not self.count:
            return False
        choice = self.ask(self.count)
        if choice is SaveChoice.REPLACE:
            self.replace_all()
            return False
        if choice is SaveChoice.KEEP:
            return True
        self._page.content.setFocus()
        return None

    def _ask(self, count: int) -> SaveChoice:
        box = QMessageBox(self._page)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Identity in the text"))
        box.setText(
            self.tr(
                "The subject or content still holds what looks like the reporter's identity (%n place(s)). "
                "Free text is stored in the clear and is not masked.",
                "",
                count,
            )
        )
        box.setInformativeText(self.tr("Replace it with %1 before saving?").replace("%1", self.placeholder()))
        replace = box.addButton(self.tr("&Replace and save"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep as typed and save"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(replace)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is replace:
            return SaveChoice.REPLACE
        if clicked is keep:
            return SaveChoice.KEEP
        return SaveChoice.CANCEL
