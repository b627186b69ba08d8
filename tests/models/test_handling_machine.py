"""The handling state machine: every transition outside the table is refused; legal refusals name the law."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reception_app.models.enums import (
    Admissibility,
    CaseKind,
    CaseStatus,
    Channel,
    Decision,
    HandlingAction,
    Jurisdiction,
    Result,
    Role,
)
from reception_app.models.errors import ValidationError
from reception_app.models.handling import (
    ACTION_ROLES,
    OPEN_STATUSES,
    TRANSITIONS,
    CaseState,
    Classification,
    IllegalMove,
    default_checklists,
    outside_jurisdiction_move,
    plan_move,
    validate_classification,
)

# A petition (KN-PA) received at the desk, classified admissible, jurisdiction unknown, one transfer waiting:
# no legal-reason check fires, so only the status table decides.
BASE = CaseState(
    kind=CaseKind.PETITION,
    status=CaseStatus.RECEIVED,
    channel=Channel.WALK_IN,
    classification=Classification(CaseKind.PETITION, admissible=Admissibility.ADMISSIBLE),
    open_transfers=1,
)


def _state_for(action: HandlingAction, status: CaseStatus) -> CaseState:
    state = replace(BASE, status=status)
    if action is HandlingAction.ACCEPT:
        state = replace(state, classification=replace(state.classification, jurisdiction=Jurisdiction.OURS))
    return state


def _result_for(action: HandlingAction) -> Result | None:
    return Result.ANSWERED if action is HandlingAction.RESOLVE else None


ILLEGAL = [(a, s) for a, (allowed, *_) in TRANSITIONS.items() for s in CaseStatus if s not in allowed]
LEGAL = [(a, s) for a, (allowed, *_) in TRANSITIONS.items() for s in CaseStatus if s in allowed]


def test_table_covers_every_action_and_open_statuses_are_the_indexed_ones() -> None:
    assert set(TRANSITIONS) == set(HandlingAction)
    assert set(ACTION_ROLES) == set(HandlingAction)
    # migration V4's partial index cases_open_due lists exactly these
    assert {s.value for s in OPEN_STATUSES} == {"moi", "da_xu_ly", "dang_giai_quyet"}
    assert len(ILLEGAL) > 30


@pytest.mark.parametrize(("action", "status"), ILLEGAL, ids=[f"{a.value}-from-{s.value}" for a, s in ILLEGAL])
def test_illegal_transition_is_refused(action: HandlingAction, status: CaseStatus) -> None:
    with pytest.raises(IllegalMove) as info:
        plan_move(_state_for(action, status), action, result=_result_for(action))
    assert status.label in info.value.text()  # refused by the status table, said in Vietnamese
    assert info.value.action is action


@pytest.mark.parametrize(("action", "status"), LEGAL, ids=[f"{a.value}-from-{s.value}" for a, s in LEGAL])
def test_legal_transition_is_planned(action: HandlingAction, status: CaseStatus) -> None:
    planned = plan_move(_state_for(action, status), action, result=_result_for(action))
    _, to_status, decision, _ = TRANSITIONS[action]
    assert planned.to_status is (to_status or status)
    assert planned.decision is decision


def _tc(**changes: object) -> CaseState:
    base = CaseState(
        kind=CaseKind.DENUNCIATION,
        status=CaseStatus.PROCESSED,
        channel=Channel.WALK_IN,
        classification=Classification(CaseKind.DENUNCIATION, jurisdiction=Jurisdiction.NOT_OURS),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_second_transfer_of_a_denunciation_is_refused_with_the_legal_reason() -> None:
    mailed = _tc(channel=Channel.POST)
    assert plan_move(mailed, HandlingAction.TRANSFER).to_status is CaseStatus.PROCESSED
    with pytest.raises(IllegalMove, match="khoản 3 Điều 24") as info:
        plan_move(replace(mailed, prior_actions=frozenset({HandlingAction.TRANSFER})), HandlingAction.TRANSFER)
    assert "05/2021" in info.value.text()
    # A petition (KN-PA) sent back by the wrong body may be transferred again.
    petition = replace(BASE, status=CaseStatus.PROCESSED, prior_actions=frozenset({HandlingAction.TRANSFER}))
    assert plan_move(petition, HandlingAction.TRANSFER).to_status is CaseStatus.PROCESSED


def test_walk_in_denunciation_outside_jurisdiction_is_guided_not_transferred() -> None:
    """Luật Tiếp công dân Điều 26 (DOMAIN-VN §1.7): guide the citizen standing at the desk; transfer is for
    petitions and mailed letters."""
    with pytest.raises(IllegalMove, match="hướng dẫn người tố cáo") as info:
        plan_move(_tc(channel=Channel.WALK_IN), HandlingAction.TRANSFER)
    assert "Điều 26 Luật Tiếp công dân" in info.value.text()
    assert plan_move(_tc(channel=Channel.WALK_IN), HandlingAction.GUIDE).decision is Decision.GUIDE
    for channel in (Channel.POST, Channel.TRANSFERRED, Channel.MAILBOX, Channel.ELECTRONIC):
        assert plan_move(_tc(channel=channel), HandlingAction.TRANSFER).decision is Decision.TRANSFER
    assert outside_jurisdiction_move(CaseKind.COMPLAINT, Channel.POST) == "guide"
    assert outside_jurisdiction_move(CaseKind.PETITION, Channel.WALK_IN) == "transfer"
    assert outside_jurisdiction_move(CaseKind.DENUNCIATION, Channel.WALK_IN) == "guide"
    assert outside_jurisdiction_move(CaseKind.DENUNCIATION, Channel.POST) == "transfer"


@pytest.mark.parametrize("kind", [CaseKind.DENUNCIATION, CaseKind.COMPLAINT, CaseKind.PETITION])
def test_second_guidance_is_refused_with_the_legal_reason(kind: CaseKind) -> None:
    state = replace(_tc(), kind=kind, classification=Classification(kind), prior_actions=frozenset())
    assert plan_move(state, HandlingAction.GUIDE).to_status is CaseStatus.CLOSED
    with pytest.raises(IllegalMove, match="hướng dẫn một lần") as info:
        plan_move(replace(state, prior_actions=frozenset({HandlingAction.GUIDE})), HandlingAction.GUIDE)
    law = "Điều 24 Luật Tố cáo" if kind is CaseKind.DENUNCIATION else "Thông tư 07/2014"
    assert law in info.value.text()


def test_guided_denunciation_cannot_then_be_transferred_and_vice_versa() -> None:
    with pytest.raises(IllegalMove, match="Điều 24"):
        plan_move(_tc(prior_actions=frozenset({HandlingAction.GUIDE})), HandlingAction.TRANSFER)
    with pytest.raises(IllegalMove, match="Điều 24"):
        plan_move(_tc(prior_actions=frozenset({HandlingAction.TRANSFER})), HandlingAction.GUIDE)


def test_complaints_are_guided_not_transferred() -> None:
    state = _tc(kind=CaseKind.COMPLAINT, classification=Classification(CaseKind.COMPLAINT))
    with pytest.raises(IllegalMove, match="hướng dẫn người khiếu nại"):
        plan_move(state, HandlingAction.TRANSFER)


@pytest.mark.parametrize(
    "action",
    [
        HandlingAction.ACCEPT,
        HandlingAction.REJECT,
        HandlingAction.GUIDE,
        HandlingAction.RESOLVE,
        HandlingAction.EXTEND,
        HandlingAction.REFUSE_RECEPTION,
        HandlingAction.NOTIFY,
        HandlingAction.RETURN,
    ],
)
def test_anonymous_tips_have_no_acceptance_workflow(action: HandlingAction) -> None:
    tip = CaseState(CaseKind.ANONYMOUS_TIP, CaseStatus.RECEIVED, Channel.POST, Classification(CaseKind.ANONYMOUS_TIP))
    with pytest.raises(IllegalMove, match="Điều 25"):
        plan_move(tip, action, result=Result.RIGHT)


def test_anonymous_tip_paths() -> None:
    tip = CaseState(CaseKind.ANONYMOUS_TIP, CaseStatus.RECEIVED, Channel.POST, Classification(CaseKind.ANONYMOUS_TIP))
    assert plan_move(tip, HandlingAction.VERIFY_TIP).to_status is CaseStatus.PROCESSED
    assert plan_move(tip, HandlingAction.TRANSFER).to_status is CaseStatus.PROCESSED
    assert plan_move(tip, HandlingAction.FILE).to_status is CaseStatus.CLOSED


@pytest.mark.parametrize(
    ("admissible", "jurisdiction"),
    [
        (Admissibility.UNKNOWN, Jurisdiction.OURS),
        (Admissibility.INADMISSIBLE, Jurisdiction.OURS),
        (Admissibility.ADMISSIBLE, Jurisdiction.UNKNOWN),
        (Admissibility.ADMISSIBLE, Jurisdiction.NOT_OURS),
    ],
)
def test_accept_needs_an_admissible_case_within_jurisdiction(
    admissible: Admissibility, jurisdiction: Jurisdiction
) -> None:
    cls = Classification(CaseKind.DENUNCIATION, admissible=admissible, jurisdiction=jurisdiction)
    with pytest.raises(IllegalMove, match="Điều 29"):
        plan_move(_tc(status=CaseStatus.RECEIVED, classification=cls), HandlingAction.ACCEPT)
    ok = replace(cls, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)
    assert plan_move(_tc(classification=ok), HandlingAction.ACCEPT).to_status is CaseStatus.IN_PROGRESS


def test_refusing_reception_needs_a_walk_in() -> None:
    with pytest.raises(IllegalMove, match="Điều 9"):
        plan_move(replace(BASE, channel=Channel.POST), HandlingAction.REFUSE_RECEPTION)


def test_mixed_petitions_are_split_first() -> None:
    mixed = replace(BASE, kind=CaseKind.MIXED)
    for action in (HandlingAction.ACCEPT, HandlingAction.TRANSFER, HandlingAction.REJECT):
        with pytest.raises(IllegalMove, match="tách"):
            plan_move(mixed, action)


def test_resolution_result_must_fit_the_kind() -> None:
    state = replace(BASE, status=CaseStatus.IN_PROGRESS)
    with pytest.raises(IllegalMove, match="Kết quả"):
        plan_move(state, HandlingAction.RESOLVE, result=Result.PARTLY_RIGHT)  # not for KN-PA
    with pytest.raises(IllegalMove, match="Kết quả"):
        plan_move(state, HandlingAction.RESOLVE)
    tc = _tc(status=CaseStatus.IN_PROGRESS)
    assert plan_move(tc, HandlingAction.RESOLVE, result=Result.PARTLY_RIGHT).to_status is CaseStatus.RESOLVED


def test_reply_needs_a_waiting_transfer() -> None:
    with pytest.raises(IllegalMove, match="chờ kết quả"):
        plan_move(replace(BASE, status=CaseStatus.PROCESSED, open_transfers=0), HandlingAction.TRANSFER_REPLY)


def test_head_decisions_need_a_supervisor() -> None:
    supervisor_only = {a for a, r in ACTION_ROLES.items() if r is Role.SUPERVISOR}
    assert supervisor_only == {
        HandlingAction.ACCEPT,
        HandlingAction.REJECT,
        HandlingAction.RESOLVE,
        HandlingAction.EXTEND,
        HandlingAction.CLOSE,
    }


LISTS = default_checklists()


def test_classification_validation() -> None:
    ok = validate_classification(
        Classification(
            CaseKind.COMPLAINT,
            admissible=Admissibility.INADMISSIBLE,
            inadmissible_reasons=("khong_ky_diem_chi", "khong_ghi_ngay", "khong_ghi_ngay"),
            group_size=5,
        ),
        current_kind=CaseKind.MIXED,
        lists=LISTS,
    )
    assert ok.inadmissible_reasons == ("khong_ghi_ngay", "khong_ky_diem_chi")  # checklist order, no duplicates
    assert ok.is_group
    assert not replace(ok, group_size=4).is_group
    assert ok.first_time


@pytest.mark.parametrize(
    ("classification", "current", "field"),
    [
        (
            Classification(CaseKind.COMPLAINT, admissible=Admissibility.INADMISSIBLE),
            CaseKind.COMPLAINT,
            "inadmissible_reasons",
        ),
        (
            Classification(CaseKind.COMPLAINT, admissible=Admissibility.INADMISSIBLE, inadmissible_reasons=("bogus",)),
            CaseKind.COMPLAINT,
            "inadmissible_reasons",
        ),
        (
            Classification(
                CaseKind.COMPLAINT, admissible=Admissibility.ADMISSIBLE, inadmissible_reasons=("khong_ghi_ngay",)
            ),
            CaseKind.COMPLAINT,
            "inadmissible_reasons",
        ),
        (Classification(CaseKind.ANONYMOUS_TIP), CaseKind.DENUNCIATION, "kind"),
        (Classification(CaseKind.DENUNCIATION), CaseKind.ANONYMOUS_TIP, "kind"),
        (Classification(CaseKind.COMPLAINT, group_size=0), CaseKind.COMPLAINT, "group_size"),
        (Classification(CaseKind.COMPLAINT, repeat_count=-1), CaseKind.COMPLAINT, "repeat_count"),
    ],
)
def test_classification_refusals(classification: Classification, current: CaseKind, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_classification(classification, current_kind=current, lists=LISTS)
    assert info.value.for_field(field)


def test_checklists_have_labels_and_refusal_grounds_of_article_9() -> None:
    assert {"k1", "k2", "k3", "k4"} <= set(LISTS.refusal_grounds)
    assert all(item.label and item.basis for item in LISTS.refusal_grounds.values())
    assert LISTS.refusal_grounds["mang_vu_khi"].tag == "T"
