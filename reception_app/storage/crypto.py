"""Cryptographic building blocks: Argon2id+HKDF key wrapping, X25519 sealing, Ed25519, HMAC blind index."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12
SEAL_VERSION = 1


class DecryptionFailed(Exception):
    """An AEAD tag did not verify: wrong key, wrong associated data, or tampered bytes."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored per slot so they can be raised later."""

    time_cost: int = 3
    memory_kib: int = 128 * 1024
    parallelism: int = 1

    def at_least(self, floor: KdfParams) -> bool:
        return self.time_cost >= floor.time_cost and self.memory_kib >= floor.memory_kib


PRODUCTION_KDF = KdfParams()
KDF_FLOOR = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=1)
# Only tests and benchmarks of non-KDF paths use this (injected through constructors).
TEST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def random_key() -> bytes:
    return os.urandom(32)


def argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def hkdf(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt or None, info=info).derive(ikm)


def aead_encrypt(key: bytes, plaintext: bytes, ad: bytes) -> bytes:
    """AES-256-GCM; returns nonce || ciphertext+tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, ad)


def aead_decrypt(key: bytes, blob: bytes, ad: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise DecryptionFailed("ciphertext too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], ad)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc


# --- identity sealing (ARCHITECTURE §4) -------------------------------------------------------------


def new_identity_keypair() -> tuple[bytes, bytes]:
    """Returns (private raw 32 B, public raw 32 B)."""
    priv = X25519PrivateKey.generate()
    return _raw_private(priv), priv.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def identity_public_of(private_key: bytes) -> bytes:
    """The X25519 public key of a raw private key (to check a pinned public key against its private half)."""
    return X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def signing_public_of(private_key: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def _raw_private(priv: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return priv.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def seal_ad(case_uid: str, seq: int, schema_version: int) -> bytes:
    return f"reception_app identity|{case_uid}|{seq}|{schema_version}".encode()


IDENTITY_BUCKET = 512


def pad_json(data: bytes, bucket: int = IDENTITY_BUCKET) -> bytes:
    """Pad a JSON document with trailing spaces to the next multiple of ``bucket`` bytes (at least one bucket).

    A sealed identity's length then tells only its size class, not the length of the name or address. JSON
    parsers ignore trailing whitespace, so readers need no change and unpadded blobs sealed earlier still read.
    """
    size = max(bucket, -(-len(data) // bucket) * bucket)
    return data + b" " * (size - len(data))


def seal(public_key: bytes, plaintext: bytes, ad: bytes) -> bytes:
    """Ephemeral X25519 → HKDF-SHA256 → AES-256-GCM. Output: version || ephemeral pub || nonce || ct."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(public_key))
    key = hkdf(shared, salt=eph_pub + public_key, info=b"reception_app seal v1")
    return bytes([SEAL_VERSION]) + eph_pub + aead_encrypt(key, plaintext, ad)


def unseal(private_key: bytes, blob: bytes, ad: bytes) -> bytes:
    return Unsealer(private_key).unseal(blob, ad)


class Unsealer:
    """Opens many sealed blobs with one private key (loading the key costs as much as one exchange)."""

    def __init__(self, private_key: bytes) -> None:
        self._priv = X25519PrivateKey.from_private_bytes(private_key)
        self._pub = self._priv.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def unseal(self, blob: bytes, ad: bytes) -> bytes:
        if len(blob) < 1 + 32 + NONCE_BYTES + 16 or blob[0] != SEAL_VERSION:
            raise DecryptionFailed("not a sealed blob")
        eph_pub = blob[1:33]
        shared = self._priv.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        key = hkdf(shared, salt=eph_pub + self._pub, info=b"reception_app seal v1")
        return aead_decrypt(key, blob[33:], ad)


# --- audit signatures ------------------------------------------------------------------------------


def new_signing_keypair() -> tuple[bytes, bytes]:
    priv = Ed25519PrivateKey.generate()
    return _raw_private(priv), priv.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def sign(private_key: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(message)


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except Exception:
        return False
    return True


# --- blind index ------------------------------------------------------------------------------------


def keyed_name_hash(key: bytes, name: str) -> str:
    """HMAC-SHA256 of a typed user name, hex, 24 chars: lets the audit log tell repeats apart without the text."""
    return hmac.new(key, b"reception_app name|" + name.encode("utf-8"), hashlib.sha256).hexdigest()[:24]


def blind_index(key: bytes, value: str) -> bytes:
    """HMAC-SHA256 of a normalised ID number; the key is supervisor-only."""
    return hmac.new(key, value.strip().upper().encode("utf-8"), hashlib.sha256).digest()


def short_code(key: bytes, value: str, length: int = 8) -> str:
    """A short, human-typeable HMAC code (for receipt verification lines)."""
    digest = hmac.new(key, value.encode("utf-8"), hashlib.sha256).digest()
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(alphabet[b % len(alphabet)] for b in digest[:length])
