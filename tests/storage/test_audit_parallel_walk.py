"""The parallel full walk (issue 20) gives the sequential verify's report on a good chain and on every kind of tamper.

Ranges of 40 entries over 2 spawned worker processes, so every chain below is split in several ranges and the
tampered entry falls inside a range, on a range's first row, or on its last one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reception_app.storage import audit_walk, crypto
from reception_app.storage.audit import AuditLog, VerifyReport
from reception_app.storage.audit_walk import VerifyCancelled, WalkSource
from reception_app.storage.database import Database, open_database
from reception_app.storage.migrations import migrate

AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
KEY = bytes(range(32))
ENTRIES = 200
CHUNK = 40


@pytest.fixture
def chain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AuditLog, bytes, WalkSource]:
    monkeypatch.setattr(audit_walk, "CHUNK", CHUNK)
    path = tmp_path / "a.db"
    db = open_database(path, KEY, create=True)
    migrate(db)
    log = AuditLog(db)
    private, public = crypto.new_signing_keypair()
    for i in range(1, ENTRIES + 1):
        details: dict[str, object] = {"number": f"KN-{i}", "count": i}
        if i % 7 == 0:
            details = {"reason": 'Xác minh, theo: "yêu cầu" & <ghi chú>', "roles": ["admin", "officer"]}
        log.append(
            at=AT + timedelta(seconds=i),
            actor="canbo" if i % 3 else "Trần Quản Trị",
            action="case_created",
            case_uid=None if i % 5 == 0 else f"u{i}",
            details=details,
        )
        if i in (40, 95, 160):  # checkpoints: on a range's last row, inside one, and inside a later one
            log.checkpoint(at=AT, signer="lanhdao", audit_private=private)
    return log, public, WalkSource(path, KEY)


def _both(log: AuditLog, public: bytes, source: WalkSource) -> tuple[VerifyReport, VerifyReport]:
    sequential = log.verify(public, workers=1)
    parallel = log.verify(public, source=source, workers=2)
    return sequential, parallel


def _raw(log: AuditLog) -> Database:
    db = log._db
    db.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    db.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    return db


def test_a_good_chain_gives_the_same_report_in_ranges(chain: tuple[AuditLog, bytes, WalkSource]) -> None:
    log, public, source = chain
    seen: list[tuple[int, int]] = []
    parallel = log.verify(public, source=source, workers=2, progress=lambda d, t: seen.append((d, t)))
    assert parallel == log.verify(public, workers=1) == VerifyReport(True, ENTRIES, 3)
    assert seen == [(n, ENTRIES) for n in range(CHUNK, ENTRIES + 1, CHUNK)]  # one step a range: it ran in ranges
    direct = audit_walk.parallel_walk(source, ENTRIES, {40, 95, 160}, None, workers=2)
    assert direct is not None
    assert direct[0] == ENTRIES
    assert set(direct[1]) == {40, 95, 160}


TAMPERS: dict[str, Callable[[Database], None]] = {
    "content edited inside a range": lambda db: db.execute("UPDATE audit_log SET action = 'x' WHERE seq = 57"),
    "content edited on a range's first row": lambda db: db.execute(
        "UPDATE audit_log SET details = '{\"count\": 1}' WHERE seq = 81"
    ),
    "actor edited on a range's last row": lambda db: db.execute("UPDATE audit_log SET actor = 'ai' WHERE seq = 120"),
    "a row deleted in the middle": lambda db: db.execute("DELETE FROM audit_log WHERE seq = 100"),
    "a range's first row deleted": lambda db: db.execute("DELETE FROM audit_log WHERE seq = 41"),
    "the tail deleted after a checkpoint": lambda db: db.execute("DELETE FROM audit_log WHERE seq > 150"),
    "a link across ranges rewritten": lambda db: db.execute(
        "UPDATE audit_log SET prev_hash = ? WHERE seq = 121", ("f" * 64,)
    ),
    "a row rehashed (its next link breaks)": lambda db: db.execute(
        "UPDATE audit_log SET hash = ? WHERE seq = 80", ("e" * 64,)
    ),
    "unreadable details": lambda db: db.execute("UPDATE audit_log SET details = '{nope' WHERE seq = 3"),
    "details not text": lambda db: db.execute("UPDATE audit_log SET details = 7 WHERE seq = 199"),
    "a checkpoint's hash replaced": lambda db: db.execute(
        "UPDATE audit_checkpoints SET hash = ? WHERE seq = 95", ("d" * 64,)
    ),
    "a checkpoint's signature replaced": lambda db: db.execute(
        "UPDATE audit_checkpoints SET signature = ? WHERE seq = 160", ("AAAA",)
    ),
}


@pytest.mark.parametrize("tamper", TAMPERS, ids=list(TAMPERS))
def test_each_kind_of_tamper_gives_the_same_report(tamper: str, chain: tuple[AuditLog, bytes, WalkSource]) -> None:
    log, public, source = chain
    TAMPERS[tamper](_raw(log))
    sequential, parallel = _both(log, public, source)
    assert not sequential.ok
    assert parallel == sequential


def test_the_walk_stops_when_cancelled(chain: tuple[AuditLog, bytes, WalkSource]) -> None:
    log, public, source = chain
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(VerifyCancelled):
        log.verify(public, source=source, workers=2, cancelled=cancelled)
    with pytest.raises(VerifyCancelled):
        log.verify(public, workers=1, cancelled=lambda: True)
    assert log.verify(public, source=source, workers=2, cancelled=lambda: False).ok


def test_the_source_never_shows_its_key() -> None:
    assert KEY.hex() not in repr(WalkSource(Path("x.db"), KEY))
    assert "x.db" in repr(WalkSource(Path("x.db"), KEY))


def test_short_chains_stay_in_process() -> None:
    assert audit_walk.workers_for(audit_walk.PARALLEL_FROM - 1) == 1
    assert audit_walk.workers_for(10 * audit_walk.PARALLEL_FROM) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "{}",
        '{"count": 1, "kind": "kn"}',
        '{"kind": "kn", "count": 1}',
        '{"reason": "Xác minh, theo: \\"yêu cầu\\" & <ghi chú> \\u00e9 \\ud83d\\ude00"}',
        '{"roles": ["admin", "officer"], "n": {"b": [1, 2.5, -0.0, 1e300], "a": null, "t": true}}',
        '{"x": NaN, "y": Infinity}',
        ' {"a": 1}',
        '{"a": 1} ',
        '{"a": 1}{"b": 2}',
        '{"a": 1',
        "",
        "[1, 2]",
        '"text"',
    ],
)
def test_the_c_details_encoder_agrees_with_json_dumps(text: str) -> None:
    """Where the fast encoder answers, it answers json.dumps' bytes; where json.loads refuses, it refuses."""
    fast = audit_walk._c_compact()
    assert fast is not None
    got = fast(text)
    try:
        exact = audit_walk._compact(audit_walk._loads(text))
    except ValueError:
        assert got is None
        return
    assert got in (exact, None)  # None = a doubt (the exact walk then judges), never other bytes
    if text == text.strip():
        assert got == exact
