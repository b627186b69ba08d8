"""Rule and form sets by effective date: the administrator loads a newer set file (issue 19).

A set file is not signed: it is validated on import (metadata, then the merged deadline rules and document
templates must parse) and kept in the ``settings`` table, so every desk that opens the database uses it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from reception_app.models.enums import Role
from reception_app.models.errors import FieldError, ValidationError
from reception_app.models.rulesets import (
    ADMIN,
    RuleSet,
    RuleSetError,
    candidate,
    install_admin_sets,
    parse_ruleset,
    registry,
)
from reception_app.printing.templates import templates_of
from reception_app.services.context import SessionContext
from reception_app.storage import settings as settings_repo
from reception_app.storage.database import Database

log = logging.getLogger(__name__)

SETTING = "rulesets.admin"
MAX_FILE_BYTES = 1_000_000


def validate_ruleset(raw: Any) -> RuleSet:
    """The set described by ``raw`` (decoded JSON), fully checked; raises :class:`RuleSetError`."""
    rs = parse_ruleset(raw, origin=ADMIN)
    reg = candidate(rs)
    reg.rules_of(rs)
    templates_of(rs, reg)
    return rs


def _stored(db: Database) -> list[dict[str, Any]]:
    try:
        value = json.loads(settings_repo.get_setting(db, SETTING, "[]"))
    except json.JSONDecodeError:
        return []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def install_saved(db: Database) -> None:
    """Install the admin-loaded sets kept in the database (a set that no longer validates is skipped)."""
    sets: list[RuleSet] = []
    for raw in _stored(db):
        try:
            sets.append(validate_ruleset(raw))
        except RuleSetError:
            log.warning("a stored rule set no longer validates; skipped")
    install_admin_sets(sets)


def rule_sets() -> tuple[RuleSet, ...]:
    """The sets in use, oldest first (bundled and admin-loaded)."""
    return registry().sets


class RuleSetService:
    """``desk.rulesets``: loading a rule-set file an administrator chose (validated, audited, kept)."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def load_file(self, path: Path) -> RuleSet:
        """Validate the set file at ``path``, keep it, and use it for cases received from its effective date.

        Raises:
            ValidationError: the file cannot be read or is not a valid rule set (Vietnamese message, field "file").
        """
        _, db, _ = self.ctx.require(Role.ADMIN)
        try:
            data = path.read_bytes()
            if len(data) > MAX_FILE_BYTES:
                raise RuleSetError("Tệp bộ quy tắc quá lớn (tối đa 1 MB).")
            raw = json.loads(data.decode("utf-8"))
            rs = validate_ruleset(raw)
        except RuleSetError as exc:
            raise ValidationError([FieldError("file", str(exc))]) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise ValidationError(
                [FieldError("file", "Không đọc được tệp bộ quy tắc (cần tệp JSON, mã UTF-8).")]
            ) from None
        kept = [r for r in _stored(db) if r.get("key") != rs.key] + [raw]
        with db.atomic():
            settings_repo.set_setting(db, SETTING, json.dumps(kept, ensure_ascii=False))
            # the set's key, its effective date and its certainty tag (audit details are ids and codes only)
            self.ctx.audit("ruleset_loaded", target=rs.key, version=rs.effective_from.isoformat(), outcome=rs.tag.value)
        install_saved(db)
        return rs
