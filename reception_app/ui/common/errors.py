"""One place that turns a failed task's exception into the message shown to the officer."""

from __future__ import annotations

import logging

from reception_app.models.errors import KnownError

log = logging.getLogger(__name__)


def error_text(exc: BaseException, fallback: str, *, log_as: str) -> str:
    """The text to show for ``exc``: a :class:`KnownError`'s own Vietnamese message (``exc.text()``, free of
    identity by construction); anything else is logged as ``"<log_as>: <type>"`` (the type only: a message could
    hold user text) and ``fallback`` is shown.
    """
    if isinstance(exc, KnownError):
        return exc.text()
    log.error("%s: %s", log_as, type(exc).__name__)
    return fallback
