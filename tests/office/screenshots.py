"""Status bar of an office desk, online, offline and refused, in Vietnamese: ``python -m tests.office.screenshots``.

Writes docs/screenshots/office_status_*.png: online, offline, refused, server restored, push stopped (the real main
window on a throwaway desk; the office state is given, no server needed).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from reception_app.models.clock import OFFICE_TZ, ManualClock
from reception_app.services.office import OfficeStatus
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.app_window import MainWindow
from tests.factories import OFFICER, draft, set_up_world

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def main(out_dir: Path = OUT) -> None:
    from reception_app.ui.common.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, os.environ.get("SCREENSHOT_LANGUAGE", "vi"))  # type: ignore[arg-type]
    clock = ManualClock(datetime(2026, 11, 20, 9, 40, tzinfo=OFFICE_TZ))
    with tempfile.TemporaryDirectory() as tmp:
        world = set_up_world(Path(tmp), clock=clock)
        world.desk.auth.login(OFFICER.username, OFFICER.password)
        for _ in range(3):
            world.desk.cases.create_case(draft())
        window = MainWindow(world.desk, SyncTaskRunner())
        window.resize(1200, 700)
        now = clock.now()
        shots = {
            "office_status_online.png": OfficeStatus(True, True, 0, None, now - timedelta(seconds=20)),
            "office_status_offline.png": OfficeStatus(
                True, False, 7, now - timedelta(minutes=28), now - timedelta(minutes=30)
            ),
            "office_status_refused.png": OfficeStatus(
                True,
                True,
                2,
                None,
                now - timedelta(minutes=12),
                refused="Vai trò desk_a chưa là một bàn tiếp của văn phòng: chạy 'reception-app server add-desk'.",
            ),
            "office_status_restored.png": OfficeStatus(
                True, True, 12, None, now - timedelta(seconds=5), server_behind=True
            ),
            "office_status_push_stopped.png": OfficeStatus(
                True, True, 3, None, now - timedelta(seconds=5), push_stopped_at=41
            ),
        }
        for name, status in shots.items():
            window.office_status.show_status(status, clock)
            window.show()
            for _ in range(5):
                QApplication.processEvents()
            bar = window.statusBar()
            bar.grab().save(str(out_dir / name))
            print(out_dir / name)
        window.office_status.stop()
        window.close()
        world.desk.auth.logout()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
