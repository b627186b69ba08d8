"""The Administration page: accounts, agency and desk settings, and (supervisors/admins) the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from reception_app.models.enums import Role
from reception_app.ui.admin.admin_agency import AgencyTab
from reception_app.ui.admin.admin_audit import AuditTab
from reception_app.ui.admin.admin_rulesets import RuleSetsTab
from reception_app.ui.admin.admin_users import UsersTab
from reception_app.ui.admin.agency_directory_tab import AgencyDirectoryTab
from reception_app.ui.office.conflicts_tab import OfficeConflictsTab
from reception_app.ui.protection.protection_views import ProtectionOverview

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.jobs import Jobs
    from reception_app.ui.common.tasks import Runner


class AdminPage(QWidget):
    """Tabs: "Accounts" (everyone: change my password; admin: manage), "Agency and desk", "Transfer directory
    and calendar", "Whistleblower protection" (supervisors), "Audit log" (supervisors, admins).

    The role checks here only shape the interface (disabled buttons with a tooltip, no audit tab for
    officers); the desk refuses anything the session may not do. ``desk.session`` is read once, at
    construction (a plain attribute); every other desk call runs on ``runner``.

    Args:
        desk: the services facade (logged in).
        runner: the DB-thread task runner.
        parent: Qt parent.
        jobs: the long-job runner (the audit tab's verify walks there); None runs it inline (tests).

    Attributes:
        tabs: the tab widget.
        users_tab, agency_tab, directory_tab: always present (the directory and calendar are read-only
            for non-admins).
        audit_tab: None for sessions that are neither supervisor nor admin.
        protection_tab: the open whistleblower-protection cases; supervisors only, else None.
        office_tab: conflicts between desks and events set aside; supervisors of an office desk only (added
            once the desk is known to have joined an office), else None.

    Signals:
        users_changed(str): an account was created, changed or deactivated; payload = its username.
        settings_saved(list): agency settings / auto-lock saved; payload = changed setting keys.
        language_saved(str): the interface language for the next start; payload = ``"vi"`` or ``"en"``.
        audit_verified(bool): "Verify chain" finished; payload = intact.
    """

    users_changed = Signal(str)
    settings_saved = Signal(list)
    language_saved = Signal(str)
    audit_verified = Signal(bool)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None, *, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        session = desk.session
        self.tabs = QTabWidget(self)
        self.users_tab = UsersTab(desk, runner, self)
        self.agency_tab = AgencyTab(desk, runner, self)
        self.directory_tab = AgencyDirectoryTab(desk, runner, self)
        self.audit_tab: AuditTab | None = None
        self.protection_tab: ProtectionOverview | None = None
        self.office_tab: OfficeConflictsTab | None = None
        self._runner = runner
        self._desk = desk
        self.tabs.addTab(self.users_tab, self.tr("&Accounts"))
        self.tabs.addTab(self.agency_tab, self.tr("A&gency and desk"))
        self.tabs.addTab(self.directory_tab, self.tr("&Transfer directory and calendar"))
        self.rulesets_tab = RuleSetsTab(desk, runner, self)
        self.tabs.addTab(self.rulesets_tab, self.tr("&Rule sets"))
        if session is not None and session.has(Role.SUPERVISOR):
            self.protection_tab = ProtectionOverview(desk, runner, self)
            self.tabs.addTab(self.protection_tab, self.tr("Whistleblower &protection"))
        if session is not None and (session.has(Role.SUPERVISOR) or session.has(Role.ADMIN)):
            self.audit_tab = AuditTab(desk, runner, show_reasons=session.has(Role.SUPERVISOR), parent=self, jobs=jobs)
            self.tabs.addTab(self.audit_tab, self.tr("Audit &log"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tab_shortcuts: list[QShortcut] = []
        steps = (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Shift+Backtab", -1))
        for keys, step in (*steps, ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)  # works wherever the focus is, the sidebar too
            shortcut.activated.connect(lambda step=step: self.step_tab(step))
            self.tab_shortcuts.append(shortcut)
        self._connect_signals()
        if session is not None and session.has(Role.SUPERVISOR):
            runner.run(lambda: desk.office.desk_code(), self._add_office_tab, lambda _exc: None, context=self)

    def _add_office_tab(self, code: str | None) -> None:
        """A supervisor on an office desk: the conflicts and events set aside (issue 21)."""
        if code is None or self.office_tab is not None:
            return
        self.office_tab = OfficeConflictsTab(self._desk, self._runner, self)
        tab = self.office_tab
        self.tabs.addTab(tab, self.tr("Office co&nflicts"))
        self.tabs.currentChanged.connect(lambda _i: tab.refresh() if self.tabs.currentWidget() is tab else None)
        tab.resolved.connect(lambda _uid: self._refresh_audit())
        tab.retry_asked.connect(lambda _n: self._refresh_audit())

    def step_tab(self, step: int) -> None:
        """Show the next (1) or previous (-1) tab, round the end, and put the keyboard on its tab bar."""
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
            self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    def _connect_signals(self) -> None:
        self.users_tab.users_changed.connect(self.users_changed)
        self.agency_tab.settings_saved.connect(self.settings_saved)
        self.agency_tab.language_saved.connect(self.language_saved)
        if self.audit_tab is not None:
            self.audit_tab.verified.connect(self.audit_verified)
            self.users_changed.connect(lambda _name: self._refresh_audit())
            self.settings_saved.connect(lambda _keys: self._refresh_audit())

    def _refresh_audit(self) -> None:
        """New audit entries were written: reload the log if it has been opened."""
        if self.audit_tab is not None:
            self.audit_tab.invalidate()
