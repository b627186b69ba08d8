"""Domain enumerations (DOMAIN-VN.md §7). Values are stable storage codes; labels are Vietnamese."""

from __future__ import annotations

from enum import StrEnum


class CaseKind(StrEnum):
    """What the citizen brought (Luật TCD Điều 2; Luật Tố cáo Điều 25 for anonymous tips)."""

    COMPLAINT = "KN"  # khiếu nại
    DENUNCIATION = "TC"  # tố cáo
    PETITION = "KNPA"  # kiến nghị, phản ánh
    MIXED = "HH"  # đơn có nhiều nội dung (to be split)
    ANONYMOUS_TIP = "TTC"  # thông tin có nội dung tố cáo (anonymous or false name)

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def reporter_prefix(self) -> str:
        """Prefix of reporter codes: người khiếu nại / tố cáo / kiến nghị."""
        return _REPORTER_PREFIX[self]


_KIND_LABELS = {
    CaseKind.COMPLAINT: "Khiếu nại",
    CaseKind.DENUNCIATION: "Tố cáo",
    CaseKind.PETITION: "Kiến nghị, phản ánh",
    CaseKind.MIXED: "Nhiều nội dung",
    CaseKind.ANONYMOUS_TIP: "Thông tin có nội dung tố cáo",
}
_REPORTER_PREFIX = {
    CaseKind.COMPLAINT: "NKN",
    CaseKind.DENUNCIATION: "NTC",
    CaseKind.PETITION: "NPA",
    CaseKind.MIXED: "NDD",
    CaseKind.ANONYMOUS_TIP: "NTT",
}


class Channel(StrEnum):
    """How the case arrived."""

    WALK_IN = "truc_tiep"
    POST = "buu_dien"
    TRANSFERRED = "chuyen_den"
    MAILBOX = "hom_thu"
    ELECTRONIC = "dien_tu"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    Channel.WALK_IN: "Tiếp trực tiếp",
    Channel.POST: "Qua bưu chính",
    Channel.TRANSFERRED: "Cơ quan khác chuyển đến",
    Channel.MAILBOX: "Hòm thư góp ý",
    Channel.ELECTRONIC: "Cổng thông tin điện tử",
}


class Sector(StrEnum):
    """Top-level reporting sectors (DOMAIN-VN.md §7.2)."""

    ADMIN_POLICY = "hc_chinh_sach"
    ADMIN_LAND = "hc_dat_dai"
    ADMIN_CIVIL_SERVICE = "hc_cong_vu"
    ADMIN_RELIGION = "hc_ton_giao"
    ADMIN_ENVIRONMENT = "hc_moi_truong"
    ADMIN_ECONOMY = "hc_kinh_te"
    ADMIN_SOCIAL = "hc_van_hoa_xa_hoi"
    ADMIN_OTHER = "hc_khac"
    JUDICIAL = "tu_phap"
    PARTY = "dang_doan_the"
    CORRUPTION = "tham_nhung"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _SECTOR_LABELS[self]


_SECTOR_LABELS = {
    Sector.ADMIN_POLICY: "Hành chính – Chế độ, chính sách",
    Sector.ADMIN_LAND: "Hành chính – Đất đai, nhà cửa",
    Sector.ADMIN_CIVIL_SERVICE: "Hành chính – Công chức, công vụ",
    Sector.ADMIN_RELIGION: "Hành chính – Tôn giáo, tín ngưỡng",
    Sector.ADMIN_ENVIRONMENT: "Hành chính – Tài nguyên, môi trường",
    Sector.ADMIN_ECONOMY: "Hành chính – Kinh tế",
    Sector.ADMIN_SOCIAL: "Hành chính – Văn hóa, xã hội",
    Sector.ADMIN_OTHER: "Hành chính – Khác",
    Sector.JUDICIAL: "Tư pháp",
    Sector.PARTY: "Đảng, đoàn thể",
    Sector.CORRUPTION: "Tham nhũng",
    Sector.OTHER: "Khác",
}


