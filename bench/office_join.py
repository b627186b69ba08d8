"""A 1,000,000-case desk joins an office, then a new desk pulls it all (issue 21): ``python -m bench.office_join``.

Needs the 1,000,000-case data set (``python -m bench.generate``; ``bench/.cache/data-v2-1000000``) and
PostgreSQL 15+. The data set is **copied** first (``--work``, default a temporary folder; about 4 GB, growing by
the outbox while the back-fill runs); the cached original is never opened. Steps, all on this machine:

1. a throwaway PostgreSQL cluster (``tests/office/pg.py``: ``runuser -u postgres``, ``fsync=off``,
   ``full_page_writes=off`` -- a throughput bench, not a durability one: on a real server each pushed batch
   also waits for its WAL flush), ``server init``, desks A and B added as the IT officer does;
2. desk A = the copy of the 1,000,000-case desk joins (plain join with the content key, loopback, no TLS, as
   the tests do); its sync worker (own thread, own connection, as ``SyncLoop``) runs rounds until the back-fill
   (``storage/office_backfill.py``, 100 cases per local transaction, 20 batches per round) has queued and
   pushed every case. Measured: back-fill rate (cases/s), push rate (events/s), wall time, and the officer's
   save on desk A while it runs (a save every few seconds through ``desk.cases.create_case``);
3. desk B, a fresh data folder set up as the tests do, joins and pulls everything. Measured: pull rate
   (events/s), wall time until B holds as many cases as A, then B's searches on its replica
   (``desk.cases.search_cases``, median) and B's database size;
4. correctness on a sample: B's case count equals A's; 100 random case numbers of A are found on B (same uid).

``--stop-at HH:MM`` (UTC) ends a phase that has not finished by then and reports the partial rates and a linear
extrapolation. Writes ``bench/office_join_results.json`` and prints the table. Without PostgreSQL or without
the data set it prints why and exits 0. Not part of ``make test`` nor of ``make bench``: it copies 4 GB and runs
for about an hour and a half on a shared 2-core machine (bench/README.md, office section).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import generate
from bench.harness import Row, as_dict, table, timed
from reception_app.services import Desk
from reception_app.services.demo import sample_draft
from reception_app.storage import office as office_repo
from reception_app.storage import office_backfill, office_server
from reception_app.storage.errors import DatabaseLocked
from reception_app.storage.keyring_secret import FileSecretStore
from reception_app.storage.settings import get_setting
from tests.factories import ADMIN, OFFICER, set_up_world
from tests.office.conftest import Office, new_office
from tests.office.pg import PgCluster, pg_bin, remove_cluster, start_cluster

GROUP = "Office mode: a 1,000,000-case desk joins, a new desk pulls it"
RESULTS = Path(__file__).with_name("office_join_results.json")
CASES = 1_000_000
# A new desk joining an office of 1,000,000 cases: its replica complete within the hour (the budget set for issue
# 21, bench/README.md): added in the morning, it finds the office's cases before noon; it works locally meanwhile.
JOIN_BUDGET_S = 3600.0
# A lone desk of 1,000,000 cases switching to office mode (done once): its history on the server within half a
# working day (4 h), so it is everywhere by the next morning even on a PC three times slower; it works meanwhile.
BACKFILL_BUDGET_S = 4 * 3600.0
SAVE_BUDGET_S = 0.030  # ARCHITECTURE §8: save a new case ≤ 30 ms, also while the desk syncs
# The search budgets of the 1M desk (bench/README.md, "search first page"): rare word and name 100 ms, common 250 ms
SEARCH_BUDGET_S = {"rare": 0.100, "name": 0.100, "common": 0.250}
SAVE_EVERY_S = 5.0


def _log(msg: str) -> None:
    sys.stderr.write(f"[office_join {time.strftime('%H:%M:%S')}] {msg}\n")
    sys.stderr.flush()


def _deadline(hhmm: str) -> float:
    """Seconds-since-epoch of today's HH:MM UTC (or +inf)."""
    if not hhmm:
        return float("inf")
    hour, minute = (int(x) for x in hhmm.split(":"))
    now = datetime.now(UTC)
    return now.replace(hour=hour, minute=minute, second=0, microsecond=0).timestamp()


