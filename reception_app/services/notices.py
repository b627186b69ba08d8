"""Notices owed to the citizen, with their due dates, for the overdue view (issue 19).

- Thông báo kết quả xử lý đơn: within 10 working days of receipt (Luật TCD Điều 28.1; rule
  ``tiep_nhan_tra_loi`` of the set in force on the received date). Owed until a written answer is printed
  (result notice, transfer notice, guidance slip or refusal notice).
- Thông báo từ chối tiếp công dân: within 03 working days of the refusal under NĐ 154/2026 [T] (the set's
  ``on_refusal`` rule; none before 1 July 2026). Owed until the refusal notice is printed.
- Thông báo thụ lý: every open deadline whose rule the set closes by the "thông báo" step (e.g.
  ``tc_thong_bao_thu_ly``, 05 working days after the thụ lý of a denunciation, Luật Tố cáo Điều 29.3). Owed until
  the notice is recorded as sent or the acceptance notice is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reception_app.models.enums import HandlingAction
from reception_app.models.recipients import DocumentKind
from reception_app.models.rulesets import registry, rules_for
from reception_app.services.context import SessionContext
from reception_app.storage import documents as doc_repo
from reception_app.storage import handling as handling_repo

RESULT_NOTICE_RULE = "tiep_nhan_tra_loi"
LOOK_BACK_DAYS = 120  # older unanswered cases show up in the overdue case list itself
MAX_ROWS = 200


@dataclass(frozen=True)
class OwedNotice:
    case_uid: str
    case_number: str
    notice: DocumentKind
    label: str
    basis: str
    due_on: date
    overdue: bool


class NoticeService:
    """``desk.notices``: the notices the office owes reporters (result and transfer notices coming due)."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def owed(self, *, working_days_ahead: int = 3, limit: int = MAX_ROWS) -> list[OwedNotice]:
        """Owed notices overdue or due within ``working_days_ahead`` working days, earliest due first."""
        _, db, _ = self.ctx.require()
        today = self.ctx.today()
        calendar = handling_repo.load_calendar(db)
        horizon = calendar.add_working_days(today, max(0, min(working_days_ahead, 30)))
        since = (today - timedelta(days=LOOK_BACK_DAYS)).isoformat()
        limit = max(1, min(limit, MAX_ROWS))
        out: list[OwedNotice] = []
        for row in doc_repo.owed_result_notice_rows(db, received_since=since, limit=limit):
            received = date.fromisoformat(str(row["received_at"])[:10])
            rules = rules_for(received)
            rule = rules.rules.get(RESULT_NOTICE_RULE)
            if rule is None:
                continue
            due = rules.due(rule, received, calendar)
            if due <= horizon:
                out.append(
                    OwedNotice(
                        str(row["uid"]),
                        str(row["number"]),
                        DocumentKind.RESULT_NOTICE,
                        rule.label,
                        rule.basis,
                        due,
                        due < today,
                    )
                )
        for row in doc_repo.owed_refusal_notice_rows(db, refused_since=since, limit=limit):
            received = date.fromisoformat(str(row["received_at"])[:10])
            rules = rules_for(received)
            refusal = rules.refusal_rule()
            if refusal is None:  # before 1 July 2026 only Điều 9 khoản 3 takes a notice, with no deadline
                continue
            due = rules.due(refusal, date.fromisoformat(str(row["refused_at"])[:10]), calendar)
            if due <= horizon:
                out.append(
                    OwedNotice(
                        str(row["uid"]),
                        str(row["number"]),
                        DocumentKind.REFUSAL_NOTICE,
                        refusal.label,
                        refusal.basis,
                        due,
                        due < today,
                    )
                )
        out += self._owed_acceptance_notices(horizon, today, limit)
        out.sort(key=lambda n: (n.due_on, n.case_number))
        return out[:limit]

    def _owed_acceptance_notices(self, horizon: date, today: date, limit: int) -> list[OwedNotice]:
        """Open notice deadlines (rules closed by the "thông báo" step in any rule set) due by ``horizon``."""
        _, db, _ = self.ctx.require()
        sets = registry()
        codes = sorted(
            {
                code
                for rs in sets.sets
                for code, rule in sets.rules_of(rs).rules.items()
                if HandlingAction.NOTIFY.value in rule.closed_by
            }
        )
        out: list[OwedNotice] = []
        for row in doc_repo.owed_notice_deadline_rows(db, rules=tuple(codes), due_by=horizon.isoformat(), limit=limit):
            rule = rules_for(date.fromisoformat(str(row["received_at"])[:10])).rules.get(str(row["rule"]))
            if rule is None:
                continue
            due = date.fromisoformat(str(row["due_on"]))
            notice = DocumentKind.ACCEPTANCE_NOTICE
            out.append(
                OwedNotice(str(row["uid"]), str(row["number"]), notice, rule.label, rule.basis, due, due < today)
            )
        return out
