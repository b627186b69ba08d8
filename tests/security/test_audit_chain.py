"""Attack 2 (issue 16): shortening or rewriting the audit chain is refused by `audit verify` with a named cause."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest

from reception_app import app
from reception_app.services.demo import prepare_demo
from reception_app.storage import crypto
from tests.factories import OFFICER, SUPERVISOR, DeskWorld, draft, make_desk, set_up_world
from tests.security.insider import drop_audit_triggers, raw_db, read_vault, rehash_chain, write_vault

REASON = "Xác minh theo yêu cầu của đoàn thanh tra"


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    """A working day: a case, a reveal (signed at once), another case; the officer logs out."""
    w = set_up_world(data_dir)
    w.desk.auth.login(OFFICER.username, OFFICER.password)
    uid = w.desk.cases.create_case(draft()).uid
    grant = w.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    w.desk.identity.end_reveal(grant.token, "closed")
    w.desk.cases.create_case(draft(subject="Hồ sơ sau khi mở khóa"))
    w.desk.auth.logout()
    return w


def _verify_as_supervisor(world: DeskWorld) -> tuple[bool, str]:
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    report = world.desk.audit.verify()
    world.desk.auth.logout()
    return report.ok, report.problem


def test_untouched_chain_verifies(world: DeskWorld) -> None:
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert world.desk.audit.verify().ok
    assert not world.desk.read_only
    actions = [e.action for e in world.desk.audit.entries(limit=100)]
    assert "reveal_granted" in actions


def test_untouched_demo_database_verifies(data_dir: Path) -> None:
    desk = prepare_demo(data_dir, cases=30, desk=make_desk(data_dir))
    from reception_app.services.demo import DEMO_ACCOUNTS

    (_, _, _), (sup_u, sup_p, _), _ = DEMO_ACCOUNTS
    desk.auth.login(sup_u, sup_p)
    assert desk.audit.verify().ok
    assert desk.security.security_report is not None
    assert not desk.security.security_report.alarm


def test_reveal_is_signed_at_once(world: DeskWorld) -> None:
    conn = raw_db(world)
    seq = conn.execute("SELECT seq FROM audit_log WHERE action = 'reveal_granted'").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM audit_checkpoints WHERE seq = ?", (seq,)).fetchone()[0] == 1
    signer = conn.execute("SELECT signer FROM audit_checkpoints WHERE seq = ?", (seq,)).fetchone()[0]
    conn.close()
    assert signer == SUPERVISOR.username


def test_cutting_the_tail_fails(world: DeskWorld) -> None:
    conn = raw_db(world)
    drop_audit_triggers(conn)
    last_cp = conn.execute("SELECT max(seq) FROM audit_checkpoints").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (last_cp,))
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "ngắn hơn mốc đã ghi" in problem


def test_cutting_the_reveal_out_and_rehashing_fails(world: DeskWorld) -> None:
    conn = raw_db(world)
    conn.execute(
        "DELETE FROM audit_checkpoints WHERE seq >= (SELECT min(seq) FROM audit_log WHERE action LIKE 'reveal%')"
    )
    drop_audit_triggers(conn)
    conn.execute("DELETE FROM audit_log WHERE action LIKE 'reveal%'")
    rehash_chain(conn)
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "viết lại" in problem or "ngắn hơn" in problem


def test_cut_reveals_and_put_back_an_older_vault_fails(data_dir: Path, tmp_path: Path) -> None:
    """The insider cuts the reveals out, re-hashes, and puts back the vault.json from before the reveal."""
    world = set_up_world(data_dir)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    uid = world.desk.cases.create_case(draft()).uid
    world.desk.auth.logout()
    older = tmp_path / "older-vault.json"
    shutil.copyfile(data_dir / "vault.json", older)  # e.g. the copy inside the morning's backup
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    world.desk.auth.logout()
    conn = raw_db(world)
    drop_audit_triggers(conn)
    first = conn.execute("SELECT min(seq) FROM audit_log WHERE action LIKE 'reveal%'").fetchone()[0]
    conn.execute("DELETE FROM audit_checkpoints WHERE seq >= ?", (first,))
    conn.execute("DELETE FROM audit_log WHERE action LIKE 'reveal%'")
    rehash_chain(conn)
    conn.close()
    shutil.copyfile(older, data_dir / "vault.json")
    (data_dir / "vault.json.bak").unlink()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert world.desk.read_only  # detected at the next login, by anyone
    assert world.desk.security.rollback is not None
    assert world.desk.security.rollback.recorded.source == "keyring"
    world.desk.auth.logout()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "kho khóa" in problem  # the keyring copy of the head still knows the longer chain


def test_with_the_keyring_rewritten_too_the_off_desk_code_catches_it(world: DeskWorld) -> None:
    """Residual risk on one PC: a complete rewrite incl. the keyring. The head code noted off the desk differs."""
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    noted = world.desk.security.security_report.head_code  # type: ignore[union-attr]
    world.desk.auth.logout()
    conn = raw_db(world)
    drop_audit_triggers(conn)
    conn.execute("DELETE FROM audit_checkpoints")
    conn.execute("DELETE FROM audit_log WHERE action LIKE 'reveal%' OR action IN ('security_check', 'security_alarm')")
    rehash_chain(conn)
    head_seq, head_hash = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    fake = {"seq": head_seq, "hash": head_hash, "at": "", "signed": False}
    data = read_vault(world)
    data["head"] = fake
    write_vault(world, data)
    import json

    world.store.save(f"{data['install_id']}#head", json.dumps(fake).encode())  # type: ignore[attr-defined]
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert not world.desk.security.check_head_code(noted)


def test_checkpoints_deleted_fail(world: DeskWorld) -> None:
    conn = raw_db(world)
    conn.execute(
        "DELETE FROM audit_checkpoints WHERE seq = (SELECT seq FROM audit_log WHERE action = 'reveal_granted')"
    )
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "thiếu điểm ký" in problem


def test_resigning_with_another_key_fails(world: DeskWorld) -> None:
    """Replace settings.audit_public with the insider's key and re-sign every checkpoint with it."""
    evil_priv, evil_pub = crypto.new_signing_keypair()
    conn = raw_db(world)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'audit_public'", (evil_pub.hex(),))
    for cp_id, seq, digest in conn.execute("SELECT id, seq, hash FROM audit_checkpoints").fetchall():
        sig = base64.b64encode(crypto.sign(evil_priv, f"{seq}|{digest}".encode())).decode()
        conn.execute("UPDATE audit_checkpoints SET signature = ? WHERE id = ?", (sig, cp_id))
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "chữ ký" in problem or "khóa đã ghim" in problem


