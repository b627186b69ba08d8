"""The main window: navigation on the left, the lazy case list with a search box, a status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import Role
from reception_app.models.handling import Badge
from reception_app.ui.admin.admin_page import AdminPage
from reception_app.ui.admin.backup_dialogs import BackupController, RestoreDialog
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.cases.case_table_model import CaseUidRole
from reception_app.ui.cases.cases_page import CasesPage
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.jobs import JobRunner, Jobs, JobStatus
from reception_app.ui.common.print_preview import PdfLoadError, PrintPreviewDialog
from reception_app.ui.common.widgets import PlainTextLabel
from reception_app.ui.intake.intake_page import IntakePage
from reception_app.ui.logbook.logbook_page import LogbookPageWidget
from reception_app.ui.shell.lock_screen import DEFAULT_IDLE_MINUTES, LockController
from reception_app.ui.shell.security_banner import SecurityBanner
from reception_app.ui.shell.shortcut_sheet import ShortcutSheet

if TYPE_CHECKING:
    from reception_app.models.case import CaseDetail
    from reception_app.services import BackupJob, Desk, IssuedDocument
    from reception_app.ui.common.tasks import Runner
    from reception_app.ui.statistics.statistics_page import StatisticsPage

log = logging.getLogger(__name__)

_ROLE_ORDER = (Role.ADMIN, Role.SUPERVISOR, Role.OFFICER)


class NavPage(IntEnum):
    """Left navigation entries, in display order."""

    INTAKE = 0
    CASES = 1
    LOGBOOK = 2
    STATISTICS = 3
    ADMINISTRATION = 4


class MainWindow(QMainWindow):
    """Composes the navigation, the case list and the status bar. Owns no data: the model asks the desk.

    ``desk.session`` and ``desk.auth.device_secret_warning`` are plain attribute reads (no SQL), so they are read
    on the GUI thread; every other desk call goes through ``runner``.

    Args:
        desk: the services facade (already logged in).
        runner: the DB-thread task runner.
        parent: Qt parent.
        idle_minutes: minutes without input before the desk locks (see :class:`LockController`); None: the
            desk setting ``desk.settings.idle_lock_minutes()``.

    Signals:
        logged_out(): the user logged out; the desk session is closed and the window is closing.
        case_opened(str): a detail dialog was shown; payload = case uid.
        logbook_ready(str): a logbook was printed and its preview shown; payload = its number.
    """

    logged_out = Signal()
    case_opened = Signal(str)
    logbook_ready = Signal(str)

    def __init__(
        self,
        desk: Desk,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        daily_backup: Callable[[], BackupJob | None] | None = None,
        idle_minutes: float | None = None,
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._build_jobs(jobs)
        self.was_logged_out = False
        self.setWindowTitle(self.tr("Citizen reception desk"))
        self.nav_model = QStandardItemModel(self)
        self.nav_view = QListView(self)
        self.stack = QStackedWidget(self)
        self.intake_page = IntakePage(desk, runner, self)
        self.cases_page = CasesPage(desk, runner, self)
        self.admin_page: AdminPage | None = None
        self.logbook_page: LogbookPageWidget | None = None
        self.statistics_page: StatisticsPage | None = None
        self.model = self.cases_page.model
        self.table = self.cases_page.table
        self.search_edit = self.cases_page.search_edit
        self.count_label = self.cases_page.count_label
        self.user_label = PlainTextLabel("", self, elide=Qt.TextElideMode.ElideRight)
        self.warning_label = PlainTextLabel("", self, elide=Qt.TextElideMode.ElideRight)
        self.head_code_label = PlainTextLabel("", self, selectable=True)  # the off-desk anchor (supervisors)
        self.security_banner = SecurityBanner(desk, runner, self)
        self.overdue_button = QPushButton(self)  # "12 quá hạn": one click opens the overdue view
        self.overdue_button.setFlat(True)
        self.overdue_button.hide()
        self.open_action = self.cases_page.open_action
        self.preview: PrintPreviewDialog | None = None
        self._build_actions()
        self._build_navigation()
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._connect_signals()
        self.lock = self._install_lock(DEFAULT_IDLE_MINUTES if idle_minutes is None else idle_minutes)
        self.resize(1200, 720)
        self.model.refresh()
        self.refresh_overdue_badge()
        self._day = desk.today()
        self.day_timer = self._start_day_timer()
        if idle_minutes is None:  # the desk setting (Administration, Agency and desk), read on the DB thread
            self._runner.run(
                desk.settings.idle_lock_minutes, self.lock.set_idle_minutes, lambda _exc: None, context=self
            )
        if daily_backup is not None:  # first login of the day: prepared behind the first page, copied off the DB thread
            self.backups.daily_finished.connect(self._on_scheduled_backup_done)
            self.backups.daily_failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
            self.backups.start_daily(daily_backup)

    # --- construction -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.search_action = QAction(self.tr("&Find…"), self)
        self.intake_action = QAction(self.tr("&New case"), self)
        self.overdue_action = QAction(self.tr("&Overdue cases"), self)
        self.logbook_action = QAction(self.tr("&Logbook…"), self)
        self.privacy_action = QAction(self.tr("&Privacy screen"), self)
        self.logout_action = QAction(self.tr("&Log out"), self)
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)

    def _install_lock(self, idle_minutes: float) -> LockController:
        """The privacy screen and the auto-lock; the draft is saved when the desk locks."""
        lock = LockController(self, self._desk, self._runner, idle_minutes=idle_minutes)
        lock.switch_user_requested.connect(self._on_logout_action_triggered)
        self.privacy_action.triggered.connect(lock.toggle_privacy)
        lock.locked.connect(self.intake_page.save_draft_now)  # the draft is safe behind the lock
        lock.locked.connect(self.intake_page.forget_identities)  # no typed identity waits for a receipt
        return lock

    def _build_jobs(self, jobs: Jobs | None) -> None:
        self.jobs: Jobs = jobs if jobs is not None else JobRunner(self)  # long jobs, off the DB thread
        self.job_status = JobStatus(self)
        self.backups = BackupController(self._desk, self._runner, self.jobs, self.job_status, self)

    def _build_navigation(self) -> None:
        entries = (
            (NavPage.INTAKE, self.tr("Intake"), ""),
            (NavPage.CASES, self.tr("Cases"), ""),
            (NavPage.LOGBOOK, self.tr("Logbook"), ""),
            (NavPage.STATISTICS, self.tr("Statistics"), self.tr("For supervisors and administrators.")),
            (NavPage.ADMINISTRATION, self.tr("Administration"), ""),
        )
        pages: dict[NavPage, QWidget] = {NavPage.INTAKE: self.intake_page, NavPage.CASES: self.cases_page}
        lazy = {NavPage.LOGBOOK, NavPage.ADMINISTRATION}  # built on first visit (they load data)
        session = self._desk.session
        if session is not None and (session.has(Role.SUPERVISOR) or session.has(Role.ADMIN)):
            lazy.add(NavPage.STATISTICS)
        for page, text, todo in entries:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(int(page), Qt.ItemDataRole.UserRole)
            if page not in pages and page not in lazy:
                item.setEnabled(False)
                item.setSelectable(False)
                item.setToolTip(todo)
            self.nav_model.appendRow(item)
            self.stack.addWidget(pages.get(page) or QWidget(self))
        self.nav_view.setModel(self.nav_model)
        self.nav_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav_view.setMaximumWidth(240)
        self.nav_view.setSpacing(2)
        self.show_page(NavPage.CASES)

    def _build_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.nav_view)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1000])
        splitter.setCollapsible(1, False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.security_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def show_page(self, page: NavPage) -> None:
        """Show a page (building it on first visit) and select its navigation entry."""
        if page is NavPage.ADMINISTRATION and self.admin_page is None:
            self.admin_page = AdminPage(self._desk, self._runner, self, jobs=self.jobs)
            self._replace_page(page, self.admin_page)
        if page is NavPage.STATISTICS and self.statistics_page is None:
            from reception_app.ui.statistics.statistics_page import StatisticsPage  # lazy: QtCharts, openpyxl

            self.statistics_page = StatisticsPage(self._desk, self._runner, self)
            self._replace_page(page, self.statistics_page)
        if page is NavPage.LOGBOOK and self.logbook_page is None:
            self.logbook_page = LogbookPageWidget(self._desk, self._runner, self)
            self.logbook_page.document_ready.connect(self._on_logbook_document_ready)
            self.logbook_page.open_requested.connect(self._open_case_uid)
            self._replace_page(page, self.logbook_page)
        self.nav_view.setCurrentIndex(self.nav_model.index(int(page), 0))
        self.stack.setCurrentIndex(int(page))

    def _replace_page(self, page: NavPage, widget: QWidget) -> None:
        old = self.stack.widget(int(page))
        self.stack.insertWidget(int(page), widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def current_page(self) -> NavPage:
        return NavPage(self.stack.currentIndex())

    def _build_menus(self) -> None:
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.intake_action.setShortcut(QKeySequence.StandardKey.New)
        self.overdue_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.logbook_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.privacy_action.setShortcuts([QKeySequence("F12"), QKeySequence("Ctrl+L")])
        session_menu.addAction(self.privacy_action)
        session_menu.addAction(self.logout_action)
        session_menu.addSeparator()
        is_admin = self._desk.session is not None and self._desk.session.has(Role.ADMIN)
        for action in (self.backup_action, self.restore_action):
            action.setVisible(is_admin)
            session_menu.addAction(action)
        session_menu.addSeparator()
        session_menu.addAction(self.quit_action)
        cases_menu = self.menuBar().addMenu(self.tr("&Cases"))
        cases_menu.addAction(self.intake_action)
        cases_menu.addAction(self.search_action)
        cases_menu.addAction(self.overdue_action)
        cases_menu.addAction(self.open_action)
        cases_menu.addSeparator()
        cases_menu.addAction(self.logbook_action)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcut_sheet: ShortcutSheet | None = None
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.head_code_button = QPushButton(self.tr("Check a noted code…"), self)
        self.head_code_button.setFlat(True)
        session = self._desk.session
        if session is not None:
            roles = ", ".join(role.label for role in _ROLE_ORDER if role in session.roles)
            self.user_label.setText(f"{session.full_name} — {roles}" if roles else session.full_name)
        bar.addWidget(self.count_label)
        self.overdue_button.setStyleSheet("QPushButton { color: #a8321f; font-weight: bold; }")
        bar.addWidget(self.overdue_button)
        bar.addPermanentWidget(self.job_status)
        bar.addPermanentWidget(self.user_label)
        report = self._desk.security.security_report
        if report is not None and report.head_code:
            # Write it down away from the desk; the next supervisor login can compare (docs/SECURITY.md).
            self.head_code_label.setText(self.tr("Audit head code: %1").replace("%1", report.head_code))
            bar.addPermanentWidget(self.head_code_label)
            bar.addPermanentWidget(self.head_code_button)
        else:
            self.head_code_label.hide()
            self.head_code_button.hide()
        if self._desk.auth.device_secret_warning:  # one plain sentence; the technical detail is on Administration
            self.warning_label.setObjectName("deviceSecretWarning")
            self.warning_label.setStyleSheet(
                "QLabel#deviceSecretWarning { color: #5c4300; background: #fff4d6; padding: 1px 6px; }"
            )
            self.warning_label.setText(
                self.tr("This computer keeps its security key in a file: keep the data folder safe (Administration).")
            )
            bar.addPermanentWidget(self.warning_label, 1)
        else:
            self.warning_label.hide()
        from reception_app.ui.shell.office_status import OfficeStatusIndicator

        self.office_status = OfficeStatusIndicator(bar, self._desk, self._runner)  # office mode only (issue 21)

    def _connect_signals(self) -> None:
        self.nav_view.clicked.connect(self._on_nav_view_clicked)
        self.nav_view.activated.connect(self._on_nav_view_clicked)
        self.nav_view.selectionModel().currentChanged.connect(self._on_nav_view_clicked)  # arrow keys
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.cases_page.open_requested.connect(self.open_case)
        self.intake_page.case_saved.connect(self._on_intake_page_case_saved)
        self.intake_page.print_receipt_requested.connect(self.print_receipt)
        self.intake_page.open_case_requested.connect(self._open_case_uid)
        self.intake_page.record_requested.connect(self.open_reception_record)
        self.intake_action.triggered.connect(self._on_intake_action_triggered)
        self.overdue_action.triggered.connect(self._on_overdue_action_triggered)
        self.overdue_button.clicked.connect(self._on_overdue_action_triggered)
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.logbook_action.triggered.connect(self._on_logbook_action_triggered)
        self.logout_action.triggered.connect(self._on_logout_action_triggered)
        self.backup_action.triggered.connect(self.backups.back_up_now)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.head_code_button.clicked.connect(self._on_head_code_button_clicked)
        self.model.load_failed.connect(lambda message: self.statusBar().showMessage(message, 10_000))

    # --- slots --------------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_nav_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
            page = NavPage(int(index.data(Qt.ItemDataRole.UserRole)))
            if page is not self.current_page() or self.sender() is not self.nav_view.selectionModel():
                self.show_page(page)

    @Slot()
    def _on_intake_action_triggered(self) -> None:
        self.show_page(NavPage.INTAKE)
        self.intake_page.focus_first_field()

    @Slot()
    def _on_overdue_action_triggered(self) -> None:
        self.show_page(NavPage.CASES)
        self.cases_page.show_overdue()
        self.table.setFocus()

    @Slot()
    def _on_search_action_triggered(self) -> None:
        self.show_page(NavPage.CASES)
        self.cases_page.focus_search()

    def _start_day_timer(self) -> QTimer:
        """A window left open over midnight: when the office date changes, "overdue" changes with it."""
        timer = QTimer(self)
        timer.setInterval(60_000)
        timer.timeout.connect(self.check_new_day)
        timer.start()
        return timer

    @Slot()
    def check_new_day(self) -> None:
        """Once a minute: if the office date moved on (midnight, or the PC's clock was set), recount overdue
        cases and reload the list so its overdue marks follow the new day."""
        today = self._desk.today()
        if today == self._day:
            return
        self._day = today
        self.refresh_overdue_badge()
        self.model.refresh()

    def refresh_overdue_badge(self) -> None:
        """Count open cases past their due date (bounded) on the DB thread; show it in the status bar."""
        desk = self._desk
        self._runner.run(lambda: desk.handling.overdue_badge(), self._on_badge, lambda _e: None, context=self)

    def _on_badge(self, badge: Badge) -> None:
        self.overdue_button.setText(self.tr("%1 overdue").replace("%1", badge.text))
        self.overdue_button.setVisible(badge.count > 0)

    def _on_intake_page_case_saved(self, _uid: str, number: str) -> None:
        self.model.refresh()  # the new case is the top row
        self.statusBar().showMessage(self.tr("Case %1 saved.").replace("%1", number), 10_000)

    def _open_case_uid(self, uid: str) -> None:
        desk = self._desk
        self._runner.run(lambda: desk.cases.get_case(uid), self._on_case_loaded, self._on_task_failed, context=self)

    def open_reception_record(self, uid: str) -> None:
        """Open case ``uid`` and its reception record dialog (the statement read back, large font)."""
        desk = self._desk
        self._runner.run(
            lambda: desk.cases.get_case(uid),
            lambda detail: self._show_case(detail).record_action.trigger(),
            self._on_task_failed,
            context=self,
        )

    def open_case(self, index: QModelIndex) -> None:
        """Load the case at ``index`` on the DB thread and show it read-only (identities masked)."""
        uid = index.data(CaseUidRole) if index.isValid() else None
        if not isinstance(uid, str):
            return
        desk = self._desk
        self._runner.run(lambda: desk.cases.get_case(uid), self._on_case_loaded, self._on_task_failed, context=self)

    def print_receipt(self, uid: str) -> None:
        """Issue the receipt of case ``uid`` on the DB thread and open its print preview.

        Right after intake, the first receipt's citizen and file copies carry the identities as the officer typed
        them (no reveal needed, ARCHITECTURE §4); any later print is masked unless a supervisor reveals.
        """
        desk = self._desk
        typed = self.intake_page.take_intake_identities(uid)
        self._runner.run(
            lambda: desk.documents.issue_receipt(uid, intake_identities=typed),
            self._on_receipt_ready,
            self._on_task_failed,
            context=self,
        )

    def _on_receipt_ready(self, doc: IssuedDocument) -> None:
        self._preview(doc, self.tr("Receipt %1").replace("%1", doc.number))

    def show_shortcuts(self) -> None:
        """F1: the keyboard shortcut sheet (one, reused)."""
        if self.shortcut_sheet is None:
            self.shortcut_sheet = ShortcutSheet(self)
        self.shortcut_sheet.show()
        self.shortcut_sheet.raise_()
        self.shortcut_sheet.activateWindow()

    def _on_case_loaded(self, detail: CaseDetail) -> None:
        self._show_case(detail)

    def _show_case(self, detail: CaseDetail) -> CaseDetailDialog:
        dialog = CaseDetailDialog(detail, self, desk=self._desk, runner=self._runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lock.register(dialog)
        dialog.case_changed.connect(self._on_case_changed)
        dialog.open()
        self.case_opened.emit(detail.uid)
        return dialog

    def _on_case_changed(self, uid: str) -> None:
        self.model.reload_case(uid)  # new status and due date, the list keeps its place
        self.refresh_overdue_badge()

    @Slot()
    def _on_logbook_action_triggered(self) -> None:
        self.show_page(NavPage.LOGBOOK)

    def _on_logbook_document_ready(self, doc: IssuedDocument) -> None:
        if self._preview(doc, self.tr("Logbook %1").replace("%1", doc.number)):
            self.logbook_ready.emit(doc.number)

    def _preview(self, doc: IssuedDocument, title: str) -> bool:
        try:
            preview = PrintPreviewDialog(doc.pdf, title, self, allow_save=not doc.shows_identity)
        except PdfLoadError:
            log.error("preview could not load document %s", doc.kind.value)
            self.statusBar().showMessage(self.tr("The document could not be shown."), 10_000)
            return False
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.destroyed.connect(self._on_preview_destroyed)
        preview.open()
        return True

    def _on_preview_destroyed(self) -> None:
        self.preview = None

    @Slot()
    def _on_logout_action_triggered(self) -> None:
        self.logout_action.setEnabled(False)
        self.backups.cancel()  # a running backup stops within one step; the partial copy is removed
        self.intake_page.save_draft_now()  # runs on the DB thread before the logout below
        self._runner.run(self._desk.auth.logout, self._on_desk_logged_out, self._on_task_failed, context=self)

    @Slot()
    def _on_head_code_button_clicked(self) -> None:
        """Compare a head code written down at an earlier supervisor login (off the desk) with the chain."""
        code, ok = QInputDialog.getText(
            self, self.tr("Audit head code"), self.tr("Code noted at an earlier supervisor login (e.g. 1234-89ABCDEF):")
        )
        if not ok or not code.strip():
            return
        desk = self._desk
        self._runner.run(
            lambda: desk.security.check_head_code(code), self._on_head_code_checked, self._on_task_failed, context=self
        )

    def _on_head_code_checked(self, found: bool) -> None:
        if found:
            self.statusBar().showMessage(self.tr("The noted code is in the audit log: no rollback since then."), 15_000)
        else:
            QMessageBox.critical(
                self,
                self.tr("Audit head code"),
                self.tr(
                    "The noted code is NOT in the audit log: the data was replaced or rewritten since it was noted."
                    " Do not use this desk for sealed data; report it."
                ),
            )

    @Slot()
    def _on_restore_action_triggered(self) -> None:
        self.backups.cancel()
        dialog = RestoreDialog(self._desk, self._runner, self)
        dialog.restored.connect(lambda: self._on_desk_logged_out(None))
        dialog.open()

    def _on_scheduled_backup_done(self, info: object) -> None:
        if info is not None:
            self.statusBar().showMessage(self.tr("Daily encrypted backup made."), 10_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.intake_page.save_draft_now()  # queued before the logout or shutdown the close leads to
        self.office_status.stop()
        self.jobs.shutdown()  # cancels a running backup and waits for its thread (one step)
        super().closeEvent(event)

    def _on_desk_logged_out(self, _result: object) -> None:
        self.was_logged_out = True
        self.logged_out.emit()
        self.close()

    def _on_task_failed(self, exc: BaseException) -> None:
        self.logout_action.setEnabled(True)
        message = error_text(
            exc, self.tr("Something went wrong. Details are in the log."), log_as="main window task failed"
        )
        self.statusBar().showMessage(message, 10_000)
