"""The one set of identity-masking functions used by every output: table, detail pane, PDF, export, log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import ClassVar

from reception_app.models.case import ReporterIdentity, ReporterView
from reception_app.models.enums import Gender, IdKind
from reception_app.models.places import province_name, ward_name

# Five U+25CF. Always the same, whatever the value and its length: no initials, no last digits, no lengths.
MASK = "\u25cf" * 5

REPORTER_CODE_LABEL = "Mã người gửi"

# Every field of ReporterIdentity, in display order, with its Vietnamese label.
IDENTITY_FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", "Họ và tên"),
    ("id_kind", "Loại giấy tờ"),
    ("id_number", "Số giấy tờ"),
    ("id_issued_on", "Ngày cấp"),
    ("id_issued_by", "Nơi cấp"),
    ("birth_date", "Ngày sinh"),
    ("gender", "Giới tính"),
    ("province_code", "Tỉnh/thành phố"),
    ("ward_code", "Phường/xã"),
    ("address", "Địa chỉ"),
    ("phone", "Số điện thoại"),
    ("email", "Email"),
)


@dataclass(frozen=True)
class MaskPolicy:
    """Whether an output may show identities. Masked unless a service granted an audited reveal.

    Attributes:
        reveal_identity: show identity values when the reporter view carries them.
        MASKED: the default policy (identities hidden).
        REVEALED: the policy for an output made during a granted reveal (or the receipt at intake).
    """

    reveal_identity: bool = False

    MASKED: ClassVar[MaskPolicy]
    REVEALED: ClassVar[MaskPolicy]


MaskPolicy.MASKED = MaskPolicy(reveal_identity=False)
MaskPolicy.REVEALED = MaskPolicy(reveal_identity=True)


def mask_value(value: object) -> str:
    """The masked form of any identity value.

    Args:
        value: ignored; even an empty value is masked, so that emptiness does not leak either.

    Returns:
        :data:`MASK`.
    """
    del value
    return MASK


def format_date_vn(d: date | None) -> str:
    """Format a date the Vietnamese way.

    Args:
        d: the date (a ``datetime`` prints its date part), or None.

    Returns:
        ``dd/mm/yyyy``, or ``""`` for None.
    """
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def _format_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date_vn(value)
    if isinstance(value, IdKind | Gender):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _revealed(view: ReporterView, policy: MaskPolicy) -> ReporterIdentity | None:
    """The identity an output may show: only under a revealing policy *and* when the view carries one."""
    if policy.reveal_identity and isinstance(view.identity, ReporterIdentity):
        return view.identity
    return None


def reporter_lines(view: ReporterView, policy: MaskPolicy) -> list[tuple[str, str]]:
    """The (label, text) rows describing one reporter, for any output.

    The first row is the reporter code; then one row per :data:`IDENTITY_FIELDS` entry. Masked, every identity
    row reads :data:`MASK`. Revealed (``policy.reveal_identity`` and ``view.identity`` present) the values
    are shown: dates as ``dd/mm/yyyy``, the ID kind and gender by their labels, province and ward by name
    (the code when it is not in the list).

    Args:
        view: the reporter as loaded (``identity`` is None unless a reveal was granted).
        policy: the output's mask policy.

    Returns:
        The rows, always ``1 + len(IDENTITY_FIELDS)`` of them in the same order.
    """
    identity = _revealed(view, policy)
    rows = [(REPORTER_CODE_LABEL, view.reporter_code)]
    for name, label in IDENTITY_FIELDS:
        if identity is None:
            text = mask_value(None)
        elif name == "province_code":
            text = province_name(identity.province_code) or identity.province_code
        elif name == "ward_code":
            text = ward_name(identity.ward_code) or identity.ward_code
        else:
            text = _format_value(getattr(identity, name))
        rows.append((label, text))
    return rows


def reporter_display_name(view: ReporterView, policy: MaskPolicy) -> str:
    """How to name a reporter in running text (slips, logbook, lists).

    Args:
        view: the reporter.
        policy: the output's mask policy.

    Returns:
        The reporter code when masked, else ``"Full Name (code)"`` (just the code if the name is empty).
    """
    identity = _revealed(view, policy)
    if identity is None or not identity.full_name:
        return view.reporter_code
    return f"{identity.full_name} ({view.reporter_code})"
