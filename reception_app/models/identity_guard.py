"""Identity guard for free text: find a reporter's own identity typed into the subject or content. Pure.

Officers often write "Ông Nguyễn Văn An, SĐT 0912 345 678, tố cáo …" into the case content, which is stored
in the clear and indexed for search. :func:`find_identity` finds, in any text:

- the reporter's typed full name, folded (no diacritics, any case), and partial names: the surname or middle
  name with the given name ("Nguyễn An", "Văn An") and an honorific with the given name ("ông An", "chị An");
- the typed phone number and ID number, whatever the separators ("0912.345.678", "+84 912 345 678");
- the typed address, whole or its house-number part ("số 12 ngõ 34 Hàng Bông");
- even without a typed identity, anything shaped like a Vietnamese phone number or a 9/12-digit ID number.

:func:`replace_hits` swaps every hit for a placeholder such as "[người tố cáo]".
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from reception_app.models.case import ReporterIdentity
from reception_app.models.enums import CaseKind
from reception_app.models.fold import fold

MAX_TEXT = 100_000  # looked at; longer free text is refused elsewhere


class HitKind(Enum):
    NAME = "name"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    ADDRESS = "address"
    PHONE_PATTERN = "phone_pattern"
    ID_PATTERN = "id_pattern"

    @property
    def from_reporter(self) -> bool:
        """True for a match of what the officer typed as the reporter's identity (not just a number's shape)."""
        return self in {HitKind.NAME, HitKind.PHONE, HitKind.ID_NUMBER, HitKind.ADDRESS}


@dataclass(frozen=True)
class IdentityHit:
    """A span ``text[start:end]`` of the original (unfolded) text that looks like identity."""

    start: int
    end: int
    kind: HitKind

    def __repr__(self) -> str:  # the matched text is never part of the repr
        return f"IdentityHit({self.start}, {self.end}, {self.kind.value})"


_PLACEHOLDERS = {
    CaseKind.DENUNCIATION: "[người tố cáo]",
    CaseKind.COMPLAINT: "[người khiếu nại]",
    CaseKind.PETITION: "[người kiến nghị]",
    CaseKind.MIXED: "[người gửi đơn]",
}
DEFAULT_PLACEHOLDER = "[người tố cáo]"

HONORIFIC_WORDS = ("ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cụ", "dì", "thím", "mợ")
HONORIFICS = tuple(fold(h) for h in HONORIFIC_WORDS)
_UNICODE_WORD = re.compile(r"[^\W_]+")
_DIGIT_SEP = r"[\s.\-]?"
# A Vietnamese phone: 0 or +84/84 then 9 digits (mobile 0[35789]x…, landline 02x…), separators allowed.
_PHONE_PATTERN = re.compile(r"(?<![\d+])(?:\+?84[\s.\-]?|0)(?:\d[\s.\-]?){8}\d(?!\d)")
# CMND (9 digits) or CCCD (12 digits), not part of a longer number. Grouped digits ("100.000.000") are money
# far more often than an ID, so only an unbroken run counts.
_ID_PATTERN = re.compile(r"(?<![\d.,])(?:\d{12}|\d{9})(?![\d.,]\d|\d)")
_WORD = re.compile(r"[a-z0-9]+")


def placeholder_for(kind: CaseKind | None) -> str:
    """The word an identity is replaced with, by kind: "[người tố cáo]", "[người khiếu nại]", …"""
    return _PLACEHOLDERS.get(kind, DEFAULT_PLACEHOLDER) if kind is not None else DEFAULT_PLACEHOLDER


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    nfd = unicodedata.normalize("NFD", ch.translate({0x111: "d", 0x110: "D", 0xD0: "D"}).casefold())
    return "".join(c for c in nfd if not unicodedata.combining(c))


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` char by char; ``positions[i]`` is the index in ``text`` of folded char ``i``."""
    pieces = [_fold_char(ch) for ch in text]
    folded = "".join(pieces)
    if len(folded) == len(text) and "" not in pieces:  # the usual case: every char folds to exactly one
        return folded, list(range(len(text)))
    positions: list[int] = []
    for index, piece in enumerate(pieces):
        positions.extend([index] * len(piece))
    return folded, positions


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _phrase_regex(words: Sequence[str]) -> str:
    return r"(?<![a-z0-9])" + r"[\s,.\-]+".join(re.escape(w) for w in words) + r"(?![a-z0-9])"


_NAME_GAP = re.compile(r"[\s,.\-]+")


Token = tuple[str, int, int]


def _name_spans(
    text: str, folded: str, positions: Sequence[int], tokens: Sequence[Token], full_name: str
) -> list[tuple[int, int]]:
    """Spans of ``folded`` naming the person: the given name preceded by surname/middle names in their order
    ("Nguyễn Văn An", "Nguyễn An", "Văn An") and/or an honorific ("ông An", "Ông Nguyễn Văn An").

    One pass over the words. Folding alone would read "cơ quan" as "cô Quân": a word typed with diacritics must
    carry the name's own (any case); a word typed without any diacritics may match the folded name.
    """
    words = _words(full_name)
    if not words:
        return []
    given = words[-1]
    exact = {w.casefold() for w in _UNICODE_WORD.findall(unicodedata.normalize("NFC", full_name))}
    exact.update(HONORIFIC_WORDS)

    def fits(index: int) -> bool:
        _, start, end = tokens[index]
        typed = unicodedata.normalize("NFC", text[positions[start] : positions[end - 1] + 1]).casefold()
        return typed in exact or typed == fold(typed)

    def joined(left: int) -> bool:  # only spaces or light punctuation between token left and left + 1
        return _NAME_GAP.fullmatch(folded, tokens[left][2], tokens[left + 1][1]) is not None

    spans: list[tuple[int, int]] = []
    for i, (word, _, end) in enumerate(tokens):
        if word != given or not fits(i):
            continue
        first, k = i, len(words) - 2
        while first > 0 and k >= 0 and joined(first - 1):
            previous = tokens[first - 1][0]
            m = next((n for n in range(k, -1, -1) if words[n] == previous), None)
            if m is None or not fits(first - 1):
                break
            first, k = first - 1, m - 1
        count = i - first + 1
        titled = first > 0 and joined(first - 1) and tokens[first - 1][0] in HONORIFICS and fits(first - 1)
        if titled:
            first -= 1
        if count >= 2 or (titled and len(words) > 1) or (len(words) == 1 and (titled or len(given) >= 4)):
            spans.append((tokens[first][1], end))
    return spans


