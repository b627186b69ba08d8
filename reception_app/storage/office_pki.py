"""The office CA: P-256 certificates for the PostgreSQL server and each desk (libpq fails on Ed25519).

The CA key is made once by a supervisor and kept offline (a USB key in the safe), encrypted under a passphrase.
Desk keys are written encrypted too; libpq opens them with ``sslpassword``, which the desk keeps in its
encrypted database. A desk certificate's CN is the desk's PostgreSQL role (``clientcert=verify-full``).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_YEARS = 10
LEAF_YEARS = 3


@dataclass(frozen=True)
class Issued:
    key_pem: bytes  # encrypted PKCS#8 when a passphrase was given
    cert_pem: bytes

    def __repr__(self) -> str:
        return "Issued(<key>, <cert>)"


def _key_pem(key: ec.EllipticCurvePrivateKey, passphrase: bytes | None) -> bytes:
    enc: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, org), x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(org: str, now: datetime, passphrase: bytes) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(f"{org} office CA", org)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(_key_pem(key, passphrase), cert.public_bytes(serialization.Encoding.PEM))


def issue(
    ca: Issued,
    ca_passphrase: bytes,
    *,
    cn: str,
    now: datetime,
    server_hosts: tuple[str, ...] = (),
    key_passphrase: bytes | None = None,
) -> Issued:
    """A server certificate (``server_hosts`` become its subjectAltNames) or a desk client certificate."""
    ca_key = serialization.load_pem_private_key(ca.key_pem, ca_passphrase)
    if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
        raise ValueError("the office CA key must be P-256")
    ca_cert = x509.load_pem_x509_certificate(ca.cert_pem)
    key = ec.generate_private_key(ec.SECP256R1())
    org = ca_cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn, str(org)))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * LEAF_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
    )
    if server_hosts:
        names: list[x509.GeneralName] = []
        for host in server_hosts:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False).add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
    else:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
    cert = builder.sign(ca_key, hashes.SHA256())
    return Issued(_key_pem(key, key_passphrase), cert.public_bytes(serialization.Encoding.PEM))


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 fingerprint, grouped for a join form: ``AB12 CD34 …``."""
    raw = x509.load_pem_x509_certificate(cert_pem).fingerprint(hashes.SHA256()).hex().upper()
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def server_settings(cert_file: str, key_file: str, ca_file: str) -> str:
    """The postgresql.conf lines for TLS 1.3 only."""
    return (
        "ssl = on\n"
        f"ssl_cert_file = '{cert_file}'\n"
        f"ssl_key_file = '{key_file}'\n"
        f"ssl_ca_file = '{ca_file}'\n"
        "ssl_min_protocol_version = 'TLSv1.3'\n"
        "password_encryption = 'scram-sha-256'\n"
    )


def hba_lines(dbname: str, network: str) -> str:
    """pg_hba.conf for the office database: TLS + SCRAM + a verified client certificate, plain refused."""
    return (
        f"hostssl {dbname} +reception_desk {network} scram-sha-256 clientcert=verify-full\n"
        f"hostnossl all all {network} reject\n"
        "hostnossl all all 0.0.0.0/0 reject\n"
        "hostnossl all all ::/0 reject\n"
    )
