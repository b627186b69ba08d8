"""--self-check: the installation check passes in the development tree (the bundle runs it in `make bundle-test`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reception_app import app
from reception_app.resources import resource_path
from reception_app.services.self_check import FAIL, OK, TRANSLATION_QM, WARN, passed, run_self_check


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = shutil.which("pyside6-lrelease") or (str(beside) if beside.exists() else None)
    if found is None:
        pytest.fail("pyside6-lrelease not found: cannot build the .qm the self-check needs")
    return found


@pytest.fixture(scope="session", autouse=True)
def built_translation() -> None:
    """`make test` builds the .qm first; a bare `pytest` run builds it here when it is missing."""
    qm = resource_path(*TRANSLATION_QM)
    if not qm.is_file() or qm.stat().st_size == 0:
        lrelease = [_lrelease(), "-silent", str(qm.with_suffix(".ts")), "-qm", str(qm)]
        subprocess.run(lrelease, check=True)  # noqa: S603 - PySide6's own tool on our .ts


def _leftovers() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("reception_app_selfcheck_*"))


def test_run_self_check_in_process() -> None:
    before = _leftovers()
    lines = run_self_check()
    assert passed(lines), "\n".join(lines)
    assert all(line.startswith((OK, WARN)) for line in lines)
    for check in ("database setup", "sealed case", "raw database file", "identity reveal", "receipt PDF"):
        assert any(line.startswith(f"{OK} {check}:") for line in lines), check
    assert any(line.startswith(f"{OK} translations:") for line in lines)
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
    assert f"{OK} QTranslator:" in out
    assert "Self-check passed." in out
    assert FAIL not in out
    assert _leftovers() <= before
