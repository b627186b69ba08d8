"""The fast audit-chain check, and the same check over ranges in worker processes (issue 20: full verify ≤ 5 s at 1M).

The chain rule (``storage.audit``): seq contiguous from 1, each ``prev_hash`` the previous ``hash``, each ``hash``
= SHA-256(prev_hash || canonical entry). Every entry's hash depends only on the row itself (its *stored*
``prev_hash`` and its fields), so the chain splits into ranges checked independently: each range checks its own
rows and its inner links, and reports its first row's stored ``prev_hash`` and its last row's ``hash``; the
parent then joins the ranges in order (each range's first ``prev_hash`` must be the previous range's last
``hash``; the first range's, the genesis). That is the whole sequential rule, in the same order of checks, with
the same code (:func:`check_rows`) for every row. Any doubt anywhere gives None, and the caller runs the exact
walk, which names the first broken link: the report is always the exact walk's.

Workers are *spawned* processes (never forked from the Qt process), each opening its own read connection with
the database key (passed through the pool's pipe, never on a command line). ``reception_app/__main__.py`` calls
``multiprocessing.freeze_support()`` for the frozen Windows build. Starting them costs ≈ 0.2–0.4 s, so chains
shorter than :data:`PARALLEL_FROM` stay in process.

This module imports only the standard library and ``sqlcipher3``: a worker starts without the app's crypto,
services or Qt.
"""

from __future__ import annotations

import hashlib
import json
import json.encoder
import json.scanner
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reception_app.models.errors import KnownError

GENESIS = "0" * 64
CHUNK = 50_000  # entries a worker checks per task (and the in-process batch)
PARALLEL_FROM = 150_000  # entries; below it starting workers costs more than it saves
MAX_WORKERS = 4

_enc = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses for a str (C-accelerated)
_loads = json.JSONDecoder().decode
_compact = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode  # as _canonical


def _c_compact() -> Callable[[str], str | None] | None:
    """The details re-encoded compact through json's C scanner and C encoder directly (half the time of the
    ``decode`` / ``encode`` wrappers): the same scanner ``json.loads`` uses and the encoder ``json.dumps`` builds
    for :func:`_compact`'s settings. None on a Python without the C accelerators. Returns None for text the
    scanner does not take whole (the caller then doubts, and the exact walk judges)."""
    scanner = getattr(json.scanner, "c_make_scanner", None)
    make = getattr(json.encoder, "c_make_encoder", None)
    if scanner is None or make is None:
        return None
    scan = scanner(json.JSONDecoder())
    base = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    encode = make(None, base.default, _enc, None, ":", ",", True, False, True)  # as base.encode's one-shot path
    join = "".join

    def compact(text: str) -> str | None:
        try:
            value, end = scan(text, 0)
        except (ValueError, StopIteration):
            return None
        if end != len(text):
            return None
        return join(encode(value, 0))

    return compact


def _py_compact(text: str) -> str | None:
    try:
        return _compact(_loads(text))
    except ValueError:
        return None


_details = _c_compact() or _py_compact
_COLUMNS = "seq, at, actor, action, case_uid, details, prev_hash, hash"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class VerifyCancelled(KnownError):
    def __init__(self) -> None:
        super().__init__("Đã dừng kiểm tra nhật ký; chưa có kết luận.")


@dataclass(frozen=True)
class WalkSource:
    """Where worker processes read the chain: the database file and its raw key."""

    path: Path
    key: bytes

    def __repr__(self) -> str:  # never the key
        return f"WalkSource({self.path.name!r})"


def check_rows(
    rows: Sequence[tuple[Any, ...]], prev: str, expected: int, checkpoint_seqs: set[int], hashes_at: dict[int, str]
) -> tuple[str, int] | None:
    """Check ``rows`` (``_COLUMNS`` tuples in seq order) as the chain continuing from ``prev`` at ``expected``.

    Returns the last ``hash`` and the next expected seq, or None at the first doubt. The canonical JSON is
    assembled as text: the details re-encoded compact with the same encoder settings as ``audit._canonical``,
    the text fields through the string encoder ``json.dumps`` uses — the same bytes, without a dict per entry.
    """
    sha, details_of = hashlib.sha256, _details
    for seq, at, actor, action, case_uid, details, prev_hash, digest in rows:
        if seq != expected or prev_hash != prev or not isinstance(details, str):
            return None
        compact = details_of(details)
        if compact is None:
            return None
        uid = "null" if case_uid is None else _enc(case_uid)
        text = (
            f'{prev}{{"action":{_enc(action)},"actor":{_enc(actor)},"at":{_enc(at)},"case_uid":{uid},'
            f'"details":{compact},"seq":{seq}}}'
        )
        if sha(text.encode("utf-8")).hexdigest() != digest:
            return None
        if seq in checkpoint_seqs:
            hashes_at[seq] = digest
        prev, expected = digest, seq + 1
    return prev, expected


