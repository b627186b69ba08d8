"""The template data: loads, validates, drives the wording; slots cannot reach into Python objects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reception_app.models.enums import CaseKind
from reception_app.models.masking import MaskPolicy
from reception_app.models.recipients import DocumentKind, RecipientRole
from reception_app.printing.document import build_receipt, build_transfer_slip
from reception_app.printing.templates import (
    TemplateError,
    default_templates,
    fill,
    load_templates_file,
    parse_templates,
    placeholders,
)
from reception_app.resources import resource_path
from tests.printing.samples import HEADER, PRINTED_AT, make_case

TEMPLATE_FILE = resource_path("templates", "documents.json")


def test_bundled_templates_load() -> None:
    tpl = default_templates()
    assert set(tpl.documents) == {
        "receipt",
        "transfer_slip",
        "transfer_notice",
        "guidance_slip",
        "appointment_slip",
        "acceptance_proposal",
        "refusal_notice",
        "result_notice",
        "reception_record",
        "return_letter",
        "chase_letter",
        "lower_level_request",
        "protection_decision",
        "acceptance_notice",
        "rejection_notice",
        "acceptance_decision",
        "multi_content_guidance",
        "protection_request",
        "logbook",
        "mail_book",
    }
    assert set(tpl.documents) == {k.value for k in DocumentKind}  # one template per document the desk prints
    receipt = tpl.document("receipt")
    assert receipt.copies(CaseKind.COMPLAINT) == 2
    assert receipt.copies(CaseKind.DENUNCIATION) == 3
    assert len(tpl.document("logbook").columns) == 13
    assert len(tpl.document("mail_book").columns) == 12


def test_citations_as_in_the_domain_brief_with_uncertainty_noted() -> None:
    citations = default_templates().citations
    # NĐ 30/2020 form: a law by its name and date of adoption; a decree or circular by number, date, issuer, title
    assert citations["luat_tcd"].text == "Luật Tiếp công dân ngày 25 tháng 11 năm 2013"
    assert citations["luat_to_cao"].text == "Luật Tố cáo ngày 12 tháng 6 năm 2018"
    assert citations["luat_khieu_nai"].text == "Luật Khiếu nại ngày 11 tháng 11 năm 2011"
    assert "42/2013/QH13" in citations["luat_tcd"].note
    assert "25/2018/QH14" in citations["luat_to_cao"].note
    assert citations["tt_05_2021"].text.startswith("Thông tư số 05/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của")
    assert citations["nd_31_2019"].text.startswith("Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ")
    for citation in citations.values():
        assert citation.tag in {"V", "R", "T", "M"}
        if citation.tag in {"T", "M"}:
            assert citation.note.strip(), citation.key


def test_resource_path_is_inside_the_bundle() -> None:
    assert TEMPLATE_FILE.is_file()
    assert resource_path("fonts", "LiberationSerif-Regular.ttf").is_file()
    assert resource_path("fonts", "LICENSE-LiberationFonts.txt").is_file()
    for bad in ("..", "/etc/passwd", ""):
        with pytest.raises(ValueError, match="invalid resource path"):
            resource_path(bad)


@pytest.mark.parametrize("bad", ["{a.b}", "{a[0]}", "{a!r}", "{a:>10}", "{0}", "{"])
def test_only_plain_slots_are_allowed(bad: str) -> None:
    with pytest.raises(TemplateError):
        placeholders(bad)


def test_fill_inserts_values_verbatim_and_requires_every_slot() -> None:
    assert fill("Số: {number}", {"number": "{x} <b>&"}) == "Số: {x} <b>&"
    with pytest.raises(TemplateError, match="no value"):
        fill("{missing}", {})


def _edited(tmp_path: Path, edit: object) -> Path:
    raw = json.loads(TEMPLATE_FILE.read_text(encoding="utf-8"))
    edit(raw)  # type: ignore[operator]
    path = tmp_path / "documents.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_wording_and_copies_are_data(tmp_path: Path) -> None:
    def edit(raw: dict[str, dict[str, dict[str, object]]]) -> None:
        receipt = raw["documents"]["receipt"]
        receipt["title"] = "GIẤY BIÊN NHẬN MỚI"
        receipt["copies"] = {"default": 1}
        receipt["copy_plan"] = {"default": [{"role": "citizen", "label": ""}]}
        raw["citations"]["luat_to_cao"]["text"] = "Luật Tố cáo (sửa đổi)"

    tpl = load_templates_file(_edited(tmp_path, edit))
    policy = MaskPolicy(reveal_identity=False)
    receipt = build_receipt(
        make_case(), policy, HEADER, 1, verification_code="X", printed_by="x", printed_at=PRINTED_AT, templates=tpl
    )
    assert receipt.title == "GIẤY BIÊN NHẬN MỚI"
    assert receipt.copies == 1
    assert receipt.copy_labels == ()
    slip = build_transfer_slip(
        make_case(), policy, HEADER, 1, "UBND xã", printed_by="x", printed_at=PRINTED_AT, templates=tpl
    )
    assert any("Luật Tố cáo (sửa đổi)" in getattr(b, "text", "") for b in slip.blocks)
    assert slip.roles() == (RecipientRole.BODY, RecipientRole.FILE)


def test_copy_labels_must_match_copies(tmp_path: Path) -> None:
    def edit(raw: dict[str, dict[str, dict[str, object]]]) -> None:
        raw["documents"]["receipt"]["copies"] = {"TC": 4, "default": 2}

    with pytest.raises(TemplateError, match="copy_plan"):
        load_templates_file(_edited(tmp_path, edit))


@pytest.mark.parametrize(
    "raw",
    [
        [],
        {"schema": 2},
        {"schema": 1, "common": {}, "documents": {"receipt": {"title": {"XX": "t"}}}},
        {"schema": 1, "common": {}, "documents": {"receipt": {"title": "ok", "copies": 0}}},
        {"schema": 1, "common": {}, "documents": {"receipt": {"title": "{a.__class__}"}}},
    ],
)
def test_malformed_template_files_are_rejected(raw: object) -> None:
    with pytest.raises(TemplateError):
        parse_templates(raw)


def test_unreadable_template_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(TemplateError, match="cannot read"):
        load_templates_file(path)
