"""Small security state kept in two places: ``vault.json`` and the OS keyring (ARCHITECTURE §3, docs/SECURITY.md).

Lockout counters and the latest audit head are written to both; readers merge them "most severe wins"
(highest failure count, latest lock, longest chain). Deleting or editing the copy in ``vault.json``, or putting
an older ``vault.json`` back, therefore never resets a lockout nor hides a shortened audit chain: the keyring
copy still has the newer state. (An insider who also rewrites the keyring is the residual risk that the
off-desk head code covers.)

The keyring entry names are ``<install-id>#lockout`` and ``<install-id>#head`` (the file fallback stores them
as ``device_secret.lockout`` / ``device_secret.head``). Windows Credential Locker keeps at most 1280
characters per secret, so both records are kept small.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reception_app.storage.keyring_secret import DeviceSecretStore, KeyringUnavailable

MAX_LOCK_ENTRIES = 8


def load_named(store: DeviceSecretStore, install_id: str, name: str) -> dict[str, Any]:
    """The JSON record ``name`` of this install in the keyring; {} when absent or unreadable."""
    try:
        raw = store.load(f"{install_id}#{name}")
    except KeyringUnavailable:
        return {}
    if not raw:
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def save_named(store: DeviceSecretStore, install_id: str, name: str, data: dict[str, Any]) -> None:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    store.save(f"{install_id}#{name}", text.encode("utf-8"))


# --- lockout ------------------------------------------------------------------------------------------


def _later(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    try:
        return a if datetime.fromisoformat(a) >= datetime.fromisoformat(b) else b
    except ValueError:
        return a


def merge_lock_entry(*entries: dict[str, Any]) -> dict[str, Any]:
    """The most severe of several copies of one user's lockout entry."""
    merged: dict[str, Any] = {"failures": 0, "locks": 0}
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        for field in ("failures", "locks"):
            try:
                merged[field] = max(merged[field], int(entry.get(field, 0)))
            except (TypeError, ValueError):
                continue
        until = _later(merged.get("locked_until"), entry.get("locked_until"))
        if until:
            merged["locked_until"] = until
    return merged


def trim_lock_table(table: dict[str, dict[str, Any]], now: datetime) -> dict[str, dict[str, Any]]:
    """Keep at most MAX_LOCK_ENTRIES entries for the keyring copy: locked ones first, then most failures."""

    def severity(item: tuple[str, dict[str, Any]]) -> tuple[int, int, int]:
        entry = item[1]
        until = entry.get("locked_until")
        try:
            locked = 1 if until and datetime.fromisoformat(until) > now else 0
        except ValueError:
            locked = 0
        return (locked, int(entry.get("locks", 0)), int(entry.get("failures", 0)))

    kept = sorted(table.items(), key=severity, reverse=True)[:MAX_LOCK_ENTRIES]
    return dict(kept)


# --- audit head -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeadRecord:
    """A recorded audit-chain head: the chain must never again be shorter than ``seq`` nor differ at it."""

    seq: int
    hash: str
    at: str
    signed: bool = False
    source: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash, "at": self.at, "signed": self.signed}

    @staticmethod
    def from_dict(data: object, source: str) -> HeadRecord | None:
        if not isinstance(data, dict):
            return None
        try:
            seq, digest = int(data["seq"]), str(data["hash"])
        except (KeyError, TypeError, ValueError):
            return None
        if len(digest) != 64:
            return None
        return HeadRecord(seq, digest, str(data.get("at", "")), bool(data.get("signed", False)), source)

    @property
    def code(self) -> str:
        """The short off-desk head code: ``<seq>-<first 8 hex of the hash, upper case>``."""
        return head_code(self.seq, self.hash)


def head_code(seq: int, digest: str) -> str:
    return f"{seq}-{digest[:8].upper()}"


def parse_head_code(text: str) -> tuple[int, str] | None:
    seq_text, sep, prefix = text.strip().upper().partition("-")
    if not sep or not seq_text.isdigit() or len(prefix) != 8 or any(c not in "0123456789ABCDEF" for c in prefix):
        return None
    return int(seq_text), prefix.lower()
