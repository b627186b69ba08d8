"""A read-only case detail dialog with print buttons. Reporters are always masked here (code + ●●●●●)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.case import CaseDetail
from reception_app.models.handling import outside_jurisdiction_move
from reception_app.models.recipients import DocumentKind
from reception_app.printing.notices import ResultOutcome
from reception_app.services import IssuedDocument, refusal_grounds
from reception_app.ui.cases.case_boxes import CaseBox, DocumentsBox
from reception_app.ui.cases.reporter_panel import ReporterPanel
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.print_preview import PdfLoadError, PrintPreviewDialog
from reception_app.ui.common.widgets import MessageLabel
from reception_app.ui.documents.document_dialogs import (
    AcceptanceProposalDialog,
    AppointmentSlipDialog,
    CitizenDocumentDialog,
    DocumentRequestDialog,
    GuidanceSlipDialog,
    RecipientDialog,
    RefusalNoticeDialog,
    Task,
    TransferNoticeDialog,
)
from reception_app.ui.documents.letter_dialogs import CaseLetters, link_to_directory
from reception_app.ui.documents.notice_dialogs import BodyLetterDialog, ReceptionRecordDialog, ResultNoticeDialog
from reception_app.ui.handling.case_handling_panel import CaseHandlingPanel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)


class CaseDetailDialog(QDialog):
    """Shows one case's fields as plain text. Identities are masked unless a supervisor unlocks them.

    The reporters section is a :class:`ReporterPanel`: masked lines (reporter code + ``●●●●●``) by default;
    "Unlock identity…" (Ctrl+U) asks a supervisor in a :class:`RevealDialog`, then shows the grant's
    identities with a countdown. They are masked again (and the grant ended, audited) on expiry, when this
    dialog closes ("closed"), and through :meth:`mask_now` (privacy screen, lock).

    With a desk and a runner the dialog offers "Print receipt", "Transfer slip…" and a "Documents" menu
    with every case document (each with a shortcut, also active while the menu is closed). A document that
    needs input asks for it in a small dialog from :mod:`reception_app.ui.documents.document_dialogs`, which stays
    open while the document is numbered, built and rendered on the DB thread (errors are shown there);
    the result is shown in a :class:`PrintPreviewDialog`. Everything printed from here is masked.

    Args:
        detail: the case, as returned by ``desk.cases.get_case``.
        parent: Qt parent.
        desk: the services facade (None: no print buttons).
        runner: the DB-thread task runner (None: no print buttons).

    With a desk and a runner the dialog also shows the :class:`CaseHandlingPanel` (classification, deadlines,
    handling moves, transfers, history).

    Signals:
        document_issued(str): a document was numbered and recorded; payload: its number ("05/PC-TTr").
        case_changed(str): a handling move was recorded; payload: the case uid.
    """

    document_issued = Signal(str)
    case_changed = Signal(str)

    def __init__(
        self,
        detail: CaseDetail,
        parent: QWidget | None = None,
        *,
        desk: Desk | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_uid = detail.uid
        # the received date picks the rule set; the statement is read back on the reception record
        self._reporters, self._received = len(detail.reporters), detail.received_at.date()
        self._desk, self._statement = desk, detail.content
        self._runner = runner
        self.preview: PrintPreviewDialog | None = None
        self.request_dialog: DocumentRequestDialog | None = None  # the input dialog currently open
        self._request_title = ""
        self.setWindowTitle(self.tr("Case %1").replace("%1", detail.number))
        content = QWidget()
        layout = QVBoxLayout(content)
        case_box = CaseBox(detail)
        self.officer_label = case_box.officer_label
        layout.addWidget(case_box)
        self.reporter_panel = ReporterPanel(detail.reporters, content, case_uid=detail.uid, desk=desk, runner=runner)
        layout.addWidget(self.reporter_panel)
        if detail.documents:
            layout.addWidget(DocumentsBox(detail))
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.message_label = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.receipt_button = QPushButton(self.tr("Print receipt"), self)
        self.transfer_button = QPushButton(self.tr("Transfer slip…"), self)
        self.documents_button = QPushButton(self.tr("&Documents"), self)
        self._build_document_actions()
        can_print = desk is not None and runner is not None
        for button in (self.documents_button, self.receipt_button, self.transfer_button):
            button.setVisible(can_print)
            if can_print:
                buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self._transfer_allowed = self._enable_documents(detail, can_print)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        self.handling_panel: CaseHandlingPanel | None = None
        if desk is not None and runner is not None:  # a tab, loaded when first shown
            self.handling_panel = CaseHandlingPanel(desk, runner, detail.uid)
            self.handling_panel.case_changed.connect(self.case_changed)
            handling_tab = self._handling_tab(self.handling_panel, can_print, CaseLetters(self, desk, runner, detail))
            self.tabs = QTabWidget(self)
            self.tabs.addTab(scroll, self.tr("Case"))
            self.tabs.addTab(handling_tab, self.tr("Handling"))
            outer.addWidget(self.tabs)
        else:
            outer.addWidget(scroll)
        outer.addWidget(self.message_label)
        outer.addWidget(buttons)
        self._connect_signals()
        self.resize(900 if self.handling_panel is not None else 720, 640)

    def mask_now(self, why: str) -> None:
        """Mask revealed identities at once and end the grant ("privacy", "locked", "closed", "expired")."""
        self.reporter_panel.mask_now(why)

    def done(self, result: int) -> None:
        self.reporter_panel.mask_now("closed")
        super().done(result)

    def _build_document_actions(self) -> None:
        def action(text: str, shortcut: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            self.addAction(act)  # the shortcut works while the menu is closed
            return act

        self.receipt_action = action(self.tr("Print &receipt"), "Ctrl+P")
        self.transfer_action = action(self.tr("&Transfer slip…"), "Ctrl+T")
        self.guidance_action = action(self.tr("&Guidance slip…"), "Ctrl+G")
        self.appointment_action = action(self.tr("&Appointment slip…"), "Ctrl+M")
        self.acceptance_action = action(self.tr("A&cceptance proposal…"), "Ctrl+Shift+A")
        self.refusal_action = action(self.tr("Re&fusal notice…"), "Ctrl+Shift+R")
        self.transfer_notice_action = action(self.tr("Transfer &notice to the reporter…"), "Ctrl+Shift+N")
        self.letter_actions = {
            DocumentKind.RETURN_LETTER: action(self.tr("R&eturn a misdirected petition…"), "Ctrl+Shift+E"),
            DocumentKind.CHASE_LETTER: action(self.tr("C&hase the receiving body…"), "Ctrl+Shift+D"),
            DocumentKind.LOWER_LEVEL_REQUEST: action(self.tr("Require the &lower level to resolve…"), "Ctrl+Shift+Y"),
        }
        self.record_action = action(self.tr("Reception rec&ord…"), "Ctrl+Shift+B")
        self.result_notice_action = action(self.tr("Res&ult notice to the citizen…"), "Ctrl+Shift+K")
        self.document_actions = (
            self.receipt_action,
            self.transfer_action,
            self.transfer_notice_action,
            self.guidance_action,
            self.appointment_action,
            self.acceptance_action,
            self.refusal_action,
            self.result_notice_action,
            self.record_action,
            *self.letter_actions.values(),
        )
        self.documents_menu = QMenu(self)
        self.documents_menu.addActions([self.receipt_action, self.transfer_action, self.transfer_notice_action])
        self.documents_menu.addSeparator()
        self.documents_menu.addActions(list(self.document_actions[3:]))
        self.documents_button.setMenu(self.documents_menu)

    def _handling_tab(self, panel: CaseHandlingPanel, can_print: bool, letters: CaseLetters) -> QWidget:
        """The handling panel under a button for the notice the citizen is owed within 10 working days (Luật
        TCD Điều 28.1), offered where the officer decides the handling."""
        handling_scroll = QScrollArea(self)
        handling_scroll.setWidgetResizable(True)
        handling_scroll.setWidget(panel)
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        self.result_notice_button = QPushButton(self.tr("Result notice to the citizen (10 working days)…"), tab)
        self.result_notice_button.setEnabled(can_print and self._reporters > 0)
        self.result_notice_button.clicked.connect(self.result_notice_action.trigger)
        layout.addWidget(self.result_notice_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.letters = letters.wire(self._ask, self._identity_for_print, self.reporter_panel.reveal_token)
        self.documents_menu.addAction(letters.multi_content_action)
        panel.case_changed.connect(letters.refresh)
        layout.addWidget(letters.buttons(tab))  # thụ lý / không thụ lý notices, the decision (issue 19)
        layout.addWidget(handling_scroll, 1)
        return tab

    def _connect_signals(self) -> None:
        self.receipt_button.clicked.connect(self.receipt_action.trigger)
        self.transfer_button.clicked.connect(self.transfer_action.trigger)
        self.receipt_action.triggered.connect(self._on_receipt_action_triggered)
        self.transfer_action.triggered.connect(self._on_transfer_action_triggered)
        self.guidance_action.triggered.connect(self._on_guidance_action_triggered)
        self.appointment_action.triggered.connect(self._on_appointment_action_triggered)
        self.acceptance_action.triggered.connect(self._on_acceptance_action_triggered)
        self.refusal_action.triggered.connect(self._on_refusal_action_triggered)
        self.transfer_notice_action.triggered.connect(self._on_transfer_notice_action_triggered)
        self.result_notice_action.triggered.connect(self._on_result_notice_action_triggered)
        self.record_action.triggered.connect(self._on_record_action_triggered)
        for kind, letter_action in self.letter_actions.items():
            letter_action.triggered.connect(lambda _checked=False, kind=kind: self._ask_body_letter(kind))

    # --- printing ---------------------------------------------------------------------------------------

    @Slot()
    def _on_receipt_action_triggered(self) -> None:
        desk, uid, token = self._desk, self.case_uid, self.reporter_panel.reveal_token()
        if desk is not None:
            self._issue(lambda: desk.documents.issue_receipt(uid, reveal_token=token), self.tr("Receipt %1"))

    @Slot()
    def _on_transfer_action_triggered(self) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        dialog = RecipientDialog(self)
        self._link_to_directory(dialog.recipient_edit)

        def task() -> Task:
            body, copies = dialog.recipient(), dialog.copies()
            return lambda: desk.documents.issue_transfer_slip(uid, body, copies=copies)

        self._ask(dialog, task, self.tr("Transfer slip %1"))

    def _identity_for_print(self, dialog: CitizenDocumentDialog) -> dict[str, Any]:
        """What identity a citizen document may use: the ID the citizen presents again, else the
        supervisor's reveal shown on this page, else none (the citizen's copy leaves a blank)."""
        presented = dialog.presented()
        if presented is not None:
            return {"presented": presented}
        return {"reveal_token": self.reporter_panel.reveal_token()}

    @Slot()
    def _on_transfer_notice_action_triggered(self) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        dialog = TransferNoticeDialog(self, reporters=self._reporters)

        def task() -> Task:
            body, copies, who = dialog.recipient(), dialog.copies(), self._identity_for_print(dialog)
            return lambda: desk.documents.issue_transfer_notice(uid, body, copies=copies, **who)

        self._ask(dialog, task, self.tr("Transfer notice %1"))

    @Slot()
    def _on_result_notice_action_triggered(self) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        dialog = ResultNoticeDialog(self, reporters=self._reporters)
        self._link_to_directory(dialog.body_edit)

        def task() -> Task:
            outcome, body, reason = dialog.outcome() or ResultOutcome.ACCEPTED, dialog.body(), dialog.reason()
            copies, who = dialog.copies(), self._identity_for_print(dialog)
            return lambda: desk.documents.issue_result_notice(
                uid, outcome, body=body, reason=reason, copies=copies, **who
            )

        self._ask(dialog, task, self.tr("Result notice %1"))

    def _ask_body_letter(self, kind: DocumentKind) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        title = self.letter_actions[kind].text().replace("&", "").removesuffix("…")
        dialog = BodyLetterDialog(title, self)
        self._link_to_directory(dialog.body_edit)

        def task() -> Task:
            body, reference, copies = dialog.body(), dialog.reference(), dialog.copies()
            token = self.reporter_panel.reveal_token()
            return lambda: desk.documents.issue_body_letter(
                uid, kind, body, reference=reference, reveal_token=token, copies=copies
            )

        self._ask(dialog, task, title + " %1")

    @Slot()
    def _on_record_action_triggered(self) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        dialog = ReceptionRecordDialog(self._statement, self, reporters=self._reporters)

        def task() -> Task:
            chair, present = dialog.chair(), dialog.participants()
            conclusion, opinion = dialog.conclusion(), dialog.opinion()
            copies, who = dialog.copies(), self._identity_for_print(dialog)
            return lambda: desk.documents.issue_reception_record(
                uid,
                chair=chair,
                participants=present,
                conclusion=conclusion,
                opinion=opinion,
                copies=copies,
                **who,
            )

        self._ask(dialog, task, self.tr("Reception record %1"))

    @Slot()
    def _on_guidance_action_triggered(self) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        dialog = GuidanceSlipDialog(self, reporters=self._reporters)
        self._link_to_directory(dialog.body_edit)

        def task() -> Task:
            body, superior = dialog.competent_body(), dialog.superior()
            copies, who = dialog.copies(), self._identity_for_print(dialog)
            return lambda: desk.documents.issue_guidance_slip(uid, body, superior=superior, copies=copies, **who)

        self._ask(dialog, task, self.tr("Guidance slip %1"))

    @Slot()
    def _on_appointment_action_triggered(self) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        dialog = AppointmentSlipDialog(self, reporters=self._reporters, now=desk.clock.local_naive())

        def task() -> Task:
            at, place, person = dialog.appointment_at(), dialog.place(), dialog.meet_with()
            copies, who = dialog.copies(), self._identity_for_print(dialog)
            return lambda: desk.documents.issue_appointment_slip(
                uid,
                appointment_at=at,
                appointment_place=place,
                meet_with=person,
                copies=copies,
                **who,
            )

        self._ask(dialog, task, self.tr("Appointment slip %1"))

    @Slot()
    def _on_acceptance_action_triggered(self) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        dialog = AcceptanceProposalDialog(self)

        def task() -> Task:
            to, prior, token = dialog.addressee(), dialog.prior_handling(), self.reporter_panel.reveal_token()
            return lambda: desk.documents.issue_acceptance_proposal(uid, to, prior_handling=prior, reveal_token=token)

        self._ask(dialog, task, self.tr("Acceptance proposal %1"))

    @Slot()
    def _on_refusal_action_triggered(self) -> None:
        desk, uid = self._desk, self.case_uid
        if desk is None:
            return
        dialog = RefusalNoticeDialog(self, grounds=refusal_grounds(self._received), reporters=self._reporters)

        def task() -> Task:
            ground, details = dialog.ground(), dialog.details()
            copies, who = dialog.copies(), self._identity_for_print(dialog)
            return lambda: desk.documents.issue_refusal_notice(
                uid, ground=ground, details=details, copies=copies, **who
            )

        self._ask(dialog, task, self.tr("Refusal notice %1"))

    def _link_to_directory(self, edit: QLineEdit) -> None:
        """Offer the agency directory's active names as the officer types (any part of the name)."""
        if self._desk is not None and self._runner is not None:
            link_to_directory(self._desk, self._runner, edit)

    def _ask(self, dialog: DocumentRequestDialog, make_task: Callable[[], Task], title: str) -> None:
        """Open ``dialog`` (window-modal); on OK it issues the document on the runner, then we preview it."""
        if self._runner is None:
            dialog.deleteLater()
            return
        self.message_label.clear_message()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.issue_with(self._runner, make_task)
        dialog.document_ready.connect(self._on_request_dialog_document_ready)
        dialog.destroyed.connect(self._on_request_dialog_destroyed)
        self._request_title = title
        self.request_dialog = dialog
        dialog.open()

    def _on_request_dialog_document_ready(self, doc: IssuedDocument) -> None:
        self._on_document_ready(doc, self._request_title)

    def _on_request_dialog_destroyed(self) -> None:
        self.request_dialog = None

    def print_receipt(self) -> None:
        """Print (reprint) the receipt, masked, and preview it."""
        self._on_receipt_action_triggered()

    def print_transfer_slip(self, recipient_body: str) -> None:
        """Print a transfer slip to ``recipient_body`` (reporter code only) and preview it."""
        desk, uid = self._desk, self.case_uid
        if desk is not None:
            self._issue(lambda: desk.documents.issue_transfer_slip(uid, recipient_body), self.tr("Transfer slip %1"))

    def _issue(self, fn: Callable[[], IssuedDocument], title: str) -> None:
        if self._runner is None:
            return
        self._set_busy(True)
        self.message_label.clear_message()
        self._runner.run(fn, lambda doc: self._on_document_ready(doc, title), self._on_document_failed, context=self)

    def _enable_documents(self, detail: CaseDetail, can_print: bool) -> bool:
        """Enable the document actions; returns whether a transfer slip may be printed.

        A walk-in complaint or denunciation outside jurisdiction is guided, never transferred (DOMAIN-VN §1.7):
        the transfer slip is offered only where the law allows a transfer."""
        for action in self.document_actions:
            action.setEnabled(can_print)
        allowed = outside_jurisdiction_move(detail.kind, detail.channel) == "transfer"
        if not allowed:
            why = self.tr("A complaint, or a denunciation brought in person, is not transferred: guide the citizen.")
            for widget in (self.transfer_action, self.transfer_button):
                widget.setEnabled(False)
                widget.setToolTip(why)
        return allowed

    def _set_busy(self, busy: bool) -> None:
        for button in (self.receipt_button, self.transfer_button, self.documents_button):
            button.setEnabled(not busy)
        for action in self.document_actions:
            action.setEnabled(not busy)
        if not self._transfer_allowed:
            self.transfer_button.setEnabled(False)
            self.transfer_action.setEnabled(False)

    def _on_document_ready(self, doc: IssuedDocument, title: str) -> None:
        self._set_busy(False)
        self.document_issued.emit(doc.number)
        try:
            preview = PrintPreviewDialog(
                doc.pdf, title.replace("%1", doc.number), self, allow_save=not doc.shows_identity
            )
        except PdfLoadError:
            log.error("preview could not load document %s", doc.kind.value)
            self.message_label.show_message(self.tr("The document could not be shown."))
            return
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.destroyed.connect(self._on_preview_destroyed)
        preview.open()

    def _on_preview_destroyed(self) -> None:
        self.preview = None

    def _on_document_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message_label.show_message(
            error_text(
                exc,
                self.tr("The document could not be printed. Details are in the log."),
                log_as="printing a document failed",
            )
        )
