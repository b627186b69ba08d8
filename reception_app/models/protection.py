"""Whistleblower protection (Luật Tố cáo 2018 Điều 47–52, 56; DOMAIN-VN §3.3): value types.

Who is protected (the denouncer, spouse, parents, children …) and why are identity data: they are sealed to
the identity public key at rest, like reporters, and only an audited supervisor action opens them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from reception_app.models.enums import ProtectionStatus, Relation

PROTECTION_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ProtectedPerson:
    full_name: str
    relation: Relation
    address: str = ""
    phone: str = ""

    def __repr__(self) -> str:
        return f"ProtectedPerson(<sealed>, relation={self.relation.value!r})"

    __str__ = __repr__


@dataclass(frozen=True)
class ProtectionDetails:
    """The sealed part of a protection request: the people and the reasons (Điều 50)."""

    persons: tuple[ProtectedPerson, ...]
    reasons: str

    def to_canonical_json(self) -> bytes:
        data = {
            "v": PROTECTION_SCHEMA_VERSION,
            "reasons": self.reasons,
            "persons": [
                {"full_name": p.full_name, "relation": p.relation.value, "address": p.address, "phone": p.phone}
                for p in self.persons
            ],
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_canonical_json(cls, raw: bytes) -> ProtectionDetails:
        data = json.loads(raw.decode("utf-8"))
        persons = tuple(
            ProtectedPerson(p["full_name"], Relation(p["relation"]), p.get("address", ""), p.get("phone", ""))
            for p in data["persons"]
        )
        return cls(persons, data.get("reasons", ""))

    def __repr__(self) -> str:
        return f"ProtectionDetails(<sealed>, persons={len(self.persons)})"

    __str__ = __repr__


@dataclass(frozen=True)
class ProtectionMeasure:
    id: int
    measure: str
    due_on: date | None
    done_on: date | None

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class RetaliationReport:
    """A report of retaliation; the description is sealed (``description`` is None while masked)."""

    id: int
    reported_on: date
    status: str
    created_by: str
    description: str | None = None

    def __repr__(self) -> str:
        return f"RetaliationReport(id={self.id}, status={self.status!r})"


@dataclass(frozen=True)
class ProtectionCase:
    """One protection request with its measures; identity fields masked unless opened (``details``)."""

    id: int
    case_uid: str
    case_number: str
    requested_on: date
    status: ProtectionStatus
    measures_requested: tuple[str, ...]
    decision_number: str
    decided_on: date | None
    decided_by: str
    created_by: str
    measures: tuple[ProtectionMeasure, ...] = ()
    open_retaliation_reports: int = 0
    details: ProtectionDetails | None = None
    retaliation: tuple[RetaliationReport, ...] = ()

    def overdue_measures(self, today: date) -> tuple[ProtectionMeasure, ...]:
        return tuple(m for m in self.measures if m.overdue(today))
