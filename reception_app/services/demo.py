"""A demo data folder with realistic Vietnamese sample cases and known demo accounts."""

from __future__ import annotations

import logging
import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from reception_app.models.case import CaseDraft, ReceivedDocument, ReporterDraft, ReporterIdentity
from reception_app.models.enums import (
    Admissibility,
    CaseKind,
    Channel,
    DocumentState,
    Gender,
    IdKind,
    Jurisdiction,
    Result,
    Sector,
)
from reception_app.models.errors import KnownError
from reception_app.models.handling import Classification
from reception_app.services import AgencySettings, Desk, NewUser
from reception_app.storage.keyring_secret import FileSecretStore

log = logging.getLogger(__name__)

DEMO_ACCOUNTS = (
    ("quantri", "quantri-demo-2026", "admin"),
    ("lanhdao", "lanhdao-demo-2026", "supervisor"),
    ("canbo", "canbo-demo-2026", "officer"),
)
DEMO_AGENCY = AgencySettings("UBND TỈNH ĐẮK LẮK", "THANH TRA TỈNH", "Đắk Lắk", "TTr")

_SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "H'",
]
_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Xuân", "Thu", "Kim"]
_GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đức",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hùng",
    "Hương",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phúc",
    "Phương",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thắng",
    "Trang",
    "Tuấn",
    "Vân",
    "Yến",
    "Hiếu",
]
_STREETS = [
    "Lê Duẩn",
    "Nguyễn Tất Thành",
    "Phan Chu Trinh",
    "Y Jút",
    "Hùng Vương",
    "Trần Phú",
    "Ngô Quyền",
    "Mai Hắc Đế",
    "Lý Thường Kiệt",
    "Hai Bà Trưng",
]
_PLACES = [
    "phường Buôn Ma Thuột",
    "phường Tân An",
    "xã Cư M'gar",
    "xã Krông Pắc",
    "phường Tuy Hòa",
    "xã Ea Kar",
    "xã Buôn Đôn",
    "phường Ea Kao",
]
_ACCUSED = [
    ("Ông Trần Văn K.", "Chủ tịch UBND xã"),
    ("Bà Lê Thị M.", "Cán bộ địa chính xã"),
    ("Ông Phạm Quốc H.", "Trưởng thôn"),
    ("Ban quản lý dự án khu dân cư phía Bắc", ""),
    ("Ông Nguyễn Hữu T.", "Cán bộ tư pháp – hộ tịch"),
    ("Công ty TNHH Xây dựng Thành Đạt", ""),
    ("Ông Võ Minh P.", "Phó trưởng phòng Tài nguyên và Môi trường"),
    ("Bà Đỗ Thu H.", "Kế toán trường tiểu học"),
]
_TOPICS: list[tuple[CaseKind, Sector, str, str]] = [
    (
        CaseKind.COMPLAINT,
        Sector.ADMIN_LAND,
        "Khiếu nại quyết định thu hồi đất",
        "Gia đình tôi bị thu hồi {area} m² đất nông nghiệp tại {place} để thực hiện dự án đường giao thông, nhưng "
        "mức bồi thường chỉ {price} đồng/m², thấp hơn nhiều so với giá thị trường. Đề nghị xem xét lại phương án "
        "bồi thường, hỗ trợ và tái định cư.",
    ),
    (
        CaseKind.COMPLAINT,
        Sector.ADMIN_LAND,
        "Khiếu nại việc chậm cấp giấy chứng nhận quyền sử dụng đất",
        "Tôi nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất tại bộ phận một cửa từ {months} tháng trước, đến nay "
        "vẫn chưa được giải quyết và không được thông báo lý do.",
    ),
    (
        CaseKind.COMPLAINT,
        Sector.ADMIN_POLICY,
        "Khiếu nại về chế độ trợ cấp người có công",
        "Cha tôi là thương binh, hồ sơ đề nghị hưởng trợ cấp đã nộp từ năm {year} nhưng bị trả lại nhiều lần với lý "
        "do thiếu giấy tờ. Đề nghị cơ quan có thẩm quyền xem xét giải quyết dứt điểm.",
    ),
    (
        CaseKind.DENUNCIATION,
        Sector.CORRUPTION,
        "Tố cáo hành vi nhận tiền khi giải quyết hồ sơ đất đai",
        "Tôi tố cáo {accused} đã yêu cầu gia đình tôi đưa {money} triệu đồng để được ký xác nhận hồ sơ chuyển mục "
        "đích sử dụng đất. Việc đưa tiền diễn ra tại trụ sở {place}. Tôi có giữ tin nhắn và ghi âm.",
    ),
    (
        CaseKind.DENUNCIATION,
        Sector.ADMIN_CIVIL_SERVICE,
        "Tố cáo cán bộ gây phiền hà khi làm thủ tục hộ tịch",
        "{accused} nhiều lần hẹn lại, yêu cầu bổ sung giấy tờ không có trong quy định khi tôi làm thủ tục đăng ký "
        "khai sinh cho con.",
    ),
    (
        CaseKind.DENUNCIATION,
        Sector.CORRUPTION,
        "Tố cáo sai phạm trong quản lý quỹ xây dựng trường học",
        "Số tiền phụ huynh đóng góp xây dựng phòng học năm học {year} không được công khai, nhiều khoản chi không có "
        "chứng từ. Đề nghị thanh tra làm rõ trách nhiệm của {accused}.",
    ),
    (
        CaseKind.PETITION,
        Sector.ADMIN_ENVIRONMENT,
        "Phản ánh ô nhiễm môi trường từ cơ sở chế biến cà phê",
        "Cơ sở chế biến cà phê tại {place} xả nước thải chưa qua xử lý ra suối, gây mùi hôi và cá chết hàng loạt. "
        "Đề nghị kiểm tra, xử lý.",
    ),
    (
        CaseKind.PETITION,
        Sector.ADMIN_SOCIAL,
        "Kiến nghị sửa chữa đường liên thôn",
        "Tuyến đường liên thôn dài khoảng {area} m bị hư hỏng nặng sau mùa mưa, học sinh đi lại rất nguy hiểm. "
        "Bà con kiến nghị sớm sửa chữa.",
    ),
    (
        CaseKind.PETITION,
        Sector.ADMIN_ECONOMY,
        "Phản ánh tình trạng ép giá thu mua nông sản",
        "Thương lái tại {place} liên kết ép giá thu mua sầu riêng, đề nghị cơ quan chức năng vào cuộc.",
    ),
    (
        CaseKind.ANONYMOUS_TIP,
        Sector.CORRUPTION,
        "Thông tin về việc vòi vĩnh tại bộ phận một cửa",
        "Thư không ký tên phản ánh {accused} thu thêm tiền ngoài quy định khi nhận hồ sơ tại {place}.",
    ),
]


