"""The statistics page computes on the runner (progress, cancel), shows numbers and charts, and exports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from reception_app.models.enums import CaseKind
from reception_app.models.periods import year_period
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.statistics.statistics_page import COUNT_ROLE, StatisticsPage
from tests.factories import CANARY_ID, CANARY_NAME, DeskWorld
from tests.services.test_statistics_service import TODAY, build_world
from tests.ui.helpers import DeferredRunner, all_texts


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DeskWorld]:
    world = build_world(tmp_path_factory.mktemp("stats-page"), cases=150, seed=2)
    yield world
    world.desk.close()


def _page(qtbot: QtBot, world: DeskWorld, runner: object | None = None) -> StatisticsPage:
    page = StatisticsPage(world.desk, runner or SyncTaskRunner(), today=TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _choose_year(page: StatisticsPage, year: int) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("year"))
    page.year_spin.setValue(year)


def _counts(page: StatisticsPage) -> dict[str, int]:
    model = page.table_model
    out: dict[str, int] = {}
    for r in range(model.rowCount()):
        value = model.item(r, 1).data(COUNT_ROLE)
        if value is not None:
            out.setdefault(model.item(r, 0).text().strip(), int(value))
    return out


def test_compute_shows_the_numbers_and_charts(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = _page(qtbot, world)
    _choose_year(page, 2026)
    steps: list[tuple[int, int]] = []
    page._progress.changed.connect(lambda d, t: steps.append((d, t)))
    with qtbot.waitSignal(page.computed, timeout=5000) as blocker:
        page.compute_button.click()
    report = blocker.args[0]
    expected = world.desk.statistics.compute(year_period(2026))
    assert report.total == expected.total > 0
    assert steps[-1] == (3, 3)  # the twelve whole months from the cube (migration V7) + 2 visit queries
    assert not page.progress_bar.isVisible()
    counts = _counts(page)
    assert counts["Cases received in the period"] == expected.total
    assert counts[CaseKind.DENUNCIATION.label] == expected.by_kind.get(CaseKind.DENUNCIATION, 0)
    assert counts["Số lượt tiếp"] == expected.reception.visits
    assert f"{expected.total:,}".replace(",", ".") in page.title_label.full_text()
    assert page.cut_off_label.full_text() == "Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026"
    bars = page.kind_chart.chart().series()[0]
    assert sum(sum(s.at(i) for i in range(s.count())) for s in bars.barSets()) == expected.total
    pie = page.decision_chart.chart().series()[0]
    assert round(pie.sum()) == expected.total
    texts = all_texts(page)
    assert not any(CANARY_NAME in t or CANARY_ID in t for t in texts)
    # exports through the same runner
    with qtbot.waitSignal(page.exported):
        page.export_xlsx(tmp_path / "r.xlsx")
    total = [r for r in load_workbook(tmp_path / "r.xlsx")["02-XLD"].iter_rows(values_only=True) if r[1] == "TỔNG CỘNG"]
    assert total[0][2] == expected.total
    page.export_pdf(tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert page.save_charts_png(tmp_path / "charts.png")
    assert (tmp_path / "charts.png").stat().st_size > 5000
    page.copy_charts()
    assert not QGuiApplication.clipboard().pixmap().isNull()


def test_cancel_keeps_the_page_usable(qtbot: QtBot, world: DeskWorld) -> None:
    runner = DeferredRunner()
    page = _page(qtbot, world, runner)
    _choose_year(page, 2025)
    page.compute_button.click()
    assert page.cancel_button.isVisible()
    assert not page.compute_button.isEnabled()
    page.compute_button.click()  # ignored while busy
    assert len(runner.jobs) == 1
    page.cancel_button.click()
    runner.deliver()
    assert page.report is None
    assert "Cancelled" in page.message.full_text()
    assert page.compute_button.isEnabled()
    assert not page.xlsx_button.isEnabled()


def test_periods_from_the_pickers(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("reporting"))
    page.year_spin.setValue(2026)
    assert (page.period().start, page.period().end) == (date(2025, 12, 15), date(2026, 12, 14))
    page.part_combo.setCurrentIndex(page.part_combo.findData("6m"))
    assert page.period().end == date(2026, 6, 14)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("month"))
    page.part_combo.setCurrentIndex(1)
    assert page.period().label == "Tháng 02 năm 2026"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("custom"))
    page.date_from.setDate(page.date_to.date().addDays(3))
    page.compute_button.click()
    assert page.message.full_text()
    assert page.report is None
