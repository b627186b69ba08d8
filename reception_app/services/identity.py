"""How an identity is sealed and how it can be seen again: the one module that unseals (issue 15).

Read it whole to know every way an identity leaves its seal:

* **Sealing** (any officer; needs only the identity public key): reporters of a case, scanned attachments,
  protection requests and retaliation reports. The associated data binding each sealed blob to its place is
  built in services/sealing_ad.py and nowhere else (origin ids, the same on every desk of an office).
  Nothing is sealed while an alarm is open or a rollback is pending.
* **The supervisor gate** (:meth:`IdentityService.authorise_supervisor`): a supervisor's credential and a
  written reason, every step audited; it hands out the identity private key for one action.
* **Reveals**: grants of a case's identities that expire (monotonic clock), end at logout, and are audited.
* **Unsealing** of attachments and protection details, each behind the same gate.
* **The blind index** of ID numbers, for the supervisor's duplicate check.
* **Key maintenance**: trial-opening new items (the supervisor's key check) and re-sealing (key rotation).
"""

from __future__ import annotations

import logging
import secrets
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from reception_app.models.case import ReporterIdentity, ReporterView
from reception_app.models.clock import Clock
from reception_app.models.enums import IdKind, Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.protection import ProtectionDetails
from reception_app.models.validation import clean_text
from reception_app.services.attest import new_delegation
from reception_app.services.context import (
    PermissionDenied,
    ReadOnlyAfterRollback,
    SealingBlocked,
    SessionContext,
    SessionThrottled,
)
from reception_app.services.sealing_ad import SealKey, attachment_ad, reporter_ad, request_ad, retaliation_ad
from reception_app.storage import cases as case_repo
from reception_app.storage import crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.crypto import DecryptionFailed
from reception_app.storage.database import Database
from reception_app.storage.errors import IdentityTampered
from reception_app.storage.vault import KeySet, key_statement

log = logging.getLogger("reception_app.services.desk")

DEFAULT_REVEAL_MINUTES = 5
REVEAL_MINUTES_RANGE = (1, 60)
NAME_HASH_KEY = "audit.name_hash_key"
NOT_SUPERVISOR = "Chỉ lãnh đạo có thẩm quyền mới được mở khóa danh tính và tài liệu gốc."


class RevealExpired(KnownError):
    def __init__(self) -> None:
        super().__init__("Thời hạn xem danh tính đã hết; danh tính đã được che lại.")


@dataclass(frozen=True)
class RevealGrant:
    """Identities unlocked for one case until ``expires_at``.

    ``token`` names the grant to :meth:`IdentityService.revealed` and :meth:`IdentityService.end_reveal`; the
    service refuses it after expiry, after logout, and after ``end_reveal``. The UI must drop ``reporters`` at
    the same moments.

    Expiry is measured in monotonic seconds (``expires_mono``, from :meth:`Clock.monotonic`): setting the PC's
    clock back does not extend a reveal. ``expires_at`` is the wall time shown and audited.
    """

    token: str
    case_uid: str
    reporters: tuple[ReporterView, ...]
    supervisor: str
    expires_at: datetime
    expires_mono: float
    # (reveal_granted seq, the ephemeral Ed25519 key it delegated to): signs the case's disclosures (attest.py)
    delegate: tuple[int, bytes] | None = None

    def seconds_left(self, clock: Clock) -> float:
        """Monotonic seconds until the grant ends (≤ 0: ended)."""
        return self.expires_mono - clock.monotonic()

    def __repr__(self) -> str:
        return f"RevealGrant(case_uid={self.case_uid!r}, expires_at={self.expires_at!r})"


# --- key maintenance: the supervisor's key check and the rotation ---------------------------------------------


def unreadable_items(
    identity_private: bytes, items: Iterable[tuple[str, int, str, bytes, bytes]]
) -> tuple[int, int, list[str]]:
    """Trial-open sealed items (table, rowid, case number, blob, ad). Returns (checked, bad, ≤10 bad case numbers)."""
    checked, bad, bad_cases = 0, 0, list[str]()
    opener = crypto.Unsealer(identity_private)
    for _table, _rid, number, blob, ad in items:
        checked += 1
        try:
            opener.unseal(blob, ad)
        except DecryptionFailed:
            bad += 1
            if number not in bad_cases and len(bad_cases) < 10:
                bad_cases.append(number)
    return checked, bad, bad_cases


