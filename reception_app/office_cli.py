"""Command line for office mode (docs/OFFICE.md): ``server …`` for the IT officer, ``office …`` for a desk.

    reception-app server init --dsn "host=/var/run/postgresql dbname=reception user=postgres"
    reception-app server add-desk --dsn … --code A --role desk_a
    reception-app server tls-config --dbname reception --network 192.168.1.0/24 --cert … --key … --ca …
    reception-app office ca-init --dir E:/office-ca --org "Thanh tra tỉnh Đắk Lắk"
    reception-app office ca-issue --dir E:/office-ca --server-host 192.168.1.10
    reception-app office ca-issue --dir E:/office-ca --desk-role desk_a
    reception-app office new-content-key --out E:/office-ca/content.key
    reception-app office keys-init --dir E:/office-ca --office "Thanh tra tỉnh Đắk Lắk"
    reception-app --data-dir … office join --user lanhdao --host 192.168.1.10 --dbname reception --role desk_a \
        --ca E:/office-ca/ca.crt --cert E:/office-ca/desk_a.crt --key E:/office-ca/desk_a.key \
        --content-key E:/office-ca/content.key \
        --manifest E:/office-ca/office-manifest.json --key-package E:/office-ca/office-keys.pkg
"""

from __future__ import annotations

import argparse
import getpass
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reception_app.models.clock import Clock

if TYPE_CHECKING:
    from reception_app.services import Desk


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser("server", help="office server (PostgreSQL) set-up, for the IT officer")
    ssub = server.add_subparsers(dest="server_command", required=True)
    init = ssub.add_parser("init", help="create the roles and the office schema (run as a superuser)")
    init.add_argument("--dsn", required=True, help="libpq connection string of the office database (superuser)")
    desk = ssub.add_parser("add-desk", help="create a desk's login role (asks for its password)")
    desk.add_argument("--dsn", required=True)
    desk.add_argument("--code", required=True, help="desk code printed in case numbers: A, B, C2…")
    desk.add_argument("--role", required=True, help="PostgreSQL role; the desk certificate CN must be the same")
    tls = ssub.add_parser("tls-config", help="print the postgresql.conf and pg_hba.conf lines for TLS 1.3")
    tls.add_argument("--dbname", required=True)
    tls.add_argument("--network", required=True, help="the office LAN, e.g. 192.168.1.0/24")
    tls.add_argument("--cert", required=True)
    tls.add_argument("--key", required=True)
    tls.add_argument("--ca", required=True)

    office = sub.add_parser("office", help="office CA, content key, and joining this desk to an office")
    osub = office.add_subparsers(dest="office_command", required=True)
    ca = osub.add_parser("ca-init", help="make the office CA (P-256), kept offline by a supervisor")
    ca.add_argument("--dir", required=True)
    ca.add_argument("--org", required=True)
    issue = osub.add_parser("ca-issue", help="issue a server or desk certificate from the office CA")
    issue.add_argument("--dir", required=True)
    who = issue.add_mutually_exclusive_group(required=True)
    who.add_argument("--server-host", action="append", help="server name or IP (repeat for several)")
    who.add_argument("--desk-role", help="the desk's PostgreSQL role")
    keys = osub.add_parser("keys-init", help="make the office identity and audit keys, manifest and join form")
    keys.add_argument("--dir", required=True)
    keys.add_argument("--office", required=True, help="the office's name, as printed on the join form")
    key = osub.add_parser("new-content-key", help="make the office content key (once, for the whole office)")
    key.add_argument("--out", required=True)
    join = osub.add_parser(
        "join", help="join this desk to the office (a supervisor of the desk; an admin only without --manifest)"
    )
    join.add_argument("--user", required=True)
    join.add_argument("--host", required=True)
    join.add_argument("--port", type=int, default=5432)
    join.add_argument("--dbname", required=True)
    join.add_argument("--role", required=True)
    join.add_argument("--ca", required=True)
    join.add_argument("--cert", required=True)
    join.add_argument("--key", required=True)
    join.add_argument("--content-key", required=True)
    join.add_argument("--manifest", help="office-manifest.json (with --key-package: adopt the office keys)")
    join.add_argument("--key-package", help="office-keys.pkg (asks for its passphrase)")
    join.add_argument("--fingerprint", help="the key fingerprint printed on the join form (asked if missing)")


def _secret(prompt: str, *, confirm: bool = False) -> str:
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nhập lại: ") != value:
        raise SystemExit("Hai lần nhập không khớp.")
    return value


def run(args: argparse.Namespace, data_dir: Path | None) -> int:
    from reception_app.models.errors import KnownError

    try:
        if args.command == "server":
            return _server(args)
        return _office(args, data_dir)
    except KnownError as exc:
        print(exc.text(), file=sys.stderr)
        return 2


