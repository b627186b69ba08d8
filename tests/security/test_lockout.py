"""Issue 18.1: lockout state that the insider cannot reset; an officer cannot lock a supervisor out."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from reception_app.models.clock import ManualClock
from reception_app.services import SessionThrottled
from reception_app.storage.errors import AccountLocked, WrongCredentials
from tests.factories import OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world
from tests.security.insider import read_vault, write_vault

REASON = "Xác minh theo yêu cầu của đoàn thanh tra"


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    return set_up_world(data_dir, clock=ManualClock(datetime(2026, 12, 1, 9, 0)))


def _lock_out(world: DeskWorld, username: str) -> None:
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            world.desk.auth.login(username, "wrong-password-xx")
    with pytest.raises(AccountLocked):
        world.desk.auth.login(username, SUPERVISOR.password if username == SUPERVISOR.username else OFFICER.password)


def test_deleting_the_lockout_data_does_not_unlock(world: DeskWorld) -> None:
    _lock_out(world, SUPERVISOR.username)
    data = read_vault(world)
    data["lockout"] = {}
    data.pop("pending_events", None)
    write_vault(world, data)
    (world.data_dir / "vault.json.bak").unlink()
    with pytest.raises(AccountLocked):
        world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)


def test_editing_the_lockout_data_does_not_unlock(world: DeskWorld) -> None:
    _lock_out(world, SUPERVISOR.username)
    data = read_vault(world)
    for entry in data["lockout"].values():
        entry.update({"failures": 0, "locks": 0, "locked_until": "2000-01-01T00:00:00+00:00"})
    write_vault(world, data)
    with pytest.raises(AccountLocked):
        world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)


def test_an_older_vault_does_not_unlock(world: DeskWorld, tmp_path: Path) -> None:
    older = tmp_path / "vault-before.json"
    shutil.copyfile(world.data_dir / "vault.json", older)
    _lock_out(world, SUPERVISOR.username)
    shutil.copyfile(older, world.data_dir / "vault.json")
    shutil.copyfile(older, world.data_dir / "vault.json.bak")
    with pytest.raises(AccountLocked):
        world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)


def test_failures_are_counted_across_a_deleted_vault_entry(world: DeskWorld) -> None:
    """Deleting the counters after each try does not give the guesser fresh tries."""
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            world.desk.auth.login(SUPERVISOR.username, "wrong-password-xx")
        data = read_vault(world)
        data["lockout"] = {}
        write_vault(world, data)
    with pytest.raises(AccountLocked):
        world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)


def test_officer_cannot_lock_a_supervisor_out_from_the_reveal_dialog(world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            desk.identity.reveal(uid, SUPERVISOR.username, "wrong-password-xx", REASON)
    with pytest.raises(SessionThrottled):  # the officer's session is paused...
        desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert "không bị khóa" in SessionThrottled().text()
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)  # ...the supervisor's own login is not locked
    actions = [(e.action, e.details.get("outcome")) for e in desk.audit.entries(limit=50)]
    assert actions.count(("reveal_denied", "bad_credentials")) == 5
    assert ("reveal_denied", "rate_limited") in actions
    assert not any(a == "lockout" for a, _ in actions)
    desk.auth.logout()
    desk.auth.login_with_recovery(world.recovery_code)  # and the recovery code is not locked either


def test_session_pause_ends(world: DeskWorld) -> None:
    clock = world.desk.clock
    assert isinstance(clock, ManualClock)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            desk.identity.reveal(uid, SUPERVISOR.username, "wrong-password-xx", REASON)
    with pytest.raises(SessionThrottled):
        desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    clock.advance(15 * 60 + 1)
    assert desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON).reporters


def test_lockout_mirror_holds_no_username(world: DeskWorld) -> None:
    _lock_out(world, SUPERVISOR.username)
    raw = world.store.load(f"{world.desk.vault.install_id}#lockout")  # type: ignore[attr-defined]
    assert raw is not None
    assert SUPERVISOR.username not in raw.decode()
    assert json.loads(raw)["t"]
