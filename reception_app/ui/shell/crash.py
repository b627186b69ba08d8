"""Last-resort error handling: log code locations only (never messages or values), show a neutral dialog.

Exception messages can carry user data (a driver error quoting a value, a bug formatting a field), so the
log gets the exception type and the stack's file:line:function, and the user gets an incident number.
"""

from __future__ import annotations

import logging
import secrets
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from reception_app.models.errors import KnownError

log = logging.getLogger(__name__)


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Exception type and frames as ``file:line in function``: no message, no source lines, no locals."""
    frames = [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]
    return f"{exc_type.__module__}.{exc_type.__qualname__} at " + " <- ".join(reversed(frames))


def crash_text(incident: str) -> str:
    return QCoreApplication.translate(
        "crash",
        "Something went wrong and the action was not completed. Data already saved is safe.\n"
        "Incident number: {0}. Please tell the administrator this number.",
    ).format(incident)


def handle(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    show: Callable[[str], None] | None = None,
) -> str:
    """Log and report one uncaught exception; returns the incident number."""
    incident = secrets.token_hex(4).upper()
    if isinstance(exc, KnownError):  # user-actionable text, already free of identity
        message = exc.text()
    else:
        log.error("uncaught %s (incident %s)", describe(exc_type, tb), incident)
        message = crash_text(incident)
    if show is not None:
        show(message)
    elif QApplication.instance() is not None:
        QMessageBox.critical(None, QCoreApplication.translate("crash", "Error"), message)
    return incident


def install() -> None:
    """Route uncaught exceptions (GUI thread and worker threads) through :func:`handle`."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        handle(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error("uncaught in thread %s", describe(args.exc_type, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
