"""A protection request changed on two desks from the same version: both kept, flagged, replicas equal,
a supervisor keeps one; sequential changes apply without a flag; a change made on a version not here yet waits."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from reception_app.models.enums import ProtectionStatus, Relation
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.storage import office_protection
from reception_app.storage.office_conflicts import ConflictGone
from reception_app.ui.admin.admin_page import AdminPage
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.factories import SUPERVISOR, draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk

DETAILS = ProtectionDetails((ProtectedPerson("Qwvzkj Relativename", Relation.CHILD),), "Bị đe dọa Xyzzyq")


def _db(d: OfficeDesk):  # type: ignore[no-untyped-def]
    return d.desk.ctx.require()[1]


def _as(d: OfficeDesk, user: object) -> None:
    if d.desk.session is not None:
        d.desk.auth.logout()
    d.desk.auth.login(user.username, user.password)  # type: ignore[attr-defined]


def _state(d: OfficeDesk) -> list[tuple[Any, ...]]:
    """What the replica holds of every request: codes, decision, measures, reports, version, flag."""
    db = _db(d)
    out: list[tuple[Any, ...]] = []
    for r in db.query("SELECT * FROM protection_requests ORDER BY requested_on, created_by, id"):
        measures = db.query(
            "SELECT measure, due_on, done_on, note FROM protection_measures WHERE request_id = ? ORDER BY id",
            (r["id"],),
        )
        reports = db.scalar("SELECT count(*) FROM retaliation_reports WHERE request_id = ?", (r["id"],))
        out.append(
            (
                r["status"],
                r["decision_number"],
                r["decided_by"],
                bytes(r["sealed_details"]),
                tuple(tuple(m.values()) for m in measures),
                reports,
                r["office_version"],
                r["office_version_desk"],
                r["office_conflict"],
            )
        )
    return out


def _request(d: OfficeDesk) -> int:
    uid = d.desk.cases.create_case(draft()).uid
    return d.desk.protection.request(uid, DETAILS, measures=("bao_mat_thong_tin",))


def _rid(d: OfficeDesk) -> int:
    return int(_db(d).scalar("SELECT id FROM protection_requests"))


def _sync(*desks: OfficeDesk) -> None:
    for d in desks:
        d.sync.sync_once()
    for d in desks:
        d.sync.sync_once()


def test_two_desks_deciding_one_request_at_once_are_both_kept_flagged_and_resolved(
    office: Office, tmp_path: Path
) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    c = make_office_desk(office, tmp_path, "C")
    _request(a)
    _sync(a, b, c)
    for d in (a, b):
        _as(d, SUPERVISOR)
    a.desk.protection.decide(
        _rid(a), status=ProtectionStatus.ACTIVE, decision_number="01/QĐ-BV", measures=(("bao_mat_thong_tin", None),)
    )
    b.desk.protection.decide(_rid(b), status=ProtectionStatus.REFUSED, decision_number="02/QĐ-KBV")
    # C pulls A's decision before B's, B pulls A's after its own: the replicas end on the same snapshot.
    a.sync.sync_once()
    c.sync.sync_once()
    b.sync.sync_once()
    c.sync.sync_once()
    a.sync.sync_once()
    states = [_state(d) for d in (a, b, c)]
    assert states[0] == states[1] == states[2]
    assert states[0][0][0] == ProtectionStatus.REFUSED.value  # the greater (version, desk): B's, everywhere
    assert states[0][0][-1] == 1  # flagged for a supervisor on every desk
    # Both decisions are kept: A's in its outbox, B's in A's inbox (and on the server).
    for d in (a, b, c):
        versions = office_protection.flagged(_db(d))[0].versions
        assert sorted((v.desk, v.status) for v in versions) == [
            ("A", ProtectionStatus.ACTIVE.value),
            ("B", ProtectionStatus.REFUSED.value),
        ]
        assert all(v.base_version == 1 and v.version == 2 for v in versions)
    # A supervisor on C keeps A's decision (not the one held): every desk ends on it, the flag cleared.
    _as(c, SUPERVISOR)
    conflict = next(r for r in c.desk.office_review.conflicts_page().rows if r.kind == "protection")
    kept = next(v for v in conflict.versions if v.desk == "A")
    assert kept.status == ProtectionStatus.ACTIVE.label
    c.desk.office_review.resolve_protection(conflict.ref, kept.desk, kept.seq)
    with pytest.raises(ConflictGone):  # resolved once
        c.desk.office_review.resolve_protection(conflict.ref, kept.desk, kept.seq)
    _sync(c, a, b)
    states = [_state(d) for d in (a, b, c)]
    assert states[0] == states[1] == states[2]
    assert states[0][0][:2] == (ProtectionStatus.ACTIVE.value, "01/QĐ-BV")
    assert states[0][0][4][0][0] == "bao_mat_thong_tin"
    assert states[0][0][-3:] == (3, "C", 0)
    assert a.desk.protection.for_case(a.desk.protection.open_cases()[0].case_uid)[0].status is ProtectionStatus.ACTIVE
    assert "office_protection_resolved" in [e.action for e in c.desk.audit.entries(limit=20)]
    for d in (a, b, c):
        assert d.desk.audit.verify().ok
    dump = office.cluster.pg_dump(office.dbname)
    assert "protection_resolved" in dump
    assert [c for c in ("Relativename", "Xyzzyq", "01/QĐ-BV") if c in dump] == []


def test_sequential_changes_apply_without_a_flag_and_a_change_ahead_waits(office: Office, tmp_path: Path) -> None:
    # Desk C pulls desk B before desk Z: B's measure (made on Z's decision) arrives before Z's decision.
    z = make_office_desk(office, tmp_path, "Z")
    b = make_office_desk(office, tmp_path, "B")
    c = make_office_desk(office, tmp_path, "C")
    _request(z)
    _sync(z, c)
    _as(z, SUPERVISOR)
    z.desk.protection.decide(
        _rid(z), status=ProtectionStatus.ACTIVE, decision_number="03/QĐ-BV", measures=(("bao_mat_thong_tin", None),)
    )
    z.sync.sync_once()
    b.sync.sync_once()
    _as(b, SUPERVISOR)
    b.desk.protection.add_measure(_rid(b), "tinh_mang_suc_khoe", None)
    b.sync.sync_once()
    c.sync.sync_once()
    assert _db(c).scalar("SELECT count(*) FROM office_inbox WHERE applied = 0") == 0
    _sync(z, b, c)
    states = [_state(d) for d in (z, b, c)]
    assert states[0] == states[1] == states[2]
    assert [m[0] for m in states[0][0][4]] == ["bao_mat_thong_tin", "tinh_mang_suc_khoe"]
    assert states[0][0][-3:] == (3, "B", 0)  # no flag: each change was made on the version the other held
    _as(c, SUPERVISOR)
    assert c.desk.office_review.conflicts_page().rows == ()


def test_the_conflict_tab_shows_a_protection_request_and_keeps_the_selected_version(
    office: Office, tmp_path: Path, qtbot: QtBot
) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    _request(a)
    _sync(a, b)
    for d in (a, b):
        _as(d, SUPERVISOR)
    a.desk.protection.decide(
        _rid(a), status=ProtectionStatus.ACTIVE, decision_number="05/QĐ-BV", measures=(("bao_mat_thong_tin", None),)
    )
    b.desk.protection.decide(_rid(b), status=ProtectionStatus.REFUSED, decision_number="06/QĐ-KBV")
    _sync(a, b)
    shot = os.environ.get("OFFICE_SCREENSHOT", "")  # a path: save a Vietnamese screenshot of the tab there
    if shot:
        from PySide6.QtWidgets import QApplication

        from reception_app.ui.common.i18n import install_translators

        install_translators(QApplication.instance(), "vi")  # type: ignore[arg-type]
    page = AdminPage(b.desk, SyncTaskRunner())
    qtbot.addWidget(page)
    tab = page.office_tab
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    assert tab.list_model.rowCount() == 1
    assert tab.list_model.index(0, 0).data().endswith("(yêu cầu bảo vệ)" if shot else "(protection request)")
    versions = tab.versions_model
    assert versions.columnCount() == 2
    cells = {versions.index(r, c).data() for r in range(versions.rowCount()) for c in range(2)}
    assert ProtectionStatus.ACTIVE.label in cells
    assert ProtectionStatus.REFUSED.label in cells
    assert SUPERVISOR.username in cells
    assert not [x for x in cells if "QĐ" in x or "Relativename" in x]  # no decision number, no identity
    if shot:
        page.resize(1000, 700)
        page.show()
        qtbot.wait(50)
        page.grab().save(shot)
    desks = [versions.index(0, c).data() for c in range(2)]
    tab.versions_view.selectionModel().select(
        versions.index(0, desks.index("A")),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Columns,
    )
    tab.keep_button.click()
    assert tab.list_model.rowCount() == 0
    assert tab.notice.text()
    _sync(b, a)
    assert _state(a) == _state(b)
    assert _state(a)[0][:2] == (ProtectionStatus.ACTIVE.value, "05/QĐ-BV")  # A's decision kept everywhere
