"""The backup runs on its own connections: intake saves while it copies, and the copy is the consistent snapshot."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from reception_app.services.backup import BackupCancelled, BackupJob
from reception_app.storage import backup as store
from reception_app.storage.audit import AuditLog
from reception_app.storage.database import open_database
from reception_app.storage.online_backup import CopyInvalid, Snapshot, copy_online, verify_copy
from tests.factories import ADMIN, CANARY_ID, CANARY_NAME, DeskWorld, draft, set_up_world

WAIT = 60.0  # only a guard against a deadlock hanging the suite; nothing here is timed


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    w = set_up_world(data_dir)
    w.desk.auth.login(ADMIN.username, ADMIN.password)
    for i in range(30):  # a few hundred pages, so a copy of 4 pages a step takes many steps
        w.desk.cases.create_case(draft(subject=f"Trước sao lưu {i}", content="Nội dung dài. " * 200))
    return w


def _job(world: DeskWorld, tmp_path: Path) -> BackupJob:
    return replace(world.desk.backup.prepare(tmp_path / "usb"), step_pages=4)


def _subjects_in_copy(folder: Path, key: bytes) -> set[str]:
    db = open_database(folder / "reception.db", key)
    try:
        return {r["subject"] for r in db.query("SELECT subject FROM cases")}
    finally:
        db.close()


def test_intake_saves_on_another_thread_while_the_backup_copies(world: DeskWorld, tmp_path: Path) -> None:
    job = _job(world, tmp_path)
    head_before = AuditLog(world.desk.ctx.db).head()  # type: ignore[arg-type]
    copying, saved = threading.Event(), threading.Event()
    steps: list[tuple[int, int]] = []
    outcome: dict[str, object] = {}

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if len(steps) == 2:  # mid-copy, snapshot held: let the desk save, and wait until it has
            copying.set()
            assert saved.wait(WAIT)

    def run_backup() -> None:
        try:
            outcome["info"] = job.run(progress)
        except BaseException as exc:  # reported to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=run_backup, name="backup-under-test")
    thread.start()
    try:
        assert copying.wait(WAIT)
        # The desk's own connection (this thread) commits three cases while the backup thread is mid-copy.
        during = [world.desk.cases.create_case(draft(subject=f"Trong lúc sao lưu {i}")).uid for i in range(3)]
    finally:
        saved.set()
        thread.join(WAIT)
    assert not thread.is_alive()
    assert "error" not in outcome, outcome.get("error")
    info = outcome["info"]
    assert isinstance(info, store.BackupInfo)
    assert len(steps) > 3  # really in steps
    assert len(during) == 3
    assert len(world.desk.cases.list_cases().rows) == 33  # the saves landed in the live database
    # The copy is the snapshot taken when the backup began: the 30 earlier cases, none of the three.
    key = world.desk.ctx.keys.db_key  # type: ignore[union-attr]
    subjects = _subjects_in_copy(info.path, key)
    assert subjects == {f"Trước sao lưu {i}" for i in range(30)}
    manifest = store.read_manifest(info.path)  # checksums verify
    assert manifest["cases"] == 30
    assert manifest["audit_head"] == {"seq": head_before[0], "hash": head_before[1]}
    assert store.check_database_copy(info.path / "reception.db", key) == 30  # integrity + cipher checks
    for f in info.path.iterdir():
        data = f.read_bytes()
        assert CANARY_NAME.encode() not in data
        assert CANARY_ID.encode() not in data


def test_the_online_backup_restores(world: DeskWorld, tmp_path: Path) -> None:
    info = _job(world, tmp_path).run()
    world.desk.cases.create_case(draft(subject="Sau sao lưu"))
    world.desk.backup.restore(info.path, admin_username=ADMIN.username, admin_password=ADMIN.password)
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    assert "Sau sao lưu" not in {r.subject for r in world.desk.cases.list_cases().rows}
    assert world.desk.audit.verify().ok


def test_cancel_leaves_nothing_behind(world: DeskWorld, tmp_path: Path) -> None:
    job = _job(world, tmp_path)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(BackupCancelled):
        job.run(cancelled=cancelled)
    assert list((tmp_path / "usb").iterdir()) == []
    world.desk.cases.create_case(draft(subject="Sau khi hủy"))  # the desk is untouched


def test_verify_copy_refuses_a_copy_that_is_not_the_snapshot(world: DeskWorld, tmp_path: Path) -> None:
    key = world.desk.ctx.keys.db_key  # type: ignore[union-attr]
    dest = tmp_path / "copy.db"
    snap = copy_online(world.data_dir / "reception.db", key, dest, step_pages=8)
    verify_copy(dest, key, snap)
    with pytest.raises(CopyInvalid):
        verify_copy(dest, key, Snapshot(snap.audit_seq + 1, snap.audit_hash, snap.cases, snap.schema))
    with pytest.raises(CopyInvalid):
        verify_copy(dest, bytes(32), snap)
    data = bytearray(dest.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dest.write_bytes(bytes(data))
    with pytest.raises(CopyInvalid):
        verify_copy(dest, key, snap)


def test_the_manifest_names_the_method(world: DeskWorld, tmp_path: Path) -> None:
    info = _job(world, tmp_path).run()
    manifest = json.loads((info.path / "manifest.json").read_text("utf-8"))
    assert manifest["method"] == "online-backup-api"
