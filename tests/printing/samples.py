"""Sample cases, headers and canary identities for the printing tests (no database needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from reception_app.models.case import CaseDetail, ReceivedDocument, ReporterIdentity, ReporterView
from reception_app.models.enums import CaseKind, CaseStatus, Channel, DocumentState, Gender, IdKind, Sector
from reception_app.printing.document import AgencyHeader, LogbookRow

# Unique strings that must never appear on a masked document.
CANARY_NAME = "Zqxwylvh Canaryname Ợẫ"
CANARY_ID = "079188765432"
CANARY_PHONE = "0987650321"
CANARY_ADDRESS = "Số 77 hẻm Canarystreet Qwpvx"
CANARIES = (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS)

HEADER = AgencyHeader(
    parent_agency="UBND tỉnh Đắk Lắk",
    agency_name="Thanh tra tỉnh",
    place_name="Đắk Lắk",
    doc_symbol="TTr",
    signer_title="KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA",
    signer_name="Nguyễn Thị Hồng Nhung",
    agency_in_text="Thanh tra tỉnh Đắk Lắk",
)
PRINTED_AT = datetime(2027, 1, 5, 14, 7)
PRINT_DAY = date(2027, 1, 5)


def canary_identity() -> ReporterIdentity:
    return ReporterIdentity(
        full_name=CANARY_NAME,
        id_kind=IdKind.CCCD,
        id_number=CANARY_ID,
        id_issued_on=date(2021, 5, 4),
        id_issued_by="Cục Cảnh sát QLHC về TTXH",
        birth_date=date(1988, 3, 9),
        gender=Gender.MALE,
        address=CANARY_ADDRESS,
        phone=CANARY_PHONE,
        email="canary.qwpvx@example.org",
    )


def make_case(
    kind: CaseKind = CaseKind.DENUNCIATION,
    *,
    revealed: bool = True,
    reporters: int = 1,
    number: str = "TC-2027-0007",
    **changes: object,
) -> CaseDetail:
    """A case as the detail page would hold it; ``revealed`` carries the identity (a reveal or intake)."""
    prefix = kind.reporter_prefix
    views = tuple(
        ReporterView(
            seq=i,
            reporter_code=f"{prefix}-2027-0007-{i}",
            is_representative=i == 1,
            identity=canary_identity() if revealed else None,
        )
        for i in range(1, reporters + 1)
    )
    if kind is CaseKind.ANONYMOUS_TIP:
        views = ()
    case = CaseDetail(
        id=7,
        uid="c0ffee00-0000-4000-8000-000000000007",
        number=number,
        received_at=datetime(2027, 1, 4, 9, 5),
        kind=kind,
        channel=Channel.WALK_IN,
        sector=Sector.ADMIN_LAND,
        subject="Tố cáo cán bộ địa chính xã Ea Tu nhận tiền để ký hồ sơ đất",
        content="Ông Trần Văn K., cán bộ địa chính, yêu cầu đưa 20 triệu đồng để ký hồ sơ cấp giấy chứng nhận.",
        accused="Trần Văn K.",
        accused_position="Công chức địa chính - xây dựng",
        province_code="66",
        ward_code="24100",
        location="Xã Ea Tu",
        group_size=1,
        status=CaseStatus.RECEIVED,
        due_on=date(2027, 1, 13),
        officer="Nguyễn Cán Bộ",
        created_at=datetime(2027, 1, 4, 9, 20),
        version=1,
        reporters=views,
        documents=(
            ReceivedDocument("Đơn tố cáo viết tay", 3, DocumentState.ORIGINAL),
            ReceivedDocument("Ảnh chụp tin nhắn điện thoại", 2, DocumentState.COPY),
            ReceivedDocument("Biên lai nộp tiền", 1, DocumentState.CERTIFIED_COPY),
        ),
    )
    return replace(case, **changes)  # type: ignore[arg-type]


def logbook_rows(revealed: bool = True) -> list[LogbookRow]:
    return [
        LogbookRow(
            make_case(CaseKind.DENUNCIATION, revealed=revealed),
            within_jurisdiction=True,
            accepted_by="Thanh tra tỉnh, Phiếu chuyển số 05/PC-TTr",
        ),
        LogbookRow(
            make_case(
                CaseKind.COMPLAINT,
                revealed=revealed,
                number="KN-2027-0008",
                subject="Khiếu nại quyết định thu hồi đất",
                group_size=6,
            ),
            prior_resolution="UBND xã Ea Tu",
            within_jurisdiction=False,
            guided_to="UBND tỉnh Đắk Lắk, Phiếu hướng dẫn số 02/HD-TTr",
        ),
        LogbookRow(make_case(CaseKind.ANONYMOUS_TIP, number="TTC-2027-0009"), note="Thư không ký tên"),
    ]
