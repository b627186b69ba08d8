"""Statutory deadlines from the rules file, on the Vietnamese calendar. Every expected date is hand-computed."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest

from reception_app.models.deadlines import (
    Certainty,
    DeadlineNotExtendable,
    RulesError,
    Unit,
    WorkCalendar,
    add_working_days,
    default_rules,
    parse_rules,
)
from reception_app.models.enums import CaseKind
from reception_app.resources import resource_path

PLAIN = WorkCalendar()
RULES = default_rules()


@pytest.mark.parametrize(
    ("start", "days", "expected", "why"),
    [
        # Tết 2026: Mon 16/2 – Fri 20/2 off, weekends around it. Fri 13/2 + 7 WD:
        # 23,24,25,26,27 (5), 2/3 (6), 3/3 (7).
        (date(2026, 2, 13), 7, date(2026, 3, 3), "Tết Bính Ngọ"),
        (date(2026, 2, 13), 10, date(2026, 3, 6), "Tết Bính Ngọ, 10 WD"),
        # Hùng Kings Sun 26/4 observed Mon 27/4; 30/4 Thu and 1/5 Fri. Fri 24/4 + 5 WD: 28, 29, 4/5, 5/5, 6/5.
        (date(2026, 4, 24), 5, date(2026, 5, 6), "Giỗ Tổ, 30/4, 1/5"),
        # National Day 2026: Mon 31/8 (swapped with Sat 22/8, which is a working day), Tue 1/9, Wed 2/9.
        # Thu 20/8 + 7 WD: 21 (1), Sat 22 (2), 24, 25, 26, 27, 28 (7).
        (date(2026, 8, 20), 7, date(2026, 8, 28), "working Saturday 22/8"),
        # Fri 28/8 + 5 WD: 31/8, 1/9, 2/9 off; 3/9 (1), 4/9 (2), 7, 8, 9/9 (5).
        (date(2026, 8, 28), 5, date(2026, 9, 9), "2/9"),
        # Tết 2027: Thu 4/2 – Wed 10/2 off. Wed 3/2 + 3 WD: 11/2, 12/2, 15/2.
        (date(2027, 2, 3), 3, date(2027, 2, 15), "Tết Đinh Mùi"),
        # Across the year end: Wed 30/12/2026 + 3 WD: 31/12, (1/1 off), 4/1, 5/1.
        (date(2026, 12, 30), 3, date(2027, 1, 5), "New Year"),
        # Plain weekend: Fri 6/3/2026 + 1 WD = Mon 9/3.
        (date(2026, 3, 6), 1, date(2026, 3, 9), "weekend"),
        (date(2026, 3, 6), 0, date(2026, 3, 6), "zero days"),
    ],
)
def test_working_days_across_holidays(start: date, days: int, expected: date, why: str) -> None:
    assert PLAIN.add_working_days(start, days) == expected, why
    assert add_working_days(start, days) == expected


def test_admin_day_off_and_working_saturday() -> None:
    # Fri 20/11/2026 + 10 WD, with 24/11 (Ngày Văn hóa Việt Nam) off:
    # 23 (1), 25, 26, 27 (4), 30 (5), 1/12 (6), 2, 3, 4 (9), 7/12 (10).
    start = date(2026, 11, 20)
    assert PLAIN.add_working_days(start, 10) == date(2026, 12, 7)
    # The admin closes Tue 1/12: everything after it moves one working day.
    assert WorkCalendar(extra_days_off=frozenset({date(2026, 12, 1)})).add_working_days(start, 10) == date(2026, 12, 8)
    # A make-up Saturday 28/11 counts: 23, 25, 26, 27, Sat 28 (5), 30, 1, 2, 3, 4/12 (10).
    work = WorkCalendar(extra_working_days=frozenset({date(2026, 11, 28)}))
    assert work.add_working_days(start, 10) == date(2026, 12, 4)
    # The admin's entry wins over the package: 22/8/2026 declared a day off after all.
    assert not WorkCalendar(extra_days_off=frozenset({date(2026, 8, 22)})).is_working_day(date(2026, 8, 22))
    assert PLAIN.is_working_day(date(2026, 8, 22))


def test_working_days_between_counts_like_add() -> None:
    assert PLAIN.working_days_between(date(2026, 2, 13), date(2026, 3, 3)) == 7
    assert PLAIN.working_days_between(date(2026, 3, 3), date(2026, 2, 13)) == -7


def test_calendar_days_end_on_the_next_working_day() -> None:
    tc = RULES.rule("tc_giai_quyet")
    assert tc.unit is Unit.DAYS
    # Thụ lý Wed 1/4/2026 + 30 days = Fri 1/5 (Labour Day) → Sat, Sun → Mon 4/5.
    due = RULES.due(tc, date(2026, 4, 1), PLAIN)
    assert due == date(2026, 5, 4)
    # Extension 1: +30 days from 4/5 = Wed 3/6. Extension 2: +30 = Fri 3/7. A third is refused.
    first = RULES.extended(tc, due, 0, PLAIN)
    assert first == date(2026, 6, 3)
    second = RULES.extended(tc, first, 1, PLAIN)
    assert second == date(2026, 7, 3)
    with pytest.raises(DeadlineNotExtendable, match="Điều 30"):
        RULES.extended(tc, second, 2, PLAIN)


def test_calendar_days_ending_on_tet() -> None:
    # Report back on a transferred denunciation: 20 days from Tue 27/1/2026 = Mon 16/2 (Tết) → Mon 23/2.
    rule = RULES.rule("tc_bao_cao_ket_qua_chuyen")
    assert RULES.due(rule, date(2026, 1, 27), PLAIN) == date(2026, 2, 23)
    # An admin day off on Mon 23/2 pushes it to Tue 24/2.
    closed = WorkCalendar(extra_days_off=frozenset({date(2026, 2, 23)}))
    assert RULES.due(rule, date(2026, 1, 27), closed) == date(2026, 2, 24)


def test_initial_denunciation_check_extends_once_to_ten_working_days() -> None:
    rule = RULES.intake_rule(CaseKind.DENUNCIATION)
    assert rule is not None
    assert (rule.unit, rule.length) == (Unit.WORKING_DAYS, 7)
    due = RULES.due(rule, date(2026, 2, 13), PLAIN)
    assert due == date(2026, 3, 3)
    assert RULES.extended(rule, due, 0, PLAIN) == date(2026, 3, 6)  # = 10 WD from receipt
    with pytest.raises(DeadlineNotExtendable):
        RULES.extended(rule, date(2026, 3, 6), 1, PLAIN)


def test_reception_answer_is_not_extendable() -> None:
    rule = RULES.intake_rule(CaseKind.COMPLAINT)
    assert rule is not None
    with pytest.raises(DeadlineNotExtendable):
        RULES.extended(rule, date(2026, 3, 6), 0, PLAIN)


@pytest.mark.parametrize(
    ("complex_case", "remote", "expected"),
    [
        (False, False, date(2026, 2, 4)),  # Mon 5/1/2026 + 30 days = Wed 4/2
        (True, False, date(2026, 2, 23)),  # + 45 days = Thu 19/2, inside Tết (16–20/2) → Mon 23/2
        (False, True, date(2026, 2, 23)),  # remote area: 45 days, same date
        (True, True, date(2026, 3, 6)),  # remote and complex: + 60 days = Fri 6/3
    ],
)
def test_complaint_first_instance_lengths(complex_case: bool, remote: bool, expected: date) -> None:
    rule = RULES.accept_rules(CaseKind.COMPLAINT)[0]
    assert RULES.due(rule, date(2026, 1, 5), PLAIN, complex_case=complex_case, remote_area=remote) == expected


def test_rule_selection_by_kind() -> None:
    assert RULES.intake_rule(CaseKind.ANONYMOUS_TIP) is None  # no thụ lý workflow (Luật Tố cáo Điều 25)
    assert [r.code for r in RULES.accept_rules(CaseKind.DENUNCIATION)] == ["tc_thong_bao_thu_ly", "tc_giai_quyet"]
    assert [r.code for r in RULES.accept_rules(CaseKind.COMPLAINT, second_instance=True)] == ["kn_giai_quyet_lan_2"]
    assert RULES.accept_rules(CaseKind.PETITION) == ()
    assert RULES.transfer_report_rule(CaseKind.DENUNCIATION) is not None
    assert RULES.transfer_report_rule(CaseKind.PETITION) is None


def test_every_rule_names_its_basis_and_certainty() -> None:
    for rule in RULES.rules.values():
        assert rule.basis
        assert rule.label
        assert isinstance(rule.tag, Certainty)
    assert RULES.rule("tu_choi_thong_bao").tag is Certainty.THIRD_PARTY


def _doc() -> dict[str, Any]:
    return json.loads(resource_path("rules", "deadlines.json").read_text(encoding="utf-8"))


def _broken(change: str) -> dict[str, Any]:
    doc = copy.deepcopy(_doc())
    if change == "format":
        doc["format"] = 2
    elif change == "unit":
        doc["rules"]["tc_giai_quyet"]["unit"] = "weeks"
    elif change == "length":
        doc["rules"]["tc_giai_quyet"]["length"] = 0
    elif change == "tag":
        doc["rules"]["tc_giai_quyet"]["tag"] = "X"
    elif change == "basis":
        doc["rules"]["tc_giai_quyet"]["basis"] = ""
    elif change == "dangling":
        doc["on_accept"]["TC"] = ["khong_co"]
    elif change == "missing_kind":
        del doc["on_intake"]["TC"]
    elif change == "extension":
        doc["rules"]["tc_giai_quyet"]["extension"]["max_count"] = -1
    return doc


@pytest.mark.parametrize(
    "change", ["format", "unit", "length", "tag", "basis", "dangling", "missing_kind", "extension"]
)
def test_malformed_rules_are_refused(change: str) -> None:
    parse_rules(_doc())  # the bundled file is valid
    with pytest.raises(RulesError):
        parse_rules(_broken(change))
