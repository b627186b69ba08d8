"""The agency directory: seeded from vietnam-provinces, admin-edited, used by transfers."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_app.models.enums import AgencyKind, CaseKind, Channel
from reception_app.models.errors import ValidationError
from reception_app.services import Desk, PermissionDenied
from tests.factories import ADMIN, OFFICER, draft, set_up_world


@pytest.fixture
def desk(data_dir: Path) -> Desk:
    return set_up_world(data_dir).desk


def test_seeded_with_every_province_inspectorate_and_peoples_committee(desk: Desk) -> None:
    desk.auth.login(OFFICER.username, OFFICER.password)
    agencies = desk.agencies.list()
    assert len(agencies) == 68  # 34 provinces x 2
    names = {a.name for a in agencies}
    assert {"Thanh tra thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"} <= names
    assert {"Thanh tra tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk", "Thanh tra thành phố Hồ Chí Minh"} <= names
    assert {a.kind for a in agencies} == {AgencyKind.INSPECTORATE, AgencyKind.PEOPLES_COMMITTEE}
    assert all(a.seeded and a.province_code.isdigit() and len(a.province_code) == 2 for a in agencies)
    hanoi = desk.agencies.list(province_code="01")
    assert len(hanoi) == 2
    # seeding happens once (audited) and is not repeated
    assert len(desk.agencies.list()) == 68
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    assert [e.action for e in desk.audit.entries(limit=200)].count("agencies_seeded") == 1


def test_only_admins_edit_and_inactive_agencies_are_not_offered(desk: Desk) -> None:
    desk.auth.login(OFFICER.username, OFFICER.password)
    directory = desk.agencies
    first = directory.list()[0]
    with pytest.raises(PermissionDenied):
        directory.add("Công an tỉnh Đắk Lắk", AgencyKind.POLICE, province_code="66")
    with pytest.raises(PermissionDenied):
        directory.set_active(first.id, False)
    saved = desk.cases.create_case(draft(channel=Channel.POST))  # mailed: a walk-in denunciation is guided
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    directory = desk.agencies
    police = directory.add("  Công an tỉnh Đắk Lắk ", AgencyKind.POLICE, province_code="66", address="Buôn Ma Thuột")
    assert (police.name, police.seeded, police.active) == ("Công an tỉnh Đắk Lắk", False, True)
    with pytest.raises(ValidationError):
        directory.add("Công an tỉnh Đắk Lắk", AgencyKind.POLICE, province_code="66")  # duplicate
    with pytest.raises(ValidationError):
        directory.add("", AgencyKind.POLICE)
    renamed = directory.update(
        police.id, name="Công an tỉnh Đắk Lắk (PC01)", kind=AgencyKind.POLICE, province_code="66"
    )
    assert renamed.name == "Công an tỉnh Đắk Lắk (PC01)"
    directory.set_active(first.id, False)
    assert first.id not in {a.id for a in directory.list()}
    assert first.id in {a.id for a in directory.list(include_inactive=True)}
    # a deactivated agency cannot receive a transfer; an added one can
    handling = desk.handling
    with pytest.raises(ValidationError):
        handling.transfer(saved.uid, agency_id=first.id)
    transfer = handling.transfer(saved.uid, agency_id=police.id)
    assert transfer.agency_name == "Công an tỉnh Đắk Lắk (PC01)"
    actions = [e.action for e in desk.audit.entries(limit=100)]
    assert {"agency_added", "agency_updated", "agencies_seeded", "case_chuyen_don"} <= set(actions)


def test_petition_transfer_has_no_report_deadline(desk: Desk) -> None:
    desk.auth.login(OFFICER.username, OFFICER.password)
    saved = desk.cases.create_case(draft(kind=CaseKind.PETITION))
    agency = desk.agencies.list()[0]
    transfer = desk.handling.transfer(saved.uid, agency_id=agency.id)
    assert transfer.report_due_on is None
    assert desk.cases.get_case(saved.uid).due_on is None  # the intake answer is given by the transfer
