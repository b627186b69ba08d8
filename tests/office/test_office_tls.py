"""Transport: TLS 1.3 only, P-256 client certificates, verify-full, SCRAM + clientcert, plain refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from reception_app.services.office import new_content_key
from reception_app.storage import office_pki, office_server
from tests.factories import ADMIN, draft, set_up_world
from tests.office.pg import SUPERUSER_PASSWORD, PgCluster, new_cluster, remove_cluster

NOW = datetime(2026, 11, 20, tzinfo=UTC)
CA_PASS = b"ca-passphrase-for-tests"
DESK_KEY_PASS = "desk-key-passphrase"
ROLE = "tls_desk_a"
ROLE_B = "tls_desk_b"
CONTENT_KEY = new_content_key()  # one office: every desk of it holds the same content key
PASSWORD = "tls-desk-a-password"


@dataclass
class TlsOffice:
    cluster: PgCluster
    ca: office_pki.Issued
    desk_cert: Path
    desk_key: Path
    ca_file: Path

    def admin(self) -> dict[str, object]:
        return {
            "host": str(self.cluster.root),
            "port": self.cluster.port,
            "user": "postgres",
            "password": SUPERUSER_PASSWORD,
            "dbname": "office",
        }

    def desk(self, **changes: object) -> dict[str, object]:
        info: dict[str, object] = {
            "host": "127.0.0.1",
            "port": self.cluster.port,
            "dbname": "office",
            "user": ROLE,
            "password": PASSWORD,
            "sslmode": "verify-full",
            "sslrootcert": str(self.ca_file),
            "sslcert": str(self.desk_cert),
            "sslkey": str(self.desk_key),
            "sslpassword": DESK_KEY_PASS,
            "ssl_min_protocol_version": "TLSv1.3",
        }
        info.update(changes)
        return {k: v for k, v in info.items() if v is not None}


@pytest.fixture(scope="module")
def tls_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsOffice]:
    cluster = new_cluster()
    try:
        ca = office_pki.make_ca("Thanh tra tỉnh Đắk Lắk", NOW, CA_PASS)
        server = office_pki.issue(ca, CA_PASS, cn="office-server", now=NOW, server_hosts=("127.0.0.1", "localhost"))
        ca_file = cluster.put("ca.crt", ca.cert_pem, 0o644)
        cert = cluster.put("server.crt", server.cert_pem)
        key = cluster.put("server.key", server.key_pem)
        cluster.conf(office_pki.server_settings(str(cert), str(key), str(ca_file)))
        cluster.hba("local all postgres scram-sha-256\n" + office_pki.hba_lines("office", "127.0.0.1/32"))
        cluster.start()
        with psycopg.connect(
            host=str(cluster.root),
            port=cluster.port,
            user="postgres",
            password=SUPERUSER_PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute("CREATE DATABASE office")
        desk_dir = tmp_path_factory.mktemp("tls_desk")
        issued = office_pki.issue(ca, CA_PASS, cn=ROLE, now=NOW, key_passphrase=DESK_KEY_PASS.encode())
        desk_cert = desk_dir / "desk.crt"
        desk_cert.write_bytes(issued.cert_pem)
        desk_key = desk_dir / "desk.key"
        desk_key.write_bytes(issued.key_pem)
        desk_key.chmod(0o600)
        desk_ca = desk_dir / "ca.crt"
        desk_ca.write_bytes(ca.cert_pem)
        office = TlsOffice(cluster, ca, desk_cert, desk_key, desk_ca)
        office_server.init_server(office.admin())
        office_server.add_desk(office.admin(), "A", ROLE, PASSWORD)
        office_server.add_desk(office.admin(), "B", ROLE_B, PASSWORD)
        issued_b = office_pki.issue(ca, CA_PASS, cn=ROLE_B, now=NOW, key_passphrase=DESK_KEY_PASS.encode())
        (desk_dir / "desk_b.crt").write_bytes(issued_b.cert_pem)
        (desk_dir / "desk_b.key").write_bytes(issued_b.key_pem)
        yield office
    finally:
        remove_cluster(cluster)


def test_a_desk_syncs_over_tls13_with_its_certificate(tls_office: TlsOffice, tmp_path: Path) -> None:
    world = set_up_world(tmp_path / "desk")
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    world.desk.office.join(tls_office.desk(), CONTENT_KEY)
    world.desk.cases.create_case(draft())
    sync = world.desk.office.open_sync()
    report = sync.sync_once()
    assert report.online
    assert report.pushed == 1
    with office_server.connect(tls_office.desk()) as conn:
        row = conn.execute("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    assert row == ("TLSv1.3",)


@pytest.mark.parametrize(
    ("why", "changes"),
    [
        ("plain connection", {"sslmode": "disable", "sslcert": None, "sslkey": None}),
        ("no client certificate", {"sslcert": None, "sslkey": None}),
        ("wrong password", {"password": "not-the-password"}),
        ("server name not in its certificate", {"host": "other-server.example", "hostaddr": "127.0.0.1"}),
        ("TLS 1.2", {"ssl_min_protocol_version": "TLSv1.2", "ssl_max_protocol_version": "TLSv1.2"}),
    ],
)
def test_connections_without_every_protection_are_refused(
    tls_office: TlsOffice, why: str, changes: dict[str, object]
) -> None:
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(**tls_office.desk(**changes), connect_timeout=3).close()  # type: ignore[arg-type]


def test_the_ca_issues_p256_certificates_with_a_printable_fingerprint(tls_office: TlsOffice) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec

    cert = x509.load_pem_x509_certificate(tls_office.desk_cert.read_bytes())
    key = cert.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    assert key.curve.name == "secp256r1"
    assert len(office_pki.fingerprint(tls_office.ca.cert_pem).split()) == 16


def test_joining_from_the_it_officers_files_copies_them_and_syncs(tls_office: TlsOffice, tmp_path: Path) -> None:
    from reception_app.services import office_admin

    key_file = tmp_path / "content.key"
    key_file.write_text(CONTENT_KEY.hex())
    world = set_up_world(tmp_path / "desk")
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    code = office_admin.join_from_files(
        world.desk,
        host="127.0.0.1",
        port=tls_office.cluster.port,
        dbname="office",
        role=ROLE_B,
        role_password=PASSWORD,
        ca=tls_office.ca_file,
        cert=tls_office.desk_cert.with_name("desk_b.crt"),
        key=tls_office.desk_key.with_name("desk_b.key"),
        key_passphrase=DESK_KEY_PASS,
        content_key_file=key_file,
        copy=lambda a, b: b.write_bytes(a.read_bytes()),
    )
    assert code == "B"
    assert (world.data_dir / "office" / "desk.key").stat().st_mode & 0o077 == 0
    assert b"ENCRYPTED" in (world.data_dir / "office" / "desk.key").read_bytes()
    assert world.desk.office.open_sync().sync_once().online
