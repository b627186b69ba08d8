"""A small in-memory stand-in for ``reception_app.services.Desk`` with the same signatures."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from reception_app.models.case import (
    CaseDetail,
    CaseFilter,
    CaseSummary,
    Page,
    PageKey,
    ReceivedDocument,
    ReporterIdentity,
    ReporterView,
)
from reception_app.models.clock import Clock
from reception_app.models.enums import CaseKind, CaseStatus, Channel, DocumentState, IdKind, Role, Sector
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.services import (
    AgencyDirectory,
    AgencySettings,
    CaseHandling,
    NewUser,
    Protection,
    RelatedCases,
    Session,
    StatisticsService,
)
from tests.factories import make_clock

CANARY_NAME = "Zqxwylvh Canaryname Ợẫ"
CANARY_ID = "079188765432"
CANARY_PHONE = "0987650321"
CANARY_ADDRESS = "Số 77 hẻm Canarystreet Qwpvx"
RECOVERY_CODE = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
WRONG_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng."

OFFICER = Session("canbo", "Nguyễn Thị Hồng Nhung", frozenset({Role.OFFICER}))
ADMIN = Session("quantri", "Trần Quản Trị", frozenset({Role.ADMIN, Role.OFFICER}))
PASSWORDS = {"canbo": "officer-password-1", "quantri": "admin-password-1"}

_KINDS = (CaseKind.COMPLAINT, CaseKind.DENUNCIATION, CaseKind.PETITION, CaseKind.ANONYMOUS_TIP)
_SUBJECTS = (
    "Khiếu nại quyết định thu hồi đất tại xã Ea Kar",
    "Tố cáo cán bộ địa chính nhận tiền",
    "Kiến nghị sửa đường liên thôn Đắk Mil",
    "Phản ánh ô nhiễm nước thải <b>nhà máy</b> cà phê",
)


class FakeWrongCredentials(KnownError):
    def __init__(self) -> None:
        super().__init__(WRONG_CREDENTIALS)


def canary_identity() -> ReporterIdentity:
    return ReporterIdentity(
        full_name=CANARY_NAME,
        id_kind=IdKind.CCCD,
        id_number=CANARY_ID,
        address=CANARY_ADDRESS,
        phone=CANARY_PHONE,
        email="canary.qwpvx@example.org",
    )


def make_summaries(count: int) -> list[CaseSummary]:
    """``count`` rows, newest (highest id) first, as the real list is ordered."""
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    rows = []
    for case_id in range(count, 0, -1):
        kind = _KINDS[case_id % len(_KINDS)]
        received = start + timedelta(hours=case_id)
        rows.append(
            CaseSummary(
                id=case_id,
                uid=f"uid-{case_id:06d}",
                number=f"2026-{case_id:05d}",
                received_at=received,
                kind=kind,
                subject=f"{_SUBJECTS[case_id % len(_SUBJECTS)]} ({case_id})",
                status=CaseStatus.RECEIVED if case_id % 3 else CaseStatus.PROCESSED,
                due_on=received.date() + timedelta(days=14),
                reporter_code="" if kind is CaseKind.ANONYMOUS_TIP else f"{kind.reporter_prefix}-2026-{case_id:05d}-1",
            )
        )
    return rows


@dataclass
class FakeDesk:
    """Same public surface as ``Desk`` and its services (each service is the fake itself); records which thread
    each call ran on.

    ``leak_identity=True`` makes ``get_case`` return identities unmasked, to prove the UI masks anyway.
    """

    case_count: int = 450
    set_up: bool = True
    warning: str | None = None
    leak_identity: bool = False
    fail_list: bool = False
    session_: Session | None = None
    rows: list[CaseSummary] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)
    calls: list[str] = field(default_factory=list)
    setup_args: tuple[AgencySettings, NewUser, NewUser] | None = None
    data_dir: Path | None = None  # no ui.json: the language comes from the environment or the default
    clock: Clock = field(default_factory=make_clock)
    rollback: object | None = None  # issue 16: what the login found (see Desk.rollback / security_report)
    security_report: object | None = None

    def __post_init__(self) -> None:
        self.rows = make_summaries(self.case_count)
        # The services widgets used to build around the desk are real here too, on a context with only the clock:
        # their pure parts work (check lists, rules), anything needing a session fails as with the old fake.
        ctx: Any = SimpleNamespace(clock=self.clock, today=self.today)
        self.agencies = AgencyDirectory(ctx)
        self.handling = CaseHandling(ctx, self.agencies)
        self.protection = Protection(ctx, self)  # type: ignore[arg-type]
        self.related = RelatedCases(ctx)
        self.statistics = StatisticsService(ctx)

    def today(self) -> date:
        """Like ``Desk.today``: the clock's office date, no database call."""
        return self.clock.today()

    def _note(self, name: str) -> None:
        self.calls.append(name)
        self.threads.add(threading.current_thread().name)

    @property
    def is_set_up(self) -> bool:
        return self.set_up

    @property
    def device_secret_warning(self) -> str | None:
        return self.warning

    @property
    def session(self) -> Session | None:
        return self.session_

    def setup(self, agency: AgencySettings, admin: NewUser, supervisor: NewUser) -> str:
        self._note("setup")
        if admin.username == "taken":
            raise ValidationError([FieldError("username", "Tên đăng nhập đã tồn tại.")])
        self.setup_args = (agency, admin, supervisor)
        self.set_up = True
        return RECOVERY_CODE

    def login(self, username: str, password: str) -> Session:
        self._note("login")
        if PASSWORDS.get(username) != password:
            raise FakeWrongCredentials()
        self.session_ = OFFICER if username == "canbo" else ADMIN
        return self.session_

    def login_with_recovery(self, code: str) -> Session:
        self._note("login_with_recovery")
        if "".join(ch for ch in code.upper() if ch.isalnum()) != RECOVERY_CODE.replace("-", ""):
            raise FakeWrongCredentials()
        self.session_ = Session("recovery", "Mã khôi phục", frozenset(Role), is_recovery=True)
        return self.session_

    def idle_lock_minutes(self) -> int:
        return 5

    def unlock(self, password: str) -> Session:
        self._note("unlock")
        if self.session_ is None or PASSWORDS.get(self.session_.username) != password:
            raise FakeWrongCredentials()
        return self.session_

    def logout(self) -> None:
        self._note("logout")
        self.session_ = None

    close = logout

    def _page(self, rows: list[CaseSummary], after: PageKey | None, limit: int) -> Page:
        if after is not None:
            rows = [r for r in rows if r.id < after.last_id]
        chunk = rows[:limit]
        next_key = PageKey(chunk[-1].id) if len(rows) > limit else None
        return Page(tuple(chunk), next_key)

    def _filtered(self, filters: CaseFilter | None) -> list[CaseSummary]:
        rows = self.rows
        if filters is not None and filters.kind is not None:
            rows = [r for r in rows if r.kind is filters.kind]
        if filters is not None and filters.status is not None:
            rows = [r for r in rows if r.status is filters.status]
        return rows

    def case_summary(self, uid: str) -> CaseSummary | None:
        self._note("case_summary")
        return next((r for r in self.rows if r.uid == uid), None)

    def list_cases(self, after: PageKey | None = None, limit: int = 200, filters: CaseFilter | None = None) -> Page:
        self._note("list_cases")
        if self.fail_list:
            raise KnownError("Cơ sở dữ liệu đang bị khóa bởi một chương trình khác.")
        return self._page(self._filtered(filters), after, limit)

    def search_cases(
        self,
        text: str,
        after: PageKey | None = None,
        limit: int = 200,
        filters: CaseFilter | None = None,
        *,
        exact: bool = False,
    ) -> Page:
        self._note("search_cases")
        needle = text.casefold()
        return self._page([r for r in self._filtered(filters) if needle in r.subject.casefold()], after, limit)

    def get_case(self, uid: str) -> CaseDetail:
        self._note("get_case")
        summary = next((r for r in self.rows if r.uid == uid), None)
        if summary is None:
            raise KnownError("Không tìm thấy hồ sơ.")
        identity = canary_identity() if self.leak_identity else None
        reporters = (
            ()
            if summary.kind is CaseKind.ANONYMOUS_TIP
            else (
                ReporterView(1, summary.reporter_code, True, identity),
                ReporterView(2, summary.reporter_code[:-1] + "2", False, identity),
            )
        )
        return CaseDetail(
            id=summary.id,
            uid=summary.uid,
            number=summary.number,
            received_at=summary.received_at,
            kind=summary.kind,
            channel=Channel.WALK_IN,
            sector=Sector.ADMIN_LAND,
            subject=summary.subject,
            content="Nội dung <i>đơn</i>: đề nghị xem xét lại việc bồi thường.\nDòng thứ hai.",
            accused="Trần Văn K.",
            accused_position="Cán bộ địa chính xã",
            province_code="66",
            ward_code="24181",
            location="xã Ea Kar",
            group_size=1,
            status=summary.status,
            due_on=summary.due_on or date(2026, 2, 1),
            officer="canbo",
            created_at=summary.received_at,
            version=1,
            reporters=reporters,
            documents=(ReceivedDocument("Đơn khiếu nại", 2, DocumentState.ORIGINAL),),
        )


# Desk's services (desk.auth, desk.cases, desk.settings, …): the fake plays every one of them itself.
for _service in (
    *("auth", "cases", "identity", "users", "audit", "settings", "security", "exports", "drafts", "attachments"),
    *("documents", "backup", "logbook", "notices", "office", "rulesets", "rotation", "intake"),
):
    setattr(FakeDesk, _service, property(lambda self: self))
