"""Statutory deadlines as data (``resources/rules/deadlines.json``) and working-day arithmetic.

Working days are Monday–Friday minus Vietnamese public holidays (``holidays`` package, which also knows the
official swapped working Saturdays) minus admin-entered days off, plus admin-entered working days. Admin
entries win over the package. Counting starts the day after the start date ("kể từ ngày nhận").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from reception_app.models.enums import CaseKind
from reception_app.resources import resource_path

# Luat TCD Dieu 28.1 (kept for callers that predate the rules file; the rules file is the source of truth).
RECEPTION_ANSWER_WORKING_DAYS = 10


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    DAYS = "days"

    @property
    def label(self) -> str:
        return "ngày làm việc" if self is Unit.WORKING_DAYS else "ngày"


class Certainty(StrEnum):
    """DOMAIN-VN §0 source tags."""

    VERIFIED = "V"
    REAL_SOFTWARE = "R"
    THIRD_PARTY = "T"
    MEMORY = "M"


class RulesError(ValueError):
    """The rules file is malformed (a packaging bug, not a user error)."""


@cache
def _vn_holidays(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(public holidays incl. observed/substituted days, official working weekend days) of one year."""
    import holidays  # ≈ 40 ms: loaded with the first deadline, not at start-up

    vn = holidays.country_holidays("VN", years=[year])
    return frozenset(vn.keys()), frozenset(d for d in vn.weekend_workdays if d.year == year)


@dataclass(frozen=True)
class WorkCalendar:
    """Public holidays and weekends plus the admin's exceptions (``calendar_days`` table)."""

    extra_days_off: frozenset[date] = frozenset()
    extra_working_days: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_days_off:
            return False
        if day in self.extra_working_days:
            return True
        public, swapped_workdays = _vn_holidays(day.year)
        if day in swapped_workdays:
            return True
        return day.weekday() < 5 and day not in public

    def add_working_days(self, start: date, days: int) -> date:
        """The date ``days`` working days after ``start`` (``start`` itself is not counted)."""
        if days < 0:
            raise ValueError("days must be >= 0")
        current, left = start, days
        while left > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                left -= 1
        return current

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.working_days_between(end, start)
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            count += self.is_working_day(current)
        return count


def add_working_days(
    start: date, days: int, *, extra_days_off: Iterable[date] = (), working_saturdays: Iterable[date] = ()
) -> date:
    """The date ``days`` working days after ``start`` (the start day itself is not counted)."""
    return WorkCalendar(frozenset(extra_days_off), frozenset(working_saturdays)).add_working_days(start, days)


@dataclass(frozen=True)
class Extension:
    """``length`` more units per extension, at most ``max_count`` times (each needs a decision number)."""

    length: int
    max_count: int
    note: str = ""


@dataclass(frozen=True)
class DeadlineRule:
    code: str
    label: str
    unit: Unit
    length: int
    basis: str
    tag: Certainty
    complex_length: int | None = None
    remote_length: int | None = None
    remote_complex_length: int | None = None
    extension: Extension | None = None
    closed_by: tuple[str, ...] = ()

    def length_for(self, *, complex_case: bool = False, remote_area: bool = False) -> int:
        if remote_area and complex_case and self.remote_complex_length:
            return self.remote_complex_length
        if remote_area and self.remote_length:
            return self.remote_length
        if complex_case and self.complex_length:
            return self.complex_length
        return self.length


@dataclass(frozen=True)
class RuleBook:
    """All rules plus which rules open at intake, acceptance and transfer, per case kind."""

    rules: Mapping[str, DeadlineRule]
    on_intake: Mapping[str, str | None]
    on_accept: Mapping[str, tuple[str, ...]]
    on_transfer_report_back: Mapping[str, str]
    retention: str
    calendar_days_end_on_working_day: bool = True
    on_refusal: str | None = None  # the written refusal notice owed after a refusal (NĐ 154/2026 [T]), if any

    def refusal_rule(self) -> DeadlineRule | None:
        return self.rule(self.on_refusal) if self.on_refusal else None

    def rule(self, code: str) -> DeadlineRule:
        try:
            return self.rules[code]
        except KeyError:
            raise RulesError(f"unknown deadline rule {code!r}") from None

    def intake_rule(self, kind: CaseKind) -> DeadlineRule | None:
        code = self.on_intake.get(kind.value)
        return self.rule(code) if code else None

    def accept_rules(self, kind: CaseKind, *, second_instance: bool = False) -> tuple[DeadlineRule, ...]:
        key = f"{kind.value}_lan_2" if second_instance and f"{kind.value}_lan_2" in self.on_accept else kind.value
        return tuple(self.rule(c) for c in self.on_accept.get(key, ()))

    def transfer_report_rule(self, kind: CaseKind) -> DeadlineRule | None:
        code = self.on_transfer_report_back.get(kind.value)
        return self.rule(code) if code else None

    def due(
        self,
        rule: DeadlineRule,
        start: date,
        calendar: WorkCalendar,
        *,
        complex_case: bool = False,
        remote_area: bool = False,
    ) -> date:
        """Due date of ``rule`` counted from ``start``."""
        return self.add(rule.unit, start, rule.length_for(complex_case=complex_case, remote_area=remote_area), calendar)

    def add(self, unit: Unit, start: date, length: int, calendar: WorkCalendar) -> date:
        if unit is Unit.WORKING_DAYS:
            return calendar.add_working_days(start, length)
        end = start + timedelta(days=length)
        return calendar.next_working_day(end) if self.calendar_days_end_on_working_day else end

    def extended(self, rule: DeadlineRule, current_due: date, extensions_so_far: int, calendar: WorkCalendar) -> date:
        """The due date after one more extension; raises :class:`DeadlineNotExtendable` past the limit."""
        ext = rule.extension
        if ext is None or extensions_so_far >= ext.max_count:
            raise DeadlineNotExtendable(rule, extensions_so_far)
        return self.add(rule.unit, current_due, ext.length, calendar)


