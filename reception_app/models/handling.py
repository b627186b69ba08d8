"""Case classification and the handling state machine (pure; DOMAIN-VN §1.5–1.7, §2.6, §3.4–3.6, §7.3).

:func:`plan_move` decides whether one move is legal for a case in a given state and what it leads to; it never
touches storage. Illegal moves raise :class:`IllegalMove` with a Vietnamese message naming the legal reason.
Which role may make each move is also data here (:data:`ACTION_ROLES`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from reception_app.models.enums import (
    Admissibility,
    BodyType,
    CaseKind,
    CaseStatus,
    Channel,
    Decision,
    HandlingAction,
    Jurisdiction,
    Result,
    Role,
)
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.resources import resource_path

GROUP_MIN_SIGNERS = 5  # TT 07/2014 Điều 6.4.b: "đơn nhiều người" from 05 signers
OPEN_STATUSES = frozenset({CaseStatus.RECEIVED, CaseStatus.PROCESSED, CaseStatus.IN_PROGRESS})
TERMINAL_STATUSES = frozenset({CaseStatus.RESOLVED, CaseStatus.CLOSED})
MAX_REASON = 2000
MAX_DECISION_NUMBER = 100


class IllegalMove(KnownError):
    """A handling move the law or the workflow does not allow. ``text()`` says why, in Vietnamese."""

    def __init__(self, action: HandlingAction, message: str) -> None:
        self.action = action
        super().__init__(message)


# --- checklists (data) -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label: str
    basis: str
    tag: str
    retired: bool = False


@dataclass(frozen=True)
class Checklists:
    """Reason codes with Vietnamese labels, from ``resources/rules/checklists.json``."""

    inadmissible_reasons: Mapping[str, ChecklistItem]
    filing_reasons: Mapping[str, ChecklistItem]
    refusal_grounds: Mapping[str, ChecklistItem]
    protection_measures: Mapping[str, ChecklistItem]

    def check(
        self, field: str, codes: object, items: Mapping[str, ChecklistItem], *, required: bool
    ) -> tuple[str, ...]:
        """Validated, de-duplicated codes in checklist order; a ValidationError names ``field``."""
        if isinstance(codes, str) or not isinstance(codes, (list, tuple, set, frozenset)):
            raise ValidationError([FieldError(field, "Danh sách lý do không hợp lệ.")])
        chosen = set(codes)
        unknown = [c for c in chosen if not isinstance(c, str) or c not in items or items[c].retired]
        if unknown:
            raise ValidationError([FieldError(field, "Có lý do không có trong danh mục.")])
        if required and not chosen:
            raise ValidationError([FieldError(field, "Vui lòng chọn ít nhất một lý do.")])
        return tuple(c for c in items if c in chosen)


def parse_checklists(data: Mapping[str, Any]) -> Checklists:
    if data.get("format") != 1:
        raise ValueError("unsupported checklists format")

    def section(name: str) -> dict[str, ChecklistItem]:
        out: dict[str, ChecklistItem] = {}
        for code, raw in dict(data[name]).items():
            if not raw.get("label") or not raw.get("basis") or raw.get("tag") not in {"V", "R", "T", "M"}:
                raise ValueError(f"{name}.{code}: label, basis and tag are required")
            out[str(code)] = ChecklistItem(
                str(code), str(raw["label"]), str(raw["basis"]), str(raw["tag"]), bool(raw.get("retired", False))
            )
        return out

    return Checklists(
        section("inadmissible_reasons"),
        section("filing_reasons"),
        section("refusal_grounds"),
        section("protection_measures"),
    )


def load_checklists(path: Path) -> Checklists:
    return parse_checklists(json.loads(path.read_text(encoding="utf-8")))


@cache
def default_checklists() -> Checklists:
    return load_checklists(resource_path("rules", "checklists.json"))


# --- classification ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Classification:
    """The classification axes of TT 07/2014 Điều 6 (DOMAIN-VN §2.6).

    Attributes:
        kind: content kind (khiếu nại / tố cáo / kiến nghị, phản ánh / nhiều nội dung).
        admissible: đủ / không đủ điều kiện xử lý.
        inadmissible_reasons: checklist codes (``Checklists.inadmissible_reasons``), required when inadmissible.
        jurisdiction: thuộc / không thuộc thẩm quyền.
        group_size: number of signers; a group petition from :data:`GROUP_MIN_SIGNERS`.
        has_originals: original papers attached (they must be returned, TT 07/2014 Điều 10).
        body_type: type of the competent body.
        repeat_count: 0 for the first time, else how many times the content was sent before.
        remote_area: vùng sâu, vùng xa (longer complaint deadlines, Luật Khiếu nại Điều 28, 37).
    """

    kind: CaseKind
    admissible: Admissibility = Admissibility.UNKNOWN
    inadmissible_reasons: tuple[str, ...] = ()
    jurisdiction: Jurisdiction = Jurisdiction.UNKNOWN
    group_size: int = 1
    has_originals: bool = False
    body_type: BodyType = BodyType.UNKNOWN
    repeat_count: int = 0
    remote_area: bool = False

    @property
    def is_group(self) -> bool:
        return self.group_size >= GROUP_MIN_SIGNERS

    @property
    def first_time(self) -> bool:
        return self.repeat_count == 0


def validate_classification(c: Classification, *, current_kind: CaseKind, lists: Checklists) -> Classification:
    """Check a classification for a case currently of ``current_kind``; return it with reasons normalised."""
    errors: list[FieldError] = []
    try:
        kind, adm, jur, body = (
            CaseKind(c.kind),
            Admissibility(c.admissible),
            Jurisdiction(c.jurisdiction),
            BodyType(c.body_type),
        )
    except ValueError:
        raise ValidationError([FieldError("classification", "Giá trị phân loại không hợp lệ.")]) from None
    if (kind is CaseKind.ANONYMOUS_TIP) != (current_kind is CaseKind.ANONYMOUS_TIP):
        errors.append(
            FieldError(
                "kind",
                "Không thể đổi giữa đơn có người đứng tên và thông tin có nội dung tố cáo (nặc danh, mạo danh); "
                "hãy tạo hồ sơ mới (Luật Tố cáo Điều 25).",
            )
        )
    if kind is CaseKind.ANONYMOUS_TIP and adm is not Admissibility.UNKNOWN:
        errors.append(FieldError("admissible", "Thông tin có nội dung tố cáo không xét điều kiện thụ lý."))
    reasons: tuple[str, ...] = ()
    if adm is Admissibility.INADMISSIBLE:
        try:
            reasons = lists.check(
                "inadmissible_reasons", c.inadmissible_reasons, lists.inadmissible_reasons, required=True
            )
        except ValidationError as exc:
            errors.extend(exc.errors)
    elif c.inadmissible_reasons:
        errors.append(FieldError("inadmissible_reasons", "Chỉ ghi lý do khi đơn không đủ điều kiện xử lý."))
    for name, value, low, high in (("group_size", c.group_size, 1, 100_000), ("repeat_count", c.repeat_count, 0, 999)):
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            errors.append(FieldError(name, f"Giá trị phải là số nguyên từ {low} đến {high}."))
    if errors:
        raise ValidationError(errors)
    return Classification(
        kind, adm, reasons, jur, c.group_size, bool(c.has_originals), body, c.repeat_count, bool(c.remote_area)
    )


# --- the state machine -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseState:
    """What :func:`plan_move` needs to know about a case.

    Attributes:
        prior_actions: actions already recorded on this case and on cases linked to it as the same content.
    """

    kind: CaseKind
    status: CaseStatus
    channel: Channel
    classification: Classification
    prior_actions: frozenset[HandlingAction] = frozenset()
    open_transfers: int = 0


@dataclass(frozen=True)
class PlannedMove:
    action: HandlingAction
    to_status: CaseStatus
    decision: Decision | None  # None: keep cases.decision as it is
    closes_all_deadlines: bool


# (from statuses, to status or None = unchanged, decision set, closes every open deadline)
_R, _P, _I, _D, _C = (
    CaseStatus.RECEIVED,
    CaseStatus.PROCESSED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.RESOLVED,
    CaseStatus.CLOSED,
)
TRANSITIONS: Mapping[HandlingAction, tuple[frozenset[CaseStatus], CaseStatus | None, Decision | None, bool]] = {
    HandlingAction.CLASSIFY: (frozenset({_R, _P}), None, None, False),
    HandlingAction.ACCEPT: (frozenset({_R, _P}), _I, Decision.ACCEPT, False),
    HandlingAction.REJECT: (frozenset({_R, _P}), _C, Decision.REJECT, True),
    HandlingAction.NOTIFY: (frozenset({_I}), None, None, False),
    HandlingAction.RESOLVE: (frozenset({_I}), _D, None, True),
    HandlingAction.TRANSFER: (frozenset({_R, _P}), _P, Decision.TRANSFER, False),
    HandlingAction.TRANSFER_REPLY: (frozenset({_P, _C}), None, None, False),
    HandlingAction.GUIDE: (frozenset({_R, _P}), _C, Decision.GUIDE, True),
    HandlingAction.RETURN: (frozenset({_R, _P}), _C, Decision.RETURN, True),
    HandlingAction.FILE: (frozenset({_R, _P}), _C, Decision.FILE, True),
    HandlingAction.REFUSE_RECEPTION: (frozenset({_R}), _C, Decision.REFUSE_RECEPTION, True),
    HandlingAction.CHASE: (frozenset({_P, _I}), None, None, False),
    HandlingAction.EXTEND: (frozenset({_R, _P, _I}), None, None, False),
    HandlingAction.VERIFY_TIP: (frozenset({_R}), _P, Decision.VERIFY_TIP, True),
    HandlingAction.CLOSE: (frozenset({_P, _D}), _C, None, True),
    HandlingAction.LINK: (frozenset(CaseStatus), None, None, False),
}

# Officers record reception outcomes (Luật TCD Điều 26, TT 05/2021: the handling officer classifies, guides,
# transfers, returns, files, refuses reception and chases up). Decisions that belong to the head of the body
# (thụ lý or not, the resolution, extensions — NĐ 31 Mẫu 01 — and closing a case) need a supervisor session.
ACTION_ROLES: Mapping[HandlingAction, Role] = {
    HandlingAction.CLASSIFY: Role.OFFICER,
    HandlingAction.ACCEPT: Role.SUPERVISOR,
    HandlingAction.REJECT: Role.SUPERVISOR,
    HandlingAction.NOTIFY: Role.OFFICER,
    HandlingAction.RESOLVE: Role.SUPERVISOR,
    HandlingAction.TRANSFER: Role.OFFICER,
    HandlingAction.TRANSFER_REPLY: Role.OFFICER,
    HandlingAction.GUIDE: Role.OFFICER,
    HandlingAction.RETURN: Role.OFFICER,
    HandlingAction.FILE: Role.OFFICER,
    HandlingAction.REFUSE_RECEPTION: Role.OFFICER,
    HandlingAction.CHASE: Role.OFFICER,
    HandlingAction.EXTEND: Role.SUPERVISOR,
    HandlingAction.VERIFY_TIP: Role.OFFICER,
    HandlingAction.CLOSE: Role.SUPERVISOR,
    HandlingAction.LINK: Role.OFFICER,
}

# Moves an anonymous or false-name tip may take (Luật Tố cáo Điều 25, NĐ 31/2019 Điều 20): check it for
# management purposes, forward it, or file it. No thụ lý workflow.
TIP_ACTIONS = frozenset(
    {
        HandlingAction.CLASSIFY,
        HandlingAction.VERIFY_TIP,
        HandlingAction.TRANSFER,
        HandlingAction.TRANSFER_REPLY,
        HandlingAction.FILE,
        HandlingAction.CHASE,
        HandlingAction.CLOSE,
        HandlingAction.LINK,
    }
)

RESULTS_BY_KIND: Mapping[CaseKind, frozenset[Result]] = {
    CaseKind.COMPLAINT: frozenset(
        {Result.RIGHT, Result.WRONG, Result.PARTLY_RIGHT, Result.WITHDRAWN, Result.SUSPENDED}
    ),
    CaseKind.DENUNCIATION: frozenset(
        {Result.RIGHT, Result.WRONG, Result.PARTLY_RIGHT, Result.WITHDRAWN, Result.SUSPENDED}
    ),
    CaseKind.PETITION: frozenset({Result.ANSWERED, Result.WITHDRAWN}),
}

_TIP_REFUSAL = (
    "Thông tin có nội dung tố cáo (nặc danh, mạo danh) không được thụ lý, giải quyết theo Luật Tố cáo "
    "(Điều 25): chỉ kiểm tra, xác minh phục vụ quản lý, chuyển cơ quan có thẩm quyền hoặc xếp lưu."
)


def _status_refusal(action: HandlingAction, status: CaseStatus) -> str:
    if status in TERMINAL_STATUSES:
        return f"Hồ sơ đã ở trạng thái “{status.label}”: không thể {action.label.lower()}."
    return f"Không thể {action.label.lower()} khi hồ sơ đang ở trạng thái “{status.label}”."


def plan_move(state: CaseState, action: HandlingAction, *, result: Result | None = None) -> PlannedMove:
    """Decide one move. Legal-reason checks come first so the message names the law, not just the status.

    Raises:
        IllegalMove: the move is not allowed; ``text()`` explains why in Vietnamese.
    """
    if state.kind is CaseKind.ANONYMOUS_TIP and action not in TIP_ACTIONS:
        raise IllegalMove(action, _TIP_REFUSAL)
    if action is HandlingAction.TRANSFER:
        _check_transfer(state)
    elif action is HandlingAction.GUIDE:
        _check_guide(state)
    else:
        _check_other(state, action, result)
    allowed_from, to_status, decision, closes = TRANSITIONS[action]
    if state.status not in allowed_from:
        raise IllegalMove(action, _status_refusal(action, state.status))
    return PlannedMove(action, to_status or state.status, decision, closes)


def _check_transfer(state: CaseState) -> None:
    action, kind = HandlingAction.TRANSFER, state.kind
    if kind is CaseKind.DENUNCIATION and HandlingAction.TRANSFER in state.prior_actions:
        raise IllegalMove(
            action,
            "Nội dung tố cáo này đã được chuyển đơn một lần; không chuyển lần thứ hai. Theo khoản 3 Điều 24 "
            "Luật Tố cáo 2018 và Thông tư 05/2021/TT-TTCP, đơn tố cáo đã chuyển hoặc đã hướng dẫn mà vẫn gửi "
            "đến nơi không có thẩm quyền thì không xử lý (xếp lưu).",
        )
    if kind is CaseKind.DENUNCIATION and HandlingAction.GUIDE in state.prior_actions:
        raise IllegalMove(action, _already_guided(kind))
    if kind is CaseKind.DENUNCIATION and outside_jurisdiction_move(kind, state.channel) == "guide":
        raise IllegalMove(
            action,
            "Tố cáo do công dân đến trình bày trực tiếp mà không thuộc thẩm quyền thì hướng dẫn người tố cáo đến "
            "cơ quan có thẩm quyền, không chuyển đơn (Điều 26 Luật Tiếp công dân). Chuyển đơn dùng cho kiến nghị, "
            "phản ánh và đơn gửi qua bưu chính.",
        )
    if kind is CaseKind.COMPLAINT:
        raise IllegalMove(
            action,
            "Khiếu nại không thuộc thẩm quyền thì hướng dẫn người khiếu nại gửi đến cơ quan có thẩm quyền, "
            "không chuyển đơn (Điều 26 Luật Tiếp công dân; Thông tư 05/2021/TT-TTCP).",
        )
    if kind is CaseKind.MIXED:
        raise IllegalMove(action, _split_first())
    if state.classification.jurisdiction is Jurisdiction.OURS:
        raise IllegalMove(action, "Đơn đã được phân loại thuộc thẩm quyền: không chuyển đơn.")


def _check_guide(state: CaseState) -> None:
    action = HandlingAction.GUIDE
    if HandlingAction.GUIDE in state.prior_actions:
        raise IllegalMove(action, _already_guided(state.kind))
    if state.kind is CaseKind.DENUNCIATION and HandlingAction.TRANSFER in state.prior_actions:
        raise IllegalMove(
            action,
            "Nội dung tố cáo này đã được chuyển đơn; không hướng dẫn lại (khoản 3 Điều 24 Luật Tố cáo 2018).",
        )
    if state.classification.jurisdiction is Jurisdiction.OURS:
        raise IllegalMove(action, "Đơn đã được phân loại thuộc thẩm quyền: không hướng dẫn sang nơi khác.")


def _check_other(state: CaseState, action: HandlingAction, result: Result | None) -> None:
    cls = state.classification
    if action in (HandlingAction.ACCEPT, HandlingAction.REJECT) and state.kind is CaseKind.MIXED:
        raise IllegalMove(action, _split_first())
    if (
        action is HandlingAction.ACCEPT
        and state.status in (_R, _P)
        and (cls.admissible is not Admissibility.ADMISSIBLE or cls.jurisdiction is not Jurisdiction.OURS)
    ):
        raise IllegalMove(
            action,
            "Chỉ thụ lý đơn đã được phân loại là đủ điều kiện xử lý và thuộc thẩm quyền "
            "(Luật Tố cáo Điều 29.1; Luật Khiếu nại Điều 27; TT 05/2021/TT-TTCP).",
        )
    if action is HandlingAction.REFUSE_RECEPTION and state.channel is not Channel.WALK_IN:
        raise IllegalMove(action, "Từ chối tiếp công dân (Điều 9 Luật Tiếp công dân) chỉ áp dụng khi tiếp trực tiếp.")
    if action is HandlingAction.TRANSFER_REPLY and state.open_transfers == 0:
        raise IllegalMove(action, "Hồ sơ không có lần chuyển đơn nào đang chờ kết quả.")
    if action is HandlingAction.RESOLVE:
        allowed = RESULTS_BY_KIND.get(state.kind, frozenset())
        if result is None or result not in allowed:
            raise IllegalMove(
                action,
                "Kết quả giải quyết không phù hợp với loại đơn"
                + (f" (chọn: {', '.join(r.label for r in sorted(allowed))})." if allowed else "."),
            )


def _already_guided(kind: CaseKind) -> str:
    law = "khoản 3 Điều 24 Luật Tố cáo 2018" if kind is CaseKind.DENUNCIATION else "Điều 6 Thông tư 07/2014/TT-TTCP"
    return (
        "Nội dung này đã được hướng dẫn một lần; không hướng dẫn lần thứ hai. Đơn cùng nội dung đã được hướng dẫn "
        f"thuộc trường hợp không đủ điều kiện xử lý và được xếp lưu ({law}; Thông tư 05/2021/TT-TTCP)."
    )


def _split_first() -> str:
    return "Đơn có nhiều nội dung khác nhau: hãy tách từng nội dung (phân loại lại) trước khi xử lý."


def check_text(field: str, value: object, *, required: bool, limit: int, label: str) -> str:
    """A cleaned-by-caller reason or decision number, with a Vietnamese error naming ``label``."""
    if not isinstance(value, str):
        raise ValidationError([FieldError(field, f"{label} không hợp lệ.")])
    if required and not value:
        raise ValidationError([FieldError(field, f"Vui lòng nhập {label.lower()}.")])
    if len(value) > limit:
        raise ValidationError([FieldError(field, f"{label} quá dài (tối đa {limit} ký tự).")])
    return value


# --- read models returned by the services -----------------------------------------------------------------


@dataclass(frozen=True)
class HandlingStep:
    """One recorded move: who, when, why (``handling_steps``)."""

    id: int
    action: HandlingAction
    from_status: CaseStatus
    to_status: CaseStatus
    at: datetime
    actor: str
    reason: str
    decision_number: str
    agency_id: int | None
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Deadline:
    """A statutory deadline of a case (``deadlines``); ``closed_on`` is None while open."""

    id: int
    rule: str
    label: str
    started_on: date
    due_on: date
    extensions: int
    extension_decision: str
    closed_on: date | None
    basis: str
    tag: str

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class CaseHandlingView:
    """Everything the handling panel shows for one case (no identity)."""

    uid: str
    number: str
    kind: CaseKind
    status: CaseStatus
    decision: Decision
    result: Result
    due_on: date | None
    resolved_on: date | None
    classification: Classification
    steps: tuple[HandlingStep, ...]
    deadlines: tuple[Deadline, ...]
    linked_uids: tuple[str, ...]
    retain_until: date | None = None


@dataclass(frozen=True)
class DueKey:
    """Keyset position in a due-date ordered list: the last row's (due_on, id)."""

    due_on: date
    last_id: int


