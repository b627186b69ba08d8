"""Office mode use cases (no Qt): join an office, and the sync worker that pushes, pulls and leases numbers.

The desk's SQLCipher database stays the record. :class:`OfficeSync` opens its *own* connection to it (same key)
so a slow or dead network never holds the desk's DB thread: run :meth:`OfficeSync.sync_once` on a background
thread every few seconds; intake, numbering and printing go on meanwhile, online or not.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reception_app.models.clock import Clock
from reception_app.models.enums import Role
from reception_app.services import office_apply, office_keys, office_setup_errors
from reception_app.services.context import PermissionDenied, SessionContext
from reception_app.storage import office as office_repo
from reception_app.storage import office_backfill, office_quarantine, office_resend, office_server
from reception_app.storage.database import Database, open_database
from reception_app.storage.office_server import OfficeOffline, OfficeRefused
from reception_app.storage.settings import get_setting, set_setting

log = logging.getLogger(__name__)

PUSH_BATCH = 500
PULL_BATCH = 1000
ANCHOR = "audit_anchor"  # counted apart: reports and the status bar count case changes
K_LAST_PULL = "office.last_pull_at"  # the last round that succeeded (ISO, UTC): `office status` reads it


@dataclass(frozen=True)
class OfficeStatus:
    """What the status bar shows: online or since when offline, changes waiting, age of the others' copy."""

    joined: bool
    online: bool
    pending: int
    offline_since: datetime | None = None
    last_pull_at: datetime | None = None
    quarantined: int = 0  # other desks' events put aside (storage/office_quarantine.py)
    refused: str = ""  # why the server refused the last round (Vietnamese, services/office_setup_errors.py)
    server_behind: bool = False  # this round found the server restored from an older dump (office_resend.py)
    push_stopped_at: int | None = None  # the server holds another event under this desk's number: alarm


@dataclass(frozen=True)
class SyncReport:
    """Case events sent and applied by one run (audit anchors are not counted)."""

    online: bool
    pushed: int = 0
    pulled: int = 0
    leased: int = 0


def new_content_key() -> bytes:
    """The office content key: made once, on the first desk, by a supervisor; the server never sees it."""
    return secrets.token_bytes(32)  # as storage.crypto.random_key: 32 bytes from the OS


