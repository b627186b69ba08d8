"""Scanning an ID card's QR into the intake form: keyboard burst, serial port (pty), webcam frames (issue 23)."""

from __future__ import annotations

import io
import logging
import os
import tty
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reception_app.models.cccd_qr import IME_MANGLED, NO_DIACRITICS
from reception_app.models.enums import CaseKind, Gender, IdKind
from reception_app.models.places import ward_name
from reception_app.services import Desk
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.intake.intake_page import IntakePage
from reception_app.ui.intake.reporter_form import ReporterForm
from reception_app.ui.scan import id_scan
from reception_app.ui.scan.id_scan_camera import FrameDecoder, decode_qr
from tests.factories import CANARY_ADDRESS, CANARY_ID, CANARY_NAME, OFFICER, SUPERVISOR, DeskWorld, set_up_world
from tests.services.test_canary import _plaintext_export, _scan
from tests.ui.helpers import all_texts, type_vietnamese

CARD = (
    "066179012345|241234567|Nguyễn Thị Hương|12071979|Nữ|Thôn 2, Xã Ea Kao, Thành phố Buôn Ma Thuột, Đắk Lắk|15082021"
)
# What a keyboard-mode scanner that cannot type marks sends for a card (the letters only).
ASCII_CARD = "066179012345|241234567|Nguyen Thi Huong|12071979|Nu|Lo A3, Xa Ea Kao, Buon Ma Thuot, Dak Lak|15082021"
CANARY_CARD = f"{CANARY_ID}||{CANARY_NAME}|09031988|Nữ|{CANARY_ADDRESS}|01022022"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[DeskWorld]:
    world = set_up_world(tmp_path / "data")
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    yield world
    world.desk.close()


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(id_scan, "app_settings", lambda: settings)
    return settings


def _page(qtbot: QtBot, desk: Desk) -> IntakePage:
    page = IntakePage(desk, SyncTaskRunner())
    qtbot.addWidget(page)
    page.resize(1000, 900)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _burst(qtbot: QtBot, page: IntakePage, ascii_payload: str) -> None:
    """A keyboard-mode scanner: F8 (its prefix key), the payload as keystrokes, Enter."""
    qtbot.keyClick(page.kind, Qt.Key.Key_F8)
    assert page.id_scan.bar.field.hasFocus()
    qtbot.keyClicks(page.id_scan.bar.field, ascii_payload)
    qtbot.keyClick(page.id_scan.bar.field, Qt.Key.Key_Return)


class FakeUnikey(QObject):
    """A keyboard-hook input method (Unikey/EVKey on Windows): it swallows a key that completes a Vietnamese
    letter and sends Backspace plus the marked letter instead. ``mode`` is "telex" or "vni"."""

    _VNI = {"1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323", "6": "\u0302"}
    _TELEX = {"aa": "â", "ee": "ê", "oo": "ô", "dd": "đ", "aw": "ă", "ow": "ơ", "uw": "ư"}

    def __init__(self, target: QWidget, mode: str) -> None:
        super().__init__(target)
        self.mode = mode
        self.rewrites = 0
        self._word = ""
        self._sending = False
        target.installEventFilter(self)

    def _send(self, target: QObject, key: int, text: str) -> None:
        self._sending = True
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
        finally:
            self._sending = False

    def _replacement(self, char: str) -> str | None:
        last = self._word[-1:] if self._word else ""
        if self.mode == "vni" and char in self._VNI and last.lower() in "aeiouy":
            return unicodedata.normalize("NFC", last + self._VNI[char])
        if self.mode == "telex":
            return self._TELEX.get((last + char).lower())
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._sending or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        char = event.text()
        if not char or not char.isalnum():
            self._word = ""
            return False
        replacement = self._replacement(char)
        if replacement is None:
            self._word += char
            return False
        self.rewrites += 1
        self._send(watched, Qt.Key.Key_Backspace, "\b")
        self._send(watched, 0, replacement)
        self._word = self._word[:-1] + replacement
        return True


# --- keyboard mode (HID) ------------------------------------------------------------------------------------


