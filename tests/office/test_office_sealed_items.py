"""Sealed items of another desk (issue 21): a supervisor on desk B opens desk A's protection request, retaliation
reports and scans with the office key. Their seals are bound to the origin ids (services/sealing_ad.py), never
to the replica's local row id, so opening, the key check and a re-seal on B work, a swapped blob is still caught,
and each opening is recorded in A's chain."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.models.enums import Relation
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.services import security
from reception_app.services.identity import unreadable_items
from reception_app.services.security import sealed_since
from reception_app.storage import crypto
from reception_app.storage import office_keys as keys_repo
from reception_app.storage.errors import IdentityTampered
from tests.factories import SUPERVISOR, draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk
from tests.office.test_office_keys import (
    PASSPHRASE,
    REASON,
    OfficeKeys,
    _actions,
    _db,
    _login_supervisor,
    _office_keys,
    keyed_desk,
)

RELATIVE = "Qwvzkj Relativename Ứợ"
PROTECT_REASON = "Bị đe dọa bởi Xyzzyq Threatener"
RETALIATION = "Bị điều chuyển bởi Plughq Retaliator"
RETALIATION_B = "Bị cắt lương bởi Zxqwv Retaliator"
OWN_REASON = "Bàn B ghi: Wvqzx Ownrequest"
SCAN = b"%PDF-1.4\n" + b"handwriting-canary-stroke " * 50 + b"\n%%EOF"
SCAN_B = b"%PDF-1.4\nthe other desk's scan\n%%EOF"
ZERO = dict.fromkeys(("reporters", "attachments", "protection", "retaliation"), 0)


@pytest.fixture
def keys() -> OfficeKeys:
    return _office_keys()


def _details(name: str, reason: str) -> ProtectionDetails:
    return ProtectionDetails((ProtectedPerson(name, Relation.CHILD),), reason)


def _office_private(keys: OfficeKeys) -> bytes:
    return keys_repo.open_key_package(keys.package, PASSPHRASE, keys_repo.parse_manifest(keys.manifest))[0]


def _no_alarm(d: OfficeDesk) -> None:
    db = _db(d)
    assert security.alarm_codes(db) == []
    assert _actions(d, "identity_tamper_detected") == []


def _local_id(d: OfficeDesk, ref: str) -> int:
    return int(_db(d).scalar("SELECT id FROM protection_requests WHERE office_ref = ?", (ref,)))


def _open_scan(d: OfficeDesk, uid: str) -> tuple[str, bytes]:
    sup = SUPERVISOR
    return d.desk.attachments.open(
        uid, 1, supervisor_username=sup.username, supervisor_password=sup.password, reason=REASON
    )


def _b_holds_its_own_request(b: OfficeDesk) -> int:
    """B's own request and report first: the replicas of A's get other local ids than on A."""
    own = b.desk.cases.create_case(draft(subject="Tố cáo ghi tại bàn B"))
    rid = b.desk.protection.request(own.uid, _details("Bàn B Người", OWN_REASON), measures=("bao_mat_thong_tin",))
    b.desk.protection.report_retaliation(rid, "Bàn B: một báo cáo trước")
    return rid


def test_a_supervisor_on_b_opens_a_s_protection_request_reports_and_scan(
    office: Office, tmp_path: Path, keys: OfficeKeys
) -> None:
    a = keyed_desk(office, tmp_path, "A", keys)
    b = keyed_desk(office, tmp_path, "B", keys)
    _b_holds_its_own_request(b)
    saved = a.desk.cases.create_case(draft(subject="Tố cáo có yêu cầu bảo vệ"))
    a.desk.attachments.add(saved.uid, "scan-canary.pdf", SCAN)
    rid = a.desk.protection.request(saved.uid, _details(RELATIVE, PROTECT_REASON), measures=("bao_mat_thong_tin",))
    a.desk.protection.report_retaliation(rid, RETALIATION)
    for d in (a, b, a, b):
        d.sync.sync_once()
    b_rid = _local_id(b, f"A:{rid}")
    assert b_rid != rid  # the replica's row id differs from the origin's: the seal must not depend on it
    assert _db(b).scalar("SELECT office_ref FROM retaliation_reports WHERE request_id = ?", (b_rid,)) != ""

    # B's supervisor logs in: the key check trial-opens everything pulled since the last check, no alarm.
    _login_supervisor(b)
    report = b.desk.security.security_report
    assert report is not None
    assert not report.alarm, report.text()
    opened = b.desk.protection.reveal(b_rid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert opened.details is not None
    assert [(p.full_name, p.relation) for p in opened.details.persons] == [(RELATIVE, Relation.CHILD)]
    assert opened.details.reasons == PROTECT_REASON
    assert [r.description for r in opened.retaliation] == [RETALIATION]
    assert _open_scan(b, saved.uid) == ("scan-canary.pdf", SCAN)
    assert [e["request_id"] for e in _actions(b, "protection_reveal_granted")] == [b_rid]
    assert [(e["case_uid"], e["seq"]) for e in _actions(b, "attachment_opened")] == [(saved.uid, 1)]
    _no_alarm(b)

    # B adds a report to A's request and a request of its own to A's case; A opens both, and so does B.
    b.login_officer()
    b.desk.protection.report_retaliation(b_rid, RETALIATION_B)
    b_own = b.desk.protection.request(saved.uid, _details("Bàn B Người thân", OWN_REASON))
    assert b.desk.cases.create_case(draft())  # sealing is not blocked on B
    for d in (b, a, b, a):
        d.sync.sync_once()
    _login_supervisor(a)
    report = a.desk.security.security_report
    assert report is not None
    assert not report.alarm, report.text()
    mine = a.desk.protection.reveal(rid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert [r.description for r in mine.retaliation] == [RETALIATION, RETALIATION_B]
    theirs = a.desk.protection.reveal(_local_id(a, f"B:{b_own}"), SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert theirs.details is not None
    assert theirs.details.reasons == OWN_REASON
    _no_alarm(a)
    for d in (a, b):
        checked, bad, _ = unreadable_items(_office_private(keys), sealed_since(_db(d), ZERO))
        assert bad == 0
        assert checked >= 9  # reporters of 3+ cases, the scan, 3 requests, 3 reports
    _login_supervisor(b)
    again = b.desk.protection.reveal(b_rid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert [r.description for r in again.retaliation] == [RETALIATION, RETALIATION_B]

    # B's openings are in A's own chain (like reporter reveals): each became an identity_revealed event.
    for d in (b, a, b, a):
        d.sync.sync_once()
    recorded = [(e["case_uid"], e["office_desk"], e["kind"]) for e in _actions(a, "office_reveal_recorded")]
    assert recorded.count((saved.uid, "B", "protection_reveal_granted")) == 2
    assert recorded.count((saved.uid, "B", "attachment_opened")) == 1
    assert a.desk.audit.verify().ok


def test_a_blob_swapped_between_two_replicated_requests_is_still_tampering(
    office: Office, tmp_path: Path, keys: OfficeKeys
) -> None:
    a = keyed_desk(office, tmp_path, "A", keys)
    b = keyed_desk(office, tmp_path, "B", keys)
    _b_holds_its_own_request(b)
    saved = a.desk.cases.create_case(draft())
    first = a.desk.protection.request(saved.uid, _details(RELATIVE, PROTECT_REASON))
    second = a.desk.protection.request(saved.uid, _details("Người khác", "Lý do khác hẳn"))
    a.sync.sync_once()
    b.sync.sync_once()
    one, two = _local_id(b, f"A:{first}"), _local_id(b, f"A:{second}")
    db = _db(b)
    blob_two = bytes(db.scalar("SELECT sealed_details FROM protection_requests WHERE id = ?", (two,)))
    db.execute("UPDATE protection_requests SET sealed_details = ? WHERE id = ?", (blob_two, one))  # an insider
    _login_supervisor(b)
    with pytest.raises(IdentityTampered):
        b.desk.protection.reveal(one, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert [e["request_id"] for e in _actions(b, "identity_tamper_detected")] == [one]
    opened = b.desk.protection.reveal(two, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert opened.details is not None
    assert opened.details.reasons == "Lý do khác hẳn"
    checked, bad, _ = unreadable_items(_office_private(keys), sealed_since(_db(b), ZERO))
    assert bad == 1  # the key check names it too


def test_a_same_number_scan_clash_opens_each_desk_s_own_file(office: Office, tmp_path: Path, keys: OfficeKeys) -> None:
    a = keyed_desk(office, tmp_path, "A", keys)
    b = keyed_desk(office, tmp_path, "B", keys)
    saved = a.desk.cases.create_case(draft())
    a.sync.sync_once()
    b.sync.sync_once()
    a.desk.attachments.add(saved.uid, "scan-a.pdf", SCAN)
    b.desk.attachments.add(saved.uid, "scan-b.pdf", SCAN_B)  # both number 1: neither desk had the other's yet
    for d in (a, b, a, b):
        d.sync.sync_once()
    for d, expected in ((a, ("scan-a.pdf", SCAN)), (b, ("scan-b.pdf", SCAN_B))):
        assert _db(d).scalar("SELECT office_conflict FROM cases WHERE uid = ?", (saved.uid,)) == 1  # flagged
        _login_supervisor(d)
        opened = d.desk.attachments.open(
            saved.uid,
            1,
            supervisor_username=SUPERVISOR.username,
            supervisor_password=SUPERVISOR.password,
            reason=REASON,
        )
        assert opened == expected  # the desk's own file, never the other's under its number
        _no_alarm(d)


def test_re_sealing_on_a_desk_holding_another_desk_s_request_keeps_it_readable(
    office: Office, tmp_path: Path, keys: OfficeKeys
) -> None:
    # Desk B joined, but has not adopted the office key yet when A's request (sealed to the office key) arrives:
    # its supervisor pulls it in the session that adopts.
    a = keyed_desk(office, tmp_path, "A", keys)
    b = make_office_desk(office, tmp_path, "B")
    own = _b_holds_its_own_request(b)
    saved = a.desk.cases.create_case(draft())
    rid = a.desk.protection.request(saved.uid, _details(RELATIVE, PROTECT_REASON))
    a.desk.protection.report_retaliation(rid, RETALIATION)
    a.sync.sync_once()
    _login_supervisor(b)
    b.sync.sync_once()
    b_rid = _local_id(b, f"A:{rid}")
    assert b_rid != rid
    assert b.desk.office_keys.adopt(keys.manifest, keys.package, PASSPHRASE, SUPERVISOR.password, keys.fingerprint)
    b.desk.rotation.confirm_recovery_code()
    _no_alarm(b)
    for request_id, reason in ((b_rid, PROTECT_REASON), (own, OWN_REASON)):
        opened = b.desk.protection.reveal(request_id, SUPERVISOR.username, SUPERVISOR.password, REASON)
        assert opened.details is not None
        assert opened.details.reasons == reason
    checked, bad, _ = unreadable_items(_office_private(keys), sealed_since(_db(b), ZERO))
    assert bad == 0

    # A later re-seal of everything on B (a rotation to another key pair) opens A's items by their origin ids.
    new_private, _ = crypto.new_identity_keypair()
    b.desk.rotation.start(SUPERVISOR.password, identity_private=new_private)
    progress = b.desk.rotation.step(batch=100)
    assert progress.unreadable == 0
    assert progress.done == checked
    b.desk.rotation.finish(SUPERVISOR.password)
    b.desk.rotation.confirm_recovery_code()
    _no_alarm(b)
    checked_new, bad_new, _ = unreadable_items(new_private, sealed_since(_db(b), ZERO))
    assert (checked_new, bad_new) == (checked, 0)
    opened = b.desk.protection.reveal(b_rid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert [r.description for r in opened.retaliation] == [RETALIATION]


def test_a_scan_that_stayed_on_its_desk_is_no_alarm_at_the_key_check(
    office: Office, tmp_path: Path, keys: OfficeKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reception_app.storage import office_kinds

    a = keyed_desk(office, tmp_path, "A", keys)
    b = keyed_desk(office, tmp_path, "B", keys)
    saved = a.desk.cases.create_case(draft())
    with monkeypatch.context() as m:
        m.setattr(office_kinds, "MAX_FILE_BYTES", 100)  # a small cap: the scan travels as metadata only
        a.desk.attachments.add(saved.uid, "scan.pdf", SCAN)
    a.sync.sync_once()
    b.sync.sync_once()
    assert _db(b).scalar("SELECT length(sealed_blob) FROM attachments") == 0
    _login_supervisor(b)  # the key check: nothing to trial-open in a file that is not here
    report = b.desk.security.security_report
    assert report is not None
    assert not report.alarm, report.text()
    _no_alarm(b)
    assert unreadable_items(_office_private(keys), sealed_since(_db(b), ZERO))[1] == 0

    # A re-seal of everything on B (as an adoption runs it) skips the absent file and ends.
    rotation = b.desk.rotation
    progress = rotation.start(SUPERVISOR.password, identity_private=crypto.new_identity_keypair()[0])
    for _ in range(5):
        progress = rotation.step()
        if progress.done >= progress.total:
            break
    assert (progress.done, progress.total, progress.unreadable) == (1, 1, 0)  # the case's reporter only
    rotation.finish(SUPERVISOR.password)
    assert _db(b).scalar("SELECT length(sealed_blob) FROM attachments") == 0
