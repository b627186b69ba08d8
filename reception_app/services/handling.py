"""Case handling use cases: classification, handling moves, statutory deadlines, due lists, the calendar.

Every move runs in one transaction that records a ``handling_steps`` row (who, when, why), updates the
case's open deadlines, sets ``cases.status``/``decision``/``result`` and ``cases.due_on`` (= earliest open
deadline) and appends an audit event. Role rules are :data:`reception_app.models.handling.ACTION_ROLES`:
officers record reception outcomes; accepting, rejecting, resolving, extending and closing need a supervisor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from reception_app.models.agencies import Transfer
from reception_app.models.deadlines import DeadlineNotExtendable, DeadlineRule, RuleBook, WorkCalendar, default_rules
from reception_app.models.enums import (
    CalendarDayKind,
    CaseKind,
    CaseStatus,
    Decision,
    HandlingAction,
    Result,
    Role,
)
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.handling import (
    ACTION_ROLES,
    GROUP_MIN_SIGNERS,
    MAX_DECISION_NUMBER,
    MAX_REASON,
    Badge,
    CaseHandlingView,
    Checklists,
    Classification,
    DueKey,
    DuePage,
    IllegalMove,
    PlannedMove,
    check_text,
    default_checklists,
    plan_move,
    validate_classification,
)
from reception_app.models.rulesets import rules_for
from reception_app.models.validation import clean_text
from reception_app.storage import agencies as agency_repo
from reception_app.storage import handling as repo
from reception_app.storage import office as office_repo
from reception_app.storage.database import Database, Row

if TYPE_CHECKING:
    from reception_app.services.agencies import AgencyDirectory
    from reception_app.services.context import SessionContext

MAX_PAGE = 1000
MAX_NOTE = 500


class CaseNotFound(KnownError):
    def __init__(self) -> None:
        super().__init__("Không tìm thấy hồ sơ.")


@dataclass(frozen=True)
class MoveDone:
    """What a move changed (for the UI's ``Changes`` broadcast)."""

    uid: str
    action: HandlingAction
    from_status: CaseStatus
    to_status: CaseStatus
    due_on: date | None
    step_id: int


@dataclass
class _Ctx:
    db: Database
    row: Row
    case_id: int
    today: date
    calendar: WorkCalendar
    planned: PlannedMove
    step_id: int = 0


def _reason(value: object, *, required: bool = False, field: str = "reason") -> str:
    text = clean_text(value, multiline=True) if isinstance(value, str) else value
    return check_text(field, text, required=required, limit=MAX_REASON, label="Lý do, nội dung")


def _decision_number(value: object, *, required: bool) -> str:
    text = clean_text(value) if isinstance(value, str) else value
    return check_text(
        "decision_number", text, required=required, limit=MAX_DECISION_NUMBER, label="Số quyết định, văn bản"
    )


class CaseHandling:
    """``desk.handling``: handling of saved cases (uses the session context's clock and audit log).

    Args:
        ctx, agencies: the session context; the agency directory (transfers name an agency).
        rules: deadline rules (default: the bundled ``resources/rules/deadlines.json``).
        checklists: reason checklists (default: the bundled ``resources/rules/checklists.json``).
    """

    def __init__(self, ctx: SessionContext, agencies: AgencyDirectory, *, rules: RuleBook | None = None,
                 checklists: Checklists | None = None) -> None:  # fmt: skip
        self.ctx = ctx
        self.agencies = agencies
        self._fixed = rules
        self._rules = rules or default_rules()
        self._lists = checklists or default_checklists()

    def _book(self, row: Row) -> RuleBook:
        """The rules of the rule set in force on the case's received date (or the fixed ``rules`` given)."""
        if self._fixed is not None:
            return self._fixed
        return rules_for(date.fromisoformat(str(row["received_at"])[:10]))

    def now_local(self) -> datetime:
        """The office's wall time to the second, naive (the desk's clock)."""
        return self.ctx.clock.local_naive()

    # --- reference data ---------------------------------------------------------------------------------

    @property
    def rules(self) -> RuleBook:
        return self._rules

    @property
    def checklists(self) -> Checklists:
        return self._lists

    def _today(self) -> date:
        return self.ctx.today()

    # --- reads ------------------------------------------------------------------------------------------

    def view(self, uid: str) -> CaseHandlingView:
        """Classification, status, decision, steps, deadlines and links of one case (no identity)."""
        _, db, _ = self.ctx.require()
        row = repo.case_row(db, uid) if isinstance(uid, str) else None
        if row is None:
            raise CaseNotFound()
        case_id = int(row["id"])
        steps = tuple(repo.steps(db, case_id))
        filed = [s for s in steps if s.action is HandlingAction.FILE]
        retain_until = None
        if filed and self._book(row).retention:
            rule = self._book(row).rule(self._book(row).retention)
            retain_until = self._book(row).add(rule.unit, filed[-1].at.date(), rule.length, WorkCalendar())
        return CaseHandlingView(
            uid=row["uid"],
            number=row["number"],
            kind=CaseKind(row["kind"]),
            status=CaseStatus(row["status"]),
            decision=Decision(row["decision"]),
            result=Result(row["result"]),
            due_on=date.fromisoformat(row["due_on"]) if row["due_on"] else None,
            resolved_on=date.fromisoformat(row["resolved_on"]) if row["resolved_on"] else None,
            classification=repo.classification_of(row),
            steps=steps,
            deadlines=tuple(repo.deadlines(db, case_id, self._book(row))),
            linked_uids=tuple(repo.linked_uids(db, case_id)),
            retain_until=retain_until,
        )

    def transfers(self, uid: str) -> list[Transfer]:
        _, db, _ = self.ctx.require()
        row = repo.case_row(db, uid) if isinstance(uid, str) else None
        if row is None:
            raise CaseNotFound()
        return agency_repo.transfers_for_case(db, int(row["id"]))

    # --- the move engine --------------------------------------------------------------------------------

    def _move(
        self,
        uid: str,
        action: HandlingAction,
        *,
        reason: str = "",
        decision_number: str = "",
        agency_id: int | None = None,
        codes: tuple[str, ...] = (),
        result: Result | None = None,
        before: Callable[[_Ctx], None] | None = None,
        apply: Callable[[_Ctx], CaseStatus | None] | None = None,
        audit: dict[str, object] | None = None,
    ) -> MoveDone:
        session, db, _ = self.ctx.require(ACTION_ROLES[action])
        now = self.ctx.clock()
        with db.atomic():
            row = repo.case_row(db, uid) if isinstance(uid, str) else None
            if row is None:
                raise CaseNotFound()
            planned = plan_move(repo.case_state(db, row), action, result=result)
            ctx = _Ctx(db, row, int(row["id"]), self.ctx.today(), repo.load_calendar(db), planned)
            if before is not None:
                before(ctx)
            from_status = CaseStatus(row["status"])
            to_status = planned.to_status
            ctx.step_id = repo.insert_step(
                db,
                case_id=ctx.case_id,
                action=action,
                from_status=from_status,
                to_status=to_status,
                at=now,
                actor=session.username,
                reason=reason,
                decision_number=decision_number,
                agency_id=agency_id,
                codes=codes,
            )
            closing = tuple(code for code, rule in self._book(ctx.row).rules.items() if action.value in rule.closed_by)
            repo.close_deadlines(db, ctx.case_id, ctx.today, rules=closing)
            if apply is not None:
                override = apply(ctx)
                if override is not None and override is not to_status:
                    to_status = override
                    db.execute("UPDATE handling_steps SET to_status = ? WHERE id = ?", (to_status.value, ctx.step_id))
            if planned.closes_all_deadlines or to_status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
                repo.close_deadlines(db, ctx.case_id, ctx.today)
            repo.refresh_case(
                db,
                ctx.case_id,
                status=to_status,
                decision=planned.decision,
                result=result,
                now=now,
                resolved_on=ctx.today if to_status is CaseStatus.RESOLVED else None,
            )
            details: dict[str, Any] = {
                "move": action.value,
                "from_status": from_status.value,
                "to_status": to_status.value,
                "decision": planned.decision.value if planned.decision else None,
                "result": result.value if result else None,
                "decision_number": decision_number or None,
                "agency_id": agency_id,
                "codes": list(codes) or None,
                "reason_length": len(reason),
                "step_id": ctx.step_id,
                **(audit or {}),
            }
            office_repo.record_case_changed(db, ctx.case_id, uid, now, int(row["version"]))  # office mode outbox
            self.ctx.audit(f"case_{action.value}", case_uid=uid, **details)
            due = db.scalar("SELECT due_on FROM cases WHERE id = ?", (ctx.case_id,))
        return MoveDone(uid, action, from_status, to_status, date.fromisoformat(due) if due else None, ctx.step_id)

    def _open(self, ctx: _Ctx, rule: DeadlineRule, start: date, *, complex_case: bool = False) -> None:
        remote = bool(ctx.row["remote_area"])
        due = self._book(ctx.row).due(rule, start, ctx.calendar, complex_case=complex_case, remote_area=remote)
        repo.open_deadline(ctx.db, ctx.case_id, rule.code, start, due)

    # --- classification ---------------------------------------------------------------------------------

    def classify(self, uid: str, classification: Classification, *, reason: str = "") -> MoveDone:
        """Record the classification (officer). A kind change re-bases the intake deadline on the new kind."""
        text = _reason(reason)
        _, db, _ = self.ctx.require(ACTION_ROLES[HandlingAction.CLASSIFY])
        row = repo.case_row(db, uid) if isinstance(uid, str) else None
        if row is None:
            raise CaseNotFound()
        if not isinstance(classification, Classification):
            raise ValidationError([FieldError("classification", "Giá trị phân loại không hợp lệ.")])
        c = validate_classification(classification, current_kind=CaseKind(row["kind"]), lists=self._lists)

        def apply(ctx: _Ctx) -> None:
            old_kind = CaseKind(ctx.row["kind"])
            repo.save_classification(ctx.db, ctx.case_id, c)
            old_rule, new_rule = self._book(ctx.row).intake_rule(old_kind), self._book(ctx.row).intake_rule(c.kind)
            if (old_rule.code if old_rule else None) != (new_rule.code if new_rule else None):
                received = date.fromisoformat(ctx.row["received_at"][:10])
                if old_rule is not None:
                    repo.close_deadlines(ctx.db, ctx.case_id, ctx.today, rules=(old_rule.code,))
                if new_rule is not None:
                    self._open(ctx, new_rule, received)

        return self._move(
            uid,
            HandlingAction.CLASSIFY,
            reason=text,
            codes=c.inadmissible_reasons,
            apply=apply,
            audit={
                "kind": c.kind.value,
                "admissible": c.admissible.value,
                "jurisdiction": c.jurisdiction.value,
                "group": c.is_group,
                "repeat_count": c.repeat_count,
            },
        )

    # --- decisions ----------------------------------------------------------------------------------------

    def accept(
        self,
        uid: str,
        *,
        decision_number: str,
        reason: str = "",
        complex_case: bool = False,
        second_instance: bool = False,
    ) -> MoveDone:
        """Thụ lý (supervisor): opens the resolution deadlines of the kind (rules file ``on_accept``)."""
        number, text = _decision_number(decision_number, required=True), _reason(reason)

        def apply(ctx: _Ctx) -> None:
            kind = CaseKind(ctx.row["kind"])
            repo.close_deadlines(ctx.db, ctx.case_id, ctx.today)  # the intake answer is given
            for rule in self._book(ctx.row).accept_rules(kind, second_instance=second_instance):
                self._open(ctx, rule, ctx.today, complex_case=complex_case)

        return self._move(uid, HandlingAction.ACCEPT, reason=text, decision_number=number, apply=apply)

    def reject(
        self, uid: str, *, reasons: tuple[str, ...] = (), reason: str = "", decision_number: str = ""
    ) -> MoveDone:
        """Không thụ lý (supervisor): inadmissible-reason codes and/or a written reason are required."""
        codes = self._lists.check("reasons", reasons, self._lists.inadmissible_reasons, required=False)
        text = _reason(reason, required=not codes)
        number = _decision_number(decision_number, required=False)
        return self._move(uid, HandlingAction.REJECT, reason=text, codes=codes, decision_number=number)

    def notify(self, uid: str, *, reason: str = "", decision_number: str = "") -> MoveDone:
        """Record a notice sent (e.g. thông báo thụ lý tố cáo within 5 working days); closes that deadline."""
        return self._move(
            uid,
            HandlingAction.NOTIFY,
            reason=_reason(reason),
            decision_number=_decision_number(decision_number, required=False),
        )

    def resolve(self, uid: str, *, result: Result, decision_number: str = "", reason: str = "") -> MoveDone:
        """Giải quyết xong (supervisor). KN and TC need the number of the decision or conclusion."""
        try:
            res = Result(result)
        except ValueError:
            raise ValidationError([FieldError("result", "Vui lòng chọn kết quả giải quyết.")]) from None
        _, db, _ = self.ctx.require(ACTION_ROLES[HandlingAction.RESOLVE])
        row = repo.case_row(db, uid) if isinstance(uid, str) else None
        if row is None:
            raise CaseNotFound()
        needs_number = CaseKind(row["kind"]) in (CaseKind.COMPLAINT, CaseKind.DENUNCIATION)
        number = _decision_number(decision_number, required=needs_number)
        return self._move(uid, HandlingAction.RESOLVE, result=res, decision_number=number, reason=_reason(reason))

    def guide(self, uid: str, *, reason: str = "", agency_id: int | None = None) -> MoveDone:
        """Hướng dẫn (once per content): the citizen is told where to go; the case closes."""
        if agency_id is not None:
            self._check_agency(agency_id)
        return self._move(uid, HandlingAction.GUIDE, reason=_reason(reason), agency_id=agency_id)

    def return_petition(self, uid: str, *, reason: str, agency_id: int | None = None) -> MoveDone:
        """Trả lại đơn (sent to the wrong body, or original papers returned); the case closes."""
        if agency_id is not None:
            self._check_agency(agency_id)
        return self._move(uid, HandlingAction.RETURN, reason=_reason(reason, required=True), agency_id=agency_id)

    def file(self, uid: str, *, reasons: tuple[str, ...], reason: str = "") -> MoveDone:
        """Xếp lưu đơn with filing-reason codes; kept for the retention period (rules file ``retention``)."""
        codes = self._lists.check("reasons", reasons, self._lists.filing_reasons, required=True)
        return self._move(uid, HandlingAction.FILE, reason=_reason(reason), codes=codes)

    def refuse_reception(self, uid: str, *, grounds: tuple[str, ...], reason: str = "") -> MoveDone:
        """Từ chối tiếp công dân on Điều 9 grounds (checklist codes); walk-in cases only."""
        codes = self._lists.check("grounds", grounds, self._lists.refusal_grounds, required=True)
        return self._move(uid, HandlingAction.REFUSE_RECEPTION, reason=_reason(reason), codes=codes)

    def chase(self, uid: str, *, reason: str, agency_id: int | None = None) -> MoveDone:
        """Đôn đốc: a reminder to the body handling the case (no status change)."""
        if agency_id is not None:
            self._check_agency(agency_id)
        return self._move(uid, HandlingAction.CHASE, reason=_reason(reason, required=True), agency_id=agency_id)

    def verify_tip(self, uid: str, *, reason: str = "") -> MoveDone:
        """Anonymous tip: checked for management purposes (NĐ 31/2019 Điều 20)."""
        return self._move(uid, HandlingAction.VERIFY_TIP, reason=_reason(reason))

    def close(self, uid: str, *, reason: str = "") -> MoveDone:
        """Kết thúc hồ sơ (supervisor): after resolution, or a processed case with nothing left to do."""
        return self._move(uid, HandlingAction.CLOSE, reason=_reason(reason))

    def extend(self, uid: str, *, decision_number: str, reason: str, rule: str | None = None) -> MoveDone:
        """Gia hạn (supervisor) one open deadline (``rule``, default the earliest extendable) by its rule."""
        number = _decision_number(decision_number, required=True)
        text = _reason(reason, required=True)
        info: dict[str, object] = {}

        def apply(ctx: _Ctx) -> None:
            open_rows = ctx.db.query(
                "SELECT * FROM deadlines WHERE case_id = ? AND closed_on IS NULL ORDER BY due_on, id", (ctx.case_id,)
            )
            candidates = [
                r
                for r in open_rows
                if (rule is None or r["rule"] == rule)
                and r["rule"] in self._book(ctx.row).rules
                and self._book(ctx.row).rules[r["rule"]].extension is not None
            ]
            if not candidates:
                raise IllegalMove(HandlingAction.EXTEND, "Hồ sơ không có thời hạn đang mở nào được phép gia hạn.")
            target = candidates[0]
            deadline_rule = self._book(ctx.row).rule(target["rule"])
            try:
                new_due = self._book(ctx.row).extended(
                    deadline_rule, date.fromisoformat(target["due_on"]), int(target["extensions"]), ctx.calendar
                )
            except DeadlineNotExtendable as exc:
                raise IllegalMove(HandlingAction.EXTEND, str(exc)) from None
            repo.extend_deadline(ctx.db, int(target["id"]), new_due, number)
            info.update(rule=target["rule"], due_on=new_due.isoformat())

        return self._move(uid, HandlingAction.EXTEND, reason=text, decision_number=number, apply=apply, audit=info)

    def link_same_content(self, uid: str, other_uid: str, *, reason: str = "") -> MoveDone:
        """Mark two cases as the same content: the once-only transfer/guidance rules then look across both."""
        text = _reason(reason)
        _, db, _ = self.ctx.require(ACTION_ROLES[HandlingAction.LINK])
        other = repo.case_row(db, other_uid) if isinstance(other_uid, str) else None
        if other is None:
            raise CaseNotFound()
        if other_uid == uid:
            raise ValidationError([FieldError("other_uid", "Không thể liên kết hồ sơ với chính nó.")])

        def apply(ctx: _Ctx) -> None:
            repo.link_cases(
                ctx.db, ctx.case_id, int(other["id"]), kind="cung_noi_dung", actor=self._user(), at=self.ctx.clock()
            )

        return self._move(uid, HandlingAction.LINK, reason=text, apply=apply, audit={"other_case": other_uid})

    def _user(self) -> str:
        session, _, _ = self.ctx.require()
        return session.username

    # --- transfers ----------------------------------------------------------------------------------------

    def _check_agency(self, agency_id: int) -> None:
        agency = next((a for a in self.agencies.list(include_inactive=True) if a.id == agency_id), None)
        if agency is None or not agency.active:
            raise ValidationError([FieldError("agency_id", "Vui lòng chọn cơ quan nhận trong danh bạ.")])

    def transfer(self, uid: str, *, agency_id: int, reason: str = "") -> Transfer:
        """Chuyển đơn to a directory agency. Denunciations: once per content, report back within 20 days."""
        self._check_agency(agency_id)
        text = _reason(reason)
        made: dict[str, int] = {}

        def apply(ctx: _Ctx) -> None:
            kind = CaseKind(ctx.row["kind"])
            report_rule = self._book(ctx.row).transfer_report_rule(kind)
            report_due = self._book(ctx.row).due(report_rule, ctx.today, ctx.calendar) if report_rule else None
            made["id"] = agency_repo.insert_transfer(
                ctx.db,
                case_id=ctx.case_id,
                step_id=ctx.step_id,
                agency_id=agency_id,
                sent_on=ctx.today,
                report_due_on=report_due,
            )
            if report_rule is not None and report_due is not None:
                repo.open_deadline(ctx.db, ctx.case_id, report_rule.code, ctx.today, report_due)

        self._move(uid, HandlingAction.TRANSFER, reason=text, agency_id=agency_id, apply=apply)
        _, db, _ = self.ctx.require()
        found = agency_repo.get_transfer(db, made["id"])
        assert found is not None  # noqa: S101 - inserted just above in a committed transaction
        return found[0]

    def record_transfer_reply(self, transfer_id: int, *, note: str = "", replied_on: date | None = None) -> MoveDone:
        """The receiving body reported its result: closes the report-back deadline; a transferred case whose
        transfers have all been answered is closed."""
        _, db, _ = self.ctx.require(ACTION_ROLES[HandlingAction.TRANSFER_REPLY])
        found = agency_repo.get_transfer(db, transfer_id) if isinstance(transfer_id, int) else None
        if found is None:
            raise KnownError("Không tìm thấy lần chuyển đơn.")
        transfer, _ = found
        if transfer.replied_on is not None:
            raise IllegalMove(HandlingAction.TRANSFER_REPLY, "Đã ghi nhận kết quả của lần chuyển đơn này.")
        text = clean_text(note, multiline=True) if isinstance(note, str) else note
        text = check_text("note", text, required=False, limit=MAX_NOTE, label="Ghi chú kết quả")
        if replied_on is not None and replied_on > self._today():
            raise ValidationError([FieldError("replied_on", "Ngày nhận kết quả không được sau hôm nay.")])

        def apply(ctx: _Ctx) -> CaseStatus | None:
            when = replied_on or ctx.today
            if when < transfer.sent_on:
                raise ValidationError([FieldError("replied_on", "Ngày nhận kết quả trước ngày chuyển đơn.")])
            agency_repo.record_reply(ctx.db, transfer_id, when, text)
            waiting = ctx.db.scalar(
                "SELECT count(*) FROM transfers WHERE case_id = ? AND replied_on IS NULL", (ctx.case_id,)
            )
            if CaseStatus(ctx.row["status"]) is CaseStatus.PROCESSED and not waiting:
                return CaseStatus.CLOSED
            return None

        return self._move(
            transfer.case_uid,
            HandlingAction.TRANSFER_REPLY,
            reason=text,
            agency_id=transfer.agency_id,
            apply=apply,
            audit={"transfer_id": transfer_id},
        )

    # --- return visits (the reception logbook) -----------------------------------------------------------

    def record_visit(
        self,
        uid: str,
        *,
        visited_at: datetime | None = None,
        people: int = 1,
        led_by_head: bool = False,
        note: str = "",
    ) -> int:
        """A citizen came back about this case (lượt tiếp nhiều lần): one more row in the reception logbook.

        ``visited_at`` is the desk's local time, as the intake form records it (default: now). Counted by the
        periodic report (Biểu 01/TCD) as a repeat reception, led by the head when ``led_by_head``. The note is
        free text kept in the clear: the form warns not to write the denouncer's name or address in it, and the
        audit records only its length.
        """
        session, db, _ = self.ctx.require(Role.OFFICER)
        now = self.now_local()
        when = now if visited_at is None else visited_at
        errors: list[FieldError] = []
        row = repo.case_row(db, uid) if isinstance(uid, str) else None
        if row is None:
            raise CaseNotFound()
        received = datetime.fromisoformat(row["received_at"]).replace(tzinfo=None)
        if not isinstance(when, datetime):
            errors.append(FieldError("visited_at", "Thời điểm tiếp không hợp lệ."))
        else:
            when = when.replace(tzinfo=None, second=0, microsecond=0)
            if when > now:
                errors.append(FieldError("visited_at", "Thời điểm tiếp không được ở tương lai."))
            elif when.date() < received.date():
                errors.append(FieldError("visited_at", "Thời điểm tiếp không được trước ngày nhận đơn."))
        if not isinstance(people, int) or isinstance(people, bool) or not 1 <= people <= 999:
            errors.append(FieldError("people", "Số người phải từ 1 đến 999."))
        text = clean_text(note, multiline=True) if isinstance(note, str) else ""
        if len(text) > MAX_NOTE:
            errors.append(FieldError("note", f"Ghi chú tối đa {MAX_NOTE} ký tự."))
        if errors:
            raise ValidationError(errors)
        assert isinstance(when, datetime)  # noqa: S101 - narrowed by the checks above
        with db.atomic():
            visit_id = repo.insert_visit(
                db,
                case_id=int(row["id"]),
                visited_at=when,
                officer=session.username,
                people=people,
                group_min=GROUP_MIN_SIGNERS,
                led_by_head=bool(led_by_head),
                first_time=False,
                note=text,
            )
            office_repo.record_visit_added(db, visit_id, uid, self.ctx.clock())  # office mode outbox
            self.ctx.audit(
                "visit_recorded",
                case_uid=uid,
                visit_id=visit_id,
                people=people,
                led_by_head=bool(led_by_head),
                reason_length=len(text),
            )
        return visit_id

    def visits(self, uid: str) -> list[tuple[datetime, int, bool, bool]]:
        """The receptions of a case, oldest first: (when, people, led by the head, first time)."""
        _, db, _ = self.ctx.require()
        row = repo.case_row(db, uid) if isinstance(uid, str) else None
        if row is None:
            raise CaseNotFound()
        return [
            (
                datetime.fromisoformat(r["visited_at"]),
                int(r["people"]),
                bool(r["led_by_head"]),
                bool(r["first_time"]),
            )
            for r in repo.visits_of_case(db, int(row["id"]))
        ]

    def waiting_transfers(self, *, after: tuple[date, int] | None = None, limit: int = 200) -> list[Transfer]:
        """Transfers whose report-back is still due, earliest first (keyset on (report_due_on, id))."""
        _, db, _ = self.ctx.require()
        return agency_repo.waiting_transfers(db, after=after, limit=max(1, min(limit, MAX_PAGE)))

    # --- due lists ----------------------------------------------------------------------------------------

    def overdue(self, *, after: DueKey | None = None, limit: int = 200) -> DuePage:
        """Open cases whose earliest deadline has passed, most overdue first."""
        _, db, _ = self.ctx.require()
        return repo.due_page(
            db, before=self._today(), on_or_after=None, after=after, limit=max(1, min(limit, MAX_PAGE))
        )

    def due_soon(self, *, working_days: int = 3, after: DueKey | None = None, limit: int = 200) -> DuePage:
        """Open cases due from today up to ``working_days`` working days ahead (inclusive)."""
        _, db, _ = self.ctx.require()
        today = self._today()
        end = repo.load_calendar(db).add_working_days(today, max(0, min(working_days, 60)))
        return repo.due_page(
            db, before=end + timedelta(days=1), on_or_after=today, after=after, limit=max(1, min(limit, MAX_PAGE))
        )

    def overdue_badge(self) -> Badge:
        _, db, _ = self.ctx.require()
        return repo.due_badge(db, before=self._today())

    def due_soon_badge(self, *, working_days: int = 3) -> Badge:
        _, db, _ = self.ctx.require()
        today = self._today()
        end = repo.load_calendar(db).add_working_days(today, max(0, min(working_days, 60)))
        return repo.due_badge(db, before=end + timedelta(days=1), on_or_after=today)

    # --- calendar (admin) ---------------------------------------------------------------------------------

    def calendar(self) -> WorkCalendar:
        _, db, _ = self.ctx.require()
        return repo.load_calendar(db)

    def calendar_days(self, year: int) -> list[tuple[date, CalendarDayKind, str]]:
        _, db, _ = self.ctx.require()
        return repo.calendar_days(db, year)

    def set_calendar_day(self, day: date, kind: CalendarDayKind, note: str = "") -> None:
        """Admin: an extra day off (e.g. a bridge day) or a working day (e.g. a make-up Saturday).

        Deadlines already computed keep their dates; new ones use the updated calendar.
        """
        _, db, _ = self.ctx.require(Role.ADMIN)
        if not isinstance(day, date):
            raise ValidationError([FieldError("day", "Ngày không hợp lệ.")])
        try:
            day_kind = CalendarDayKind(kind)
        except ValueError:
            raise ValidationError([FieldError("kind", "Loại ngày không hợp lệ.")]) from None
        text = clean_text(note) if isinstance(note, str) else note
        text = check_text("note", text, required=False, limit=200, label="Ghi chú")
        with db.atomic():
            repo.set_calendar_day(db, day, day_kind, text)
            self.ctx.audit("calendar_day_set", day=day.isoformat(), day_kind=day_kind.value)

    def remove_calendar_day(self, day: date) -> bool:
        _, db, _ = self.ctx.require(Role.ADMIN)
        with db.atomic():
            removed = repo.delete_calendar_day(db, day)
            if removed:
                self.ctx.audit("calendar_day_removed", day=day.isoformat())
        return removed

    def preview_due(self, rule: str, start: date, *, complex_case: bool = False, remote_area: bool = False) -> date:
        """The due date ``rule`` would give from ``start`` with the current calendar (for forms)."""
        return self._rules.due(
            self._rules.rule(rule), start, self.calendar(), complex_case=complex_case, remote_area=remote_area
        )
