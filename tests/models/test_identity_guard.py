"""The identity guard (issue 18): a reporter's own identity typed into free text is found, folded and partial."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_app.models.case import ReporterIdentity
from reception_app.models.enums import CaseKind, IdKind
from reception_app.models.identity_guard import (
    HitKind,
    find_identity,
    placeholder_for,
    replace_hits,
    scrub,
)

AN = ReporterIdentity(
    full_name="Nguyễn Văn An",
    id_kind=IdKind.CCCD,
    id_number="001088012345",
    address="Số 12 ngõ 34 phố Hàng Bông, phường Hoàn Kiếm, Hà Nội",
    phone="0912 345 678",
)


def _found(text: str, identities: tuple[ReporterIdentity, ...] = (AN,)) -> list[tuple[str, HitKind]]:
    return [(text[h.start : h.end], h.kind) for h in find_identity(text, identities)]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Văn An tố cáo",
        "ông nguyen van an tố cáo",  # no diacritics
        "ÔNG NGUYỄN VĂN AN tố cáo",  # other case
        "Ong NGUYEN van AN to cao",
    ],
)
def test_the_full_name_is_found_with_and_without_diacritics_in_any_case(text: str) -> None:
    assert _found(text) == [(text[: len("Ông Nguyễn Văn An")], HitKind.NAME)]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Theo lời Nguyễn An thì", "Nguyễn An"),
        ("Văn An cho biết", "Văn An"),
        ("chị hàng xóm nói anh An bị đánh", "anh An"),
        ("bà nguyen an", "bà nguyen an"),
    ],
)
def test_partial_names_are_found(text: str, match: str) -> None:
    assert _found(text) == [(match, HitKind.NAME)]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("SĐT 0912 345 678.", "0912 345 678"),
        ("SĐT 0912.345.678", "0912.345.678"),
        ("gọi +84 912 345 678", "+84 912 345 678"),
        ("gọi 0912345678", "0912345678"),
    ],
)
def test_the_typed_phone_is_found_whatever_the_separators(text: str, match: str) -> None:
    assert _found(text) == [(match, HitKind.PHONE)]


def test_id_number_and_address_are_found() -> None:
    text = "CCCD 001088012345, ở số 12 ngõ 34 Hàng Bông"
    assert _found(text) == [("001088012345", HitKind.ID_NUMBER), ("12 ngõ 34", HitKind.ADDRESS)]
    whole = "địa chỉ Số 12 ngõ 34 phố Hàng Bông, phường Hoàn Kiếm, Hà Nội."
    assert _found(whole) == [("Số 12 ngõ 34 phố Hàng Bông, phường Hoàn Kiếm, Hà Nội", HitKind.ADDRESS)]


def test_phone_and_id_shapes_are_flagged_without_a_typed_identity() -> None:
    text = "Người gửi đơn (SĐT 0987.650.321, CMND 123456789, CCCD 079188765432) phản ánh."
    assert _found(text, ()) == [
        ("0987.650.321", HitKind.PHONE_PATTERN),
        ("123456789", HitKind.ID_PATTERN),
        ("079188765432", HitKind.ID_PATTERN),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Yêu cầu đưa 20 triệu đồng, tổng 100.000.000 đồng, ngày 12/03/2024",
        "an toàn giao thông tại xã An Bình",
        "Công văn số 1234/UBND-TTr",
    ],
)
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert _found(text) == []


def test_replacement_uses_the_kinds_word_and_keeps_the_rest() -> None:
    text = "Ông Nguyễn Văn An, SĐT 0912.345.678, tố cáo ông Trần Văn K."
    hits = find_identity(text, [AN])
    assert replace_hits(text, hits, placeholder_for(CaseKind.DENUNCIATION)) == (
        "[người tố cáo], SĐT [người tố cáo], tố cáo ông Trần Văn K."
    )
    assert placeholder_for(CaseKind.COMPLAINT) == "[người khiếu nại]"
    assert "Nguyễn" not in scrub(text, [AN])
    assert "Nguyen" not in scrub(text, [AN])


def test_the_hit_repr_never_holds_the_text() -> None:
    (hit,) = find_identity("Nguyễn Văn An", [AN])
    assert "An" not in repr(hit).replace("IdentityHit", "")


@given(st.text(max_size=200))
def test_any_text_gives_well_formed_hits(text: str) -> None:
    hits = find_identity(text, [AN])
    last = 0
    for hit in hits:
        assert last <= hit.start < hit.end <= len(text)
        last = hit.end
    assert find_identity(scrub(text, [AN]), [AN], patterns=False) == []


QUAN = ReporterIdentity(full_name="Trần Minh Quân")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Đề nghị cơ quan chức năng xử lý", False),  # folds to "co quan", like "cô Quân"
        ("Đề nghị cô Quân cung cấp tài liệu", True),
        ("de nghi co quan cung cap", True),  # typed without any diacritics: cannot tell, flag it
        ("ông Trần Quân và bà Minh Quán", True),
        ("Minh Quán", False),  # another name: the diacritics differ
        ("Tran Minh Quân", True),  # mixed: each word either exact or without diacritics
    ],
)
def test_words_typed_with_diacritics_must_carry_the_names_own(text: str, flagged: bool) -> None:
    assert bool(find_identity(text, [QUAN], patterns=False)) is flagged
