"""The office's keys on a desk (issue 21, docs/OFFICE.md "Keys"): pin the manifest, adopt the office identity key,
refuse to seal outside the manifest, send reveals to the office, sign and check the office chain at login.

* :meth:`OfficeKeysService.adopt` (a supervisor, before or when joining): checks the manifest (its signature and
  the fingerprint typed from the join form), opens the key package, pins the manifest (signed by the desk's
  audit key), keeps the office audit key sealed to the office identity key, then runs the resumable identity-key
  rotation (services/rotation.py) **towards the office key pair**: every sealed item, pre-join too, is re-sealed
  to the office key, and the supervisor's slot and a new recovery slot hold the office private key.
* :func:`refuse_foreign_key`: on a desk with a pinned manifest, sealing to any other key is refused.
* Reveals: every ``reveal_granted`` (and scan / protection opening) in this desk's audit chain becomes an
  ``identity_revealed`` office event (codes: case uid, origin desk, supervisor; the reason encrypted under the
  content key), derived from the audit entry itself so a crash cannot separate the two. The desk the case came
  from appends ``office_reveal_recorded`` to its own chain when it pulls the event.
* :func:`login_findings` (every supervisor login): own anchors still match, the pinned manifest and its pin
  verify, the received signed office heads verify and agree with this desk's chain; then the supervisor signs
  this desk's view of the office head (sent by the sync worker).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from reception_app.models.enums import Role
from reception_app.models.errors import KnownError
from reception_app.services.context import PermissionDenied, SealingBlocked, SessionContext
from reception_app.services.security import Finding
from reception_app.storage import office as office_repo
from reception_app.storage import office_chain
from reception_app.storage import office_keys as keys_repo
from reception_app.storage import settings as settings_repo
from reception_app.storage.audit import AuditLog
from reception_app.storage.database import Database
from reception_app.storage.office_keys import Manifest, OfficeKeyError

log = logging.getLogger(__name__)

K_REVEALS_SENT = "office.reveals_sent_seq"  # own audit seq up to which reveals were queued
K_REVEALS_NOTED = "office.reveals_noted"  # inbox rowid up to which other desks' reveals were looked at
REVEAL_ACTIONS = ("reveal_granted", "attachment_opened", "protection_reveal_granted")
REVEAL_EVENT = "identity_revealed"
CHAIN_SERVER_VERSION = 3

KEY_OUTSIDE = (
    "Không lưu danh tính: khóa danh tính của bàn tiếp này không phải khóa trong bộ khóa văn phòng đã ghim. "
    "Hãy báo lãnh đạo đăng nhập để kiểm tra; hồ sơ nháp vẫn được giữ."
)
MANIFEST_BAD = (
    "Không lưu danh tính: bộ khóa văn phòng đã ghim trên bàn tiếp này bị tráo hoặc sửa. "
    "Hãy báo lãnh đạo đăng nhập để kiểm tra; hồ sơ nháp vẫn được giữ."
)
FINDINGS = {
    "office_manifest": "Bộ khóa văn phòng (manifest) đã ghim trên bàn tiếp này bị tráo hoặc sửa: {detail}",
    "office_key": "Khóa danh tính của bàn tiếp không phải khóa của văn phòng đã ghim (mã {detail}).",
    "office_anchor": "Nhật ký của bàn tiếp này đã bị sửa sau mốc đã gửi văn phòng (mục số {detail}).",
    "office_chain": "Chuỗi nhật ký văn phòng không khớp với bản lãnh đạo đã ký: {detail}",
}


class OfficeKeyRefused(SealingBlocked):
    """Sealing refused: the key is not the office's pinned key, or the pinned manifest does not verify."""

    def __init__(self, text: str = KEY_OUTSIDE) -> None:
        KnownError.__init__(self, text)


def _normalise(fingerprint: str) -> str:
    return "".join(ch for ch in fingerprint.upper() if ch.isalnum())


def _adopting(db: Database, manifest: Manifest) -> bool:
    """An adoption (a rotation towards the office key) is running: items sealed meanwhile are re-sealed by it."""
    state = json.loads(settings_repo.get_setting(db, "rotation.state", "") or "{}")
    return isinstance(state, dict) and state.get("new_public") == manifest.identity_public.hex()