@dataclass
class _Worker:
    """A sync worker on its own thread, as ``SyncLoop`` (no pause between rounds: the desk is catching up)."""

    sync: Any
    until: Any  # callable: True when the phase is done
    stop: threading.Event = field(default_factory=threading.Event)
    pushed: int = 0
    pulled: int = 0
    rounds: int = 0
    error: str = ""
    idle_stops: bool = False  # stop after a round that applied nothing (the pull caught up with the server)
    done: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                report = self.sync.sync_once()
                self.rounds += 1
                self.pushed += report.pushed
                self.pulled += report.pulled
                if self.until() or (self.idle_stops and report.pulled == 0):
                    break
        except Exception as exc:  # reported, never silently lost
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self.sync.close()  # on its own thread, as SyncLoop
            self.done.set()


def _open_desk_a(work: Path, office: Office, ds_meta: dict[str, Any]) -> Desk:
    desk = Desk(work, secret_store=FileSecretStore(work))
    admin = ds_meta["accounts"]["admin"]
    role, password = f"{office.dbname}_desk_a", "desk-A-password"
    office_server.add_desk(office.admin, "A", role, password)
    t0 = time.perf_counter()
    desk.auth.login(admin["username"], admin["password"])
    _log(f"desk A: admin login {time.perf_counter() - t0:.1f} s (migrations included)")
    t0 = time.perf_counter()
    desk.office.join(office.desk_conninfo(role, password), office.content_key)
    _log(f"desk A: joined in {time.perf_counter() - t0:.1f} s")
    desk.auth.logout()
    officer = ds_meta["accounts"]["officer"]
    desk.auth.login(officer["username"], officer["password"])
    return desk


def _count(desk: Desk) -> int:
    return int(desk.ctx.require()[1].scalar("SELECT count(*) FROM cases"))


def phase_a(desk: Desk, deadline: float, rng: random.Random) -> dict[str, Any]:
    """Back-fill and push of desk A, with an officer's save every few seconds on the desk's own connection."""
    sync = desk.office.open_sync()  # opened on the worker's thread, at its first round
    main_db = desk.ctx.require()[1]
    total = office_backfill.remaining(main_db)
    last = int(get_setting(main_db, office_backfill.K_LAST, "0") or 0)

    def finished() -> bool:
        return office_backfill.remaining(sync.db) == 0 and office_repo.pending_count(sync.db) == 0

    w = _Worker(sync, finished)
    thread = threading.Thread(target=w.run, name="desk-A-sync", daemon=True)
    saves: list[float] = []
    locked = 0
    desk.cases.create_case(sample_draft(rng, datetime(2026, 11, 20, 2, 0, tzinfo=UTC)))  # warm-up, not measured
    t0 = time.perf_counter()
    thread.start()
    next_log = t0 + 30
    while not w.done.is_set():
        draft = sample_draft(rng, datetime(2026, 11, 20, 2, 30, tzinfo=UTC))
        s0 = time.perf_counter()
        while True:
            try:
                desk.cases.create_case(draft)
                break
            except DatabaseLocked:
                locked += 1
        saves.append(time.perf_counter() - s0)
        now = time.perf_counter()
        if now >= next_log:
            mark = int(get_setting(main_db, office_backfill.K_MARK, "0") or 0)
            _log(
                f"A: {now - t0:7.0f} s, back-fill mark {mark:,}/{last:,}, pushed {w.pushed:,}, rounds {w.rounds},"
                f" saves {len(saves)} (median {statistics.median(saves) * 1000:.0f} ms)"
            )
            next_log = now + 30
        if time.time() >= deadline:
            _log("A: deadline reached, stopping the back-fill phase")
            w.stop.set()
            w.done.wait(600)
            break
        w.done.wait(SAVE_EVERY_S)
    wall = time.perf_counter() - t0
    left = office_backfill.remaining(main_db)
    if w.error:
        raise RuntimeError(f"desk A sync: {w.error}")
    return {
        "cases_to_backfill": total,
        "backfilled": total - left,
        "left": left,
        "pushed": w.pushed,
        "rounds": w.rounds,
        "wall_s": wall,
        "saves": saves,
        "locked": locked,
        "complete": left == 0,
    }


def _desk_b(office: Office, root: Path) -> Desk:
    role, password = f"{office.dbname}_desk_b", "desk-B-password"
    office_server.add_desk(office.admin, "B", role, password)
    data = root / "desk_B"
    data.mkdir()
    world = set_up_world(data)
    desk = world.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.office.join(office.desk_conninfo(role, password), office.content_key)
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)
    return desk


