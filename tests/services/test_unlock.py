"""Resuming a locked desk checks the password without touching the session."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.services import WrongCredentials
from tests.factories import OFFICER, SUPERVISOR, set_up_world


def test_wrong_password_keeps_the_session_and_is_audited(tmp_path: Path) -> None:
    world = set_up_world(tmp_path)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(WrongCredentials):
        desk.auth.unlock("not-the-password")
    assert desk.session is not None
    assert desk.session.username == OFFICER.username
    assert desk.cases.list_cases().rows == ()  # the database is still open
    assert desk.auth.unlock(OFFICER.password).username == OFFICER.username
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    actions = [e.action for e in desk.audit.entries(limit=50)]
    assert "unlock" in actions
    assert "login_failed" in actions


def test_another_users_password_does_not_unlock(tmp_path: Path) -> None:
    world = set_up_world(tmp_path)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(WrongCredentials):
        world.desk.auth.unlock(SUPERVISOR.password)
