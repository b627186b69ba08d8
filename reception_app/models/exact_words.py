"""Exact-word search: "Nhung" finds "Nhung" but not "những" (the normal search ignores marks)."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")
MAX_WORDS = 8


def exact_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` with their marks (NFC, case-folded), at most :data:`MAX_WORDS`, no repeats."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    return tuple(dict.fromkeys(words))[:MAX_WORDS]


def has_exact_words(words: tuple[str, ...], text: str) -> bool:
    """True when every word appears in ``text`` as a whole word with the same letters and marks (any case)."""
    found = set(_WORD.findall(unicodedata.normalize("NFC", text).casefold()))
    return all(word in found for word in words)
