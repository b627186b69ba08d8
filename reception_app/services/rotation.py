"""Identity-key rotation (issue 16 item 4): a new X25519 pair, every sealed item re-sealed, old key destroyed.

Crash-safe and resumable, in three phases:

1. **start** (supervisor, own password): the new private key is first wrapped into the supervisor's own slot
   next to the old one (``identity_next``), then the state row is written. A crash now loses nothing.
2. **steps** (DB worker, batches with progress): each sealed item (reporters, scans, protection requests,
   retaliation reports) is opened with the old key, sealed to the new one *into a staging table*, and the
   progress mark moves in the same transaction. The live rows are untouched, so reveals keep working and a kill
   at any point resumes where the last committed batch ended. Items saved meanwhile are sealed to the old key
   and picked up by later steps.
3. **finish** (same supervisor, password again): one transaction swaps every staged blob in, pins the new key in
   the database, signs it, and records ``identity_key_rotated`` (checkpointed). Then one atomic vault rewrite:
   the supervisor's slot and a **new recovery slot** (new code, shown once) hold only the new key; every other
   slot loses the old private key (other supervisors are granted again); ``.bak`` is rewritten too. A crash
   between the two resumes at the vault step (the state row says ``swapped``). The new recovery code counts as
   delivered only once :func:`confirm_recovery_code` is called after showing it; a crash before that issues a
   fresh code at the next start.

Backups made before the rotation still hold the old key and the old seals: :func:`backups_with_old_key` lists
them (advice: destroy). docs/SECURITY.md §7.
"""

from __future__ import annotations

import base64
import itertools
import json
from dataclasses import dataclass, replace
from pathlib import Path

from reception_app.models.enums import Role
from reception_app.models.errors import KnownError
from reception_app.services import security
from reception_app.services.context import PermissionDenied, SessionContext
from reception_app.services.drafts import DraftService
from reception_app.services.identity import resealed
from reception_app.storage import crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.database import Database
from reception_app.storage.vault import KeySet, key_statement, new_recovery_code

STATE_KEY = "rotation.state"
MARKS_KEY = "rotation.marks"
RETIRED_KEY = "rotation.retired"
RETIRED_SIG_KEY = "rotation.retired_sig"
_TABLES = {
    "reporters": ("reporters", "sealed_identity", "rowid"),
    "attachments": ("attachments", "sealed_blob", "rowid"),
    "protection": ("protection_requests", "sealed_details", "id"),
    "retaliation": ("retaliation_reports", "sealed_details", "id"),
}
_STAGING = """CREATE TABLE IF NOT EXISTS rotation_staging (
    tbl TEXT NOT NULL, rid INTEGER NOT NULL, blob BLOB NOT NULL, PRIMARY KEY (tbl, rid)) STRICT"""


class RotationNotReady(KnownError):
    def __init__(self) -> None:
        super().__init__("Chưa niêm phong lại xong mọi mục; hãy để tiến trình chạy hết rồi hoàn tất.")


@dataclass(frozen=True)
class RotationProgress:
    phase: str  # "none", "resealing", "swapped", "code_pending" (shown? confirm it), "done"
    done: int = 0
    total: int = 0
    unreadable: int = 0
    recovery_code: str | None = None  # only once, right after the finish

    def __repr__(self) -> str:
        return f"RotationProgress(phase={self.phase!r}, done={self.done}, total={self.total})"


def _state(db: Database) -> dict[str, object]:
    text = settings_repo.get_setting(db, STATE_KEY, "")
    data = json.loads(text) if text else {}
    return data if isinstance(data, dict) else {}


def _marks(db: Database) -> dict[str, int]:
    text = settings_repo.get_setting(db, MARKS_KEY, "")
    marks = json.loads(text) if text else {}
    return {k: int(marks.get(k, 0)) for k in _TABLES}


