"""A second start on the same data folder never gets the lock; a killed first instance leaves no stale lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from reception_app.services.instance_lock import InstanceLock, instance_name

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys, time; from pathlib import Path; from reception_app.services.instance_lock import InstanceLock; "
    "lock = InstanceLock(Path(sys.argv[1])); print(lock.acquire(), flush=True); time.sleep(60)"
)


def test_second_lock_in_another_process_is_refused_and_freed_on_kill(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True)  # noqa: S603
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "True"
        second = InstanceLock(tmp_path)
        assert not second.acquire()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 5
        while not second.acquire() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert second.acquire()
        second.release()
    finally:
        proc.kill()
        proc.wait()


def test_lock_is_per_folder_and_reentrant(tmp_path: Path) -> None:
    a, b = InstanceLock(tmp_path / "a"), InstanceLock(tmp_path / "b")
    with a, b:
        assert a.acquire()
        assert a.acquire()  # idempotent in the holder
        assert b.acquire()
    assert instance_name(tmp_path / "a") != instance_name(tmp_path / "b")
    assert instance_name(tmp_path / "a") == instance_name(tmp_path / "a" / ".." / "a")
