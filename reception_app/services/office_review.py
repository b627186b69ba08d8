"""``desk.office_review``: what a supervisor of an office desk decides (issue 21).

* Conflicts: cases two desks moved from the same version (``storage.office_conflicts``), listed with both
  versions' codes side by side (status, officer, last step, desk, time: no text, no identity), and resolved by
  keeping one version: a new ``conflict_resolved`` event every desk applies; both moves stay in the history.
* Protection requests two desks changed from the same version (``storage.office_protection``): listed in the
  same way (status, measures, decision date, desk, user: codes only) and resolved by keeping one snapshot
  (a ``protection_resolved`` event every desk applies).
* Quarantine: other desks' events this desk could not open or apply (``storage.office_quarantine``), and a
  retry the sync worker carries out at its next round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reception_app.models.enums import CaseKind, CaseStatus, HandlingAction, ProtectionStatus, Role
from reception_app.models.handling import default_checklists
from reception_app.services.context import SessionContext
from reception_app.storage import office_conflicts, office_protection, office_quarantine
from reception_app.storage.office_conflicts import Conflict, ConflictGone, Version
from reception_app.storage.office_protection import ProtectionConflict, ProtectionVersion

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
    kind: str = "case"  # or "protection": a protection request of the case (``ref``); for a protection
    # request ``VersionView.kind`` holds the measures, ``officer`` the user, ``step`` the decision date
    ref: str = ""


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


def _label(enum: type[CaseStatus] | type[CaseKind] | type[HandlingAction] | type[ProtectionStatus], code: str) -> str:
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


def _protection(c: ProtectionConflict) -> ConflictView:
    labels = {code: item.label for code, item in default_checklists().protection_measures.items()}

    def view(v: ProtectionVersion) -> VersionView:
        measures = "; ".join(labels.get(m, m) for m in v.measures)
        status = _label(ProtectionStatus, v.status)
        return VersionView(v.desk, v.seq, _at(v.at), status, measures, v.user, v.decided_on, v.mine)

    return ConflictView(c.uid, c.number, tuple(view(v) for v in c.versions), kind="protection", ref=c.ref)


class OfficeReview:
    """Supervisors only: every method refuses other roles."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def conflicts_page(self, after: int | None = None, limit: int = PAGE) -> ConflictPage:
        """Flagged cases after key ``after`` (keyset paging by case id); the first page starts with the flagged
        protection requests (rare: at most ``office_protection.MAX_LISTED``)."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        found = office_conflicts.page(db, after, limit + 1)
        rows = found[:limit]
        first = tuple(_protection(p) for p in office_protection.flagged(db)) if after is None else ()
        views = first + tuple(_conflict(c) for c in rows)
        return ConflictPage(views, rows[-1].case_id if rows else after, len(found) <= limit)

    def resolve_conflict(self, uid: str, keep_desk: str, keep_seq: int) -> int:
        """Keep one competing version of case ``uid``: applied here, sent to every desk, audited."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        with db.atomic():
            version = office_conflicts.resolve(db, uid, keep_desk, keep_seq, self.ctx.clock())
            self.ctx.audit(
                "office_conflict_resolved", case_uid=uid, office_desk=keep_desk, seq=keep_seq, version=version
            )
        return version

    def resolve_protection(self, ref: str, keep_desk: str, keep_seq: int) -> int:
        """Keep one competing snapshot of protection request ``ref``: applied here, sent to every desk, audited."""
        _, db, _ = self.ctx.require(Role.SUPERVISOR)
        with db.atomic():
            version = office_protection.resolve(db, ref, keep_desk, keep_seq, self.ctx.clock())
            uid = office_protection.case_of(db, ref)
            self.ctx.audit(
                "office_protection_resolved",
                case_uid=uid,
                request_id=office_protection.local_id(db, ref),
                office_desk=keep_desk,
                seq=keep_seq,
                version=version,
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
