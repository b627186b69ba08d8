"""vault.json: key slots (ARCHITECTURE §3), lockout counters, atomic writes with a .bak copy.

A user slot wraps the DB key (and, for supervisors, the identity, audit and blind-index keys) under
``KEK = HKDF(Argon2id(password, salt), salt=device secret, info="reception_app slot v1|" + slot id)``.
The recovery slot wraps every key without the device secret, so a backup opens on a new machine.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import unicodedata
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from reception_app.models.clock import Clock
from reception_app.storage import crypto
from reception_app.storage.crypto import KDF_FLOOR, PRODUCTION_KDF, DecryptionFailed, KdfParams
from reception_app.storage.errors import (
    AccountLocked,
    DeviceSecretMissing,
    VaultCorrupt,
    WeakKdfParameters,
    WrongCredentials,
)
from reception_app.storage.keyring_secret import DeviceSecretStore
from reception_app.storage.mirror import HeadRecord, load_named, merge_lock_entry, save_named, trim_lock_table
from reception_app.storage.vault_keys import KeySet, SlotInfo, SlotPins, key_statement, pins_tag

__all__ = ["KeySet", "SlotInfo", "SlotPins", "Vault", "key_statement"]

FORMAT = 1
MAX_FAILURES = 5
BASE_LOCK = timedelta(minutes=15)
MAX_LOCK = timedelta(days=1)
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_SUPERVISOR_ITEMS = ("identity_private", "audit_private", "blind_key")


def _item_ad(slot_id: str, name: str, suffix: str, shown: str) -> bytes:
    """A slot item's associated data; the signing key's also binds the public keys the slot shows."""
    return f"{slot_id}|{name}{suffix}{'|' + shown if name == 'signing_key' else ''}".encode()


def _shown(slot: dict[str, Any]) -> str:
    """The signing public keys a slot shows in clear: its own, then those of the slots it replaced."""
    return ",".join([str(slot.get("signing_public", "")), *map(str, slot.get("signing_previous", []))])


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, TypeError) as exc:
        raise VaultCorrupt("base64") from exc


def _password_bytes(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


def normalize_recovery_code(code: str) -> str:
    """Upper-case, drop separators, fix look-alikes (0→O, 1→I, 8→B) that base32 does not use."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans("018", "OIB"))


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(_B32) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(raw[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(raw), RECOVERY_GROUP_LEN))


