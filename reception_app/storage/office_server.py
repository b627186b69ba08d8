"""The office PostgreSQL server (psycopg 3): set-up, desk roles, and the few calls a desk makes.

No plaintext identity or free text ever goes through here: events arrive with their codes in clear and the
rest already encrypted under the office content key (storage/office.py).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from reception_app.storage.errors import StorageError
from reception_app.storage.office import WireEvent
from reception_app.storage.office_schema import BOOTSTRAP, DESK_GROUP, OWNER_ROLE, SERVER_LATEST, SERVER_MIGRATIONS

CONNECT_TIMEOUT_S = 3  # libpq's minimum that works is 2 s; a LAN answers in milliseconds
# Once connected, a dead peer must not hang the sync worker for the kernel's 15-minute TCP timeout.
_LIVENESS = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 10_000,
}
DESK_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,7}$")
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class OfficeOffline(StorageError):
    """The office server cannot be reached (or the connection broke); the desk keeps working locally."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("Không kết nối được máy chủ văn phòng; bàn tiếp vẫn làm việc ngoại tuyến.")
        self.detail = detail


class OfficeRefused(StorageError):
    """The server answered but refused (wrong desk, gap, schema too old): needs the IT officer."""


def _params(conninfo: Mapping[str, Any]) -> dict[str, Any]:
    params = {"connect_timeout": CONNECT_TIMEOUT_S, **_LIVENESS, **dict(conninfo)}
    params.setdefault("application_name", "reception_app")
    # A COMMIT the desk takes as an acknowledgement must be on the server's disk, whatever the server's own
    # default: with synchronous_commit off, a server crash loses acknowledged events and leased blocks (the
    # kill test caught it). Desks may set this for their own sessions.
    params["options"] = (str(params.get("options", "")) + " -c synchronous_commit=on").strip()
    return params


@contextmanager
def connect(conninfo: Mapping[str, Any]) -> Iterator[psycopg.Connection[Any]]:
    """A desk's connection; any network failure (now or later) surfaces as :class:`OfficeOffline`."""
    try:
        conn = psycopg.connect(**_params(conninfo))
    except psycopg.OperationalError as exc:
        raise OfficeOffline(type(exc).__name__) from exc
    try:
        yield conn
    except psycopg.OperationalError as exc:
        raise OfficeOffline(type(exc).__name__) from exc
    except psycopg.Error as exc:
        raise OfficeRefused(f"Máy chủ văn phòng từ chối: {exc.sqlstate or type(exc).__name__}") from exc
    finally:
        with contextlib.suppress(psycopg.Error):
            conn.close()


# --- set-up (run by the IT officer as a PostgreSQL superuser) ---------------------------------------------


def server_version(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT coalesce(max(version), 0) FROM office.schema_version").fetchone()
    return int(row[0]) if row else 0


def init_server(admin_conninfo: Mapping[str, Any]) -> int:
    """Create the roles and bring the office schema of the connected database to the latest version."""
    with psycopg.connect(**_params(admin_conninfo)) as conn:
        conn.execute(BOOTSTRAP)
        current = server_version(conn)
        if current > SERVER_LATEST:
            raise OfficeRefused("Máy chủ có lược đồ mới hơn phần mềm này; hãy cập nhật phần mềm.")
        conn.commit()
        for version in range(current, SERVER_LATEST):
            with conn.transaction():
                conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(OWNER_ROLE)))
                conn.execute(SERVER_MIGRATIONS[version])
                conn.execute("INSERT INTO office.schema_version (version) VALUES (%s)", (version + 1,))
        dbname = conn.info.dbname
        conn.execute(sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(sql.Identifier(dbname)))
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(dbname), sql.Identifier(DESK_GROUP))
        )
        conn.commit()
    return SERVER_LATEST


def check_desk_names(code: str, role_name: str) -> None:
    if not DESK_CODE.match(code):
        raise OfficeRefused("Mã bàn tiếp: 1–8 chữ in hoa hoặc số, bắt đầu bằng chữ (ví dụ A, B2).")
    if not ROLE_NAME.match(role_name):
        raise OfficeRefused("Tên vai trò PostgreSQL không hợp lệ.")