class CaseStatus(StrEnum):
    """Lifecycle (DOMAIN-VN.md §7.3): chưa xử lý → đã xử lý → đang giải quyết → đã giải quyết."""

    RECEIVED = "moi"
    PROCESSED = "da_xu_ly"
    IN_PROGRESS = "dang_giai_quyet"
    RESOLVED = "da_giai_quyet"
    CLOSED = "ket_thuc"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    CaseStatus.RECEIVED: "Chưa xử lý",
    CaseStatus.PROCESSED: "Đã xử lý",
    CaseStatus.IN_PROGRESS: "Đang giải quyết",
    CaseStatus.RESOLVED: "Đã giải quyết",
    CaseStatus.CLOSED: "Kết thúc",
}


class DocumentState(StrEnum):
    """State of a paper received from the citizen."""

    ORIGINAL = "ban_chinh"
    COPY = "ban_sao"
    CERTIFIED_COPY = "ban_sao_cong_chung"

    @property
    def label(self) -> str:
        return _DOC_STATE_LABELS[self]


_DOC_STATE_LABELS = {
    DocumentState.ORIGINAL: "Bản chính",
    DocumentState.COPY: "Bản sao",
    DocumentState.CERTIFIED_COPY: "Bản sao có chứng thực",
}


class Gender(StrEnum):
    """Gender as printed on Vietnamese forms."""

    MALE = "nam"
    FEMALE = "nu"
    UNSPECIFIED = ""

    @property
    def label(self) -> str:
        return {Gender.MALE: "Nam", Gender.FEMALE: "Nữ", Gender.UNSPECIFIED: ""}[self]


class IdKind(StrEnum):
    """Kind of identity paper (DOMAIN-VN.md §5)."""

    CCCD = "cccd"  # 12-digit personal identification number
    CMND = "cmnd"  # legacy 9-digit
    PASSPORT = "ho_chieu"
    OTHER = "khac"
    NONE = ""

    @property
    def label(self) -> str:
        return _ID_KIND_LABELS[self]


_ID_KIND_LABELS = {
    IdKind.CCCD: "Căn cước/Căn cước công dân",
    IdKind.CMND: "Chứng minh nhân dân",
    IdKind.PASSPORT: "Hộ chiếu",
    IdKind.OTHER: "Giấy tờ khác",
    IdKind.NONE: "",
}


