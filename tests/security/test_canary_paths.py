"""The canary scan over the new paths of issue 16: key check, heads, rotation staging, scrubbed backups."""

from __future__ import annotations

from pathlib import Path

from reception_app.services import rotation
from reception_app.services.backup import scheduled_backup
from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, set_up_world
from tests.services.test_canary import _needles, _plaintext_export, _scan


def test_no_identity_in_any_new_file_or_keyring_entry(data_dir: Path, tmp_path: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.login(OFFICER.username, OFFICER.password)
    for _ in range(3):
        desk.create_case(draft(reporters=2))
    assert scheduled_backup(desk) is not None
    desk.logout()
    desk.login(SUPERVISOR.username, SUPERVISOR.password)  # key check: trial-opens the canaries
    assert desk.security_report is not None
    assert desk.security_report.checked == 6
    progress = rotation.start_rotation(desk, SUPERVISOR.password)
    rotation.step(desk, batch=3)  # half re-sealed: the staging table holds sealed copies
    export = tmp_path / "mid-rotation.db"
    _plaintext_export(world, export)
    assert _scan(tmp_path) == []
    assert _scan(data_dir) == []
    while progress.done < progress.total:
        progress = rotation.step(desk)
    rotation.finish(desk, SUPERVISOR.password)
    desk.logout()
    desk.login(ADMIN.username, ADMIN.password)
    desk.reset_password(OFFICER.username, "reset-password-xyz1")  # rewrites the backup's vault copy
    desk.logout()
    assert _scan(data_dir) == []
    keyring_values = b"".join(world.store.secrets.values())  # type: ignore[attr-defined]
    assert keyring_values  # the device secret, the lockout and head records are there
    assert not any(n in keyring_values for n in _needles())
