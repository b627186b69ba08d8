"""Identity-key rotation on a big bench data set, in bounded slices (issue 16).

A full rotation of the 1,000,000-case set re-seals 1.3 M items; this runs the real resumable rotation
(``desk.rotation.start`` / ``step`` / ``finish``, as the desk's rotation dialog drives them) for a bounded time
with a progress bar on stderr, so it can be killed (``kill -9``) and resumed, and checks what was re-sealed:

    python -m bench.rotation run --data DIR --seconds 60 [--batch 500]   # start or resume; stops after 60 s
    python -m bench.rotation run --data DIR --finish                     # resume to the end, swap, new vault
    python -m bench.rotation verify --data DIR                           # nothing lost in the re-sealed range

``run`` prints one JSON line per committed step on stdout (``done``, ``total``, seconds since start) and never
finishes the rotation unless ``--finish`` is given. Work on a copy of the data set: a finished rotation replaces
the identity key (the demo accounts other than the rotating supervisor lose it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bench.generate import ACCOUNTS
from reception_app.services import Desk
from reception_app.services import rotation as rot
from reception_app.services import security as sec
from reception_app.services.sealing_ad import sealed_item_ad
from reception_app.storage import crypto
from reception_app.storage import settings as settings_repo
from reception_app.storage.crypto import DecryptionFailed
from reception_app.storage.database import open_database
from reception_app.storage.keyring_secret import FileSecretStore


def _bar(done: int, total: int, started: float, first: int) -> str:
    width = 40
    filled = int(width * done / max(total, 1))
    elapsed = time.perf_counter() - started
    rate = (done - first) / elapsed if elapsed > 0 else 0.0
    eta = (total - done) / rate if rate > 0 else float("inf")
    return (
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} {100 * done / max(total, 1):5.1f} %"
        f"  {rate:,.0f}/s  ETA {eta / 60:,.1f} min "
    )


def run(data: Path, seconds: float, batch: int, finish: bool) -> int:
    username, password = ACCOUNTS["supervisor"]
    desk = Desk(data, secret_store=FileSecretStore(data))
    t_login = time.perf_counter()
    desk.auth.login(username, password)
    print(json.dumps({"event": "login", "s": round(time.perf_counter() - t_login, 3)}), flush=True)
    started = time.perf_counter()
    progress = desk.rotation.start(password)
    first = progress.done
    print(
        json.dumps(
            {
                "event": "start",
                "s": round(time.perf_counter() - started, 3),
                "done": first,
                "total": progress.total,
                "phase": progress.phase,
            }
        ),
        flush=True,
    )
    started = time.perf_counter()
    while progress.phase == "resealing" and progress.done < progress.total:
        if not finish and time.perf_counter() - started >= seconds:
            break
        progress = desk.rotation.step(batch=batch)
        elapsed = time.perf_counter() - started
        print(
            json.dumps({"event": "step", "done": progress.done, "total": progress.total, "s": round(elapsed, 3)}),
            flush=True,
        )
        sys.stderr.write(_bar(progress.done, progress.total, started, first))
        sys.stderr.flush()
    sys.stderr.write("\n")
    elapsed = time.perf_counter() - started
    resealed = progress.done - first
    print(
        json.dumps(
            {
                "event": "slice",
                "resealed": resealed,
                "s": round(elapsed, 3),
                "per_item_ms": round(1000 * elapsed / max(resealed, 1), 4),
                "done": progress.done,
                "total": progress.total,
            }
        ),
        flush=True,
    )
    if finish:
        swap = rot.RotationService._swap

        def timed_swap(self: rot.RotationService, *args: object, **kwargs: object) -> None:
            t_swap = time.perf_counter()
            swap(self, *args, **kwargs)  # type: ignore[arg-type]
            print(json.dumps({"event": "swap", "s": round(time.perf_counter() - t_swap, 3)}), flush=True)

        rot.RotationService._swap = timed_swap  # type: ignore[method-assign]  # times the one swap transaction
        t0 = time.perf_counter()
        final = desk.rotation.finish(password)
        desk.rotation.confirm_recovery_code()
        print(
            json.dumps({"event": "finish", "s": round(time.perf_counter() - t0, 3), "phase": final.phase}), flush=True
        )
    desk.auth.logout()
    return 0


def verify(data: Path) -> int:
    """Every item up to the rotation's marks is staged, and its staged blob opens with the new key to the same
    plaintext as the live blob with the old key; nothing after the marks is staged."""
    username, password = ACCOUNTS["supervisor"]
    desk = Desk(data, secret_store=FileSecretStore(data))
    keys = desk.vault.verify_password(username, password)
    if keys.identity_private is None or keys.identity_next is None:
        raise SystemExit("no rotation in progress")
    db = open_database(data / "reception.db", keys.db_key)
    try:
        state = json.loads(settings_repo.get_setting(db, rot.STATE_KEY, "{}"))
        marks = json.loads(settings_repo.get_setting(db, rot.MARKS_KEY, "{}"))
        old = crypto.Unsealer(keys.identity_private)
        new = crypto.Unsealer(keys.identity_next)
        staged = {
            name: int(db.scalar("SELECT count(*) FROM rotation_staging WHERE tbl = ?", (name,))) for name in rot._TABLES
        }
        expected = {
            name: int(db.scalar(f"SELECT count(*) FROM {table} WHERE {rid} <= ?", (marks.get(name, 0),)))
            for name, (table, _, rid) in rot._TABLES.items()
        }
        beyond = int(
            db.scalar(
                "SELECT count(*) FROM rotation_staging WHERE tbl = 'reporters' AND rid > ?",
                (marks.get("reporters", 0),),
            )
        )
        t0 = time.perf_counter()
        bad = checked = 0
        last = 0
        while True:
            rows = db.query(
                "SELECT s.rid, s.blob AS new_blob, r.sealed_identity AS old_blob, r.seq, c.uid FROM rotation_staging s"
                " JOIN reporters r ON r.rowid = s.rid JOIN cases c ON c.id = r.case_id"
                " WHERE s.tbl = 'reporters' AND s.rid > ? ORDER BY s.rid LIMIT 5000",
                (last,),
            )
            if not rows:
                break
            for r in rows:
                last = int(r["rid"])
                ad = sealed_item_ad("reporters", str(r["uid"]), int(r["seq"]), last)
                try:
                    same = new.unseal(bytes(r["new_blob"]), ad) == old.unseal(bytes(r["old_blob"]), ad)
                except DecryptionFailed:
                    same = False
                checked += 1
                bad += not same
        report = {
            "phase": state.get("phase"),
            "done": state.get("done"),
            "total": state.get("total"),
            "unreadable": state.get("unreadable", 0),
            "marks": marks,
            "staged": staged,
            "expected_up_to_marks": expected,
            "staged_beyond_marks": beyond,
            "reporters_compared": checked,
            "mismatched": bad,
            "compare_s": round(time.perf_counter() - t0, 1),
            "keycheck_marks_trusted": sec.read_marks(db, keys.audit_public)[1],
        }
        print(json.dumps(report, indent=1))
        ok = staged == expected and beyond == 0 and bad == 0 and state.get("done") == sum(expected.values())
        print("OK: nothing lost" if ok else "PROBLEM")
        return 0 if ok else 1
    finally:
        db.close()


def check_all(data: Path) -> int:
    """After a finished rotation: every sealed item opens with the supervisor's (new) identity key."""
    from reception_app.services.identity import unreadable_items

    username, password = ACCOUNTS["supervisor"]
    desk = Desk(data, secret_store=FileSecretStore(data))
    keys = desk.vault.verify_password(username, password)
    if keys.identity_private is None:
        raise SystemExit("not a supervisor")
    db = open_database(data / "reception.db", keys.db_key)
    try:
        t0 = time.perf_counter()
        zero = dict.fromkeys(rot._TABLES, 0)
        checked, bad, cases = unreadable_items(keys.identity_private, sec.sealed_since(db, zero))
        total = rot._total(db)
        report = {
            "identity_public": crypto.identity_public_of(keys.identity_private).hex()[:16],
            "db_identity_public": settings_repo.get_setting(db, "identity_public", "")[:16],
            "rotation_state": settings_repo.get_setting(db, rot.STATE_KEY, ""),
            "staging_left": int(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'rotation_staging'"))
            and int(db.scalar("SELECT count(*) FROM rotation_staging")),
            "sealed_items": total,
            "opened": checked - bad,
            "unreadable": bad,
            "bad_cases": cases,
            "s": round(time.perf_counter() - t0, 1),
        }
        print(json.dumps(report, indent=1))
        ok = bad == 0 and checked == total and not report["staging_left"]
        print("OK: every sealed item opens with the new key" if ok else "PROBLEM")
        return 0 if ok else 1
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.rotation", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("run", "verify", "check-all"))
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--finish", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "verify":
        return verify(args.data)
    if args.command == "check-all":
        return check_all(args.data)
    return run(args.data, args.seconds, args.batch, args.finish)


if __name__ == "__main__":
    raise SystemExit(main())
