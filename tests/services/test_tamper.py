"""Tampering with sealed identities or the audit log is detected with a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from reception_app.storage.errors import IdentityTampered
from tests.factories import OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world

REASON = "Xác minh theo yêu cầu của đoàn thanh tra"


def _raw(world: DeskWorld) -> sqlcipher3.Connection:
    """A second connection holding the DB key, as an insider with the key would have."""
    keys = world.desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    return conn


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    w = set_up_world(data_dir)
    w.desk.auth.login(OFFICER.username, OFFICER.password)
    return w


def test_flipped_byte_in_sealed_identity(world: DeskWorld) -> None:
    uid = world.desk.cases.create_case(draft()).uid
    world.desk.auth.logout()
    conn = _raw(world)
    blob = bytearray(conn.execute("SELECT sealed_identity FROM reporters").fetchone()[0])
    blob[len(blob) // 2] ^= 0x01
    conn.execute("UPDATE reporters SET sealed_identity = ?", (bytes(blob),))
    conn.close()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(IdentityTampered) as exc:
        world.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert "đã bị sửa đổi" in exc.value.text()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert world.desk.audit.entries(case_uid=uid, limit=5)[0].action == "identity_tamper_detected"


def test_swapped_identities_between_cases(world: DeskWorld) -> None:
    a = world.desk.cases.create_case(draft()).uid
    b = world.desk.cases.create_case(draft(subject="Hồ sơ thứ hai")).uid
    world.desk.auth.logout()
    conn = _raw(world)
    rows = conn.execute("SELECT case_id, sealed_identity FROM reporters ORDER BY case_id").fetchall()
    (id_a, blob_a), (id_b, blob_b) = rows
    conn.execute("UPDATE reporters SET sealed_identity = ? WHERE case_id = ?", (blob_b, id_a))
    conn.execute("UPDATE reporters SET sealed_identity = ? WHERE case_id = ?", (blob_a, id_b))
    conn.close()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    for uid in (a, b):
        with pytest.raises(IdentityTampered):
            world.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)


def test_audit_chain_intact_then_edited_row_detected(world: DeskWorld) -> None:
    world.desk.cases.create_case(draft())
    assert world.desk.audit.verify().ok
    world.desk.auth.logout()
    conn = _raw(world)
    conn.execute("DROP TRIGGER audit_log_no_update")  # an insider with the key can drop the guard...
    conn.execute("UPDATE audit_log SET actor = 'someone-else' WHERE action = 'case_created'")
    bad_seq = conn.execute("SELECT seq FROM audit_log WHERE action = 'case_created'").fetchone()[0]
    conn.close()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    report = world.desk.audit.verify()  # ...but not the chain
    assert not report.ok
    assert report.first_broken_seq == bad_seq
    assert str(bad_seq) in report.text()


def test_deleted_audit_row_detected(world: DeskWorld) -> None:
    world.desk.cases.create_case(draft())
    world.desk.cases.create_case(draft())
    world.desk.auth.logout()
    conn = _raw(world)
    with pytest.raises(sqlcipher3.DatabaseError):  # the trigger refuses ordinary deletes
        conn.execute("DELETE FROM audit_log WHERE seq = 3")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 3")
    conn.close()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    report = world.desk.audit.verify()
    assert not report.ok
    assert report.first_broken_seq == 3


def test_truncated_tail_after_checkpoint_detected(world: DeskWorld) -> None:
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)  # supervisor login signs a checkpoint
    world.desk.auth.logout()
    conn = _raw(world)
    head = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq >= ?", (head - 1,))
    conn.close()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert not world.desk.audit.verify().ok


def test_forged_checkpoint_signature_detected(world: DeskWorld) -> None:
    world.desk.auth.logout()
    conn = _raw(world)
    conn.execute("UPDATE audit_checkpoints SET signature = 'AAAA' || substr(signature, 5)")
    conn.close()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    report = world.desk.audit.verify()
    assert not report.ok
    assert "chữ ký" in report.text()
