"""The related-cases panel on the real Desk: debounced, stale answers dropped, never identity."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reception_app.services import Desk
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.intake.related_panel import RelatedCasesPanel
from tests.factories import CANARY_ADDRESS, CANARY_ID, CANARY_NAME, CANARY_PHONE, OFFICER, DeskWorld, set_up_world
from tests.factories import draft as make_draft
from tests.ui.helpers import DeferredRunner, all_texts

CANARIES = (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


def _model_texts(panel: RelatedCasesPanel) -> list[str]:
    m = panel.model
    return [m.text(r, c) for r in range(m.rowCount()) for c in range(m.columnCount())]


def _panel(qtbot: QtBot, desk: Desk, runner: object) -> RelatedCasesPanel:
    panel = RelatedCasesPanel(desk, runner)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_case_with_the_same_accused_is_listed_without_identity(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    earlier = desk.cases.create_case(make_draft(accused="Trần Văn Khoa", subject="Nhận tiền hồ sơ đất"))
    desk.cases.create_case(make_draft(accused="Lê Thị Mai", subject="Chậm cấp giấy phép xây dựng"))
    runner = SyncTaskRunner()
    panel = _panel(qtbot, desk, runner)
    typed = make_draft(accused="tran van khoa", subject="Việc khác hẳn", content="Nội dung mới")
    for _ in range(3):  # typing: one lookup once it pauses
        panel.set_draft(typed)
    assert runner.calls == 0
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=3000)
    assert runner.calls == 1
    (case,) = panel.related()
    assert case.uid == earlier.uid
    assert panel.model.text(0, 0) == desk.cases.get_case(earlier.uid).number
    assert "same accused" in panel.model.text(0, 4)
    texts = all_texts(panel) + _model_texts(panel)
    assert not [t for t in texts for c in CANARIES if c in t]
    assert any(desk.cases.get_case(earlier.uid).number in t for t in texts)  # the scan looks at the rows
    with qtbot.waitSignal(panel.open_requested, timeout=1000) as opened:
        panel.view.selectRow(0)
        panel.open_button.click()
    assert opened.args == [earlier.uid]


def test_stale_answers_are_dropped(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    khoa = desk.cases.create_case(make_draft(accused="Trần Văn Khoa"))
    mai = desk.cases.create_case(make_draft(accused="Lê Thị Mai", subject="Chậm cấp phép", content="Chậm cấp phép"))
    runner = DeferredRunner()
    panel = _panel(qtbot, desk, runner)
    panel.set_draft(make_draft(accused="Trần Văn Khoa"))
    panel.flush()
    panel.set_draft(make_draft(accused="Lê Thị Mai", subject="Chậm cấp phép", content="Chậm cấp phép"))
    panel.flush()
    assert len(runner.jobs) == 2
    runner.deliver(1)  # the newer answer first
    runner.deliver(0)  # then the older one: ignored
    assert [c.uid for c in panel.related()][0] == mai.uid
    assert khoa.uid not in [c.uid for c in panel.related()]


def test_set_case_and_an_empty_draft(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    first = desk.cases.create_case(make_draft(accused="Trần Văn Khoa"))
    second = desk.cases.create_case(make_draft(accused="Trần Văn Khoa"))
    runner = SyncTaskRunner()
    panel = _panel(qtbot, desk, runner)
    panel.set_case(second.uid)
    assert [c.uid for c in panel.related()] == [first.uid]
    panel.set_draft(make_draft(accused="", subject="", content=""))
    panel.flush()
    assert panel.model.rowCount() == 0
    assert panel.summary_label.text() == "No related case found."
