"""Smoke tests for the benchmark data generator and the results table (the benchmarks themselves run in
``make bench``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import generate
from bench.harness import Row, ratio, table, timed
from reception_app.models.case import ReporterDraft
from reception_app.models.enums import CaseKind
from reception_app.models.validation import validate_case_draft
from reception_app.storage.keyring_secret import FileSecretStore

pytestmark = pytest.mark.slow


def test_generated_cases_are_valid_drafts() -> None:
    import random

    from reception_app.storage import crypto

    generate._init_worker(crypto.new_identity_keypair()[1], 1000)
    state = generate._STATE["s"]
    rng = random.Random(1)
    for i in range(300):
        case = generate._one(rng, state, i)
        words = len(case.draft.content.split())
        assert 40 <= words <= 460
        # The draft travels without identities (they are sealed); validate it as intake would, with one.
        assert case.draft.kind is CaseKind.ANONYMOUS_TIP or case.sealed
        probe = generate._identity(rng, state, case.draft.received_at.date())  # type: ignore[union-attr]
        draft = case.draft
        if draft.kind is not CaseKind.ANONYMOUS_TIP:
            draft = type(draft)(**{**draft.__dict__, "reporters": (ReporterDraft(probe),)})
        assert draft.received_at is not None
        validate_case_draft(draft, today=draft.received_at.date())
    received = [generate._received_at(state, i) for i in range(0, 1000, 7)]
    assert received == sorted(received)


def test_small_dataset_opens_like_the_app_with_the_demo_accounts(tmp_path: Path) -> None:
    ds = generate.ensure_dataset(120, workers=1, quiet=True, cache=tmp_path)
    assert (ds.data_dir / "device_secret").exists()  # FileSecretStore, as the demo data folder keeps it
    again = generate.ensure_dataset(120, cache=tmp_path)
    assert again.meta["built_at"] == ds.meta["built_at"]  # cached, not rebuilt
    from reception_app.services import Desk

    desk = Desk(ds.data_dir, secret_store=FileSecretStore(ds.data_dir))
    desk.auth.login(*ds.officer)
    page = desk.cases.list_cases(limit=200)
    assert len(page.rows) == 120
    assert page.rows[0].received_at >= page.rows[-1].received_at
    sealed = next(r for r in page.rows if r.reporter_code)
    grant = desk.identity.reveal(sealed.uid, *ds.supervisor, "kiểm tra dữ liệu đo hiệu năng")
    assert all(v.identity is not None and v.identity.full_name for v in grant.reporters)
    assert desk.audit.verify().ok
    assert desk.cases.search_cases("đất").rows
    desk.auth.logout()


def test_table_formats_every_kind_of_row() -> None:
    rows = [
        timed("g", "fast", [0.001, 0.002, 0.003], 0.05),
        timed("g", "slow", [2.0, 2.5], 0.8),
        ratio("h", "ratio", [1.2], [1.0], budget=1.3),
        Row("h", "memory", 250.0, budget=300, unit="MB"),
        Row("h", "missing", None),
    ]
    assert [r.verdict for r in rows] == ["ok", "MISSED", "ok", "ok", "not built yet"]
    text = table(rows)
    for shown in ("2.00 s", "1.20×", "250 MB"):
        assert shown in text
    assert table(rows, markdown=True).startswith("| operation |")


def test_the_office_group_skips_with_a_reason_without_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    from bench import office

    monkeypatch.setattr(office, "pg_bin", lambda: None)
    [row] = office.bench_office_group()
    assert row.verdict == "skipped"
    assert "PostgreSQL" in row.note
