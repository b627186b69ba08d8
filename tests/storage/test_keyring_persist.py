"""The device secret is written to the Windows Credential Locker with local-machine persistence only.

keyring's WinVaultKeyring exposes a ``persist`` setting (default CRED_PERSIST_ENTERPRISE, which roams with a
domain profile). These fakes mimic that setting on Linux; the real backend only exists on Windows.
"""

from __future__ import annotations

from typing import Any

import pytest

from reception_app.storage.keyring_secret import (
    CRED_PERSIST_LOCAL_MACHINE,
    KeyringSecretStore,
    keep_on_this_machine,
)

CRED_PERSIST_ENTERPRISE = 3


class _Persistence:
    """Like keyring.backends.Windows.Persistence: reading off Windows would fail, so tests read ``_persist``."""

    def __get__(self, obj: Any, objtype: type | None = None) -> int:
        return int(getattr(obj, "_persist", CRED_PERSIST_ENTERPRISE))

    def __set__(self, obj: Any, value: int) -> None:
        obj._persist = value


class FakeWinVault:
    persist = _Persistence()

    def __init__(self) -> None:
        self.written: list[tuple[str, str, str, int]] = []

    def get_password(self, service: str, username: str) -> str | None:
        for s, u, p, _ in reversed(self.written):
            if (s, u) == (service, username):
                return p
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written.append((service, username, password, self.persist))


class FakeSecretService:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password


class FakeChainer:
    def __init__(self, *backends: object) -> None:
        self.backends = list(backends)


def test_the_device_secret_is_written_with_local_machine_persistence() -> None:
    backend = FakeWinVault()
    assert backend.persist == CRED_PERSIST_ENTERPRISE
    store = KeyringSecretStore(backend)
    store.save("install-1", b"\x01" * 32)
    assert [w[3] for w in backend.written] == [CRED_PERSIST_LOCAL_MACHINE]
    assert store.load("install-1") == b"\x01" * 32


def test_a_secret_written_with_the_roaming_default_is_rewritten_local_once() -> None:
    backend = FakeWinVault()
    backend.set_password("reception_app", "install-3", "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM=")
    assert backend.written[0][3] == CRED_PERSIST_ENTERPRISE
    store = KeyringSecretStore(backend)
    assert store.load("install-3") is not None
    assert store.load("install-3") is not None
    assert [w[3] for w in backend.written] == [CRED_PERSIST_ENTERPRISE, CRED_PERSIST_LOCAL_MACHINE]


def test_every_windows_backend_of_a_chainer_is_set_local() -> None:
    first, second, other = FakeWinVault(), FakeWinVault(), FakeSecretService()
    keep_on_this_machine(FakeChainer(first, other, second))
    assert first.persist == second.persist == CRED_PERSIST_LOCAL_MACHINE
    assert not hasattr(other, "persist")


def test_backends_without_a_persist_setting_are_left_alone() -> None:
    backend = FakeSecretService()
    store = KeyringSecretStore(backend)
    store.save("install-2", b"\x02" * 32)
    assert store.load("install-2") == b"\x02" * 32
    assert "persist" not in vars(backend)


@pytest.mark.skipif("sys.platform != 'win32'")
def test_the_real_windows_backend_takes_the_setting() -> None:  # pragma: no cover - Windows only
    from keyring.backends.Windows import WinVaultKeyring

    backend = WinVaultKeyring()
    keep_on_this_machine(backend)
    assert backend.persist == CRED_PERSIST_LOCAL_MACHINE