class Role(StrEnum):
    """A user may hold several roles."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {Role.OFFICER: "Cán bộ tiếp dân", Role.SUPERVISOR: "Lãnh đạo", Role.ADMIN: "Quản trị"}[self]


# --- case handling (issue 5) ------------------------------------------------------------------------------


class Admissibility(StrEnum):
    """Đủ / không đủ điều kiện xử lý (TT 07/2014 Điều 6.2; TT 05/2021). ``UNKNOWN`` until classified."""

    UNKNOWN = ""
    ADMISSIBLE = "du"
    INADMISSIBLE = "khong_du"

    @property
    def label(self) -> str:
        return {
            Admissibility.UNKNOWN: "Chưa phân loại",
            Admissibility.ADMISSIBLE: "Đủ điều kiện xử lý",
            Admissibility.INADMISSIBLE: "Không đủ điều kiện xử lý",
        }[self]


class Jurisdiction(StrEnum):
    """Thuộc / không thuộc thẩm quyền (TT 07/2014 Điều 6.3)."""

    UNKNOWN = ""
    OURS = "thuoc"
    NOT_OURS = "khong_thuoc"

    @property
    def label(self) -> str:
        return {
            Jurisdiction.UNKNOWN: "Chưa xác định",
            Jurisdiction.OURS: "Thuộc thẩm quyền",
            Jurisdiction.NOT_OURS: "Không thuộc thẩm quyền",
        }[self]


class BodyType(StrEnum):
    """Type of the competent body (TT 07/2014 Điều 6.6)."""

    UNKNOWN = ""
    ADMINISTRATIVE = "hanh_chinh"
    ELECTED = "dan_cu"
    JUDICIAL = "tu_phap"
    POLITICAL_SOCIAL = "chinh_tri_xa_hoi"
    PUBLIC_SERVICE = "su_nghiep"
    STATE_ENTERPRISE = "doanh_nghiep_nn"

    @property
    def label(self) -> str:
        return _BODY_LABELS[self]


_BODY_LABELS = {
    BodyType.UNKNOWN: "Chưa xác định",
    BodyType.ADMINISTRATIVE: "Cơ quan hành chính nhà nước",
    BodyType.ELECTED: "Cơ quan dân cử (Quốc hội, Hội đồng nhân dân)",
    BodyType.JUDICIAL: "Cơ quan tiến hành tố tụng, thi hành án",
    BodyType.POLITICAL_SOCIAL: "Tổ chức chính trị, chính trị – xã hội, tôn giáo",
    BodyType.PUBLIC_SERVICE: "Đơn vị sự nghiệp công lập",
    BodyType.STATE_ENTERPRISE: "Doanh nghiệp nhà nước",
}


class Decision(StrEnum):
    """The handling decision stored in ``cases.decision`` (hướng xử lý, DOMAIN-VN §7.3)."""

    NONE = ""
    ACCEPT = "thu_ly"
    REJECT = "khong_thu_ly"
    GUIDE = "huong_dan"
    TRANSFER = "chuyen_don"
    RETURN = "tra_lai"
    FILE = "xep_luu"
    REFUSE_RECEPTION = "tu_choi_tiep"
    VERIFY_TIP = "kiem_tra_xac_minh"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    Decision.NONE: "Chưa xử lý",
    Decision.ACCEPT: "Thụ lý",
    Decision.REJECT: "Không thụ lý",
    Decision.GUIDE: "Hướng dẫn",
    Decision.TRANSFER: "Chuyển đơn",
    Decision.RETURN: "Trả lại đơn",
    Decision.FILE: "Xếp lưu đơn",
    Decision.REFUSE_RECEPTION: "Từ chối tiếp công dân",
    Decision.VERIFY_TIP: "Kiểm tra, xác minh phục vụ quản lý",
}


class Result(StrEnum):
    """Resolution result (kết quả giải quyết)."""

    NONE = ""
    RIGHT = "dung"
    WRONG = "sai"
    PARTLY_RIGHT = "dung_mot_phan"
    WITHDRAWN = "rut"
    SUSPENDED = "dinh_chi"
    ANSWERED = "da_tra_loi"

    @property
    def label(self) -> str:
        return _RESULT_LABELS[self]


_RESULT_LABELS = {
    Result.NONE: "",
    Result.RIGHT: "Đúng",
    Result.WRONG: "Sai",
    Result.PARTLY_RIGHT: "Đúng một phần",
    Result.WITHDRAWN: "Rút đơn",
    Result.SUSPENDED: "Đình chỉ",
    Result.ANSWERED: "Đã trả lời, giải quyết",
}


class HandlingAction(StrEnum):
    """One move in ``handling_steps.action``."""

    CLASSIFY = "phan_loai"
    ACCEPT = "thu_ly"
    REJECT = "khong_thu_ly"
    NOTIFY = "thong_bao"
    RESOLVE = "giai_quyet"
    TRANSFER = "chuyen_don"
    TRANSFER_REPLY = "nhan_ket_qua"
    GUIDE = "huong_dan"
    RETURN = "tra_lai"
    FILE = "xep_luu"
    REFUSE_RECEPTION = "tu_choi_tiep"
    CHASE = "don_doc"
    EXTEND = "gia_han"
    VERIFY_TIP = "kiem_tra"
    CLOSE = "ket_thuc"
    LINK = "lien_ket"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    HandlingAction.CLASSIFY: "Phân loại đơn",
    HandlingAction.ACCEPT: "Thụ lý",
    HandlingAction.REJECT: "Không thụ lý",
    HandlingAction.NOTIFY: "Thông báo",
    HandlingAction.RESOLVE: "Giải quyết xong",
    HandlingAction.TRANSFER: "Chuyển đơn",
    HandlingAction.TRANSFER_REPLY: "Nhận kết quả từ cơ quan được chuyển",
    HandlingAction.GUIDE: "Hướng dẫn",
    HandlingAction.RETURN: "Trả lại đơn",
    HandlingAction.FILE: "Xếp lưu đơn",
    HandlingAction.REFUSE_RECEPTION: "Từ chối tiếp công dân",
    HandlingAction.CHASE: "Đôn đốc",
    HandlingAction.EXTEND: "Gia hạn",
    HandlingAction.VERIFY_TIP: "Kiểm tra, xác minh thông tin",
    HandlingAction.CLOSE: "Kết thúc hồ sơ",
    HandlingAction.LINK: "Liên kết đơn cùng nội dung",
}


class AgencyKind(StrEnum):
    """Kind of body in the transfer directory."""

    INSPECTORATE = "thanh_tra"
    PEOPLES_COMMITTEE = "ubnd"
    DEPARTMENT = "so_nganh"
    POLICE = "cong_an"
    PROCURACY = "vien_kiem_sat"
    COURT = "toa_an"
    PARTY = "dang_doan_the"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _AGENCY_KIND_LABELS[self]


_AGENCY_KIND_LABELS = {
    AgencyKind.INSPECTORATE: "Thanh tra",
    AgencyKind.PEOPLES_COMMITTEE: "Ủy ban nhân dân",
    AgencyKind.DEPARTMENT: "Sở, ngành",
    AgencyKind.POLICE: "Công an",
    AgencyKind.PROCURACY: "Viện kiểm sát",
    AgencyKind.COURT: "Tòa án",
    AgencyKind.PARTY: "Tổ chức Đảng, đoàn thể",
    AgencyKind.OTHER: "Khác",
}


class CalendarDayKind(StrEnum):
    """Admin exceptions to the working calendar."""

    DAY_OFF = "nghi"
    WORKING_DAY = "lam_viec"

    @property
    def label(self) -> str:
        return "Ngày nghỉ" if self is CalendarDayKind.DAY_OFF else "Ngày làm việc (làm bù)"


class ProtectionStatus(StrEnum):
    """A whistleblower-protection request (Luật Tố cáo Điều 47–52)."""

    REQUESTED = "yeu_cau"
    ACTIVE = "dang_bao_ve"
    REFUSED = "khong_ap_dung"
    DECLINED_BY_PERSON = "nguoi_duoc_bv_tu_choi"
    ENDED = "ket_thuc"

    @property
    def label(self) -> str:
        return _PROTECTION_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in (ProtectionStatus.REQUESTED, ProtectionStatus.ACTIVE)


_PROTECTION_LABELS = {
    ProtectionStatus.REQUESTED: "Chờ quyết định",
    ProtectionStatus.ACTIVE: "Đang áp dụng biện pháp bảo vệ",
    ProtectionStatus.REFUSED: "Không áp dụng biện pháp bảo vệ",
    ProtectionStatus.DECLINED_BY_PERSON: "Người được bảo vệ từ chối",
    ProtectionStatus.ENDED: "Chấm dứt bảo vệ",
}


class Relation(StrEnum):
    """Who is protected, relative to the denouncer (Luật Tố cáo Điều 47.1)."""

    DENOUNCER = "nguoi_to_cao"
    SPOUSE = "vo_chong"
    PARENT = "cha_me"
    CHILD = "con"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _RELATION_LABELS[self]


_RELATION_LABELS = {
    Relation.DENOUNCER: "Người tố cáo",
    Relation.SPOUSE: "Vợ hoặc chồng",
    Relation.PARENT: "Cha đẻ, mẹ đẻ, cha nuôi, mẹ nuôi",
    Relation.CHILD: "Con đẻ, con nuôi",
    Relation.OTHER: "Người thân thích khác",
}
