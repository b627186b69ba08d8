"""The associated data of sealed items (services/sealing_ad.py): origin ids, the same on every desk of an office,
and unchanged for everything sealed on a lone desk (no blob needs re-sealing after the office fix of issue 21)."""

from __future__ import annotations

from reception_app.services import sealing_ad
from reception_app.services.sealing_ad import report_key, request_key

UID = "7f1c0b5e-0000-4000-8000-000000000001"


def test_items_recorded_on_this_desk_keep_the_ad_they_always_had() -> None:
    for me in ("", "A"):  # a lone desk, and the same desk after joining as A
        assert (
            sealing_ad.request_ad(UID, request_key(me, "", "", 12)) == f"reception_app protection|{UID}|12|1".encode()
        )
        assert (
            sealing_ad.retaliation_ad(UID, request_key(me, "", "", 12), report_key(me, "", "", 5))
            == f"reception_app retaliation|{UID}|12|5|1".encode()
        )
    assert sealing_ad.attachment_ad(UID, 3) == f"reception_app attachment|{UID}|3|1".encode()


def test_every_desk_computes_the_origin_desk_s_ids() -> None:
    # A's request 12 with its report 5, on A's case: on A (local rows) and on B and C (replicas, other ids).
    on_a = (request_key("A", "", "", 12), report_key("A", "", "", 5))
    on_b = (request_key("B", "A", "A:12", 40), report_key("B", "A:12", "A:5", 41))
    on_c = (request_key("C", "A", "A:12", 2), report_key("C", "A:12", "A:5", 3))
    assert on_a == on_b == on_c == (12, 5)


def test_an_item_from_another_desk_than_its_container_names_its_desk() -> None:
    # B's request 12 on A's case, and B's report 5 on A's request 12: never the AD of A's request 12 / report 5.
    assert request_key("B", "A", "", 12) == request_key("A", "", "B:12", 30) == request_key("C", "A", "B:12", 7)
    assert request_key("B", "A", "", 12) == "B:12"
    assert report_key("B", "A:12", "", 5) == report_key("A", "", "B:5", 9) == report_key("C", "A:12", "B:5", 1)
    assert report_key("B", "A:12", "", 5) == "B:5"
    assert sealing_ad.request_ad(UID, "B:12") != sealing_ad.request_ad(UID, 12)
    # B's report on B's request on A's case: the report is bare (same desk as its request), the request is not.
    assert (request_key("A", "", "B:12", 30), report_key("A", "B:12", "B:5", 9)) == ("B:12", 5)
    assert (request_key("B", "A", "", 12), report_key("B", "", "", 5)) == ("B:12", 5)