def _digits_regex(digits: str) -> str:
    return r"(?<!\d)" + _DIGIT_SEP.join(digits) + r"(?!\d)"


def _phone_patterns(phone: str) -> list[str]:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return []
    national = digits[2:] if digits.startswith("84") and len(digits) >= 11 else digits.removeprefix("0")
    return [
        _digits_regex(digits),
        r"(?:\+?84[\s.\-]?|0)" + _DIGIT_SEP.join(national) + r"(?!\d)",
    ]


def _id_patterns(id_number: str) -> list[str]:
    words = _words(id_number)
    if not words:
        return []
    joined = "".join(words)
    if joined.isdigit():
        return [_digits_regex(joined)] if len(joined) >= 6 else []
    return [_phrase_regex([joined])] if len(joined) >= 6 else []


def _address_patterns(address: str) -> list[str]:
    patterns = []
    whole = _words(address)
    if len(whole) >= 3:
        patterns.append(_phrase_regex(whole))
    for part in re.split(r"[,;\n]", address):
        words = _words(part)
        if len(words) >= 2 and any(w.isdigit() for w in words):  # a house number with its street: identifying
            patterns.append(_phrase_regex(words))
            # …and its numbered part alone ("12 ngõ 34" of "số 12 ngõ 34 phố Hàng Bông")
            last_digit = max(i for i, w in enumerate(words) if w.isdigit())
            numbered = words[1 if words[0] == "so" else 0 : last_digit + 1]
            if len(numbered) >= 2:
                patterns.append(_phrase_regex(numbered))
    return patterns


def _spans(pattern: re.Pattern[str], folded: str) -> Iterable[tuple[int, int]]:
    for match in pattern.finditer(folded):
        if match.end() > match.start():
            yield match.start(), match.end()


def find_identity(
    text: str, identities: Sequence[ReporterIdentity] = (), *, patterns: bool = True
) -> list[IdentityHit]:
    """Where ``text`` holds a reporter's identity (or, with ``patterns``, anything shaped like a phone/ID number).

    Args:
        text: free text as typed (subject, content, notes).
        identities: the reporters' identities typed on the same form.
        patterns: also flag phone-like and 9/12-digit ID-like numbers that match no typed identity.

    Returns:
        Non-overlapping hits in text order, the longest one kept where two overlap; spans index ``text``.
    """
    if not isinstance(text, str) or not text:
        return []
    text = text[:MAX_TEXT]
    folded, positions = _folded_with_map(text)
    found: list[tuple[int, int, HitKind]] = []
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)] if identities else []
    for identity in dict.fromkeys(identities):
        spans = _name_spans(text, folded, positions, tokens, identity.full_name)
        found.extend((s, e, HitKind.NAME) for s, e in spans)
        for kind, regexes in (
            (HitKind.PHONE, _phone_patterns(identity.phone)),
            (HitKind.ID_NUMBER, _id_patterns(identity.id_number)),
            (HitKind.ADDRESS, _address_patterns(identity.address)),
        ):
            for regex in regexes:
                found.extend((s, e, kind) for s, e in _spans(re.compile(regex), folded))
    if patterns:
        for kind, compiled in ((HitKind.PHONE_PATTERN, _PHONE_PATTERN), (HitKind.ID_PATTERN, _ID_PATTERN)):
            found.extend((s, e, kind) for s, e in _spans(compiled, folded))
    # Longest first, reporter matches before bare patterns; then drop whatever overlaps a kept hit.
    found.sort(key=lambda h: (-(h[1] - h[0]), not h[2].from_reporter, h[0]))
    kept: list[tuple[int, int, HitKind]] = []
    starts: list[int] = []  # of the kept spans, sorted; kept spans never overlap, so neighbours suffice
    ends: list[int] = []
    for start, end, kind in found:
        at = bisect.bisect_left(starts, start)
        if (at < len(starts) and starts[at] < end) or (at > 0 and ends[at - 1] > start):
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.append((start, end, kind))
    hits = [IdentityHit(positions[s], positions[e - 1] + 1, kind) for s, e, kind in kept]
    return sorted(hits, key=lambda h: h.start)


def replace_hits(text: str, hits: Sequence[IdentityHit], placeholder: str = DEFAULT_PLACEHOLDER) -> str:
    """``text`` with every hit replaced by ``placeholder`` (hits as returned by :func:`find_identity`)."""
    out: list[str] = []
    last = 0
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start < last:
            continue
        out.append(text[last : hit.start])
        out.append(placeholder)
        last = hit.end
    out.append(text[last:])
    return "".join(out)


def scrub(text: str, identities: Sequence[ReporterIdentity], placeholder: str = DEFAULT_PLACEHOLDER) -> str:
    """``text`` with every identity match and phone/ID-shaped number replaced (what the search index holds)."""
    return replace_hits(text, find_identity(text, identities), placeholder)