class OfficeSync:
    """Push the outbox, pull the other desks' events, keep two blocks of numbers in hand.

    Every step is idempotent: a crash or a lost answer at any point is repaired by the next run.
    """

    def __init__(self, db_path: Path, db_key: bytes, clock: Clock, series: tuple[str, ...] | None = None) -> None:
        self._path = Path(db_path)
        self._key = db_key
        self._clock = clock
        self._db: Database | None = None
        # Per symbol series ("doc:TB"), the per-kind series numbered before the switch (services/numbering.py).
        self._series = _document_series() if series is None else dict.fromkeys(series, ())
        self._offline_since: datetime | None = None
        self._last_pull_at: datetime | None = None
        self._online = False
        self._refused = ""
        self._server_behind = False  # shown once, by the status of the round that found it

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self._path, self._key)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def status(self) -> OfficeStatus:
        db = self.db
        joined = office_repo.joined_desk(db) is not None
        return OfficeStatus(
            joined=joined,
            online=self._online and joined,
            pending=office_repo.pending_count(db) if joined else 0,
            offline_since=self._offline_since,
            last_pull_at=self._last_pull_at or _stored_time(get_setting(db, K_LAST_PULL, "")),
            quarantined=office_quarantine.count(db) if joined else 0,
            refused=self._refused if joined else "",
            server_behind=self._take_server_behind(),
            push_stopped_at=office_resend.push_stopped_at(db) if joined else None,
        )

    def _take_server_behind(self) -> bool:
        found, self._server_behind = self._server_behind, False
        return found

    def sync_once(self) -> SyncReport:
        db = self.db
        me = office_repo.joined_desk(db)
        if me is None:
            return SyncReport(online=False)
        office_repo.record_audit_anchor(db, self._clock.now())  # local: queued even while offline
        office_keys.queue_reveals(db, me, self._clock.now())  # reveal audit entries become office events
        office_backfill.run(db, self._clock.now())  # what was recorded before joining, a few batches a round
        try:
            with office_server.connect(office_repo.conninfo(db)) as conn:
                pushed = self._push(conn, me)
                pulled = self._pull(conn, me)
                leased = self._refill(conn)
                office_keys.after_pull(conn, db, me, self._clock.now())  # reveals noted, office chain heads
        except OfficeOffline as exc:
            if self._online or self._offline_since is None:
                self._offline_since = self._clock.now()
            self._online = False
            log.info("office sync offline (%s)", exc.detail)
            return SyncReport(online=False)
        except OfficeRefused as exc:  # shown until a round succeeds (the status bar, `office sync-now`)
            self._refused = office_setup_errors.refusal_cause(exc, office_repo.conninfo(db))
            raise
        self._online = True
        self._offline_since = None
        self._refused = ""
        self._last_pull_at = self._clock.now()
        with db.atomic():
            set_setting(db, K_LAST_PULL, self._last_pull_at.isoformat())
        return SyncReport(online=True, pushed=pushed, pulled=pulled, leased=leased)

    def push(self) -> int:
        """Only the push half (tests and the kill tests use it)."""
        db = self.db
        me = office_repo.joined_desk(db)
        if me is None:
            return 0
        with office_server.connect(office_repo.conninfo(db)) as conn:
            return self._push(conn, me)

    def _push(self, conn: Any, me: str) -> int:
        db = self.db
        key = office_repo.content_key(db)
        total = 0
        state = office_resend.reconcile_push(conn, db, me, self._clock.now())  # a restored or tampered server
        self._server_behind |= state == office_resend.BEHIND
        if state == office_resend.STOPPED:
            return 0
        while rows := office_repo.pending(db, PUSH_BATCH):
            office_server.push_events(conn, [office_repo.seal_event(key, me, r) for r in rows])
            # Only now is the batch the server's: a crash before this line re-sends it, which changes nothing.
            office_repo.mark_pushed(db, rows[-1].seq)
            total += sum(r.kind != ANCHOR for r in rows)
        return total

    def _pull(self, conn: Any, me: str) -> int:
        db = self.db
        key = office_repo.content_key(db)
        total = office_apply.retry_requested(conn, db, key, self._clock)  # a supervisor's retry
        mine = office_repo.cursors(db)
        heads = office_server.heads(conn)
        self._server_behind |= office_resend.note_pulls_behind(db, me, heads, mine, self._clock.now())
        for desk, head in sorted(heads.items()):
            if desk == me:
                continue
            cursor = mine.get(desk, 0)
            while cursor < head:
                events = office_server.fetch_events(conn, desk, cursor, PULL_BATCH)
                if not events:
                    break
                # Short local transactions (event stored = applied = cursor moved, together) so intake on the
                # desk's own connection never waits long for the write lock (bench/office.py measures it). A bad
                # event is put aside, not a wall (office_apply.py); "stuck": it is retried next round.
                applied, stuck = office_apply.apply_pulled(db, key, events, self._clock)
                total += applied
                if stuck:
                    break
                cursor = events[-1].seq
        office_apply.apply_waiting(db, self._clock)
        return total

    def _refill(self, conn: Any) -> int:
        db = self.db
        year = self._clock.local_now().year
        block = int(get_setting(db, office_repo.K_BLOCK, "") or office_repo.DEFAULT_BLOCK)
        leased = 0
        if not office_resend.report_numbers(conn, db):  # a restored server waits for every desk's numbers
            return 0
        series = set(self._series) | {s for s, y in office_repo.series_in_use(db) if y == year}
        for name in sorted(series):
            while office_repo.leases_in_hand(db, name, year) < office_repo.BLOCKS_IN_HAND:
                pending_key = f"office.lease_request:{name}:{year}"
                request = get_setting(db, pending_key)
                if not request:  # remembered before asking, so a lost answer is asked again, not leaked
                    request = str(uuid.uuid4())
                    with db.atomic():
                        set_setting(db, pending_key, request)
                before = self._series.get(name, ())
                got = office_resend.lease_block(conn, request, name, year, block, after=before)
                if got is None:
                    return leased
                first, last = got
                if office_resend.overlaps(db, name, year, first, last):  # never print a number twice: ask again
                    log.error("office server leased %s %s-%s again: refused", name, first, last)
                    with db.atomic():
                        set_setting(db, pending_key, "")
                    break
                with db.atomic():
                    office_repo.add_lease(db, name, year, first=first, last=last, request_uid=request)
                    set_setting(db, pending_key, "")
                leased += 1
        return leased


