"""Scan the QR code of a chip ID card into the reporter form of the intake page (issue 23).

Three ways in, one way out (:meth:`IdScan.apply`):

- a scanner in keyboard mode (HID) types the payload and Enter into the "Scan ID card" field (F8 from anywhere
  on the intake page puts the focus there); the field turns the platform input method off and refuses a scan
  that a Vietnamese input method rewrote on its way in (backspaces inside the burst, marked letters where
  only digits belong), with an explanation;
- a scanner in serial mode (USB-CDC / virtual COM port, :mod:`reception_app.ui.scan.id_scan_serial`), port chosen
  once in "Scanner port…" and kept in this PC's settings: every scan fills the open intake form;
- a webcam (:mod:`reception_app.ui.scan.id_scan_camera`): frames decoded with zxing-cpp and dropped.

The payload only passes through memory: the parsed fields go straight into the reporter form (which seals
them on save, and whose draft is encrypted); the scan field is cleared (and its undo history with it) the
moment Enter arrives; nothing is logged, copied to the clipboard or written to a file. After a scan the
focus goes to the phone field, the first one a card does not fill.

The duplicate check by ID number (:meth:`desk.identity.find_by_id_number`) runs only in a supervisor's session; an
officer's session learns nothing about other cases from a scan, not even whether one exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reception_app.models.card_place import map_card_address
from reception_app.models.cccd_qr import (
    IME_MANGLED,
    MAX_PAYLOAD,
    NO_DIACRITICS,
    CardData,
    CardQrError,
    lacks_diacritics,
    looks_mangled,
    parse_card_qr,
)
from reception_app.models.enums import CaseKind, IdKind, Role
from reception_app.ui.common.form_fields import format_day
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner
    from reception_app.ui.intake.intake_page import IntakePage
    from reception_app.ui.intake.reporter_form import ReporterForm
    from reception_app.ui.scan.id_scan_serial import SerialScanner

SCAN_SHORTCUT = "F8"
SERIAL_PORT_KEY = "scanner/serial_port"


def app_settings() -> QSettings:
    """This PC's settings (the same store as the interface language)."""
    return QSettings("reception_app", "reception_app")


class ScanField(QLineEdit):
    """Where a keyboard-mode scanner types. Enter ends a scan: the text is taken and the field wiped at once.

    Signals:
        scanned(str, bool): the payload and whether an input method was seen rewriting keys during it.
    """

    scanned = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(MAX_PAYLOAD)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no "Copy" of a payload
        self.setDragEnabled(False)
        # Keys reach the field as the scanner sent them: IBus/Fcitx (Linux) and the Windows IMM leave a widget
        # without input-method support alone. A keyboard-hook input method (Unikey, EVKey) is caught below.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self._rewritten = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            payload, rewritten = self.text(), self._rewritten
            self.wipe()
            event.accept()
            if payload.strip():
                self.scanned.emit(payload, rewritten)
            return
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
            event.accept()  # the payload never goes to the clipboard
            return
        if key == Qt.Key.Key_Backspace and self.text():
            self._rewritten = True  # a scanner never erases: something between it and us rewrote the keys
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString() or event.preeditString():
            self._rewritten = True
        super().inputMethodEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.wipe()  # a half scan is never left on screen
        super().focusOutEvent(event)

    def wipe(self) -> None:
        self.setText("")  # also drops the undo/redo history
        self._rewritten = False


