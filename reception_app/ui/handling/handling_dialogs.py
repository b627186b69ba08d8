"""The dialogs of the case-handling moves (:class:`ActionDialog`, :class:`VisitDialog`) and the agency picker
with mark-insensitive type-ahead. Their base, :class:`~reception_app.ui.common.form_dialog.MoveDialog`, and the
reason fields (:mod:`reception_app.ui.common.reason_fields`) are shared with other features.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from reception_app.models.enums import CaseKind, HandlingAction, Result
from reception_app.models.errors import FieldError, ValidationError
from reception_app.models.fold import fold
from reception_app.models.handling import RESULTS_BY_KIND
from reception_app.models.places import Place
from reception_app.ui.common.form_dialog import MoveDialog
from reception_app.ui.common.form_fields import BadDate, DateEdit, DateTimeField, to_qdatetime
from reception_app.ui.common.formatting import format_day
from reception_app.ui.common.place_picker import PlaceCombo
from reception_app.ui.common.reason_fields import MAX_REASON, ChecklistBox, reason_edit, reason_warning

if TYPE_CHECKING:
    from reception_app.models.agencies import Agency, Transfer
    from reception_app.models.handling import CaseHandlingView
    from reception_app.services import CaseHandling
    from reception_app.ui.common.tasks import Runner


class AgencyPicker(PlaceCombo):
    """The directory's agencies with type-ahead that ignores marks ("thanh tra ha noi")."""

    def set_agencies(self, agencies: Sequence[Agency]) -> None:
        self.set_places([Place(str(a.id), a.name, fold(a.name)) for a in agencies])

    def agency_id(self) -> int | None:
        code = self.code()
        return int(code) if code else None


_AGENCY_REQUIRED = frozenset({HandlingAction.TRANSFER})
_AGENCY_OPTIONAL = frozenset({HandlingAction.GUIDE, HandlingAction.RETURN, HandlingAction.CHASE})
_REASON_REQUIRED = frozenset({HandlingAction.RETURN, HandlingAction.CHASE, HandlingAction.EXTEND})
_NUMBER_ACTIONS = frozenset(
    {HandlingAction.ACCEPT, HandlingAction.REJECT, HandlingAction.NOTIFY, HandlingAction.RESOLVE, HandlingAction.EXTEND}
)
MAX_DECISION_NUMBER = 100
MAX_CASE_NUMBER = 40


