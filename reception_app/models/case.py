"""Case and reporter dataclasses. Identity lives only in ``ReporterIdentity``, which is sealed at rest."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from reception_app.models.enums import (
    CaseKind,
    CaseStatus,
    Channel,
    DocumentState,
    Gender,
    IdKind,
    Sector,
)

IDENTITY_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ReporterIdentity:
    """Everything that identifies a reporter. Never stored, logged or indexed in plaintext."""

    full_name: str
    id_kind: IdKind = IdKind.NONE
    id_number: str = ""
    id_issued_on: date | None = None
    id_issued_by: str = ""
    birth_date: date | None = None
    gender: Gender = Gender.UNSPECIFIED
    province_code: str = ""
    ward_code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""

    def to_canonical_json(self) -> bytes:
        """Canonical JSON (sorted keys, no spaces, UTF-8) used as the sealing plaintext."""
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:  # an unknown date: "" (str(None) would not read back)
                data[f.name] = ""
            else:
                data[f.name] = value.isoformat() if isinstance(value, date) else str(value)
        data["v"] = IDENTITY_SCHEMA_VERSION
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_canonical_json(cls, raw: bytes) -> ReporterIdentity:
        data = json.loads(raw.decode("utf-8"))
        data.pop("v", None)

        def day(v: str) -> date | None:
            return date.fromisoformat(v) if v and v != "None" else None  # "None": written before the fix

        return cls(
            full_name=data["full_name"],
            id_kind=IdKind(data.get("id_kind", "")),
            id_number=data.get("id_number", ""),
            id_issued_on=day(data.get("id_issued_on", "")),
            id_issued_by=data.get("id_issued_by", ""),
            birth_date=day(data.get("birth_date", "")),
            gender=Gender(data.get("gender", "")),
            province_code=data.get("province_code", ""),
            ward_code=data.get("ward_code", ""),
            address=data.get("address", ""),
            phone=data.get("phone", ""),
            email=data.get("email", ""),
        )

    def __repr__(self) -> str:  # never let identity reach a traceback or log through repr()
        return "ReporterIdentity(<sealed>)"

    __str__ = __repr__


@dataclass(frozen=True)
class ReporterDraft:
    """A reporter as typed at intake."""

    identity: ReporterIdentity
    is_representative: bool = False


@dataclass(frozen=True)
class ReceivedDocument:
    """A paper the citizen handed over (listed on the receipt)."""

    name: str
    pages: int = 1
    state: DocumentState = DocumentState.COPY


@dataclass(frozen=True)
class CaseDraft:
    """A new case as entered at the desk. ``reporters`` is empty for anonymous tips."""

    kind: CaseKind
    channel: Channel
    sector: Sector
    subject: str
    content: str
    accused: str = ""
    accused_position: str = ""
    province_code: str = ""
    ward_code: str = ""
    location: str = ""
    group_size: int = 1
    reporters: tuple[ReporterDraft, ...] = ()
    documents: tuple[ReceivedDocument, ...] = ()
    received_at: datetime | None = None
    led_by_head: bool = False  # a walk-in received by the head of the agency (lãnh đạo tiếp), for Biểu 01/TCD


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list. Carries no identity, only the first reporter's code."""

    id: int
    uid: str
    number: str
    received_at: datetime
    kind: CaseKind
    subject: str
    status: CaseStatus
    due_on: date | None
    reporter_code: str


@dataclass(frozen=True)
class ReporterView:
    """A reporter on the detail page. ``identity`` is None while masked."""

    seq: int
    reporter_code: str
    is_representative: bool
    identity: ReporterIdentity | None = None


@dataclass(frozen=True)
class CaseDetail:
    """A whole case as shown on the detail page (identities masked unless revealed)."""

    id: int
    uid: str
    number: str
    received_at: datetime
    kind: CaseKind
    channel: Channel
    sector: Sector
    subject: str
    content: str
    accused: str
    accused_position: str
    province_code: str
    ward_code: str
    location: str
    group_size: int
    status: CaseStatus
    due_on: date | None
    officer: str
    created_at: datetime
    version: int
    reporters: tuple[ReporterView, ...] = ()
    documents: tuple[ReceivedDocument, ...] = ()
    officer_name: str = ""  # the receiving officer's full name ("" if unknown: show ``officer``)

    @property
    def anonymous(self) -> bool:
        return self.kind is CaseKind.ANONYMOUS_TIP


OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.PROCESSED, CaseStatus.IN_PROGRESS)


@dataclass(frozen=True)
class CaseFilter:
    """Filter chips of the case list. ``overdue``: open cases whose due date has passed."""

    kind: CaseKind | None = None
    status: CaseStatus | None = None
    overdue: bool = False

    @property
    def is_empty(self) -> bool:
        return self.kind is None and self.status is None and not self.overdue


@dataclass(frozen=True)
class PageKey:
    """Keyset position: the last row's id of the previous page (lists are newest first by id)."""

    last_id: int


@dataclass(frozen=True)
class Page:
    """A page of case rows plus the key to fetch the next one (None at the end)."""

    rows: tuple[CaseSummary, ...]
    next_key: PageKey | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def asdict_safe(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict`` for non-identity dataclasses (used by exports and tests)."""
    if isinstance(obj, ReporterIdentity):
        raise TypeError("identity must not be serialised outside sealing")
    return asdict(obj)