def test_cli_exit_1_names_the_cause(
    world: DeskWorld, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reception_app import services

    monkeypatch.setattr(services, "Desk", lambda data_dir, clock=None: make_desk(data_dir, world.store))
    monkeypatch.setattr(app.getpass, "getpass", lambda prompt="": SUPERVISOR.password)
    args = ["--data-dir", str(world.data_dir), "audit", "verify", "--user", SUPERVISOR.username]
    assert app.main(args) == 0
    conn = raw_db(world)
    drop_audit_triggers(conn)
    conn.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)")
    conn.close()
    capsys.readouterr()
    assert app.main(args) == 1
    out = capsys.readouterr().out
    assert "ngắn hơn mốc đã ghi" in out


def test_rewriting_vault_and_keyring_heads_is_caught_by_a_backup_manifest(world: DeskWorld) -> None:
    """The insider re-hashes the chain and rewrites both recorded heads; the daily backup's manifest remains."""
    import json

    pass  # rewrite_services_api: import removed

    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert world.desk.backup.scheduled() is not None  # made after the reveal
    world.desk.auth.logout()
    conn = raw_db(world)
    drop_audit_triggers(conn)
    first = conn.execute("SELECT min(seq) FROM audit_log WHERE action LIKE 'reveal%'").fetchone()[0]
    conn.execute("DELETE FROM audit_checkpoints WHERE seq >= ?", (first,))
    conn.execute("DELETE FROM audit_log WHERE action LIKE 'reveal%'")
    rehash_chain(conn)
    head_seq, head_hash = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    fake = {"seq": head_seq, "hash": head_hash, "at": "", "signed": False}
    data = read_vault(world)
    data["head"] = fake
    write_vault(world, data)
    world.store.save(f"{data['install_id']}#head", json.dumps(fake).encode())
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert not world.desk.read_only  # the desk alone does not see it...
    world.desk.auth.logout()
    ok, problem = _verify_as_supervisor(world)
    assert not ok  # ...but audit verify does, from the backup's manifest
    assert "bản sao lưu" in problem
