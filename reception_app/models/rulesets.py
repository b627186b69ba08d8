"""Rule and form sets versioned by effective date, as data (DOMAIN-VN §0 caveat 2; issue 19).

A rule set is a JSON file (``resources/rules/rulesets/*.json``, or one an administrator loads later) with
``effective_from`` / ``effective_to``, the texts it follows (``source``), a certainty tag (DOMAIN-VN §0:
V, R, T, M) and two patches laid over the bundled base files:

- ``deadlines``: merged into ``resources/rules/deadlines.json`` (lengths, new rules such as the 3-working-day
  refusal notice of NĐ 154/2026);
- ``templates``: merged into ``resources/templates/documents.json`` (form numbers, "Căn cứ" lines, refusal
  grounds, logbook columns, wording);

plus ``masking`` defaults. A case is handled under the set in force on its received date; a printed
document shows the form number in force on its own date. A patch merges objects key by key; a list or a
text replaces the base value; ``null`` removes the key. Each set is laid over the sets before it (by
``effective_from``), so a newer set only states what changed.

Pure: stdlib only (the template half is parsed by ``printing.templates.templates_for``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from reception_app.models.deadlines import Certainty, RuleBook, RulesError, parse_rules
from reception_app.resources import resource_path

FORMAT = 1
BUNDLED = "bundled"
ADMIN = "admin"


class RuleSetError(ValueError):
    """A rule set file is malformed; the message is Vietnamese and fit to show an administrator."""


@dataclass(frozen=True)
class RuleSet:
    key: str
    name: str
    effective_from: date
    effective_to: date | None
    source: str
    tag: Certainty
    deadlines_patch: Mapping[str, Any] = field(default_factory=dict)
    templates_patch: Mapping[str, Any] = field(default_factory=dict)
    mask_all_citizens: bool = False
    masking_tag: Certainty = Certainty.VERIFIED
    note: str = ""
    origin: str = BUNDLED

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


def deep_merge(base: Any, patch: Any) -> Any:
    """``patch`` laid over ``base``: objects merge key by key, anything else replaces; ``None`` deletes."""
    if not isinstance(base, dict) or not isinstance(patch, dict):
        return patch
    out = dict(base)
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        elif key in out:
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _date(value: Any, what: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise RuleSetError(f"Trường “{what}” phải là ngày dạng YYYY-MM-DD.") from None


def parse_ruleset(raw: Any, *, origin: str = BUNDLED) -> RuleSet:
    """Validate the metadata of a rule set (the patches are checked by :func:`check_ruleset`)."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise RuleSetError("Tệp không phải bộ quy tắc hợp lệ (thiếu “format”: 1).")
    key, name, source = raw.get("key"), raw.get("name"), raw.get("source")
    for value, what in ((key, "key"), (name, "name"), (source, "source")):
        if not isinstance(value, str) or not value.strip():
            raise RuleSetError(f"Bộ quy tắc thiếu trường “{what}”.")
    start = _date(raw.get("effective_from"), "effective_from")
    end = None if raw.get("effective_to") in (None, "") else _date(raw.get("effective_to"), "effective_to")
    if end is not None and end < start:
        raise RuleSetError("Ngày hết hiệu lực phải sau ngày có hiệu lực.")
    try:
        tag = Certainty(str(raw.get("tag")))
    except ValueError:
        raise RuleSetError("Trường “tag” phải là một trong V, R, T, M.") from None
    masking = raw.get("masking", {})
    deadlines, templates = raw.get("deadlines", {}), raw.get("templates", {})
    if not isinstance(masking, dict) or not isinstance(deadlines, dict) or not isinstance(templates, dict):
        raise RuleSetError("Các trường “masking”, “deadlines”, “templates” phải là đối tượng JSON.")
    try:
        masking_tag = Certainty(masking.get("tag", "V"))
    except ValueError:
        raise RuleSetError("Trường “masking.tag” phải là một trong V, R, T, M.") from None
    return RuleSet(
        key=str(key),
        name=str(name),
        effective_from=start,
        effective_to=end,
        source=str(source),
        tag=tag,
        deadlines_patch=deadlines,
        templates_patch=templates,
        mask_all_citizens=bool(masking.get("mask_all_citizens", False)),
        masking_tag=masking_tag,
        note=str(raw.get("note", "")),
        origin=origin,
    )


