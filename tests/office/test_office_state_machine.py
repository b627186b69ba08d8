"""Hypothesis state machine: intake, printing, handling, transfers, links, attachments, protection requests and
their decisions, outages and syncs on 3 desks of one office.

After every run: all replicas equal (cases, links, the printed-document register, attachments and transfers of
cases not flagged, protection requests flagged or not), document numbers unique per series and year, the pg_dump
of the server holds no canary identity, canary free text or canary agency name. ``make test`` runs a short
search (OFFICE_EXAMPLES=3); ``make office-long`` runs a longer one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from reception_app.models.enums import (
    Admissibility,
    AgencyKind,
    CaseKind,
    Channel,
    Jurisdiction,
    ProtectionStatus,
    Relation,
)
from reception_app.models.errors import KnownError
from reception_app.models.handling import Classification
from reception_app.models.protection import ProtectedPerson, ProtectionDetails
from reception_app.storage import office_conflicts
from tests.factories import ADMIN, CANARY_ADDRESS, CANARY_ID, CANARY_NAME, CANARY_PHONE, SUPERVISOR, draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk, new_office
from tests.office.pg import PgCluster

EXAMPLES = int(os.environ.get("OFFICE_EXAMPLES", "3"))
STEPS = int(os.environ.get("OFFICE_STEPS", "14"))
CANARY_TEXT = "Xqvwz Canaryfree nội dung"
CANARY_AGENCY = "Thanh tra Sở Qzvbnm Canaryagency"
SCAN = b"%PDF-1.4\n" + b"handwriting-canary-stroke " * 50 + b"\n%%EOF"
DESKS = ("C", "A", "B")  # desk C sorts last: its moves on A's cases can arrive before A's events
PROTECT = ProtectionDetails((ProtectedPerson(CANARY_NAME, Relation.CHILD),), CANARY_TEXT)
OURS = Classification(CaseKind.DENUNCIATION, admissible=Admissibility.ADMISSIBLE, jurisdiction=Jurisdiction.OURS)


def _replica(d: OfficeDesk) -> set[tuple[str, str, str, str]]:
    db = d.desk.ctx.require()[1]
    rows = db.query("SELECT uid, number, subject, content FROM cases")
    return {(r["uid"], r["number"], r["subject"], r["content"]) for r in rows}


def _states(d: OfficeDesk, skip: set[str]) -> set[tuple[str, str, int, int]]:
    """Status, version and handling steps of every case not flagged as a conflict."""
    db = d.desk.ctx.require()[1]
    rows = db.query(
        "SELECT uid, status, version, (SELECT count(*) FROM handling_steps h WHERE h.case_id = cases.id) AS steps"
        " FROM cases"
    )
    return {(r["uid"], r["status"], r["version"], r["steps"]) for r in rows if r["uid"] not in skip}


def _numbers(d: OfficeDesk) -> list[tuple[str, int, int]]:
    db = d.desk.ctx.require()[1]
    rows = db.query("SELECT kind, year, seq FROM documents_issued WHERE origin_desk = ''")  # this desk's prints
    return [(r["kind"], r["year"], r["seq"]) for r in rows]


def _printed(d: OfficeDesk) -> list[tuple[str, int, int]]:
    """Numbers as printed: unique per type symbol and year (NĐ 30/2020), whichever kind printed them."""
    rows = d.desk.ctx.require()[1].query(
        "SELECT series, year, seq FROM documents_issued WHERE series != '' AND origin_desk = ''"
    )
    return [(r["series"], r["year"], r["seq"]) for r in rows]


def _uids(d: OfficeDesk) -> list[str]:
    return sorted(r["uid"] for r in d.desk.ctx.require()[1].query("SELECT uid FROM cases"))


def _shared(d: OfficeDesk, skip: set[str]) -> dict[str, set[tuple[object, ...]]]:
    """What every desk must hold alike: links, the register, and files and transfers of cases not flagged."""
    db = d.desk.ctx.require()[1]
    queries = {
        "links": "SELECT a.uid, b.uid FROM case_links l JOIN cases a ON a.id = l.case_id"
        " JOIN cases b ON b.id = l.other_id",
        "register": "SELECT c.uid, d.kind, d.series, d.year, d.seq, d.number, d.printed_by, d.copies"
        " FROM documents_issued d LEFT JOIN cases c ON c.id = d.case_id",
        "files": "SELECT c.uid, f.seq, f.kind, f.size, f.sealed_blob FROM attachments f"
        " JOIN cases c ON c.id = f.case_id",
        "transfers": "SELECT c.uid, a.name, t.sent_on, t.replied_on, t.report_due_on FROM transfers t"
        " JOIN cases c ON c.id = t.case_id JOIN agencies a ON a.id = t.agency_id",
    }
    out = {name: {tuple(r.values()) for r in db.query(q)} for name, q in queries.items()}
    for name in ("files", "transfers"):
        out[name] = {row for row in out[name] if row[0] not in skip}
    return out


def _protection(d: OfficeDesk) -> list[tuple[object, ...]]:
    """Every protection request as this replica holds it (its local id and reference aside)."""
    db = d.desk.ctx.require()[1]
    rows = db.query(
        "SELECT c.uid, p.requested_on, p.status, p.decision_number, p.office_version, p.office_version_desk,"
        " p.office_conflict, (SELECT group_concat(measure) FROM protection_measures m WHERE m.request_id = p.id),"
        " (SELECT count(*) FROM retaliation_reports r WHERE r.request_id = p.id)"
        " FROM protection_requests p JOIN cases c ON c.id = p.case_id"
    )
    return sorted(tuple(r.values()) for r in rows)


class OfficeMachine(RuleBasedStateMachine):
    pg: PgCluster  # set by the tests below

    @initialize()
    def start(self) -> None:
        if not self.pg.is_running():
            self.pg.start()
        self.tmp = Path(tempfile.mkdtemp(prefix="office_sm_"))
        self.office: Office = new_office(self.pg)
        self.desks = [make_office_desk(self.office, self.tmp, code) for code in DESKS]
        self.own: dict[str, list[str]] = {code: [] for code in DESKS}
        self.printed = 0
        a = self.desks[1]  # desk A's own directory has an agency no other desk knows
        a.desk.auth.logout()
        a.desk.auth.login(ADMIN.username, ADMIN.password)
        a.desk.agencies.add(CANARY_AGENCY, AgencyKind.INSPECTORATE, province_code="66")
        a.login_officer()

    @rule(i=st.sampled_from(range(len(DESKS))), n=st.integers(0, 10_000))
    def intake(self, i: int, n: int) -> None:
        d = self.desks[i]
        channel = Channel.POST if n % 2 else Channel.WALK_IN  # a mailed denunciation may be transferred
        saved = d.desk.cases.create_case(draft(subject=f"Đơn số {n}", content=f"{CANARY_TEXT} {n}", channel=channel))
        self.own[d.code].append(saved.uid)

    @rule(i=st.sampled_from(range(len(DESKS))), k=st.integers(0, 1_000))
    def print_receipt(self, i: int, k: int) -> None:
        d = self.desks[i]
        if self.own[d.code]:
            d.desk.documents.issue_receipt(self.own[d.code][k % len(self.own[d.code])])
            self.printed += 1

    @rule(i=st.sampled_from(range(len(DESKS))), k=st.integers(0, 1_000))
    def transfer(self, i: int, k: int) -> None:
        d = self.desks[i]
        if uids := _uids(d):
            agencies = d.desk.agencies.list()
            agency = next((a for a in agencies if a.name == CANARY_AGENCY), agencies[0])
            with contextlib.suppress(KnownError):  # once per content; not a walk-in denunciation
                d.desk.handling.transfer(uids[k % len(uids)], agency_id=agency.id, reason=CANARY_TEXT)

    @rule(i=st.sampled_from(range(len(DESKS))), k=st.integers(0, 1_000))
    def link(self, i: int, k: int) -> None:
        d = self.desks[i]
        if len(uids := _uids(d)) >= 2:
            pair = (uids[k % len(uids)], uids[(k + 1) % len(uids)])
            with contextlib.suppress(KnownError):  # a move the case's state does not allow
                d.desk.handling.link_same_content(pair[0], pair[1], reason=CANARY_TEXT)

    @rule(i=st.sampled_from(range(len(DESKS))), k=st.integers(0, 1_000))
    def attach(self, i: int, k: int) -> None:
        d = self.desks[i]
        if uids := _uids(d):
            d.desk.attachments.add(uids[k % len(uids)], "scan-canary.pdf", SCAN)

    @rule(i=st.sampled_from(range(len(DESKS))))
    def sync(self, i: int) -> None:
        report = self.desks[i].sync.sync_once()
        assert report.online == self.pg.is_running()

    @rule(i=st.sampled_from(range(len(DESKS))), k=st.integers(0, 1_000))
    def classify(self, i: int, k: int) -> None:
        d = self.desks[i]
        uids = sorted(r["uid"] for r in d.desk.ctx.require()[1].query("SELECT uid FROM cases"))
        if uids:
            with contextlib.suppress(KnownError):  # a move the case's state does not allow
                d.desk.handling.classify(uids[k % len(uids)], OURS)

    @rule(i=st.sampled_from(range(len(DESKS))), k=st.integers(0, 1_000))
    def protect(self, i: int, k: int) -> None:
        d = self.desks[i]
        if uids := _uids(d):
            with contextlib.suppress(KnownError):
                d.desk.protection.request(uids[k % len(uids)], PROTECT, measures=("bao_mat_thong_tin",))

    @rule(i=st.sampled_from(range(len(DESKS))), active=st.booleans())
    def decide(self, i: int, active: bool) -> None:
        """A supervisor decides the newest open request: two desks may decide one request at once."""
        d = self.desks[i]
        d.desk.auth.logout()
        d.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
        try:
            waiting = [p for p in d.desk.protection.open_cases() if p.status is ProtectionStatus.REQUESTED]
            if waiting:
                status = ProtectionStatus.ACTIVE if active else ProtectionStatus.REFUSED
                measures = (("bao_mat_thong_tin", None),) if active else ()
                d.desk.protection.decide(waiting[0].id, status=status, decision_number="7/QĐ", measures=measures)
        finally:
            d.login_officer()

    @rule()
    def server_down(self) -> None:
        if self.pg.is_running():
            self.pg.stop("immediate")

    @rule()
    def server_up(self) -> None:
        if not self.pg.is_running():
            self.pg.start()

    @invariant()
    def pending_is_what_was_not_pushed(self) -> None:
        for d in self.desks:
            assert d.sync.status().pending >= 0

    def teardown(self) -> None:
        try:
            if not hasattr(self, "desks"):
                return
            if not self.pg.is_running():
                self.pg.start()
            for _ in range(2):
                for d in self.desks:
                    assert d.sync.sync_once().online
            replicas = [_replica(d) for d in self.desks]
            assert replicas[0] == replicas[1] == replicas[2]
            assert len(replicas[0]) == sum(len(v) for v in self.own.values())
            flagged = [set(office_conflicts.conflicts(d.desk.ctx.require()[1])) for d in self.desks]
            assert flagged[0] == flagged[1] == flagged[2]
            states = [_states(d, flagged[0]) for d in self.desks]
            assert states[0] == states[1] == states[2]
            shared = [_shared(d, flagged[0]) for d in self.desks]
            assert shared[0] == shared[1] == shared[2]
            protection = [_protection(d) for d in self.desks]
            assert protection[0] == protection[1] == protection[2]
            assert len(shared[0]["register"]) == self.printed
            numbers = [n for d in self.desks for n in _numbers(d)]
            assert len(numbers) == len(set(numbers))
            printed = [n for d in self.desks for n in _printed(d)]
            assert len(printed) == len(set(printed))
            dump = self.pg.pg_dump(self.office.dbname)
            canaries = (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, "Canaryfree", "Canaryagency")
            for canary in (*canaries, "handwriting-canary-stroke", "scan-canary"):
                assert canary not in dump
            for d in self.desks:
                assert d.desk.audit.verify().ok
        finally:
            for d in getattr(self, "desks", []):
                d.sync.close()
                d.desk.auth.logout()
            shutil.rmtree(self.tmp, ignore_errors=True)


def test_office_state_machine(pg: PgCluster) -> None:
    OfficeMachine.pg = pg
    run_state_machine_as_test(
        OfficeMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=os.environ.get("OFFICE_RANDOM") is None,
        ),
    )


def test_office_walk_through_every_action(pg: PgCluster) -> None:
    """One fixed run of the machine through every action, outages included, with the same end checks: the
    short hypothesis search above may draw only a few small runs."""
    OfficeMachine.pg = pg
    m = OfficeMachine()
    m.start()
    try:
        for i, n in ((0, 1), (1, 3), (2, 5), (1, 9)):  # odd n: mailed (may be transferred)
            m.intake(i=i, n=n)
        for i in (0, 1, 2, 0, 1, 2):
            m.sync(i=i)
        m.print_receipt(i=1, k=0)
        m.transfer(i=1, k=0)  # desk A: its own agency, unknown elsewhere
        m.link(i=2, k=1)
        m.attach(i=0, k=2)
        m.attach(i=2, k=2)  # the same case and file number on two desks: both kept, flagged
        m.server_down()
        m.intake(i=2, n=7)
        m.print_receipt(i=2, k=0)
        m.transfer(i=2, k=1)
        m.classify(i=0, k=3)
        m.sync(i=2)
        m.server_up()
        m.sync(i=0)
        m.attach(i=1, k=0)
        m.protect(i=1, k=0)
        m.sync(i=1)
        m.sync(i=2)
        m.decide(i=1, active=True)
        m.decide(i=2, active=False)  # the same request decided on two desks at once: both kept, flagged
        for i in (1, 2, 1):
            m.sync(i=i)
        assert m.desks[1].desk.ctx.require()[1].scalar("SELECT sum(office_conflict) FROM protection_requests") == 1
        m.pending_is_what_was_not_pushed()
        db = m.desks[1].desk.ctx.require()[1]
        assert db.scalar("SELECT count(*) FROM transfers") >= 1
    finally:
        m.teardown()
    assert m.printed == 2
