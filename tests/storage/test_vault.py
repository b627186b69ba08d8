"""vault.json: slots, atomic writes with .bak, corrupt files, lockout keys, recovery codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.errors import VaultCorrupt, WrongCredentials
from reception_app.storage.keyring_secret import FileSecretStore, MemorySecretStore
from reception_app.storage.vault import Vault, normalize_recovery_code


def _vault(tmp_path: Path, store: MemorySecretStore | None = None) -> Vault:
    return Vault(tmp_path / "vault.json", store or MemorySecretStore(), kdf=TEST_KDF, floor=TEST_KDF)


def test_officer_slot_holds_only_the_db_key(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    keys, _ = vault.create()
    vault.set_user_slot("canbo", "officer-password", keys.officer_view(), supervisor=False)
    vault.set_user_slot("lanhdao", "supervisor-pass", keys, supervisor=True)
    officer = vault.verify_password("canbo", "officer-password")
    assert officer.db_key == keys.db_key
    assert officer.identity_private is None
    assert officer.audit_private is None
    assert officer.blind_key is None
    sup = vault.verify_password("lanhdao", "supervisor-pass")
    assert sup.identity_private == keys.identity_private
    raw = json.loads((tmp_path / "vault.json").read_text())
    officer_slot = next(s for s in raw["slots"] if s["username"] == "canbo")
    assert set(officer_slot["items"]) == {"db_key", "signing_key"}  # + the officer's own signing key (issue 16)
    assert officer.signing_private is not None
    assert sup.signing_private not in (None, officer.signing_private)
    assert "officer-password" not in (tmp_path / "vault.json").read_text()
    assert repr(sup) == "KeySet(supervisor=True)"


def test_write_keeps_previous_copy(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    keys, _ = vault.create()
    before = (tmp_path / "vault.json").read_bytes()
    vault.set_user_slot("canbo", "officer-password", keys.officer_view(), supervisor=False)
    assert (tmp_path / "vault.json.bak").read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))
    if hasattr(os, "getuid"):  # POSIX modes; Windows relies on the profile folder's ACL
        for name in ("vault.json", "vault.json.bak"):  # the .bak holds the same slots: as private as the vault
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": 99, "slots": []}', b"[]"])
def test_corrupt_vault_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "vault.json").write_bytes(content)
    with pytest.raises(VaultCorrupt):
        _vault(tmp_path).verify_password("x", "y")


def test_slot_swapped_between_users_does_not_unwrap(tmp_path: Path) -> None:
    """The associated data binds each wrapped item to its slot id."""
    vault = _vault(tmp_path)
    keys, _ = vault.create()
    vault.set_user_slot("a", "password-aaaa", keys.officer_view(), supervisor=False)
    vault.set_user_slot("b", "password-aaaa", keys.officer_view(), supervisor=False)
    raw = json.loads((tmp_path / "vault.json").read_text())
    slots = {s["username"]: s for s in raw["slots"] if s["kind"] == "user"}
    slots["a"]["items"] = slots["b"]["items"]
    (tmp_path / "vault.json").write_text(json.dumps(raw))
    vault.reload()
    with pytest.raises(WrongCredentials):
        vault.verify_password("a", "password-aaaa")


def test_recovery_code_normalisation() -> None:
    assert normalize_recovery_code("abcd-ef0h 1jk8") == "ABCDEFOHIJKB"


def test_file_secret_store_is_private_and_warns(tmp_path: Path) -> None:
    store = FileSecretStore(tmp_path)
    store.save("install", b"\x01" * 32)
    assert store.load("install") == b"\x01" * 32
    assert store.load("other") is None
    assert (tmp_path / "device_secret").stat().st_mode & 0o777 == 0o600
    assert store.warning