def phase_b(desk: Desk, target: int, deadline: float) -> dict[str, Any]:
    """Desk B pulls until its replica holds ``target`` cases (its sync worker on its own thread)."""
    sync = desk.office.open_sync()  # opened on the worker's thread, at its first round
    holds = [0]

    def finished() -> bool:
        holds[0] = int(sync.db.scalar("SELECT count(*) FROM cases"))
        return holds[0] >= target

    w = _Worker(sync, finished, idle_stops=True)
    thread = threading.Thread(target=w.run, name="desk-B-sync", daemon=True)
    t0 = time.perf_counter()
    thread.start()
    main_db = desk.ctx.require()[1]
    while not w.done.wait(30):
        applied = sum(office_repo.cursors(main_db).values())
        _log(f"B: {time.perf_counter() - t0:7.0f} s, server events applied up to seq {applied:,}")
        if time.time() >= deadline:
            _log("B: deadline reached; the pull goes on in its thread, measured so far")
            break
    wall = time.perf_counter() - t0
    cursor = sum(office_repo.cursors(main_db).values())
    if w.error:
        raise RuntimeError(f"desk B sync: {w.error}")
    return {"wall_s": wall, "pulled": w.pulled, "cursor": cursor, "holds": holds[0], "complete": w.done.is_set()}


def _sizes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("reception.db*"))


def _checks(a: Desk, b: Desk, rng: random.Random) -> dict[str, Any]:
    """B holds every case A sent (all of A's cases once the back-fill is complete); 100 random ones, by number."""
    adb, bdb = a.ctx.require()[1], b.ctx.require()[1]
    mark = int(get_setting(adb, office_backfill.K_MARK, "0") or 0)
    last = int(get_setting(adb, office_backfill.K_LAST, "0") or 0)
    # Cases A has sent: the back-filled ones (id <= mark) and those saved after joining (id > last).
    count_a, count_b = _count(a), _count(b)
    sent_a = int(adb.scalar("SELECT count(*) FROM cases WHERE id <= ? OR id > ?", (mark, last)))
    top = int(adb.scalar("SELECT max(id) FROM cases"))
    found = sample = 0
    while sample < 100:
        case_id = rng.randint(1, mark) if mark < last else rng.randint(1, top)
        row = adb.query_one("SELECT uid, number FROM cases WHERE id = ?", (case_id,))
        if row is None:
            continue
        sample += 1
        got = bdb.query_one("SELECT uid FROM cases WHERE number = ?", (row["number"],))
        found += got is not None and got["uid"] == row["uid"]
    return {"cases_a": count_a, "cases_a_sent": sent_a, "cases_b": count_b, "sample": sample, "found": found}


def _searches(b: Desk, queries: dict[str, str]) -> dict[str, tuple[str, int, list[float]]]:
    out: dict[str, tuple[str, int, list[float]]] = {}
    for name, text in queries.items():
        found = len(b.cases.search_cases(text).rows)  # warm-up
        samples = []
        for _ in range(5):
            t0 = time.perf_counter()
            b.cases.search_cases(text)
            samples.append(time.perf_counter() - t0)
        out[name] = (text, found, samples)
    return out


def _rows(a: dict[str, Any], b: dict[str, Any] | None, extra: dict[str, Any]) -> list[Row]:
    g = GROUP
    rate_bf = a["backfilled"] / a["wall_s"]
    rows = [
        timed(
            g,
            "desk A back-fills + pushes its 1,000,000 cases" + ("" if a["complete"] else " (extrapolated)"),
            [a["wall_s"] * a["cases_to_backfill"] / max(a["backfilled"], 1)],
            BACKFILL_BUDGET_S,
            f"{a['backfilled']:,} cases in {a['wall_s']:,.0f} s: {rate_bf:,.0f} cases/s back-filled,"
            f" {a['pushed'] / a['wall_s']:,.0f} events/s pushed, {a['rounds']} rounds",
        ),
        timed(
            g,
            "save a new case on desk A while it back-fills",
            a["saves"],
            SAVE_BUDGET_S,
            f"{len(a['saves'])} saves, {a['locked']} refused 'locked' and made again",
        ),
    ]
    if b is None:
        return rows
    rate = b["pulled"] / b["wall_s"] if b["pulled"] else b["cursor"] / b["wall_s"]
    target = extra.get("cases_a_sent", extra["cases_a"])
    rows.append(
        timed(
            g,
            "new desk B pulls 1,000,000+ cases" + ("" if b["complete"] else " (extrapolated)"),
            [b["wall_s"] if b["complete"] else target / max(rate, 1e-9)],
            JOIN_BUDGET_S,
            f"{rate:,.0f} events/s, replica {b['holds']:,} cases, {extra['db_b_bytes'] / 2**30:.2f} GiB",
        )
    )
    for name, (text, found, samples) in extra.get("search", {}).items():
        budget = SEARCH_BUDGET_S.get(name, 0.250)
        rows.append(timed(g, f"search on B's replica, first page: '{text}'", samples, budget, f"{found} rows"))
    return rows