class IdScanBar(QWidget):
    """The row above the reporters: scan field, camera and port buttons, and the result of the last scan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = ScanField(self)
        self.field.setPlaceholderText(self.tr("Put the cursor here (F8) and scan the QR code on the chip ID card"))
        self.field.setAccessibleName(self.tr("Scan ID card"))
        label = QLabel(self.tr("Scan ID card"), self)
        label.setBuddy(self.field)
        self.camera_button = QPushButton(self.tr("Camera…"), self)
        self.camera_button.setToolTip(self.tr("Read the QR code of the ID card with the webcam"))
        self.port_button = QPushButton(self.tr("Scanner port…"), self)
        self.port_button.setToolTip(self.tr("Use a scanner in serial (COM port) mode on this computer"))
        self.port_label = PlainTextLabel("", self)
        self.result = PlainTextLabel("", self, word_wrap=True)
        self.result.setObjectName("scanResult")
        self.result.setStyleSheet("QLabel#scanResult { color: #0b5d1e; }")
        self.result.hide()
        self.duplicates = PlainTextLabel("", self, word_wrap=True)
        self.duplicates.hide()
        self.approve_button = QPushButton(self.tr("Duplicate check (supervisor)…"), self)
        self.approve_button.setToolTip(
            self.tr("A supervisor at the desk approves looking up saved cases with this ID number")
        )
        self.approve_button.hide()
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.camera_button)
        row.addWidget(self.port_button)
        row.addWidget(self.port_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.result)
        checks = QHBoxLayout()
        checks.addWidget(self.duplicates, 1)
        checks.addWidget(self.approve_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(checks)
        column.addWidget(self.message)

    def show_result(self, text: str) -> None:
        self.message.clear_message()
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.result.hide()
        self.duplicates.hide()
        self.approve_button.hide()
        self.message.show_message(text)

    def clear(self) -> None:
        self.result.hide()
        self.duplicates.hide()
        self.approve_button.hide()
        self.message.clear_message()


class IdScan(QObject):
    """Connects the three scan paths to one intake page. Created by the page itself.

    Args:
        page: the intake page whose reporter forms are filled.
        desk: for the office date and the (supervisor-only) duplicate check.
        runner: the DB-thread runner for that check.
        settings: where the serial port is kept (tests pass their own file).

    Signals:
        filled(int): a scan filled reporter form number (1-based).
    """

    filled = Signal(int)

    def __init__(self, page: IntakePage, desk: Desk, runner: Runner, *, settings: QSettings | None = None) -> None:
        super().__init__(page)  # the page is reached through parent(): no Python cycle keeps a deleted page alive
        self._desk = desk
        self._runner = runner
        self.settings = settings if settings is not None else app_settings()
        self.bar = IdScanBar(page)
        self.serial: SerialScanner | None = None
        self._pending_id = ""  # the last scanned number, in memory only, for a check a supervisor approves
        self.dupes_dialog: QWidget | None = None
        self.shortcut = QShortcut(QKeySequence(SCAN_SHORTCUT), page)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.focus_field)
        self.bar.field.scanned.connect(self._on_keyboard_scan)
        self.bar.camera_button.clicked.connect(self.open_camera)
        self.bar.port_button.clicked.connect(self.choose_port)
        self.bar.approve_button.clicked.connect(self.approve_duplicate_check)
        page.case_saved.connect(self.forget)
        self._place_bar()
        port = str(self.settings.value(SERIAL_PORT_KEY, "") or "")
        if port:
            self.use_port(port)

    @property
    def _page(self) -> IntakePage:
        return self.parent()  # type: ignore[return-value]

    def _place_bar(self) -> None:
        box = self._page.reporters_box
        body = box.parentWidget()
        column = body.layout() if body is not None else None
        if isinstance(column, QVBoxLayout):
            column.insertWidget(column.indexOf(box), self.bar)
        self._page.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    @Slot()
    def _on_kind_changed(self) -> None:
        self.bar.setVisible(self._page.current_kind() is not CaseKind.ANONYMOUS_TIP)

    @Slot()
    def focus_field(self) -> None:
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._page.scroll_area.ensureWidgetVisible(self.bar)

    # --- the three ways in ----------------------------------------------------------------------------

    @Slot(str, bool)
    def _on_keyboard_scan(self, payload: str, rewritten: bool) -> None:
        self.apply(payload, keyboard=True, rewritten=rewritten)

    def use_port(self, port_name: str) -> None:
        """Listen to a serial-mode scanner on ``port_name`` ("" = none). Kept for the next start."""
        from reception_app.ui.scan.id_scan_serial import SerialScanner

        if self.serial is not None:
            self.serial.close()
            self.serial.deleteLater()
            self.serial = None
        self.settings.setValue(SERIAL_PORT_KEY, port_name)
        self.bar.port_label.setText("")
        if not port_name:
            return
        self.serial = SerialScanner(port_name, self)
        self.serial.payload_received.connect(self._on_serial_scan)
        self.serial.failed.connect(self.bar.show_error)
        if self.serial.open():
            self.bar.port_label.setText(self.tr("Scanner on %1").replace("%1", port_name))

    @Slot(str)
    def _on_serial_scan(self, payload: str) -> None:
        self.apply(payload, keyboard=False)

    @Slot()
    def choose_port(self) -> None:
        from reception_app.ui.scan.id_scan_serial import SerialPortDialog

        current = self.serial.port_name if self.serial is not None else ""
        dialog = SerialPortDialog(current, self._page)
        if dialog.exec():
            self.use_port(dialog.port_name())

    @Slot()
    def open_camera(self) -> None:
        from reception_app.ui.scan.id_scan_camera import CameraScanDialog

        dialog = CameraScanDialog(self._page)
        dialog.decoded.connect(lambda text: self.apply(text, keyboard=False))
        dialog.exec()

    # --- one way out ----------------------------------------------------------------------------------

    def apply(self, payload: str, *, keyboard: bool, rewritten: bool = False) -> bool:
        """Parse a scan and fill a reporter form; show what happened under the scan field.

        Args:
            payload: the text of the card's QR, as it arrived.
            keyboard: it came through the keyboard (HID) path.
            rewritten: keys were seen being rewritten while it arrived.

        Returns:
            True when a reporter form was filled.
        """
        page = self._page
        if page.current_kind() is CaseKind.ANONYMOUS_TIP:
            self.bar.show_error(
                self.tr("An anonymous tip records no reporter identity; choose another kind of case to scan a card.")
            )
            return False
        if keyboard and (rewritten or looks_mangled(payload)):
            self.bar.show_error(IME_MANGLED)
            return False
        try:
            card = parse_card_qr(payload, today=self._desk.today())
        except CardQrError as exc:
            self.bar.show_error(exc.text())
            return False
        form = self._target_form()
        if form is None:
            self.bar.show_error(self.tr("No room for another reporter on this form."))
            return False
        mapped = self._fill(form, card)
        number = page.reporters.index(form) + 1
        notes = [
            self.tr(
                "Filled reporter %1 from the ID card; check it against the card and type the phone number."
            ).replace("%1", str(number))
        ]
        if mapped:
            notes.append(self.tr("The card's address was converted to the current province and ward; please check."))
        if keyboard and lacks_diacritics(card):
            notes.append(NO_DIACRITICS)
        notes += card.warnings
        self.bar.show_result("\n".join(notes))
        form.phone.setFocus(Qt.FocusReason.OtherFocusReason)
        page.scroll_area.ensureWidgetVisible(form.phone)
        self._check_duplicates(card.id_number)
        self.filled.emit(number)
        return True

    def _target_form(self) -> ReporterForm | None:
        page = self._page
        for form in page.reporters:
            if not form.has_input():
                return form
        if not page.add_reporter_button.isEnabled():
            return None
        return page.add_reporter()

    @staticmethod
    def _fill(form: ReporterForm, card: CardData) -> bool:
        place = map_card_address(card.address)
        form.full_name.setText(card.full_name)
        form.id_kind.setCurrentIndex(max(form.id_kind.findData(IdKind.CCCD.value), 0))
        form.id_number.setText(card.id_number)
        form.birth_date.setText(format_day(card.birth_date))
        form.id_issued_on.setText(format_day(card.issued_on))
        form.gender.setCurrentIndex(max(form.gender.findData(card.gender.value), 0))
        form.place.set_codes(place.province_code, place.ward_code)
        form.address.setText(place.address)
        form.check_id()
        form.changed.emit()  # setText() is not an edit: the encrypted draft must still follow
        return bool(place.province_code)

    def _check_duplicates(self, id_number: str) -> None:
        """Supervisor sessions: how many saved cases already have this ID number (audited by the desk). An
        officer's session learns nothing, not even whether a match exists; a supervisor at the desk may approve
        the check there (:meth:`approve_duplicate_check`)."""
        session = self._desk.session
        self.bar.duplicates.hide()
        self.bar.approve_button.hide()
        self._pending_id = ""
        if session is None or not session.has(Role.SUPERVISOR):
            self._pending_id = id_number
            self.bar.approve_button.show()
            return
        desk = self._desk
        self._runner.run(
            lambda: len(desk.identity.find_by_id_number(id_number)),
            self._on_duplicates,
            lambda _exc: None,  # the check is a courtesy; the scan itself succeeded
            context=self,
        )

    def _on_duplicates(self, count: int) -> None:
        if count:
            text = self.tr("Supervisor check: %1 saved case(s) already have this ID number.").replace("%1", str(count))
        else:
            text = self.tr("Supervisor check: no saved case has this ID number.")
        self.bar.duplicates.setText(text)
        self.bar.duplicates.show()

    @Slot()
    def approve_duplicate_check(self) -> None:
        """A supervisor at the desk enters their credential and a reason; the answer is a count."""
        from reception_app.ui.scan.id_scan_dupes import DuplicateCheckDialog

        if not self._pending_id:
            return
        dialog = DuplicateCheckDialog(self._desk, self._runner, self._pending_id, self._page)
        dialog.counted.connect(self._on_approved_count)
        self.dupes_dialog = dialog
        dialog.open()

    def _on_approved_count(self, count: int) -> None:
        self._pending_id = ""
        self.bar.approve_button.hide()
        self._on_duplicates(count)

    @Slot()
    def forget(self) -> None:
        """After a save: drop the scanned number and the scan messages."""
        self._pending_id = ""
        self.bar.clear()

    def close(self) -> None:
        if self.serial is not None:
            self.serial.close()
