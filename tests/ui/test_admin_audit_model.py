"""AuditTableModel: keyset paging through the runner, filtered scans, Qt model contract, safe details."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from reception_app.ui.admin.admin_audit_model import (
    MAX_SCAN,
    PAGE_SIZE,
    AuditTableModel,
    CaseUidRole,
    Column,
    SeqRole,
    format_details,
    format_time,
    load_audit_page,
)
from reception_app.ui.common.tasks import SyncTaskRunner
from tests.ui.helpers import DeferredRunner


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    actor: str
    action: str
    case_uid: str | None
    details: dict[str, Any] = field(default_factory=dict)


class AuditDesk:
    """Only ``audit_entries`` (newest first, ``before_seq`` keyset), with every call recorded."""

    def __init__(self, count: int, *, reveal_every: int = 0) -> None:
        self.entries = [
            Entry(
                seq,
                f"2026-11-20T09:{seq % 60:02d}:00.000000+00:00",
                "lanhdao" if reveal_every and seq % reveal_every == 0 else "canbo",
                "reveal_granted" if reveal_every and seq % reveal_every == 0 else "case_created",
                f"uid-{seq:06d}",
                {"number": f"2026-{seq:05d}", "reason": "Lý do"},
            )
            for seq in range(1, count + 1)
        ]
        self.calls: list[tuple[int, int | None]] = []

    def list_users(self) -> list[object]:
        return []

    def case_summary(self, _uid: str) -> None:
        return None

    @property
    def audit(self) -> SimpleNamespace:
        """``desk.audit.entries(…)``; the desk's users and cases services are the fake itself."""
        return SimpleNamespace(entries=self.audit_entries)

    users = cases = property(lambda self: self)

    def audit_entries(self, *, limit: int = 200, before_seq: int | None = None) -> list[Entry]:
        self.calls.append((limit, before_seq))
        older = [e for e in reversed(self.entries) if before_seq is None or e.seq < before_seq]
        return older[:limit]


