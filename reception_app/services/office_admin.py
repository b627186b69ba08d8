"""Office set-up use cases behind ``reception-app server …`` and ``reception-app office …`` (no Qt)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from reception_app.models.clock import OFFICE_TZ
from reception_app.models.errors import KnownError
from reception_app.models.password_policy import assess_password
from reception_app.services import Desk
from reception_app.services.office import new_content_key
from reception_app.services.office_setup_errors import join_failure, server_failure
from reception_app.storage import office_keys, office_pki, office_server

CONTENT_KEY_BYTES = 32


def _conninfo(dsn: str) -> dict[str, Any]:
    from psycopg.conninfo import conninfo_to_dict

    return dict(conninfo_to_dict(dsn))


def init_server(dsn: str) -> int:
    try:
        return office_server.init_server(_conninfo(dsn))
    except psycopg.Error as exc:
        raise server_failure(exc) from exc


def check_secret(secret: str, what: str, *, offline: bool = True, name: str = "") -> None:
    """The app's password policy (models/password_policy.py: ≥ 12 characters, hard to guess) for office secrets.

    ``offline``: the secret protects a key file that can be copied and guessed at offline (the CA key, a desk
    key, the office key package): the stricter score, as for a supervisor's password. A desk role's password is
    guessed only through the server: the officer's score. ``what`` names the secret in the message."""
    strength = assess_password(secret, username=name, supervisor=offline)
    if not strength.acceptable:
        raise KnownError(f"{what} chưa đủ mạnh: " + " ".join(strength.reasons))


def check_desk_names(code: str, role: str) -> None:
    """The desk code and role name, checked before the IT officer is asked for a password."""
    office_server.check_desk_names(code, role)


def add_desk(dsn: str, code: str, role: str, password: str) -> int:
    check_desk_names(code, role)
    check_secret(password, f"Mật khẩu vai trò {role}", offline=False, name=role)
    try:
        return office_server.add_desk(_conninfo(dsn), code, role, password)
    except psycopg.Error as exc:
        raise server_failure(exc, code=code, role=role) from exc


def tls_config(dbname: str, network: str, cert: str, key: str, ca: str) -> str:
    return (
        "# postgresql.conf\n"
        + "listen_addresses = '*'  # or the server's LAN address: the default, 'localhost', keeps every desk out\n"
        + office_pki.server_settings(cert, key, ca)
        + "\n# pg_hba.conf (replace the host lines; keep the 'local' lines)\n"
        + office_pki.hba_lines(dbname, network)
    )


def _write(path: Path, data: bytes, mode: int = 0o600) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def ca_init(folder: Path, org: str, passphrase: str, now: datetime) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / "ca.key").exists():
        raise KnownError("Thư mục này đã có khóa CA; không ghi đè.")
    check_secret(passphrase, "Mật khẩu khóa CA")
    ca = office_pki.make_ca(org, now, passphrase.encode())
    _write(folder / "ca.key", ca.key_pem)
    _write(folder / "ca.crt", ca.cert_pem, 0o644)
    return office_pki.fingerprint(ca.cert_pem)


def ca_issue(
    folder: Path,
    ca_passphrase: str,
    now: datetime,
    *,
    server_hosts: tuple[str, ...] = (),
    desk_role: str | None = None,
    key_passphrase: str | None = None,
) -> list[Path]:
    try:
        ca = office_pki.Issued((folder / "ca.key").read_bytes(), (folder / "ca.crt").read_bytes())
    except OSError as exc:
        raise KnownError(f"Không thấy CA văn phòng (ca.key, ca.crt) trong thư mục {folder}.") from exc
    if desk_role:
        check_secret(key_passphrase or "", "Mật khẩu khóa của bàn")
    name = desk_role if desk_role else "server"
    key_path, cert_path = folder / f"{name}.key", folder / f"{name}.crt"
    if key_path.exists() or cert_path.exists():  # checked first: nothing is issued that could not be written
        raise KnownError(
            f"Thư mục đã có {cert_path.name} hoặc {key_path.name}; không ghi đè. Để cấp lại, chuyển hai tệp cũ đi."
        )
    try:
        issued = office_pki.issue(
            ca,
            ca_passphrase.encode(),
            cn=desk_role or server_hosts[0],
            now=now,
            server_hosts=server_hosts if not desk_role else (),
            key_passphrase=key_passphrase.encode() if key_passphrase else None,
        )
    except (ValueError, TypeError) as exc:  # cryptography: wrong passphrase (or a damaged ca.key)
        raise KnownError("Sai mật khẩu khóa CA, hoặc tệp ca.key hỏng.") from exc
    _write(key_path, issued.key_pem)
    _write(cert_path, issued.cert_pem, 0o644)
    return [cert_path, key_path]


def write_content_key(path: Path) -> None:
    _write(path, new_content_key().hex().encode())


def read_content_key(path: Path) -> bytes:
    try:
        key = bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError) as exc:
        raise KnownError("Không đọc được tệp khóa nội dung văn phòng.") from exc
    if len(key) != CONTENT_KEY_BYTES:
        raise KnownError("Tệp khóa nội dung văn phòng không hợp lệ.")
    return key


