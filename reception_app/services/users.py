"""Desk accounts (``desk.users``): officers, administrators, supervisors (a supervisor approves supervisors)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reception_app.models.enums import Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.password_policy import assess_password
from reception_app.models.validation import clean_text
from reception_app.services import attest
from reception_app.services.context import PermissionDenied, SessionContext, SessionThrottled
from reception_app.services.drafts import DraftService
from reception_app.services.settings import office_names
from reception_app.storage import settings as settings_repo
from reception_app.storage.revocation import scrub_old_slots
from reception_app.storage.vault import KeySet


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    password: str

    def __repr__(self) -> str:
        return f"NewUser(username={self.username!r})"


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    needs_password_reset: bool


def check_password_policy(
    username: str,
    password: str,
    field: str = "password",
    *,
    supervisor: bool = False,
    names: tuple[str, ...] = (),
) -> None:
    """≥ 12 characters and a zxcvbn score high enough for the account (stricter for supervisors), see
    :func:`reception_app.models.password_policy.assess_password`. Raises :class:`ValidationError` with the
    Vietnamese reasons."""
    strength = assess_password(password, username=username, supervisor=supervisor, names=names)
    if not strength.acceptable:
        raise ValidationError([FieldError(field, strength.message)])


def clean_username(username: str) -> str:
    name = clean_text(username).casefold()
    if not name or len(name) > 64 or not all(ch.isalnum() or ch in "._-" for ch in name):
        raise ValidationError([FieldError("username", "Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch (tối đa 64).")])
    return name


class UserService:
    """``desk.users``: list, create, grant the supervisor role, reset and change passwords, deactivate."""

    def __init__(self, ctx: SessionContext, drafts: DraftService) -> None:
        self.ctx = ctx
        self.drafts = drafts

    def list_users(self) -> list[UserInfo]:
        _, db, _ = self.ctx.require(Role.ADMIN, Role.SUPERVISOR)
        stale = {s.username for s in self.ctx.vault.slots() if s.stale}
        slots = {s.username for s in self.ctx.vault.slots()}
        return [
            UserInfo(u.username, u.full_name, u.roles, u.active, u.username in stale or u.username not in slots)
            for u in settings_repo.list_users(db)
        ]

    def full_name_of(self, username: str) -> str:
        """A desk user's full name as shown to people (any session); the username if there is none."""
        _, db, _ = self.ctx.require()
        user = settings_repo.get_user(db, username)
        return user.full_name if user is not None and user.full_name else username

    def create_user(self, new: NewUser, roles: frozenset[Role] = frozenset({Role.OFFICER})) -> None:
        """Admin creates an officer (or admin). Supervisors only through :meth:`grant_supervisor`."""
        _, db, keys = self.ctx.require(Role.ADMIN)
        if Role.SUPERVISOR in roles:
            raise PermissionDenied("Quyền lãnh đạo phải được một lãnh đạo phê duyệt (dùng 'Cấp quyền lãnh đạo').")
        name = clean_username(new.username)
        full_name = clean_text(new.full_name)
        check_password_policy(name, new.password, names=(full_name, *office_names(db)))
        if not full_name:
            raise ValidationError([FieldError("full_name", "Vui lòng nhập họ tên cán bộ.")])
        if settings_repo.get_user(db, name) is not None or self.ctx.vault.has_user(name):
            raise ValidationError([FieldError("username", "Tên đăng nhập đã tồn tại.")])
        with db.atomic():
            settings_repo.insert_user(
                db,
                username=name,
                full_name=full_name,
                roles=frozenset(roles) | {Role.OFFICER},
                now=self.ctx.clock(),
                created_by=self.ctx.session.username if self.ctx.session else "",
            )
            self.ctx.audit("user_created", username=name, roles=",".join(sorted(r.value for r in roles)))
            public = self.ctx.vault.set_user_slot(name, new.password, keys.officer_view(), supervisor=False)
            attest.certify_now(self.ctx, db, name, public)

    def _approver_keys(self, approver_username: str | None, approver_password: str | None) -> tuple[KeySet, str]:
        session, db, keys = self.ctx.require()
        if session.is_recovery and keys.is_supervisor:
            return keys, "recovery"
        if not approver_username or approver_password is None:
            raise PermissionDenied("Cần một lãnh đạo nhập tài khoản và mật khẩu để phê duyệt.")
        name = clean_text(approver_username).casefold()
        try:
            self.ctx.session_gate()
            approver = self.ctx.vault.verify_password(name, approver_password, count=False)
        except SessionThrottled:
            self.ctx.audit("role_change_denied", approver=name, outcome="rate_limited")
            raise
        except KnownError:
            self.ctx.count_session_failure()
            self.ctx.audit("role_change_denied", approver=name, outcome="bad_credentials")
            raise
        user = settings_repo.get_user(db, name)
        if not approver.is_supervisor or user is None or not user.active or Role.SUPERVISOR not in user.roles:
            self.ctx.audit("role_change_denied", approver=name)
            raise PermissionDenied("Người phê duyệt không phải lãnh đạo.")
        return approver, name

    def grant_supervisor(
        self,
        username: str,
        user_password: str,
        approver_username: str | None = None,
        approver_password: str | None = None,
    ) -> None:
        """Admin grants the supervisor role; a supervisor (or the recovery session) approves at the desk.

        The user types their own password so the private keys can be wrapped into their slot.
        """
        _, db, _ = self.ctx.require(Role.ADMIN)
        name = clean_username(username)
        user = settings_repo.get_user(db, name)
        if user is None:
            raise KnownError("Không tìm thấy tài khoản.")
        approver_keys, approver = self._approver_keys(approver_username, approver_password)
        self.ctx.vault.verify_password(name, user_password)
        try:
            check_password_policy(name, user_password, supervisor=True, names=(user.full_name, *office_names(db)))
        except ValidationError as exc:
            raise ValidationError(
                [
                    FieldError(
                        "password",
                        "Mật khẩu hiện tại của tài khoản chưa đủ mạnh cho lãnh đạo: "
                        "hãy đổi mật khẩu trước. " + exc.errors[0].message,
                    )
                ]
            ) from None
        if approver_keys.audit_private is not None:
            self.ctx.signer = (approver, approver_keys.audit_private)
        with db.atomic():
            settings_repo.update_user(db, name, roles=user.roles | {Role.SUPERVISOR})
            self.ctx.audit("role_granted", username=name, roles="supervisor", approver=approver)
            public = self.ctx.vault.set_user_slot(name, user_password, approver_keys, supervisor=True)
            if approver_keys.audit_private is not None:  # the approving supervisor certifies the new slot's key
                self.ctx.signer = (approver, approver_keys.audit_private)
            attest.certify_now(self.ctx, db, name, public)
            self.ctx.signer = None
        scrub_old_slots(self.ctx.data_dir, self.ctx.vault, name)

    def reset_password(
        self,
        username: str,
        new_password: str,
        approver_username: str | None = None,
        approver_password: str | None = None,
    ) -> None:
        """Admin (or recovery session) sets a new password. A supervisor's slot needs a supervisor's approval."""
        _, db, keys = self.ctx.require(Role.ADMIN)
        name = clean_username(username)
        user = settings_repo.get_user(db, name)
        if user is None:
            raise KnownError("Không tìm thấy tài khoản.")
        supervisor = Role.SUPERVISOR in user.roles
        check_password_policy(name, new_password, supervisor=supervisor, names=(user.full_name, *office_names(db)))
        slot_keys, approver = (
            self._approver_keys(approver_username, approver_password) if supervisor else (keys.officer_view(), "")
        )
        approving = (approver, slot_keys.audit_private) if supervisor and slot_keys.audit_private else None
        with db.atomic():
            self.ctx.signer = approving  # a supervisor approving signs the reset (else the admin's own key)
            self.ctx.audit("password_reset", username=name, approver=approver)
            public = self.ctx.vault.set_user_slot(name, new_password, slot_keys, supervisor=supervisor)
            self.ctx.signer = approving
            attest.certify_now(self.ctx, db, name, public)
            self.ctx.signer = None
        scrub_old_slots(self.ctx.data_dir, self.ctx.vault, name)

    def change_password(self, old_password: str, new_password: str) -> None:
        session, db, _ = self.ctx.require()
        if session.is_recovery:
            raise PermissionDenied("Phiên khôi phục không có mật khẩu riêng.")
        check_password_policy(
            session.username,
            new_password,
            "new_password",
            supervisor=session.has(Role.SUPERVISOR),
            names=(session.full_name, *office_names(db)),
        )
        keys = self.ctx.vault.verify_password(session.username, old_password)
        with db.atomic():
            self.ctx.audit("password_changed")
            self.ctx.vault.set_user_slot(
                session.username, new_password, keys, supervisor=keys.is_supervisor, signing=keys.signing_private
            )
        scrub_old_slots(self.ctx.data_dir, self.ctx.vault, session.username)
        if self.ctx.session is not None and self.ctx.session.must_change_password:
            self.ctx.session = replace(self.ctx.session, must_change_password=False)
        # The new slot derives a new draft key: carry the open intake draft over to it.
        fresh = self.ctx.vault.verify_password(session.username, new_password)
        current = self.ctx.keys
        if current is not None and current.draft_key is not None and fresh.draft_key is not None:
            self.drafts.rekey(current.draft_key, fresh.draft_key)
            self.ctx.keys = replace(current, draft_key=fresh.draft_key)

    def deactivate_user(self, username: str) -> None:
        session, db, _ = self.ctx.require(Role.ADMIN)
        name = clean_username(username)
        if name == session.username:
            raise PermissionDenied("Không thể tự vô hiệu hóa tài khoản đang dùng.")
        was_supervisor = any(s.username == name and s.supervisor for s in self.ctx.vault.slots())
        with db.atomic():
            settings_repo.update_user(db, name, active=False)
            self.ctx.audit("user_deactivated", username=name)
            self.ctx.vault.remove_user_slot(name)
        scrub_old_slots(self.ctx.data_dir, self.ctx.vault, name)
        if was_supervisor:
            # A revoked supervisor knew the identity private key: offer a rotation (docs/SECURITY.md).
            with db.atomic():
                settings_repo.set_setting(db, "security.rotation_advised", name)
