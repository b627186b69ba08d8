"""The canary scan over the new paths of issue 16: key check, heads, rotation staging, scrubbed backups."""

from __future__ import annotations

from pathlib import Path

from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, set_up_world
from tests.services.test_canary import _needles, _plaintext_export, _scan


def test_no_identity_in_any_new_file_or_keyring_entry(data_dir: Path, tmp_path: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    for _ in range(3):
        desk.cases.create_case(draft(reporters=2))
    assert desk.backup.scheduled() is not None
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)  # key check: trial-opens the canaries
    assert desk.security.security_report is not None
    assert desk.security.security_report.checked == 6
    progress = desk.rotation.start(SUPERVISOR.password)
    desk.rotation.step(batch=3)  # half re-sealed: the staging table holds sealed copies
    export = tmp_path / "mid-rotation.db"
    _plaintext_export(world, export)
    assert _scan(tmp_path) == []
    assert _scan(data_dir) == []
    while progress.done < progress.total:
        progress = desk.rotation.step()
    desk.rotation.finish(SUPERVISOR.password)
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.users.reset_password(OFFICER.username, "reset-password-xyz1")  # rewrites the backup's vault copy
    desk.auth.logout()
    assert _scan(data_dir) == []
    keyring_values = b"".join(world.store.secrets.values())  # type: ignore[attr-defined]
    assert keyring_values  # the device secret, the lockout and head records are there
    assert not any(n in keyring_values for n in _needles())
