"""Office-mode fixtures: one PostgreSQL cluster per test session, a fresh office database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from reception_app.services import Desk
from reception_app.services.office import OfficeSync, new_content_key
from reception_app.storage import office_server
from tests.factories import ADMIN, OFFICER, DeskWorld, set_up_world
from tests.office.pg import PgCluster, remove_cluster, start_cluster

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        remove_cluster(cluster)


@pytest.fixture
def pg(pg_cluster: PgCluster) -> PgCluster:
    """The cluster, running (a test may have stopped it)."""
    if not pg_cluster.is_running():
        pg_cluster.start()
    return pg_cluster


@dataclass
class Office:
    cluster: PgCluster
    dbname: str
    content_key: bytes

    @property
    def admin(self) -> dict[str, object]:
        return _conninfo(self.cluster.admin_dsn(self.dbname))

    def desk_conninfo(self, role: str, password: str, port: int | None = None) -> dict[str, object]:
        return {
            "host": "127.0.0.1",
            "port": port or self.cluster.port,
            "dbname": self.dbname,
            "user": role,
            "password": password,
        }


def _conninfo(dsn: str) -> dict[str, object]:
    return dict(part.split("=", 1) for part in dsn.split())


def new_office(pg: PgCluster) -> Office:
    """A fresh office database on the shared cluster, initialised like ``reception-app server init``."""
    dbname = f"office_{next(_counter)}"
    with psycopg.connect(pg.admin_dsn(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    off = Office(pg, dbname, new_content_key())
    office_server.init_server(off.admin)
    return off


@pytest.fixture
def office(pg: PgCluster) -> Iterator[Office]:
    off = new_office(pg)
    dbname = off.dbname
    yield off
    if pg.is_running():
        with psycopg.connect(pg.admin_dsn(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(dbname)))


@dataclass
class OfficeDesk:
    desk: Desk
    code: str
    role: str
    sync: OfficeSync
    world: DeskWorld

    def login_officer(self) -> None:
        if self.desk.session is not None:
            self.desk.auth.logout()
        self.desk.auth.login(OFFICER.username, OFFICER.password)


def make_office_desk(office: Office, tmp: Path, code: str, *, port: int | None = None, **kwargs: object) -> OfficeDesk:
    """A desk set up as today, its PostgreSQL role added by the IT officer, then joined to the office."""
    role = f"{office.dbname}_desk_{code.lower()}"
    password = f"desk-{code}-password"
    office_server.add_desk(office.admin, code, role, password)
    data = tmp / f"desk_{code}"
    data.mkdir()
    world = set_up_world(data, **kwargs)
    world.desk.auth.login(ADMIN.username, ADMIN.password)
    world.desk.office.join(office.desk_conninfo(role, password, port), office.content_key)
    world.desk.auth.logout()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    return OfficeDesk(world.desk, code, role, world.desk.office.open_sync(), world)
