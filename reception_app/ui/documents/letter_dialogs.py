"""Issue 19's letters at the desk (``desk.letters``): where the officer needs them in the workflow.

- the case window's Handling tab: the thụ lý notice once the thụ lý is recorded, the không thụ lý notice once
  the không thụ lý is recorded, and (supervisor, denunciation) the Quyết định thụ lý tố cáo — :class:`CaseLetters`;
- the case window's Documents menu: the 07-XLĐ guidance for a petition with several contents;
- the protection view: the denouncer's 07-TCD request (:class:`ProtectionRequestLetterDialog`);
- the logbook page: the Sổ theo dõi xử lý đơn (mailed petitions) next to the logbook.

Each input dialog is a :class:`DocumentRequestDialog` (fields with their own messages, Enter to print, Esc to
close, the document issued on the DB thread); the printed PDF opens in the preview like every document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from reception_app.models.enums import CaseKind, Decision, Role
from reception_app.models.recipients import RecipientRole
from reception_app.services import IssuedDocument
from reception_app.ui.common.print_preview import PdfLoadError, PrintPreviewDialog
from reception_app.ui.documents.document_dialogs import (
    MAX_DETAILS,
    MAX_NAME,
    CitizenDocumentDialog,
    DocumentRequestDialog,
)

if TYPE_CHECKING:
    from reception_app.models.case import CaseDetail
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

Task = Callable[[], IssuedDocument]
Ask = Callable[[DocumentRequestDialog, Callable[[], Task], str], None]
Who = Callable[[CitizenDocumentDialog], dict[str, Any]]
PARTS = 3  # content rows of the 07-XLĐ guidance (each: content, competent body)


def link_to_directory(desk: Desk, runner: Runner, edit: QLineEdit) -> None:
    """Offer the agency directory's active names in ``edit`` as the officer types (any part of the name)."""

    def names() -> list[str]:
        return [a.name for a in desk.agencies.list() if a.active]

    def attach(found: list[str]) -> None:
        completer = QCompleter(found, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)

    runner.run(names, attach, lambda _exc: None, context=edit)


def open_preview(parent: QWidget, doc: IssuedDocument, title: str) -> PrintPreviewDialog | None:
    """Show a printed document (``title`` with %1 for its number); saving is offered only when it is masked."""
    try:
        preview = PrintPreviewDialog(
            doc.pdf, title.replace("%1", doc.number), parent, allow_save=not doc.shows_identity
        )
    except PdfLoadError:
        return None
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview


