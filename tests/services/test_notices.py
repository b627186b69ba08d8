"""Issue 19: the notices owed to the citizen (10-working-day result notice; the 3-working-day refusal notice
under the 1 July 2026 rules) with due dates, and the result notice itself read from its PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reception_app.models.clock import ManualClock
from reception_app.models.enums import CaseKind
from reception_app.models.errors import ValidationError
from reception_app.models.recipients import DocumentKind, RecipientRole
from reception_app.printing.notices import ResultOutcome
from reception_app.services import Desk, NoReporter
from tests.factories import CANARY_ADDRESS, CANARY_ID, CANARY_NAME, OFFICER, draft, set_up_world
from tests.printing.pdftext import extract

PRESENTED_DAY = datetime(2026, 7, 1, 9, 0)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 7, 1, 2, 0, tzinfo=UTC))  # Wed 1 July 2026, 09:00 office time


@pytest.fixture
def desk(data_dir: Path, clock: ManualClock) -> Desk:
    world = set_up_world(data_dir, clock=clock)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    return world.desk


def _text(pdf: bytes) -> str:
    return " ".join(extract(pdf).text.split())


def test_the_result_notice_reads_right_and_names_the_denouncer_only_on_their_copy(desk: Desk) -> None:
    uid = desk.cases.create_case(draft(received_at=PRESENTED_DAY)).uid
    with pytest.raises(ValidationError) as info:
        desk.documents.issue_result_notice(uid, ResultOutcome.TRANSFERRED)
    assert info.value.errors[0].field == "body"
    doc = desk.documents.issue_result_notice(
        uid, ResultOutcome.TRANSFERRED, body="Thanh tra huyện Ea Kar", reason="Thuộc thẩm quyền cấp huyện"
    )
    assert doc.roles == (RecipientRole.CITIZEN, RecipientRole.FILE)
    text = _text(doc.pdf)
    assert "THÔNG BÁO" in text
    assert "Về kết quả xử lý đơn tố cáo" in text
    assert "Căn cứ khoản 1 Điều 28 Luật Tiếp công dân" in text
    assert "đã chuyển đơn tố cáo đến Thanh tra huyện Ea Kar" in text
    assert "Lý do: Thuộc thẩm quyền cấp huyện" in text
    for canary in (CANARY_NAME, CANARY_ID, CANARY_ADDRESS):
        assert canary not in text  # no reveal, nothing presented: every copy is masked
    accepted = _text(desk.documents.issue_result_notice(uid, ResultOutcome.ACCEPTED, copies=[RecipientRole.FILE]).pdf)
    assert "đã thụ lý để giải quyết theo quy định của Luật Tố cáo" in accepted
    tip = desk.cases.create_case(draft(kind=CaseKind.ANONYMOUS_TIP, received_at=PRESENTED_DAY)).uid
    with pytest.raises(NoReporter):
        desk.documents.issue_result_notice(tip, ResultOutcome.ACCEPTED)


def test_owed_notices_are_listed_with_their_due_dates(desk: Desk, clock: ManualClock) -> None:
    case = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT, received_at=PRESENTED_DAY))
    refused = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT, received_at=PRESENTED_DAY))
    desk.handling.refuse_reception(refused.uid, grounds=("k2",), reason="Xúc phạm cán bộ")
    # 1 July 2026 (Wed) + 10 working days = 15 July; the refusal + 3 working days = 6 July (Mon)
    owed = desk.notices.owed()
    refusal = [n for n in owed if n.notice is DocumentKind.REFUSAL_NOTICE]
    assert [(n.case_number, n.due_on) for n in refusal] == [(refused.number, date(2026, 7, 6))]
    assert "Nghị định 154/2026/NĐ-CP" in refusal[0].basis
    assert not [n for n in owed if n.notice is DocumentKind.RESULT_NOTICE]  # not due within 3 working days yet
    clock.advance(timedelta(days=15))  # Thu 16 July
    owed = desk.notices.owed()
    result = [n for n in owed if n.notice is DocumentKind.RESULT_NOTICE and n.case_uid == case.uid]
    assert [(n.due_on, n.overdue) for n in result] == [(date(2026, 7, 15), True)]
    assert "Điều 28" in result[0].basis
    desk.documents.issue_result_notice(case.uid, ResultOutcome.ACCEPTED, copies=[RecipientRole.FILE])
    desk.documents.issue_refusal_notice(refused.uid, ground="k2", copies=[RecipientRole.FILE])
    assert not [n for n in desk.notices.owed() if n.case_uid in (case.uid, refused.uid)]


def test_the_thu_ly_notice_of_a_denunciation_is_owed_within_5_working_days(desk: Desk, clock: ManualClock) -> None:
    from reception_app.models.handling import Admissibility, Classification, Jurisdiction
    from tests.factories import SUPERVISOR

    uid = desk.cases.create_case(draft(received_at=PRESENTED_DAY)).uid
    ours = Classification(CaseKind.DENUNCIATION, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)
    desk.handling.classify(uid, ours)
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    desk.handling.accept(uid, decision_number="05/QĐ-TTr")  # Wed 1 July: + 5 working days = Wed 8 July
    assert not [n for n in desk.notices.owed() if n.notice is DocumentKind.ACCEPTANCE_NOTICE]  # not due yet
    clock.advance(timedelta(days=5))  # Mon 6 July: due within 3 working days
    owed = [n for n in desk.notices.owed() if n.notice is DocumentKind.ACCEPTANCE_NOTICE]
    assert [(n.case_uid, n.due_on, n.overdue) for n in owed] == [(uid, date(2026, 7, 8), False)]
    assert "Điều 29" in owed[0].basis
    desk.letters.issue_acceptance_notice(uid, copies=[RecipientRole.FILE])
    assert not [n for n in desk.notices.owed() if n.case_uid == uid]


def test_no_refusal_notice_deadline_before_1_july_2026(desk: Desk) -> None:
    old = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT, received_at=datetime(2026, 6, 30, 9, 0)))
    desk.handling.refuse_reception(old.uid, grounds=("k2",))
    assert not [n for n in desk.notices.owed() if n.notice is DocumentKind.REFUSAL_NOTICE]


def test_the_reception_record_reads_back_the_statement_in_two_copies(desk: Desk) -> None:
    from reception_app.services import RevealRequired
    from tests.factories import canary_identity

    statement = "Tôi trình bày: cán bộ địa chính xã yêu cầu đưa tiền để ký hồ sơ đất."
    case = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT, content=statement, received_at=PRESENTED_DAY))
    doc = desk.documents.issue_reception_record(
        case.uid,
        chair="Ông Lê Văn B.",
        conclusion="Tiếp nhận, đề xuất thụ lý.",
        intake_identities=[canary_identity()],
    )
    assert doc.roles == (RecipientRole.CITIZEN, RecipientRole.FILE)
    assert doc.shows_identity
    text = _text(doc.pdf)
    assert "BIÊN BẢN Về việc tiếp công dân" in text
    assert statement in text
    assert "1. Người tiếp công dân (chủ trì): Ông Lê Văn B." in text
    assert "Kết luận của người chủ trì: Tiếp nhận, đề xuất thụ lý." in text
    assert "Biên bản được lập thành 02 bản có nội dung như nhau, mỗi bên giữ 01 bản." in text
    assert "(Ký hoặc điểm chỉ)" in text
    assert text.count(CANARY_NAME) == 2  # both copies: the citizen's and the sealed file's
    with pytest.raises(RevealRequired):  # a reprint needs a reveal (or what the citizen presents again)
        desk.documents.issue_reception_record(case.uid, intake_identities=[canary_identity()])
    masked = _text(desk.documents.issue_reception_record(case.uid).pdf)
    assert CANARY_NAME not in masked
    group = desk.cases.create_case(
        draft(kind=CaseKind.COMPLAINT, reporters=2, group_size=12, received_at=PRESENTED_DAY)
    )
    text = _text(desk.documents.issue_reception_record(group.uid, copies=[RecipientRole.FILE]).pdf)
    assert "Đoàn đông người gồm 12 người cùng nội dung; người đại diện được tiếp:" in text


@pytest.mark.parametrize(
    ("kind", "phrase"),
    [
        (DocumentKind.RETURN_LETTER, "trả lại đơn tố cáo kèm theo các tài liệu"),
        (DocumentKind.CHASE_LETTER, "Đề nghị Ủy ban nhân dân xã Ea Tu khẩn trương xem xét, giải quyết"),
        (DocumentKind.LOWER_LEVEL_REQUEST, "Căn cứ Điều 26 Luật Tiếp công dân"),
    ],
)
def test_letters_to_a_body_never_name_the_denouncer_on_its_copy(desk: Desk, kind: DocumentKind, phrase: str) -> None:
    pass  # rewrite_services_api: import removed
    from tests.factories import SUPERVISOR

    uid = desk.cases.create_case(draft(received_at=PRESENTED_DAY)).uid
    with pytest.raises(ValidationError):
        desk.documents.issue_body_letter(uid, kind, "  ")
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    token = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "In văn bản gửi cơ quan").token
    doc = desk.documents.issue_body_letter(
        uid, kind, "Ủy ban nhân dân xã Ea Tu", reference="số 12/UBND", reveal_token=token
    )
    assert doc.roles == (RecipientRole.BODY, RecipientRole.FILE)
    body = _text(
        desk.documents.issue_body_letter(
            uid, kind, "Ủy ban nhân dân xã Ea Tu", reveal_token=token, copies=[RecipientRole.BODY]
        ).pdf
    )
    assert phrase in body
    assert "Kính gửi: Ủy ban nhân dân xã Ea Tu" in body
    for canary in (CANARY_NAME, CANARY_ID, CANARY_ADDRESS):
        assert canary not in body  # a denouncer is never named to another body
    assert CANARY_NAME in _text(doc.pdf)  # ...but the sealed file copy keeps the revealed identity


def test_the_protection_decision_from_the_protection_record(desk: Desk) -> None:
    from reception_app.models.enums import ProtectionStatus, Relation
    from reception_app.models.errors import KnownError
    from reception_app.models.protection import ProtectedPerson, ProtectionDetails
    from reception_app.services import PermissionDenied
    from tests.factories import SUPERVISOR

    uid = desk.cases.create_case(draft(received_at=PRESENTED_DAY)).uid
    details = ProtectionDetails((ProtectedPerson("Nguyễn Văn Con", Relation.CHILD),), "Bị đe dọa")
    rid = desk.protection.request(uid, details, measures=("bao_mat_thong_tin",))
    with pytest.raises(PermissionDenied):  # officers record requests; the decision is the head's
        desk.documents.issue_protection_decision(rid)
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    with pytest.raises(KnownError):
        desk.documents.issue_protection_decision(rid)  # not decided yet
    desk.protection.decide(
        rid, status=ProtectionStatus.ACTIVE, decision_number="07/QĐ-BV", measures=(("bao_mat_thong_tin", None),)
    )
    token = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "In quyết định bảo vệ").token
    doc = desk.documents.issue_protection_decision(rid, executing_body="Công an tỉnh Đắk Lắk", reveal_token=token)
    assert doc.roles == (RecipientRole.CITIZEN, RecipientRole.BODY, RecipientRole.FILE)
    text = _text(doc.pdf)
    assert "QUYẾT ĐỊNH Về việc áp dụng biện pháp bảo vệ người tố cáo" in text
    assert "Giữ bí mật thông tin người tố cáo" in text
    assert "Quyết định số 07/QĐ-BV" in text
    assert "Nguyễn Văn Con" not in text  # the protected relatives stay sealed
    body = _text(
        desk.documents.issue_protection_decision(
            rid, executing_body="Công an tỉnh Đắk Lắk", reveal_token=token, copies=[RecipientRole.BODY]
        ).pdf
    )
    assert "Điều 3. Công an tỉnh Đắk Lắk, người được bảo vệ" in body
    for canary in (CANARY_NAME, CANARY_ID, CANARY_ADDRESS):
        assert canary not in body  # the executing body gets the denouncer's code only
    own = _text(desk.documents.issue_protection_decision(rid, reveal_token=token, copies=[RecipientRole.CITIZEN]).pdf)
    assert CANARY_NAME in own
