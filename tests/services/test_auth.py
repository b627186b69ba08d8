"""Login, lockout, device secret, recovery, users and roles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reception_app.models.clock import ManualClock
from reception_app.models.enums import Role
from reception_app.models.errors import ValidationError
from reception_app.services import Desk, NewUser, PermissionDenied
from reception_app.storage.crypto import PRODUCTION_KDF, TEST_KDF
from reception_app.storage.errors import AccountLocked, DeviceSecretMissing, WeakKdfParameters, WrongCredentials
from reception_app.storage.keyring_secret import MemorySecretStore
from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, make_desk, set_up_world


class Clock(ManualClock):
    """A hand-moved clock on a fixed calendar: 20 November 2026, 15:00 office time."""

    def __init__(self) -> None:
        super().__init__(datetime(2026, 11, 20, 8, 0, tzinfo=UTC))


def test_login_roles_and_wrong_password(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    s = world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert s.has(Role.SUPERVISOR)
    o = world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert o.roles == frozenset({Role.OFFICER})
    with pytest.raises(WrongCredentials):
        world.desk.auth.login(OFFICER.username, "not-the-password")
    with pytest.raises(WrongCredentials):
        world.desk.auth.login("nobody", "whatever-password")
    assert world.desk.session is None


def test_lockout_and_expiry_doubling(data_dir: Path) -> None:
    clock = Clock()
    world = set_up_world(data_dir, clock=clock)
    desk = world.desk
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            desk.auth.login(OFFICER.username, "bad-password-x")
    with pytest.raises(AccountLocked) as locked:
        desk.auth.login(OFFICER.username, OFFICER.password)  # even the right password is refused while locked
    assert "15 phút" in locked.value.text()
    clock.advance(timedelta(minutes=15, seconds=1))
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.auth.logout()
    # the lock count resets after a success; lock again and the next lock is 15 min again
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            desk.auth.login(OFFICER.username, "bad-password-x")
    clock.advance(timedelta(minutes=15, seconds=1))
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            desk.auth.login(OFFICER.username, "bad-password-x")
    with pytest.raises(AccountLocked) as second:
        desk.auth.login(OFFICER.username, OFFICER.password)
    assert "30 phút" in second.value.text()
    # lockout events reach the audit log after the next successful login
    clock.advance(timedelta(minutes=31))
    desk.auth.login(ADMIN.username, ADMIN.password)
    actions = [e.action for e in desk.audit.entries(limit=100)]
    assert "lockout" in actions
    assert "login_failed" in actions


def test_lockout_of_unknown_user_and_no_username_in_vault(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            world.desk.auth.login("my-secret-password-typed-in-user", "x")
    assert b"my-secret-password" not in (data_dir / "vault.json").read_bytes()
    with pytest.raises(AccountLocked):
        world.desk.auth.login("my-secret-password-typed-in-user", "x")


def test_copied_folder_without_device_secret_does_not_open(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    new_machine = make_desk(data_dir, MemorySecretStore())  # empty keyring
    with pytest.raises(DeviceSecretMissing):
        new_machine.auth.login(OFFICER.username, OFFICER.password)
    # the recovery code opens it and lets the admin set new passwords
    session = new_machine.auth.login_with_recovery(world.recovery_code.lower().replace("-", " "))
    assert session.is_recovery
    assert {u.username for u in new_machine.users.list_users() if u.needs_password_reset} == {
        ADMIN.username,
        SUPERVISOR.username,
        OFFICER.username,
    }
    new_machine.users.reset_password(OFFICER.username, "new-officer-pass-1")
    new_machine.users.reset_password(SUPERVISOR.username, "new-supervisor-pass-1")
    new_machine.auth.logout()
    new_machine.auth.login(OFFICER.username, "new-officer-pass-1")
    uid = new_machine.cases.create_case(draft()).uid
    grant = new_machine.identity.reveal(uid, SUPERVISOR.username, "new-supervisor-pass-1", "Kiểm tra sau khôi phục")
    assert grant.reporters[0].identity is not None
    with pytest.raises(DeviceSecretMissing):
        new_machine.auth.login(ADMIN.username, ADMIN.password)  # not reset yet: still needs the recovery path


def test_wrong_recovery_code(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    with pytest.raises(WrongCredentials):
        world.desk.auth.login_with_recovery("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_weak_kdf_parameters_refused_on_load(data_dir: Path) -> None:
    store = MemorySecretStore()
    weak = make_desk(data_dir, store)
    weak.auth.setup(*_setup_args())
    production = Desk(data_dir, secret_store=store, kdf=PRODUCTION_KDF)  # production floor
    with pytest.raises(WeakKdfParameters):
        production.auth.login(ADMIN.username, ADMIN.password)


def _setup_args() -> tuple:  # type: ignore[type-arg]
    from tests.factories import AGENCY

    return AGENCY, ADMIN, SUPERVISOR


def test_password_policy_and_change(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(ValidationError):
        desk.users.change_password(OFFICER.password, "short")
    with pytest.raises(ValidationError):
        desk.users.change_password(OFFICER.password, "CANBO")
    with pytest.raises(ValidationError):
        desk.users.change_password(OFFICER.password, OFFICER.username)
    desk.users.change_password(OFFICER.password, "a-brand-new-pass")
    desk.auth.logout()
    with pytest.raises(WrongCredentials):
        desk.auth.login(OFFICER.username, OFFICER.password)
    desk.auth.login(OFFICER.username, "a-brand-new-pass")


def test_supervisor_needs_supervisor_approval(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    with pytest.raises(PermissionDenied):
        desk.users.create_user(
            NewUser("sep2", "Phó Chánh Thanh Tra", "second-supervisor-1"), frozenset({Role.SUPERVISOR})
        )
    desk.users.create_user(NewUser("sep2", "Phó Chánh Thanh Tra", "second-supervisor-1"))
    with pytest.raises(PermissionDenied):
        desk.users.grant_supervisor("sep2", "second-supervisor-1")  # no approver
    with pytest.raises(PermissionDenied):
        desk.users.grant_supervisor("sep2", "second-supervisor-1", OFFICER.username, OFFICER.password)
    desk.users.grant_supervisor("sep2", "second-supervisor-1", SUPERVISOR.username, SUPERVISOR.password)
    uid = desk.cases.create_case(draft()).uid
    grant = desk.identity.reveal(uid, "sep2", "second-supervisor-1", "Phê duyệt xác minh nội dung")
    assert grant.reporters[0].identity is not None
    entries = desk.audit.entries(limit=50)
    assert any(e.action == "role_granted" and e.details["approver"] == SUPERVISOR.username for e in entries)
    # officers cannot administer
    desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(PermissionDenied):
        desk.users.create_user(NewUser("x1", "X", "some-password-1"))


def test_deactivated_user_cannot_log_in(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    world.desk.users.deactivate_user(OFFICER.username)
    world.desk.auth.logout()
    with pytest.raises(WrongCredentials):
        world.desk.auth.login(OFFICER.username, OFFICER.password)


def test_setup_validation_and_no_second_setup(data_dir: Path) -> None:
    desk = make_desk(data_dir)
    from tests.factories import AGENCY

    with pytest.raises(ValidationError):
        desk.auth.setup(AGENCY, NewUser("admin", "A", "short"), SUPERVISOR)
    assert not desk.is_set_up
    assert not (data_dir / "vault.json").exists()
    desk.auth.setup(AGENCY, ADMIN, SUPERVISOR)
    with pytest.raises(PermissionDenied):
        desk.auth.setup(AGENCY, ADMIN, SUPERVISOR)


def test_test_kdf_is_below_production_floor() -> None:
    assert not TEST_KDF.at_least(PRODUCTION_KDF)


def test_reveal_token_expires_and_is_audited(data_dir: Path) -> None:
    from reception_app.services import RevealExpired

    clock = Clock()
    world = set_up_world(data_dir, clock=clock)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "Đối chiếu hồ sơ gốc")
    assert desk.identity.revealed(grant.token).reporters[0].identity is not None
    clock.advance(timedelta(minutes=5))
    with pytest.raises(RevealExpired):
        desk.identity.revealed(grant.token)
    with pytest.raises(RevealExpired):
        desk.identity.revealed(grant.token)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    actions = [e.action for e in desk.audit.entries(case_uid=uid, limit=10)]
    assert actions[:3] == ["reveal_expired", "reveal_granted", "reveal_requested"]


def test_logout_ends_reveal(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "Đối chiếu hồ sơ gốc")
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)
    from reception_app.services import RevealExpired

    with pytest.raises(RevealExpired):
        desk.identity.revealed(grant.token)


def test_reveal_without_reason_refused_and_audited(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    with pytest.raises(ValidationError):
        desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "   ")
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    entries = desk.audit.entries(case_uid=uid, limit=5)
    assert entries[0].action == "reveal_denied"
    assert entries[0].details["outcome"] == "no_reason"


def test_reveal_ends_after_its_minutes_of_monotonic_time_even_if_the_wall_clock_is_set_back(data_dir: Path) -> None:
    from reception_app.services import RevealExpired

    clock = Clock()
    world = set_up_world(data_dir, clock=clock)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "Đối chiếu hồ sơ gốc")
    clock.advance(timedelta(minutes=4))
    clock.set_wall(clock.now() - timedelta(hours=3))  # the officer sets the PC's clock back
    assert grant.seconds_left(desk.clock) == 60
    assert desk.identity.revealed(grant.token).reporters
    clock.advance(timedelta(seconds=61))  # five minutes of real time have passed, whatever the wall says
    with pytest.raises(RevealExpired):
        desk.identity.revealed(grant.token)
