"""What the IT officer sees when a set-up command goes wrong: a Vietnamese message naming the cause, no traceback,
and nothing in use overwritten (found by following docs/OFFICE.md on a real server)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reception_app import services
from reception_app.app import main
from reception_app.models.clock import Clock
from reception_app.models.errors import KnownError
from reception_app.services import office_admin
from reception_app.services.office_setup_errors import join_failure
from reception_app.storage import office_pki, office_server
from tests.factories import ADMIN, SUPERVISOR, make_desk, set_up_world
from tests.office.conftest import Office, make_office_desk
from tests.office.pg import free_port

CA_PASS = "a-long-ca-passphrase"


def _answers(monkeypatch: pytest.MonkeyPatch, **by_prompt_word: str) -> None:
    """getpass answers chosen by a word of the prompt (first match), else the CA passphrase."""

    def answer(prompt: str = "") -> str:
        return next((v for k, v in by_prompt_word.items() if k in prompt), CA_PASS)

    monkeypatch.setattr("getpass.getpass", answer)


def test_server_commands_name_the_cause_instead_of_a_traceback(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = f"host=127.0.0.1 port={free_port()} dbname=reception user=postgres connect_timeout=3"
    assert main(["server", "init", "--dsn", nowhere]) == 2
    assert "Không kết nối được PostgreSQL bằng --dsn" in capsys.readouterr().err
    assert main(["server", "init", "--dsn", "host=/x dbname"]) == 2
    assert "--dsn không hợp lệ" in capsys.readouterr().err
    dsn = office.cluster.admin_dsn(office.dbname)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "desk-password-12")
    role = f"{office.dbname}_a"
    assert main(["server", "add-desk", "--dsn", dsn, "--code", "A", "--role", role]) == 0
    capsys.readouterr()
    assert main(["server", "add-desk", "--dsn", dsn, "--code", "A", "--role", f"{office.dbname}_a2"]) == 2
    assert "Mã bàn A đã có trên máy chủ" in capsys.readouterr().err
    assert main(["server", "add-desk", "--dsn", dsn, "--code", "B", "--role", role]) == 2
    assert f"Vai trò {role} đã là của một bàn khác" in capsys.readouterr().err


def test_ca_issue_refuses_clearly_and_never_replaces_a_certificate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ca = tmp_path / "ca"
    _answers(monkeypatch)
    assert main(["office", "ca-issue", "--dir", str(ca), "--server-host", "10.0.0.1"]) == 2
    assert "Không thấy CA văn phòng" in capsys.readouterr().err
    assert main(["office", "ca-init", "--dir", str(ca), "--org", "Thanh tra tỉnh"]) == 0
    assert main(["office", "ca-issue", "--dir", str(ca), "--desk-role", "desk_a"]) == 0
    before = (ca / "desk_a.key").read_bytes()
    capsys.readouterr()
    assert main(["office", "ca-issue", "--dir", str(ca), "--desk-role", "desk_a"]) == 2
    assert "không ghi đè" in capsys.readouterr().err
    assert (ca / "desk_a.key").read_bytes() == before
    _answers(monkeypatch, CA="not-the-ca-passphrase")
    assert main(["office", "ca-issue", "--dir", str(ca), "--desk-role", "desk_b"]) == 2
    assert "Sai mật khẩu khóa CA" in capsys.readouterr().err
    assert not (ca / "desk_b.key").exists()


def test_a_second_join_is_refused_before_the_certificates_in_use_are_touched(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    in_use = a.desk.data_dir / "office"
    in_use.mkdir(exist_ok=True)
    (in_use / "desk.key").write_bytes(b"the key this desk connects with")
    other = tmp_path / "other.key"
    other.write_bytes(b"another desk's key")
    key_file = tmp_path / "content.key"
    key_file.write_text(office.content_key.hex())
    a.desk.auth.logout()
    a.desk.auth.login(ADMIN.username, ADMIN.password)
    with pytest.raises(KnownError, match="đã tham gia văn phòng \\(bàn A\\)"):
        office_admin.join_from_files(
            a.desk,
            host="127.0.0.1",
            port=office.cluster.port,
            dbname=office.dbname,
            role=a.role,
            role_password="desk-A-password",
            ca=other,
            cert=other,
            key=other,
            key_passphrase="x",
            content_key_file=key_file,
            copy=lambda src, dst: dst.write_bytes(src.read_bytes()),
        )
    assert (in_use / "desk.key").read_bytes() == b"the key this desk connects with"


def test_a_join_that_fails_names_the_cause(office: Office) -> None:
    role = f"{office.dbname}_j"
    office_server.add_desk(office.admin, "J", role, "the-right-password")
    with pytest.raises(KnownError) as caught, office_server.connect(office.desk_conninfo(role, "a-wrong-password")):
        pass
    text = join_failure(caught.value, host="127.0.0.1", port=office.cluster.port, dbname=office.dbname, role=role)
    assert "sai mật khẩu vai trò" in text.text()
    assert "password authentication failed" in text.text()  # the server's own words, for the IT officer


def test_office_join_command_says_which_server_it_could_not_reach(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "desk"
    world = set_up_world(data)
    world.desk.close()
    monkeypatch.setattr(services, "Desk", lambda data_dir, clock=None: make_desk(data_dir, world.store))
    ca_dir = tmp_path / "ca"
    ca_dir.mkdir()
    ca = office_pki.make_ca("Thanh tra tỉnh", Clock().now(), b"pw")
    (ca_dir / "ca.crt").write_bytes(ca.cert_pem)
    (ca_dir / "k").write_text("00" * 32)
    _answers(monkeypatch, **{"Mật khẩu:": SUPERVISOR.password})
    port = free_port()
    args = ["--data-dir", str(data), "office", "join", "--user", SUPERVISOR.username, "--host", "127.0.0.1"]
    args += ["--port", str(port), "--dbname", "reception", "--role", "desk_a", "--ca", str(ca_dir / "ca.crt")]
    args += ["--cert", str(ca_dir / "ca.crt"), "--key", str(ca_dir / "k"), "--content-key", str(ca_dir / "k")]
    assert main(args) == 2  # without the office keys: refused before anything is copied or connected
    refused = capsys.readouterr()
    assert "--without-office-keys" in refused.err
    assert "Traceback" not in refused.err
    assert not (data / "office").exists()
    assert office_pki.fingerprint(ca.cert_pem) not in refused.out
    _answers(monkeypatch, **{"Mật khẩu:": SUPERVISOR.password})
    args.append("--without-office-keys")
    assert main(args) == 2
    out = capsys.readouterr()
    assert office_pki.fingerprint(ca.cert_pem) in out.out  # to compare with the join form
    assert f"Không tới được máy chủ 127.0.0.1 cổng {port}" in out.err
    assert "Traceback" not in out.err


def test_tls_config_prints_listen_addresses(capsys: pytest.CaptureFixture[str]) -> None:
    """PostgreSQL listens on localhost only by default: without this line no desk of the LAN can connect."""
    args = ["server", "tls-config", "--dbname", "reception", "--network", "192.168.1.0/24"]
    assert main([*args, "--cert", "server.crt", "--key", "server.key", "--ca", "ca.crt"]) == 0
    conf = capsys.readouterr().out.split("# pg_hba.conf")[0]
    assert "\nlisten_addresses = '*'" in conf
    assert "ssl_min_protocol_version = 'TLSv1.3'" in conf


def test_the_join_form_gives_the_time_in_the_offices_zone(tmp_path: Path) -> None:
    """It was printed as ISO UTC (``2026-12-06T19:51:03+00:00``): on the form a supervisor signs, Vietnam's time."""
    at = datetime(2026, 12, 6, 19, 51, 3, tzinfo=UTC)
    office_admin.keys_init(tmp_path / "ca", "Thanh tra tỉnh", "a-long-key-passphrase", at)
    form = (tmp_path / "ca" / "join-form.txt").read_text("utf-8")
    assert "Lập lúc: 02:51 ngày 07/12/2026\n" in form
