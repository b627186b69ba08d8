"""Found by an IT officer following docs/OFFICE.md: the desk password reached the server log, weak passphrases
were taken, a closed stdin gave a traceback, the help was English, and nothing on the command line told whether a
desk was in touch with its office (``office status`` / ``office sync-now``)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from reception_app import services
from reception_app.app import main
from reception_app.services.instance_lock import InstanceLock
from tests.factories import OFFICER, draft, make_desk
from tests.office.conftest import Office, OfficeDesk, make_office_desk


def _say(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": answer)


def test_add_desk_never_sends_the_password_in_clear(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    with psycopg.connect(**office.admin, autocommit=True) as conn:  # type: ignore[arg-type]
        conn.execute(sql.SQL("ALTER DATABASE {} SET log_statement = 'all'").format(sql.Identifier(office.dbname)))
    log = office.cluster.root / "log"
    before = log.stat().st_size
    password = "quiet-lantern-47-orchid"
    _say(monkeypatch, password)
    role = f"{office.dbname}_q"
    assert (
        main(["server", "add-desk", "--dsn", office.cluster.admin_dsn(office.dbname), "--code", "Q", "--role", role])
        == 0
    )
    with log.open("rb") as f:
        f.seek(before)
        logged = f.read().decode("utf-8", "replace")
    assert "ALTER ROLE" in logged  # statement logging was on
    assert password not in logged
    assert "SCRAM-SHA-256$" in logged  # the verifier, computed on the IT officer's side
    with psycopg.connect(**office.desk_conninfo(role, password)) as conn:  # type: ignore[arg-type]
        assert conn.execute("SELECT office.my_desk()").fetchone() == ("Q",)


def test_weak_secrets_are_refused_in_vietnamese(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ca = tmp_path / "ca"
    _say(monkeypatch, "x")
    assert main(["office", "ca-init", "--dir", str(ca), "--org", "Thanh tra tỉnh"]) == 2
    assert "Mật khẩu khóa CA chưa đủ mạnh: Mật khẩu phải có ít nhất 12 ký tự." in capsys.readouterr().err
    assert not (ca / "ca.key").exists()
    _say(monkeypatch, "123456789012")  # 12 characters, guessed at once
    assert main(["office", "keys-init", "--dir", str(ca), "--office", "Thanh tra tỉnh"]) == 2
    assert "Mật khẩu gói khóa văn phòng chưa đủ mạnh" in capsys.readouterr().err
    assert not (ca / "office-keys.pkg").exists()
    role = f"{office.dbname}_w"
    dsn = office.cluster.admin_dsn(office.dbname)
    assert main(["server", "add-desk", "--dsn", dsn, "--code", "W", "--role", role]) == 2
    assert f"Mật khẩu vai trò {role} chưa đủ mạnh" in capsys.readouterr().err
    with psycopg.connect(**office.admin) as conn:  # type: ignore[arg-type]
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None
    strong = "a-long-ca-passphrase"
    _say(monkeypatch, strong)
    assert main(["office", "ca-init", "--dir", str(ca), "--org", "Thanh tra tỉnh"]) == 0
    answers = iter([strong, "short"])  # the CA's, then the new desk key's
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["office", "ca-issue", "--dir", str(ca), "--desk-role", "desk_a"]) == 2
    assert "Mật khẩu khóa của bàn chưa đủ mạnh" in capsys.readouterr().err
    assert not (ca / "desk_a.key").exists()


def test_a_closed_input_ends_with_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def closed(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", closed)
    assert main(["office", "ca-init", "--dir", str(tmp_path / "ca"), "--org", "Thanh tra tỉnh"]) == 2
    assert "đầu vào đã đóng" in capsys.readouterr().err
    assert not (tmp_path / "ca" / "ca.key").exists()


@pytest.mark.parametrize(
    ("argv", "vietnamese", "english"),
    [
        (["server", "--help"], "tạo vai trò đăng nhập của một bàn tiếp", "create a desk's login role"),
        (["office", "--help"], "lập CA văn phòng", "make the office CA"),
        (["office", "join", "--help"], "tên đăng nhập trên bàn này", "join this desk"),
        (["server", "tls-config", "--help"], "mạng LAN của văn phòng", "the office LAN"),
    ],
)
def test_the_help_is_in_vietnamese(
    argv: list[str], vietnamese: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    out = " ".join(capsys.readouterr().out.split())
    assert vietnamese in out
    assert english not in out


def _cli(desk: OfficeDesk, *args: str) -> int:
    """The command on the desk's data folder (with the test key store: fast password hashing)."""
    store = desk.world.store
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(services, "Desk", lambda data_dir, clock=None: make_desk(data_dir, store))
        return main(["--data-dir", str(desk.desk.data_dir), "office", *args, "--user", OFFICER.username])


def _refuse_role(office: Office, desk: OfficeDesk, refused: bool) -> None:
    """The server no longer knows the desk's role (my_desk() raises 42501), or knows it again."""
    with psycopg.connect(**office.admin) as conn:  # type: ignore[arg-type]
        new, old = (f"{desk.role}_gone", desk.role) if refused else (desk.role, f"{desk.role}_gone")
        conn.execute("UPDATE office.desks SET role_name = %s WHERE role_name = %s", (new, old))


def test_office_status_and_sync_now(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    b.desk.cases.create_case(draft())
    assert b.sync.sync_once().pushed == 1
    a.desk.cases.create_case(draft())
    _say(monkeypatch, OFFICER.password)
    assert _cli(a, "status") == 0
    out = capsys.readouterr().out
    assert "Bàn tiếp: A\n" in out
    assert f"/{office.dbname} (vai trò {a.role})" in out
    assert "Kết nối: trực tuyến" in out
    assert "Thay đổi chờ gửi: 1\n" in out
    assert "Bản sao của các bàn khác: chưa đồng bộ lần nào" in out
    assert "bị để riêng: 0" in out
    assert _cli(a, "sync-now") == 0
    assert "gửi 1 thay đổi, nhận 1 thay đổi" in capsys.readouterr().out
    assert _cli(a, "status") == 0
    out = capsys.readouterr().out
    assert "Thay đổi chờ gửi: 0\n" in out
    assert "Bản sao của các bàn khác: cập nhật lúc " in out
    for words in ("Trần Văn K", "Tố cáo", "địa chính"):  # never a citizen's words or identity
        assert words not in out
    _refuse_role(office, a, refused=True)
    assert _cli(a, "sync-now") == 2
    err = capsys.readouterr().err
    assert f"Máy chủ từ chối: Vai trò {a.role} chưa là một bàn tiếp của văn phòng" in err
    assert _cli(a, "status") == 1
    assert "Kết nối: KHÔNG — Vai trò" in capsys.readouterr().out
    office.cluster.stop("immediate")
    assert _cli(a, "sync-now") == 2
    assert "Chưa đồng bộ được. Không tới được máy chủ 127.0.0.1" in capsys.readouterr().err


def test_status_and_sync_now_wait_for_the_app_to_close(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_office_desk(office, tmp_path, "A")
    _say(monkeypatch, OFFICER.password)
    with InstanceLock(a.desk.data_dir) as running:
        assert running.acquire()
        assert _cli(a, "status") == 3
        assert _cli(a, "sync-now") == 3
    assert "Hãy đóng phần mềm rồi chạy lại lệnh" in capsys.readouterr().err
    assert _cli(a, "status") == 0
