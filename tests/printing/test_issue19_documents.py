"""Issue 19, the rest of the desk's paper: thụ lý / không thụ lý notices, the Quyết định thụ lý tố cáo, the
multi-content guidance (07-XLĐ), the protection request (07-TCD) and the Sổ theo dõi xử lý đơn — each read
back from its PDF with poppler's pdftotext; and the documents under the rule set of the case's date.

The denouncer (the canary identity) may appear on their own copy and on the secret file copy only; an identity
the citizen presented at the desk fills their own copy only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from reception_app.models.case import CaseDetail
from reception_app.models.enums import CaseKind, Channel, ProtectionStatus, Relation
from reception_app.models.masking import MaskPolicy
from reception_app.models.protection import ProtectedPerson, ProtectionCase, ProtectionDetails
from reception_app.models.recipients import DocumentKind, IdentitySource, RecipientRole
from reception_app.models.rulesets import (
    ADMIN,
    RuleSetError,
    candidate,
    install_admin_sets,
    parse_ruleset,
    ruleset_for,
)
from reception_app.printing.acceptance import (
    build_acceptance_decision,
    build_acceptance_notice,
    build_rejection_notice,
    rejection_grounds,
)
from reception_app.printing.document import PrintDocument, build_refusal_notice, select_copies
from reception_app.printing.mail_book import MailBookRow, build_mail_book
from reception_app.printing.multi_content import build_multi_content_guidance
from reception_app.printing.pdf import render_pdf
from reception_app.printing.protection_documents import build_protection_request
from reception_app.printing.templates import templates_for, templates_of
from tests.printing.pdftext import pdftotext
from tests.printing.samples import CANARY_ADDRESS, CANARY_ID, CANARY_NAME, HEADER, PRINT_DAY, PRINTED_AT, make_case

AT = {"printed_by": "canbo", "printed_at": PRINTED_AT}
REVEALED = MaskPolicy.REVEALED
BODY = "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
RELATIVE = "Qvrelative Canarywife Ỹợ"
CODE = "NTC-2027-0007-1"
MEASURES = {
    "bao_mat_thong_tin": "Giữ bí mật thông tin người tố cáo",
    "bao_ve_viec_lam": "Bảo vệ vị trí công tác, việc làm",
}
REQUEST = ProtectionCase(
    id=1,
    case_uid="u",
    case_number="TC-2027-0007",
    requested_on=date(2027, 1, 4),
    status=ProtectionStatus.REQUESTED,
    measures_requested=("bao_mat_thong_tin", "bao_ve_viec_lam"),
    decision_number="",
    decided_on=None,
    decided_by="",
    created_by="canbo",
)
DETAILS = ProtectionDetails(
    (ProtectedPerson(CANARY_NAME, Relation.DENOUNCER, CANARY_ADDRESS), ProtectedPerson(RELATIVE, Relation.SPOUSE)),
    "Bị người bị tố cáo đe dọa qua điện thoại sau khi gửi đơn.",
)


def _copies(doc: PrintDocument) -> list[tuple[RecipientRole, str, str]]:
    """(role, label, pdftotext of that copy alone) for every copy (parts rendered one at a time)."""
    out = []
    for i, part in enumerate(doc.parts):
        one = replace(doc, parts=(part,), copies=1, copy_labels=(part.recipient.label,) if part.recipient.label else ())
        assert one.parts == (doc.parts[i],)
        out.append((part.recipient.role, part.recipient.label, pdftotext(render_pdf(one))))
    return out


Build = Callable[[CaseDetail, MaskPolicy, IdentitySource], PrintDocument]

DENUNCIATION_DOCS: dict[DocumentKind, Build] = {
    DocumentKind.ACCEPTANCE_NOTICE: lambda c, p, s: build_acceptance_notice(
        c, p, HEADER, 3, accepted_on=PRINT_DAY, decision_ref="05/QĐ-TTr", source=s, **AT
    ),
    DocumentKind.REJECTION_NOTICE: lambda c, p, s: build_rejection_notice(
        c, p, HEADER, 4, grounds=["tc_4"], source=s, **AT
    ),
    DocumentKind.ACCEPTANCE_DECISION: lambda c, p, s: build_acceptance_decision(
        c, p, HEADER, 5, verifier="Phòng Giải quyết khiếu nại, tố cáo", source=s, **AT
    ),
    DocumentKind.MULTI_CONTENT_GUIDANCE: lambda c, p, s: build_multi_content_guidance(
        c,
        p,
        HEADER,
        6,
        [("Tố cáo cán bộ thuế nhận tiền", "Chi cục Thuế khu vực XIV")],
        own_part="tố cáo cán bộ địa chính",
        superior="Thanh tra Chính phủ",
        source=s,
        **AT,
    ),
    DocumentKind.PROTECTION_REQUEST: lambda c, p, s: build_protection_request(
        c, REQUEST, p, HEADER, measure_labels=MEASURES, details=DETAILS, source=s, **AT
    ),
}


@pytest.mark.parametrize("doc_kind", list(DENUNCIATION_DOCS))
def test_a_revealed_denouncer_is_named_on_their_own_copy_and_the_file_copy_only(doc_kind: DocumentKind) -> None:
    doc = DENUNCIATION_DOCS[doc_kind](make_case(CaseKind.DENUNCIATION), REVEALED, IdentitySource.REVEAL)
    copies = _copies(doc)
    assert len(copies) >= 2
    for role, label, text in copies:
        if label:
            assert label in text
        if role in (RecipientRole.CITIZEN, RecipientRole.FILE):
            assert CANARY_NAME in text, label
            assert CANARY_ADDRESS in text, label
        else:
            for canary in (CANARY_NAME, CANARY_ADDRESS, CANARY_ID, RELATIVE):
                assert canary not in text, (label, canary)
            assert CODE in text, label  # the body's copy knows the denouncer by code only


@pytest.mark.parametrize("doc_kind", list(DENUNCIATION_DOCS))
def test_an_identity_presented_at_the_desk_fills_only_the_denouncers_copy(doc_kind: DocumentKind) -> None:
    doc = DENUNCIATION_DOCS[doc_kind](make_case(CaseKind.DENUNCIATION), REVEALED, IdentitySource.PRESENTED)
    named = [role for role, _label, text in _copies(doc) if CANARY_NAME in text or RELATIVE in text]
    citizen = RecipientRole.CITIZEN in doc.roles()
    assert named == ([RecipientRole.CITIZEN] if citizen else [])


def test_acceptance_notice_of_a_complaint_has_its_fields_and_a_copy_for_the_transferring_body() -> None:
    case = make_case(CaseKind.COMPLAINT, subject="Khiếu nại Quyết định số 123/QĐ-UBND về việc thu hồi đất")
    doc = build_acceptance_notice(
        case, REVEALED, HEADER, 3, accepted_on=PRINT_DAY, resolve_by=date(2027, 2, 4), transferred_by=BODY, **AT
    )
    copies = _copies(doc)
    assert [c[0] for c in copies] == [RecipientRole.CITIZEN, RecipientRole.BODY, RecipientRole.FILE]
    text = copies[0][2]
    for expected in (
        "THÔNG BÁO",
        "Về việc thụ lý giải quyết khiếu nại",
        "Số: 03/TB-TTr",
        "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;",
        "Khiếu nại Quyết định số 123/QĐ-UBND về việc thu hồi đất",
        "đã thụ lý giải quyết khiếu nại từ ngày 05/01/2027",
        "Thời hạn giải quyết khiếu nại là 30 ngày kể từ ngày thụ lý (Điều 28 Luật Khiếu nại), đến ngày 04/02/2027.",
        f"Kính gửi: Ông (bà) {CANARY_NAME}",
        f"{BODY} (để biết);",
    ):
        assert expected in text, expected
    assert f"Bản gửi {BODY}" in copies[1][2]
    assert CANARY_NAME in copies[1][2]  # a complaint is not secret from the body that transferred it


def test_rejection_notice_prints_each_chosen_ground_and_returns_originals() -> None:
    case = make_case(CaseKind.COMPLAINT)
    grounds = rejection_grounds(CaseKind.COMPLAINT)
    assert len(grounds) == 9
    assert set(rejection_grounds(CaseKind.DENUNCIATION)) == {"tc_1", "tc_2", "tc_3", "tc_4", "tc_5"}
    assert not rejection_grounds(CaseKind.PETITION)  # a kiến nghị, phản ánh is answered, not accepted
    doc = build_rejection_notice(case, REVEALED, HEADER, 4, grounds=["kn_5", "kn_6"], details="Đơn không ký.", **AT)
    text = _copies(doc)[0][2]
    assert "Về việc không thụ lý giải quyết khiếu nại" in text
    assert "1. Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại" in text
    assert "2. Thời hiệu, thời hạn khiếu nại đã hết" in text
    assert "Đơn không ký." in text
    assert "Căn cứ Điều 11 và Điều 27 Luật Khiếu nại" in text
    assert "bản gốc kèm theo đơn được trả lại" in text  # the sample case holds an original letter
    no_originals = build_rejection_notice(replace(case, documents=()), REVEALED, HEADER, 4, grounds=["kn_5"], **AT)
    assert "bản gốc" not in _copies(no_originals)[0][2]
    with pytest.raises(ValueError, match="unknown grounds"):
        build_rejection_notice(case, REVEALED, HEADER, 4, grounds=["tc_1"], **AT)
    with pytest.raises(ValueError, match="at least one ground"):
        build_rejection_notice(case, REVEALED, HEADER, 4, grounds=[], **AT)
    tc = build_rejection_notice(make_case(), REVEALED, HEADER, 4, grounds=["tc_3"], **AT)
    assert "Vụ việc không thuộc thẩm quyền giải quyết của Thanh tra tỉnh Đắk Lắk" in _copies(tc)[0][2]


def test_acceptance_decision_states_the_accused_the_content_and_the_time_limit() -> None:
    doc = build_acceptance_decision(
        make_case(), REVEALED, HEADER, 5, verifier="Phòng Nghiệp vụ 2", resolve_by=date(2027, 2, 4), **AT
    )
    text = _copies(doc)[2][2]  # the file copy
    for expected in (
        "QUYẾT ĐỊNH",
        "Về việc thụ lý tố cáo",
        "Số: 05/QĐ-TTr",
        "Xét đơn tố cáo ngày 04/01/2027 (vụ việc số TC-2027-0007)",
        "Điều 1. Thụ lý tố cáo đối với Trần Văn K., Công chức địa chính - xây dựng về nội dung: Tố cáo cán bộ",
        "Điều 2. Thời hạn giải quyết tố cáo là 30 ngày kể từ ngày ký Quyết định này (đến ngày 04/02/2027).",
        "Điều 3. Phòng Nghiệp vụ 2, người bị tố cáo",
        "Như Điều 3;",
    ):
        assert expected in text, expected
    with pytest.raises(ValueError, match="denunciation"):
        build_acceptance_decision(make_case(CaseKind.COMPLAINT), REVEALED, HEADER, 5, **AT)


def test_multi_content_guidance_lists_every_content_with_its_body() -> None:
    doc = build_multi_content_guidance(
        make_case(CaseKind.MIXED),
        REVEALED,
        HEADER,
        6,
        [("Khiếu nại về mức bồi thường", "Chủ tịch Ủy ban nhân dân xã Ea Tu"), ("Tố cáo cán bộ thuế", "Chi cục Thuế")],
        **AT,
    )
    assert doc.roles() == (RecipientRole.CITIZEN, RecipientRole.FILE)  # no superior given: no copy for one
    text = _copies(doc)[0][2]
    assert "Về việc đơn có nhiều nội dung thuộc thẩm quyền của nhiều cơ quan" in text
    assert "1. Khiếu nại về mức bồi thường: gửi đến Chủ tịch Ủy ban nhân dân xã Ea Tu." in text
    assert "2. Tố cáo cán bộ thuế: gửi đến Chi cục Thuế." in text
    assert "chỉ thực hiện một lần" in text
    with pytest.raises(ValueError, match="content and its competent body"):
        build_multi_content_guidance(make_case(CaseKind.MIXED), REVEALED, HEADER, 6, [("Nội dung", " ")], **AT)


def test_protection_request_is_the_denouncers_paper_dated_the_day_of_the_request() -> None:
    doc = build_protection_request(
        make_case(), REQUEST, REVEALED, HEADER, measure_labels=MEASURES, details=DETAILS, **AT
    )
    text = _copies(doc)[0][2]
    assert "ĐƠN ĐỀ NGHỊ" in text
    assert "Áp dụng biện pháp bảo vệ người tố cáo" in text
    assert "Kính gửi: Thủ trưởng Thanh tra tỉnh Đắk Lắk" in text
    assert "Đắk Lắk, ngày 04 tháng 01 năm 2027" in text  # the request's own date, not the print date
    assert "Số:" not in text  # a citizen's paper has no number
    assert "THANH TRA TỈNH" not in text  # nor the agency's box
    assert f"Vợ hoặc chồng: {RELATIVE}" in text
    assert "Bị người bị tố cáo đe dọa" in text
    assert "1. Giữ bí mật thông tin người tố cáo" in text
    assert "2. Bảo vệ vị trí công tác, việc làm" in text
    assert "NGƯỜI ĐỀ NGHỊ" in text
    masked = build_protection_request(
        make_case(revealed=False), REQUEST, MaskPolicy.MASKED, HEADER, measure_labels=MEASURES, details=DETAILS, **AT
    )
    for _role, _label, text in _copies(masked):
        assert RELATIVE not in text
        assert "Bị người bị tố cáo đe dọa" not in text  # the reasons are sealed with the people
        assert "Vợ hoặc chồng: (họ tên, địa chỉ ghi tại bản lưu hồ sơ, chế độ mật)" in text
        assert CODE in text


def test_mail_book_is_its_own_book_of_petitions_not_brought_to_the_desk() -> None:
    posted = make_case(channel=Channel.POST)
    walk_in = make_case(CaseKind.COMPLAINT, number="KN-2027-0099", subject="Khiếu nại tại quầy")
    sent = make_case(
        CaseKind.COMPLAINT, channel=Channel.TRANSFERRED, number="KN-2027-0008", subject="Khiếu nại thu hồi đất"
    )
    doc = build_mail_book(
        [
            MailBookRow(posted, handled_by="Phòng Tiếp dân", decision="Chuyển đơn", result="Phiếu chuyển 05/PC-TTr"),
            MailBookRow(walk_in),
            MailBookRow(sent, source="Văn phòng Đoàn ĐBQH tỉnh chuyển", decision="Thụ lý"),
        ],
        date(2027, 1, 1),
        date(2027, 1, 31),
        HEADER,
        number=2,
        **AT,
    )
    assert doc.landscape
    assert doc.roles() == (RecipientRole.FILE,)
    assert not doc.shows_identity
    text = pdftotext(render_pdf(doc))
    for expected in (
        "SỔ THEO DÕI XỬ LÝ ĐƠN",
        "Từ ngày 01/01/2027 đến ngày 31/01/2027",
        "Nguồn đơn đến",
        "(12)",
        "Qua bưu chính",
        "Văn phòng Đoàn ĐBQH tỉnh chuyển",
        "Phiếu chuyển 05/PC-TTr",
        CODE,
        "Sổ này có 02 đơn",
    ):
        assert expected in text, expected
    assert "(13)" not in text
    assert "Khiếu nại tại quầy" not in text  # a walk-in case is in the Sổ tiếp công dân
    for canary in (CANARY_NAME, CANARY_ID, CANARY_ADDRESS):
        assert canary not in text


# ------------------------------------------------------------------------------- rule sets by effective date


@pytest.fixture
def bundled_sets_only() -> Iterator[None]:
    install_admin_sets([])
    yield
    install_admin_sets([])


def _refusal(received: datetime, printed: datetime, ground: str) -> str:
    case = make_case(CaseKind.COMPLAINT, received_at=received)
    tpl = templates_for(received.date(), printed.date())
    doc = build_refusal_notice(
        case, MaskPolicy.MASKED, HEADER, 1, ground=ground, printed_by="canbo", printed_at=printed, templates=tpl
    )
    return pdftotext(render_pdf(select_copies(doc, [RecipientRole.FILE])))


@pytest.mark.usefixtures("bundled_sets_only")
def test_cases_received_30_june_and_1_july_2026_print_different_forms_and_grounds() -> None:
    old_day, new_day = datetime(2026, 6, 30, 9, 0), datetime(2026, 7, 1, 9, 0)
    assert (ruleset_for(old_day.date()).key, ruleset_for(new_day.date()).key) == ("vn-2014", "vn-2026-07")
    old_grounds = templates_for(old_day.date()).document("refusal_notice")
    new_grounds = templates_for(new_day.date()).document("refusal_notice")
    assert set(old_grounds.notice_grounds) == {"k3"}
    assert {"n1", "n9"} <= set(new_grounds.notice_grounds)
    old = _refusal(old_day, old_day, "k3")
    new = _refusal(new_day, new_day, "n1")
    assert "01/TCD" not in old
    assert "Mẫu số 01/TCD" in new
    assert "Căn cứ khoản 3 Điều 9 Luật Tiếp công dân" in old
    assert "vũ khí" in new
    assert "Điều 4 Nghị định số 154/2026/NĐ-CP" in new
    with pytest.raises(ValueError, match="unknown refusal ground"):
        _refusal(old_day, old_day, "n1")  # the NĐ 154/2026 grounds do not exist for a case of 30 June
    # a case of 30 June printed on 2 July: the old grounds and wording, the form number in force that day
    late = _refusal(old_day, datetime(2026, 7, 2, 9, 0), "k3")
    assert "Mẫu số 01/TCD" in late
    assert "Căn cứ khoản 3 Điều 9 Luật Tiếp công dân" in late
    # the documents of this issue print under either set, with the Căn cứ lines of the case's set
    texts = {}
    for day in (old_day, new_day):
        tpl = templates_for(day.date(), day.date())
        doc = build_acceptance_notice(
            make_case(received_at=day), REVEALED, HEADER, 1, accepted_on=day.date(), templates=tpl, **AT
        )
        texts[day] = pdftotext(render_pdf(doc))
        assert "Về việc thụ lý tố cáo" in texts[day]
    assert "Căn cứ Nghị định số 156/2026/NĐ-CP." in texts[new_day]
    assert (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo số 136/2025/QH15;"
        in texts[new_day]
    )
    assert "156/2026" not in texts[old_day]
    assert "136/2025" not in texts[old_day]
    complaint = make_case(CaseKind.COMPLAINT, received_at=new_day)
    rejected = build_rejection_notice(
        complaint, REVEALED, HEADER, 1, grounds=["kn_5"], templates=templates_for(new_day.date()), **AT
    )
    assert "Căn cứ Nghị định số 155/2026/NĐ-CP." in pdftotext(render_pdf(rejected))


def _set_file(tmp_path: Path, **templates: object) -> Path:
    raw = {
        "format": 1,
        "key": "vn-2027-01",
        "name": "Bộ quy tắc thử nghiệm từ 01/01/2027",
        "effective_from": "2027-01-01",
        "source": "Văn bản giả định cho kiểm thử",
        "tag": "M",
        "templates": {"documents": templates},
    }
    path = tmp_path / "2027-01-01_test.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def _load(path: Path) -> None:
    """What the administrator's import does (services.rulesets.validate_ruleset), then install it."""
    rs = parse_ruleset(json.loads(path.read_text(encoding="utf-8")), origin=ADMIN)
    reg = candidate(rs)
    reg.rules_of(rs)
    templates_of(rs, reg)
    install_admin_sets([rs])


