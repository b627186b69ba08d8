"""Desk.update_agency and the idle-lock setting: admin only, validated, audited, read back by the documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.models.errors import ValidationError
from reception_app.services import AgencySettings, PermissionDenied
from tests.factories import ADMIN, AGENCY, OFFICER, SUPERVISOR, DeskWorld, set_up_world

NEW = AgencySettings("UBND TỈNH KHÁNH HÒA", "THANH TRA TỈNH KHÁNH HÒA", "Khánh Hòa", "TTr-KH")


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    w = set_up_world(data_dir)
    w.desk.auth.login(ADMIN.username, ADMIN.password)
    return w


def test_agency_round_trip_and_audited(world: DeskWorld) -> None:
    desk = world.desk
    assert desk.settings.agency() == AGENCY
    assert desk.settings.agency_signer() == ("", "")
    changed = desk.settings.update_agency(NEW, signer_title="  CHÁNH THANH TRA ", signer_name="Phạm Văn Ký")
    assert set(changed) == {
        "agency.parent",
        "agency.name",
        "agency.place",
        "agency.symbol",
        "agency.signer_title",
        "agency.signer_name",
    }
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)  # persisted, and readable by any session
    assert desk.settings.agency() == NEW
    assert desk.settings.agency_signer() == ("CHÁNH THANH TRA", "Phạm Văn Ký")
    header = desk.documents.agency_header()
    assert (header.signer_title, header.signer_name, header.doc_symbol) == ("CHÁNH THANH TRA", "Phạm Văn Ký", "TTr-KH")
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    entry = next(e for e in desk.audit.entries(limit=20) if e.action == "settings_changed")
    assert entry.actor == ADMIN.username
    assert sorted(entry.details["fields"]) == sorted(changed)
    assert "Khánh Hòa" not in str(entry.details)  # keys only, never values
    assert desk.audit.verify().ok


def test_unchanged_values_are_not_audited(world: DeskWorld) -> None:
    desk = world.desk
    assert desk.settings.update_agency(AGENCY) == []
    assert desk.settings.update_agency(AGENCY, signer_name="Phạm Văn Ký") == ["agency.signer_name"]
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert [e.action for e in desk.audit.entries(limit=50)].count("settings_changed") == 1


def test_agency_validation(world: DeskWorld) -> None:
    desk = world.desk
    with pytest.raises(ValidationError) as exc:
        desk.settings.update_agency(AgencySettings(" ", "THANH TRA", "", "TTr"))
    assert exc.value.for_field("parent_agency") == "Vui lòng nhập thông tin này."
    assert exc.value.for_field("place_name") == "Vui lòng nhập thông tin này."
    assert exc.value.for_field("agency_name") is None
    with pytest.raises(ValidationError) as exc:
        desk.settings.update_agency(AgencySettings("A", "B", "C", "PC/TTr"))
    assert exc.value.for_field("doc_symbol")
    with pytest.raises(ValidationError) as exc:
        desk.settings.update_agency(AGENCY, signer_name="x" * 101)
    assert exc.value.for_field("signer_name") == "Tối đa 100 ký tự."
    assert desk.settings.agency() == AGENCY  # nothing half-saved


@pytest.mark.parametrize("who", [OFFICER, SUPERVISOR])
def test_only_admin_changes_settings(world: DeskWorld, who: object) -> None:
    desk = world.desk
    desk.auth.login(who.username, who.password)  # type: ignore[attr-defined]
    with pytest.raises(PermissionDenied):
        desk.settings.update_agency(NEW)
    with pytest.raises(PermissionDenied):
        desk.settings.set_idle_lock_minutes(10)
    assert desk.settings.agency() == AGENCY
    assert desk.settings.idle_lock_minutes() == 5


def test_idle_lock_minutes(world: DeskWorld) -> None:
    desk = world.desk
    assert desk.settings.idle_lock_minutes() == 5
    desk.settings.set_idle_lock_minutes(12)
    assert desk.settings.idle_lock_minutes() == 12
    for bad in (0, 61, -1, True, "7"):
        with pytest.raises(ValidationError):
            desk.settings.set_idle_lock_minutes(bad)  # type: ignore[arg-type]
    assert desk.settings.idle_lock_minutes() == 12
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    entry = next(e for e in desk.audit.entries(limit=20) if e.action == "settings_changed")
    assert entry.details == {"fields": ["ui.idle_lock_minutes"], "minutes": 12}
