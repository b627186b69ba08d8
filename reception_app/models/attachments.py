"""Attachment rules: allowed types by content (magic bytes), extension must agree, size limits."""

from __future__ import annotations

import unicodedata

from reception_app.models.errors import FieldError, ValidationError

MAX_BYTES = 20 * 1024 * 1024
MAX_PER_CASE = 30
MAX_CASE_BYTES = 200 * 1024 * 1024
MAX_NAME = 255

# kind -> (accepted extensions, magic prefixes)
_TYPES: dict[str, tuple[tuple[str, ...], tuple[bytes, ...]]] = {
    "pdf": ((".pdf",), (b"%PDF-",)),
    "jpeg": ((".jpg", ".jpeg"), (b"\xff\xd8\xff",)),
    "png": ((".png",), (b"\x89PNG\r\n\x1a\n",)),
    "tiff": ((".tif", ".tiff"), (b"II*\x00", b"MM\x00*")),
}


def sniff(data: bytes) -> str | None:
    """The file kind from its first bytes, or None."""
    for kind, (_, magics) in _TYPES.items():
        if any(data.startswith(m) for m in magics):
            return kind
    return None


def check_attachment(filename: str, data: bytes, *, existing_count: int, existing_bytes: int) -> tuple[str, str]:
    """Validate one scanned file; returns (normalised file name, kind). Messages never quote the name.

    Raises:
        ValidationError: on field ``attachment``.
    """

    def fail(message: str) -> ValidationError:
        return ValidationError([FieldError("attachment", message)])

    if not isinstance(filename, str) or not isinstance(data, bytes | bytearray):
        raise fail("Tệp đính kèm không hợp lệ.")
    name = unicodedata.normalize("NFC", filename).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if not name or len(name) > MAX_NAME:
        raise fail("Tên tệp không hợp lệ.")
    if not data:
        raise fail("Tệp rỗng (0 byte): hãy quét lại tài liệu.")
    if len(data) > MAX_BYTES:
        raise fail(f"Tệp quá lớn (tối đa {MAX_BYTES // (1024 * 1024)} MB mỗi tệp).")
    if existing_count >= MAX_PER_CASE:
        raise fail(f"Hồ sơ đã có tối đa {MAX_PER_CASE} tệp đính kèm.")
    if existing_bytes + len(data) > MAX_CASE_BYTES:
        raise fail(f"Tổng dung lượng tệp đính kèm của hồ sơ vượt {MAX_CASE_BYTES // (1024 * 1024)} MB.")
    kind = sniff(bytes(data[:16]))
    if kind is None:
        raise fail("Chỉ nhận tệp PDF, JPEG, PNG hoặc TIFF (bản quét).")
    extension = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in _TYPES[kind][0]:
        raise fail("Phần mở rộng của tệp không khớp với nội dung tệp.")
    return name, kind
