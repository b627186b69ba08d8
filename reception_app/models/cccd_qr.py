"""The QR code on a chip ID card (CCCD, thẻ căn cước): parse its text into the fields of a reporter.

The payload is text fields separated by ``|``::

    ID number | old 9-digit ID (may be empty) | full name | date of birth ddmmyyyy | sex | address | issue date

Cards and scanners differ, so the parser is tolerant: a BOM, CR/LF and other control characters, NFD text,
surrounding spaces, missing trailing fields (sex, address, issue date), extra trailing fields (newer cards),
a payload without the old-ID column, dates written ``dd/mm/yyyy``, sex as ``Nam``/``Nữ`` in any case or
without marks. The ID number is checked with the rules the intake form uses (:func:`check_id_number`): it
must be 12 digits, and its century/sex digit and birth year must agree with the card's own date of birth and
sex (a card's QR is self-consistent; a mismatch means the text was not read right). An unknown province
prefix only warns, as at the form.

Nothing here keeps, logs or echoes the payload: errors and ``repr()`` carry no identity value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from reception_app.models.enums import Gender, IdKind
from reception_app.models.errors import KnownError
from reception_app.models.fold import fold
from reception_app.models.validation import MAX_ADDRESS, MAX_NAME, check_id_number, clean_text

MAX_PAYLOAD = 2000  # a card QR holds ≈ 150–300 characters; anything far longer is not a card
MIN_FIELDS = 4  # ID number, old ID, name, date of birth: less than that cannot fill a reporter

_DIGITS_12 = re.compile(r"[0-9]{12}")
_OLD_ID = re.compile(r"(?:[0-9]{9}|[0-9]{12})")
_DATE = re.compile(r"([0-9]{2})[/.\-]?([0-9]{2})[/.\-]?([0-9]{4})")
_SEXES = {
    "nam": Gender.MALE,
    "male": Gender.MALE,
    "m": Gender.MALE,
    "nu": Gender.FEMALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
}


class CardQrError(KnownError):
    """The scanned text is not a readable ID-card QR. The message is Vietnamese and holds no scanned value."""


@dataclass(frozen=True)
class CardData:
    """What an ID-card QR says. ``repr()`` shows no identity value (it may reach a traceback)."""

    id_number: str
    old_id_number: str
    full_name: str
    birth_date: date | None
    gender: Gender
    address: str
    issued_on: date | None
    warnings: tuple[str, ...] = field(default=())

    def __repr__(self) -> str:
        return "CardData(<sealed>)"

    __str__ = __repr__


def normalise_payload(raw: str) -> str:
    """NFC, no BOM, no line breaks or other control characters, no surrounding spaces."""
    text = unicodedata.normalize("NFC", raw).replace("\ufeff", "")
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).strip()


def _day(text: str) -> date | None:
    m = _DATE.fullmatch(text.strip())
    if m is None:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _split(payload: str) -> list[str]:
    parts = [p.strip() for p in payload.split("|")]
    # A variant without the old-ID column: the name sits where the old ID should be and the date of birth
    # where the name should be.
    if len(parts) >= 3 and parts[1] and not _OLD_ID.fullmatch(parts[1]) and _day(parts[2]) is not None:
        parts.insert(1, "")
    return parts


def _gender(text: str) -> Gender | None:
    folded = fold(text)
    if not folded:
        return Gender.UNSPECIFIED
    return _SEXES.get(folded)


def parse_card_qr(raw: str, *, today: date) -> CardData:
    """Read the text of an ID-card QR.

    Args:
        raw: the text as the scanner or the decoder gave it.
        today: the desk's date (a birth or issue date after it cannot be right).

    Returns:
        The card's fields, cleaned (NFC, single spaces) with the non-blocking warnings.

    Raises:
        CardQrError: with a Vietnamese message naming what could not be read (never the value).
        TypeError: if ``raw`` is not a ``str``.
    """
    if not isinstance(raw, str):
        raise TypeError("parse_card_qr() expects str")
    payload = normalise_payload(raw)
    if not payload:
        raise CardQrError("Không đọc được gì từ mã QR; hãy quét lại.")
    if len(payload) > MAX_PAYLOAD or "|" not in payload:
        raise CardQrError(
            "Đây không phải mã QR trên thẻ căn cước (các trường phải cách nhau bằng dấu |); hãy quét lại mã QR "
            "ở mặt trước của thẻ."
        )
    parts = _split(payload)
    if len(parts) < MIN_FIELDS:
        raise CardQrError("Mã QR thiếu thông tin (cần ít nhất số định danh, họ tên và ngày sinh); hãy quét lại.")
    parts += [""] * (7 - len(parts))
    number, old, name, born, sex, address, issued = (clean_text(p) for p in parts[:7])
    birth_date, gender = _check_person(number, name, born, sex, today)
    warnings = _check_number(number, birth_date, gender)
    issued_on = _day(issued) if issued else None
    if issued and (issued_on is None or issued_on > today or issued_on < birth_date):
        issued_on = None
        warnings.append("Ngày cấp trong mã QR không đọc được; hãy nhập ngày cấp theo thẻ.")
    if len(address) > MAX_ADDRESS:
        address = ""
        warnings.append("Địa chỉ trong mã QR quá dài nên không được điền; hãy nhập địa chỉ theo thẻ.")
    return CardData(
        id_number=number,
        old_id_number=old if _OLD_ID.fullmatch(old) else "",
        full_name=name,
        birth_date=birth_date,
        gender=gender,
        address=address,
        issued_on=issued_on,
        warnings=tuple(warnings),
    )


def _check_person(number: str, name: str, born: str, sex: str, today: date) -> tuple[date, Gender]:
    if not _DIGITS_12.fullmatch(number):
        raise CardQrError("Mã QR không có số định danh cá nhân hợp lệ (đúng 12 chữ số); hãy quét lại.")
    if not name or any(ch.isdigit() for ch in name):
        raise CardQrError("Mã QR không có họ tên đọc được; hãy quét lại.")
    if len(name) > MAX_NAME:
        raise CardQrError("Họ tên trong mã QR quá dài; đây không phải mã QR trên thẻ căn cước.")
    birth_date = _day(born)
    if birth_date is None or birth_date > today or birth_date.year < 1900:
        raise CardQrError("Ngày sinh trong mã QR không đọc được (dạng ngàythángnăm, ví dụ 09031988); hãy quét lại.")
    gender = _gender(sex)
    if gender is None:
        raise CardQrError("Giới tính trong mã QR không đọc được (Nam hoặc Nữ); hãy quét lại.")
    return birth_date, gender


def _check_number(number: str, birth_date: date, gender: Gender) -> list[str]:
    """The intake form's ID checks; a century/sex/year mismatch means the text was not read right."""
    errors, checks = check_id_number(IdKind.CCCD, number, birth_date, gender)
    if errors:  # pragma: no cover - 12 digits were checked before
        raise CardQrError(errors[0].message)
    if any("không khớp" in w for w in checks):
        raise CardQrError(
            "Số định danh trong mã QR không khớp với ngày sinh hoặc giới tính trên thẻ, nên mã chưa được đọc "
            "đúng; hãy quét lại hoặc nhập tay."
        )
    return checks


