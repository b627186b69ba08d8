"""Schema migrations keyed by ``PRAGMA user_version``; each runs in one transaction."""

from __future__ import annotations

from reception_app.storage.attestations import SCHEMA as _V10  # issue 16: attestations, certified user keys
from reception_app.storage.database import Database
from reception_app.storage.errors import StorageError
from reception_app.storage.migrations_office_ops import V11 as _V11
from reception_app.storage.migrations_office_ops import V12 as _V12
from reception_app.storage.migrations_office_ops import V13 as _V13

_V1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    username TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    roles TEXT NOT NULL,              -- comma-separated Role values
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;

CREATE TABLE counters (
    name TEXT NOT NULL,
    year INTEGER NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (name, year)
) STRICT;

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    sector TEXT NOT NULL,
    subject TEXT NOT NULL,
    content TEXT NOT NULL,
    accused TEXT NOT NULL DEFAULT '',
    accused_position TEXT NOT NULL DEFAULT '',
    province_code TEXT NOT NULL DEFAULT '',
    ward_code TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    anonymous INTEGER NOT NULL DEFAULT 0,
    group_size INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL,
    decision TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    first_reporter_code TEXT NOT NULL DEFAULT '',
    officer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX cases_kind_id ON cases (kind, id);
CREATE INDEX cases_status_id ON cases (status, id);
CREATE INDEX cases_due_on ON cases (due_on) WHERE due_on IS NOT NULL;

CREATE TABLE reporters (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    reporter_code TEXT NOT NULL UNIQUE,
    sealed_identity BLOB NOT NULL,    -- ARCHITECTURE §4: sealed to the identity public key
    is_representative INTEGER NOT NULL DEFAULT 0,
    id_blind_index BLOB,              -- HMAC of the ID number; filled only by a supervisor session
    PRIMARY KEY (case_id, seq)
) STRICT;
CREATE INDEX reporters_blind ON reporters (id_blind_index) WHERE id_blind_index IS NOT NULL;

