"""Small input dialogs for the printed documents: transfer, guidance, appointment, acceptance, refusal, logbook.

Every dialog validates its required fields itself (a message beside the field, the dialog stays open) and
then either accepts (plain input dialog) or, once :meth:`DocumentRequestDialog.issue_with` has given it a
runner and a task, stays open while the document is numbered, built and rendered on the DB thread:
success closes it and emits :attr:`DocumentRequestDialog.document_ready`; a failure is shown in the dialog
(``KnownError.text()``, a service field error beside its field) so the officer can correct and retry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.case import ReporterIdentity
from reception_app.models.clock import Clock
from reception_app.models.enums import IdKind
from reception_app.models.recipients import RecipientRole
from reception_app.models.validation import clean_text
from reception_app.services import IssuedDocument, refusal_grounds
from reception_app.ui.common.form_dialog import FormDialog
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

MAX_NAME = 300  # a body, a place, a person
MAX_DETAILS = 2000
GROUND_LABEL_CHARS = 70
DATE_FORMAT = "dd/MM/yyyy"
DATETIME_FORMAT = "dd/MM/yyyy HH:mm"
APPOINTMENT_HOUR = 8

Task = Callable[[], IssuedDocument]


def _line_edit(parent: QWidget, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(MAX_NAME)
    edit.setPlaceholderText(placeholder)
    return edit


def _text_edit(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # keyboard users leave the box with Tab, as from a line edit
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class DocumentRequestDialog(FormDialog):
    """Base of the document input dialogs: a form, a message beside each field, OK / Cancel.

    Subclasses add rows with :meth:`add_field` and implement :meth:`field_errors`. Without a task (no
    :meth:`issue_with`), OK accepts the dialog once the fields are valid.

    Signals:
        document_ready(object): the runner issued the document (an ``IssuedDocument``); the dialog has closed.
    """

    document_ready = Signal(object)
    accepts_without_task = True
    log_as = "printing a document failed"

    def __init__(self, title: str, parent: QWidget | None = None, *, hint: str = "") -> None:
        super().__init__(title, parent, hint=hint, min_width=480)

    def issue_with(self, runner: Runner, make_task: Callable[[], Task]) -> None:
        """On OK, call ``make_task()`` (GUI thread: it reads the fields) and run the returned task on ``runner``.

        The task runs on the DB thread and must not touch widgets.
        """
        self._runner = runner
        self._set_task(make_task)

    def _fallback_text(self) -> str:
        return self.tr("The document could not be printed. Details are in the log.")

    def _succeed(self, result: object) -> None:
        self._runner = None  # the task closes over this dialog: break the cycle
        self.accept()
        self.document_ready.emit(result)


class CopyChooser(QGroupBox):
    """One check box per copy of a document (one copy per addressee); all checked at first.

    Args:
        roles: the document's copies, in print order.
        parent: Qt parent.
    """

    def __init__(self, roles: tuple[RecipientRole, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Copies to print"))
        column = QVBoxLayout(self)
        self.boxes: dict[RecipientRole, QCheckBox] = {}
        for role in roles:
            box = QCheckBox(self._role_text(role), self)
            box.setChecked(True)
            column.addWidget(box)
            self.boxes[role] = box

    def _role_text(self, role: RecipientRole) -> str:
        return {
            RecipientRole.CITIZEN: self.tr("The citizen's copy"),
            RecipientRole.BODY: self.tr("Copy to the receiving or competent body"),
            RecipientRole.SUPERIOR: self.tr("Copy to the superior body"),
            RecipientRole.FILE: self.tr("File copy (kept under the secrecy regime)"),
            RecipientRole.OFFICER: self.tr("The receiving officer's copy"),
        }[role]

    def chosen(self) -> tuple[RecipientRole, ...]:
        """The checked copies' roles, in print order."""
        return tuple(role for role, box in self.boxes.items() if box.isChecked())

    def set_available(self, role: RecipientRole, available: bool) -> None:
        """Show or hide a copy (e.g. the superior's copy exists only when a superior is named)."""
        box = self.boxes.get(role)
        if box is not None:
            box.setVisible(available)
            box.setChecked(available)


