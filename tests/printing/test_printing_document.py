"""Pure builders: numbering, dates, copy counts, identity rules. No PDF is rendered here."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

import pytest

from reception_app.models.enums import CaseKind
from reception_app.models.masking import MASK, MaskPolicy
from reception_app.models.recipients import RecipientRole
from reception_app.printing.document import (
    DocumentKind,
    KeyValues,
    Para,
    PrintDocument,
    TableBlock,
    build_acceptance_proposal,
    build_appointment_slip,
    build_guidance_slip,
    build_logbook,
    build_receipt,
    build_refusal_notice,
    build_transfer_slip,
    effective_policy,
    format_doc_number,
    identity_rows,
    place_date_line,
)
from reception_app.printing.templates import TemplateError
from tests.printing.samples import CANARIES, CANARY_NAME, HEADER, PRINTED_AT, logbook_rows, make_case

REVEALED = MaskPolicy(reveal_identity=True)
MASKED = MaskPolicy(reveal_identity=False)


def _all_text(doc: PrintDocument) -> str:
    return repr(asdict(doc))


def _receipt(kind: CaseKind = CaseKind.DENUNCIATION, policy: MaskPolicy = REVEALED) -> PrintDocument:
    return build_receipt(
        make_case(kind), policy, HEADER, 5, verification_code="7KQ4-M2XD", printed_by="canbo", printed_at=PRINTED_AT
    )


def _slip(kind: CaseKind = CaseKind.DENUNCIATION, policy: MaskPolicy = REVEALED, **kw: object) -> PrintDocument:
    return build_transfer_slip(
        make_case(kind),
        policy,
        HEADER,
        5,
        "Chủ tịch Ủy ban nhân dân xã Ea Tu",
        printed_by="canbo",
        printed_at=PRINTED_AT,
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("seq", "symbol", "expected"),
    [(5, "PC", "05/PC-TTr"), (1, "TB", "01/TB-TTr"), (12, "BN", "12/BN-TTr"), (123, "ĐX", "123/ĐX-TTr")],
)
def test_document_numbers_have_leading_zeros(seq: int, symbol: str, expected: str) -> None:
    assert format_doc_number(seq, symbol, "TTr") == expected


def test_document_number_must_be_positive() -> None:
    with pytest.raises(ValueError, match="start at 1"):
        format_doc_number(0, "PC", "TTr")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2027, 1, 5), "Đắk Lắk, ngày 05 tháng 01 năm 2027"),
        (date(2027, 2, 28), "Đắk Lắk, ngày 28 tháng 02 năm 2027"),
        (date(2019, 6, 29), "Đắk Lắk, ngày 29 tháng 6 năm 2019"),  # NĐ 30/2020 example: months ≥ 3 unpadded
        (date(2026, 12, 9), "Đắk Lắk, ngày 09 tháng 12 năm 2026"),
    ],
)
def test_place_date_line_follows_decree_30(day: date, expected: str) -> None:
    assert place_date_line("Đắk Lắk", day) == expected


def test_builders_are_pure_and_deterministic() -> None:
    assert _receipt() == _receipt()
    assert _slip() == _slip()
    rows = logbook_rows()
    assert build_logbook(
        rows, date(2027, 1, 1), date(2027, 1, 31), HEADER, REVEALED, printed_by="canbo", printed_at=PRINTED_AT
    ) == build_logbook(
        rows, date(2027, 1, 1), date(2027, 1, 31), HEADER, REVEALED, printed_by="canbo", printed_at=PRINTED_AT
    )


def test_builders_do_not_import_reportlab() -> None:
    code = (
        "import sys\n"
        "from tests.printing.test_printing_document import _receipt, _slip\n"
        "_receipt(); _slip()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'reportlab', 'PySide6'})\n"
        "assert not bad, bad\n"
    )
    repo = Path(__file__).resolve().parents[2]
    result = subprocess.run(  # noqa: S603 - fixed interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=repo
    )
    assert result.returncode == 0, result.stderr


def test_receipt_copies_come_from_the_rules() -> None:
    denunciation = _receipt(CaseKind.DENUNCIATION)
    complaint = _receipt(CaseKind.COMPLAINT)
    assert denunciation.copies == 3
    assert denunciation.copy_labels == (
        "Liên 1: Giao người tố cáo",
        "Liên 2: Lưu hồ sơ",
        "Liên 3: Cán bộ tiếp nhận giữ",
    )
    assert complaint.copies == 2
    assert complaint.copy_labels[0] == "Liên 1: Giao người khiếu nại"
    assert denunciation.number == "05/BN-TTr"
    assert denunciation.place_date == "Đắk Lắk, ngày 04 tháng 01 năm 2027"  # the reception date, not the print date
    assert [p.footer for p in denunciation.parts] == [
        "05/BN-TTr · 05/01/2027 14:07",  # the citizen's copy: no officer login name
        "05/BN-TTr · in bởi canbo · 05/01/2027 14:07",
        "05/BN-TTr · in bởi canbo · 05/01/2027 14:07",
    ]


def test_receipt_applies_the_policy_it_is_given() -> None:
    revealed = _all_text(_receipt(policy=REVEALED))
    masked = _all_text(_receipt(policy=MASKED))
    assert CANARY_NAME in revealed  # intake: the citizen's own copy may show their identity
    for canary in CANARIES:
        assert canary not in masked
    assert "NTC-2027-0007-1" in masked
    assert MASK in masked


def test_receipt_verification_line_has_no_identity() -> None:
    doc = _receipt(policy=REVEALED)
    verification = [b for b in doc.blocks if type(b).__name__ == "Verification"]
    assert len(verification) == 1
    text = verification[0].text  # type: ignore[union-attr]
    assert text == "Mã tra cứu: TC-2027-0007 · 7KQ4-M2XD"
    for canary in CANARIES:
        assert canary not in text


def test_denunciation_transfer_slip_forces_masking() -> None:
    doc = _slip(CaseKind.DENUNCIATION, REVEALED)
    body_copy = next(p for p in doc.parts if p.recipient.role is RecipientRole.BODY)
    text = repr(body_copy)
    for canary in CANARIES:
        assert canary not in text
    assert "NTC-2027-0007-1" in text
    assert not any("NTC" in line for line in doc.distribution)  # the denouncer gets a separate notice
    assert doc.recipient == "Chủ tịch Ủy ban nhân dân xã Ea Tu"
    assert doc.number == "05/PC-TTr"
    assert doc.distribution[0] == "Như trên;"
    assert doc.distribution[-1] == "Lưu: VT, TTr."


@pytest.mark.parametrize("kind", [CaseKind.DENUNCIATION, CaseKind.MIXED])
def test_disclosure_needs_explicit_authorisation_and_basis(kind: CaseKind) -> None:
    with pytest.raises(ValueError, match="legal basis"):
        _slip(kind, REVEALED, disclosure_authorised=True)
    doc = _slip(kind, REVEALED, disclosure_authorised=True, disclosure_basis="Văn bản đồng ý của người tố cáo")
    text = _all_text(doc)
    assert CANARY_NAME in text
    assert "Văn bản đồng ý của người tố cáo" in text


def test_disclosure_with_a_masked_policy_stays_masked() -> None:
    doc = _slip(CaseKind.DENUNCIATION, MASKED, disclosure_authorised=True, disclosure_basis="Điều 56")
    for canary in CANARIES:
        assert canary not in _all_text(doc)


def test_petition_transfer_slip_follows_the_given_policy() -> None:
    assert CANARY_NAME in _all_text(_slip(CaseKind.PETITION, REVEALED))
    assert CANARY_NAME not in _all_text(_slip(CaseKind.PETITION, MASKED))


def test_effective_policy() -> None:
    denunciation = make_case(CaseKind.DENUNCIATION)
    complaint = make_case(CaseKind.COMPLAINT)
    assert effective_policy(denunciation, REVEALED) == MASKED
    assert effective_policy(complaint, REVEALED) == REVEALED
    assert effective_policy(denunciation, REVEALED, disclosure_authorised=True, disclosure_basis="x") == REVEALED


def test_logbook_masks_denunciations_even_with_a_revealed_policy() -> None:
    doc = build_logbook(
        logbook_rows(), date(2027, 1, 1), date(2027, 1, 31), HEADER, REVEALED, printed_by="canbo", printed_at=PRINTED_AT
    )
    assert doc.landscape
    table, closing = doc.blocks
    assert isinstance(table, TableBlock)
    assert len(table.header) == 13
    denunciation, complaint, anonymous = table.rows
    assert "NTC-2027-0007-1" in " ".join(denunciation)
    for canary in CANARIES:
        assert canary not in repr(doc)  # the logbook never shows identity, whatever the policy
    assert anonymous[2] == "Ẩn danh"
    assert [r[0] for r in table.rows] == ["1", "2", "3"]
    assert denunciation[5] == "TC"
    assert complaint[5] == "KN"
    assert anonymous[5] == "Thông tin TC"  # no raw code "TTC"
    assert isinstance(closing, Para)
    assert closing.text.startswith("Sổ này có 03 lượt tiếp công dân")
    assert complaint[6] == "6"
    assert denunciation[8] == "x"
    assert doc.subtitle == "Từ ngày 01/01/2027 đến ngày 31/01/2027"


def test_logbook_masked_policy_masks_every_row() -> None:
    doc = build_logbook(
        logbook_rows(), date(2027, 1, 1), date(2027, 1, 31), HEADER, MASKED, printed_by="canbo", printed_at=PRINTED_AT
    )
    for canary in CANARIES:
        assert canary not in _all_text(doc)


def test_logbook_rejects_a_reversed_period() -> None:
    with pytest.raises(ValueError, match="before"):
        build_logbook([], date(2027, 2, 1), date(2027, 1, 1), HEADER, MASKED, printed_by="x", printed_at=PRINTED_AT)


def test_other_builders_use_masking_for_identity() -> None:
    case = make_case(CaseKind.COMPLAINT)
    docs = [
        build_guidance_slip(case, MASKED, HEADER, 2, "UBND tỉnh Đắk Lắk", printed_by="canbo", printed_at=PRINTED_AT),
        build_appointment_slip(
            case,
            MASKED,
            HEADER,
            3,
            appointment_at=PRINTED_AT,
            appointment_place="Trụ sở tiếp công dân",
            meet_with="Chánh Thanh tra",
            printed_by="canbo",
            printed_at=PRINTED_AT,
        ),
        build_acceptance_proposal(
            case, MASKED, HEADER, 4, "Chánh Thanh tra", printed_by="canbo", printed_at=PRINTED_AT
        ),
        build_refusal_notice(case, MASKED, HEADER, 6, ground="k3", printed_by="canbo", printed_at=PRINTED_AT),
    ]
    expected = [
        DocumentKind.GUIDANCE_SLIP,
        DocumentKind.APPOINTMENT_SLIP,
        DocumentKind.ACCEPTANCE_PROPOSAL,
        DocumentKind.REFUSAL_NOTICE,
    ]
    assert [d.kind for d in docs] == expected
    for doc in docs:
        text = _all_text(doc)
        for canary in CANARIES:
            assert canary not in text, doc.kind
        assert "NKN-2027-0007-1" in text, doc.kind


def test_refusal_ground_must_be_known() -> None:
    with pytest.raises(ValueError, match="unknown refusal ground"):
        build_refusal_notice(make_case(), MASKED, HEADER, 6, ground="k9", printed_by="x", printed_at=PRINTED_AT)


def test_several_reporters_each_get_their_rows() -> None:
    case = make_case(CaseKind.COMPLAINT, reporters=3)
    doc = build_receipt(case, MASKED, HEADER, 1, verification_code="C", printed_by="x", printed_at=PRINTED_AT)
    assert sum(isinstance(b, KeyValues) for b in doc.blocks) == 3
    text = _all_text(doc)
    for i in (1, 2, 3):
        assert f"NKN-2027-0007-{i}" in text


def test_anonymous_tip_has_no_reporter_rows() -> None:
    case = make_case(CaseKind.ANONYMOUS_TIP)
    doc = build_transfer_slip(case, REVEALED, HEADER, 1, "Công an xã", printed_by="x", printed_at=PRINTED_AT)
    assert not any(isinstance(b, KeyValues) for b in doc.blocks)
    assert doc.distribution == ("Như trên;", "Lưu: VT, TTr.")


def test_document_rejects_inconsistent_copy_labels() -> None:
    doc = _receipt()
    with pytest.raises(ValueError, match="one copy label per copy"):
        replace(doc, copies=2)


def test_identity_rows_come_from_the_masking_module() -> None:
    view = make_case(CaseKind.COMPLAINT).reporters[0]
    assert identity_rows(view, MASKED, ["full_name", "address"]) == (
        ("Mã người gửi", "NKN-2027-0007-1"),
        ("Họ và tên", MASK),
        ("Địa chỉ", MASK),
    )
    revealed = dict(identity_rows(view, REVEALED, ["full_name", "id_number"]))
    assert revealed["Họ và tên"] == CANARY_NAME
    assert "Địa chỉ" not in revealed
    with pytest.raises(TemplateError, match="unknown identity fields"):
        identity_rows(view, MASKED, ["shoe_size"])


def test_package_import_does_not_pull_in_reportlab() -> None:
    repo = Path(__file__).resolve().parents[2]
    code = "import sys, reception_app.printing\nassert not any(m.startswith('reportlab') for m in sys.modules)\n"
    result = subprocess.run(  # noqa: S603 - fixed interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=repo
    )
    assert result.returncode == 0, result.stderr
