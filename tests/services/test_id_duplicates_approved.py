"""The identity-duplicate check a supervisor approves at the desk in an officer's session (issue 23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.models.errors import ValidationError
from reception_app.services import PermissionDenied
from reception_app.storage.errors import WrongCredentials
from tests.factories import ADMIN, CANARY_ID, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world

REASON = "Công dân khai đã gửi đơn trước đây"


@pytest.fixture
def world(tmp_path: Path) -> DeskWorld:
    world = set_up_world(tmp_path / "data")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.cases.create_case(draft())
    world.desk.cases.create_case(draft())
    return world


def _actions(world: DeskWorld) -> list[tuple[str, dict[str, object]]]:
    desk = world.desk
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    entries = [(e.action, e.details) for e in desk.audit.entries(limit=50)]
    desk.auth.logout()
    return entries


def test_a_supervisor_at_the_desk_approves_and_the_officer_sees_a_count(world: DeskWorld) -> None:
    desk = world.desk
    with pytest.raises(PermissionDenied):
        desk.identity.find_by_id_number(CANARY_ID)  # the officer alone: nothing
    assert desk.identity.count_by_id_number_approved(CANARY_ID, SUPERVISOR.username, SUPERVISOR.password, REASON) == 2
    assert (
        desk.identity.count_by_id_number_approved("001099000000", SUPERVISOR.username, SUPERVISOR.password, REASON) == 0
    )
    actions = _actions(world)
    checks = [d for a, d in actions if a == "identity_duplicate_check"]
    assert checks[0]["supervisor"] == SUPERVISOR.username
    assert {c["count"] for c in checks} == {0, 2}
    assert sum(a == "identity_duplicate_check_requested" for a, _ in actions) == 2
    assert not any(CANARY_ID in str(d) for _, d in actions)


@pytest.mark.parametrize(
    ("username", "password", "reason", "error", "outcome"),
    [
        (SUPERVISOR.username, "wrong-password-123", REASON, WrongCredentials, "bad_credentials"),
        (OFFICER.username, OFFICER.password, REASON, PermissionDenied, "not_supervisor"),
        (SUPERVISOR.username, SUPERVISOR.password, "   ", ValidationError, "no_reason"),
    ],
)
def test_refusals_tell_nothing_and_are_audited(
    world: DeskWorld, *, username: str, password: str, reason: str, error: type[Exception], outcome: str
) -> None:
    with pytest.raises(error) as err:
        world.desk.identity.count_by_id_number_approved(CANARY_ID, username, password, reason)
    assert CANARY_ID not in str(err.value)
    denied = [d for a, d in _actions(world) if a == "identity_duplicate_check_denied"]
    assert [d["outcome"] for d in denied] == [outcome]
