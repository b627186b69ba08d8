"""The 32-byte device secret: OS keyring first, 0600 file fallback with a visible warning."""

from __future__ import annotations

import base64
import contextlib
import os
from pathlib import Path
from typing import Any, Protocol

from reception_app.models.errors import KnownError

SERVICE = "reception_app"
FALLBACK_FILE = "device_secret"
FALLBACK_WARNING = (
    "Không dùng được kho khóa của hệ điều hành: khóa thiết bị đang lưu trong tệp device_secret "
    "của thư mục dữ liệu. Hãy bảo vệ thư mục này."
)


class KeyringUnavailable(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "Không truy cập được kho khóa của hệ điều hành (Windows Credential Locker / Secret Service). "
            "Hãy đăng nhập lại Windows hoặc khởi động lại máy rồi thử lại; dữ liệu không bị ảnh hưởng."
        )


class DeviceSecretStore(Protocol):
    """Where the per-install device secret lives."""

    @property
    def warning(self) -> str | None: ...

    def load(self, install_id: str) -> bytes | None: ...

    def save(self, install_id: str, secret: bytes) -> None: ...


class MemorySecretStore:
    """In-memory store for tests ("a new machine" = a fresh instance)."""

    warning: str | None = None

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def load(self, install_id: str) -> bytes | None:
        return self.secrets.get(install_id)

    def save(self, install_id: str, secret: bytes) -> None:
        self.secrets[install_id] = secret


class FileSecretStore:
    """Fallback: a 0600 file in the data folder. Always carries a warning."""

    warning: str | None = FALLBACK_WARNING

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / FALLBACK_FILE

    def _file(self, install_id: str) -> Path:
        # Named side entries ("<install-id>#lockout", "#head": see storage/mirror.py) get their own file.
        _, sep, name = install_id.partition("#")
        return self._path.with_name(f"{FALLBACK_FILE}.{name}") if sep else self._path

    def load(self, install_id: str) -> bytes | None:
        try:
            text = self._file(install_id).read_text("ascii").strip()
        except OSError:
            return None
        name, _, value = text.partition(":")
        if name != install_id:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return None

    def save(self, install_id: str, secret: bytes) -> None:
        path = self._file(install_id)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(f"{install_id}:{base64.b64encode(secret).decode('ascii')}\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)


# win32cred.CRED_PERSIST_LOCAL_MACHINE: the credential stays on this PC. keyring's default for the Windows
# Credential Locker is CRED_PERSIST_ENTERPRISE, which roams with the user profile to the domain's other machines.
CRED_PERSIST_LOCAL_MACHINE = 2


def _has_persist_setting(backend: object) -> bool:
    # Looked up on the class: reading WinVaultKeyring.persist off Windows raises (no win32cred), writing does not.
    return any("persist" in vars(klass) for klass in type(backend).__mro__)


def keep_on_this_machine(backend: object) -> bool:
    """Make a keyring backend (or each backend of a chainer) write with local-machine persistence only.

    Only the Windows Credential Locker backend has a ``persist`` setting; other backends are left as they are.
    Returns True when some backend had the setting (Windows).
    """
    found = False
    for candidate in (backend, *getattr(backend, "backends", ())):
        if _has_persist_setting(candidate):
            candidate.persist = CRED_PERSIST_LOCAL_MACHINE
            found = True
    return found


class KeyringSecretStore:
    """The OS keyring (Windows Credential Locker, Secret Service). Stores base64 (44 chars, < 1280).

    On Windows the secret is written with ``CRED_PERSIST_LOCAL_MACHINE`` (:func:`keep_on_this_machine`), so it
    never roams with a domain user's profile to another PC.

    Args:
        backend: a keyring backend (tests pass a fake); default: ``keyring.get_keyring()``.
    """

    warning: str | None = None

    def __init__(self, backend: Any = None) -> None:
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        self._rewrite = keep_on_this_machine(backend)
        self._backend = backend

    def load(self, install_id: str) -> bytes | None:
        try:
            value = self._backend.get_password(SERVICE, install_id)
        except Exception as exc:
            raise KeyringUnavailable() from exc
        if value and self._rewrite:
            # Written by an older version with the roaming default: write it again, now local-machine only.
            self._rewrite = False
            with contextlib.suppress(Exception):
                self._backend.set_password(SERVICE, install_id, value)
        return base64.b64decode(value) if value else None

    def save(self, install_id: str, secret: bytes) -> None:
        try:
            self._backend.set_password(SERVICE, install_id, base64.b64encode(secret).decode("ascii"))
        except Exception as exc:
            raise KeyringUnavailable() from exc


def usable_keyring() -> bool:
    """True when a real (not fail/null, not plaintext) keyring backend is configured."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if isinstance(backend, fail.Keyring) or "null" in name.lower():
        return False
    # keyrings.alt plaintext/encrypted-file backends are never acceptable (ARCHITECTURE §2).
    if name.startswith("keyrings.alt"):
        return False
    priority = 0.0
    with contextlib.suppress(Exception):
        priority = float(getattr(backend, "priority", 0))
    return priority > 0


def choose_store(data_dir: Path) -> DeviceSecretStore:
    """The OS keyring when usable, else the file fallback (with its warning)."""
    if usable_keyring():
        return KeyringSecretStore()
    return FileSecretStore(data_dir)


class DefaultSecretStore:
    """:func:`choose_store`, decided at first use rather than at start-up.

    Importing keyring and discovering its backends takes ≈ 90 ms; the login window does not need it, only the
    first ``load``/``save`` (login, setup) and the warning shown in the main window do.
    """

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._store: DeviceSecretStore | None = None

    def _chosen(self) -> DeviceSecretStore:
        if self._store is None:
            self._store = choose_store(self._data_dir)
        return self._store

    @property
    def warning(self) -> str | None:
        return self._chosen().warning

    def load(self, install_id: str) -> bytes | None:
        return self._chosen().load(install_id)

    def save(self, install_id: str, secret: bytes) -> None:
        self._chosen().save(install_id, secret)


def default_store(data_dir: Path) -> DeviceSecretStore:
    """The device-secret store of a data folder: the OS keyring when usable, else the 0600 file (lazily)."""
    return DefaultSecretStore(data_dir)
