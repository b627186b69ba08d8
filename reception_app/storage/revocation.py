"""Revocation that revokes (issue 16): no readable copy of an old slot stays in the data folder.

A slot wraps the DB key (and for supervisors the identity private key) under the user's password. After a
password change, reset, role change or deactivation the live ``vault.json`` and its ``.bak`` are rewritten by
the vault itself; this module rewrites every *other* copy the desk can reach: the ``vault.json`` inside each
backup folder in the data folder and each safety copy kept by a restore. The user's slot there is replaced by
the current one (or removed), and the backup manifest's checksum is updated so the backup stays restorable.
Copies the desk cannot reach (a USB stick, another PC) are listed by :func:`backups_holding_old_keys` and the
IT officer must destroy them (docs/SECURITY.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from reception_app.storage.vault import Vault

log = logging.getLogger(__name__)

_COPY_NAMES = ("vault.json", "vault.json.bak")


def _write_atomic(path: Path, payload: bytes) -> None:
    tmp = path.with_name(path.name + ".scrub")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _fix_manifest(folder: Path, name: str) -> None:
    manifest_path = folder / "manifest.json"
    if not manifest_path.is_file():
        return
    try:
        manifest = json.loads(manifest_path.read_text("utf-8"))
        entry = manifest["files"][name]
    except (OSError, ValueError, KeyError, TypeError):
        return
    data = (folder / name).read_bytes()
    entry["sha256"] = hashlib.sha256(data).hexdigest()
    entry["size"] = len(data)
    _write_atomic(manifest_path, json.dumps(manifest, indent=1).encode("utf-8"))


def old_vault_copies(data_dir: Path, live: Path) -> list[Path]:
    """Every vault copy under the data folder except the live file and its .bak."""
    skip = {live.resolve(), live.with_name(live.name + ".bak").resolve()}
    found = []
    for name in _COPY_NAMES:
        for path in data_dir.rglob(name):
            if path.resolve() not in skip and path.is_file():
                found.append(path)
    return sorted(found)


def scrub_old_slots(data_dir: Path, vault: Vault, username: str) -> int:
    """Replace (or remove) ``username``'s slot in every old vault copy of this install. Returns files changed."""
    current = vault.raw_slot(username)
    install_id = vault.install_id
    changed = 0
    for path in old_vault_copies(data_dir, vault.path):
        try:
            data: dict[str, Any] = json.loads(path.read_text("utf-8"))
            if data.get("install_id") != install_id or not isinstance(data.get("slots"), list):
                continue
            slots = data["slots"]
            keep = [s for s in slots if not (s.get("kind") == "user" and s.get("username") == username)]
            if len(keep) == len(slots) and current is None:
                continue
            if current is not None:
                keep.append(current)
            if keep == slots:
                continue
            data["slots"] = keep
            _write_atomic(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
            if path.name == "vault.json":
                _fix_manifest(path.parent, "vault.json")
            changed += 1
        except (OSError, ValueError) as exc:
            log.warning("old vault copy not rewritten: %s", type(exc).__name__)
            with contextlib.suppress(OSError):
                path.with_name(path.name + ".scrub").unlink()
    return changed
