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
    reception-app --data-dir … office status --user canbo      # the app closed on the desk
    reception-app --data-dir … office sync-now --user canbo
"""

from __future__ import annotations

import argparse
import getpass
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reception_app.models.clock import Clock

if TYPE_CHECKING:
    from reception_app.services import Desk


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _server_parsers(sub)
    office = sub.add_parser(
        "office",
        help="CA văn phòng, khóa nội dung, cho bàn này tham gia văn phòng, kiểm tra và đồng bộ",
        description="Lệnh văn phòng (docs/OFFICE.md). Các lệnh có --data-dir (join, status, sync-now) chỉ chạy "
        "khi phần mềm đã đóng.",
    )
    osub = office.add_subparsers(dest="office_command", required=True, metavar="LỆNH")
    ca = osub.add_parser("ca-init", help="lập CA văn phòng (P-256), do lãnh đạo cất giữ ngoại tuyến")
    ca.add_argument("--dir", required=True, help="thư mục của CA (USB cất trong két)")
    ca.add_argument("--org", required=True, help="tên cơ quan ghi trong chứng chỉ")
    issue = osub.add_parser("ca-issue", help="cấp chứng chỉ máy chủ hoặc chứng chỉ bàn tiếp từ CA văn phòng")
    issue.add_argument("--dir", required=True, help="thư mục của CA")
    who = issue.add_mutually_exclusive_group(required=True)
    who.add_argument("--server-host", action="append", help="tên hoặc địa chỉ IP của máy chủ (lặp lại nếu nhiều)")
    who.add_argument("--desk-role", help="vai trò PostgreSQL của bàn tiếp")
    keys = osub.add_parser(
        "keys-init", help="lập khóa định danh và khóa nhật ký của văn phòng, bản kê khai và phiếu tham gia"
    )
    keys.add_argument("--dir", required=True, help="thư mục ghi bộ khóa (USB cất trong két)")
    keys.add_argument("--office", required=True, help="tên văn phòng, in trên phiếu tham gia")
    key = osub.add_parser("new-content-key", help="lập khóa nội dung văn phòng (một lần, cho cả văn phòng)")
    key.add_argument("--out", required=True, help="tệp ghi khóa nội dung")
    join = osub.add_parser(
        "join",
        help="cho bàn này tham gia văn phòng (lãnh đạo của bàn; quản trị viên chỉ khi không có --manifest)",
    )
    join.add_argument("--user", required=True, help="tên đăng nhập trên bàn này (hỏi mật khẩu)")
    join.add_argument("--host", required=True, help="tên hoặc địa chỉ máy chủ, như trong chứng chỉ máy chủ")
    join.add_argument("--port", type=int, default=5432, help="cổng PostgreSQL (mặc định 5432)")
    join.add_argument("--dbname", required=True, help="tên cơ sở dữ liệu văn phòng")
    join.add_argument("--role", required=True, help="vai trò PostgreSQL của bàn (hỏi mật khẩu vai trò)")
    join.add_argument("--ca", required=True, help="chứng chỉ CA văn phòng (ca.crt)")
    join.add_argument("--cert", required=True, help="chứng chỉ của bàn")
    join.add_argument("--key", required=True, help="khóa của bàn (hỏi mật khẩu khóa)")
    join.add_argument("--content-key", required=True, help="tệp khóa nội dung văn phòng")
    join.add_argument("--manifest", help="office-manifest.json (cùng --key-package: nhận bộ khóa văn phòng)")
    join.add_argument("--key-package", help="office-keys.pkg (hỏi mật khẩu gói khóa)")
    join.add_argument("--fingerprint", help="mã nhận dạng bộ khóa in trên phiếu tham gia (hỏi nếu thiếu)")
    join.add_argument(
        "--without-office-keys",
        action="store_true",
        help="tham gia khi văn phòng chưa có bộ khóa chung: danh tính ghi ở bàn này không mở được ở bàn khác",
    )
    for name, text in (
        ("status", "tình trạng văn phòng của bàn này: máy chủ, thay đổi chờ gửi, bản sao của các bàn khác"),
        ("sync-now", "đồng bộ một lượt ngay: gửi, nhận, in số thay đổi hoặc nguyên nhân bị từ chối"),
    ):
        check = osub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        check.add_argument("--user", required=True, help="tên đăng nhập trên bàn này (hỏi mật khẩu)")


def _server_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser(
        "server",
        help="cài đặt máy chủ văn phòng (PostgreSQL), dành cho cán bộ CNTT",
        description="Cài đặt máy chủ văn phòng (docs/OFFICE.md), chạy trên máy chủ với người dùng quản trị.",
    )
    ssub = server.add_subparsers(dest="server_command", required=True, metavar="LỆNH")
    init = ssub.add_parser("init", help="tạo các vai trò và lược đồ văn phòng (chạy với quyền superuser)")
    init.add_argument("--dsn", required=True, help="chuỗi kết nối libpq tới cơ sở dữ liệu văn phòng (superuser)")
    desk = ssub.add_parser("add-desk", help="tạo vai trò đăng nhập của một bàn tiếp (hỏi mật khẩu vai trò)")
    desk.add_argument("--dsn", required=True, help="chuỗi kết nối libpq (superuser), như với init")
    desk.add_argument("--code", required=True, help="mã bàn in trong số hồ sơ: A, B, C2…")
    desk.add_argument("--role", required=True, help="vai trò PostgreSQL; tên CN của chứng chỉ bàn phải trùng")
    tls = ssub.add_parser("tls-config", help="in các dòng postgresql.conf và pg_hba.conf cho TLS 1.3")
    tls.add_argument("--dbname", required=True, help="tên cơ sở dữ liệu văn phòng")
    tls.add_argument("--network", required=True, help="mạng LAN của văn phòng, ví dụ 192.168.1.0/24")
    tls.add_argument("--cert", required=True, help="chứng chỉ máy chủ (server.crt)")
    tls.add_argument("--key", required=True, help="khóa máy chủ (server.key)")
    tls.add_argument("--ca", required=True, help="chứng chỉ CA văn phòng (ca.crt)")


def _secret(prompt: str, *, confirm: bool = False, check: Callable[[str], None] | None = None) -> str:
    value = getpass.getpass(prompt)
    if check is not None:  # refused before it is typed a second time
        check(value)
    if confirm and getpass.getpass("Nhập lại: ") != value:
        raise SystemExit("Hai lần nhập không khớp.")
    return value


def _strong(what: str, *, offline: bool = True, name: str = "") -> Callable[[str], None]:
    from reception_app.services import office_admin

    return lambda value: office_admin.check_secret(value, what, offline=offline, name=name)


def run(args: argparse.Namespace, data_dir: Path | None) -> int:
    from reception_app.models.errors import KnownError

    try:
        if args.command == "server":
            return _server(args)
        return _office(args, data_dir)
    except KnownError as exc:
        print(exc.text(), file=sys.stderr)
        return 2
    except EOFError:  # stdin closed (a script, `< /dev/null`): nothing to answer the prompt with
        print(
            "\nKhông có dữ liệu nhập (đầu vào đã đóng): lệnh dừng ở câu hỏi này; chạy lại trong một cửa sổ lệnh.",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:  # Ctrl+C at a prompt
        print("\nĐã dừng theo yêu cầu.", file=sys.stderr)
        return 130


def _server(args: argparse.Namespace) -> int:
    from reception_app.services import office_admin

    if args.server_command == "init":
        version = office_admin.init_server(args.dsn)
        print(f"Lược đồ văn phòng trên máy chủ: phiên bản {version}.")
    elif args.server_command == "add-desk":
        office_admin.check_desk_names(args.code, args.role)
        password = _secret(
            f"Mật khẩu mới cho vai trò {args.role} (ít nhất 12 ký tự): ",
            confirm=True,
            check=_strong(f"Mật khẩu vai trò {args.role}", offline=False, name=args.role),
        )
        desk_no = office_admin.add_desk(args.dsn, args.code, args.role, password)
        print(f"Bàn {args.code} (số {desk_no}) có thể tham gia văn phòng với vai trò {args.role}.")
    else:
        print(office_admin.tls_config(args.dbname, args.network, args.cert, args.key, args.ca))
    return 0


def _office(args: argparse.Namespace, data_dir: Path | None) -> int:
    from reception_app.services import office_admin

    now = Clock().now()
    if args.office_command == "ca-init":
        passphrase = _secret("Mật khẩu khóa CA (ít nhất 12 ký tự): ", confirm=True, check=_strong("Mật khẩu khóa CA"))
        fingerprint = office_admin.ca_init(Path(args.dir), args.org, passphrase, now)
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
            key_passphrase=_secret(
                "Mật khẩu cho khóa mới của bàn (ít nhất 12 ký tự): ",
                confirm=True,
                check=_strong("Mật khẩu khóa của bàn"),
            )
            if args.desk_role
            else None,
        )
        print("Đã ghi:", *written, sep="\n  ")
    elif args.office_command == "keys-init":
        fingerprint = office_admin.keys_init(
            Path(args.dir),
            args.office,
            _secret(
                "Mật khẩu gói khóa văn phòng (ít nhất 12 ký tự): ",
                confirm=True,
                check=_strong("Mật khẩu gói khóa văn phòng"),
            ),
            now,
        )
        print("Đã lập bộ khóa văn phòng. Mã nhận dạng bộ khóa (có trên phiếu tham gia, join-form.txt):\n" + fingerprint)
    elif args.office_command == "new-content-key":
        office_admin.write_content_key(Path(args.out))
        print(f"Đã ghi khóa nội dung vào {args.out}: chỉ giao cho các bàn của văn phòng, giữ một bản trong két.")
    else:
        if data_dir is None:  # pragma: no cover - main always passes it
            raise SystemExit("no data folder")
        if args.office_command in ("status", "sync-now"):
            return _check_command(args, data_dir)
        return _join_command(args, data_dir)
    return 0


def _check_command(args: argparse.Namespace, data_dir: Path) -> int:
    """``office status`` (0 the server answers, 1 it does not) and ``office sync-now`` (0 done)."""
    from reception_app.models.errors import KnownError
    from reception_app.services import Desk, office_check

    desk = Desk(data_dir)
    try:
        if not desk.is_set_up:
            raise KnownError("Chưa có dữ liệu trong thư mục này.")
        desk.auth.login(args.user, _secret("Mật khẩu: "))
        clock = desk.clock
        if args.office_command == "sync-now":
            report = office_check.sync_now(desk)
            print(
                f"Đã đồng bộ: gửi {report.pushed} thay đổi, nhận {report.pulled} thay đổi của các bàn khác, "
                f"xin thêm {report.leased} khối số."
            )
            return 0
        state = office_check.check(desk)
    finally:
        desk.close()
    if state.last_pull_at is None:
        copy = "chưa đồng bộ lần nào"
    else:
        minutes = max(0, int((clock.now() - state.last_pull_at).total_seconds() // 60))
        copy = f"cập nhật lúc {clock.to_local(state.last_pull_at):%H:%M ngày %d/%m/%Y} ({minutes} phút trước)"
    print(
        f"Bàn tiếp: {state.code}\n"
        f"Máy chủ văn phòng: {state.server}\n"
        f"Kết nối: {'trực tuyến' if not state.problem else 'KHÔNG — ' + state.problem}\n"
        f"Thay đổi chờ gửi: {state.pending}\n"
        f"Bản sao của các bàn khác: {copy}\n"
        f"Sự kiện của bàn khác bị để riêng: {state.quarantined}"
    )
    return 1 if state.problem else 0


NO_OFFICE_KEYS = (
    "Thiếu --manifest và --key-package: bàn tham gia văn phòng nhận bộ khóa văn phòng ngay khi tham gia, trước lần"
    " đồng bộ đầu tiên (nếu không, danh tính ghi ở bàn này không mở được ở bàn khác và bàn này không mở được danh"
    " tính của bàn khác). Văn phòng chưa có bộ khóa chung: chạy 'reception-app office keys-init', hoặc thêm"
    " --without-office-keys nếu cố ý."
)


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
        elif not joined and not args.without_office_keys:  # adopt before the first sync: docs/OFFICE.md
            print(NO_OFFICE_KEYS, file=sys.stderr)
            return 2
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