class Vault:
    """The key vault file. Not thread-safe: use it from the DB thread.

    Args:
        path: the ``vault.json`` path.
        store: where the device secret lives.
        kdf: Argon2id parameters for new slots.
        floor: the weakest parameters a loaded slot may have (production: t=3, 64 MiB).
        clock: returns the current UTC time (tests move it).
    """

    def __init__(
        self,
        path: Path,
        store: DeviceSecretStore,
        *,
        kdf: KdfParams = PRODUCTION_KDF,
        floor: KdfParams = KDF_FLOOR,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.path = path
        self._store = store
        self.kdf = kdf
        self.floor = floor
        self._clock: Callable[[], datetime] = clock or Clock()
        self._data: dict[str, Any] | None = None

    # --- file ---------------------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    def _load(self) -> dict[str, Any]:
        if self._data is None:
            try:
                data = json.loads(self.path.read_text("utf-8"))
            except FileNotFoundError:
                raise
            except (OSError, ValueError) as exc:
                raise VaultCorrupt("json") from exc
            if not isinstance(data, dict) or data.get("format") != FORMAT or "slots" not in data:
                raise VaultCorrupt("format")
            self._data = data
        return self._data

    def reload(self) -> None:
        self._data = None

    def _save(self, data: dict[str, Any], *, revoke: bool = False) -> None:
        """Atomic: temp + fsync + rename; the previous file is kept as vault.json.bak.

        ``revoke``: a slot was removed or replaced, so the previous file must not survive anywhere: the
        ``.bak`` gets the new content too (the old slot would still open with the old password).
        """
        tmp = self.path.with_name(self.path.name + ".tmp")
        payload = json.dumps(data, indent=1, sort_keys=True).encode("utf-8")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            if self.path.exists():
                bak = self.path.with_name(self.path.name + ".bak")
                bak_tmp = bak.with_name(bak.name + ".tmp")
                bfd = os.open(bak_tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # private, like vault.json
                with os.fdopen(bfd, "wb") as bh:
                    bh.write(payload if revoke else self.path.read_bytes())
                    bh.flush()
                    os.fsync(bh.fileno())
                with contextlib.suppress(OSError):  # a .bak left 0644 by an older version
                    os.chmod(bak_tmp, 0o600)
                os.replace(bak_tmp, bak)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        with contextlib.suppress(OSError):  # fsync the directory so the rename itself survives power loss
            dfd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        self._data = data

    @property
    def install_id(self) -> str:
        return str(self._load()["install_id"])

    # --- creation -------------------------------------------------------------------------------------

    def create(self) -> tuple[KeySet, str]:
        """Make a new vault: fresh keys, device secret, recovery slot. Returns (all keys, recovery code)."""
        if self.exists():
            raise VaultCorrupt("exists")
        install_id = uuid.uuid4().hex
        device_secret = crypto.random_key()
        self._store.save(install_id, device_secret)
        id_priv, id_pub = crypto.new_identity_keypair()
        audit_priv, audit_pub = crypto.new_signing_keypair()
        keys = KeySet(
            db_key=crypto.random_key(),
            identity_public=id_pub,
            audit_public=audit_pub,
            identity_private=id_priv,
            audit_private=audit_priv,
            blind_key=crypto.random_key(),
        )
        code = new_recovery_code()
        data: dict[str, Any] = {
            "format": FORMAT,
            "install_id": install_id,
            "device_fp": self._fingerprint(device_secret, install_id),
            "identity_public": _b64(id_pub),
            "audit_public": _b64(audit_pub),
            "slots": [],
            "lockout": {},
            "pending_events": [],
            "key_statement": _b64(crypto.sign(audit_priv, key_statement(install_id, id_pub, audit_pub))),
        }
        data["slots"].append(self._make_slot("recovery", "", normalize_recovery_code(code), keys, data))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._save(data)
        return keys, code

    @staticmethod
    def _fingerprint(device_secret: bytes, install_id: str) -> str:
        return hashlib.sha256(b"reception_app device fp|" + install_id.encode() + device_secret).hexdigest()[:16]

    def _device_secret(self) -> bytes:
        data = self._load()
        secret = self._store.load(data["install_id"])
        if secret is None or self._fingerprint(secret, data["install_id"]) != data.get("device_fp"):
            raise DeviceSecretMissing()
        return secret

    def _kek(self, kind: str, slot_id: str, secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        stretched = crypto.argon2id(secret, salt, params)
        if kind == "recovery":
            return crypto.hkdf(stretched, salt=b"", info=f"reception_app recovery v1|{slot_id}".encode())
        return crypto.hkdf(stretched, salt=self._device_secret(), info=f"reception_app slot v1|{slot_id}".encode())

    def _make_slot(
        self,
        kind: str,
        username: str,
        secret: str,
        keys: KeySet,
        data: dict[str, Any],
        *,
        supervisor: bool = True,
        signing: bytes | None = None,
        previous: list[str] | None = None,
    ) -> dict[str, Any]:
        slot_id = ("r-" if kind == "recovery" else "u-") + secrets.token_hex(8)
        salt = os.urandom(16)
        params = self.kdf
        self._data = data  # _kek may need the device secret of a vault being created
        kek = self._kek(kind, slot_id, _password_bytes(secret), salt, params)
        items = {"db_key": keys.db_key} | ({"signing_key": signing} if signing is not None else {})
        clear: dict[str, Any] = {}
        if signing is not None:
            clear = {"signing_public": crypto.signing_public_of(signing).hex(), "signing_previous": previous or []}
        shown = _shown(clear) if clear else ""
        tag = pins_tag(keys.identity_public, keys.audit_public)
        if supervisor:
            for name in _SUPERVISOR_ITEMS:
                value = getattr(keys, name)
                if value is None:
                    raise ValueError("supervisor slot needs the supervisor keys")
                items[name] = value
            if keys.identity_next is not None:
                items["identity_next"] = keys.identity_next
        return {
            "id": slot_id,
            "kind": kind,
            "username": username,
            "device_fp": data.get("device_fp", "") if kind == "user" else "",
            "kdf": {"t": params.time_cost, "m": params.memory_kib, "p": params.parallelism},
            "salt": _b64(salt),
            # In clear so a supervisor session can compare every slot's keys; bound to the items below
            # through the associated data, so a slot only opens with the keys it shows.
            "pins": {"identity_public": _b64(keys.identity_public), "audit_public": _b64(keys.audit_public)},
            # The slot's personal signing key shows its public half (bound into that item's associated data):
            # a supervisor certifies only keys a slot shows (services/attest.py).
            **clear,
            "items": {
                k: _b64(crypto.aead_encrypt(kek, v, _item_ad(slot_id, k, "|" + tag, shown))) for k, v in items.items()
            },
        }

    # --- user slots ------------------------------------------------------------------------------------

    def slots(self) -> list[SlotInfo]:
        data = self._load()
        return [
            SlotInfo(
                s["id"],
                s["username"],
                "identity_private" in s["items"],
                s["kind"] == "user" and s.get("device_fp") != data.get("device_fp"),
            )
            for s in data["slots"]
            if s["kind"] == "user"
        ]

    def has_user(self, username: str) -> bool:
        return any(s.username == username for s in self.slots())

    def set_user_slot(
        self, username: str, password: str, keys: KeySet, *, supervisor: bool, signing: bytes | None = None
    ) -> bytes:
        """Create or replace ``username``'s slot (password change, reset, role change); returns its signing public key.

        ``signing``: the user's personal Ed25519 key to keep (their own password change); None makes a new one
        (the key of ``keys`` belongs to whoever holds them, never to ``username``).
        """
        data = json.loads(json.dumps(self._load()))
        signing = signing or crypto.new_signing_keypair()[0]
        old = next((s for s in data["slots"] if s["kind"] == "user" and s["username"] == username), None)
        previous = [k for k in _shown(old or {}).split(",") if k and k != crypto.signing_public_of(signing).hex()]
        slot = self._make_slot(
            "user", username, password, keys, data, supervisor=supervisor, signing=signing, previous=previous[:8]
        )
        replaced = old is not None
        data["slots"] = [s for s in data["slots"] if not (s["kind"] == "user" and s["username"] == username)]
        data["slots"].append(slot)
        self._save(data, revoke=replaced)
        return crypto.signing_public_of(signing)

    def remove_user_slot(self, username: str) -> None:
        data = json.loads(json.dumps(self._load()))
        data["slots"] = [s for s in data["slots"] if not (s["kind"] == "user" and s["username"] == username)]
        self._save(data, revoke=True)

    def _unwrap(self, slot: dict[str, Any], secret: str) -> KeySet:
        data = self._load()
        kdf = slot.get("kdf", {})
        params = KdfParams(int(kdf.get("t", 0)), int(kdf.get("m", 0)), int(kdf.get("p", 1)))
        if not params.at_least(self.floor):
            raise WeakKdfParameters()
        kek = self._kek(slot["kind"], slot["id"], _password_bytes(secret), _unb64(slot["salt"]), params)
        pins = slot.get("pins")
        if isinstance(pins, dict):
            id_pub, audit_pub = _unb64(str(pins.get("identity_public", ""))), _unb64(str(pins.get("audit_public", "")))
            suffix = "|" + pins_tag(id_pub, audit_pub)
        else:  # a slot written before keys were pinned (format 1 without pins)
            id_pub, audit_pub, suffix = _unb64(data["identity_public"]), _unb64(data["audit_public"]), ""
        items: dict[str, bytes] = {}
        for name, blob in slot["items"].items():
            ad = _item_ad(slot["id"], name, suffix, _shown(slot))
            items[name] = crypto.aead_decrypt(kek, _unb64(blob), ad)
        if slot["kind"] == "user" and "signing_key" not in items:  # a slot made before user keys: add one now
            items["signing_key"] = self._add_item(slot["id"], "signing_key", kek, suffix)
        return KeySet(
            signing_private=items.get("signing_key"),
            pinned=bool(suffix),
            db_key=items["db_key"],
            identity_public=id_pub,
            audit_public=audit_pub,
            identity_private=items.get("identity_private"),
            audit_private=items.get("audit_private"),
            blind_key=items.get("blind_key"),
            identity_next=items.get("identity_next"),
            draft_key=crypto.hkdf(kek, salt=b"", info=f"reception_app draft v1|{slot['id']}".encode()),
        )

    def _add_item(self, slot_id: str, name: str, kek: bytes, suffix: str) -> bytes:
        """A new signing key wrapped into a slot under the KEK it has (no new Argon2id, same draft key)."""
        value = crypto.new_signing_keypair()[0]
        data = json.loads(json.dumps(self._load()))
        slot = next(s for s in data["slots"] if s["id"] == slot_id)
        slot["signing_public"], slot["signing_previous"] = crypto.signing_public_of(value).hex(), []
        slot["items"][name] = _b64(crypto.aead_encrypt(kek, value, _item_ad(slot_id, name, suffix, _shown(slot))))
        with contextlib.suppress(OSError):  # a read-only folder: a key for this session only, added next time
            self._save(data)
        return value

    def verify_password(self, username: str, password: str, *, count: bool = True) -> KeySet:
        """Unwrap ``username``'s slot. Subject to lockout exactly like a login.

        ``count=False`` (a supervisor's credential typed into another user's session, e.g. the reveal
        dialog): an existing lockout is honoured, but a failure is neither counted against ``username`` nor
        can it lock them out; the calling session rate-limits and audits such failures itself.
        """
        now = self._clock()
        entry = self._lock_entry(username)
        until = entry.get("locked_until")
        if until and datetime.fromisoformat(until) > now:
            raise AccountLocked(datetime.fromisoformat(until), now)
        slot = next((s for s in self._load()["slots"] if s["kind"] == "user" and s["username"] == username), None)
        if slot is None:
            # Same work as a real attempt, so timing does not tell which usernames exist.
            crypto.argon2id(_password_bytes(password), b"\0" * 16, self.kdf)
            if count:
                self._record_failure(username, now)
            raise WrongCredentials()
        if slot.get("device_fp") != self._load().get("device_fp"):
            # Wrapped under a device secret this machine does not have (copied folder, restored after
            # recovery): only the recovery path can give this user a working password again.
            raise DeviceSecretMissing()
        try:
            keys = self._unwrap(slot, password)
        except DecryptionFailed:
            if count:
                self._record_failure(username, now)
            raise WrongCredentials() from None
        if count:
            self._record_success(username)
        return keys

    def unlock_recovery(self, code: str) -> KeySet:
        """Open the recovery slot. On a machine without the device secret, make a new one."""
        now = self._clock()
        entry = self._lock_entry("\0recovery")
        until = entry.get("locked_until")
        if until and datetime.fromisoformat(until) > now:
            raise AccountLocked(datetime.fromisoformat(until), now)
        slot = next((s for s in self._load()["slots"] if s["kind"] == "recovery"), None)
        if slot is None:
            raise VaultCorrupt("no recovery slot")
        try:
            keys = self._unwrap(slot, normalize_recovery_code(code))
        except DecryptionFailed:
            self._record_failure("\0recovery", now)
            raise WrongCredentials() from None
        self._record_success("\0recovery")
        try:
            self._device_secret()
        except DeviceSecretMissing:
            data = json.loads(json.dumps(self._load()))
            secret = crypto.random_key()
            self._store.save(data["install_id"], secret)
            data["device_fp"] = self._fingerprint(secret, data["install_id"])
            self._save(data)
        return keys

    # --- lockout ---------------------------------------------------------------------------------------

    def _lock_key(self, username: str) -> str:
        # Hashed, so a password typed into the username field never lands in vault.json.
        material = f"{self._load()['install_id']}|{username.strip().casefold()}".encode()
        return hashlib.sha256(material).hexdigest()[:24]

    def _mirrored_locks(self) -> dict[str, Any]:
        table = load_named(self._store, str(self._load()["install_id"]), "lockout").get("t", {})
        return table if isinstance(table, dict) else {}

    def _lock_entry(self, username: str) -> dict[str, Any]:
        """The user's lockout state: the most severe of the vault.json copy and the keyring copy."""
        key = self._lock_key(username)
        local = self._load().get("lockout", {})
        local_entry = local.get(key, {}) if isinstance(local, dict) else {}
        return merge_lock_entry(local_entry, self._mirrored_locks().get(key, {}))

    def _write_locks(self, data: dict[str, Any], key: str, entry: dict[str, Any] | None, now: datetime) -> None:
        mirror = dict(self._mirrored_locks())
        if entry is None:
            mirror.pop(key, None)
        else:
            mirror[key] = entry
        save_named(self._store, str(data["install_id"]), "lockout", {"t": trim_lock_table(mirror, now)})

    def _record_failure(self, username: str, now: datetime) -> None:
        data = json.loads(json.dumps(self._load()))
        key = self._lock_key(username)
        entry = self._lock_entry(username)
        entry["failures"] = int(entry.get("failures", 0)) + 1
        event = {"action": "login_failed", "at": now.isoformat(), "user_hash": key}
        if entry["failures"] >= MAX_FAILURES:
            locks = int(entry.get("locks", 0))
            duration = min(BASE_LOCK * (2**locks), MAX_LOCK)
            entry["locked_until"] = (now + duration).isoformat()
            entry["locks"] = locks + 1
            entry["failures"] = 0
            event = {
                "action": "lockout",
                "at": now.isoformat(),
                "user_hash": key,
                "minutes": duration // timedelta(minutes=1),
            }
        if not isinstance(data.get("lockout"), dict):
            data["lockout"] = {}
        data["lockout"][key] = entry
        pending = data.setdefault("pending_events", [])
        pending.append(event)
        del pending[:-500]  # bounded: the audit log gets the latest 500 after the next login
        # Keyring first: a crash between the two writes must not lose the count.
        self._write_locks(data, key, entry, now)
        self._save(data)

    def _record_success(self, username: str) -> None:
        data = self._load()
        key = self._lock_key(username)
        if key in data.get("lockout", {}) or key in self._mirrored_locks():
            data = json.loads(json.dumps(data))
            data.get("lockout", {}).pop(key, None)
            self._write_locks(data, key, None, self._clock())
            self._save(data)

    def pending_events(self) -> list[dict[str, Any]]:
        """Failed logins and lockouts recorded before the DB was open (oldest first)."""
        return [dict(e) for e in self._load().get("pending_events", [])]

    def clear_pending_events(self, count: int) -> None:
        """Drop the first ``count`` events, once they are safely in the audit log."""
        data = json.loads(json.dumps(self._load()))
        data["pending_events"] = data.get("pending_events", [])[count:]
        self._save(data)

    def user_hash(self, username: str) -> str:
        return self._lock_key(username)

    def raw_slot(self, username: str) -> dict[str, Any] | None:
        """A copy of ``username``'s slot as stored (for rewriting old vault copies after a revocation)."""
        slot = next((s for s in self._load()["slots"] if s["kind"] == "user" and s["username"] == username), None)
        return json.loads(json.dumps(slot)) if slot is not None else None

    # --- pinned public keys (issue 16) -----------------------------------------------------------------

    def slot_pins(self) -> list[SlotPins]:
        """Every slot's clear public-key pins (None where a legacy slot has none)."""
        out = []
        for slot in self._load()["slots"]:
            pins = slot.get("pins") if isinstance(slot.get("pins"), dict) else {}
            try:
                id_pub = _unb64(str(pins["identity_public"])) if "identity_public" in pins else None
                audit_pub = _unb64(str(pins["audit_public"])) if "audit_public" in pins else None
            except VaultCorrupt:
                id_pub = audit_pub = None
            out.append(
                SlotPins(str(slot.get("id")), str(slot.get("kind")), str(slot.get("username", "")), id_pub, audit_pub)
            )
        return out

    def top_level_keys(self) -> tuple[bytes, bytes, bytes]:
        """(identity public, audit public, key statement signature) as vault.json shows them: unauthenticated."""
        data = self._load()
        try:
            return (
                _unb64(str(data.get("identity_public", ""))),
                _unb64(str(data.get("audit_public", ""))),
                _unb64(str(data.get("key_statement", ""))),
            )
        except VaultCorrupt:
            return b"", b"", b""

    def set_statement(self, identity_public: bytes, audit_public: bytes, statement: bytes) -> None:
        """Write the install's public keys and their signed statement (legacy installs, at the first check)."""
        data = json.loads(json.dumps(self._load()))
        data["identity_public"], data["audit_public"] = _b64(identity_public), _b64(audit_public)
        data["key_statement"] = _b64(statement)
        self._save(data)

    def repin(self, keys: KeySet, *, statement: bytes) -> list[str]:
        """Put ``keys``' public keys (from a supervisor's authenticated slot) back as the install's keys.

        Slots that show other keys are removed (their users need a password reset). Returns their usernames.
        """
        data = json.loads(json.dumps(self._load()))
        want = {"identity_public": _b64(keys.identity_public), "audit_public": _b64(keys.audit_public)}
        removed = [
            str(s.get("username") or s.get("kind"))
            for s in data["slots"]
            if s.get("kind") == "user" and s.get("pins") != want
        ]
        data["slots"] = [s for s in data["slots"] if s.get("kind") != "user" or s.get("pins") == want]
        data["identity_public"], data["audit_public"] = want["identity_public"], want["audit_public"]
        data["key_statement"] = _b64(statement)
        self._save(data, revoke=bool(removed))
        return removed

    def finish_rotation(
        self, username: str, password: str, keys: KeySet, *, statement: bytes, recovery_code: str
    ) -> None:
        """Identity-key rotation, vault side: one atomic rewrite of vault.json (and its .bak).

        ``username``'s slot and a new recovery slot (``recovery_code``) get ``keys`` (the new identity key);
        the install's public keys and statement are replaced; every other slot loses the supervisor items (the
        old private key): those users regain them through a new grant. Their pins are updated at their next
        login (the new statement is signed by the audit key they pin).
        """
        data = json.loads(json.dumps(self._load()))
        own = self._make_slot("user", username, password, keys, data, supervisor=True, signing=keys.signing_private)
        recovery = self._make_slot("recovery", "", normalize_recovery_code(recovery_code), keys, data)
        slots = []
        for slot in data["slots"]:
            if slot.get("kind") == "recovery" or slot.get("username") == username:
                continue
            for name in (*_SUPERVISOR_ITEMS, "identity_next"):
                slot.get("items", {}).pop(name, None)
            slots.append(slot)
        data["slots"] = [*slots, own, recovery]
        data["identity_public"], data["audit_public"] = _b64(keys.identity_public), _b64(keys.audit_public)
        data["key_statement"] = _b64(statement)
        self._save(data, revoke=True)

    def replace_recovery(self, keys: KeySet, recovery_code: str) -> None:
        """A new recovery slot (new code) for ``keys``; the old slot is gone from vault.json and its .bak."""
        data = json.loads(json.dumps(self._load()))
        recovery = self._make_slot("recovery", "", normalize_recovery_code(recovery_code), keys, data)
        data["slots"] = [s for s in data["slots"] if s.get("kind") != "recovery"] + [recovery]
        self._save(data, revoke=True)

    def adopt_keys(self, username: str, password: str, keys: KeySet) -> KeySet:
        """Re-wrap ``username``'s slot with ``keys`` (new pins after a rotation); returns the slot's new keys."""
        self.set_user_slot(username, password, keys, supervisor=keys.is_supervisor, signing=keys.signing_private)
        return self.verify_password(username, password)

    # --- recorded audit heads (issue 16) -------------------------------------------------------------------

    def recorded_heads(self) -> list[HeadRecord]:
        """The audit heads recorded outside the database: in vault.json and in the OS keyring."""
        data = self._load()
        heads = [
            HeadRecord.from_dict(data.get("head"), "vault"),
            HeadRecord.from_dict(load_named(self._store, str(data["install_id"]), "head"), "keyring"),
        ]
        return [h for h in heads if h is not None]

    def record_head(self, head: HeadRecord) -> None:
        """Remember ``head`` in the keyring and in vault.json (keyring first)."""
        data = json.loads(json.dumps(self._load()))
        save_named(self._store, str(data["install_id"]), "head", head.as_dict())
        data["head"] = head.as_dict()
        self._save(data)
