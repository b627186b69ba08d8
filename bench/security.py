"""Issue 16 benchmarks: a supervisor login that trial-opens what was sealed since the last check.

Measured twice: on its own small data folder (``bench/.cache/security-<pending>/``, production Argon2id
parameters), and on the bench data set (``bench_security_dataset``, 1,000,000 cases by default) with the signed
"checked up to" marks set 5,000 reporters behind the end. The check reads only the rows sealed since those marks
(a rowid range), so its cost depends on the new sealed items, not on the size of the database.
Run alone with ``python -m bench --only security`` (or ``python -m bench.security [--data DIR --cases N]``).
The identity-key rotation at 1M runs in killable slices: ``python -m bench.rotation``.
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.harness import Row, measure, timed
from reception_app.services import AgencySettings, Desk, NewUser
from reception_app.services import security as sec
from reception_app.services.demo import sample_draft
from reception_app.storage.database import open_database
from reception_app.storage.keyring_secret import FileSecretStore

CACHE = Path(__file__).resolve().parent / ".cache"
GROUP = "Security (issue 16)"
LOGIN_BUDGET_S = 0.8  # ARCHITECTURE §8: login + open DB + first rows
ADMIN = NewUser("quantri", "Quản trị", "quantri-bench-2026")
SUPERVISOR = NewUser("lanhdao", "Lãnh đạo", "lanhdao-bench-2026")


def _desk(folder: Path) -> Desk:
    return Desk(folder, secret_store=FileSecretStore(folder))


def build(pending: int) -> Path:
    """A data folder with ``pending`` cases (1–3 sealed reporters each) saved after the last supervisor check."""
    folder = CACHE / f"security-{pending}"
    mark = folder / "complete"
    if mark.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    desk = _desk(folder)
    desk.auth.setup(AgencySettings("UBND TỈNH ĐẮK LẮK", "THANH TRA TỈNH", "Đắk Lắk", "TTr"), ADMIN, SUPERVISOR)
    desk.auth.login(ADMIN.username, ADMIN.password)
    rng = random.Random(16)
    now = datetime(2026, 11, 2, 2, 30, tzinfo=UTC)
    sealed = 0
    while sealed < pending:
        saved = desk.cases.create_case(sample_draft(rng, now))
        sealed += len(saved.reporter_codes)
    desk.auth.logout()
    mark.write_text(str(sealed), "ascii")
    return folder


def _reset_marks(folder: Path, marks: dict[str, int]) -> None:
    """Put the signed 'checked up to' marks back where they were, as the last supervisor check left them."""
    desk = _desk(folder)
    keys = desk.vault.verify_password(SUPERVISOR.username, SUPERVISOR.password)
    assert keys.audit_private is not None
    db = open_database(folder / "reception.db", keys.db_key)
    try:
        with db.atomic():
            sec.write_marks(db, marks, keys.audit_private)
    finally:
        db.close()


def bench_security(runs: int, pending: int = 5000) -> list[Row]:
    folder = build(pending)
    count = int((folder / "complete").read_text("ascii"))
    zero = dict.fromkeys(("reporters", "attachments", "protection", "retaliation"), 0)

    def supervisor_login() -> None:
        desk = _desk(folder)
        desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
        report = desk.security.security_report
        assert report is not None
        assert not report.alarm
        desk.auth.logout()

    def timed_pending() -> float:
        _reset_marks(folder, zero)
        t0 = time.perf_counter()
        supervisor_login()
        return time.perf_counter() - t0

    supervisor_login()  # marks now at the end: nothing pending
    baseline = measure(supervisor_login, runs=runs)
    with_pending = [timed_pending() for _ in range(runs)]
    # The part the check adds, without Argon2id (whose time swings with the machine's load): the key check
    # and its signed marks, on the same open database, with every sealed identity pending.
    desk = _desk(folder)
    keys = desk.vault.verify_password(SUPERVISOR.username, SUPERVISOR.password)
    assert keys.audit_private is not None
    db = open_database(folder / "reception.db", keys.db_key)
    try:

        def check() -> None:
            with db.atomic():
                sec.write_marks(db, zero, keys.audit_private)  # type: ignore[arg-type]
            findings, checked = sec.check_keys(desk.vault, db, keys)
            assert not findings
            assert checked == count

        check_only = measure(check, runs=runs)
    finally:
        db.close()
    rotation_samples = [_rotate_copy(folder) for _ in range(max(1, runs // 3))]
    note = f"own data folder, {count:,} sealed identities; see bench/security.py"
    return [
        timed(GROUP, "supervisor login + logout, nothing new since the last check", baseline, None, note),
        timed(
            GROUP,
            f"supervisor login + logout, {count:,} identities sealed since the last check",
            with_pending,
            None,
            note,
        ),
        timed(
            GROUP,
            f"time the login check adds: trial-open {count:,} sealed identities, compare pins, sign marks",
            check_only,
            1.0,
            "issue 16 budget: login budget + at most 1 s",
        ),
        timed(
            GROUP,
            f"identity-key rotation of {count:,} sealed identities (start, re-seal in batches of 500, swap, vault)",
            rotation_samples,
            None,
            "at 1M cases: python -m bench.rotation (bench/README.md, ≈ 2.6 min for 1.3 M items)",
        ),
    ]


def _rotate_copy(folder: Path) -> float:
    """Rotate the identity key of a fresh copy of ``folder``; returns the seconds it took (after login)."""

    work = folder.with_name(folder.name + "-rotation")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(folder, work)
    try:
        desk = _desk(work)
        desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
        t0 = time.perf_counter()
        progress = desk.rotation.start(SUPERVISOR.password)
        while progress.done < progress.total:
            progress = desk.rotation.step(batch=500)
        desk.rotation.finish(SUPERVISOR.password)
        elapsed = time.perf_counter() - t0
        desk.auth.logout()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return elapsed


def _set_marks_behind(folder: Path, username: str, password: str, pending: int) -> int:
    """Sign the 'checked up to' marks so that exactly the newest ``pending`` reporters are new; returns that count."""
    desk = _desk(folder)
    keys = desk.vault.verify_password(username, password)
    assert keys.audit_private is not None
    db = open_database(folder / "reception.db", keys.db_key)
    try:
        marks = sec.current_marks(db)
        behind = db.scalar("SELECT rowid FROM reporters ORDER BY rowid DESC LIMIT 1 OFFSET ?", (pending,))
        marks["reporters"] = int(behind or 0)
        with db.atomic():
            sec.write_marks(db, marks, keys.audit_private)
        return int(db.scalar("SELECT count(*) FROM reporters WHERE rowid > ?", (marks["reporters"],)))
    finally:
        db.close()


def bench_security_dataset(
    folder: Path, supervisor: tuple[str, str], runs: int, pending: int = 5000, cases: int = 0
) -> list[Row]:
    """The same login rows on the big bench data set (``folder``): marks signed ``pending`` reporters behind the end.

    The data set's generator seals every reporter after setup's marks, so its first supervisor login would
    trial-open them all (1.3 M at 1M cases); the marks are signed at the end first, as a supervisor's check
    would have left them, and are left there.
    """
    username, password = supervisor
    size = f"{cases:,}-case data set" if cases else "bench data set"

    def login() -> None:
        desk = _desk(folder)
        desk.auth.login(username, password)
        report = desk.security.security_report
        assert report is not None
        assert not report.alarm, report.text()
        desk.auth.logout()

    def timed_pending() -> float:
        _set_marks_behind(folder, username, password, pending)
        t0 = time.perf_counter()
        login()
        return time.perf_counter() - t0

    _set_marks_behind(folder, username, password, 0)
    baseline = measure(login, runs=runs)
    count = _set_marks_behind(folder, username, password, pending)
    with_pending = [timed_pending() for _ in range(runs)]
    desk = _desk(folder)
    keys = desk.vault.verify_password(username, password)
    assert keys.audit_private is not None
    db = open_database(folder / "reception.db", keys.db_key)
    try:
        mark = int(db.scalar("SELECT rowid FROM reporters ORDER BY rowid DESC LIMIT 1 OFFSET ?", (pending,)) or 0)

        def check() -> None:
            with db.atomic():
                sec.write_marks(db, {**sec.current_marks(db), "reporters": mark}, keys.audit_private)  # type: ignore[arg-type]
            findings, checked = sec.check_keys(desk.vault, db, keys)
            assert not findings
            assert checked == count

        check_only = measure(check, runs=runs)
    finally:
        db.close()
    added = statistics.median(with_pending) - statistics.median(baseline)
    note = f"{size}; {count:,} reporters after the signed marks"
    return [
        timed(GROUP, f"supervisor login + logout on the {size}, nothing new since the last check", baseline, None),
        timed(
            GROUP,
            f"supervisor login + logout on the {size}, {count:,} identities sealed since the last check",
            with_pending,
            LOGIN_BUDGET_S + 1.0,
            "issue 16: login budget (0.8 s) + at most 1 s; " + note,
        ),
        timed(
            GROUP,
            f"time the login check adds on the {size}: trial-open {count:,} sealed identities, compare pins,"
            " sign marks",
            check_only,
            1.0,
            note,
        ),
        Row(
            GROUP,
            f"login with {count:,} pending minus login with nothing pending (medians, {size})",
            added * 1000,
            budget=1000.0,
            note=note,
        ),
    ]


if __name__ == "__main__":
    import argparse

    from bench.harness import table

    parser = argparse.ArgumentParser(prog="python -m bench.security")
    parser.add_argument("--data", type=Path, help="a generated bench data folder (demo accounts), not the own one")
    parser.add_argument("--cases", type=int, default=0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pending", type=int, default=5000)
    args = parser.parse_args()
    if args.data:
        from bench.generate import ACCOUNTS

        print(table(bench_security_dataset(args.data, ACCOUNTS["supervisor"], args.runs, args.pending, args.cases)))
    else:
        print(table(bench_security(args.runs, args.pending)))
