"""SIGKILL at random moments: every acknowledged case survives whole; the vault never locks everyone out.

``make test`` runs a short loop (RELIABILITY_KILLS, default 12 per test); ``make reliability`` runs 200.
SIGKILL tests process death (the OS still flushes its buffers); power loss is covered by
``synchronous=FULL`` + WAL and by the vault's fsync-then-rename, which these tests cannot cut.
"""

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

from reception_app.services import AgencySettings, Desk, NewUser
from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.keyring_secret import FileSecretStore
from tests.reliability.crash_child import OFFICER, PASSWORDS

KILLS = int(os.environ.get("RELIABILITY_KILLS", "12"))
ROOT = Path(__file__).resolve().parents[2]
REPORT = os.environ.get("RELIABILITY_REPORT")


def _setup(data_dir: Path) -> str:
    desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
    code = desk.auth.setup(
        AgencySettings("UBND TỈNH X", "THANH TRA TỈNH", "Hà Nội", "TTr"),
        NewUser("quantri", "Quản trị", "admin-password-1"),
        NewUser("lanhdao", "Lãnh đạo", "supervisor-password-1"),
    )
    desk.auth.login("quantri", "admin-password-1")
    desk.users.create_user(NewUser(OFFICER[0], "Cán bộ", OFFICER[1]))
    desk.auth.logout()
    return code


def _run_and_kill(args: list[str], ack: Path, rng: random.Random) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = [sys.executable, "-m", "tests.reliability.crash_child", *args]
    proc = subprocess.Popen(child, cwd=ROOT, env=env)  # noqa: S603 - our own child module
    deadline = time.monotonic() + 30
    while not (ack.exists() and ack.stat().st_size) and time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"child exited early with {proc.returncode}")
        time.sleep(0.01)
    time.sleep(rng.uniform(0.0, 0.4))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)


def _raw(data_dir: Path, code: str) -> sqlcipher3.Connection:
    desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
    keys = desk.vault.unlock_recovery(code)
    conn = sqlcipher3.connect(str(data_dir / "reception.db"))
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    return conn


def _check_database(data_dir: Path, code: str, acked: list[str]) -> dict[str, int]:
    conn = _raw(data_dir, code)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        cases = {
            uid: (cid, n_docs)
            for cid, uid, n_docs in conn.execute(
                "SELECT c.id, c.uid, (SELECT count(*) FROM documents_received d WHERE d.case_id = c.id) FROM cases c"
            )
        }
        missing = [uid for uid in acked if uid not in cases]
        assert missing == [], f"acknowledged cases lost: {missing}"
        audited = {r[0] for r in conn.execute("SELECT case_uid FROM audit_log WHERE action = 'case_created'")}
        fts = {r[0] for r in conn.execute("SELECT rowid FROM cases_fts")}
        for uid, (cid, _docs) in cases.items():  # no half-written case: every visible case is whole
            assert uid in audited, f"case {uid} has no audit event"
            assert cid in fts, f"case {uid} has no search row"
            reporters = conn.execute("SELECT count(*) FROM reporters WHERE case_id = ?", (cid,)).fetchone()[0]
            anonymous = conn.execute("SELECT anonymous FROM cases WHERE id = ?", (cid,)).fetchone()[0]
            assert reporters >= (0 if anonymous else 1)
        return {"cases": len(cases), "acked": len(acked)}
    finally:
        conn.close()


@pytest.mark.slow
def test_killed_while_saving_cases_loses_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    code = _setup(data_dir)
    ack = tmp_path / "ack.txt"
    rng = random.Random(7)
    for i in range(KILLS):
        _run_and_kill(["cases", str(data_dir), str(ack), str(i)], ack, rng)
        acked = [line for line in ack.read_text("ascii").split() if line != "ready"]
        stats = _check_database(data_dir, code, acked)
        ack.write_text("\n".join(acked) + ("\n" if acked else ""), "ascii")
    desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
    desk.auth.login("quantri", "admin-password-1")
    assert desk.audit.verify().ok
    desk.close()
    if REPORT:
        Path(REPORT).write_text(json.dumps({"case_kills": KILLS, **stats, "lost": 0}), "utf-8")
    assert stats["acked"] > 0


@pytest.mark.slow
def test_killed_while_changing_password_never_locks_out(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _setup(data_dir)
    ack = tmp_path / "ack.txt"
    rng = random.Random(11)
    for _ in range(KILLS):
        _run_and_kill(["vault", str(data_dir), str(ack)], ack, rng)
        acked = ack.read_text("ascii").split()[-1]
        other = PASSWORDS[1] if acked == PASSWORDS[0] else PASSWORDS[0]
        desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
        # the acknowledged password, or the one whose write was cut off after it landed, opens the desk
        for password in (acked, other):
            try:
                desk.auth.login(OFFICER[0], password)
            except Exception:  # noqa: S112 - try the other one
                continue
            ack.write_text(password + "\n", "ascii")
            break
        else:
            pytest.fail("killed password change locked the officer out")
        desk.close()
        assert json.loads((data_dir / "vault.json").read_text("utf-8"))["format"] == 1