@dataclass(frozen=True)
class DueCase:
    """One row of the overdue / due-soon lists."""

    id: int
    uid: str
    number: str
    kind: CaseKind
    subject: str
    status: CaseStatus
    decision: Decision
    due_on: date
    reporter_code: str


@dataclass(frozen=True)
class DuePage:
    rows: tuple[DueCase, ...]
    next_key: DueKey | None = None


@dataclass(frozen=True)
class Badge:
    """A bounded count for a badge: ``text`` is "999+" when the bound was reached."""

    count: int
    capped: bool

    @property
    def text(self) -> str:
        return f"{self.count - 1}+" if self.capped else str(self.count)


def outside_jurisdiction_move(kind: CaseKind, channel: Channel) -> str:
    """What to do with a case outside this body's jurisdiction (Luật Tiếp công dân Điều 26; DOMAIN-VN §1.7):
    ``"guide"`` a complaint or denunciation the citizen brought in person (and every complaint), ``"transfer"``
    a petition (kiến nghị, phản ánh), a mailed or forwarded letter, or an anonymous tip."""
    if kind is CaseKind.COMPLAINT:
        return "guide"
    if kind in (CaseKind.DENUNCIATION, CaseKind.MIXED) and channel is Channel.WALK_IN:
        return "guide"
    return "transfer"