def test_keyboard_burst_fills_the_reporter_and_moves_to_the_phone(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world.desk)
    _burst(qtbot, page, ASCII_CARD)
    form = page.reporters[0]
    assert form.full_name.text() == "Nguyen Thi Huong"
    assert (form.id_kind.currentData(), form.id_number.text()) == (IdKind.CCCD.value, "066179012345")
    assert (form.birth_date.text(), form.id_issued_on.text()) == ("12/07/1979", "15/08/2021")
    assert form.gender.currentData() == Gender.FEMALE.value
    assert form.place.codes()[0] == "66"
    assert ward_name(form.place.codes()[1]) == "Phường Ea Kao"  # the old commune, merged into today's ward
    assert form.address.text() == "Lo A3"
    assert form.phone.hasFocus()  # the first field a card does not fill
    assert page.id_scan.bar.field.text() == ""  # the payload is gone from the screen
    assert not page.id_scan.bar.field.isUndoAvailable()
    shown = page.id_scan.bar.result.full_text()
    assert "người gửi 1" in shown or "reporter 1" in shown
    assert NO_DIACRITICS in shown  # an all-ASCII name: the officer is told to check the marks
    assert not page.id_scan.bar.message.isVisible()


def test_keyboard_scan_with_marks_typed_as_unicode_keys(qtbot: QtBot, world: DeskWorld) -> None:
    """Scanners that type Unicode (Alt codes on Windows) deliver marked letters as key events with text."""
    page = _page(qtbot, world.desk)
    field = page.id_scan.bar.field
    field.setFocus()
    for char in CARD:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.keyClick(field, Qt.Key.Key_Enter)
    form = page.reporters[0]
    assert form.full_name.text() == "Nguyễn Thị Hương"
    assert form.place.codes()[0] == "66"
    assert form.address.text() == "Thôn 2"
    assert NO_DIACRITICS not in page.id_scan.bar.result.full_text()
    assert form.phone.hasFocus()


@pytest.mark.parametrize(
    ("mode", "payload"), [("vni", ASCII_CARD), ("telex", ASCII_CARD.replace("Lo A3", "Khu Doong"))]
)
def test_an_input_method_mangling_the_burst_is_explained_and_fills_nothing(
    qtbot: QtBot, world: DeskWorld, mode: str, payload: str
) -> None:
    page = _page(qtbot, world.desk)
    ime = FakeUnikey(page.id_scan.bar.field, mode)
    _burst(qtbot, page, payload)
    assert ime.rewrites >= 1  # the simulated input method did rewrite the keys
    assert page.id_scan.bar.message.full_text() == IME_MANGLED
    assert "Unikey" in IME_MANGLED
    assert "tắt" in IME_MANGLED
    assert not page.reporters[0].has_input()
    assert page.id_scan.bar.field.text() == ""


def test_an_ibus_style_input_method_commit_is_caught_too(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world.desk)
    field = page.id_scan.bar.field
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # IBus/Fcitx are kept out
    field.setFocus()
    qtbot.keyClicks(field, "066179012345|241234567|")
    type_vietnamese(field, "Nguyễn Thị Hương")  # a commit string: only an input method sends those
    qtbot.keyClicks(field, "|12071979|Nu|")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.id_scan.bar.message.full_text() == IME_MANGLED
    assert not page.reporters[0].has_input()


def test_a_broken_scan_keeps_the_form_and_says_why(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world.desk)
    type_vietnamese(page.reporters[0].phone, "0905123456")
    _burst(qtbot, page, "066179012345|241234567|Nguyen Thi Huong")
    assert "thiếu thông tin" in page.id_scan.bar.message.full_text()
    assert page.reporters[0].phone.text() == "0905123456"
    assert page.reporters[0].full_name.text() == ""


def test_a_second_card_fills_a_second_reporter(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world.desk)
    assert page.id_scan.apply(CARD, keyboard=False)
    assert page.id_scan.apply(CANARY_CARD, keyboard=False)
    assert len(page.reporters) == 2
    assert page.reporters[1].full_name.text() == CANARY_NAME
    assert page.reporters[1].address.text() == CANARY_ADDRESS  # no known province: the card's text, whole
    assert page.reporters[1].phone.hasFocus()


