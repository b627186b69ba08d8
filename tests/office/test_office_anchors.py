"""Each desk's audit chain is anchored in the office log: a rewrite of anchored history is seen."""

from __future__ import annotations

from pathlib import Path

from reception_app.storage import office as office_repo
from reception_app.storage.audit import AuditLog
from tests.factories import draft
from tests.office.conftest import Office, make_office_desk


def test_audit_heads_travel_and_a_rewrite_is_detected(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    a.desk.cases.create_case(draft())
    a.sync.sync_once()
    b.sync.sync_once()
    db_a = a.desk.ctx.require()[1]
    head = AuditLog(db_a).head()
    assert office_repo.anchors_of(b.desk.ctx.require()[1], "A")[-1] == head
    assert office_repo.verify_own_anchors(db_a) is None
    a.sync.sync_once()
    assert office_repo.anchors_of(b.desk.ctx.require()[1], "A")[-1] == head  # no new anchor without new entries
    # An insider with the DB key drops the trigger and rewrites an anchored entry.
    db_a.execute("DROP TRIGGER audit_log_no_update")
    db_a.execute("UPDATE audit_log SET hash = 'forged' WHERE seq = ?", (head[0],))
    assert office_repo.verify_own_anchors(db_a) == head[0]
