"""Rows of the reception logbook page (Sổ tiếp công dân): cases received in a period, masked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reception_app.models.enums import CaseKind, CaseStatus, Channel


@dataclass(frozen=True)
class LogbookKey:
    """Keyset position: the last row's (received_at, id); rows come newest first."""

    received_at: str
    id: int


@dataclass(frozen=True)
class LogbookEntry:
    """One logbook row. Identity never: the reporter appears as the reporter code only."""

    id: int
    uid: str
    number: str
    received_at: datetime
    channel: Channel
    kind: CaseKind
    subject: str
    reporter_code: str
    group_size: int
    officer: str
    status: CaseStatus
    decision: str
    due_on: date | None


@dataclass(frozen=True)
class LogbookFilter:
    date_from: date
    date_to: date
    kind: CaseKind | None = None
    groups_only: bool = False
    walk_in_only: bool = False


@dataclass(frozen=True)
class LogbookPage:
    rows: tuple[LogbookEntry, ...]
    next_key: LogbookKey | None