def _name(rng: random.Random, gender: Gender) -> str:
    middle = "Thị" if gender is Gender.FEMALE and rng.random() < 0.7 else rng.choice(_MIDDLE)
    return f"{rng.choice(_SURNAMES)} {middle} {rng.choice(_GIVEN)}".replace("H' ", "H'")


def _identity(rng: random.Random) -> ReporterIdentity:
    gender = rng.choice([Gender.MALE, Gender.FEMALE])
    birth = datetime(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28), tzinfo=UTC).date()
    g = (0 if gender is Gender.MALE else 1) + (2 if birth.year >= 2000 else 0)
    number = f"066{g}{birth.year % 100:02d}{rng.randint(0, 999999):06d}"
    return ReporterIdentity(
        full_name=_name(rng, gender),
        id_kind=IdKind.CCCD,
        id_number=number,
        birth_date=birth,
        gender=gender,
        address=f"{rng.randint(1, 300)} {rng.choice(_STREETS)}, {rng.choice(_PLACES)}, tỉnh Đắk Lắk",
        phone=f"09{rng.randint(10_000_000, 99_999_999)}",
    )


def sample_draft(rng: random.Random, received_at: datetime) -> CaseDraft:
    kind, sector, subject, template = rng.choice(_TOPICS)
    accused, position = rng.choice(_ACCUSED)
    content = template.format(
        area=rng.randint(150, 2500),
        place=rng.choice(_PLACES),
        price=f"{rng.randint(80, 400)}.000",
        months=rng.randint(4, 18),
        year=rng.randint(2018, 2025),
        accused=accused,
        money=rng.randint(5, 80),
    )
    group = rng.choice([1, 1, 1, 1, 2, 6, 12]) if kind is not CaseKind.ANONYMOUS_TIP else 1
    reporters: tuple[ReporterDraft, ...] = ()
    if kind is not CaseKind.ANONYMOUS_TIP:
        count = 1 if group < 5 else rng.randint(1, 2)
        reporters = tuple(ReporterDraft(_identity(rng), is_representative=group >= 5) for _ in range(count))
    docs = tuple(
        ReceivedDocument(name, rng.randint(1, 6), rng.choice(list(DocumentState)))
        for name in rng.sample(
            [
                "Đơn khiếu nại",
                "Đơn tố cáo",
                "Quyết định thu hồi đất",
                "Biên bản kiểm đếm",
                "Giấy chứng nhận quyền sử dụng đất",
                "Hình ảnh hiện trường",
                "Tin nhắn điện thoại",
            ],
            rng.randint(0, 3),
        )
    )
    return CaseDraft(
        kind=kind,
        channel=rng.choice([Channel.WALK_IN, Channel.WALK_IN, Channel.POST, Channel.TRANSFERRED]),
        sector=sector,
        subject=subject,
        content=content,
        accused=accused if kind in (CaseKind.DENUNCIATION, CaseKind.ANONYMOUS_TIP) else "",
        accused_position=position if kind in (CaseKind.DENUNCIATION, CaseKind.ANONYMOUS_TIP) else "",
        location=rng.choice(_PLACES),
        group_size=group,
        reporters=reporters,
        documents=docs,
        received_at=received_at,
    )


