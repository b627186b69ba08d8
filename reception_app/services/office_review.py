"""``desk.office_review``: what a supervisor of an office desk decides (issue 21).

* Conflicts: cases two desks moved from the same version (``storage.office_conflicts``), listed with both
  versions' codes side by side (status, officer, last step, desk, time: no text, no identity), and resolved by
  keeping one version: a new ``conflict_resolved`` event every desk applies; both moves stay in the history.
* Quarantine: other desks' events this desk could not open or apply (``storage.office_quarantine``), and a
  retry the sync worker carries out at its next round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reception_app.models.enums import CaseKind, CaseStatus, HandlingAction, Role
from reception_app.services.context import SessionContext
from reception_app.storage import office_conflicts, office_quarantine
from reception_app.storage.office_conflicts import Conflict, ConflictGone, Version

PAGE = 100


@dataclass(frozen=True)
class VersionView:
    """One competing version as the screen shows it (codes as labels; ``desk`` and ``seq`` identify it)."""

    desk: str
    seq: int
    at: datetime | None
    status: str
    kind: str
    officer: str
    step: str
    mine: bool


@dataclass(frozen=True)
class ConflictView:
    uid: str
    number: str
    versions: tuple[VersionView, ...]


@dataclass(frozen=True)
class ConflictPage:
    rows: tuple[ConflictView, ...]
    next_key: int | None
    at_end: bool


@dataclass(frozen=True)
class QuarantineView:
    desk: str
    seq: int
    kind: str
    case_uid: str | None
    error: str
    attempts: int
    retry_asked: bool


def _label(enum: type[CaseStatus] | type[CaseKind] | type[HandlingAction], code: str) -> str:
    try:
        return enum(code).label
    except ValueError:
        return code


def _at(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _version(v: Version) -> VersionView:
    return VersionView(
        desk=v.desk,
        seq=v.seq,
        at=_at(v.at),
        status=_label(CaseStatus, v.status),
        kind=_label(CaseKind, v.kind),
        officer=v.officer,
        step=_label(HandlingAction, v.step),
        mine=v.mine,
    )


def _conflict(c: Conflict) -> ConflictView:
    return ConflictView(c.uid, c.number, tuple(_version(v) for v in c.versions))


class OfficeReview:
    """Supervisors only: every method refuses other roles."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def conflicts_page(self, after: int | None = None, limit: int = PAGE) -> ConflictPage:
        """Flagged cases after key ``after`` (keyset paging by case id)."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        found = office_conflicts.page(db, after, limit + 1)
        rows = found[:limit]
        return ConflictPage(tuple(_conflict(c) for c in rows), rows[-1].case_id if rows else after, len(found) <= limit)

    def resolve_conflict(self, uid: str, keep_desk: str, keep_seq: int) -> int:
        """Keep one competing version of case ``uid``: applied here, sent to every desk, audited."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        with db.atomic():
            version = office_conflicts.resolve(db, uid, keep_desk, keep_seq, self.ctx.clock())
            self.ctx.audit(
                "office_conflict_resolved", case_uid=uid, office_desk=keep_desk, seq=keep_seq, version=version
            )
        return version

    def quarantined(self) -> list[QuarantineView]:
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        return [
            QuarantineView(q.desk, q.seq, q.kind, q.case_uid, q.error, q.attempts, q.state == "retry")
            for q in office_quarantine.listing(db)
        ]

    def quarantined_count(self) -> int:
        _, db, _ = self.ctx.require()
        return office_quarantine.count(db)

    def retry_quarantined(self) -> int:
        """Ask the sync worker to fetch and apply every quarantined event again at its next round (audited)."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        with db.atomic():
            asked = office_quarantine.request_retry(db, self.ctx.clock())
            if asked:
                self.ctx.audit("office_quarantine_retry", count=asked)
        return asked


__all__ = ["ConflictGone", "ConflictPage", "ConflictView", "OfficeReview", "QuarantineView", "VersionView"]
