"""Render every document to PDF and read it back with pypdf: headings, numbers, copies, identity, hostile text."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

from reception_app.models.case import ReceivedDocument
from reception_app.models.enums import CaseKind, DocumentState
from reception_app.models.masking import MASK, MaskPolicy
from reception_app.models.recipients import RecipientRole
from reception_app.printing.document import (
    AgencyHeader,
    LogbookRow,
    PrintDocument,
    build_acceptance_proposal,
    build_appointment_slip,
    build_guidance_slip,
    build_logbook,
    build_receipt,
    build_refusal_notice,
    build_transfer_slip,
    select_copies,
)
from reception_app.printing.pdf import clean_text, markup, render_pdf
from tests.printing.pdftext import Extracted, extract, squash
from tests.printing.samples import (
    CANARIES,
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    HEADER,
    PRINTED_AT,
    logbook_rows,
    make_case,
)

REVEALED = MaskPolicy(reveal_identity=True)
MASKED = MaskPolicy(reveal_identity=False)
HEADER_LINES = (
    "UBND TỈNH ĐẮK LẮK",
    "THANH TRA TỈNH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Đắk Lắk, ngày 05 tháng 01 năm 2027",
)
FOOTER_TAIL = "in bởi canbo · 05/01/2027 14:07"


def _render(doc: PrintDocument) -> Extracted:
    return extract(render_pdf(doc))


def _assert_has(out: Extracted, *needles: str) -> None:
    for needle in needles:
        assert unicodedata.normalize("NFC", needle) in out.text, needle


def _assert_no_canary(out: Extracted) -> None:
    for canary in CANARIES:
        assert squash(canary) not in out.flat, canary


def _receipt(kind: CaseKind = CaseKind.DENUNCIATION, policy: MaskPolicy = REVEALED, **changes: object) -> PrintDocument:
    return build_receipt(
        make_case(kind, **changes),  # type: ignore[arg-type]
        policy,
        HEADER,
        5,
        verification_code="7KQ4-M2XD",
        printed_by="canbo",
        printed_at=PRINTED_AT,
    )


def _slip(
    kind: CaseKind = CaseKind.DENUNCIATION, policy: MaskPolicy = REVEALED, number: int = 5, **kw: object
) -> PrintDocument:
    return build_transfer_slip(
        make_case(kind),
        policy,
        HEADER,
        number,
        "Chủ tịch Ủy ban nhân dân xã Ea Tu",
        printed_by="canbo",
        printed_at=PRINTED_AT,
        **kw,  # type: ignore[arg-type]
    )


# ------------------------------------------------------------------------------------------------ receipt


def test_receipt_denunciation_three_labelled_copies() -> None:
    out = _render(_receipt(CaseKind.DENUNCIATION))
    assert len(out.pages) == 3
    labels = ("Liên 1: Giao người tố cáo", "Liên 2: Lưu hồ sơ", "Liên 3: Cán bộ tiếp nhận giữ")
    for page, label in zip(range(3), labels, strict=True):
        text = out.page(page)
        assert label in text
        for line in HEADER_LINES[:-1]:
            assert line in text
        assert "Đắk Lắk, ngày 04 tháng 01 năm 2027" in text  # the reception date, not the print date
        assert "GIẤY BIÊN NHẬN" in text
        assert "Số: 05/BN-TTr" in text
        if page == 0:  # the citizen's copy carries no officer login name
            assert "05/BN-TTr · 05/01/2027 14:07" in text
            assert "canbo" not in text
        else:
            assert f"05/BN-TTr · {FOOTER_TAIL}" in text
    _assert_has(
        out,
        "Thông tin, tài liệu, bằng chứng",
        "Vào hồi 09 giờ 05 phút, ngày 04 tháng 01 năm 2027, tại: Thanh tra tỉnh Đắk Lắk.",
        "Tôi là: Nguyễn Cán Bộ. Chức vụ: Cán bộ tiếp công dân.",
        "Đã nhận của ông (bà):",
        "Đơn tố cáo viết tay – 03 trang – Bản chính",
        "Ảnh chụp tin nhắn điện thoại – 02 trang – Bản sao",
        "Biên lai nộp tiền – 01 trang – Bản sao có chứng thực",
        "được lập thành 03 bản",
        "Mã tra cứu: TC-2027-0007 · 7KQ4-M2XD",
        "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU",
        "NGƯỜI NHẬN",
    )
    assert "Nơi nhận" not in out.text  # a receipt is not a dispatched document
    assert CANARY_NAME in out.text  # revealed policy at intake


def test_receipt_complaint_two_copies() -> None:
    out = _render(_receipt(CaseKind.COMPLAINT))
    assert len(out.pages) == 2
    _assert_has(out, "Liên 1: Giao người khiếu nại", "Liên 2: Giao đơn vị thụ lý (kèm tài liệu)", "lập thành 02 bản")
    assert out.text.count("GIẤY BIÊN NHẬN") == 2


def test_masked_receipt_shows_codes_only() -> None:
    out = _render(_receipt(CaseKind.DENUNCIATION, MASKED))
    _assert_no_canary(out)
    _assert_has(out, "NTC-2027-0007-1", MASK)


# ------------------------------------------------------------------------------------------ transfer slip


def test_denunciation_transfer_slip_never_carries_identity_without_authorisation() -> None:
    doc = _slip(CaseKind.DENUNCIATION, REVEALED)
    out = _render(select_copies(doc, [RecipientRole.BODY]))  # the copy that goes to the receiving body
    _assert_no_canary(out)
    assert "Ông (bà)" not in out.text.split("Nơi nhận:")[1]  # the denouncer gets a separate notice
    _assert_has(
        out,
        "bản sao đơn tố cáo và tài liệu",  # no handwritten original travels with the slip
        "đã lược bỏ họ tên, địa chỉ, bút tích",
        "Bản gốc có bút tích được lưu giữ theo chế độ mật",
    )
    assert "Đơn tố cáo viết tay" not in out.text.split("Tài liệu kèm theo:")[0]
    _assert_has(
        out,
        *HEADER_LINES,
        "Số: 05/PC-TTr",
        "PHIẾU CHUYỂN ĐƠN",
        "Về việc chuyển đơn tố cáo",
        "Kính gửi: Chủ tịch Ủy ban nhân dân xã Ea Tu",
        "Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;",
        "NTC-2027-0007-1",
        "Ngày 04/01/2027, Thanh tra tỉnh Đắk Lắk nhận được đơn tố cáo",
        "chuyển đơn tố cáo đến Chủ tịch Ủy ban nhân dân xã Ea Tu để xem xét, giải quyết",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, TTr.",
        "KT. CHÁNH THANH TRA",
        "PHÓ CHÁNH THANH TRA",
        "Nguyễn Thị Hồng Nhung",
        f"05/PC-TTr · {FOOTER_TAIL}",
    )


def test_denunciation_transfer_slip_with_authorised_disclosure() -> None:
    basis = "Văn bản đồng ý ngày 04/01/2027 của người tố cáo"
    out = _render(_slip(CaseKind.DENUNCIATION, REVEALED, disclosure_authorised=True, disclosure_basis=basis))
    assert squash(CANARY_NAME) in out.flat
    assert squash(CANARY_ADDRESS) in out.flat
    assert CANARY_ID not in out.flat  # a slip names and locates the reporter; it does not print ID papers
    assert squash(basis) in out.flat


def test_petition_transfer_slip_wording() -> None:
    out = _render(_slip(CaseKind.PETITION, MASKED, number=12))
    _assert_no_canary(out)
    _assert_has(
        out,
        "Số: 12/PC-TTr",
        "Về việc chuyển đơn kiến nghị, phản ánh",
        "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;",
    )


# ------------------------------------------------------------------------------------------- other slips


def test_guidance_slip() -> None:
    doc = build_guidance_slip(
        make_case(CaseKind.COMPLAINT),
        MASKED,
        HEADER,
        2,
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        superior="Thanh tra Chính phủ",
        printed_by="canbo",
        printed_at=PRINTED_AT,
    )
    out = _render(doc)
    _assert_no_canary(out)
    _assert_has(
        out,
        *HEADER_LINES,
        "Số: 02/HD-TTr",
        "PHIẾU HƯỚNG DẪN",
        "Về việc khiếu nại không thuộc thẩm quyền",
        "Kính gửi: Ông (bà) ……",  # the citizen's copy without an identity source: a blank to write in
        "Kính gửi: Ông (bà) NKN-2027-0007-1",  # the copies to the bodies: the code
        "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011.",
        "Đề nghị ông (bà) gửi đơn đến Ủy ban nhân dân tỉnh Đắk Lắk",
        "- Thanh tra Chính phủ (để báo cáo);",
        "- Ủy ban nhân dân tỉnh Đắk Lắk (để biết);",
    )


def test_appointment_slip() -> None:
    doc = build_appointment_slip(
        make_case(CaseKind.COMPLAINT),
        REVEALED,
        HEADER,
        3,
        appointment_at=datetime(2027, 1, 12, 8, 0),
        appointment_place="Trụ sở Ban Tiếp công dân tỉnh",
        meet_with="Chánh Thanh tra tỉnh",
        printed_by="canbo",
        printed_at=PRINTED_AT,
    )
    out = _render(doc)
    _assert_has(
        out,
        *HEADER_LINES,
        "Số: 03/PH-TTr",
        "PHIẾU HẸN",
        "vào hồi 08 giờ 00 phút, ngày 12 tháng 01 năm 2027, tại Trụ sở Ban Tiếp công dân tỉnh",
        "để gặp Chánh Thanh tra tỉnh",
        "CÁN BỘ TIẾP CÔNG DÂN",
        CANARY_NAME,
    )


def test_acceptance_proposal_three_signatures() -> None:
    doc = build_acceptance_proposal(
        make_case(CaseKind.DENUNCIATION),
        MASKED,
        HEADER,
        4,
        "Chánh Thanh tra tỉnh Đắk Lắk",
        printed_by="canbo",
        printed_at=PRINTED_AT,
    )
    out = _render(doc)
    _assert_no_canary(out)
    _assert_has(
        out,
        "Mẫu số 01 (Thông tư 05/2021/TT-TTCP)",
        "Số: 04/ĐX-TTr",
        "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN TỐ CÁO",
        "Kính gửi: Chánh Thanh tra tỉnh Đắk Lắk",
        "PHÊ DUYỆT CỦA LÃNH ĐẠO",
        "LÃNH ĐẠO PHÒNG CHUYÊN MÔN",
        "NGƯỜI ĐỀ XUẤT",
        "Đơn chưa được cơ quan, đơn vị nào giải quyết.",
    )


def test_refusal_notice() -> None:
    doc = build_refusal_notice(
        make_case(CaseKind.COMPLAINT),
        MASKED,
        HEADER,
        6,
        ground="k3",
        prior_answer="Thông báo số 12/TB-TTr ngày 03/3/2026",
        printed_by="canbo",
        printed_at=PRINTED_AT,
    )
    out = _render(doc)
    _assert_no_canary(out)
    _assert_has(
        out,
        *HEADER_LINES,
        "Số: 06/TB-TTr",
        "THÔNG BÁO",
        "Về việc từ chối tiếp công dân",
        "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;",
        "Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ",
        "Căn cứ khoản 3 Điều 9 Luật Tiếp công dân, Thanh tra tỉnh Đắk Lắk thông báo từ chối tiếp công dân",
        "Thông báo số 12/TB-TTr ngày 03/3/2026",
        "- Như trên;",
        "- Lưu: VT, TTr.",
    )


# ----------------------------------------------------------------------------------------------- logbook

LOGBOOK_COLUMNS = (
    "STT",
    "Ngày tiếp",
    "Họ tên, địa chỉ",
    "Nội dung đơn (tóm tắt)",
    "Loại đơn",
    "Số người cùng nội dung",
    "Cơ quan đã giải quyết",
    "Thuộc thẩm quyền",
    "Hướng dẫn công dân đến cơ quan có thẩm quyền",
    "Cơ quan, đơn vị thụ lý",
    "Theo dõi kết quả giải quyết",
    "Ghi chú",
)


def _logbook(rows: list[LogbookRow], policy: MaskPolicy = REVEALED) -> PrintDocument:
    return build_logbook(
        rows, date(2027, 1, 1), date(2027, 1, 31), HEADER, policy, printed_by="canbo", printed_at=PRINTED_AT
    )


def test_logbook_landscape_thirteen_columns_repeated_header() -> None:
    many = [
        LogbookRow(make_case(CaseKind.COMPLAINT, revealed=False, number=f"KN-2027-{i:04d}"), within_jurisdiction=True)
        for i in range(1, 41)
    ]
    out = _render(_logbook(many, MASKED))
    assert len(out.pages) >= 2
    for width, height in out.sizes:
        assert width > height  # A4 landscape
    _assert_has(
        out, "SỔ TIẾP CÔNG DÂN", "Từ ngày 01/01/2027 đến ngày 31/01/2027", "Sổ tiếp công dân 01/01/2027–31/01/2027"
    )
    table_pages = [n for n in range(len(out.pages)) if "KN-2027-" in out.page(n)]
    for n in table_pages:
        page = out.page(n)
        for column in LOGBOOK_COLUMNS:
            assert column in page, (n, column)
        assert "(13)" in page
    for n in range(1, len(out.pages)):
        assert str(n + 1) in out.tokens(n)
    assert "Sổ này có 40 lượt tiếp công dân, ghi từ ngày 01/01/2027 đến ngày 31/01/2027." in out.text
    assert "NGƯỜI GHI SỔ" in out.page(len(out.pages) - 1)
    assert squash("CCCD/ CMND/ Hộ chiếu") in out.flat
    for i in (1, 40):
        assert f"KN-2027-{i:04d}" in out.text


def test_logbook_denunciation_rows_masked_with_revealed_policy() -> None:
    rows = logbook_rows(revealed=True)
    out = _render(_logbook(rows[:1] + rows[2:], REVEALED))  # the denunciation and the anonymous tip
    _assert_no_canary(out)
    _assert_has(out, "NTC-2027-0007-1", "Ẩn danh", "TTC-2027-0009")


def test_empty_logbook() -> None:
    out = _render(_logbook([]))
    _assert_has(out, "Không có lượt tiếp công dân nào trong kỳ.")


# ------------------------------------------------------------------------------------------ hostile text

HOSTILE = ("<b>x</b>", "<font size=40>big", "&amp; &", "]]>", "a < b > c", "<para>", "\"quoted\" 'single'")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_in_user_text_prints_literally(hostile: str) -> None:
    case_subject = f"Tiêu đề {hostile} kết thúc"
    doc = build_transfer_slip(
        make_case(CaseKind.PETITION, subject=case_subject, content=f"Nội dung {hostile} hết."),
        MASKED,
        HEADER,
        7,
        f"Cơ quan {hostile}",
        printed_by=f"user{hostile}",
        printed_at=PRINTED_AT,
    )
    out = _render(doc)
    assert squash(case_subject) in out.flat
    assert squash(f"Nội dung {hostile} hết.") in out.flat
    assert squash(f"Cơ quan {hostile}") in out.flat


def test_nfd_text_is_printed_as_nfc() -> None:
    nfd_subject = unicodedata.normalize("NFD", "Khiếu nại việc cấp Giấy chứng nhận quyền sử dụng đất ở Đắk Lắk")
    assert nfd_subject != unicodedata.normalize("NFC", nfd_subject)
    out = _render(
        build_guidance_slip(
            make_case(CaseKind.COMPLAINT, subject=nfd_subject),
            MASKED,
            HEADER,
            1,
            "UBND tỉnh",
            printed_by="canbo",
            printed_at=PRINTED_AT,
        )
    )
    assert unicodedata.normalize("NFC", nfd_subject) in out.text


def test_emoji_and_control_characters_do_not_crash() -> None:
    content = "Người dân gửi ảnh 😀📷 và ký tự \x00 lạ \x07 \ud800 ở đây\u2028dòng mới"
    doc = build_acceptance_proposal(
        make_case(CaseKind.COMPLAINT, content=content),
        MASKED,
        HEADER,
        8,
        "Chánh Thanh tra",
        printed_by="canbo\x00",
        printed_at=PRINTED_AT,
    )
    out = _render(doc)
    assert squash("Người dân gửi ảnh") in out.flat
    assert squash("và ký tự lạ ở đây") in out.flat
    assert "\x00" not in out.flat


def test_documents_with_received_items_full_of_markup() -> None:
    documents = (ReceivedDocument("Bản sao <i>sổ đỏ</i> & phụ lục", 12, DocumentState.COPY),)
    out = _render(_receipt(CaseKind.COMPLAINT, MASKED, documents=documents))
    assert squash("Bản sao <i>sổ đỏ</i> & phụ lục – 12 trang – Bản sao") in out.flat


def test_long_content_flows_onto_following_pages() -> None:
    sentence = "Nội dung rất dài của đơn tố cáo, có dấu tiếng Việt đầy đủ: ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ đ. "
    content = (sentence * (20_000 // len(sentence) + 1))[:20_000]
    assert len(content) == 20_000
    doc = build_transfer_slip(
        make_case(CaseKind.DENUNCIATION, content=content),
        MASKED,
        HEADER,
        9,
        "Chủ tịch UBND xã Ea Tu",
        printed_by="canbo",
        printed_at=PRINTED_AT,
    )
    out = _render(select_copies(doc, [RecipientRole.BODY]))
    footer = f"09/PC-TTr · {FOOTER_TAIL} · Bản gửi Chủ tịch UBND xã Ea Tu"
    assert len(out.pages) >= 4
    # every character, in order, across the page breaks
    label = squash("Bản gửi Chủ tịch UBND xã Ea Tu")  # the copy label, top right of page 1
    assert squash(content.strip()) in out.body_flat(footer).replace(label, "")
    assert "Số: 09/PC-TTr" in out.page(0)
    for n in range(len(out.pages)):
        page = out.page(n)
        assert footer in page
        if n:  # page numbers from page 2 on, never on page 1
            assert str(n + 1) in out.tokens(n)
    assert "1" not in out.tokens(0)
    last = out.page(len(out.pages) - 1)
    assert "Nơi nhận:" in last
    assert "Nguyễn Thị Hồng Nhung" in last


def test_long_unbroken_word_and_long_logbook_cells() -> None:
    word = "Q" * 3_000  # one 3,000-character "word": split by reportlab, never cut off
    content = "ỹ" * 20_000
    rows = [LogbookRow(make_case(CaseKind.COMPLAINT, subject=word + " " + content), note=content[:5_000])]
    out = _render(_logbook(rows, MASKED))
    assert len(out.pages) >= 3
    assert out.flat.count("Q") == 3_000
    assert out.flat.count("ỹ") == 25_000
    for n in range(len(out.pages)):
        if "ỹ" in out.page(n):
            assert "Ghi chú" in out.page(n)  # header row repeated on every page of the table


def test_hostile_header_and_recipient_do_not_break_layout() -> None:
    header = AgencyHeader(
        parent_agency="<b>UBND</b> & " * 50,
        agency_name="Thanh tra <font size=40> " * 60,
        place_name="Đắk Lắk",
        doc_symbol="TTr",
        signer_title="KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA",
        signer_name="Người ký " * 300,
    )
    doc = build_transfer_slip(
        make_case(CaseKind.PETITION),
        MASKED,
        header,
        10,
        "Cơ quan nhận " * 2_000,
        printed_by="canbo",
        printed_at=PRINTED_AT,
    )
    out = _render(doc)
    assert squash("THANH TRA <FONT SIZE=40>") in out.flat


def test_clean_text_and_markup() -> None:
    assert clean_text("a\x00b\x07c\ud800d\ttab\r\nx") == "abcd tab\nx"
    assert clean_text(unicodedata.normalize("NFD", "Đắk Lắk")) == "Đắk Lắk"
    assert markup("<b>&amp;</b>\nx") == "&lt;b&gt;&amp;amp;&lt;/b&gt;<br/>x"


def test_render_is_deterministic() -> None:
    doc = _receipt()
    assert render_pdf(doc) == render_pdf(doc)


def test_receipt_qr_code_encodes_the_verification_line() -> None:
    from reception_app.printing import pdf as pdf_module

    doc = _receipt()
    styles = pdf_module._styles()  # white-box check of the QR payload
    flowables = pdf_module._blocks(doc.blocks, styles, 400, 700)

    def walk(items: object) -> list[object]:
        if isinstance(items, list | tuple):
            return [found for item in items for found in walk(item)]
        inner = getattr(items, "_content", None) or getattr(items, "_cellvalues", None) or []
        return [items, *walk(inner)]

    qr = [f for f in walk(list(flowables)) if type(f).__name__ == "_QrCode"]
    assert len(qr) == 1
    assert qr[0].value == "Mã tra cứu: TC-2027-0007 · 7KQ4-M2XD"  # type: ignore[attr-defined]
