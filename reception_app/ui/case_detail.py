"""A read-only case detail dialog. Reporters are always masked here (code + ●●●●●)."""

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

from reception_app.models.case import CaseDetail, ReporterView
from reception_app.models.masking import MaskPolicy, reporter_lines
from reception_app.ui.formatting import format_day, format_received
from reception_app.ui.widgets import PlainTextLabel

MASKED = MaskPolicy(reveal_identity=False)


def _value(text: str, *, wrap: bool = False) -> PlainTextLabel:
    return PlainTextLabel(text, word_wrap=wrap, selectable=True)


class CaseDetailDialog(QDialog):
    """Shows one case's fields as plain text. Identity never reaches this dialog unmasked.

    Even if a ``ReporterView`` arrived with its identity filled in, the lines come from
    ``reporter_lines(view, MaskPolicy(reveal_identity=False))``, so only the reporter code and
    ``●●●●●`` placeholders are shown. Revealing is a separate, audited dialog (later).

    Args:
        detail: the case, as returned by ``desk.get_case``.
        parent: Qt parent.
    """

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_uid = detail.uid
        self.setWindowTitle(self.tr("Case %1").replace("%1", detail.number))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._case_box(detail))
        layout.addWidget(self._reporters_box(detail))
        if detail.documents:
            layout.addWidget(self._documents_box(detail))
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        self.resize(720, 640)

    def _case_box(self, d: CaseDetail) -> QGroupBox:
        box = QGroupBox(self.tr("Case"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        accused = ", ".join(part for part in (d.accused, d.accused_position) if part)
        rows: list[tuple[str, str, bool]] = [
            (self.tr("Number:"), d.number, False),
            (self.tr("Received:"), format_received(d.received_at), False),
            (self.tr("Kind:"), d.kind.label, False),
            (self.tr("Channel:"), d.channel.label, False),
            (self.tr("Sector:"), d.sector.label, False),
            (self.tr("Status:"), d.status.label, False),
            (self.tr("Due:"), format_day(d.due_on), False),
            (self.tr("Subject:"), d.subject, True),
            (self.tr("Content:"), d.content, True),
            (self.tr("Accused:"), accused, True),
            (self.tr("Location:"), d.location, True),
            (self.tr("People in the group:"), str(d.group_size), False),
            (self.tr("Received by:"), d.officer, False),
        ]
        for label, value, wrap in rows:
            form.addRow(label, _value(value, wrap=wrap))
        return box

    def _reporters_box(self, d: CaseDetail) -> QGroupBox:
        box = QGroupBox(self.tr("Reporters"))
        layout = QVBoxLayout(box)
        if not d.reporters:
            note = QLabel(self.tr("No identity recorded (anonymous tip)."), box)
            layout.addWidget(note)
            return box
        for position, view in enumerate(d.reporters):
            if position:
                layout.addSpacing(8)
            layout.addLayout(self._reporter_form(view))
        hint = QLabel(self.tr("Identities are sealed. Unlocking needs a supervisor and is recorded."), box)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return box

    def _reporter_form(self, view: ReporterView) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, value in reporter_lines(view, MASKED):
            caption = PlainTextLabel(f"{label}:")
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(caption, _value(value, wrap=True))
        return form

    def _documents_box(self, d: CaseDetail) -> QGroupBox:
        box = QGroupBox(self.tr("Documents received"))
        layout = QVBoxLayout(box)
        for doc in d.documents:
            pages = self.tr("%n page(s)", "", doc.pages)
            layout.addWidget(_value(f"{doc.name} — {pages} — {doc.state.label}", wrap=True))
        return box
