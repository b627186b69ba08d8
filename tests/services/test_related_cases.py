"""Related-case suggestions are officer-safe: content, accused, ward and links only — never identity."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from reception_app.models.case import CaseDraft
from reception_app.models.enums import CaseKind
from reception_app.models.related import RelationReason
from reception_app.services import Desk
from tests.factories import CANARY_ID, CANARY_NAME, OFFICER, SUPERVISOR, canary_identity, draft, set_up_world

SQLITE_READ = 20
SEALED_TABLES = {"reporters", "protection_requests", "retaliation_reports", "attachments", "drafts"}

FILLER = [
    ("Phản ánh đường liên thôn hư hỏng", "Mặt đường bong tróc sau mùa mưa, xe cộ đi lại khó khăn."),
    ("Kiến nghị lắp đèn chiếu sáng", "Khu dân cư tối, đề nghị lắp thêm đèn đường."),
    ("Khiếu nại tiền bồi thường", "Mức bồi thường thấp hơn giá thị trường khi thu hồi ruộng lúa."),
    ("Phản ánh tiếng ồn karaoke", "Quán karaoke mở nhạc lớn sau 22 giờ."),
    ("Kiến nghị nạo vét kênh mương", "Kênh tưới tiêu bị bồi lắng, nước không chảy."),
]


@pytest.fixture
def world(data_dir: Path) -> tuple[Desk, str]:
    desk = set_up_world(data_dir).desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    for subject, content in FILLER:
        desk.cases.create_case(draft(kind=CaseKind.PETITION, subject=subject, content=content, accused="", reporters=1))
    planted = desk.cases.create_case(
        draft(
            subject="Tố cáo cán bộ địa chính nhận hối lộ",
            content="Cán bộ địa chính đòi 20 triệu đồng để ký giấy chứng nhận quyền sử dụng đất, sổ đỏ thửa 127.",
            accused="Trần Văn K.",
            ward_code="24160",
            identity=canary_identity(),
        )
    )
    desk.auth.logout()
    return desk, planted.uid


@contextmanager
def tables_read(desk: Desk) -> Iterator[set[str]]:
    """Record every table SQLite reads while the block runs (sqlite3 authorizer on the real connection)."""
    seen: set[str] = set()
    _, db, _ = desk.ctx.require()
    conn = db.connection

    def authorizer(action: int, arg1: str | None, arg2: str | None, dbname: str | None, source: str | None) -> int:
        if action == SQLITE_READ and arg1:
            seen.add(arg1)
        return 0

    conn.set_authorizer(authorizer)
    try:
        yield seen
    finally:
        conn.set_authorizer(None)


def _identity_typed_into_content() -> CaseDraft:
    return draft(
        kind=CaseKind.PETITION,
        subject="Phản ánh việc cấp phép xây dựng",
        content=f"Tôi là {CANARY_NAME}, CCCD {CANARY_ID}, phản ánh công trình xây dựng sai phép ở tổ 3.",
        accused="Công ty Xây dựng Minh Phát",
        ward_code="",
        identity=canary_identity(),
    )


@pytest.mark.parametrize("who", [OFFICER, SUPERVISOR])
def test_same_identity_is_never_a_link_but_same_accused_is(world: tuple[Desk, str], who: object) -> None:
    desk, planted = world
    desk.auth.login(who.username, who.password)  # type: ignore[attr-defined]
    related = desk.related
    with tables_read(desk) as seen:
        by_identity = related.for_draft(_identity_typed_into_content())
        same_accused = related.for_draft(replace(_identity_typed_into_content(), accused="trần văn k", reporters=()))
    assert planted not in {r.uid for r in by_identity}
    hit = next(r for r in same_accused if r.uid == planted)
    assert hit.reasons == (RelationReason.SAME_ACCUSED,)
    assert "cases_fts" in seen or "cases" in seen
    assert not seen & SEALED_TABLES, seen


def test_content_overlap_and_ward(world: tuple[Desk, str]) -> None:
    desk, planted = world
    desk.auth.login(OFFICER.username, OFFICER.password)
    related = desk.related
    similar = related.for_draft(
        draft(
            subject="Đơn về sổ đỏ",
            content="Ông cán bộ địa chính yêu cầu tiền mới ký giấy chứng nhận quyền sử dụng đất.",
            accused="",
            reporters=0,
        )
    )
    hit = next(r for r in similar if r.uid == planted)
    assert RelationReason.SIMILAR_CONTENT in hit.reasons
    assert {"chung", "dia", "chinh"} & set(hit.matched_terms) or len(hit.matched_terms) >= 2
    unrelated = related.for_draft(
        draft(subject="Hỏi về lịch tiêm chủng", content="Lịch tiêm vắc xin cho trẻ.", accused="")
    )
    assert planted not in {r.uid for r in unrelated}
    ward = related.for_draft(
        draft(subject="Hỏi chính sách", content="Chế độ người có công.", accused="", ward_code="24160")
    )
    assert [r.reasons for r in ward if r.uid == planted] == [(RelationReason.SAME_WARD,)]


def test_for_a_saved_case_excludes_itself_and_shows_links(world: tuple[Desk, str]) -> None:
    desk, planted = world
    desk.auth.login(OFFICER.username, OFFICER.password)
    again = desk.cases.create_case(
        draft(
            subject="Tố cáo tiếp",
            content="Vẫn đòi tiền khi ký sổ đỏ.",
            accused="Trần Văn K.",
            identity=canary_identity(),
        )
    )
    related = desk.related
    with tables_read(desk) as seen:
        found = related.for_case(again.uid)
    assert again.uid not in {r.uid for r in found}
    assert next(r for r in found if r.uid == planted).reasons[0] is RelationReason.SAME_ACCUSED
    assert not seen & SEALED_TABLES
    desk.handling.link_same_content(again.uid, planted)
    linked = next(r for r in related.for_case(again.uid) if r.uid == planted)
    assert linked.reasons[0] is RelationReason.LINKED


def test_identity_duplicates_only_through_the_audited_supervisor_blind_index(world: tuple[Desk, str]) -> None:
    desk, planted = world
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert planted in desk.identity.find_by_id_number(CANARY_ID)
    assert desk.audit.entries(limit=5)[0].action == "identity_duplicate_check"
