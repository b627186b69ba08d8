"""The notices owed to citizens, with due dates, shown above the overdue case list (issue 19)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from reception_app.models.recipients import DocumentKind
from reception_app.services import OwedNotice
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

_OVERDUE = QColor("#a8321f")
_Index = QModelIndex | QPersistentModelIndex


class OwedNoticesModel(QAbstractTableModel):
    """Case number, notice, due date, legal basis (at most ``services.notices.MAX_ROWS`` rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OwedNotice] = []

    def set_rows(self, rows: list[OwedNotice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[OwedNotice]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Case"), self.tr("Notice owed"), self.tr("Due"), self.tr("Legal basis"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = row.due_on.strftime("%d/%m/%Y")
            notice = {
                DocumentKind.RESULT_NOTICE: self.tr("Result notice (10 working days)"),
                DocumentKind.ACCEPTANCE_NOTICE: self.tr("Acceptance notice (5 working days)"),
            }.get(row.notice, self.tr("Refusal notice (3 working days)"))
            return (
                row.case_number,
                notice,
                self.tr("%1 (overdue)").replace("%1", due) if row.overdue else due,
                row.basis,
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and index.column() == 2:
            return QBrush(_OVERDUE)
        return None


class OwedNoticesPanel(QWidget):
    """A heading and a short table; loads on the DB thread when :meth:`set_active` turns it on."""

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._runner = desk, runner
        self.heading = PlainTextLabel(self.tr("Notices owed to citizens (overdue or due within 3 working days)"), self)
        self.model = OwedNoticesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.hide()

    def set_active(self, active: bool) -> None:
        if not active:
            self.hide()
            return
        desk = self._desk
        self._runner.run(lambda: desk.notices.owed(), self._on_loaded, lambda _exc: self.hide(), context=self)

    def _on_loaded(self, rows: list[OwedNotice]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.setVisible(bool(rows))
