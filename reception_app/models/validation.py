"""Input cleaning and validation for case drafts (DOMAIN-VN.md §5). Messages never echo the value checked."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TypeVar

from reception_app.models.case import CaseDraft, ReceivedDocument, ReporterDraft, ReporterIdentity
from reception_app.models.enums import CaseKind, Channel, DocumentState, Gender, IdKind, Sector
from reception_app.models.errors import FieldError, ValidationError

MAX_NAME = 200
MAX_SUBJECT = 500
MAX_CONTENT = 50_000
MAX_ADDRESS = 500
MAX_SHORT = 200  # accused, position, issued_by, location, document name, "other" ID paper
MAX_REPORTERS = 50
MAX_DOCUMENTS = 200
MAX_GROUP_SIZE = 100_000
MAX_PAGES = 10_000
MAX_EMAIL = 254  # RFC 5321 path limit
MAX_CODE = 20  # province / ward codes are short identifiers, not free text
MIN_DATE = date(1900, 1, 1)
RECEIVED_AT_TOLERANCE = timedelta(days=1)  # clock or time-zone skew at the desk

# Bidi embedding/override/isolate controls and marks: they can make a name or number display reversed.
_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
# Cc except \t and \n (handled first), bidi controls, BOM/ZWSP from pasted text, and lone surrogates (which
# would make UTF-8 encoding, and so sealing or the database, fail later).
_REMOVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "\ufeff\u200b\ud800-\udfff]")
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n"})
_SPACES = re.compile(r"\s+")
_PHONE_JUNK = re.compile(r"[\s.()\-\u2010-\u2015\u2212]")
_PHONE = re.compile(r"(?:0|\+84)[35789][0-9]{8}|(?:0|\+84)2[0-9]{9}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_CODE = re.compile(r"[0-9A-Za-z_\-]*")
_DIGITS_9 = re.compile(r"[0-9]{9}")
_DIGITS_12 = re.compile(r"[0-9]{12}")
_PASSPORT = re.compile(r"[A-Z][0-9]{7}")
_ID_SEPARATORS = re.compile(r"[\s.\-]")

# DOMAIN-VN.md §5.1: the 63 legacy province codes (place where the birth was registered). Numbers issued
# before the 2025 merger keep them, so an unknown prefix only warns.
# fmt: off
LEGACY_PROVINCE_PREFIXES = frozenset(
    f"{code:03d}"
    for code in (
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31,
        33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62,
        64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93,
        94, 95, 96,
    )
)
# fmt: on

_E = TypeVar("_E", bound=Enum)


def _n(value: int) -> str:
    """Vietnamese thousands separator: 50000 → "50.000"."""
    return f"{value:,}".replace(",", ".")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Normalise user-typed text before it is validated or stored.

    NFC; CRLF, CR, U+2028 and U+2029 become ``\\n``; in single-line mode ``\\n`` and ``\\t`` become spaces and
    runs of whitespace collapse to one space; other control characters (Unicode Cc), bidi controls
    (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), BOM, zero-width space and lone surrogates are
    removed; leading and trailing whitespace is stripped.

    Args:
        value: the raw text.
        multiline: keep line breaks and tabs (long content fields).

    Returns:
        The cleaned text.

    Raises:
        TypeError: if ``value`` is not a ``str``.
    """
    if not isinstance(value, str):
        raise TypeError("clean_text() expects str")
    text = value.replace("\r\n", "\n").translate(_LINE_BREAKS)
    text = unicodedata.normalize("NFC", _REMOVE.sub("", text))
    if multiline:
        return text.strip()
    return _SPACES.sub(" ", text).strip()  # \n, \t and every other whitespace run become one space


def normalize_phone(raw: str) -> str:
    """Clean a phone number and drop spaces, dots, dashes and parentheses (a leading ``+`` is kept).

    Args:
        raw: the phone number as typed, e.g. ``"091 234 5678"`` or ``"(024) 3825.3536"``.

    Returns:
        The compact form, e.g. ``"0912345678"``.

    Raises:
        TypeError: if ``raw`` is not a ``str``.
    """
    return _PHONE_JUNK.sub("", clean_text(raw))


