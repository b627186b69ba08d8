"""Clear Vietnamese messages for what goes wrong while the IT officer sets an office up (docs/OFFICE.md).

libpq reports every failure of a connection the same way to the desk ("cannot connect, working offline"); when
joining, or when the IT officer runs ``server init`` / ``server add-desk``, the cause matters: a wrong role
password and a server that does not listen on the LAN need different fixes. The server's own words are added
in brackets (they name no secret: libpq never repeats a password).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import psycopg

from reception_app.models.errors import KnownError

# (words of libpq's or the server's message, what to do) — the first that matches is shown.
_JOIN_CAUSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("password authentication failed",),
        "Máy chủ từ chối vai trò {role}: sai mật khẩu vai trò, hoặc chứng chỉ của bàn không cấp cho vai trò này "
        "(tên CN của chứng chỉ phải là {role}).",
    ),
    (
        ("could not load private key", "bad decrypt", "private key file"),
        "Không mở được khóa của bàn (--key): sai mật khẩu khóa của bàn, hoặc tệp khóa không đúng.",
    ),
    (
        ("does not match host name",),
        "Địa chỉ máy chủ --host {host} không có trong chứng chỉ máy chủ: dùng đúng tên hoặc địa chỉ đã cấp bằng "
        "ca-issue --server-host, hoặc cấp lại chứng chỉ máy chủ.",
    ),
    (
        ("certificate verify failed", "unable to get local issuer", "self-signed certificate"),
        "Chứng chỉ máy chủ không do CA của văn phòng cấp: kiểm tra tệp --ca và ssl_cert_file của máy chủ.",
    ),
    (
        ("server does not support ssl", "ssl is not enabled"),
        "Máy chủ chưa bật TLS: thêm các dòng postgresql.conf của 'server tls-config' rồi khởi động lại PostgreSQL.",
    ),
    (
        ("pg_hba.conf",),
        "pg_hba.conf của máy chủ không cho bàn này vào: kiểm tra tên cơ sở dữ liệu --dbname {dbname}, mạng của "
        "bàn và dòng hostssl của 'server tls-config'.",
    ),
    (
        ('database "',),
        "Máy chủ không có cơ sở dữ liệu {dbname}.",
    ),
    (
        (
            "connection refused",
            "timeout",
            "timed out",
            "could not translate host name",
            "no route to host",
            "server closed the connection",
            "network is unreachable",
        ),
        "Không tới được máy chủ {host} cổng {port}: kiểm tra địa chỉ, cổng, listen_addresses của PostgreSQL "
        "(mặc định chỉ nghe trên máy chủ) và tường lửa.",
    ),
)
_SCHEMA_MISSING = {"42883", "3F000", "42P01"}  # undefined function / schema / table: `server init` not run


def _server_words(exc: BaseException | None) -> str:
    if exc is None:
        return ""
    words = str(exc).strip().splitlines()
    return words[0].strip() if words else ""


# Refusals of a sync round by the office schema's own checks (storage/office_schema.py), by words of the message.
_SYNC_CAUSES: tuple[tuple[str, str], ...] = (
    (
        "may not write events of desk",
        "vai trò {role} không được ghi sự kiện của bàn này: chứng chỉ hoặc vai trò của bàn không khớp mã bàn "
        "đã tham gia. Báo cho cán bộ CNTT.",
    ),
    (
        "leaves a gap",
        "máy chủ thiếu các sự kiện trước đó của bàn này (máy chủ có thể đã được khôi phục từ bản sao lưu cũ). "
        "Báo cho cán bộ CNTT.",
    ),
    (
        "already holds another event",
        "máy chủ đã giữ một sự kiện khác cùng số thứ tự của bàn này. Báo cho cán bộ CNTT.",
    ),
)


def _cause(exc: KnownError, **where: object) -> str:
    cause = exc.__cause__
    low = _server_words(cause).lower()
    sync = next((advice for needle, advice in _SYNC_CAUSES if needle in low), None)
    if sync is not None:
        text = sync[0].upper() + sync[1:]
    elif isinstance(cause, psycopg.Error) and cause.sqlstate in _SCHEMA_MISSING:
        text = "Máy chủ chưa có lược đồ văn phòng: chạy 'reception-app server init' trên máy chủ."
    elif isinstance(cause, psycopg.Error) and cause.sqlstate == "42501":
        text = "Vai trò {role} chưa là một bàn tiếp của văn phòng: chạy 'reception-app server add-desk'."
    else:
        text = next(
            (advice for needles, advice in _JOIN_CAUSES if any(n in low for n in needles)),
            exc.text().replace("{", "{{").replace("}", "}}"),
        )
    return text.format(**where)


def join_failure(exc: KnownError, *, host: str, port: int, dbname: str, role: str) -> KnownError:
    """What to fix when ``office join`` cannot reach or is refused by the server (``exc`` from storage)."""
    words = _server_words(exc.__cause__)
    text = "Chưa tham gia được văn phòng. " + _cause(exc, host=host, port=port, dbname=dbname, role=role)
    return KnownError(f"{text} (PostgreSQL: {words})" if words else text)


def refusal_cause(exc: KnownError, conninfo: Mapping[str, Any]) -> str:
    """Why the server refused (or could not be reached by) a desk's sync round, in Vietnamese, for the status bar
    and ``office status`` / ``office sync-now``; ``conninfo`` is the desk's (only host, port, dbname and role
    are named)."""
    return _cause(
        exc,
        host=conninfo.get("host", ""),
        port=conninfo.get("port", 5432),
        dbname=conninfo.get("dbname", ""),
        role=conninfo.get("user", ""),
    )


def server_failure(exc: psycopg.Error, *, code: str = "", role: str = "") -> KnownError:
    """``server init`` / ``server add-desk`` refused or unable to connect with the superuser's --dsn."""
    words = _server_words(exc)
    constraint = getattr(exc.diag, "constraint_name", None) if isinstance(exc, psycopg.errors.UniqueViolation) else None
    if constraint == "desks_pkey":
        text = f"Mã bàn {code} đã có trên máy chủ; chọn mã khác."
    elif constraint == "desks_role_name_key":
        text = f"Vai trò {role} đã là của một bàn khác; chọn tên vai trò khác."
    elif isinstance(exc, psycopg.ProgrammingError) and not exc.sqlstate:
        text = 'Chuỗi kết nối --dsn không hợp lệ (ví dụ: "host=/var/run/postgresql dbname=reception user=postgres").'
    elif isinstance(exc, psycopg.OperationalError):
        text = (
            "Không kết nối được PostgreSQL bằng --dsn. Chạy lệnh trên máy chủ với người dùng quản trị PostgreSQL "
            "(Debian: sudo -u postgres reception-app …, với host=/var/run/postgresql)."
        )
    else:
        text = "PostgreSQL từ chối lệnh."
    return KnownError(f"{text} (PostgreSQL: {words})" if words else text)