def test_anonymous_tips_take_no_scan(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world.desk)
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.ANONYMOUS_TIP.value))
    assert not page.id_scan.bar.isVisible()
    assert not page.id_scan.apply(CARD, keyboard=False)
    assert not page.reporters[0].has_input()


# --- serial mode over a pseudo-terminal --------------------------------------------------------------------


@pytest.fixture
def pty_port() -> Iterator[tuple[int, str]]:
    master, slave = os.openpty()
    tty.setraw(slave)
    yield master, os.ttyname(slave)
    os.close(master)
    os.close(slave)


def test_serial_scanner_fills_the_open_form(
    qtbot: QtBot, world: DeskWorld, pty_port: tuple[int, str], own_settings: QSettings
) -> None:
    master, port = pty_port
    page = _page(qtbot, world.desk)
    page.id_scan.use_port(port)
    assert own_settings.value(id_scan.SERIAL_PORT_KEY) == port  # chosen once, kept for this PC
    assert page.id_scan.serial is not None
    assert page.id_scan.serial.port.isOpen()
    page.subject.setFocus()  # the cursor is anywhere: a serial scan still lands in the reporter
    os.write(master, CARD.encode("utf-8") + b"\r\n")
    form = page.reporters[0]
    qtbot.waitUntil(lambda: form.full_name.text() == "Nguyễn Thị Hương")
    assert form.id_number.text() == "066179012345"
    assert form.phone.hasFocus()
    # a scanner without a terminator: the pause after the last byte ends the scan; split writes join up
    half = len(CANARY_CARD.encode()) // 2
    os.write(master, CANARY_CARD.encode("utf-8")[:half])
    os.write(master, CANARY_CARD.encode("utf-8")[half:])
    qtbot.waitUntil(lambda: len(page.reporters) == 2 and page.reporters[1].full_name.text() == CANARY_NAME)
    # the next page opened on this PC listens on the same port
    page.id_scan.close()
    again = _page(qtbot, world.desk)
    assert again.id_scan.serial is not None
    assert again.id_scan.serial.port_name == port
    again.id_scan.use_port("")
    assert again.id_scan.serial is None
    assert own_settings.value(id_scan.SERIAL_PORT_KEY) == ""


def test_a_missing_serial_port_is_reported(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = _page(qtbot, world.desk)
    page.id_scan.use_port(str(tmp_path / "no-such-port"))
    shown = page.id_scan.bar.message.full_text()
    assert "Không mở được" in shown or "Cannot open" in shown


# QtMultimedia's start-up notes where optional codec/audio libraries are missing (VA-API, PipeWire).
MEDIA_NOISE = ("Couldn't (load|resolve)", "No RHI backend", "propagateSizeHints")


# --- webcam frames ------------------------------------------------------------------------------------------


def camera_frame(payload: str, *, scale: int = 5, at: tuple[int, int] = (480, 140)) -> QImage:
    """A 1280×720 webcam-like frame: a grey desk with the card's QR somewhere in it."""
    buf = io.BytesIO()
    segno.make_qr(payload, encoding="utf-8", error="m").save(buf, kind="png", scale=scale, border=4)
    code = QImage.fromData(buf.getvalue())
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor(118, 108, 96))
    painter = QPainter(frame)
    painter.fillRect(at[0] - 60, at[1] - 40, code.width() + 300, code.height() + 80, QColor(236, 232, 220))
    painter.drawImage(*at, code)
    painter.end()
    return frame


@pytest.mark.parametrize("payload", [CARD, CANARY_CARD, unicodedata.normalize("NFD", CARD)])
def test_decoder_reads_generated_frames(qtbot: QtBot, payload: str) -> None:
    assert decode_qr(camera_frame(payload)) == payload


def test_decoder_finds_nothing_in_an_empty_frame(qtbot: QtBot) -> None:
    empty = QImage(1280, 720, QImage.Format.Format_RGB32)
    empty.fill(QColor(118, 108, 96))
    assert decode_qr(empty) is None


