"""First-run setup wizard: agency, first admin, first supervisor, then the recovery code shown once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reception_app.models.errors import KnownError, ValidationError
from reception_app.services import (
    AgencySettings,
    NewUser,
    check_password_policy,
    clean_username,
    normalize_recovery_code,
)
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.password_meter import PasswordMeter
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)


class PageId(IntEnum):
    """Wizard page ids, in order."""

    AGENCY = 0
    ADMIN = 1
    SUPERVISOR = 2
    RECOVERY = 3


def _form_with_messages(page: QWizardPage) -> QFormLayout:
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class AgencyPage(QWizardPage):
    """Page 1: who prints the documents (Decree 30/2020 header) and the document symbol."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agency"))
        self.setSubTitle(self.tr("These names appear in the header of every receipt and slip."))
        self.parent_agency_edit = QLineEdit(self)
        self.parent_agency_edit.setPlaceholderText(self.tr("e.g. UBND TỈNH ĐẮK LẮK"))
        self.agency_name_edit = QLineEdit(self)
        self.agency_name_edit.setPlaceholderText(self.tr("e.g. THANH TRA TỈNH"))
        self.place_name_edit = QLineEdit(self)
        self.place_name_edit.setPlaceholderText(self.tr("e.g. Đắk Lắk"))
        self.doc_symbol_edit = QLineEdit(self)
        self.doc_symbol_edit.setPlaceholderText(self.tr("e.g. TTr"))
        self.doc_symbol_edit.setMaxLength(20)
        form = _form_with_messages(self)
        form.addRow(self.tr("&Parent agency:"), self.parent_agency_edit)
        form.addRow(self.tr("&Agency name:"), self.agency_name_edit)
        form.addRow(self.tr("P&lace name (for the date line):"), self.place_name_edit)
        form.addRow(self.tr("&Document symbol:"), self.doc_symbol_edit)
        for edit in self._edits():
            edit.textChanged.connect(self.completeChanged)

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.parent_agency_edit, self.agency_name_edit, self.place_name_edit, self.doc_symbol_edit)

    def isComplete(self) -> bool:
        return all(edit.text().strip() for edit in self._edits())

    def validatePage(self) -> bool:
        return self.isComplete()  # also when next() is called programmatically

    def agency_settings(self) -> AgencySettings:
        """The typed values."""
        return AgencySettings(*(edit.text().strip() for edit in self._edits()))


