"""Whistleblower protection: the officer's request dialog and the supervisor's overview (Luật Tố cáo Điều 47–56).

Who is protected and why is identity data: it goes straight to ``Protection.request`` (sealed to the identity
public key), is never logged, never put in a window title or tooltip, and the dialog's fields are emptied
when it closes. The overview is masked (case number, dates, measure codes); "Show details…" needs a
supervisor credential and a reason (``Protection.reveal``, audited) and the details are cleared when the
overview hides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import Relation, Role
from reception_app.models.handling import default_checklists
from reception_app.models.protection import ProtectedPerson, ProtectionCase, ProtectionDetails
from reception_app.services import Protection
from reception_app.ui.formatting import format_day
from reception_app.ui.handling_dialogs import (
    ChecklistBox,
    MoveDialog,
    TextRowsModel,
    error_message,
    make_table,
    reason_edit,
)
from reception_app.ui.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.tasks import Runner

MAX_PERSONS = 20
MAX_NAME = 100
MAX_ADDRESS = 300
MAX_PHONE = 20
MAX_USERNAME = 64
MAX_PASSWORD = 256


class _PersonRow:
    """One protected person: name, relation, address, phone (identity: never logged)."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, relation_labels: dict[Relation, str]) -> None:
        self.name = QLineEdit(parent)
        self.name.setMaxLength(MAX_NAME)
        self.relation = QComboBox(parent)
        for relation in Relation:
            self.relation.addItem(relation_labels[relation], relation.value)
        self.address = QLineEdit(parent)
        self.address.setMaxLength(MAX_ADDRESS)
        self.phone = QLineEdit(parent)
        self.phone.setMaxLength(MAX_PHONE)
        for column, widget in enumerate((self.name, self.relation, self.address, self.phone)):
            grid.addWidget(widget, row, column)

    def person(self) -> ProtectedPerson | None:
        name = self.name.text().strip()
        if not name:
            return None
        return ProtectedPerson(
            name, Relation(self.relation.currentData()), self.address.text().strip(), self.phone.text().strip()
        )

    def is_blank(self) -> bool:
        return not (self.name.text().strip() or self.address.text().strip() or self.phone.text().strip())

    def clear(self) -> None:
        for edit in (self.name, self.address, self.phone):
            edit.clear()
        self.relation.setCurrentIndex(0)


class ProtectionRequestDialog(MoveDialog):
    """Records a protection request for a denunciation (Luật Tố cáo Điều 50): people, reasons, measures.

    OK calls ``Protection.request`` on the runner; the people and reasons are sealed at once. Every field is
    emptied when the dialog closes (accepted or not).

    Args:
        desk: the services facade (an officer session).
        runner: the DB-thread task runner.
        case_uid: the denunciation.
        parent: Qt parent.

    Signals:
        move_done(object): recorded; payload = the request id (int).
    """

    def __init__(self, desk: Desk, runner: Runner, case_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Protection request"),
            runner,
            parent,
            intro=self.tr(
                "The names, addresses and reasons are sealed as soon as you press OK: you will not be able to "
                "read them back; only a supervisor can, with a recorded reason."
            ),
            failure_text=self.tr("The request could not be recorded. Details are in the log."),
        )
        self._protection = Protection(desk)
        self.case_uid = case_uid
        relation_labels = {
            Relation.DENOUNCER: self.tr("The denouncer"),
            Relation.SPOUSE: self.tr("Spouse"),
            Relation.PARENT: self.tr("Parent (birth or adoptive)"),
            Relation.CHILD: self.tr("Child (birth or adoptive)"),
            Relation.OTHER: self.tr("Other relative"),
        }
        self._relation_labels = relation_labels
        people = self._people = QWidget(self)
        self._grid = QGridLayout(people)
        self._grid.setContentsMargins(0, 0, 0, 0)
        for column, text in enumerate(
            (self.tr("Full name"), self.tr("Relation"), self.tr("Address"), self.tr("Phone"))
        ):
            self._grid.addWidget(PlainTextLabel(text, people), 0, column)
        self.rows: list[_PersonRow] = []
        self.add_person_button = QPushButton(self.tr("&Add a person"), self)
        self.add_person()
        people.setFocusProxy(self.rows[0].name)
        self.add_field("persons", self.tr("&People to protect:"), people, extra=self.add_person_button)
        self.reasons_edit = reason_edit(self)
        self.add_field("reasons", self.tr("&Reasons:"), self.reasons_edit)
        self.measures = ChecklistBox(default_checklists().protection_measures, self)
        self.add_field("measures", self.tr("&Measures requested:"), self.measures)
        self.add_person_button.clicked.connect(self.add_person)
        self.configure(self._task, self._check)

    @Slot()
    def add_person(self) -> None:
        if len(self.rows) >= MAX_PERSONS:
            return
        self.rows.append(_PersonRow(self._people, self._grid, len(self.rows) + 1, self._relation_labels))
        self.add_person_button.setEnabled(len(self.rows) < MAX_PERSONS)

    def _check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not any(r.person() for r in self.rows):
            errors["persons"] = self.tr("Enter at least one person to protect.")
        elif any(r.person() is None and not r.is_blank() for r in self.rows):
            errors["persons"] = self.tr("Enter the full name of every person listed.")
        if not self.reasons_edit.toPlainText().strip():
            errors["reasons"] = self.tr("Write why protection is requested.")
        return errors

    def _task(self) -> Callable[[], object]:
        persons = tuple(p for p in (r.person() for r in self.rows) if p is not None)
        details = ProtectionDetails(persons, self.reasons_edit.toPlainText())
        codes, protection, uid = self.measures.codes(), self._protection, self.case_uid
        return lambda: protection.request(uid, details, measures=codes)

    def clear_inputs(self) -> None:
        """Empty every field (identity must not stay in widgets)."""
        for row in self.rows:
            row.clear()
        self.reasons_edit.clear()
        self.measures.set_codes(())

    def done(self, result: int) -> None:
        self.clear_inputs()
        super().done(result)