def refuse_foreign_key(ctx: SessionContext) -> None:
    """Called before sealing: on a desk with a pinned manifest, the session's key must be the office key."""
    _, db, keys = ctx.require()
    if not keys_repo.stored_manifest(db):
        return
    try:
        manifest = keys_repo.pinned_manifest(db, ctx.vault.install_id, keys.audit_public)
    except OfficeKeyError:
        raise OfficeKeyRefused(MANIFEST_BAD) from None
    if manifest is None or keys.identity_public == manifest.identity_public or _adopting(db, manifest):
        return
    raise OfficeKeyRefused(KEY_OUTSIDE)


class OfficeKeysService:
    """``desk.office_keys``: pinning the office manifest and adopting the office identity key."""

    def __init__(self, ctx: SessionContext, rotation: Any) -> None:
        self.ctx = ctx
        self.rotation = rotation

    def fingerprint(self) -> str | None:
        """The pinned manifest's fingerprint (to compare with the join form), or None."""
        _, db, _ = self.ctx.require()
        text = keys_repo.stored_manifest(db)
        return keys_repo.parse_manifest(text).fingerprint if text else None

    def adopt(self, manifest_text: str, package: bytes, passphrase: str, password: str, fingerprint: str) -> str | None:
        """Pin the manifest and make the office identity key this desk's. Returns the new recovery code (show it,
        then call ``desk.rotation.confirm_recovery_code``), or None when the key already was the office key."""
        session, db, keys = self.ctx.require(Role.SUPERVISOR)
        if session.is_recovery or keys.audit_private is None or keys.identity_private is None:
            raise PermissionDenied("Chỉ lãnh đạo đăng nhập bằng tài khoản của mình mới ghim được bộ khóa văn phòng.")
        try:
            manifest = keys_repo.parse_manifest(manifest_text)
        except OfficeKeyError as exc:
            raise KnownError(exc.text()) from exc
        if _normalise(fingerprint) != _normalise(manifest.fingerprint):
            raise KnownError(
                f"Mã nhận dạng bộ khóa không khớp phiếu tham gia (tệp: {manifest.fingerprint}); không ghim."
            )
        existing = keys_repo.stored_manifest(db)
        if existing and keys_repo.parse_manifest(existing).fingerprint != manifest.fingerprint:
            raise KnownError("Bàn tiếp này đã ghim một bộ khóa văn phòng khác; không thay được ở đây.")
        try:
            id_private, audit_private = keys_repo.open_key_package(package, passphrase, manifest)
        except OfficeKeyError as exc:
            raise KnownError(exc.text()) from exc
        with db.atomic():
            keys_repo.pin_manifest(db, self.ctx.vault.install_id, manifest, keys.audit_private)
            keys_repo.store_audit_key(db, manifest, audit_private)
            self.ctx.audit("office_keys_pinned", key_id=_normalise(manifest.fingerprint))
        if keys.identity_public == manifest.identity_public:
            return None
        return self._rotate_to(id_private, password)

    def _rotate_to(self, id_private: bytes, password: str) -> str | None:
        rotation = self.rotation
        progress = rotation.start(password, identity_private=id_private)
        while progress.phase == "resealing":
            progress = rotation.step()
            if progress.done >= progress.total:
                break
        return str(rotation.finish(password).recovery_code)


# --- reveals as office events ----------------------------------------------------------------------------------


def queue_reveals(db: Database, me: str, at: datetime) -> int:
    """Turn this desk's reveal audit entries since the last run into office events (one transaction)."""
    with db.atomic():
        mark = settings_repo.get_setting(db, K_REVEALS_SENT, "")
        if not mark:  # first run: reveals from the moment the desk joined
            mark = str(db.scalar("SELECT coalesce(max(seq), 0) FROM audit_log WHERE action = 'office_joined'"))
        marks = ",".join("?" for _ in REVEAL_ACTIONS)
        rows = db.query(
            f"SELECT seq, at, action, case_uid, details FROM audit_log WHERE seq > ? AND action IN ({marks})"  # noqa: S608
            " ORDER BY seq",
            (int(mark), *REVEAL_ACTIONS),
        )
        for r in rows:
            details = json.loads(r["details"] or "{}")
            origin = db.scalar("SELECT origin_desk FROM cases WHERE uid = ?", (r["case_uid"],)) or me
            codes = {
                "uid": r["case_uid"],
                "origin_desk": origin,
                "revealed_on": me,
                "supervisor": str(details.get("supervisor", "")),
                "action": r["action"],
                "audit_seq": int(r["seq"]),
                "revealed_at": r["at"],
            }
            secret = {"reason": str(details.get("reason", ""))}
            office_repo.record_event(db, REVEAL_EVENT, r["case_uid"], at, {"codes": codes, "secret": secret})
        last = int(rows[-1]["seq"]) if rows else int(mark)
        settings_repo.set_setting(db, K_REVEALS_SENT, str(max(last, int(mark))))
    return len(rows)


