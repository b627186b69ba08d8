"""The ID-card QR parser (models/cccd_qr.py) and the card-address mapping (models/card_place.py)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception_app.models.card_place import map_card_address
from reception_app.models.cccd_qr import CardQrError, lacks_diacritics, looks_mangled, parse_card_qr
from reception_app.models.enums import Gender
from reception_app.models.places import province_name, ward_name
from reception_app.models.validation import LEGACY_PROVINCE_PREFIXES

TODAY = date(2026, 12, 6)
GOOD = (
    "066179012345|241234567|Nguyễn Thị Hương|12071979|Nữ|Thôn 2, Xã Ea Kao, Thành phố Buôn Ma Thuột, Đắk Lắk|15082021"
)

_WORDS = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Thị", "Văn", "Hương", "Đức", "Ngọc", "Mỹ", "Quỳnh", "Ánh", "H’Hen"]
_PLACE_WORDS = ["Thôn", "Số", "đường", "Ea", "Kao", "Tân", "Lợi", "Phường", "Xã", "Buôn", "Ma", "Thuột", "Đắk", "Lắk"]


@dataclass(frozen=True)
class Card:
    number: str
    old: str
    name: str
    born: date
    gender: Gender
    address: str
    issued: date | None


def _number(prefix: str, born: date, gender: Gender, tail: str) -> str:
    g = (born.year // 100 - 19) * 2 + (0 if gender is Gender.MALE else 1)
    return f"{prefix}{g}{born.year % 100:02d}{tail}"


@st.composite
def cards(draw: st.DrawFn) -> Card:
    born = draw(st.dates(date(1900, 1, 1), date(2025, 12, 31)))
    gender = draw(st.sampled_from([Gender.MALE, Gender.FEMALE]))
    prefix = draw(st.sampled_from(sorted(LEGACY_PROVINCE_PREFIXES)))
    tail = draw(st.from_regex(r"[0-9]{6}", fullmatch=True))
    name = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=5)))
    address = ", ".join(
        " ".join(draw(st.lists(st.sampled_from(_PLACE_WORDS), min_size=1, max_size=4)))
        for _ in range(draw(st.integers(0, 4)))
    )
    issued = draw(st.none() | st.dates(born, TODAY))
    old = draw(st.sampled_from(["", "241234567", "079012345678"]))
    return Card(_number(prefix, born, gender, tail), old, name, born, gender, address, issued)


def _payload(c: Card, sex_label: str) -> list[str]:
    issued = c.issued.strftime("%d%m%Y") if c.issued else ""
    return [c.number, c.old, c.name, c.born.strftime("%d%m%Y"), sex_label, c.address, issued]


@given(
    card=cards(),
    sex_style=st.sampled_from(["plain", "upper", "bare", "english"]),
    bom=st.booleans(),
    nfd=st.booleans(),
    ending=st.sampled_from(["", "\r\n", "\n", "\r", " "]),
    extra=st.lists(st.sampled_from(["", "Nguyễn Văn Cha", "Trần Thị Mẹ", "01012030"]), max_size=3),
)
@settings(max_examples=300, deadline=None)
def test_every_well_formed_payload_reads_back(
    *, card: Card, sex_style: str, bom: bool, nfd: bool, ending: str, extra: list[str]
) -> None:
    label = {Gender.MALE: "Nam", Gender.FEMALE: "Nữ"}[card.gender]
    label = {"plain": label, "upper": label.upper(), "bare": label.replace("ữ", "u"), "english": ""}[sex_style]
    if sex_style == "english":
        label = "Male" if card.gender is Gender.MALE else "Female"
    text = "|".join(_payload(card, label) + extra) + ending
    if nfd:
        text = unicodedata.normalize("NFD", text)
    if bom:
        text = "\ufeff" + text
    got = parse_card_qr(text, today=TODAY)
    assert (got.id_number, got.old_id_number, got.full_name) == (card.number, card.old, card.name)
    assert (got.birth_date, got.gender, got.issued_on) == (card.born, card.gender, card.issued)
    assert got.address == card.address
    assert not looks_mangled(text)
    assert card.name not in repr(got)
    assert card.number not in repr(got)


@given(card=cards(), keep=st.integers(4, 6))
@settings(max_examples=100, deadline=None)
def test_missing_trailing_fields_are_left_empty(card: Card, keep: int) -> None:
    fields = _payload(card, "Nam" if card.gender is Gender.MALE else "Nữ")[:keep]
    got = parse_card_qr("|".join(fields), today=TODAY)
    assert got.full_name == card.name
    assert got.gender is (card.gender if keep >= 5 else Gender.UNSPECIFIED)
    assert got.address == (card.address if keep >= 6 else "")
    assert got.issued_on is None


@given(card=cards())
@settings(max_examples=100, deadline=None)
def test_a_payload_without_the_old_id_column_reads_too(card: Card) -> None:
    fields = _payload(card, "Nam" if card.gender is Gender.MALE else "Nữ")
    del fields[1]
    got = parse_card_qr("|".join(fields), today=TODAY)
    assert (got.id_number, got.old_id_number, got.full_name, got.birth_date) == (card.number, "", card.name, card.born)


@given(card=cards(), position=st.integers(0, 11), digit=st.sampled_from("0123456789"))
@settings(max_examples=200, deadline=None)
def test_a_broken_id_number_is_refused_without_echoing_it(card: Card, position: int, digit: str) -> None:
    fields = _payload(card, "Nam" if card.gender is Gender.MALE else "Nữ")
    fields[0] = card.number[:position] + card.number[position + 1 :]  # one digit lost (11 digits)
    with pytest.raises(CardQrError) as err:
        parse_card_qr("|".join(fields), today=TODAY)
    assert "12 chữ số" in err.value.text()
    assert fields[0] not in str(err.value)
    assert card.name not in str(err.value)


def test_century_or_sex_digit_against_the_card_is_refused() -> None:
    for bad in (
        GOOD.replace("066179", "066079", 1),  # sex digit says male, the card says Nữ
        GOOD.replace("066179", "066379", 1),  # century digit says 2000s
        GOOD.replace("066179", "066180", 1),  # year digits say 1980
    ):
        with pytest.raises(CardQrError, match="không khớp"):
            parse_card_qr(bad, today=TODAY)


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ("", "Không đọc được"),
        ("   \r\n", "Không đọc được"),
        ("https://example.com/not-a-card", "dấu |"),
        ("066179012345|241234567|Nguyễn Thị Hương", "thiếu thông tin"),
        ("066179012345|241234567||12071979|Nữ", "họ tên"),
        ("066179012345|241234567|Nguyễn Thị Hương|31021979|Nữ", "Ngày sinh"),
        ("066179012345|241234567|Nguyễn Thị Hương|12071979|Nữ|", "Ngày sinh"),  # sanity: valid → no raise
        ("066179012345|241234567|Nguyễn Thị Hương|12072030|Nữ", "Ngày sinh"),
        ("066179012345|241234567|Nguyễn Thị Hương|12071979|Khác", "Giới tính"),
        ("O66179012345|241234567|Nguyễn Thị Hương|12071979|Nữ", "12 chữ số"),
        ("x" * 5000 + "|", "không phải mã QR"),
    ],
)
def test_broken_payloads_get_a_vietnamese_message(payload: str, fragment: str) -> None:
    if payload.endswith("|Nữ|"):
        assert parse_card_qr(payload, today=TODAY).address == ""
        return
    with pytest.raises(CardQrError) as err:
        parse_card_qr(payload, today=TODAY)
    assert fragment in err.value.text()
    assert "Hương" not in err.value.text()


def test_unreadable_issue_date_only_warns() -> None:
    got = parse_card_qr(GOOD.replace("15082021", "99999999"), today=TODAY)
    assert got.issued_on is None
    assert any("Ngày cấp" in w for w in got.warnings)


def test_unknown_province_prefix_only_warns() -> None:
    got = parse_card_qr(GOOD.replace("066179", "099179", 1), today=TODAY)
    assert got.id_number.startswith("099")
    assert any("mã tỉnh" in w for w in got.warnings)


def test_input_method_traces_are_recognised() -> None:
    assert not looks_mangled(GOOD)
    assert looks_mangled(GOOD.replace("12071979", "12071979".replace("0", "ơ")))  # Telex/VNI in a date
    assert looks_mangled(GOOD.replace("241234567", "2412đ4567"))
    assert looks_mangled("066179012345||Nguyen Thi Huong|12071979|Nu|Lô Ả3, Ea Kao|15082021")
    assert not looks_mangled("066179012345||Nguyen Thi Huong|12071979|Nu|Lo A3, Ea Kao|15082021")


def test_ascii_names_are_flagged_as_missing_diacritics() -> None:
    assert lacks_diacritics(parse_card_qr(GOOD.replace("Nguyễn Thị Hương", "Nguyen Thi Huong"), today=TODAY))
    assert not lacks_diacritics(parse_card_qr(GOOD, today=TODAY))


@pytest.mark.parametrize(
    ("address", "province", "ward", "street"),
    [
        ("Thôn 2, Xã Ea Kao, Thành phố Buôn Ma Thuột, Đắk Lắk", "Đắk Lắk", "Phường Ea Kao", "Thôn 2"),
        ("Ấp 3, Xã Tân Hòa, Huyện Gò Công Đông, Tiền Giang", "Đồng Tháp", "Xã Tân Hòa", "Ấp 3"),
        ("Khu phố 1, Phường Phú Lâm, Thành phố Tuy Hòa, Phú Yên", "Đắk Lắk", "", None),
        ("Số 12, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "", None),
        ("Tổ 4, Phường Phú Hội, Thành phố Huế, Thừa Thiên Huế", "Thành phố Huế", "", None),
        ("Thôn 1, Xã Ia Lốp, Huyện Ea Súp, Tỉnh Đắc Lắc", "Đắk Lắk", "Xã Ia Lốp", "Thôn 1"),
        ("Số 5, Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh", "", None),
        ("Somewhere, Atlantis", "", "", None),
        ("", "", "", None),
    ],
)
def test_card_address_maps_to_the_current_province_and_ward(
    address: str, province: str, ward: str, street: str | None
) -> None:
    got = map_card_address(address)
    assert province_name(got.province_code) == province
    assert ward_name(got.ward_code) == ward
    assert got.address == (address if street is None else street)  # not found: the card's text, whole
    assert address[:8] not in repr(got) or not address
