"""Scanned attachments: validated by content, sealed (name included), opened only by an audited supervisor."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reception_app.models.attachments import MAX_BYTES, MAX_PER_CASE, check_attachment, sniff
from reception_app.models.errors import ValidationError
from reception_app.services import PermissionDenied
from reception_app.storage.errors import IdentityTampered, WrongCredentials
from tests.factories import CANARY_NAME, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world

PDF = b"%PDF-1.4\n" + b"handwriting-canary-stroke " * 100 + b"\n%%EOF"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
REASON = "Đối chiếu chữ ký trong đơn gốc"


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    w = set_up_world(data_dir)
    w.desk.auth.login(OFFICER.username, OFFICER.password)
    return w


def _count(world: DeskWorld, uid: str) -> int:
    return len(world.desk.attachments.for_case(uid))


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("don.pdf", b"", "0 byte"),
        ("don.pdf", b"%PDF-" + b"x" * MAX_BYTES, "quá lớn"),
        ("don.jpg", PDF, "không khớp"),
        ("don.exe", b"MZ\x90\x00" + b"\x00" * 100, "Chỉ nhận"),
        ("don.pdf", b"<html>not a pdf</html>", "Chỉ nhận"),
        ("", PDF, "Tên tệp"),
        ("\x00\x01", PDF, "Tên tệp"),
    ],
)
def test_malformed_attachments_refused_and_nothing_written(
    world: DeskWorld, name: str, data: bytes, message: str
) -> None:
    uid = world.desk.cases.create_case(draft()).uid
    with pytest.raises(ValidationError) as exc:
        world.desk.attachments.add(uid, name, data)
    assert message in exc.value.text()
    assert _count(world, uid) == 0


def test_attachment_is_sealed_and_opened_only_by_supervisor(world: DeskWorld) -> None:
    desk = world.desk
    uid = desk.cases.create_case(draft()).uid
    info = desk.attachments.add(uid, f"C:\\Scans\\đơn của {CANARY_NAME}.pdf", PDF)
    desk.attachments.add(uid, "anh.PNG", PNG)
    listed = desk.attachments.for_case(uid)
    assert [(a.seq, a.kind) for a in listed] == [(1, "pdf"), (2, "png")]
    assert CANARY_NAME not in repr(listed)
    with pytest.raises(WrongCredentials):
        desk.attachments.open(
            uid,
            info.seq,
            supervisor_username=SUPERVISOR.username,
            supervisor_password="wrong-pass-1",
            reason=REASON,
        )
    with pytest.raises(PermissionDenied):
        desk.attachments.open(
            uid,
            info.seq,
            supervisor_username=OFFICER.username,
            supervisor_password=OFFICER.password,
            reason=REASON,
        )
    with pytest.raises(ValidationError):
        desk.attachments.open(
            uid,
            info.seq,
            supervisor_username=SUPERVISOR.username,
            supervisor_password=SUPERVISOR.password,
            reason="",
        )
    name, data = desk.attachments.open(
        uid,
        info.seq,
        supervisor_username=SUPERVISOR.username,
        supervisor_password=SUPERVISOR.password,
        reason=REASON,
    )
    assert name == f"đơn của {CANARY_NAME}.pdf"  # path stripped, NFC
    assert data == PDF
    desk.auth.logout()
    # nothing readable at rest, even with the DB key
    keys = desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"))
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    blobs = [bytes(r[0]) for r in conn.execute("SELECT sealed_blob FROM attachments")]
    conn.close()
    for blob in blobs:
        assert b"handwriting-canary" not in blob
        assert CANARY_NAME.encode() not in blob
    raw = b"".join(p.read_bytes() for p in world.data_dir.rglob("*") if p.is_file())
    assert b"handwriting-canary" not in raw
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    actions = [e.action for e in desk.audit.entries(case_uid=uid, limit=20)]
    assert actions.count("attachment_open_denied") == 3
    assert "attachment_opened" in actions


def test_swapped_attachment_blob_detected(world: DeskWorld) -> None:
    desk = world.desk
    a = desk.cases.create_case(draft()).uid
    b = desk.cases.create_case(draft()).uid
    desk.attachments.add(a, "a.pdf", PDF)
    desk.attachments.add(b, "b.pdf", PDF)
    desk.auth.logout()
    keys = desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    blobs = conn.execute("SELECT case_id, sealed_blob FROM attachments ORDER BY case_id").fetchall()
    conn.execute("UPDATE attachments SET sealed_blob = ? WHERE case_id = ?", (blobs[1][1], blobs[0][0]))
    conn.close()
    desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(IdentityTampered):
        desk.attachments.open(
            a, 1, supervisor_username=SUPERVISOR.username, supervisor_password=SUPERVISOR.password, reason=REASON
        )


def test_per_case_limit(world: DeskWorld) -> None:
    uid = world.desk.cases.create_case(draft()).uid
    for i in range(MAX_PER_CASE):
        world.desk.attachments.add(uid, f"{i}.jpg", JPEG)
    with pytest.raises(ValidationError, match="tối đa"):
        world.desk.attachments.add(uid, "more.jpg", JPEG)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(max_size=300), data=st.binary(max_size=64))
def test_check_attachment_never_crashes(name: str, data: bytes) -> None:
    error: str | None = None
    try:
        clean, kind = check_attachment(name, data, existing_count=0, existing_bytes=0)
    except ValidationError as exc:
        error = exc.text()
    if error is not None:
        assert len(name.strip()) < 8 or name.strip() not in error  # messages never quote the file name
    else:
        assert kind == sniff(data)
        assert "/" not in clean
        assert "\\" not in clean
