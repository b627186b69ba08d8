"""Office mode: document numbers are leased per type symbol (NĐ 30/2020: unique per agency, year and type of
document), the emergency series too, and the first block of a symbol follows every block the office leased under
the per-kind series that printed that symbol before the switch."""

from __future__ import annotations

import uuid
from pathlib import Path

from reception_app.models.enums import CaseKind, Channel
from reception_app.printing.notices import ResultOutcome
from reception_app.storage import office_server
from reception_app.storage.office import EMERGENCY_BASE, EMERGENCY_PER_DESK
from tests.factories import draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk

BODY = "UBND huyện Ea Kar"


def _mailed(d: OfficeDesk) -> str:
    return d.desk.cases.create_case(draft(kind=CaseKind.PETITION, channel=Channel.POST)).uid


def _leased_series(d: OfficeDesk) -> set[str]:
    return {str(r["series"]) for r in d.desk.ctx.require()[1].query("SELECT DISTINCT series FROM office_leases")}


def test_kinds_sharing_a_symbol_take_numbers_from_one_leased_series(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    assert a.sync.sync_once().online
    assert b.sync.sync_once().online
    assert "doc:TB" in _leased_series(a)
    assert not any(s.removeprefix("doc:").islower() for s in _leased_series(a))  # no per-kind series any more
    ua, ub = _mailed(a), _mailed(b)
    numbers = [
        a.desk.documents.issue_result_notice(ua, ResultOutcome.TRANSFERRED, body=BODY).number,
        a.desk.documents.issue_transfer_notice(ua, BODY).number,
        b.desk.documents.issue_transfer_notice(ub, BODY).number,
        b.desk.documents.issue_result_notice(ub, ResultOutcome.TRANSFERRED, body=BODY).number,
    ]
    assert all(n.split("/")[1] == "TB-TTr" for n in numbers)
    assert len(set(numbers)) == len(numbers)
    seqs = [int(n.split("/")[0]) for n in numbers]
    assert seqs[1] == seqs[0] + 1  # one desk, one block: the two kinds are consecutive numbers of one series
    assert seqs[3] == seqs[2] + 1
    assert all(s < EMERGENCY_BASE for s in seqs)


def test_the_emergency_series_is_per_symbol_too(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    office.cluster.stop("immediate")  # never leased a block
    uid = _mailed(a)
    first = a.desk.documents.issue_result_notice(uid, ResultOutcome.TRANSFERRED, body=BODY).number
    second = a.desk.documents.issue_transfer_notice(uid, BODY).number
    slip = a.desk.documents.issue_transfer_slip(uid, BODY).number
    base = EMERGENCY_BASE + 1 * EMERGENCY_PER_DESK  # desk A is the office's desk 1
    assert (first, second, slip) == (f"{base + 1}/TB-TTr", f"{base + 2}/TB-TTr", f"{base + 1}/PC-TTr")


def test_the_first_block_of_a_symbol_follows_the_blocks_leased_per_kind_before_the_switch(
    office: Office, tmp_path: Path
) -> None:
    a = make_office_desk(office, tmp_path, "A")
    year = a.desk.ctx.clock.local_now().year
    # What desks of the old version leased this year: result notices 1–100, transfer notices 1–50, receipts
    # 1–50 (another symbol), and last year's result notices 1–500 (another year).
    with office_server.connect(office.desk_conninfo(a.role, "desk-A-password")) as conn:
        for series, yr, size in (
            ("doc:result_notice", year, 50),
            ("doc:result_notice", year, 50),
            ("doc:transfer_notice", year, 50),
            ("doc:receipt", year, 50),
            ("doc:result_notice", year - 1, 500),
        ):
            office_server.lease_block(conn, str(uuid.uuid4()), series, yr, size)
    assert a.sync.sync_once().online
    uid = _mailed(a)
    assert a.desk.documents.issue_transfer_notice(uid, BODY).number == "101/TB-TTr"
    assert a.desk.documents.issue_result_notice(uid, ResultOutcome.TRANSFERRED, body=BODY).number == "102/TB-TTr"
    assert a.desk.documents.issue_receipt(uid).number == "51/BN-TTr"
    assert a.desk.documents.issue_transfer_slip(uid, BODY).number == "01/PC-TTr"
    # A lease retried with the same request changes nothing; the series only moves forward.
    with office_server.connect(office.desk_conninfo(a.role, "desk-A-password")) as conn:
        request = str(uuid.uuid4())
        block = office_server.lease_block(conn, request, "doc:TB", year, 50, after=("doc:result_notice",))
        assert office_server.lease_block(conn, request, "doc:TB", year, 50, after=("doc:result_notice",)) == block
        assert block[0] > 101


def test_an_emergency_number_printed_before_the_switch_is_not_printed_again(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    office.cluster.stop("immediate")  # never leased a block
    uid = _mailed(a)
    base = EMERGENCY_BASE + 1 * EMERGENCY_PER_DESK
    db = a.desk.ctx.require()[1]
    year = a.desk.ctx.clock.local_now().year
    with db.atomic():  # what the per-kind emergency series printed before the update (series read by schema V9)
        for kind, n in (("result_notice", 1), ("transfer_notice", 1), ("transfer_notice", 2)):
            db.execute(
                "INSERT INTO documents_issued (kind, year, seq, number, printed_by, printed_at, copies, series)"
                " VALUES (?, ?, ?, ?, 'officer', '2026-01-02T09:00:00+07:00', 1, 'TB')",
                (kind, year, base + n, f"{base + n}/TB-TTr"),
            )
    result = a.desk.documents.issue_result_notice(uid, ResultOutcome.TRANSFERRED, body=BODY)
    assert result.number == f"{base + 3}/TB-TTr"
    assert a.desk.documents.issue_transfer_notice(uid, BODY).number == f"{base + 4}/TB-TTr"
