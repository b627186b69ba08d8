"""Long jobs that must never stall the desk (issue 20): backups, each against the previous method in the same run.

Rows (group ``jobs``):

- the database copy: the previous ``sqlcipher_export`` on the desk's connection, the online backup API on its
  own connection (the method used), ``VACUUM INTO`` on a second connection; ratios in the same run;
- the whole backup job (copy + quick_check + audit head + checksums + fsync), as the app runs it;
- in a real Qt event loop (offscreen) with the real ``TaskRunner`` (DB thread) and ``JobRunner`` (job thread):
  the daily backup runs while an "officer" saves a case every 150 ms through the DB thread; we record every
  save's latency as the GUI sees it (queued → result delivered) and the longest gap between the ticks of a
  10 ms ``QTimer`` on the GUI thread (the longest event-loop stall). The same loop with the previous method
  (the backup on the DB thread) gives the comparison.
"""

from __future__ import annotations

import gc
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import generate
from bench.harness import Row, measure, timed
from reception_app import __version__
from reception_app.services import Desk
from reception_app.services.backup import BackupJob
from reception_app.services.demo import sample_draft
from reception_app.storage import backup as store
from reception_app.storage.database import open_database
from reception_app.storage.online_backup import copy_online, vacuum_into, verify_copy

TICK_MS = 10
SAVE_EVERY_MS = 150
CONTROL_MS = 10_000
STALL_NOTES: list[str] = []  # per session, printed by bench_jobs (stderr)


def _scratch(ds: generate.Dataset) -> Path:
    # Same disk as the data (a backup goes to the data folder's backups/ by default).
    return Path(tempfile.mkdtemp(prefix="bench-backup-", dir=ds.data_dir.parent))


def _ratio_row(group: str, op: str, new: list[float], old: list[float], budget: float | None) -> Row:
    return Row(
        group,
        op,
        statistics.median(new) / statistics.median(old),
        min(new) / min(old),
        max(new) / max(old),
        budget,
        "x",
        min(len(new), len(old)),
        f"{_secs(statistics.median(new))} vs {_secs(statistics.median(old))}",
    )


def _secs(value: float) -> str:
    return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.0f} ms"


def bench_copies(ds: generate.Dataset, key: bytes, runs: int) -> list[Row]:
    """The three ways to copy the live database, same run, same disk."""
    g = f"Long jobs: backups at {ds.cases:,} cases"
    db_path = ds.data_dir / "reception.db"
    size_mb = db_path.stat().st_size / 2**20
    scratch = _scratch(ds)
    n = [0]

    def dest() -> Path:
        n[0] += 1
        return scratch / f"copy-{n[0]}.db"

    def clean() -> None:
        for p in scratch.iterdir():
            p.unlink()

    try:
        desk_db = open_database(db_path, key)  # stands for the desk's connection (the DB worker's)

        def export() -> None:
            target = scratch / f"export-{n[0]}"
            n[0] += 1
            store.write_backup(
                desk_db,
                key,
                ds.data_dir / "vault.json",
                target,
                created_at=datetime.now(UTC),
                install_id="bench",
                app_version=__version__,
            )
            shutil.rmtree(target)

        snaps: list[Any] = []

        def online() -> None:
            d = dest()
            snaps.append((d, copy_online(db_path, key, d)))
            clean()

        def vacuum() -> None:
            vacuum_into(db_path, key, dest())
            clean()

        def validate() -> None:
            d = dest()
            snap = copy_online(db_path, key, d)
            t0 = time.perf_counter()
            verify_copy(d, key, snap)
            checks.append(time.perf_counter() - t0)
            clean()

        checks: list[float] = []
        t_export = measure(export, runs=runs, warmup=0)
        t_online = measure(online, runs=runs, warmup=0)
        t_vacuum = measure(vacuum, runs=runs, warmup=0)
        measure(validate, runs=runs, warmup=0)
        desk_db.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [
        timed(
            g,
            f"previous: sqlcipher_export on the desk's connection ({size_mb:,.0f} MiB; blocks the DB worker)",
            t_export,
            None,
            "whole folder: export + checksums + fsync",
        ),
        timed(g, "online backup API on its own connection, 8 MiB steps, held snapshot (copy only)", t_online, None),
        timed(g, "VACUUM INTO on a second connection (copy only; no progress)", t_vacuum, None),
        _ratio_row(g, "online backup copy / previous export (same run)", t_online, t_export, None),
        _ratio_row(g, "VACUUM INTO / online backup copy (same run)", t_vacuum, t_online, None),
        timed(g, "validation of the copy: open with key + quick_check + audit head", checks, None),
    ]


