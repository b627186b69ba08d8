"""Administration, "Audit log" tab: the chain newest first, a filter, and "Verify chain" (walked on the job thread)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.ui.admin.admin_audit_model import AuditTableModel, Column
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.jobs import SyncJobRunner
from reception_app.ui.common.long_job_progress import LongJobProgress
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk, VerifyJob, VerifyOutcome
    from reception_app.ui.common.jobs import JobProgress, Jobs
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)


class AuditTab(QWidget):
    """The audit log (supervisor/admin sessions only). The first page loads when the tab is first shown.

    "Verify chain" runs like a backup (issue 20): a quick prepare on the DB thread, the long walk on the job
    thread (``jobs``) with its own connection, so saves and searches go on meanwhile, and a short finish on the
    DB thread.

    Args:
        desk: the services facade.
        runner: the DB-thread task runner.
        show_reasons: show reveal reasons (supervisor sessions).
        parent: Qt parent.
        jobs: the long-job runner (the main window's); None runs the walk inline (tests).

    Signals:
        verified(bool): "Verify chain" finished; payload = the chain and checkpoints are intact.
    """

    verified = Signal(bool)

    def __init__(
        self,
        desk: Desk,
        runner: Runner,
        *,
        show_reasons: bool,
        parent: QWidget | None = None,
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._jobs: Jobs = jobs if jobs is not None else SyncJobRunner()
        self._started = False
        self._verify_job: LongJobProgress | None = None
        self.model = AuditTableModel(desk, runner, show_reasons=show_reasons, parent=self)
        self.action_edit = QLineEdit(self)
        self.action_edit.setPlaceholderText(self.tr("e.g. reveal, login, user_"))
        self.action_edit.setMaxLength(64)
        self.action_edit.setClearButtonEnabled(True)
        self.actor_edit = QLineEdit(self)
        self.actor_edit.setPlaceholderText(self.tr("username"))
        self.actor_edit.setMaxLength(64)
        self.actor_edit.setClearButtonEnabled(True)
        self.filter_button = QPushButton(self.tr("&Filter"), self)
        self.more_button = QPushButton(self.tr("Load &older entries"), self)
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setToolTip(
            self.tr("Recompute every link of the hash chain and check the supervisors' signed checkpoints.")
        )
        self.table = QTableView(self)
        self.status_label = PlainTextLabel("", self)
        self.verify_label = PlainTextLabel("", self, word_wrap=True, selectable=True)
        self.verify_label.setObjectName("verifyResult")
        self._build_layout()
        self._connect_signals()

    def _build_layout(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in (
            (Column.SEQ, 7),
            (Column.TIME, 20),
            (Column.ACTOR, 16),
            (Column.ACTION, 58),  # a sentence: "Mở khóa danh tính hồ sơ 2026-00301 — lý do: …"
            (Column.CASE, 14),
        ):
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(Column.DETAILS, QHeaderView.ResizeMode.Stretch)

        filters = QHBoxLayout()
        action_label = QLabel(self.tr("A&ction contains:"), self)
        action_label.setBuddy(self.action_edit)
        actor_label = QLabel(self.tr("&User:"), self)
        actor_label.setBuddy(self.actor_edit)
        filters.addWidget(action_label)
        filters.addWidget(self.action_edit, 2)
        filters.addWidget(actor_label)
        filters.addWidget(self.actor_edit, 1)
        filters.addWidget(self.filter_button)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verify_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.verify_label.hide()
        self.more_button.setEnabled(False)
        self.setTabOrder(self.action_edit, self.actor_edit)
        self.setTabOrder(self.actor_edit, self.filter_button)
        self.setTabOrder(self.filter_button, self.verify_button)
        self.setTabOrder(self.verify_button, self.table)
        self.setTabOrder(self.table, self.more_button)

    def _connect_signals(self) -> None:
        self.filter_button.clicked.connect(self._on_filter_button_clicked)
        self.action_edit.returnPressed.connect(self._on_filter_button_clicked)
        self.actor_edit.returnPressed.connect(self._on_filter_button_clicked)
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.load_failed.connect(self._on_model_load_failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.refresh()

    def refresh(self) -> None:
        """Load the newest entries again (keeps the filter)."""
        self._started = True
        self.model.refresh()

    def invalidate(self) -> None:
        """New entries were written: reload now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._started = False

    # --- slots --------------------------------------------------------------------------------------

    @Slot()
    def _on_filter_button_clicked(self) -> None:
        self._started = True
        self.model.set_filter(self.action_edit.text(), self.actor_edit.text())

    @Slot()
    def _on_more_button_clicked(self) -> None:
        self.model.fetchMore(QModelIndex())

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(self.tr("Verifying the whole chain…"))
        self.verify_label.show()
        job = LongJobProgress(self, self.tr("Verifying the whole chain…"), self.tr("Verify chain"))
        self._verify_job = job
        self._runner.run(
            self._desk.audit.prepare_verify, self._on_verify_prepared, self._on_verify_failed, context=self
        )

    def _on_verify_prepared(self, prepared: VerifyJob) -> None:
        job = self._verify_job
        if job is None:
            return

        def walk(_progress: JobProgress, stop: Callable[[], bool]) -> VerifyOutcome:  # on the job thread
            return prepared.run(job.report, lambda: job.cancelled() or stop())

        self._jobs.run(walk, self._on_verify_walked, self._on_verify_failed, context=self)

    def _on_verify_walked(self, outcome: VerifyOutcome) -> None:
        finish = lambda: self._desk.audit.finish_verify(outcome)  # noqa: E731
        self._runner.run(finish, self._on_verify_done, self._on_verify_failed, context=self)

    def _end_verify_job(self) -> None:
        job, self._verify_job = self._verify_job, None
        if job is not None:
            job.finish()

    def _on_verify_done(self, report: object) -> None:
        self._end_verify_job()
        self.verify_button.setEnabled(True)
        ok = bool(getattr(report, "ok", False))
        if ok:
            text = (
                self.tr("Chain intact. Entries checked: %1. Signed checkpoints valid: %2.")
                .replace("%1", str(getattr(report, "entries", 0)))
                .replace("%2", str(getattr(report, "checkpoints", 0)))
            )
            self.verify_label.setStyleSheet("QLabel#verifyResult { color: #0b6b1f; font-weight: bold; }")
        else:
            text = (
                self.tr("Chain BROKEN. First broken link: entry #%1 (%2). Report this to a supervisor.")
                .replace("%1", str(getattr(report, "first_broken_seq", "?")))
                .replace("%2", str(getattr(report, "problem", "")))
            )
            self.verify_label.setStyleSheet("QLabel#verifyResult { color: #b00020; font-weight: bold; }")
        self.verify_label.setText(text)
        self.verified.emit(ok)

    def _on_verify_failed(self, exc: BaseException) -> None:
        self._end_verify_job()
        self.verify_button.setEnabled(True)
        text = error_text(
            exc, self.tr("The check could not run. Details are in the log."), log_as="audit verify failed"
        )
        self.verify_label.setStyleSheet("QLabel#verifyResult { color: #b00020; }")
        self.verify_label.setText(text)

    @Slot(bool)
    def _on_model_loading_changed(self, loading: bool) -> None:
        self.more_button.setEnabled(not loading and self.model.has_more())
        if loading:
            self.status_label.setText(self.tr("Loading…"))

    @Slot(int)
    def _on_model_page_loaded(self, rows: int) -> None:
        self.more_button.setEnabled(self.model.has_more())
        action, actor = self.model.filters()
        if not self.model.has_more():
            self.status_label.setText(self.tr("Entries shown: %1 (end of the log).").replace("%1", str(rows)))
        elif action or actor:
            self.status_label.setText(
                self.tr("Matching entries: %1, searched back to entry #%2. Load older entries to search further.")
                .replace("%1", str(rows))
                .replace("%2", str(self.model.scanned_to()))
            )
        else:
            self.status_label.setText(
                self.tr("Entries shown: %1, newest first; scroll down for more.").replace("%1", str(rows))
            )

    @Slot(str)
    def _on_model_load_failed(self, message: str) -> None:
        self.status_label.setText(self.tr("Not loaded: %1").replace("%1", message))
