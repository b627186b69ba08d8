"""Display formats shared by the case list and the detail page (Vietnamese conventions: dd/mm/yyyy)."""

from __future__ import annotations

from datetime import date, datetime

from reception_app.models.clock import OFFICE_TZ


def format_received(value: datetime) -> str:
    """``dd/mm/yyyy HH:MM`` in office time, UTC+7 (aware datetimes are converted, naive ones shown as is)."""
    local = value.astimezone(OFFICE_TZ) if value.tzinfo is not None else value
    return local.strftime("%d/%m/%Y %H:%M")


def format_day(value: date | None) -> str:
    """``dd/mm/yyyy`` or an empty string."""
    return value.strftime("%d/%m/%Y") if value is not None else ""


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space, for single-line cells."""
    return " ".join(text.split())