def bench_backup_in_the_desk(ds: generate.Dataset, runs: int) -> list[Row]:  # noqa: PLR0915
    """The daily backup in a live Qt loop: saves go on, the GUI thread never stalls. New vs previous method."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from reception_app.ui.admin.backup_dialogs import BackupController
    from reception_app.ui.common.jobs import JobRunner, JobStatus
    from reception_app.ui.common.tasks import TaskRunner

    g = f"Long jobs: backups at {ds.cases:,} cases"
    app = QApplication.instance() or QApplication(["bench"])
    desk: Desk = ds.desk()
    runner = TaskRunner()
    jobs = JobRunner()
    parent = QWidget()
    status = JobStatus(parent)
    controller = BackupController(desk, runner, jobs, status, parent)
    rng = random.Random(20)
    admin, password = ds.admin

    def call(fn: Callable[[], object]) -> object:
        box: list[object] = []
        loop = QEventLoop()
        runner.run(fn, lambda r: (box.append(r), loop.quit()), lambda e: (box.append(e), loop.quit()))
        loop.exec()
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    call(lambda: desk.auth.login(admin, password))
    scratch = _scratch(ds)
    gc_pauses: list[float] = []
    gc_started = [0.0]

    def gc_watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            gc_pauses.append((time.perf_counter() - gc_started[0]) * 1000)

    gc.callbacks.append(gc_watch)

    def session(start_backup: Callable[[Callable[[], None]], None]) -> tuple[float, list[float], list[float], float]:
        """Run one backup with the save loop and the tick timer; (duration, save latencies, gaps, stall)."""
        loop = QEventLoop()
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]
        gaps: list[float] = []
        where: list[int] = []
        saves: list[float] = []
        gc_pauses.clear()
        pending = [0]
        over = [False]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e9)
            where.append(status.bar.value() if status.isVisibleTo(parent) else -1)
            last[0] = now

        def save() -> None:
            if over[0]:
                return
            t0 = time.perf_counter()
            pending[0] += 1
            now = datetime.now(UTC)

            def done(_result: object) -> None:
                saves.append(time.perf_counter() - t0)
                pending[0] -= 1
                if over[0] and pending[0] == 0:
                    loop.quit()

            runner.run(lambda: desk.cases.create_case(sample_draft(rng, now)), done, done)

        def finished() -> None:
            over[0] = True
            if pending[0] == 0:
                loop.quit()

        ticker = QTimer()
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(tick)
        saver = QTimer()
        saver.setInterval(SAVE_EVERY_MS)
        saver.timeout.connect(save)
        t0 = time.perf_counter()
        ticker.start()
        saver.start()
        QTimer.singleShot(0, lambda: start_backup(finished))
        loop.exec()
        duration = time.perf_counter() - t0
        ticker.stop()
        saver.stop()
        stall = max(gaps) - TICK_MS / 1000 if gaps else 0.0
        if gaps:  # where the longest stall fell (backup percent, -1 = no job) and the longest GC pause
            at = where[gaps.index(max(gaps))]
            STALL_NOTES.append(f"stall {stall * 1000:.0f} ms at {at}%, longest GC {max(gc_pauses, default=0):.0f} ms")
        return duration, saves, gaps, stall

    def new_method(done: Callable[[], None]) -> None:
        def prepare() -> BackupJob:
            return desk.backup.prepare(scratch, scheduled=True)

        def prepared(job: BackupJob) -> None:
            controller.start_job(job, "bench", lambda _info: done())

        runner.run(prepare, prepared)

    def old_method(done: Callable[[], None]) -> None:
        def whole() -> object:  # what the daily backup did before: everything on the DB thread
            _, db, keys = desk.ctx.require()
            target = scratch / f"old-{time.perf_counter_ns()}"
            return store.write_backup(
                db,
                keys.db_key,
                desk.vault.path,
                target,
                created_at=datetime.now(UTC),
                install_id="bench",
                app_version=__version__,
            )

        runner.run(whole, lambda _r: done(), lambda _e: done())

    def no_backup(done: Callable[[], None]) -> None:  # the control: same loop, no job, for as long
        QTimer.singleShot(CONTROL_MS, done)

    results: dict[str, list[tuple[float, list[float], list[float], float]]] = {"new": [], "old": [], "none": []}
    try:
        for _ in range(runs):
            results["none"].append(session(no_backup))
            results["old"].append(session(old_method))
            _clear(scratch)
            results["new"].append(session(new_method))
            _clear(scratch)
    finally:
        gc.callbacks.remove(gc_watch)
        call(desk.auth.logout)
        jobs.shutdown()
        runner.shutdown()
        parent.deleteLater()
        shutil.rmtree(scratch, ignore_errors=True)
        del app

    def saves_of(kind: str) -> list[float]:
        return [s for r in results[kind] for s in r[1]]

    def max_save(kind: str) -> list[float]:
        return [max(r[1]) for r in results[kind] if r[1]]

    new_saves, old_saves = saves_of("new"), saves_of("old")
    return [
        timed(
            g,
            "daily backup as the app runs it (prepare on DB thread, copy + validate on the job thread)",
            [r[0] for r in results["new"]],
            None,
            "while saving a case every 150 ms",
        ),
        timed(
            g,
            f"save while a backup runs: every save of {runs} backups, queued → shown (median; max = worst)",
            new_saves,
            0.03,
            f"{len(new_saves)} saves",
        ),
        timed(g, "save while a backup runs: worst save of each backup", max_save("new"), None),
        timed(
            g,
            "previous method (backup on the DB thread): save while a backup runs, worst save of each backup",
            max_save("old"),
            None,
            f"{len(old_saves)} saves; median {statistics.median(old_saves) * 1000:.0f} ms" if old_saves else "",
        ),
        _ratio_row(g, "worst save during a backup: previous / new (same run)", max_save("old"), max_save("new"), None),
        timed(
            g,
            f"longest GUI stall during backup (gap between {TICK_MS} ms timer ticks, minus {TICK_MS} ms)",
            [r[3] for r in results["new"]],
            0.1,
        ),
        timed(
            g,
            "previous method: longest GUI stall during backup",
            [r[3] for r in results["old"]],
            None,
        ),
        timed(
            g,
            f"control, same loop without a backup ({CONTROL_MS // 1000} s): longest GUI stall",
            [r[3] for r in results["none"]],
            None,
            "what the machine's load alone gives",
        ),
        timed(
            g,
            "control, same loop without a backup: save, queued → shown (median; max = worst)",
            saves_of("none"),
            0.03,
            f"{len(saves_of('none'))} saves",
        ),
    ]


def _clear(folder: Path) -> None:
    for p in folder.iterdir():
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink()


def bench_jobs(ds: generate.Dataset, key: bytes, runs: int, *, copies: bool = True) -> list[Row]:
    long_runs = max(3, min(runs, 5))  # a backup of the 1M database is ~4 GB a run
    rows = (bench_copies(ds, key, long_runs) if copies else []) + bench_backup_in_the_desk(ds, long_runs)
    for note in STALL_NOTES:
        sys.stderr.write(f"[bench jobs] {note}\n")
    return rows


def bench_reports(desk: Desk, ds: generate.Dataset, runs: int) -> list[Row]:
    """Statistics of long periods: the month cube (V7) against the previous per-month index scan, same run."""
    from reception_app.models.periods import custom_period
    from reception_app.storage import statistics as queries

    g = f"Long jobs: reports at {ds.cases:,} cases"
    service = desk.statistics
    _, db, _ = desk.ctx.require()  # the bench stands in for the DB thread
    today = desk.today()
    five = custom_period(date(2021, 12, 1), date(2026, 11, 30))
    ragged = custom_period(date(2022, 1, 17), date(2026, 11, 12))  # partial first and last month

    def previous(period: Any) -> None:  # the method before V7: every month through the covering index
        for start, end in period.slices():
            queries.case_cells(db, start, end, today=today)
        queries.visit_cells(db, period.start, period.end)
        queries.reception_days(db, period.start, period.end)

    t_new = measure(lambda: service.compute(five), runs=runs)
    t_old = measure(lambda: previous(five), runs=max(3, runs // 2))
    t_ragged = measure(lambda: service.compute(ragged), runs=runs)
    cube_rows = int(db.scalar("SELECT count(*) FROM stats_month"))
    return [
        timed(
            g,
            "statistics of five years (Dec 2021 – Nov 2026), month cube stats_month + visits_stats",
            t_new,
            1.0,
            f"{cube_rows:,} cube rows",
        ),
        timed(g, "statistics of 17 Jan 2022 – 12 Nov 2026 (two partial months through cases_stats)", t_ragged, 1.0),
        timed(g, "previous method: every month through the covering index cases_stats", t_old, None),
        _ratio_row(g, "five-year statistics: month cube / previous (same run)", t_new, t_old, None),
    ]


def _range_with(db: Any, rows: int, end: date) -> tuple[date, date]:
    """The days ending at ``end`` (going back) whose cases number at least ``rows``."""
    lo = db.scalar(
        "SELECT substr(received_at, 1, 10) FROM cases INDEXED BY cases_received_at WHERE received_at < ?"
        " ORDER BY received_at DESC LIMIT 1 OFFSET ?",
        ((end + timedelta(days=1)).isoformat(), rows - 1),
    )
    if lo is None:  # a small data set holds fewer rows: take all of it
        lo = db.scalar("SELECT substr(min(received_at), 1, 10) FROM cases")
    return date.fromisoformat(lo), end


def _xlsxwriter_logbook(desk: Desk, start: date, end: date, path: Path) -> int:
    """The previous export, for the ratio: XlsxWriter ``constant_memory``, one ``write_*`` call per cell."""
    import xlsxwriter

    from reception_app.services.exports import _FONT, LOGBOOK_COLUMNS, LOGBOOK_PAGE, logbook_values
    from reception_app.storage import statistics as queries

    _, db, _ = desk.ctx.require()
    agency = desk.settings.agency()
    book = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "tmpdir": str(path.parent),
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    ws = book.add_worksheet("So-tiep-cong-dan")
    for i, (name, width) in enumerate(LOGBOOK_COLUMNS):
        ws.set_column(i, i, width)
        ws.write_string(4, i, name, book.add_format({"font_name": _FONT, "bold": True, "border": 1}))
    body = book.add_format({"font_name": _FONT, "font_size": 11, "valign": "top", "text_wrap": True, "border": 1})
    n, after = 0, None
    while True:
        rows = queries.logbook_rows(db, start, end, after=after, limit=LOGBOOK_PAGE)
        for row in rows:
            n += 1
            for col, value in enumerate(logbook_values(row, n, agency.agency_name)):
                if isinstance(value, int):
                    ws.write_number(4 + n, col, value, body)
                elif value:
                    ws.write_string(4 + n, col, str(value), body)
                else:
                    ws.write_blank(4 + n, col, None, body)
        if len(rows) < LOGBOOK_PAGE:
            break
        after = (str(rows[-1]["received_at"]), int(rows[-1]["id"]))
    book.close()
    return n


def _sign_checkpoint_at(desk: Desk, ds: generate.Dataset, seq: int) -> int:
    """Sign entry ``seq`` with the supervisor's audit key, as a supervisor login at that point would have."""
    import base64

    from reception_app.storage import crypto

    _, db, _ = desk.ctx.require()
    sup, password = ds.supervisor
    keys = desk.vault.verify_password(sup, password)
    assert keys.audit_private is not None
    digest = str(db.scalar("SELECT hash FROM audit_log WHERE seq = ?", (seq,)))
    signature = base64.b64encode(crypto.sign(keys.audit_private, f"{seq}|{digest}".encode())).decode()
    with db.atomic():
        db.execute(
            "INSERT INTO audit_checkpoints (seq, hash, at, signer, signature) VALUES (?, ?, ?, ?, ?)",
            (seq, digest, "2026-01-01T00:00:00+00:00", sup, signature),
        )
    return seq


