"""Periodic statistics equal independently computed counts; XLSX/PDF exports hold them and never identity."""

from __future__ import annotations

import random
import zipfile
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reception_app.models.enums import Admissibility, CaseKind, CaseStatus, Channel, Decision, Jurisdiction, Sector
from reception_app.models.errors import KnownError
from reception_app.models.handling import Classification
from reception_app.models.logbook import LogbookFilter
from reception_app.models.report import month, quarter, reporting_period, year
from reception_app.services import PermissionDenied
from reception_app.services.handling import CaseHandling
from reception_app.services.reports import compute_statistics, logbook_xlsx, statistics_pdf, statistics_xlsx
from tests.factories import (
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    DeskWorld,
    draft,
    set_up_world,
)

KINDS = [CaseKind.COMPLAINT, CaseKind.DENUNCIATION, CaseKind.PETITION]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> DeskWorld:
    """60 cases in 2026 (some in Q1, some later, some in 2025), a few transferred/accepted."""
    world = set_up_world(tmp_path_factory.mktemp("reports"))
    desk = world.desk
    desk.login(OFFICER.username, OFFICER.password)
    rng = random.Random(7)
    base = draft()  # carries the canary identity
    made: list[tuple[str, CaseKind, Sector, Channel, int, datetime]] = []
    for i in range(60):
        kind = KINDS[i % 3]
        sector = rng.choice([Sector.ADMIN_LAND, Sector.CORRUPTION, Sector.JUDICIAL])
        channel = rng.choice([Channel.WALK_IN, Channel.POST])
        people = rng.choice([1, 1, 2, 6, 12])
        when = datetime(2026 if i % 6 else 2025, 1 + i % 11, 1 + i % 20, 9, 0)  # never in the future
        saved = desk.create_case(
            replace(base, kind=kind, sector=sector, channel=channel, group_size=people, received_at=when)
        )
        made.append((saved.uid, kind, sector, channel, people, when))
    desk.logout()
    desk.login(SUPERVISOR.username, SUPERVISOR.password)
    handling = CaseHandling(desk)
    world.decisions = {}  # type: ignore[attr-defined]
    for uid, kind, _s, _c, people, _w in made[:20]:
        handling.classify(
            uid,
            Classification(
                kind, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS, group_size=people
            ),
        )
        if kind is not CaseKind.PETITION:
            handling.accept(uid, decision_number="01/QĐ-TTr")
            world.decisions[uid] = Decision.ACCEPT  # type: ignore[attr-defined]
    world.made = made  # type: ignore[attr-defined]
    return world


def test_counts_match_an_independent_tally(world: DeskWorld) -> None:
    made = world.made  # type: ignore[attr-defined]
    period = year(2026)
    report = compute_statistics(world.desk, period)
    mine = [m for m in made if m[5].year == 2026]
    assert report.total == len(mine)
    assert report.by_kind == dict(Counter(m[1] for m in mine))
    assert report.by_sector == dict(Counter(m[2] for m in mine))
    assert report.by_channel == dict(Counter(m[3] for m in mine))
    assert report.groups == sum(1 for m in mine if m[4] >= 5)
    assert report.group_people == sum(m[4] for m in mine if m[4] >= 5)
    accepted = [m for m in mine if world.decisions.get(m[0]) is Decision.ACCEPT]  # type: ignore[attr-defined]
    assert report.by_decision.get(Decision.ACCEPT, 0) == len(accepted)
    assert report.by_status.get(CaseStatus.IN_PROGRESS, 0) == len(accepted)
    assert sum(report.by_status.values()) == len(mine)
    walk_ins = [m for m in mine if m[3] is Channel.WALK_IN]
    assert report.reception.visits == len(walk_ins)
    assert report.reception.people == sum(m[4] for m in walk_ins)
    assert report.reception.days == len({m[5].date() for m in walk_ins})
    d = report.deadlines
    assert d.closed_on_time + d.closed_late + d.open_overdue + d.open_in_time >= len(mine)
    # a quarter is a subset; the NĐ 09/2019 period starts on 15/12 of the year before
    q1 = compute_statistics(world.desk, quarter(2026, 1))
    assert q1.total == sum(1 for m in mine if m[5].month <= 3)
    assert reporting_period(2026, 12).start == date(2025, 12, 15)
    assert reporting_period(2026, 12).end == date(2026, 12, 14)
    assert month(2026, 2).end == date(2026, 2, 28)


def test_officers_cannot_compute(world: DeskWorld, tmp_path: Path) -> None:
    desk = world.desk
    desk.logout()
    desk.login(OFFICER.username, OFFICER.password)
    try:
        with pytest.raises(PermissionDenied):
            compute_statistics(desk, year(2026))
        # ... but the masked logbook export is theirs
        rows = logbook_xlsx(desk, LogbookFilter(date(2026, 1, 1), date(2026, 12, 31)), tmp_path / "sổ.xlsx")
        assert rows == sum(1 for m in world.made if m[5].year == 2026)  # type: ignore[attr-defined]
        _assert_no_identity(tmp_path / "sổ.xlsx")
        sheet = load_workbook(tmp_path / "sổ.xlsx").active
        assert sheet is not None
        codes = [c.value for c in sheet["G"] if isinstance(c.value, str) and c.value.startswith("N")]
        assert len(codes) == rows
    finally:
        desk.logout()
        desk.login(SUPERVISOR.username, SUPERVISOR.password)


def _assert_no_identity(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        blob = b"".join(z.read(name) for name in z.namelist())
    for canary in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS):
        assert canary.encode() not in blob


def test_xlsx_holds_the_numbers_and_no_identity(world: DeskWorld, tmp_path: Path) -> None:
    report = compute_statistics(world.desk, year(2026))
    target = tmp_path / "báo cáo.xlsx"
    statistics_xlsx(world.desk, report, target)
    book = load_workbook(target)
    sheet = book["Tổng hợp"]
    cells = {str(r[0].value): r[2].value for r in sheet.iter_rows() if r[0].value is not None}
    assert cells["Tổng số hồ sơ tiếp nhận trong kỳ"] == report.total
    assert cells[CaseKind.DENUNCIATION.label] == report.by_kind.get(CaseKind.DENUNCIATION, 0)
    assert cells["Số lượt tiếp"] == report.reception.visits
    cross = book["Loại – lĩnh vực"]
    totals = [row[-1].value for row in cross.iter_rows() if row[0].value in {s.label for s in Sector}]
    assert sum(int(v) for v in totals) == report.total
    _assert_no_identity(target)
    assert not list(tmp_path.glob(".export-*"))  # no temp file left behind


def test_pdf_renders_and_holds_no_identity(world: DeskWorld) -> None:
    from pypdf import PdfReader

    report = compute_statistics(world.desk, year(2026))
    pdf = statistics_pdf(world.desk, report)
    assert pdf.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert "BÁO CÁO TỔNG HỢP" in text
    assert str(report.total) in text
    for canary in (CANARY_NAME, CANARY_ID, CANARY_PHONE):
        assert canary not in text


def test_cancel_stops_between_queries(world: DeskWorld) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(KnownError):
        compute_statistics(world.desk, year(2026), progress=lambda d, t: seen.append((d, t)), cancelled=lambda: True)
    assert seen == [(0, 3)]
