"""Cases (``desk.cases``): create (identities sealed through ``desk.identity``), read masked, list, search."""

from __future__ import annotations

import dataclasses
import re
import uuid
from dataclasses import dataclass
from typing import Any

from reception_app.models.case import CaseDetail, CaseDraft, CaseFilter, CaseSummary, Page, PageKey, ReporterView
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.exact_words import exact_words, has_exact_words
from reception_app.models.fold import fts_query
from reception_app.models.identity_guard import find_identity, placeholder_for, replace_hits
from reception_app.models.validation import validate_case_draft
from reception_app.services.context import SessionContext
from reception_app.services.identity import IdentityService
from reception_app.services.users import UserService
from reception_app.storage import cases as case_repo
from reception_app.storage import office as office_repo

_REPORTER_CODE = re.compile(r"[A-Z]{2,4}-\d{4}-[A-Z]?\d{5}(?:-\d{1,3})?")


def reporter_code_query(text: str) -> str | None:
    """``NTC-2026-00301-1`` (or without the reporter's number) typed into the search box, upper-cased; else None."""
    code = text.strip().upper()
    return code if _REPORTER_CODE.fullmatch(code) else None


MAX_PAGE = 1000
IDENTITY_IN_TEXT = (
    "Có họ tên, số điện thoại, số giấy tờ hoặc địa chỉ của người gửi đơn trong phần này: hãy thay bằng "
    "“{placeholder}” hoặc xác nhận giữ lại."
)
EXACT_SEARCH_PAGES = 10  # exact-word search reads at most this many folded pages per request


@dataclass(frozen=True)
class CaseSaved:
    uid: str
    number: str
    reporter_codes: tuple[str, ...]
    warnings: tuple[str, ...]


