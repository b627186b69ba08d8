"""`reception-app server …` and `reception-app office ca-…` as the IT officer types them."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from cryptography import x509

from reception_app.app import main
from tests.office.conftest import Office


def test_server_init_is_repeatable_and_add_desk_makes_a_login_role(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    dsn = office.cluster.admin_dsn(office.dbname)
    assert main(["server", "init", "--dsn", dsn]) == 0  # the fixture ran it once already: a no-op now
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "desk-z-password")
    assert main(["server", "add-desk", "--dsn", dsn, "--code", "Z", "--role", f"{office.dbname}_z"]) == 0
    info = office.desk_conninfo(f"{office.dbname}_z", "desk-z-password")
    with psycopg.connect(**info) as conn:  # type: ignore[arg-type]
        assert conn.execute("SELECT office.my_desk()").fetchone() == ("Z",)


def test_bad_desk_code_is_a_clear_message(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "pw-123456789")
    dsn = office.cluster.admin_dsn(office.dbname)
    assert main(["server", "add-desk", "--dsn", dsn, "--code", "a-1", "--role", "x_a"]) == 2
    assert "Mã bàn tiếp" in capsys.readouterr().err


def test_ca_commands_make_p256_certificates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "a-long-ca-passphrase")
    ca = tmp_path / "ca"
    assert main(["office", "ca-init", "--dir", str(ca), "--org", "Thanh tra tỉnh"]) == 0
    assert main(["office", "ca-issue", "--dir", str(ca), "--server-host", "192.168.1.10"]) == 0
    assert main(["office", "ca-issue", "--dir", str(ca), "--desk-role", "desk_a"]) == 0
    assert main(["office", "new-content-key", "--out", str(ca / "content.key")]) == 0
    server = x509.load_pem_x509_certificate((ca / "server.crt").read_bytes())
    san = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert [str(ip) for ip in san.get_values_for_type(x509.IPAddress)] == ["192.168.1.10"]
    desk = x509.load_pem_x509_certificate((ca / "desk_a.crt").read_bytes())
    assert desk.subject.rfc4514_string().startswith("CN=desk_a")
    assert b"ENCRYPTED" in (ca / "ca.key").read_bytes()
    assert (ca / "ca.key").stat().st_mode & 0o077 == 0
    assert len(bytes.fromhex((ca / "content.key").read_text())) == 32
    assert main(["office", "ca-init", "--dir", str(ca), "--org", "x"]) == 2  # never overwrites the CA
