"""Print preview: show a document's PDF with QtPdf, print it on a QPrinter, or save the bytes as a file.

The PDF is built on the DB thread by the services; this module only displays and delivers it. Printing
renders each page to an image (``QPdfDocument.render`` draws on a transparent background, so the image is
filled white first) and paints it onto the printer page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QSizeF, Qt, Slot
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.ui.common.formatting import documents_folder, file_name
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

log = logging.getLogger(__name__)

# Pages are rasterised at most at this resolution: crisp text on paper without a ~0.5 GB image per A4 page
# at the 1200 dpi a high-resolution QPrinter reports.
MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72.0


class PdfLoadError(RuntimeError):
    """The bytes are not a PDF QtPdf can open."""


def load_pdf(pdf_bytes: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """Load ``pdf_bytes`` into a ``QPdfDocument`` from memory (no temp file: a PDF may hold identity).

    Returns:
        The document and the buffer it reads from; keep both alive while the document is used.

    Raises:
        PdfLoadError: QtPdf could not open the bytes.
    """
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)  # from a random-access QBuffer this completes before returning
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        error = document.error()
        document.close()
        buffer.close()
        raise PdfLoadError(f"cannot load PDF: {error.name}")
    return document, buffer


def _page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """Page ``page`` at ``dpi`` on an opaque white background."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH))
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def _fit(source: QSizeF, target: QRectF) -> QRectF:
    """``source`` scaled to fit ``target`` (aspect ratio kept), centred."""
    scale = min(target.width() / source.width(), target.height() / source.height())
    width, height = source.width() * scale, source.height() * scale
    return QRectF(target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2, width, height)


def print_pdf_to_printer(pdf_bytes: bytes, printer: QPrinter) -> int:
    """Paint every page of ``pdf_bytes`` onto ``printer``, one printer page per PDF page.

    The PDF already carries its NĐ 30/2020 margins, so the printer is used in full-page mode; a landscape
    document (the logbook) switches the printer to landscape.

    Args:
        pdf_bytes: the document.
        printer: a configured printer (or a ``QPrinter`` writing a PDF file, in tests).

    Returns:
        The number of pages printed.

    Raises:
        PdfLoadError: the bytes are not a PDF.
        RuntimeError: the printer could not be started.
    """
    document, buffer = load_pdf(pdf_bytes)
    try:
        pages = document.pageCount()
        first = document.pagePointSize(0)
        if first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setFullPage(True)
        dpi = max(min(printer.resolution(), MAX_RENDER_DPI), 72)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("the printer could not be started")
        try:
            for page in range(pages):
                if page and not printer.newPage():
                    raise RuntimeError("the printer could not start a new page")
                image = _page_image(document, page, dpi)
                target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
                target.moveTo(0, 0)
                painter.drawImage(_fit(QSizeF(image.size()), target), image)
        finally:
            painter.end()
        return pages
    finally:
        document.close()
        buffer.close()


def fitted_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, shrunk to the screen's free area (a 1366×768 desk screen has ~730 px under the task bar), so
    the window's buttons are never below the screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    free = screen.availableGeometry()
    return QSize(min(wanted.width(), free.width() - 40), min(wanted.height(), free.height() - 60))


class PrintPreviewDialog(QDialog):
    """Shows a document's PDF; "Print…" sends it to a printer, "Save as PDF…" writes the bytes.

    Args:
        pdf_bytes: the rendered document (kept in memory only).
        title: window title (plain text).
        parent: Qt parent.
        allow_save: offer "Save as PDF…" (off for documents that show identity: nothing with identity is
            written to disk by the app).
    """

    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None, *, allow_save: bool = True) -> None:
        super().__init__(parent)
        self._pdf = pdf_bytes
        self.setWindowTitle(title)
        self.document, self._buffer = load_pdf(pdf_bytes, self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.message_label = MessageLabel(self)  # errors
        self.status_label = PlainTextLabel("", self)  # outcomes
        self.status_label.setVisible(False)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        if allow_save:
            buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.save_button.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self._connect_signals()
        self.resize(fitted_size(self, QSize(820, 900)))

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def page_count(self) -> int:
        """Pages in the previewed document."""
        return self.document.pageCount()

    def pdf_bytes(self) -> bytes:
        """The previewed PDF (in memory only)."""
        return self._pdf

    @Slot()
    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the document on ``printer`` and report the outcome under the preview."""
        try:
            pages = print_pdf_to_printer(self._pdf, printer)
        except (RuntimeError, OSError) as exc:
            log.error("printing failed: %s", type(exc).__name__)
            self._show_status("")
            self.message_label.show_message(self.tr("The document could not be printed."))
            return
        self._show_status(self.tr("%n page(s) sent to the printer.", "", pages))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        suggested = str(Path(documents_folder()) / file_name(self.windowTitle(), ".pdf"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Write the PDF bytes to ``path`` (".pdf" added if missing)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self._pdf)
        except OSError as exc:
            log.error("saving the PDF failed: %s", type(exc).__name__)
            self._show_status("")
            self.message_label.show_message(self.tr("The file could not be saved."))
            return
        self._show_status(self.tr("Saved."))

    def _show_status(self, text: str) -> None:
        self.message_label.clear_message()
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