class ProtectionRevealDialog(MoveDialog):
    """A supervisor's username, password and reason to unseal one protection request (audited).

    Signals:
        move_done(object): the unsealed ``ProtectionCase``; the caller shows it and drops it.
    """

    def __init__(self, desk: Desk, runner: Runner, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Show protection details"),
            runner,
            parent,
            intro=self.tr(
                "A supervisor must enter their own account and the reason. The request is recorded in the audit log."
            ),
            failure_text=self.tr("The details could not be shown. Details are in the log."),
        )
        self._protection = Protection(desk)
        self.request_id = request_id
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(MAX_USERNAME)
        self.password_edit = QLineEdit(self)
        self.password_edit.setMaxLength(MAX_PASSWORD)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_edit = reason_edit(self)
        self.reason_edit.setPlaceholderText(self.tr("Why the details are needed (required)"))
        self.add_field("username", self.tr("Supervisor &username:"), self.username_edit)
        self.add_field("password", self.tr("&Password:"), self.password_edit)
        self.add_field("reason", self.tr("&Reason:"), self.reason_edit)
        self.configure(self._task)

    def _task(self) -> Callable[[], object]:
        protection, rid = self._protection, self.request_id
        user, password, reason = self.username_edit.text(), self.password_edit.text(), self.reason_edit.toPlainText()
        self.password_edit.clear()
        return lambda: protection.reveal(rid, user, password, reason)

    def _on_task_failed(self, exc: BaseException) -> None:
        super()._on_task_failed(exc)
        self.password_edit.setFocus()


