"""Administration dialogs: new officer, set a password (reset or change my own), grant the supervisor role.

Each dialog runs its one desk call on the DB thread, shows refusals next to the fields (the services' Vietnamese
messages) and stays open; passwords are cleared from the widgets after every attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from reception_app.models.enums import Role
from reception_app.models.errors import KnownError
from reception_app.services import NewUser, check_password_policy, clean_username
from reception_app.ui.common.form_dialog import FormDialog
from reception_app.ui.common.form_fields import MAX_PASSWORD, MAX_USERNAME
from reception_app.ui.common.password_meter import PasswordMeter
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

MAX_FULL_NAME = 100


class _DeskDialog(FormDialog):
    """A :class:`FormDialog` with live checks: a line edit per field with its message under it, OK enabled
    only while nothing is wrong, passwords cleared from the widgets after every attempt; one desk call."""

    succeeded = Signal(str)
    """Emitted with the account's username after the desk call succeeded, just before the dialog accepts."""
    log_as = "admin dialog task failed"

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None) -> None:
        super().__init__("", parent, runner=runner, min_width=500, ok_text="")
        self._desk = desk
        self._subject = ""
        self._secrets: list[QLineEdit] = []
        self._shown_messages: tuple[tuple[bool, str], ...] = ()
        self.page_message = self.message_label
        self._field_messages = self.field_messages  # the same dict, by its older name
        self.setModal(True)

    def _finish_layout(self, title: str, ok_text: str, intro: str = "") -> None:
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            self.layout_.insertWidget(0, label)
        self._refresh()

    def _line_edit(self, label: str, field: str = "", *, secret: bool = False, limit: int = MAX_USERNAME) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(MAX_PASSWORD if secret else limit)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self._secrets.append(edit)
        self.form.addRow(label, edit)
        if field:
            message = MessageLabel(self)
            self.form.addRow("", message)
            self.field_messages[field] = message
        edit.textChanged.connect(self._refresh)
        return edit

    def _policy_problem(
        self, username: str, password: str, *, supervisor: bool = False, names: tuple[str, ...] = ()
    ) -> str:
        if not password:
            return ""
        try:
            check_password_policy(username, password, supervisor=supervisor, names=names)
        except KnownError as exc:
            return exc.text()
        return ""

    def _problems(self) -> dict[str, str]:
        """Field → live message; a non-empty message blocks OK. Subclasses override."""
        return {}

    def _complete(self) -> bool:
        return True

    @Slot()
    def _refresh(self) -> None:
        problems = self._problems()
        for field, label in self.field_messages.items():
            label.show_message(problems.get(field, ""))
        self.ok_button.setEnabled(not self._busy and self._complete() and not any(problems.values()))
        self._fit()

    def _fit(self) -> None:
        """Grow or shrink to the messages now shown (wrapped labels are not re-measured by themselves)."""
        # The text counts too: a longer reason (the password rules give several sentences) needs more lines.
        shown = tuple((label.isVisibleTo(self), label.text()) for label in self.findChildren(MessageLabel))
        if shown != self._shown_messages:
            self._shown_messages = shown
            if self.isVisible():
                self.adjustSize()
                # Wrapped labels in a form layout: make sure every line fits at the width the dialog got.
                needed = self.layout_.totalHeightForWidth(self.width())
                if needed > self.height():
                    self.resize(self.width(), needed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for edit in self.findChildren(QLineEdit):
            edit.setEnabled(not busy)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setEnabled(not busy)
        self._refresh()

    def _run(self, subject: str, fn: Callable[[], object]) -> None:
        self._subject = subject
        self.message_label.clear_message()
        self._run_task(fn)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self._on_ok()

    def _on_ok(self) -> None:
        raise NotImplementedError

    def _fallback_text(self) -> str:
        return self.tr("Something went wrong. Details are in the log.")

    def _succeed(self, result: object) -> None:
        for edit in self._secrets:
            edit.clear()
        self.succeeded.emit(self._subject)
        self.accept()

    def _on_task_failed(self, exc: BaseException) -> None:
        for edit in self._secrets:
            edit.clear()
        super()._on_task_failed(exc)
        self._fit()
        if self._secrets:
            self._secrets[0].setFocus()

    def reject(self) -> None:
        if not self._busy:
            for edit in self._secrets:
                edit.clear()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)