def _stored_time(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _document_series() -> dict[str, tuple[str, ...]]:
    """One series per type symbol printed under any rule set in use ("doc:TB"; services/numbering.py)."""
    from reception_app.services.numbering import office_series  # the templates load on the sync thread

    return office_series()


class SyncLoop:
    """Runs :meth:`OfficeSync.sync_once` on its own thread every ``interval_s`` seconds until :meth:`stop`.

    The UI reads :meth:`latest` (a copy, thread-safe) for the status bar; :meth:`kick` asks for a run now
    (after a case is saved). Nothing here touches Qt.
    """

    def __init__(self, sync: OfficeSync, interval_s: float = 10.0) -> None:
        import threading

        self._sync = sync
        self._interval = interval_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._latest: OfficeStatus | None = None
        self._thread = threading.Thread(target=self._run, name="office-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def kick(self) -> None:
        self._wake.set()

    def latest(self) -> OfficeStatus | None:
        with self._lock:
            return self._latest

    def stop(self, timeout_s: float = 15.0) -> None:
        """Stop and close the worker's database connection (at logout: the key must not outlive the session)."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    def _round(self) -> OfficeStatus | None:
        try:
            self._sync.sync_once()
        except Exception as exc:  # a refusal (carried by the status) or a local error: logged, retried next round
            log.warning("office sync failed: %s", type(exc).__name__)
        try:
            return self._sync.status()
        except Exception as exc:
            log.warning("office status failed: %s", type(exc).__name__)
            return None

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                status = self._round()  # outside the lock: the UI never waits for a round
                if status is not None:
                    with self._lock:
                        self._latest = status
                self._wake.wait(self._interval)
                self._wake.clear()
        finally:
            self._sync.close()


class OfficeService:
    """``desk.office``: joining an office server and the sync of this desk with it."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def join(self, conninfo: dict[str, Any], content_key: bytes) -> tuple[str, int]:
        """Switch this desk to office mode (admin or supervisor). Asks the server which desk the role is."""
        session, db, _ = self.ctx.require(Role.ADMIN, Role.SUPERVISOR)
        if office_repo.joined_desk(db):
            raise PermissionDenied("Bàn tiếp này đã tham gia một văn phòng.")
        with office_server.connect(conninfo) as conn:
            code, desk_no = office_server.whoami(conn)
        with db.atomic():
            office_repo.join(db, desk=code, desk_no=desk_no, content_key=content_key, conninfo=conninfo)
            office_backfill.start(db)  # cases recorded alone are sent after joining (storage/office_backfill.py)
            self.ctx.audit(
                "office_joined", office_desk=code, office_desk_no=desk_no, office_host=str(conninfo.get("host", ""))
            )
        return code, desk_no

    def open_sync(self) -> OfficeSync:
        """A sync worker for a logged-in desk (call :meth:`OfficeSync.sync_once` on its own thread)."""
        _, _, keys = self.ctx.require()
        return OfficeSync(self.ctx.db_path, keys.db_key, self.ctx.clock)

    def desk_code(self) -> str | None:
        """This desk's code in its office, or None on a lone desk (call on the DB thread)."""
        _, db, _ = self.ctx.require()
        return office_repo.joined_desk(db)
