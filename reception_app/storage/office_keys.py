"""The office's keys (issue 21): the signed manifest, the passphrase-protected key package, the desk's pin.

* **Manifest**: the office name, the office identity public key (X25519: every desk seals to it), the office
  audit public key (Ed25519: supervisors sign the office chain head with it) and the creation time, signed by
  the office audit key. Its **fingerprint** (SHA-256 of the signed body, 20 hex digits in groups of 4) is what
  a supervisor prints on the join form and compares on the desk.
* **Key package**: both private keys, AES-256-GCM under ``HKDF(Argon2id(passphrase, salt))``, the associated
  data binding it to the manifest fingerprint. Kept offline by a supervisor, like the CA key.
* **Pin** on a desk: the manifest text in ``settings`` plus a signature of ``install id | fingerprint`` by the
  **desk's** audit key (only its supervisors hold it; every session verifies it with the audit public key pinned
  in its own authenticated vault slot). An officer who swaps the manifest cannot re-sign the pin.
* The office audit private key is kept on the desk **sealed to the office identity key**: any supervisor who
  holds the office identity key in their slot can sign office heads; officers cannot.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

from reception_app.storage import crypto
from reception_app.storage.crypto import PRODUCTION_KDF, DecryptionFailed, KdfParams
from reception_app.storage.database import Database
from reception_app.storage.errors import StorageError
from reception_app.storage.settings import get_setting, set_setting

K_MANIFEST = "office.manifest"
K_PIN = "office.manifest_pin"
K_AUDIT_SEALED = "office.audit_key_sealed"
PACKAGE_FORMAT = "reception_app office key package v1"


class OfficeKeyError(StorageError):
    """A manifest or key package that does not verify (wrong file, edited, wrong passphrase)."""


@dataclass(frozen=True)
class Manifest:
    office: str
    identity_public: bytes
    audit_public: bytes
    created: str
    signature: bytes = b""

    def body(self) -> bytes:
        """The signed bytes (canonical JSON without the signature)."""
        data = {
            "format": "reception_app office manifest v1",
            "office": self.office,
            "identity_public": self.identity_public.hex(),
            "audit_public": self.audit_public.hex(),
            "created": self.created,
        }
        return json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(b"reception_app office fingerprint v1|" + self.body()).hexdigest()[:20].upper()
        return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))

    def to_text(self) -> str:
        data = json.loads(self.body())
        data["signature"] = base64.b64encode(self.signature).decode("ascii")
        return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1)

    def verifies(self) -> bool:
        return crypto.verify_signature(self.audit_public, self.signature, self.body())


def parse_manifest(text: str) -> Manifest:
    """A manifest whose signature verifies under its own audit key (trust comes from the fingerprint)."""
    try:
        data = json.loads(text)
        manifest = Manifest(
            office=str(data["office"]),
            identity_public=bytes.fromhex(str(data["identity_public"])),
            audit_public=bytes.fromhex(str(data["audit_public"])),
            created=str(data["created"]),
            signature=base64.b64decode(str(data["signature"]), validate=True),
        )
        ok = data.get("format") == "reception_app office manifest v1" and manifest.verifies()
    except (ValueError, KeyError, TypeError) as exc:
        raise OfficeKeyError("Tệp bộ khóa văn phòng (manifest) không đọc được.") from exc
    if not ok or len(manifest.identity_public) != 32:
        raise OfficeKeyError("Chữ ký của tệp bộ khóa văn phòng (manifest) không hợp lệ: tệp đã bị sửa.")
    return manifest


def make_office_keys(office: str, created: str, passphrase: str, kdf: KdfParams = PRODUCTION_KDF) -> tuple[str, bytes]:
    """New office identity (X25519) and audit (Ed25519) pairs: (manifest text, key package bytes)."""
    id_priv, id_pub = crypto.new_identity_keypair()
    audit_priv, audit_pub = crypto.new_signing_keypair()
    unsigned = Manifest(office, id_pub, audit_pub, created)
    manifest = Manifest(office, id_pub, audit_pub, created, crypto.sign(audit_priv, unsigned.body()))
    salt = os.urandom(16)
    key = _package_key(passphrase, salt, kdf)
    secret = json.dumps({"identity_private": id_priv.hex(), "audit_private": audit_priv.hex()}).encode()
    package = {
        "format": PACKAGE_FORMAT,
        "fingerprint": manifest.fingerprint,
        "kdf": {"t": kdf.time_cost, "m": kdf.memory_kib, "p": kdf.parallelism},
        "salt": base64.b64encode(salt).decode("ascii"),
        "box": base64.b64encode(crypto.aead_encrypt(key, secret, _package_ad(manifest))).decode("ascii"),
    }
    return manifest.to_text(), json.dumps(package, indent=1).encode("utf-8")


def _package_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    stretched = crypto.argon2id(passphrase.encode("utf-8"), salt, kdf)
    return crypto.hkdf(stretched, salt=b"", info=b"reception_app office key package v1")


def _package_ad(manifest: Manifest) -> bytes:
    return b"reception_app office key package v1|" + manifest.body()


def open_key_package(data: bytes, passphrase: str, manifest: Manifest) -> tuple[bytes, bytes]:
    """(office identity private, office audit private), checked against the manifest's public keys."""
    try:
        package = json.loads(data)
        kdf = package["kdf"]
        params = KdfParams(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))
        key = _package_key(passphrase, base64.b64decode(package["salt"]), params)
        secret = json.loads(crypto.aead_decrypt(key, base64.b64decode(package["box"]), _package_ad(manifest)))
        id_priv, audit_priv = bytes.fromhex(secret["identity_private"]), bytes.fromhex(secret["audit_private"])
    except DecryptionFailed as exc:
        raise OfficeKeyError("Sai mật khẩu gói khóa văn phòng, hoặc gói khóa không thuộc bộ khóa này.") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise OfficeKeyError("Tệp gói khóa văn phòng không đọc được.") from exc
    if (
        crypto.identity_public_of(id_priv) != manifest.identity_public
        or crypto.signing_public_of(audit_priv) != manifest.audit_public
    ):
        raise OfficeKeyError("Gói khóa văn phòng không khớp với bộ khóa (manifest) đã ghim.")
    return id_priv, audit_priv


