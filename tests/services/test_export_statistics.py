"""XLSX / PDF exports of the periodic report and the masked logbook: the numbers land in the right cells, and
no identity ever reaches a file (canary scan of the unzipped XLSX XML and of the PDF text and bytes)."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from reception_app.models.enums import CaseKind, Decision
from reception_app.models.masking import MASK
from reception_app.models.periods import year_period
from reception_app.models.statistics import StatisticsReport
from reception_app.services import PermissionDenied
from reception_app.services.exports import ExportCancelled, ExportFailed
from tests.factories import CANARY_ADDRESS, CANARY_ID, CANARY_NAME, CANARY_PHONE, OFFICER, SUPERVISOR, DeskWorld
from tests.printing.pdftext import extract
from tests.services.test_statistics_service import UNKNOWN_DECISION, build_world

CANARIES = (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, "canary.qwpvx@example.org")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> DeskWorld:
    return build_world(tmp_path_factory.mktemp("exports"), cases=200, seed=11)


@pytest.fixture(scope="module")
def report(world: DeskWorld) -> StatisticsReport:
    return world.desk.statistics.compute(year_period(2026))


def xlsx_blob(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return b"".join(z.read(name) for name in z.namelist())


def assert_no_identity(blob: bytes) -> None:
    for canary in CANARIES:
        assert canary.encode() not in blob, canary
        assert canary.encode("utf-16-be") not in blob, canary


def _row(ws: Worksheet, label: str) -> tuple[Any, ...]:
    for row in ws.iter_rows(values_only=True):
        if isinstance(row[1], str) and row[1].strip() == label:
            return row
    raise AssertionError(f"no row {label!r}")


def _leaf_column(ws: Worksheet, title: str) -> int:
    """0-based column of a header leaf (the header grid is rows 9–12)."""
    for row in ws.iter_rows(min_row=9, max_row=12):
        for cell in row:
            if cell.value == title:
                return cell.column - 1
    raise AssertionError(f"no header {title!r}")


def test_statistics_xlsx_holds_the_numbers(world: DeskWorld, report: StatisticsReport, tmp_path: Path) -> None:
    target = tmp_path / "báo cáo năm 2026.xlsx"
    world.desk.exports.statistics_xlsx(report, target)
    book = load_workbook(target)
    assert book.sheetnames == ["01-TCD", "02-XLD", "03-CT"]
    xld = book["02-XLD"]
    assert xld["A5"].value == "TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN"
    assert xld["A6"].value.startswith("Biểu số 01/XLD — ")
    assert xld["A7"].value == "(Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026)"
    total = _row(xld, "TỔNG CỘNG")
    assert total[2] == report.total
    assert total[_leaf_column(xld, "Số đơn")] == report.group_cases
    assert total[_leaf_column(xld, "Số người")] == report.group_people
    assert total[_leaf_column(xld, "Chuyển đơn")] == report.by_decision.get(Decision.TRANSFER, 0)
    assert total[_leaf_column(xld, "Chưa xử lý")] == report.by_decision.get(Decision.NONE, 0)
    assert total[_leaf_column(xld, "Khác")] == report.by_decision.get(UNKNOWN_DECISION, 0)  # no raw code printed
    assert total[_leaf_column(xld, "Đã quá hạn")] == report.by_timeliness.get("chua_xong_qua_han", 0)
    for kind in CaseKind:
        assert _row(xld, kind.label)[2] == report.by_kind.get(kind, 0)
    # every kind row = the sum of its sector rows, column by column
    rows = [r for r in xld.iter_rows(min_row=13, values_only=True) if r[1]]
    kinds = [i for i, r in enumerate(rows) if r[0] in ("I", "II", "III", "IV", "V")]
    for start, stop in zip(kinds, [*kinds[1:], len(rows) - 1], strict=True):
        sums = [sum(r[c] for r in rows[start + 1 : stop]) for c in range(2, len(rows[start]))]
        assert list(rows[start][2:]) == sums
    tcd = book["01-TCD"]
    tcd_total = _row(tcd, "TỔNG CỘNG")
    assert tcd_total[2:5] == (report.reception.days, report.reception.visits, report.reception.people)
    assert _row(tcd, "Tiếp định kỳ và đột xuất của Thủ trưởng")[3] == report.reception.leaders.visits
    indicators = book["03-CT"]
    assert _row(indicators, "Tổng số đơn tiếp nhận trong kỳ")[2] == report.total
    assert _row(indicators, "Thông tin có nội dung tố cáo")[2] == report.by_kind.get(CaseKind.ANONYMOUS_TIP, 0)
    blob = xlsx_blob(target)
    assert_no_identity(blob)
    assert b"NTC-" not in blob  # not even reporter codes: a report holds counts only
    assert not list(tmp_path.glob(".export-*"))


def test_statistics_pdf_holds_the_numbers_and_no_identity(
    world: DeskWorld, report: StatisticsReport, tmp_path: Path
) -> None:
    target = tmp_path / "báo cáo.pdf"
    code = world.desk.security.head_code()
    world.desk.exports.statistics_pdf(report, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    out = extract(data)
    text = out.text
    assert "BÁO CÁO Kết quả công tác tiếp công dân, tiếp nhận và xử lý đơn" in text
    # NĐ 30/2020: Số/ký hiệu, Kính gửi, Nơi nhận, signer; no page number on page 1, numbers from page 2
    assert "Số: /BC-TTr" in " ".join(text.split())
    assert "Kính gửi: Thanh tra Chính phủ" in text
    assert "Nơi nhận: - Như trên; - Lưu: VT, TTr." in text
    first_lines = [line.strip() for line in out.pages[0].splitlines()][:3]  # the page chrome is drawn first
    assert "1" not in first_lines
    assert "2" in [line.strip() for line in out.pages[1].splitlines()][:3]
    assert UNKNOWN_DECISION not in text  # no raw codes
    assert "Mã " not in text.replace("Mã mốc nhật ký", "")  # raw codes; the audit anchor's label is the one "Mã"
    assert "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT" in text
    assert "Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026" in text
    assert "TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN" in text
    assert f"TỔNG CỘNG {report.total}" in text
    assert f"Mã mốc nhật ký {code}" in text  # the off-desk anchor on the periodic report (issue 16)
    assert "lúc 16:00 20/11/2026" in " ".join(text.split())  # printed at 09:00 UTC: office time on paper
    assert_no_identity(data)
    for canary in CANARIES:
        assert canary not in text
    assert "NTC-" not in text


def test_exports_are_audited_with_codes_only(world: DeskWorld, report: StatisticsReport, tmp_path: Path) -> None:
    _, db, _ = world.desk.ctx.require()
    before = db.scalar("SELECT count(*) FROM audit_log WHERE action = 'statistics_exported'")
    world.desk.exports.statistics_xlsx(report, tmp_path / "a.xlsx")
    row = db.query_one("SELECT * FROM audit_log WHERE action = 'statistics_exported' ORDER BY seq DESC LIMIT 1")
    assert row is not None
    assert db.scalar("SELECT count(*) FROM audit_log WHERE action = 'statistics_exported'") == before + 1
    assert '"doc_kind":"xlsx"' in row["details"].replace(" ", "")
    assert "a.xlsx" not in row["details"]


def test_logbook_xlsx_is_masked_and_complete(world: DeskWorld, tmp_path: Path) -> None:
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    target = tmp_path / "sổ.xlsx"
    seen: list[tuple[int, int]] = []
    temp_before = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    rows = world.desk.exports.logbook_xlsx(start, end, target, progress=lambda d, t: seen.append((d, t)))
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= temp_before  # the row stream is gone
    _, db, _ = world.desk.ctx.require()
    expected = db.query(
        "SELECT c.number, c.kind, group_concat(r.reporter_code, ', ') AS codes FROM cases c"
        " LEFT JOIN reporters r ON r.case_id = c.id WHERE date(c.received_at) BETWEEN ? AND ?"
        " GROUP BY c.id ORDER BY c.received_at, c.id",
        (start.isoformat(), end.isoformat()),
    )
    assert rows == len(expected) > 20
    assert seen[-1] == (rows, rows)
    sheet = load_workbook(target).active
    assert sheet is not None
    data = [r for r in sheet.iter_rows(min_row=6, values_only=True) if r[0] is not None]
    assert [r[0] for r in data] == list(range(1, rows + 1))
    for line, exp in zip(data, expected, strict=True):
        assert line[12].startswith(f"Số hồ sơ {exp['number']}")
        if exp["codes"]:
            assert line[2] == exp["codes"]
            assert line[3] == MASK
        else:
            assert exp["kind"] == CaseKind.ANONYMOUS_TIP
    assert_no_identity(xlsx_blob(target))


def test_officers_export_the_logbook_but_not_the_report(
    world: DeskWorld, report: StatisticsReport, tmp_path: Path
) -> None:
    desk = world.desk
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)
    try:
        assert desk.exports.logbook_xlsx(date(2025, 3, 1), date(2025, 3, 31), tmp_path / "s.xlsx") >= 0
        with pytest.raises(PermissionDenied):
            desk.exports.statistics_xlsx(report, tmp_path / "r.xlsx")
        assert not (tmp_path / "r.xlsx").exists()
    finally:
        desk.auth.logout()
        desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)


def test_cancel_and_failure_leave_no_file(world: DeskWorld, report: StatisticsReport, tmp_path: Path) -> None:
    target = tmp_path / "sổ.xlsx"
    temp_before = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    with pytest.raises(ExportCancelled):
        world.desk.exports.logbook_xlsx(date(2025, 1, 1), date(2026, 12, 31), target, cancelled=lambda: True)
    assert not target.exists()
    assert not list(tmp_path.iterdir())
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= temp_before
    with pytest.raises(ExportFailed):
        world.desk.exports.statistics_pdf(report, tmp_path / "missing-folder" / "r.pdf")


def test_an_empty_period_exports_zeros(world: DeskWorld, tmp_path: Path) -> None:
    empty = world.desk.statistics.compute(year_period(2030))
    assert empty.total == 0
    service = world.desk.exports
    service.statistics_xlsx(empty, tmp_path / "e.xlsx")
    service.statistics_pdf(empty, tmp_path / "e.pdf")
    xld = load_workbook(tmp_path / "e.xlsx")["02-XLD"]
    assert _row(xld, "TỔNG CỘNG")[2] == 0
    assert _row(xld, CaseKind.COMPLAINT.label)[2] == 0
    assert "TỔNG CỘNG 0" in extract((tmp_path / "e.pdf").read_bytes()).text
