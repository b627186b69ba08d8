"""The fast audit walk agrees with the exact one: it proves an intact chain and defers every doubt."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from reception_app.storage import audit as audit_mod
from reception_app.storage.audit import AuditLog
from reception_app.storage.database import open_database
from reception_app.storage.migrations import migrate

AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _log(tmp_path: Path) -> AuditLog:
    db = open_database(tmp_path / "a.db", bytes(range(32)), create=True)
    migrate(db)
    return AuditLog(db)


def test_fast_walk_proves_an_intact_chain(tmp_path: Path) -> None:
    log = _log(tmp_path)
    for i in range(120):
        log.append(at=AT, actor="canbo", action="case_created", case_uid=f"u{i}", details={"number": f"KN-{i}"})
    log.append(at=AT, actor='Trần Quản Trị "q"', action="login", details={"roles": ["admin", "officer"]})
    seen: list[tuple[int, int]] = []
    fast = audit_mod._fast_walk(log._db, set(), lambda d, t: seen.append((d, t)))
    assert fast is not None
    assert fast[0] == 121
    assert seen[-1] == (121, 121)


def test_a_value_holding_comma_space_falls_back_to_the_exact_walk(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.append(at=AT, actor="lanhdao", action="reveal_granted", details={"reason": "Xác minh, theo: yêu cầu"})
    log.append(at=AT, actor="lanhdao", action="logout")
    assert audit_mod._fast_walk(log._db, set(), None) is None  # the shortcut cannot prove it...
    report = log.verify(bytes(32))
    assert report.ok  # ...and the exact walk does
    assert report.entries == 2


def test_an_edited_row_is_named_by_the_exact_walk(tmp_path: Path) -> None:
    log = _log(tmp_path)
    for i in range(10):
        log.append(at=AT, actor="canbo", action="case_created", case_uid=f"u{i}", details={"count": i})
    log._db.execute("DROP TRIGGER audit_log_no_update")
    log._db.execute("UPDATE audit_log SET details = '{\"count\": 99}' WHERE seq = 7")
    report = log.verify(bytes(32))
    assert not report.ok
    assert report.first_broken_seq == 7