class ActionDialog(MoveDialog):
    """The dialog of one handling move: only the fields that move takes, then the service call on the runner.

    Fields by move: decision number (accept, extend, resolve of KN/TC: required), reason codes as checkboxes
    (reject, file, refuse reception), an agency picked from the directory (transfer: required; guide,
    return, chase: optional), the result (resolve), the deadline to extend, the other case's number (link),
    and a free-text reason with :data:`REASON_WARNING` under it. The service decides legality; a refusal
    is shown inline (:class:`MoveDialog`).

    Args:
        action: the move.
        handling: the ``CaseHandling`` service (called on the runner only).
        view: the case as last loaded.
        agencies: active directory agencies (for the picker).
        runner: the DB-thread task runner.
        parent: Qt parent.
        find_case: DB-thread lookup of a case uid by its number (link only).
        transfer: the transfer whose reply is recorded (``TRANSFER_REPLY`` only).
    """

    def __init__(
        self,
        action: HandlingAction,
        handling: CaseHandling,
        view: CaseHandlingView,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        agencies: Sequence[Agency] = (),
        find_case: Callable[[str], str | None] | None = None,
        transfer: Transfer | None = None,
    ) -> None:
        super().__init__(
            self._title(action, view),
            runner,
            parent,
            intro=self._intro(action),
            failure_text=self.tr("The step could not be recorded. Details are in the log."),
        )
        self.action = action
        self._handling = handling
        self._view = view
        self._find_case = find_case
        self._transfer = transfer
        self.agency_picker: AgencyPicker | None = None
        self.number_edit: QLineEdit | None = None
        self.result_combo: QComboBox | None = None
        self.deadline_combo: QComboBox | None = None
        self.codes: ChecklistBox | None = None
        self.other_edit: QLineEdit | None = None
        self.replied_edit: DateEdit | None = None
        self.complex_check: QCheckBox | None = None
        self.second_check: QCheckBox | None = None
        self._build_top_fields(agencies)
        self._build_other_fields()
        self.reason_edit = reason_edit(
            self,
            self.tr("Required") if action in _REASON_REQUIRED else self.tr("Optional"),
        )
        reason_name = "note" if action is HandlingAction.TRANSFER_REPLY else "reason"
        reason_label = self.tr("&Note:") if action is HandlingAction.TRANSFER_REPLY else self.tr("&Reason:")
        self.add_field(reason_name, reason_label, self.reason_edit, extra=reason_warning(self))
        self.configure(self._task, self._check)

    def _build_top_fields(self, agencies: Sequence[Agency]) -> None:
        action, view, handling = self.action, self._view, self._handling
        if action is HandlingAction.EXTEND:
            self.deadline_combo = QComboBox(self)
            for d in view.deadlines:
                rule = handling.rules.rules.get(d.rule)
                if d.is_open and rule is not None and rule.extension is not None:
                    self.deadline_combo.addItem(f"{d.label} — {format_day(d.due_on)}", d.rule)
            self.add_field("rule", self.tr("&Deadline:"), self.deadline_combo)
        if action in _AGENCY_REQUIRED | _AGENCY_OPTIONAL:
            self.agency_picker = AgencyPicker(self)
            self.agency_picker.set_agencies(agencies)
            self.agency_picker.line_edit.setPlaceholderText(
                self.tr("Type part of the name, e.g. ha noi")
                if action in _AGENCY_REQUIRED
                else self.tr("Optional: type part of the name")
            )
            self.add_field("agency_id", self.tr("Re&ceiving body:"), self.agency_picker)
        if action is HandlingAction.RESOLVE:
            self.result_combo = QComboBox(self)
            self.result_combo.addItem(self.tr("Choose the result"), "")
            for result in sorted(RESULTS_BY_KIND.get(view.kind, frozenset())):
                self.result_combo.addItem(result.label, result.value)
            self.add_field("result", self.tr("Re&sult:"), self.result_combo)
        if action in _NUMBER_ACTIONS:
            self.number_edit = QLineEdit(self)
            self.number_edit.setMaxLength(MAX_DECISION_NUMBER)
            self.number_edit.setPlaceholderText(self.tr("e.g. 05/QĐ-TTr"))
            self.add_field("decision_number", self._number_label(action), self.number_edit)

    def _build_other_fields(self) -> None:
        action, view, lists = self.action, self._view, self._handling.checklists
        checklist = {
            HandlingAction.REJECT: ("reasons", lists.inadmissible_reasons),
            HandlingAction.FILE: ("reasons", lists.filing_reasons),
            HandlingAction.REFUSE_RECEPTION: ("grounds", lists.refusal_grounds),
        }.get(action)
        if checklist is not None:
            self.codes = ChecklistBox(checklist[1], self)
            label = self.tr("&Grounds:") if action is HandlingAction.REFUSE_RECEPTION else self.tr("Rea&sons:")
            self.add_field(checklist[0], label, self.codes)
        if action is HandlingAction.ACCEPT:
            self.complex_check = QCheckBox(self.tr("Co&mplex case (longer resolution time)"), self)
            self.add_field("complex_case", "", self.complex_check)
            if view.kind is CaseKind.COMPLAINT:
                self.second_check = QCheckBox(self.tr("Second-instance complaint"), self)
                self.add_field("second_instance", "", self.second_check)
        if action is HandlingAction.LINK:
            self.other_edit = QLineEdit(self)
            self.other_edit.setMaxLength(MAX_CASE_NUMBER)
            self.other_edit.setPlaceholderText(self.tr("e.g. 0125/2026/TC"))
            self.add_field("other_uid", self.tr("&Other case number:"), self.other_edit)
        if action is HandlingAction.TRANSFER_REPLY:
            self.replied_edit = DateEdit(self)
            self.add_field("replied_on", self.tr("Reply &received on:"), self.replied_edit)

    # --- texts ------------------------------------------------------------------------------------------

    def _title(self, action: HandlingAction, view: CaseHandlingView) -> str:
        titles = {
            HandlingAction.ACCEPT: self.tr("Accept case %1"),
            HandlingAction.REJECT: self.tr("Do not accept case %1"),
            HandlingAction.NOTIFY: self.tr("Notice sent for case %1"),
            HandlingAction.RESOLVE: self.tr("Resolve case %1"),
            HandlingAction.EXTEND: self.tr("Extend a deadline of case %1"),
            HandlingAction.TRANSFER: self.tr("Transfer case %1"),
            HandlingAction.TRANSFER_REPLY: self.tr("Reply to the transfer of case %1"),
            HandlingAction.GUIDE: self.tr("Guide the citizen (case %1)"),
            HandlingAction.RETURN: self.tr("Return the petition (case %1)"),
            HandlingAction.FILE: self.tr("File case %1 without action"),
            HandlingAction.REFUSE_RECEPTION: self.tr("Refuse reception (case %1)"),
            HandlingAction.CHASE: self.tr("Chase up case %1"),
            HandlingAction.VERIFY_TIP: self.tr("Tip checked (case %1)"),
            HandlingAction.CLOSE: self.tr("Close case %1"),
            HandlingAction.LINK: self.tr("Link case %1 to the same content"),
        }
        return titles.get(action, self.tr("Case %1")).replace("%1", view.number)

    def _intro(self, action: HandlingAction) -> str:
        return {
            HandlingAction.ACCEPT: self.tr("Opens the resolution deadlines of the case kind from today."),
            HandlingAction.TRANSFER: self.tr(
                "The petition goes to the competent body. A denunciation is transferred once per content; "
                "the receiving body reports back within 20 days (Luật Tố cáo 2018 Điều 24, 26)."
            ),
            HandlingAction.GUIDE: self.tr("The citizen is guided to the competent body once; the case closes."),
            HandlingAction.EXTEND: self.tr("The extension needs a written decision; its number is recorded."),
            HandlingAction.FILE: self.tr("Filed petitions are kept for the retention period, then destroyed."),
            HandlingAction.REFUSE_RECEPTION: self.tr(
                "Only for a citizen received in person (Luật Tiếp công dân Điều 9). The refusal notice is a document."
            ),
        }.get(action, "")

    def _number_label(self, action: HandlingAction) -> str:
        if action is HandlingAction.NOTIFY:
            return self.tr("Notice &number:")
        if action is HandlingAction.RESOLVE:
            return self.tr("Decision or &conclusion number:")
        return self.tr("Decision &number:")

    # --- input --------------------------------------------------------------------------------------------

    def _check_choices(self) -> dict[str, str]:
        """Problems with the agency, the decision number, the result and the deadline."""
        errors: dict[str, str] = {}
        action = self.action
        if self.agency_picker is not None:
            if self.agency_picker.unresolved_text():
                errors["agency_id"] = self.tr("No body in the directory matches this name.")
            elif action in _AGENCY_REQUIRED and self.agency_picker.agency_id() is None:
                errors["agency_id"] = self.tr("Choose the receiving body from the directory.")
        number_required = action in (HandlingAction.ACCEPT, HandlingAction.EXTEND) or (
            action is HandlingAction.RESOLVE and self._view.kind in (CaseKind.COMPLAINT, CaseKind.DENUNCIATION)
        )
        if self.number_edit is not None and number_required and not self.number_edit.text().strip():
            errors["decision_number"] = self.tr("Enter the number of the written decision.")
        if self.result_combo is not None and not self.result_combo.currentData():
            errors["result"] = self.tr("Choose the result.")
        if self.deadline_combo is not None and self.deadline_combo.count() == 0:
            errors["rule"] = self.tr("No open deadline of this case can be extended.")
        return errors

    def _check(self) -> dict[str, str]:
        errors = self._check_choices()
        action = self.action
        if self.codes is not None and action is not HandlingAction.REJECT and not self.codes.codes():
            name = "grounds" if action is HandlingAction.REFUSE_RECEPTION else "reasons"
            errors[name] = self.tr("Tick at least one.")
        reason = self.reason_edit.toPlainText().strip()
        if action in _REASON_REQUIRED and not reason:
            errors["reason"] = self.tr("Enter the reason.")
        if action is HandlingAction.REJECT and self.codes is not None and not self.codes.codes() and not reason:
            errors["reasons"] = self.tr("Tick a reason or write one below.")
        if len(reason) > MAX_REASON:
            errors["note" if action is HandlingAction.TRANSFER_REPLY else "reason"] = self.tr("The text is too long.")
        if self.other_edit is not None and not self.other_edit.text().strip():
            errors["other_uid"] = self.tr("Enter the number of the other case.")
        if self.replied_edit is not None:
            try:
                self.replied_edit.day()
            except BadDate:
                errors["replied_on"] = self.tr("Enter the date as dd/mm/yyyy.")
        return errors

    def _task(self) -> Callable[[], object]:
        reason = self.reason_edit.toPlainText()
        if self.action is HandlingAction.LINK:
            return self._link_task(reason)
        if self.action is HandlingAction.TRANSFER_REPLY:
            return self._reply_task(reason)
        if self.action in _NUMBER_ACTIONS:  # the moves that record a numbered decision
            return self._decision_task(reason)
        return self._routing_task(reason)

    def _decision_task(self, reason: str) -> Callable[[], object]:
        """The moves that record a decision: accept, reject, notify, resolve, extend."""
        h, uid, action = self._handling, self._view.uid, self.action
        number = self.number_edit.text() if self.number_edit is not None else ""
        codes = self.codes.codes() if self.codes is not None else ()
        if action is HandlingAction.ACCEPT:
            complex_case = self.complex_check is not None and self.complex_check.isChecked()
            second = self.second_check is not None and self.second_check.isChecked()
            return lambda: h.accept(
                uid, decision_number=number, reason=reason, complex_case=complex_case, second_instance=second
            )
        if action is HandlingAction.REJECT:
            return lambda: h.reject(uid, reasons=codes, reason=reason, decision_number=number)
        if action is HandlingAction.NOTIFY:
            return lambda: h.notify(uid, reason=reason, decision_number=number)
        if action is HandlingAction.RESOLVE:
            assert self.result_combo is not None  # noqa: S101 - built for RESOLVE above
            result = Result(self.result_combo.currentData())
            return lambda: h.resolve(uid, result=result, decision_number=number, reason=reason)
        if action is HandlingAction.EXTEND:
            rule = self.deadline_combo.currentData() if self.deadline_combo is not None else None
            return lambda: h.extend(uid, decision_number=number, reason=reason, rule=rule)
        raise ValueError(action)

    def _routing_task(self, reason: str) -> Callable[[], object]:
        """The moves that send the petition on, give it back, file it or close it."""
        h, uid, action = self._handling, self._view.uid, self.action
        agency = self.agency_picker.agency_id() if self.agency_picker is not None else None
        codes = self.codes.codes() if self.codes is not None else ()
        if action is HandlingAction.TRANSFER:
            agency_id = agency if agency is not None else -1
            return lambda: h.transfer(uid, agency_id=agency_id, reason=reason)
        if action is HandlingAction.GUIDE:
            return lambda: h.guide(uid, reason=reason, agency_id=agency)
        if action is HandlingAction.RETURN:
            return lambda: h.return_petition(uid, reason=reason, agency_id=agency)
        if action is HandlingAction.FILE:
            return lambda: h.file(uid, reasons=codes, reason=reason)
        if action is HandlingAction.REFUSE_RECEPTION:
            return lambda: h.refuse_reception(uid, grounds=codes, reason=reason)
        if action is HandlingAction.CHASE:
            return lambda: h.chase(uid, reason=reason, agency_id=agency)
        if action is HandlingAction.VERIFY_TIP:
            return lambda: h.verify_tip(uid, reason=reason)
        if action is HandlingAction.CLOSE:
            return lambda: h.close(uid, reason=reason)
        raise ValueError(action)

    def _link_task(self, reason: str) -> Callable[[], object]:
        h, uid, find = self._handling, self._view.uid, self._find_case
        number = self.other_edit.text().strip() if self.other_edit is not None else ""
        not_found = self.tr("No case has this number.")

        def link() -> object:
            other = find(number) if find is not None else None
            if other is None:
                raise ValidationError([FieldError("other_uid", not_found)])
            return h.link_same_content(uid, other, reason=reason)

        return link

    def _reply_task(self, note: str) -> Callable[[], object]:
        h, transfer = self._handling, self._transfer
        replied = self.replied_edit.day() if self.replied_edit is not None else None
        transfer_id = transfer.id if transfer is not None else -1
        return lambda: h.record_transfer_reply(transfer_id, note=note, replied_on=replied)


