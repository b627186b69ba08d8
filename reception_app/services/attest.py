"""Signatures for audit entries made without the audit key at hand (issue 16; docs/SECURITY.md §5.1).

* **Reveal delegation**: at ``reveal_granted`` the supervisor's audit key (present at that moment) signs a
  statement naming a fresh Ed25519 key for that grant; the grant keeps the private half and signs the case's
  ``identity_disclosed`` entries with it (:meth:`SessionContext._attest`).
* **User keys**: every slot holds a personal Ed25519 key (``storage/vault.py``); its public half is recorded in
  ``user_keys`` and certified by the audit key — at setup, when a supervisor approves, or in bulk at the next
  supervisor login (:func:`certify_pending`).
* The chain's ``attestations_started`` entry marks where these signatures become required (an older chain was
  written without them).
"""

from __future__ import annotations

import base64
from datetime import datetime

from reception_app.services.context import SessionContext
from reception_app.storage import attestations, crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.database import Database


def new_delegation(
    ctx: SessionContext, token: str, case_uid: str, expires_at: datetime
) -> tuple[bytes, dict[str, str]]:
    """An ephemeral key pair for one reveal grant and the audit details carrying its signed delegation.

    Signed by the audit key of the supervisor who authorised the grant (``ctx.signer``) or of this session.
    Without either (cannot happen for a reveal) the details name the key unsigned and verify will refuse it.
    """
    private, public = crypto.new_signing_keypair()
    gid = attestations.grant_id(token)
    expires = expires_at.isoformat(timespec="seconds")
    signer = ctx.signer[1] if ctx.signer is not None else (ctx.keys.audit_private if ctx.keys is not None else None)
    message = attestations.delegation_message(gid, case_uid, public, expires)
    sig = crypto.sign(signer, message) if signer is not None else b""
    return private, {
        "grant_id": gid,
        "delegate_public": public.hex(),
        "delegate_sig": base64.b64encode(sig).decode(),
        "expires_at": expires,
    }


def start_if_needed(ctx: SessionContext, db: Database) -> None:
    """Write the chain's ``attestations_started`` entry once (first session of this version, or setup)."""
    if db.scalar("SELECT 1 FROM audit_log WHERE action = ? LIMIT 1", (attestations.START_ACTION,)) is None:
        with db.atomic():
            ctx.audit(attestations.START_ACTION, actor="system")


def register_own_key(db: Database, username: str, signing_private: bytes | None) -> None:
    """Record the logged-in user's slot key (pending certification if new)."""
    if signing_private is not None:
        with db.atomic():
            attestations.register_key(db, username, crypto.signing_public_of(signing_private))


def certify_pending(ctx: SessionContext, db: Database, audit_private: bytes, by: str) -> list[str]:
    """Certify the recorded keys of active users that wait for it; audited (signed). Returns their usernames.

    Only a key the user's slot in vault.json shows (bound into that slot's encrypted item: editing it there
    breaks the user's own login) is certified; a key someone merely wrote into the table stays pending.
    """
    active = {u.username for u in settings_repo.list_users(db) if u.active}
    pending = [
        (name, public)
        for name, public in attestations.pending_keys(db)
        if name in active and public.hex() in _slot_keys(ctx, name)
    ]
    if not pending:
        return []
    now = ctx.clock()
    with db.atomic():
        for name, public in pending:
            attestations.certify(db, name, public, audit_private=audit_private, by=by, at=now)
        names = sorted({name for name, _ in pending})
        ctx.audit("user_keys_certified", count=len(pending), target=",".join(names))
    return names


def _slot_keys(ctx: SessionContext, username: str) -> list[str]:
    """The signing keys ``username``'s slot shows: its own and those of the slots it replaced (a reset)."""
    slot = ctx.vault.raw_slot(username) or {}
    return [str(slot.get("signing_public", "")), *map(str, slot.get("signing_previous", []))]


def certify_now(ctx: SessionContext, db: Database, username: str, public: bytes) -> None:
    """Certify ``username``'s new slot key at once when a supervisor's audit key is at hand, else leave it pending."""
    signer = ctx.signer[1] if ctx.signer is not None else (ctx.keys.audit_private if ctx.keys is not None else None)
    who = ctx.signer[0] if ctx.signer is not None else (ctx.session.username if ctx.session else "system")
    if signer is not None:
        attestations.certify(db, username, public, audit_private=signer, by=who, at=ctx.clock())
    else:
        attestations.register_key(db, username, public)
