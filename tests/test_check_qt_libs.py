"""`make run` on Linux checks the libraries Qt's xcb plugin needs and names the Debian packages to install."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "check_qt_libs.py"

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibfoo-unknown.so.3 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_qt_libs", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_libraries_become_package_names(tool: ModuleType) -> None:
    missing = tool.missing_libraries(LDD)
    assert missing == ["libxcb-icccm.so.4", "libxcb-cursor.so.0", "libxcb-keysyms.so.1", "libfoo-unknown.so.3"]
    packages, unknown = tool.packages_for(missing)
    assert packages == ["libxcb-icccm4", "libxcb-cursor0", "libxcb-keysyms1"]
    assert unknown == ["libfoo-unknown.so.3"]
    text = tool.report(missing)
    assert "sudo apt-get install libxcb-icccm4 libxcb-cursor0 libxcb-keysyms1" in text
    assert "apt-file search" in text


def test_nothing_missing_is_silent(tool: ModuleType) -> None:
    assert tool.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_headless_runs_skip_the_check() -> None:
    done = subprocess.run(  # noqa: S603 - our own tool
        [sys.executable, str(TOOL)], capture_output=True, text=True, check=False, env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert done.returncode == 0
    assert done.stderr == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin exists on Linux only")
def test_on_this_machine_the_answer_names_packages_or_is_empty(tool: ModuleType) -> None:
    env = {"PATH": "/usr/bin:/bin"}
    done = subprocess.run(  # noqa: S603 - our own tool
        [sys.executable, str(TOOL)], capture_output=True, text=True, check=False, env=env
    )
    if done.returncode == 0:
        assert done.stderr == ""
    else:
        assert "sudo apt-get install" in done.stderr or "apt-file search" in done.stderr