class PresentedIdentityBox(QGroupBox):
    """The identity the citizen presents again at the desk, typed from their ID card.

    It fills the citizen's own copy only; the sealed record is never read. Unchecked: the citizen's copy
    leaves a blank for the name (or a supervisor's reveal names them).
    """

    def __init__(self, parent: QWidget | None = None, *, reporters: int = 1) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The citizen presents their ID card at the desk"))
        self.setCheckable(True)
        self.setChecked(False)
        form = QFormLayout(self)
        self.name_edit = _line_edit(self)
        self.id_edit = _line_edit(self, self.tr("optional"))
        self.id_edit.setMaxLength(20)
        self.address_edit = _line_edit(self, self.tr("optional"))
        form.addRow(self.tr("Full &name:"), self.name_edit)
        form.addRow(self.tr("&ID number:"), self.id_edit)
        form.addRow(self.tr("A&ddress:"), self.address_edit)
        self.note = PlainTextLabel(
            self.tr("Fills the citizen's copy only, from what the citizen shows; the sealed record is not read."),
            self,
            word_wrap=True,
        )
        self.note.setEnabled(False)
        form.addRow(self.note)
        if reporters != 1:  # one ID card per copy: a group's documents need a supervisor's reveal
            self.setChecked(False)
            self.setEnabled(False)
            self.setToolTip(self.tr("Several reporters: ask a supervisor to reveal their identities."))

    def presented(self) -> tuple[ReporterIdentity, ...] | None:
        """The presented identity (None when the box is unchecked)."""
        if not self.isChecked():
            return None
        number = clean_text(self.id_edit.text())
        return (
            ReporterIdentity(
                full_name=clean_text(self.name_edit.text()),
                id_kind=IdKind.CCCD if number else IdKind.NONE,
                id_number=number,
                address=clean_text(self.address_edit.text()),
            ),
        )

    def error(self) -> str:
        """The problem with the typed identity ("" when none)."""
        if self.isChecked() and not clean_text(self.name_edit.text()):
            return self.tr("Enter the full name as shown on the ID card.")
        return ""


class CitizenDocumentDialog(DocumentRequestDialog):
    """A document with a copy for the citizen: adds the presented-identity box and the copy chooser."""

    def add_citizen_widgets(self, roles: tuple[RecipientRole, ...], reporters: int) -> None:
        self.presented_box = PresentedIdentityBox(self, reporters=reporters)
        self.copy_chooser = CopyChooser(roles, self)
        self.add_field("presented", "", self.presented_box)
        self.add_field("copies", "", self.copy_chooser)

    def presented(self) -> tuple[ReporterIdentity, ...] | None:
        return self.presented_box.presented()

    def copies(self) -> tuple[RecipientRole, ...]:
        return self.copy_chooser.chosen()

    def citizen_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        problem = self.presented_box.error()
        if problem:
            errors["presented"] = problem
        if not self.copies():
            errors["copies"] = self.tr("Choose at least one copy to print.")
        return errors