def _total(db: Database) -> int:
    """Sealed items now (a b-tree count per table, no blob read), less the office-mode scans that stayed on the
    desk that made them (an empty blob, never re-sealed: security.sealed_since skips them)."""
    rows = sum(int(db.scalar(f"SELECT count(*) FROM {table}")) for table, _, _ in _TABLES.values())  # noqa: S608
    return rows - int(db.scalar("SELECT count(*) FROM attachments WHERE length(sealed_blob) = 0"))


@dataclass(frozen=True)
class _Supervisor:
    username: str
    keys: KeySet
    identity_private: bytes
    audit_private: bytes


def _code_pending(db: Database) -> None:
    with db.atomic():
        settings_repo.set_setting(db, STATE_KEY, json.dumps({**_state(db), "phase": "code_pending"}))
        settings_repo.set_setting(db, MARKS_KEY, "")
        settings_repo.set_setting(db, "security.rotation_advised", "")


def _clear(db: Database) -> None:
    with db.atomic():
        settings_repo.set_setting(db, STATE_KEY, "")
        settings_repo.set_setting(db, MARKS_KEY, "")
        settings_repo.set_setting(db, "security.rotation_advised", "")


def _target_message(new_public: bytes) -> bytes:
    return b"reception_app rotation target v1|" + new_public


def rotation_target(db: Database, audit_public: bytes) -> bytes | None:
    """The new identity public key of a rotation past its database swap (signed by the audit key), else None."""
    state = _state(db)
    if state.get("phase") != "swapped":
        return None
    try:
        target = bytes.fromhex(str(state.get("new_public", "")))
        sig = base64.b64decode(str(state.get("sig", "")))
    except ValueError:
        return None
    return target if crypto.verify_signature(audit_public, sig, _target_message(target)) else None


def _retired_message(retired: list[str]) -> bytes:
    return b"reception_app retired keys v1|" + json.dumps(retired).encode()


def retired_keys(db: Database, audit_public: bytes) -> set[str]:
    """Identity public keys retired by a rotation (hex), if the list carries a valid audit-key signature."""
    text = settings_repo.get_setting(db, RETIRED_KEY, "")
    if not text:
        return set()
    try:
        retired = [str(k) for k in json.loads(text)]
        sig = base64.b64decode(settings_repo.get_setting(db, RETIRED_SIG_KEY, ""))
    except (ValueError, TypeError):
        return set()
    return set(retired) if crypto.verify_signature(audit_public, sig, _retired_message(retired)) else set()


def _key_id(identity_public: bytes) -> str:
    from reception_app.services.backup import key_id

    return key_id(identity_public)


