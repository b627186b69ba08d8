"""The statistics page computes on the runner, shows tables and charts, and exports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from reception_app.models.enums import CaseKind
from reception_app.ui.stats_page import StatisticsPage
from reception_app.ui.tasks import SyncTaskRunner
from tests.factories import CANARY_NAME, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world
from tests.ui.helpers import all_texts


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    desk = world.desk
    desk.login(OFFICER.username, OFFICER.password)
    for day, kind in enumerate([CaseKind.COMPLAINT, CaseKind.DENUNCIATION, CaseKind.DENUNCIATION], start=1):
        desk.create_case(replace(draft(), kind=kind, received_at=datetime(2026, 4, day, 10, 0)))
    desk.logout()
    desk.login(SUPERVISOR.username, SUPERVISOR.password)
    yield world
    desk.close()


def test_compute_shows_counts_charts_and_exports(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = StatisticsPage(world.desk, SyncTaskRunner(), today=date(2026, 4, 20))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("quarter"))
    page.number_spin.setValue(2)
    with qtbot.waitSignal(page.computed) as blocker:
        page.compute_button.click()
    report = blocker.args[0]
    assert report.total == 3
    assert report.by_kind[CaseKind.DENUNCIATION] == 2
    assert "3" in page.title_label.full_text()
    cells = [page.table_model.item(r, 1).text() for r in range(page.table_model.rowCount())]
    assert "2" in cells
    assert page.kind_chart.chart().series()
    assert page.decision_chart.chart().series()
    assert not any(CANARY_NAME in t for t in all_texts(page))
    page.export_xlsx(tmp_path / "q2.xlsx")
    sheet = load_workbook(tmp_path / "q2.xlsx")["Tổng hợp"]
    assert any(row[2].value == 3 for row in sheet.iter_rows())
    page.export_pdf(tmp_path / "q2.pdf")
    assert (tmp_path / "q2.pdf").read_bytes().startswith(b"%PDF")
    assert page.save_charts_png(tmp_path / "charts.png")
    assert (tmp_path / "charts.png").stat().st_size > 2000


def test_reversed_custom_range_is_refused_beside_the_button(qtbot: QtBot, world: DeskWorld) -> None:
    page = StatisticsPage(world.desk, SyncTaskRunner(), today=date(2026, 4, 20))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("custom"))
    page.date_from.setDate(page.date_to.date().addDays(5))
    page.compute_button.click()
    assert page.message.text()
    assert world.desk.session is not None  # nothing was computed, nothing broke
    assert page.report is None
