"""Administration, "Accounts" tab: the user list and the account actions (admin), "Change my password" (all)."""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import Role
from reception_app.ui.admin.admin_dialogs import GrantSupervisorDialog, NewOfficerDialog, PasswordDialog
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk, Session, UserInfo
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
UsernameRole = Qt.ItemDataRole.UserRole + 1
"""Custom role: the row's username (str)."""
_ROLE_ORDER = (Role.ADMIN, Role.SUPERVISOR, Role.OFFICER)


class UserColumn(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLES = 2
    ACTIVE = 3


class UserTableModel(QAbstractTableModel):
    """The accounts (a few dozen at most: an in-memory list is fine here)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserInfo | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(UserColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._users) or index.column() >= len(UserColumn):
            return None
        user = self._users[index.row()]
        if role == UsernameRole:
            return user.username
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = UserColumn(index.column())
        if column is UserColumn.USERNAME:
            return user.username
        if column is UserColumn.FULL_NAME:
            return user.full_name
        if column is UserColumn.ROLES:
            return ", ".join(r.label for r in _ROLE_ORDER if r in user.roles)
        if not user.active:
            return self.tr("No (deactivated)")
        return self.tr("Yes, needs a new password") if user.needs_password_reset else self.tr("Yes")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (self.tr("Username"), self.tr("Full name"), self.tr("Roles"), self.tr("Active"))
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class UsersTab(QWidget):
    """Accounts: list (admin/supervisor), create / reset / grant / deactivate (admin), change my password (all).

    Args:
        desk: the services facade; ``desk.session`` is read once (plain attribute).
        runner: the DB-thread task runner.
        parent: Qt parent.

    Signals:
        users_changed(str): an account was created or changed; payload = its username.
    """

    users_changed = Signal(str)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._session: Session | None = desk.session
        self.is_admin = self._session is not None and self._session.has(Role.ADMIN)
        self.can_list = self._session is not None and (self.is_admin or self._session.has(Role.SUPERVISOR))
        self.model = UserTableModel(self)
        self.table = QTableView(self)
        self.new_button = QPushButton(self.tr("&New officer…"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.grant_button = QPushButton(self.tr("Grant &supervisor role…"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"), self)
        self.change_own_button = QPushButton(self.tr("&Change my password…"), self)
        self.info_label = PlainTextLabel("", self, word_wrap=True)
        self.message_label = MessageLabel(self)
        self.dialog: QWidget | None = None
        self.confirm_box: QMessageBox | None = None
        self._build_layout()
        self._connect_signals()
        self._update_buttons()
        self.refresh()

    def _build_layout(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        header.resizeSection(UserColumn.USERNAME, 16 * char + 16)
        header.resizeSection(UserColumn.ROLES, 30 * char + 16)
        header.resizeSection(UserColumn.ACTIVE, 26 * char + 16)
        header.setSectionResizeMode(UserColumn.FULL_NAME, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.reset_button, self.grant_button, self.deactivate_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.change_own_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        if not self.can_list:
            self.table.hide()
            self.info_label.setText(
                self.tr(
                    "Only administrators and supervisors can see the list of accounts. "
                    "You can change your own password."
                )
            )
        elif not self.is_admin:
            self.info_label.setText(self.tr("Accounts are managed by an administrator."))
        else:
            self.info_label.hide()

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.grant_button.clicked.connect(self._on_grant_button_clicked)
        self.deactivate_button.clicked.connect(self._on_deactivate_button_clicked)
        self.change_own_button.clicked.connect(self._on_change_own_button_clicked)

    # --- state --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the account list on the DB thread (admin and supervisor sessions)."""
        if not self.can_list:
            return
        self._runner.run(self._desk.users.list_users, self.model.set_users, self._on_task_failed, context=self)

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def select_username(self, username: str) -> bool:
        """Select the row of ``username``; False if it is not listed."""
        for row in range(self.model.rowCount()):
            user = self.model.user(row)
            if user is not None and user.username == username:
                self.table.selectRow(row)
                return True
        return False

    @Slot()
    def _update_buttons(self) -> None:
        user = self.selected_user()
        session = self._session
        admin_only = self.tr("Only an administrator can do this.")
        pick = self.tr("Select an active account in the list first.")
        active = user is not None and user.active
        states = (
            (self.new_button, self.is_admin, admin_only),
            (self.reset_button, self.is_admin and active, admin_only if not self.is_admin else pick),
            (
                self.grant_button,
                self.is_admin and active and user is not None and Role.SUPERVISOR not in user.roles,
                admin_only if not self.is_admin else self.tr("Select an active account that is not a supervisor."),
            ),
            (
                self.deactivate_button,
                self.is_admin
                and active
                and user is not None
                and session is not None
                and user.username != session.username,
                admin_only if not self.is_admin else self.tr("Select an active account other than your own."),
            ),
        )
        for button, enabled, why in states:
            button.setEnabled(enabled)
            button.setToolTip("" if enabled else why)
        own_ok = session is not None and not session.is_recovery
        self.change_own_button.setEnabled(own_ok)
        self.change_own_button.setToolTip(
            "" if own_ok else self.tr("A recovery-code session has no password of its own.")
        )

    def _needs_approval(self) -> bool:
        return not (self._session is not None and self._session.is_recovery)

    def _open_dialog(self, dialog: NewOfficerDialog | PasswordDialog | GrantSupervisorDialog, done: str) -> None:
        self.message_label.clear_message()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.succeeded.connect(lambda username: self._on_dialog_succeeded(done, username))
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()

    # --- slots --------------------------------------------------------------------------------------

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self._open_dialog(NewOfficerDialog(self._desk, self._runner, self), self.tr("Account %1 created."))

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        needs = Role.SUPERVISOR in user.roles and self._needs_approval()
        dialog = PasswordDialog(
            self._desk,
            self._runner,
            username=user.username,
            needs_approval=needs,
            parent=self,
            supervisor=Role.SUPERVISOR in user.roles,
        )
        self._open_dialog(dialog, self.tr("New password set for %1."))

    @Slot()
    def _on_grant_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = GrantSupervisorDialog(
            self._desk, self._runner, user.username, needs_approval=self._needs_approval(), parent=self
        )
        self._open_dialog(dialog, self.tr("%1 is now a supervisor."))

    @Slot()
    def _on_change_own_button_clicked(self) -> None:
        own = self._session.username if self._session is not None else ""
        supervisor = self._session is not None and self._session.has(Role.SUPERVISOR)
        dialog = PasswordDialog(
            self._desk, self._runner, username=None, own_username=own, parent=self, supervisor=supervisor
        )
        self._open_dialog(dialog, self.tr("Your password was changed."))

    @Slot()
    def _on_deactivate_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Deactivate account"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is user data
        box.setText(
            self.tr("Deactivate %1 (%2)? They can no longer log in. Their cases and audit entries are kept.")
            .replace("%1", user.username)
            .replace("%2", user.full_name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = user.username
        box.buttonClicked.connect(
            lambda clicked: (
                self._deactivate(name) if box.standardButton(clicked) == QMessageBox.StandardButton.Yes else None
            )
        )
        box.destroyed.connect(self._on_confirm_box_destroyed)
        self.confirm_box = box
        box.open()

    def _deactivate(self, username: str) -> None:
        desk = self._desk
        self._runner.run(
            lambda: desk.users.deactivate_user(username),
            lambda _r: self._on_dialog_succeeded(self.tr("Account %1 deactivated."), username),
            self._on_task_failed,
            context=self,
        )

    def _on_dialog_succeeded(self, template: str, username: str) -> None:
        self.message_label.setStyleSheet("QLabel#messageLabel { color: #0b6b1f; }")
        self.message_label.show_message(template.replace("%1", username))
        self.users_changed.emit(username)
        self.refresh()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def _on_confirm_box_destroyed(self) -> None:
        self.confirm_box = None

    def _on_task_failed(self, exc: BaseException) -> None:
        self.message_label.setStyleSheet("QLabel#messageLabel { color: #b00020; }")
        self.message_label.show_message(
            error_text(exc, self.tr("Something went wrong. Details are in the log."), log_as="accounts task failed")
        )
