"""A QR scanner in serial mode (USB-CDC / virtual COM port): each scan arrives as bytes ending in CR or LF.

The bytes are UTF-8 (a card's QR is); they are kept only in a small buffer, zeroed after each scan. Some
scanners send no terminator: a pause of :data:`QUIET_MS` after the last byte also ends a scan.
"""

from __future__ import annotations

from PySide6.QtCore import QIODevice, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reception_app.models.cccd_qr import MAX_PAYLOAD

QUIET_MS = 150
BAUD_RATE = 9600  # the usual default of serial-mode scanners; a USB-CDC port ignores it


class SerialScanner(QObject):
    """Reads scans from one serial port.

    Signals:
        payload_received(str): one scan's text (terminator removed).
        failed(str): the port could not be opened or stopped working (Vietnamese, shown under the scan field).
    """

    payload_received = Signal(str)
    failed = Signal(str)

    def __init__(self, port_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port_name = port_name
        self.port = QSerialPort(self)
        self.port.setPortName(port_name)
        self.port.setBaudRate(BAUD_RATE)
        self._buffer = bytearray()
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._flush)
        self.port.readyRead.connect(self._on_ready_read)
        self.port.errorOccurred.connect(self._on_error)

    def open(self) -> bool:
        if self.port.open(QIODevice.OpenModeFlag.ReadOnly):
            return True
        self.failed.emit(
            self.tr("Cannot open the scanner port %1; check the cable or choose the port again.").replace(
                "%1", self.port_name
            )
        )
        return False

    def close(self) -> None:
        self._quiet.stop()
        self._wipe()
        if self.port.isOpen():
            self.port.close()

    @Slot()
    def _on_ready_read(self) -> None:
        self._buffer += self.port.readAll().data()
        while True:
            ends = [i for i in (self._buffer.find(b"\r"), self._buffer.find(b"\n")) if i >= 0]
            if not ends:
                break
            end = min(ends)
            chunk = bytes(self._buffer[:end])
            self._buffer[: end + 1] = b""
            self._emit(chunk)
        if len(self._buffer) > MAX_PAYLOAD * 4:  # not a scanner talking: drop it
            self._wipe()
        if self._buffer:
            self._quiet.start()
        else:
            self._quiet.stop()

    @Slot()
    def _flush(self) -> None:
        chunk = bytes(self._buffer)
        self._wipe()
        self._emit(chunk)

    def _emit(self, chunk: bytes) -> None:
        text = chunk.decode("utf-8", errors="replace")
        if text.strip():
            self.payload_received.emit(text)

    def _wipe(self) -> None:
        self._buffer[:] = bytes(len(self._buffer))
        self._buffer.clear()

    @Slot(QSerialPort.SerialPortError)
    def _on_error(self, error: QSerialPort.SerialPortError) -> None:
        if error in (QSerialPort.SerialPortError.NoError, QSerialPort.SerialPortError.TimeoutError):
            return
        if error is QSerialPort.SerialPortError.ResourceError:  # unplugged
            self.close()
            self.failed.emit(self.tr("The scanner on %1 was disconnected.").replace("%1", self.port_name))


class SerialPortDialog(QDialog):
    """Choose the COM port of a serial-mode scanner once; "None" turns serial mode off."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scanner port"))
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("None (keyboard mode or camera)"), "")
        for info in QSerialPortInfo.availablePorts():
            label = info.portName()
            if info.description():
                label += f" — {info.description()}"
            self.combo.addItem(label, info.portName())
        if current and self.combo.findData(current) < 0:
            self.combo.addItem(current, current)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        note = QLabel(
            self.tr(
                "Set the scanner to USB serial (USB-COM / CDC) mode, plug it in and choose its port. Every scan "
                "then fills the open intake form, whichever field has the cursor. This is kept for this computer."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def port_name(self) -> str:
        return str(self.combo.currentData() or "")
