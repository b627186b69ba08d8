"""Transfers, links, the printed-document register, attachments and protection requests travel to every desk,
applied once, in any order, with no free text, identity or agency name in clear on the server."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.models.enums import AgencyKind, Channel, ProtectionStatus, Relation
from reception_app.models.errors import KnownError
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.storage import office_kinds
from tests.factories import ADMIN, CANARY_ADDRESS, CANARY_ID, CANARY_NAME, CANARY_PHONE, OFFICER, SUPERVISOR, draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk

AGENCY_CANARY = "Thanh tra Sở Qzvbnm Canaryagency"
REASON_CANARY = "Chuyển vì Wqpzkx Canaryreason"
REPLY_CANARY = "Đã xử lý Vbqzxw Canaryreply"
NOTE_CANARY = "Quay lại Jqxzwv Canarynote"
RELATIVE = "Qwvzkj Relativename Ứợ"
PROTECT_REASON = "Bị đe dọa bởi Xyzzyq Threatener"
RETALIATION = "Bị điều chuyển bởi Plughq Retaliator"
SCAN = b"%PDF-1.4\n" + b"handwriting-canary-stroke " * 100 + b"\n%%EOF"
CANARIES = (
    CANARY_NAME,
    CANARY_ID,
    CANARY_PHONE,
    CANARY_ADDRESS,
    AGENCY_CANARY,
    "Canaryagency",
    "Canaryreason",
    "Canaryreply",
    "Canarynote",
    "Relativename",
    "Threatener",
    "Retaliator",
    "handwriting-canary-stroke",
    "scan-canary",
)


def _db(d: OfficeDesk):  # type: ignore[no-untyped-def]
    return d.desk.ctx.require()[1]


def _as(d: OfficeDesk, user: object) -> None:
    if d.desk.session is not None:
        d.desk.auth.logout()
    d.desk.auth.login(user.username, user.password)  # type: ignore[attr-defined]


def _transfers(d: OfficeDesk, uid: str) -> list[tuple[str, str, str | None, str]]:
    rows = _db(d).query(
        "SELECT a.name, t.sent_on, t.replied_on, t.reply_note, s.action FROM transfers t"
        " JOIN agencies a ON a.id = t.agency_id JOIN handling_steps s ON s.id = t.step_id"
        " JOIN cases c ON c.id = t.case_id WHERE c.uid = ? ORDER BY t.id",
        (uid,),
    )
    return [(r["name"], r["sent_on"], r["replied_on"], r["reply_note"] + "|" + r["action"]) for r in rows]


def _register(d: OfficeDesk) -> set[tuple[object, ...]]:
    rows = _db(d).query(
        "SELECT c.uid, d.kind, d.series, d.year, d.seq, d.number, d.printed_by, d.copies, d.shows_identity"
        " FROM documents_issued d LEFT JOIN cases c ON c.id = d.case_id"
    )
    return {tuple(r.values()) for r in rows}


def _links(d: OfficeDesk) -> set[tuple[str, str]]:
    rows = _db(d).query(
        "SELECT a.uid AS a, b.uid AS b FROM case_links l"
        " JOIN cases a ON a.id = l.case_id JOIN cases b ON b.id = l.other_id"
    )
    return {(r["a"], r["b"]) for r in rows}


def test_every_new_kind_reaches_the_other_desk_once_and_stays_secret(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    _as(a, ADMIN)
    agency = a.desk.agencies.add(AGENCY_CANARY, AgencyKind.INSPECTORATE, province_code="66")
    _as(a, OFFICER)
    first = a.desk.cases.create_case(draft(channel=Channel.POST))
    second = a.desk.cases.create_case(draft(subject="Tố cáo cùng nội dung"))
    a.desk.documents.issue_receipt(first.uid)
    a.desk.handling.transfer(first.uid, agency_id=agency.id, reason=REASON_CANARY)
    a.desk.handling.link_same_content(second.uid, first.uid)
    a.desk.attachments.add(first.uid, "scan-canary.pdf", SCAN)
    rid = a.desk.protection.request(
        second.uid,
        ProtectionDetails((ProtectedPerson(RELATIVE, Relation.CHILD),), PROTECT_REASON),
        measures=("bao_mat_thong_tin",),
    )
    a.desk.protection.report_retaliation(rid, RETALIATION)
    a.sync.sync_once()
    b.sync.sync_once()
    assert b.sync.sync_once().pulled == 0  # nothing applied twice
    assert _transfers(b, first.uid) == _transfers(a, first.uid)
    assert _transfers(b, first.uid)[0][0] == AGENCY_CANARY  # added to B's own directory
    assert _register(b) == _register(a)
    assert len(_register(a)) == 1
    assert _links(b) == _links(a) == {(first.uid, second.uid), (second.uid, first.uid)}
    assert [(x.seq, x.kind, x.size) for x in b.desk.attachments.for_case(first.uid)] == [(1, "pdf", len(SCAN))]
    blob_a = _db(a).scalar("SELECT sealed_blob FROM attachments")
    assert _db(b).scalar("SELECT sealed_blob FROM attachments") == blob_a  # still sealed, carried whole
    # B answers the transfer and decides the protection request; A gets both.
    b.desk.handling.record_transfer_reply(b.desk.handling.transfers(first.uid)[0].id, note=REPLY_CANARY)
    _as(b, SUPERVISOR)
    b_rid = b.desk.protection.for_case(second.uid)[0].id
    b.desk.protection.decide(
        b_rid, status=ProtectionStatus.ACTIVE, decision_number="01/QĐ-BV", measures=(("bao_mat_thong_tin", None),)
    )
    b.desk.handling.record_visit(first.uid, note=NOTE_CANARY)
    b.sync.sync_once()
    a.sync.sync_once()
    assert _transfers(a, first.uid) == _transfers(b, first.uid)
    assert _transfers(a, first.uid)[0][2] is not None
    _as(a, SUPERVISOR)
    mine = a.desk.protection.for_case(second.uid)
    assert [(p.id, p.status, p.decision_number) for p in mine] == [(rid, ProtectionStatus.ACTIVE, "01/QĐ-BV")]
    assert _db(a).scalar("SELECT count(*) FROM protection_requests") == 1  # A's own request, not a copy
    assert _db(b).query("SELECT office_ref FROM protection_requests")[0]["office_ref"] == f"A:{rid}"
    assert _db(b).scalar("SELECT count(*) FROM retaliation_reports WHERE office_ref != ''") == 1
    dump = office.cluster.pg_dump(office.dbname)
    assert [c for c in CANARIES if c in dump] == []
    for kind in ("case_linked", "document_printed", "attachment_added", "protection_changed"):
        assert kind in dump
    for d in (a, b):
        assert d.desk.audit.verify().ok


def test_events_that_arrive_before_their_case_wait(office: Office, tmp_path: Path) -> None:
    # Desk C pulls desk B before desk Z: B's link, print and attachment on Z's case come before the case.
    z = make_office_desk(office, tmp_path, "Z")
    b = make_office_desk(office, tmp_path, "B")
    c = make_office_desk(office, tmp_path, "C")
    one = z.desk.cases.create_case(draft())
    z.sync.sync_once()
    b.sync.sync_once()
    two = b.desk.cases.create_case(draft(subject="Một đơn khác"))
    b.desk.handling.link_same_content(two.uid, one.uid)
    b.desk.documents.issue_receipt(one.uid)
    b.desk.attachments.add(one.uid, "scan.pdf", SCAN)
    b.sync.sync_once()
    c.sync.sync_once()
    assert _db(c).scalar("SELECT count(*) FROM office_inbox WHERE applied = 0") == 0
    assert _links(c) == _links(b)
    assert _register(c) == _register(b)
    assert len(c.desk.attachments.for_case(one.uid)) == 1
    z.sync.sync_once()
    assert _register(z) == _register(b)
    assert _db(z).scalar("SELECT origin_desk FROM documents_issued") == "B"


def test_a_file_over_the_cap_travels_as_metadata_only(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    saved = a.desk.cases.create_case(draft())
    cap = office_kinds.MAX_FILE_BYTES
    office_kinds.MAX_FILE_BYTES = 100  # a small cap, so the test file is "large"
    try:
        a.desk.attachments.add(saved.uid, "scan.pdf", SCAN)
    finally:
        office_kinds.MAX_FILE_BYTES = cap
    a.sync.sync_once()
    b.sync.sync_once()
    assert [(x.seq, x.size) for x in b.desk.attachments.for_case(saved.uid)] == [(1, len(SCAN))]
    assert _db(b).scalar("SELECT length(sealed_blob) FROM attachments") == 0
    _as(b, SUPERVISOR)
    with pytest.raises(KnownError, match="chỉ lưu tại bàn tiếp"):  # a clear refusal, not a tamper alarm
        b.desk.attachments.open(
            saved.uid, 1, supervisor_username=SUPERVISOR.username, supervisor_password=SUPERVISOR.password, reason="Xem"
        )


def test_a_snapshot_without_transfers_from_an_older_desk_keeps_them(office: Office, tmp_path: Path) -> None:
    from reception_app.storage import office as office_repo

    a = make_office_desk(office, tmp_path, "A")
    saved = a.desk.cases.create_case(draft(channel=Channel.POST))
    a.desk.handling.transfer(saved.uid, agency_id=a.desk.agencies.list()[0].id)
    db = _db(a)
    before = _transfers(a, saved.uid)
    case_id = int(db.scalar("SELECT id FROM cases WHERE uid = ?", (saved.uid,)))
    old = office_repo.capture_case(db, case_id, office_repo.CHANGED_TABLES)["secret"]  # as an older desk sends it
    assert "transfers" not in old
    with db.atomic():
        office_kinds.replace_children(db, case_id, old)
    assert _transfers(a, saved.uid) == before != []
