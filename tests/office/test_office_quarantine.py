"""An event a desk cannot open or apply is put aside: the pull goes on, its case waits, a supervisor retries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from reception_app.models.enums import Admissibility, CaseKind, Jurisdiction
from reception_app.models.handling import Classification
from reception_app.services.context import PermissionDenied
from reception_app.storage import office_quarantine
from reception_app.storage.database import Database
from tests.factories import SUPERVISOR, draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk

OURS = Classification(CaseKind.DENUNCIATION, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)


def _db(d: OfficeDesk) -> Database:
    return d.desk.ctx.require()[1]


def _server(office: Office) -> psycopg.Connection[Any]:
    return psycopg.connect(office.cluster.admin_dsn(office.dbname), autocommit=True)


def _event_seq(office: Office, desk: str, case_uid: str, kind: str, nth: int = 0) -> int:
    with _server(office) as conn:
        rows = conn.execute(
            "SELECT seq FROM office.events WHERE desk = %s AND case_uid = %s AND kind = %s ORDER BY seq",
            (desk, case_uid, kind),
        ).fetchall()
    return int(rows[nth][0])


def _corrupt_secret(office: Office, desk: str, seq: int) -> bytes:
    """Flip one byte of the ciphertext on the server (as its superuser); returns the original."""
    with _server(office) as conn:
        row = conn.execute("SELECT secret FROM office.events WHERE desk = %s AND seq = %s", (desk, seq)).fetchone()
        assert row is not None
        original = bytes(row[0])
        damaged = bytearray(original)
        damaged[-1] ^= 0x01
        conn.execute("UPDATE office.events SET secret = %s WHERE desk = %s AND seq = %s", (bytes(damaged), desk, seq))
    return original


def _restore_secret(office: Office, desk: str, seq: int, original: bytes) -> None:
    with _server(office) as conn:
        conn.execute("UPDATE office.events SET secret = %s WHERE desk = %s AND seq = %s", (original, desk, seq))


def _server_case_events(office: Office, desk: str) -> int:
    with _server(office) as conn:
        row = conn.execute(
            "SELECT count(*) FROM office.events WHERE desk = %s AND kind != 'audit_anchor'", (desk,)
        ).fetchone()
    assert row is not None
    return int(row[0])


def _retry_as_supervisor(d: OfficeDesk) -> int:
    d.desk.auth.logout()
    d.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    try:
        return d.desk.office_review.retry_quarantined()
    finally:
        d.login_officer()


def test_a_damaged_event_does_not_stop_the_later_ones_and_a_retry_applies_it(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    first = a.desk.cases.create_case(draft())
    bad = a.desk.cases.create_case(draft())
    a.sync.sync_once()
    later = a.desk.cases.create_case(draft())
    a.sync.sync_once()
    seq = _event_seq(office, "A", bad.uid, "case_created")
    original = _corrupt_secret(office, "A", seq)

    report = b.sync.sync_once()  # one round: the damaged event is put aside at once (AEAD failure)
    assert report.online
    assert report.pulled == 2
    assert b.desk.cases.get_case(first.uid).uid == first.uid
    assert b.desk.cases.get_case(later.uid).uid == later.uid  # A's later, independent event arrived
    assert [(q.desk, q.seq, q.error, q.state) for q in office_quarantine.listing(_db(b))] == [
        ("A", seq, "decrypt", "quarantined")
    ]
    assert b.sync.status().quarantined == 1
    audit = [e for e in b.desk.ctx.require()[1].query("SELECT action, details FROM audit_log")]
    assert any(r["action"] == "office_event_quarantined" and '"outcome": "decrypt"' in r["details"] for r in audit)
    stored = _db(b).query_one("SELECT * FROM office_quarantine")
    assert stored is not None
    assert set(stored.keys()) >= {"desk", "seq", "event_uid", "error"}
    assert "payload" not in set(stored.keys())  # nothing decrypted is kept

    assert b.sync.sync_once().pulled == 0  # retried only when a supervisor asks
    with pytest.raises(PermissionDenied):
        b.desk.office_review.retry_quarantined()  # an officer may not
    _restore_secret(office, "A", seq, original)  # the server's copy repaired (e.g. restored from a backup)
    assert _retry_as_supervisor(b) == 1
    assert b.sync.sync_once().pulled == 1
    assert b.desk.cases.get_case(bad.uid).uid == bad.uid
    assert b.sync.status().quarantined == 0
    # Nothing lost: every case event A holds on the server is in B's inbox, applied.
    inbox = _db(b).scalar("SELECT count(*) FROM office_inbox WHERE desk = 'A' AND kind != 'audit_anchor' AND applied")
    assert inbox == _server_case_events(office, "A") == 3


def test_a_malformed_event_is_retried_a_few_rounds_then_put_aside(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    bad = a.desk.cases.create_case(draft())
    later = a.desk.cases.create_case(draft())
    a.sync.sync_once()
    seq = _event_seq(office, "A", bad.uid, "case_created")
    with _server(office) as conn:  # it decrypts, but its codes lack the case uid: applying it fails
        conn.execute("UPDATE office.events SET codes = codes - 'uid' WHERE desk = 'A' AND seq = %s", (seq,))
    for _ in range(office_quarantine.MAX_ATTEMPTS - 1):
        b.sync.sync_once()
        assert _db(b).scalar("SELECT count(*) FROM cases WHERE uid = ?", (later.uid,)) == 0  # held at the event
        assert b.sync.status().quarantined == 0
    b.sync.sync_once()  # the last attempt: put aside, the pull moves on
    assert _db(b).scalar("SELECT count(*) FROM cases WHERE uid = ?", (later.uid,)) == 1
    assert [(q.seq, q.error, q.attempts) for q in office_quarantine.listing(_db(b))] == [
        (seq, "malformed", office_quarantine.MAX_ATTEMPTS)
    ]
    with _server(office) as conn:
        conn.execute(
            "UPDATE office.events SET codes = codes || %s::jsonb WHERE desk = 'A' AND seq = %s",
            (f'{{"uid": "{bad.uid}"}}', seq),
        )
    assert _retry_as_supervisor(b) == 1
    b.sync.sync_once()
    assert _db(b).scalar("SELECT count(*) FROM cases WHERE uid = ?", (bad.uid,)) == 1
    assert office_quarantine.count(_db(b)) == 0


def test_later_events_of_the_same_case_wait_for_the_one_put_aside(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    saved = a.desk.cases.create_case(draft())
    a.sync.sync_once()
    b.sync.sync_once()
    a.desk.handling.classify(saved.uid, OURS)
    a.desk.handling.record_visit(saved.uid, note="Công dân quay lại")  # a new fact of the same case
    a.sync.sync_once()
    seq = _event_seq(office, "A", saved.uid, "case_changed")
    original = _corrupt_secret(office, "A", seq)
    b.sync.sync_once()
    assert office_quarantine.count(_db(b)) == 1
    # The visit decrypts and could be applied, but its case has an event put aside: it waits, visibly.
    assert len(b.desk.handling.visits(saved.uid)) == 1
    assert _db(b).scalar("SELECT count(*) FROM office_inbox WHERE applied = 0 AND kind = 'visit_added'") == 1
    _restore_secret(office, "A", seq, original)
    _retry_as_supervisor(b)
    b.sync.sync_once()
    assert b.desk.cases.get_case(saved.uid).status == a.desk.cases.get_case(saved.uid).status
    assert len(b.desk.handling.visits(saved.uid)) == 2
    assert _db(b).scalar("SELECT count(*) FROM office_inbox WHERE applied = 0") == 0
