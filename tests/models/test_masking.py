"""Masking: one function set for every output; masked means code + ●●●●● and nothing else."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import fields
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_app.models.case import ReporterIdentity, ReporterView
from reception_app.models.enums import Gender, IdKind
from reception_app.models.masking import (
    IDENTITY_FIELDS,
    MASK,
    MaskPolicy,
    format_date_vn,
    mask_value,
    reporter_display_name,
    reporter_lines,
)

CODE = "NTC-2026-0125-1"
IDENT = ReporterIdentity(
    full_name="Zqxwylvh Canaryname Ợẫ",
    id_kind=IdKind.CCCD,
    id_number="079188765432",
    id_issued_on=date(2021, 5, 4),
    id_issued_by="Cục Cảnh sát QLHC về TTXH",
    birth_date=date(1988, 3, 9),
    gender=Gender.FEMALE,
    province_code="79",
    ward_code="26734",
    address="Số 77 hẻm Canarystreet Qwpvx",
    phone="0987650321",
    email="canary.qwpvx@example.org",
)
# Every identity value as it would be displayed, plus distinctive fragments (a partial leak is a leak).
SECRETS = [
    "Zqxwylvh",
    "Canaryname",
    "079188765432",
    "88765432",
    "04/05/2021",
    "Cục Cảnh sát",
    "09/03/1988",
    "Nữ",
    "26734",
    "Canarystreet",
    "0987650321",
    "87650321",
    "canary.qwpvx",
]


def view(identity: ReporterIdentity | None = IDENT) -> ReporterView:
    return ReporterView(seq=1, reporter_code=CODE, is_representative=False, identity=identity)


def test_mask_is_five_black_circles() -> None:
    assert MASK == "●●●●●"
    assert len(MASK) == 5
    assert set(MASK) == {"\u25cf"}


@pytest.mark.parametrize("value", ["", None, "x", "Nguyễn Văn Đức" * 20, date(2000, 1, 1), 0, IdKind.NONE])
def test_mask_value_is_constant(value: object) -> None:
    assert mask_value(value) == MASK


def test_policies() -> None:
    assert MaskPolicy() == MaskPolicy.MASKED
    assert not MaskPolicy.MASKED.reveal_identity
    assert MaskPolicy.REVEALED.reveal_identity
    with pytest.raises(AttributeError):
        MaskPolicy.MASKED.reveal_identity = True  # type: ignore[misc]


def test_identity_fields_cover_every_identity_attribute() -> None:
    names = [name for name, _ in IDENTITY_FIELDS]
    assert sorted(names) == sorted(f.name for f in fields(ReporterIdentity))
    assert len(set(names)) == len(names)
    labels = [label for _, label in IDENTITY_FIELDS]
    assert labels[0] == "Họ và tên"
    assert all(unicodedata.is_normalized("NFC", label) for label in labels)


def test_masked_lines() -> None:
    lines = reporter_lines(view(), MaskPolicy.MASKED)
    assert lines[0] == ("Mã người gửi", CODE)
    assert len(lines) == 1 + len(IDENTITY_FIELDS)
    assert [label for label, _ in lines[1:]] == [label for _, label in IDENTITY_FIELDS]
    assert all(value == MASK for _, value in lines[1:])
    flat = repr(lines)
    for secret in SECRETS:
        assert secret not in flat


def test_reveal_policy_without_identity_still_masks() -> None:
    lines = reporter_lines(view(None), MaskPolicy.REVEALED)
    assert lines[0] == ("Mã người gửi", CODE)
    assert all(value == MASK for _, value in lines[1:])
    assert reporter_display_name(view(None), MaskPolicy.REVEALED) == CODE


def test_empty_fields_masked_are_still_mask() -> None:
    sparse = ReporterIdentity(full_name="")
    assert all(value == MASK for _, value in reporter_lines(view(sparse), MaskPolicy.MASKED)[1:])
    # masked output is identical for a full and an empty identity: nothing about the values leaks
    assert reporter_lines(view(sparse), MaskPolicy.MASKED) == reporter_lines(view(IDENT), MaskPolicy.MASKED)
    assert reporter_lines(view(None), MaskPolicy.MASKED) == reporter_lines(view(IDENT), MaskPolicy.MASKED)


def test_revealed_lines_show_values() -> None:
    lines = dict(reporter_lines(view(), MaskPolicy.REVEALED))
    assert lines == {
        "Mã người gửi": CODE,
        "Họ và tên": IDENT.full_name,
        "Loại giấy tờ": IdKind.CCCD.label,
        "Số giấy tờ": "079188765432",
        "Ngày cấp": "04/05/2021",
        "Nơi cấp": "Cục Cảnh sát QLHC về TTXH",
        "Ngày sinh": "09/03/1988",
        "Giới tính": "Nữ",
        "Tỉnh/thành phố": "Thành phố Hồ Chí Minh",  # a known code prints by name
        "Phường/xã": "26734",  # not in the post-2025 list: the code itself
        "Địa chỉ": "Số 77 hẻm Canarystreet Qwpvx",
        "Số điện thoại": "0987650321",
        "Email": "canary.qwpvx@example.org",
    }
    assert MASK not in lines.values()


def test_revealed_empty_fields_are_empty() -> None:
    lines = dict(reporter_lines(view(ReporterIdentity(full_name="Lê B")), MaskPolicy.REVEALED))
    assert lines["Họ và tên"] == "Lê B"
    assert lines["Ngày sinh"] == ""
    assert lines["Loại giấy tờ"] == ""
    assert lines["Giới tính"] == ""


def test_display_name() -> None:
    assert reporter_display_name(view(), MaskPolicy.MASKED) == CODE
    assert reporter_display_name(view(), MaskPolicy(reveal_identity=False)) == CODE
    assert reporter_display_name(view(), MaskPolicy.REVEALED) == f"{IDENT.full_name} ({CODE})"
    assert reporter_display_name(view(ReporterIdentity(full_name="")), MaskPolicy.REVEALED) == CODE


def test_format_date_vn() -> None:
    assert format_date_vn(date(2026, 1, 5)) == "05/01/2026"
    assert format_date_vn(datetime(2026, 12, 31, 23, 59)) == "31/12/2026"
    assert format_date_vn(date(999, 1, 1)) == "01/01/0999"
    assert format_date_vn(None) == ""


# ------------------------------------------------------------------------------- identity serialisation


def test_identity_repr_and_str_hide_everything() -> None:
    for text in (repr(IDENT), str(IDENT), repr(view()), f"{IDENT}", repr([IDENT])):
        for secret in SECRETS:
            assert secret not in text


def test_canonical_json_round_trip() -> None:
    raw = IDENT.to_canonical_json()
    assert ReporterIdentity.from_canonical_json(raw) == IDENT
    data = json.loads(raw)
    assert data["birth_date"] == "1988-03-09"
    assert data["id_issued_on"] == "2021-05-04"
    assert data["v"] == 1
    assert list(data) == sorted(data)
    assert raw == json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert IDENT.full_name.encode("utf-8") in raw  # UTF-8, not \u escapes
    assert unicodedata.is_normalized("NFC", raw.decode("utf-8"))
    assert IDENT.to_canonical_json() == raw  # deterministic


def test_canonical_json_empty_dates_round_trip() -> None:
    sparse = ReporterIdentity(full_name="Lê B")
    assert ReporterIdentity.from_canonical_json(sparse.to_canonical_json()) == sparse


_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30).map(
    lambda s: unicodedata.normalize("NFC", s)
)
_identities = st.builds(
    ReporterIdentity,
    full_name=_text,
    id_kind=st.sampled_from(IdKind),
    id_number=_text,
    id_issued_on=st.none() | st.dates(),
    id_issued_by=_text,
    birth_date=st.none() | st.dates(),
    gender=st.sampled_from(Gender),
    province_code=_text,
    ward_code=_text,
    address=_text,
    phone=_text,
    email=_text,
)


@given(_identities)
def test_canonical_json_round_trip_property(ident: ReporterIdentity) -> None:
    raw = ident.to_canonical_json()
    assert ReporterIdentity.from_canonical_json(raw) == ident
    assert unicodedata.is_normalized("NFC", raw.decode("utf-8"))
    masked = reporter_lines(view(ident), MaskPolicy.MASKED)
    assert all(value == MASK for _, value in masked[1:])
    assert repr(ident) == "ReporterIdentity(<sealed>)"
