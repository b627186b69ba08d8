"""The security banner on the real desk: a rollback makes it loud; a supervisor acknowledges from it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.app_window import MainWindow
from tests.factories import OFFICER, SUPERVISOR, draft, set_up_world

SHOTS = os.environ.get("SECURITY_SHOTS")  # set to docs/screenshots to refresh security_rollback_banner.png


def _rolled_back(data_dir: Path):  # type: ignore[no-untyped-def]
    world = set_up_world(data_dir)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.cases.create_case(draft())
    world.desk.backup.scheduled()
    world.desk.cases.create_case(draft(subject="Sau sao lưu"))
    world.desk.auth.logout()
    backup = next((data_dir / "backups").iterdir())
    shutil.copyfile(backup / "reception.db", data_dir / "reception.db")
    return world


def test_rollback_banner_for_officer_and_supervisor(qtbot: QtBot, data_dir: Path) -> None:
    world = _rolled_back(data_dir)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    runner = SyncTaskRunner()
    window = MainWindow(world.desk, runner)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.security_banner
    assert banner.isVisible()
    assert world.desk.security.rollback is not None
    assert world.desk.security.rollback.problem in banner.message.full_text()
    assert not banner.acknowledge_button.isVisible()  # an officer cannot acknowledge
    window.close()
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    translators = []
    if SHOTS:  # the committed screenshot is in Vietnamese, the default language
        from PySide6.QtCore import QCoreApplication

        from reception_app.ui.common.i18n import install_translators

        translators = install_translators(QCoreApplication.instance(), "vi")  # type: ignore[arg-type]
    window = MainWindow(world.desk, runner)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1200, 500)
    window.show()
    qtbot.waitExposed(window)
    assert window.security_banner.acknowledge_button.isVisible()
    shot = Path(SHOTS) if SHOTS else data_dir
    window.grab().save(str(shot / "security_rollback_banner.png"))
    assert (shot / "security_rollback_banner.png").stat().st_size > 0
    if translators:
        from PySide6.QtCore import QCoreApplication

        from reception_app.ui.common.i18n import remove_translators

        remove_translators(QCoreApplication.instance(), translators)  # type: ignore[arg-type]
    window.security_banner.acknowledge_button.click()
    assert not world.desk.read_only
    assert not window.security_banner.isVisible()


def test_rotation_offered_after_revocation_and_runs_from_the_dialog(qtbot: QtBot, data_dir: Path) -> None:
    from reception_app.services import NewUser
    from reception_app.ui.shell.rotation_dialog import RotationDialog
    from tests.factories import ADMIN

    sup2 = NewUser("lanhdao2", "Phạm Lãnh Đạo Hai", "second-supervisor-1")
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.users.create_user(sup2)
    desk.users.grant_supervisor(sup2.username, sup2.password, SUPERVISOR.username, SUPERVISOR.password)
    desk.cases.create_case(draft())
    desk.users.deactivate_user(sup2.username)
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    runner = SyncTaskRunner()
    window = MainWindow(desk, runner)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.security_banner
    assert banner.isVisible()
    assert sup2.username in banner.message.full_text()
    assert banner.rotate_button.isVisible()
    assert not banner.repin_button.isVisible()
    translators = []
    if SHOTS:
        from PySide6.QtCore import QCoreApplication

        from reception_app.ui.common.i18n import install_translators

        translators = install_translators(QCoreApplication.instance(), "vi")  # type: ignore[arg-type]
    dialog = RotationDialog(desk, runner, window)  # what the rotate button opens
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(SUPERVISOR.password)
    dialog.start_button.click()
    assert dialog.progress.value() == dialog.progress.maximum()
    text = dialog.message.full_text()
    assert text.count("-") >= 7  # the new recovery code, shown once
    assert dialog.password.text() == ""

    assert desk.rotation.progress().phase == "none"  # shown, so confirmed
    shot = Path(SHOTS) if SHOTS else data_dir
    dialog.grab().save(str(shot / "security_rotation_done.png"))
    if translators:
        from PySide6.QtCore import QCoreApplication

        from reception_app.ui.common.i18n import remove_translators

        remove_translators(QCoreApplication.instance(), translators)  # type: ignore[arg-type]
