"""Printing through the services: numbering in the recording transaction, identity rules, audit events."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reception_app.models.clock import ManualClock
from reception_app.models.enums import CaseKind, Channel
from reception_app.models.errors import ValidationError
from reception_app.models.masking import MASK
from reception_app.models.recipients import RecipientRole
from reception_app.services import (
    Desk,
    DisclosureNeedsReveal,
    PermissionDenied,
    RevealExpired,
    RevealRequired,
    refusal_grounds,
)
from tests.factories import (
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    canary_identity,
    draft,
    set_up_world,
)
from tests.printing.pdftext import extract, squash

REASON = "Đối chiếu hồ sơ gốc khi in lại"
BASIS = "Văn bản đồng ý của người tố cáo ngày 20/11/2026"


class Clock(ManualClock):
    """A hand-moved clock on a fixed calendar: 20 November 2026, 17:00 office time."""

    def __init__(self) -> None:
        super().__init__(datetime(2026, 11, 20, 10, 0, tzinfo=UTC))


def _desk(data_dir: Path, clock: Clock | None = None) -> Desk:
    world = set_up_world(data_dir, clock=clock or Clock())
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    return world.desk


def _shows_canary(pdf: bytes) -> bool:
    flat = extract(pdf).flat
    return any(squash(c) in flat for c in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS)) or (
        "Zqxwylvh" in flat
    )


def _audit(desk: Desk, uid: str | None = None) -> list[tuple[str, dict[str, object]]]:
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    return [(e.action, e.details) for e in reversed(desk.audit.entries(case_uid=uid, limit=500))]


def test_numbers_have_leading_zeros_and_count_per_kind_and_year(data_dir: Path) -> None:
    clock = Clock()
    desk = _desk(data_dir, clock)
    uid = desk.cases.create_case(draft(channel=Channel.POST)).uid
    assert desk.documents.issue_receipt(uid).number == "01/BN-TTr"
    assert desk.documents.issue_receipt(uid).number == "02/BN-TTr"
    assert desk.documents.issue_transfer_slip(uid, "UBND huyện Ea Kar").number == "01/PC-TTr"
    assert desk.documents.issue_receipt(uid).number == "03/BN-TTr"
    clock.set_wall(datetime(2027, 1, 5, 9, 0, tzinfo=UTC))
    assert desk.documents.issue_receipt(uid).number == "01/BN-TTr"
    assert desk.documents.issue_transfer_slip(uid, "UBND huyện Ea Kar").number == "01/PC-TTr"
    records = desk.documents.issued(uid)
    assert [(r.kind, r.year, r.seq) for r in records] == [
        ("receipt", 2026, 1),
        ("receipt", 2026, 2),
        ("transfer_slip", 2026, 1),
        ("receipt", 2026, 3),
        ("receipt", 2027, 1),
        ("transfer_slip", 2027, 1),
    ]
    assert all(r.printed_by == OFFICER.username and not r.shows_identity for r in records)


def test_ten_and_more_keep_two_digits_or_more(data_dir: Path) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT)).uid
    numbers = [desk.documents.issue_guidance_slip(uid, "Tòa án nhân dân huyện").number for _ in range(10)]
    assert numbers[0] == "01/HD-TTr"
    assert numbers[8] == "09/HD-TTr"
    assert numbers[9] == "10/HD-TTr"


def test_failed_render_consumes_no_number_and_records_nothing(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft()).uid

    def broken(_doc: object) -> bytes:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr("reception_app.printing.pdf.render_pdf", broken)
    with pytest.raises(RuntimeError):
        desk.documents.issue_receipt(uid)
    monkeypatch.undo()
    assert desk.documents.issued(uid) == []
    doc = desk.documents.issue_receipt(uid)
    assert doc.number == "01/BN-TTr"
    assert [r.number for r in desk.documents.issued(uid)] == ["01/BN-TTr"]
    printed = [d for a, d in _audit(desk, uid) if a == "document_printed"]
    assert len(printed) == 1


def test_failed_build_consumes_no_number(data_dir: Path) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft(channel=Channel.POST)).uid
    with pytest.raises(ValidationError):
        desk.documents.issue_refusal_notice(uid, ground="no-such-ground")
    with pytest.raises(ValidationError):
        desk.documents.issue_transfer_slip(uid, "   ")
    assert desk.documents.issue_transfer_slip(uid, "Thanh tra huyện").number == "01/PC-TTr"


def test_first_receipt_shows_intake_identity_and_reprint_is_masked(data_dir: Path) -> None:
    desk = _desk(data_dir)
    saved = desk.cases.create_case(draft())
    first = desk.documents.issue_receipt(saved.uid, intake_identities=(canary_identity(),))
    assert first.shows_identity
    assert first.copies == 3  # denunciation: 03 copies
    text = extract(first.pdf).flat
    assert squash(CANARY_NAME) in text
    assert CANARY_ID in text
    assert "Zqxwylvh" not in repr(first)

    with pytest.raises(RevealRequired):
        desk.documents.issue_receipt(saved.uid, intake_identities=(canary_identity(),))
    reprint = desk.documents.issue_receipt(saved.uid)
    assert not reprint.shows_identity
    assert not _shows_canary(reprint.pdf)
    flat = extract(reprint.pdf).flat
    assert squash(saved.reporter_codes[0]) in flat
    assert squash(MASK) in flat

    events = [d for a, d in _audit(desk, saved.uid) if a == "document_printed"]
    assert [(e["doc_number"], e["shows_identity"], e["identity_source"], e["reprint"]) for e in events] == [
        ("01/BN-TTr", True, "intake", False),
        ("02/BN-TTr", False, "none", True),
    ]


def test_intake_identity_only_for_the_officer_who_took_the_case(data_dir: Path) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft()).uid
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    with pytest.raises(RevealRequired):
        desk.documents.issue_receipt(uid, intake_identities=(canary_identity(),))
    assert desk.documents.issued(uid) == []


def test_reprint_with_a_valid_reveal_token_shows_identity(data_dir: Path) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT)).uid
    desk.documents.issue_receipt(uid, intake_identities=(canary_identity(),))
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    reprint = desk.documents.issue_receipt(uid, reveal_token=grant.token)
    assert reprint.shows_identity
    assert reprint.copies == 2  # complaint: 02 copies
    assert squash(CANARY_NAME) in extract(reprint.pdf).flat
    last = [d for a, d in _audit(desk, uid) if a == "document_printed"][-1]
    assert last["identity_source"] == "reveal"
    assert last["supervisor"] == SUPERVISOR.username


def test_expired_or_foreign_token_is_refused_and_consumes_no_number(data_dir: Path) -> None:
    clock = Clock()
    desk = _desk(data_dir, clock)
    uid = desk.cases.create_case(draft(channel=Channel.POST)).uid
    other = desk.cases.create_case(draft(subject="Tố cáo khác")).uid
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    with pytest.raises(PermissionDenied):
        desk.documents.issue_receipt(other, reveal_token=grant.token)
    clock.advance(timedelta(minutes=5))
    with pytest.raises(RevealExpired):
        desk.documents.issue_receipt(uid, reveal_token=grant.token)
    with pytest.raises(RevealExpired):
        desk.documents.issue_transfer_slip(uid, "Công an huyện", reveal_token=grant.token, disclosure_basis=BASIS)
    with pytest.raises(RevealExpired):
        desk.documents.issue_receipt(uid, reveal_token="made-up-token")
    assert desk.documents.issued(uid) == []
    assert desk.documents.issue_receipt(uid).number == "01/BN-TTr"


def test_denunciation_transfer_slip_discloses_only_with_reveal_and_basis(data_dir: Path) -> None:
    desk = _desk(data_dir)
    saved = desk.cases.create_case(draft(channel=Channel.POST))  # a mailed denunciation (a walk-in one is guided)
    uid = saved.uid
    masked = desk.documents.issue_transfer_slip(uid, "Công an huyện Ea Kar")
    assert not masked.shows_identity
    assert not _shows_canary(masked.pdf)
    assert squash(saved.reporter_codes[0]) in extract(masked.pdf).flat

    with pytest.raises(DisclosureNeedsReveal):
        desk.documents.issue_transfer_slip(uid, "Công an huyện Ea Kar", disclosure_basis=BASIS)

    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    body = (RecipientRole.BODY,)  # the copy sent to the receiving body (the file copy may name the denouncer)
    token_only = desk.documents.issue_transfer_slip(uid, "Công an huyện Ea Kar", reveal_token=grant.token, copies=body)
    assert token_only.roles == body
    assert not token_only.shows_identity
    assert not _shows_canary(token_only.pdf)

    disclosed = desk.documents.issue_transfer_slip(
        uid, "Công an huyện Ea Kar", reveal_token=grant.token, disclosure_basis=BASIS, copies=body
    )
    assert disclosed.shows_identity
    flat = extract(disclosed.pdf).flat
    assert squash(CANARY_NAME) in flat
    assert squash(BASIS) in flat

    entries = _audit(desk, uid)
    printed = [d for a, d in entries if a == "document_printed" and d["doc_kind"] == "transfer_slip"]
    assert [(d["doc_number"], d["shows_identity"]) for d in printed] == [
        ("01/PC-TTr", False),
        ("02/PC-TTr", False),
        ("03/PC-TTr", True),
    ]
    disclosures = [d for a, d in entries if a == "identity_disclosed"]
    assert disclosures == [
        {
            "doc_kind": "transfer_slip",
            "doc_number": "03/PC-TTr",
            "supervisor": SUPERVISOR.username,
            "disclosure_basis": BASIS,
        }
    ]
    dumped = json.dumps([d for _, d in entries], ensure_ascii=False)
    assert not any(c in dumped for c in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS))


def test_petition_transfer_slip_follows_the_reveal(data_dir: Path) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft(kind=CaseKind.PETITION)).uid
    assert not _shows_canary(desk.documents.issue_transfer_slip(uid, "UBND huyện").pdf)
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    revealed = desk.documents.issue_transfer_slip(uid, "UBND huyện", reveal_token=grant.token)
    assert revealed.shows_identity
    assert squash(CANARY_NAME) in extract(revealed.pdf).flat


def test_other_case_documents_are_masked_and_numbered(data_dir: Path) -> None:
    desk = _desk(data_dir)
    uid = desk.cases.create_case(draft(kind=CaseKind.COMPLAINT)).uid
    ground = sorted(refusal_grounds())[0]
    docs = [
        desk.documents.issue_guidance_slip(uid, "Tòa án nhân dân huyện Ea Kar"),
        desk.documents.issue_appointment_slip(
            uid,
            appointment_at=datetime(2026, 11, 27, 8, 30),
            appointment_place="Phòng tiếp công dân",
            meet_with="Chánh Thanh tra tỉnh",
        ),
        desk.documents.issue_acceptance_proposal(uid, "Chánh Thanh tra tỉnh"),
        desk.documents.issue_refusal_notice(uid, ground=ground, details="Người đến không tỉnh táo"),
    ]
    assert [d.number for d in docs] == ["01/HD-TTr", "01/PH-TTr", "01/ĐX-TTr", "01/TB-TTr"]
    for doc in docs:
        assert not doc.shows_identity
        assert not _shows_canary(doc.pdf)
        assert extract(doc.pdf).pages


def test_logbook_is_masked_numbered_and_audited(data_dir: Path) -> None:
    desk = _desk(data_dir)
    desk.cases.create_case(draft(kind=CaseKind.COMPLAINT))
    den = desk.cases.create_case(draft())
    desk.cases.create_case(draft(received_at=datetime(2026, 10, 1, 9, 0, tzinfo=UTC)))
    book = desk.documents.issue_logbook(date(2026, 11, 1), date(2026, 11, 30))
    assert book.number == "01/STCD-TTr"
    assert not book.shows_identity
    assert not _shows_canary(book.pdf)
    assert squash(den.reporter_codes[0]) in extract(book.pdf).flat
    assert desk.documents.issue_logbook(date(2026, 12, 1), date(2026, 12, 31)).number == "02/STCD-TTr"
    with pytest.raises(ValidationError):
        desk.documents.issue_logbook(date(2026, 12, 1), date(2026, 11, 1))
    events = [d for a, d in _audit(desk) if a == "document_printed" and d["doc_kind"] == "logbook"]
    assert [(d["doc_number"], d["count"], d["date_from"]) for d in events] == [
        ("01/STCD-TTr", 2, "2026-11-01"),
        ("02/STCD-TTr", 0, "2026-12-01"),
    ]


def test_receipt_carries_the_verification_code(data_dir: Path) -> None:
    from reception_app.storage import crypto
    from reception_app.storage.settings import get_setting

    desk = _desk(data_dir)
    saved = desk.cases.create_case(draft())
    doc = desk.documents.issue_receipt(saved.uid)
    _, db, _ = desk.ctx.require()
    code = crypto.short_code(bytes.fromhex(get_setting(db, "verify_key")), saved.uid)
    flat = extract(doc.pdf).flat
    assert squash(code) in flat
    assert squash(saved.number) in flat
