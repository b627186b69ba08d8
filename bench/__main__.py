"""Run every benchmark at 1,000,000 cases (or ``BENCH_CASES`` / ``--cases``), print one table, write results.json.

The data folder comes from ``bench.generate`` (built once, cached under ``bench/.cache/``). Budgets are the
ones of ARCHITECTURE.md §8. UI benchmarks run offscreen in child processes (``bench.probe``) so that start-up
and memory are those of a real process.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import sqlcipher3
from keyring.backend import KeyringBackend

from bench import generate
from bench.harness import RUNS, Row, as_dict, measure, ratio, table, timed
from bench.memory import ram_bytes, rss_bytes
from reception_app.models.case import PageKey
from reception_app.models.enums import CaseKind, Channel
from reception_app.models.fold import fts_query
from reception_app.services import Desk
from reception_app.services.demo import sample_draft
from reception_app.storage import cases as case_repo
from reception_app.storage import database as dbmod
from reception_app.storage.audit import AuditLog
from reception_app.storage.database import Database, open_database
from reception_app.storage.migrations import migrate

RESULTS = Path(__file__).with_name("results.json")
ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
QTABLEWIDGET_CAP = 100_000


class _NullKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


def _log(msg: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {msg}\n")
    sys.stderr.flush()


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed app runs from cached bytecode: let the warm-up run write it (gitignored __pycache__/).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# --- UI, in child processes ---------------------------------------------------------------------------------


def bench_startup(ds: generate.Dataset, runs: int) -> list[Row]:
    samples = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "bench.probe", "startup", str(ds.data_dir)],
            capture_output=True,
            text=True,
            env=_child_env(),
            cwd=ROOT,
            timeout=120,
            check=False,
        )
        elapsed = time.perf_counter() - t0
        if "VISIBLE" not in proc.stdout:
            raise RuntimeError(f"start-up probe failed: {proc.stderr[-2000:]}")
        if i:
            samples.append(elapsed)
    return [timed("UI (offscreen, real process)", "process start → login window visible", samples, 0.5)]


def bench_ui(ds: generate.Dataset, runs: int) -> list[Row]:
    user, password = ds.admin
    env = _child_env()
    queries = ds.meta["queries"]
    env["BENCH_QUERIES"] = json.dumps({"rare": queries["rare"], "name": queries["name"], "common": queries["common"]})
    proc = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bench.probe", "ui", str(ds.data_dir), user, password, str(runs)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=3600,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"UI probe failed: {proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    g = "UI (offscreen, real process)"
    rss = out["rss"]
    rows = [
        timed(g, "login (Argon2id) + open DB + main window shows first rows", out["login_first_rows"], 0.8),
        timed(
            g,
            f"scroll {out['rows_scrolled']:,} rows through CaseTableModel (fetchMore, DB thread, painting)",
            out["scroll_10k"],
            None,
            note="50 pages of 200; ≤ 50 ms a page would be ≤ 2.5 s",
        ),
    ]
    for label, name in (("rare", "rare word"), ("name", "name-like"), ("common", "very common word")):
        budget = 0.25 if label == "common" else 0.1
        rows.append(
            timed(
                g,
                f"search in the window, {name} ({queries[label]!r}): first page shown",
                out["search_window"][label],
                budget,
            )
        )
    rows += [
        Row(
            g,
            "peak RSS while browsing (login, 10k rows, 3 searches, 50 cases opened)",
            rss["peak_browse"] / MB,
            budget=300,
            unit="MB",
            runs=1,
        ),
        Row(
            g,
            f"RSS after scrolling to the end of the list ({out['rows_in_model_long']:,} rows: the model's limit)",
            rss["after_scroll_100k"] / MB,
            unit="MB",
            runs=1,
            budget=300,
            note="the model keeps every row it fetched, up to ui.case_table_model.MAX_ROWS",
        ),
    ]
    return rows


def bench_scan(ds: generate.Dataset, runs: int) -> list[Row]:
    """ID-card QR at intake (issue 23): keyboard and serial scans to a filled form, webcam frame decode."""
    user, password = ds.officer
    proc = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bench.scan", str(ds.data_dir), user, password, str(runs)],
        capture_output=True,
        text=True,
        env=_child_env(),
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"scan probe failed: {proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    g = "ID-card QR scan at intake (offscreen, real process)"
    return [
        timed(g, "keyboard-mode (HID) scan: keystrokes + Enter → reporter form filled, phone focused", out["hid"], 0.1),
        timed(g, "serial-mode scan: bytes on the port (pty) → reporter form filled", out["serial"], 0.1),
        timed(g, "webcam: decode a 1280×720 frame holding the card's QR (zxing-cpp)", out["decode"], 0.05),
        timed(
            g,
            "webcam: a 1280×720 frame without a QR (most frames while the card is brought up)",
            out["decode_empty"],
            0.05,
            note="frames are decoded one at a time, at most 5 a second",
        ),
    ]


# --- services on the 1M database -----------------------------------------------------------------------------


def bench_lists_and_search(desk: Desk, ds: generate.Dataset, key: bytes, runs: int) -> list[Row]:
    g = f"Services at {ds.cases:,} cases"
    rows = [
        timed(
            g,
            "first 200 rows of the case list (Desk.list_cases)",
            measure(lambda: desk.cases.list_cases(limit=200), runs=20),
            0.05,
        )
    ]

    def cold() -> None:
        db = open_database(desk.db_path, key)
        try:
            case_repo.list_page(db, after=None, limit=200)
        finally:
            db.close()

    rows.append(timed(g, "first 200 rows on a fresh connection (open + key + list)", measure(cold, runs=runs), 0.05))
    q = ds.meta["queries"]
    for label, name, budget in (
        ("rare", "rare word", 0.1),
        ("name", "name-like", 0.1),
        ("common", "very common word", 0.25),
    ):
        text = q[label]
        hits = len(desk.cases.search_cases(text).rows)
        rows.append(
            timed(
                g,
                f"search first page, {name} ({text!r}, {hits} rows)",
                measure(lambda text=text: desk.cases.search_cases(text), runs=runs),
                budget,
            )
        )
    return rows


def bench_save(desk: Desk, ds: generate.Dataset) -> tuple[list[Row], str]:
    rng = random.Random(7)
    now = datetime.now(UTC)
    last: list[str] = []

    def save() -> None:
        last.append(desk.cases.create_case(sample_draft(rng, now)).uid)

    samples = measure(save, runs=30, warmup=3)
    row = timed(f"Services at {ds.cases:,} cases", "save a new case (validate, seal, FTS, audit, fsync)", samples, 0.03)
    return [row], last[-1]


def bench_documents(desk: Desk, ds: generate.Dataset, uid: str, runs: int) -> list[Row]:
    from reception_app.services import documents as docs

    g = f"Documents (services.documents, PDF built + numbered + recorded) at {ds.cases:,} cases"
    ground = next(iter(docs.refusal_grounds()))
    # A mailed petition with reporters: it may be transferred (a walk-in complaint or denunciation is guided)
    # and every citizen document has somebody to address.
    rng = random.Random(11)
    sample = sample_draft(rng, datetime.now(UTC))
    while not sample.reporters:
        sample = sample_draft(rng, datetime.now(UTC))
    uid = desk.cases.create_case(replace(sample, kind=CaseKind.PETITION, channel=Channel.POST)).uid
    when = datetime.now(UTC) + timedelta(days=3)
    day = generate.END - timedelta(days=3)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    jobs: list[tuple[str, Callable[[], object], float | None]] = [
        ("Giấy biên nhận (receipt)", lambda: desk.documents.issue_receipt(uid), 0.05),
        (
            "Phiếu chuyển đơn (transfer slip)",
            lambda: desk.documents.issue_transfer_slip(uid, "Ủy ban nhân dân xã Ea Tu"),
            None,
        ),
        (
            "Phiếu hướng dẫn (guidance slip)",
            lambda: desk.documents.issue_guidance_slip(uid, "Tòa án nhân dân tỉnh Đắk Lắk"),
            None,
        ),
        (
            "Phiếu hẹn (appointment slip)",
            lambda: desk.documents.issue_appointment_slip(
                uid,
                appointment_at=when,
                appointment_place="Trụ sở tiếp công dân tỉnh",
                meet_with="Chánh Thanh tra tỉnh",
            ),
            None,
        ),
        (
            "Phiếu đề xuất thụ lý (acceptance proposal)",
            lambda: desk.documents.issue_acceptance_proposal(uid, "Chánh Thanh tra tỉnh"),
            None,
        ),
        ("Thông báo từ chối (refusal notice)", lambda: desk.documents.issue_refusal_notice(uid, ground=ground), None),
    ]
    rows = [timed(g, name, measure(fn, runs=runs), budget) for name, fn, budget in jobs]
    n_day = int(
        desk.ctx.require()[1].scalar(
            "SELECT count(*) FROM cases WHERE received_at >= ? AND received_at < ?",
            (day.isoformat(), (day + timedelta(days=1)).isoformat()),
        )
    )
    try:
        samples = measure(lambda: desk.documents.issue_logbook(day, day), runs=5)
        rows.append(timed(g, f"Sổ tiếp công dân (logbook), one day = {n_day} cases", samples, None))
    except Exception as exc:
        rows.append(Row(g, f"Sổ tiếp công dân (logbook), one day: {type(exc).__name__}", None, verdict="failed"))
    return rows


def bench_statistics(desk: Desk, ds: generate.Dataset, runs: int) -> list[Row]:
    """``StatisticsService.compute`` (its documented entry point) for the year 2025, and its audited exports."""
    from reception_app.models.periods import year_period

    g = f"Statistics (services.statistics) at {ds.cases:,} cases"
    service, exports = desk.statistics, desk.exports
    period = year_period(2025)
    report = service.compute(period)
    rows = [
        timed(
            g,
            f"StatisticsService.compute(year_period(2025)): {report.total:,} cases",
            measure(lambda: service.compute(period), runs=runs),
            None,
            note="no budget in §8; runs on the DB thread with progress and cancel",
        ),
        timed(
            g,
            "StatisticsService.compute over all five years (the whole database)",
            measure(lambda: service.compute(_all_years()), runs=max(3, runs // 2)),
            1.0,
        ),
    ]
    for fmt in ("xlsx", "pdf"):
        target = generate.CACHE / f"bench-statistics.{fmt}"
        job = exports.statistics_xlsx if fmt == "xlsx" else exports.statistics_pdf
        try:
            rows.append(
                timed(
                    g,
                    f"ExportService.statistics_{fmt} (Biểu 01/02/03 of the year)",
                    measure(lambda job=job, target=target: job(report, target), runs=runs),
                    None,
                )
            )
        finally:
            target.unlink(missing_ok=True)
    target = generate.CACHE / "bench-logbook.xlsx"
    try:
        month = (date(2025, 3, 1), date(2025, 3, 31))
        count = exports.logbook_xlsx(*month, target)
        rows.append(
            timed(
                g,
                f"ExportService.logbook_xlsx, one month (Mẫu 03/TCD, {count:,} rows, streamed)",
                measure(lambda: exports.logbook_xlsx(*month, target), runs=max(3, runs // 2)),
                None,
            )
        )
    finally:
        target.unlink(missing_ok=True)
    return rows


def _all_years() -> Any:
    from reception_app.models.periods import custom_period

    return custom_period(date(2021, 12, 1), date(2026, 12, 31))


# --- SQLCipher vs plain SQLite, same workload, same run ----------------------------------------------------------


def plain_copy(ds: generate.Dataset, key: bytes) -> Path:
    """A plaintext copy of the 1M database (``sqlcipher_export``), cached next to the data folder."""
    target = ds.data_dir.with_name(ds.data_dir.name + "-plain.db")
    done = target.with_suffix(".done")
    if target.exists() and done.exists():
        return target
    target.unlink(missing_ok=True)
    _log(f"exporting a plaintext copy for the SQLite baseline → {target.name}")
    t0 = time.perf_counter()
    db = open_database(ds.data_dir / "reception.db", key)
    conn = db.connection
    conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute(f"PRAGMA plaintext.user_version = {int(db.scalar('PRAGMA user_version'))}")
    conn.execute("DETACH DATABASE plaintext")
    db.close()
    with target.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise RuntimeError("the exported copy is not a plaintext SQLite file")
    done.write_text(f"{time.perf_counter() - t0:.1f}\n", "ascii")
    return target


def open_plain(path: Path) -> Database:
    """The same SQLite engine as SQLCipher (sqlcipher3, never keyed = plain SQLite) and the same pragmas.

    (The stdlib ``sqlite3`` here is SQLite 3.40, which cannot open the schema: FTS5 ``contentless_delete`` needs
    3.43. Same engine build on both sides also makes the ratio measure encryption only.)
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=2.0)
    for pragma in dbmod._PRAGMAS:
        conn.execute(pragma)
    db = Database(conn)
    migrate(db)  # the copy may predate a schema step (e.g. V6's covering index)
    return db