class NewOfficerDialog(_DeskDialog):
    """Create an officer account (``desk.users.create_user``). Emits ``succeeded(username)``."""

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.username_edit = self._line_edit(self.tr("&Username:"), "username")
        self.full_name_edit = self._line_edit(self.tr("&Full name:"), "full_name", limit=MAX_FULL_NAME)
        self.password_edit = self._line_edit(self.tr("Initial &password:"), "password", secret=True)
        self.confirm_edit = self._line_edit(self.tr("&Repeat password:"), "confirm", secret=True)
        self.meter = PasswordMeter(self)
        self.form.addRow("", self.meter)
        hint = QLabel(self.tr("At least 12 characters and hard to guess: not a name or a common word."), self)
        hint.setEnabled(False)
        self.form.addRow("", hint)
        self._finish_layout(
            self.tr("New officer account"),
            self.tr("Create"),
            self.tr("The officer records and prints cases. Give them the initial password in person."),
        )

    def _problems(self) -> dict[str, str]:
        problems = {}
        name = self.username_edit.text().strip()
        if name:
            try:
                clean_username(name)
            except KnownError as exc:
                problems["username"] = exc.text()
        names = (self.full_name_edit.text(),)
        self.meter.update_for(self.password_edit.text(), username=name, names=names)
        problems["password"] = self._policy_problem(name, self.password_edit.text(), names=names)
        if self.confirm_edit.text() and self.confirm_edit.text() != self.password_edit.text():
            problems["confirm"] = self.tr("The two passwords do not match.")
        return problems

    def _complete(self) -> bool:
        return (
            bool(self.username_edit.text().strip())
            and bool(self.full_name_edit.text().strip())
            and bool(self.password_edit.text())
            and self.confirm_edit.text() == self.password_edit.text()
        )

    def _on_ok(self) -> None:
        if not self.ok_button.isEnabled():
            return
        new = NewUser(self.username_edit.text().strip(), self.full_name_edit.text().strip(), self.password_edit.text())
        desk = self._desk
        self._run(new.username, lambda: desk.users.create_user(new))


class PasswordDialog(_DeskDialog):
    """Reset another account's password (admin), or change my own (``username`` None).

    Args:
        desk: the services facade.
        runner: the DB-thread task runner.
        username: the account to reset; None = the logged-in user's own password (asks the current one).
        own_username: the logged-in user (for the "not the username" rule when changing my own).
        needs_approval: the account is a supervisor's: a supervisor must approve the reset at the desk.
        parent: Qt parent.
        supervisor: the account holds the supervisor role (the stricter password policy applies).
        required: the password typed at login no longer meets the policy: say so (changing my own only).
    """

    def __init__(
        self,
        desk: Desk,
        runner: Runner,
        *,
        username: str | None,
        own_username: str = "",
        needs_approval: bool = False,
        parent: QWidget | None = None,
        supervisor: bool = False,
        required: bool = False,
    ) -> None:
        super().__init__(desk, runner, parent)
        own = username is None
        self._supervisor = supervisor or needs_approval
        self._names: tuple[str, ...] = ()
        self._username = own_username if username is None else username
        self._own = own
        self._needs_approval = needs_approval and not own
        self._field = "new_password" if own else "password"
        self.current_edit: QLineEdit | None = None
        if own:
            self.current_edit = self._line_edit(self.tr("C&urrent password:"), secret=True)
        else:
            account = PlainTextLabel(self._username, self, selectable=True)
            self.form.addRow(self.tr("Account:"), account)
        self.password_edit = self._line_edit(self.tr("&New password:"), self._field, secret=True)
        self.meter = PasswordMeter(self)
        self.form.insertRow(self.form.rowCount() - 1, "", self.meter)
        self.confirm_edit = self._line_edit(self.tr("&Repeat new password:"), "confirm", secret=True)
        self.approver_edit: QLineEdit | None = None
        self.approver_password_edit: QLineEdit | None = None
        if self._needs_approval:
            self.approver_edit = self._line_edit(self.tr("Approving &supervisor:"))
            self.approver_password_edit = self._line_edit(self.tr("Supervisor's pass&word:"), secret=True)
        if own and required:
            intro = self.tr(
                "Your password no longer meets the password rules (at least 12 characters, hard to guess). "
                "Choose a new one now: type your current password, then the new one twice."
            )
        elif own:
            intro = self.tr("Type your current password, then the new one twice. It applies at the next login.")
        elif self._needs_approval:
            intro = self.tr(
                "This is a supervisor's account: another supervisor must approve the reset with their own password."
            )
        else:
            intro = self.tr("Tell the user the new password in person.")
        if own:
            self._finish_layout(self.tr("Change my password"), self.tr("Change password"), intro)
        else:
            self._finish_layout(self.tr("Reset password"), self.tr("Reset"), intro)

        # The full name and office names count as dictionary words: read once on the DB thread.
        name = self._username
        runner.run(lambda: desk.auth.password_words(name), self._on_names, lambda _exc: None, context=self)

    def _on_names(self, names: object) -> None:
        if isinstance(names, tuple):
            self._names = tuple(str(n) for n in names)
            self._refresh()

    def _problems(self) -> dict[str, str]:
        password = self.password_edit.text()
        self.meter.update_for(password, username=self._username, supervisor=self._supervisor, names=self._names)
        problems = {
            self._field: self._policy_problem(self._username, password, supervisor=self._supervisor, names=self._names)
        }
        if self.confirm_edit.text() and self.confirm_edit.text() != self.password_edit.text():
            problems["confirm"] = self.tr("The two passwords do not match.")
        return problems

    def _complete(self) -> bool:
        filled = bool(self.password_edit.text()) and self.confirm_edit.text() == self.password_edit.text()
        if self.current_edit is not None:
            filled = filled and bool(self.current_edit.text())
        if self.approver_edit is not None and self.approver_password_edit is not None:
            filled = filled and bool(self.approver_edit.text().strip()) and bool(self.approver_password_edit.text())
        return filled

    def _on_ok(self) -> None:
        if not self.ok_button.isEnabled():
            return
        desk, new = self._desk, self.password_edit.text()
        if self.current_edit is not None:
            old = self.current_edit.text()
            self._run(self._username, lambda: desk.users.change_password(old, new))
            return
        name = self._username
        approver = self.approver_edit.text().strip() if self.approver_edit is not None else None
        approver_pw = self.approver_password_edit.text() if self.approver_password_edit is not None else None
        self._run(name, lambda: desk.users.reset_password(name, new, approver, approver_pw))