class RecipientDialog(DocumentRequestDialog):
    """Transfer slip (Phiếu chuyển đơn): asks for the receiving body and the copies (body, file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Transfer slip"),
            parent,
            hint=self.tr(
                "The slip names reporters of denunciations by their code only and never lists them as "
                "recipients: print the transfer notice for the reporter separately."
            ),
        )
        self.recipient_edit = _line_edit(
            self, self.tr("e.g. the commune People's Committee (type to pick from the directory)")
        )
        self.add_field("recipient_body", self.tr("&Receiving body:"), self.recipient_edit)
        self.copy_chooser = CopyChooser((RecipientRole.BODY, RecipientRole.FILE), self)
        self.add_field("copies", "", self.copy_chooser)

    def recipient(self) -> str:
        """The receiving body as typed, without surrounding spaces."""
        return self.recipient_edit.text().strip()

    def copies(self) -> tuple[RecipientRole, ...]:
        return self.copy_chooser.chosen()

    def field_errors(self) -> dict[str, str]:
        errors = {} if self.recipient() else {"recipient_body": self.tr("Enter the receiving body.")}
        if not self.copies():
            errors["copies"] = self.tr("Choose at least one copy to print.")
        return errors


class TransferNoticeDialog(CitizenDocumentDialog):
    """Transfer notice (Thông báo về việc chuyển đơn) addressed to the reporter (Luật Tố cáo Điều 24)."""

    def __init__(self, parent: QWidget | None = None, *, reporters: int = 1) -> None:
        super().__init__(self.tr("Transfer notice to the reporter"), parent)
        self.recipient_edit = _line_edit(self, self.tr("e.g. the district People's Committee"))
        self.add_field("recipient_body", self.tr("&Transferred to:"), self.recipient_edit)
        self.add_citizen_widgets((RecipientRole.CITIZEN, RecipientRole.FILE), reporters)

    def recipient(self) -> str:
        return self.recipient_edit.text().strip()

    def field_errors(self) -> dict[str, str]:
        errors = self.citizen_errors()
        if not self.recipient():
            errors["recipient_body"] = self.tr("Enter the receiving body.")
        return errors


class GuidanceSlipDialog(CitizenDocumentDialog):
    """Guidance slip (Phiếu hướng dẫn): the case belongs to another body; asks which one, and the copies."""

    def __init__(self, parent: QWidget | None = None, *, reporters: int = 1) -> None:
        super().__init__(
            self.tr("Guidance slip"),
            parent,
            hint=self.tr("The citizen is guided to the competent body. Copies to other bodies never name a denouncer."),
        )
        self.body_edit = _line_edit(
            self, self.tr("e.g. the commune People's Committee (type to pick from the directory)")
        )
        self.superior_edit = _line_edit(self, self.tr("optional"))
        self.add_field("competent_body", self.tr("&Competent body:"), self.body_edit)
        self.add_field("superior", self.tr("&Its superior:"), self.superior_edit)
        roles = (RecipientRole.CITIZEN, RecipientRole.SUPERIOR, RecipientRole.BODY, RecipientRole.FILE)
        self.add_citizen_widgets(roles, reporters)
        self.copy_chooser.set_available(RecipientRole.SUPERIOR, False)
        self._has_superior = False
        self.superior_edit.textChanged.connect(self._on_superior_edit_text_changed)

    @Slot(str)
    def _on_superior_edit_text_changed(self, text: str) -> None:
        has = bool(text.strip())
        if has != self._has_superior:  # only on a change: keep the officer's own tick otherwise
            self._has_superior = has
            self.copy_chooser.set_available(RecipientRole.SUPERIOR, has)

    def competent_body(self) -> str:
        return self.body_edit.text().strip()

    def superior(self) -> str:
        return self.superior_edit.text().strip()

    def field_errors(self) -> dict[str, str]:
        errors = self.citizen_errors()
        if not self.competent_body():
            errors["competent_body"] = self.tr("Enter the competent body.")
        return errors


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _next_working_morning(now: datetime) -> datetime:
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:  # Saturday, Sunday
        day += timedelta(days=1)
    return datetime.combine(day, time(APPOINTMENT_HOUR, 0))


class AppointmentSlipDialog(CitizenDocumentDialog):
    """Appointment slip (Phiếu hẹn): date and time, place, and the person the citizen meets.

    Args:
        parent: Qt parent.
        now: the current local time (tests); default: the clock.
    """

    def __init__(self, parent: QWidget | None = None, *, now: datetime | None = None, reporters: int = 1) -> None:
        super().__init__(self.tr("Appointment slip"), parent)
        self._now = now
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(DATETIME_FORMAT)
        start = _next_working_morning(self._current())
        self.when_edit.setDateTime(QDateTime(_qdate(start.date()), QTime(start.hour, start.minute)))
        self.place_edit = _line_edit(self, self.tr("e.g. the reception room, 1st floor"))
        self.meet_edit = _line_edit(self, self.tr("name and position"))
        self.add_field("appointment_at", self.tr("&Date and time:"), self.when_edit)
        self.add_field("appointment_place", self.tr("&Place:"), self.place_edit)
        self.add_field("meet_with", self.tr("&Meet with:"), self.meet_edit)
        self.add_citizen_widgets((RecipientRole.CITIZEN, RecipientRole.FILE), reporters)

    def _current(self) -> datetime:
        return (self._now or Clock().local_naive()).replace(second=0, microsecond=0)

    def appointment_at(self) -> datetime:
        """The chosen local date and time (naive), to the minute."""
        value = self.when_edit.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def place(self) -> str:
        return self.place_edit.text().strip()

    def meet_with(self) -> str:
        return self.meet_edit.text().strip()

    def field_errors(self) -> dict[str, str]:
        errors = self.citizen_errors()
        if self.appointment_at() <= self._current():
            errors["appointment_at"] = self.tr("Choose a date and time later than now.")
        if not self.place():
            errors["appointment_place"] = self.tr("Enter the place.")
        if not self.meet_with():
            errors["meet_with"] = self.tr("Enter who the citizen will meet.")
        return errors


class AcceptanceProposalDialog(DocumentRequestDialog):
    """Acceptance proposal (Phiếu đề xuất thụ lý, internal): asks the addressee."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Acceptance proposal"), parent)
        self.addressee_edit = _line_edit(self, self.tr("e.g. the Chief Inspector"))
        self.prior_edit = _text_edit(self)
        self.prior_edit.setPlaceholderText(self.tr("optional"))
        self.add_field("addressee", self.tr("&Addressed to:"), self.addressee_edit)
        self.add_field("prior_handling", self.tr("&Prior handling:"), self.prior_edit)

    def addressee(self) -> str:
        return self.addressee_edit.text().strip()

    def prior_handling(self) -> str:
        return self.prior_edit.toPlainText().strip()

    def field_errors(self) -> dict[str, str]:
        return {} if self.addressee() else {"addressee": self.tr("Enter the addressee.")}