def run(work: Path, stop_at: str, dataset: Path) -> tuple[list[Row], dict[str, Any]]:
    rng = random.Random(21)
    meta = json.loads(Path(f"{dataset}.json").read_text())
    copy = work / "desk_A"
    if not copy.exists():
        _log(f"copying {dataset} to {copy}")
        shutil.copytree(dataset, copy)
    deadline = _deadline(stop_at)
    cluster: PgCluster = start_cluster()
    result: dict[str, Any] = {"fsync": "off", "machine_load_start": os.getloadavg()}
    try:
        office = new_office(cluster)
        t0 = time.perf_counter()
        a_desk = _open_desk_a(copy, office, meta)
        result["a_open_join_s"] = time.perf_counter() - t0
        a = phase_a(a_desk, deadline - 1200 if deadline != float("inf") else deadline, rng)
        result["a"] = {k: v for k, v in a.items() if k != "saves"} | {"save_median_s": statistics.median(a["saves"])}
        result["load_after_a"] = os.getloadavg()
        _log(f"A done: {result['a']}")
        b_desk = _desk_b(office, work)
        b = phase_b(b_desk, _count(a_desk), deadline)
        result["b"] = b
        result["load_after_b"] = os.getloadavg()
        extra: dict[str, Any] = {"db_b_bytes": _sizes(work / "desk_B")}
        if b["complete"]:
            extra["search"] = _searches(b_desk, meta["queries"])
            extra |= _checks(a_desk, b_desk, rng)
        result["extra"] = {k: v for k, v in extra.items() if k != "search"} | {
            "search_median_s": {k: statistics.median(v[2]) for k, v in extra.get("search", {}).items()}
        }
        extra.setdefault("cases_a", _count(a_desk))
        _log(f"B done: {result['b']} {result['extra']}")
        rows = _rows(a, b, extra)
        return rows, result
    finally:
        remove_cluster(cluster)


def _skip_reason(dataset: Path) -> str:
    if pg_bin() is None:
        return "PostgreSQL 15+ is not installed (initdb not found): `make postgres` installs it"
    if not Path(f"{dataset}.json").exists():
        return f"the data set {dataset} is not built (`python -m bench.generate --cases {CASES}`)"
    return ""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", type=Path, default=generate.dataset_dir(CASES))
    parser.add_argument("--work", type=Path, default=None, help="where the copy and desk B go (kept)")
    parser.add_argument("--stop-at", default="", help="HH:MM UTC: end an unfinished phase then, extrapolate")
    args = parser.parse_args()
    why = _skip_reason(args.dataset)
    if why:
        print(f"office_join skipped: {why}")
        return 0
    import keyring

    from tests.conftest import InMemoryKeyring

    keyring.set_keyring(InMemoryKeyring())
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # `kill PID` still removes the PostgreSQL cluster
    work = args.work or Path(tempfile.mkdtemp(prefix="office_join_"))
    work.mkdir(parents=True, exist_ok=True)
    rows, result = run(work, args.stop_at, args.dataset)
    print(table(rows))
    RESULTS.write_text(
        json.dumps(
            {"rows": [as_dict(r) for r in rows], "table": table(rows, markdown=True), "run": result},
            indent=1,
            default=str,
        )
    )
    sys.stdout.flush()
    os._exit(0)  # a pull cut by --stop-at may still run in its daemon thread


if __name__ == "__main__":
    sys.exit(main())