class GrantSupervisorDialog(_DeskDialog):
    """Give an account the supervisor role; a supervisor approves at the desk (separation of duties).

    The account's owner types their own password (the identity key is wrapped into their slot with it).
    A recovery session approves by itself (``needs_approval`` False).
    """

    def __init__(
        self, desk: Desk, runner: Runner, username: str, *, needs_approval: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, runner, parent)
        self._username = username
        account = PlainTextLabel(username, self, selectable=True)
        self.form.addRow(self.tr("Account:"), account)
        self.user_password_edit = self._line_edit(self.tr("The account's own &password:"), secret=True)
        self.approver_edit: QLineEdit | None = None
        self.approver_password_edit: QLineEdit | None = None
        if needs_approval:
            self.approver_edit = self._line_edit(self.tr("Approving &supervisor:"))
            self.approver_password_edit = self._line_edit(self.tr("Supervisor's pass&word:"), secret=True)
        self._finish_layout(
            self.tr("Grant supervisor role"),
            self.tr("Grant"),
            self.tr(
                "A supervisor can unlock reporters' identities. The person receiving the role types their own "
                "password, and a current supervisor approves with theirs. Both are recorded in the audit log."
            ),
        )

    def _complete(self) -> bool:
        filled = bool(self.user_password_edit.text())
        if self.approver_edit is not None and self.approver_password_edit is not None:
            filled = filled and bool(self.approver_edit.text().strip()) and bool(self.approver_password_edit.text())
        return filled

    def _on_ok(self) -> None:
        if not self.ok_button.isEnabled():
            return
        desk, name, own = self._desk, self._username, self.user_password_edit.text()
        approver = self.approver_edit.text().strip() if self.approver_edit is not None else None
        approver_pw = self.approver_password_edit.text() if self.approver_password_edit is not None else None
        self._run(name, lambda: desk.users.grant_supervisor(name, own, approver, approver_pw))


def ask_for_new_password(desk: Desk, runner: Runner, parent: QWidget | None = None) -> bool:
    """After login with a password the policy no longer accepts: the user must choose a new one now.

    Returns:
        True when no change is needed or the password was changed; False when the user cancelled (the caller
        logs out: the weak password keeps being refused at every login until it is changed).
    """
    session = desk.session
    if session is None or not session.must_change_password:
        return True
    dialog = PasswordDialog(
        desk,
        runner,
        username=None,
        own_username=session.username,
        parent=parent,
        supervisor=Role.SUPERVISOR in session.roles,
        required=True,
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
