"""An install made before keys were pinned is pinned at its first supervisor login, with no false alarm."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from reception_app.storage import crypto
from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.vault import Vault, normalize_recovery_code
from reception_app.storage.vault_keys import pins_tag
from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, set_up_world
from tests.security.insider import db_key_for_test, raw_db


def _make_legacy(world, passwords: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Rewrite every slot as the previous format did: no pins, items bound to ``slot id | item`` only."""
    path = world.data_dir / "vault.json"
    data = json.loads(path.read_text("utf-8"))
    vault = Vault(path, world.store, kdf=TEST_KDF, floor=TEST_KDF)
    for slot in data["slots"]:
        secret = passwords[slot["username"]] if slot["kind"] == "user" else normalize_recovery_code(passwords[""])
        kek = vault._kek(slot["kind"], slot["id"], secret.encode(), base64.b64decode(slot["salt"]), TEST_KDF)
        pins = slot.pop("pins")
        id_pub, audit_pub = base64.b64decode(pins["identity_public"]), base64.b64decode(pins["audit_public"])
        tag = pins_tag(id_pub, audit_pub)
        slot["items"].pop("signing_key", None)  # that format had no personal signing keys either
        slot.pop("signing_public", None)
        slot.pop("signing_previous", None)
        for name, blob in slot["items"].items():
            plain = crypto.aead_decrypt(kek, base64.b64decode(blob), f"{slot['id']}|{name}|{tag}".encode())
            slot["items"][name] = base64.b64encode(
                crypto.aead_encrypt(kek, plain, f"{slot['id']}|{name}".encode())
            ).decode()
    data.pop("key_statement")
    path.write_text(json.dumps(data), "utf-8")
    (world.data_dir / "vault.json.bak").unlink()
    conn = raw_db(world, key=db_key_for_test(world))
    conn.execute("DELETE FROM settings WHERE key IN ('key_statement', 'keycheck.marks', 'keycheck.sig')")
    conn.close()


def test_legacy_install_is_pinned_without_alarm(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.cases.create_case(draft())
    world.desk.auth.logout()
    passwords = {ADMIN.username: ADMIN.password, SUPERVISOR.username: SUPERVISOR.password}
    passwords |= {OFFICER.username: OFFICER.password, "": world.recovery_code}
    _make_legacy(world, passwords)
    world.desk.auth.login(OFFICER.username, OFFICER.password)  # a legacy slot still opens and seals
    world.desk.cases.create_case(draft())
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    report = world.desk.security.security_report
    assert report is not None
    assert not report.alarm, report.text()
    actions = [e.action for e in world.desk.audit.entries(limit=20)]
    assert "keys_pinned_first_time" in actions
    assert world.desk.audit.verify().ok
    world.desk.auth.logout()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.cases.create_case(draft())
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert world.desk.security.security_report.checked == 1  # type: ignore[union-attr]
    assert not world.desk.security.security_report.alarm  # type: ignore[union-attr]
