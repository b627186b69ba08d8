"""Exact-word search keeps the marks: "Nhung" is not "những"."""

from __future__ import annotations

import unicodedata

from reception_app.models.exact_words import MAX_WORDS, exact_words, has_exact_words


def test_words_keep_their_marks_and_ignore_case() -> None:
    assert exact_words("Nhung  NHUNG, nhung") == ("nhung",)
    assert exact_words("những") == ("những",)
    decomposed = unicodedata.normalize("NFD", "Đắk Lắk")
    assert exact_words(decomposed) == ("đắk", "lắk")  # NFC whatever the keyboard sent
    assert len(exact_words(" ".join(f"w{i}" for i in range(20)))) == MAX_WORDS


def test_whole_words_with_the_same_marks() -> None:
    words = exact_words("Nhung")
    assert has_exact_words(words, "Bà Nhung phản ánh")
    assert not has_exact_words(words, "những việc làm sai")
    assert not has_exact_words(words, "Nhungx")  # whole words only
    assert has_exact_words(exact_words("những việc"), "Những việc làm sai trái")
    assert not has_exact_words(exact_words("những việc"), "những người")
