"""The transfer directory (cơ quan nhận chuyển đơn) and transfers; seed data from ``vietnam-provinces``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reception_app.models.enums import AgencyKind

if TYPE_CHECKING:
    import vietnam_provinces as vp

SEED_VERSION = 1  # bump when the seed list changes; seeding only adds missing rows


@dataclass(frozen=True)
class Agency:
    id: int
    name: str
    kind: AgencyKind
    province_code: str
    address: str
    active: bool
    seeded: bool


@dataclass(frozen=True)
class AgencySeed:
    name: str
    kind: AgencyKind
    province_code: str


@dataclass(frozen=True)
class Transfer:
    """One transfer of a case to an agency, with the report-back tracking (Luật Tố cáo Điều 26.2)."""

    id: int
    case_uid: str
    case_number: str
    agency_id: int
    agency_name: str
    sent_on: date
    report_due_on: date | None
    replied_on: date | None
    reply_note: str

    @property
    def waiting(self) -> bool:
        return self.replied_on is None


def _province_phrase(p: vp.Province) -> str:
    """ "thành phố Hà Nội" / "tỉnh Cao Bằng" (the package names cities "Thành phố …", provinces bare)."""
    import vietnam_provinces as vp  # ≈ 35 ms: loaded with the first seed, not at start-up

    if p.division_type is vp.VietNamDivisionType.THANH_PHO_TRUNG_UONG:
        bare = p.name.removeprefix("Thành phố ").removeprefix("Thành Phố ")
        return f"thành phố {bare}"
    return f"tỉnh {p.name.removeprefix('Tỉnh ')}"


def province_seeds() -> tuple[AgencySeed, ...]:
    """The provincial inspectorate and People's Committee of each of the 34 provinces (2025 reorganisation)."""
    import vietnam_provinces as vp  # see _province_phrase

    out: list[AgencySeed] = []
    for p in sorted(vp.Province.iter_all(), key=lambda p: int(p.code)):
        code, phrase = f"{int(p.code):02d}", _province_phrase(p)
        out.append(AgencySeed(f"Thanh tra {phrase}", AgencyKind.INSPECTORATE, code))
        out.append(AgencySeed(f"Ủy ban nhân dân {phrase}", AgencyKind.PEOPLES_COMMITTEE, code))
    return tuple(out)
