"""Agency settings and desk preferences (the admin page): the document header, signer, auto-lock delay."""

from __future__ import annotations

from dataclasses import dataclass

from reception_app.models.enums import Role
from reception_app.models.errors import FieldError, ValidationError
from reception_app.models.validation import clean_text
from reception_app.services.context import SessionContext
from reception_app.storage import settings as settings_repo
from reception_app.storage.database import Database


@dataclass(frozen=True)
class AgencySettings:
    """Who prints the documents (Decree 30/2020 header) and the document symbol."""

    parent_agency: str
    agency_name: str
    place_name: str
    doc_symbol: str


def office_names(db: Database) -> tuple[str, ...]:
    """The office's names (a password must not lean on them)."""
    get = settings_repo.get_setting
    return get(db, "agency.parent"), get(db, "agency.name"), get(db, "agency.place")


class SettingsService:
    """``desk.settings``: the agency header and signer, the auto-lock delay."""

    IDLE_LOCK_KEY = "ui.idle_lock_minutes"
    DEFAULT_IDLE_LOCK_MINUTES = 5
    IDLE_LOCK_RANGE = (1, 60)
    _AGENCY_KEYS = (
        ("agency.parent", "parent_agency", True, 200),
        ("agency.name", "agency_name", True, 200),
        ("agency.place", "place_name", True, 100),
        ("agency.symbol", "doc_symbol", True, 20),
        ("agency.signer_title", "signer_title", False, 200),
        ("agency.signer_name", "signer_name", False, 100),
    )

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def agency(self) -> AgencySettings:
        _, db, _ = self.ctx.require()
        get = settings_repo.get_setting
        return AgencySettings(
            get(db, "agency.parent"), get(db, "agency.name"), get(db, "agency.place"), get(db, "agency.symbol")
        )

    def agency_signer(self) -> tuple[str, str]:
        """(signer title, signer name) as stored; "" where unset (documents then print a default title)."""
        _, db, _ = self.ctx.require()
        get = settings_repo.get_setting
        return get(db, "agency.signer_title"), get(db, "agency.signer_name")

    def update_agency(self, agency: AgencySettings, *, signer_title: str = "", signer_name: str = "") -> list[str]:
        """Admin changes the document header and signer; validated like setup, audited (keys only, no values).

        Returns:
            The setting keys that changed (empty: nothing to save, nothing audited).
        """
        _, db, _ = self.ctx.require(Role.ADMIN)
        a = agency
        raw = (a.parent_agency, a.agency_name, a.place_name, a.doc_symbol, signer_title, signer_name)
        values = [clean_text(v) if isinstance(v, str) else "" for v in raw]
        errors = []
        for (_, field, required, limit), value in zip(self._AGENCY_KEYS, values, strict=True):
            if required and not value:
                errors.append(FieldError(field, "Vui lòng nhập thông tin này."))
            elif len(value) > limit:
                errors.append(FieldError(field, f"Tối đa {limit} ký tự."))
        if values[3] and any(ch.isspace() or ch == "/" for ch in values[3]):
            errors.append(FieldError("doc_symbol", "Ký hiệu văn bản không chứa dấu cách hay dấu '/'."))
        if errors:
            raise ValidationError(errors)
        changed = [
            key
            for (key, *_), value in zip(self._AGENCY_KEYS, values, strict=True)
            if settings_repo.get_setting(db, key) != value
        ]
        if changed:
            with db.atomic():
                for (key, *_), value in zip(self._AGENCY_KEYS, values, strict=True):
                    if key in changed:
                        settings_repo.set_setting(db, key, value)
                self.ctx.audit("settings_changed", fields=changed)
        return changed

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the desk locks (setting ``ui.idle_lock_minutes``, default 5)."""
        _, db, _ = self.ctx.require()
        low, high = self.IDLE_LOCK_RANGE
        text = settings_repo.get_setting(db, self.IDLE_LOCK_KEY, str(self.DEFAULT_IDLE_LOCK_MINUTES))
        value = int(text) if text.isdigit() else self.DEFAULT_IDLE_LOCK_MINUTES
        return value if low <= value <= high else self.DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Admin sets the auto-lock delay (1–60 minutes; never "off"). Audited."""
        _, db, _ = self.ctx.require(Role.ADMIN)
        low, high = self.IDLE_LOCK_RANGE
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
            raise ValidationError([FieldError("idle_lock_minutes", f"Chọn từ {low} đến {high} phút.")])
        if settings_repo.get_setting(db, self.IDLE_LOCK_KEY) == str(minutes):
            return
        with db.atomic():
            settings_repo.set_setting(db, self.IDLE_LOCK_KEY, str(minutes))
            self.ctx.audit("settings_changed", fields=[self.IDLE_LOCK_KEY], minutes=minutes)