def test_camera_frames_fill_the_form_once(qtbot: QtBot, world: DeskWorld) -> None:
    page = _page(qtbot, world.desk)
    frames = FrameDecoder(page)
    frames.decoded.connect(lambda text: page.id_scan.apply(text, keyboard=False))
    empty = QImage(1280, 720, QImage.Format.Format_RGB32)
    empty.fill(QColor(118, 108, 96))
    assert not frames.offer(empty)
    assert not frames.offer(camera_frame(CARD))  # within the pause after a decode: skipped
    qtbot.waitUntil(lambda: frames.offer(camera_frame(CARD)))
    assert page.reporters[0].full_name.text() == "Nguyễn Thị Hương"
    assert page.reporters[0].phone.hasFocus()
    assert not frames.offer(camera_frame(CANARY_CARD))  # done: the dialog closes with the first code
    assert len(page.reporters) == 1


@pytest.mark.qt_log_ignore(*MEDIA_NOISE)
def test_camera_dialog_opens_without_a_camera(qtbot: QtBot) -> None:
    from reception_app.ui.scan.id_scan_camera import CameraScanDialog

    dialog = CameraScanDialog()
    qtbot.addWidget(dialog)
    assert dialog.message.full_text()  # no camera (or no media libraries) here: said in the dialog
    dialog.reject()


def _multimedia_loads() -> bool:
    try:
        import PySide6.QtMultimedia  # noqa: F401 - needs the platform's media libraries (libpulse on Linux)
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _multimedia_loads(), reason="QtMultimedia cannot load here (no libpulse)")
@pytest.mark.qt_log_ignore(*MEDIA_NOISE)
def test_camera_dialog_decodes_a_video_frame_and_closes(qtbot: QtBot) -> None:
    from PySide6.QtMultimedia import QVideoFrame

    from reception_app.ui.scan.id_scan_camera import CameraScanDialog

    dialog = CameraScanDialog()
    qtbot.addWidget(dialog)
    got: list[str] = []
    dialog.decoded.connect(got.append)
    empty = QImage(1280, 720, QImage.Format.Format_RGB32)
    empty.fill(QColor(118, 108, 96))
    dialog.on_frame(QVideoFrame(empty))
    assert got == []
    qtbot.waitUntil(lambda: not dialog.frames._busy)
    dialog.on_frame(QVideoFrame(camera_frame(CARD)))
    assert got == [CARD]
    assert dialog.result() == dialog.DialogCode.Accepted


# --- identity stays sealed; the duplicate check is the supervisor's -----------------------------------------


def test_officer_scan_runs_no_identity_lookup(qtbot: QtBot, world: DeskWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(world.desk.identity, "find_by_id_number", lambda number: calls.append(number) or ["x"])
    page = _page(qtbot, world.desk)
    assert page.id_scan.apply(CARD, keyboard=False)
    assert calls == []
    assert not page.id_scan.bar.duplicates.isVisible()
    assert not any("Supervisor check" in t for t in all_texts(page.id_scan.bar))
    assert page.id_scan.bar.approve_button.isVisible()  # offered after every scan, match or not


def test_a_supervisor_at_the_desk_approves_the_check_in_an_officer_session(qtbot: QtBot, world: DeskWorld) -> None:
    from tests.factories import draft

    world.desk.cases.create_case(draft())  # the canary reporter, ID CANARY_ID
    page = _page(qtbot, world.desk)
    assert page.id_scan.apply(CANARY_CARD, keyboard=False)
    page.id_scan.bar.approve_button.click()
    dialog = page.id_scan.dupes_dialog
    assert dialog is not None
    dialog.username_edit.setText(SUPERVISOR.username)  # type: ignore[attr-defined]
    dialog.password_edit.setText("wrong-password-123")  # type: ignore[attr-defined]
    dialog.reason_edit.setPlainText("Công dân khai đã gửi đơn trước đây")  # type: ignore[attr-defined]
    dialog.check_button.click()  # type: ignore[attr-defined]
    assert dialog.message_label.full_text()  # type: ignore[attr-defined]  # refused beside the fields
    assert not page.id_scan.bar.duplicates.isVisible()
    dialog.password_edit.setText(SUPERVISOR.password)  # type: ignore[attr-defined]
    dialog.check_button.click()  # type: ignore[attr-defined]
    assert page.id_scan.bar.duplicates.isVisible()
    assert "1" in page.id_scan.bar.duplicates.full_text()
    assert not page.id_scan.bar.approve_button.isVisible()
    page.id_scan.forget()  # what a save does: nothing of the scan is kept
    assert not page.id_scan.bar.duplicates.isVisible()


def test_supervisor_scan_checks_for_duplicates(qtbot: QtBot, world: DeskWorld) -> None:
    from tests.factories import draft

    world.desk.cases.create_case(draft())  # the canary reporter, ID CANARY_ID
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    page = _page(qtbot, world.desk)
    assert page.id_scan.apply(CANARY_CARD, keyboard=False)
    assert page.id_scan.bar.duplicates.isVisible()
    assert "1" in page.id_scan.bar.duplicates.full_text()
    assert not page.id_scan.bar.approve_button.isVisible()
    page.reporters[0].restore({})
    assert page.id_scan.apply(CARD, keyboard=False)
    text = page.id_scan.bar.duplicates.full_text()
    assert "1" not in text
    assert text


class _FormWindows(QObject):
    """Counts reporter forms shown as windows of their own."""

    shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, ReporterForm) and watched.isWindow():
            self.shown += 1
        return False