def issue_in(
    dialog: DocumentRequestDialog, runner: Runner, task: Callable[[], Task], on_ready: Callable[[IssuedDocument], None]
) -> DocumentRequestDialog:
    """Open ``dialog`` (deleted on close); on OK it issues ``task()`` on ``runner`` and hands the document over."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.issue_with(runner, task)
    dialog.document_ready.connect(on_ready)
    dialog.open()
    return dialog


def print_protection_request(
    parent: QWidget, desk: Desk, runner: Runner, request_id: int, on_ready: Callable[[IssuedDocument], None]
) -> DocumentRequestDialog:
    """Ask for the addressee, then issue the 07-TCD request of ``request_id`` (masked)."""
    dialog = ProtectionRequestLetterDialog(parent)

    def task() -> Task:
        to = dialog.addressee()
        return lambda: desk.letters.issue_protection_request(request_id, addressee=to)

    return issue_in(dialog, runner, task, on_ready)


def _line(parent: QWidget, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(MAX_NAME)
    edit.setPlaceholderText(placeholder)
    return edit


def _text(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab leaves the box: the dialog stays keyboard-usable
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(72)
    return edit


def _clip(edit: QPlainTextEdit) -> str:
    return edit.toPlainText().strip()[:MAX_DETAILS]


class AcceptanceNoticeDialog(CitizenDocumentDialog):
    """Thông báo thụ lý: dated from the recorded thụ lý, citing its decision number."""

    def __init__(self, parent: QWidget | None = None, *, reporters: int = 1) -> None:
        super().__init__(
            self.tr("Acceptance notice"),
            parent,
            hint=self.tr("Dated from the acceptance recorded in the handling, citing its decision number."),
        )
        self.transferred_edit = _line(self, self.tr("optional: the body that transferred the petition"))
        self.add_field("transferred_by", self.tr("&Transferred by:"), self.transferred_edit)
        self.add_citizen_widgets((RecipientRole.CITIZEN, RecipientRole.BODY, RecipientRole.FILE), reporters)

    def transferred_by(self) -> str:
        return self.transferred_edit.text().strip()

    def copies(self) -> tuple[RecipientRole, ...]:
        chosen = super().copies()
        return tuple(r for r in chosen if r is not RecipientRole.BODY or self.transferred_by())

    def field_errors(self) -> dict[str, str]:
        return self.citizen_errors()


class RejectionNoticeDialog(CitizenDocumentDialog):
    """Thông báo không thụ lý: one or more grounds of the case's kind and rule set (Space ticks a ground)."""

    def __init__(self, grounds: dict[str, str], parent: QWidget | None = None, *, reporters: int = 1) -> None:
        super().__init__(self.tr("Non-acceptance notice"), parent)
        self.grounds_model = QStandardItemModel(self)  # a short checklist of the rule set's grounds, not records
        for key, wording in grounds.items():
            item = QStandardItem(wording.replace("{", "").replace("}", ""))
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.grounds_model.appendRow(item)
        self.grounds_list = QListView(self)
        self.grounds_list.setModel(self.grounds_model)
        self.grounds_list.setWordWrap(True)
        self.grounds_list.setMinimumHeight(220)
        self.grounds_list.setCurrentIndex(self.grounds_model.index(0, 0))
        self.details_edit = _text(self, self.tr("optional: the facts"))
        self.add_field("grounds", self.tr("&Grounds:"), self.grounds_list)
        self.add_field("details", self.tr("&Details:"), self.details_edit)
        self.add_citizen_widgets((RecipientRole.CITIZEN, RecipientRole.FILE), reporters)
        self.setMinimumWidth(620)

    def _ground_items(self) -> list[QStandardItem]:
        return [self.grounds_model.item(row) for row in range(self.grounds_model.rowCount())]

    def grounds(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._ground_items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def select_ground(self, key: str) -> None:
        for item in self._ground_items():
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked)

    def details(self) -> str:
        return _clip(self.details_edit)

    def field_errors(self) -> dict[str, str]:
        errors = self.citizen_errors()
        if not self.grounds():
            errors["grounds"] = self.tr("Tick at least one ground.")
        return errors


class AcceptanceDecisionDialog(DocumentRequestDialog):
    """Quyết định thụ lý tố cáo (supervisor): the verifier assigned; the denouncer is named on the file copy only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Acceptance decision"),
            parent,
            hint=self.tr("The copies for the verifier and the person denounced carry the reporter code only."),
        )
        self.verifier_edit = _line(self, self.tr("optional: e.g. Verification team no. 2"))
        self.add_field("verifier", self.tr("&Verified by:"), self.verifier_edit)

    def verifier(self) -> str:
        return self.verifier_edit.text().strip()


class MultiContentDialog(CitizenDocumentDialog):
    """07-XLĐ: each content the citizen sends elsewhere, with the body competent for it."""

    def __init__(self, parent: QWidget | None = None, *, reporters: int = 1) -> None:
        super().__init__(self.tr("Guidance for a petition with several contents"), parent)
        self.part_edits: list[tuple[QLineEdit, QLineEdit]] = []
        for i in range(PARTS):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            content, body = _line(row, self.tr("content")), _line(row, self.tr("competent body"))
            line.addWidget(content, 3)
            line.addWidget(body, 2)
            row.setFocusProxy(content)
            self.part_edits.append((content, body))
            label = self.tr("Content &%1:").replace("%1", str(i + 1))
            self.add_field("parts" if i == 0 else f"part_{i}", label, row)
        self.own_edit = _text(self, self.tr("optional: the content this agency keeps"))
        self.superior_edit = _line(self, self.tr("optional: reported to"))
        self.add_field("own_part", self.tr("&Kept here:"), self.own_edit)
        self.add_field("superior", self.tr("S&uperior:"), self.superior_edit)
        self.add_citizen_widgets((RecipientRole.CITIZEN, RecipientRole.SUPERIOR, RecipientRole.FILE), reporters)
        self.setMinimumWidth(640)

    def parts(self) -> list[tuple[str, str]]:
        return [
            (c.text().strip(), b.text().strip()) for c, b in self.part_edits if c.text().strip() or b.text().strip()
        ]

    def own_part(self) -> str:
        return _clip(self.own_edit)

    def superior(self) -> str:
        return self.superior_edit.text().strip()

    def copies(self) -> tuple[RecipientRole, ...]:
        chosen = super().copies()
        return tuple(r for r in chosen if r is not RecipientRole.SUPERIOR or self.superior())

    def field_errors(self) -> dict[str, str]:
        errors = self.citizen_errors()
        parts = self.parts()
        if not parts or any(not c or not b for c, b in parts):
            errors["parts"] = self.tr("Enter each content with the body competent for it.")
        return errors


class ProtectionRequestLetterDialog(DocumentRequestDialog):
    """07-TCD: the denouncer's written request, pre-filled from the record for them to check and sign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Protection request form"),
            parent,
            hint=self.tr("Printed masked: the denouncer fills in the people and reasons and signs it."),
        )
        self.addressee_edit = _line(self, self.tr("optional: default is the head of this agency"))
        self.add_field("addressee", self.tr("&Addressed to:"), self.addressee_edit)

    def addressee(self) -> str:
        return self.addressee_edit.text().strip()


