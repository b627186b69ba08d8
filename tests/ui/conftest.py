"""UI test fixtures: offscreen Qt, a fake desk, synchronous and threaded task runners."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reception_app.ui.common.tasks import SyncTaskRunner, TaskRunner
from tests.ui.fakes import FakeDesk
from tests.ui.helpers import DeferredRunner


@pytest.fixture
def desk() -> FakeDesk:
    return FakeDesk()


@pytest.fixture
def sync_runner() -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def deferred_runner() -> DeferredRunner:
    return DeferredRunner()


@pytest.fixture
def thread_runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


# The offscreen platform plugin warns whenever a shown top-level widget has size constraints; that is a
# limitation of the test platform, not of our widgets. Everything else still fails the test.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _scanner_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Intake pages read this PC's scanner port (ui/scan/id_scan.py): tests use a settings file of their own."""
    from PySide6.QtCore import QSettings

    from reception_app.ui.scan import id_scan

    path = tmp_path_factory.mktemp("settings") / "settings.ini"
    monkeypatch.setattr(id_scan, "app_settings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