class AccountPage(QWizardPage):
    """Pages 2 and 3: one account (username, full name, password typed twice), checked as the user types.

    Args:
        title: page title.
        subtitle: what this account may do.
        other_username: the username this one must differ from (the admin's, on the supervisor page).
        parent: Qt parent.
    """

    def __init__(
        self,
        title: str,
        subtitle: str,
        other_username: Callable[[], str] | None = None,
        parent: QWidget | None = None,
        *,
        supervisor: bool = False,
        office_names: Callable[[], tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._other_username = other_username
        self._supervisor = supervisor
        self._office_names = office_names
        self._busy = False
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(64)
        self.full_name_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_message = MessageLabel(self)
        self.password_message = MessageLabel(self)
        self.confirm_message = MessageLabel(self)
        self.page_message = MessageLabel(self)
        form = _form_with_messages(self)
        form.addRow(self.tr("&Username:"), self.username_edit)
        form.addRow("", self.username_message)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        self.meter = PasswordMeter(self)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.meter)
        form.addRow("", self.password_message)
        form.addRow(self.tr("&Repeat password:"), self.confirm_edit)
        form.addRow("", self.confirm_message)
        hint = QLabel(
            self.tr(
                "At least 12 characters and hard to guess: not your name, the office's name or a common word. "
                "A few unrelated words make a good password."
            )
            if not supervisor
            else self.tr(
                "At least 12 characters and very hard to guess (it unlocks identities): not your name, the "
                "office's name or a common word. Four or five unrelated words make a good password."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        form.addRow(self.page_message)
        for edit in (self.username_edit, self.full_name_edit, self.password_edit, self.confirm_edit):
            edit.textChanged.connect(self._on_edit_text_changed)

    # --- checks -------------------------------------------------------------------------------------

    def _username_problem(self) -> str:
        name = self.username_edit.text().strip()
        if not name:
            return ""
        try:
            clean_username(name)
        except ValidationError:
            return self.tr("Use only letters, digits, dots, dashes and underscores (at most 64).")
        other = self._other_username() if self._other_username is not None else ""
        if other and other.strip().casefold() == name.casefold():
            return self.tr("The supervisor needs an account of their own, separate from the administrator.")
        return ""

    def _password_problem(self) -> str:
        password = self.password_edit.text()
        if not password:
            return ""
        names = (self.full_name_edit.text(), *(self._office_names() if self._office_names is not None else ()))
        try:
            check_password_policy(self.username_edit.text().strip(), password, supervisor=self._supervisor, names=names)
        except KnownError as exc:
            return exc.text()
        return ""

    def _confirm_problem(self) -> str:
        confirm = self.confirm_edit.text()
        if confirm and confirm != self.password_edit.text():
            return self.tr("The two passwords do not match.")
        return ""

    def isComplete(self) -> bool:
        return (
            not self._busy
            and bool(self.username_edit.text().strip())
            and bool(self.full_name_edit.text().strip())
            and bool(self.password_edit.text())
            and self.confirm_edit.text() == self.password_edit.text()
            and not self._username_problem()
            and not self._password_problem()
        )

    def initializePage(self) -> None:
        self._refresh_messages()

    def validatePage(self) -> bool:
        return self.isComplete()  # also when next() is called programmatically

    def new_user(self) -> NewUser:
        """The typed account."""
        return NewUser(self.username_edit.text().strip(), self.full_name_edit.text().strip(), self.password_edit.text())

    def set_busy(self, busy: bool) -> None:
        """Freeze the inputs while the wizard creates the data folder."""
        self._busy = busy
        for edit in (self.username_edit, self.full_name_edit, self.password_edit, self.confirm_edit):
            edit.setEnabled(not busy)
        self.completeChanged.emit()

    def forget_passwords(self) -> None:
        """Clear both password fields (after setup, so they do not linger in widgets)."""
        self.password_edit.clear()
        self.confirm_edit.clear()

    @Slot()
    def _on_edit_text_changed(self) -> None:
        self.page_message.clear_message()
        self._refresh_messages()
        self.completeChanged.emit()

    def _refresh_messages(self) -> None:
        self.username_message.show_message(self._username_problem())
        names = (self.full_name_edit.text(), *(self._office_names() if self._office_names is not None else ()))
        self.meter.update_for(
            self.password_edit.text(),
            username=self.username_edit.text().strip(),
            supervisor=self._supervisor,
            names=names,
        )
        self.password_message.show_message(self._password_problem())
        self.confirm_message.show_message(self._confirm_problem())


class RecoveryCodePage(QWizardPage):
    """Page 4: the recovery code, shown once; Finish needs the last group typed back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("The data folder is ready. One last, important step."))
        self._last_group = ""
        warning = QLabel(
            self.tr(
                "This recovery code is shown only once and is not stored anywhere. Write it down or print it "
                "now and keep it in a safe. Without it the data cannot be opened if every password is "
                "forgotten or the computer is replaced."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setObjectName("recoveryWarning")
        warning.setStyleSheet("QLabel#recoveryWarning { color: #8a1c00; font-weight: bold; }")
        self.code_label = PlainTextLabel("", self, selectable=True)
        self.code_label.setObjectName("recoveryCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.code_label.setMargin(12)
        self.confirm_label = QLabel(self)
        self.confirm_label.setWordWrap(True)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("recoveryConfirm")
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.code_label)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm_edit)
        layout.addStretch(1)
        self.confirm_edit.textChanged.connect(self.completeChanged)

    def set_code(self, code: str) -> None:
        """Show ``code`` (groups of 4 separated by dashes)."""
        self.code_label.setText(code)
        self._last_group = code.rsplit("-", 1)[-1]
        self.confirm_label.setText(
            self.tr(
                "To confirm you have written it down, type the last group of the code (%n characters):",
                "",
                len(self._last_group),
            )
        )
        self.confirm_edit.clear()

    def forget_code(self) -> None:
        """Drop the code from the widgets."""
        self.code_label.setText("")
        self.confirm_edit.clear()
        self._last_group = ""

    def isComplete(self) -> bool:
        return bool(self._last_group) and normalize_recovery_code(self.confirm_edit.text()) == normalize_recovery_code(
            self._last_group
        )


class SetupWizard(QWizard):
    """Creates the data folder (``desk.auth.setup``) and shows the recovery code once.

    ``desk.auth.setup`` runs on the DB thread when the user commits page 3; page 4 then shows the code and
    the wizard cannot be cancelled until the last group has been typed back.

    Args:
        desk: the services facade.
        runner: the DB-thread task runner.
        parent: Qt parent.

    Signals:
        setup_completed(): the data folder, first admin and first supervisor exist.
    """

    setup_completed = Signal()

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._busy = False
        self._done_setup = False
        self.setWindowTitle(self.tr("First-run setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create"))
        self.agency_page = AgencyPage(self)
        self.admin_page = AccountPage(
            self.tr("First administrator"),
            self.tr("Manages accounts and settings. Cannot see reporters' identities."),
            parent=self,
            office_names=self._office_names,
        )
        self.supervisor_page = AccountPage(
            self.tr("First supervisor"),
            self.tr("A leader who may unlock a reporter's identity. Must be a different person."),
            other_username=self.admin_page.username_edit.text,
            parent=self,
            supervisor=True,
            office_names=self._office_names,
        )
        self.supervisor_page.setCommitPage(True)
        self.recovery_page = RecoveryCodePage(self)
        self.setPage(PageId.AGENCY, self.agency_page)
        self.setPage(PageId.ADMIN, self.admin_page)
        self.setPage(PageId.SUPERVISOR, self.supervisor_page)
        self.setPage(PageId.RECOVERY, self.recovery_page)
        self.setMinimumSize(640, 480)

    def _office_names(self) -> tuple[str, ...]:
        agency = self.agency_page.agency_settings()
        return agency.parent_agency, agency.agency_name, agency.place_name

    def is_busy(self) -> bool:
        """True while ``desk.auth.setup`` runs."""
        return self._busy

    def validateCurrentPage(self) -> bool:
        if self.currentId() == PageId.SUPERVISOR and not self._done_setup:
            if not self._busy and super().validateCurrentPage():
                self._start_setup()
            return False  # the wizard moves on by itself when setup succeeds
        return super().validateCurrentPage()

    def _start_setup(self) -> None:
        agency = self.agency_page.agency_settings()
        admin, supervisor = self.admin_page.new_user(), self.supervisor_page.new_user()
        desk = self._desk
        self._set_busy(True)
        self._runner.run(
            lambda: desk.auth.setup(agency, admin, supervisor),
            self._on_setup_succeeded,
            self._on_setup_failed,
            context=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.supervisor_page.set_busy(busy)  # completeChanged → the wizard refreshes its buttons first
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _on_setup_succeeded(self, code: str) -> None:
        self._done_setup = True
        self._set_busy(False)
        self.recovery_page.set_code(code)
        self.next()  # validates the (still filled) supervisor page, then shows the code
        self.admin_page.forget_passwords()
        self.supervisor_page.forget_passwords()
        self.setup_completed.emit()

    def _on_setup_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        fallback = self.tr("Setup failed unexpectedly. Nothing was created; details are in the log.")
        self.supervisor_page.page_message.show_message(error_text(exc, fallback, log_as="setup failed unexpectedly"))

    def accept(self) -> None:
        """Finish: drop the recovery code from the widgets."""
        self.recovery_page.forget_code()
        super().accept()

    def reject(self) -> None:
        """Cancel is refused while setup runs and after it, until the code has been confirmed."""
        if self._busy or self._done_setup:
            return
        super().reject()
