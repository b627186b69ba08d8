"""Document numbers are unique per agency, year and type of document (NĐ 30/2020): every kind that prints the same
type symbol ("TB", "HD", "QĐ") takes its number from one series, and the switch from the old per-kind series
repeats no number already printed (a real SQLCipher database holding per-kind numbers, upgraded at login)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from reception_app.models.clock import ManualClock
from reception_app.models.enums import CaseKind, Channel, Relation
from reception_app.models.handling import Admissibility, Classification, Jurisdiction
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.printing.notices import ResultOutcome
from reception_app.services import Desk
from reception_app.storage.migrations import LATEST
from tests.factories import OFFICER, SUPERVISOR, draft, set_up_world

BODY = "UBND huyện Ea Kar"


class Clock(ManualClock):
    """20 November 2026, 17:00 office time."""

    def __init__(self) -> None:
        super().__init__(datetime(2026, 11, 20, 10, 0, tzinfo=UTC))


def _desk(data_dir: Path, clock: Clock) -> Desk:
    world = set_up_world(data_dir, clock=clock)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    return world.desk


def _as(desk: Desk, user: object) -> None:
    desk.auth.logout()
    desk.auth.login(user.username, user.password)  # type: ignore[attr-defined]


def _accepted(desk: Desk, **changes: object) -> str:
    uid = desk.cases.create_case(draft(**changes)).uid  # type: ignore[arg-type]
    kind = changes.get("kind", CaseKind.DENUNCIATION)
    ours = Classification(kind, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)  # type: ignore[arg-type]
    desk.handling.classify(uid, ours)
    _as(desk, SUPERVISOR)
    desk.handling.accept(uid, decision_number="05/QĐ-TTr")
    _as(desk, OFFICER)
    return uid


def _series_rows(desk: Desk) -> list[tuple[str, str, int, int, str]]:
    _, db, _ = desk.ctx.require()
    rows = db.query("SELECT kind, series, year, seq, number FROM documents_issued ORDER BY id")
    return [(str(r["kind"]), str(r["series"]), int(r["year"]), int(r["seq"]), str(r["number"])) for r in rows]


def test_kinds_sharing_a_symbol_share_one_series_per_year(data_dir: Path) -> None:
    clock = Clock()
    desk = _desk(data_dir, clock)
    mailed = desk.cases.create_case(draft(kind=CaseKind.PETITION, channel=Channel.POST)).uid
    accepted = _accepted(desk)
    # Four kinds print "TB": each takes the next number of the one TB series.
    assert desk.documents.issue_result_notice(mailed, ResultOutcome.TRANSFERRED, body=BODY).number == "01/TB-TTr"
    assert desk.documents.issue_transfer_notice(mailed, BODY).number == "02/TB-TTr"
    assert desk.letters.issue_acceptance_notice(accepted).number == "03/TB-TTr"
    assert desk.documents.issue_result_notice(accepted, ResultOutcome.ACCEPTED).number == "04/TB-TTr"
    # The guidance slip and 07-XLĐ both print "HD"; other symbols keep their own series.
    assert desk.documents.issue_guidance_slip(accepted, "Tòa án nhân dân huyện").number == "01/HD-TTr"
    parts = [("Nội dung đất đai", "UBND huyện Ea Kar")]
    assert desk.letters.issue_multi_content_guidance(accepted, parts).number == "02/HD-TTr"
    assert desk.documents.issue_transfer_slip(mailed, BODY).number == "01/PC-TTr"
    # Both decisions print "QĐ".
    _as(desk, SUPERVISOR)
    assert desk.letters.issue_acceptance_decision(accepted).number == "01/QĐ-TTr"
    _as(desk, OFFICER)
    # A new year restarts every symbol at 01.
    clock.set_wall(datetime(2027, 1, 5, 9, 0, tzinfo=UTC))
    assert desk.documents.issue_transfer_notice(mailed, BODY).number == "01/TB-TTr"
    assert desk.letters.issue_acceptance_notice(accepted).number == "02/TB-TTr"
    assert desk.letters.issue_multi_content_guidance(accepted, parts).number == "01/HD-TTr"
    rows = _series_rows(desk)
    assert [(k, s, y, q) for k, s, y, q, _ in rows if s == "TB"] == [
        ("result_notice", "TB", 2026, 1),
        ("transfer_notice", "TB", 2026, 2),
        ("acceptance_notice", "TB", 2026, 3),
        ("result_notice", "TB", 2026, 4),
        ("transfer_notice", "TB", 2027, 1),
        ("acceptance_notice", "TB", 2027, 2),
    ]
    numbers = [(y, n) for _, s, y, _, n in rows]
    assert len(numbers) == len(set(numbers)), "a number printed twice in one year"


def test_the_protection_request_stays_without_a_number_and_takes_none_from_a_series(data_dir: Path) -> None:
    desk = _desk(data_dir, Clock())
    uid = desk.cases.create_case(draft()).uid
    details = ProtectionDetails(
        persons=(ProtectedPerson("Qvrelative Canarywife", Relation.CHILD),), reasons="Bị đe dọa."
    )
    rid = desk.protection.request(uid, details, measures=("bao_mat_thong_tin",), requested_on=date(2026, 11, 18))
    assert desk.letters.issue_protection_request(rid).number == ""
    assert desk.letters.issue_protection_request(rid).number == ""
    assert [(k, s, n) for k, s, _, _, n in _series_rows(desk)] == [
        ("protection_request", "", ""),
        ("protection_request", "", ""),
    ]
    mailed = desk.cases.create_case(draft(kind=CaseKind.PETITION, channel=Channel.POST)).uid
    assert desk.documents.issue_transfer_notice(mailed, BODY).number == "01/TB-TTr"


# The register as schema V2–V8 made it: one series per document kind (UNIQUE (kind, year, seq)).
_V8_REGISTER = """
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
) STRICT
"""

# What the per-kind numbering printed before the change: result and transfer notices both up to TB 03 in
# 2026 (so "02/TB-TTr" and "03/TB-TTr" were printed twice), one thụ lý notice, a 07-TCD request (no number,
# its own register sequence) and last year's TB 09 (another year: it does not carry over).
_PRINTED_BEFORE = [
    ("result_notice", 2026, 1, "01/TB-TTr"),
    ("result_notice", 2026, 2, "02/TB-TTr"),
    ("transfer_notice", 2026, 1, "01/TB-TTr"),
    ("transfer_notice", 2026, 2, "02/TB-TTr"),
    ("transfer_notice", 2026, 3, "03/TB-TTr"),
    ("acceptance_notice", 2026, 1, "01/TB-TTr"),
    ("protection_request", 2026, 1, ""),
    ("guidance_slip", 2026, 1, "01/HD-TTr"),
    ("result_notice", 2025, 9, "09/TB-TTr"),
]


def _make_it_a_v8_database(desk: Desk, case_id: int) -> None:
    _, db, _ = desk.ctx.require()
    with db.atomic():
        db.execute("DROP TABLE documents_issued")
        db.execute(_V8_REGISTER)
        db.execute("CREATE INDEX documents_issued_case ON documents_issued (case_id, kind) WHERE case_id IS NOT NULL")
        db.execute("DELETE FROM counters WHERE name LIKE 'doc:%'")
        for kind, year, seq, number in _PRINTED_BEFORE:
            db.execute(
                "INSERT INTO documents_issued (case_id, kind, year, seq, number, printed_by, printed_at, copies)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                (case_id, kind, year, seq, number, OFFICER.username, f"{year}-06-01T09:00:00+07:00"),
            )
            db.execute(
                "INSERT INTO counters (name, year, value) VALUES (?, ?, ?)"
                " ON CONFLICT (name, year) DO UPDATE SET value = max(value, excluded.value)",
                (f"doc:{kind}", year, seq),
            )
        db.execute("DROP INDEX protection_office_conflict")  # V13 (office mode) undone too
        for column in ("office_version", "office_version_desk", "office_conflict"):
            db.execute(f"ALTER TABLE protection_requests DROP COLUMN {column}")
        for table in ("protection_requests", "retaliation_reports"):  # V12 (office mode) undone too
            db.execute(f"ALTER TABLE {table} DROP COLUMN office_ref")
        db.execute("PRAGMA user_version = 8")


def test_the_switch_from_per_kind_series_repeats_no_printed_number(data_dir: Path) -> None:
    clock = Clock()
    desk = _desk(data_dir, clock)
    mailed = desk.cases.create_case(draft(kind=CaseKind.PETITION, channel=Channel.POST)).uid
    accepted = _accepted(desk)
    _, db, _ = desk.ctx.require()
    case_id = int(db.scalar("SELECT id FROM cases WHERE uid = ?", (mailed,)))
    _make_it_a_v8_database(desk, case_id)
    desk.auth.logout()
    desk.auth.login(OFFICER.username, OFFICER.password)  # the upgrade runs at login
    _, db, _ = desk.ctx.require()
    assert db.scalar("PRAGMA user_version") == LATEST
    before = _series_rows(desk)
    assert [(k, s, y, q) for k, s, y, q, _ in before] == [
        (k, n.split("/")[1].split("-")[0] if n else "", y, q) for k, y, q, n in _PRINTED_BEFORE
    ]
    # TB 2026: the highest printed by any kind is 03 (transfer notices): every kind continues at 04.
    assert desk.letters.issue_acceptance_notice(accepted).number == "04/TB-TTr"
    assert desk.documents.issue_result_notice(mailed, ResultOutcome.TRANSFERRED, body=BODY).number == "05/TB-TTr"
    assert desk.documents.issue_transfer_notice(mailed, BODY).number == "06/TB-TTr"
    assert desk.documents.issue_guidance_slip(accepted, "Tòa án nhân dân huyện").number == "02/HD-TTr"
    assert desk.documents.issue_transfer_slip(mailed, BODY).number == "01/PC-TTr"
    printed_after = {n for _, _, y, _, n in _series_rows(desk)[len(_PRINTED_BEFORE) :] if y == 2026}
    assert not printed_after & {n for _, y, _, n in _PRINTED_BEFORE if y == 2026}
    # The next year starts again at 01 (last year's TB 09 does not carry over into it, nor 2026's into 2027).
    clock.set_wall(datetime(2027, 1, 5, 9, 0, tzinfo=UTC))
    assert desk.documents.issue_transfer_notice(mailed, BODY).number == "01/TB-TTr"


def test_office_series_are_the_symbols_of_every_rule_set_with_an_admin_loaded_one() -> None:
    from reception_app.models.rulesets import ADMIN, candidate, parse_ruleset
    from reception_app.services.numbering import office_series

    bundled = office_series()
    assert {"doc:TB", "doc:HD", "doc:QĐ"} <= set(bundled)
    assert not any(name.removeprefix("doc:").islower() for name in bundled)  # no per-kind series leased any more
    assert set(bundled["doc:TB"]) == {
        "doc:acceptance_notice",
        "doc:refusal_notice",
        "doc:rejection_notice",
        "doc:result_notice",
        "doc:transfer_notice",
    }
    assert "doc:protection_request" not in {k for kinds in bundled.values() for k in kinds}  # no number: no series
    raw = {
        "format": 1,
        "key": "test-2027",
        "name": "Bộ thử: thông báo kết quả ký hiệu TBKQ",
        "source": "thử nghiệm",
        "tag": "M",
        "effective_from": "2027-01-01",
        "templates": {"documents": {"result_notice": {"type_symbol": "TBKQ"}}},
    }
    with_admin = office_series(candidate(parse_ruleset(raw, origin=ADMIN)))
    assert with_admin["doc:TBKQ"] == ("doc:result_notice",)
    assert "doc:result_notice" in with_admin["doc:TB"]  # the older sets still print TB for their cases
