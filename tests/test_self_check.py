"""--self-check: the installation check passes in the development tree (the bundle runs it in `make bundle-test`)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reception_app import app
from reception_app.services.self_check import FAIL, OK, WARN, passed, run_self_check


def _leftovers() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("reception_app_selfcheck_*"))


def test_run_self_check_in_process() -> None:
    before = _leftovers()
    lines = run_self_check()
    assert passed(lines), "\n".join(lines)
    assert all(line.startswith((OK, WARN)) for line in lines)
    for check in ("database setup", "sealed case", "raw database file", "identity reveal", "receipt PDF"):
        assert any(line.startswith(f"{OK} {check}:") for line in lines), check
    assert any("translations" in line for line in lines)
    assert _leftovers() <= before  # the throwaway database folder is removed


def test_passed_reads_failures() -> None:
    assert passed([f"{OK} a", f"{WARN} b"])
    assert not passed([f"{OK} a", f"{FAIL} b"])


@pytest.mark.gui
def test_app_flag(qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(app.ENV_DATA_DIR, raising=False)
    before = _leftovers()
    assert app.main(["--self-check"]) == 0
    out = capsys.readouterr().out
    assert f"{OK} QtPdf:" in out
    assert f"{OK} QtPrintSupport:" in out
    assert "Self-check passed." in out
    assert FAIL not in out
    assert _leftovers() <= before
