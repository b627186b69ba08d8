"""Desk migration V11 (issue 21, office mode): events a desk could not open or apply, kept aside.

``office_quarantine`` holds, per (desk, seq) of another desk's event, only what the server already shows in
clear (event uid, kind, case uid, time) and the kind of error: never the decrypted text. ``state`` is
``failing`` while an apply error is retried (the pull stays at that event), ``quarantined`` once the desk
moved past it (the pull cursor counts it, later events of the *same case* wait), ``retry`` when a supervisor
asked for another attempt, ``resolved`` once it applied.
"""

from __future__ import annotations

V11 = """
CREATE TABLE IF NOT EXISTS office_quarantine (
    desk TEXT NOT NULL,
    seq INTEGER NOT NULL,
    event_uid TEXT NOT NULL,
    kind TEXT NOT NULL,
    case_uid TEXT,
    at TEXT NOT NULL,
    error TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL CHECK (state IN ('failing', 'quarantined', 'retry', 'resolved')),
    first_failed_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (desk, seq)
) STRICT;
CREATE INDEX IF NOT EXISTS office_quarantine_case ON office_quarantine (case_uid) WHERE state != 'resolved';
"""

# V12 (issue 21): which desk printed a document of the office register ('' = this desk); where another desk's
# protection request or retaliation report came from ("A:12": its sealed parts stay bound to the origin's ids).
V12 = """
ALTER TABLE documents_issued ADD COLUMN origin_desk TEXT NOT NULL DEFAULT '';
ALTER TABLE protection_requests ADD COLUMN office_ref TEXT NOT NULL DEFAULT '';
ALTER TABLE retaliation_reports ADD COLUMN office_ref TEXT NOT NULL DEFAULT '';
"""

# V13 (issue 21): a protection request's version (as cases have), which desk made the version held here, and
# the flag a supervisor resolves when two desks changed the request from the same version.
V13 = """
ALTER TABLE protection_requests ADD COLUMN office_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE protection_requests ADD COLUMN office_version_desk TEXT NOT NULL DEFAULT '';
ALTER TABLE protection_requests ADD COLUMN office_conflict INTEGER NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS protection_office_conflict ON protection_requests (case_id) WHERE office_conflict = 1;
"""