# --- Vietnamese input methods mangling a keyboard-mode scan ----------------------------------------------

IME_MANGLED = (
    "Bộ gõ tiếng Việt (Unikey, EVKey…) đang bật nên đã sửa các ký tự máy quét gõ vào (kiểu Telex đổi “aa”, "
    "“dd”, “s”, “f”… thành dấu; kiểu VNI đổi chữ số thành dấu), vì vậy thông tin đọc được không đúng. Hãy tắt "
    "bộ gõ (chuyển sang chế độ gõ tiếng Anh, thường bằng Ctrl+Shift hoặc Alt+Z) rồi quét lại, hoặc dùng máy "
    "quét ở chế độ cổng COM hay quét bằng camera."
)
NO_DIACRITICS = (
    "Họ tên đọc được không có dấu: máy quét ở chế độ bàn phím thường không gõ được chữ có dấu. Hãy kiểm tra "
    "và sửa họ tên, địa chỉ theo thẻ, hoặc dùng chế độ cổng COM hay camera."
)

# Letters an input method produces from plain keys: Telex/VNI put marks on vowels and turn d into đ.
_NUMERIC_FIELDS = (0, 1, 3, 6)


def looks_mangled(raw: str) -> bool:
    """Whether a keyboard-mode scan shows the traces of a Vietnamese input method.

    A card's ID number, old ID and dates are digits only; an input method in VNI mode turns a digit typed after
    a vowel into a mark (the digit disappears) and in Telex mode turns letters into marks, so marked letters or
    ``đ`` where only digits belong, or marked Latin letters next to ASCII digits inside one word (``Ả`` from
    ``A3``) are its signature. Plain, correct payloads never match.
    """
    payload = normalise_payload(raw)
    parts = [p.strip() for p in payload.split("|")]
    for i in _NUMERIC_FIELDS:
        if i < len(parts) and any(not ch.isascii() for ch in parts[i]):
            return True
    return any(_marked(word) and any(ch.isdigit() for ch in word) for word in payload.replace("|", " ").split())


def _marked(word: str) -> bool:
    return any(not ch.isascii() and ch.isalpha() for ch in word)


def lacks_diacritics(card: CardData) -> bool:
    """A Vietnamese name typed by a keyboard-mode scanner that cannot type marks arrives all ASCII."""
    return card.full_name.isascii() and len(card.full_name.split()) >= 2
