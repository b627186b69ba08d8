"""Map the address printed in an ID card's QR (written before the 2025 merger) to today's province and ward.

Cards issued before July 2025 say "…, ward/commune, district, province" with the 63 old provinces. The merger
(Resolution 202/2025/QH15) folded them into 34; the place picker (:mod:`reception_app.models.places`, from
``vietnam-provinces``) knows only the new units. So:

- the old province becomes the new one it was merged into (the table below);
- the old ward or commune becomes a new ward of that province when exactly one new ward bears its name (many
  new wards keep the name of one of the units merged into them); the parts before it (house, street,
  hamlet) become the street address;
- otherwise only the province is set and the card's text is kept whole as the address.

Pure: no I/O; the place data loads with the first call (≈ 35 ms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reception_app.models.fold import fold
from reception_app.models.places import provinces, wards

# Old province (folded, no "tinh"/"thanh pho") → the new province it belongs to (folded new name).
# fmt: off
_MERGED = {
    "ha giang": "tuyen quang", "tuyen quang": "tuyen quang",
    "yen bai": "lao cai", "lao cai": "lao cai",
    "bac kan": "thai nguyen", "thai nguyen": "thai nguyen",
    "vinh phuc": "phu tho", "hoa binh": "phu tho", "phu tho": "phu tho",
    "bac giang": "bac ninh", "bac ninh": "bac ninh",
    "thai binh": "hung yen", "hung yen": "hung yen",
    "hai duong": "hai phong", "hai phong": "hai phong",
    "ha nam": "ninh binh", "nam dinh": "ninh binh", "ninh binh": "ninh binh",
    "quang binh": "quang tri", "quang tri": "quang tri",
    "quang nam": "da nang", "da nang": "da nang",
    "kon tum": "quang ngai", "quang ngai": "quang ngai",
    "binh dinh": "gia lai", "gia lai": "gia lai",
    "ninh thuan": "khanh hoa", "khanh hoa": "khanh hoa",
    "dak nong": "lam dong", "dac nong": "lam dong", "binh thuan": "lam dong", "lam dong": "lam dong",
    "phu yen": "dak lak", "dak lak": "dak lak", "dac lac": "dak lak", "dak lac": "dak lak",
    "binh duong": "ho chi minh", "ba ria vung tau": "ho chi minh", "ho chi minh": "ho chi minh",
    "binh phuoc": "dong nai", "dong nai": "dong nai",
    "long an": "tay ninh", "tay ninh": "tay ninh",
    "soc trang": "can tho", "hau giang": "can tho", "can tho": "can tho",
    "ben tre": "vinh long", "tra vinh": "vinh long", "vinh long": "vinh long",
    "tien giang": "dong thap", "dong thap": "dong thap",
    "bac lieu": "ca mau", "ca mau": "ca mau",
    "kien giang": "an giang", "an giang": "an giang",
    "thua thien hue": "hue", "hue": "hue",
    "ha noi": "ha noi", "lai chau": "lai chau", "dien bien": "dien bien", "son la": "son la",
    "lang son": "lang son", "quang ninh": "quang ninh", "thanh hoa": "thanh hoa", "nghe an": "nghe an",
    "ha tinh": "ha tinh", "cao bang": "cao bang",
}
# fmt: on
_UNIT_PREFIX = re.compile(r"^(?:tinh|thanh pho|tp|phuong|xa|thi tran|dac khu|p|x|tt)\b\.?\s*")
_NOT_WORD = re.compile(r"[^a-z0-9 ]+")


@dataclass(frozen=True)
class CardPlace:
    """Where the card's address falls today. Empty codes = not found; ``address`` is what the street field gets."""

    province_code: str
    ward_code: str
    address: str

    def __repr__(self) -> str:
        return "CardPlace(<sealed>)"


def _bare(name: str) -> str:
    folded = _NOT_WORD.sub(" ", fold(name).replace("-", " "))
    folded = " ".join(folded.split())
    return _UNIT_PREFIX.sub("", folded).strip()


@cache
def _new_provinces() -> dict[str, str]:
    return {_bare(p.name): p.code for p in provinces()}


@cache
def _wards_by_bare_name(province_code: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for w in wards(province_code):
        out.setdefault(_bare(w.name), []).append(w.code)
    return out


def map_card_address(address: str) -> CardPlace:
    """Map a card's address to (new province, new ward, street address); see the module docstring.

    Args:
        address: the card's address text (cleaned).

    Returns:
        The codes found (possibly empty) and the text for the street-address field.
    """
    parts = [p.strip() for p in address.split(",") if p.strip()]
    if not parts:
        return CardPlace("", "", address)
    new = _MERGED.get(_bare(parts[-1]))
    province = _new_provinces().get(new, "") if new else ""
    if not province:
        return CardPlace("", "", address)
    if len(parts) >= 3:  # "…, ward, district, province"
        found = _wards_by_bare_name(province).get(_bare(parts[-3]), [])
        if len(found) == 1:
            return CardPlace(province, found[0], ", ".join(parts[:-3]))
    return CardPlace(province, "", address)
