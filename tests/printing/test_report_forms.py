"""The statistics report as an NĐ 30/2020 document, its forms kept as data (a newer circular's form set is
added to the data file, not to the code)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from reception_app.models.periods import month_period
from reception_app.models.statistics import CaseCell, StatisticsReport
from reception_app.printing.report_forms import load_report_forms, parse_report_forms
from reception_app.printing.statistics_document import build_statistics_document
from reception_app.printing.statistics_pdf import render_statistics_pdf
from reception_app.printing.templates import TemplateError
from reception_app.resources import resource_path
from tests.printing.pdftext import extract
from tests.printing.samples import HEADER

FORMS = resource_path("templates", "report_forms.json")
CELLS = (
    CaseCell("TC", "hc_dat_dai", "truc_tiep", "chuyen_don", "moi", "khong_thuoc", "du", False, False, "con_han", 5, 5),
    CaseCell("KN", "hc_chinh_sach", "buu_dien", "ma_moi_2027", "moi", "thuoc", "du", True, True, "con_han", 3, 17),
)


def _report(month: int = 6) -> StatisticsReport:
    return StatisticsReport(month_period(2027, month), date(2027, month, 20), datetime(2027, month, 20, 9), CELLS)


def test_month_labels_follow_decree_30() -> None:
    assert month_period(2027, 6).label == "Tháng 6 năm 2027"
    assert month_period(2027, 2).label == "Tháng 02 năm 2027"
    assert month_period(2027, 12).label == "Tháng 12 năm 2027"


def test_report_is_an_official_document_without_raw_codes() -> None:
    doc = build_statistics_document(_report(), HEADER, printed_by="lanhdao", printed_at=datetime(2027, 6, 20, 9))
    out = extract(render_statistics_pdf(doc))
    text = " ".join(out.text.split())
    assert "Số: /BC-TTr" in text
    assert "Đắk Lắk, ngày 20 tháng 6 năm 2027" in text  # no "tháng 06"
    assert "tháng 06" not in text
    assert "BÁO CÁO Kết quả công tác tiếp công dân, tiếp nhận và xử lý đơn tháng 6 năm 2027" in text
    assert "Kính gửi: Thanh tra Chính phủ" in text
    assert "Nơi nhận: - Như trên; - Lưu: VT, TTr." in text
    assert "KT. CHÁNH THANH TRA" in text
    assert "ma_moi_2027" not in text
    assert "Mã " not in text
    assert [line.strip() for line in out.pages[0].splitlines()][:3].count("1") == 0  # no page number on page 1
    assert "Biểu số 01/TCD" in text
    assert "Biểu số 01/XLD" in text


def test_a_newer_circular_form_set_is_data(tmp_path: Path) -> None:
    raw = json.loads(FORMS.read_text(encoding="utf-8"))
    newer = json.loads(json.dumps(raw["form_sets"]["tt2024"]))
    newer["forms"]["01-TCD"]["form"] = "Mẫu số 01/TCD (Thông tư 06/2025/TT-TTCP)"
    newer["forms"]["01-TCD"]["columns"] = [
        {"title": "Lượt tiếp", "leaf": "visits"},
        {"title": "Số người", "leaf": "people"},
    ]
    raw["form_sets"]["tt06_2025"] = newer
    raw["form_set"] = "tt06_2025"
    path = tmp_path / "report_forms.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    forms = load_report_forms(path)
    doc = build_statistics_document(
        _report(), HEADER, printed_by="x", printed_at=datetime(2027, 6, 20, 9), forms=forms, recipient="UBND tỉnh"
    )
    tcd = doc.tables[0]
    assert tcd.form == "Mẫu số 01/TCD (Thông tư 06/2025/TT-TTCP)"
    assert [leaf.title for leaf in tcd.leaves()] == ["Lượt tiếp", "Số người"]
    assert doc.recipient == "Kính gửi: UBND tỉnh"


@pytest.mark.parametrize(
    "raw",
    [
        {},
        {"schema": 1, "report": {}, "form_set": "x", "form_sets": {}},
        {"schema": 1, "report": {"type_symbol": "BC"}, "form_set": "a", "form_sets": {"a": {"forms": {}}}},
    ],
)
def test_malformed_report_forms_are_rejected(raw: object) -> None:
    with pytest.raises(TemplateError):
        parse_report_forms(raw)