def is_valid_phone(s: str) -> bool:
    """Whether ``s`` (already normalised) is a Vietnamese mobile or landline number (DOMAIN-VN.md §5.3).

    Args:
        s: a normalised phone number.

    Returns:
        True for ``0``/``+84`` followed by a 9-digit mobile (3, 5, 7, 8, 9) or a 10-digit landline (2).
    """
    return isinstance(s, str) and _PHONE.fullmatch(s) is not None


def normalize_id_number(kind: IdKind, raw: str) -> str:
    """Clean an ID-paper number: CCCD/CMND lose spaces, dots and dashes; passports lose spaces and are upper-cased.

    Args:
        kind: the kind of paper.
        raw: the number as typed.

    Returns:
        The normalised number (free text for :attr:`IdKind.OTHER` is only cleaned).

    Raises:
        TypeError: if ``raw`` is not a ``str``.
    """
    text = clean_text(raw)
    if kind in (IdKind.CCCD, IdKind.CMND):
        return _ID_SEPARATORS.sub("", text)
    if kind is IdKind.PASSPORT:
        return _SPACES.sub("", text).upper()
    return text


def _personal_number_warnings(number: str, birth_date: date | None, gender: Gender) -> list[str]:
    """Cross-checks of a 12-digit ``PPP G YY RRRRRR`` number. Never blocking (DOMAIN-VN.md §5.1)."""
    warnings: list[str] = []
    if number[:3] not in LEGACY_PROVINCE_PREFIXES:
        warnings.append(
            "Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh nơi đăng ký khai sinh đã biết; "
            "vui lòng kiểm tra lại."
        )
    g = int(number[3])
    century = 1900 + 100 * (g // 2)
    sex = Gender.MALE if g % 2 == 0 else Gender.FEMALE
    if birth_date is not None:
        if birth_date.year - birth_date.year % 100 != century:
            warnings.append("Chữ số thứ tư của số định danh cá nhân (thế kỷ sinh) không khớp với năm sinh.")
        if birth_date.year % 100 != int(number[4:6]):
            warnings.append("Chữ số thứ năm và thứ sáu của số định danh cá nhân không khớp với năm sinh.")
    if gender in (Gender.MALE, Gender.FEMALE) and gender is not sex:
        warnings.append("Chữ số thứ tư của số định danh cá nhân (giới tính) không khớp với giới tính đã chọn.")
    return warnings


def check_id_number(
    kind: IdKind, number: str, birth_date: date | None, gender: Gender, *, field: str = "id_number"
) -> tuple[list[FieldError], list[str]]:
    """Check an ID-paper number against its kind (DOMAIN-VN.md §5.1–5.2). Only ASCII digits count as digits.

    Errors (blocking): CCCD not exactly 12 digits; CMND not 9 or 12 digits; a number given with
    :attr:`IdKind.NONE`; a missing number for any other kind; passport or "other" text over ``MAX_SHORT``.
    Warnings (never blocking): for a 12-digit CCCD or CMND, the century/sex digit G against the birth date and
    the gender, YY against the birth year, and the prefix against the legacy province list; a passport number
    that is not 1 letter + 7 digits. No message contains the number itself.

    Args:
        kind: the kind of paper.
        number: the number as typed (it is normalised with :func:`normalize_id_number` first).
        birth_date: the reporter's date of birth, if known.
        gender: the reporter's gender.
        field: the field path put on errors, e.g. ``"reporters.0.id_number"``.

    Returns:
        ``(errors, warnings)``.

    Raises:
        TypeError: if ``number`` is not a ``str``.
    """
    number = normalize_id_number(kind, number)
    errors: list[FieldError] = []
    warnings: list[str] = []
    if kind is IdKind.NONE:
        if number:
            errors.append(FieldError(field, "Đã chọn không có giấy tờ tùy thân nên không được nhập số giấy tờ."))
        return errors, warnings
    if not number:
        errors.append(FieldError(field, "Vui lòng nhập số giấy tờ tùy thân."))
    elif kind is IdKind.CCCD:
        if _DIGITS_12.fullmatch(number):
            warnings += _personal_number_warnings(number, birth_date, gender)
        else:
            errors.append(FieldError(field, "Số định danh cá nhân phải gồm đúng 12 chữ số."))
    elif kind is IdKind.CMND:
        if _DIGITS_12.fullmatch(number):
            warnings += _personal_number_warnings(number, birth_date, gender)
        elif not _DIGITS_9.fullmatch(number):
            errors.append(FieldError(field, "Số chứng minh nhân dân phải gồm 9 hoặc 12 chữ số."))
    elif len(number) > MAX_SHORT:
        errors.append(FieldError(field, f"Số giấy tờ quá dài (tối đa {_n(MAX_SHORT)} ký tự)."))
    elif kind is IdKind.PASSPORT and not _PASSPORT.fullmatch(number):
        warnings.append("Số hộ chiếu thường gồm 1 chữ cái và 7 chữ số; vui lòng kiểm tra lại.")
    return errors, warnings


class _Checker:
    """Collects every field error of one draft (never stops at the first)."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.errors: list[FieldError] = []
        self.warnings: list[str] = []

    def error(self, path: str, message: str) -> None:
        self.errors.append(FieldError(path, message))

    def text(
        self, path: str, value: object, label: str, limit: int, *, required: str = "", multiline: bool = False
    ) -> str:
        if not isinstance(value, str):
            self.error(path, f"{label} không hợp lệ.")
            return ""
        text = clean_text(value, multiline=multiline)
        if required and not text:
            self.error(path, required)
        elif len(text) > limit:
            self.error(path, f"{label} quá dài (tối đa {_n(limit)} ký tự).")
        return text

    def code(self, path: str, value: object, label: str) -> str:
        text = self.text(path, value, label, MAX_CODE)
        if len(text) <= MAX_CODE and not _CODE.fullmatch(text):
            self.error(path, f"{label} không hợp lệ.")
        return text

    def choice(self, path: str, value: object, enum: type[_E], label: str) -> _E | None:
        try:
            return enum(value)
        except (ValueError, TypeError):
            self.error(path, f"{label} không hợp lệ.")
            return None

    def count(self, path: str, value: object, low: int, high: int, message: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(path, message)
            return low
        return value

    def past_date(self, path: str, value: object, label: str) -> date | None:
        if value is None:
            return None
        if not isinstance(value, date):
            self.error(path, f"{label} không hợp lệ.")
            return None
        day = value.date() if isinstance(value, datetime) else value
        if day > self.today:
            self.error(path, f"{label} không được sau ngày hôm nay.")
        elif day < MIN_DATE:
            self.error(path, f"{label} không hợp lệ (trước năm {MIN_DATE.year}).")
        return day


def _check_identity(c: _Checker, i: int, ident: ReporterIdentity) -> ReporterIdentity:
    p = f"reporters.{i}."
    full_name = c.text(p + "full_name", ident.full_name, "Họ và tên", MAX_NAME, required="Vui lòng nhập họ và tên.")
    id_kind = c.choice(p + "id_kind", ident.id_kind, IdKind, "Loại giấy tờ")
    gender = c.choice(p + "gender", ident.gender, Gender, "Giới tính") or Gender.UNSPECIFIED
    birth_date = c.past_date(p + "birth_date", ident.birth_date, "Ngày sinh")
    issued_on = c.past_date(p + "id_issued_on", ident.id_issued_on, "Ngày cấp")
    if birth_date is not None and issued_on is not None and issued_on < birth_date:
        c.error(p + "id_issued_on", "Ngày cấp không thể trước ngày sinh.")
    id_number = ""
    if id_kind is None:
        pass  # the kind is already reported; its number cannot be judged
    elif isinstance(ident.id_number, str):
        id_number = normalize_id_number(id_kind, ident.id_number)
        errors, warnings = check_id_number(id_kind, id_number, birth_date, gender, field=p + "id_number")
        c.errors += errors
        c.warnings += [f"Người gửi thứ {i + 1}: {w[0].lower()}{w[1:]}" for w in warnings]
    else:
        c.error(p + "id_number", "Số giấy tờ không hợp lệ.")
    issued_by = c.text(p + "id_issued_by", ident.id_issued_by, "Nơi cấp", MAX_SHORT)
    province = c.code(p + "province_code", ident.province_code, "Mã tỉnh/thành phố")
    ward = c.code(p + "ward_code", ident.ward_code, "Mã phường/xã")
    address = c.text(p + "address", ident.address, "Địa chỉ", MAX_ADDRESS)
    phone = ""
    if isinstance(ident.phone, str):
        phone = normalize_phone(ident.phone)
        if phone and not is_valid_phone(phone):
            c.error(p + "phone", "Số điện thoại không hợp lệ (ví dụ 0912345678).")
    else:
        c.error(p + "phone", "Số điện thoại không hợp lệ (ví dụ 0912345678).")
    email = c.text(p + "email", ident.email, "Email", MAX_EMAIL).lower()
    if email and len(email) <= MAX_EMAIL and not _EMAIL.fullmatch(email):
        c.error(p + "email", "Địa chỉ email không hợp lệ (ví dụ ten@example.com).")
    return ReporterIdentity(
        full_name=full_name,
        id_kind=id_kind or IdKind.NONE,
        id_number=id_number,
        id_issued_on=issued_on,
        id_issued_by=issued_by,
        birth_date=birth_date,
        gender=gender,
        province_code=province,
        ward_code=ward,
        address=address,
        phone=phone,
        email=email,
    )


def _check_reporters(c: _Checker, kind: CaseKind | None, reporters: object) -> tuple[ReporterDraft, ...]:
    items = tuple(reporters) if isinstance(reporters, tuple | list) else None
    if items is None:
        c.error("reporters", "Danh sách người gửi không hợp lệ.")
        return ()
    if kind is CaseKind.ANONYMOUS_TIP:
        if items:
            c.error(
                "reporters",
                "Thông tin có nội dung tố cáo (nặc danh) không lưu thông tin người gửi (Luật Tố cáo, Điều 25).",
            )
        return ()
    if not items:
        c.error("reporters", "Vui lòng nhập thông tin ít nhất một người gửi.")
    elif len(items) > MAX_REPORTERS:
        c.error("reporters", f"Một hồ sơ có tối đa {_n(MAX_REPORTERS)} người gửi.")
    cleaned: list[ReporterDraft] = []
    for i, rep in enumerate(items[:MAX_REPORTERS]):
        if not isinstance(rep, ReporterDraft) or not isinstance(rep.identity, ReporterIdentity):
            c.error(f"reporters.{i}", "Thông tin người gửi không hợp lệ.")
            continue
        cleaned.append(replace(rep, identity=_check_identity(c, i, rep.identity)))
    return tuple(cleaned)


def _check_documents(c: _Checker, documents: object) -> tuple[ReceivedDocument, ...]:
    items = tuple(documents) if isinstance(documents, tuple | list) else None
    if items is None:
        c.error("documents", "Danh sách tài liệu không hợp lệ.")
        return ()
    if len(items) > MAX_DOCUMENTS:
        c.error("documents", f"Một hồ sơ có tối đa {_n(MAX_DOCUMENTS)} tài liệu.")
    cleaned: list[ReceivedDocument] = []
    for i, doc in enumerate(items[:MAX_DOCUMENTS]):
        p = f"documents.{i}."
        if not isinstance(doc, ReceivedDocument):
            c.error(f"documents.{i}", "Thông tin tài liệu không hợp lệ.")
            continue
        name = c.text(p + "name", doc.name, "Tên tài liệu", MAX_SHORT, required="Vui lòng nhập tên tài liệu.")
        pages = c.count(p + "pages", doc.pages, 1, MAX_PAGES, f"Số trang phải từ 1 đến {_n(MAX_PAGES)}.")
        state = c.choice(p + "state", doc.state, DocumentState, "Tình trạng tài liệu") or DocumentState.COPY
        cleaned.append(ReceivedDocument(name=name, pages=pages, state=state))
    return tuple(cleaned)


def _check_received_at(c: _Checker, value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        c.error("received_at", "Thời điểm tiếp nhận không hợp lệ.")
        return None
    if value.date() > c.today + RECEIVED_AT_TOLERANCE:
        c.error("received_at", "Thời điểm tiếp nhận không được ở tương lai.")
    elif value.date() < MIN_DATE:
        c.error("received_at", "Thời điểm tiếp nhận không hợp lệ.")
    return value


def validate_case_draft(draft: CaseDraft, *, today: date) -> tuple[CaseDraft, list[str]]:
    """Clean and validate a case draft as entered at the desk.

    Every text field goes through :func:`clean_text` (content keeps its line breaks), phone numbers through
    :func:`normalize_phone`, ID numbers through :func:`normalize_id_number`, e-mails are lower-cased. All
    rules are checked and every problem is reported at once; messages name what is wrong, never the value.

    Args:
        draft: the draft as typed.
        today: the desk's current date (birth and issue dates may not be later; ``received_at`` may be at most
            one day later).

    Returns:
        ``(clean_draft, warnings)``: a new, normalised draft and the non-blocking warnings (ID cross-checks),
        each prefixed with the reporter's position.

    Raises:
        ValidationError: listing every field error, with paths such as ``subject`` or ``reporters.0.phone``.
    """
    c = _Checker(today.date() if isinstance(today, datetime) else today)
    kind = c.choice("kind", draft.kind, CaseKind, "Loại hồ sơ")
    channel = c.choice("channel", draft.channel, Channel, "Hình thức tiếp nhận")
    sector = c.choice("sector", draft.sector, Sector, "Lĩnh vực")
    subject = c.text(
        "subject", draft.subject, "Trích yếu nội dung", MAX_SUBJECT, required="Vui lòng nhập trích yếu nội dung."
    )
    content = c.text(
        "content", draft.content, "Nội dung", MAX_CONTENT, required="Vui lòng nhập nội dung.", multiline=True
    )
    accused = c.text("accused", draft.accused, "Người bị khiếu nại, tố cáo", MAX_SHORT)
    position = c.text("accused_position", draft.accused_position, "Chức vụ người bị khiếu nại, tố cáo", MAX_SHORT)
    province = c.code("province_code", draft.province_code, "Mã tỉnh/thành phố")
    ward = c.code("ward_code", draft.ward_code, "Mã phường/xã")
    location = c.text("location", draft.location, "Địa điểm", MAX_SHORT)
    group_size = c.count(
        "group_size", draft.group_size, 1, MAX_GROUP_SIZE, f"Số người phải từ 1 đến {_n(MAX_GROUP_SIZE)}."
    )
    reporters = _check_reporters(c, kind, draft.reporters)
    documents = _check_documents(c, draft.documents)
    received_at = _check_received_at(c, draft.received_at)
    if c.errors or kind is None or channel is None or sector is None:
        raise ValidationError(c.errors)
    clean = CaseDraft(
        kind=kind,
        channel=channel,
        sector=sector,
        subject=subject,
        content=content,
        accused=accused,
        accused_position=position,
        province_code=province,
        ward_code=ward,
        location=location,
        group_size=group_size,
        reporters=reporters,
        documents=documents,
        received_at=received_at,
        led_by_head=draft.led_by_head is True and channel is Channel.WALK_IN,
    )
    return clean, c.warnings
