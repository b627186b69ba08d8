"""Whistleblower protection after the request: the decision (Luật Tố cáo 2018 Điều 52), a further measure,
the end of protection and a report of retaliation (Điều 47–48, 56).

Each dialog is a :class:`MoveDialog`: OK runs one ``Protection`` call on the runner, a refusal or a
``ValidationError`` is shown beside its field and the dialog stays open with what was typed. Decision numbers
and measure codes are not identity data; a retaliation report's description is: it is sealed by the service
at once, never logged, and the field is emptied when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import ProtectionStatus
from reception_app.models.handling import default_checklists
from reception_app.ui.common.form_dialog import MoveDialog
from reception_app.ui.common.form_fields import BadDate, DateEdit
from reception_app.ui.common.reason_fields import reason_edit
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.models.protection import ProtectionCase
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

MAX_DECISION_NUMBER = 100
MAX_DESCRIPTION = 5000
DECISIONS = (ProtectionStatus.ACTIVE, ProtectionStatus.REFUSED, ProtectionStatus.DECLINED_BY_PERSON)


def _measure_items() -> list[tuple[str, str]]:
    """(code, "label (basis)") of the measures that may still be chosen, in checklist order."""
    return [
        (code, f"{item.label} ({item.basis})")
        for code, item in default_checklists().protection_measures.items()
        if not item.retired
    ]


def _decision_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(MAX_DECISION_NUMBER)
    edit.setPlaceholderText("12/QĐ-TTr")
    return edit


class _MeasureRow:
    """One measure of the decision: a checkbox and an optional due date."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, code: str, text: str) -> None:
        self.code = code
        self.check = QCheckBox(text, parent)
        self.check.setObjectName(f"measure_{code}")
        self.due = DateEdit(parent)
        self.due.setObjectName(f"due_{code}")
        metrics = self.due.fontMetrics()
        width = max(metrics.horizontalAdvance(t) for t in (self.due.placeholderText(), "00/00/0000"))
        self.due.setFixedWidth(width + 24)
        grid.addWidget(self.check, row, 0)
        grid.addWidget(self.due, row, 1)

    def set_enabled(self, enabled: bool) -> None:
        self.check.setEnabled(enabled)
        self.due.setEnabled(enabled)


class ProtectionDecisionDialog(MoveDialog):
    """The supervisor's decision on a protection request (Điều 52): apply measures, refuse, or the person declined.

    Applying needs a decision number and at least one measure (each with an optional due date, dd/mm/yyyy);
    the measures the officer requested are ticked to start with. OK calls ``Protection.decide`` on the runner.

    Signals:
        move_done(object): the decided ``ProtectionCase`` (masked).
    """

    def __init__(self, desk: Desk, runner: Runner, case: ProtectionCase, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Protection decision (case %1)").replace("%1", case.case_number),
            runner,
            parent,
            intro=self.tr(
                "Record the written decision on the protection request (Article 52 of the Law on Denunciations)."
            ),
            failure_text=self.tr("The decision could not be recorded. Details are in the log."),
        )
        self._protection = desk.protection
        self.request_id = case.id
        texts = {
            ProtectionStatus.ACTIVE: self.tr("&Apply protection measures"),
            ProtectionStatus.REFUSED: self.tr("Re&fuse protection"),
            ProtectionStatus.DECLINED_BY_PERSON: self.tr("The person &declined protection"),
        }
        choice = QWidget(self)
        column = QVBoxLayout(choice)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[ProtectionStatus, QRadioButton] = {}
        for i, status in enumerate(DECISIONS):
            button = QRadioButton(texts[status], choice)
            button.setObjectName(f"status_{status.value}")
            self.status_group.addButton(button, i)
            column.addWidget(button)
            self.status_buttons[status] = button
        self.status_buttons[ProtectionStatus.ACTIVE].setChecked(True)
        choice.setFocusProxy(self.status_buttons[ProtectionStatus.ACTIVE])
        self.add_field("status", self.tr("Decision:"), choice)
        self.number_edit = _decision_edit(self)
        self.add_field("decision_number", self.tr("Decision &number:"), self.number_edit)
        measures = self._measures_widget = QWidget(self)
        grid = QGridLayout(measures)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.addWidget(PlainTextLabel(self.tr("Measure"), measures), 0, 0)
        grid.addWidget(PlainTextLabel(self.tr("Due (dd/mm/yyyy, optional)"), measures), 0, 1)
        self.measure_rows: dict[str, _MeasureRow] = {}
        for row, (code, text) in enumerate(_measure_items(), start=1):
            self.measure_rows[code] = _MeasureRow(measures, grid, row, code, text)
            self.measure_rows[code].check.setChecked(code in case.measures_requested)
        first = next(iter(self.measure_rows.values()), None)
        if first is not None:
            measures.setFocusProxy(first.check)
        self.add_field("measures", self.tr("&Measures:"), measures)
        self.status_group.idToggled.connect(self._on_status_toggled)
        self.configure(self._task, self._check)

    def status(self) -> ProtectionStatus:
        checked = self.status_group.checkedId()
        return DECISIONS[checked] if 0 <= checked < len(DECISIONS) else ProtectionStatus.ACTIVE

    def set_status(self, status: ProtectionStatus) -> None:
        self.status_buttons[status].setChecked(True)

    @Slot(int, bool)
    def _on_status_toggled(self, _id: int, _checked: bool) -> None:
        applying = self.status() is ProtectionStatus.ACTIVE
        for row in self.measure_rows.values():
            row.set_enabled(applying)

    def _check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.number_edit.text().strip():
            errors["decision_number"] = self.tr("Enter the number of the written decision.")
        if self.status() is ProtectionStatus.ACTIVE:
            chosen = [r for r in self.measure_rows.values() if r.check.isChecked()]
            if not chosen:
                errors["measures"] = self.tr("Tick at least one measure.")
            for row in chosen:
                try:
                    row.due.day()
                except BadDate:
                    errors["measures"] = self.tr("Enter each due date as dd/mm/yyyy.")
                    break
        return errors

    def _task(self) -> Callable[[], object]:
        status, number = self.status(), self.number_edit.text()
        pairs: tuple[tuple[str, date | None], ...] = ()
        if status is ProtectionStatus.ACTIVE:
            pairs = tuple((r.code, r.due.day()) for r in self.measure_rows.values() if r.check.isChecked())
        protection, rid = self._protection, self.request_id
        return lambda: protection.decide(rid, status=status, decision_number=number, measures=pairs)


