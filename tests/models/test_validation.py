"""Cleaning and validation of case drafts: every rule, all errors at once, and no value ever echoed back."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_app.models.case import CaseDraft, ReceivedDocument, ReporterDraft, ReporterIdentity
from reception_app.models.enums import CaseKind, Channel, DocumentState, Gender, IdKind, Sector
from reception_app.models.errors import ValidationError
from reception_app.models.validation import (
    MAX_ADDRESS,
    MAX_CONTENT,
    MAX_DOCUMENTS,
    MAX_GROUP_SIZE,
    MAX_NAME,
    MAX_REPORTERS,
    MAX_SHORT,
    MAX_SUBJECT,
    check_id_number,
    clean_text,
    is_valid_phone,
    normalize_id_number,
    normalize_phone,
    validate_case_draft,
)

TODAY = date(2026, 11, 20)
CANARY = "Qzxv7Canary"


def identity(**changes: object) -> ReporterIdentity:
    base = ReporterIdentity(
        full_name="Nguyễn Văn Đức",
        id_kind=IdKind.CCCD,
        id_number="001099012345",
        id_issued_on=date(2021, 5, 4),
        id_issued_by="Cục Cảnh sát QLHC về TTXH",
        birth_date=date(1999, 3, 9),
        gender=Gender.MALE,
        province_code="01",
        ward_code="00004",
        address="Số 1 phố Tràng Tiền, Hà Nội",
        phone="0912345678",
        email="duc@example.org",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def make_draft(*, ident: ReporterIdentity | None = None, **changes: object) -> CaseDraft:
    base = CaseDraft(
        kind=CaseKind.DENUNCIATION,
        channel=Channel.WALK_IN,
        sector=Sector.CORRUPTION,
        subject="Tố cáo cán bộ địa chính nhận tiền",
        content="Ông Trần Văn K. yêu cầu đưa 20 triệu đồng\nđể ký hồ sơ đất.",
        accused="Trần Văn K.",
        accused_position="Cán bộ địa chính xã",
        location="xã Ea Kar",
        reporters=(ReporterDraft(ident or identity()),),
        documents=(ReceivedDocument("Đơn tố cáo", 2, DocumentState.ORIGINAL),),
        received_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def errors_of(draft: CaseDraft) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        validate_case_draft(draft, today=TODAY)
    return info.value


# --------------------------------------------------------------------------------------------- clean_text


def test_clean_text_nfd_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    assert clean_text(nfd) == "Nguyễn Văn Đức"
    assert unicodedata.is_normalized("NFC", clean_text(nfd))


def test_clean_text_controls_and_bidi_removed() -> None:
    raw = "\u202eAn\u0000h\u0007 \u2066Ba\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d\ufeff\u200b\x7f\x85\ud800"
    assert clean_text(raw) == "Anh Ba"


def test_clean_text_single_line() -> None:
    assert clean_text("  Trần\r\nVăn\rK.\n\tB\u00a0 C  ") == "Trần Văn K. B C"
    assert clean_text("a\u2028b") == "a b"


def test_clean_text_multiline_keeps_lines() -> None:
    assert clean_text("  dòng 1\r\ndòng 2\rdòng\t3\u2029x\n\n", multiline=True) == "dòng 1\ndòng 2\ndòng\t3\nx"
    assert clean_text("a\x00\x1bb\u202e", multiline=True) == "ab"


def test_clean_text_type_error() -> None:
    with pytest.raises(TypeError):
        clean_text(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        clean_text(12)  # type: ignore[arg-type]


@given(st.text(), st.booleans())
def test_clean_text_properties(text: str, multiline: bool) -> None:
    out = clean_text(text, multiline=multiline)
    assert out == out.strip()
    assert clean_text(out, multiline=multiline) == out
    assert unicodedata.is_normalized("NFC", out)
    out.encode("utf-8")  # no lone surrogates survive
    allowed = {"\n", "\t"} if multiline else set()
    assert all(unicodedata.category(ch) != "Cc" or ch in allowed for ch in out)
    if not multiline:
        assert "  " not in out


# ----------------------------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("+84912345678", "+84912345678"),
        ("091 234 5678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"),
        ("(024) 3825 3536", "02438253536"),
        ("02438253536", "02438253536"),
        ("+84 24 3825 3536", "+842438253536"),
        ("0356 789 012", "0356789012"),
    ],
)
def test_valid_phones(raw: str, normal: str) -> None:
    assert normalize_phone(raw) == normal
    assert is_valid_phone(normal)


@pytest.mark.parametrize(
    "raw",
    [
        "12345",
        "0112345678",  # no such mobile prefix
        "0412345678",
        "091234567",  # too short
        "09123456789",  # mobile with 11 digits
        "0243825353",  # landline too short
        "84912345678",  # missing +
        "+8412345678",
        "091234567a",
        "０９１２３４５６７８",  # full-width digits
        "٠٩١٢٣٤٥٦٧٨",  # Arabic-Indic digits
        "",
    ],
)
def test_invalid_phones(raw: str) -> None:
    assert not is_valid_phone(normalize_phone(raw))


def test_is_valid_phone_rejects_non_str_and_trailing_newline() -> None:
    assert not is_valid_phone(912345678)  # type: ignore[arg-type]
    assert not is_valid_phone("0912345678\n")


# ------------------------------------------------------------------------------------------- ID numbers


def _warns(kind: IdKind, number: str, birth: date | None, gender: Gender) -> list[str]:
    errors, warnings = check_id_number(kind, number, birth, gender)
    assert errors == []
    return warnings


def test_cccd_consistent_has_no_warning() -> None:
    assert _warns(IdKind.CCCD, "001099012345", date(1999, 1, 2), Gender.MALE) == []
    assert _warns(IdKind.CCCD, "079301012345", date(2001, 6, 7), Gender.FEMALE) == []
    assert _warns(IdKind.CCCD, "001099012345", None, Gender.UNSPECIFIED) == []


def test_cccd_gender_digit_mismatch_warns() -> None:
    warnings = _warns(IdKind.CCCD, "001099012345", date(1999, 1, 2), Gender.FEMALE)
    assert len(warnings) == 1
    assert "giới tính" in warnings[0]


def test_cccd_century_digit_mismatch_warns() -> None:
    # G=0 means born 1900-1999; born 2099 keeps YY=99 but not the century
    warnings = _warns(IdKind.CCCD, "001099012345", date(2099, 1, 2), Gender.UNSPECIFIED)
    assert len(warnings) == 1
    assert "thế kỷ" in warnings[0]


def test_cccd_year_digits_mismatch_warns() -> None:
    warnings = _warns(IdKind.CCCD, "001099012345", date(1998, 1, 2), Gender.MALE)
    assert len(warnings) == 1
    assert "thứ năm và thứ sáu" in warnings[0]


def test_cccd_unknown_prefix_warns_never_blocks() -> None:
    warnings = _warns(IdKind.CCCD, "003099012345", date(1999, 1, 2), Gender.MALE)
    assert len(warnings) == 1
    assert "mã tỉnh" in warnings[0]
    assert _warns(IdKind.CCCD, "096099012345", date(1999, 1, 2), Gender.MALE) == []


def test_cccd_all_warnings_together() -> None:
    assert len(_warns(IdKind.CCCD, "099299012345", date(1985, 1, 2), Gender.FEMALE)) == 4


@pytest.mark.parametrize(
    "number",
    [
        "",
        "00109901234",
        "0010990123456",
        "00109901234a",
        "００１０９９０１２３４５",  # full-width
        "٠٠١٠٩٩٠١٢٣٤٥",  # Arabic-Indic
        "001099012345\n1",
    ],
)
def test_cccd_must_be_12_ascii_digits(number: str) -> None:
    errors, _ = check_id_number(IdKind.CCCD, number, None, Gender.UNSPECIFIED)
    assert len(errors) == 1
    assert errors[0].field == "id_number"


def test_cccd_separators_are_normalised() -> None:
    assert normalize_id_number(IdKind.CCCD, " 001 099-012.345 ") == "001099012345"
    assert check_id_number(IdKind.CCCD, "001 099 012345", date(1999, 1, 1), Gender.MALE) == ([], [])


def test_cmnd_9_or_12_digits() -> None:
    assert _warns(IdKind.CMND, "012345678", date(1970, 1, 1), Gender.MALE) == []
    assert _warns(IdKind.CMND, "001099012345", date(1999, 1, 1), Gender.MALE) == []
    assert _warns(IdKind.CMND, "001099012345", date(1998, 1, 1), Gender.MALE) != []  # same structure as CCCD
    for bad in ("01234567", "0123456789", "01234567a", "０１２３４５６７８"):
        errors, _ = check_id_number(IdKind.CMND, bad, None, Gender.UNSPECIFIED)
        assert len(errors) == 1


def test_passport_shape_only_warns() -> None:
    assert _warns(IdKind.PASSPORT, "B1234567", None, Gender.UNSPECIFIED) == []
    assert _warns(IdKind.PASSPORT, "c 1234567", None, Gender.UNSPECIFIED) == []
    assert normalize_id_number(IdKind.PASSPORT, "c 1234567") == "C1234567"
    assert len(_warns(IdKind.PASSPORT, "12345", None, Gender.UNSPECIFIED)) == 1
    errors, _ = check_id_number(IdKind.PASSPORT, "B" * (MAX_SHORT + 1), None, Gender.UNSPECIFIED)
    assert len(errors) == 1


def test_other_paper_is_free_text_with_limit() -> None:
    assert _warns(IdKind.OTHER, "Giấy phép lái xe số 790123456789", None, Gender.UNSPECIFIED) == []
    errors, _ = check_id_number(IdKind.OTHER, "x" * (MAX_SHORT + 1), None, Gender.UNSPECIFIED)
    assert len(errors) == 1
    errors, _ = check_id_number(IdKind.OTHER, "  ", None, Gender.UNSPECIFIED)
    assert len(errors) == 1


def test_none_kind_requires_empty_number() -> None:
    assert check_id_number(IdKind.NONE, "", None, Gender.UNSPECIFIED) == ([], [])
    errors, _ = check_id_number(IdKind.NONE, "001099012345", None, Gender.UNSPECIFIED, field="reporters.3.id_number")
    assert [e.field for e in errors] == ["reporters.3.id_number"]


def test_id_messages_never_contain_the_number() -> None:
    number = "003277012345"
    errors, warnings = check_id_number(IdKind.CCCD, number, date(1950, 1, 1), Gender.FEMALE)
    assert len(warnings) == 4
    for text in [*warnings, *(e.message for e in errors)]:
        assert number not in text
        assert "003" not in text
        assert "77" not in text
    errors, _ = check_id_number(IdKind.CCCD, "003277Canary", None, Gender.UNSPECIFIED)
    assert all("Canary" not in e.message and "003277" not in e.message for e in errors)


# ---------------------------------------------------------------------------------------- validate draft


def test_valid_draft_passes_and_is_normalised() -> None:
    ident = identity(
        full_name=unicodedata.normalize("NFD", "  Nguyễn  Văn\tĐức "),
        id_number="001 099 012345",
        phone="091 234 5678",
        email=" Duc@Example.ORG ",
        address="\u202eSố 1\r\nphố Tràng Tiền",
    )
    draft = make_draft(
        ident=ident,
        subject=unicodedata.normalize("NFD", " Tố cáo\ncán bộ "),
        content="  dòng 1\r\ndòng 2  ",
        documents=(ReceivedDocument(" Đơn\ttố cáo ", 3, DocumentState.COPY),),
    )
    clean, warnings = validate_case_draft(draft, today=TODAY)
    assert warnings == []
    assert clean is not draft
    assert clean.subject == "Tố cáo cán bộ"
    assert clean.content == "dòng 1\ndòng 2"
    out = clean.reporters[0].identity
    assert out.full_name == "Nguyễn Văn Đức"
    assert out.id_number == "001099012345"
    assert out.phone == "0912345678"
    assert out.email == "duc@example.org"
    assert out.address == "Số 1 phố Tràng Tiền"
    assert clean.documents[0].name == "Đơn tố cáo"
    assert draft.subject != clean.subject  # the input is untouched (frozen, new object returned)


def test_baseline_draft_has_no_errors() -> None:
    clean, warnings = validate_case_draft(make_draft(), today=TODAY)
    assert warnings == []
    assert clean.reporters[0].identity.full_name == "Nguyễn Văn Đức"


def _many(n: int) -> tuple[ReporterDraft, ...]:
    return tuple(ReporterDraft(identity()) for _ in range(n))


RULES: list[tuple[str, dict[str, Any], str]] = [
    ("subject required", {"subject": " \u202e\t "}, "subject"),
    ("subject length", {"subject": "x" * (MAX_SUBJECT + 1)}, "subject"),
    ("content required", {"content": "\r\n \n"}, "content"),
    ("content length", {"content": "x" * (MAX_CONTENT + 1)}, "content"),
    ("accused length", {"accused": "x" * (MAX_SHORT + 1)}, "accused"),
    ("position length", {"accused_position": "x" * (MAX_SHORT + 1)}, "accused_position"),
    ("location length", {"location": "x" * (MAX_SHORT + 1)}, "location"),
    ("province code", {"province_code": "79; DROP"}, "province_code"),
    ("ward code", {"ward_code": "x" * 30}, "ward_code"),
    ("group size zero", {"group_size": 0}, "group_size"),
    ("group size too big", {"group_size": MAX_GROUP_SIZE + 1}, "group_size"),
    ("group size bool", {"group_size": True}, "group_size"),
    ("anonymous tip has no reporters", {"kind": CaseKind.ANONYMOUS_TIP}, "reporters"),
    ("reporter required", {"reporters": ()}, "reporters"),
    ("too many reporters", {"reporters": _many(MAX_REPORTERS + 1)}, "reporters"),
    ("reporter not a draft", {"reporters": ("Nguyễn Văn A",)}, "reporters.0"),
    ("document name required", {"documents": (ReceivedDocument(" ", 1),)}, "documents.0.name"),
    ("document name length", {"documents": (ReceivedDocument("x" * (MAX_SHORT + 1), 1),)}, "documents.0.name"),
    ("document pages zero", {"documents": (ReceivedDocument("Đơn", 0),)}, "documents.0.pages"),
    ("document pages too many", {"documents": (ReceivedDocument("Đơn", 10_001),)}, "documents.0.pages"),
    ("too many documents", {"documents": (ReceivedDocument("Đơn", 1),) * (MAX_DOCUMENTS + 1)}, "documents"),
    ("received in the future", {"received_at": datetime(2026, 11, 22, 0, 0, tzinfo=UTC)}, "received_at"),
    ("received before 1900", {"received_at": datetime(1899, 12, 31, 0, 0)}, "received_at"),
    ("received not a datetime", {"received_at": "hôm nay"}, "received_at"),
    ("kind invalid", {"kind": "XX"}, "kind"),
    ("channel invalid", {"channel": "fax"}, "channel"),
    ("sector invalid", {"sector": None}, "sector"),
    ("subject not text", {"subject": 12}, "subject"),
]


@pytest.mark.parametrize(("changes", "field"), [(c, f) for _, c, f in RULES], ids=[n for n, _, _ in RULES])
def test_case_rule(changes: dict[str, Any], field: str) -> None:
    err = errors_of(make_draft(**changes))
    assert err.for_field(field) is not None, err.errors


IDENTITY_RULES: list[tuple[str, dict[str, Any], str]] = [
    ("name required", {"full_name": "  "}, "full_name"),
    ("name length", {"full_name": "x" * (MAX_NAME + 1)}, "full_name"),
    ("id number", {"id_number": "12345"}, "id_number"),
    ("id number full-width", {"id_number": "００１０９９０１２３４５"}, "id_number"),
    ("id kind invalid", {"id_kind": "bang_lai"}, "id_kind"),
    ("issued by length", {"id_issued_by": "x" * (MAX_SHORT + 1)}, "id_issued_by"),
    ("address length", {"address": "x" * (MAX_ADDRESS + 1)}, "address"),
    ("phone", {"phone": "12345"}, "phone"),
    ("phone prefix", {"phone": "0112345678"}, "phone"),
    ("email", {"email": "not-an-email"}, "email"),
    ("email two at", {"email": "a@b@c.vn"}, "email"),
    ("email length", {"email": "a" * 250 + "@b.vn"}, "email"),
    ("birth in the future", {"birth_date": date(2026, 11, 21)}, "birth_date"),
    ("birth before 1900", {"birth_date": date(1899, 12, 31)}, "birth_date"),
    ("birth not a date", {"birth_date": "09/03/1999"}, "birth_date"),
    ("issued in the future", {"id_issued_on": date(2026, 11, 21)}, "id_issued_on"),
    ("issued before 1900", {"id_issued_on": date(1899, 12, 31), "birth_date": None}, "id_issued_on"),
    ("issued before birth", {"id_issued_on": date(1998, 1, 1)}, "id_issued_on"),
    ("gender invalid", {"gender": "x"}, "gender"),
    ("province code", {"province_code": "Hà Nội"}, "province_code"),
    ("none kind with number", {"id_kind": IdKind.NONE}, "id_number"),
]


@pytest.mark.parametrize(
    ("changes", "field"), [(c, f) for _, c, f in IDENTITY_RULES], ids=[n for n, _, _ in IDENTITY_RULES]
)
def test_identity_rule(changes: dict[str, object], field: str) -> None:
    err = errors_of(make_draft(ident=identity(**changes)))
    assert err.for_field(f"reporters.0.{field}") is not None, err.errors


def test_optional_identity_fields_may_be_empty() -> None:
    ident = ReporterIdentity(full_name="Lê Thị B")
    clean, warnings = validate_case_draft(make_draft(ident=ident), today=TODAY)
    assert clean.reporters[0].identity.id_kind is IdKind.NONE
    assert warnings == []


def test_boundaries_are_accepted() -> None:
    draft = make_draft(
        ident=identity(birth_date=date(1900, 1, 1), id_number="001000012345", id_issued_on=TODAY),
        subject="x" * MAX_SUBJECT,
        content="y" * MAX_CONTENT,
        group_size=MAX_GROUP_SIZE,
        reporters=_many(MAX_REPORTERS),
        documents=(ReceivedDocument("Đơn", 10_000),) * MAX_DOCUMENTS,
        received_at=datetime(2026, 11, 21, 23, 59),
    )
    clean, _ = validate_case_draft(draft, today=TODAY)
    assert len(clean.reporters) == MAX_REPORTERS


def test_anonymous_tip_without_reporters_is_valid() -> None:
    clean, warnings = validate_case_draft(make_draft(kind=CaseKind.ANONYMOUS_TIP, reporters=()), today=TODAY)
    assert clean.reporters == ()
    assert warnings == []


def test_anonymous_tip_error_cites_the_law() -> None:
    err = errors_of(make_draft(kind=CaseKind.ANONYMOUS_TIP))
    assert [e.field for e in err.errors] == ["reporters"]
    assert "Điều 25" in err.errors[0].message


def test_every_other_kind_needs_a_reporter() -> None:
    for kind in (CaseKind.COMPLAINT, CaseKind.DENUNCIATION, CaseKind.PETITION, CaseKind.MIXED):
        err = errors_of(make_draft(kind=kind, reporters=()))
        assert err.for_field("reporters") is not None


def test_second_reporter_paths_and_warnings() -> None:
    first = ReporterDraft(identity())
    second = ReporterDraft(identity(birth_date=date(1998, 1, 1), id_issued_on=None))
    err = errors_of(make_draft(reporters=(first, replace(second, identity=replace(second.identity, phone="123")))))
    assert [e.field for e in err.errors] == ["reporters.1.phone"]
    _, warnings = validate_case_draft(make_draft(reporters=(first, second)), today=TODAY)
    assert len(warnings) == 1
    assert warnings[0].startswith("Người gửi thứ 2: chữ số thứ năm")


def test_cccd_warning_does_not_block_save() -> None:
    clean, warnings = validate_case_draft(
        make_draft(ident=identity(id_number="003299012345", gender=Gender.FEMALE)), today=TODAY
    )
    assert len(warnings) == 3  # prefix, century (born 1999 but G=2), gender (female but G even)
    assert clean.reporters[0].identity.id_number == "003299012345"


def test_all_errors_listed_at_once() -> None:
    draft = make_draft(
        ident=identity(
            full_name="", phone="1", email="x", birth_date=date(2030, 1, 1), id_issued_on=None, id_number="12"
        ),
        subject="",
        content="",
        group_size=0,
        documents=(ReceivedDocument("", 0),),
        received_at=datetime(2030, 1, 1),
    )
    err = errors_of(draft)
    fields = [e.field for e in err.errors]
    assert fields == [
        "subject",
        "content",
        "group_size",
        "reporters.0.full_name",
        "reporters.0.birth_date",
        "reporters.0.id_number",
        "reporters.0.phone",
        "reporters.0.email",
        "documents.0.name",
        "documents.0.pages",
        "received_at",
    ]
    assert err.for_field("subject") == "Vui lòng nhập trích yếu nội dung."
    assert err.for_field("reporters.0.phone") == "Số điện thoại không hợp lệ (ví dụ 0912345678)."
    assert len(err.text().splitlines()) == len(fields)


def test_huge_subject_is_a_validation_error_not_a_crash() -> None:
    err = errors_of(make_draft(subject="Tố cáo " * 15_000, content="z" * 100_000))
    assert err.for_field("subject") == "Trích yếu nội dung quá dài (tối đa 500 ký tự)."
    assert err.for_field("content") == "Nội dung quá dài (tối đa 50.000 ký tự)."


def test_messages_are_nfc_vietnamese() -> None:
    err = errors_of(make_draft(subject="", ident=identity(phone="1")))
    for e in err.errors:
        assert unicodedata.is_normalized("NFC", e.message)


def test_error_texts_never_contain_the_value() -> None:
    long_canary = (CANARY + " ") * 100
    ident = identity(
        full_name=long_canary,
        id_number=CANARY,
        id_issued_by=long_canary,
        address=long_canary * 3,
        phone=CANARY,
        email=CANARY,
        province_code=CANARY + "!",
        gender=CANARY,
        id_kind=CANARY,
    )
    draft = make_draft(
        ident=ident,
        subject=long_canary * 2,
        content=CANARY * 10_000,
        accused=long_canary,
        accused_position=long_canary,
        location=long_canary,
        ward_code=CANARY + "?",
        documents=(ReceivedDocument(long_canary, 1),),
        received_at=CANARY,
        kind=CANARY,
    )
    err = errors_of(draft)
    assert len(err.errors) >= 15
    for text in (err.text(), str(err), repr(err), *(e.message for e in err.errors)):
        assert CANARY.casefold() not in text.casefold()


def test_id_number_checked_with_kind_not_value_leak() -> None:
    err = errors_of(make_draft(ident=identity(id_number=CANARY, id_kind=IdKind.CMND)))
    assert CANARY not in err.text()
    assert err.for_field("reporters.0.id_number") is not None
