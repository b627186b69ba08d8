"""The audit log as a lazy Qt table model: newest first, keyset pages (``before_seq``) fetched on the DB thread."""

from __future__ import annotations

import contextlib
import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from reception_app.models.clock import OFFICE_TZ
from reception_app.models.errors import KnownError
from reception_app.ui.admin.audit_text import action_text, details_text, sentence
from reception_app.ui.common.formatting import one_line
from reception_app.ui.common.paged_model import PagedTableModel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

PAGE_SIZE = 200
FILTER_BATCH = 500
MAX_SCAN = 5000
"""A filtered page scans at most this many entries per request; "Load older entries" continues."""
SeqRole = Qt.ItemDataRole.UserRole + 1
"""Custom role: the entry's sequence number (int)."""
CaseUidRole = Qt.ItemDataRole.UserRole + 2
"""Custom role: the entry's case uid (str) or None."""
SHORT_UID = 12
# Free text a supervisor typed (the reveal reason, the legal basis of a disclosure): supervisors only.
SUPERVISOR_ONLY_DETAILS = frozenset({"reason", "disclosure_basis"})

ModelIndex = QModelIndex | QPersistentModelIndex
_IN_SENTENCE = frozenset({"reason", "outcome", "disclosure_basis"})  # told in the Action column


class Entry(Protocol):
    """What the model reads from an audit entry (``storage.audit.AuditEntry``; ui may not import storage)."""

    @property
    def seq(self) -> int: ...
    @property
    def at(self) -> str: ...
    @property
    def actor(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def case_uid(self) -> str | None: ...
    @property
    def details(self) -> dict[str, Any]: ...


class Column(IntEnum):
    SEQ = 0
    TIME = 1
    ACTOR = 2
    ACTION = 3
    CASE = 4
    DETAILS = 5


@dataclass(frozen=True)
class AuditPage:
    """One answer from the DB thread: matching entries, the lowest seq looked at, and whether that was all."""

    entries: list[Entry]
    scanned_to: int | None
    exhausted: bool
    names: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)


def _with_names(desk: Desk, page: AuditPage) -> AuditPage:
    """Add the users' full names and the case numbers the entries refer to (DB thread)."""
    with contextlib.suppress(KnownError):  # no right to the account list: usernames stay
        page.names.update({u.username: u.full_name for u in desk.users.list_users() if u.full_name})
    for uid in {e.case_uid for e in page.entries if e.case_uid and not e.details.get("number")}:
        if uid is not None and uid not in page.numbers:
            summary = desk.cases.case_summary(uid)
            if summary is not None:
                page.numbers[uid] = summary.number
    return page


def load_audit_page(
    desk: Desk, before_seq: int | None, action: str, actor: str, *, page_size: int = PAGE_SIZE
) -> AuditPage:
    """Runs on the DB thread: the next entries older than ``before_seq`` whose action/actor contain the filters.

    Without a filter this is one ``audit_entries`` call. With one, batches are scanned until ``page_size``
    matches or :data:`MAX_SCAN` entries were looked at (the storage API has no action/actor filter).
    """
    action, actor = action.casefold(), actor.casefold()
    if not action and not actor:
        rows: list[Entry] = list(desk.audit.entries(limit=page_size, before_seq=before_seq))
        last = rows[-1].seq if rows else before_seq
        return _with_names(desk, AuditPage(rows, last, len(rows) < page_size or last == 1))
    matches: list[Entry] = []
    scanned, cursor = 0, before_seq
    while len(matches) < page_size and scanned < MAX_SCAN:
        batch = desk.audit.entries(limit=FILTER_BATCH, before_seq=cursor)
        if not batch:
            return _with_names(desk, AuditPage(matches, cursor, True))
        scanned += len(batch)
        cursor = batch[-1].seq
        matches += [
            e
            for e in batch
            if (action in e.action.casefold() or action in action_text(e.action).casefold())
            and actor in e.actor.casefold()
        ]
        if len(batch) < FILTER_BATCH or cursor == 1:
            return _with_names(desk, AuditPage(matches, cursor, True))
    return _with_names(desk, AuditPage(matches, cursor, False))


def format_time(at: str) -> str:
    """``dd/mm/yyyy HH:MM:SS`` in office time (UTC+7); the stored text if it does not parse."""
    try:
        value = datetime.fromisoformat(at)
    except ValueError:
        return at
    local = value.astimezone(OFFICE_TZ) if value.tzinfo is not None else value
    return local.strftime("%d/%m/%Y %H:%M:%S")