class RotationService:
    """``desk.rotation``: replacing the identity key pair, resumable step by step (docs/SECURITY.md)."""

    def __init__(self, ctx: SessionContext, drafts: DraftService) -> None:
        self.ctx = ctx
        self.drafts = drafts

    def progress(self) -> RotationProgress:
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        state = _state(db)
        if not state:
            return RotationProgress("none")
        done = int(str(state.get("done", 0)))
        total = max(int(str(state.get("total", 0))), done)
        if state.get("phase") == "resealing" and done >= total and next(security.sealed_since(db, _marks(db)), None):
            total = done + 1  # saved during the rotation, not re-sealed yet
        return RotationProgress(str(state.get("phase")), done, total, int(str(state.get("unreadable", 0))))

    def _supervisor_keys(self) -> _Supervisor:
        session, _, keys = self.ctx.require(Role.SUPERVISOR)
        if session.is_recovery or keys.identity_private is None or keys.audit_private is None:
            raise PermissionDenied("Chỉ lãnh đạo đăng nhập bằng tài khoản của mình mới đổi được khóa danh tính.")
        return _Supervisor(session.username, keys, keys.identity_private, keys.audit_private)

    def start(self, password: str, identity_private: bytes | None = None) -> RotationProgress:
        """Begin (or resume) a rotation. The new private key is durable in the supervisor's slot before anything.

        ``identity_private``: the pair to move to (the office identity key, services/office_keys.py); on a desk
        that pinned an office manifest only that key may be the target, never a new random one.
        """
        sup = self._supervisor_keys()
        username, keys = sup.username, sup.keys
        _, db, _ = self.ctx.require()
        state = _state(db)
        if state and state.get("phase") in {"swapped", "code_pending"} and keys.identity_next is None:
            return self._after_vault_rewrite(db, sup, state)
        if state:
            return self.progress()
        if identity_private is None and settings_repo.get_setting(db, "office.manifest"):
            raise KnownError(
                "Bàn tiếp thuộc văn phòng: khóa danh tính là khóa chung của văn phòng, không đổi riêng ở đây."
            )
        fresh = self.ctx.vault.verify_password(username, password)
        new_private, new_public = (
            (identity_private, crypto.identity_public_of(identity_private))
            if identity_private
            else crypto.new_identity_keypair()
        )
        self.ctx.vault.set_user_slot(
            username,
            password,
            replace(fresh, identity_next=new_private),
            supervisor=True,
            signing=fresh.signing_private,
        )
        with db.atomic():
            db.execute(_STAGING)
            db.execute("DELETE FROM rotation_staging")
            settings_repo.set_setting(db, MARKS_KEY, json.dumps(dict.fromkeys(_TABLES, 0)))
            signature = crypto.sign(sup.audit_private, _target_message(new_public))
            state = {
                "total": _total(db),
                "done": 0,
                "phase": "resealing",
                "by": username,
                "new_public": new_public.hex(),
                "sig": base64.b64encode(signature).decode("ascii"),
            }
            settings_repo.set_setting(db, STATE_KEY, json.dumps(state))
            self.ctx.audit("identity_key_rotation_started", key_id=_key_id(new_public))
        self.ctx.keys = replace(keys, identity_next=new_private)
        return self.progress()

    def _after_vault_rewrite(self, db: Database, sup: _Supervisor, state: dict[str, object]) -> RotationProgress:
        """A crash after the vault was rewritten, before the new recovery code was confirmed as shown.

        That code may never have reached a screen, so a new one replaces it (and must be confirmed in turn).
        """
        if crypto.identity_public_of(sup.identity_private).hex() != state.get("new_public"):
            raise PermissionDenied("Đợt đổi khóa do lãnh đạo khác bắt đầu; chỉ người đó mới tiếp tục được.")
        code = new_recovery_code()
        self.ctx.vault.replace_recovery(sup.keys, code)
        _code_pending(db)
        return RotationProgress("done", recovery_code=code)

    def confirm_recovery_code(self) -> None:
        """The new recovery code was shown: the rotation is over (until then a restart shows a fresh code)."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        if _state(db).get("phase") == "code_pending":
            _clear(db)

    def _next_key(self) -> tuple[_Supervisor, bytes]:
        sup = self._supervisor_keys()
        _, db, _ = self.ctx.require()
        state = _state(db)
        if not state:
            raise KnownError("Không có đợt đổi khóa nào đang chạy.")
        if state.get("by") != sup.username or sup.keys.identity_next is None:
            raise PermissionDenied("Đợt đổi khóa do lãnh đạo khác bắt đầu; chỉ người đó mới tiếp tục được.")
        return sup, sup.keys.identity_next

    def step(self, batch: int = 500) -> RotationProgress:
        """Re-seal up to ``batch`` items into the staging table (one transaction). Safe to kill at any point."""
        sup, new_private = self._next_key()
        _, db, _ = self.ctx.require()
        state = _state(db)
        if state.get("phase") != "resealing":
            return self.progress()
        new_public = crypto.identity_public_of(new_private)
        marks = _marks(db)
        unreadable = int(str(state.get("unreadable", 0)))
        items = list(itertools.islice(security.sealed_since(db, marks), batch))
        with db.atomic():
            for table, rid, blob in resealed(sup.identity_private, new_public, items):
                if blob is None:
                    unreadable += 1  # left as it is; the key check reports it
                else:
                    db.execute(
                        "INSERT OR REPLACE INTO rotation_staging (tbl, rid, blob) VALUES (?, ?, ?)", (table, rid, blob)
                    )
                marks[table] = max(marks[table], rid)
            settings_repo.set_setting(db, MARKS_KEY, json.dumps(marks))
            done = int(str(state.get("done", 0))) + len(items)
            settings_repo.set_setting(db, STATE_KEY, json.dumps({**state, "unreadable": unreadable, "done": done}))
        return self.progress()

    def finish(self, password: str) -> RotationProgress:
        """Swap the re-sealed items in, then rewrite the vault. Returns the new recovery code (shown once)."""
        sup, new_private = self._next_key()
        keys, username = sup.keys, sup.username
        _, db, _ = self.ctx.require()
        state = _state(db)
        fresh = self.ctx.vault.verify_password(username, password)
        new_public = crypto.identity_public_of(new_private)
        statement = crypto.sign(
            sup.audit_private, key_statement(self.ctx.vault.install_id, new_public, keys.audit_public)
        )
        old_public = crypto.identity_public_of(fresh.identity_private or b"")
        if state.get("phase") == "resealing":
            if list(itertools.islice(security.sealed_since(db, _marks(db)), 1)):
                raise RotationNotReady()
            self._swap(db, sup, new_public=new_public, old_public=old_public, statement=statement)
        new_keys = replace(fresh, identity_private=new_private, identity_public=new_public, identity_next=None)
        code = new_recovery_code()
        self.ctx.vault.finish_rotation(username, password, new_keys, statement=statement, recovery_code=code)
        _code_pending(db)
        final = self.ctx.vault.verify_password(username, password)
        if keys.draft_key is not None and final.draft_key is not None:
            self.drafts.rekey(keys.draft_key, final.draft_key)  # the new slot derives a new draft key
        self.ctx.keys = final
        return RotationProgress("done", recovery_code=code)

    def _swap(self, db: Database, sup: _Supervisor, *, new_public: bytes, old_public: bytes, statement: bytes) -> None:
        retired = sorted({*retired_keys(db, sup.keys.audit_public), old_public.hex()})
        with db.atomic():
            for name, (table, column, rid) in _TABLES.items():
                db.execute(
                    f"UPDATE {table} SET {column} = (SELECT s.blob FROM rotation_staging s"  # noqa: S608
                    f" WHERE s.tbl = ? AND s.rid = {table}.{rid})"
                    f" WHERE {rid} IN (SELECT rid FROM rotation_staging WHERE tbl = ?)",
                    (name, name),
                )
            db.execute("DELETE FROM rotation_staging")
            settings_repo.set_setting(db, "identity_public", new_public.hex())
            settings_repo.set_setting(db, "key_statement", statement.hex())
            settings_repo.set_setting(db, RETIRED_KEY, json.dumps(retired))
            signature = crypto.sign(sup.audit_private, _retired_message(retired))
            settings_repo.set_setting(db, RETIRED_SIG_KEY, base64.b64encode(signature).decode("ascii"))
            security.write_marks(db, security.current_marks(db), sup.audit_private)
            settings_repo.set_setting(db, STATE_KEY, json.dumps({**_state(db), "phase": "swapped"}))
            self.ctx.audit("identity_key_rotated", key_id=_key_id(new_public), old_key_id=_key_id(old_public))

    def backups_with_old_key(self, folder: Path | None = None) -> list[Path]:
        """Backups whose manifest names another identity key than the current one: they hold the old key."""
        from reception_app.services.backup import BACKUP_DIR
        from reception_app.storage.backup import list_backups

        _, _, keys = self.ctx.require(Role.SUPERVISOR, Role.ADMIN)
        current = _key_id(keys.identity_public)
        old = []
        for path in list_backups(folder or self.ctx.data_dir / BACKUP_DIR):
            try:
                manifest = json.loads((path / "manifest.json").read_text("utf-8"))
            except (OSError, ValueError):
                continue
            if manifest.get("key_id") != current:
                old.append(path)
        return old
