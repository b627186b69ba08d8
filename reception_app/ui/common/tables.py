"""Small read-only tables: a model of string rows and the table view every feature shows it in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ModelIndex = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole + 1
"""Custom role of :class:`TextRowsModel`: the row's key (an id or uid)."""


class TextRowsModel(QAbstractTableModel):
    """A small read-only table of strings (one case's steps, deadlines, transfers; the agency list).

    Rows are short in-memory lists (tens to a few hundred), so a plain list is fine here. Item views show
    ``DisplayRole`` as plain text; user text is never interpreted as markup.
    """

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[object] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]], keys: Sequence[object] | None = None) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self.endResetModel()

    def key(self, row: int) -> object:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        if role == KeyRole:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def make_table(model: TextRowsModel, parent: QWidget, *, stretch: int | None = None, rows: int = 6) -> QTableView:
    """A read-only, row-selecting table view of ``model``, about ``rows`` rows high."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    line = view.fontMetrics().lineSpacing() + 8
    view.setMinimumHeight(line * (rows + 1) + 4)
    return view


def fit_rows(view: QTableView, *, least: int = 1, most: int = 10) -> None:
    """Make ``view`` exactly as high as its rows (between ``least`` and ``most`` rows; more rows scroll)."""
    view.resizeRowsToContents()
    count = view.model().rowCount()
    shown = max(least, min(count, most))
    heights = [view.rowHeight(r) for r in range(min(count, shown))]
    line = view.verticalHeader().defaultSectionSize()
    total = sum(heights) + line * (shown - len(heights))
    frame = 2 * view.frameWidth()
    scrollbar = view.horizontalScrollBar().sizeHint().height() if view.horizontalScrollBar().isVisible() else 0
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + total + frame + scrollbar)
