"""After an identity-key rotation the backups made before it are listed with the advice to destroy them."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.old_backups_dialog import OldKeyBackupsDialog
from reception_app.ui.shell.rotation_dialog import RotationDialog
from tests.factories import OFFICER, SUPERVISOR, draft, set_up_world

SHOTS = os.environ.get("SECURITY_SHOTS")  # set to docs/screenshots to refresh security_old_backups.png


def test_backups_made_before_the_rotation_are_listed_with_the_advice(qtbot: QtBot, data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.cases.create_case(draft())
    desk.backup.scheduled()  # made with the key of today
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    runner = SyncTaskRunner()

    before = OldKeyBackupsDialog(desk, runner)  # nothing is old before a rotation
    qtbot.addWidget(before)
    assert before.model.rowCount() == 0
    assert not before.open_folder_button.isEnabled()
    assert before.status.full_text()

    translators = []
    if SHOTS:  # the committed screenshot is in Vietnamese, the default language
        from PySide6.QtCore import QCoreApplication

        from reception_app.ui.common.i18n import install_translators

        translators = install_translators(QCoreApplication.instance(), "vi")  # type: ignore[arg-type]
    rotation = RotationDialog(desk, runner)
    qtbot.addWidget(rotation)
    rotation.show()
    rotation.password.setText(SUPERVISOR.password)
    rotation.start_button.click()
    assert desk.rotation.progress().phase == "none"
    assert rotation.old_backups_button.isVisible()
    rotation.old_backups_button.click()
    dialog = rotation.findChild(OldKeyBackupsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    backups = desk.rotation.backups_with_old_key()
    assert len(backups) == 1
    assert dialog.model.stringList() == [backups[0].name]
    assert str(backups[0].parent) in dialog.status.full_text()
    assert dialog.open_folder_button.isEnabled()
    assert dialog.advice.full_text()
    assert "1" in dialog.status.full_text()
    shot = Path(SHOTS) if SHOTS else data_dir
    dialog.grab().save(str(shot / "security_old_backups.png"))
    assert (shot / "security_old_backups.png").stat().st_size > 0
    if translators:
        from PySide6.QtCore import QCoreApplication

        from reception_app.ui.common.i18n import remove_translators

        remove_translators(QCoreApplication.instance(), translators)  # type: ignore[arg-type]
        assert "Hủy" in dialog.advice.full_text() or "hủy" in dialog.advice.full_text()
    dialog.close()
    rotation.close()
    desk.auth.logout()