class ProtectionOverview(QWidget):
    """Supervisor-only: open protection requests and overdue measure steps, masked; details on request.

    Args:
        desk: the services facade; ``desk.session`` is read once (plain attribute).
        runner: the DB-thread task runner.
        parent: Qt parent.
    """

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._protection = Protection(desk)
        session = desk.session
        self.allowed = session is not None and session.has(Role.SUPERVISOR)
        self._started = False  # loads when first shown (a tab of the admin page may never be)
        self.dialog: ProtectionRevealDialog | None = None
        self._labels = {code: item.label for code, item in default_checklists().protection_measures.items()}
        self.info_label = PlainTextLabel("", self, word_wrap=True)
        self.message_label = MessageLabel(self)
        self.open_model = TextRowsModel(
            [
                self.tr("Case"),
                self.tr("Requested"),
                self.tr("Status"),
                self.tr("Measures requested"),
                self.tr("Decision"),
                self.tr("Overdue steps"),
                self.tr("Retaliation reports"),
            ],
            self,
        )
        self.overdue_model = TextRowsModel(
            [self.tr("Case"), self.tr("Measure"), self.tr("Due"), self.tr("Status")], self
        )
        open_box = QGroupBox(self.tr("Open protection cases"), self)
        self.open_view = make_table(self.open_model, open_box, stretch=3, rows=6)
        QVBoxLayout(open_box).addWidget(self.open_view)
        overdue_box = QGroupBox(self.tr("Overdue measure steps"), self)
        self.overdue_view = make_table(self.overdue_model, overdue_box, stretch=1, rows=4)
        QVBoxLayout(overdue_box).addWidget(self.overdue_view)
        self.details_box = QGroupBox(self.tr("Details (unsealed)"), self)
        self.details_label = PlainTextLabel("", self.details_box, word_wrap=True, selectable=True)
        QVBoxLayout(self.details_box).addWidget(self.details_label)
        self.details_box.setVisible(False)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.show_button = QPushButton(self.tr("&Show details…"), self)
        self.hide_button = QPushButton(self.tr("&Hide details"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info_label, 1)
        for button in (self.refresh_button, self.show_button, self.hide_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(open_box, 2)
        layout.addWidget(overdue_box, 1)
        layout.addWidget(self.details_box)
        self.refresh_button.clicked.connect(self.refresh)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.hide_button.clicked.connect(self.clear_details)
        self.open_view.selectionModel().selectionChanged.connect(self._on_open_selection_changed)
        self._update_buttons()
        if self.allowed:
            self.info_label.setText(
                self.tr("People and reasons stay sealed. Showing them needs a supervisor's password and a reason.")
            )
        else:
            self.info_label.setText(self.tr("Only supervisors see protection cases."))
            for widget in (open_box, overdue_box, self.refresh_button, self.show_button, self.hide_button):
                widget.setVisible(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.refresh()

    def refresh(self) -> None:
        self._started = True
        if not self.allowed:
            return
        protection = self._protection
        self._runner.run(
            lambda: (protection.open_cases(), protection.overdue()), self._on_loaded, self._on_failed, context=self
        )

    def _measure_text(self, codes: tuple[str, ...]) -> str:
        return "; ".join(self._labels.get(c, c) for c in codes)

    def _on_loaded(self, result: tuple[list[ProtectionCase], list[ProtectionCase]]) -> None:
        open_cases, overdue = result
        self.message_label.clear_message()
        self.open_model.set_rows(
            [
                (
                    c.case_number,
                    format_day(c.requested_on),
                    c.status.label,
                    self._measure_text(c.measures_requested),
                    " ".join(p for p in (c.decision_number, format_day(c.decided_on)) if p),
                    str(len([m for m in c.measures if m.done_on is None and m.due_on is not None]))
                    if c.measures
                    else "",
                    str(c.open_retaliation_reports) if c.open_retaliation_reports else "",
                )
                for c in open_cases
            ],
            [c.id for c in open_cases],
        )
        rows: list[tuple[str, ...]] = []
        for c in overdue:
            for m in c.measures:
                if m.done_on is None and m.due_on is not None:
                    rows.append((c.case_number, self._labels.get(m.measure, m.measure), format_day(m.due_on), ""))
        self.overdue_model.set_rows([(*r[:3], self.tr("not done")) for r in rows])
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self.message_label.show_message(error_message(exc, self.tr("The protection cases could not be loaded.")))

    def selected_request(self) -> int | None:
        rows = self.open_view.selectionModel().selectedRows()
        key = self.open_model.key(rows[0].row()) if rows else None
        return key if isinstance(key, int) else None

    def _update_buttons(self) -> None:
        self.show_button.setEnabled(self.allowed and self.selected_request() is not None)
        self.hide_button.setEnabled(bool(self.details_label.text()))

    @Slot()
    def _on_open_selection_changed(self, *_args: QItemSelection) -> None:
        self.clear_details()

    @Slot()
    def _on_show_button_clicked(self) -> None:
        rid = self.selected_request()
        if rid is None:
            return
        dialog = ProtectionRevealDialog(self._desk, self._runner, rid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.move_done.connect(self._on_revealed)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def _on_revealed(self, case: ProtectionCase) -> None:
        lines = [self.tr("Case %1").replace("%1", case.case_number)]
        if case.details is not None:
            for p in case.details.persons:
                parts = [p.full_name, p.relation.label, p.address, p.phone]
                lines.append("• " + " — ".join(x for x in parts if x))
            lines.append(self.tr("Reasons: %1").replace("%1", case.details.reasons))
        for report in case.retaliation:
            lines.append(
                self.tr("Retaliation reported %1: %2")
                .replace("%1", format_day(report.reported_on))
                .replace("%2", report.description or "")
            )
        self.details_label.setText("\n".join(lines))
        self.details_box.setVisible(True)
        self._update_buttons()
        del case

    @Slot()
    def clear_details(self) -> None:
        """Drop the unsealed details from the screen."""
        self.details_label.setText("")
        self.details_box.setVisible(False)
        self._update_buttons()

    def hideEvent(self, event: QHideEvent) -> None:
        self.clear_details()
        super().hideEvent(event)
