"""Damaged files, a full disk, a failing keyring, a clock moved back: a clear message, nothing saved is lost."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from reception_app.models.errors import KnownError
from reception_app.services import Desk
from reception_app.storage.errors import DatabaseCorrupt, DiskFull
from reception_app.storage.keyring_secret import (
    FALLBACK_WARNING,
    FileSecretStore,
    KeyringSecretStore,
    KeyringUnavailable,
    choose_store,
    default_store,
)
from tests.factories import ADMIN, OFFICER, draft, set_up_world


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _subjects(desk: Desk) -> list[str]:
    return [r.subject for r in desk.cases.list_cases().rows]


def test_disk_full_during_save_keeps_everything(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.cases.create_case(draft(subject="Đã lưu trước"))
    db = desk.ctx.db
    assert db is not None
    db.execute(f"PRAGMA max_page_count = {int(db.scalar('PRAGMA page_count'))}")  # the disk is now "full"
    big = draft(subject="Không lưu được", content="nội dung dài " * 3000)
    with pytest.raises(DiskFull) as exc:
        desk.cases.create_case(big)
    assert "Ổ đĩa đã đầy" in exc.value.text()
    assert _subjects(desk) == ["Đã lưu trước"]  # no half-written case
    db.execute("PRAGMA max_page_count = 1073741823")  # space freed: the same draft saves
    desk.cases.create_case(big)
    assert _subjects(desk) == ["Không lưu được", "Đã lưu trước"]
    assert desk.cases.search_cases("khong luu").rows
    desk.auth.login(ADMIN.username, ADMIN.password)
    assert desk.audit.verify().ok


def _read_everything(desk: Desk) -> None:
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.cases.list_cases(limit=200)
    desk.cases.search_cases("noi dung")
    for row in desk.cases.list_cases(limit=200).rows:
        desk.cases.get_case(row.uid)


def test_corrupted_pages_give_a_clear_error_and_are_not_overwritten(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    for i in range(60):
        desk.cases.create_case(draft(subject=f"Hồ sơ {i}", content="nội dung " * 200))
    desk.auth.logout()
    path = data_dir / "reception.db"
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(3, len(data) // page, 7):  # flip bytes in several pages past the schema
        data[n * page + 100] ^= 0xFF
    path.write_bytes(bytes(data))
    damaged = hashlib.sha256(data).hexdigest()
    with pytest.raises(KnownError) as exc:
        _read_everything(desk)
    assert isinstance(exc.value, DatabaseCorrupt)
    assert "khôi phục từ bản sao lưu" in exc.value.text()
    desk.auth.logout()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == damaged  # nothing written over the evidence


def test_corrupted_first_page_is_reported_as_damage_not_wrong_password(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    path = data_dir / "reception.db"
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        world.desk.auth.login(OFFICER.username, OFFICER.password)


def test_deleted_wal_after_close_loses_nothing(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uids = [desk.cases.create_case(draft(subject=f"Hồ sơ {i}")).uid for i in range(20)]
    desk.auth.logout()
    for name in ("reception.db-wal", "reception.db-shm"):
        (data_dir / name).unlink(missing_ok=True)
    desk.auth.login(OFFICER.username, OFFICER.password)
    assert {r.uid for r in desk.cases.list_cases().rows} == set(uids)


def test_clock_moved_backwards(data_dir: Path) -> None:
    clock = Clock()
    world = set_up_world(data_dir, clock=clock)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    a = desk.cases.create_case(draft(subject="Hôm nay", received_at=None))
    clock.now -= timedelta(days=400)  # someone set the BIOS clock back a year
    b = desk.cases.create_case(draft(subject="Đồng hồ lùi", received_at=None))
    clock.now += timedelta(days=400)
    c = desk.cases.create_case(draft(subject="Đồng hồ đúng lại", received_at=None))
    assert len({a.number, b.number, c.number}) == 3
    assert _subjects(desk) == ["Đồng hồ đúng lại", "Đồng hồ lùi", "Hôm nay"]  # entry order, not clock order
    desk.auth.login(ADMIN.username, ADMIN.password)
    assert desk.audit.verify().ok


class BrokenKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("D-Bus connection lost")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("D-Bus connection lost")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("D-Bus connection lost")


def test_keyring_failing_is_a_clear_message(data_dir: Path) -> None:
    keyring.set_keyring(BrokenKeyring())
    store = KeyringSecretStore()
    with pytest.raises(KeyringUnavailable) as exc:
        store.load("install")
    assert "kho khóa" in exc.value.text()
    desk = Desk(data_dir, secret_store=store)
    from tests.factories import AGENCY, SUPERVISOR

    with pytest.raises(KeyringUnavailable):
        desk.auth.setup(AGENCY, ADMIN, SUPERVISOR)
    assert not desk.is_set_up
    assert not list(data_dir.iterdir()) or {p.name for p in data_dir.iterdir()} <= {"logs"}


def test_no_keyring_backend_falls_back_to_file_with_warning(data_dir: Path) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert isinstance(choose_store(data_dir), FileSecretStore)
    store = default_store(data_dir)  # what the desk uses: decided at first use
    assert store.warning == FALLBACK_WARNING
    store.save("install", b"s" * 32)
    assert FileSecretStore(data_dir).load("install") == b"s" * 32


def _chattr(flag: str, *paths: Path) -> bool:
    import shutil
    import subprocess

    tool = shutil.which("chattr")
    if tool is None:
        return False
    result = subprocess.run([tool, flag, *map(str, paths)], capture_output=True, check=False)  # noqa: S603
    return result.returncode == 0


def _login_and_save(desk: Desk) -> None:
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.cases.create_case(draft(subject="Không lưu được"))


def test_read_only_data_folder_gives_a_clear_message(data_dir: Path) -> None:
    """The database file made immutable (works even for root, unlike chmod): saving fails clearly."""
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.cases.create_case(draft(subject="Đã lưu"))
    desk.auth.logout()
    files = [data_dir / "reception.db", data_dir / "vault.json"]
    if not _chattr("+i", *files):
        pytest.skip("chattr +i is not available on this file system")  # noted in the closing note
    try:
        with pytest.raises(KnownError) as exc:
            _login_and_save(desk)
        assert desk.session is None  # no half-open session without its audit event
        assert "chỉ đọc" in exc.value.text() or "Không ghi được" in exc.value.text() or "khóa" in exc.value.text()
    finally:
        desk.auth.logout()
        _chattr("-i", *files)
    desk.auth.login(OFFICER.username, OFFICER.password)
    assert _subjects(desk) == ["Đã lưu"]
