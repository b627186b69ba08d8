"""The supervisor's office tab: cases two desks moved from the same version, and events set aside.

Top: the flagged cases and protection requests (keyset-paged, :class:`ConflictListModel`). Middle: the selected
row's competing versions side by side (one column per version: desk, status, officer, last step, time; for a
protection request desk, status, measures, user, decision date, time; codes only, never an identity, a decision
number or free text). "Keep the selected version" sends a ``conflict_resolved`` event to every desk (both
moves stay in the history). Bottom: other desks' events this desk could not apply, and "Retry".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.ui.common.errors import error_text
from reception_app.ui.common.formatting import format_day, format_received
from reception_app.ui.common.paged_model import PagedTableModel
from reception_app.ui.common.tables import TextRowsModel, make_table
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import ConflictPage, ConflictView, Desk, QuarantineView, VersionView
    from reception_app.ui.common.tasks import Runner

ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


def _day(text: str) -> str:
    """An ISO date as ``dd/mm/yyyy`` (as given if it is not one)."""
    try:
        return format_day(date.fromisoformat(text))
    except ValueError:
        return text


class ConflictListModel(PagedTableModel):
    """The flagged cases, a page at a time (keyset on the case id)."""

    log_as = "office conflicts page failed"

    def __init__(self, desk: Desk, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self._desk = desk
        self._rows: list[ConflictView] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Case number"), self.tr("Versions"), self.tr("Desks"))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else 3

    def row(self, index: int) -> ConflictView | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        number = row.number
        if row.kind == "protection":
            number = self.tr("%1 (protection request)").replace("%1", row.number)
        values = (number, str(len(row.versions)), ", ".join(sorted({v.desk for v in row.versions})))
        return values[index.column()] if 0 <= index.column() < len(values) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return super().headerData(section, orientation, role)

    def _page_task(self, after: int | None) -> Callable[[], ConflictPage]:
        desk = self._desk
        return lambda: desk.office_review.conflicts_page(after, PAGE_SIZE)

    def _take_page(self, page: ConflictPage) -> tuple[Sequence[ConflictView], int | None, bool]:
        return page.rows, page.next_key, page.at_end

    def _failure_text(self) -> str:
        return self.tr("The office conflicts could not be loaded. Details are in the log.")


class VersionsModel(QAbstractTableModel):
    """One case's competing versions side by side: a column per version, a row per code."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._versions: tuple[VersionView, ...] = ()
        self._protection = False

    def set_versions(self, versions: tuple[VersionView, ...], *, protection: bool = False) -> None:
        """``protection``: the versions are a protection request's (kind = measures, step = decision date)."""
        self.beginResetModel()
        self._versions = versions
        self._protection = protection
        self.endResetModel()

    def version(self, column: int) -> VersionView | None:
        return self._versions[column] if 0 <= column < len(self._versions) else None

    def fields(self) -> tuple[str, ...]:
        if self._protection:
            return (
                self.tr("Desk"),
                self.tr("Status"),
                self.tr("Measures"),
                self.tr("User"),
                self.tr("Decision date"),
                self.tr("Time"),
            )
        return (
            self.tr("Desk"),
            self.tr("Status"),
            self.tr("Kind"),
            self.tr("Officer"),
            self.tr("Last step"),
            self.tr("Time"),
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() or not self._versions else len(self.fields())

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._versions)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        v = self.version(index.column()) if index.isValid() else None
        if v is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        desk = self.tr("%1 (this desk)").replace("%1", v.desk) if v.mine else v.desk
        step = v.step or "—"
        if self._protection and v.step:
            step = _day(v.step)
        values = (desk, v.status, v.kind or "—", v.officer, step, format_received(v.at) if v.at else "—")
        return values[index.row()] if 0 <= index.row() < len(values) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal:
            return self.tr("Version %1").replace("%1", str(section + 1))
        names = self.fields()
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class OfficeConflictsTab(QWidget):
    """Supervisors only (the service refuses anyone else).

    Signals:
        resolved(str): a conflict was resolved; payload = the case uid.
        retry_asked(int): a retry of the events set aside was asked; payload = how many.
    """

    resolved = Signal(str)
    retry_asked = Signal(int)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self.intro = PlainTextLabel(
            self.tr(
                "Two desks changed these cases or protection requests from the same version. Both versions are kept; "
                "choose the one the office keeps. Your choice is sent to every desk and recorded in the audit log."
            ),
            self,
            word_wrap=True,
        )
        self.list_model = ConflictListModel(desk, runner, self)
        self.list_view = self._table(self.list_model, rows=4)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.verticalHeader().setVisible(False)
        self.versions_model = VersionsModel(self)
        self.versions_view = self._table(self.versions_model, rows=6)
        self.versions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.keep_button = QPushButton(self.tr("&Keep the selected version"), self)
        self.keep_button.setEnabled(False)
        self.message = MessageLabel(self)  # errors (red)
        self.notice = PlainTextLabel("", self, word_wrap=True)  # what was just done
        self.quarantine_label = PlainTextLabel("", self, word_wrap=True)
        self.quarantine_model = TextRowsModel(
            (self.tr("Desk"), self.tr("Event no."), self.tr("Kind"), self.tr("Error"), self.tr("Attempts")), self
        )
        self.quarantine_view = make_table(self.quarantine_model, self, rows=3)
        self.quarantine_view.setMaximumHeight(self.quarantine_view.minimumHeight())
        self.retry_button = QPushButton(self.tr("&Retry events set aside"), self)
        self.retry_button.setEnabled(False)
        self._build_layout()
        self._fit_versions()
        self.list_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_case(cur.row()))
        self.versions_view.selectionModel().selectionChanged.connect(lambda *_: self._update_keep())
        self.keep_button.clicked.connect(self.keep_selected)
        self.retry_button.clicked.connect(self.retry)
        self.list_model.page_loaded.connect(lambda _n: self._after_page())
        self.list_model.load_failed.connect(self.message.show_message)

    def _table(self, model: QAbstractTableModel, rows: int) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setMinimumHeight((view.fontMetrics().lineSpacing() + 10) * (rows + 1) + 4)
        return view

    def _build_layout(self) -> None:
        conflicts = QGroupBox(self.tr("Conflicting changes"), self)
        box = QVBoxLayout(conflicts)
        box.addWidget(self.intro)
        box.addWidget(self.list_view, 1)
        box.addWidget(self.versions_view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        box.addLayout(row)
        aside = QGroupBox(self.tr("Events set aside"), self)
        lower = QVBoxLayout(aside)
        lower.addWidget(self.quarantine_label)
        lower.addWidget(self.quarantine_view)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.retry_button)
        lower.addLayout(row2)
        layout = QVBoxLayout(self)
        layout.addWidget(conflicts, 1)
        layout.addWidget(aside)
        layout.addWidget(self.notice)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        """Reload the conflicts and the events set aside."""
        self.message.clear_message()
        self.notice.setText("")
        self.versions_model.set_versions(())
        self._update_keep()
        self.list_model.refresh()
        self._runner.run(
            lambda: self._desk.office_review.quarantined(),
            self._show_quarantine,
            lambda exc: self.message.show_message(self._fail(exc)),
            context=self,
        )

    def _fail(self, exc: BaseException) -> str:
        return error_text(exc, self.tr("The office review failed. Details are in the log."), log_as="office review")

    def _after_page(self) -> None:
        if self.list_model.rowCount() and not self.list_view.selectionModel().hasSelection():
            self.list_view.selectRow(0)

    def _show_case(self, row: int) -> None:
        case = self.list_model.row(row)
        protection = case is not None and case.kind == "protection"
        self.versions_model.set_versions(case.versions if case is not None else (), protection=protection)
        self._fit_versions()
        self._update_keep()

    def _fit_versions(self) -> None:
        """Exactly as high as its rows (one per code), all of the same height."""
        view = self.versions_view
        rows = len(self.versions_model.fields()) * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth())

    def _selected_column(self) -> int | None:
        columns = self.versions_view.selectionModel().selectedColumns()
        return columns[0].column() if columns else None

    def _update_keep(self) -> None:
        self.keep_button.setEnabled(self._selected_column() is not None)

    def keep_selected(self) -> None:
        case = self.list_model.row(self.list_view.currentIndex().row())
        column = self._selected_column()
        version = self.versions_model.version(column) if column is not None else None
        if case is None or version is None:
            return
        uid, ref, review = case.uid, case.ref, self._desk.office_review
        self.keep_button.setEnabled(False)
        resolve = review.resolve_protection if case.kind == "protection" else review.resolve_conflict
        key = ref if case.kind == "protection" else uid

        def task() -> int:
            return resolve(key, version.desk, version.seq)

        self._runner.run(
            task,
            lambda _v: self._on_resolved(uid),
            lambda exc: self.message.show_message(self._fail(exc)),
            context=self,
        )

    def _on_resolved(self, uid: str) -> None:
        self.refresh()
        self.notice.setText(self.tr("Version kept; it will be sent to every desk."))
        self.resolved.emit(uid)

    def _show_quarantine(self, rows: list[QuarantineView]) -> None:
        errors = {
            "decrypt": self.tr("cannot be decrypted"),
            "malformed": self.tr("malformed"),
            "apply": self.tr("could not be applied"),
        }
        kinds = {
            "case_created": self.tr("new case"),
            "case_changed": self.tr("handling move"),
            "visit_added": self.tr("return visit"),
            "conflict_resolved": self.tr("conflict decision"),
            "protection_changed": self.tr("protection request"),
            "protection_resolved": self.tr("protection conflict decision"),
        }
        self.quarantine_model.set_rows(
            [
                (q.desk, str(q.seq), kinds.get(q.kind, q.kind), errors.get(q.error, q.error), str(q.attempts))
                for q in rows
            ]
        )
        waiting = sum(1 for q in rows if q.retry_asked)
        if not rows:
            text = self.tr("No event of another desk is set aside.")
        else:
            text = self.tr(
                "%1 events of other desks could not be applied here. Later changes of their cases wait for them."
            ).replace("%1", str(len(rows)))
        if waiting:
            text += " " + self.tr("A retry is asked for %1 of them.").replace("%1", str(waiting))
        self.quarantine_label.setText(text)
        self.retry_button.setEnabled(len(rows) > waiting)

    def retry(self) -> None:
        self.retry_button.setEnabled(False)
        self._runner.run(
            lambda: self._desk.office_review.retry_quarantined(),
            self._on_retry,
            lambda exc: self.message.show_message(self._fail(exc)),
            context=self,
        )

    def _on_retry(self, asked: int) -> None:
        self.refresh()
        self.notice.setText(self.tr("Retry asked: the office sync tries again at its next round."))
        self.retry_asked.emit(asked)
