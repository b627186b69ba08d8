"""Hostile input to every service entry point: typed errors or safe results, never a crash or half-write."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reception_app.models.errors import KnownError
from reception_app.services import Desk, NewUser, PermissionDenied
from tests.factories import ADMIN, CANARY_ID, OFFICER, SUPERVISOR, canary_identity, draft, set_up_world

HOSTILE = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "'; DROP TABLE users; --",
            '"',
            "\u202e",
            "a" * 100_000,
            "e\u0301",
            "NEAR(",
            "🙂",
            "..",
            "../../etc/passwd",
        ]
    ),
)


@pytest.fixture(scope="module")
def world_desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    import keyring

    from tests.conftest import InMemoryKeyring

    keyring.set_keyring(InMemoryKeyring())
    world = set_up_world(tmp_path_factory.mktemp("hostile"))
    return world.desk


def _users(desk: Desk) -> set[str]:
    return {u.username for u in desk.users.list_users()}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=HOSTILE, password=HOSTILE)
def test_login_with_anything(world_desk: Desk, username: str, password: str) -> None:
    with pytest.raises(KnownError) as exc:
        world_desk.auth.login(username, password)
    # one of the fixed messages: nothing typed is echoed back
    assert exc.value.text() == "Tên đăng nhập hoặc mật khẩu không đúng." or "tạm khóa" in exc.value.text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=HOSTILE, full_name=HOSTILE, password=HOSTILE)
def test_create_user_with_anything(world_desk: Desk, username: str, full_name: str, password: str) -> None:
    world_desk.auth.login(ADMIN.username, ADMIN.password)
    before = _users(world_desk)
    try:
        world_desk.users.create_user(NewUser(username, full_name, password))
    except KnownError:
        assert _users(world_desk) == before
        assert world_desk.vault.has_user(username.casefold()) == (username.casefold() in before)
    else:
        assert len(_users(world_desk)) == len(before) + 1


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(uid=HOSTILE, supervisor=HOSTILE, reason=HOSTILE)
def test_reveal_and_get_with_anything(world_desk: Desk, uid: str, supervisor: str, reason: str) -> None:
    world_desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(KnownError):
        world_desk.cases.get_case(uid)
    with pytest.raises(KnownError):
        world_desk.identity.reveal(uid, supervisor, "x", reason)


def test_blind_index_is_supervisor_only_and_audited(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    first = desk.cases.create_case(draft()).uid
    desk.cases.create_case(draft(identity=canary_identity(id_number="001099012345")))
    second = desk.cases.create_case(draft()).uid
    with pytest.raises(PermissionDenied):
        desk.identity.find_by_id_number(CANARY_ID)  # officers never search by identity
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert desk.identity.find_by_id_number(CANARY_ID) == [second, first]
    assert desk.identity.find_by_id_number(" 079188765432 ") == [second, first]
    assert desk.identity.find_by_id_number("000000000000") == []
    assert [e.action for e in desk.audit.entries(limit=3)][:1] == ["identity_duplicate_check"]
    # the index holds HMACs, not ID numbers
    keys = desk.vault.unlock_recovery(world.recovery_code)
    import sqlcipher3

    conn = sqlcipher3.connect(str(data_dir / "reception.db"))
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    values = [bytes(r[0]) for r in conn.execute("SELECT id_blind_index FROM reporters")]
    conn.close()
    assert all(len(v) == 32 and CANARY_ID.encode() not in v for v in values)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=HOSTILE, password=HOSTILE, approver=HOSTILE)
def test_admin_operations_with_anything(world_desk: Desk, username: str, password: str, approver: str) -> None:
    world_desk.auth.login(ADMIN.username, ADMIN.password)
    # Other tests of this module create accounts with hostile names on the same desk; the seeded ones must
    # never change (a hostile name that happens to equal one of those created accounts may act on it).
    seeded = {ADMIN.username, SUPERVISOR.username, OFFICER.username}
    before = {(u.username, u.roles, u.active) for u in world_desk.users.list_users() if u.username in seeded}
    for call in (
        lambda: world_desk.users.reset_password(username, password),
        lambda: world_desk.users.grant_supervisor(username, password, approver, password),
        lambda: world_desk.users.deactivate_user(username),
    ):
        with contextlib.suppress(KnownError):
            call()
    after = {(u.username, u.roles, u.active) for u in world_desk.users.list_users() if u.username in seeded}
    assert len(before) == len(seeded)
    assert after == before  # hostile names never match a real account, so nothing changed


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(old=HOSTILE, new=HOSTILE)
def test_change_password_with_anything(world_desk: Desk, old: str, new: str) -> None:
    world_desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(KnownError):
        world_desk.users.change_password(old, new)  # the old password is never right here
    world_desk.auth.logout()
    world_desk.auth.login(OFFICER.username, OFFICER.password)  # still the same password
