"""Attack 1 (issue 16): the officer swaps the identity public key so new identities seal to their own key."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.models.case import IDENTITY_SCHEMA_VERSION
from reception_app.services import SealingBlocked
from reception_app.storage import crypto
from reception_app.storage.crypto import DecryptionFailed
from tests.factories import ADMIN, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world
from tests.security.insider import db_key_for_test, officer_keys, raw_db, read_vault, swap_identity_key, write_vault


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    return set_up_world(data_dir)


def _sealed(world: DeskWorld, uid: str) -> bytes:
    conn = raw_db(world, key=db_key_for_test(world))
    blob = conn.execute(
        "SELECT r.sealed_identity FROM reporters r JOIN cases c ON c.id = r.case_id WHERE c.uid = ?", (uid,)
    ).fetchone()[0]
    conn.close()
    return bytes(blob)


def _opens_with(private: bytes, world: DeskWorld, uid: str) -> bool:
    try:
        crypto.unseal(private, _sealed(world, uid), crypto.seal_ad(uid, 1, IDENTITY_SCHEMA_VERSION))
    except DecryptionFailed:
        return False
    return True


def test_swapping_only_the_shared_copies_changes_nothing(world: DeskWorld) -> None:
    """vault.json and the settings table are not where a session takes its key from any more."""
    evil_priv, _ = swap_identity_key(world, own_slot=False)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    uid = world.desk.cases.create_case(draft()).uid
    world.desk.auth.logout()
    assert not _opens_with(evil_priv, world, uid)
    report = world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password) and world.desk.security.security_report
    assert report is not None
    assert report.alarm
    assert {f.code for f in report.findings} >= {"vault_keys", "db_keys"}


def test_rewrapped_own_slot_is_reported_and_intake_stops(world: DeskWorld) -> None:
    """The officer re-wraps their own slot with their own key pinned and forges the key statement."""
    evil_priv, _ = swap_identity_key(world, own_slot=True)
    assert officer_keys(world).identity_public != world.desk.vault.slot_pins()[0].identity_public
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    uid = world.desk.cases.create_case(draft()).uid  # nothing on the officer's side can tell
    world.desk.auth.logout()
    assert _opens_with(evil_priv, world, uid)  # the attack "works" for this one case...
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)  # ...and the next supervisor login reports it
    report = world.desk.security.security_report
    assert report is not None
    assert report.alarm
    codes = {f.code for f in report.findings}
    assert {"slot_keys", "vault_keys", "statement", "unreadable"} <= codes
    assert any(OFFICER.username in f.text for f in report.findings if f.code == "slot_keys")
    assert "CẢNH BÁO" in report.text()
    actions = [e.action for e in world.desk.audit.entries(limit=10)]
    assert "security_alarm" in actions
    world.desk.auth.logout()
    # intake refuses to seal until a supervisor re-pins: for everyone, the attacker included
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    with pytest.raises(SealingBlocked):
        world.desk.cases.create_case(draft())
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    removed = world.desk.security.repin_keys()
    assert removed == [OFFICER.username]
    assert not world.desk.security.security_report.alarm  # type: ignore[union-attr]
    world.desk.auth.logout()
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    uid2 = world.desk.cases.create_case(draft()).uid
    assert not _opens_with(evil_priv, world, uid2)
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert not world.desk.security.security_report.alarm  # type: ignore[union-attr]
    assert world.desk.audit.verify().ok


def test_swap_record_and_swap_back_is_still_caught(world: DeskWorld) -> None:
    """Swap the key, record a case, put every file back as it was: the sealed identity itself gives it away."""
    original = read_vault(world)
    conn = raw_db(world)
    original_setting = conn.execute("SELECT value FROM settings WHERE key = 'identity_public'").fetchone()[0]
    conn.close()
    evil_priv, _ = swap_identity_key(world, own_slot=True)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    uid = world.desk.cases.create_case(draft()).uid
    world.desk.auth.logout()
    assert _opens_with(evil_priv, world, uid)
    current = read_vault(world)
    original["head"] = current.get("head")  # keep the newest head record: no rollback noise
    original["lockout"] = current.get("lockout", {})
    write_vault(world, original)
    conn = raw_db(world)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'identity_public'", (original_setting,))
    conn.close()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    report = world.desk.security.security_report
    assert report is not None
    assert [f.code for f in report.findings] == ["unreadable"]
    assert report.checked == 1
    assert "1 mục" in report.findings[0].text


def test_moving_the_checked_up_to_mark_past_the_case_is_caught(world: DeskWorld) -> None:
    """The insider also moves the signed 'checked up to' mark so the bad case would be skipped."""
    original = read_vault(world)
    conn = raw_db(world)
    original_setting = conn.execute("SELECT value FROM settings WHERE key = 'identity_public'").fetchone()[0]
    conn.close()
    swap_identity_key(world, own_slot=True)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.cases.create_case(draft())
    world.desk.auth.logout()
    current = read_vault(world)
    original["head"], original["lockout"] = current.get("head"), current.get("lockout", {})
    write_vault(world, original)
    conn = raw_db(world)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'identity_public'", (original_setting,))
    conn.execute(
        'UPDATE settings SET value = \'{"attachments": 0, "protection": 0, "reporters": 99, "retaliation": 0}\''
        " WHERE key = 'keycheck.marks'"
    )
    conn.close()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    codes = {f.code for f in world.desk.security.security_report.findings}  # type: ignore[union-attr]
    assert codes == {"marks", "unreadable"}


def test_clean_desk_has_no_alarm(world: DeskWorld) -> None:
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.cases.create_case(draft())
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    report = world.desk.security.security_report
    assert report is not None
    assert not report.alarm
    assert report.checked == 1
    assert report.head_code
    assert "-" in report.head_code
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert world.desk.security.security_report.checked == 0  # type: ignore[union-attr]
