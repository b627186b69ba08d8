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


_NOT_IN_FILE_NAMES = frozenset('<>:"/\\|?*')


def file_name(title: str, suffix: str) -> str:
    """A file name suggested for a document: its title as the user reads it ("Giấy biên nhận 2026-00301.pdf").

    Characters Windows or Linux refuse in names become "-", whitespace runs one space, NFC, at most 120
    characters before ``suffix``; an empty title gives ``"tai-lieu" + suffix``.
    """
    import unicodedata

    text = unicodedata.normalize("NFC", one_line(title))
    text = "".join("-" if ch in _NOT_IN_FILE_NAMES or ord(ch) < 32 else ch for ch in text)
    text = text[:120].strip(" .")
    return (text or "tai-lieu") + suffix


def documents_folder() -> str:
    """The user's Documents folder (where save dialogs start), else the home folder."""
    from PySide6.QtCore import QDir, QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or QDir.homePath()
