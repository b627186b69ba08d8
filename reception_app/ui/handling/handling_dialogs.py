"""Building blocks of the case-handling UI: a small read-only table model, a checklist of reason codes, an
agency picker with mark-insensitive type-ahead, and :class:`MoveDialog`, the small dialog behind every move.

Free-text reasons are stored unsealed, so every reason field carries the warning :data:`REASON_WARNING`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import CaseKind, HandlingAction, Result
from reception_app.models.errors import FieldError, ValidationError
from reception_app.models.fold import fold
from reception_app.models.handling import RESULTS_BY_KIND
from reception_app.models.places import Place
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.form_fields import BadDate, DateEdit, DateTimeField, WarningLabel, to_qdatetime
from reception_app.ui.common.formatting import format_day
from reception_app.ui.common.place_picker import PlaceCombo
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel
from reception_app.ui.identity.identity_guard import NumberHighlighter

if TYPE_CHECKING:
    from reception_app.models.agencies import Agency, Transfer
    from reception_app.models.handling import CaseHandlingView, ChecklistItem
    from reception_app.services import CaseHandling
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
MAX_REASON = 2000
REASON_WARNING = "Không ghi họ tên, địa chỉ người tố cáo vào lý do."
"""Shown under every free-text reason: reasons are stored unsealed (the wording is the lead's, in Vietnamese)."""
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


class ChecklistBox(QWidget):
    """One checkbox per checklist code (retired codes left out); the label is the Vietnamese text + basis."""

    def __init__(self, items: Mapping[str, ChecklistItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for code, item in items.items():
            if item.retired:
                continue
            box = QCheckBox(f"{item.label} ({item.basis})", self)
            box.setObjectName(f"code_{code}")
            layout.addWidget(box)
            self.boxes[code] = box
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def set_checkable(self, enabled: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(enabled)


class AgencyPicker(PlaceCombo):
    """The directory's agencies with type-ahead that ignores marks ("thanh tra ha noi")."""

    def set_agencies(self, agencies: Sequence[Agency]) -> None:
        self.set_places([Place(str(a.id), a.name, fold(a.name)) for a in agencies])

    def agency_id(self) -> int | None:
        code = self.code()
        return int(code) if code else None


def reason_edit(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    NumberHighlighter(edit.document())  # phone/ID-shaped numbers marked as typed (issue 18)
    return edit


def reason_warning(parent: QWidget) -> WarningLabel:
    """The amber reminder under a free-text reason (reasons are stored unsealed)."""
    note = WarningLabel(parent)
    note.show_message(REASON_WARNING)
    return note


class MoveDialog(QDialog):
    """A form with a message beside each field and OK / Cancel; OK runs one service call on the runner.

    The dialog stays open while the call runs; success closes it and emits :attr:`done`; a refusal
    (``IllegalMove``, ``PermissionDenied``, any ``KnownError``) is shown inline in Vietnamese and a
    ``ValidationError`` lands beside its field, so the user can correct and retry.

    Args:
        title: window title (never user text).
        runner: the DB-thread task runner.
        parent: Qt parent.
        intro: a plain-text line above the form.
        failure_text: shown for an unexpected error (details go to the log as the exception type only).

    Signals:
        move_done(object): the call succeeded; payload = its result. The dialog has closed.
    """

    move_done = Signal(object)

    def __init__(
        self, title: str, runner: Runner, parent: QWidget | None = None, *, intro: str = "", failure_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._runner = runner
        self._failure_text = failure_text
        self._busy = False
        self._make_task: Callable[[], Callable[[], object]] | None = None
        self._validator: Callable[[], dict[str, str]] = dict
        self.field_messages: dict[str, MessageLabel] = {}
        self.first_field: QWidget | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message_label = MessageLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        if intro:
            self.intro_label = PlainTextLabel(intro, self, word_wrap=True)
            layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)

    def add_field(self, name: str, label: str, widget: QWidget, *, extra: QWidget | None = None) -> None:
        """A row: ``widget`` (and ``extra``) with a hidden message underneath; ``name`` = the service field."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if extra is not None:
            column.addWidget(extra)
        box.setFocusProxy(widget)
        message = MessageLabel(box)
        column.addWidget(message)
        self.field_messages[name] = message
        self.form.addRow(label, box)
        if self.first_field is None:
            self.first_field = widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.first_field is not None:  # typing goes straight into the first field
            self.first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def configure(
        self, make_task: Callable[[], Callable[[], object]], check: Callable[[], dict[str, str]] | None = None
    ) -> None:
        """``check()`` returns field problems (GUI thread); ``make_task()`` reads the fields and returns the call
        to run on the DB thread (it must not touch widgets)."""
        self._make_task = make_task
        if check is not None:
            self._validator = check

    def field_message(self, name: str) -> str:
        return self.field_messages[name].text() if name in self.field_messages else ""

    def is_busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        """Press OK."""
        self._on_buttons_accepted()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self._busy or self._make_task is None:
            return
        self.message_label.clear_message()
        errors = self._validator()
        for name, label in self.field_messages.items():
            label.show_message(errors.get(name, ""))
        if errors:
            return
        task = self._make_task()
        self._set_busy(True)
        self._runner.run(task, self._on_task_done, self._on_task_failed, context=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def _on_task_done(self, result: object) -> None:
        self._set_busy(False)
        self._make_task = None
        self.accept()
        self.move_done.emit(result)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            rest = []
            for error in exc.errors:
                label = self.field_messages.get(error.field)
                if label is None:
                    label = self.field_messages.get(error.field.split(".")[0])
                if label is None:
                    rest.append(error.message)
                else:
                    label.show_message(error.message)
            self.message_label.show_message("\n".join(rest))
            return
        self.message_label.show_message(error_text(exc, self._failure_text, log_as="handling task failed"))


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

    def _check(self) -> dict[str, str]:  # noqa: PLR0912 - one rule per field
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

    def _task(self) -> Callable[[], object]:  # noqa: PLR0912 - one branch per move
        h, uid, action = self._handling, self._view.uid, self.action
        reason = self.reason_edit.toPlainText()
        number = self.number_edit.text() if self.number_edit is not None else ""
        agency = self.agency_picker.agency_id() if self.agency_picker is not None else None
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
        if action is HandlingAction.LINK:
            return self._link_task(reason)
        if action is HandlingAction.TRANSFER_REPLY:
            return self._reply_task(reason)
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