# --- the pin on a desk ---------------------------------------------------------------------------------------


def _pin_message(install_id: str, manifest: Manifest) -> bytes:
    return f"reception_app office manifest pin v1|{install_id}|{manifest.fingerprint}".encode()


def pin_manifest(db: Database, install_id: str, manifest: Manifest, desk_audit_private: bytes) -> None:
    """Pin ``manifest`` on this desk, signed by the desk's audit key (a supervisor's; inside a transaction)."""
    set_setting(db, K_MANIFEST, manifest.to_text())
    signature = crypto.sign(desk_audit_private, _pin_message(install_id, manifest))
    set_setting(db, K_PIN, base64.b64encode(signature).decode("ascii"))


def stored_manifest(db: Database) -> str:
    return get_setting(db, K_MANIFEST, "")


def pinned_manifest(db: Database, install_id: str, desk_audit_public: bytes) -> Manifest | None:
    """The pinned manifest if one is stored; :class:`OfficeKeyError` if it or its pin does not verify."""
    text = stored_manifest(db)
    if not text:
        return None
    manifest = parse_manifest(text)
    try:
        signature = base64.b64decode(get_setting(db, K_PIN, ""), validate=True)
    except ValueError:
        signature = b""
    if not crypto.verify_signature(desk_audit_public, signature, _pin_message(install_id, manifest)):
        raise OfficeKeyError("Bộ khóa văn phòng đã ghim trên bàn tiếp này bị tráo hoặc sửa (chữ ký ghim không hợp lệ).")
    return manifest


def _audit_key_ad(manifest: Manifest) -> bytes:
    return f"reception_app office audit key v1|{manifest.fingerprint}".encode()


def store_audit_key(db: Database, manifest: Manifest, audit_private: bytes) -> None:
    """Keep the office audit private key sealed to the office identity key (supervisors open it)."""
    sealed = crypto.seal(manifest.identity_public, audit_private, _audit_key_ad(manifest))
    set_setting(db, K_AUDIT_SEALED, base64.b64encode(sealed).decode("ascii"))


def open_audit_key(db: Database, manifest: Manifest, identity_private: bytes) -> bytes | None:
    """The office audit private key, for a holder of the office identity key; None if absent or not opening."""
    text = get_setting(db, K_AUDIT_SEALED, "")
    if not text:
        return None
    try:
        key = crypto.unseal(identity_private, base64.b64decode(text), _audit_key_ad(manifest))
    except (DecryptionFailed, ValueError):
        return None
    return key if crypto.signing_public_of(key) == manifest.audit_public else None
