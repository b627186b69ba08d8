"""Test factories: desks with cheap Argon2 parameters, canary identities, case drafts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from reception_app.models.case import CaseDraft, ReceivedDocument, ReporterDraft, ReporterIdentity
from reception_app.models.enums import CaseKind, Channel, DocumentState, Gender, IdKind, Sector
from reception_app.services import AgencySettings, Desk, NewUser
from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.keyring_secret import DeviceSecretStore, MemorySecretStore

ADMIN = NewUser("quantri", "Trần Quản Trị", "admin-password-1")
SUPERVISOR = NewUser("lanhdao", "Lê Lãnh Đạo", "supervisor-password-1")
OFFICER = NewUser("canbo", "Nguyễn Cán Bộ", "officer-password-1")
AGENCY = AgencySettings("UBND TỈNH ĐẮK LẮK", "THANH TRA TỈNH", "Đắk Lắk", "TTr")

# Unique strings that must never appear in any file the app writes (or the decrypted database).
CANARY_NAME = "Zqxwylvh Canaryname Ợẫ"
CANARY_ID = "079188765432"
CANARY_PHONE = "0987650321"
CANARY_ADDRESS = "Số 77 hẻm Canarystreet Qwpvx"


@dataclass
class DeskWorld:
    desk: Desk
    store: DeviceSecretStore
    recovery_code: str
    data_dir: Path


def make_desk(data_dir: Path, store: DeviceSecretStore | None = None, **kwargs: object) -> Desk:
    return Desk(data_dir, secret_store=store or MemorySecretStore(), kdf=TEST_KDF, floor=TEST_KDF, **kwargs)  # type: ignore[arg-type]


def set_up_world(data_dir: Path, *, with_officer: bool = True, **kwargs: object) -> DeskWorld:
    store = MemorySecretStore()
    desk = make_desk(data_dir, store, **kwargs)
    code = desk.setup(AGENCY, ADMIN, SUPERVISOR)
    if with_officer:
        desk.login(ADMIN.username, ADMIN.password)
        desk.create_user(OFFICER)
        desk.logout()
    return DeskWorld(desk, store, code, data_dir)


def canary_identity(**changes: object) -> ReporterIdentity:
    ident = ReporterIdentity(
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
    return replace(ident, **changes)  # type: ignore[arg-type]


def draft(
    *,
    kind: CaseKind = CaseKind.DENUNCIATION,
    subject: str = "Tố cáo cán bộ địa chính nhận tiền",
    content: str = "Ông Trần Văn K. yêu cầu đưa 20 triệu đồng để ký hồ sơ đất.",
    identity: ReporterIdentity | None = None,
    reporters: int = 1,
    **changes: object,
) -> CaseDraft:
    reps: tuple[ReporterDraft, ...] = ()
    if kind is not CaseKind.ANONYMOUS_TIP:
        reps = tuple(ReporterDraft(identity or canary_identity()) for _ in range(reporters))
    base = CaseDraft(
        kind=kind,
        channel=Channel.WALK_IN,
        sector=Sector.CORRUPTION,
        subject=subject,
        content=content,
        accused="Trần Văn K.",
        accused_position="Cán bộ địa chính xã",
        location="xã Ea Kar",
        reporters=reps,
        documents=(ReceivedDocument("Đơn tố cáo", 2, DocumentState.ORIGINAL),),
        received_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    )
    return replace(base, **changes)  # type: ignore[arg-type]
