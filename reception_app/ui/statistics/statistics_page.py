"""The statistics page: pick a period, compute on the DB thread (progress bar, cancel), read the summary table
and two charts (cases by kind and sector family; handling decisions), copy or save the charts as an image for
a report, export the periodic report to XLSX or PDF."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QChartView,
)
from PySide6.QtCore import QDate, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.periods import (
    Period,
    custom_period,
    month_period,
    quarter_period,
    reporting_period,
    year_period,
)
from reception_app.models.statistics import StatisticsReport
from reception_app.services import ExportService, StatisticsCancelled
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel
from reception_app.ui.statistics.charts import decision_chart, kind_chart, show_chart, thousands

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class _Progress(QObject):
    """Carries progress from the DB thread to the GUI thread (a queued signal across threads).

    Signals:
        changed(int, int): done, total.
    """

    changed = Signal(int, int)


class StatisticsPage(QWidget):
    """Periodic statistics for supervisors and admins.

    Signals:
        computed(object): a :class:`StatisticsReport` arrived and is shown.
        exported(str): a file was written (its name).
    """

    computed = Signal(object)
    exported = Signal(str)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._busy = False
        self.report: StatisticsReport | None = None
        self._today = today or desk.today()
        self._build()
        self._lay_out()
        self._connect_signals()
        self._on_kind_changed()
        self._set_busy(False)

    # --- construction ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        today = self._today
        self.kind_combo = QComboBox(self)
        for key, text in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("reporting", self.tr("Reporting period (15th to 14th)")),
            ("custom", self.tr("Custom dates")),
        ):
            self.kind_combo.addItem(text, key)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("quarter"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.part_combo = QComboBox(self)
        self.part_combo.setAccessibleName(self.tr("Part of the year"))
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit, value in ((self.date_from, today.replace(day=1)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate(value.year, value.month, value.day))
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        self.compute_button = QPushButton(self.tr("&Compute"), self)
        self.compute_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(220)
        self.title_label = PlainTextLabel("", self, word_wrap=True)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.cut_off_label = PlainTextLabel("", self, word_wrap=True)
        self.message = MessageLabel(self)
        self.table_model = QStandardItemModel(0, 2, self)
        self.table_model.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Count")])
        self.title_label.setText(  # guidance until the first report (not bare "1 | 2" headers)
            self.tr("Choose the period, then press “Compute”: the report's counts and charts appear here.")
        )
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumWidth(300)
        self.kind_chart = QChartView(self)
        self.decision_chart = QChartView(self)
        for view in (self.kind_chart, self.decision_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(360, 240)
        self.copy_button = QPushButton(self.tr("Copy c&harts"), self)
        self.copy_button.setToolTip(self.tr("Copy both charts as one image, to paste into a report"))
        self.png_button = QPushButton(self.tr("Save charts as &PNG…"), self)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"), self)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"), self)
        self._result_buttons = (self.copy_button, self.png_button, self.xlsx_button, self.pdf_button)
        for button in self._result_buttons:
            button.setEnabled(False)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        for widget in (self.kind_combo, self.year_spin, self.part_combo, self.date_from, self.date_to):
            top.addWidget(widget)
        top.addWidget(self.compute_button)
        top.addWidget(self.progress_bar)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title_label)
        heading.addWidget(self.cut_off_label)
        actions = QHBoxLayout()
        actions.addLayout(heading, 1)
        for button in self._result_buttons:
            actions.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(self.kind_chart)
        charts.addWidget(self.decision_chart)
        charts.setSizes([500, 500])
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.table)
        body.addWidget(charts)
        body.setSizes([380, 620])  # proportions: the charts get the larger share
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(body, 1)

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.copy_button.clicked.connect(self.copy_charts)
        self.png_button.clicked.connect(self._on_png_button_clicked)
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self._progress.changed.connect(self._on_progress_changed)

    # --- period ---------------------------------------------------------------------------------------------

    @Slot(int)
    def _on_kind_combo_changed(self, _index: int) -> None:
        self._on_kind_changed()

    def _on_kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.part_combo.clear()
        if kind == "month":
            for m in range(1, 13):
                self.part_combo.addItem(self.tr("Month %1").replace("%1", f"{m:02d}"), m)
            self.part_combo.setCurrentIndex(self._today.month - 1)
        elif kind == "quarter":
            for q, roman in enumerate(("I", "II", "III", "IV"), start=1):
                self.part_combo.addItem(self.tr("Quarter %1").replace("%1", roman), q)
            self.part_combo.setCurrentIndex((self._today.month - 1) // 3)
        elif kind == "reporting":
            for span, text in (
                ("q1", self.tr("Quarter I")),
                ("q2", self.tr("Quarter II")),
                ("q3", self.tr("Quarter III")),
                ("q4", self.tr("Quarter IV")),
                ("6m", self.tr("6 months")),
                ("9m", self.tr("9 months")),
                ("year", self.tr("Whole year")),
            ):
                self.part_combo.addItem(text, span)
            self.part_combo.setCurrentIndex(self.part_combo.count() - 1)
        self.part_combo.setVisible(kind in ("month", "quarter", "reporting"))
        self.year_spin.setVisible(kind != "custom")
        self.date_from.setVisible(kind == "custom")
        self.date_to.setVisible(kind == "custom")

    def period(self) -> Period:
        """The period the pickers describe.

        Raises:
            ValueError: the custom range ends before it starts.
        """
        kind = self.kind_combo.currentData()
        year = self.year_spin.value()
        part = self.part_combo.currentData()
        if kind == "month":
            return month_period(year, int(part))
        if kind == "quarter":
            return quarter_period(year, int(part))
        if kind == "year":
            return year_period(year)
        if kind == "reporting":
            return reporting_period(year, str(part))
        return custom_period(_day(self.date_from), _day(self.date_to))

    # --- compute --------------------------------------------------------------------------------------------

    @Slot()
    def compute(self) -> None:
        """Start computing the chosen period on the runner (refused beside the button if the range is wrong)."""
        if self._busy:
            return
        try:
            period = self.period()
        except ValueError:
            self.message.show_message(self.tr("The end date is before the start date."))
            return
        self.message.clear_message()
        self._cancel.clear()
        self._set_busy(True)
        service = self._desk.statistics
        emit, cancelled = self._progress.changed.emit, self._cancel.is_set
        self._runner.run(
            lambda: service.compute(period, progress=emit, cancelled=cancelled),
            self._on_computed,
            self._on_failed,
            context=self,
        )

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.compute_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress_bar.setVisible(busy)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        for button in self._result_buttons:
            button.setEnabled(not busy and self.report is not None)

    @Slot(int, int)
    def _on_progress_changed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, StatisticsCancelled):
            self.message.show_message(self.tr("Cancelled. The previous figures are still shown."))
        else:
            fallback = self.tr("The statistics could not be computed. Details are in the log.")
            self.message.show_message(error_text(exc, fallback, log_as="statistics task failed"))

    def _on_computed(self, report: StatisticsReport) -> None:
        self.report = report
        self._set_busy(False)
        p = report.period
        self.title_label.setText(
            self.tr("%1: %2 cases received, %3 receptions")
            .replace("%1", p.label)
            .replace("%2", thousands(report.total))
            .replace("%3", thousands(report.reception.visits))
        )
        self.cut_off_label.setText(p.cut_off_line)
        self._fill_table(report)
        self._draw_kind_chart(report)
        self._draw_decision_chart(report)
        self.computed.emit(report)

    def _fill_table(self, report: StatisticsReport) -> None:
        model = self.table_model
        model.clear()
        model.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Count")])

        def add(label: str, count: int | None, *, bold: bool = False, indent: bool = False) -> None:
            name = QStandardItem(("    " if indent else "") + label)
            value = QStandardItem("" if count is None else thousands(count))
            value.setData(count, COUNT_ROLE)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                for item in (name, value):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            model.appendRow([name, value])

        add(self.tr("Cases received in the period"), report.total, bold=True)
        add(self.tr("of which from groups of 5 or more"), report.group_cases, indent=True)
        for title, items in report.sections():
            add(title, None, bold=True)
            for label, count in items:
                add(label, count, indent=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    # --- charts ---------------------------------------------------------------------------------------------

    def _draw_kind_chart(self, report: StatisticsReport) -> None:
        show_chart(self.kind_chart, kind_chart(report, self.tr("Cases by kind and sector")))

    def _draw_decision_chart(self, report: StatisticsReport) -> None:
        show_chart(self.decision_chart, decision_chart(report, self.tr("Handling decisions")))

    def charts_image(self) -> QPixmap:
        """Both charts side by side on white, ready to paste into a report."""
        left, right = self.kind_chart.grab(), self.decision_chart.grab()
        image = QPixmap(left.width() + right.width(), max(left.height(), right.height()))
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawPixmap(0, 0, left)
        painter.drawPixmap(left.width(), 0, right)
        painter.end()
        return image

    @Slot()
    def copy_charts(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.charts_image())
        self.message.show_message(self.tr("The charts were copied. Paste them into your report."))

    def save_charts_png(self, path: Path) -> bool:
        ok = self.charts_image().save(str(path), "PNG")
        if ok:
            self._saved(path)
        else:
            self.message.show_message(self.tr("The image could not be saved there."))
        return ok

    # --- exports --------------------------------------------------------------------------------------------

    def _ask_path(self, suffix: str, file_filter: str) -> Path | None:
        report = self.report
        name = f"bao-cao-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}{suffix}" if report else ""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export statistics"), name, file_filter)
        if not path:
            return None
        return Path(path if path.lower().endswith(suffix) else path + suffix)

    @Slot()
    def _on_png_button_clicked(self) -> None:
        path = self._ask_path(".png", self.tr("PNG image (*.png)"))
        if path is not None:
            self.save_charts_png(path)

    @Slot()
    def _on_xlsx_button_clicked(self) -> None:
        path = self._ask_path(".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export_xlsx(path)

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        path = self._ask_path(".pdf", self.tr("PDF document (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def export_xlsx(self, path: Path) -> None:
        self._export(lambda service, report: service.statistics_xlsx(report, path), path)

    def export_pdf(self, path: Path) -> None:
        self._export(lambda service, report: service.statistics_pdf(report, path), path)

    def _export(self, job: Callable[[ExportService, StatisticsReport], Any], path: Path) -> None:
        report = self.report
        if report is None or self._busy:
            return
        service = self._desk.exports
        self._set_busy(True)
        self.cancel_button.setVisible(False)
        self._runner.run(lambda: job(service, report), lambda _r: self._saved(path), self._on_failed, context=self)

    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        self.message.show_message(self.tr("Saved: %1").replace("%1", path.name))
        self.exported.emit(path.name)
