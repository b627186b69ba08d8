"""ID-card QR scan benchmarks (issue 23), in a GUI child process of their own.

``python -m bench.scan <data_dir> <username> <password> <runs>`` logs in, opens the intake page (real
``TaskRunner``, offscreen) and prints one JSON object with, in seconds:

- ``hid``: a keyboard-mode scan: the payload's keystrokes delivered to the "Scan ID card" field, then Enter,
  until the reporter form is filled and the phone field has the focus (the scanner's own typing rate is
  hardware and not counted);
- ``serial``: a serial-mode scan: the bytes written to a pseudo-terminal (the port) until the form is filled
  (the event loop, QSerialPort, parse, fill);
- ``decode``: the webcam decoder (zxing-cpp) on a 1280×720 frame holding the card's QR (made with segno);
- ``decode_empty``: the same on a frame without a QR (what most frames are while the card is brought up).
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import time
import tty
from pathlib import Path
from typing import Any

CARD = (
    "066179012345|241234567|Nguyễn Thị Hương|12071979|Nữ|Thôn 2, Xã Ea Kao, Thành phố Buôn Ma Thuột, Đắk Lắk|15082021"
)


def _frame(payload: str | None) -> Any:
    import segno
    from PySide6.QtGui import QColor, QImage, QPainter

    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor(118, 108, 96))
    if payload is not None:
        buf = io.BytesIO()
        segno.make_qr(payload, encoding="utf-8", error="m").save(buf, kind="png", scale=5, border=4)
        code = QImage.fromData(buf.getvalue())
        painter = QPainter(frame)
        painter.fillRect(420, 100, code.width() + 300, code.height() + 80, QColor(236, 232, 220))
        painter.drawImage(480, 140, code)
        painter.end()
    return frame


def _scan(data_dir: str, username: str, password: str, runs: int) -> int:  # noqa: PLR0915 - one scripted session
    from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from reception_app.services import Desk
    from reception_app.storage.keyring_secret import FileSecretStore
    from reception_app.ui.common.tasks import TaskRunner
    from reception_app.ui.intake.intake_page import IntakePage
    from reception_app.ui.scan import id_scan
    from reception_app.ui.scan.id_scan_camera import decode_qr

    app = QApplication([sys.argv[0]])
    settings_dir = tempfile.TemporaryDirectory()
    own = QSettings(str(Path(settings_dir.name) / "settings.ini"), QSettings.Format.IniFormat)
    id_scan.app_settings = lambda: own  # this PC's real settings (the scanner port) stay untouched
    runner = TaskRunner()
    desk = Desk(Path(data_dir), secret_store=FileSecretStore(Path(data_dir)))
    desk.auth.login(username, password)
    page = IntakePage(desk, runner)
    page.resize(1200, 900)
    page.show()
    QApplication.processEvents()
    scan = page.id_scan
    out: dict[str, list[float]] = {"hid": [], "serial": [], "decode": [], "decode_empty": []}

    def reset() -> None:
        for form in page.reporters[1:]:
            page.remove_reporter(form)
        page.reporters[0].restore({})
        QApplication.processEvents()

    # keyboard mode: the Enter that ends the burst fills the form synchronously
    field = scan.bar.field
    events = [
        QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        for ch in CARD
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
    ]
    enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    for i in range(runs + 1):
        reset()
        field.setFocus()
        t0 = time.perf_counter()
        for event in events:
            QApplication.sendEvent(field, event)
        QApplication.sendEvent(field, enter)
        elapsed = time.perf_counter() - t0
        if page.reporters[0].full_name.text() != "Nguyễn Thị Hương":
            raise RuntimeError(f"keyboard scan did not fill the form: {scan.bar.message.full_text()}")
        if i:
            out["hid"].append(elapsed)

    # serial mode over a pseudo-terminal
    master, slave = os.openpty()
    tty.setraw(slave)
    scan.use_port(os.ttyname(slave))
    payload = CARD.encode("utf-8") + b"\r\n"
    for i in range(runs + 1):
        reset()
        loop = QEventLoop()
        scan.filled.connect(loop.quit)
        t0 = time.perf_counter()
        os.write(master, payload)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        elapsed = time.perf_counter() - t0
        scan.filled.disconnect(loop.quit)
        if page.reporters[0].full_name.text() != "Nguyễn Thị Hương":
            raise RuntimeError("serial scan did not fill the form")
        if i:
            out["serial"].append(elapsed)
    scan.use_port("")
    os.close(master)
    os.close(slave)

    # webcam decoder
    for key, frame in (("decode", _frame(CARD)), ("decode_empty", _frame(None))):
        expected = CARD if key == "decode" else None
        for i in range(runs + 1):
            t0 = time.perf_counter()
            text = decode_qr(frame)
            elapsed = time.perf_counter() - t0
            if text != expected:
                raise RuntimeError("decoder result differs")
            if i:
                out[key].append(elapsed)

    page.close()
    desk.auth.logout()
    runner.shutdown()
    settings_dir.cleanup()
    del app
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return _scan(argv[0], argv[1], argv[2], int(argv[3]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
