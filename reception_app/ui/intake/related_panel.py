"""Related cases while typing a new case (or for a saved one): same accused, similar content, same ward, linked.

Suggestions come from ``RelatedCases`` and never use identity (ARCHITECTURE §4), so nothing here is masked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reception_app.models.case import CaseDraft
from reception_app.models.related import RelatedCase, RelationReason
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.formatting import format_received, one_line
from reception_app.ui.common.tables import TextRowsModel, make_table
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

DEBOUNCE_MS = 600
LIMIT = 20


def _has_text(draft: CaseDraft) -> bool:
    return any(str(v or "").strip() for v in (draft.subject, draft.content, draft.accused, draft.ward_code))


class RelatedCasesPanel(QWidget):
    """A short list of cases that look related, with why; Enter or double-click opens one.

    :meth:`set_draft` waits :data:`DEBOUNCE_MS` after the last change, then asks ``RelatedCases.for_draft`` on
    the runner; an answer to an older request is dropped. :meth:`set_case` asks ``for_case`` at once.

    Args:
        desk: the services facade (logged in).
        runner: the DB-thread task runner.
        parent: Qt parent.

    Signals:
        open_requested(str): the user asked to open a suggested case; payload = its uid.
    """

    open_requested = Signal(str)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._related = desk.related
        self._generation = 0
        self._pending: CaseDraft | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.model = TextRowsModel(
            [self.tr("Case"), self.tr("Received"), self.tr("Kind"), self.tr("Subject"), self.tr("Why")], self
        )
        self.view = make_table(self.model, self, stretch=3, rows=4)
        self.view.setAccessibleName(self.tr("Related cases"))
        self.summary_label = PlainTextLabel(self.tr("Related cases appear here while you type."), self, word_wrap=True)
        self.message_label = MessageLabel(self)
        self.open_button = QPushButton(self.tr("&Open case"), self)
        self.open_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.summary_label, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.view)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.view.activated.connect(self._on_view_activated)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # --- public --------------------------------------------------------------------------------------------

    def set_draft(self, draft: CaseDraft) -> None:
        """The draft changed: look for related cases once typing pauses."""
        self._generation += 1  # an answer already on its way is now stale
        self._pending = draft
        self.timer.start()

    def set_case(self, uid: str) -> None:
        """Show the cases related to a saved case (at once)."""
        self.timer.stop()
        self._pending = None
        self._generation += 1
        generation, related = self._generation, self._related
        self._runner.run(
            lambda: related.for_case(uid, limit=LIMIT),
            lambda rows: self._on_loaded(generation, rows),
            lambda exc: self._on_failed(generation, exc),
            context=self,
        )

    def flush(self) -> None:
        """Run a pending draft search now (e.g. before saving)."""
        if self.timer.isActive():
            self.timer.stop()
            self._on_timer_timeout()

    def clear(self) -> None:
        self.timer.stop()
        self._pending = None
        self._generation += 1
        self._show([])

    def related(self) -> list[RelatedCase]:
        return [c for c in (self.model.key(r) for r in range(self.model.rowCount())) if isinstance(c, RelatedCase)]

    # --- internals -----------------------------------------------------------------------------------------

    @Slot()
    def _on_timer_timeout(self) -> None:
        draft, self._pending = self._pending, None
        if draft is None:
            return
        if not _has_text(draft):
            self._show([])
            return
        generation, related = self._generation, self._related
        self._runner.run(
            lambda: related.for_draft(draft, limit=LIMIT),
            lambda rows: self._on_loaded(generation, rows),
            lambda exc: self._on_failed(generation, exc),
            context=self,
        )

    def _reason_text(self, case: RelatedCase) -> str:
        labels = {
            RelationReason.LINKED: self.tr("linked as the same content"),
            RelationReason.SAME_ACCUSED: self.tr("same accused"),
            RelationReason.SIMILAR_CONTENT: self.tr("similar content"),
            RelationReason.SAME_WARD: self.tr("same ward"),
        }
        parts = [labels[r] for r in case.reasons]
        if case.matched_terms and RelationReason.SIMILAR_CONTENT in case.reasons:
            parts[case.reasons.index(RelationReason.SIMILAR_CONTENT)] += f" ({', '.join(case.matched_terms[:5])})"
        return "; ".join(parts)

    def _on_loaded(self, generation: int, rows: list[RelatedCase]) -> None:
        if generation != self._generation:
            return  # a newer request was made meanwhile
        self.message_label.clear_message()
        self._show(rows)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.message_label.show_message(
                error_text(exc, self.tr("Related cases could not be looked up."), log_as="handling task failed")
            )

    def _show(self, rows: list[RelatedCase]) -> None:
        self.model.set_rows(
            [
                (c.number, format_received(c.received_at), c.kind.label, one_line(c.subject), self._reason_text(c))
                for c in rows
            ],
            rows,
        )
        self.summary_label.setText(
            self.tr("%n related case(s)", "", len(rows)) if rows else self.tr("No related case found.")
        )
        self._on_selection_changed()

    def _selected(self) -> RelatedCase | None:
        rows = self.view.selectionModel().selectedRows()
        key = self.model.key(rows[0].row()) if rows else None
        return key if isinstance(key, RelatedCase) else None

    @Slot()
    def _on_selection_changed(self, *_args: object) -> None:
        self.open_button.setEnabled(self._selected() is not None)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        case = self.model.key(index.row())
        if isinstance(case, RelatedCase):
            self.open_requested.emit(case.uid)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        case = self._selected()
        if case is not None:
            self.open_requested.emit(case.uid)
