"""Print preview (QtPdf), printing through a QPrinter, and the print buttons of the case detail dialog."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from reception_app.models.enums import CaseKind, Channel
from reception_app.models.masking import MaskPolicy
from reception_app.printing.document import build_logbook, build_receipt
from reception_app.printing.pdf import render_pdf
from reception_app.services import Desk
from reception_app.ui.cases.case_detail import CaseDetailDialog
from reception_app.ui.common.print_preview import PdfLoadError, PrintPreviewDialog, load_pdf, print_pdf_to_printer
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.documents.document_dialogs import RecipientDialog
from tests.factories import CANARY_ID, CANARY_NAME, OFFICER, draft, set_up_world
from tests.printing.samples import HEADER, PRINT_DAY, PRINTED_AT, make_case
from tests.ui.helpers import all_texts


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def receipt_pdf() -> bytes:
    doc = build_receipt(
        make_case(CaseKind.DENUNCIATION, revealed=False),
        MaskPolicy.MASKED,
        HEADER,
        5,
        verification_code="ABCD2345",
        printed_by="canbo",
        printed_at=PRINTED_AT,
    )
    return render_pdf(doc)


@pytest.fixture(scope="module")
def logbook_pdf() -> bytes:
    doc = build_logbook((), PRINT_DAY, PRINT_DAY, HEADER, MaskPolicy.MASKED, printed_by="canbo", printed_at=PRINTED_AT)
    return render_pdf(doc)


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_produces_one_printer_page_per_pdf_page(qtbot: QtBot, tmp_path: Path, receipt_pdf: bytes) -> None:
    source_pages = _pages(receipt_pdf)
    assert source_pages >= 3  # a denunciation receipt has three copies
    out = tmp_path / "printed.pdf"
    assert print_pdf_to_printer(receipt_pdf, _pdf_printer(out)) == source_pages
    assert _pages(out.read_bytes()) == source_pages


def test_landscape_document_prints_landscape(qtbot: QtBot, tmp_path: Path, logbook_pdf: bytes) -> None:
    out = tmp_path / "logbook.pdf"
    assert print_pdf_to_printer(logbook_pdf, _pdf_printer(out)) == _pages(logbook_pdf)
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_garbage_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(PdfLoadError):
        load_pdf(b"not a pdf")
    with pytest.raises(PdfLoadError):
        print_pdf_to_printer(b"%PDF-1.4 broken", _pdf_printer(tmp_path / "x.pdf"))


def test_preview_dialog_builds_offscreen_and_saves(qtbot: QtBot, tmp_path: Path, receipt_pdf: bytes) -> None:
    dialog = PrintPreviewDialog(receipt_pdf, "Receipt 05/BN-TTr")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count() == _pages(receipt_pdf)
    assert dialog.windowTitle() == "Receipt 05/BN-TTr"
    assert dialog.print_button.isVisible()
    assert dialog.save_button.isVisible()
    dialog.save_to(tmp_path / "copy")
    assert (tmp_path / "copy.pdf").read_bytes() == receipt_pdf
    assert dialog.status_label.text() == "Saved."
    out = tmp_path / "printed.pdf"
    dialog.print_to(_pdf_printer(out))
    assert _pages(out.read_bytes()) == _pages(receipt_pdf)
    assert dialog.status_label.text() == "3 page(s) sent to the printer."
    assert not dialog.message_label.isVisible()
    dialog.save_to(tmp_path / "missing-folder" / "x.pdf")
    assert dialog.message_label.isVisible()
    assert dialog.status_label.text() == ""


def test_preview_without_save(qtbot: QtBot, receipt_pdf: bytes) -> None:
    dialog = PrintPreviewDialog(receipt_pdf, "Receipt", allow_save=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isVisible()


def test_preview_fits_the_screen(qtbot: QtBot, receipt_pdf: bytes) -> None:
    from PySide6.QtCore import QSize

    from reception_app.ui.common.print_preview import fitted_size

    dialog = PrintPreviewDialog(receipt_pdf, "Receipt")
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.screen()
    assert screen is not None
    free = screen.availableGeometry()
    assert dialog.height() <= free.height()  # Print / Save / Close stay on the screen
    assert dialog.width() <= free.width()
    assert fitted_size(dialog, QSize(10_000, 10_000)) == QSize(free.width() - 40, free.height() - 60)
    assert fitted_size(dialog, QSize(200, 150)) == QSize(200, 150)


def test_recipient_dialog_requires_a_body(qtbot: QtBot) -> None:
    dialog = RecipientDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.field_message("recipient_body") == "Enter the receiving body."
    dialog.recipient_edit.setText("  UBND huyện Ea Kar  ")
    dialog.buttons.accepted.emit()
    assert dialog.result() == RecipientDialog.DialogCode.Accepted
    assert dialog.recipient() == "UBND huyện Ea Kar"


@pytest.fixture
def real_desk(data_dir: Path) -> Iterator[Desk]:
    world = set_up_world(data_dir)
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world.desk
    world.desk.close()


def test_case_detail_prints_masked_documents_on_the_runner(qtbot: QtBot, real_desk: Desk) -> None:
    uid = real_desk.cases.create_case(draft(channel=Channel.POST)).uid  # mailed: may be transferred
    runner = SyncTaskRunner()
    dialog = CaseDetailDialog(real_desk.cases.get_case(uid), desk=real_desk, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.receipt_button.isVisible()
    with qtbot.waitSignal(dialog.document_issued, timeout=5000) as blocker:
        dialog.receipt_button.click()
    assert blocker.args == ["01/BN-TTr"]
    assert runner.calls == 1
    preview = dialog.preview
    assert preview is not None
    assert "01/BN-TTr" in preview.windowTitle()
    assert preview.page_count() == 3
    assert preview.save_button.isVisible()  # masked: saving is allowed
    preview.close()

    with qtbot.waitSignal(dialog.document_issued, timeout=5000) as blocker:
        dialog.print_transfer_slip("Công an huyện Ea Kar")
    assert blocker.args == ["01/PC-TTr"]
    assert dialog.preview is not None
    texts = " ".join(all_texts(dialog))
    assert CANARY_NAME not in texts
    assert CANARY_ID not in texts


def test_case_detail_shows_known_errors(qtbot: QtBot, real_desk: Desk) -> None:
    detail = real_desk.cases.get_case(real_desk.cases.create_case(draft()).uid)
    dialog = CaseDetailDialog(detail, desk=real_desk, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.print_transfer_slip("   ")  # the service refuses an empty receiving body
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == "Vui lòng nhập thông tin này."
    assert dialog.receipt_button.isEnabled()
    assert dialog.preview is None


def test_case_detail_without_desk_has_no_print_buttons(qtbot: QtBot) -> None:
    dialog = CaseDetailDialog(make_case(revealed=False))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.receipt_button.isVisible()
    assert not dialog.transfer_button.isVisible()
    assert not dialog.documents_button.isVisible()
    assert not any(action.isEnabled() for action in dialog.document_actions)
