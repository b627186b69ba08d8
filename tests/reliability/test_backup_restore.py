"""Backups are encrypted and complete; restore validates fully first and refuses bad backups untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from reception_app.storage.backup import BackupInvalid
from reception_app.storage.keyring_secret import MemorySecretStore
from tests.factories import ADMIN, CANARY_ID, CANARY_NAME, OFFICER, DeskWorld, draft, make_desk, set_up_world


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _slots(folder: Path) -> object:
    return json.loads((folder / "vault.json").read_text("utf-8"))["slots"]


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    w = set_up_world(data_dir)
    w.desk.auth.login(ADMIN.username, ADMIN.password)
    w.desk.cases.create_case(draft(subject="Trước sao lưu"))
    return w


def _subjects(world: DeskWorld) -> list[str]:
    return [r.subject for r in world.desk.cases.list_cases().rows]


def test_backup_is_encrypted_and_restores(world: DeskWorld, tmp_path: Path) -> None:
    info = world.desk.backup.create(tmp_path / "usb")
    assert info.cases == 1
    files = {p.name for p in info.path.iterdir()}
    assert files == {"reception.db", "vault.json", "manifest.json"}
    for f in info.path.iterdir():
        data = f.read_bytes()
        assert CANARY_NAME.encode() not in data
        assert CANARY_ID.encode() not in data
    assert not (info.path / "reception.db").read_bytes().startswith(b"SQLite format 3")
    world.desk.cases.create_case(draft(subject="Sau sao lưu"))
    world.desk.backup.restore(info.path, admin_username=ADMIN.username, admin_password=ADMIN.password)
    assert world.desk.session is None  # logged out; log in again on the restored data
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    assert _subjects(world) == ["Trước sao lưu"]
    assert world.desk.audit.verify().ok
    assert world.desk.audit.entries(limit=3)[1].action == "backup_restored"
    safety = next(world.data_dir.glob("safety-before-restore-*"))
    assert (safety / "reception.db").exists()  # the data replaced is kept


@pytest.mark.parametrize("damage", ["flip_db", "truncate_db", "delete_vault", "bad_manifest", "edit_manifest"])
def test_damaged_backup_refused_and_nothing_changed(world: DeskWorld, tmp_path: Path, damage: str) -> None:
    info = world.desk.backup.create(tmp_path / "usb")
    db = info.path / "reception.db"
    if damage == "flip_db":
        data = bytearray(db.read_bytes())
        for offset in (5000, 9000, len(data) - 100):
            data[offset] ^= 0xFF
        db.write_bytes(bytes(data))
    elif damage == "truncate_db":
        db.write_bytes(db.read_bytes()[:4096])
    elif damage == "delete_vault":
        (info.path / "vault.json").unlink()
    elif damage == "bad_manifest":
        (info.path / "manifest.json").write_text("{oops", "utf-8")
    else:
        manifest = json.loads((info.path / "manifest.json").read_text("utf-8"))
        manifest["schema"] = 999
        (info.path / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    world.desk.cases.create_case(draft(subject="Hồ sơ mới"))
    world.desk.auth.logout()
    before = _digest(world.data_dir)
    before_slots = _slots(world.data_dir)
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    with pytest.raises(BackupInvalid) as exc:
        world.desk.backup.restore(info.path, admin_username=ADMIN.username, admin_password=ADMIN.password)
    assert "không bị thay đổi" in exc.value.text()
    assert "Hồ sơ mới" in _subjects(world)
    world.desk.auth.logout()
    after = _digest(world.data_dir)
    # keys untouched (the vault also records the audit head at each login); the DB is checked by content above
    assert _slots(world.data_dir) == before_slots
    assert set(after) == set(before)
    assert not list(world.data_dir.glob("restore-staging-*"))
    assert not list(world.data_dir.glob("safety-before-restore-*"))


def test_wrong_password_and_officer_refused(world: DeskWorld, tmp_path: Path) -> None:
    info = world.desk.backup.create(tmp_path / "usb")
    with pytest.raises(BackupInvalid):
        world.desk.backup.restore(info.path, admin_username=ADMIN.username, admin_password="wrong-password-1")
    with pytest.raises(BackupInvalid):
        world.desk.backup.restore(info.path, admin_username=OFFICER.username, admin_password=OFFICER.password)
    assert not list(world.data_dir.glob("safety-before-restore-*"))


def test_foreign_backup_needs_its_recovery_code(world: DeskWorld, tmp_path: Path) -> None:
    other = set_up_world(tmp_path / "other", with_officer=False)
    other.desk.auth.login(ADMIN.username, ADMIN.password)
    other.desk.cases.create_case(draft(subject="Của máy khác"))
    foreign = other.desk.backup.create(tmp_path / "usb2")
    with pytest.raises(BackupInvalid, match="mã khôi phục"):
        world.desk.backup.restore(foreign.path, admin_username=ADMIN.username, admin_password=ADMIN.password)
    with pytest.raises(BackupInvalid):
        world.desk.backup.restore(foreign.path, recovery_code=world.recovery_code)  # wrong code
    assert _subjects(world) == ["Trước sao lưu"]
    world.desk.backup.restore(foreign.path, recovery_code=other.recovery_code)
    world.desk.auth.login_with_recovery(other.recovery_code)
    assert _subjects(world) == ["Của máy khác"]


def test_restore_on_a_new_machine_with_recovery_code(world: DeskWorld, tmp_path: Path) -> None:
    info = world.desk.backup.create(tmp_path / "usb")
    new_dir = tmp_path / "newpc"
    new_machine = set_up_world(new_dir, with_officer=False)  # a fresh install elsewhere
    new_machine.desk.auth.login(ADMIN.username, ADMIN.password)
    new_machine.desk.backup.restore(info.path, recovery_code=world.recovery_code)
    fresh = make_desk(new_dir, MemorySecretStore())  # and its keyring lacks the old device secret
    fresh.auth.login_with_recovery(world.recovery_code)
    assert [r.subject for r in fresh.cases.list_cases().rows] == ["Trước sao lưu"]


def test_scheduled_backup_once_a_day_keeps_n(world: DeskWorld) -> None:
    first = world.desk.backup.scheduled(keep=2)
    assert first is not None
    assert world.desk.backup.scheduled(keep=2) is None  # same day
    folder = world.data_dir / "backups"
    for i in range(3):
        shutil.copytree(first.path, folder / f"reception-backup-2000010{i}-000000")
    from reception_app.storage import settings as settings_repo

    with world.desk.ctx.db.atomic():  # type: ignore[union-attr]
        settings_repo.set_setting(world.desk.ctx.db, "backup.last_day", "2000-01-01")  # type: ignore[arg-type]
    assert world.desk.backup.scheduled(keep=2) is not None
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 2
    assert all(not name.startswith("reception-backup-2000") for name in kept)


def test_officer_cannot_back_up_or_restore(world: DeskWorld, tmp_path: Path) -> None:
    from reception_app.services import PermissionDenied

    info = world.desk.backup.create(tmp_path / "usb")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(PermissionDenied):
        world.desk.backup.create(tmp_path / "usb3")
    with pytest.raises(PermissionDenied):
        world.desk.backup.restore(info.path, recovery_code=world.recovery_code)
