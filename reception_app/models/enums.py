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
