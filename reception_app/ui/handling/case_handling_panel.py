"""The case-handling panel of the case detail: classification, status, deadlines, moves, transfers, history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import (
    Admissibility,
    BodyType,
    CaseKind,
    HandlingAction,
    Jurisdiction,
    Result,
    Role,
)
from reception_app.models.errors import ValidationError
from reception_app.models.handling import (
    ACTION_ROLES,
    GROUP_MIN_SIGNERS,
    RESULTS_BY_KIND,
    TIP_ACTIONS,
    CaseHandlingView,
    CaseState,
    Classification,
    Deadline,
    HandlingStep,
    IllegalMove,
    plan_move,
)
from reception_app.services import CaseHandling, PermissionDenied, Protection
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.form_fields import FieldGrid
from reception_app.ui.common.formatting import format_day, format_received, one_line
from reception_app.ui.common.reason_fields import REASON_WARNING, ChecklistBox, reason_edit
from reception_app.ui.common.tables import TextRowsModel, fit_rows, make_table
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel
from reception_app.ui.handling.handling_dialogs import ActionDialog, VisitDialog
from reception_app.ui.protection.protection_dialogs import RetaliationReportDialog
from reception_app.ui.protection.request_dialogs import ProtectionRequestDialog

if TYPE_CHECKING:
    from reception_app.models.agencies import Agency, Transfer
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

# The moves offered as buttons, in a fixed order (classify has its own form; a transfer reply is recorded
# from the transfers list).
BUTTON_ACTIONS = (
    HandlingAction.ACCEPT,
    HandlingAction.REJECT,
    HandlingAction.NOTIFY,
    HandlingAction.RESOLVE,
    HandlingAction.EXTEND,
    HandlingAction.CLOSE,
    HandlingAction.TRANSFER,
    HandlingAction.GUIDE,
    HandlingAction.RETURN,
    HandlingAction.FILE,
    HandlingAction.REFUSE_RECEPTION,
    HandlingAction.CHASE,
    HandlingAction.VERIFY_TIP,
    HandlingAction.LINK,
)
MAX_SEARCH = 20


@dataclass(frozen=True)
class HandlingSnapshot:
    """Everything the panel shows, loaded in one DB-thread call (no identity)."""

    view: CaseHandlingView
    state: CaseState
    transfers: tuple[Transfer, ...]
    agencies: tuple[Agency, ...]


def load_snapshot(desk: Desk, handling: CaseHandling, uid: str) -> HandlingSnapshot:
    """Runs on the DB thread: the view, the state :func:`plan_move` needs, the transfers and the directory."""
    view = handling.view(uid)
    channel = desk.cases.get_case(uid).channel
    prior = {s.action for s in view.steps}
    for other in view.linked_uids:
        prior.update(s.action for s in handling.view(other).steps)
    transfers = tuple(handling.transfers(uid))
    state = CaseState(
        kind=view.kind,
        status=view.status,
        channel=channel,
        classification=view.classification,
        prior_actions=frozenset(prior),
        open_transfers=sum(1 for t in transfers if t.waiting),
    )
    agencies = tuple(desk.agencies.list(include_inactive=True))
    return HandlingSnapshot(view, state, transfers, agencies)


def find_case_by_number(desk: Desk, number: str) -> str | None:
    """Runs on the DB thread: the uid of the case numbered exactly ``number``."""
    for row in desk.cases.search_cases(number, limit=MAX_SEARCH).rows:
        if row.number == number:
            return row.uid
    return None


def protection_request_for_reports(protection: Protection, uid: str) -> int | None:
    """Runs on the DB thread: the request a retaliation report of case ``uid`` belongs to (the newest open one,
    else the newest), None when the case has none. ``Protection.for_case`` may refuse the session."""
    cases = protection.for_case(uid)
    chosen = [c for c in cases if c.status.is_open] or cases
    return max(c.id for c in chosen) if chosen else None


def refusal(state: CaseState, action: HandlingAction) -> str:
    """The Vietnamese legal reason ``action`` is not possible now ("" when it is)."""
    result = None
    if action is HandlingAction.RESOLVE:
        allowed = sorted(RESULTS_BY_KIND.get(state.kind, frozenset()))
        result = allowed[0] if allowed else Result.NONE
    try:
        plan_move(state, action, result=result)
    except IllegalMove as exc:
        return exc.text()
    return ""


class CaseHandlingPanel(QWidget):
    """Handling of one saved case, for the case detail dialog.

    Shows the status, decision and result; the classification form (officers edit it while the case is
    not yet decided); open and closed deadlines with the days left, legal basis and certainty tag; a
    button per move with, beside each move that is not possible now, the reason in Vietnamese (the
    law's reason from :func:`plan_move`, or that the move needs a supervisor); the transfers with
    "Record reply…"; and the full history of steps. Everything is loaded on the runner; user text is shown
    as plain text. Each button opens an :class:`ActionDialog`, which shows the service's refusal inline.

    Args:
        desk: the services facade (logged in); ``desk.session`` is read once (plain attribute).
        runner: the DB-thread task runner.
        case_uid: the case.
        parent: Qt parent.
        today: today's date (tests); default: the desk's clock.

    Signals:
        case_changed(str): a move was recorded; payload = the case uid.
    """

    case_changed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        runner: Runner,
        case_uid: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self.case_uid = case_uid
        self._today = today or desk.today
        self._handling = desk.handling
        self._protection = desk.protection
        self.protection_request: int | None = None  # where a retaliation report goes (no identity)
        self._protection_lookup = ""  # "", "denied" or "done"
        self._recorded_requests: list[int] = []  # requests recorded from this panel
        session = desk.session
        self._roles = session.roles if session is not None else frozenset()
        self.snapshot: HandlingSnapshot | None = None
        self._loading = False
        self.dialog: QWidget | None = None
        self.message_label = MessageLabel(self)
        self.notice_label = PlainTextLabel("", self, word_wrap=True)
        self.notice_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self._status_box())
        layout.addWidget(self._classification_box())
        layout.addWidget(self._actions_box())
        layout.addWidget(self._deadlines_box())
        layout.addWidget(self._transfers_box())
        layout.addWidget(self._history_box())
        self._connect_signals()
        self._set_enabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        """The case is loaded the first time the panel is shown (a detail opened only to print stays cheap)."""
        super().showEvent(event)
        if self.snapshot is None and not self._loading:
            self.refresh()

    # --- building ---------------------------------------------------------------------------------------

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Handling"), self)
        form = QFormLayout(box)
        self.status_value = PlainTextLabel("", box, selectable=True)
        self.decision_value = PlainTextLabel("", box, selectable=True)
        self.result_value = PlainTextLabel("", box, selectable=True)
        self.due_value = PlainTextLabel("", box, selectable=True)
        self.kept_value = PlainTextLabel("", box, selectable=True)
        form.addRow(self.tr("Status:"), self.status_value)
        form.addRow(self.tr("Decision:"), self.decision_value)
        form.addRow(self.tr("Result:"), self.result_value)
        form.addRow(self.tr("Next deadline:"), self.due_value)
        form.addRow(self.tr("Kept until:"), self.kept_value)
        return box

    def _combo(self, parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(parent)
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _classification_box(self) -> QGroupBox:
        box = self.classification_box = QGroupBox(self.tr("Classification"), self)
        column = QVBoxLayout(box)
        grid = self.classification_grid = FieldGrid(columns=2)
        column.addLayout(grid)
        self.kind_combo = self._combo(box, [(k.label, k.value) for k in CaseKind])
        self.admissible_combo = self._combo(box, [(a.label, a.value) for a in Admissibility])
        self.jurisdiction_combo = self._combo(box, [(j.label, j.value) for j in Jurisdiction])
        self.body_combo = self._combo(box, [(b.label, b.value) for b in BodyType])
        self.group_spin = QSpinBox(box)
        self.group_spin.setRange(1, 100_000)
        self.group_label = PlainTextLabel("", box)
        group_row = QWidget(box)
        row = QHBoxLayout(group_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.group_spin)
        row.addWidget(self.group_label, 1)
        group_row.setFocusProxy(self.group_spin)
        self.repeat_spin = QSpinBox(box)
        self.repeat_spin.setRange(0, 999)
        self.repeat_spin.setSpecialValueText(self.tr("First time"))
        self.repeat_spin.setSuffix(self.tr(" time(s) before"))
        self.originals_check = QCheckBox(self.tr("Original papers attached (to be returned)"), box)
        self.remote_check = QCheckBox(self.tr("Remote area (longer complaint deadlines)"), box)
        self.reasons_box = ChecklistBox(self._handling.checklists.inadmissible_reasons, box)
        self.classify_reason = reason_edit(box, self.tr("Optional"))
        grid.add("kind", self.tr("C&ontent:"), self.kind_combo)
        grid.add("admissible", self.tr("Ad&missibility:"), self.admissible_combo)
        grid.add("jurisdiction", self.tr("&Jurisdiction:"), self.jurisdiction_combo)
        grid.add("body_type", self.tr("Competent bod&y:"), self.body_combo)
        grid.add("group_size", self.tr("S&igners:"), group_row)
        grid.add("repeat_count", self.tr("Sent &before:"), self.repeat_spin)
        grid.add("has_originals", "", self.originals_check)
        grid.add("remote_area", "", self.remote_check)
        grid.add("inadmissible_reasons", self.tr("Inadmissible because:"), self.reasons_box, span=2)
        captions = [w for w in box.findChildren(QLabel) if w.buddy() is self.reasons_box]
        self.reasons_caption: QWidget = captions[0]
        grid.add("reason", self.tr("Note:"), self.classify_reason, span=2, warning=True)
        grid.warnings["reason"].show_message(REASON_WARNING)
        self.classify_state_label = PlainTextLabel("", box, word_wrap=True)
        self.classify_state_label.setEnabled(False)
        self.classify_button = QPushButton(self.tr("Save c&lassification"), box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.classify_state_label, 1)
        buttons.addWidget(self.classify_button)
        column.addLayout(buttons)
        return box

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Handling steps"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.action_buttons: dict[HandlingAction, QPushButton] = {}
        self.action_reasons: dict[HandlingAction, PlainTextLabel] = {}
        texts = self._button_texts()
        for row, action in enumerate(BUTTON_ACTIONS):
            button = QPushButton(texts[action], box)
            button.setObjectName(f"action_{action.value}")
            reason = PlainTextLabel("", box, word_wrap=True)
            reason.setObjectName(f"reason_{action.value}")
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(reason, row, 1)
            self.action_buttons[action] = button
            self.action_reasons[action] = reason
            button.clicked.connect(lambda _checked=False, a=action: self.open_action(a))
        self.protection_button = QPushButton(self.tr("Re&quest protection for the denouncer…"), box)
        self.protection_note = PlainTextLabel("", box, word_wrap=True)
        grid.addWidget(self.protection_button, len(BUTTON_ACTIONS), 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.protection_note, len(BUTTON_ACTIONS), 1)
        self.retaliation_button = QPushButton(self.tr("Report &retaliation…"), box)
        self.retaliation_note = PlainTextLabel("", box, word_wrap=True)
        grid.addWidget(self.retaliation_button, len(BUTTON_ACTIONS) + 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.retaliation_note, len(BUTTON_ACTIONS) + 1, 1)
        self.visit_button = QPushButton(self.tr("Record a ne&w visit…"), box)
        self.visit_note = PlainTextLabel(
            self.tr("The citizen came back about this case: a repeat reception in the logbook."), box, word_wrap=True
        )
        grid.addWidget(self.visit_button, len(BUTTON_ACTIONS) + 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.visit_note, len(BUTTON_ACTIONS) + 2, 1)
        return box

    def _button_texts(self) -> dict[HandlingAction, str]:
        return {
            HandlingAction.ACCEPT: self.tr("&Accept (thụ lý)…"),
            HandlingAction.REJECT: self.tr("Do &not accept…"),
            HandlingAction.NOTIFY: self.tr("Notice &sent…"),
            HandlingAction.RESOLVE: self.tr("&Resolve…"),
            HandlingAction.EXTEND: self.tr("E&xtend deadline…"),
            HandlingAction.CLOSE: self.tr("Clos&e case…"),
            HandlingAction.TRANSFER: self.tr("&Transfer…"),
            HandlingAction.GUIDE: self.tr("&Guide the citizen…"),
            HandlingAction.RETURN: self.tr("Ret&urn petition…"),
            HandlingAction.FILE: self.tr("&File without action…"),
            HandlingAction.REFUSE_RECEPTION: self.tr("Refuse re&ception…"),
            HandlingAction.CHASE: self.tr("C&hase up…"),
            HandlingAction.VERIFY_TIP: self.tr("&Verify tip…"),
            HandlingAction.LINK: self.tr("Lin&k same content…"),
        }

    def _deadlines_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deadlines"), self)
        column = QVBoxLayout(box)
        self.deadlines_model = TextRowsModel(
            [
                self.tr("Deadline"),
                self.tr("From"),
                self.tr("Due"),
                self.tr("Days left"),
                self.tr("Extensions"),
                self.tr("Legal basis [certainty]"),
            ],
            self,
        )
        self.deadlines_view = make_table(self.deadlines_model, box, stretch=0, rows=3)
        legend = PlainTextLabel(
            self.tr(
                "Certainty: V verified in the legal text; R as seen in practice; T secondary source, not verified; "
                "M common practice, not verified."
            ),
            box,
            word_wrap=True,
        )
        legend.setEnabled(False)
        column.addWidget(self.deadlines_view)
        column.addWidget(legend)
        return box

    def _transfers_box(self) -> QGroupBox:
        box = self.transfers_box = QGroupBox(self.tr("Transfers"), self)
        column = QVBoxLayout(box)
        self.transfers_model = TextRowsModel(
            [self.tr("Receiving body"), self.tr("Sent"), self.tr("Report due"), self.tr("Reply"), self.tr("Note")],
            self,
        )
        self.transfers_view = make_table(self.transfers_model, box, stretch=4, rows=2)
        self.reply_button = QPushButton(self.tr("Record re&ply…"), box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reply_button)
        column.addWidget(self.transfers_view)
        column.addLayout(row)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("History"), self)
        column = QVBoxLayout(box)
        self.history_model = TextRowsModel(
            [
                self.tr("When"),
                self.tr("By"),
                self.tr("Step"),
                self.tr("Status"),
                self.tr("Decision no."),
                self.tr("Body"),
                self.tr("Reasons"),
                self.tr("Note"),
            ],
            self,
        )
        self.history_view = make_table(self.history_model, box, stretch=7, rows=5)
        self.step_detail = PlainTextLabel("", box, word_wrap=True, selectable=True)
        column.addWidget(self.history_view)
        column.addWidget(self.step_detail)
        return box

    def _connect_signals(self) -> None:
        self.classify_button.clicked.connect(self._on_classify_button_clicked)
        self.admissible_combo.currentIndexChanged.connect(self._on_admissible_combo_changed)
        self.group_spin.valueChanged.connect(self._on_group_spin_changed)
        self.reply_button.clicked.connect(self._on_reply_button_clicked)
        self.protection_button.clicked.connect(self._on_protection_button_clicked)
        self.retaliation_button.clicked.connect(self._on_retaliation_button_clicked)
        self.visit_button.clicked.connect(self.open_visit_dialog)
        self.transfers_view.selectionModel().selectionChanged.connect(self._on_transfers_selection_changed)
        self.history_view.selectionModel().selectionChanged.connect(self._on_history_selection_changed)

    # --- loading ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the case on the runner."""
        desk, handling, uid = self._desk, self._handling, self.case_uid
        self._set_enabled(False)
        self._loading = True
        self._runner.run(
            lambda: load_snapshot(desk, handling, uid), self._on_loaded, self._on_load_failed, context=self
        )

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.message_label.show_message(
            error_text(exc, self.tr("The case could not be loaded."), log_as="handling task failed")
        )

    def _on_loaded(self, snap: HandlingSnapshot) -> None:
        self._loading = False
        self.snapshot = snap
        self.message_label.clear_message()
        view = snap.view
        self.status_value.setText(view.status.label)
        self.decision_value.setText(view.decision.label)
        resolved = f" ({format_day(view.resolved_on)})" if view.resolved_on else ""
        self.result_value.setText(view.result.label + resolved if view.result is not Result.NONE else "—")
        self.due_value.setText(self._due_text(view.due_on) if view.due_on else "—")
        self.kept_value.setText(format_day(view.retain_until) if view.retain_until else "—")
        self._fill_classification(view)
        self._fill_deadlines(view)
        self._fill_transfers(snap.transfers)
        self._fill_history(view.steps, {a.id: a.name for a in snap.agencies})
        self._set_enabled(True)
        if view.kind is CaseKind.DENUNCIATION:
            self._load_protection()

    def _load_protection(self) -> None:
        """Find the case's protection request (for retaliation reports) on the runner."""
        protection, uid = self._protection, self.case_uid
        self._runner.run(
            lambda: protection_request_for_reports(protection, uid),
            self._on_protection_loaded,
            self._on_protection_failed,
            context=self,
        )

    def _on_protection_loaded(self, request_id: int | None) -> None:
        self._protection_lookup = "done"
        self.protection_request = request_id
        self._set_retaliation_enabled()

    def _on_protection_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, PermissionDenied):
            self.message_label.show_message(
                error_text(exc, self.tr("The protection requests could not be loaded."), log_as="handling task failed")
            )
        # this account may not list the case's requests: only one recorded from this panel is known
        self._protection_lookup = "denied"
        self.protection_request = max(self._recorded_requests) if self._recorded_requests else None
        self._set_retaliation_enabled()

    def _due_text(self, due: date) -> str:
        return f"{format_day(due)} — {self._days_left(due)}"

    def _days_left(self, due: date) -> str:
        days = (due - self._today()).days
        if days > 0:
            return self.tr("%n day(s) left", "", days)
        if days == 0:
            return self.tr("due today")
        return self.tr("overdue by %n day(s)", "", -days)

    def _fill_classification(self, view: CaseHandlingView) -> None:
        c = view.classification
        for combo, value in (
            (self.kind_combo, c.kind.value),
            (self.admissible_combo, c.admissible.value),
            (self.jurisdiction_combo, c.jurisdiction.value),
            (self.body_combo, c.body_type.value),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.group_spin.setValue(c.group_size)
        self.repeat_spin.setValue(c.repeat_count)
        self.originals_check.setChecked(c.has_originals)
        self.remote_check.setChecked(c.remote_area)
        self.reasons_box.set_codes(c.inadmissible_reasons)
        self.classify_reason.clear()
        self.classification_grid.clear_messages()
        self.classification_grid.warnings["reason"].show_message(REASON_WARNING)
        self._on_group_spin_changed(c.group_size)

    def _fill_deadlines(self, view: CaseHandlingView) -> None:
        def row(d: Deadline) -> tuple[str, ...]:
            if d.closed_on is not None:
                left = self.tr("done %1").replace("%1", format_day(d.closed_on))
            else:
                left = self._days_left(d.due_on)
            ext = f"{d.extensions} ({d.extension_decision})" if d.extensions else ""
            return (
                d.label,
                format_day(d.started_on),
                format_day(d.due_on),
                left,
                ext,
                f"{d.basis} [{d.tag}]",
            )

        ordered = sorted(view.deadlines, key=lambda d: (not d.is_open, d.due_on, d.id))
        self.deadlines_model.set_rows([row(d) for d in ordered], [d.id for d in ordered])
        fit_rows(self.deadlines_view, least=1, most=8)

    def _fill_transfers(self, transfers: tuple[Transfer, ...]) -> None:
        rows = [
            (
                t.agency_name,
                format_day(t.sent_on),
                format_day(t.report_due_on),
                format_day(t.replied_on) if t.replied_on else self.tr("waiting"),
                one_line(t.reply_note),
            )
            for t in transfers
        ]
        self.transfers_model.set_rows(rows, list(transfers))
        fit_rows(self.transfers_view, least=1, most=5)
        self.transfers_box.setVisible(bool(transfers))
        self._on_transfers_selection_changed()

    def _fill_history(self, steps: tuple[HandlingStep, ...], agency_names: dict[int, str]) -> None:
        labels = self._code_labels()
        rows = [
            (
                format_received(s.at),
                s.actor,
                s.action.label,
                s.from_status.label if s.from_status is s.to_status else f"{s.from_status.label} → {s.to_status.label}",
                s.decision_number,
                agency_names.get(s.agency_id, "") if s.agency_id is not None else "",
                "; ".join(labels.get(c, c) for c in s.codes),
                one_line(s.reason),
            )
            for s in steps
        ]
        self.history_model.set_rows(rows, list(steps))
        fit_rows(self.history_view, least=2, most=12)
        self.step_detail.setText("")

    def _code_labels(self) -> dict[str, str]:
        lists = self._handling.checklists
        out: dict[str, str] = {}
        for section in (lists.refusal_grounds, lists.filing_reasons, lists.inadmissible_reasons):
            out.update({code: item.label for code, item in section.items()})
        return out

    # --- enabling --------------------------------------------------------------------------------------------

    def role_note(self, action: HandlingAction) -> str:
        """Why the session may not make ``action`` ("" when it may)."""
        needed = ACTION_ROLES[action]
        if needed in self._roles:
            return ""
        if needed is Role.SUPERVISOR:
            return self.tr("A supervisor decides this step: log in with a supervisor account.")
        return self.tr("Reception officers record this step: log in with an officer account.")

    def _set_enabled(self, loaded: bool) -> None:
        snap = self.snapshot if loaded else None
        state = snap.state if snap is not None else None
        for action in BUTTON_ACTIONS:
            button, label = self.action_buttons[action], self.action_reasons[action]
            hidden = state is not None and state.kind is CaseKind.ANONYMOUS_TIP and action not in TIP_ACTIONS
            button.setVisible(not hidden)
            label.setVisible(not hidden)
            why = "" if state is None else self.role_note(action) or refusal(state, action)
            button.setEnabled(state is not None and not why)
            label.setText(why)
        classify_why = (
            "" if state is None else self.role_note(HandlingAction.CLASSIFY) or refusal(state, HandlingAction.CLASSIFY)
        )
        can_classify = state is not None and not classify_why
        for widget in (
            self.kind_combo,
            self.admissible_combo,
            self.jurisdiction_combo,
            self.body_combo,
            self.group_spin,
            self.repeat_spin,
            self.originals_check,
            self.remote_check,
            self.classify_reason,
            self.classify_button,
        ):
            widget.setEnabled(can_classify)
        self._on_admissible_combo_changed(0)
        self.classify_state_label.setText(classify_why)
        is_denunciation = state is not None and state.kind is CaseKind.DENUNCIATION
        self.protection_button.setVisible(is_denunciation)
        self.protection_note.setVisible(is_denunciation)
        officer = Role.OFFICER in self._roles
        self.protection_button.setEnabled(is_denunciation and officer)
        self.protection_note.setText(
            self.tr("The people and reasons are sealed at once; only a supervisor can read them.")
            if officer
            else self.tr("Reception officers record protection requests.")
        )
        self._set_retaliation_enabled(loaded)
        self.visit_button.setEnabled(loaded and self.snapshot is not None and officer)
        self._on_transfers_selection_changed()

    def _set_retaliation_enabled(self, loaded: bool = True) -> None:
        snap = self.snapshot if loaded else None
        is_denunciation = snap is not None and snap.state.kind is CaseKind.DENUNCIATION
        officer = Role.OFFICER in self._roles
        self.retaliation_button.setVisible(is_denunciation)
        self.retaliation_note.setVisible(is_denunciation)
        self.retaliation_button.setEnabled(is_denunciation and officer and self.protection_request is not None)
        if not officer:
            note = self.tr("Reception officers record retaliation reports.")
        elif self.protection_request is not None:
            note = self.tr("The description is sealed at once; only a supervisor can read it back.")
        elif self._protection_lookup == "denied":
            note = self.tr(
                "This account cannot look up the case's protection request; a supervisor can record the report."
            )
        elif self._protection_lookup == "done":
            note = self.tr("The case has no protection request.")
        else:
            note = ""
        self.retaliation_note.setText(note)

    # --- slots ---------------------------------------------------------------------------------------------

    @Slot(int)
    def _on_admissible_combo_changed(self, _index: int) -> None:
        inadmissible = self.admissible_combo.currentData() == Admissibility.INADMISSIBLE.value
        self.reasons_box.set_checkable(self.classify_button.isEnabled())
        self.reasons_box.setVisible(inadmissible)
        self.reasons_caption.setVisible(inadmissible)

    @Slot(int)
    def _on_group_spin_changed(self, value: int) -> None:
        self.group_label.setText(
            self.tr("group petition (%1 or more signers)").replace("%1", str(GROUP_MIN_SIGNERS))
            if value >= GROUP_MIN_SIGNERS
            else self.tr("single petition")
        )

    @Slot()
    def _on_transfers_selection_changed(self, *_args: QItemSelection) -> None:
        transfer = self.selected_transfer()
        may = ACTION_ROLES[HandlingAction.TRANSFER_REPLY] in self._roles
        self.reply_button.setEnabled(transfer is not None and transfer.waiting and may)

    @Slot()
    def _on_history_selection_changed(self, *_args: QItemSelection) -> None:
        rows = self.history_view.selectionModel().selectedRows()
        step = self.history_model.key(rows[0].row()) if rows else None
        if not isinstance(step, HandlingStep):
            self.step_detail.setText("")
            return
        self.step_detail.setText(f"{step.action.label} — {format_received(step.at)} — {step.actor}\n{step.reason}")

    def selected_transfer(self) -> Transfer | None:
        rows = self.transfers_view.selectionModel().selectedRows()
        key = self.transfers_model.key(rows[0].row()) if rows else None
        if key is None and self.snapshot is not None:
            waiting = [t for t in self.snapshot.transfers if t.waiting]
            return waiting[0] if len(waiting) == 1 else None
        return key  # type: ignore[return-value]

    @Slot()
    def _on_classify_button_clicked(self) -> None:
        if self.snapshot is None:
            return
        codes = (
            self.reasons_box.codes() if self.admissible_combo.currentData() == Admissibility.INADMISSIBLE.value else ()
        )
        c = Classification(
            kind=CaseKind(self.kind_combo.currentData()),
            admissible=Admissibility(self.admissible_combo.currentData()),
            inadmissible_reasons=codes,
            jurisdiction=Jurisdiction(self.jurisdiction_combo.currentData()),
            group_size=self.group_spin.value(),
            has_originals=self.originals_check.isChecked(),
            body_type=BodyType(self.body_combo.currentData()),
            repeat_count=self.repeat_spin.value(),
            remote_area=self.remote_check.isChecked(),
        )
        reason, handling, uid = self.classify_reason.toPlainText(), self._handling, self.case_uid
        self.classification_grid.clear_messages()
        self.classification_grid.warnings["reason"].show_message(REASON_WARNING)
        self.classify_button.setEnabled(False)
        self._runner.run(
            lambda: handling.classify(uid, c, reason=reason),
            self._on_move_done,
            self._on_classify_failed,
            context=self,
        )

    def _on_classify_failed(self, exc: BaseException) -> None:
        self.classify_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            rest = []
            for error in exc.errors:
                label = self.classification_grid.messages.get(error.field)
                if label is None:
                    rest.append(error.message)
                else:
                    label.show_message(error.message)
            self.message_label.show_message("\n".join(rest))
            return
        self.message_label.show_message(
            error_text(exc, self.tr("The classification could not be saved."), log_as="handling task failed")
        )

    def open_action(self, action: HandlingAction) -> ActionDialog | None:
        """Open the dialog of ``action`` (window-modal); returns it (None before the case has loaded)."""
        snap = self.snapshot
        if snap is None:
            return None
        desk = self._desk
        dialog = ActionDialog(
            action,
            self._handling,
            snap.view,
            self._runner,
            self,
            agencies=[a for a in snap.agencies if a.active],
            find_case=lambda number: find_case_by_number(desk, number),
            transfer=self.selected_transfer() if action is HandlingAction.TRANSFER_REPLY else None,
        )
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog: ActionDialog | ProtectionRequestDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.move_done.connect(self._on_move_done)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        self.notice_label.setVisible(False)
        dialog.open()

    @Slot()
    def _on_reply_button_clicked(self) -> None:
        if self.selected_transfer() is not None:
            self.open_action(HandlingAction.TRANSFER_REPLY)

    @Slot()
    def _on_protection_button_clicked(self) -> None:
        self._show_dialog(ProtectionRequestDialog(self._desk, self._runner, self.case_uid, self))

    @Slot()
    def _on_retaliation_button_clicked(self) -> None:
        if self.protection_request is None:
            return
        dialog = RetaliationReportDialog(self._desk, self._runner, self.protection_request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.move_done.connect(self._on_retaliation_reported)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        self.notice_label.setVisible(False)
        dialog.open()

    def open_visit_dialog(self) -> VisitDialog | None:
        """ "Record a new visit": one more reception of this case in the logbook (None before the case loaded)."""
        snap = self.snapshot
        if snap is None:
            return None
        dialog = VisitDialog(self._handling, self._runner, self.case_uid, snap.view.number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.move_done.connect(self._on_visit_recorded)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        self.notice_label.setVisible(False)
        dialog.open()
        return dialog

    def _on_visit_recorded(self, _visit_id: object) -> None:
        self.notice_label.setText(self.tr("The visit was added to the reception logbook."))
        self.notice_label.setVisible(True)
        self.case_changed.emit(self.case_uid)

    def _on_retaliation_reported(self, _report_id: object) -> None:
        self.notice_label.setText(self.tr("The retaliation report was recorded and sealed."))
        self.notice_label.setVisible(True)

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def _on_move_done(self, result: object) -> None:
        action = getattr(result, "action", None)
        if isinstance(action, HandlingAction):
            text = self.tr("Recorded: %1.").replace("%1", action.label)
        elif isinstance(result, int):
            self._recorded_requests.append(result)
            text = self.tr("The protection request was recorded and sealed.")
        else:
            text = self.tr("Recorded: %1.").replace("%1", HandlingAction.TRANSFER.label)
        self.notice_label.setText(text)
        self.notice_label.setVisible(True)
        self.refresh()
        self.case_changed.emit(self.case_uid)