class VisitDialog(MoveDialog):
    """ "Record a return visit": the citizen came back about this case (one more lượt tiếp in the logbook).

    Args:
        handling: the ``CaseHandling`` service.
        runner: the DB-thread task runner.
        uid, number: the case.
        parent: Qt parent.
        now: the desk's current local time (tests); default: the clock.
    """

    def __init__(
        self,
        handling: CaseHandling,
        runner: Runner,
        uid: str,
        number: str,
        parent: QWidget | None = None,
        *,
        now: QDateTime | None = None,
    ) -> None:
        super().__init__(
            self.tr("Return visit (case %1)").replace("%1", number),
            runner,
            parent,
            intro=self.tr(
                "The citizen came back about this case. The visit is added to the reception logbook and counted "
                "as a repeat reception in the periodic report."
            ),
            failure_text=self.tr("The visit could not be recorded. Details are in the log."),
        )
        self._handling = handling
        self._uid = uid
        self.when_edit = DateTimeField(now or to_qdatetime(handling.now_local()), self)
        self.when_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.people_spin = QSpinBox(self)
        self.people_spin.setRange(1, 999)
        self.head_check = QCheckBox(self.tr("Received by the &head of the agency (lãnh đạo tiếp)"), self)
        self.note_edit = reason_edit(self, self.tr("Optional"))
        self.add_field("visited_at", self.tr("&When:"), self.when_edit)
        self.add_field("people", self.tr("&People:"), self.people_spin, extra=self.head_check)
        self.add_field("note", self.tr("&Note:"), self.note_edit, extra=reason_warning(self))
        self.configure(self._task, self._check)

    def _check(self) -> dict[str, str]:
        if len(self.note_edit.toPlainText()) > MAX_REASON:
            return {"note": self.tr("The text is too long.")}
        return {}

    def _task(self) -> Callable[[], object]:
        h, uid = self._handling, self._uid
        when = self.when_edit.dateTime().toPython()
        people, head, note = self.people_spin.value(), self.head_check.isChecked(), self.note_edit.toPlainText()
        return lambda: h.record_visit(uid, visited_at=when, people=people, led_by_head=head, note=note)  # type: ignore[arg-type]
