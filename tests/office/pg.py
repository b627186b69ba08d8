"""A throwaway PostgreSQL cluster for the office-mode tests (ARCHITECTURE §9: initdb refuses root)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PG_BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")
SUPERUSER_PASSWORD = "pg-super-test-password"


def pg_bin() -> Path | None:
    for d in PG_BIN_DIRS:
        if (Path(d) / "initdb").exists():
            return Path(d)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgCluster:
    bin: Path
    root: Path
    port: int
    as_postgres: bool

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=60)  # noqa: S603

    def initdb(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD)
        self._chown(pwfile)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--pwfile",
            str(pwfile),
            "-A",
            "scram-sha-256",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale",
            "C.UTF-8",
        )
        pwfile.unlink()

    def _chown(self, path: Path) -> None:
        if self.as_postgres:
            shutil.chown(path, "postgres", "postgres")

    def put(self, name: str, data: bytes, mode: int = 0o600) -> Path:
        """A file the server reads (certificates, keys), owned by the server's user."""
        path = self.root / name
        path.write_bytes(data)
        path.chmod(mode)
        self._chown(path)
        return path

    def hba(self, text: str) -> None:
        (self.data / "pg_hba.conf").write_text(text)

    def conf(self, text: str) -> None:
        with (self.data / "postgresql.conf").open("a") as f:
            f.write(text + "\n")

    def start(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "30",
            "-o",
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off"
            " -c full_page_writes=off -c synchronous_commit=off",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def pg_dump(self, dbname: str) -> str:
        env = {**os.environ, "PGPASSWORD": SUPERUSER_PASSWORD}
        out = subprocess.run(  # noqa: S603
            [str(self.bin / "pg_dump"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", dbname],
            check=True,
            capture_output=True,
            env=env,
            timeout=120,
        )
        return out.stdout.decode("utf-8", "replace")

    def _tool(self, *args: str) -> None:
        env = {**os.environ, "PGPASSWORD": SUPERUSER_PASSWORD}
        conn = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        cmd = [str(self.bin / args[0]), *conn, *args[1:]]
        subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=120)  # noqa: S603

    def dump_file(self, dbname: str, path: Path) -> None:
        """``pg_dump -Fc`` as the IT officer's daily backup (docs/OFFICE.md "Back up the server")."""
        self._tool("pg_dump", "-Fc", "-f", str(path), dbname)

    def restore_file(self, dbname: str, path: Path) -> None:
        """``dropdb``, ``createdb``, ``pg_restore``: the restore procedure of docs/OFFICE.md."""
        self._tool("dropdb", "--force", dbname)
        self._tool("createdb", dbname)
        self._tool("pg_restore", "-d", dbname, str(path))

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres password={SUPERUSER_PASSWORD} dbname={dbname}"


def start_cluster() -> PgCluster:
    cluster = new_cluster()
    cluster.start()
    return cluster


def new_cluster() -> PgCluster:
    binary = pg_bin()
    if binary is None:
        raise RuntimeError("PostgreSQL is not installed: `.ci/run` installs postgresql-15 (apt)")
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="reception_pg_"))
    root.chmod(0o755)
    cluster = PgCluster(binary, root, free_port(), as_postgres)
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
    cluster.initdb()
    return cluster


def remove_cluster(cluster: PgCluster) -> None:
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        if cluster.is_running():
            cluster.stop("immediate")
    # A stopped postmaster may leave its pid file for an instant.
    time.sleep(0)
    shutil.rmtree(cluster.root, ignore_errors=True)