def fast_walk(
    conn: Any,
    checkpoint_seqs: set[int],
    progress: Progress | None,
    *,
    start: tuple[int, str] = (0, GENESIS),
    cancelled: Cancelled | None = None,
) -> tuple[int, dict[int, str]] | None:
    """The in-process walk from ``start`` to the head: (entries, hashes at checkpoint seqs), or None at a doubt."""
    total = int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])
    prev, expected = start[1], start[0] + 1  # entries up to ``start`` are taken as checked
    hashes_at: dict[int, str] = {}
    while True:
        if cancelled is not None and cancelled():
            raise VerifyCancelled()
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?", (expected, CHUNK)
        ).fetchall()
        if not rows:
            break
        done = check_rows(rows, prev, expected, checkpoint_seqs, hashes_at)
        if done is None:
            return None
        prev, expected = done
        if progress is not None:
            progress(expected - 1, max(total, expected - 1))
    return expected - 1, hashes_at


# --- the parallel walk ------------------------------------------------------------------------------------------

_conn: Any = None  # the worker's own connection (one per worker process)


def _open_worker(path: str, key: bytes) -> None:
    global _conn  # noqa: PLW0603 - one connection per worker process, opened by the pool initializer
    import sqlcipher3

    conn = sqlcipher3.connect(path, isolation_level=None, timeout=10.0)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA cache_size = -16384")
    _conn = conn


def _check_range(task: tuple[int, int, frozenset[int]]) -> tuple[str, str, dict[int, str]] | None:
    """One range ``lo..hi``: (its first row's stored prev_hash, its last hash, hashes at checkpoints) or None."""
    lo, hi, checkpoint_seqs = task
    rows = _conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE seq BETWEEN ? AND ? ORDER BY seq", (lo, hi)
    ).fetchall()
    if len(rows) != hi - lo + 1 or rows[0][0] != lo:
        return None
    first_prev = rows[0][6]
    if not isinstance(first_prev, str):
        return None
    hashes_at: dict[int, str] = {}
    done = check_rows(rows, first_prev, lo, set(checkpoint_seqs), hashes_at)
    if done is None or done[1] != hi + 1:
        return None
    return first_prev, done[0], hashes_at


def workers_for(entries: int) -> int:
    """How many processes a full walk of ``entries`` uses (1 = in process)."""
    if entries < PARALLEL_FROM:
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1, -(-entries // CHUNK)))


def parallel_walk(
    source: WalkSource,
    total: int,
    checkpoint_seqs: set[int],
    progress: Progress | None,
    *,
    workers: int,
    cancelled: Cancelled | None = None,
    chunk: int | None = None,
) -> tuple[int, dict[int, str]] | None:
    """The full walk of seqs ``1..total`` split into ranges checked by ``workers`` spawned processes.

    Same answer as :func:`fast_walk` from the genesis over a chain whose head is ``total``: (entries, hashes at
    checkpoint seqs), or None at the first doubt (the caller then runs the exact walk).
    """
    chunk = chunk or CHUNK
    tasks = []
    for lo in range(1, total + 1, chunk):
        hi = min(lo + chunk - 1, total)
        tasks.append((lo, hi, frozenset(s for s in checkpoint_seqs if lo <= s <= hi)))
    prev, done = GENESIS, 0
    hashes_at: dict[int, str] = {}
    # A process pool from concurrent.futures, not multiprocessing.Pool: at a doubt or a cancel the ranges not
    # started are cancelled and the running ones (one per worker, each well under a second) are let finish, and a
    # worker that dies is a BrokenProcessPool (then the exact walk runs), never a hang. Pool.terminate() could
    # hang on a worker killed while it held the result queue's lock.
    executor = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_open_worker,
        initargs=(str(source.path), source.key),
    )
    try:
        futures = [executor.submit(_check_range, task) for task in tasks]
        for task, future in zip(tasks, futures, strict=True):
            result = future.result()
            if result is None or result[0] != prev:
                return None
            prev = result[1]
            hashes_at.update(result[2])
            done = task[1]
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise VerifyCancelled()
    except BrokenProcessPool:
        return None
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return done, hashes_at


__all__ = [
    "CHUNK",
    "GENESIS",
    "PARALLEL_FROM",
    "VerifyCancelled",
    "WalkSource",
    "check_rows",
    "fast_walk",
    "parallel_walk",
    "workers_for",
]
