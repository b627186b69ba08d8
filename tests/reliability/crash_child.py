"""Child process for the kill tests: saves cases (or rewrites the vault) in a loop until it is killed.

After each save returns, the case uid is appended to an acknowledgement file and fsync'd: that is the moment
a receipt would be printed. The parent kills this process with SIGKILL at a random moment.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from reception_app.services import Desk
from reception_app.services.demo import sample_draft
from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.keyring_secret import FileSecretStore

OFFICER = ("canbo", "officer-password-1")
PASSWORDS = ("officer-password-1", "officer-password-2")


def _ack(path: Path, line: str) -> None:
    with path.open("a", encoding="ascii") as fh:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def save_cases(data_dir: Path, ack: Path, seed: int) -> None:
    desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
    desk.auth.login(*OFFICER)
    rng = random.Random(seed)
    _ack(ack, "ready")
    while True:
        saved = desk.cases.create_case(sample_draft(rng, datetime.now(UTC)))
        _ack(ack, saved.uid)


def change_passwords(data_dir: Path, ack: Path) -> None:
    desk = Desk(data_dir, secret_store=FileSecretStore(data_dir), kdf=TEST_KDF, floor=TEST_KDF)
    current = ack.read_text("ascii").split()[-1] if ack.exists() else PASSWORDS[0]
    desk.auth.login(OFFICER[0], current)
    _ack(ack, current)
    while True:
        new = PASSWORDS[1] if current == PASSWORDS[0] else PASSWORDS[0]
        desk.users.change_password(current, new)
        current = new
        _ack(ack, current)


if __name__ == "__main__":
    mode, data, ack_file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if mode == "cases":
        save_cases(data, ack_file, int(sys.argv[4]))
    else:
        change_passwords(data, ack_file)
