"""Identity-key rotation (issue 16 item 4): re-seal everything, destroy the old key, survive SIGKILL."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlcipher3

from reception_app.models.case import IDENTITY_SCHEMA_VERSION
from reception_app.services import AgencySettings, Desk, NewUser, rotation
from reception_app.services.demo import sample_draft
from reception_app.storage import crypto
from reception_app.storage.crypto import TEST_KDF, DecryptionFailed
from reception_app.storage.errors import WrongCredentials
from reception_app.storage.keyring_secret import FileSecretStore
from reception_app.storage.vault import Vault
from tests.factories import ADMIN, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world

REASON = "Xác minh theo yêu cầu của đoàn thanh tra"
SUP2 = NewUser("lanhdao2", "Phạm Lãnh Đạo Hai", "second-supervisor-1")
KILLS = max(3, int(os.environ.get("RELIABILITY_KILLS", "12")) // 3)
ROOT = Path(__file__).resolve().parents[2]


def _identities(data_dir: Path, db_key: bytes, private: bytes) -> dict[int, bytes]:
    conn = sqlcipher3.connect(str(data_dir / "reception.db"))
    conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
    rows = conn.execute(
        "SELECT r.rowid, c.uid, r.seq, r.sealed_identity FROM reporters r JOIN cases c ON c.id = r.case_id"
    ).fetchall()
    conn.close()
    out = {}
    for rid, uid, seq, blob in rows:
        out[rid] = crypto.unseal(private, bytes(blob), crypto.seal_ad(uid, seq, IDENTITY_SCHEMA_VERSION))
    return out


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    w = set_up_world(data_dir)
    w.desk.auth.login(ADMIN.username, ADMIN.password)
    w.desk.users.create_user(SUP2)
    w.desk.users.grant_supervisor(SUP2.username, SUP2.password, SUPERVISOR.username, SUPERVISOR.password)
    for i in range(6):
        w.desk.cases.create_case(draft(subject=f"Hồ sơ {i}"))
    assert w.desk.backup.scheduled() is not None
    w.desk.auth.logout()
    return w


def test_rotation_reseals_everything_and_destroys_the_old_key(world: DeskWorld) -> None:
    desk = world.desk
    old = desk.vault.verify_password(SUPERVISOR.username, SUPERVISOR.password)
    assert old.identity_private is not None
    before = _identities(world.data_dir, old.db_key, old.identity_private)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    progress = desk.rotation.start(SUPERVISOR.password)
    assert progress.phase == "resealing"
    assert progress.total == len(before)
    progress = desk.rotation.step(batch=4)
    assert 0 < progress.done < progress.total
    uid = desk.cases.list_cases().rows[0].uid
    assert desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON).reporters  # still works mid-way
    with pytest.raises(rotation.RotationNotReady):
        desk.rotation.finish(SUPERVISOR.password)
    while progress.done < progress.total:
        progress = desk.rotation.step(batch=4)
    done = desk.rotation.finish(SUPERVISOR.password)
    assert done.recovery_code
    assert desk.rotation.progress().phase == "code_pending"
    desk.rotation.confirm_recovery_code()
    assert desk.rotation.progress().phase == "none"
    desk.auth.logout()
    new = desk.vault.verify_password(SUPERVISOR.username, SUPERVISOR.password)
    assert new.identity_private is not None
    assert new.identity_private != old.identity_private
    assert _identities(world.data_dir, new.db_key, new.identity_private) == before
    with pytest.raises(DecryptionFailed):
        _identities(world.data_dir, old.db_key, old.identity_private)
    # no copy of the vault on the desk still holds the old private key
    for name in ("vault.json", "vault.json.bak"):
        vault = Vault(world.data_dir / name, world.store, kdf=TEST_KDF, floor=TEST_KDF)
        assert vault.verify_password(SUPERVISOR.username, SUPERVISOR.password).identity_private == new.identity_private
        assert vault.verify_password(SUP2.username, SUP2.password, count=False).identity_private is None
        with pytest.raises(WrongCredentials):
            vault.unlock_recovery(world.recovery_code)
        assert vault.unlock_recovery(done.recovery_code).identity_private == new.identity_private
    # an officer's slot moves to the new key at their next login; what they seal opens with the new key
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft(subject="Sau khi đổi khóa")).uid
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    report = desk.security.security_report
    assert report is not None
    assert not report.alarm, report.text()
    assert desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON).reporters
    assert desk.audit.verify().ok
    assert [p.name for p in desk.rotation.backups_with_old_key()] == [
        p.name for p in (world.data_dir / "backups").iterdir()
    ]
    actions = [e.action for e in desk.audit.entries(limit=200)]
    assert "identity_key_rotated" in actions
    assert "keys_adopted" in actions


def test_other_supervisor_must_be_granted_again(world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    progress = desk.rotation.start(SUPERVISOR.password)
    while progress.done < progress.total:
        progress = desk.rotation.step()
    desk.rotation.finish(SUPERVISOR.password)
    desk.auth.logout()
    session = desk.auth.login(SUP2.username, SUP2.password)
    assert not desk.ctx.keys.is_supervisor  # type: ignore[union-attr]
    assert "supervisor" not in {r.value for r in session.roles}
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.users.grant_supervisor(SUP2.username, SUP2.password, SUPERVISOR.username, SUPERVISOR.password)
    desk.auth.logout()
    desk.auth.login(SUP2.username, SUP2.password)
    assert desk.security.security_report is not None
    assert not desk.security.security_report.alarm


def test_officer_cannot_rotate(world: DeskWorld) -> None:
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(rotation.PermissionDenied):
        world.desk.rotation.start(OFFICER.password)


# --- kill test -------------------------------------------------------------------------------------------


def _setup(data_dir: Path) -> tuple[bytes, bytes]:
    desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
    desk.auth.setup(
        AgencySettings("UBND TỈNH X", "THANH TRA TỈNH", "Hà Nội", "TTr"),
        NewUser("quantri", "Quản trị", "admin-password-1"),
        NewUser("lanhdao", "Lãnh đạo", "supervisor-password-1"),
    )
    desk.auth.login("quantri", "admin-password-1")
    rng = random.Random(16)
    from datetime import UTC, datetime

    for _ in range(40):
        desk.cases.create_case(sample_draft(rng, datetime(2026, 11, 2, 2, 30, tzinfo=UTC)))
    desk.auth.logout()
    keys = desk.vault.verify_password("lanhdao", "supervisor-password-1")
    assert keys.identity_private is not None
    return keys.db_key, keys.identity_private


def _steps(ack: Path) -> int:
    text = ack.read_text("ascii") if ack.exists() else ""
    return -1 if "ready" not in text else sum(1 for line in text.splitlines() if line.startswith("step "))


def _run(data_dir: Path, ack: Path, kill_at: tuple[int, float] | None) -> None:
    """Run the child; with ``kill_at=(steps, delay)`` SIGKILL it ``delay`` seconds after it has acknowledged
    ``steps`` committed steps (0: right after login). Waiting for a step, not a wall-clock delay from the start,
    makes every run a kill at a random point, however fast or loaded the machine is."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "tests.security.rotation_child", str(data_dir), str(ack)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)  # noqa: S603 - our own child module
    if kill_at is None:
        assert proc.wait(timeout=120) == 0
        return
    steps, delay = kill_at
    deadline = time.monotonic() + 60
    while _steps(ack) < steps and time.monotonic() < deadline:
        if proc.poll() is not None:
            return
        time.sleep(0.001)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)


