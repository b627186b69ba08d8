"""The fast audit walk agrees with the exact one: same canonical bytes, and every doubt goes to the exact walk."""

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


def test_values_with_separators_inside_strings_are_proven(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.append(at=AT, actor="lanhdao", action="reveal_granted", details={"reason": "Xác minh, theo: yêu cầu"})
    log.append(at=AT, actor="lanhdao", action="logout")
    assert audit_mod._fast_walk(log._db, set(), None) is not None
    assert log.verify(bytes(32)).ok


def test_a_space_added_inside_a_string_is_detected(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.append(at=AT, actor="lanhdao", action="reveal_granted", details={"reason": "a,b:c"})
    log._db.execute("DROP TRIGGER audit_log_no_update")
    log._db.execute("""UPDATE audit_log SET details = '{"reason": "a, b: c"}' WHERE seq = 1""")
    assert audit_mod._fast_walk(log._db, set(), None) is None
    report = log.verify(bytes(32))
    assert not report.ok
    assert report.first_broken_seq == 1


def test_an_equivalent_rewrite_is_judged_as_the_exact_walk_judges_it(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.append(at=AT, actor="canbo", action="case_created", case_uid="u1", details={"count": 1, "kind": "kn"})
    log._db.execute("DROP TRIGGER audit_log_no_update")
    log._db.execute("""UPDATE audit_log SET details = '{"kind": "kn", "count": 1}' WHERE seq = 1""")
    # Same meaning, other key order: both walks re-encode the details canonically, so both accept it.
    assert audit_mod._fast_walk(log._db, set(), None) is not None
    assert log.verify(bytes(32)).ok


def test_an_edited_row_is_named_by_the_exact_walk(tmp_path: Path) -> None:
    log = _log(tmp_path)
    for i in range(10):
        log.append(at=AT, actor="canbo", action="case_created", case_uid=f"u{i}", details={"count": i})
    log._db.execute("DROP TRIGGER audit_log_no_update")
    log._db.execute("UPDATE audit_log SET details = '{\"count\": 99}' WHERE seq = 7")
    report = log.verify(bytes(32))
    assert not report.ok
    assert report.first_broken_seq == 7