@pytest.mark.usefixtures("bundled_sets_only")
def test_a_later_set_file_gives_the_new_documents_a_form_number_for_later_cases(tmp_path: Path) -> None:
    path = _set_file(
        tmp_path,
        acceptance_notice={"form_label": {"TC": "Mẫu số 05/TC-2027", "default": ""}},
        rejection_notice={"grounds": {"tc_6": "Căn cứ mới năm 2027 để không thụ lý tố cáo."}},
    )
    _load(path)
    assert ruleset_for(date(2027, 1, 4)).key == "vn-2027-01"
    assert ruleset_for(date(2026, 12, 31)).key == "vn-2026-07"
    later, earlier = datetime(2027, 1, 4, 9, 0), datetime(2026, 12, 31, 9, 0)

    def notice(received: datetime, printed: datetime) -> str:
        tpl = templates_for(received.date(), printed.date())
        doc = build_acceptance_notice(
            make_case(received_at=received),
            REVEALED,
            HEADER,
            1,
            accepted_on=printed.date(),
            printed_by="canbo",
            printed_at=printed,
            templates=tpl,
        )
        return pdftotext(render_pdf(doc))

    assert "Mẫu số 05/TC-2027" in notice(later, later)
    assert "05/TC-2027" not in notice(earlier, earlier)
    assert "tc_6" in rejection_grounds(CaseKind.DENUNCIATION, templates_for(later.date()))
    assert "tc_6" not in rejection_grounds(CaseKind.DENUNCIATION, templates_for(earlier.date()))
    # the set keeps what it does not change: the 1 July 2026 refusal form number
    assert templates_for(later.date()).document("refusal_notice").form_label() == "Mẫu số 01/TCD"


@pytest.mark.usefixtures("bundled_sets_only")
def test_a_set_file_that_breaks_a_new_document_is_refused(tmp_path: Path) -> None:
    path = _set_file(tmp_path, acceptance_decision={"copies": 7})
    with pytest.raises(RuleSetError, match="mẫu văn bản"):
        _load(path)
    assert ruleset_for(date(2027, 1, 4)).key == "vn-2026-07"
