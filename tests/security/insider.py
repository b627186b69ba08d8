"""What the insider of ARCHITECTURE/issue 16 can do, written with the app's own code.

The insider is an officer: knows their own password, works on the desk's Windows account (so the device secret
in the OS keyring opens for them: here ``world.store``), reads and writes every file of the data and backup
folders. Every helper below uses only those powers.
"""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import sqlcipher3

from reception_app.storage import crypto
from reception_app.storage.audit import GENESIS, _canonical, entry_hash
from reception_app.storage.vault import KeySet, Vault, key_statement
from tests.factories import OFFICER, DeskWorld


def officer_vault(world: DeskWorld, path: Path | None = None) -> Vault:
    return Vault(
        path or world.data_dir / "vault.json", world.store, kdf=world.desk.vault.kdf, floor=world.desk.vault.floor
    )


def officer_keys(world: DeskWorld) -> KeySet:
    """The officer's own slot opened with their own password (as the app does at their login)."""
    return officer_vault(world).verify_password(OFFICER.username, OFFICER.password)


def raw_db(world: DeskWorld, *, key: bytes | None = None) -> sqlcipher3.Connection:
    """The database opened with the DB key from the officer's own slot (or ``key``: the test's own view)."""
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{(key or officer_keys(world).db_key).hex()}'\"")
    return conn


def db_key_for_test(world: DeskWorld) -> bytes:
    """The DB key through the recovery slot: for the test's own checks, not an insider power."""
    return officer_vault(world).unlock_recovery(world.recovery_code).db_key


def read_vault(world: DeskWorld, name: str = "vault.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((world.data_dir / name).read_text("utf-8"))
    return data


def write_vault(world: DeskWorld, data: dict[str, Any], name: str = "vault.json") -> None:
    (world.data_dir / name).write_text(json.dumps(data, indent=1, sort_keys=True), "utf-8")


def swap_identity_key(world: DeskWorld, *, own_slot: bool = True) -> tuple[bytes, bytes]:
    """Put the officer's own X25519 public key everywhere the officer can write. Returns (private, public).

    ``own_slot``: also re-wrap the officer's own slot with the evil keys pinned (they know its password) and
    forge the key statement with an audit key of their own, so their session's prevention check passes.
    """
    evil_priv, evil_pub = crypto.new_identity_keypair()
    evil_audit_priv, evil_audit_pub = crypto.new_signing_keypair()
    vault = officer_vault(world)
    keys = vault.verify_password(OFFICER.username, OFFICER.password)
    audit_pub = evil_audit_pub if own_slot else keys.audit_public
    if own_slot:
        vault.set_user_slot(OFFICER.username, OFFICER.password, keys.with_public(evil_pub, audit_pub), supervisor=False)
    data = read_vault(world)
    data["identity_public"] = base64.b64encode(evil_pub).decode()
    data["audit_public"] = base64.b64encode(audit_pub).decode()
    if own_slot:
        statement = crypto.sign(evil_audit_priv, key_statement(data["install_id"], evil_pub, audit_pub))
        data["key_statement"] = base64.b64encode(statement).decode()
    write_vault(world, data)
    conn = raw_db(world)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'identity_public'", (evil_pub.hex(),))
    conn.close()
    return evil_priv, evil_pub


def rehash_chain(conn: sqlcipher3.Connection) -> None:
    """Recompute every hash of the audit chain (after deleting or editing rows), as the app's code does."""
    prev = GENESIS
    drop_audit_triggers(conn)
    rows = conn.execute("SELECT seq, at, actor, action, case_uid, details FROM audit_log ORDER BY seq").fetchall()
    conn.execute("DELETE FROM audit_log")
    for new_seq, (_, at, actor, action, case_uid, details) in enumerate(rows, start=1):
        digest = entry_hash(
            prev,
            _canonical(new_seq, at=at, actor=actor, action=action, case_uid=case_uid, details=json.loads(details)),
        )
        conn.execute(
            "INSERT INTO audit_log (seq, at, actor, action, case_uid, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (new_seq, at, actor, action, case_uid, details, prev, digest),
        )
        prev = digest


def copy_data_folder(src: Path, dst: Path) -> None:
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("backups"))


def put_back(snapshot: Path, data_dir: Path, names: tuple[str, ...]) -> None:
    for name in names:
        if (snapshot / name).exists():
            shutil.copyfile(snapshot / name, data_dir / name)
        else:
            (data_dir / name).unlink(missing_ok=True)


def drop_audit_triggers(conn: sqlcipher3.Connection) -> None:
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
