"""The case list as a lazy Qt table model: keyset pages of 200 rows fetched on the DB thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from reception_app.models.case import OPEN_STATUSES, CaseFilter, CaseSummary, Page, PageKey
from reception_app.ui.common.formatting import format_day, format_received, one_line
from reception_app.ui.common.paged_model import PagedTableModel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

PAGE_SIZE = 200
# The model keeps every row it fetched (≈ 1 KB each, bench/README.md); scrolling stops here so a long session
# stays inside the 300 MB budget. Nobody reads 50,000 rows: the list asks for a search or a filter instead.
MAX_ROWS = 50_000
CaseUidRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2
"""Custom role: True when the row is open and past its due date."""
OVERDUE_COLOUR = "#a8321f"
"""Custom role: the case uid (str) of a row, for opening the detail page."""

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """Columns of the case list. Reporter identity is never a column; only the reporter code is."""

    NUMBER = 0
    RECEIVED = 1
    KIND = 2
    SUBJECT = 3
    STATUS = 4
    DUE = 5
    REPORTER = 6


class CaseTableModel(PagedTableModel):
    """Newest-first case rows, fetched lazily with keyset paging (no row skipping, never count(*)).

    ``fetchMore`` never blocks: it queues one page request on the runner and appends the rows when the
    answer arrives. Only one request is in flight at a time; answers for an old search are dropped
    (:class:`~reception_app.ui.common.paged_model.PagedTableModel`, which also declares the signals).

    Args:
        desk: the services facade (``list_cases`` / ``search_cases``).
        runner: the DB-thread task runner.
        parent: Qt parent.
    """

    log_as = "case page failed"

    def __init__(self, desk: Desk, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self._desk = desk
        self._rows: list[CaseSummary] = []
        self._search = ""
        self._exact = False
        self._filters = CaseFilter()
        self._today_value = self._today()

    # --- Qt model API -------------------------------------------------------------------------------

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(Column):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, Column(index.column()))
        if role == CaseUidRole:
            return row.uid
        if role == OverdueRole:
            return self.is_overdue(row)
        if self.is_overdue(row):  # marked in colour and in words, not by colour alone
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(OVERDUE_COLOUR))
            if role == Qt.ItemDataRole.FontRole and index.column() == Column.DUE:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Overdue: the due date has passed and the case is still open.")
        return None

    def is_overdue(self, row: CaseSummary) -> bool:
        """Open and past its due date (the office's calendar day), as the "Overdue" chip counts it."""
        today = self._today_value
        return today is not None and row.due_on is not None and row.due_on < today and row.status in OPEN_STATUSES

    def _today(self) -> date | None:
        """The office date, read at each refresh (the list is reloaded at least daily by the badge refresh)."""
        today = getattr(self._desk, "today", None)
        return today() if callable(today) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section] if 0 <= section < len(Column) else None
        return super().headerData(section, orientation, role)

    def _page_task(self, after: PageKey | None) -> Callable[[], Page]:
        text, exact, desk = self._search, self._exact, self._desk
        filters = None if self._filters.is_empty else self._filters
        if text:
            return lambda: desk.cases.search_cases(text, after=after, limit=PAGE_SIZE, filters=filters, exact=exact)
        return lambda: desk.cases.list_cases(after=after, limit=PAGE_SIZE, filters=filters)

    def _take_page(self, page: Page) -> tuple[Sequence[CaseSummary], PageKey | None, bool]:
        return page.rows, page.next_key, page.next_key is None or not page.rows

    def _failure_text(self) -> str:
        return self.tr("The case list could not be loaded. Details are in the log.")

    def _row_limit(self) -> int:
        return MAX_ROWS

    def _on_reset(self) -> None:
        self._today_value = self._today()

    # --- public API ---------------------------------------------------------------------------------

    def search_text(self) -> str:
        """The current search text ("" = all cases)."""
        return self._search

    def at_row_limit(self) -> bool:
        """True when :data:`MAX_ROWS` are loaded and more exist: scrolling stops, search or filter to go on."""
        return not self._at_end and len(self._rows) >= MAX_ROWS

    def set_search(self, text: str, *, exact: bool = False) -> None:
        """Show the cases matching ``text`` (all cases when blank) from the first page.

        ``exact``: every word with its marks ("Nhung" is not "những").
        """
        self._search = text.strip()
        self._exact = exact
        self.refresh()

    def is_exact(self) -> bool:
        return self._exact

    def filters(self) -> CaseFilter:
        """The current filter chips."""
        return self._filters

    def set_filters(self, filters: CaseFilter) -> None:
        """Show only the cases matching ``filters`` (with the current search), from the first page."""
        self._filters = filters
        self.refresh()

    def reload_case(self, uid: str) -> None:
        """Re-read one loaded row (status, due date after a handling move) without losing the scroll position."""
        desk, generation = self._desk, self._generation
        self._runner.run(
            lambda: desk.cases.case_summary(uid),
            lambda summary: self._on_case_reloaded(generation, summary),
            lambda _exc: None,  # the row keeps its old values; the next refresh shows the new ones
            context=self,
        )

    def _on_case_reloaded(self, generation: int, summary: CaseSummary | None) -> None:
        if generation != self._generation or summary is None:
            return
        for row, old in enumerate(self._rows):
            if old.uid == summary.uid:
                self._rows[row] = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                return

    def summary(self, row: int) -> CaseSummary | None:
        """The row's summary, or None if out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- helpers ------------------------------------------------------------------------------------

    def _display(self, row: CaseSummary, column: Column) -> str:
        if column is Column.NUMBER:
            return row.number
        if column is Column.RECEIVED:
            return format_received(row.received_at)
        if column is Column.KIND:
            return row.kind.label
        if column is Column.SUBJECT:
            return one_line(row.subject)
        if column is Column.STATUS:
            return row.status.label
        if column is Column.DUE:
            due = format_day(row.due_on)
            return self.tr("%1 (overdue)").replace("%1", due) if self.is_overdue(row) else due
        return row.reporter_code

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Received"),
            self.tr("Kind"),
            self.tr("Subject"),
            self.tr("Status"),
            self.tr("Due"),
            self.tr("Reporter code"),
        )