def test_scanned_identity_is_sealed_and_the_payload_written_nowhere(
    qtbot: QtBot, world: DeskWorld, pty_port: tuple[int, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    master, port = pty_port
    page = _page(qtbot, world.desk)
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.DENUNCIATION.value))
    page.id_scan.use_port(port)
    os.write(master, CANARY_CARD.encode("utf-8") + b"\n")
    qtbot.waitUntil(lambda: page.reporters[0].full_name.text() == CANARY_NAME)
    ascii_canary = f"{CANARY_ID}||Zqxwylvh Canaryname|09031988|Nu|So 77 hem Canarystreet Qwpvx|01022022"
    _burst(qtbot, page, ascii_canary)  # a second reporter through the keyboard path
    assert page.reporters[1].id_number.text() == CANARY_ID
    type_vietnamese(page.reporters[0].phone, "0905123456")
    page.save_draft_now()  # the encrypted draft holds the scanned identity for a while
    type_vietnamese(page.subject, "Tố cáo cán bộ địa chính nhận tiền")
    type_vietnamese(page.content, "Nội dung tố cáo chi tiết.")
    saved: list[str] = []
    page.case_saved.connect(lambda uid, _number: saved.append(uid))
    windows = _FormWindows()
    QApplication.instance().installEventFilter(windows)
    page.save()
    qtbot.wait(50)  # the second reporter's form left the page at the reset: Qt's queued show must not open it
    QApplication.instance().removeEventFilter(windows)
    assert windows.shown == 0  # as a window of its own, the scanned identity in plain view, even for a moment
    assert saved, page.message.full_text()
    clipboard = QGuiApplication.clipboard().text()
    assert CANARY_ID not in clipboard
    assert "|" not in clipboard
    assert _scan(world.data_dir) == []
    export = tmp_path / "plain.db"
    _plaintext_export(world, export)
    assert _scan(tmp_path) == []
    payload_bytes = [CANARY_CARD.encode(), ascii_canary.encode(), b"09031988", b"01022022"]
    for f in (p for p in tmp_path.rglob("*") if p.is_file()):
        data = f.read_bytes()
        assert not any(n in data for n in payload_bytes), f.name
    assert not any(CANARY_ID in r.getMessage() or "09031988" in r.getMessage() for r in caplog.records)
    # and the identity did arrive, sealed: a supervisor reveal reads it back
    world.desk.auth.logout()
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    grant = world.desk.identity.reveal(saved[0], SUPERVISOR.username, SUPERVISOR.password, "Kiểm tra nhập liệu")
    idents = [r.identity for r in grant.reporters]
    assert idents[0] is not None
    assert idents[0].full_name == CANARY_NAME
    assert idents[0].birth_date is not None
    assert idents[0].birth_date.isoformat() == "1988-03-09"
    assert idents[1] is not None
    assert idents[1].id_number == CANARY_ID
