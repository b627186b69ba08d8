"""Saving an intake is one service call (issue 15): the case, its scanned files, the end of the draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.models.errors import ValidationError
from tests.factories import OFFICER, DeskWorld, draft, set_up_world

PDF = b"%PDF-1.4\n" + b"scan " * 100 + b"\n%%EOF"


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    w = set_up_world(data_dir)
    w.desk.auth.login(OFFICER.username, OFFICER.password)
    return w


def test_save_creates_the_case_attaches_the_files_and_drops_the_draft(world: DeskWorld, tmp_path: Path) -> None:
    desk = world.desk
    desk.drafts.save({"subject": "typed, not saved yet"})
    scan = tmp_path / "don.pdf"
    scan.write_bytes(PDF)
    result = desk.intake.save(draft(), [scan])
    assert result.failed_files == ()
    assert desk.cases.get_case(result.saved.uid).number == result.saved.number
    assert [a.kind for a in desk.attachments.for_case(result.saved.uid)] == ["pdf"]
    assert desk.drafts.load() is None


def test_a_bad_file_stops_the_save_before_the_case_exists(world: DeskWorld, tmp_path: Path) -> None:
    desk = world.desk
    desk.drafts.save({"subject": "kept"})
    bad = tmp_path / "virus.exe"
    bad.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    before = len(desk.cases.list_cases().rows)
    with pytest.raises(ValidationError):
        desk.intake.save(draft(), [bad])
    assert len(desk.cases.list_cases().rows) == before
    assert desk.drafts.load() is not None  # the officer's draft survives a refused save