class AddMeasureDialog(MoveDialog):
    """A further protection measure while protection applies (``Protection.add_measure``).

    Signals:
        move_done(object): the new measure's id (int).
    """

    def __init__(self, desk: Desk, runner: Runner, case: ProtectionCase, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a protection measure (case %1)").replace("%1", case.case_number),
            runner,
            parent,
            failure_text=self.tr("The measure could not be added. Details are in the log."),
        )
        self._protection = desk.protection
        self.request_id = case.id
        self.measure_combo = QComboBox(self)
        for code, text in _measure_items():
            self.measure_combo.addItem(text, code)
        self.due_edit = DateEdit(self)
        self.add_field("measures", self.tr("&Measure:"), self.measure_combo)
        self.add_field("due_on", self.tr("&Due (optional):"), self.due_edit)
        self.configure(self._task, self._check)

    def _check(self) -> dict[str, str]:
        try:
            self.due_edit.day()
        except BadDate:
            return {"due_on": self.tr("Enter the date as dd/mm/yyyy.")}
        return {}

    def _task(self) -> Callable[[], object]:
        code, due, protection, rid = (
            self.measure_combo.currentData(),
            self.due_edit.day(),
            self._protection,
            self.request_id,
        )
        return lambda: protection.add_measure(rid, code, due)


class EndProtectionDialog(MoveDialog):
    """The decision ending protection (``Protection.end``): its number.

    Signals:
        move_done(object): None.
    """

    def __init__(self, desk: Desk, runner: Runner, case: ProtectionCase, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("End protection (case %1)").replace("%1", case.case_number),
            runner,
            parent,
            intro=self.tr("Record the written decision that ends the protection measures."),
            failure_text=self.tr("The end of protection could not be recorded. Details are in the log."),
        )
        self._protection = desk.protection
        self.request_id = case.id
        self.number_edit = _decision_edit(self)
        self.add_field("decision_number", self.tr("Decision &number:"), self.number_edit)
        self.configure(self._task, self._check)

    def _check(self) -> dict[str, str]:
        if not self.number_edit.text().strip():
            return {"decision_number": self.tr("Enter the number of the written decision.")}
        return {}

    def _task(self) -> Callable[[], object]:
        protection, rid, number = self._protection, self.request_id, self.number_edit.text()
        return lambda: protection.end(rid, decision_number=number)


class RetaliationReportDialog(MoveDialog):
    """A report of retaliation (trù dập, trả thù) against a protected person (``Protection.report_retaliation``).

    The description names people: it is sealed at once, never logged, and emptied when the dialog closes.

    Signals:
        move_done(object): the report id (int).
    """

    def __init__(self, desk: Desk, runner: Runner, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Report retaliation"),
            runner,
            parent,
            intro=self.tr(
                "The description is sealed as soon as you press OK: you will not be able to read it back; "
                "only a supervisor can read it back, with a recorded reason."
            ),
            failure_text=self.tr("The report could not be recorded. Details are in the log."),
        )
        self._protection = desk.protection
        self.request_id = request_id
        self.description_edit = reason_edit(self, self.tr("What happened, when, and who did it"))
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 6 + 12)
        self.reported_edit = DateEdit(self)
        self.add_field("description", self.tr("&Description:"), self.description_edit)
        self.add_field("reported_on", self.tr("Reported &on (empty = today):"), self.reported_edit)
        self.configure(self._task, self._check)

    def _check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        text = self.description_edit.toPlainText().strip()
        if not text:
            errors["description"] = self.tr("Describe the retaliation.")
        elif len(text) > MAX_DESCRIPTION:
            errors["description"] = self.tr("The text is too long.")
        try:
            self.reported_edit.day()
        except BadDate:
            errors["reported_on"] = self.tr("Enter the date as dd/mm/yyyy.")
        return errors

    def _task(self) -> Callable[[], object]:
        text, when = self.description_edit.toPlainText(), self.reported_edit.day()
        protection, rid = self._protection, self.request_id
        return lambda: protection.report_retaliation(rid, text, reported_on=when)

    def clear_inputs(self) -> None:
        self.description_edit.clear()
        self.reported_edit.clear()

    def done(self, result: int) -> None:
        self.clear_inputs()
        super().done(result)
