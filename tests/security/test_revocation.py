"""Attack 4 (issue 16): an old password must not open any copy of the vault left on the desk."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.storage.backup import read_manifest
from reception_app.storage.errors import WrongCredentials
from tests.factories import ADMIN, OFFICER, SUPERVISOR, DeskWorld, NewUser, draft, set_up_world
from tests.security.insider import officer_vault

SUP2 = NewUser("lanhdao2", "Phạm Lãnh Đạo Hai", "second-supervisor-1")


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    """A second supervisor exists; the daily backup (inside the data folder) holds their slot."""
    w = set_up_world(data_dir)
    desk = w.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.users.create_user(SUP2)
    desk.users.grant_supervisor(SUP2.username, SUP2.password, SUPERVISOR.username, SUPERVISOR.password)
    desk.cases.create_case(draft())
    assert desk.backup.scheduled() is not None
    desk.auth.logout()
    return w


def _copies(world: DeskWorld) -> list[Path]:
    found = [world.data_dir / "vault.json", world.data_dir / "vault.json.bak"]
    found += sorted((world.data_dir / "backups").glob("*/vault.json"))
    return [p for p in found if p.exists()]


def _opens(world: DeskWorld, path: Path, user: NewUser, password: str) -> bool:
    try:
        officer_vault(world, path).verify_password(user.username, password, count=False)
    except WrongCredentials:
        return False
    return True


def test_old_supervisor_password_opens_every_copy_before(world: DeskWorld) -> None:
    """The premise: before revocation the supervisor's password opens the live vault, the .bak and the backup."""
    assert len(_copies(world)) == 3
    assert all(_opens(world, p, SUP2, SUP2.password) for p in _copies(world)[:1] + _copies(world)[2:])


def test_deactivated_supervisor_opens_no_copy(world: DeskWorld) -> None:
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    world.desk.users.deactivate_user(SUP2.username)
    world.desk.auth.logout()
    for path in _copies(world):
        assert not _opens(world, path, SUP2, SUP2.password), path
    backup = next((world.data_dir / "backups").iterdir())
    read_manifest(backup)  # the rewritten backup is still valid (checksum updated)


def test_changed_password_old_one_opens_no_copy(world: DeskWorld) -> None:
    world.desk.auth.login(SUP2.username, SUP2.password)
    world.desk.users.change_password(SUP2.password, "a-brand-new-password-2")
    world.desk.auth.logout()
    for path in _copies(world):
        assert not _opens(world, path, SUP2, SUP2.password), path
    backup = next((world.data_dir / "backups").iterdir())
    assert _opens(world, backup / "vault.json", SUP2, "a-brand-new-password-2")  # the backup still restores


def test_reset_password_old_one_opens_no_copy_and_backup_restores(world: DeskWorld) -> None:
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    world.desk.users.reset_password(OFFICER.username, "reset-password-xyz1")
    for path in _copies(world):
        assert not _opens(world, path, OFFICER, OFFICER.password), path
    backup = next((world.data_dir / "backups").iterdir())
    world.desk.backup.restore(backup, admin_username=ADMIN.username, admin_password=ADMIN.password)
    world.desk.auth.login(OFFICER.username, "reset-password-xyz1")


def test_deactivating_a_supervisor_advises_rotation(world: DeskWorld) -> None:
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    world.desk.users.deactivate_user(SUP2.username)
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert world.desk.security.rotation_advised() == SUP2.username
