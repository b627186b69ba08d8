"""Issue 19's letters printed through ``desk.letters``: PDF text read back, the denouncer only on their own copy
and the file copy, numbers allocated per type symbol, every print audited without identity."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reception_app.models.clock import ManualClock
from reception_app.models.enums import CaseKind, Channel, Relation
from reception_app.models.errors import KnownError, ValidationError
from reception_app.models.handling import Admissibility, Classification, Jurisdiction
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.models.recipients import RecipientRole
from reception_app.printing.acceptance import rejection_grounds
from reception_app.printing.templates import templates_for
from reception_app.services import Desk, NoReporter, PermissionDenied
from tests.factories import (
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    draft,
    local_at,
    set_up_world,
)
from tests.printing.pdftext import extract, squash

REASON = "In thông báo cho người tố cáo"
RELATIVE = "Qvrelative Canarywife"
IDENTITY_ROLES = {RecipientRole.CITIZEN, RecipientRole.FILE}


class Clock(ManualClock):
    """20 November 2026, 17:00 office time (the 1 July 2026 rule set is in force)."""

    def __init__(self) -> None:
        super().__init__(datetime(2026, 11, 20, 10, 0, tzinfo=UTC))


def _desk(data_dir: Path) -> Desk:
    world = set_up_world(data_dir, clock=Clock())
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    return world.desk


def _as(desk: Desk, user: object) -> None:
    desk.auth.logout()
    desk.auth.login(user.username, user.password)  # type: ignore[attr-defined]


def _flat(pdf: bytes) -> str:
    return extract(pdf).flat


def _shows_canary(pdf: bytes) -> bool:
    flat = _flat(pdf)
    return any(squash(c) in flat for c in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS))


def _printed(desk: Desk, uid: str | None = None) -> list[dict[str, object]]:
    _as(desk, SUPERVISOR)
    entries = [(e.action, e.details) for e in reversed(desk.audit.entries(case_uid=uid, limit=500))]
    dumped = json.dumps([d for _, d in entries], ensure_ascii=False)
    assert not any(c in dumped for c in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, RELATIVE))
    return [d for a, d in entries if a == "document_printed"]


def _accepted(desk: Desk, **changes: object) -> str:
    uid = desk.cases.create_case(draft(**changes)).uid  # type: ignore[arg-type]
    kind = changes.get("kind", CaseKind.DENUNCIATION)
    ours = Classification(kind, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)  # type: ignore[arg-type]
    desk.handling.classify(uid, ours)
    _as(desk, SUPERVISOR)
    desk.handling.accept(uid, decision_number="05/QĐ-TTr")
    _as(desk, OFFICER)
    return uid


def _per_copy_identity(desk: Desk, issue: object, roles: tuple[RecipientRole, ...]) -> dict[RecipientRole, bool]:
    return {role: _shows_canary(issue(copies=(role,)).pdf) for role in roles}  # type: ignore[operator]


def test_acceptance_notice_cites_the_thu_ly_step_and_names_the_denouncer_only_on_own_and_file_copies(
    data_dir: Path,
) -> None:
    desk = _desk(data_dir)
    not_yet = desk.cases.create_case(draft()).uid
    with pytest.raises(KnownError, match="chưa được thụ lý"):
        desk.letters.issue_acceptance_notice(not_yet)
    uid = _accepted(desk)
    masked = desk.letters.issue_acceptance_notice(uid)
    assert masked.number.startswith("01/")
    assert not masked.shows_identity
    assert not _shows_canary(masked.pdf)
    flat = _flat(masked.pdf)
    assert squash("05/QĐ-TTr") in flat
    assert squash(desk.cases.get_case(uid).reporters[0].reporter_code) in flat

    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    shown = _per_copy_identity(
        desk,
        lambda copies: desk.letters.issue_acceptance_notice(uid, reveal_token=grant.token, copies=copies),
        masked.roles,
    )
    assert shown == {role: role in IDENTITY_ROLES for role in masked.roles}
    assert any(shown.values())
    printed = [d for d in _printed(desk, uid) if d["doc_kind"] == "acceptance_notice"]
    suffix = masked.number.split("/", 1)[1]
    assert [d["doc_number"] for d in printed] == [f"{i:02d}/{suffix}" for i in range(1, 2 + len(masked.roles))]
    assert printed[0]["identity_source"] == "none"
    assert {d["identity_source"] for d in printed[1:]} == {"reveal"}


def test_rejection_grounds_follow_the_case_received_date_and_are_validated(data_dir: Path) -> None:
    desk = _desk(data_dir)
    before = desk.cases.create_case(draft(received_at=local_at(date(2026, 6, 30)))).uid
    after = desk.cases.create_case(draft(received_at=local_at(date(2026, 7, 1)))).uid
    for uid, day in ((before, date(2026, 6, 30)), (after, date(2026, 7, 1))):
        offered = desk.letters.rejection_grounds(uid)
        assert offered == dict(rejection_grounds(CaseKind.DENUNCIATION, templates_for(day)))
        assert offered
        assert all(key.startswith("tc_") for key in offered)
    for uid, grounds in ((before, ["tc_99"]), (after, ["kn_1"]), (after, [])):
        with pytest.raises(ValidationError) as raised:
            desk.letters.issue_rejection_notice(uid, grounds)
        assert raised.value.errors[0].field == "grounds"
    doc = desk.letters.issue_rejection_notice(after, ["tc_2", "tc_1"], details="Đơn không ký tên.")
    flat = _flat(doc.pdf)
    assert squash("Đơn không ký tên.") in flat
    assert not _shows_canary(doc.pdf)
    tip = desk.cases.create_case(draft(kind=CaseKind.ANONYMOUS_TIP)).uid
    with pytest.raises(ValidationError):  # a tip has no không thụ lý grounds of its own
        desk.letters.issue_rejection_notice(tip, ["tc_1"])
    printed = _printed(desk)
    assert [d["doc_kind"] for d in printed] == ["rejection_notice"]


def test_acceptance_decision_is_the_supervisors_for_denunciations_and_names_the_denouncer_only_on_file(
    data_dir: Path,
) -> None:
    desk = _desk(data_dir)
    uid = _accepted(desk)
    with pytest.raises(PermissionDenied):
        desk.letters.issue_acceptance_decision(uid)
    _as(desk, SUPERVISOR)
    complaint = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT)).uid
    with pytest.raises(ValidationError):
        desk.letters.issue_acceptance_decision(complaint)
    masked = desk.letters.issue_acceptance_decision(uid, verifier="Đoàn xác minh số 2")
    flat = _flat(masked.pdf)
    assert squash("Đoàn xác minh số 2") in flat
    assert squash("Trần Văn K.") in flat
    assert not _shows_canary(masked.pdf)
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    shown = _per_copy_identity(
        desk,
        lambda copies: desk.letters.issue_acceptance_decision(uid, reveal_token=grant.token, copies=copies),
        masked.roles,
    )
    assert shown == {role: role is RecipientRole.FILE for role in masked.roles}
    assert len(_printed(desk, uid)) == 1 + len(masked.roles)


def test_multi_content_guidance_lists_each_content_and_its_body(data_dir: Path) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft(kind=CaseKind.MIXED)).uid
    for bad in ([], [("Tranh chấp đất", "")], [("", "UBND huyện")]):
        with pytest.raises(ValidationError) as raised:
            desk.letters.issue_multi_content_guidance(uid, bad)
        assert raised.value.errors[0].field == "parts"
    doc = desk.letters.issue_multi_content_guidance(
        uid,
        [("Tranh chấp đất đai với hộ bên cạnh", "Tòa án nhân dân huyện Ea Kar")],
        own_part="Tố cáo cán bộ địa chính",
        superior="Thanh tra tỉnh",
    )
    flat = _flat(doc.pdf)
    for text in ("Tòa án nhân dân huyện Ea Kar", "Tranh chấp đất đai với hộ bên cạnh", "Tố cáo cán bộ địa chính"):
        assert squash(text) in flat
    assert not _shows_canary(doc.pdf)
    assert doc.number.startswith("01/")
    tip = desk.cases.create_case(draft(kind=CaseKind.ANONYMOUS_TIP)).uid
    with pytest.raises(NoReporter):
        desk.letters.issue_multi_content_guidance(tip, [("a", "b")])
    assert [d["doc_kind"] for d in _printed(desk, uid)] == ["multi_content_guidance"]


def test_protection_request_is_prefilled_from_the_record_and_opened_details_go_only_on_identity_copies(
    data_dir: Path,
) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft()).uid
    details = ProtectionDetails(
        persons=(ProtectedPerson(RELATIVE, Relation.CHILD),), reasons="Bị đe dọa sau khi tố cáo."
    )
    rid = desk.protection.request(uid, details, measures=("bao_mat_thong_tin",), requested_on=date(2026, 11, 18))
    with pytest.raises(KnownError):
        desk.letters.issue_protection_request(rid + 99)
    masked = desk.letters.issue_protection_request(rid)
    assert masked.number == ""  # the citizen's paper carries no number
    flat = _flat(masked.pdf)
    assert squash("18/11/2026") in flat or squash("18 tháng 11 năm 2026") in flat
    assert squash(RELATIVE) not in flat
    assert not _shows_canary(masked.pdf)

    _as(desk, SUPERVISOR)
    opened = desk.protection.reveal(rid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    for role in masked.roles:
        one = desk.letters.issue_protection_request(
            rid, reveal_token=grant.token, details=opened.details, copies=(role,)
        )
        assert (squash(RELATIVE) in _flat(one.pdf)) is (role in IDENTITY_ROLES)
        assert _shows_canary(one.pdf) is (role in IDENTITY_ROLES)
    no_token = desk.letters.issue_protection_request(rid, details=opened.details)
    assert squash(RELATIVE) not in _flat(no_token.pdf)  # opened details print only with the reporter revealed
    printed = [d for d in _printed(desk, uid) if d["doc_kind"] == "protection_request"]
    assert len(printed) == 2 + len(masked.roles)
    assert {d["doc_number"] for d in printed} == {""}


def test_mail_book_lists_only_petitions_not_brought_to_the_desk(data_dir: Path) -> None:
    desk = _desk(data_dir)
    mailed = desk.cases.create_case(draft(channel=Channel.POST, subject="Đơn gửi qua bưu điện"))
    desk.cases.create_case(draft(subject="Công dân đến trình bày trực tiếp"))
    desk.documents.issue_transfer_slip(mailed.uid, "UBND huyện Ea Kar")
    day = date(2026, 11, 20)
    with pytest.raises(ValidationError):
        desk.letters.issue_mail_book(day, date(2026, 11, 1))
    book = desk.letters.issue_mail_book(date(2026, 11, 1), day)
    flat = _flat(book.pdf)
    assert squash("Đơn gửi qua bưu điện") in flat
    assert squash("Công dân đến trình bày trực tiếp") not in flat
    assert squash(mailed.reporter_codes[0]) in flat
    assert squash("01/PC-TTr") in flat  # the result column: the letter sent
    assert not _shows_canary(book.pdf)
    assert book.number.startswith("01/")
    assert desk.letters.issue_mail_book(date(2026, 11, 1), day).number.startswith("02/")
    printed = [d for d in _printed(desk) if d["doc_kind"] == "mail_book"]
    assert [(d["count"], d["shows_identity"]) for d in printed] == [(1, False), (1, False)]
