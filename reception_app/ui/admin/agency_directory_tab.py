"""Administration: the transfer directory (cơ quan nhận chuyển đơn) and the working-calendar exceptions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception_app.models import places
from reception_app.models.agencies import Agency
from reception_app.models.enums import AgencyKind, CalendarDayKind, Role
from reception_app.services import MAX_AGENCY_NAME, AgencyDirectory
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.form_dialog import MoveDialog
from reception_app.ui.common.form_fields import BadDate, DateEdit
from reception_app.ui.common.formatting import format_day
from reception_app.ui.common.place_picker import PlaceCombo
from reception_app.ui.common.tables import TextRowsModel, make_table
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

MAX_ADDRESS = 500
MAX_NOTE = 200
MIN_YEAR, MAX_YEAR = 2000, 2100


class AgencyDialog(MoveDialog):
    """Add or edit one directory agency (admin). The service validates; errors appear beside the fields.

    Signals:
        move_done(object): the saved :class:`Agency`.
    """

    def __init__(
        self, directory: AgencyDirectory, runner: Runner, parent: QWidget | None = None, *, agency: Agency | None = None
    ) -> None:
        super().__init__(
            self.tr("Edit agency") if agency is not None else self.tr("New agency"),
            runner,
            parent,
            failure_text=self.tr("The agency could not be saved. Details are in the log."),
        )
        self._directory = directory
        self.agency = agency
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_AGENCY_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. Thanh tra tỉnh Đắk Lắk"))
        self.kind_combo = QComboBox(self)
        for kind in AgencyKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.province = PlaceCombo(self)
        self.province.set_places(places.provinces())
        self.province.line_edit.setPlaceholderText(self.tr("Optional"))
        self.address_edit = QLineEdit(self)
        self.address_edit.setMaxLength(MAX_ADDRESS)
        self.active_check = QCheckBox(self.tr("In use (offered when transferring)"), self)
        self.active_check.setChecked(True)
        self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.add_field("kind", self.tr("&Kind:"), self.kind_combo)
        self.add_field("province_code", self.tr("&Province:"), self.province)
        self.add_field("address", self.tr("&Address:"), self.address_edit)
        if agency is not None:
            self.name_edit.setText(agency.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(agency.kind.value)))
            self.province.set_code(agency.province_code)
            self.address_edit.setText(agency.address)
            self.active_check.setChecked(agency.active)
            self.add_field("active", "", self.active_check)
        self.configure(self._task, self._check)

    def _check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.name_edit.text().strip():
            errors["name"] = self.tr("Enter the agency's name.")
        if self.province.unresolved_text():
            errors["province_code"] = self.tr("No province matches this name.")
        return errors

    def _task(self) -> Callable[[], object]:
        directory, agency = self._directory, self.agency
        name, address = self.name_edit.text(), self.address_edit.text()
        kind, province = AgencyKind(self.kind_combo.currentData()), self.province.code()
        active = self.active_check.isChecked()
        if agency is None:
            return lambda: directory.add(name, kind, province_code=province, address=address)
        return lambda: directory.update(
            agency.id, name=name, kind=kind, province_code=province, address=address, active=active
        )


class AgencyDirectoryTab(QWidget):
    """The transfer directory (list, province filter, add / edit / deactivate) and the calendar exceptions.

    Everyone may read; only an administrator changes anything (the desk refuses others anyway; here the
    buttons are disabled with a note). ``desk.session`` is read once (plain attribute); every desk call runs
    on ``runner``.

    Args:
        desk: the services facade (logged in).
        runner: the DB-thread task runner.
        parent: Qt parent.
    """

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._directory = desk.agencies
        self._handling = desk.handling
        self._today_year = desk.today().year
        session = desk.session
        self.is_admin = session is not None and session.has(Role.ADMIN)
        self._started = False  # loads when first shown (a tab of the admin page may never be)
        self.dialog: AgencyDialog | None = None
        self.message_label = MessageLabel(self)
        self.note_label = PlainTextLabel(
            "" if self.is_admin else self.tr("Only an administrator can change the directory and the calendar."),
            self,
            word_wrap=True,
        )
        self.note_label.setVisible(not self.is_admin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self._directory_box(), 3)
        layout.addWidget(self._calendar_box(), 2)
        self._connect_signals()
        self._update_buttons()

    # --- building -----------------------------------------------------------------------------------------

    def _directory_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Transfer directory"), self)
        column = QVBoxLayout(box)
        self.province_filter = PlaceCombo(box)
        self.province_filter.set_places(places.provinces())
        self.province_filter.line_edit.setPlaceholderText(self.tr("All provinces (type to filter)"))
        self.inactive_check = QCheckBox(self.tr("Show agencies no longer in &use"), box)
        self.count_label = PlainTextLabel("", box)
        filters = QHBoxLayout()
        caption = PlainTextLabel(self.tr("Province:"), box)
        filters.addWidget(caption)
        filters.addWidget(self.province_filter, 1)
        filters.addWidget(self.inactive_check)
        filters.addWidget(self.count_label)
        self.agency_model = TextRowsModel(
            [self.tr("Name"), self.tr("Kind"), self.tr("Province"), self.tr("Address"), self.tr("In use")], self
        )
        self.agency_view = make_table(self.agency_model, box, stretch=0, rows=8)
        self.add_button = QPushButton(self.tr("&New agency…"), box)
        self.edit_button = QPushButton(self.tr("&Edit…"), box)
        self.active_button = QPushButton(self.tr("&Deactivate"), box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        column.addLayout(filters)
        column.addWidget(self.agency_view)
        column.addLayout(buttons)
        return box

    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Working calendar: exceptions"), self)
        column = QVBoxLayout(box)
        intro = PlainTextLabel(
            self.tr(
                "Public holidays are built in. Add extra days off (e.g. a bridge day) and working Saturdays "
                "(make-up days). Deadlines already computed keep their dates."
            ),
            box,
            word_wrap=True,
        )
        self.year_spin = QSpinBox(box)
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(self._today_year)
        year_row = QHBoxLayout()
        year_row.addWidget(PlainTextLabel(self.tr("Year:"), box))
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        self.calendar_model = TextRowsModel(
            [self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Note")], self
        )
        self.calendar_view = make_table(self.calendar_model, box, stretch=3, rows=4)
        self.day_edit = DateEdit(box)
        self.day_kind_combo = QComboBox(box)
        for kind in CalendarDayKind:
            self.day_kind_combo.addItem(kind.label, kind.value)
        self.day_note_edit = QLineEdit(box)
        self.day_note_edit.setMaxLength(MAX_NOTE)
        self.day_note_edit.setPlaceholderText(self.tr("Note (optional)"))
        self.add_day_button = QPushButton(self.tr("&Add day"), box)
        self.remove_day_button = QPushButton(self.tr("&Remove day"), box)
        self.day_message = MessageLabel(box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.day_edit)
        add_row.addWidget(self.day_kind_combo)
        add_row.addWidget(self.day_note_edit, 1)
        add_row.addWidget(self.add_day_button)
        add_row.addWidget(self.remove_day_button)
        column.addWidget(intro)
        column.addLayout(year_row)
        column.addWidget(self.calendar_view)
        column.addLayout(add_row)
        column.addWidget(self.day_message)
        return box

    def _connect_signals(self) -> None:
        self.province_filter.code_changed.connect(self._on_filter_changed)
        self.inactive_check.toggled.connect(self._on_filter_changed)
        self.agency_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.agency_view.activated.connect(self._on_edit_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.year_spin.valueChanged.connect(self._on_year_changed)
        self.calendar_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.add_day_button.clicked.connect(self._on_add_day_button_clicked)
        self.remove_day_button.clicked.connect(self._on_remove_day_button_clicked)

    # --- directory ------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.refresh()

    def refresh(self) -> None:
        """Reload the directory (with the current filter) and the calendar."""
        self._started = True
        self.refresh_agencies()
        self.refresh_calendar()

    def refresh_agencies(self) -> None:
        directory, province = self._directory, self.province_filter.code() or None
        inactive = self.inactive_check.isChecked()
        self._runner.run(
            lambda: directory.list(include_inactive=inactive, province_code=province),
            self._on_agencies_loaded,
            self._on_failed,
            context=self,
        )

    def _on_agencies_loaded(self, agencies: list[Agency]) -> None:
        self.message_label.clear_message()
        yes, no = self.tr("yes"), self.tr("no")
        rows = [
            (
                a.name,
                a.kind.label,
                places.province_name(a.province_code) if a.province_code else "",
                a.address,
                yes if a.active else no,
            )
            for a in agencies
        ]
        self.agency_model.set_rows(rows, agencies)
        self.count_label.setText(self.tr("%n agency(ies)", "", len(agencies)))
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self.message_label.show_message(
            error_text(exc, self.tr("The directory could not be loaded."), log_as="handling task failed")
        )

    def selected_agency(self) -> Agency | None:
        rows = self.agency_view.selectionModel().selectedRows()
        key = self.agency_model.key(rows[0].row()) if rows else None
        return key if isinstance(key, Agency) else None

    def select_agency(self, name: str) -> bool:
        for row in range(self.agency_model.rowCount()):
            if self.agency_model.text(row, 0) == name:
                self.agency_view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        agency = self.selected_agency()
        self.add_button.setEnabled(self.is_admin)
        self.edit_button.setEnabled(self.is_admin and agency is not None)
        self.active_button.setEnabled(self.is_admin and agency is not None)
        self.active_button.setText(
            self.tr("Re&activate") if agency is not None and not agency.active else self.tr("&Deactivate")
        )
        for widget in (self.day_edit, self.day_kind_combo, self.day_note_edit, self.add_day_button):
            widget.setEnabled(self.is_admin)
        self.remove_day_button.setEnabled(self.is_admin and self._selected_day() is not None)

    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        self.refresh_agencies()

    @Slot()
    def _on_selection_changed(self, *_args: QItemSelection) -> None:
        self._update_buttons()

    def _open(self, dialog: AgencyDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.move_done.connect(self._on_agency_saved)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if self.is_admin:
            self._open(AgencyDialog(self._directory, self._runner, self))

    @Slot()
    def _on_edit_button_clicked(self, *_args: object) -> None:
        agency = self.selected_agency()
        if self.is_admin and agency is not None:
            self._open(AgencyDialog(self._directory, self._runner, self, agency=agency))

    @Slot()
    def _on_active_button_clicked(self) -> None:
        agency, directory = self.selected_agency(), self._directory
        if not self.is_admin or agency is None:
            return
        self._runner.run(
            lambda: directory.set_active(agency.id, not agency.active),
            self._on_agency_saved,
            self._on_change_failed,
            context=self,
        )

    def _on_agency_saved(self, agency: Agency) -> None:
        self.message_label.clear_message()
        self.refresh_agencies()

    def _on_change_failed(self, exc: BaseException) -> None:
        self.message_label.show_message(
            error_text(exc, self.tr("The change could not be saved."), log_as="handling task failed")
        )

    # --- calendar ---------------------------------------------------------------------------------------------

    def refresh_calendar(self) -> None:
        handling, year = self._handling, self.year_spin.value()
        self._runner.run(lambda: handling.calendar_days(year), self._on_calendar_loaded, self._on_failed, context=self)

    def _weekday(self, day: date) -> str:
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        return names[day.weekday()]

    def _on_calendar_loaded(self, days: list[tuple[date, CalendarDayKind, str]]) -> None:
        self.calendar_model.set_rows(
            [(format_day(d), self._weekday(d), kind.label, note) for d, kind, note in days], [d for d, _, _ in days]
        )
        self._update_buttons()

    def _selected_day(self) -> date | None:
        rows = self.calendar_view.selectionModel().selectedRows()
        key = self.calendar_model.key(rows[0].row()) if rows else None
        return key if isinstance(key, date) else None

    @Slot(int)
    def _on_year_changed(self, _year: int) -> None:
        self.refresh_calendar()

    @Slot()
    def _on_add_day_button_clicked(self) -> None:
        self.day_message.clear_message()
        try:
            day = self.day_edit.day()
        except BadDate:
            day = None
        if day is None:
            self.day_message.show_message(self.tr("Enter the date as dd/mm/yyyy."))
            return
        kind = CalendarDayKind(self.day_kind_combo.currentData())
        note, handling = self.day_note_edit.text(), self._handling
        self._runner.run(
            lambda: handling.set_calendar_day(day, kind, note),
            lambda _none: self._on_day_changed(day),
            self._on_day_failed,
            context=self,
        )

    @Slot()
    def _on_remove_day_button_clicked(self) -> None:
        day, handling = self._selected_day(), self._handling
        if day is None:
            return
        self._runner.run(
            lambda: handling.remove_calendar_day(day),
            lambda _removed: self._on_day_changed(day),
            self._on_day_failed,
            context=self,
        )

    def _on_day_changed(self, day: date) -> None:
        self.day_edit.clear()
        self.day_note_edit.clear()
        if day.year != self.year_spin.value():
            self.year_spin.setValue(day.year)  # reloads
        else:
            self.refresh_calendar()

    def _on_day_failed(self, exc: BaseException) -> None:
        self.day_message.show_message(
            error_text(exc, self.tr("The day could not be saved."), log_as="handling task failed")
        )
