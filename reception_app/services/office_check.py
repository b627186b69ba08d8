"""``reception-app office status`` and ``office sync-now``: what an IT officer checks on a desk (no Qt).

Both read the desk's own database (a user logged in, the app closed: the caller holds the instance lock) and
name only the desk code, the server, counts and times: never an identity or a citizen's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from reception_app.models.errors import KnownError
from reception_app.services.office import SyncReport
from reception_app.services.office_setup_errors import refusal_cause
from reception_app.storage import office as office_repo
from reception_app.storage import office_server

if TYPE_CHECKING:
    from reception_app.services import Desk


@dataclass(frozen=True)
class DeskCheck:
    """One desk's office state, as ``office status`` prints it."""

    code: str
    server: str  # "host:port/dbname (vai trò role)"
    problem: str  # "" when the server answered and knows this desk; else the Vietnamese cause
    pending: int
    last_pull_at: datetime | None
    quarantined: int


def _server(conninfo: dict[str, object]) -> str:
    return (
        f"{conninfo.get('host', '')}:{conninfo.get('port', 5432)}/{conninfo.get('dbname', '')} "
        f"(vai trò {conninfo.get('user', '')})"
    )


def _not_joined() -> KnownError:
    return KnownError("Bàn tiếp này chưa tham gia văn phòng (bàn đơn lẻ): không có gì để kiểm tra.")


def check(desk: Desk) -> DeskCheck:
    """Read the desk's office state and ask the server once whether it answers and knows this desk."""
    sync = desk.office.open_sync()
    try:
        status = sync.status()
        code = office_repo.joined_desk(sync.db)
        if code is None:
            raise _not_joined()
        conninfo = office_repo.conninfo(sync.db)
        problem = ""
        try:
            with office_server.connect(conninfo) as conn:
                office_server.whoami(conn)
        except (office_server.OfficeOffline, office_server.OfficeRefused) as exc:
            problem = refusal_cause(exc, conninfo)
        return DeskCheck(
            code=code,
            server=_server(conninfo),
            problem=problem,
            pending=status.pending,
            last_pull_at=status.last_pull_at,
            quarantined=status.quarantined,
        )
    finally:
        sync.close()


def sync_now(desk: Desk) -> SyncReport:
    """One sync round; raises :class:`KnownError` with the Vietnamese cause when offline or refused."""
    sync = desk.office.open_sync()
    try:
        if office_repo.joined_desk(sync.db) is None:
            raise _not_joined()
        conninfo = office_repo.conninfo(sync.db)
        try:
            report = sync.sync_once()
        except office_server.OfficeRefused as exc:
            raise KnownError("Máy chủ từ chối: " + refusal_cause(exc, conninfo)) from exc
        if not report.online:  # sync_once keeps no cause: ask once more to name it
            try:
                with office_server.connect(conninfo) as conn:
                    office_server.whoami(conn)
            except (office_server.OfficeOffline, office_server.OfficeRefused) as exc:
                raise KnownError("Chưa đồng bộ được. " + refusal_cause(exc, conninfo)) from exc
            raise KnownError("Chưa đồng bộ được: mất kết nối với máy chủ giữa chừng; chạy lại lệnh.")
        return report
    finally:
        sync.close()