def resealed(
    old_private: bytes, new_public: bytes, items: Iterable[tuple[str, int, str, bytes, bytes]]
) -> Iterable[tuple[str, int, bytes | None]]:
    """Each item (table, rowid, …) sealed again to ``new_public``: (table, rowid, new blob or None if unreadable)."""
    opener = crypto.Unsealer(old_private)
    for table, rid, _number, blob, ad in items:
        try:
            plain = opener.unseal(blob, ad)
        except DecryptionFailed:
            yield table, rid, None
        else:
            yield table, rid, crypto.seal(new_public, plain, ad)


class IdentityService:
    """Sealing, the supervisor gate, reveals and the blind index of one desk (``desk.identity``)."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx
        self._grants: dict[str, RevealGrant] = {}
        ctx.on_close(self._grants.clear)
        ctx.grant_signer = lambda uid: next(  # a live grant of the case signs its disclosures
            (g.delegate for g in list(self._grants.values()) if g.case_uid == uid and g.seconds_left(ctx.clock) > 0),
            None,
        )

    # --- sealing ------------------------------------------------------------------------------------------

    def ensure_sealing_allowed(self) -> None:
        """Refuse to seal anything while an alarm is open, a rollback is pending, or the keys are not signed."""
        from reception_app.services import security

        _, db, keys = self.ctx.require()
        if self.ctx.rollback is not None:
            raise ReadOnlyAfterRollback()
        if security.alarm_codes(db) or '"swapped"' in settings_repo.get_setting(db, "rotation.state", ""):
            raise SealingBlocked()
        if keys.pinned:
            message = key_statement(self.ctx.vault.install_id, keys.identity_public, keys.audit_public)
            if not crypto.verify_signature(keys.audit_public, self.ctx.vault.top_level_keys()[2], message):
                raise SealingBlocked()
        from reception_app.services.office_keys import refuse_foreign_key  # office mode: the pinned manifest

        refuse_foreign_key(self.ctx)

    def _public_key(self) -> bytes:
        """The identity key pinned in this session's own (authenticated) slot, never the editable copies."""
        self.ensure_sealing_allowed()
        return self.ctx.require()[2].identity_public

    def seal_reporters(self, case_uid: str, identities: Iterable[ReporterIdentity]) -> list[bytes]:
        """The reporters of a new case, numbered from 1, each sealed to the pinned identity key."""
        public = self._public_key()
        return [
            crypto.seal(public, crypto.pad_json(identity.to_canonical_json()), reporter_ad(case_uid, seq))
            for seq, identity in enumerate(identities, start=1)
        ]

    def seal_attachment(self, case_uid: str, seq: int, filename: str, data: bytes) -> bytes:
        encoded = filename.encode("utf-8")
        plaintext = struct.pack(">H", len(encoded)) + encoded + bytes(data)
        return crypto.seal(self._public_key(), plaintext, attachment_ad(case_uid, seq))

    def seal_protection_request(self, case_uid: str, request_key: SealKey, details: ProtectionDetails) -> bytes:
        """``request_key``: the request's origin id (sealing_ad.request_key), the same on every desk."""
        plain = crypto.pad_json(details.to_canonical_json())
        return crypto.seal(self._public_key(), plain, request_ad(case_uid, request_key))

    def seal_retaliation(self, case_uid: str, request_key: SealKey, report_key: SealKey, text: str) -> bytes:
        return crypto.seal(self._public_key(), text.encode("utf-8"), retaliation_ad(case_uid, request_key, report_key))

    # --- the supervisor gate ------------------------------------------------------------------------------

    def authorise_supervisor(
        self,
        case_uid: str,
        supervisor_username: str,
        supervisor_password: str,
        reason: str,
        *,
        action: str,
        seq: int | None = None,
    ) -> tuple[str, str, bytes]:
        """The one gate to sealed data: a supervisor's credential and a written reason, every step audited.

        Audits ``<action>_requested``, then ``<action>_denied`` with the outcome on any refusal. Returns
        (supervisor username, cleaned reason, identity private key) for this one action only.
        """
        sup, reason_text, sup_keys = self.supervisor_keys(
            case_uid, supervisor_username, supervisor_password, reason, action=action, seq=seq
        )
        if sup_keys.identity_private is None:  # pragma: no cover - supervisor_keys refused it already
            raise PermissionDenied(NOT_SUPERVISOR)
        return sup, reason_text, sup_keys.identity_private

    def supervisor_keys(
        self,
        case_uid: str | None,
        supervisor_username: str,
        supervisor_password: str,
        reason: str,
        *,
        action: str,
        seq: int | None = None,
    ) -> tuple[str, str, KeySet]:
        """The gate of :meth:`authorise_supervisor`, returning the supervisor's whole key set."""
        ctx = self.ctx
        _, db, _ = ctx.require()
        reason_text = clean_text(reason, multiline=True) if isinstance(reason, str) else ""
        sup = clean_text(supervisor_username).casefold() if isinstance(supervisor_username, str) else ""
        who = self._typed_account(db, sup)
        ctx.audit(f"{action}_requested", case_uid=case_uid, reason=reason_text, seq=seq, **who)
        if len(reason_text) < 5:
            ctx.audit(f"{action}_denied", case_uid=case_uid, outcome="no_reason", seq=seq, **who)
            raise ValidationError([FieldError("reason", "Vui lòng ghi rõ lý do mở khóa (ít nhất 5 ký tự).")])
        try:
            ctx.session_gate()
        except SessionThrottled:
            ctx.audit(f"{action}_denied", case_uid=case_uid, outcome="rate_limited", seq=seq, **who)
            raise
        try:
            sup_keys = ctx.vault.verify_password(sup, supervisor_password, count=False)
        except KnownError:
            ctx.count_session_failure()
            ctx.audit(f"{action}_denied", case_uid=case_uid, outcome="bad_credentials", seq=seq, **who)
            raise
        user = settings_repo.get_user(db, sup)
        if user is None or not user.active or Role.SUPERVISOR not in user.roles or sup_keys.identity_private is None:
            ctx.audit(f"{action}_denied", case_uid=case_uid, outcome="not_supervisor", seq=seq, **who)
            raise PermissionDenied(NOT_SUPERVISOR)
        # The grant that follows is signed at once with this supervisor's audit key (one use, then dropped).
        ctx.signer = (sup, sup_keys.audit_private) if sup_keys.audit_private is not None else None
        return sup, reason_text, sup_keys

    def _typed_account(self, db: Database, name: str) -> dict[str, str]:
        """How a user name typed into a supervisor field is audited: as itself when it is an account, else only
        as a keyed hash (a password typed into the wrong field must never land in the log).

        The HMAC key is a random per-database setting, so the hash cannot be recomputed from a name list alone.
        """
        if name and settings_repo.get_user(db, name) is not None:
            return {"supervisor": name}
        key_hex = settings_repo.get_setting(db, NAME_HASH_KEY)
        if not key_hex:
            key_hex = crypto.random_key().hex()
            with db.atomic():
                settings_repo.set_setting(db, NAME_HASH_KEY, key_hex)
        return {"supervisor_hash": crypto.keyed_name_hash(bytes.fromhex(key_hex), name)}

    def _tampered(
        self, case_uid: str, number: str, item: int, sup: str, *, seq: int | None = None, request_id: int | None = None
    ) -> IdentityTampered:
        """Audit a sealed item that does not open (swapped or damaged) and name it for the error."""
        self.ctx.audit("identity_tamper_detected", case_uid=case_uid, seq=seq, request_id=request_id, supervisor=sup)
        return IdentityTampered(number, item)

    # --- reveals ------------------------------------------------------------------------------------------

    def reveal(self, case_uid: str, supervisor_username: str, supervisor_password: str, reason: str) -> RevealGrant:
        """Unseal a case's identities with a supervisor's credential and a written reason. Audited."""
        ctx = self.ctx
        session, db, _ = ctx.require()
        row = case_repo.find_case_row(db, case_uid) if isinstance(case_uid, str) else None
        if row is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        sup, reason_text, identity_private = self.authorise_supervisor(
            case_uid, supervisor_username, supervisor_password, reason, action="reveal"
        )
        views = []
        for r in case_repo.stored_reporters(db, int(row["id"])):
            try:
                plain = crypto.unseal(identity_private, r.sealed_identity, reporter_ad(case_uid, r.seq))
            except DecryptionFailed:
                raise self._tampered(case_uid, r.case_number, r.seq, sup, seq=r.seq) from None
            views.append(
                ReporterView(r.seq, r.reporter_code, r.is_representative, ReporterIdentity.from_canonical_json(plain))
            )
        minutes = self._reveal_minutes(db)
        expires = ctx.clock.now() + timedelta(minutes=minutes)
        expires_mono = ctx.clock.monotonic() + minutes * 60
        token = secrets.token_urlsafe(16)
        delegate, delegation = new_delegation(ctx, token, case_uid, expires)
        ctx.audit(
            "reveal_granted",
            **delegation,
            case_uid=case_uid,
            supervisor=sup,
            reason=reason_text,
            fields="all",
            minutes=minutes,
            reporters=len(views),
        )
        log.info("reveal granted case=%s by=%s", case_uid, session.username)
        granted_seq = int(db.scalar("SELECT max(seq) FROM audit_log"))  # the reveal_granted just written
        grant = RevealGrant(token, case_uid, tuple(views), sup, expires, expires_mono, (granted_seq, delegate))
        self._grants[token] = grant
        return grant

    def _reveal_minutes(self, db: Database) -> int:
        low, high = REVEAL_MINUTES_RANGE
        text = settings_repo.get_setting(db, "reveal_minutes", str(DEFAULT_REVEAL_MINUTES)).strip()
        value = int(text) if text.isdigit() else DEFAULT_REVEAL_MINUTES
        return min(max(value, low), high)

    def reveal_minutes(self) -> int:
        """How long a reveal lasts, in minutes: the setting clamped to 1–60 whatever was stored."""
        _, db, _ = self.ctx.require()
        return self._reveal_minutes(db)

    def set_reveal_minutes(self, minutes: int) -> int:
        """Supervisor or admin sets the reveal duration; clamped to 1–60 minutes. Audited. Returns the value kept."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR, Role.ADMIN)
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise ValidationError([FieldError("reveal_minutes", "Chọn số phút từ 1 đến 60.")])
        low, high = REVEAL_MINUTES_RANGE
        value = min(max(minutes, low), high)
        if settings_repo.get_setting(db, "reveal_minutes") != str(value):
            with db.atomic():
                settings_repo.set_setting(db, "reveal_minutes", str(value))
                self.ctx.audit("settings_changed", fields=["reveal_minutes"], minutes=value)
        return value

    def revealed(self, token: str) -> RevealGrant:
        """The grant behind ``token`` while it is valid; after expiry it is dropped, audited and refused."""
        self.ctx.require()
        grant = self._grants.get(token)
        if grant is None or grant.seconds_left(self.ctx.clock) <= 0:
            self.end_reveal(token, "expired")
            raise RevealExpired()
        return grant

    def end_reveal(self, token: str, why: str) -> None:
        """Drop a grant and record why: expired / closed / locked / privacy / logout."""
        grant = self._grants.pop(token, None)
        if grant is None:
            return
        self.ctx.audit(
            "reveal_expired",
            case_uid=grant.case_uid,
            outcome=why if why in {"expired", "closed", "locked", "privacy", "logout"} else "other",
        )

    def end_all_reveals(self, why: str) -> None:
        for token in list(self._grants):
            self.end_reveal(token, why)

    # --- unsealing attachments and protection details -----------------------------------------------------

    def open_attachment(
        self,
        case_uid: str,
        number: str,
        seq: int,
        blob_of: Callable[[], bytes | None],
        *,
        supervisor_username: str,
        supervisor_password: str,
        reason: str,
    ) -> tuple[str, bytes]:
        """Unseal one attachment behind the supervisor gate (audited like a reveal). Returns (file name, bytes)."""
        sup, reason_text, identity_private = self.authorise_supervisor(
            case_uid, supervisor_username, supervisor_password, reason, action="attachment_open", seq=seq
        )
        blob = blob_of()
        if blob is None:
            raise KnownError("Không tìm thấy tệp đính kèm.")
        try:
            plain = crypto.unseal(identity_private, blob, attachment_ad(case_uid, int(seq)))
        except DecryptionFailed:
            raise self._tampered(case_uid, number, int(seq), sup, seq=seq) from None
        (length,) = struct.unpack(">H", plain[:2])
        self.ctx.audit("attachment_opened", case_uid=case_uid, seq=seq, supervisor=sup, reason=reason_text)
        return plain[2 : 2 + length].decode("utf-8"), plain[2 + length :]

    def open_protection(
        self,
        case_uid: str,
        number: str,
        request_id: int,
        request_blob: bytes,
        reports: list[tuple[SealKey, bytes]],
        *,
        request_key: SealKey,
        supervisor_username: str,
        supervisor_password: str,
        reason: str,
    ) -> tuple[ProtectionDetails, list[str], str, str]:
        """Unseal a protection request and its retaliation reports (report key, blob) behind the supervisor gate.

        ``request_id`` is the local row (audited); the ADs use the origin ids (``request_key``, report keys).
        Returns (details, report texts in order, supervisor, reason); the caller audits the grant.
        """
        sup, reason_text, private = self.authorise_supervisor(
            case_uid, supervisor_username, supervisor_password, reason, action="protection_reveal", seq=request_id
        )
        try:
            details = ProtectionDetails.from_canonical_json(
                crypto.unseal(private, request_blob, request_ad(case_uid, request_key))
            )
            texts = [
                crypto.unseal(private, blob, retaliation_ad(case_uid, request_key, key)).decode("utf-8")
                for key, blob in reports
            ]
        except DecryptionFailed:
            raise self._tampered(case_uid, number, request_id, sup, request_id=request_id) from None
        finally:
            del private
        return details, texts, sup, reason_text

    # --- the blind index ------------------------------------------------------------------------------------

    def find_by_id_number(self, id_number: str) -> list[str]:
        """Supervisor-only duplicate check by ID number through the blind index. Audited."""
        _, db, keys = self.ctx.require(Role.SUPERVISOR)
        if keys.blind_key is None or keys.identity_private is None:
            raise PermissionDenied("Chỉ phiên làm việc của lãnh đạo mới được tra cứu theo số giấy tờ.")
        self._index_pending(db, keys)
        hits = case_repo.cases_with_blind_index(db, crypto.blind_index(keys.blind_key, id_number))
        self.ctx.audit("identity_duplicate_check", count=len(hits))
        return hits

    def count_by_id_number_approved(
        self, id_number: str, supervisor_username: str, supervisor_password: str, reason: str
    ) -> int:
        """The duplicate check at the desk in an officer's session, approved there by a supervisor's credential
        and a written reason (the same gate as a reveal; audited). Tells only how many saved cases carry the
        number, nothing about them."""
        _, db, _ = self.ctx.require()
        sup, _reason, sup_keys = self.supervisor_keys(
            None, supervisor_username, supervisor_password, reason, action="identity_duplicate_check"
        )
        if sup_keys.blind_key is None:  # pragma: no cover - every supervisor slot holds the blind key
            raise PermissionDenied("Chỉ phiên làm việc của lãnh đạo mới được tra cứu theo số giấy tờ.")
        self._index_pending(db, sup_keys)
        hits = case_repo.cases_with_blind_index(db, crypto.blind_index(sup_keys.blind_key, id_number))
        self.ctx.audit("identity_duplicate_check", count=len(hits), supervisor=sup)
        return len(hits)

    def _index_pending(self, db: Database, keys: KeySet) -> None:
        if keys.blind_key is None or keys.identity_private is None:
            return
        while True:
            pending = case_repo.reporters_without_blind_index(db, 500)
            if not pending:
                return
            with db.atomic():
                for r in pending:
                    case_repo.set_blind_index(
                        db, r.case_id, r.seq, self._blind_value(keys, r.case_uid, r.seq, r.sealed_identity)
                    )

    @staticmethod
    def _blind_value(keys: KeySet, case_uid: str, seq: int, sealed: bytes) -> bytes:
        if keys.blind_key is None or keys.identity_private is None:  # pragma: no cover - checked by the caller
            return b""
        try:
            ident = ReporterIdentity.from_canonical_json(
                crypto.unseal(keys.identity_private, sealed, reporter_ad(case_uid, seq))
            )
        except DecryptionFailed:
            return b""
        if ident.id_kind is IdKind.NONE or not ident.id_number:
            return b""
        return crypto.blind_index(keys.blind_key, ident.id_number)
