"""No identity in clear on an office desk either: data folders, decrypted databases (outbox, inbox), server."""

from __future__ import annotations

from pathlib import Path

from reception_app.models.enums import Channel, Relation
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from tests.factories import CANARY_ADDRESS, CANARY_NAME, CANARY_PHONE, draft
from tests.office.conftest import Office, make_office_desk
from tests.office.test_office_handling import OURS
from tests.office.test_office_kinds import REASON_CANARY, SCAN
from tests.services.test_canary import _needles, _plaintext_export, _scan


def test_office_desks_and_server_hold_no_identity_in_clear(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    saved = a.desk.cases.create_case(draft(reporters=2))
    a.desk.handling.classify(saved.uid, OURS)
    a.desk.handling.record_visit(saved.uid, note="Quay lại")
    # the kinds added later: a transfer, a link, a print, a file named after the reporter, a protection request
    mailed = a.desk.cases.create_case(draft(channel=Channel.POST))
    a.desk.handling.transfer(mailed.uid, agency_id=a.desk.agencies.list()[0].id, reason=REASON_CANARY)
    a.desk.handling.link_same_content(mailed.uid, saved.uid)
    a.desk.documents.issue_receipt(saved.uid)
    a.desk.attachments.add(saved.uid, f"đơn của {CANARY_NAME}.pdf", SCAN)
    person = ProtectedPerson(CANARY_NAME, Relation.DENOUNCER, CANARY_ADDRESS, CANARY_PHONE)
    a.desk.protection.request(saved.uid, ProtectionDetails((person,), f"Bị đe dọa tại {CANARY_ADDRESS}"))
    a.sync.sync_once()
    assert b.sync.sync_once().pulled == 10
    for d in (a, b):
        db = d.desk.ctx.require()[1]
        cases = "kind != 'audit_anchor'"
        outbox = db.scalar(f"SELECT count(*) FROM office_outbox WHERE {cases}")
        assert outbox + db.scalar(f"SELECT count(*) FROM office_inbox WHERE {cases}") == 10
        assert _scan(d.world.data_dir) == []
        export = tmp_path / f"plain_{d.code}"
        export.mkdir()
        d.sync.close()
        d.desk.auth.logout()
        _plaintext_export(d.world, export / "plain.db")
        assert _scan(export) == []
    dump = office.cluster.pg_dump(office.dbname).encode()
    assert [n for n in _needles() if n in dump] == []
    for free_text in (REASON_CANARY, "Canaryreason", "handwriting-canary-stroke"):
        assert free_text.encode() not in dump
    assert saved.uid.encode() in dump