def _server(args: argparse.Namespace) -> int:
    from reception_app.services import office_admin

    if args.server_command == "init":
        version = office_admin.init_server(args.dsn)
        print(f"Lược đồ văn phòng trên máy chủ: phiên bản {version}.")
    elif args.server_command == "add-desk":
        password = _secret(f"Mật khẩu mới cho vai trò {args.role}: ", confirm=True)
        desk_no = office_admin.add_desk(args.dsn, args.code, args.role, password)
        print(f"Bàn {args.code} (số {desk_no}) có thể tham gia văn phòng với vai trò {args.role}.")
    else:
        print(office_admin.tls_config(args.dbname, args.network, args.cert, args.key, args.ca))
    return 0


def _office(args: argparse.Namespace, data_dir: Path | None) -> int:
    from reception_app.services import office_admin

    now = Clock().now()
    if args.office_command == "ca-init":
        fingerprint = office_admin.ca_init(Path(args.dir), args.org, _secret("Mật khẩu khóa CA: ", confirm=True), now)
        print(
            "Đã lập CA văn phòng. Dấu vân tay CA (ghi lên phiếu tham gia; lệnh office join in ra để đối chiếu):\n"
            + fingerprint
        )
    elif args.office_command == "ca-issue":
        written = office_admin.ca_issue(
            Path(args.dir),
            _secret("Mật khẩu khóa CA: "),
            now,
            server_hosts=tuple(args.server_host or ()),
            desk_role=args.desk_role,
            key_passphrase=_secret("Mật khẩu cho khóa mới của bàn: ", confirm=True) if args.desk_role else None,
        )
        print("Đã ghi:", *written, sep="\n  ")
    elif args.office_command == "keys-init":
        fingerprint = office_admin.keys_init(
            Path(args.dir), args.office, _secret("Mật khẩu gói khóa văn phòng (ít nhất 12 ký tự): ", confirm=True), now
        )
        print("Đã lập bộ khóa văn phòng. Mã nhận dạng bộ khóa (có trên phiếu tham gia, join-form.txt):\n" + fingerprint)
    elif args.office_command == "new-content-key":
        office_admin.write_content_key(Path(args.out))
        print(f"Đã ghi khóa nội dung vào {args.out}: chỉ giao cho các bàn của văn phòng, giữ một bản trong két.")
    else:
        if data_dir is None:  # pragma: no cover - main always passes it
            raise SystemExit("no data folder")
        return _join_command(args, data_dir)
    return 0


def _join_command(args: argparse.Namespace, data_dir: Path) -> int:
    from reception_app.models.errors import KnownError
    from reception_app.services import Desk, office_admin

    desk = Desk(data_dir)
    try:
        if not desk.is_set_up:
            raise KnownError("Chưa có dữ liệu trong thư mục này: hãy cài đặt bàn tiếp (trình hướng dẫn lần đầu) trước.")
        password = _secret("Mật khẩu: ")
        desk.auth.login(args.user, password)
        joined = desk.office.desk_code()
        if args.manifest or args.key_package:
            _adopt(desk, args, password)
        if joined:  # a second join is refused before anything is asked or copied
            print(f"Bàn tiếp này đã tham gia văn phòng (bàn {joined}); không tham gia lại.", file=sys.stderr)
            return 0 if args.manifest else 2
        ca_fingerprint = office_admin.ca_fingerprint(Path(args.ca))
        print(f"Dấu vân tay CA của tệp {args.ca} (đối chiếu với phiếu tham gia):\n{ca_fingerprint}")
        code = _join(desk, args)
    finally:
        desk.close()
    print(f"Bàn tiếp này đã tham gia văn phòng: bàn {code}.")
    return 0


def _join(desk: Desk, args: argparse.Namespace) -> str:
    from reception_app.services import office_admin

    return office_admin.join_from_files(
        desk,
        host=args.host,
        port=args.port,
        dbname=args.dbname,
        role=args.role,
        role_password=_secret(f"Mật khẩu vai trò {args.role}: "),
        ca=Path(args.ca),
        cert=Path(args.cert),
        key=Path(args.key),
        key_passphrase=_secret("Mật khẩu khóa của bàn (--key): "),
        content_key_file=Path(args.content_key),
        copy=shutil.copyfile,
    )


def _adopt(desk: Desk, args: argparse.Namespace, password: str) -> None:
    from reception_app.services import office_admin
    from reception_app.storage.office_keys import parse_manifest

    if not (args.manifest and args.key_package):
        raise SystemExit("--manifest và --key-package phải đi cùng nhau.")
    shown = parse_manifest(Path(args.manifest).read_text("utf-8")).fingerprint
    print(f"Mã nhận dạng bộ khóa của tệp này: {shown}")
    typed = args.fingerprint or input("Nhập mã nhận dạng bộ khóa in trên phiếu tham gia: ")
    code = office_admin.adopt_from_files(
        desk,
        manifest=Path(args.manifest),
        key_package=Path(args.key_package),
        passphrase=_secret("Mật khẩu gói khóa văn phòng: "),
        password=password,
        fingerprint=typed,
    )
    if code:
        print("Bàn tiếp đã chuyển sang khóa văn phòng. MÃ KHÔI PHỤC MỚI (in ra, cất vào két, hủy mã cũ):\n" + code)
        desk.rotation.confirm_recovery_code()
