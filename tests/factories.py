"""Test factories: desks with cheap Argon2 parameters, canary identities, case drafts.

Dates are relative to the tests' clock, never to a literal year: :func:`today` is the ``--today`` pytest option
(default: the real office date), every desk built here runs on :func:`make_clock` unless a test passes its own
clock, and :func:`draft` receives its case at 08:00 office time on that day. A test that needs a fixed calendar
(Tết, 29 February, the 1 July 2026 rules change) sets its clock explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from reception_app.models.case import CaseDraft, ReceivedDocument, ReporterDraft, ReporterIdentity
from reception_app.models.clock import OFFICE_TZ, Clock
from reception_app.models.deadlines import WorkCalendar
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


_today: date = Clock().today()


def set_today(day: date) -> None:
    """The tests' "today" (conftest sets it from ``--today``)."""
    global _today  # noqa: PLW0603 - one process-wide test calendar, set once at configure time
    _today = day


def today() -> date:
    """The tests' office date: ``--today``, or the real office date."""
    return _today


def local_at(day: date | None = None, hour: int = 8, minute: int = 0) -> datetime:
    """An aware office-time instant on ``day`` (default: :func:`today`)."""
    day = day or _today
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=OFFICE_TZ)


def make_clock(day: date | None = None) -> Clock:
    """A clock running at real speed from 09:00 office time on ``day`` (default: :func:`today`)."""
    return Clock.on_day(day or _today, 9, 0)


def working_days_before(n: int, day: date | None = None) -> date:
    """The date ``n`` working days (Vietnamese public holidays and weekends skipped) before ``day``."""
    calendar = WorkCalendar()
    current = day or _today
    while n > 0:
        current -= timedelta(days=1)
        if calendar.is_working_day(current):
            n -= 1
    return current


@dataclass
class DeskWorld:
    desk: Desk
    store: DeviceSecretStore
    recovery_code: str
    data_dir: Path


def make_desk(data_dir: Path, store: DeviceSecretStore | None = None, **kwargs: object) -> Desk:
    kwargs.setdefault("clock", make_clock())
    return Desk(data_dir, secret_store=store or MemorySecretStore(), kdf=TEST_KDF, floor=TEST_KDF, **kwargs)  # type: ignore[arg-type]


def set_up_world(data_dir: Path, *, with_officer: bool = True, **kwargs: object) -> DeskWorld:
    store = MemorySecretStore()
    desk = make_desk(data_dir, store, **kwargs)
    code = desk.auth.setup(AGENCY, ADMIN, SUPERVISOR)
    if with_officer:
        desk.auth.login(ADMIN.username, ADMIN.password)
        desk.users.create_user(OFFICER)
        desk.auth.logout()
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
        received_at=None,  # the desk's clock decides: received "now" on the desk that saves it
    )
    return replace(base, **changes)  # type: ignore[arg-type]