def note_reveals(db: Database, me: str, at: datetime) -> int:
    """Another desk revealed a case recorded here: append ``office_reveal_recorded`` to this desk's own chain."""
    noted = 0
    with db.atomic():
        mark = int(settings_repo.get_setting(db, K_REVEALS_NOTED, "0") or 0)
        rows = db.query(
            "SELECT rowid, desk, seq, case_uid, payload FROM office_inbox WHERE kind = ? AND rowid > ? ORDER BY rowid",
            (REVEAL_EVENT, mark),
        )
        for r in rows:
            payload = json.loads(r["payload"])
            codes, secret = payload.get("codes", {}), payload.get("secret", {})
            if codes.get("origin_desk") == me:
                AuditLog(db).append(
                    at=at,
                    actor=f"office:{r['desk']}",
                    action="office_reveal_recorded",
                    case_uid=r["case_uid"],
                    details={
                        "office_desk": str(r["desk"]),
                        "supervisor": str(codes.get("supervisor", "")),
                        "reason": str(secret.get("reason", "")),
                        "seq": int(r["seq"]),
                        "kind": str(codes.get("action", "")),
                    },
                )
                noted += 1
        if rows:
            settings_repo.set_setting(db, K_REVEALS_NOTED, str(int(rows[-1]["rowid"])))
    return noted


# --- supervisor login: check and sign the office chain ---------------------------------------------------------


def login_findings(ctx: SessionContext) -> list[Finding]:
    """The office part of a supervisor login check (nothing on a lone desk). Signs the office head when it can."""
    _, db, keys = ctx.require()
    me = office_repo.joined_desk(db)
    if me is None:
        return []
    findings: list[Finding] = []
    bad_anchor = office_repo.verify_own_anchors(db)
    if bad_anchor is not None:
        findings.append(Finding("office_anchor", FINDINGS["office_anchor"].format(detail=bad_anchor)))
    try:
        manifest = keys_repo.pinned_manifest(db, ctx.vault.install_id, keys.audit_public)
    except OfficeKeyError as exc:
        return [*findings, Finding("office_manifest", FINDINGS["office_manifest"].format(detail=exc.text()))]
    if manifest is None:
        return findings
    if keys.identity_public != manifest.identity_public and not _adopting(db, manifest):
        findings.append(Finding("office_key", FINDINGS["office_key"].format(detail=manifest.fingerprint)))
    office_chain.advance(db, me)
    problems = office_chain.check_received(db, manifest.audit_public, manifest.fingerprint)
    if problems:
        findings.append(Finding("office_chain", FINDINGS["office_chain"].format(detail="; ".join(problems[:5]))))
    _sign(ctx, db, me, manifest)
    return findings


def _sign(ctx: SessionContext, db: Database, me: str, manifest: Manifest) -> None:
    session, _, keys = ctx.require()
    if keys.identity_private is None:
        return
    audit_private = keys_repo.open_audit_key(db, manifest, keys.identity_private)
    if audit_private is None:
        return  # this supervisor does not hold the office key (yet)
    head = office_chain.sign_head(
        db,
        me=me,
        signer=session.username,
        at=ctx.clock.now(),
        fingerprint=manifest.fingerprint,
        office_audit_private=audit_private,
    )
    ctx.audit("office_head_signed", count=len(head.heads), head_hash=head.digest[:16])


def after_pull(conn: Any, db: Database, me: str, at: datetime) -> None:
    """The sync worker, after a pull: note other desks' reveals of cases recorded here; send and fetch signed heads
    (a server not yet upgraded to schema V3 has no signed heads: skipped until ``server init``)."""
    from reception_app.storage import office_chain_server, office_server  # psycopg: only the sync worker

    note_reveals(db, me, at)
    if office_server.server_version(conn) >= CHAIN_SERVER_VERSION:
        office_chain_server.sync_heads(conn, db, me)
    else:
        conn.commit()