class CaseService:
    """``desk.cases``: the case register. Every read is masked; only ``desk.identity`` opens an identity."""

    def __init__(self, ctx: SessionContext, identity: IdentityService, users: UserService) -> None:
        self.ctx = ctx
        self.identity = identity
        self.users = users

    def create_case(self, draft: CaseDraft, *, identity_in_text: bool = False) -> CaseSaved:
        """Validate, seal identities, allocate the number and save in one transaction (fsync'd).

        A reporter's own name, phone, ID number or address typed into the subject or content is refused unless
        ``identity_in_text`` (the officer chose to keep it, see :mod:`reception_app.models.identity_guard`);
        what is kept is audited by count only, and the search index never gets it, nor any phone/ID-shaped number.
        """
        session, db, _ = self.ctx.require()
        self.identity.ensure_sealing_allowed()
        now = self.ctx.clock()
        clean, warnings = validate_case_draft(draft, today=self.ctx.today())
        identities = [r.identity for r in clean.reporters]
        hits = {name: find_identity(getattr(clean, name), identities) for name in ("subject", "content")}
        own = [name for name, found in hits.items() if any(h.kind.from_reporter for h in found)]
        if own and not identity_in_text:
            message = IDENTITY_IN_TEXT.format(placeholder=placeholder_for(clean.kind))
            raise ValidationError([FieldError(name, message) for name in own])
        kept = sum(len(found) for found in hits.values())
        received_at = (clean.received_at or now).replace(microsecond=0)
        uid = uuid.uuid4().hex
        # Statutory first deadline from the rules file (10 working days KN/KN-PA, 7 TC; none for anonymous tips).
        from reception_app.models.enums import Channel
        from reception_app.models.handling import GROUP_MIN_SIGNERS
        from reception_app.models.rulesets import rules_for
        from reception_app.storage import handling as handling_repo

        rules = rules_for(received_at.date())  # the rule set in force on the received date
        intake_rule = rules.intake_rule(clean.kind)
        due = (
            rules.due(intake_rule, received_at.date(), handling_repo.load_calendar(db))
            if intake_rule is not None
            else None
        )
        with db.atomic():
            seq = case_repo.next_counter(db, "case", received_at.year)
            serial = office_repo.case_serial(db, seq)  # "00042", or "A00042" on desk A of an office
            number = f"{received_at.year}-{serial}"
            sealed_identities = self.identity.seal_reporters(uid, [r.identity for r in clean.reporters])
            sealed = [
                case_repo.SealedReporter(
                    seq=i,
                    reporter_code=f"{clean.kind.reporter_prefix}-{received_at.year}-{serial}-{i}",
                    sealed_identity=blob,
                    is_representative=r.is_representative,
                )
                for i, (r, blob) in enumerate(zip(clean.reporters, sealed_identities, strict=True), start=1)
            ]
            case_id = case_repo.insert_case(
                db,
                uid=uid,
                number=number,
                draft=clean,
                received_at=received_at,
                officer=session.username,
                now=now,
                due_on=due,
                reporters=sealed,
                index_subject=replace_hits(clean.subject, hits["subject"]),
                index_content=replace_hits(clean.content, hits["content"]),
            )
            handling_repo.record_intake(
                db,
                case_id=case_id,
                rule=intake_rule.code if intake_rule is not None else None,
                received_on=received_at.date(),
                due_on=due,
                walk_in=clean.channel is Channel.WALK_IN,
                visited_at=received_at,
                officer=session.username,
                people=clean.group_size,
                group_min=GROUP_MIN_SIGNERS,
                led_by_head=clean.led_by_head,
            )
            office_repo.record_case_created(db, case_id, uid, now)
            self.ctx.audit(
                "case_created",
                case_uid=uid,
                number=number,
                reporter_codes=[r.reporter_code for r in sealed],
                documents=len(clean.documents),
                warnings=len(warnings),
                identity_kept=kept or None,
            )
        return CaseSaved(uid, number, tuple(r.reporter_code for r in sealed), tuple(warnings))

    def get_case(self, uid: str) -> CaseDetail:
        """The case with identities masked (``ReporterView.identity`` is None)."""
        _, db, _ = self.ctx.require()
        row = case_repo.find_case_row(db, uid)
        if row is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        views = tuple(
            ReporterView(r.seq, r.reporter_code, r.is_representative)
            for r in case_repo.stored_reporters(db, int(row["id"]))
        )
        detail = case_repo.case_detail(db, row, views)
        return dataclasses.replace(detail, officer_name=self.users.full_name_of(detail.officer))

    def case_summary(self, uid: str) -> CaseSummary | None:
        """The case-list row of one case (masked, like every list row), or None if there is no such case."""
        _, db, _ = self.ctx.require()
        return case_repo.summary_by_uid(db, uid)

    def list_cases(self, after: PageKey | None = None, limit: int = 200, filters: CaseFilter | None = None) -> Page:
        _, db, _ = self.ctx.require()
        return case_repo.list_page(db, after=after, limit=max(1, min(limit, MAX_PAGE)), **self._filter_args(filters))

    def search_cases(
        self,
        text: str,
        after: PageKey | None = None,
        limit: int = 200,
        filters: CaseFilter | None = None,
        *,
        exact: bool = False,
    ) -> Page:
        """Vietnamese-folded full-text search; user syntax never reaches FTS5 as syntax.

        ``exact``: only cases containing every typed word with its marks ("Nhung", not "những"); the folded
        search finds the candidates, a few pages are read until some match (the page may hold fewer rows).
        """
        _, db, _ = self.ctx.require()
        code = reporter_code_query(text) if isinstance(text, str) else None
        if code is not None:  # a reporter code read off a receipt: that case, not a word search
            return Page(tuple(case_repo.summaries_by_reporter_code(db, code)) if after is None else (), None)
        match = fts_query(text) if isinstance(text, str) else None
        if match is None:
            return self.list_cases(after, limit, filters)
        size = max(1, min(limit, MAX_PAGE))
        page = case_repo.search_page(db, match=match, after=after, limit=size, **self._filter_args(filters))
        words = exact_words(text) if exact else ()
        if not words:
            return page
        kept: list[CaseSummary] = []
        for _ in range(EXACT_SEARCH_PAGES):
            texts = case_repo.searchable_texts(db, [r.id for r in page.rows])
            kept += [r for r in page.rows if has_exact_words(words, texts.get(r.id, ""))]
            if kept or page.next_key is None:
                break
            page = case_repo.search_page(db, match=match, after=page.next_key, limit=size, **self._filter_args(filters))
        return Page(tuple(kept), page.next_key)

    def _filter_args(self, filters: CaseFilter | None) -> dict[str, Any]:
        if filters is None:
            return {}
        return {
            "kind": filters.kind,
            "status": filters.status,
            "overdue_before": self.ctx.today() if filters.overdue else None,
        }
