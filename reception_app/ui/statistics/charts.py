"""The two charts of the statistics page (and of the image pasted into a report): cases by kind and sector
family, and the handling decisions."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reception_app.models.statistics import SECTOR_FAMILIES, StatisticsReport, code_label, sector_family, short_label

# Soft, print-friendly colours (also readable in greyscale); one per sector family / decision slice.
PALETTE = ("#2f6db5", "#e08a2c", "#4c9a52", "#c94c4c", "#8a6bb8", "#5aa5b8", "#b58a2f", "#7f7f7f", "#d17fb0", "#3d3d8f")


def thousands(value: int) -> str:
    """1.234.567: the Vietnamese thousands separator."""
    return f"{value:,}".replace(",", ".")


def kind_chart(report: StatisticsReport, title: str) -> QChart:
    """Horizontal stacked bars: the cases of each kind, split by sector family."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    kinds = [k for k in report.codes("kind") if report.count(kind=k) or k in ("KN", "TC", "KNPA")]
    kinds.reverse()  # horizontal bars draw bottom-up: read top-down in the usual order
    cross = report.cross("kind", "sector")
    series = QHorizontalStackedBarSeries()
    for i, (family, label) in enumerate(SECTOR_FAMILIES):
        values = [
            float(sum(n for (k, s), n in cross.items() if k == kind and sector_family(str(s)) == family))
            for kind in kinds
        ]
        if not any(values):
            continue
        bar = QBarSet(label)
        bar.append(values)
        bar.setColor(QColor(PALETTE[i % len(PALETTE)]))
        bar.setBorderColor(QColor("white"))
        series.append(bar)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([code_label("kind", k) for k in kinds])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%d")
    axis_x.setRange(0, max([report.count(kind=k) for k in kinds] + [1]))
    axis_x.applyNiceNumbers()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def decision_chart(report: StatisticsReport, title: str) -> QChart:
    """A pie of the handling decisions, each slice labelled with its count and share."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    pie = QPieSeries()
    counts = report.by_decision
    total = max(report.total, 1)
    for code in report.codes("decision"):
        count = counts.get(code, 0)
        if count:
            share = round(100 * count / total)
            piece = pie.append(f"{short_label('decision', code)}: {thousands(count)} ({share}%)", float(count))
            piece.setColor(QColor(PALETTE[(len(pie.slices()) - 1) % len(PALETTE)]))
            piece.setBorderColor(QColor("white"))
    pie.setPieSize(0.85)
    chart.addSeries(pie)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def show_chart(view: QChartView, chart: QChart) -> None:
    """Show ``chart`` in ``view`` with the report look: white, square, bold title."""
    chart.setBackgroundRoundness(0)
    chart.setBackgroundBrush(QColor("white"))
    font = chart.titleFont()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    chart.setTitleFont(font)
    view.setBackgroundBrush(QColor("white"))
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