def test_rotation_survives_sigkill_and_resumes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db_key, old_private = _setup(data_dir)
    before = _identities(data_dir, db_key, old_private)
    assert len(before) >= 30
    rng = random.Random()
    log = []
    for i in range(KILLS):
        ack = tmp_path / f"ack-{i}"
        _run(data_dir, ack, (rng.randrange(0, 12), rng.uniform(0.0, 0.005)))
        text = ack.read_text("ascii") if ack.exists() else ""
        log.append(text.splitlines()[-1] if text else "")
        if "confirmed" in text:
            break
    assert any("confirmed" not in line for line in log), log  # at least one run was killed before the end
    final_ack = tmp_path / "ack-final"
    _run(data_dir, final_ack, None)
    assert "confirmed" in final_ack.read_text("ascii")
    desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
    keys = desk.vault.verify_password("lanhdao", "supervisor-password-1")
    assert keys.identity_private is not None
    assert keys.identity_private != old_private
    assert keys.identity_next is None
    assert _identities(data_dir, keys.db_key, keys.identity_private) == before, log  # nothing lost
    desk.auth.login("lanhdao", "supervisor-password-1")
    assert desk.security.security_report is not None
    assert not desk.security.security_report.alarm, desk.security.security_report.text()
    assert desk.audit.verify().ok
    assert desk.rotation.progress().phase == "none"
    report = os.environ.get("RELIABILITY_REPORT")
    if report:
        Path(report).with_name("rotation-kills.json").write_text(json.dumps(log), "utf-8")