def prepare_demo(data_dir: Path, *, cases: int = 300, seed: int = 2026, desk: Desk | None = None) -> Desk:
    """Set up ``data_dir`` with demo accounts and ``cases`` sample cases (idempotent: reuses an existing one)."""
    desk = desk or Desk(data_dir, secret_store=FileSecretStore(data_dir))
    if desk.is_set_up:
        return desk
    (admin_u, admin_p, _), (sup_u, sup_p, _), (off_u, off_p, _) = DEMO_ACCOUNTS
    desk.auth.setup(DEMO_AGENCY, NewUser(admin_u, "Trần Quản Trị", admin_p), NewUser(sup_u, "Lê Lãnh Đạo", sup_p))
    desk.auth.login(admin_u, admin_p)
    try:
        desk.users.create_user(NewUser(off_u, "Nguyễn Cán Bộ", off_p))
        rng = random.Random(seed)
        start = desk.today() - timedelta(days=180)
        step = timedelta(days=180) / max(cases, 1)
        saved = []
        for i in range(cases):
            saved.append(desk.cases.create_case(sample_draft(rng, _office_hours(rng, start + step * i))).uid)
        desk.auth.logout()
        desk.auth.login(sup_u, sup_p)
        _handle_some(desk, rng, saved[: int(len(saved) * 0.8)])  # the newest fifth is still waiting
    finally:
        desk.auth.logout()
    return desk


def _office_hours(rng: random.Random, day: date) -> datetime:
    """A local reception time on a working day (Mon–Fri, 07:30–16:30), as the intake form records it."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime.combine(day, time(7, 30)) + timedelta(minutes=rng.randint(0, 540))


def _handle_some(desk: Desk, rng: random.Random, uids: list[str]) -> None:
    """Give the demo a realistic history: classified, accepted, transferred, guided, resolved; some left late."""
    handling = desk.handling
    agencies = desk.agencies.list()
    for n, uid in enumerate(uids, start=1):
        if rng.random() < 0.12:
            continue  # forgotten: these show up as overdue
        case = desk.cases.get_case(uid)
        try:
            if case.kind is CaseKind.ANONYMOUS_TIP:
                handling.verify_tip(uid, reason="Kiểm tra phục vụ công tác quản lý")
                continue
            if case.kind is CaseKind.MIXED:
                continue
            ours = rng.random() < 0.7
            handling.classify(
                uid,
                Classification(
                    case.kind,
                    admissible=Admissibility.ADMISSIBLE,
                    jurisdiction=Jurisdiction.OURS if ours else Jurisdiction.NOT_OURS,
                    group_size=case.group_size,
                ),
            )
            if not ours:
                if case.kind is CaseKind.COMPLAINT:
                    handling.guide(uid, reason="Hướng dẫn gửi đến cơ quan có thẩm quyền")
                elif agencies:
                    handling.transfer(uid, agency_id=rng.choice(agencies).id)
                continue
            handling.accept(uid, decision_number=f"{n:02d}/QĐ-TTr")
            if rng.random() < 0.6:
                result = rng.choice([Result.RIGHT, Result.WRONG, Result.PARTLY_RIGHT])
                if case.kind is CaseKind.PETITION:
                    result = Result.ANSWERED
                handling.resolve(uid, result=result, decision_number=f"{n:02d}/KL-TTr")
        except KnownError as exc:  # a demo move the rules refuse is simply skipped
            log.info("demo move skipped: %s", exc.text())
