"""Whistleblower protection: the officer's request dialog (Luật Tố cáo Điều 50) and the supervisor's reveal of
one request.

Who is protected and why is identity data: it goes straight to ``Protection.request`` (sealed to the identity
public key), is never logged, never put in a window title or tooltip, and the dialog's fields are emptied
when it closes. "Show details…" needs a supervisor credential and a reason (``Protection.reveal``, audited).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from reception_app.models.enums import Relation
from reception_app.models.handling import default_checklists
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.ui.common.form_dialog import MoveDialog
from reception_app.ui.common.form_fields import credential_edits
from reception_app.ui.common.reason_fields import ChecklistBox, reason_edit
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

MAX_PERSONS = 20
MAX_NAME = 100
MAX_ADDRESS = 300
MAX_PHONE = 20


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
        self._protection = desk.protection
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
    """A supervisor's username, password and reason to open one protection request (audited).

    Signals:
        move_done(object): the opened ``ProtectionCase``; the caller shows it and drops it.
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
        self._protection = desk.protection
        self.request_id = request_id
        self.username_edit, self.password_edit = credential_edits(self)
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
