"""Handling moves and return visits travel too; two moves from the same version are both kept and flagged."""

from __future__ import annotations

from pathlib import Path

from reception_app.models.enums import Admissibility, CaseKind, CaseStatus, Jurisdiction
from reception_app.models.handling import Classification
from reception_app.storage import office_conflicts
from tests.factories import draft
from tests.office.conftest import Office, make_office_desk

OURS = Classification(CaseKind.DENUNCIATION, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)


def _status(desk: object, uid: str) -> CaseStatus:
    return desk.cases.get_case(uid).status  # type: ignore[attr-defined,no-any-return]


def test_a_move_on_desk_b_reaches_the_desk_that_recorded_the_case(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    saved = a.desk.cases.create_case(draft())
    a.sync.sync_once()
    b.sync.sync_once()
    b.desk.handling.classify(saved.uid, OURS)
    b.desk.handling.record_visit(saved.uid, note="Công dân quay lại hỏi tiến độ")
    b.sync.sync_once()
    a.sync.sync_once()
    assert _status(a.desk, saved.uid) == _status(b.desk, saved.uid)
    assert a.desk.handling.view(saved.uid).steps == b.desk.handling.view(saved.uid).steps
    assert len(a.desk.handling.visits(saved.uid)) == 2
    assert office_conflicts.conflicts(a.desk.ctx.require()[1]) == []


def test_two_moves_from_the_same_version_are_both_kept_and_flagged(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    c = make_office_desk(office, tmp_path, "C")
    saved = a.desk.cases.create_case(draft())
    for d in (a, b, c):
        d.sync.sync_once()
    a.desk.handling.classify(saved.uid, OURS)
    b.desk.handling.classify(saved.uid, OURS)
    for d in (a, b, c, a, b, c):
        d.sync.sync_once()
    for d in (a, b, c):
        assert office_conflicts.conflicts(d.desk.ctx.require()[1]) == [saved.uid]
    with office_server_conn(office) as conn:
        kinds = conn.execute(
            "SELECT desk, kind FROM office.events WHERE case_uid = %s ORDER BY desk, seq", (saved.uid,)
        ).fetchall()
    assert kinds == [("A", "case_created"), ("A", "case_changed"), ("B", "case_changed")]


def test_a_change_that_arrives_before_its_case_waits_for_it(office: Office, tmp_path: Path) -> None:
    # Desk C pulls desk B before desk Z: B's move on Z's case arrives before Z's case itself.
    z = make_office_desk(office, tmp_path, "Z")
    b = make_office_desk(office, tmp_path, "B")
    c = make_office_desk(office, tmp_path, "C")
    saved = z.desk.cases.create_case(draft())
    z.sync.sync_once()
    b.sync.sync_once()
    b.desk.handling.classify(saved.uid, OURS)
    b.sync.sync_once()
    c.sync.sync_once()
    assert _status(c.desk, saved.uid) == _status(b.desk, saved.uid)
    db = c.desk.ctx.require()[1]
    assert db.scalar("SELECT count(*) FROM office_inbox WHERE applied = 0") == 0


def office_server_conn(office: Office):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(office.cluster.admin_dsn(office.dbname))


def test_a_supervisor_keeps_one_version_and_every_desk_follows(office: Office, tmp_path: Path) -> None:
    from tests.factories import SUPERVISOR

    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    c = make_office_desk(office, tmp_path, "C")
    saved = a.desk.cases.create_case(draft())
    for d in (a, b, c):
        d.sync.sync_once()
    a.desk.handling.classify(saved.uid, OURS)
    b.desk.handling.classify(
        saved.uid,
        Classification(CaseKind.COMPLAINT, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS),
    )
    a.sync.sync_once()
    b.sync.sync_once()
    a.sync.sync_once()  # A and B now both hold the two moves; C has seen neither
    b.desk.auth.logout()
    b.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    page = b.desk.office_review.conflicts_page()
    assert [r.uid for r in page.rows] == [saved.uid]
    assert page.at_end
    versions = page.rows[0].versions
    assert sorted(v.desk for v in versions) == ["A", "B"]
    kept = next(v for v in versions if v.desk == "A")
    version = b.desk.office_review.resolve_conflict(saved.uid, kept.desk, kept.seq)
    assert b.desk.office_review.conflicts_page().rows == ()
    for d in (b, a, c, a, c):
        d.sync.sync_once()
    for d in (a, b, c):
        db = d.desk.ctx.require()[1]
        assert office_conflicts.conflicts(db) == []
        case = d.desk.cases.get_case(saved.uid)
        assert (case.kind, case.version) == (CaseKind.DENUNCIATION, version)
    # Nothing was overwritten silently: both moves and the decision are in C's inbox and on the server.
    db = c.desk.ctx.require()[1]
    kinds = [
        r["kind"]
        for r in db.query("SELECT kind FROM office_inbox WHERE case_uid = ? ORDER BY at, desk, seq", (saved.uid,))
    ]
    assert sorted(kinds) == sorted(["case_created", "case_changed", "case_changed", "conflict_resolved"])
    audit = [r["action"] for r in b.desk.ctx.require()[1].query("SELECT action FROM audit_log")]
    assert "office_conflict_resolved" in audit
