"""Creating, listing and searching cases through the service; hostile input never crashes or half-writes."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reception_app.models.case import ReceivedDocument, ReporterDraft
from reception_app.models.enums import CaseKind
from reception_app.models.errors import ValidationError
from reception_app.services import Desk, NotLoggedIn
from tests.factories import OFFICER, canary_identity, draft, set_up_world


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    import keyring

    from tests.conftest import InMemoryKeyring

    keyring.set_keyring(InMemoryKeyring())
    world = set_up_world(tmp_path_factory.mktemp("cases"))
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    world.desk.cases.create_case(
        draft(subject="Khiếu nại của ông Nguyễn Văn Đức về đất đai", content="Thửa đất ở Đắk Lắk")
    )
    world.desk.cases.create_case(draft(subject="Phản ánh đường giao thông", content="Đường liên thôn hư hỏng"))
    world.desk.cases.create_case(draft(subject="Tố cáo chủ tịch xã", content="Nhận tiền khi ký hồ sơ"))
    return world.desk


def _count(desk: Desk) -> int:
    total, key = 0, None
    while True:
        page = desk.cases.list_cases(after=key, limit=50)
        total += len(page.rows)
        if page.next_key is None:
            return total
        key = page.next_key


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nguyen van duc", "Khiếu nại của ông Nguyễn Văn Đức về đất đai"),
        ("dak lak", "Khiếu nại của ông Nguyễn Văn Đức về đất đai"),
        ("Đường", "Phản ánh đường giao thông"),
        ("đường liên", "Phản ánh đường giao thông"),
        ("NHAN TIEN", "Tố cáo chủ tịch xã"),
        ("to ca", "Tố cáo chủ tịch xã"),  # prefix search
    ],
)
def test_vietnamese_folding_search(desk: Desk, query: str, expected: str) -> None:
    subjects = [r.subject for r in desk.cases.search_cases(query).rows]
    assert expected in subjects


def test_nfd_query_equals_nfc(desk: Desk) -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    assert [r.uid for r in desk.cases.search_cases(nfd).rows] == [
        r.uid for r in desk.cases.search_cases("Nguyễn Văn Đức").rows
    ]


def test_list_is_newest_first_with_keyset_pages(desk: Desk) -> None:
    first = desk.cases.list_cases(limit=2)
    assert len(first.rows) == 2
    assert first.next_key is not None
    second = desk.cases.list_cases(after=first.next_key, limit=2)
    ids = [r.id for r in first.rows + second.rows]
    assert ids == sorted(ids, reverse=True)
    assert len(set(ids)) == len(ids)


@pytest.mark.calendar
def test_case_numbers_and_reporter_codes(desk: Desk) -> None:
    saved = desk.cases.create_case(draft(reporters=2))
    year = desk.today().year  # numbered in the year it is received
    assert saved.number.startswith(f"{year}-")
    assert saved.reporter_codes[0].startswith(f"NTC-{year}-")
    assert saved.reporter_codes[1].endswith("-2")
    row = desk.cases.list_cases(limit=1).rows[0]
    assert row.reporter_code == saved.reporter_codes[0]
    detail = desk.cases.get_case(saved.uid)
    assert [d.name for d in detail.documents] == ["Đơn tố cáo"]
    assert detail.due_on is not None
    assert detail.due_on > detail.received_at.date()


def test_anonymous_tip_has_no_identity_record(desk: Desk) -> None:
    saved = desk.cases.create_case(draft(kind=CaseKind.ANONYMOUS_TIP))
    assert saved.reporter_codes == ()
    assert desk.cases.get_case(saved.uid).reporters == ()
    with pytest.raises(ValidationError):
        desk.cases.create_case(
            replace(draft(kind=CaseKind.ANONYMOUS_TIP), reporters=(ReporterDraft(canary_identity()),))
        )


HOSTILE_SEARCH = [
    '"',
    "*",
    "NEAR(a b)",
    "a OR b",
    "content:x",
    "-x",
    "^x",
    "'; DROP TABLE cases; --",
    "(((",
    "\x00",
    "a" * 100_000,
    "AND",
    "🙂",
    "\u202e",
    "",
]


@pytest.mark.parametrize("text", HOSTILE_SEARCH)
def test_search_never_raises_on_user_syntax(desk: Desk, text: str) -> None:
    desk.cases.search_cases(text)
    assert _count(desk) >= 3  # the table is still there


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"subject": "x" * 100_000}, "subject"),
        ({"content": "   "}, "content"),
        ({"content": "y" * 100_001}, "content"),
        ({"reporters": ()}, "reporters"),
        ({"group_size": 0}, "group_size"),
        ({"documents": (ReceivedDocument("Đơn", 0),)}, "documents.0.pages"),
    ],
)
def test_bad_input_is_a_typed_error_and_writes_nothing(desk: Desk, changes: dict[str, object], field: str) -> None:
    before = _count(desk)
    with pytest.raises(ValidationError) as exc:
        desk.cases.create_case(replace(draft(), **changes))  # type: ignore[arg-type]
    assert exc.value.for_field(field), exc.value.errors
    assert _count(desk) == before


def test_bad_identity_fields(desk: Desk) -> None:
    before = _count(desk)
    bad = canary_identity(id_number="07918876543X", phone="12345")
    with pytest.raises(ValidationError) as exc:
        desk.cases.create_case(draft(identity=bad))
    fields = {e.field for e in exc.value.errors}
    assert {"reporters.0.id_number", "reporters.0.phone"} <= fields
    assert "07918876543X" not in str(exc.value)  # messages never echo identity values
    assert _count(desk) == before


def test_control_characters_and_nfd_are_normalised(desk: Desk) -> None:
    nfd = unicodedata.normalize("NFD", "Khiếu nại về đất")
    saved = desk.cases.create_case(draft(subject=nfd + "\x07\u202e", content="dòng 1\r\ndòng 2\x00"))
    detail = desk.cases.get_case(saved.uid)
    assert detail.subject == "Khiếu nại về đất"
    assert unicodedata.is_normalized("NFC", detail.subject)
    assert detail.content == "dòng 1\ndòng 2"


def test_logged_out_desk_refuses(tmp_path: Path) -> None:
    world = set_up_world(tmp_path / "d")
    with pytest.raises(NotLoggedIn):
        world.desk.cases.list_cases()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(subject=st.text(max_size=300), content=st.text(max_size=2000), query=st.text(max_size=60))
def test_property_any_text_saves_or_refuses_cleanly(desk: Desk, subject: str, content: str, query: str) -> None:
    before = _count(desk)
    try:
        saved = desk.cases.create_case(draft(subject=subject, content=content))
    except ValidationError:
        assert _count(desk) == before
    else:
        assert _count(desk) == before + 1
        assert unicodedata.is_normalized("NFC", desk.cases.get_case(saved.uid).subject)
    desk.cases.search_cases(query)


def test_a_reporter_code_from_the_receipt_finds_its_case(desk: Desk) -> None:
    first = desk.cases.create_case(draft(reporters=2))
    desk.cases.create_case(draft())
    code = first.reporter_codes[1]  # e.g. NTC-2026-00001-2
    assert [r.uid for r in desk.cases.search_cases(code).rows] == [first.uid]
    case_code = code.rsplit("-", 1)[0]  # NTC-2026-00001: every reporter of that case, typed in lower case
    assert [r.uid for r in desk.cases.search_cases(f"  {case_code.lower()} ").rows] == [first.uid]
    prefix, year, _ = case_code.split("-")
    assert desk.cases.search_cases(f"{prefix}-{year}-99999").rows == ()