def _short(text: str, limit: int = GROUND_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class RefusalNoticeDialog(CitizenDocumentDialog):
    """Refusal notice (Thông báo từ chối tiếp công dân): a legal ground (required) and optional details.

    Only the grounds that take a written notice are offered (the others are recorded in the logbook).

    Args:
        parent: Qt parent.
        grounds: key → wording (default: :func:`refusal_grounds`).
    """

    def __init__(
        self, parent: QWidget | None = None, *, grounds: dict[str, str] | None = None, reporters: int = 1
    ) -> None:
        super().__init__(
            self.tr("Refusal notice"),
            parent,
            hint=self.tr(
                "A written notice is issued only for a case already resolved and answered in writing. For the "
                "other grounds, explain the reason to the citizen and record the refusal with its reason."
            ),
        )
        self._grounds = grounds if grounds is not None else refusal_grounds()
        self.ground_combo = QComboBox(self)
        self.ground_combo.setPlaceholderText(self.tr("Choose a ground…"))
        self.ground_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ground_combo.setMinimumContentsLength(40)
        for key, wording in self._grounds.items():
            self.ground_combo.addItem(_short(wording), key)
        self.ground_combo.setCurrentIndex(-1)
        self.ground_text = PlainTextLabel("", self, word_wrap=True)
        self.ground_text.setVisible(False)
        self.details_edit = _text_edit(self)
        self.details_edit.setPlaceholderText(self.tr("optional: what happened"))
        self.add_field("ground", self.tr("&Ground:"), self.ground_combo, extra=self.ground_text)
        self.add_field("details", self.tr("&Details:"), self.details_edit)
        self.add_citizen_widgets((RecipientRole.CITIZEN, RecipientRole.FILE), reporters)
        self.ground_combo.currentIndexChanged.connect(self._on_ground_combo_current_index_changed)
        self.setMinimumWidth(560)

    def ground(self) -> str:
        """The chosen ground's key ("" when none)."""
        key = self.ground_combo.currentData()
        return key if isinstance(key, str) else ""

    def select_ground(self, key: str) -> None:
        """Select the ground ``key`` (nothing when unknown)."""
        self.ground_combo.setCurrentIndex(self.ground_combo.findData(key))

    def details(self) -> str:
        return self.details_edit.toPlainText().strip()

    def field_errors(self) -> dict[str, str]:
        errors = self.citizen_errors()
        if not self.ground():
            errors["ground"] = self.tr("Choose the ground for refusing.")
        return errors

    @Slot(int)
    def _on_ground_combo_current_index_changed(self, _index: int) -> None:
        wording = self._grounds.get(self.ground(), "")
        self.ground_text.setText(wording)
        self.ground_text.setVisible(bool(wording))


__all__ = [
    "AcceptanceProposalDialog",
    "AppointmentSlipDialog",
    "CitizenDocumentDialog",
    "CopyChooser",
    "PresentedIdentityBox",
    "TransferNoticeDialog",
    "DocumentRequestDialog",
    "GuidanceSlipDialog",
    "RecipientDialog",
    "RefusalNoticeDialog",
]
