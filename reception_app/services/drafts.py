"""The officer's unsaved intake form, kept encrypted so it survives a crash, a close or an auto-lock.

A draft may hold a reporter's identity that was typed but not yet sealed. It is stored in the ``drafts`` table
as AES-256-GCM under ``KeySet.draft_key``, a key derived from the user's own slot: only the same user's
password (or, for a recovery session, the recovery code) opens it again. Officers never hold the identity key,
so a draft cannot be sealed like a case; this per-user key is the next best thing, and a draft lives only
until the case is saved or the officer discards it. The decrypted database holds only ciphertext.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from reception_app.models.errors import KnownError
from reception_app.services.context import SessionContext
from reception_app.storage import crypto
from reception_app.storage.crypto import DecryptionFailed

log = logging.getLogger(__name__)

DRAFT_FORMAT = 1
MAX_DRAFT_BYTES = 2_000_000  # a form, not a file store: attachments are not kept in drafts


class DraftTooLarge(KnownError):
    def __init__(self) -> None:
        super().__init__("Bản nháp quá lớn để lưu tạm.")


def _ad(username: str) -> bytes:
    return f"reception_app draft v{DRAFT_FORMAT}|{username}".encode()


class DraftService:
    """``desk.drafts``: the current user's encrypted intake draft (save, load, discard, re-key)."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def _key(self) -> tuple[str, bytes]:
        session, _, keys = self.ctx.require()
        if keys.draft_key is None:
            raise KnownError("Phiên làm việc này không lưu được bản nháp.")
        return session.username, keys.draft_key

    def save(self, state: dict[str, Any]) -> datetime:
        """Replace the current user's draft with ``state`` (a JSON-able dict of form values)."""
        username, key = self._key()
        _, db, _ = self.ctx.require()
        raw = json.dumps({"format": DRAFT_FORMAT, "state": state}, ensure_ascii=False, separators=(",", ":"))
        data = raw.encode("utf-8")
        if len(data) > MAX_DRAFT_BYTES:
            raise DraftTooLarge()
        now = self.ctx.clock().replace(microsecond=0)
        blob = crypto.aead_encrypt(key, data, _ad(username))
        with db.atomic():
            db.execute(
                "INSERT INTO drafts (username, blob, saved_at) VALUES (?, ?, ?)"
                " ON CONFLICT (username) DO UPDATE SET blob = excluded.blob, saved_at = excluded.saved_at",
                (username, blob, now.isoformat()),
            )
        return now

    def load(self) -> tuple[dict[str, Any], datetime] | None:
        """The current user's draft and when it was saved, or None. An unreadable draft is dropped, not fatal."""
        username, key = self._key()
        _, db, _ = self.ctx.require()
        row = db.query_one("SELECT blob, saved_at FROM drafts WHERE username = ?", (username,))
        if row is None:
            return None
        try:
            payload = json.loads(crypto.aead_decrypt(key, bytes(row["blob"]), _ad(username)).decode("utf-8"))
        except (DecryptionFailed, ValueError, UnicodeDecodeError):
            # Written under an older password (the key changed) or damaged: nothing we can show.
            log.warning("intake draft could not be opened and was dropped")
            self.discard()
            return None
        state = payload.get("state") if isinstance(payload, dict) else None
        if not isinstance(state, dict):
            self.discard()
            return None
        return state, datetime.fromisoformat(row["saved_at"])

    def discard(self) -> None:
        """Delete the current user's draft (after a save, or when the officer discards it)."""
        session, db, _ = self.ctx.require()
        with db.atomic():
            db.execute("DELETE FROM drafts WHERE username = ?", (session.username,))

    def rekey(self, old_key: bytes, new_key: bytes) -> None:
        """Re-encrypt the current user's draft after a password change (the slot, hence the key, changed)."""
        session, db, _ = self.ctx.require()
        row = db.query_one("SELECT blob FROM drafts WHERE username = ?", (session.username,))
        if row is None:
            return
        ad = _ad(session.username)
        try:
            data = crypto.aead_decrypt(old_key, bytes(row["blob"]), ad)
        except DecryptionFailed:
            return  # load_draft drops it
        with db.atomic():
            db.execute(
                "UPDATE drafts SET blob = ? WHERE username = ?",
                (crypto.aead_encrypt(new_key, data, ad), session.username),
            )
