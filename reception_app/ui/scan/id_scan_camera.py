"""Read an ID card's QR code with the webcam: a small preview dialog, frames decoded with zxing-cpp.

Decree 356/2025 treats ID images as sensitive: a frame lives only in memory while it is decoded (at most one
at a time, a few per second) and is dropped right after; nothing is saved, the preview is not recorded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

DECODE_EVERY_MS = 200  # ≈ 5 frames a second are enough for a card held still, and leave the GUI free


def decode_qr(image: QImage) -> str | None:
    """The text of the first QR code in ``image`` (UTF-8, as on a card), or None.

    The image is converted to 8-bit grey first (zxing-cpp works on luminance; it also halves the copy).
    """
    import zxingcpp  # ≈ 20 ms: loaded with the first frame, not at start-up

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    del gray
    for barcode in found:
        raw = bytes(barcode.bytes)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return str(barcode.text)
    return None


class FrameDecoder(QObject):
    """Decodes camera frames, one at a time and at most every :data:`DECODE_EVERY_MS`; stops at the first QR.

    Signals:
        decoded(str): the text of the QR code read.
    """

    decoded = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self._busy = False
        self._gate = QTimer(self)
        self._gate.setSingleShot(True)
        self._gate.setInterval(DECODE_EVERY_MS)
        self._gate.timeout.connect(self._reopen)

    def offer(self, image: QImage) -> bool:
        """Decode ``image`` unless a decode is pending or done; the image is not kept either way."""
        if self._busy or self.done or image.isNull():
            return False
        self._busy = True
        text = decode_qr(image)
        self._gate.start()
        if text is None:
            return False
        self.done = True
        self.decoded.emit(text)
        return True

    @Slot()
    def _reopen(self) -> None:
        self._busy = False


class CameraScanDialog(QDialog):
    """Camera preview; closes itself with the first QR code read.

    QtMultimedia loads only here (it needs the platform's media libraries; without them the dialog says the
    camera cannot be used and the other two ways in still work).

    Signals:
        decoded(str): the text of the QR code read.
    """

    decoded = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan the ID card with the camera"))
        self.hint = PlainTextLabel(
            self.tr("Hold the QR code on the front of the card still in front of the camera, about 15 cm away."),
            self,
            word_wrap=True,
        )
        self.message = MessageLabel(self)
        self.frames = FrameDecoder(self)
        self.frames.decoded.connect(self._on_decoded)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.hint)
        self._layout.addWidget(self.message)
        self._layout.addWidget(buttons)
        self.camera: Any = None
        self.session: Any = None
        try:
            self._start_camera()
        except ImportError:
            self.message.show_message(self.tr("The camera cannot be used on this computer (media libraries missing)."))

    def _start_camera(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.preview = QVideoWidget(self)
        self.preview.setMinimumSize(480, 270)
        self._layout.insertWidget(0, self.preview, 1)
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.message.show_message(self.tr("No camera found on this computer."))
            return
        self.session = QMediaCaptureSession(self)
        self.camera = QCamera(device, self)
        self.camera.errorOccurred.connect(self._on_camera_error)
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.preview)
        self.preview.videoSink().videoFrameChanged.connect(self.on_frame)
        self.camera.start()

    @Slot(object)
    def on_frame(self, frame: Any) -> None:
        """A camera frame (QVideoFrame): turned into an image only when the decoder is free."""
        if self.frames.done or not frame.isValid():
            return
        image = frame.toImage()
        self.frames.offer(image)
        del image  # the frame is not kept

    @Slot(str)
    def _on_decoded(self, text: str) -> None:
        self.stop()
        self.decoded.emit(text)
        self.accept()

    @Slot()
    def _on_camera_error(self) -> None:
        self.message.show_message(self.tr("The camera cannot be used (is another program using it?)."))

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)


__all__ = ["CameraScanDialog", "FrameDecoder", "decode_qr"]
