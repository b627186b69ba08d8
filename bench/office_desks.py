"""Twenty simulated desks against one office server on this machine (issue 21): ``python -m bench.office_desks``.

Every desk is a real desk (its own SQLCipher data folder, joined to the office with its own PostgreSQL role)
run in this one process: an **intake thread** saves ``--cases`` cases through ``desk.cases.create_case`` (the
officer's save, office event in the outbox in the same transaction) while a **sync thread** with its own
connection runs ``OfficeSync.sync_once`` (push, pull, lease) every ``--interval`` seconds, as the app's
``SyncLoop`` does. When every desk has saved its cases the sync threads go on until each desk holds every
other desk's cases. Measured:

- office throughput: case events applied on all desks per second of the run (and saves per second);
- pull lag: for each case pulled, the time from its save on its desk to its being applied on another desk;
  the slowest desk's median and worst;
- a save's latency while the desk and the 19 others sync (median, p95, worst).

All 20 desks and the PostgreSQL server share this machine's cores (2 here), so each desk gets a tenth of
what a desk PC would have: the save latency is an upper bound of one desk's, not a desk PC's figure.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench.harness import Row, table, timed
from reception_app.services.demo import sample_draft
from reception_app.storage.errors import DatabaseLocked
from tests.office.conftest import OfficeDesk, make_office_desk, new_office
from tests.office.pg import PgCluster

GROUP = "Office mode: 20 desks, one server"
DEADLINE_S = 240.0  # the whole simulated run must stay well under 5 minutes on a shared 2-core machine


@dataclass
class _DeskRun:
    d: OfficeDesk
    saves: list[float] = field(default_factory=list)
    lags: list[float] = field(default_factory=list)
    applied: int = 0
    locked: int = 0  # saves refused with "database is locked" (the 2 s busy timeout) and made again
    error: str = ""


def _log(msg: str) -> None:
    sys.stderr.write(f"[office_desks {time.strftime('%H:%M:%S')}] {msg}\n")
    sys.stderr.flush()


def _intake(run: _DeskRun, cases: int, created: dict[str, float], seed: int) -> None:
    rng = random.Random(seed)
    at = datetime(2026, 11, 20, 2, 30, tzinfo=UTC)
    run.d.login_officer()  # the desk's own connection belongs to this thread
    try:
        for _ in range(cases):
            draft = sample_draft(rng, at)
            t0 = time.perf_counter()
            while True:  # what the officer does when the desk says "locked, try again": save again
                try:
                    saved = run.d.desk.cases.create_case(draft)
                    break
                except DatabaseLocked:
                    run.locked += 1
            t1 = time.perf_counter()
            run.saves.append(t1 - t0)
            created[saved.uid] = t1
    except Exception as exc:  # reported in the result, never silently lost
        run.error = f"intake: {type(exc).__name__}: {exc}"
    finally:
        run.d.desk.auth.logout()


def _sync(run: _DeskRun, expected: int, created: dict[str, float], done: threading.Event, interval: float) -> None:
    sync = run.d.sync
    last_rowid = 0
    started = time.perf_counter()
    try:
        while True:
            sync.sync_once()
            now = time.perf_counter()
            rows = sync.db.query(
                "SELECT rowid, case_uid FROM office_inbox WHERE rowid > ? AND kind = 'case_created' ORDER BY rowid",
                (last_rowid,),
            )
            for r in rows:
                last_rowid = int(r["rowid"])
                born = created.get(str(r["case_uid"]))
                if born is not None:
                    run.lags.append(now - born)
            run.applied += len(rows)
            if done.is_set() and run.applied >= expected:
                break
            if now - started > DEADLINE_S:
                raise TimeoutError(f"{run.applied} of {expected} cases after {DEADLINE_S:.0f} s")
            time.sleep(interval)
    except Exception as exc:
        run.error = f"sync: {type(exc).__name__}: {exc}"
    finally:
        with contextlib.suppress(Exception):
            sync.sync_once()  # push what is left (the audit anchor), then close on this thread
        sync.close()


def simulate(cluster: PgCluster, desks: int = 20, cases: int = 200, interval: float = 1.0) -> list[Row]:
    office = new_office(cluster)
    with tempfile.TemporaryDirectory() as tmp:
        t_setup = time.perf_counter()
        runs = [_DeskRun(make_office_desk(office, Path(tmp), f"D{i:02d}")) for i in range(1, desks + 1)]
        for run in runs:
            run.d.desk.auth.logout()  # each intake thread logs in on its own connection
        setup_s = time.perf_counter() - t_setup
        _log(f"{desks} desks set up and joined in {setup_s:.0f} s")
        created: dict[str, float] = {}
        done = threading.Event()
        expected = (desks - 1) * cases
        intakes = [
            threading.Thread(target=_intake, args=(run, cases, created, i), name=f"intake-{i}")
            for i, run in enumerate(runs)
        ]
        syncs = [
            threading.Thread(target=_sync, args=(run, expected, created, done, interval), name=f"sync-{i}")
            for i, run in enumerate(runs)
        ]
        t0 = time.perf_counter()
        for t in syncs + intakes:
            t.start()
        for t in intakes:
            t.join(DEADLINE_S)
        intake_s = time.perf_counter() - t0
        _log(f"{desks} desks saved {len(created):,} cases in {intake_s:.0f} s; syncing to the end")
        done.set()
        for t in syncs:
            t.join(max(1.0, DEADLINE_S - (time.perf_counter() - t0)))
        wall_s = time.perf_counter() - t0
    errors = [r.error for r in runs if r.error]
    if errors or any(t.is_alive() for t in syncs):
        raise RuntimeError(f"20-desk run incomplete: {errors[:3]}")
    return _rows(runs, desks, cases, setup_s=setup_s, intake_s=intake_s, wall_s=wall_s)


def _rows(
    runs: list[_DeskRun], desks: int, cases: int, *, setup_s: float, intake_s: float, wall_s: float
) -> list[Row]:
    saves = [s for r in runs for s in r.saves]
    applied = sum(r.applied for r in runs)
    slowest = max(runs, key=lambda r: statistics.median(r.lags))
    worst = max(max(r.lags) for r in runs)
    all_lags = sorted(x for r in runs for x in r.lags)
    p95 = statistics.quantiles(saves, n=20)[-1]
    scale = f"{desks} desks × {cases} cases"
    return [
        timed(
            GROUP,
            f"{scale}: every desk holds all {desks * cases:,} cases",
            [wall_s],
            None,
            f"{applied:,} case events applied in all, {applied / wall_s:,.0f} events/s office-wide; "
            f"{desks * cases / intake_s:,.1f} saves/s; setup of the desks {setup_s:.0f} s (not counted)",
        ),
        timed(
            GROUP,
            "pull lag, slowest desk (save on one desk → applied on this one)",
            slowest.lags,
            None,
            f"desk {slowest.d.code}; worst on any desk {worst:.1f} s; all desks p50 "
            f"{statistics.median(all_lags):.1f} s",
        ),
        timed(
            GROUP,
            f"save a new case while {desks} desks sync",
            saves,
            None,
            f"{len(saves):,} saves, {sum(r.locked for r in runs)} refused as locked and made again; p95 "
            f"{p95 * 1000:.0f} ms; {desks} desks + the server share the machine's cores",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--interval", type=float, default=1.0)
    args = parser.parse_args()
    import keyring

    from tests.conftest import InMemoryKeyring
    from tests.office.pg import remove_cluster, start_cluster

    keyring.set_keyring(InMemoryKeyring())
    cluster = start_cluster()
    try:
        rows = simulate(cluster, args.desks, args.cases, args.interval)
    finally:
        remove_cluster(cluster)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
