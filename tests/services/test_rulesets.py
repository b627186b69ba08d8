"""Issue 19: rules and forms by effective date — a case received on 30 June 2026 and one received on
1 July 2026 print different form numbers and use different refusal grounds; a later set file loads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reception_app.models.clock import ManualClock
from reception_app.models.deadlines import WorkCalendar
from reception_app.models.errors import ValidationError
from reception_app.models.recipients import RecipientRole
from reception_app.models.rulesets import install_admin_sets, rules_for, ruleset_for
from reception_app.printing.templates import templates_for
from reception_app.services import Desk, refusal_grounds
from tests.factories import ADMIN, OFFICER, draft, set_up_world
from tests.printing.pdftext import extract

OLD_DAY, NEW_DAY = datetime(2026, 6, 30, 9, 0), datetime(2026, 7, 1, 9, 0)


@pytest.fixture(autouse=True)
def _bundled_sets_only() -> Iterator[None]:
    install_admin_sets([])
    yield
    install_admin_sets([])


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 6, 30, 2, 0, tzinfo=UTC))  # 09:00 office time


@pytest.fixture
def desk(data_dir: Path, clock: ManualClock) -> Desk:
    world = set_up_world(data_dir, clock=clock)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    return world.desk


def _text(pdf: bytes) -> str:
    return " ".join(extract(pdf).text.split())


def test_the_set_in_force_follows_the_date() -> None:
    assert ruleset_for(date(2026, 6, 30)).key == "vn-2014"
    assert ruleset_for(date(2026, 7, 1)).key == "vn-2026-07"
    assert ruleset_for(date(2020, 1, 1)).tag.value == "V"
    assert ruleset_for(date(2026, 7, 1)).tag.value == "T"  # unverified texts (DOMAIN-VN §0 caveat 2)
    assert rules_for(date(2026, 6, 30)).refusal_rule() is None
    rule = rules_for(date(2026, 7, 1)).refusal_rule()
    assert rule is not None
    assert rule.length == 3
    assert rule.tag.value == "T"
    assert ruleset_for(date(2026, 7, 1)).mask_all_citizens
    assert not ruleset_for(date(2026, 6, 30)).mask_all_citizens


def test_grounds_and_form_numbers_differ_across_1_july_2026() -> None:
    old, new = refusal_grounds(date(2026, 6, 30)), refusal_grounds(date(2026, 7, 1))
    assert set(old) == {"k3"}
    assert {"k1", "k3", "n1", "n9"} <= set(new)
    assert "vũ khí" in new["n1"]
    assert templates_for(date(2026, 6, 30)).document("receipt").form_label() == ""
    assert templates_for(date(2026, 7, 1)).document("receipt").form_label() == "Mẫu số 02/TCD"
    assert templates_for(date(2026, 7, 1)).document("logbook").form_label() == "Mẫu số 03/TCD"
    assert len(templates_for(date(2026, 7, 1)).document("logbook").columns) == 13
    # wording follows the case's date, the form number the document's own date
    mixed = templates_for(date(2026, 6, 30), date(2026, 7, 2)).document("refusal_notice")
    assert mixed.form_label() == "Mẫu số 01/TCD"
    assert "n1" not in mixed.grounds


def test_cases_either_side_of_the_change_print_under_their_own_rules(desk: Desk, clock: ManualClock) -> None:
    old = desk.cases.create_case(draft(received_at=OLD_DAY)).uid
    with pytest.raises(ValidationError):
        desk.documents.issue_refusal_notice(old, ground="n1")  # the NĐ 154/2026 grounds do not exist before 1 July
    old_text = _text(desk.documents.issue_refusal_notice(old, ground="k3", copies=[RecipientRole.FILE]).pdf)
    old_receipt = _text(desk.documents.issue_receipt(old, copies=[RecipientRole.FILE]).pdf)
    clock.set_wall(datetime(2026, 7, 1, 9, 0))
    new = desk.cases.create_case(draft(received_at=NEW_DAY)).uid
    new_text = _text(desk.documents.issue_refusal_notice(new, ground="n1", copies=[RecipientRole.FILE]).pdf)
    new_receipt = _text(desk.documents.issue_receipt(new, copies=[RecipientRole.FILE]).pdf)
    assert "01/TCD" not in old_text
    assert "Mẫu số 01/TCD" in new_text
    assert "02/TCD" not in old_receipt
    assert "Mẫu số 02/TCD" in new_receipt
    assert "Căn cứ khoản 3 Điều 9 Luật Tiếp công dân" in old_text
    assert "Nghị định số 154/2026/NĐ-CP" not in old_text
    assert "Điều 4 Nghị định số 154/2026/NĐ-CP" in new_text
    assert "vũ khí" in new_text


def _later_set(tmp_path: Path, **changes: object) -> Path:
    raw: dict[str, object] = {
        "format": 1,
        "key": "vn-2027-01",
        "name": "Bộ quy tắc thử nghiệm từ 01/01/2027",
        "effective_from": "2027-01-01",
        "source": "Văn bản giả định cho kiểm thử",
        "tag": "M",
        "deadlines": {"rules": {"tcd_thong_bao_tu_choi": {"length": 5}, "tc_xu_ly_ban_dau": {"length": 9}}},
        "templates": {"documents": {"refusal_notice": {"form_label": "Mẫu số 01/TCD-2027"}}},
    }
    raw.update(changes)
    path = tmp_path / "set.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_later_set_file_loads_and_takes_over_for_later_cases(desk: Desk, tmp_path: Path, clock: ManualClock) -> None:
    clock.set_wall(datetime(2027, 1, 5, 9, 0))
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    rs = desk.rulesets.load_file(_later_set(tmp_path))
    assert rs.key == "vn-2027-01"
    assert ruleset_for(date(2026, 12, 31)).key == "vn-2026-07"
    assert ruleset_for(date(2027, 1, 2)).key == "vn-2027-01"
    rule = rules_for(date(2027, 1, 2)).refusal_rule()
    assert rule is not None
    assert rule.length == 5
    assert templates_for(date(2027, 1, 2)).document("refusal_notice").form_label() == "Mẫu số 01/TCD-2027"
    assert templates_for(date(2027, 1, 2)).document("receipt").form_label() == "Mẫu số 02/TCD"  # kept from base
    # a denunciation received under the new set gets its intake deadline (9 working days, not 7)
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)
    calendar = WorkCalendar()
    later = desk.cases.create_case(draft(received_at=datetime(2027, 1, 4, 9, 0))).uid
    assert desk.cases.get_case(later).due_on == calendar.add_working_days(date(2027, 1, 4), 9)
    earlier = desk.cases.create_case(draft(received_at=datetime(2026, 12, 1, 9, 0))).uid
    assert desk.cases.get_case(earlier).due_on == calendar.add_working_days(date(2026, 12, 1), 7)
    # the set is kept in the database: a fresh login (any desk on this database) uses it again
    install_admin_sets([])
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    assert ruleset_for(date(2027, 1, 2)).key == "vn-2027-01"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"format": 2}, "không phải bộ quy tắc"),
        ({"effective_from": "01/01/2027"}, "YYYY-MM-DD"),
        ({"tag": "X"}, "V, R, T, M"),
        ({"deadlines": {"rules": {"tcd_thong_bao_tu_choi": {"length": -1}}}}, "thời hạn"),
        ({"templates": {"documents": {"refusal_notice": {"copies": 9}}}}, "mẫu văn bản"),
        ({"effective_to": "2026-01-01"}, "hết hiệu lực"),
    ],
)
def test_a_bad_set_file_is_refused_with_a_reason(
    desk: Desk, tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    with pytest.raises(ValidationError) as info:
        desk.rulesets.load_file(_later_set(tmp_path, **changes))
    assert message in info.value.errors[0].message
    assert ruleset_for(date(2027, 1, 2)).key == "vn-2026-07"


def test_only_an_administrator_loads_a_set(desk: Desk, tmp_path: Path) -> None:
    from reception_app.models.errors import KnownError

    with pytest.raises(KnownError):
        desk.rulesets.load_file(_later_set(tmp_path))
