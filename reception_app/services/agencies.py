"""The agency directory for transfers: seeded with every province's inspectorate and People's Committee."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reception_app.models.agencies import SEED_VERSION, Agency, province_seeds
from reception_app.models.enums import AgencyKind, Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.validation import clean_text
from reception_app.storage import agencies as repo
from reception_app.storage import settings as settings_repo
from reception_app.storage.database import Database

if TYPE_CHECKING:
    from reception_app.services.context import SessionContext

_SEED_KEY = "agencies.seed_version"
MAX_AGENCY_NAME = 200


class AgencyDirectory:
    """Read by everyone (transfer pickers); edited by admins only. Seeded on first use."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def _seeded(self, db: Database) -> None:
        if settings_repo.get_setting(db, _SEED_KEY, "") == str(SEED_VERSION):
            return
        with db.atomic():
            added = repo.seed(db, province_seeds())
            settings_repo.set_setting(db, _SEED_KEY, str(SEED_VERSION))
            self.ctx.audit("agencies_seeded", count=added, version=SEED_VERSION, actor="system")

    def list(self, *, include_inactive: bool = False, province_code: str | None = None) -> list[Agency]:
        _, db, _ = self.ctx.require()
        self._seeded(db)
        return repo.list_agencies(db, include_inactive=include_inactive, province_code=province_code)

    def get(self, agency_id: int) -> Agency:
        _, db, _ = self.ctx.require()
        self._seeded(db)
        agency = repo.get_agency(db, agency_id) if isinstance(agency_id, int) else None
        if agency is None:
            raise KnownError("Không tìm thấy cơ quan trong danh bạ.")
        return agency

    def _clean(
        self, db: Database, name: str, kind: AgencyKind, *, province_code: str, address: str, except_id: int | None
    ) -> tuple[str, AgencyKind, str, str]:
        errors: list[FieldError] = []
        clean_name = clean_text(name) if isinstance(name, str) else ""
        clean_address = clean_text(address) if isinstance(address, str) else ""
        code = clean_text(province_code) if isinstance(province_code, str) else ""
        if not clean_name or len(clean_name) > MAX_AGENCY_NAME:
            errors.append(FieldError("name", f"Vui lòng nhập tên cơ quan (tối đa {MAX_AGENCY_NAME} ký tự)."))
        if len(clean_address) > 500:
            errors.append(FieldError("address", "Địa chỉ quá dài (tối đa 500 ký tự)."))
        if len(code) > 10 or not code.isalnum() and code:
            errors.append(FieldError("province_code", "Mã tỉnh không hợp lệ."))
        try:
            agency_kind = AgencyKind(kind)
        except ValueError:
            errors.append(FieldError("kind", "Vui lòng chọn loại cơ quan."))
            agency_kind = AgencyKind.OTHER
        if not errors and repo.name_taken(db, clean_name, code, except_id=except_id):
            errors.append(FieldError("name", "Cơ quan này đã có trong danh bạ."))
        if errors:
            raise ValidationError(errors)
        return clean_name, agency_kind, code, clean_address

    def add(self, name: str, kind: AgencyKind, *, province_code: str = "", address: str = "") -> Agency:
        _, db, _ = self.ctx.require(Role.ADMIN)
        self._seeded(db)
        values = self._clean(db, name, kind, province_code=province_code, address=address, except_id=None)
        with db.atomic():
            agency_id = repo.insert_agency(
                db, name=values[0], kind=values[1], province_code=values[2], address=values[3]
            )
            self.ctx.audit("agency_added", agency_id=agency_id, kind=values[1].value)
        return self.get(agency_id)

    def update(
        self,
        agency_id: int,
        *,
        name: str,
        kind: AgencyKind,
        province_code: str = "",
        address: str = "",
        active: bool = True,
    ) -> Agency:
        _, db, _ = self.ctx.require(Role.ADMIN)
        self.get(agency_id)
        values = self._clean(db, name, kind, province_code=province_code, address=address, except_id=agency_id)
        with db.atomic():
            repo.update_agency(
                db,
                agency_id,
                name=values[0],
                kind=values[1],
                province_code=values[2],
                address=values[3],
                active=bool(active),
            )
            self.ctx.audit("agency_updated", agency_id=agency_id, kind=values[1].value, outcome=str(bool(active)))
        return self.get(agency_id)

    def set_active(self, agency_id: int, active: bool) -> Agency:
        a = self.get(agency_id)
        return self.update(
            agency_id, name=a.name, kind=a.kind, province_code=a.province_code, address=a.address, active=active
        )
