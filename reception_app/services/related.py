"""Related-case suggestions at intake (from a draft) and for a saved case. Officer-safe: never identity.

Identity-based duplicates exist only through the supervisor-only, audited blind index
(``desk.identity.find_by_id_number``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from reception_app.models.case import CaseDraft
from reception_app.models.enums import CaseKind, CaseStatus
from reception_app.models.errors import KnownError
from reception_app.models.related import (
    RelatedCase,
    RelationReason,
    accused_phrase,
    candidate_terms,
    terms_in,
)
from reception_app.storage import related as repo
from reception_app.storage.database import Database, Row

if TYPE_CHECKING:
    from reception_app.services.context import SessionContext

TOP_TERMS = 8  # the rarest this many draft words are matched
MAX_DOC_SHARE = 0.2  # a word found in more than this share of cases says nothing
MIN_SHARED_TERMS = 2
POOL = 50


class RelatedCases:
    """Suggestions by accused, content overlap (FTS5 over folded top terms), ward, and explicit links."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def for_draft(self, draft: CaseDraft, *, limit: int = 20) -> list[RelatedCase]:
        """Before saving: cases that look related to what is being typed. Reads no identity field."""
        _, db, _ = self.ctx.require()
        if not isinstance(draft, CaseDraft):
            raise KnownError("Dữ liệu đơn không hợp lệ.")
        return self._suggest(
            db,
            subject=str(draft.subject or ""),
            content=str(draft.content or ""),
            accused=str(draft.accused or ""),
            ward_code=str(draft.ward_code or ""),
            exclude=None,
            limit=limit,
        )

    def for_case(self, uid: str, *, limit: int = 20) -> list[RelatedCase]:
        _, db, _ = self.ctx.require()
        row = repo.case_text(db, uid) if isinstance(uid, str) else None
        if row is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        return self._suggest(
            db,
            subject=row["subject"],
            content=row["content"],
            accused=row["accused"],
            ward_code=row["ward_code"],
            exclude=int(row["id"]),
            limit=limit,
        )

    def _suggest(
        self, db: Database, *, subject: str, content: str, accused: str, ward_code: str, exclude: int | None, limit: int
    ) -> list[RelatedCase]:
        limit = max(1, min(limit, 100))
        found: dict[int, tuple[Row, set[RelationReason], set[str]]] = {}

        def add(rows: list[Row], reason: RelationReason, terms: frozenset[str] = frozenset()) -> None:
            for r in rows:
                entry = found.setdefault(int(r["id"]), (r, set(), set()))
                entry[1].add(reason)
                entry[2].update(terms)

        if exclude is not None:
            add(repo.linked(db, exclude), RelationReason.LINKED)
        phrase = accused_phrase(accused)
        if phrase is not None:
            add(repo.by_accused(db, phrase, exclude=exclude, limit=POOL), RelationReason.SAME_ACCUSED)
        top = self._top_terms(db, subject, content)
        if top:
            wanted = set(top)
            for r in repo.by_terms(db, top, exclude=exclude, limit=POOL):
                shared = wanted & terms_in(r["subject"] + " " + r["content"])
                if len(shared) >= MIN_SHARED_TERMS:
                    add([r], RelationReason.SIMILAR_CONTENT, frozenset(shared))
        if ward_code:
            add(repo.by_ward(db, ward_code, exclude=exclude, limit=POOL), RelationReason.SAME_WARD)

        order = list(RelationReason)

        def score(item: tuple[Row, set[RelationReason], set[str]]) -> tuple[int, int, int]:
            row, reasons, terms = item
            weight = sum(8 >> order.index(r) for r in reasons)
            return (-weight, -len(terms), -int(row["id"]))

        ranked = sorted(found.values(), key=score)[:limit]
        return [
            RelatedCase(
                uid=r["uid"],
                number=r["number"],
                kind=CaseKind(r["kind"]),
                subject=r["subject"],
                status=CaseStatus(r["status"]),
                received_at=datetime.fromisoformat(r["received_at"]),
                reasons=tuple(x for x in order if x in reasons),
                matched_terms=tuple(sorted(terms)),
            )
            for r, reasons, terms in ranked
        ]

    @staticmethod
    def _top_terms(db: Database, subject: str, content: str) -> list[str]:
        terms = candidate_terms(subject, content)
        df = repo.document_frequencies(db, terms)
        if not df:
            return []
        total = max(1, int(db.scalar("SELECT max(id) FROM cases") or 1))
        useful = [t for t in terms if 0 < df.get(t, 0) <= max(1, int(total * MAX_DOC_SHARE))]
        return sorted(useful, key=lambda t: (df[t], terms.index(t)))[:TOP_TERMS]
