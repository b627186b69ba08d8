"""The case list page: a debounced search box, filter chips (kind, status, overdue) and the lazy table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.case import CaseFilter
from reception_app.models.enums import CaseKind, CaseStatus
from reception_app.ui.cases.case_table_model import CaseTableModel, Column
from reception_app.ui.cases.owed_notices import OwedNoticesPanel
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

SEARCH_DELAY_MS = 250
_CHIP_STYLE = (
    "QToolButton { border: 1px solid #9aa7b5; border-radius: 10px; padding: 2px 10px; }"
    "QToolButton:checked { background: #1f5fa8; color: white; border-color: #1f5fa8; }"
)
_KIND_CHIPS = (CaseKind.COMPLAINT, CaseKind.DENUNCIATION, CaseKind.PETITION, CaseKind.MIXED, CaseKind.ANONYMOUS_TIP)


class CasesPage(QWidget):
    """Search + chips + table. Rows come from :class:`CaseTableModel` (keyset pages on the DB thread).

    Signals:
        open_requested(QModelIndex): Enter or double-click on a row.
    """

    open_requested = Signal(QModelIndex)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(desk, runner, self)
        self.search_edit = QLineEdit(self)
        self.exact_check = QCheckBox(self.tr("Exact words with &marks"), self)
        self.exact_check.setToolTip(
            self.tr("Find “Nhung” but not “những”: every word as typed, with its marks (case does not matter).")
        )
        self.table = QTableView(self)
        self.count_label = QLabel(self)
        self.empty_label = PlainTextLabel("", self, word_wrap=True)  # what to do when the list is empty
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setStyleSheet("QLabel#emptyHint { color: #44515e; padding: 6px 2px; }")
        self.empty_label.hide()
        self.status_combo = QComboBox(self)
        self.overdue_chip = QToolButton(self)
        self.owed_panel = OwedNoticesPanel(desk, runner, self)  # shown with the overdue view (issue 19)
        self.kind_group = QButtonGroup(self)
        self.kind_chips: dict[CaseKind | None, QToolButton] = {}
        self.open_action = QAction(self.tr("&Open case"), self)
        self._focus_results = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build_filters()
        self._build_table()
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.exact_check)
        layout.addLayout(search_row)
        layout.addLayout(self._chips_row())
        layout.addWidget(self.owed_panel)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.exact_check.toggled.connect(self._on_search_timer_timeout)
        self.table.doubleClicked.connect(self.open_requested)
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.load_failed.connect(self._on_model_load_failed)

    def _chip(self, text: str) -> QToolButton:
        chip = QToolButton(self)
        chip.setText(text)
        chip.setCheckable(True)
        chip.setStyleSheet(_CHIP_STYLE)
        chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return chip

    def _build_filters(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search number, subject, content, accused, place…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        kinds: tuple[CaseKind | None, ...] = (None, *_KIND_CHIPS)
        for kind in kinds:
            chip = self._chip(kind.label if kind is not None else self.tr("All kinds"))
            self.kind_chips[kind] = chip
            self.kind_group.addButton(chip)
        self.kind_group.setExclusive(True)
        self.kind_chips[None].setChecked(True)
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in CaseStatus:
            self.status_combo.addItem(status.label, status.value)
        self.overdue_chip.setText(self.tr("Overdue"))
        self.overdue_chip.setCheckable(True)
        self.overdue_chip.setStyleSheet(_CHIP_STYLE.replace("#1f5fa8", "#a8321f"))
        self.overdue_chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.kind_group.buttonToggled.connect(self._on_filters_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.overdue_chip.toggled.connect(self._on_filters_changed)

    def _chips_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for chip in self.kind_chips.values():
            row.addWidget(chip)
        row.addSpacing(12)
        row.addWidget(self.status_combo)
        row.addWidget(self.overdue_chip)
        row.addStretch(1)
        row.addWidget(self.count_label)
        return row

    def _build_table(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        # Fixed widths: ResizeToContents would scan every loaded row on each page.
        for column, chars in (
            (Column.NUMBER, 12),
            (Column.RECEIVED, 18),
            (Column.KIND, 22),
            (Column.STATUS, 16),
            (Column.DUE, 25),  # "dd/mm/yyyy (quá hạn)" in bold
            (Column.REPORTER, 20),
        ):
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.addAction(self.open_action)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    # --- filters ------------------------------------------------------------------------------------

    def current_filters(self) -> CaseFilter:
        kind = next((k for k, chip in self.kind_chips.items() if chip.isChecked()), None)
        status_value = self.status_combo.currentData()
        return CaseFilter(
            kind=kind,
            status=CaseStatus(status_value) if status_value else None,
            overdue=self.overdue_chip.isChecked(),
        )

    @Slot()
    def _on_filters_changed(self) -> None:
        filters = self.current_filters()
        if filters != self.model.filters():
            self.model.set_filters(filters)
            self.owed_panel.set_active(filters.overdue)

    def show_overdue(self) -> None:
        """Switch to the overdue view (all kinds, any status, no search text: the badge counts them all)."""
        if self.search_edit.text():
            self.search_edit.clear()
            self._on_search_timer_timeout()  # at once, not 250 ms later
        self.kind_chips[None].setChecked(True)
        self.status_combo.setCurrentIndex(0)
        self.overdue_chip.setChecked(True)

    # --- search -------------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: the search runs 250 ms after the last keystroke

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        exact = self.exact_check.isChecked()
        if text != self.model.search_text() or exact != self.model.is_exact():
            self.model.set_search(text, exact=exact)

    @Slot()
    def _on_search_edit_return_pressed(self) -> None:
        """Enter: search now, then go to the results (once they are there)."""
        self._focus_results = True
        self._on_search_timer_timeout()
        if not self.model.is_loading():
            self.focus_results()

    def focus_results(self) -> None:
        """Move the keyboard to the table, on the current (else the first) row."""
        self._focus_results = False
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, Column.NUMBER))
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    @Slot()
    def _on_open_action_triggered(self) -> None:
        self.open_requested.emit(self.table.currentIndex())

    @Slot(bool)
    def _on_model_loading_changed(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("Loading…"))

    @Slot(int)
    def _on_model_page_loaded(self, rows: int) -> None:
        if self._focus_results:
            self.focus_results()
        self._show_empty_hint(rows)
        if self.model.at_row_limit():
            self.count_label.setText(
                self.tr("The first %n cases are shown; search or use the filters to find older ones.", "", rows)
            )
        elif self.model.has_more():
            self.count_label.setText(self.tr("%n case(s) shown; scroll for more", "", rows))
        else:
            self.count_label.setText(self.tr("%n case(s)", "", rows))

    def _show_empty_hint(self, rows: int) -> None:
        search = self.model.search_text()
        if rows > 0:
            self.empty_label.hide()
            return
        if search:
            text = self.tr(
                "No case matches “%1”. Reporters' names, ID numbers, phone numbers and addresses are sealed and "
                "are never searched: search by case number, subject, content, accused or place. Earlier cases "
                "of the same person are found only by a supervisor's identity duplicate check (audited)."
            ).replace("%1", search)
        elif not self.current_filters().is_empty:
            text = self.tr("No case matches these filters. Choose “All kinds” and “Any status” to see every case.")
        else:
            text = self.tr("No cases yet. Record the first one on the Intake page (Ctrl+N).")
        self.empty_label.setText(text)
        self.empty_label.show()

    @Slot(str)
    def _on_model_load_failed(self, _message: str) -> None:
        self.count_label.setText(self.tr("Not loaded"))
