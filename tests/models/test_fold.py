"""Vietnamese folding and the FTS5 query builder: hostile input never reaches FTS5 as syntax."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception_app.models.fold import MAX_QUERY_TOKENS, MAX_TOKEN_CHARS, fold, fts_query

QUERY_SHAPE = re.compile(r'^("[^"]+"\* AND )*"[^"]+"\*$')
# Quoted phrases removed, nothing else may remain but the AND joiners.
PHRASE = re.compile(r'"(?:[^"]|"")*"\*')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("Đắk Lắk", "dak lak"),
        ("ĐƯỜNG  Lê\tLợi\n", "duong le loi"),
        ("  Thừa   Thiên Huế ", "thua thien hue"),
        ("Quận 1, TP. Hồ Chí Minh", "quan 1, tp. ho chi minh"),
        ("", ""),
    ],
)
def test_fold_examples(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_d_with_stroke_both_cases() -> None:
    assert fold("Đường") == fold("đường") == "duong"
    assert fold("Ðường") == "duong"  # U+00D0 from legacy converters


def test_fold_nfd_input_equals_nfc_input() -> None:
    text = "Nguyễn Thị Ánh Tuyết, Đắk Nông, Thừa Thiên Huế"
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert fold(nfd) == fold(text) == "nguyen thi anh tuyet, dak nong, thua thien hue"


def test_fold_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        fold(b"abc")  # type: ignore[arg-type]


@given(st.text())
def test_fold_is_idempotent_and_has_no_marks(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert "đ" not in folded
    assert "Đ" not in folded


def test_fts_query_basic() -> None:
    assert fts_query("Nguyễn Văn Đức") == '"nguyen"* AND "van"* AND "duc"*'
    assert fts_query("Đắk") == '"dak"*'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"', None),
        ("*", None),
        ("", None),
        ("   \t\n ", None),
        ("!@#$%^&*()-+=:;'\"<>,.?/\\|{}[]~`", None),
        ("___", None),
        ("NEAR(", '"near"*'),
        ("NEAR(a b, 3)", '"near"* AND "a"* AND "b"* AND "3"*'),
        ("a OR b", '"a"* AND "or"* AND "b"*'),
        ("a NOT b", '"a"* AND "not"* AND "b"*'),
        ("col:x", '"col"* AND "x"*'),
        ("subject:tham", '"subject"* AND "tham"*'),
        ("-x", '"x"*'),
        ("^x", '"x"*'),
        ('"unbalanced', '"unbalanced"*'),
        ('a" OR "b', '"a"* AND "or"* AND "b"*'),
        ("foo_bar", '"foo"* AND "bar"*'),
        ("x x x", '"x"*'),
    ],
)
def test_fts_query_hostile_input(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected


def _bare_remainder(query: str) -> str:
    return PHRASE.sub("", query).replace(" AND ", "").strip()


@pytest.mark.parametrize(
    "text", ['x"', "x*", "NEAR(", "a OR b", "col:x", "-x", "^x", "a AND (b OR c)", "{col1 col2}:x", "x + y"]
)
def test_fts_query_never_has_a_bare_operator(text: str) -> None:
    query = fts_query(text)
    assert query is not None
    assert QUERY_SHAPE.match(query)
    assert _bare_remainder(query) == ""


def test_fts_query_caps_tokens_and_length() -> None:
    words = [f"tu{i}" for i in range(100)]
    query = fts_query(" ".join(words))
    assert query is not None
    assert query.count(" AND ") == MAX_QUERY_TOKENS - 1
    long = fts_query("a" * 1000)
    assert long == '"' + "a" * MAX_TOKEN_CHARS + '"*'


def test_fts_query_huge_input() -> None:
    text = ('x" OR NEAR(' * 10_000)[:100_000]
    query = fts_query(text)
    assert query is not None
    assert QUERY_SHAPE.match(query)
    assert len(query) < 2_000


def test_fts_query_only_punctuation_huge() -> None:
    assert fts_query("*" * 100_000) is None


@given(st.text())
def test_fts_query_property(text: str) -> None:
    query = fts_query(text)
    assert query is None or QUERY_SHAPE.match(query)


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE f USING fts5(subject, content, content='', tokenize='unicode61 remove_diacritics 2')"
        )
    except sqlite3.OperationalError:  # pragma: no cover - FTS5 is compiled into CPython's bundled SQLite
        pytest.skip("SQLite without FTS5")
    rows = [(1, "Nguyễn Văn Đức", "đất đai ở Đắk Lắk"), (2, "Đường giao thông", "Phường Bến Nghé")]
    conn.executemany(
        "INSERT INTO f (rowid, subject, content) VALUES (?, ?, ?)", [(i, fold(s), fold(c)) for i, s, c in rows]
    )
    yield conn
    conn.close()


def _search(conn: sqlite3.Connection, text: str) -> list[int]:
    query = fts_query(text)
    if query is None:
        return []
    return [r[0] for r in conn.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid", (query,))]


def test_fts_query_finds_vietnamese_in_real_fts5(fts: sqlite3.Connection) -> None:
    assert _search(fts, "nguyen van duc") == [1]
    assert _search(fts, "Đức") == [1]
    assert _search(fts, "dak lak") == [1]
    assert _search(fts, "Đường") == [2]
    assert _search(fts, "duong") == [2]
    assert _search(fts, "nguy") == [1]  # prefix
    assert _search(fts, "subject:duong") == []  # column filter syntax is just two words here


@given(st.text(max_size=200))
@settings(max_examples=300)
def test_fts_query_never_raises_in_fts5(fts: sqlite3.Connection, text: str) -> None:
    query = fts_query(text)
    if query is not None:
        fts.execute("SELECT rowid FROM f WHERE f MATCH ?", (query,)).fetchall()


@pytest.mark.parametrize("text", ['"', "*", "NEAR(", "a OR b", "col:x", "-x", "^x", "(", "AND", "x NOT"])
def test_hostile_input_runs_in_fts5(fts: sqlite3.Connection, text: str) -> None:
    _search(fts, text)  # no sqlite3.OperationalError