def _paired(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Alternate a and b run by run (after one warm-up each) so that drift hits both alike."""
    a()
    b()
    sa, sb = [], []
    for _ in range(runs):
        for fn, out in ((a, sa), (b, sb)):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return sa, sb


def bench_side_by_side(ds: generate.Dataset, key: bytes, runs: int) -> list[Row]:
    g = f"SQLCipher vs plain SQLite, same workload, {ds.cases:,} cases each"
    plain_path = plain_copy(ds, key)
    cipher = open_database(ds.data_dir / "reception.db", key)
    migrate(cipher)  # as the first login after an update would
    plain = open_plain(plain_path)
    rows: list[Row] = []
    try:
        public = bytes.fromhex(str(cipher.scalar("SELECT value FROM settings WHERE key = 'identity_public'")))
        generate._init_worker(public, ds.cases)
        base = ds.cases + 10_000_000 + int(time.time()) % 1_000_000 * 1000  # fresh uids every run
        batches = [generate._gen_chunk(base + i * 1000, base + i * 1000 + 200) for i in range(runs + 1)]
        singles = [
            generate._gen_chunk(base + 500_000 + i * 1000, base + 500_000 + i * 1000 + 10) for i in range(runs + 1)
        ]

        def writer(db: Database, source: list[list[generate.GenCase]], per_case: bool) -> Callable[[], None]:
            it = iter(source)
            audit = AuditLog(db)
            stats = dict.fromkeys(("cases", "reporters", "documents", "visits", "rare"), 1)

            def run() -> None:
                cases = next(it)
                if per_case:
                    for c in cases:
                        generate._write_chunk(db, audit, [c], stats)
                else:
                    generate._write_chunk(db, audit, cases, stats)

            return run

        wc, wp = _paired(writer(cipher, batches, False), writer(plain, [list(b) for b in batches], False), runs)
        rows.append(
            ratio(
                g,
                "insert 200 cases in one transaction (CPU: pages encrypted)",
                wc,
                wp,
                budget=1.5,
                note=f"{statistics.median(wc) * 1000:.0f} vs {statistics.median(wp) * 1000:.0f} ms",
            )
        )
        wc, wp = _paired(writer(cipher, singles, True), writer(plain, [list(b) for b in singles], True), runs)
        rows.append(
            ratio(
                g,
                "insert 10 cases, one fsync'd transaction each (as the desk saves)",
                wc,
                wp,
                budget=1.5,
                note=f"{statistics.median(wc) * 100:.1f} vs {statistics.median(wp) * 100:.1f} ms a case",
            )
        )
        top = int(cipher.scalar("SELECT max(id) FROM cases"))
        rng = random.Random(3)
        ids = [rng.randint(1, top - 1000) for _ in range(300)]
        uids = [str(cipher.scalar("SELECT uid FROM cases WHERE id = ?", (i,))) for i in ids]

        def lookups(db: Database) -> Callable[[], None]:
            return lambda: [case_repo.find_case_row(db, u) for u in uids]

        rc, rp = _paired(lookups(cipher), lookups(plain), runs)
        rows.append(
            ratio(
                g,
                "lookup 300 random cases by uid",
                rc,
                rp,
                budget=1.3,
                note=f"{statistics.median(rc) * 1000:.0f} vs {statistics.median(rp) * 1000:.0f} ms",
            )
        )
        depths = [rng.randint(1000, top) for _ in range(20)]

        def pages(db: Database) -> Callable[[], None]:
            return lambda: [case_repo.list_page(db, after=PageKey(d), limit=200) for d in depths]

        rc, rp = _paired(pages(cipher), pages(plain), runs)
        rows.append(
            ratio(
                g,
                "list 20 keyset pages of 200 at random depths",
                rc,
                rp,
                budget=1.3,
                note=f"{statistics.median(rc) * 1000:.0f} vs {statistics.median(rp) * 1000:.0f} ms",
            )
        )
        for label in ("rare", "name", "common"):
            match = fts_query(ds.meta["queries"][label])
            assert match is not None

            def search(db: Database, match: str = match) -> Callable[[], None]:
                return lambda: case_repo.search_page(db, match=match, after=None, limit=200)

            rc, rp = _paired(search(cipher), search(plain), runs)
            rows.append(
                ratio(
                    g,
                    f"FTS search first page, {label} ({ds.meta['queries'][label]!r})",
                    rc,
                    rp,
                    budget=1.3,
                    note=f"{statistics.median(rc) * 1000:.1f} vs {statistics.median(rp) * 1000:.1f} ms",
                )
            )
        from reception_app.storage import statistics as stats_queries

        def year_cells(db: Database) -> Callable[[], None]:
            return lambda: stats_queries.case_cells(db, date(2025, 1, 1), date(2025, 12, 31), today=date(2026, 11, 22))

        rc, rp = _paired(year_cells(cipher), year_cells(plain), runs)
        rows.append(
            ratio(
                g,
                "statistics GROUP BY over the cases of 2025 (storage.statistics.case_cells, covering index)",
                rc,
                rp,
                budget=1.3,
                note=f"{statistics.median(rc) * 1000:.0f} vs {statistics.median(rp) * 1000:.0f} ms",
            )
        )
    finally:
        cipher.close()
        plain.close()
    return rows


# --- naive baselines that teach something ----------------------------------------------------------------------


def bench_naive(ds: generate.Dataset, key: bytes) -> list[Row]:
    g = "Naive baselines (what the design avoids), SQLCipher"
    db = open_database(ds.data_dir / "reception.db", key)
    cols = case_repo._SUMMARY_COLUMNS
    rows: list[Row] = []
    try:
        top = int(db.scalar("SELECT max(id) FROM cases"))
        depth = ds.cases // 2
        offset = measure(
            lambda: db.query(f"SELECT {cols} FROM cases ORDER BY id DESC LIMIT 201 OFFSET ?", (depth,)), runs=5
        )
        keyset = measure(lambda: case_repo.list_page(db, after=PageKey(top - depth), limit=200), runs=5)
        rows.append(timed(g, f"OFFSET paging: page at depth {depth:,} (LIMIT 200 OFFSET {depth:,})", offset, None))
        rows.append(timed(g, "keyset paging: the same page (id < …), for comparison", keyset, 0.05))

        def cold_count() -> None:
            fresh = open_database(ds.data_dir / "reception.db", key)
            try:
                fresh.scalar("SELECT count(*) FROM cases")
            finally:
                fresh.close()

        rows.append(
            timed(g, "count(*) over all cases, fresh connection (pages decrypted)", measure(cold_count, runs=5), None)
        )
        rows.append(
            timed(
                g,
                "count(*) over all cases, warm cache",
                measure(lambda: db.scalar("SELECT count(*) FROM cases"), runs=5),
                None,
            )
        )
        word = ds.meta["queries"]["rare"]
        like = f"%{word}%"
        rows.append(
            timed(
                g,
                f"LIKE '%{word}%' over subject/content/accused, first page (full scan)",
                measure(
                    lambda: db.query(
                        f"SELECT {cols} FROM cases WHERE subject LIKE ? OR content LIKE ? OR accused LIKE ?"
                        " ORDER BY id DESC LIMIT 201",
                        (like, like, like),
                    ),
                    runs=5,
                ),
                None,
                note="compare with the FTS rare-word search above",
            )
        )
    finally:
        db.close()
    rows.append(_qtablewidget(ds, key))
    return rows


def _qtablewidget(ds: generate.Dataset, key: bytes) -> Row:
    """Load rows into a QTableWidget (one QTableWidgetItem per cell), capped at 100,000 rows."""
    import shiboken6
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from reception_app.ui.common.formatting import format_day, format_received, one_line

    app = QApplication.instance() or QApplication([sys.argv[0]])
    db = open_database(ds.data_dir / "reception.db", key)
    cap = min(QTABLEWIDGET_CAP, ds.cases)
    growth: list[int] = []

    def load() -> None:
        before = _rss()
        widget = QTableWidget()
        widget.setColumnCount(7)
        summaries = []
        after = None
        while len(summaries) < cap:
            page = case_repo.list_page(db, after=after, limit=1000)
            summaries.extend(page.rows)
            if page.next_key is None:
                break
            after = page.next_key
        summaries = summaries[:cap]
        widget.setRowCount(len(summaries))
        for r, s in enumerate(summaries):
            cells = (
                s.number,
                format_received(s.received_at),
                s.kind.label,
                one_line(s.subject),
                s.status.label,
                format_day(s.due_on),
                s.reporter_code,
            )
            for c, text in enumerate(cells):
                widget.setItem(r, c, QTableWidgetItem(text))
        widget.resize(1200, 700)
        widget.show()
        widget.viewport().repaint()
        growth.append(_rss() - before)
        widget.close()
        shiboken6.delete(widget)  # no event loop here: deleteLater would never run

    try:
        samples = measure(load, runs=5)
    finally:
        db.close()
    del app
    return timed(
        "Naive baselines (what the design avoids), SQLCipher",
        f"all rows into a QTableWidget (capped at {cap:,} rows; +{max(growth) / MB:.0f} MB RSS)",
        samples,
        None,
        note="the lazy CaseTableModel shows its first page in the login row above",
    )


def _rss() -> int:
    return rss_bytes()


# --- main -----------------------------------------------------------------------------------------------------


def _machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": round(ram_bytes() / 2**30, 1),
        "sqlcipher": str(sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]),
        "sqlite": str(sqlcipher3.connect(":memory:").execute("SELECT sqlite_version()").fetchone()[0]),
    }


def _comparisons(want: Callable[[str], bool], ds: generate.Dataset, key: bytes, runs: int) -> list[Row]:
    rows: list[Row] = []
    if want("sqlite"):
        _log("SQLCipher vs SQLite")
        rows += bench_side_by_side(ds, key, runs)
    if want("naive"):
        _log("naive baselines")
        rows += bench_naive(ds, key)
    if want("security"):
        from bench.security import bench_security, bench_security_dataset

        _log("security: supervisor login with pending key checks (own small data folder)")
        rows += bench_security(runs)
        _log(f"security: supervisor login with 5,000 pending key checks on the {ds.cases:,}-case data set")
        rows += bench_security_dataset(ds.data_dir, ds.supervisor, runs, cases=ds.cases)
    return rows


def _dataset_rows(want: Callable[[str], bool], cases: int, runs: int) -> tuple[list[Row], dict[str, Any]]:
    """Every group that runs on the cached data set (all but ``office``)."""
    ds = generate.ensure_dataset(cases)
    _log(generate.describe(ds))
    desk = ds.desk()
    admin, admin_pw = ds.admin
    key = desk.vault.verify_password(admin, admin_pw).db_key
    rows: list[Row] = []
    if want("ui"):
        _log("start-up (child processes)")
        rows += bench_startup(ds, runs)
        _log("login, scrolling, window searches, RSS (child process)")
        rows += bench_ui(ds, runs)
    if want("scan"):
        _log("ID-card QR scan (child process)")
        rows += bench_scan(ds, runs)
    desk.auth.login(admin, admin_pw)
    try:
        if want("services"):
            _log("lists and searches")
            rows += bench_lists_and_search(desk, ds, key, runs)
        _log("saving cases")
        save_rows, uid = bench_save(desk, ds)
        if want("services"):
            rows += save_rows
        if want("stats"):
            _log("statistics")
            rows += bench_statistics(desk, ds, runs)
        if want("docs"):
            _log("documents")
            rows += bench_documents(desk, ds, uid, runs)
        if want("jobs") or want("jobs-quick"):  # jobs-quick: the long reports without the backups
            from bench.jobs import bench_exports_and_audit, bench_reports

            _log("long jobs: reports, exports, audit verify")
            rows += bench_reports(desk, ds, runs)
            rows += bench_exports_and_audit(desk, ds, runs)
    finally:
        desk.auth.logout()
    if want("jobs"):
        from bench.jobs import bench_jobs

        _log("long jobs: backups (copies, then the daily backup in a live Qt loop)")
        rows += bench_jobs(ds, key, runs)
    if want("jobs") or want("jobs-verify"):  # jobs-verify: only the full verify in the live desk
        from bench.verify_live import bench_verify_in_the_desk

        _log("long jobs: the full audit verify in a live Qt loop (saves meanwhile)")
        rows += bench_verify_in_the_desk(ds, runs)
    rows += _comparisons(want, ds, key, runs)
    meta = {k: ds.meta[k] for k in ("cases", "seconds", "db_bytes", "workers", "stats", "queries")}
    return rows, meta | {"data_dir": str(ds.data_dir)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=generate.default_cases(), help="data set size (env BENCH_CASES)")
    parser.add_argument("--runs", type=int, default=RUNS, help="measured runs per benchmark (≥ 5)")
    parser.add_argument(
        "--only",
        default="",
        help="groups: ui,scan,services,docs,stats,jobs,jobs-quick,jobs-verify,sqlite,naive,security,office",
    )
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    only = {s.strip() for s in args.only.split(",") if s.strip()}

    def want(name: str) -> bool:
        return not only or name in only

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keyring.set_keyring(_NullKeyring())
    started = time.perf_counter()
    rows: list[Row] = []
    dataset: dict[str, Any] | None = None
    if not only or only - {"office"}:  # the office group needs no data set (its desks start empty)
        rows, dataset = _dataset_rows(want, args.cases, runs)
    if want("office"):
        from bench.office import bench_office_group

        _log("office: a throwaway PostgreSQL, push/pull/intake during a pull, 20 simulated desks")
        rows += bench_office_group()
    print(table(rows))
    missed = [r.operation for r in rows if r.verdict == "MISSED"]
    print(f"\n{len(rows)} rows, {len(missed)} budgets missed; {time.perf_counter() - started:.0f} s in all.")
    RESULTS.write_text(
        json.dumps(
            {
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": _machine(),
                "dataset": dataset,
                "peak_rss_bench_process_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "rows": [as_dict(r) for r in rows],
                "markdown": table(rows, markdown=True),
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        "utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
