"""Errors the domain raises. Messages are Vietnamese and never contain identity values."""

from __future__ import annotations

from dataclasses import dataclass


class KnownError(Exception):
    """An error the user can act on; ``text()`` is shown as is. Never carries identity data."""

    def text(self) -> str:
        return str(self)


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``field`` is a dotted path such as ``reporters.0.phone``."""

    field: str
    message: str


class ValidationError(KnownError):
    """Input that cannot be saved. ``errors`` lists every field problem, in form order."""

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def text(self) -> str:
        return "\n".join(e.message for e in self.errors)

    def for_field(self, field: str) -> str | None:
        """The first message for ``field``, or None."""
        return next((e.message for e in self.errors if e.field == field), None)
