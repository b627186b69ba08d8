"""Office mode, the core: server set-up and roles, outbox, push/pull, leased numbers, outages."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from reception_app.storage import office_server
from tests.factories import CANARY_ADDRESS, CANARY_ID, CANARY_NAME, CANARY_PHONE, draft
from tests.office.conftest import Office, make_office_desk

CANARY_TEXT = "Qvzwkx Canarytext nội dung bí mật"


def test_a_case_from_desk_a_is_found_in_desk_b_search(office: Office, tmp_path: Path) -> None:
    a = make_office_desk(office, tmp_path, "A")
    b = make_office_desk(office, tmp_path, "B")
    saved = a.desk.create_case(draft(content=f"Nội dung {CANARY_TEXT}"))
    assert saved.number.endswith("A00001")
    assert a.sync.sync_once().pushed == 1
    assert b.sync.sync_once().pulled == 1
    page = b.desk.search_cases("canarytext")
    assert [c.uid for c in page.rows] == [saved.uid]
    dump = office.cluster.pg_dump(office.dbname)
    assert "Canarytext" not in dump
    for canary in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS):
        assert canary not in dump
    assert saved.uid in dump  # the dump is the real one