def _fetch_all(model: AuditTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_modeltester_and_keyset_pages(qtmodeltester: ModelTester) -> None:
    desk = AuditDesk(450)
    model = AuditTableModel(desk, SyncTaskRunner(), show_reasons=False)  # type: ignore[arg-type]
    qtmodeltester.check(model)  # the C++ tester also calls fetchMore
    _fetch_all(model)
    assert model.rowCount() == 450
    seqs = [model.index(r, 0).data(SeqRole) for r in range(model.rowCount())]
    assert seqs == list(range(450, 0, -1))  # newest first, no gaps, no duplicates
    assert [before for _, before in desk.calls][:3] == [None, 251, 51]
    assert not model.has_more()
    calls = len(desk.calls)
    model.fetchMore(QModelIndex())
    assert len(desk.calls) == calls


def test_python_modeltester_with_deferred_answers(qtmodeltester: ModelTester) -> None:
    desk = AuditDesk(300)
    runner = DeferredRunner()
    model = AuditTableModel(desk, runner, show_reasons=True)  # type: ignore[arg-type]
    qtmodeltester.check(model, force_py=True)
    while runner.jobs:
        runner.deliver()
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 300
    model.set_filter("reveal", "")
    assert model.rowCount() == 0
    runner.deliver()
    assert model.rowCount() == 0  # no entry matches


def test_stale_answer_after_a_new_filter_is_dropped() -> None:
    desk = AuditDesk(50, reveal_every=5)
    runner = DeferredRunner()
    model = AuditTableModel(desk, runner, show_reasons=False)  # type: ignore[arg-type]
    model.refresh()
    model.set_filter("reveal", "")
    assert len(runner.jobs) == 2
    runner.deliver(0)  # the unfiltered answer arrives late: ignored
    assert model.rowCount() == 0
    runner.deliver(0)
    assert model.rowCount() == 10
    assert {model.index(r, Column.ACTION).data(Qt.ItemDataRole.ToolTipRole) for r in range(10)} == {"reveal_granted"}
    assert all(
        model.index(r, Column.ACTION).data().startswith("Unlocked the identities of case 2026-") for r in range(10)
    )


def test_filtered_scan_is_bounded_and_continues() -> None:
    desk = AuditDesk(MAX_SCAN * 2 + 100, reveal_every=1000)
    page = load_audit_page(desk, None, "REVEAL", "lanh")  # type: ignore[arg-type]
    assert [e.seq for e in page.entries] == [10000, 9000, 8000, 7000, 6000]
    assert not page.exhausted
    assert page.scanned_to == MAX_SCAN * 2 + 100 - MAX_SCAN + 1
    page = load_audit_page(desk, page.scanned_to, "reveal", "")  # type: ignore[arg-type]
    assert [e.seq for e in page.entries] == [5000, 4000, 3000, 2000, 1000]
    assert not page.exhausted
    page = load_audit_page(desk, page.scanned_to, "reveal", "")  # type: ignore[arg-type]
    assert page.entries == []
    assert page.exhausted
    unfiltered = load_audit_page(desk, None, "", "")  # type: ignore[arg-type]
    assert len(unfiltered.entries) == PAGE_SIZE
    assert desk.calls[-1] == (PAGE_SIZE, None)


def test_cells_are_one_line_and_reasons_only_for_supervisors() -> None:
    desk = AuditDesk(3)
    details = {"reason": "Dòng một\nDòng hai", "supervisor": "lanhdao", "reporter_codes": ["A", "B"]}
    desk.entries[2] = Entry(3, "2026-11-20T02:03:04.000000+00:00", "can\nbo", "reveal_granted", "uid-3", details)
    for show, expected in ((False, "reason: (supervisors only)"), (True, "reason: Dòng một Dòng hai")):
        model = AuditTableModel(desk, SyncTaskRunner(), show_reasons=show)  # type: ignore[arg-type]
        model.refresh()
        assert model.index(0, Column.ACTION).data() == f"Unlocked the identities of case uid-3 — {expected}"
        assert model.index(0, Column.DETAILS).data() == "reporter codes: A, B; supervisor: lanhdao"
        assert model.index(0, Column.ACTOR).data() == "can bo"
        assert model.index(0, Column.CASE).data() == "uid-3"  # no case number in the details: the (short) uid
        assert model.index(0, Column.CASE).data(CaseUidRole) == "uid-3"
        assert model.index(1, Column.CASE).data() == "2026-00002"
        assert "number=" not in model.index(1, Column.DETAILS).data()
    desk.entries[1] = Entry(2, "2026-11-20T02:03:04", "canbo", "x", "f" * 32, {"decision_number": "<b>bold</b>"})
    model = AuditTableModel(desk, SyncTaskRunner(), show_reasons=False)  # type: ignore[arg-type]
    model.refresh()
    assert model.index(1, Column.CASE).data() == "f" * 12
    assert (
        model.index(1, Column.CASE).data(Qt.ItemDataRole.ToolTipRole)
        == f"<p style='white-space:pre-wrap'>{'f' * 32}</p>"
    )
    tip = model.index(1, Column.DETAILS).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;" in tip
    assert "<b>" not in tip
    assert format_details({"disclosure_basis": "consent"}, show_reasons=False, hidden="-") == "disclosure_basis=-"
    assert format_time("not a time") == "not a time"
    assert format_time("2026-11-20T02:03:04.000000")[:10] == "20/11/2026"


def test_failed_page_is_reported() -> None:
    class Refusing:
        audit = property(lambda self: SimpleNamespace(entries=self.audit_entries))  # desk.audit.entries(…)

        def audit_entries(self, **_kwargs: object) -> list[Entry]:
            from reception_app.services import PermissionDenied

            raise PermissionDenied("Không có quyền.")

    model = AuditTableModel(Refusing(), SyncTaskRunner(), show_reasons=False)  # type: ignore[arg-type]
    messages: list[str] = []
    model.load_failed.connect(messages.append)
    model.refresh()
    assert messages == ["Không có quyền."]
    assert not model.canFetchMore(QModelIndex())
