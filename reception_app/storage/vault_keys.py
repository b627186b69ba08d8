"""The key sets a vault slot opens to, and the public-key statement (split out of ``vault.py``)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace


def key_statement(install_id: str, identity_public: bytes, audit_public: bytes) -> bytes:
    """What the audit key signs at setup (and at every re-pin or rotation): this install's public keys."""
    return f"reception_app keys v1|{install_id}|{identity_public.hex()}|{audit_public.hex()}".encode()


def pins_tag(identity_public: bytes, audit_public: bytes) -> str:
    return hashlib.sha256(b"reception_app pins v1|" + identity_public + audit_public).hexdigest()[:32]


@dataclass(frozen=True)
class SlotPins:
    """The public keys a slot carries in clear; its AEAD items only open with these exact keys."""

    slot_id: str
    kind: str
    username: str
    identity_public: bytes | None
    audit_public: bytes | None


@dataclass(frozen=True)
class KeySet:
    """Keys unwrapped for one session. Officers and admins hold only ``db_key``."""

    db_key: bytes
    identity_public: bytes
    audit_public: bytes
    identity_private: bytes | None = None
    audit_private: bytes | None = None
    blind_key: bytes | None = None
    # Per-slot key for this user's own encrypted intake draft; derived from the slot's KEK, so only the
    # same password (or recovery code) opens it again. None in KeySets not unwrapped from a slot.
    draft_key: bytes | None = None
    # True when the public keys came from the slot's authenticated pins (False: a legacy slot).
    pinned: bool = False
    # The next identity private key while a rotation runs (only in the rotating supervisor's slot).
    identity_next: bytes | None = None
    # The slot owner's personal Ed25519 key (issue 16): attests their account changes and first login of a day.
    signing_private: bytes | None = None

    @property
    def is_supervisor(self) -> bool:
        return self.identity_private is not None

    def officer_view(self) -> KeySet:
        return replace(self, identity_private=None, audit_private=None, blind_key=None, identity_next=None)

    def with_public(self, identity_public: bytes, audit_public: bytes) -> KeySet:
        return replace(self, identity_public=identity_public, audit_public=audit_public)

    def __repr__(self) -> str:
        return f"KeySet(supervisor={self.is_supervisor})"


@dataclass(frozen=True)
class SlotInfo:
    slot_id: str
    username: str
    supervisor: bool
    stale: bool  # wrapped under a device secret this machine no longer has
