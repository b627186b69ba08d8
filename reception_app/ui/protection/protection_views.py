"""Whistleblower protection: the supervisor's overview (Luật Tố cáo Điều 47–56). The officer's request dialog
and the reveal dialog are in :mod:`reception_app.ui.protection.request_dialogs`; the decision, measure, end and
retaliation dialogs in :mod:`reception_app.ui.protection.protection_dialogs`.

Who is protected and why is identity data. The overview is masked (case number, dates, measure codes);
"Show details…" needs a supervisor credential and a reason (``Protection.reveal``, audited) and the details
are cleared when the overview hides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import ProtectionStatus, Role
from reception_app.models.handling import default_checklists
from reception_app.models.protection import ProtectionCase
from reception_app.services import RETALIATION_HANDLED, RETALIATION_OPEN, IssuedDocument
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.form_dialog import MoveDialog
from reception_app.ui.common.formatting import format_day, one_line
from reception_app.ui.common.print_preview import PrintPreviewDialog
from reception_app.ui.common.tables import TextRowsModel, make_table
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel
from reception_app.ui.documents import letter_dialogs as letters
from reception_app.ui.documents.notice_dialogs import ProtectionDecisionPrintDialog
from reception_app.ui.protection.protection_dialogs import (
    AddMeasureDialog,
    EndProtectionDialog,
    ProtectionDecisionDialog,
    RetaliationReportDialog,
)
from reception_app.ui.protection.request_dialogs import ProtectionRevealDialog

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner


class ProtectionOverview(QWidget):
    """Supervisor-only: open protection requests, their measures and overdue measure steps, masked; details on
    request; the decision workflow (Điều 52) on the selected case.

    Buttons act on the selected open case: "Decide…" (awaiting a decision), "Add measure…" and "End
    protection…" (protection applies), "Report retaliation…"; "Mark done" on a measure. Retaliation reports
    are only listed (and marked handled) in the opened details, since their descriptions are sealed. Every
    call runs on the runner; after each one the tables reload and a short confirmation is shown.

    Args:
        desk: the services facade; ``desk.session`` is read once (plain attribute).
        runner: the DB-thread task runner.
        parent: Qt parent.
        today: today's date (tests); default: the desk's clock.
    """

    def __init__(
        self,
        desk: Desk,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._today = today or desk.today
        self._protection = desk.protection
        self.print_dialog: letters.DocumentRequestDialog | None = None  # the decision or 07-TCD request input
        self.preview: PrintPreviewDialog | None = None
        session = desk.session
        self.allowed = session is not None and session.has(Role.SUPERVISOR)
        self._may_report = session is not None and session.has(Role.OFFICER)
        self._started = False  # loads when first shown (a tab of the admin page may never be)
        self._cases: dict[int, ProtectionCase] = {}
        self._details_for: int | None = None  # the request whose opened details are shown
        self._reports: list[tuple[int, tuple[str, ...], str]] = []  # opened: (id, row, status)
        self._restoring = False
        self._notice = ""
        self.dialog: MoveDialog | None = None
        self._labels = {code: item.label for code, item in default_checklists().protection_measures.items()}
        self.info_label = PlainTextLabel("", self, word_wrap=True)
        self.message_label = MessageLabel(self)
        self.notice_label = PlainTextLabel("", self, word_wrap=True)
        self.notice_label.setVisible(False)
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
        self.measures_model = TextRowsModel([self.tr("Measure"), self.tr("Due"), self.tr("Done")], self)
        self.overdue_model = TextRowsModel(
            [self.tr("Case"), self.tr("Measure"), self.tr("Due"), self.tr("Status")], self
        )
        self.reports_model = TextRowsModel(
            [self.tr("Reported"), self.tr("Status"), self.tr("Recorded by"), self.tr("Description")], self
        )
        self._boxes = self._build_boxes()
        buttons = QHBoxLayout()
        buttons.addWidget(self.info_label, 1)
        for button in (self.refresh_button, self.show_button, self.hide_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.notice_label)
        open_box, measures_box, overdue_box = self._boxes
        layout.addWidget(open_box, 2)
        row = QHBoxLayout()
        row.addWidget(measures_box, 1)
        row.addWidget(overdue_box, 1)
        layout.addLayout(row, 1)
        layout.addWidget(self.details_box)
        self._connect_signals()
        self._update_buttons()
        if self.allowed:
            self.info_label.setText(
                self.tr("People and reasons stay sealed. Showing them needs a supervisor's password and a reason.")
            )
        else:
            self.info_label.setText(self.tr("Only supervisors see protection cases."))
            for widget in (*self._boxes, self.refresh_button, self.show_button, self.hide_button):
                widget.setVisible(False)

    def _build_boxes(self) -> tuple[QGroupBox, QGroupBox, QGroupBox]:
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.show_button = QPushButton(self.tr("&Show details…"), self)
        self.hide_button = QPushButton(self.tr("&Hide details"), self)
        self.decide_button = QPushButton(self.tr("&Decide…"), self)
        self.add_measure_button = QPushButton(self.tr("Add &measure…"), self)
        self.end_button = QPushButton(self.tr("&End protection…"), self)
        self.report_button = QPushButton(self.tr("Report &retaliation…"), self)
        self.measure_done_button = QPushButton(self.tr("Mark d&one"), self)
        self.overdue_done_button = QPushButton(self.tr("Mark measure &done"), self)
        self.handled_button = QPushButton(self.tr("Mark &handled"), self)
        self.print_decision_button = QPushButton(self.tr("Print decisio&n…"), self)
        self.print_request_button = QPushButton(self.tr("Re&quest form…"), self)  # 07-TCD (issue 19)
        open_box = QGroupBox(self.tr("Open protection cases"), self)
        self.open_view = make_table(self.open_model, open_box, stretch=3, rows=5)
        column = QVBoxLayout(open_box)
        column.addWidget(self.open_view)
        actions = QHBoxLayout()
        actions.addStretch(1)
        buttons = (self.decide_button, self.print_decision_button, self.add_measure_button, self.end_button)
        for button in (self.print_request_button, *buttons, self.report_button):
            actions.addWidget(button)
        column.addLayout(actions)
        measures_box = QGroupBox(self.tr("Measures of the selected case"), self)
        self.measures_view = make_table(self.measures_model, measures_box, stretch=0, rows=3)
        column = QVBoxLayout(measures_box)
        column.addWidget(self.measures_view)
        column.addWidget(self.measure_done_button, 0, Qt.AlignmentFlag.AlignRight)
        overdue_box = QGroupBox(self.tr("Overdue measure steps"), self)
        self.overdue_view = make_table(self.overdue_model, overdue_box, stretch=1, rows=3)
        column = QVBoxLayout(overdue_box)
        column.addWidget(self.overdue_view)
        column.addWidget(self.overdue_done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.details_box = QGroupBox(self.tr("Details (opened)"), self)
        self.details_label = PlainTextLabel("", self.details_box, word_wrap=True, selectable=True)
        self.reports_view = make_table(self.reports_model, self.details_box, stretch=3, rows=2)
        column = QVBoxLayout(self.details_box)
        column.addWidget(self.details_label)
        column.addWidget(self.reports_view)
        column.addWidget(self.handled_button, 0, Qt.AlignmentFlag.AlignRight)
        self.details_box.setVisible(False)
        return open_box, measures_box, overdue_box

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.hide_button.clicked.connect(self.clear_details)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.print_decision_button.clicked.connect(self._on_print_decision_button_clicked)
        self.print_request_button.clicked.connect(self._on_print_request_button_clicked)
        self.add_measure_button.clicked.connect(self._on_add_measure_button_clicked)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.report_button.clicked.connect(self._on_report_button_clicked)
        self.measure_done_button.clicked.connect(self._on_measure_done_button_clicked)
        self.overdue_done_button.clicked.connect(self._on_overdue_done_button_clicked)
        self.handled_button.clicked.connect(self._on_handled_button_clicked)
        self.open_view.selectionModel().selectionChanged.connect(self._on_open_selection_changed)
        for view in (self.measures_view, self.overdue_view, self.reports_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.refresh()

    # --- loading ------------------------------------------------------------------------------------------

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
        today = self._today()
        previous = self.selected_request()
        self.message_label.clear_message()
        self.notice_label.setText(self._notice)
        self.notice_label.setVisible(bool(self._notice))
        self._notice = ""
        self._cases = {c.id: c for c in open_cases}
        self._restoring = True
        try:
            self.open_model.set_rows(
                [
                    (
                        c.case_number,
                        format_day(c.requested_on),
                        c.status.label,
                        self._measure_text(c.measures_requested),
                        " ".join(p for p in (c.decision_number, format_day(c.decided_on)) if p),
                        str(len(c.overdue_measures(today))) if c.overdue_measures(today) else "",
                        str(c.open_retaliation_reports) if c.open_retaliation_reports else "",
                    )
                    for c in open_cases
                ],
                [c.id for c in open_cases],
            )
            keys = [c.id for c in open_cases]
            if previous in keys:
                self.open_view.selectRow(keys.index(previous))
        finally:
            self._restoring = False
        if self._details_for is not None and self.selected_request() != self._details_for:
            self.clear_details()
        rows: list[tuple[str, ...]] = []
        ids: list[int] = []
        for c in overdue:
            for m in c.overdue_measures(today):
                rows.append((c.case_number, self._labels.get(m.measure, m.measure), format_day(m.due_on), ""))
                ids.append(m.id)
        self.overdue_model.set_rows([(*r[:3], self.tr("not done")) for r in rows], ids)
        self._fill_measures()
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self.message_label.show_message(
            error_text(exc, self.tr("The protection cases could not be loaded."), log_as="handling task failed")
        )

    def _fill_measures(self) -> None:
        case = self.selected_case()
        measures = case.measures if case is not None else ()
        self.measures_model.set_rows(
            [
                (
                    self._labels.get(m.measure, m.measure),
                    format_day(m.due_on),
                    format_day(m.done_on) if m.done_on else self.tr("not done"),
                )
                for m in measures
            ],
            [m.id for m in measures],
        )

    # --- selection and enabling -----------------------------------------------------------------------------

    def selected_request(self) -> int | None:
        rows = self.open_view.selectionModel().selectedRows()
        key = self.open_model.key(rows[0].row()) if rows else None
        return key if isinstance(key, int) else None

    def selected_case(self) -> ProtectionCase | None:
        rid = self.selected_request()
        return self._cases.get(rid) if rid is not None else None

    @staticmethod
    def _selected_key(view: QTableView, model: TextRowsModel) -> int | None:
        rows = view.selectionModel().selectedRows()
        key = model.key(rows[0].row()) if rows else None
        return key if isinstance(key, int) else None

    def _selected_measure(self) -> int | None:
        """The selected measure of the selected case, if it is not done yet."""
        mid = self._selected_key(self.measures_view, self.measures_model)
        case = self.selected_case()
        if mid is None or case is None:
            return None
        return mid if any(m.id == mid and m.done_on is None for m in case.measures) else None

    def _selected_report(self) -> int | None:
        """The selected retaliation report (opened details), if it is not handled yet."""
        rid = self._selected_key(self.reports_view, self.reports_model)
        return rid if any(i == rid and status == RETALIATION_OPEN for i, _row, status in self._reports) else None

    @Slot()
    def _update_buttons(self, *_args: QItemSelection) -> None:
        case = self.selected_case() if self.allowed else None
        status = case.status if case is not None else None
        self.show_button.setEnabled(case is not None)
        self.hide_button.setEnabled(bool(self.details_label.text()))
        self.decide_button.setEnabled(status is ProtectionStatus.REQUESTED)
        self.add_measure_button.setEnabled(status is ProtectionStatus.ACTIVE)
        self.end_button.setEnabled(status is ProtectionStatus.ACTIVE)
        self.print_decision_button.setEnabled(case is not None and bool(case.measures) and bool(case.decision_number))
        self.print_request_button.setEnabled(case is not None and bool(case.measures_requested))
        self.report_button.setEnabled(case is not None and self._may_report)
        self.measure_done_button.setEnabled(self._selected_measure() is not None)
        overdue = self._selected_key(self.overdue_view, self.overdue_model)
        self.overdue_done_button.setEnabled(self.allowed and overdue is not None)
        self.handled_button.setEnabled(self.allowed and self._selected_report() is not None)

    @Slot()
    def _on_open_selection_changed(self, *_args: QItemSelection) -> None:
        if self._restoring:
            return
        if self.selected_request() != self._details_for:
            self.clear_details()
        self._fill_measures()
        self._update_buttons()

    # --- dialogs --------------------------------------------------------------------------------------------

    def _open_dialog(self, dialog: MoveDialog, done: Callable[[object], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.move_done.connect(done)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    @Slot()
    def _on_show_button_clicked(self) -> None:
        rid = self.selected_request()
        if rid is None:
            return
        self._open_dialog(ProtectionRevealDialog(self._desk, self._runner, rid, self), self._on_revealed)

    @Slot()
    def _on_decide_button_clicked(self) -> None:
        case = self.selected_case()
        if case is not None and case.status is ProtectionStatus.REQUESTED:
            self._open_dialog(ProtectionDecisionDialog(self._desk, self._runner, case, self), self._on_decided)

    @Slot()
    def _on_print_decision_button_clicked(self) -> None:
        """Quyết định áp dụng biện pháp bảo vệ from the record (issue 19); masked: no reveal is open here."""
        case = self.selected_case()
        if case is None or not case.measures:
            return
        desk, rid = self._desk, case.id
        dialog = ProtectionDecisionPrintDialog(self)

        def task() -> Callable[[], IssuedDocument]:
            body, copies = dialog.executing_body(), dialog.copies()
            return lambda: desk.documents.issue_protection_decision(rid, executing_body=body, copies=copies)

        self.print_dialog = letters.issue_in(dialog, self._runner, task, self._on_decision_printed)

    def _on_decision_printed(self, doc: IssuedDocument) -> None:  # the decision, or the 07-TCD request (no number)
        title = self.tr("Protection decision %1") if doc.number else self.tr("Protection request")
        self.preview = letters.open_preview(self, doc, title)

    @Slot()
    def _on_print_request_button_clicked(self) -> None:  # the denouncer's 07-TCD request, masked (issue 19)
        if (case := self.selected_case()) is not None:
            ready, desk = self._on_decision_printed, self._desk
            self.print_dialog = letters.print_protection_request(self, desk, self._runner, case.id, ready)

    @Slot()
    def _on_add_measure_button_clicked(self) -> None:
        case = self.selected_case()
        if case is not None and case.status is ProtectionStatus.ACTIVE:
            self._open_dialog(AddMeasureDialog(self._desk, self._runner, case, self), self._on_measure_added)

    @Slot()
    def _on_end_button_clicked(self) -> None:
        case = self.selected_case()
        if case is not None and case.status is ProtectionStatus.ACTIVE:
            self._open_dialog(EndProtectionDialog(self._desk, self._runner, case, self), self._on_ended)

    @Slot()
    def _on_report_button_clicked(self) -> None:
        rid = self.selected_request()
        if rid is not None and self._may_report:
            self._open_dialog(RetaliationReportDialog(self._desk, self._runner, rid, self), self._on_reported)

    def _on_decided(self, result: object) -> None:
        if isinstance(result, ProtectionCase):
            text = (
                self.tr("Decision %1 recorded: %2.")
                .replace("%1", result.decision_number)
                .replace("%2", result.status.label)
            )
        else:
            text = self.tr("The decision was recorded.")
        self._after_action(text)

    def _on_measure_added(self, _measure_id: object) -> None:
        self._after_action(self.tr("The measure was added."))

    def _on_ended(self, _result: object) -> None:
        dialog = self.dialog
        case = self._cases.get(dialog.request_id) if isinstance(dialog, EndProtectionDialog) else None
        number = case.case_number if case is not None else ""
        self._after_action(self.tr("Protection of case %1 has ended.").replace("%1", number))

    def _on_reported(self, _report_id: object) -> None:
        self._after_action(self.tr("The retaliation report was recorded and sealed."))

    def _on_measure_done(self, _result: object) -> None:
        self._after_action(self.tr("The measure was marked as done."))

    def _after_action(self, text: str) -> None:
        self._notice = text
        self.refresh()

    # --- direct actions -----------------------------------------------------------------------------------

    @Slot()
    def _on_measure_done_button_clicked(self) -> None:
        mid = self._selected_measure()
        if mid is not None:
            self._complete_measure(mid)

    @Slot()
    def _on_overdue_done_button_clicked(self) -> None:
        mid = self._selected_key(self.overdue_view, self.overdue_model)
        if mid is not None and self.allowed:
            self._complete_measure(mid)

    def _complete_measure(self, measure_id: int) -> None:
        protection = self._protection
        self.measure_done_button.setEnabled(False)
        self.overdue_done_button.setEnabled(False)
        self._runner.run(
            lambda: protection.complete_measure(measure_id),
            self._on_measure_done,
            self._on_action_failed,
            context=self,
        )

    @Slot()
    def _on_handled_button_clicked(self) -> None:
        report = self._selected_report()
        if report is None:
            return
        protection = self._protection
        self.handled_button.setEnabled(False)
        self._runner.run(
            lambda: protection.mark_retaliation_handled(report),
            lambda _r: self._on_handled(report),
            self._on_action_failed,
            context=self,
        )

    def _on_handled(self, report_id: int) -> None:
        self._reports = [
            (i, (row[0], self._report_status(RETALIATION_HANDLED), *row[2:]), RETALIATION_HANDLED)
            if i == report_id
            else (i, row, status)
            for i, row, status in self._reports
        ]
        self._fill_reports()
        self._after_action(self.tr("The retaliation report was marked as handled."))

    def _on_action_failed(self, exc: BaseException) -> None:
        self.message_label.show_message(
            error_text(
                exc, self.tr("This could not be recorded. Details are in the log."), log_as="handling task failed"
            )
        )
        self._update_buttons()

    # --- opened details ---------------------------------------------------------------------------------

    def _report_status(self, status: str) -> str:
        return self.tr("handled") if status == RETALIATION_HANDLED else self.tr("open")

    def _fill_reports(self) -> None:
        self.reports_model.set_rows([row for _i, row, _s in self._reports], [i for i, _row, _s in self._reports])
        self.reports_view.setVisible(bool(self._reports))
        self.handled_button.setVisible(bool(self._reports))
        self._update_buttons()

    def _on_revealed(self, result: object) -> None:
        if not isinstance(result, ProtectionCase):
            return
        case = result
        lines = [self.tr("Case %1").replace("%1", case.case_number)]
        if case.details is not None:
            for p in case.details.persons:
                parts = [p.full_name, p.relation.label, p.address, p.phone]
                lines.append("• " + " — ".join(x for x in parts if x))
            lines.append(self.tr("Reasons: %1").replace("%1", case.details.reasons))
        if not case.retaliation:
            lines.append(self.tr("No retaliation reported."))
        self._reports = [
            (
                r.id,
                (format_day(r.reported_on), self._report_status(r.status), r.created_by, one_line(r.description or "")),
                r.status,
            )
            for r in case.retaliation
        ]
        self._details_for = case.id if case.id == self.selected_request() else None
        self.details_label.setText("\n".join(lines))
        self.details_box.setVisible(True)
        self._fill_reports()
        del case, result

    @Slot()
    def clear_details(self) -> None:
        """Drop the opened details from the screen."""
        self._details_for = None
        self._reports = []
        self.details_label.setText("")
        self.reports_model.set_rows([])
        self.details_box.setVisible(False)
        self._update_buttons()

    def hideEvent(self, event: QHideEvent) -> None:
        self.clear_details()
        super().hideEvent(event)
