"""Render every printed document with sample data and rasterise it for review.

Run from the repository root: ``.venv/bin/python docs/documents/render_samples.py`` (needs ``pdftoppm`` from
poppler-utils). Writes ``<name>.pdf`` to a temporary folder and ``<name>-<page>.png`` (70 dpi) here: the
first page of each document, the first page of each receipt copy, and page 2 of the long transfer slip.
Sample identities are the test canaries, never real people.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from reception_app.models.enums import CaseKind, Channel, ProtectionStatus, Relation  # noqa: E402
from reception_app.models.masking import MaskPolicy  # noqa: E402
from reception_app.models.protection import ProtectedPerson, ProtectionCase, ProtectionDetails  # noqa: E402
from reception_app.printing import document as d  # noqa: E402
from reception_app.printing.acceptance import build_acceptance_decision  # noqa: E402
from reception_app.printing.mail_book import MailBookRow, build_mail_book  # noqa: E402
from reception_app.printing.pdf import render_pdf  # noqa: E402
from reception_app.printing.protection_documents import build_protection_request  # noqa: E402
from tests.printing.samples import CANARY_ADDRESS, CANARY_NAME, HEADER, PRINTED_AT, logbook_rows, make_case  # noqa: E402

REVEALED = MaskPolicy.REVEALED
MASKED = MaskPolicy.MASKED
COMPLAINT = {"subject": "Khiếu nại Quyết định số 123/QĐ-UBND về việc thu hồi đất ở thôn 3, xã Ea Tu"}
PROTECTION_REQUEST = ProtectionCase(
    id=1,
    case_uid="c0ffee00-0000-4000-8000-000000000007",
    case_number="TC-2027-0007",
    requested_on=date(2027, 1, 4),
    status=ProtectionStatus.REQUESTED,
    measures_requested=("bao_mat_thong_tin", "bao_ve_viec_lam"),
    decision_number="",
    decided_on=None,
    decided_by="",
    created_by="canbo",
)
PROTECTED = ProtectionDetails(
    (
        ProtectedPerson(CANARY_NAME, Relation.DENOUNCER, CANARY_ADDRESS),
        ProtectedPerson("Qvrelative Canarywife Ỹợ", Relation.SPOUSE, "Xã Ea Tu"),
    ),
    "Bị người bị tố cáo đe dọa qua điện thoại nhiều lần sau khi gửi đơn.",
)
MEASURES = {
    "bao_mat_thong_tin": "Giữ bí mật thông tin người tố cáo",
    "bao_ve_viec_lam": "Bảo vệ vị trí công tác, việc làm",
}
LONG = ("Nội dung rất dài của đơn tố cáo, có dấu tiếng Việt đầy đủ: ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ đ. " * 300)[:20_000]


def documents() -> dict[str, tuple[d.PrintDocument, tuple[int, ...]]]:
    """name → (document, pages to rasterise)."""
    at = {"printed_by": "canbo", "printed_at": PRINTED_AT}
    return {
        "receipt_denunciation": (
            d.build_receipt(make_case(), REVEALED, HEADER, 5, verification_code="7KQ4-M2XD", **at),  # type: ignore[arg-type]
            (1,),
        ),
        "transfer_slip_denunciation_masked": (
            d.build_transfer_slip(make_case(), REVEALED, HEADER, 5, "Chủ tịch Ủy ban nhân dân xã Ea Tu", **at),  # type: ignore[arg-type]
            (1,),
        ),
        "guidance_slip": (
            d.build_guidance_slip(
                make_case(CaseKind.COMPLAINT, **COMPLAINT),
                REVEALED,
                HEADER,
                2,
                "Ủy ban nhân dân tỉnh Đắk Lắk",
                superior="Thanh tra Chính phủ",
                **at,  # type: ignore[arg-type]
            ),
            (1,),
        ),
        "appointment_slip": (
            d.build_appointment_slip(
                make_case(CaseKind.COMPLAINT, **COMPLAINT),
                REVEALED,
                HEADER,
                3,
                appointment_at=datetime(2027, 1, 12, 8, 0),
                appointment_place="Trụ sở Ban Tiếp công dân tỉnh, 09 Lê Duẩn",
                meet_with="Chánh Thanh tra tỉnh",
                **at,  # type: ignore[arg-type]
            ),
            (1,),
        ),
        "acceptance_proposal": (
            d.build_acceptance_proposal(make_case(), MASKED, HEADER, 4, "Chánh Thanh tra tỉnh Đắk Lắk", **at),  # type: ignore[arg-type]
            (1,),
        ),
        "refusal_notice": (
            d.build_refusal_notice(
                make_case(CaseKind.COMPLAINT, **COMPLAINT),
                MASKED,
                HEADER,
                6,
                ground="k3",
                prior_answer="Thông báo số 12/TB-TTr ngày 03/3/2026",
                superior="Thanh tra Chính phủ",
                **at,  # type: ignore[arg-type]
            ),
            (1,),
        ),
        "logbook": (
            d.build_logbook(logbook_rows(), date(2027, 1, 1), date(2027, 1, 31), HEADER, REVEALED, **at),  # type: ignore[arg-type]
            (1,),
        ),
        "acceptance_decision": (
            build_acceptance_decision(
                make_case(),
                REVEALED,
                HEADER,
                5,
                verifier="Phòng Giải quyết khiếu nại, tố cáo",
                **at,  # type: ignore[arg-type]
            ),
            (1,),
        ),
        "protection_request": (
            build_protection_request(
                make_case(),
                PROTECTION_REQUEST,
                REVEALED,
                HEADER,
                measure_labels=MEASURES,
                details=PROTECTED,
                **at,  # type: ignore[arg-type]
            ),
            (1,),
        ),
        "mail_book": (
            build_mail_book(
                [
                    MailBookRow(
                        make_case(channel=Channel.POST),
                        handled_by="Phòng Tiếp công dân",
                        decision="Chuyển đơn",
                        result="Phiếu chuyển số 05/PC-TTr",
                    ),
                    MailBookRow(
                        make_case(CaseKind.COMPLAINT, channel=Channel.TRANSFERRED, number="KN-2027-0008", **COMPLAINT),
                        source="Văn phòng Đoàn ĐBQH tỉnh chuyển",
                        handled_by="Thanh tra tỉnh",
                        decision="Thụ lý",
                    ),
                ],
                date(2027, 1, 1),
                date(2027, 1, 31),
                HEADER,
                **at,  # type: ignore[arg-type]
            ),
            (1,),
        ),
        "long_transfer_slip": (
            d.build_transfer_slip(make_case(content=LONG), MASKED, HEADER, 9, "Chủ tịch UBND xã Ea Tu", **at),  # type: ignore[arg-type]
            (1, 2),
        ),
    }


def main() -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found (apt-get install poppler-utils)")
    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, pages) in documents().items():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(render_pdf(doc))
            for page in pages:
                target = str(HERE / f"{name}-{page}")
                cmd = [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "70",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(pdf),
                    target,
                ]
                subprocess.run(cmd, check=True)  # noqa: S603 - fixed tool, our own paths
    print("\n".join(sorted(p.name for p in HERE.glob("*.png"))))


if __name__ == "__main__":
    main()