CREATE TABLE documents_received (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    pages INTEGER NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
) STRICT;

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    case_uid TEXT,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_case ON audit_log (case_uid) WHERE case_uid IS NOT NULL;
-- Append-only. (Someone holding the DB key can drop these triggers; the hash chain and the signed
-- checkpoints are what detect that.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

CREATE TABLE audit_checkpoints (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    at TEXT NOT NULL,
    signer TEXT NOT NULL,
    signature TEXT NOT NULL
) STRICT;

-- Folded (Vietnamese marks and đ removed) copies of subject, content, accused and number. Never identity.
CREATE VIRTUAL TABLE cases_fts USING fts5 (
    number, subject, content, accused,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# V2: every printed document (receipts, slips, notices, logbook). The number is allocated from ``counters``
# (name "doc:<kind>", per year; per type symbol since V9) in the same transaction that inserts this row.
# Never identity.
_V2 = """
CREATE TABLE documents_issued (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases (id),
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    printed_by TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    copies INTEGER NOT NULL,
    shows_identity INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, year, seq)
) STRICT;
CREATE INDEX documents_issued_case ON documents_issued (case_id, kind) WHERE case_id IS NOT NULL;
"""

# Scanned papers can show handwriting or a signature (ARCHITECTURE §4): sealed like identity, name included.
_V3 = """
CREATE TABLE attachments (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    sealed_blob BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
) STRICT;
"""


# V4: case handling (issue 5) and encrypted intake drafts (issue 3).
# - classification columns on ``cases`` (DOMAIN-VN §2.6), the handling history, open deadlines, the agency
#   directory, transfers with report-back tracking, admin-entered calendar exceptions, the reception logbook
#   (visits) and whistleblower protection. Anything that names a person (protected relatives, retaliation
#   reports) is sealed to the identity key like reporters.
# - ``drafts``: one unsaved intake form per user, AES-GCM under a key only that user's password unwraps.
_V4 = """
ALTER TABLE cases ADD COLUMN admissible TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN inadmissible_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN jurisdiction TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN has_originals INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN body_type TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN repeat_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN remote_area INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN resolved_on TEXT;
CREATE INDEX cases_received_at ON cases (received_at);
CREATE INDEX cases_open_due ON cases (due_on, id) WHERE status IN ('moi', 'da_xu_ly', 'dang_giai_quyet');
CREATE INDEX cases_accused ON cases (accused) WHERE accused != '';
CREATE INDEX cases_ward ON cases (ward_code, id) WHERE ward_code != '';

CREATE TABLE handling_steps (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    action TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    decision_number TEXT NOT NULL DEFAULT '',
    agency_id INTEGER REFERENCES agencies (id)
) STRICT;
CREATE INDEX handling_steps_case ON handling_steps (case_id, id);
CREATE INDEX handling_steps_action_at ON handling_steps (action, at);

CREATE TABLE deadlines (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    rule TEXT NOT NULL,
    started_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    extensions INTEGER NOT NULL DEFAULT 0,
    extension_decision TEXT NOT NULL DEFAULT '',
    closed_on TEXT
) STRICT;
CREATE INDEX deadlines_case ON deadlines (case_id);
CREATE INDEX deadlines_open ON deadlines (due_on) WHERE closed_on IS NULL;

CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    province_code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    seeded INTEGER NOT NULL DEFAULT 0,
    UNIQUE (name, province_code)
) STRICT;

CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    step_id INTEGER NOT NULL REFERENCES handling_steps (id),
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    sent_on TEXT NOT NULL,
    report_due_on TEXT,
    replied_on TEXT,
    reply_note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX transfers_case ON transfers (case_id);
CREATE INDEX transfers_waiting ON transfers (report_due_on) WHERE replied_on IS NULL;

CREATE TABLE calendar_days (
    day TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases (id),
    visited_at TEXT NOT NULL,
    officer TEXT NOT NULL,
    people INTEGER NOT NULL DEFAULT 1,
    is_group INTEGER NOT NULL DEFAULT 0,
    led_by_head INTEGER NOT NULL DEFAULT 0,
    first_time INTEGER NOT NULL DEFAULT 1,
    outcome TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX visits_at ON visits (visited_at);
CREATE INDEX visits_case ON visits (case_id);

CREATE TABLE protection_requests (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    requested_on TEXT NOT NULL,
    sealed_details BLOB NOT NULL,
    measures_requested TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    decision_number TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL
) STRICT;
CREATE INDEX protection_open ON protection_requests (status, id);

CREATE TABLE protection_measures (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES protection_requests (id),
    measure TEXT NOT NULL,
    due_on TEXT,
    done_on TEXT,
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE retaliation_reports (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES protection_requests (id),
    reported_on TEXT NOT NULL,
    sealed_details BLOB NOT NULL,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;

CREATE TABLE drafts (
    username TEXT PRIMARY KEY,
    blob BLOB NOT NULL,
    saved_at TEXT NOT NULL
) STRICT;
"""

# V5 (issue 5, case handling backend): the resolution result (đúng/sai/…; ``cases.decision`` keeps the handling
# decision), the checklist codes of a step (refusal grounds, filing reasons, measures — codes only, never free
# text about people), and explicit "same content" links between cases (the once-only transfer/guidance rules of
# Luật Tố cáo Điều 24.3 look across them). Links are stored in both directions.
_V5 = """
ALTER TABLE cases ADD COLUMN result TEXT NOT NULL DEFAULT '';
ALTER TABLE handling_steps ADD COLUMN codes TEXT NOT NULL DEFAULT '';
CREATE TABLE case_links (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    other_id INTEGER NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (case_id, other_id),
    CHECK (case_id != other_id)
) STRICT;
"""

# V6: a covering index for the periodic statistics (storage/statistics.py). The GROUP BY over a period then
# reads only this index (≈ 80 bytes a case) instead of each case's table row (≈ 2 KB with its content, pages
# SQLCipher must decrypt): at 1,000,000 cases a year's report went from 1.3 s to the figure in bench/README.md.
# Building it on an existing 1,000,000-case database takes a few seconds, once, at the first login after the
# update.
_V6 = """
CREATE INDEX cases_stats ON cases (
    received_at, kind, sector, channel, decision, status, jurisdiction, admissible, group_size, repeat_count,
    due_on, resolved_on
);
"""

# V7 (issue 21, office mode): the outbox every local transaction appends its events to (only once the desk
# has joined an office), the other desks' events applied to this replica (``office_inbox``; its per-desk
# max(seq) is the pull cursor; ``applied`` = 0 while an event waits for the case it changes), document-number
# blocks leased from the server, the desk a case comes from ('' = this desk) and a flag for two edits of a case
# made from the same version (both kept, a supervisor decides). Outbox and inbox are append-only.
_V7 = """
ALTER TABLE cases ADD COLUMN origin_desk TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN office_conflict INTEGER NOT NULL DEFAULT 0;
CREATE TABLE office_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    case_uid TEXT,
    at TEXT NOT NULL,
    payload TEXT NOT NULL
) STRICT;
CREATE TRIGGER office_outbox_no_update BEFORE UPDATE ON office_outbox
BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
CREATE TRIGGER office_outbox_no_delete BEFORE DELETE ON office_outbox
BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
CREATE TABLE office_inbox (
    desk TEXT NOT NULL,
    seq INTEGER NOT NULL,
    event_uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    case_uid TEXT,
    at TEXT NOT NULL,
    payload TEXT NOT NULL,
    applied INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (desk, seq)
) STRICT;
CREATE INDEX office_inbox_waiting ON office_inbox (desk, seq) WHERE applied = 0;
CREATE TRIGGER office_inbox_no_update BEFORE UPDATE OF desk, seq, event_uid, kind, case_uid, at, payload
ON office_inbox BEGIN SELECT RAISE(ABORT, 'inbox is append-only'); END;
CREATE TRIGGER office_inbox_no_delete BEFORE DELETE ON office_inbox
BEGIN SELECT RAISE(ABORT, 'inbox is append-only'); END;
CREATE TABLE office_leases (
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    next INTEGER NOT NULL,
    request_uid TEXT NOT NULL UNIQUE,
    PRIMARY KEY (series, year, first)
) STRICT;
"""

# V8 (issue 20): statistics of any period up to five years within 1 s at 1,000,000 cases. ``stats_month`` is the
# statistics cube (storage/statistics.py) per calendar month of ``received_at``, kept up to date by triggers on
# ``cases`` in the same transaction as every insert, update or delete, so a full month of a report reads a few
# hundred cube rows instead of ~17,000 index entries. Timeliness depends on "today" only for open cases, so the
# cube keeps ``fate`` (resolved on time / late, open, ended) and, for open cases only, the *month* of their due
# date (``due_on`` column): due before this month = overdue, after = in time; the open cases due this month are
# counted from the table through the ``cases_due_on`` index (storage/statistics.py). A due *day* in the key
# made one cube row per open case. The literals below are frozen with this migration (CaseStatus codes of
# OPEN_STATUSES 'moi', 'da_xu_ly', 'dang_giai_quyet'; GROUP_MIN_PEOPLE = 5): if either ever changes, a new
# migration must drop and rebuild the table and its triggers. The backfill reads the covering ``cases_stats``
# index once (≈ the time of a five-year report before this migration, at the first login after the update);
# ``visits_stats`` makes the visits part of the report index-only too.
_V8_KEY = """substr({r}.received_at, 1, 7), {r}.kind, {r}.sector, {r}.channel, {r}.decision, {r}.status,
    {r}.jurisdiction, {r}.admissible, {r}.group_size >= 5, {r}.repeat_count > 0,
    CASE WHEN {r}.resolved_on IS NOT NULL AND {r}.resolved_on != '' THEN
           CASE WHEN {r}.due_on IS NULL OR substr({r}.resolved_on, 1, 10) <= {r}.due_on THEN 'on_time' ELSE 'late' END
         WHEN {r}.status IN ('moi', 'da_xu_ly', 'dang_giai_quyet') THEN 'open' ELSE 'ended' END,
    CASE WHEN ({r}.resolved_on IS NULL OR {r}.resolved_on = '') AND {r}.status IN ('moi', 'da_xu_ly', 'dang_giai_quyet')
         THEN coalesce(substr({r}.due_on, 1, 7), '') ELSE '' END"""
_V8_COLS = "month, kind, sector, channel, decision, status, jurisdiction, admissible, grp, rep, fate, due_on"
_V8_MATCH = "(" + _V8_COLS + ") = (" + _V8_KEY.format(r="OLD") + ")"
_V8 = f"""
CREATE TABLE stats_month (
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    sector TEXT NOT NULL,
    channel TEXT NOT NULL,
    decision TEXT NOT NULL,
    status TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    admissible TEXT NOT NULL,
    grp INTEGER NOT NULL,
    rep INTEGER NOT NULL,
    fate TEXT NOT NULL,
    due_on TEXT NOT NULL,
    cases INTEGER NOT NULL,
    people INTEGER NOT NULL,
    PRIMARY KEY ({_V8_COLS})
) STRICT, WITHOUT ROWID;
CREATE INDEX visits_stats ON visits (visited_at, led_by_head, first_time, people, is_group, case_id);
INSERT INTO stats_month ({_V8_COLS}, cases, people)
SELECT {_V8_KEY.format(r="c")}, count(*), coalesce(sum(c.group_size), 0)
FROM cases c INDEXED BY cases_stats
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
CREATE TRIGGER stats_month_insert AFTER INSERT ON cases BEGIN
    INSERT INTO stats_month ({_V8_COLS}, cases, people) VALUES ({_V8_KEY.format(r="NEW")}, 1, NEW.group_size)
    ON CONFLICT DO UPDATE SET cases = cases + 1, people = people + excluded.people;
END;
CREATE TRIGGER stats_month_delete AFTER DELETE ON cases BEGIN
    UPDATE stats_month SET cases = cases - 1, people = people - OLD.group_size WHERE {_V8_MATCH};
    DELETE FROM stats_month WHERE cases <= 0 AND {_V8_MATCH};
END;
CREATE TRIGGER stats_month_update AFTER UPDATE OF received_at, kind, sector, channel, decision, status,
    jurisdiction, admissible, group_size, repeat_count, due_on, resolved_on ON cases BEGIN
    UPDATE stats_month SET cases = cases - 1, people = people - OLD.group_size WHERE {_V8_MATCH};
    DELETE FROM stats_month WHERE cases <= 0 AND {_V8_MATCH};
    INSERT INTO stats_month ({_V8_COLS}, cases, people) VALUES ({_V8_KEY.format(r="NEW")}, 1, NEW.group_size)
    ON CONFLICT DO UPDATE SET cases = cases + 1, people = people + excluded.people;
END;
"""

# V9: a document number is unique per agency, year and type of document (NĐ 30/2020), not per document kind:
# ``series`` is the type symbol the document printed ("TB"; '' for a paper without a number, the 07-TCD request),
# and numbers are allocated from the counter "doc:<symbol>" (storage/documents.py). The table is rebuilt without
# UNIQUE (kind, year, seq) (two symbols of one kind may now share a seq) and with an index for the highest seq
# printed per symbol and year. Rows printed before V9 get the symbol read from their number as printed
# ("01/TB-TTr": between the first "/" and the next "-", the bundled number_format), so the first number of a
# symbol continues after every number any kind printed under it that year.
_V9_SYMBOL = "substr(number, instr(number, '/') + 1, instr(substr(number, instr(number, '/') + 1), '-') - 1)"
_V9 = f"""
CREATE TABLE documents_issued_v9 (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases (id),
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    printed_by TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    copies INTEGER NOT NULL,
    shows_identity INTEGER NOT NULL DEFAULT 0,
    series TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO documents_issued_v9 (id, case_id, kind, year, seq, number, printed_by, printed_at, copies,
    shows_identity, series)
SELECT id, case_id, kind, year, seq, number, printed_by, printed_at, copies, shows_identity,
    CASE WHEN instr(number, '/') > 0 AND instr(substr(number, instr(number, '/') + 1), '-') > 1
         THEN {_V9_SYMBOL} ELSE '' END
FROM documents_issued ORDER BY id;
DROP TABLE documents_issued;
ALTER TABLE documents_issued_v9 RENAME TO documents_issued;
CREATE INDEX documents_issued_case ON documents_issued (case_id, kind) WHERE case_id IS NOT NULL;
CREATE INDEX documents_issued_series ON documents_issued (series, year, seq);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12, _V13)
LATEST = len(MIGRATIONS)


class SchemaTooNew(StorageError):
    def __init__(self) -> None:
        super().__init__("Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của phần mềm; hãy cập nhật phần mềm.")


def migrate(db: Database) -> int:
    """Bring the schema to ``LATEST``. Each step and its version bump commit together."""
    current = int(db.scalar("PRAGMA user_version"))
    if current > LATEST:
        raise SchemaTooNew()
    for version in range(current, LATEST):
        with db.atomic():
            for statement in _split(MIGRATIONS[version]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")
    return LATEST


def _split(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buf: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if (in_trigger and upper.endswith("END;")) or (not in_trigger and stripped.endswith(";")):
            statements.append("\n".join(buf))
            buf = []
            in_trigger = False
    return statements
