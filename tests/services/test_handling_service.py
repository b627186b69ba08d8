"""Handling moves through the service on a real SQLCipher file: roles, steps, deadlines, due lists, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from reception_app.models.enums import (
    Admissibility,
    CalendarDayKind,
    CaseKind,
    CaseStatus,
    Channel,
    Decision,
    HandlingAction,
    Jurisdiction,
    Result,
)
from reception_app.models.errors import ValidationError
from reception_app.models.handling import Classification, DueKey, IllegalMove
from reception_app.services import CaseHandling, Desk, PermissionDenied
from reception_app.storage import handling as handling_repo
from tests.factories import ADMIN, OFFICER, SUPERVISOR, draft, set_up_world


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, day: date) -> None:
        self.now = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 2, 13, 9, 0, tzinfo=UTC))


@pytest.fixture
def desk(data_dir: Path, clock: Clock) -> Desk:
    return set_up_world(data_dir, clock=clock).desk


def _login(desk: Desk, who: Any) -> CaseHandling:
    desk.auth.login(who.username, who.password)
    return desk.handling


def _db_row(desk: Desk, uid: str) -> dict[str, Any]:
    _, db, _ = desk.ctx.require()
    row = db.query_one("SELECT * FROM cases WHERE uid = ?", (uid,))
    assert row is not None
    return row


def _assert_due_contract(desk: Desk, uid: str) -> None:
    _, db, _ = desk.ctx.require()
    row = _db_row(desk, uid)
    earliest = db.scalar("SELECT min(due_on) FROM deadlines WHERE case_id = ? AND closed_on IS NULL", (row["id"],))
    assert row["due_on"] == earliest


def _received(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC)


def test_intake_opens_the_kind_dependent_deadline_and_logs_the_visit(desk: Desk) -> None:
    handling = _login(desk, OFFICER)
    fri = date(2026, 2, 13)
    tc = desk.cases.create_case(draft(kind=CaseKind.DENUNCIATION, received_at=_received(fri)))
    kn = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT, received_at=_received(fri), channel=Channel.POST))
    tip = desk.cases.create_case(
        draft(kind=CaseKind.ANONYMOUS_TIP, received_at=_received(fri), channel=Channel.MAILBOX)
    )
    # TC: 7 working days across Tết 2026 → 3/3; KN: 10 → 6/3; anonymous tip: none.
    assert desk.cases.get_case(tc.uid).due_on == date(2026, 3, 3)
    assert desk.cases.get_case(kn.uid).due_on == date(2026, 3, 6)
    assert desk.cases.get_case(tip.uid).due_on is None
    assert [d.rule for d in handling.view(tc.uid).deadlines] == ["tc_xu_ly_ban_dau"]
    assert [d.rule for d in handling.view(kn.uid).deadlines] == ["tiep_nhan_tra_loi"]
    _, db, _ = desk.ctx.require()
    visits = db.query("SELECT case_id, people, is_group, officer FROM visits ORDER BY id")
    assert [v["case_id"] for v in visits] == [_db_row(desk, tc.uid)["id"]]  # walk-in only
    assert visits[0]["officer"] == OFFICER.username
    big = desk.cases.create_case(draft(group_size=7, received_at=_received(fri)))
    assert db.scalar("SELECT is_group FROM visits WHERE case_id = ?", (_db_row(desk, big.uid)["id"],)) == 1


def test_admin_calendar_changes_new_due_dates(desk: Desk, clock: Clock) -> None:
    handling = _login(desk, OFFICER)
    with pytest.raises(PermissionDenied):
        handling.set_calendar_day(date(2026, 3, 2), CalendarDayKind.DAY_OFF)
    desk.auth.logout()
    handling = _login(desk, ADMIN)
    handling.set_calendar_day(date(2026, 3, 2), CalendarDayKind.DAY_OFF, "Nghỉ bù")
    assert handling.calendar_days(2026) == [(date(2026, 3, 2), CalendarDayKind.DAY_OFF, "Nghỉ bù")]
    # TC received Fri 13/2: 23, 24, 25, 26, 27/2, (2/3 off), 3/3, 4/3 → 4/3.
    saved = desk.cases.create_case(draft(received_at=_received(date(2026, 2, 13))))
    assert desk.cases.get_case(saved.uid).due_on == date(2026, 3, 4)
    assert handling.remove_calendar_day(date(2026, 3, 2))
    assert not handling.remove_calendar_day(date(2026, 3, 2))
    again = desk.cases.create_case(draft(received_at=_received(date(2026, 2, 13))))
    assert desk.cases.get_case(again.uid).due_on == date(2026, 3, 3)
    actions = [e.action for e in desk.audit.entries(limit=50)]
    assert "calendar_day_set" in actions
    assert "calendar_day_removed" in actions


def _classify_ours(handling: CaseHandling, uid: str, kind: CaseKind = CaseKind.DENUNCIATION) -> None:
    handling.classify(uid, Classification(kind, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS))


def test_denunciation_flow_with_roles_deadlines_and_extensions(desk: Desk, clock: Clock) -> None:  # noqa: PLR0915 - one lifecycle
    handling = _login(desk, OFFICER)
    saved = desk.cases.create_case(draft(received_at=_received(date(2026, 2, 13))))
    _classify_ours(handling, saved.uid)
    # officers record outcomes but do not accept, extend or resolve
    for call in (
        lambda: handling.accept(saved.uid, decision_number="01/QĐ-TTr"),
        lambda: handling.extend(saved.uid, decision_number="02/QĐ-TTr", reason="Xác minh nhiều nơi"),
        lambda: handling.resolve(saved.uid, result=Result.RIGHT, decision_number="03/KL-TTr"),
        lambda: handling.close(saved.uid),
    ):
        with pytest.raises(PermissionDenied):
            call()
    desk.auth.logout()
    handling = _login(desk, SUPERVISOR)
    # the 7-working-day initial check may be extended once, to 10 working days (Điều 24.1): 3/3 → 6/3
    done = handling.extend(saved.uid, decision_number="02/QĐ-TTr", reason="Xác minh nhiều nơi")
    assert done.due_on == date(2026, 3, 6)
    with pytest.raises(IllegalMove, match="không được gia hạn"):
        handling.extend(saved.uid, decision_number="04/QĐ-TTr", reason="Lần nữa")
    _assert_due_contract(desk, saved.uid)
    with pytest.raises(ValidationError):
        handling.accept(saved.uid, decision_number="")
    clock.set(date(2026, 4, 1))
    done = handling.accept(saved.uid, decision_number="05/QĐ-TTr", reason="Đủ điều kiện thụ lý")
    assert done.to_status is CaseStatus.IN_PROGRESS
    # notice within 5 WD (Wed 1/4 → 2, 3, 6 (Mon), 7, 8/4) and resolution 30 days (1/5 → Mon 4/5)
    view = handling.view(saved.uid)
    open_rules = {d.rule: d.due_on for d in view.deadlines if d.is_open}
    assert open_rules == {"tc_thong_bao_thu_ly": date(2026, 4, 8), "tc_giai_quyet": date(2026, 5, 4)}
    assert view.due_on == date(2026, 4, 8)
    assert view.decision is Decision.ACCEPT
    _assert_due_contract(desk, saved.uid)
    assert handling.notify(saved.uid, reason="Đã gửi thông báo thụ lý").due_on == date(2026, 5, 4)
    assert handling.extend(saved.uid, decision_number="06/QĐ-TTr", reason="Phức tạp").due_on == date(2026, 6, 3)
    assert handling.extend(saved.uid, decision_number="07/QĐ-TTr", reason="Đặc biệt phức tạp").due_on == date(
        2026, 7, 3
    )
    with pytest.raises(IllegalMove, match="Điều 30"):
        handling.extend(saved.uid, decision_number="08/QĐ-TTr", reason="Lần ba")
    resolution = next(d for d in handling.view(saved.uid).deadlines if d.rule == "tc_giai_quyet")
    assert (resolution.extensions, resolution.extension_decision) == (2, "06/QĐ-TTr; 07/QĐ-TTr")
    with pytest.raises(ValidationError):
        handling.resolve(saved.uid, result=Result.RIGHT)  # the conclusion number is required for TC
    clock.set(date(2026, 6, 15))
    done = handling.resolve(saved.uid, result=Result.PARTLY_RIGHT, decision_number="09/KL-TTr")
    assert (done.to_status, done.due_on) == (CaseStatus.RESOLVED, None)
    view = handling.view(saved.uid)
    assert view.result is Result.PARTLY_RIGHT
    assert view.resolved_on == date(2026, 6, 15)
    assert all(not d.is_open for d in view.deadlines)
    assert [(s.action, s.actor) for s in view.steps] == [
        (HandlingAction.CLASSIFY, OFFICER.username),
        (HandlingAction.EXTEND, SUPERVISOR.username),
        (HandlingAction.ACCEPT, SUPERVISOR.username),
        (HandlingAction.NOTIFY, SUPERVISOR.username),
        (HandlingAction.EXTEND, SUPERVISOR.username),
        (HandlingAction.EXTEND, SUPERVISOR.username),
        (HandlingAction.RESOLVE, SUPERVISOR.username),
    ]
    assert view.steps[2].decision_number == "05/QĐ-TTr"
    assert view.steps[2].reason == "Đủ điều kiện thụ lý"
    _assert_due_contract(desk, saved.uid)
    events = [e for e in desk.audit.entries(case_uid=saved.uid, limit=50)]
    assert {"case_thu_ly", "case_giai_quyet", "case_gia_han", "case_phan_loai"} <= {e.action for e in events}
    accept = next(e for e in events if e.action == "case_thu_ly")
    assert accept.details["decision_number"] == "05/QĐ-TTr"
    assert "reason" not in accept.details  # free text is audited by length only
    # a resolved case takes no further acceptance
    with pytest.raises(IllegalMove, match="Đã giải quyết"):
        handling.accept(saved.uid, decision_number="10/QĐ-TTr")
    assert handling.close(saved.uid).to_status is CaseStatus.CLOSED


def test_transfer_once_then_reply_closes(desk: Desk, clock: Clock) -> None:
    handling = _login(desk, OFFICER)
    agencies = desk.agencies.list()
    target = next(a for a in agencies if a.name == "Thanh tra thành phố Hà Nội")
    saved = desk.cases.create_case(draft(received_at=_received(date(2026, 1, 26)), channel=Channel.POST))
    clock.set(date(2026, 1, 27))
    transfer = handling.transfer(saved.uid, agency_id=target.id, reason="Không thuộc thẩm quyền")
    # 20 days (Luật Tố cáo Điều 26.2) from Tue 27/1 = Mon 16/2, Tết → Mon 23/2
    assert transfer.report_due_on == date(2026, 2, 23)
    assert transfer.agency_name == target.name
    view = handling.view(saved.uid)
    assert (view.status, view.decision, view.due_on) == (CaseStatus.PROCESSED, Decision.TRANSFER, date(2026, 2, 23))
    _assert_due_contract(desk, saved.uid)
    other = next(a for a in agencies if a.name == "Ủy ban nhân dân tỉnh Cao Bằng")
    with pytest.raises(IllegalMove, match="khoản 3 Điều 24") as info:
        handling.transfer(saved.uid, agency_id=other.id)
    assert "05/2021" in info.value.text()
    with pytest.raises(IllegalMove, match="Điều 24"):
        handling.guide(saved.uid)
    assert handling.waiting_transfers()[0].id == transfer.id
    clock.set(date(2026, 2, 25))
    handling.chase(saved.uid, reason="Đôn đốc báo cáo kết quả", agency_id=target.id)
    done = handling.record_transfer_reply(transfer.id, note="Đã giải quyết", replied_on=date(2026, 2, 24))
    assert (done.to_status, done.due_on) == (CaseStatus.CLOSED, None)
    assert handling.transfers(saved.uid)[0].replied_on == date(2026, 2, 24)
    assert handling.waiting_transfers() == []
    with pytest.raises(IllegalMove):
        handling.record_transfer_reply(transfer.id)


def test_second_guidance_of_the_same_content_across_linked_cases(desk: Desk, clock: Clock) -> None:
    clock.set(date(2026, 11, 21))
    handling = _login(desk, OFFICER)
    first = desk.cases.create_case(draft())
    handling.guide(first.uid, reason="Hướng dẫn gửi Thanh tra tỉnh")
    with pytest.raises(IllegalMove, match="hướng dẫn một lần"):
        handling.guide(first.uid)
    second = desk.cases.create_case(draft())
    handling.link_same_content(second.uid, first.uid, reason="Cùng nội dung")
    assert handling.view(second.uid).linked_uids == (first.uid,)
    assert handling.view(first.uid).linked_uids == (second.uid,)
    with pytest.raises(IllegalMove, match="hướng dẫn một lần") as info:
        handling.guide(second.uid)
    assert "khoản 3 Điều 24 Luật Tố cáo" in info.value.text()
    with pytest.raises(IllegalMove, match="Điều 24"):
        handling.transfer(second.uid, agency_id=desk.agencies.list()[0].id)
    # the refused moves left nothing behind
    assert [s.action for s in handling.view(second.uid).steps] == [HandlingAction.LINK]
    assert handling.file(second.uid, reasons=("da_huong_dan",)).to_status is CaseStatus.CLOSED
    # kept 1 year: Sat 21/11/2026 + 365 days = Sun 21/11/2027 → Mon 22/11/2027
    assert handling.view(second.uid).retain_until == date(2027, 11, 22)


def test_reception_outcomes_and_checklists(desk: Desk, clock: Clock) -> None:
    clock.set(date(2026, 11, 21))
    handling = _login(desk, OFFICER)
    walk_in = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT))
    with pytest.raises(ValidationError):
        handling.refuse_reception(walk_in.uid, grounds=())
    with pytest.raises(ValidationError):
        handling.refuse_reception(walk_in.uid, grounds=("k9",))
    done = handling.refuse_reception(walk_in.uid, grounds=("k3", "k2"), reason="Đã trả lời nhiều lần")
    assert (done.to_status, done.due_on) == (CaseStatus.CLOSED, None)
    step = handling.view(walk_in.uid).steps[-1]
    assert step.codes == ("k2", "k3")
    posted = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT, channel=Channel.POST))
    with pytest.raises(IllegalMove, match="trực tiếp"):
        handling.refuse_reception(posted.uid, grounds=("k1",))
    with pytest.raises(ValidationError):
        handling.return_petition(posted.uid, reason="")
    assert handling.return_petition(posted.uid, reason="Gửi nhầm cơ quan").to_status is CaseStatus.CLOSED
    tip = desk.cases.create_case(draft(kind=CaseKind.ANONYMOUS_TIP, channel=Channel.MAILBOX))
    with pytest.raises(IllegalMove, match="Điều 25"):
        handling.guide(tip.uid)
    assert handling.verify_tip(tip.uid, reason="Kiểm tra phục vụ quản lý").to_status is CaseStatus.PROCESSED
    assert handling.view(tip.uid).decision is Decision.VERIFY_TIP


def test_reclassifying_the_kind_rebases_the_intake_deadline(desk: Desk) -> None:
    handling = _login(desk, OFFICER)
    mixed = desk.cases.create_case(draft(kind=CaseKind.MIXED, received_at=_received(date(2026, 2, 13))))
    assert desk.cases.get_case(mixed.uid).due_on == date(2026, 3, 6)
    handling.classify(mixed.uid, Classification(CaseKind.DENUNCIATION, group_size=6, repeat_count=1))
    view = handling.view(mixed.uid)
    assert view.kind is CaseKind.DENUNCIATION
    assert view.classification.is_group
    assert view.due_on == date(2026, 3, 3)
    assert [d.rule for d in view.deadlines if d.is_open] == ["tc_xu_ly_ban_dau"]
    _assert_due_contract(desk, mixed.uid)


def test_overdue_and_due_soon_pages_and_badges(desk: Desk, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    clock.set(date(2026, 3, 9))
    handling = _login(desk, OFFICER)
    dues: dict[str, date] = {}
    for day in (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 9)):
        saved = desk.cases.create_case(draft(kind=CaseKind.DENUNCIATION, received_at=_received(day)))
        dues[saved.uid] = desk.cases.get_case(saved.uid).due_on  # type: ignore[assignment]
    # 7 WD: 2/3→11/3, 3/3→12/3, 4/3→13/3, 5/3→16/3, 9/3→18/3
    assert sorted(dues.values()) == [date(2026, 3, d) for d in (11, 12, 13, 16, 18)]
    closed = next(uid for uid, d in dues.items() if d == date(2026, 3, 12))
    handling.file(closed, reasons=("khong_doc_duoc",))
    clock.set(date(2026, 3, 16))
    rows, key = [], None
    while True:
        page = handling.overdue(after=key, limit=1)
        rows.extend(page.rows)
        if page.next_key is None:
            break
        key = page.next_key
    assert [r.due_on for r in rows] == [date(2026, 3, 11), date(2026, 3, 13)]  # filed case excluded
    assert handling.overdue_badge().text == "2"
    soon = handling.due_soon(working_days=2)  # today 16/3 .. 18/3
    assert [r.due_on for r in soon.rows] == [date(2026, 3, 16), date(2026, 3, 18)]
    assert handling.due_soon_badge(working_days=1).count == 1
    monkeypatch.setattr(handling_repo, "BADGE_LIMIT", 2)
    badge = handling.overdue_badge()
    assert (badge.capped, badge.text) == (True, "1+")
    assert handling.overdue(after=DueKey(date(2026, 3, 13), 10**9)).rows == ()


def test_due_queries_use_the_partial_index(desk: Desk) -> None:
    _login(desk, OFFICER)
    _, db, _ = desk.ctx.require()
    sql = (
        "EXPLAIN QUERY PLAN SELECT id FROM cases INDEXED BY cases_open_due WHERE {where} AND due_on < ?"
        " ORDER BY due_on, id LIMIT 10"
    )
    plan = db.query(sql.format(where=handling_repo.OPEN_STATUS_SQL), ("2026-01-01",))
    assert any("cases_open_due" in str(r["detail"]) for r in plan)
    assert not any("TEMP B-TREE" in str(r["detail"]) for r in plan)  # ordered by the index, no sort
    # INDEXED BY refuses a WHERE clause that does not imply the partial index: a drifted status list fails loudly
    with pytest.raises(Exception, match="no query solution"):
        db.query(sql.format(where="status IN ('moi', 'da_xu_ly')"), ("2026-01-01",))
    page = handling_repo.due_page(db, before=date(2026, 1, 1), on_or_after=None, after=None, limit=5)
    assert page.rows == ()
    assert handling_repo.due_badge(db, before=date(2026, 1, 1)).text == "0"


def test_bad_input_is_refused_cleanly(desk: Desk, clock: Clock) -> None:
    clock.set(date(2026, 11, 21))
    handling = _login(desk, OFFICER)
    saved = desk.cases.create_case(draft())
    with pytest.raises(Exception, match="Không tìm thấy"):
        handling.view("no-such-uid")
    with pytest.raises(ValidationError):
        handling.chase(saved.uid, reason="x" * 5000)
    with pytest.raises(ValidationError):
        handling.transfer(saved.uid, agency_id=10**6)
    with pytest.raises(ValidationError):
        handling.file(saved.uid, reasons="an_danh")  # type: ignore[arg-type]
    assert handling.view(saved.uid).steps == ()
    assert replace(handling.view(saved.uid).classification, kind=CaseKind.DENUNCIATION)
