"""Whistleblower protection: sealed people and reasons, supervisor-only lists and audited unsealing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlcipher3

from reception_app.models.enums import CaseKind, ProtectionStatus, Relation
from reception_app.models.errors import KnownError, ValidationError
from reception_app.models.fold import fold
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.services import Desk, PermissionDenied
from reception_app.storage.errors import IdentityTampered, WrongCredentials
from tests.factories import (
    CANARY_ADDRESS,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    DeskWorld,
    draft,
    set_up_world,
)

RELATIVE = "Qwvzkj Relativename Ứợ"
REASON = "Bị đe dọa bởi Xyzzyq Threatener sau khi tố cáo"
RETALIATION = "Bị điều chuyển công tác trái phép bởi Plughq Retaliator"
CANARIES = [CANARY_NAME, CANARY_ADDRESS, CANARY_PHONE, RELATIVE, REASON, RETALIATION]


class Clock:
    now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    return set_up_world(data_dir, clock=Clock())


def _details() -> ProtectionDetails:
    return ProtectionDetails(
        persons=(
            ProtectedPerson(CANARY_NAME, Relation.DENOUNCER, CANARY_ADDRESS, CANARY_PHONE),
            ProtectedPerson(RELATIVE, Relation.CHILD),
        ),
        reasons=REASON,
    )


def _request(desk: Desk) -> tuple[str, int, int]:
    desk.auth.login(OFFICER.username, OFFICER.password)
    case = desk.cases.create_case(draft())
    protection = desk.protection
    rid = protection.request(case.uid, _details(), measures=("bao_mat_thong_tin", "vi_tri_cong_tac"))
    report = protection.report_retaliation(rid, RETALIATION)
    with pytest.raises(PermissionDenied):
        protection.open_cases()
    with pytest.raises(PermissionDenied):
        protection.decide(rid, status=ProtectionStatus.ACTIVE, decision_number="01/QĐ-BV")
    desk.auth.logout()
    return case.uid, rid, report


def _needles() -> list[bytes]:
    out: list[bytes] = []
    for c in CANARIES:
        for form in {c, fold(c), c.upper(), c.lower()}:
            out += [form.encode("utf-8"), form.encode("utf-16-le")]
    return out + [b"Relativename", b"Threatener", b"Retaliator", b"87650321"]


def _plaintext_export(world: DeskWorld, target: Path) -> None:
    keys = world.desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"))
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def test_protection_details_never_in_plaintext_in_the_decrypted_db(world: DeskWorld, tmp_path: Path) -> None:
    desk = world.desk
    uid, rid, _ = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    desk.protection.decide(
        rid,
        status=ProtectionStatus.ACTIVE,
        decision_number="01/QĐ-BV",
        measures=(("bao_mat_thong_tin", None), ("vi_tri_cong_tac", date(2026, 12, 1))),
    )
    desk.auth.logout()
    plain = tmp_path / "plain.db"
    _plaintext_export(world, plain)
    needles = _needles()
    conn = sqlcipher3.connect(str(plain))  # a plain SQLite file; the system sqlite3 lacks contentless_delete
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert {"protection_requests", "protection_measures", "retaliation_reports", "audit_log"} <= set(tables)
    scanned = 0
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                raw = value if isinstance(value, bytes) else str(value).encode("utf-8")
                assert not [n for n in needles if n in raw], table
                scanned += 1
    conn.close()
    assert scanned > 100
    data = plain.read_bytes()
    assert [n for n in needles if n in data] == []
    # the scan would catch a leak: the sealed blobs are there, just unreadable
    with sqlcipher3.connect(str(plain)) as check:
        assert check.execute("SELECT length(sealed_details) FROM protection_requests").fetchone()[0] > 100


def test_supervisor_lists_decides_and_unseals_with_audit(world: DeskWorld) -> None:
    desk = world.desk
    uid, rid, report = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    protection = desk.protection
    [open_case] = protection.open_cases()
    assert (open_case.id, open_case.case_uid, open_case.status) == (rid, uid, ProtectionStatus.REQUESTED)
    assert open_case.measures_requested == ("bao_mat_thong_tin", "vi_tri_cong_tac")
    assert open_case.details is None  # masked
    assert open_case.open_retaliation_reports == 1
    with pytest.raises(ValidationError):
        protection.decide(rid, status=ProtectionStatus.ACTIVE, decision_number="01/QĐ-BV")  # no measure
    decided = protection.decide(
        rid,
        status=ProtectionStatus.ACTIVE,
        decision_number="01/QĐ-BV",
        measures=(("vi_tri_cong_tac", date(2026, 11, 20)), ("bao_mat_thong_tin", date(2026, 12, 31))),
    )
    assert decided.status is ProtectionStatus.ACTIVE
    [late] = protection.overdue()
    assert [m.measure for m in late.overdue_measures(date(2026, 11, 21))] == ["vi_tri_cong_tac"]
    protection.complete_measure(late.measures[0].id)
    assert protection.overdue() == []
    with pytest.raises(WrongCredentials):
        protection.reveal(rid, SUPERVISOR.username, "wrong-password-1", "Xử lý báo cáo trù dập")
    with pytest.raises(ValidationError):
        protection.reveal(rid, SUPERVISOR.username, SUPERVISOR.password, "")
    shown = protection.reveal(rid, SUPERVISOR.username, SUPERVISOR.password, "Xử lý báo cáo trù dập")
    assert shown.details is not None
    assert [p.full_name for p in shown.details.persons] == [CANARY_NAME, RELATIVE]
    assert shown.details.persons[1].relation is Relation.CHILD
    assert shown.details.reasons == REASON
    assert [r.description for r in shown.retaliation] == [RETALIATION]
    assert CANARY_NAME not in repr(shown)
    actions = [e.action for e in desk.audit.entries(case_uid=uid, limit=50)]
    for expected in (
        "protection_requested",
        "retaliation_reported",
        "protection_decided",
        "protection_reveal_requested",
        "protection_reveal_denied",
        "protection_reveal_granted",
    ):
        assert expected in actions
    protection.mark_retaliation_handled(report)
    protection.end(rid, decision_number="02/QĐ-BV")
    assert protection.open_cases() == []


def test_only_denunciations_and_valid_requests(world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    protection = desk.protection
    complaint = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT))
    with pytest.raises(ValidationError):
        protection.request(complaint.uid, _details())
    tc = desk.cases.create_case(draft())
    with pytest.raises(ValidationError):
        protection.request(tc.uid, ProtectionDetails((), REASON))
    with pytest.raises(ValidationError):
        protection.request(tc.uid, ProtectionDetails((ProtectedPerson("", Relation.SPOUSE),), REASON))
    with pytest.raises(ValidationError):
        protection.request(tc.uid, _details(), measures=("khong_co",))
    with pytest.raises(KnownError):
        protection.report_retaliation(999, RETALIATION)


def test_swapped_sealed_details_are_detected(world: DeskWorld) -> None:
    desk = world.desk
    _, first, _ = _request(desk)
    _, second, _ = _request(desk)
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    _, db, _ = desk.ctx.require()
    blob = db.scalar("SELECT sealed_details FROM protection_requests WHERE id = ?", (first,))
    db.execute("UPDATE protection_requests SET sealed_details = ? WHERE id = ?", (blob, second))
    with pytest.raises(IdentityTampered):
        desk.protection.reveal(second, SUPERVISOR.username, SUPERVISOR.password, "Kiểm tra hồ sơ bảo vệ")