@cache
def _base_deadlines_raw() -> str:
    return resource_path("rules", "deadlines.json").read_text(encoding="utf-8")


def _build_rules(patch: Mapping[str, Any]) -> RuleBook:
    try:
        return parse_rules(deep_merge(json.loads(_base_deadlines_raw()), dict(patch)))
    except (RulesError, KeyError, TypeError, AttributeError) as exc:
        raise RuleSetError(f"Phần thời hạn (“deadlines”) của bộ quy tắc không hợp lệ: {exc}") from None


@cache
def bundled_rulesets() -> tuple[RuleSet, ...]:
    folder = resource_path("rules", "rulesets")
    return tuple(parse_ruleset(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json")))


class RuleSetRegistry:
    """The bundled sets plus the ones an administrator loaded. The latest ``effective_from`` in force wins."""

    def __init__(self, sets: Sequence[RuleSet]) -> None:
        self._sets = sorted(sets, key=lambda s: (s.effective_from, s.origin == ADMIN))
        self._rules: dict[str, RuleBook] = {}

    @property
    def sets(self) -> tuple[RuleSet, ...]:
        return tuple(self._sets)

    def for_day(self, day: date) -> RuleSet:
        in_force = [s for s in self._sets if s.in_force(day)]
        if in_force:
            return in_force[-1]
        earlier = [s for s in self._sets if s.effective_from <= day]
        return (earlier or self._sets)[-1 if earlier else 0]

    def lineage(self, rs: RuleSet) -> tuple[RuleSet, ...]:
        """``rs`` and the sets before it: each set is laid over the one in force before it."""
        index = next(i for i, s in enumerate(self._sets) if s is rs)
        return tuple(self._sets[: index + 1])

    def deadlines_patch(self, rs: RuleSet) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for s in self.lineage(rs):
            merged = deep_merge(merged, dict(s.deadlines_patch))
        return merged

    def templates_patch(self, rs: RuleSet) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for s in self.lineage(rs):
            merged = deep_merge(merged, dict(s.templates_patch))
        return merged

    def rules_of(self, rs: RuleSet) -> RuleBook:
        if rs.key not in self._rules:
            self._rules[rs.key] = _build_rules(self.deadlines_patch(rs))
        return self._rules[rs.key]

    def rules_for(self, day: date) -> RuleBook:
        return self.rules_of(self.for_day(day))


_state: dict[str, RuleSetRegistry] = {}


def registry() -> RuleSetRegistry:
    """The registry in use: bundled sets plus the admin sets installed by :func:`install_admin_sets`."""
    if "current" not in _state:
        _state["current"] = RuleSetRegistry(bundled_rulesets())
    return _state["current"]


def install_admin_sets(extra: Sequence[RuleSet]) -> RuleSetRegistry:
    """Replace the admin-loaded sets (a set with a bundled key replaces the bundled one)."""
    keys = {s.key for s in extra}
    _state["current"] = RuleSetRegistry([s for s in bundled_rulesets() if s.key not in keys] + list(extra))
    return _state["current"]


def ruleset_for(day: date) -> RuleSet:
    return registry().for_day(day)


def rules_for(day: date) -> RuleBook:
    """The deadline rules in force on ``day`` (a case's received date)."""
    return registry().rules_for(day)


def candidate(rs: RuleSet) -> RuleSetRegistry:
    """The registry in use with ``rs`` added (replacing a set of the same key), for checking an import."""
    return RuleSetRegistry([s for s in registry().sets if s.key != rs.key] + [rs])
