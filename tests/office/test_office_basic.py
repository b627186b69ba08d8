"""Office mode, the core: server set-up and roles, outbox, push/pull, leased numbers, outages."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from reception_app.storage import office_server
from reception_app.storage.office import EMERGENCY_BASE, WireEvent
from reception_app.storage.office_server import OfficeOffline, OfficeRefused
from tests.factories import CANARY_ADDRESS, CANARY_ID, CANARY_NAME, CANARY_PHONE, draft
from tests.office.conftest import Office, make_office_desk
from tests.office.proxy import SwallowingProxy

CANARY_TEXT = "Qvzwkx Canarytext nội dung bí mật"
CANARY_ACCUSED = "Wqzrtv Canaryaccused"


def _assert_no_canaries(office: Office) -> str:
    dump = office.cluster.pg_dump(office.dbname)
    for canary in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, "Canarytext", "Canaryaccused"):
        assert canary not in dump
    return dump


def test_a_case_from_desk_a_is_found_in_desk_b_search(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    saved = a.desk.cases.create_case(draft(content=f"Nội dung {CANARY_TEXT}", accused=CANARY_ACCUSED))
    assert saved.number.endswith("A00001")
    assert a.sync.sync_once().pushed == 1
    assert b.sync.sync_once().pulled == 1
    assert [c.uid for c in b.desk.cases.search_cases("canarytext").rows] == [saved.uid]
    remote = b.desk.cases.get_case(saved.uid)
    assert remote.number == saved.number
    assert [r.reporter_code for r in remote.reporters] == list(saved.reporter_codes)
    dump = _assert_no_canaries(office)
    assert saved.uid in dump  # the dump really holds the case
    assert b.sync.sync_once().pulled == 0  # nothing applied twice


def test_recorded_while_the_server_is_down_appears_on_b_after_it_returns(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    assert a.sync.sync_once().online
    assert b.sync.sync_once().online
    office.cluster.stop("immediate")
    saved = a.desk.cases.create_case(draft(content=f"Khi mất mạng {CANARY_TEXT}"))
    receipt_a = a.desk.documents.issue_receipt(saved.uid).number  # from a block leased while online
    report = a.sync.sync_once()
    assert not report.online
    status = a.sync.status()
    assert (status.online, status.pending) == (False, 2)  # the case and its receipt (the office register)
    assert status.offline_since is not None
    office.cluster.start()
    assert a.sync.sync_once().pushed == 2
    assert a.sync.status().pending == 0
    b.sync.sync_once()
    assert [c.uid for c in b.desk.cases.search_cases("mat mang").rows] == [saved.uid]
    own = b.desk.cases.create_case(draft(subject="Khiếu nại tại bàn B"))
    receipt_b = b.desk.documents.issue_receipt(own.uid).number
    assert receipt_a != receipt_b
    assert receipt_a.split("/")[1] == receipt_b.split("/")[1]  # one agency-wide format: "01/BN-TTr"
    _assert_no_canaries(office)


def test_receipts_of_two_desks_never_share_a_number(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    a.sync.sync_once()
    b.sync.sync_once()
    numbers: list[str] = []
    for d in (a, b, a, b, a):
        uid = d.desk.cases.create_case(draft()).uid
        numbers.append(d.desk.documents.issue_receipt(uid).number)
        d.sync.sync_once()
    assert len(set(numbers)) == len(numbers)
    assert all(int(n.split("/")[0]) < EMERGENCY_BASE for n in numbers)


def test_a_desk_out_of_numbers_offline_uses_its_visible_emergency_series(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    office.cluster.stop("immediate")  # neither desk ever leased a block
    na = a.desk.documents.issue_receipt(a.desk.cases.create_case(draft()).uid).number
    nb = b.desk.documents.issue_receipt(b.desk.cases.create_case(draft()).uid).number
    assert int(na.split("/")[0]) >= EMERGENCY_BASE
    assert int(nb.split("/")[0]) >= EMERGENCY_BASE
    assert na != nb


def test_a_hanging_network_is_offline_after_the_connect_timeout(office: Office, tmp_path: Path) -> None:
    proxy = SwallowingProxy(office.cluster.port)
    try:
        a = make_office_desk(office, tmp_path, "A", port=proxy.port)
        b = make_office_desk(office, tmp_path, "B")
        proxy.swallow = True
        saved = a.desk.cases.create_case(draft(subject="Đơn khi mạng treo"))
        assert not a.sync.sync_once().online
        assert a.sync.status().pending == 1
        proxy.swallow = False
        assert a.sync.sync_once().pushed == 1
        b.sync.sync_once()
        assert b.desk.cases.case_summary(saved.uid) is not None
    finally:
        proxy.close()


def test_a_retried_batch_changes_nothing_and_a_forged_desk_is_refused(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    make_office_desk(office, tmp_path, "B")
    info = office.desk_conninfo(a.role, "desk-A-password")
    event = WireEvent("A", 1, str(uuid.uuid4()), "case_created", "x", datetime(2026, 1, 1, tzinfo=UTC), {}, b"c")
    with office_server.connect(info) as conn:
        assert office_server.push_events(conn, [event]) == 1
        assert office_server.push_events(conn, [event]) == 0  # a lost acknowledgement, retried
    with pytest.raises(OfficeRefused), office_server.connect(info) as conn:
        office_server.push_events(conn, [WireEvent("A", 1, str(uuid.uuid4()), "x", None, event.at, {}, None)])
    with pytest.raises(OfficeRefused), office_server.connect(info) as conn:
        office_server.push_events(conn, [WireEvent("B", 1, str(uuid.uuid4()), "x", None, event.at, {}, None)])
    with pytest.raises(OfficeRefused), office_server.connect(info) as conn:  # a gap
        office_server.push_events(conn, [WireEvent("A", 3, str(uuid.uuid4()), "x", None, event.at, {}, None)])


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE office.events SET kind = 'x'",
        "DELETE FROM office.events",
        "INSERT INTO office.desk_heads (desk) VALUES ('Z')",
        "UPDATE office.desk_heads SET last_seq = 0",
        "DELETE FROM office.number_leases",
        "UPDATE office.number_series SET next_first = 1",
        "UPDATE office.chain_heads SET digest = 'x'",
        "DELETE FROM office.chain_heads",
        "INSERT INTO office.chain_heads (desk, signer, heads, digest, signature, signed_at)"
        " VALUES ('A', 'x', '{}', repeat('0', 64), 'x', 'x')",
    ],
)
def test_desks_have_no_update_or_delete_rights(office: Office, tmp_path: Path, statement: str) -> None:
    office_server.add_desk(office.admin, "A", f"{office.dbname}_a", "pw-a-123456")
    info = office.desk_conninfo(f"{office.dbname}_a", "pw-a-123456")
    with psycopg.connect(**info) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):  # type: ignore[arg-type]
        conn.execute(statement)


def test_the_server_down_is_offline_not_an_error(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    office.cluster.stop("immediate")
    with pytest.raises(OfficeOffline):
        a.sync.push()
    assert a.sync.sync_once().online is False
