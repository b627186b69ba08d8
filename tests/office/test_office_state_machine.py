"""Hypothesis state machine: intake, printing, outages and syncs on 3 desks of one office.

After every run: all replicas equal, document numbers unique per series and year, the pg_dump of the server
holds no canary identity and no canary free text. ``make test`` runs a short search (OFFICE_EXAMPLES=3);
``make office-long`` runs a longer one.
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

from reception_app.models.enums import Admissibility, CaseKind, Jurisdiction
from reception_app.models.errors import KnownError
from reception_app.models.handling import Classification
from reception_app.storage import office as office_repo
from tests.factories import CANARY_ADDRESS, CANARY_ID, CANARY_NAME, CANARY_PHONE, draft
from tests.office.conftest import Office, OfficeDesk, make_office_desk, new_office
from tests.office.pg import PgCluster

EXAMPLES = int(os.environ.get("OFFICE_EXAMPLES", "3"))
STEPS = int(os.environ.get("OFFICE_STEPS", "14"))
CANARY_TEXT = "Xqvwz Canaryfree nội dung"
DESKS = ("C", "A", "B")  # desk C sorts last: its moves on A's cases can arrive before A's events
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


def test_office_state_machine(pg: PgCluster) -> None:
    class OfficeMachine(RuleBasedStateMachine):
        @initialize()
        def start(self) -> None:
            if not pg.is_running():
                pg.start()
            self.tmp = Path(tempfile.mkdtemp(prefix="office_sm_"))
            self.office: Office = new_office(pg)
            self.desks = [make_office_desk(self.office, self.tmp, code) for code in DESKS]
            self.own: dict[str, list[str]] = {code: [] for code in DESKS}

        @rule(i=st.sampled_from(range(len(DESKS))), n=st.integers(0, 10_000))
        def intake(self, i: int, n: int) -> None:
            d = self.desks[i]
            saved = d.desk.cases.create_case(draft(subject=f"Đơn số {n}", content=f"{CANARY_TEXT} {n}"))
            self.own[d.code].append(saved.uid)

        @rule(i=st.sampled_from(range(len(DESKS))), data=st.data())
        def print_receipt(self, i: int, data: st.DataObject) -> None:
            d = self.desks[i]
            if self.own[d.code]:
                d.desk.documents.issue_receipt(data.draw(st.sampled_from(self.own[d.code])))

        @rule(i=st.sampled_from(range(len(DESKS))))
        def sync(self, i: int) -> None:
            report = self.desks[i].sync.sync_once()
            assert report.online == pg.is_running()

        @rule(i=st.sampled_from(range(len(DESKS))), data=st.data())
        def classify(self, i: int, data: st.DataObject) -> None:
            d = self.desks[i]
            uids = sorted(r["uid"] for r in d.desk.ctx.require()[1].query("SELECT uid FROM cases"))
            if uids:
                with contextlib.suppress(KnownError):  # a move the case's state does not allow
                    d.desk.handling.classify(data.draw(st.sampled_from(uids)), OURS)

        @rule()
        def server_down(self) -> None:
            if pg.is_running():
                pg.stop("immediate")

        @rule()
        def server_up(self) -> None:
            if not pg.is_running():
                pg.start()

        @invariant()
        def pending_is_what_was_not_pushed(self) -> None:
            for d in self.desks:
                assert d.sync.status().pending >= 0

        def teardown(self) -> None:
            try:
                if not hasattr(self, "desks"):
                    return
                if not pg.is_running():
                    pg.start()
                for _ in range(2):
                    for d in self.desks:
                        assert d.sync.sync_once().online
                replicas = [_replica(d) for d in self.desks]
                assert replicas[0] == replicas[1] == replicas[2]
                assert len(replicas[0]) == sum(len(v) for v in self.own.values())
                flagged = [set(office_repo.conflicts(d.desk.ctx.require()[1])) for d in self.desks]
                assert flagged[0] == flagged[1] == flagged[2]
                states = [_states(d, flagged[0]) for d in self.desks]
                assert states[0] == states[1] == states[2]
                numbers = [n for d in self.desks for n in _numbers(d)]
                assert len(numbers) == len(set(numbers))
                printed = [n for d in self.desks for n in _printed(d)]
                assert len(printed) == len(set(printed))
                dump = pg.pg_dump(self.office.dbname)
                for canary in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, "Canaryfree"):
                    assert canary not in dump
                for d in self.desks:
                    assert d.desk.audit.verify().ok
            finally:
                for d in getattr(self, "desks", []):
                    d.sync.close()
                    d.desk.auth.logout()
                shutil.rmtree(self.tmp, ignore_errors=True)

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
