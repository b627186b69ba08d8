"""Provinces and wards after the 2025 reorganisation (34 provinces), from the ``vietnam-provinces`` package.

Codes are stored as the official zero-padded numbers as text: provinces ``"01"``…``"96"``, wards
``"00070"``. Names are NFC. Lookups are cached; the whole list loads in about 10 ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reception_app.models.fold import fold


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    folded: str  # for type-ahead that ignores marks: "dak lak" finds "Đắk Lắk"


def _code(value: object, width: int) -> str:
    return f"{int(value):0{width}d}"  # type: ignore[call-overload]


@cache
def provinces() -> tuple[Place, ...]:
    """All provinces and centrally-run cities, by name."""
    import vietnam_provinces as vp  # ≈ 35 ms: loaded with the first place shown, not at start-up

    items = [Place(_code(p.code, 2), p.name, fold(p.name)) for p in vp.Province.iter_all()]
    return tuple(sorted(items, key=lambda p: p.folded.removeprefix("thanh pho ")))


@cache
def _wards_by_province() -> dict[str, tuple[Place, ...]]:
    import vietnam_provinces as vp

    out: dict[str, list[Place]] = {}
    for w in vp.Ward.iter_all():
        out.setdefault(_code(w.province_code, 2), []).append(Place(_code(w.code, 5), w.name, fold(w.name)))
    return {k: tuple(sorted(v, key=lambda p: p.folded)) for k, v in out.items()}


def wards(province_code: str) -> tuple[Place, ...]:
    """Wards and communes of one province, by name (empty for an unknown code)."""
    return _wards_by_province().get(province_code, ())


@cache
def _names() -> dict[str, str]:
    names = {f"p:{p.code}": p.name for p in provinces()}
    for items in _wards_by_province().values():
        names.update({f"w:{w.code}": w.name for w in items})
    return names


def province_name(code: str) -> str:
    return _names().get(f"p:{code}", "")


def ward_name(code: str) -> str:
    return _names().get(f"w:{code}", "")


def place_line(ward_code: str, province_code: str) -> str:
    """ "Phường Hoàn Kiếm, Thành phố Hà Nội" (parts that are unknown are left out)."""
    return ", ".join(n for n in (ward_name(ward_code), province_name(province_code)) if n)
