"""Password policy: length and a strength score from zxcvbn, with Vietnamese reasons. Pure, no I/O.

Every account needs at least :data:`MIN_LENGTH` characters and a zxcvbn score of at least
:data:`MIN_SCORE_OFFICER`; a supervisor's password (it unlocks sealed identities) needs :data:`MIN_SCORE_SUPERVISOR`.
zxcvbn is given the user name, the full name, the office's names and :data:`VIETNAMESE_WORDS` as extra dictionary
words, so "matkhau123", "tiepcongdan2025" or the user's own name score low.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reception_app.models.fold import fold

MIN_LENGTH = 12
MAX_LENGTH = 256
MIN_SCORE_OFFICER = 3  # ≥ 10^8 guesses
MIN_SCORE_SUPERVISOR = 4  # ≥ 10^10 guesses
# zxcvbn looks at this much only (its matching grows with the length; longer is strong anyway).
_SCORED_CHARS = 100

# Words Vietnamese users reach for, written as they are typed in a password (no diacritics, no spaces).
VIETNAMESE_WORDS: tuple[str, ...] = (
    "matkhau", "mat khau", "mk", "xinchao", "chaoban", "vietnam", "hanoi", "saigon", "hochiminh", "tphcm", "danang",
    "haiphong", "cantho", "daklak", "daklak", "anhyeuem", "emyeuanh", "yeuem", "yeuanh", "iloveyou", "tiepdan",
    "tiepcongdan", "congdan", "thanhtra", "ubnd", "uybannhandan", "nhandan", "hoidong", "chinhphu", "congan",
    "khieunai", "tocao", "kiennghi", "phananh", "lanhdao", "canbo", "quantri", "quanly", "admin", "baomat",
    "bimat", "dangnhap", "phuong", "xa", "quan", "huyen", "tinh", "thanhpho", "truongphong", "chutich",
    "giamdoc", "vanphong", "motcua", "hoso", "tailieu", "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan",
    "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "van", "thi", "anh", "minh", "hung", "linh",
    "huong", "lan", "mai", "hoa", "tuan", "nam", "long", "dung", "thanh", "trang", "hanh", "hai", "ha", "hieu",
    "quang", "duc", "thao", "ngoc", "phuong", "trung", "hoai", "khanh", "tien", "viet", "bac", "trungthu", "tet",
    "muaxuan", "hoasen", "bonghoa", "meyeu", "bame", "giadinh", "hanhphuc", "thanhcong", "maimai", "codon",
)
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class PasswordStrength:
    """How strong a password is, and why not, in Vietnamese.

    Attributes:
        score: 0 (guessed at once) … 4 (very hard to guess), zxcvbn's scale; 0 for passwords too short.
        required: the score this account needs.
        reasons: Vietnamese sentences, the first one the main reason; empty when acceptable.
    """

    score: int
    required: int
    reasons: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.reasons

    @property
    def message(self) -> str:
        return " ".join(self.reasons)


def extra_words(*texts: str) -> list[str]:
    """The words of names (user, full name, office) as zxcvbn dictionary words: folded, whole and split."""
    words: list[str] = []
    for text in texts:
        folded = fold(text) if isinstance(text, str) else ""
        parts = [p for p in _NON_WORD.split(folded) if p]
        if parts:
            words.append("".join(parts))
            words.extend(p for p in parts if len(p) >= 2)
    return words


def _score(password: str, words: Sequence[str]) -> dict[str, Any]:
    from zxcvbn import zxcvbn

    result: dict[str, Any] = zxcvbn(password[:_SCORED_CHARS], user_inputs=list(words))
    return result


_PATTERN_REASONS = {
    "spatial": "có dãy phím liền nhau trên bàn phím (như “qwerty”, “asdf”).",
    "repeat": "lặp lại ký tự hoặc cụm ký tự (như “aaaa”, “abcabc”).",
    "sequence": "có dãy ký tự liên tiếp (như “123456”, “abcdef”).",
    "date": "có ngày tháng hoặc năm sinh dễ đoán.",
    "regex": "có số năm dễ đoán.",
}


def _reasons_from(result: dict[str, Any]) -> list[str]:
    reasons: list[str] = []
    for match in result.get("sequence", ()):
        pattern = match.get("pattern")
        if pattern == "dictionary":
            if match.get("dictionary_name") == "user_inputs":
                text = (
                    "Mật khẩu chứa tên đăng nhập, họ tên, tên cơ quan hoặc một từ tiếng Việt thông dụng "
                    "(như “matkhau”, “tiepdan”)."
                )
            else:
                text = "Mật khẩu chứa một từ hoặc một mật khẩu phổ biến, dễ đoán."
            if match.get("l33t"):
                text += " Thay chữ bằng số hay ký hiệu (a → @, o → 0) không làm mật khẩu khó đoán hơn."
        elif pattern in _PATTERN_REASONS:
            text = "Mật khẩu " + _PATTERN_REASONS[str(pattern)]
        else:
            continue
        if text not in reasons:
            reasons.append(text)
    return reasons


def assess_password(
    password: str,
    *,
    username: str,
    supervisor: bool = False,
    names: Iterable[str] = (),
) -> PasswordStrength:
    """Score ``password`` for an account; ``names`` are the full name and office names (extra dictionary).

    Args:
        password: as typed.
        username: the account's user name.
        supervisor: True for an account holding (or receiving) the supervisor role: a stricter score.
        names: other words the password must not lean on: the user's full name, the office's names.

    Returns:
        The score and the Vietnamese reasons it is refused (none when acceptable).
    """
    required = MIN_SCORE_SUPERVISOR if supervisor else MIN_SCORE_OFFICER
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        return PasswordStrength(0, required, (f"Mật khẩu phải có ít nhất {MIN_LENGTH} ký tự.",))
    if len(password) > MAX_LENGTH:
        return PasswordStrength(0, required, (f"Mật khẩu dài tối đa {MAX_LENGTH} ký tự.",))
    if fold(password).replace(" ", "") == fold(username).replace(" ", ""):
        return PasswordStrength(0, required, ("Mật khẩu không được trùng tên đăng nhập.",))
    words = [*extra_words(username, *names), *VIETNAMESE_WORDS]
    result = _score(password, words)
    score = int(result.get("score", 0))
    if score >= required:
        return PasswordStrength(score, required, ())
    who = "tài khoản lãnh đạo (được mở khóa danh tính)" if supervisor else "tài khoản này"
    reasons = [f"Mật khẩu quá dễ đoán cho {who}.", *_reasons_from(result)]
    reasons.append("Hãy dùng một cụm 4–5 từ không liên quan đến nhau, hoặc thêm chữ, số, ký hiệu khó đoán.")
    return PasswordStrength(score, required, tuple(reasons))