def bench_exports_and_audit(desk: Desk, ds: generate.Dataset, runs: int) -> list[Row]:
    """Logbook XLSX of 16,000 rows (a month at 1M), logbook PDF of 1,000 cases, audit verify; with ratios."""
    from reception_app.storage import audit as audit_mod
    from reception_app.storage import audit_walk
    from reception_app.storage import settings as settings_repo
    from reception_app.storage.audit import AuditLog
    from reception_app.storage.audit_walk import WalkSource

    g = f"Long jobs: exports and audit at {ds.cases:,} cases"
    _, db, _ = desk.ctx.require()
    end = generate.END - timedelta(days=3)
    rows: list[Row] = []
    scratch = _scratch(ds)
    try:
        x_from, x_to = _range_with(db, 16_000, end)
        target = scratch / "logbook.xlsx"
        exports = desk.exports
        count = exports.logbook_xlsx(x_from, x_to, target)
        t_new = measure(lambda: exports.logbook_xlsx(x_from, x_to, target), runs=max(3, runs // 2))
        t_old = measure(lambda: _xlsxwriter_logbook(desk, x_from, x_to, scratch / "old.xlsx"), runs=max(3, runs // 2))
        rows += [
            timed(
                g,
                f"logbook XLSX, {count:,} rows ({x_from:%d/%m/%Y}–{x_to:%d/%m/%Y}; a month at 1M), inline-string rows",
                t_new,
                1.5,
                "XlsxWriter chrome + InlineRows body",
            ),
            timed(g, "previous: XlsxWriter constant_memory, one write_* call per cell (same rows)", t_old, None),
            _ratio_row(g, "logbook XLSX: inline rows / previous XlsxWriter cells (same run)", t_new, t_old, None),
        ]
        p_from, p_to = _range_with(db, 1_000, end)
        n_pdf = int(
            db.scalar(
                "SELECT count(*) FROM cases WHERE received_at >= ? AND received_at < ?",
                (p_from.isoformat(), (p_to + timedelta(days=1)).isoformat()),
            )
        )
        samples = measure(lambda: desk.documents.issue_logbook(p_from, p_to), runs=max(3, runs // 2))
        rows.append(timed(g, f"logbook PDF (Sổ tiếp công dân), {n_pdf:,} cases, issued and recorded", samples, 1.5))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    log = AuditLog(db)
    public = bytes.fromhex(settings_repo.get_setting(db, "audit_public"))
    entries = int(db.scalar("SELECT count(*) FROM audit_log"))
    seqs = {int(r["seq"]) for r in db.query("SELECT seq FROM audit_checkpoints")}
    source = WalkSource(desk.db_path, desk.ctx.require()[2].db_key)
    procs = audit_walk.workers_for(1_000_000)  # what the app uses at 1M (2 on this machine's 2 cores)
    seen: list[int] = []
    assert log.verify(public, source=source, workers=procs, progress=lambda d, _t: seen.append(d)).ok
    assert len(seen) > 1, "the parallel walk reports progress range by range"
    t_par = measure(lambda: log.verify(public, source=source, workers=procs), runs=max(3, runs // 2))
    t_fast = measure(lambda: log.verify(public, workers=1), runs=max(3, runs // 2))
    assert audit_mod._fast_walk(db, seqs, None) is not None, "the fast walk must prove the bench chain"
    per = statistics.median(t_par) / entries * 1e6
    rows += [
        timed(
            g,
            f"audit verify, full chain of {entries:,} entries, {procs} worker processes over ranges of "
            f"{audit_walk.CHUNK:,}",
            t_par,
            5.0 * entries / 1_000_000,
            f"{per:.1f} µs an entry → {per:.1f} s for 1M (start-up included); budget 5 s at 1M"
            + ("" if entries >= 1_000_000 else ", scaled"),
        ),
        timed(g, "previous: the same fast walk in process (one core)", t_fast, None),
        _ratio_row(g, "audit verify: worker processes / in process (same run)", t_par, t_fast, None),
    ]
    newest = log.last_checkpoint_seq()
    if entries - newest > 5_000:  # a desk signs at every supervisor login: put a day's entries after the newest
        newest = _sign_checkpoint_at(desk, ds, entries - 2_000)
    if newest:  # what `audit verify --incremental` walks: the entries after the newest signed checkpoint
        assert log.verify_since(public, newest) is not None, "the bench chain must verify from its checkpoint"
        t_inc = measure(lambda: log.verify_since(public, newest), runs=max(3, runs // 2))
        rows.append(
            timed(
                g,
                f"audit verify, incremental from the newest signed checkpoint ({entries - newest:,} entries after it)",
                t_inc,
                1.0,
            )
        )
    return rows