def add_desk(admin_conninfo: Mapping[str, Any], code: str, role_name: str, password: str | None) -> int:
    """Create a desk's login role (SCRAM-SHA-256 verifier computed client-side; the certificate CN must equal the
    role name)."""
    check_desk_names(code, role_name)
    with psycopg.connect(**_params(admin_conninfo)) as conn, conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role_name,)).fetchone()
        if exists is None:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role_name)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(DESK_GROUP), sql.Identifier(role_name)))
        if password is not None:  # a SCRAM verifier made here: the password never reaches the server's log
            verifier = conn.pgconn.encrypt_password(password.encode(), role_name.encode(), b"scram-sha-256")
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(role_name), sql.Literal(verifier.decode()))
            )
        row = conn.execute("SELECT coalesce(max(desk_no), 0) + 1 FROM office.desks").fetchone()
        desk_no = int(row[0]) if row else 1
        conn.execute(
            "INSERT INTO office.desks (code, role_name, desk_no) VALUES (%s, %s, %s)", (code, role_name, desk_no)
        )
        conn.execute("INSERT INTO office.desk_heads (desk) VALUES (%s)", (code,))
    return desk_no


# --- what a desk does ------------------------------------------------------------------------------------


def whoami(conn: psycopg.Connection[Any]) -> tuple[str, int]:
    row = conn.execute("SELECT code, desk_no FROM office.desks WHERE code = office.my_desk()").fetchone()
    if row is None:  # pragma: no cover - my_desk() raises first
        raise OfficeRefused("Máy chủ không nhận ra bàn tiếp này.")
    return str(row[0]), int(row[1])


def push_events(conn: psycopg.Connection[Any], events: Sequence[WireEvent]) -> int:
    """Push a batch in one server transaction; returns how many were new (a retried batch returns 0)."""
    new = 0
    with conn.transaction(), conn.cursor() as cur:
        cur.executemany(  # pipelined: one round trip per batch, not per event
            "SELECT office.push_event(%s, %s, %s, %s, %s, %s, %s, %s)",
            [(e.desk, e.seq, e.event_uid, e.kind, e.case_uid, e.at, Jsonb(dict(e.codes)), e.secret) for e in events],
            returning=True,
        )
        while True:
            row = cur.fetchone()
            new += int(bool(row and row[0]))
            if not cur.nextset():
                break
    return new


def heads(conn: psycopg.Connection[Any]) -> dict[str, int]:
    rows = conn.execute("SELECT desk, last_seq FROM office.desk_heads").fetchall()
    conn.commit()
    return {str(d): int(s) for d, s in rows}


def fetch_events(conn: psycopg.Connection[Any], desk: str, after: int, limit: int) -> list[WireEvent]:
    rows = conn.execute(
        "SELECT desk, seq, event_uid::text, kind, case_uid, at, codes, secret FROM office.events"
        " WHERE desk = %s AND seq > %s ORDER BY seq LIMIT %s",
        (desk, after, limit),
    ).fetchall()
    conn.commit()
    return [
        WireEvent(str(r[0]), int(r[1]), str(r[2]), str(r[3]), r[4], r[5], r[6], bytes(r[7]) if r[7] else None)
        for r in rows
    ]


def lease_block(
    conn: psycopg.Connection[Any], request_uid: str, series: str, year: int, size: int, *, after: Sequence[str] = ()
) -> tuple[int, int]:
    """A block of ``size`` numbers of ``series``/``year`` (the same block again for a retried ``request_uid``).
    ``after``: series numbered before this one whose blocks it must follow (server schema V2; an office server
    not yet upgraded refuses, and the desk prints its visible emergency numbers until the IT officer runs
    ``reception-app server init``)."""
    args: list[Any] = [request_uid, series, year, size] + ([list(after)] if after else [])
    marks = ", ".join(["%s"] * len(args))
    row = conn.execute(f"SELECT * FROM office.lease_block({marks})", args).fetchone()
    conn.commit()
    if row is None:  # pragma: no cover
        raise OfficeRefused("Máy chủ không cấp dãy số.")
    return int(row[0]), int(row[1])
