"""The transfer directory and calendar exceptions tab on the real Desk: admin edits, others read."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reception_app.models.enums import AgencyKind, CalendarDayKind
from reception_app.services import Desk
from reception_app.ui.admin.agency_directory_tab import AgencyDialog, AgencyDirectoryTab
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import ADMIN, OFFICER, DeskWorld, set_up_world
from tests.ui.helpers import type_vietnamese

NEW_NAME = "Thanh tra Sở Tài nguyên và Môi trường tỉnh Đắk Lắk"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    yield world
    world.desk.close()


def _tab(qtbot: QtBot, desk: Desk) -> AgencyDirectoryTab:
    tab = AgencyDirectoryTab(desk, SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1000, 800)
    tab.show()
    return tab


def _names(tab: AgencyDirectoryTab) -> list[str]:
    return [tab.agency_model.text(r, 0) for r in range(tab.agency_model.rowCount())]


def test_admin_adds_edits_deactivates_and_filters(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    tab = _tab(qtbot, desk)
    assert len(_names(tab)) == 68  # 34 provinces × (inspectorate, People's Committee)
    assert tab.add_button.isEnabled()
    assert not tab.edit_button.isEnabled()
    tab.add_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, AgencyDialog)
    dialog.submit()
    assert dialog.field_message("name") == "Enter the agency's name."
    dialog.name_edit.setFocus()
    type_vietnamese(dialog.name_edit, NEW_NAME)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AgencyKind.DEPARTMENT.value))
    dialog.province.line_edit.setFocus()
    type_vietnamese(dialog.province.line_edit, "dak lak")
    dialog.province.resolve()
    dialog.submit()
    assert not dialog.isVisible()
    assert NEW_NAME in _names(tab)
    # a duplicate is refused by the service, beside the name
    tab.add_button.click()
    dup = tab.dialog
    assert isinstance(dup, AgencyDialog)
    dup.name_edit.setText(NEW_NAME)
    dup.province.set_code("66")
    dup.submit()
    assert dup.field_message("name") == "Cơ quan này đã có trong danh bạ."
    dup.reject()
    # the province filter
    tab.province_filter.line_edit.setFocus()
    type_vietnamese(tab.province_filter.line_edit, "dak lak")
    tab.province_filter.resolve()
    assert sorted(_names(tab)) == sorted(["Thanh tra tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk", NEW_NAME])
    # edit, then deactivate
    assert tab.select_agency(NEW_NAME)
    tab.edit_button.click()
    edit = tab.dialog
    assert isinstance(edit, AgencyDialog)
    assert edit.name_edit.text() == NEW_NAME
    edit.address_edit.setText("Số 1 Lê Duẩn, Buôn Ma Thuột")
    edit.submit()
    assert tab.select_agency(NEW_NAME)
    tab.active_button.click()
    assert NEW_NAME not in _names(tab)
    tab.inactive_check.setChecked(True)
    assert tab.select_agency(NEW_NAME)
    assert tab.active_button.text() == "Re&activate"
    stored = next(a for a in desk.agencies.list(include_inactive=True) if a.name == NEW_NAME)
    assert (stored.kind, stored.province_code, stored.address, stored.active) == (
        AgencyKind.DEPARTMENT,
        "66",
        "Số 1 Lê Duẩn, Buôn Ma Thuột",
        False,
    )


def test_admin_adds_and_removes_calendar_days(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    tab = _tab(qtbot, desk)
    tab.day_edit.setText("31/02/2027")
    tab.add_day_button.click()
    assert tab.day_message.text() == "Enter the date as dd/mm/yyyy."
    tab.day_edit.setText("03/05/2027")
    tab.day_kind_combo.setCurrentIndex(tab.day_kind_combo.findData(CalendarDayKind.DAY_OFF.value))
    tab.day_note_edit.setText("Nghỉ bù")
    tab.add_day_button.click()
    assert tab.year_spin.value() == 2027
    assert tab.calendar_model.rowCount() == 1
    assert tab.calendar_model.text(0, 0) == "03/05/2027"
    assert tab.calendar_model.text(0, 1) == "Monday"
    assert desk.handling.calendar_days(2027) == [(date(2027, 5, 3), CalendarDayKind.DAY_OFF, "Nghỉ bù")]
    tab.calendar_view.selectRow(0)
    assert tab.remove_day_button.isEnabled()
    tab.remove_day_button.click()
    assert tab.calendar_model.rowCount() == 0
    assert desk.handling.calendar_days(2027) == []


def test_officers_read_only(qtbot: QtBot, world: DeskWorld) -> None:
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    tab = _tab(qtbot, desk)
    assert len(_names(tab)) == 68
    assert tab.note_label.isVisible()
    tab.agency_view.selectRow(0)
    for button in (tab.add_button, tab.edit_button, tab.active_button, tab.add_day_button, tab.remove_day_button):
        assert not button.isEnabled()
    tab.add_button.click()
    assert tab.dialog is None