def join_from_files(
    desk: Desk,
    *,
    host: str,
    port: int,
    dbname: str,
    role: str,
    role_password: str,
    ca: Path,
    cert: Path,
    key: Path,
    key_passphrase: str,
    content_key_file: Path,
    copy: Callable[[Path, Path], object],
) -> str:
    """Copy the certificates into the data folder, then join with TLS 1.3 + client certificate + SCRAM.

    ``desk`` is logged in as an admin or supervisor.

    The role password and the key passphrase are kept in the desk's encrypted database, never in a file.
    """
    joined = desk.office.desk_code()
    if joined:  # before copying: the certificates in use must not be replaced by a refused second join
        raise KnownError(f"Bàn tiếp này đã tham gia văn phòng (bàn {joined}); không tham gia lại.")
    content_key = read_content_key(content_key_file)
    folder = desk.data_dir / "office"
    folder.mkdir(exist_ok=True)
    for src, dst in ((ca, "ca.crt"), (cert, "desk.crt"), (key, "desk.key")):
        copy(src, folder / dst)
    (folder / "desk.key").chmod(0o600)
    conninfo = {
        "host": host,
        "port": port,
        "dbname": dbname,
        "user": role,
        "password": role_password,
        "sslmode": "verify-full",
        "ssl_min_protocol_version": "TLSv1.3",
        "sslrootcert": str(folder / "ca.crt"),
        "sslcert": str(folder / "desk.crt"),
        "sslkey": str(folder / "desk.key"),
        "sslpassword": key_passphrase,
    }
    try:
        code, _ = desk.office.join(conninfo, content_key)
    except (office_server.OfficeOffline, office_server.OfficeRefused) as exc:
        raise join_failure(exc, host=host, port=port, dbname=dbname, role=role) from exc
    return code


def ca_fingerprint(ca: Path) -> str:
    """The SHA-256 fingerprint of a CA certificate file, to compare with the one ``ca-init`` printed."""
    try:
        return office_pki.fingerprint(ca.read_bytes())
    except (OSError, ValueError) as exc:
        raise KnownError(f"Không đọc được chứng chỉ CA {ca}.") from exc


MANIFEST_FILE = "office-manifest.json"
PACKAGE_FILE = "office-keys.pkg"
JOIN_FORM_FILE = "join-form.txt"


def _local_time(created: str) -> str:
    """The manifest's creation time (ISO, UTC) as the office reads a clock: ``02:51 ngày 07/12/2026`` (UTC+7)."""
    try:
        at = datetime.fromisoformat(created)
    except ValueError:
        return created
    if at.tzinfo is None:
        return created
    return at.astimezone(OFFICE_TZ).strftime("%H:%M ngày %d/%m/%Y")


def join_form(manifest: office_keys.Manifest) -> str:
    """The text a supervisor prints and signs: the officer compares the fingerprint on the desk when joining."""
    return (
        "PHIẾU THAM GIA VĂN PHÒNG — BỘ KHÓA VĂN PHÒNG\n"
        f"Văn phòng: {manifest.office}\n"
        f"Lập lúc: {_local_time(manifest.created)}\n"
        f"Mã nhận dạng bộ khóa: {manifest.fingerprint}\n"
        "Khi cho bàn tiếp tham gia, nhập đúng mã này; phần mềm từ chối nếu tệp bộ khóa khác.\n"
        "Lãnh đạo ký tên: ______________________\n"
    )


def keys_init(folder: Path, office: str, passphrase: str, now: datetime) -> str:
    """Make the office identity and audit key pairs: the signed manifest, the passphrase-protected key package
    (kept offline by a supervisor, like the CA key) and the join form. Returns the fingerprint."""
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / PACKAGE_FILE).exists() or (folder / MANIFEST_FILE).exists():
        raise KnownError("Thư mục này đã có bộ khóa văn phòng; không ghi đè.")
    check_secret(passphrase, "Mật khẩu gói khóa văn phòng")
    manifest_text, package = office_keys.make_office_keys(office, now.isoformat(timespec="seconds"), passphrase)
    manifest = office_keys.parse_manifest(manifest_text)
    _write(folder / PACKAGE_FILE, package)
    _write(folder / MANIFEST_FILE, manifest_text.encode("utf-8"), 0o644)
    _write(folder / JOIN_FORM_FILE, join_form(manifest).encode("utf-8"), 0o644)
    return manifest.fingerprint


def adopt_from_files(
    desk: Desk, *, manifest: Path, key_package: Path, passphrase: str, password: str, fingerprint: str
) -> str | None:
    """Pin the office manifest and move this desk to the office identity key (``desk`` logged in as a
    supervisor, ``password`` theirs). Returns the new recovery code to show, or None."""
    try:
        text, package = manifest.read_text("utf-8"), key_package.read_bytes()
    except OSError as exc:
        raise KnownError("Không đọc được tệp bộ khóa văn phòng.") from exc
    return desk.office_keys.adopt(text, package, passphrase, password, fingerprint)
