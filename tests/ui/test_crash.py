"""Uncaught errors never put identity into logs or the crash dialog."""

from __future__ import annotations

import logging

import pytest

from reception_app.models.errors import FieldError, ValidationError
from reception_app.ui.shell import crash
from tests.factories import CANARY_ID, CANARY_NAME


def _raise_with_canary() -> None:
    raise ValueError(f"bug while formatting {CANARY_NAME} {CANARY_ID}")


def test_crash_log_and_dialog_carry_no_identity(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []
    try:
        _raise_with_canary()
    except ValueError as exc:
        incident = crash.handle(type(exc), exc, exc.__traceback__, show=shown.append)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged
    assert "_raise_with_canary" in logged  # where it happened is kept
    assert incident in logged
    assert incident in shown[0]
    for text in (logged, shown[0]):
        assert CANARY_NAME not in text
        assert CANARY_ID not in text


def test_known_errors_show_their_own_text() -> None:
    shown: list[str] = []
    exc = ValidationError([FieldError("subject", "Vui lòng nhập trích yếu nội dung.")])
    crash.handle(type(exc), exc, None, show=shown.append)
    assert shown == ["Vui lòng nhập trích yếu nội dung."]
