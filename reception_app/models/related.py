"""Related-case suggestions (pure part): folded top terms of a text and the suggestion value types.

Suggestions use content, the accused person or body, the ward and explicit links — never identity
(ARCHITECTURE §4: officers get related cases by content, accused person and place).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reception_app.models.enums import CaseKind, CaseStatus
from reception_app.models.fold import fold

MAX_TEXT = 20_000
MAX_CANDIDATE_TERMS = 64
_TOKEN = re.compile(r"[^\W_]+")

# Very common folded Vietnamese syllables and petition boilerplate: they say nothing about the content.
_STOPWORD_TEXT = (
    "va cua la cac nhung cho voi co khong duoc trong nay do den tu toi ong ba anh chi em da dang se thi ma "
    "mot hai ba nam ngay thang theo tai ve nhu khi de bi boi vi nen neu hoac cung rat nhieu it hon "
    "don to cao khieu nai kien nghi phan anh de nghi yeu cau xem xet giai quyet can bo viec noi dung "
    "so xa phuong tinh huyen thanh pho quan nguoi gia dinh chung ho ra vao len xuong lai con van"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split(" "))


class RelationReason(StrEnum):
    """Why a case is suggested, strongest first."""

    LINKED = "da_lien_ket"
    SAME_ACCUSED = "cung_doi_tuong"
    SIMILAR_CONTENT = "noi_dung_tuong_tu"
    SAME_WARD = "cung_xa_phuong"

    @property
    def label(self) -> str:
        return {
            RelationReason.SAME_ACCUSED: "Cùng người/cơ quan bị khiếu nại, tố cáo",
            RelationReason.SIMILAR_CONTENT: "Nội dung tương tự",
            RelationReason.SAME_WARD: "Cùng xã, phường",
            RelationReason.LINKED: "Đã liên kết cùng nội dung",
        }[self]


@dataclass(frozen=True)
class RelatedCase:
    """One suggestion. ``matched_terms`` are folded content words shared with the draft or case."""

    uid: str
    number: str
    kind: CaseKind
    subject: str
    status: CaseStatus
    received_at: datetime
    reasons: tuple[RelationReason, ...]
    matched_terms: tuple[str, ...] = ()


def candidate_terms(*texts: str) -> list[str]:
    """Folded words of the texts worth matching on, most frequent first (ties: longer first)."""
    counts: Counter[str] = Counter()
    for text in texts:
        for token in _TOKEN.findall(fold(text[:MAX_TEXT])):
            if len(token) >= 2 and token not in STOPWORDS and not token.isdigit() and len(token) <= 40:
                counts[token] += 1
    ranked = sorted(counts, key=lambda t: (-counts[t], -len(t), t))
    return ranked[:MAX_CANDIDATE_TERMS]


def accused_phrase(accused: str) -> str | None:
    """The accused folded into an FTS5 phrase for the ``accused`` column, or None when empty."""
    tokens = _TOKEN.findall(fold(accused[:500]))
    return '"' + " ".join(tokens[:12]) + '"' if tokens else None


def terms_in(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(fold(text[:MAX_TEXT])))
