"""Vietnamese search folding and safe FTS5 query building (ARCHITECTURE.md §6, "Vietnamese search")."""

from __future__ import annotations

import re
import unicodedata

# đ/Đ is a separate letter, not d + a combining mark, so NFD alone never folds it. U+00D0 (Icelandic eth,
# uppercase) is what some legacy VNI/TCVN3 converters emit for Đ; folding it too costs nothing for search.
_STROKE_D = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D"})
_WHITESPACE = re.compile(r"\s+")

# \w minus "_": FTS5's unicode61 tokenizer treats "_" as a separator, and a token made only of "_" becomes an
# empty phrase that makes the whole AND match nothing. Splitting on "_" keeps "foo_bar" searchable.
_TOKEN = re.compile(r"[^\W_]+")

MAX_QUERY_TOKENS = 16
MAX_TOKEN_CHARS = 64
# Only this much of the typed text is looked at: no real search is longer, and it bounds the work on a paste.
MAX_QUERY_INPUT = 10_000


def fold(text: str) -> str:
    """Fold Vietnamese text for searching: no diacritics, đ → d, lower case, single spaces.

    The same function folds the indexed copy and the query, so both sides always agree.

    Args:
        text: any text.

    Returns:
        The folded text, e.g. ``fold("Nguyễn Văn Đức") == "nguyen van duc"``.

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError("fold() expects str")
    nfc = unicodedata.normalize("NFC", text).translate(_STROKE_D)
    # casefold before dropping marks: casefold may itself produce a combining mark ("İ" → "i" + U+0307).
    decomposed = unicodedata.normalize("NFD", nfc.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WHITESPACE.sub(" ", bare).strip()


def _quote(token: str) -> str:
    # Tokens hold only word characters, so there is never a quote to escape; doubled anyway for safety.
    return '"' + token.replace('"', '""') + '"*'


def fts_query(user_text: str) -> str | None:
    """Turn arbitrary user search text into a safe FTS5 ``MATCH`` expression.

    The text is folded and cut into word tokens, so quotes, ``*``, ``-``, ``:``, ``^``, parentheses and the
    words ``AND``/``OR``/``NOT``/``NEAR`` never reach FTS5 as syntax. Each token becomes a quoted prefix
    phrase and all tokens must match: ``"nguyen"* AND "duc"*``. At most :data:`MAX_QUERY_TOKENS` distinct
    tokens of at most :data:`MAX_TOKEN_CHARS` characters are kept.

    Args:
        user_text: what the user typed in the search box.

    Returns:
        The MATCH expression, or None when the text holds no word at all (the caller then lists instead).

    Raises:
        TypeError: if ``user_text`` is not a ``str``.
    """
    folded = fold(user_text[:MAX_QUERY_INPUT] if isinstance(user_text, str) else user_text)
    tokens: dict[str, None] = {}
    for match in _TOKEN.finditer(folded):
        tokens.setdefault(match.group()[:MAX_TOKEN_CHARS], None)
        if len(tokens) >= MAX_QUERY_TOKENS:
            break
    if not tokens:
        return None
    return " AND ".join(_quote(t) for t in tokens)
