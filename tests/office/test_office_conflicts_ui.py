"""The supervisor's office tab on a real office: a conflict shown side by side and resolved; a retry asked."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from reception_app.models.enums import Admissibility, CaseKind, Jurisdiction
from reception_app.models.handling import Classification
from reception_app.storage import office_conflicts, office_quarantine
from reception_app.ui.admin.admin_page import AdminPage
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import SUPERVISOR, draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk

OURS = Classification(CaseKind.DENUNCIATION, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)
COMPLAINT = Classification(CaseKind.COMPLAINT, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)


def _conflict_and_damaged_event(office: Office, tmp_path: Path) -> tuple[OfficeDesk, OfficeDesk, str]:
    """Desks A and B moved one case from the same version; one of A's events is damaged on the server."""
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    uid = a.desk.cases.create_case(draft()).uid
    a.sync.sync_once()
    b.sync.sync_once()
    a.desk.handling.classify(uid, OURS)
    b.desk.handling.classify(uid, COMPLAINT)
    bad = a.desk.cases.create_case(draft())
    a.sync.sync_once()
    with psycopg.connect(office.cluster.admin_dsn(office.dbname), autocommit=True) as conn:
        conn.execute(
            "UPDATE office.events SET secret = set_byte(secret, 0, get_byte(secret, 0) # 1)"
            " WHERE desk = 'A' AND case_uid = %s AND kind = 'case_created'",
            (bad.uid,),
        )
    b.sync.sync_once()
    return a, b, uid


def test_a_supervisor_sees_both_versions_keeps_one_and_retries_events_set_aside(
    office: Office, tmp_path: Path, qtbot: QtBot
) -> None:
    a, b, uid = _conflict_and_damaged_event(office, tmp_path)
    b.desk.auth.logout()
    b.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    db = b.desk.ctx.require()[1]
    assert office_conflicts.conflicts(db) == [uid]
    assert office_quarantine.count(db) == 1

    shot = os.environ.get("OFFICE_SCREENSHOT", "")  # a path: save a Vietnamese screenshot of the tab there
    if shot:
        from PySide6.QtWidgets import QApplication

        from reception_app.ui.common.i18n import install_translators

        install_translators(QApplication.instance(), "vi")  # type: ignore[arg-type]
    page = AdminPage(b.desk, SyncTaskRunner())
    qtbot.addWidget(page)
    tab = page.office_tab
    assert tab is not None  # a supervisor on an office desk
    page.tabs.setCurrentWidget(tab)  # opening the tab loads it
    assert tab.list_model.rowCount() == 1
    assert tab.list_model.index(0, 0).data() == b.desk.cases.get_case(uid).number
    versions = tab.versions_model
    assert versions.columnCount() == 2
    desks = [versions.index(0, c).data() for c in range(2)]
    assert sorted(desks) == (["A", "B (bàn này)"] if shot else ["A", "B (this desk)"])
    statuses = {versions.index(1, c).data() for c in range(2)}
    assert all(statuses)
    assert tab.quarantine_label.text().startswith("1 " if shot else "1 events of other desks could not be applied")
    assert tab.quarantine_model.rowCount() == 1
    assert not tab.keep_button.isEnabled()
    if shot:
        page.resize(1000, 700)
        page.show()
        qtbot.wait(50)
        page.grab().save(shot)

    column_a = desks.index("A")
    tab.versions_view.selectionModel().select(
        versions.index(0, column_a),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Columns,
    )
    assert tab.keep_button.isEnabled()
    tab.keep_button.click()
    assert tab.list_model.rowCount() == 0
    assert office_conflicts.conflicts(db) == []
    assert b.desk.cases.get_case(uid).kind == CaseKind.DENUNCIATION  # A's version kept
    assert tab.notice.text()

    assert tab.retry_button.isEnabled()
    tab.retry_button.click()
    assert not tab.retry_button.isEnabled()  # asked already
    assert [q.state for q in office_quarantine.listing(db)] == ["retry"]
    b.sync.sync_once()  # the decision goes out; the retried event is still damaged on the server: aside again
    assert [q.state for q in office_quarantine.listing(db)] == ["quarantined"]
    a.sync.sync_once()
    assert a.desk.cases.get_case(uid).kind == CaseKind.DENUNCIATION  # the decision reached desk A
    assert office_conflicts.conflicts(a.desk.ctx.require()[1]) == []
