"""The read-only boxes of the case window: the case's fields and the documents received (plain text, selectable;
reporters are not here: they are the masked :class:`~reception_app.ui.cases.reporter_panel.ReporterPanel`)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from reception_app.models.case import CaseDetail
from reception_app.ui.common.formatting import format_day, format_received
from reception_app.ui.common.widgets import PlainTextLabel


def value_label(text: str, *, wrap: bool = False) -> PlainTextLabel:
    return PlainTextLabel(text, word_wrap=wrap, selectable=True)


class CaseBox(QGroupBox):
    """The case's fields, one row each; :attr:`officer_label` is the officer who received it (their name)."""

    def __init__(self, d: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Case"))
        form = QFormLayout(self)
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
            (self.tr("Received by:"), d.officer_name or d.officer, False),  # the person, not the login
        ]
        self.officer_label = value_label("")
        for label, value, wrap in rows:
            self.officer_label = value_label(value, wrap=wrap)  # the last row: "Received by"
            form.addRow(label, self.officer_label)


class DocumentsBox(QGroupBox):
    """The documents the citizen handed in: name, pages, original or copy."""

    def __init__(self, d: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Documents received"))
        layout = QVBoxLayout(self)
        for doc in d.documents:
            pages = self.tr("%n page(s)", "", doc.pages)
            layout.addWidget(value_label(f"{doc.name} — {pages} — {doc.state.label}", wrap=True))
