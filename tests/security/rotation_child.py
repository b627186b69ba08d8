"""Child process for the rotation kill test: logs in the supervisor and runs (or resumes) the rotation.

Writes "ready" to the acknowledgement file after login, one line per committed step, and "done <code>" at the
end. The parent kills it with SIGKILL at a random moment and starts it again until it reports "done".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reception_app.services import Desk
from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.keyring_secret import FileSecretStore

SUPERVISOR = ("lanhdao", "supervisor-password-1")


def _ack(path: Path, line: str) -> None:
    with path.open("a", encoding="ascii") as fh:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def rotate(data_dir: Path, ack: Path) -> None:
    desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
    desk.auth.login(*SUPERVISOR)
    _ack(ack, "ready")
    progress = desk.rotation.start(SUPERVISOR[1])
    while progress.phase == "resealing" and progress.done < progress.total:
        progress = desk.rotation.step(batch=1)
        _ack(ack, f"step {progress.done}/{progress.total}")
    if progress.phase != "done":
        progress = desk.rotation.finish(SUPERVISOR[1])
    _ack(ack, f"done {progress.recovery_code}")
    desk.rotation.confirm_recovery_code()  # the code reached the screen (here: the acknowledgement file)
    _ack(ack, "confirmed")
    desk.auth.logout()


if __name__ == "__main__":
    rotate(Path(sys.argv[1]), Path(sys.argv[2]))