class _ShownOnce(QWidget):
    """A widget that calls ``on_first_show`` the first time it is shown (later reads follow the case's moves)."""

    def __init__(self, on_first_show: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = False
        self._on_first_show = on_first_show

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.shown:
            self.shown = True
            self._on_first_show()


class CaseLetters(QObject):
    """The case window's issue-19 letters: the Documents-menu action for the 07-XLĐ guidance and, for the
    Handling tab, a row of buttons enabled by the recorded decision (thụ lý / không thụ lý).

    Args:
        owner: the case window (parent of the actions and dialogs).
        desk, runner: the services and the DB-thread runner.
        case: the case (its uid, kind and number of reporters).
    """

    def __init__(
        self,
        owner: QWidget,
        desk: Desk,
        runner: Runner,
        case: CaseDetail,
    ) -> None:
        super().__init__(owner)
        self._owner, self._desk, self._runner, self._uid = owner, desk, runner, case.uid
        self._kind, self._reporters = case.kind, len(case.reporters)
        self._ask: Ask | None = None
        self._who: Who | None = None
        self._token: Callable[[], str | None] = lambda: None
        self.multi_content_action = QAction(self.tr("Guidance for several con&tents…"), owner)
        self.multi_content_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        owner.addAction(self.multi_content_action)
        self.multi_content_action.setEnabled(self._reporters > 0)
        self.multi_content_action.triggered.connect(self._on_multi_content_action_triggered)
        self.acceptance_button: QPushButton | None = None
        self.rejection_button: QPushButton | None = None
        self.decision_button: QPushButton | None = None
        self._row: _ShownOnce | None = None

    def wire(self, ask: Ask, who: Who, token: Callable[[], str | None]) -> CaseLetters:
        """Connect to the case window: ``ask`` opens a dialog, issues on OK and previews; ``who`` is the identity a
        citizen document may use (presented, else the reveal on the page); ``token`` the reveal shown (or None)."""
        self._ask, self._who, self._token = ask, who, token
        return self

    def _open(self, dialog: DocumentRequestDialog, make_task: Callable[[], Task], title: str) -> None:
        if self._ask is not None:
            self._ask(dialog, make_task, title)

    def _identity(self, dialog: CitizenDocumentDialog) -> dict[str, Any]:
        return self._who(dialog) if self._who is not None else {}

    def buttons(self, parent: QWidget) -> QWidget:
        """The Handling tab's row: thụ lý notice, không thụ lý notice, Quyết định thụ lý (loaded on demand)."""
        row = _ShownOnce(self.refresh, parent)  # read when the Handling tab is first shown, like the panel
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.acceptance_button = QPushButton(self.tr("Acceptance notice…"), row)
        self.rejection_button = QPushButton(self.tr("Non-acceptance notice…"), row)
        self.decision_button = QPushButton(self.tr("Acceptance decision…"), row)
        for button in (self.acceptance_button, self.rejection_button, self.decision_button):
            button.setEnabled(False)
            line.addWidget(button)
        line.addStretch(1)
        self.acceptance_button.clicked.connect(self._on_acceptance_button_clicked)
        self.rejection_button.clicked.connect(self._on_rejection_button_clicked)
        self.decision_button.clicked.connect(self._on_decision_button_clicked)
        self._row = row
        return row

    @Slot()
    def refresh(self) -> None:
        """Enable the buttons from the recorded decision (read on the DB thread), once the row has been shown."""
        if self._row is None or not self._row.shown:
            return
        desk, uid = self._desk, self._uid
        self._runner.run(
            lambda: desk.handling.view(uid).decision, self._on_decision_loaded, lambda _e: None, context=self
        )

    def _on_decision_loaded(self, decision: Decision) -> None:
        session = self._desk.session
        supervisor = session is not None and Role.SUPERVISOR in session.roles
        has_reporter = self._reporters > 0
        why = self.tr("Record the acceptance in the handling first.")
        for button, on in (
            (self.acceptance_button, decision is Decision.ACCEPT and has_reporter),
            (self.rejection_button, decision is Decision.REJECT and has_reporter),
            (
                self.decision_button,
                decision is Decision.ACCEPT and supervisor and self._kind is CaseKind.DENUNCIATION and has_reporter,
            ),
        ):
            if button is not None:
                button.setEnabled(on)
                button.setToolTip("" if on else why)
        if self.rejection_button is not None and decision is not Decision.REJECT:
            self.rejection_button.setToolTip(self.tr("Record the non-acceptance in the handling first."))

    @Slot()
    def _on_acceptance_button_clicked(self) -> None:
        desk, uid = self._desk, self._uid
        dialog = AcceptanceNoticeDialog(self._owner, reporters=self._reporters)

        def task() -> Task:
            by, copies, who = dialog.transferred_by(), dialog.copies(), self._identity(dialog)
            return lambda: desk.letters.issue_acceptance_notice(uid, transferred_by=by, copies=copies, **who)

        self._open(dialog, task, self.tr("Acceptance notice %1"))

    @Slot()
    def _on_rejection_button_clicked(self) -> None:
        desk, uid = self._desk, self._uid

        def opened(grounds: dict[str, str]) -> None:
            dialog = RejectionNoticeDialog(grounds, self._owner, reporters=self._reporters)

            def task() -> Task:
                chosen, details, copies, who = (
                    dialog.grounds(),
                    dialog.details(),
                    dialog.copies(),
                    self._identity(dialog),
                )
                return lambda: desk.letters.issue_rejection_notice(uid, chosen, details=details, copies=copies, **who)

            self._open(dialog, task, self.tr("Non-acceptance notice %1"))

        self._runner.run(lambda: desk.letters.rejection_grounds(uid), opened, lambda _e: None, context=self)

    @Slot()
    def _on_decision_button_clicked(self) -> None:
        desk, uid = self._desk, self._uid
        dialog = AcceptanceDecisionDialog(self._owner)

        def task() -> Task:
            verifier, token = dialog.verifier(), self._token()
            return lambda: desk.letters.issue_acceptance_decision(uid, verifier=verifier, reveal_token=token)

        self._open(dialog, task, self.tr("Acceptance decision %1"))

    @Slot()
    def _on_multi_content_action_triggered(self) -> None:
        desk, uid = self._desk, self._uid
        dialog = MultiContentDialog(self._owner, reporters=self._reporters)
        for _content, body in dialog.part_edits:
            link_to_directory(desk, self._runner, body)

        def task() -> Task:
            parts, own, above = dialog.parts(), dialog.own_part(), dialog.superior()
            copies, who = dialog.copies(), self._identity(dialog)
            return lambda: desk.letters.issue_multi_content_guidance(
                uid, parts, own_part=own, superior=above, copies=copies, **who
            )

        self._open(dialog, task, self.tr("Guidance %1"))


__all__ = [
    "AcceptanceDecisionDialog",
    "DocumentRequestDialog",
    "AcceptanceNoticeDialog",
    "CaseLetters",
    "link_to_directory",
    "issue_in",
    "open_preview",
    "print_protection_request",
    "MultiContentDialog",
    "PrintPreviewDialog",
    "ProtectionRequestLetterDialog",
    "RejectionNoticeDialog",
]
