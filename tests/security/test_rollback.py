"""Attack 3 (issue 16): putting back an older database (or the whole older data folder) is detected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reception_app.services import ReadOnlyAfterRollback
from reception_app.storage.errors import ReadOnlyStorage
from tests.factories import ADMIN, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world

REASON = "Xác minh theo yêu cầu của đoàn thanh tra"


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    """The morning's automatic backup exists; later a case is revealed."""
    w = set_up_world(data_dir)
    w.desk.auth.login(OFFICER.username, OFFICER.password)
    w.desk.cases.create_case(draft(subject="Buổi sáng"))
    assert w.desk.backup.scheduled() is not None
    uid = w.desk.cases.create_case(draft(subject="Buổi chiều")).uid
    w.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    w.desk.auth.logout()
    return w


def _backup(world: DeskWorld) -> Path:
    return sorted((world.data_dir / "backups").iterdir())[0]


def test_older_database_copied_over_is_detected(world: DeskWorld) -> None:
    older = _backup(world)
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    world.desk.backup.create()  # a later backup in the same folder: its head is lost with the rollback
    world.desk.auth.logout()
    shutil.copyfile(older / "reception.db", world.data_dir / "reception.db")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert world.desk.read_only
    rollback = world.desk.security.rollback
    assert rollback is not None
    assert "ngắn hơn" in rollback.problem
    with pytest.raises((ReadOnlyAfterRollback, ReadOnlyStorage)):
        world.desk.cases.create_case(draft())
    assert "lãnh đạo" in ReadOnlyAfterRollback().text()
    world.desk.auth.logout()
    # still detected at the next login: nothing moved the recorded head
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    assert world.desk.read_only
    world.desk.auth.logout()
    # the supervisor acknowledges: audited with both heads and signed; the desk is writable again
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert world.desk.read_only
    recorded = world.desk.security.rollback.recorded  # type: ignore[union-attr]
    world.desk.security.acknowledge_rollback()
    assert not world.desk.read_only
    entry = next(e for e in world.desk.audit.entries(limit=20) if e.action == "rollback_acknowledged")
    assert entry.details["seq"] == recorded.seq
    assert entry.details["recorded_hash"] == recorded.hash[:16]
    assert entry.details["head_seq"] < recorded.seq
    assert world.desk.audit.verify().ok
    world.desk.auth.logout()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert not world.desk.read_only
    world.desk.cases.create_case(draft())


def test_whole_older_data_folder_with_its_vault_is_detected(world: DeskWorld) -> None:
    """The insider copies the database *and* the older vault.json (its head is older too)."""
    backup = _backup(world)
    shutil.copyfile(backup / "reception.db", world.data_dir / "reception.db")
    shutil.copyfile(backup / "vault.json", world.data_dir / "vault.json")
    (world.data_dir / "vault.json.bak").unlink(missing_ok=True)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert world.desk.read_only
    assert world.desk.security.rollback is not None
    assert world.desk.security.rollback.recorded.source == "keyring"


def test_officer_cannot_acknowledge(world: DeskWorld) -> None:
    from reception_app.services import PermissionDenied

    shutil.copyfile(_backup(world) / "reception.db", world.data_dir / "reception.db")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(PermissionDenied):
        world.desk.security.acknowledge_rollback()
    assert world.desk.read_only


def test_in_app_restore_records_both_heads(world: DeskWorld, tmp_path: Path) -> None:
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    info = world.desk.backup.create(tmp_path / "usb")
    world.desk.cases.create_case(draft(subject="Sau sao lưu"))
    world.desk.backup.restore(info.path, admin_username=ADMIN.username, admin_password=ADMIN.password)
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    assert not world.desk.read_only  # a restore through the app is recorded, not a silent rollback
    entry = next(e for e in world.desk.audit.entries(limit=5) if e.action == "backup_restored")
    assert entry.details["replaced_seq"] > entry.details["head_seq"]
    assert len(entry.details["replaced_hash"]) == 16
    assert world.desk.audit.verify().ok
    manifest = (info.path / "manifest.json").read_text("utf-8")
    assert "audit_head" in manifest
    assert "key_id" in manifest


def test_the_lock_screen_still_unlocks_while_read_only(world: DeskWorld) -> None:
    shutil.copyfile(_backup(world) / "reception.db", world.data_dir / "reception.db")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert world.desk.read_only
    assert world.desk.auth.unlock(OFFICER.password).username == OFFICER.username
    world.desk.auth.logout()  # the logout entry cannot be written either; the session still ends
    assert world.desk.session is None
