"""Where a sealed blob belongs: the associated data (AD) of every sealed item, built here and nowhere else.

Each AD binds a blob to its place, so a blob copied onto another row does not open there (tampering). Reporters
and attachments are bound to the case uid and their per-case number, the same on every desk of an office.

Protection requests and retaliation reports are bound to their **origin ids**, the same on every desk (office
mode, issue 21): a request held by another desk carries ``office_ref`` "<desk>:<id>" and its AD uses that id,
never the local row id of the replica. An id is written as a bare number when the item comes from the same desk
as what contains it (a request from the case's desk, a report from its request's desk) — so every item sealed
on a lone desk keeps the AD it always had — and as "<desk>:<id>" otherwise, so a request desk B added to desk
A's case never shares an AD with A's request of the same number.
"""

from __future__ import annotations

from reception_app.models.case import IDENTITY_SCHEMA_VERSION
from reception_app.models.protection import PROTECTION_SCHEMA_VERSION
from reception_app.storage import crypto

SealKey = int | str  # an origin id: a bare number, or "<desk>:<id>" for an item from another desk (see above)


def reporter_ad(case_uid: str, seq: int) -> bytes:
    return crypto.seal_ad(case_uid, seq, IDENTITY_SCHEMA_VERSION)


def attachment_ad(case_uid: str, seq: int) -> bytes:
    return f"reception_app attachment|{case_uid}|{seq}|1".encode()


def request_ad(case_uid: str, request_key: SealKey) -> bytes:
    return f"reception_app protection|{case_uid}|{request_key}|{PROTECTION_SCHEMA_VERSION}".encode()


def retaliation_ad(case_uid: str, request_key: SealKey, report_key: SealKey) -> bytes:
    return f"reception_app retaliation|{case_uid}|{request_key}|{report_key}|{PROTECTION_SCHEMA_VERSION}".encode()


def sealed_item_ad(table: str, case_uid: str, seq: SealKey, rid: SealKey) -> bytes:
    """The AD of a row of ``table`` (reporters, attachments, protection, retaliation).

    ``seq``: the reporter / attachment number, or the request key; ``rid``: the report key of a retaliation report.
    """
    if table == "reporters":
        return reporter_ad(case_uid, int(seq))
    if table == "attachments":
        return attachment_ad(case_uid, int(seq))
    if table == "protection":
        return request_ad(case_uid, seq)
    return retaliation_ad(case_uid, seq, rid)


def _desk_of(ref: str) -> str:
    """The origin desk named by an ``office_ref`` ("" for an item recorded on this desk)."""
    return ref.partition(":")[0] if ref else ""


def seal_key(me: str, home_ref_or_desk: str, ref: str, local_id: int) -> SealKey:
    """The origin id of an item for its AD.

    ``me``: this desk's office code ("" on a lone desk); ``home_ref_or_desk``: where the container comes from —
    the case's ``origin_desk`` for a request, the request's ``office_ref`` for a report ("" = this desk);
    ``ref``: the item's own ``office_ref`` ("" = recorded here, ``local_id`` is then its origin id).
    """
    desk, _, number = ref.partition(":") if ref else ("", "", str(local_id))
    home = home_ref_or_desk.partition(":")[0]
    if desk == home:
        return int(number)
    return f"{desk or me}:{number}"


def request_key(me: str, case_origin_desk: str, request_ref: str, request_id: int) -> SealKey:
    return seal_key(me, case_origin_desk, request_ref, request_id)


def report_key(me: str, request_ref: str, report_ref: str, report_id: int) -> SealKey:
    return seal_key(me, _desk_of(request_ref), report_ref, report_id)
