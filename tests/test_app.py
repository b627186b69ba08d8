"""Command line: --version, audit verify (ok and broken), demo data."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from reception_app import __version__, app
from reception_app.services.demo import DEMO_ACCOUNTS, prepare_demo
from tests.factories import ADMIN, make_desk, set_up_world


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        app.main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def _patch_desk(monkeypatch: pytest.MonkeyPatch, world_store: object) -> None:
    from reception_app import services

    monkeypatch.setattr(services, "Desk", lambda data_dir, clock=None: make_desk(data_dir, world_store))  # type: ignore[arg-type]


def test_audit_verify_cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    world = set_up_world(data_dir)
    _patch_desk(monkeypatch, world.store)
    monkeypatch.setattr(app.getpass, "getpass", lambda prompt="": ADMIN.password)
    assert app.main(["--data-dir", str(data_dir), "audit", "verify", "--user", ADMIN.username]) == 0
    assert "toàn vẹn" in capsys.readouterr().out
    # break the chain with the DB key, as an insider could
    keys = world.desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(data_dir / "reception.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET action = 'nothing' WHERE seq = 2")
    conn.close()
    assert app.main(["--data-dir", str(data_dir), "audit", "verify", "--user", ADMIN.username]) == 1
    assert "số 2" in capsys.readouterr().out


def test_audit_verify_wrong_password(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    world = set_up_world(data_dir)
    _patch_desk(monkeypatch, world.store)
    monkeypatch.setattr(app.getpass, "getpass", lambda prompt="": "wrong-password-1")
    assert app.main(["--data-dir", str(data_dir), "audit", "verify", "--user", ADMIN.username]) == 2


def test_demo_data(data_dir: Path) -> None:
    desk = prepare_demo(data_dir, cases=40, desk=make_desk(data_dir))
    username, password, _ = DEMO_ACCOUNTS[2]
    desk.auth.login(username, password)
    rows = desk.cases.list_cases(limit=100).rows
    assert len(rows) == 40
    assert len({r.kind for r in rows}) >= 3
    assert desk.audit.verify().ok
    assert prepare_demo(data_dir, cases=40, desk=desk) is desk  # idempotent


def test_data_dir_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(app.ENV_DATA_DIR, str(tmp_path / "env"))
    assert app.resolve_data_dir(None) == tmp_path / "env"
    assert app.resolve_data_dir(str(tmp_path / "arg")) == tmp_path / "arg"


def test_second_start_on_same_folder_is_refused(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reception_app.services.instance_lock import InstanceLock

    set_up_world(data_dir)
    with InstanceLock(data_dir) as first:  # the running app
        assert first.acquire()
        import subprocess
        import sys

        out = subprocess.run(  # noqa: S603 - our own module
            [sys.executable, "-m", "reception_app", "--data-dir", str(data_dir), "audit", "verify"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert out.returncode == 3
    assert "đang chạy" in out.stderr
