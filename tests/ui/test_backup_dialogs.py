"""The restore dialog against a real desk: refusals keep the dialog open; a good backup restores."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reception_app.ui.admin.backup_dialogs import RestoreDialog
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import ADMIN, DeskWorld, draft, set_up_world


def _world(data_dir: Path) -> DeskWorld:
    world = set_up_world(data_dir)
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    world.desk.cases.create_case(draft(subject="Trong bản sao lưu"))
    return world


def test_restore_dialog_refuses_then_restores(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    world = _world(data_dir)
    info = world.desk.backup.create(tmp_path / "usb")
    world.desk.cases.create_case(draft(subject="Sau sao lưu"))
    dialog = RestoreDialog(world.desk, SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()  # no folder yet
    assert "backup folder" in dialog.message.full_text()
    dialog.folder_edit.setText(str(info.path))
    dialog.username_edit.setText(ADMIN.username)
    dialog.password_edit.setText("wrong-password-1")
    dialog._on_buttons_accepted()
    assert "không mở được" in dialog.message.full_text()
    assert dialog.isEnabled()
    assert dialog.password_edit.text() == ""
    dialog.password_edit.setText(ADMIN.password)
    with qtbot.waitSignal(dialog.restored, timeout=5000):
        dialog._on_buttons_accepted()
    assert world.desk.session is None
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    assert [r.subject for r in world.desk.cases.list_cases().rows] == ["Trong bản sao lưu"]


def test_damaged_backup_message(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    world = _world(data_dir)
    info = world.desk.backup.create(tmp_path / "usb")
    (info.path / "reception.db").write_bytes(b"\0" * 100)
    dialog = RestoreDialog(world.desk, SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(info.path))
    dialog.by_code.setChecked(True)
    dialog.code_edit.setText(world.recovery_code)
    dialog._on_buttons_accepted()
    assert "cắt cụt" in dialog.message.full_text()
    assert world.desk.session is not None  # nothing happened


def test_main_window_runs_daily_backup_and_shows_admin_actions(qtbot: QtBot, data_dir: Path) -> None:
    pass  # rewrite_services_api: import removed
    from reception_app.ui.common.jobs import SyncJobRunner
    from reception_app.ui.shell.app_window import MainWindow
    from tests.factories import OFFICER

    world = _world(data_dir)
    window = MainWindow(
        world.desk, SyncTaskRunner(), daily_backup=lambda: world.desk.backup.prepare_scheduled(), jobs=SyncJobRunner()
    )
    qtbot.addWidget(window)
    assert window.backup_action.isVisible()
    assert window.restore_action.isVisible()
    assert len(list((data_dir / "backups").iterdir())) == 1
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    officer_window = MainWindow(
        world.desk, SyncTaskRunner(), daily_backup=lambda: world.desk.backup.prepare_scheduled(), jobs=SyncJobRunner()
    )
    qtbot.addWidget(officer_window)
    assert not officer_window.backup_action.isVisible()
    assert len(list((data_dir / "backups").iterdir())) == 1  # once a day


def test_daily_backup_runs_on_the_job_thread_and_marks_the_day(qtbot: QtBot, data_dir: Path) -> None:
    import threading

    from PySide6.QtWidgets import QWidget

    from reception_app.services.backup import BackupJob
    from reception_app.storage import settings as settings_repo
    from reception_app.ui.admin.backup_dialogs import BackupController
    from reception_app.ui.common.jobs import JobRunner, JobStatus

    world = _world(data_dir)
    parent = QWidget()
    qtbot.addWidget(parent)
    jobs = JobRunner(parent)
    status = JobStatus(parent)
    controller = BackupController(world.desk, SyncTaskRunner(), jobs, status, parent)
    threads: list[str] = []

    def prepare() -> BackupJob | None:
        job = world.desk.backup.prepare_scheduled()
        assert job is not None
        run = job.run

        class Spy(BackupJob):
            def run(self, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
                threads.append(threading.current_thread().name)
                return run(progress, cancelled)

        return Spy(**{f: getattr(job, f) for f in job.__dataclass_fields__})

    with qtbot.waitSignal(controller.daily_finished, timeout=60_000) as blocker:
        controller.start_daily(prepare)
    jobs.shutdown()
    assert blocker.args[0] is not None
    assert threads
    assert threads[0].startswith("reception-job")  # not the DB thread, not the GUI thread
    assert status.isHidden()
    assert not controller.running
    assert len(list((data_dir / "backups").iterdir())) == 1
    assert settings_repo.get_setting(world.desk.ctx.db, "backup.last_day") == world.desk.today().isoformat()  # type: ignore[arg-type]


def test_daily_backup_failure_is_a_status_message_not_a_modal_box(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from reception_app.storage.errors import DiskFull
    from reception_app.ui.admin.backup_dialogs import BackupController
    from reception_app.ui.common.jobs import JobStatus, SyncJobRunner

    world = _world(data_dir)
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = BackupController(world.desk, SyncTaskRunner(), SyncJobRunner(), JobStatus(parent), parent)

    def prepare() -> None:
        raise DiskFull()

    with qtbot.waitSignal(controller.daily_failed, timeout=5_000) as blocker:
        controller.start_daily(prepare)  # type: ignore[arg-type]
    assert blocker.args[0] == DiskFull().text()
