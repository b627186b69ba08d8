"""Shared fixtures: in-memory OS keyring, cheap-KDF desks on real SQLCipher files in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today",
        default=None,
        metavar="YYYY-MM-DD",
        help="the office date the tests' clock starts on (default: today). Date-sensitive tests are marked "
        "'calendar'; make test runs them again on 31 December and inside Tết.",
    )


def pytest_configure(config: pytest.Config) -> None:
    from tests.factories import set_today

    value = config.getoption("--today")
    if value:
        try:
            set_today(date.fromisoformat(value))
        except ValueError as exc:
            raise pytest.UsageError(f"--today must be YYYY-MM-DD, not {value!r}") from exc


def pytest_report_header(config: pytest.Config) -> str:
    from tests.factories import today

    return f"tests' office date (--today): {today().isoformat()}"


class InMemoryKeyring(KeyringBackend):
    """Test keyring backend: nothing touches the real OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[InMemoryKeyring]:
    backend = InMemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path
