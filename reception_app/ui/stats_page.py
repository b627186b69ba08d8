"""The statistics page: choose a period, compute on the DB thread (progress, cancel), read the tables and
charts, export XLSX / PDF or save a chart as PNG for a report."""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QObject, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import CaseKind, Decision
from reception_app.models.errors import KnownError
from reception_app.models.report import Period, StatisticsReport, month, quarter, reporting_period, year
from reception_app.services.reports import ExportCancelled, compute_statistics, statistics_pdf, statistics_xlsx
from reception_app.ui.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.tasks import Runner

log = logging.getLogger(__name__)


def _n(value: int) -> str:
    """1.234.567: the Vietnamese thousands separator."""
    return f"{value:,}".replace(",", ".")


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class _Progress(QObject):
    """Carries progress from the DB thread to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class StatisticsPage(QWidget):
    """Periodic statistics for supervisors and admins.

    Signals:
        computed(object): a report arrived (``StatisticsReport``).
    """

    computed = Signal(object)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.report: StatisticsReport | None = None
        today = today or date.today()
        self.kind_combo = QComboBox(self)
        for key, text in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("r6", self.tr("Reporting period: 6 months (15/12–14/6)")),
            ("r12", self.tr("Reporting period: year (15/12–14/12)")),
            ("custom", self.tr("Custom dates")),
        ):
            self.kind_combo.addItem(text, key)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.number_spin = QSpinBox(self)
        self.number_spin.setRange(1, 12)
        self.number_spin.setValue(today.month)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit, value in ((self.date_from, today.replace(day=1)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate(value.year, value.month, value.day))
        self.compute_button = QPushButton(self.tr("&Compute"), self)
        self.compute_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress = QProgressBar(self)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"), self)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"), self)
        self.png_button = QPushButton(self.tr("Save charts as &PNG…"), self)
        self.title_label = PlainTextLabel("", self, word_wrap=True)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.message = MessageLabel(self)
        self.table_model = QStandardItemModel(0, 2, self)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kind_chart = QChartView(self)
        self.decision_chart = QChartView(self)
        for view in (self.kind_chart, self.decision_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
        self._lay_out()
        self._set_busy(False)
        for button in (self.xlsx_button, self.pdf_button, self.png_button):
            button.setEnabled(False)
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.png_button.clicked.connect(self._on_png_button_clicked)
        self._progress.changed.connect(self._on_progress)
        self._on_kind_changed()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (self.kind_combo, self.year_spin, self.number_spin, self.date_from, self.date_to):
            top.addWidget(widget)
        top.addWidget(self.compute_button)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        exports = QHBoxLayout()
        exports.addWidget(self.title_label, 1)
        for button in (self.png_button, self.xlsx_button, self.pdf_button):
            exports.addWidget(button)
        grid = QGridLayout()
        grid.addWidget(self.table, 0, 0, 2, 1)
        grid.addWidget(self.kind_chart, 0, 1)
        grid.addWidget(self.decision_chart, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(exports)
        layout.addLayout(grid, 1)

    # --- period -------------------------------------------------------------------------------------

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.number_spin.setVisible(kind in ("month", "quarter"))
        self.number_spin.setRange(1, 4 if kind == "quarter" else 12)
        self.year_spin.setVisible(kind != "custom")
        self.date_from.setVisible(kind == "custom")
        self.date_to.setVisible(kind == "custom")

    def period(self) -> Period:
        kind = self.kind_combo.currentData()
        y, n = self.year_spin.value(), self.number_spin.value()
        if kind == "month":
            return month(y, n)
        if kind == "quarter":
            return quarter(y, n)
        if kind == "year":
            return year(y)
        if kind in ("r6", "r12"):
            return reporting_period(y, 6 if kind == "r6" else 12)
        start = _day(self.date_from)
        end = _day(self.date_to)
        return Period(
            start, end, self.tr("From %1 to %2").replace("%1", f"{start:%d/%m/%Y}").replace("%2", f"{end:%d/%m/%Y}")
        )

    # --- compute ------------------------------------------------------------------------------------

    @Slot()
    def compute(self) -> None:
        try:
            period = self.period()
        except ValueError:
            self.message.show_message(self.tr("The end date is before the start date."))
            return
        self.message.clear_message()
        self._cancel.clear()
        self._set_busy(True)
        desk, signal, cancel = self._desk, self._progress.changed, self._cancel
        self._runner.run(
            lambda: compute_statistics(desk, period, progress=signal.emit, cancelled=cancel.is_set),
            self._on_computed,
            self._on_failed,
            context=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ExportCancelled):
            self.message.show_message(self.tr("Cancelled."))
        elif isinstance(exc, KnownError):
            self.message.show_message(exc.text())
        else:
            log.error("statistics failed: %s", type(exc).__name__)
            self.message.show_message(self.tr("The statistics could not be computed. Details are in the log."))

    def _on_computed(self, report: StatisticsReport) -> None:
        self._set_busy(False)
        self.report = report
        p = report.period
        self.title_label.setText(
            self.tr("%1: %2 cases received (from %3 to %4)")
            .replace("%1", p.label)
            .replace("%2", _n(report.total))
            .replace("%3", f"{p.start:%d/%m/%Y}")
            .replace("%4", f"{p.end:%d/%m/%Y}")
        )
        self.table_model.clear()
        self.table_model.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Count")])
        for heading, items in report.sections():
            head = QStandardItem(heading)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.table_model.appendRow([head, QStandardItem("")])
            for label, count in items:
                value = QStandardItem(_n(count))
                value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table_model.appendRow([QStandardItem("    " + label), value])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._draw_charts(report)
        for button in (self.xlsx_button, self.pdf_button, self.png_button):
            button.setEnabled(True)
        self.computed.emit(report)

    def _draw_charts(self, report: StatisticsReport) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Cases by kind"))
        bars = QBarSet(self.tr("Cases"))
        kinds = list(reversed(CaseKind))  # the chart draws from the bottom up: read top-down in enum order
        bars.append([float(report.by_kind.get(k, 0)) for k in kinds])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([k.label for k in kinds])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setRange(0, max([*report.by_kind.values(), 1]) * 1.15)
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().setVisible(False)
        self.kind_chart.setChart(chart)
        pie_chart = QChart()
        pie_chart.setTitle(self.tr("Handling decisions"))
        pie = QPieSeries()
        for decision in Decision:
            count = report.by_decision.get(decision, 0)
            if count:
                pie.append(f"{decision.label} ({_n(count)})", float(count))
        pie_chart.addSeries(pie)
        pie_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.decision_chart.setChart(pie_chart)

    # --- exports ------------------------------------------------------------------------------------

    def _ask_path(self, caption: str, suffix: str, filt: str) -> Path | None:
        name = (
            f"bao-cao-{self.report.period.start:%Y%m%d}-{self.report.period.end:%Y%m%d}{suffix}" if self.report else ""
        )
        path, _ = QFileDialog.getSaveFileName(self, caption, name, filt)
        if not path:
            return None
        return Path(path if path.endswith(suffix) else path + suffix)

    @Slot()
    def _on_xlsx_button_clicked(self) -> None:
        path = self._ask_path(self.tr("Export statistics"), ".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export_xlsx(path)

    def export_xlsx(self, path: Path) -> None:
        report, desk = self.report, self._desk
        if report is None:
            return
        self._runner.run(
            lambda: statistics_xlsx(desk, report, path), lambda _r: self._saved(path), self._on_failed, context=self
        )

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        path = self._ask_path(self.tr("Export statistics"), ".pdf", self.tr("PDF document (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def export_pdf(self, path: Path) -> None:
        report, desk = self.report, self._desk
        if report is None:
            return

        def task() -> None:
            data = statistics_pdf(desk, report)
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(data)
            tmp.replace(path)

        self._runner.run(task, lambda _r: self._saved(path), self._on_failed, context=self)

    @Slot()
    def _on_png_button_clicked(self) -> None:
        path = self._ask_path(self.tr("Save charts"), ".png", self.tr("PNG image (*.png)"))
        if path is not None:
            self.save_charts_png(path)

    def save_charts_png(self, path: Path) -> bool:
        """Both charts side by side in one image, ready to paste into a report."""
        left, right = self.kind_chart.grab(), self.decision_chart.grab()
        image = QPixmap(left.width() + right.width(), max(left.height(), right.height()))
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawPixmap(0, 0, left)
        painter.drawPixmap(left.width(), 0, right)
        painter.end()
        ok = image.save(str(path))
        if ok:
            self._saved(path)
        else:
            self.message.show_message(self.tr("The image could not be saved there."))
        return ok

    def _saved(self, path: Path) -> None:
        self.message.clear_message()
        self.title_label.setText(
            self.title_label.full_text().split("\n")[0] + "\n" + self.tr("Saved: %1").replace("%1", path.name)
        )