def _value_text(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def format_details(details: dict[str, Any], *, show_reasons: bool, hidden: str) -> str:
    """``key=value; …`` on one line; supervisor-only free text replaced by ``hidden`` for everyone else."""
    parts = []
    for key in sorted(details):
        if key == "number":
            continue  # shown in the Case column
        value = _value_text(details[key]) if show_reasons or key not in SUPERVISOR_ONLY_DETAILS else hidden
        parts.append(f"{key}={value}")
    return one_line("; ".join(parts))


class AuditTableModel(PagedTableModel):
    """Audit entries newest first, appended page by page (keyset on ``seq``; never OFFSET, never count(*)).

    Paging, the in-flight request and its signals are :class:`~reception_app.ui.common.paged_model.PagedTableModel`'s.

    Args:
        desk: the services facade (``audit_entries``; supervisor or admin session).
        runner: the DB-thread task runner.
        show_reasons: show the reveal reason and disclosure basis (supervisor sessions only).
        parent: Qt parent.
    """

    log_as = "audit page failed"

    def __init__(self, desk: Desk, runner: Runner, *, show_reasons: bool, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self._desk = desk
        self._show_reasons = show_reasons
        self._rows: list[Entry] = []
        self._names: dict[str, str] = {}  # username -> full name
        self._numbers: dict[str, str] = {}  # case uid -> case number
        self._action = ""
        self._actor = ""

    # --- Qt model API -------------------------------------------------------------------------------

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(Column):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, Column(index.column()))
        if role == SeqRole:
            return entry.seq
        if role == CaseUidRole:
            return entry.case_uid
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.ACTION:
            return html.escape(entry.action)  # the code, for whoever reads the raw log
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (Column.CASE, Column.DETAILS):
            # Tooltips guess rich text: escape, and keep the full (uncut) text readable.
            text = (entry.case_uid or "") if index.column() == Column.CASE else self._display(entry, Column.DETAILS)
            return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (
                self.tr("#"),
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Case no. / id"),
                self.tr("Details"),
            )
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def _page_task(self, after: int | None) -> Callable[[], AuditPage]:
        action, actor, desk = self._action, self._actor, self._desk
        return lambda: load_audit_page(desk, after, action, actor)

    def _take_page(self, page: AuditPage) -> tuple[list[Entry], int | None, bool]:
        self._names.update(page.names)
        self._numbers.update(page.numbers)
        return page.entries, page.scanned_to, page.exhausted

    def _failure_text(self) -> str:
        return self.tr("The audit log could not be loaded. Details are in the log.")

    # --- public API ---------------------------------------------------------------------------------

    def set_filter(self, action: str, actor: str) -> None:
        """Show only entries whose action and user contain these texts (case-insensitive); "" = any."""
        self._action, self._actor = action.strip(), actor.strip()
        self.refresh()

    def filters(self) -> tuple[str, str]:
        return self._action, self._actor

    def scanned_to(self) -> int | None:
        """The lowest sequence number looked at so far (None before the first answer)."""
        seq: int | None = self._next_key  # the page key of this model
        return seq

    def entry(self, row: int) -> Entry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- helpers ------------------------------------------------------------------------------------

    def case_number(self, entry: Entry) -> str:
        """The case number of ``entry`` (from its details or looked up), else the short uid, else ""."""
        number = entry.details.get("number") or self._numbers.get(entry.case_uid or "")
        return str(number or (entry.case_uid or "")[:SHORT_UID])

    def _details(self, entry: Entry, keys: frozenset[str] | None) -> str:
        details = {k: v for k, v in entry.details.items() if keys is None or k in keys}
        if keys is None:
            details = {k: v for k, v in details.items() if k not in _IN_SENTENCE}
        hidden = self.tr("(supervisors only)")
        return details_text(details, show_reasons=self._show_reasons, hidden=hidden, private=SUPERVISOR_ONLY_DETAILS)

    def _display(self, entry: Entry, column: Column) -> str:
        formatters: dict[Column, Callable[[], str]] = {
            Column.SEQ: lambda: str(entry.seq),
            Column.TIME: lambda: format_time(entry.at),
            Column.ACTOR: lambda: one_line(self._names.get(entry.actor, entry.actor)),
            Column.ACTION: lambda: one_line(
                sentence(
                    entry.action, self.case_number(entry) if entry.case_uid else "", self._details(entry, _IN_SENTENCE)
                )
            ),
            Column.CASE: lambda: one_line(self.case_number(entry)),
            Column.DETAILS: lambda: one_line(self._details(entry, None)),
        }
        return formatters[column]()
