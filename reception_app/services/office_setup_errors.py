"""Clear Vietnamese messages for what goes wrong while the IT officer sets an office up (docs/OFFICE.md).

libpq reports every failure of a connection the same way to the desk ("cannot connect, working offline"); when
joining, or when the IT officer runs ``server init`` / ``server add-desk``, the cause matters: a wrong role
password and a server that does not listen on the LAN need different fixes. The server's own words are added
in brackets (they name no secret: libpq never repeats a password).
"""

from __future__ import annotations

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


def join_failure(exc: KnownError, *, host: str, port: int, dbname: str, role: str) -> KnownError:
    """What to fix when ``office join`` cannot reach or is refused by the server (``exc`` from storage)."""
    cause = exc.__cause__
    words = _server_words(cause)
    if isinstance(cause, psycopg.Error) and cause.sqlstate in _SCHEMA_MISSING:
        text = "Máy chủ chưa có lược đồ văn phòng: chạy 'reception-app server init' trên máy chủ."
    elif isinstance(cause, psycopg.Error) and cause.sqlstate == "42501":
        text = "Vai trò {role} chưa là một bàn tiếp của văn phòng: chạy 'reception-app server add-desk'."
    else:
        low = words.lower()
        text = next(
            (advice for needles, advice in _JOIN_CAUSES if any(n in low for n in needles)),
            exc.text(),
        )
    text = "Chưa tham gia được văn phòng. " + text.format(host=host, port=port, dbname=dbname, role=role)
    return KnownError(f"{text} (PostgreSQL: {words})" if words else text)


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
