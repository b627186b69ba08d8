"""Composition root and command line: builds the Desk and hands it to the GUI or a CLI command."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from reception_app import __version__

ENV_DATA_DIR = "RECEPTION_APP_DATA_DIR"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("reception_app", appauthor=False))


def resolve_data_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env).expanduser() if env else default_data_dir()


def configure_logging(data_dir: Path) -> None:
    """Event types and ids only (ARCHITECTURE §2): no names, ID numbers, addresses, free text, passwords."""
    logs = data_dir / "logs"
    try:
        # Private like the rest of the data folder (POSIX; Windows relies on the profile folder's ACL): the log
        # holds no identity, but what was done when is nobody else's business on a shared PC.
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # a folder the user named is left as it is
        logs.mkdir(exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            logs.chmod(0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            logs / "reception_app.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger("reception_app")
    root.setLevel(logging.INFO)
    root.handlers[:] = [handler]
    root.propagate = False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reception-app", description="Bàn tiếp công dân (citizen reception desk)")
    parser.add_argument("--version", action="version", version=f"reception-app {__version__}")
    parser.add_argument("--data-dir", help=f"data folder (default: platform data dir, or ${ENV_DATA_DIR})")
    parser.add_argument(
        "--demo", action="store_true", help="open a demo database full of sample cases (demo accounts are printed)"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation (encryption, PDF, fonts, templates, Qt PDF) on a throwaway folder and exit",
    )
    sub = parser.add_subparsers(dest="command")
    audit = sub.add_parser("audit", help="audit log tools")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", help="walk the hash chain and checkpoint signatures")
    verify.add_argument("--user", help="username (asks for the password); default: ask for the recovery code")
    verify.add_argument(
        "--incremental",
        action="store_true",
        help="walk only from the signed checkpoint the last full check reached (a full walk runs if needed)",
    )
    from reception_app.office_cli import add_parsers

    add_parsers(sub)  # office mode: `server …` and `office …` (docs/OFFICE.md)
    return parser


def _audit_verify(data_dir: Path, user: str | None, *, incremental: bool = False) -> int:
    from reception_app.models.clock import Clock
    from reception_app.models.errors import KnownError
    from reception_app.services import Desk

    desk = Desk(data_dir, clock=Clock())
    if not desk.is_set_up:
        print("Chưa có dữ liệu trong thư mục này.", file=sys.stderr)
        return 2
    try:
        if user:
            desk.auth.login(user, getpass.getpass("Mật khẩu: "))
        else:
            desk.auth.login_with_recovery(getpass.getpass("Mã khôi phục: "))
        report = desk.audit.verify(incremental=incremental)
        rollback, security_report = desk.security.rollback, desk.security.security_report
    except KnownError as exc:
        print(exc.text(), file=sys.stderr)
        return 2
    finally:
        desk.close()
    print(report.text())
    ok = report.ok
    if rollback is not None:  # issue 16: the database is older than a head recorded outside it
        print(f"Phát hiện dữ liệu bị thay bằng bản cũ: {rollback.problem}.")
        ok = False
    if security_report is not None:  # a supervisor's (or the recovery) session also checked keys and seals
        print(security_report.text())
        ok = ok and not security_report.alarm
    return 0 if ok else 1


def _self_check() -> int:
    """Print one line per check; 0 only if none failed. Never touches the real data folder or keyring."""
    from reception_app.services import FAIL, passed, run_self_check, sample_receipt_pdf
    from reception_app.ui.shell.self_check_qt import run_qt_self_check

    lines = run_self_check()
    try:
        pdf = sample_receipt_pdf()
    except Exception as exc:  # already reported by run_self_check; Qt check cannot run
        lines.append(f"{FAIL} QtPdf: no receipt PDF to load ({type(exc).__name__})")
    else:
        lines += run_qt_self_check(pdf, [sys.argv[0]])
    ok = passed(lines)
    # A windowed Windows build has no console: sys.stdout is None unless the output is redirected
    # (``reception_app.exe --self-check > selfcheck.txt``); print() then writes nothing and the exit code tells.
    for line in lines:
        print(line)
    print("Self-check passed." if ok else "Self-check FAILED.")
    if sys.stdout is not None:
        sys.stdout.flush()
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(argv) if argv is not None else None)
    if args.self_check:
        return _self_check()
    on_desk = args.command == "office" and args.office_command in ("join", "status", "sync-now")
    if args.command in ("server", "office") and not on_desk:  # the desk's own database: under its instance lock
        from reception_app import office_cli

        return office_cli.run(args, None)
    if args.demo:
        data_dir = (
            Path(args.data_dir).expanduser() if args.data_dir else default_data_dir().with_name("reception_app_demo")
        )
    else:
        data_dir = resolve_data_dir(args.data_dir)
    configure_logging(data_dir)
    from reception_app.services import InstanceLock, instance_name

    # One process per data folder: the database is never opened twice for writing (issue: single instance).
    with InstanceLock(data_dir) as lock:
        if not lock.acquire():
            return _already_running(instance_name(data_dir), cli=args.command in ("audit", "office"))
        if args.command == "audit":
            return _audit_verify(data_dir, args.user, incremental=args.incremental)
        if args.command == "office":
            from reception_app import office_cli

            return office_cli.run(args, data_dir)
        if args.demo:
            from reception_app.services import DEMO_ACCOUNTS, prepare_demo

            desk = prepare_demo(data_dir)
            print("Demo data folder:", data_dir)
            for username, password, role in DEMO_ACCOUNTS:
                print(f"  {role:<12} {username:<12} {password}")
        else:
            from reception_app.models.clock import Clock
            from reception_app.services import Desk

            desk = Desk(data_dir, clock=Clock())
        from reception_app.ui.shell.application import run_gui

        return run_gui(desk, [sys.argv[0]], instance=instance_name(data_dir))


def _already_running(name: str, *, cli: bool) -> int:
    """Bring the running window forward, or explain why we cannot."""
    message = "Phần mềm đang chạy với thư mục dữ liệu này; hãy dùng cửa sổ đang mở."
    if cli:
        print(message + " Hãy đóng phần mềm rồi chạy lại lệnh.", file=sys.stderr)
        return 3
    from reception_app.ui.shell.application import notify_running_instance

    return notify_running_instance(name, message, [sys.argv[0]])


if __name__ == "__main__":
    raise SystemExit(main())
