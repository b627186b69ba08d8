"""The lazy, keyset-paged table model under the case list, the audit log and the logbook.

Rows are appended page by page as the view scrolls (``canFetchMore``/``fetchMore``); each page is one request on
the DB thread that continues after the last key seen (never OFFSET, never count(*)). One request is in flight at
a time; a generation counter drops the answers of a request made before the last :meth:`PagedTableModel.refresh`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from reception_app.ui.common.errors import error_text

if TYPE_CHECKING:
    from reception_app.ui.common.tasks import Runner

ModelIndex = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows fetched lazily in keyset pages on the runner; subclasses say what a page is and how a row looks.

    Subclasses implement :meth:`_page_task` (the call for the page after a key, run on the DB thread: it must not
    touch the model), :meth:`_take_page` (the rows, the next key and whether that was the last page), and
    :meth:`_failure_text`; they may narrow :meth:`_can_load` and :meth:`_row_limit`.

    Signals:
        loading_changed(bool): a page request started (True) or finished (False).
        page_loaded(int): a page arrived; payload = number of rows now in the model.
        load_failed(str): a page request failed; payload = message safe to show (Vietnamese for known errors).
    """

    loading_changed = Signal(bool)
    page_loaded = Signal(int)
    load_failed = Signal(str)

    log_as = "page failed"
    """How a failed page is named in the log (the exception's type is added, never its text)."""

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._rows: list[Any] = []
        self._next_key: Any = None
        self._at_end = False
        self._in_flight = False
        self._resetting = False
        self._generation = 0

    # --- for subclasses -----------------------------------------------------------------------------

    def _page_task(self, after: Any) -> Callable[[], Any]:
        """The call that loads the page after key ``after`` (None: the first page); runs on the DB thread."""
        raise NotImplementedError

    def _take_page(self, page: Any) -> tuple[Sequence[Any], Any, bool]:
        """``(rows, next key, at end)`` of an answer (GUI thread; may keep extra data the page carries)."""
        raise NotImplementedError

    def _failure_text(self) -> str:
        """Shown when a page fails with an unexpected error."""
        raise NotImplementedError

    def _can_load(self) -> bool:
        """False while the model has nothing to ask for yet (e.g. no period chosen)."""
        return True

    def _row_limit(self) -> int | None:
        """Scrolling stops at this many rows (None: no limit)."""
        return None

    def _on_reset(self) -> None:
        """Called inside :meth:`refresh`'s model reset, after the rows were dropped."""

    # --- Qt model API -------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: ModelIndex) -> bool:
        limit = self._row_limit()
        return (
            not parent.isValid()
            and not self._at_end
            and not self._in_flight
            and not self._resetting
            and (limit is None or len(self._rows) < limit)
            and self._can_load()
        )

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._in_flight = True
        self.loading_changed.emit(True)
        generation = self._generation
        self._runner.run(
            self._page_task(self._next_key),
            lambda page: self._on_page_loaded(generation, page),
            lambda exc: self._on_page_failed(generation, exc),
            context=self,
        )

    # --- public API ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Drop every row and load the first page again (keeps the search and filters)."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._next_key = None
        self._at_end = False
        self._on_reset()
        was_loading = self._in_flight
        self._in_flight = False
        # Listeners of modelReset (views, testers) may call fetchMore; with a synchronous runner that would
        # insert rows while they still handle the reset. Refuse until the reset is over, then fetch here.
        self._resetting = True
        try:
            self.endResetModel()
        finally:
            self._resetting = False
        if was_loading:
            self.loading_changed.emit(False)
        self.fetchMore(QModelIndex())

    def is_loading(self) -> bool:
        """True while a page request is in flight."""
        return self._in_flight

    def has_more(self) -> bool:
        """True while more pages may exist."""
        return not self._at_end

    # --- helpers ------------------------------------------------------------------------------------

    def _on_page_loaded(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return  # an answer for a search or filter that was replaced meanwhile
        self._in_flight = False
        rows, self._next_key, self._at_end = self._take_page(page)
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loading_changed.emit(False)
        self.page_loaded.emit(len(self._rows))

    def _on_page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        self._at_end = True  # no retry loop from the view; refresh() or a new search tries again
        message = error_text(exc, self._failure_text(), log_as=self.log_as)
        self.loading_changed.emit(False)
        self.load_failed.emit(message)
