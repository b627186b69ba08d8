"""The reception logbook page: cases received in a period, masked, paged lazily; print it or export it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import CaseKind
from reception_app.models.logbook import LogbookEntry, LogbookFilter, LogbookKey, LogbookPage
from reception_app.models.recipients import DocumentKind
from reception_app.services import IssuedDocument
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.paged_model import PagedTableModel
from reception_app.ui.documents import letter_dialogs as letters

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex
CaseUidRole = Qt.ItemDataRole.UserRole + 1


class LogbookModel(PagedTableModel):
    """Own keyset-paged model (never OFFSET/count): the first page on ``set_filter``, more on scroll.

    Paging and its signals (``page_loaded``, ``load_failed``, ``loading_changed``) are
    :class:`~reception_app.ui.common.paged_model.PagedTableModel`'s.
    """

    log_as = "logbook page failed"

    def __init__(self, desk: Desk, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self._desk = desk
        self._rows: list[LogbookEntry] = []
        self._filter: LogbookFilter | None = None
        self._at_end = True  # nothing to show before a period is chosen

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Received"),
            self.tr("Case number"),
            self.tr("Channel"),
            self.tr("Kind"),
            self.tr("Subject"),
            self.tr("Reporter code"),
            self.tr("People"),
            self.tr("Officer"),
            self.tr("Status"),
        )

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else 10

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CaseUidRole:
            return row.uid
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            str(index.row() + 1),
            row.received_at.strftime("%d/%m/%Y %H:%M"),
            row.number,
            row.channel.label,
            row.kind.label,
            row.subject,
            row.reporter_code,
            str(row.group_size),
            row.officer,
            row.status.label,
        )
        return values[index.column()] if 0 <= index.column() < len(values) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return super().headerData(section, orientation, role)

    def _can_load(self) -> bool:
        return self._filter is not None

    def _page_task(self, after: LogbookKey | None) -> Callable[[], LogbookPage]:
        desk, filters = self._desk, self._filter
        assert filters is not None  # noqa: S101 - _can_load() checked it
        return lambda: desk.logbook.entries(filters, after=after, limit=PAGE_SIZE)

    def _take_page(self, page: LogbookPage) -> tuple[Sequence[LogbookEntry], LogbookKey | None, bool]:
        return page.rows, page.next_key, page.next_key is None

    def _failure_text(self) -> str:
        return self.tr("The logbook could not be loaded. Details are in the log.")

    def set_filter(self, filters: LogbookFilter) -> None:
        self._filter = filters
        self.refresh()


class LogbookPageWidget(QWidget):
    """Period and filters, the lazy table, "Print logbook" (the official A4 landscape form) and "Open case".

    "Print logbook" builds the PDF on the DB thread (≈ 3 s for a 770-case day at 1,000,000 cases) behind a
    progress dialog with Cancel (shown after 0.5 s); Cancel drops the result (the number it took stays in the
    document register, like any issued document).

    Signals:
        document_ready(object): the logbook PDF was issued; payload = ``IssuedDocument`` (show the preview).
        open_requested(str): open a case (uid).
    """

    document_ready = Signal(object)
    open_requested = Signal(str)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        today = today or desk.today()
        self._desk = desk
        self._runner = runner
        self._print_generation = 0
        self.print_progress: QProgressDialog | None = None
        self.preview: letters.PrintPreviewDialog | None = None  # the Sổ theo dõi xử lý đơn just printed
        self.model = LogbookModel(desk, runner, self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit, value in ((self.date_from, today.replace(day=1)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate(value.year, value.month, value.day))
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for kind in CaseKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.groups_check = QCheckBox(self.tr("Large groups only (5 or more people)"), self)
        self.walk_in_check = QCheckBox(self.tr("Walk-in only"), self)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print logbook…"), self)
        self.export_button = QPushButton(self.tr("Export &XLSX…"), self)
        self.mail_book_button = QPushButton(self.tr("Petition &book…"), self)  # Sổ theo dõi xử lý đơn (issue 19)
        self.mail_book_button.setToolTip(self.tr("The book of the petitions received by post or transferred, masked."))
        self.export_button.setToolTip(
            self.tr(
                "The official logbook of the period (every reception; kind and group filters apply on screen only)."
            )
        )
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self._lay_out()
        self.show_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.mail_book_button.clicked.connect(self._on_mail_book_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.table.activated.connect(self._on_table_activated)  # Enter or double-click opens the case
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.load_failed.connect(self.count_label.setText)
        self.refresh()

    def _lay_out(self) -> None:
        # Two rows: on one row the filters made the page (and the window) wider than a 1366-pixel desk screen.
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(18)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.show_button)
        options = QHBoxLayout()
        options.addWidget(self.groups_check)
        options.addWidget(self.walk_in_check)
        options.addStretch(1)
        options.addWidget(self.export_button)
        options.addWidget(self.mail_book_button)
        options.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def current_filter(self) -> LogbookFilter:
        kind = self.kind_combo.currentData()
        return LogbookFilter(
            date_from=self.date_from.date().toPython(),  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython(),  # type: ignore[arg-type]
            kind=CaseKind(kind) if kind else None,
            groups_only=self.groups_check.isChecked(),
            walk_in_only=self.walk_in_check.isChecked(),
        )

    @Slot()
    def refresh(self) -> None:
        filters = self.current_filter()
        if filters.date_to < filters.date_from:
            self.count_label.setText(self.tr("The end date is before the start date."))
            return
        if filters.date_to - filters.date_from > timedelta(days=3660):
            self.count_label.setText(self.tr("Choose a period of at most ten years."))
            return
        self.model.set_filter(filters)

    @Slot(int)
    def _on_model_page_loaded(self, rows: int) -> None:
        if self.model.has_more():
            self.count_label.setText(self.tr("%n case(s) shown; scroll for more", "", rows))
        else:
            self.count_label.setText(self.tr("%n case(s) in the period", "", rows))

    @Slot()
    def _on_print_button_clicked(self) -> None:
        self.print_logbook()

    @Slot()
    def _on_mail_book_button_clicked(self) -> None:
        self.print_logbook(mail_book=True)

    def print_logbook(self, *, mail_book: bool = False) -> None:
        """Issue the masked logbook (or, with ``mail_book``, the Sổ theo dõi xử lý đơn) of the current period on
        the DB thread; emits ``document_ready``."""
        desk, filters = self._desk, self.current_filter()
        self._print_generation += 1
        generation = self._print_generation
        self.print_button.setEnabled(False)
        self.mail_book_button.setEnabled(False)
        progress = QProgressDialog(self.tr("Preparing the logbook…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Print logbook"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.canceled.connect(self._end_print)
        self.print_progress = progress

        def task() -> object:
            if mail_book:
                return desk.letters.issue_mail_book(filters.date_from, filters.date_to)
            return desk.documents.issue_logbook(filters.date_from, filters.date_to)

        self._runner.run(
            task,
            lambda doc: self._on_printed(generation, doc),
            lambda exc: self._on_print_failed(generation, exc),
            context=self,
        )

    def _end_print(self) -> None:
        """Close the progress dialog; a result still on its way is dropped."""
        self._print_generation += 1
        self.print_button.setEnabled(True)
        self.mail_book_button.setEnabled(True)
        progress, self.print_progress = self.print_progress, None
        if progress is not None:
            progress.canceled.disconnect(self._end_print)
            progress.close()
            progress.deleteLater()

    def _on_printed(self, generation: int, doc: object) -> None:
        if generation != self._print_generation:
            return  # cancelled
        self._end_print()
        if isinstance(doc, IssuedDocument) and doc.kind is DocumentKind.MAIL_BOOK:  # its own book and title
            self.preview = letters.open_preview(self, doc, self.tr("Petition book %1"))
            return
        self.document_ready.emit(doc)

    def _on_print_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._print_generation:
            return
        self._end_print()
        fallback = self.tr("The logbook could not be prepared. Details are in the log.")
        self.count_label.setText(error_text(exc, fallback, log_as="logbook print failed"))

    @Slot()
    def _on_export_button_clicked(self) -> None:
        filters = self.current_filter()
        name = f"so-tiep-cong-dan-{filters.date_from:%Y%m%d}-{filters.date_to:%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export logbook"), name, self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_xlsx(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def export_xlsx(self, path: Path) -> None:
        """Write the masked logbook of the current period on the DB thread."""
        desk, filters = self._desk, self.current_filter()
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Exporting…"))

        def done(rows: int) -> None:
            self.export_button.setEnabled(True)
            self.count_label.setText(self.tr("%n row(s) exported to %1", "", rows).replace("%1", path.name))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            fallback = self.tr("The export failed. Details are in the log.")
            self.count_label.setText(error_text(exc, fallback, log_as="logbook export failed"))

        def task() -> int:

            # The Sổ tiếp công dân of the period (Mẫu 03/TCD columns, masked, audited); kind and group filters
            # narrow the screen only: the official logbook lists every reception of the period.
            return desk.exports.logbook_xlsx(
                filters.date_from, filters.date_to, path, walk_in_only=filters.walk_in_only
            )

        self._runner.run(task, done, failed, context=self)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        uid = index.data(CaseUidRole)
        if isinstance(uid, str):
            self.open_requested.emit(uid)
