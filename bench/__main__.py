"""Run every benchmark, print one table, write bench/results.json.

The 1,000,000-case generator and the side-by-side SQLite baseline come with the benchmark issue; this
harness already measures the foundation's own budgets: login (production Argon2id) and saving a case.
"""

from __future__ import annotations

import json
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

from reception_app.services import AgencySettings, Desk, NewUser
from reception_app.services.demo import sample_draft
from reception_app.storage.keyring_secret import MemorySecretStore

RESULTS = Path(__file__).with_name("results.json")


class _NullKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


def measure(fn: Callable[[], object], *, runs: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> int:
    import random

    keyring.set_keyring(_NullKeyring())
    rows: list[dict[str, object]] = []
    cache = Path(__file__).with_name(".cache")  # on the project's disk: /tmp may be tmpfs, where fsync is free
    cache.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        desk = Desk(Path(tmp), secret_store=MemorySecretStore())  # production Argon2id parameters
        desk.setup(
            AgencySettings("UBND TỈNH X", "THANH TRA TỈNH", "Hà Nội", "TTr"),
            NewUser("quantri", "Quản trị", "admin-password-1"),
            NewUser("lanhdao", "Lãnh đạo", "supervisor-password-1"),
        )

        def login() -> None:
            desk.login("quantri", "admin-password-1")
            desk.list_cases(limit=200)

        rows.append(_row("login (Argon2id) + open DB + first 200 rows", measure(login, runs=7), 0.8))
        desk.login("quantri", "admin-password-1")
        rng = random.Random(1)
        now = datetime.now(UTC)
        rows.append(
            _row(
                "save a new case (seal, FTS, audit, fsync)",
                measure(lambda: desk.create_case(sample_draft(rng, now)), runs=50, warmup=5),
                0.030,
            )
        )
        for _ in range(2000):
            desk.create_case(sample_draft(rng, now))
        rows.append(_row("first 200 rows (2k cases)", measure(lambda: desk.list_cases(limit=200), runs=20), 0.050))
        rows.append(
            _row("search first page (2k cases)", measure(lambda: desk.search_cases("thu hồi đất"), runs=20), 0.100)
        )
        desk.close()
    _print(rows)
    RESULTS.write_text(
        json.dumps(
            {
                "machine": platform.platform(),
                "python": platform.python_version(),
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "rows": rows,
            },
            ensure_ascii=False,
            indent=1,
        ),
        "utf-8",
    )
    return 0


def _row(name: str, samples: list[float], budget: float) -> dict[str, object]:
    med = statistics.median(samples)
    return {
        "operation": name,
        "median_ms": round(med * 1000, 2),
        "min_ms": round(min(samples) * 1000, 2),
        "max_ms": round(max(samples) * 1000, 2),
        "budget_ms": budget * 1000,
        "runs": len(samples),
        "verdict": "ok" if med <= budget else "OVER",
    }


def _print(rows: list[dict[str, object]]) -> None:
    print(f"{'operation':<48} {'median':>9} {'min':>9} {'max':>9} {'budget':>9}  verdict")
    for r in rows:
        print(
            f"{r['operation']!s:<48} {r['median_ms']:>9} {r['min_ms']:>9} {r['max_ms']:>9} {r['budget_ms']:>9}  "
            f"{r['verdict']}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