class DeadlineNotExtendable(ValueError):
    def __init__(self, rule: DeadlineRule, done: int) -> None:
        self.rule, self.done = rule, done
        allowed = rule.extension.max_count if rule.extension else 0
        super().__init__(
            f"Thời hạn “{rule.label}” không được gia hạn thêm (đã gia hạn {done}/{allowed} lần; {rule.basis})."
        )


def _positive_int(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise RulesError(f"{where}: expected a positive integer")
    return value


def _optional_int(value: object, where: str) -> int | None:
    return None if value is None else _positive_int(value, where)


def parse_rules(data: Mapping[str, Any]) -> RuleBook:
    """Validate and build a :class:`RuleBook` from the JSON document (format 1)."""
    if data.get("format") != 1:
        raise RulesError("unsupported rules format")
    rules: dict[str, DeadlineRule] = {}
    for code, raw in dict(data.get("rules", {})).items():
        where = f"rules.{code}"
        try:
            unit, tag = Unit(raw["unit"]), Certainty(raw["tag"])
        except (KeyError, ValueError) as exc:
            raise RulesError(f"{where}: bad unit or tag") from exc
        ext_raw = raw.get("extension")
        ext = (
            Extension(
                _positive_int(ext_raw.get("length"), where + ".extension.length"),
                _positive_int(ext_raw.get("max_count"), where + ".extension.max_count"),
                str(ext_raw.get("note", "")),
            )
            if ext_raw
            else None
        )
        label, basis = raw.get("label"), raw.get("basis")
        if not isinstance(label, str) or not label or not isinstance(basis, str) or not basis:
            raise RulesError(f"{where}: label and basis are required")
        rules[code] = DeadlineRule(
            code=code,
            label=label,
            unit=unit,
            length=_positive_int(raw.get("length"), where + ".length"),
            basis=basis,
            tag=tag,
            complex_length=_optional_int(raw.get("complex_length"), where + ".complex_length"),
            remote_length=_optional_int(raw.get("remote_length"), where + ".remote_length"),
            remote_complex_length=_optional_int(raw.get("remote_complex_length"), where + ".remote_complex_length"),
            extension=ext,
            closed_by=tuple(str(a) for a in raw.get("closed_by", ())),
        )
    on_intake = {str(k): (str(v) if v else None) for k, v in dict(data.get("on_intake", {})).items()}
    on_accept = {str(k): tuple(str(c) for c in v) for k, v in dict(data.get("on_accept", {})).items()}
    on_transfer = {str(k): str(v) for k, v in dict(data.get("on_transfer_report_back", {})).items()}
    retention = str(data.get("retention", ""))
    on_refusal = str(data["on_refusal"]) if data.get("on_refusal") else None
    referenced = [c for c in on_intake.values() if c] + [c for cs in on_accept.values() for c in cs]
    referenced += [*on_transfer.values(), retention, *([on_refusal] if on_refusal else [])]
    missing = sorted({c for c in referenced if c not in rules})
    if missing:
        raise RulesError(f"rules referenced but not defined: {missing}")
    for kind in CaseKind:
        if kind.value not in on_intake:
            raise RulesError(f"on_intake has no entry for {kind.value}")
    roll = data.get("calendar_days_end_on_working_day", {"value": True})
    return RuleBook(
        rules, on_intake, on_accept, on_transfer, retention, bool(dict(roll).get("value", True)), on_refusal
    )


def load_rules(path: Path) -> RuleBook:
    return parse_rules(json.loads(path.read_text(encoding="utf-8")))


@cache
def default_rules() -> RuleBook:
    """The bundled ``resources/rules/deadlines.json``."""
    return load_rules(resource_path("rules", "deadlines.json"))
