"""Administration, "Agency and desk" tab: document header and signer, auto-lock delay, interface language."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.enums import Role
from reception_app.models.errors import ValidationError
from reception_app.services import DEFAULT_SIGNER_TITLE, AgencySettings
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.i18n import DEFAULT_LANGUAGE, chosen_language, save_language
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

# Language names are shown in their own language (as every language menu does), so they are not translated.
LANGUAGE_NAMES = (("vi", "Tiếng Việt"), ("en", "English"))
_OK_STYLE = "QLabel#messageLabel { color: #0b6b1f; }"
_ERROR_STYLE = "QLabel#messageLabel { color: #b00020; }"


class AgencyTab(QWidget):
    """Agency settings (admin edits, everyone reads) and this desk's preferences.

    Args:
        desk: the services facade; ``desk.session`` and ``desk.data_dir`` are read as plain attributes.
        runner: the DB-thread task runner.
        parent: Qt parent.

    Signals:
        settings_saved(list): agency settings and auto-lock saved; payload = the setting keys that changed.
        language_saved(str): the interface language was stored in ``ui.json``; payload = ``"vi"`` or ``"en"``.
    """

    settings_saved = Signal(list)
    language_saved = Signal(str)

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        session = desk.session
        self.is_admin = session is not None and session.has(Role.ADMIN)
        self.parent_agency_edit = QLineEdit(self)
        self.parent_agency_edit.setPlaceholderText(self.tr("e.g. UBND TỈNH ĐẮK LẮK"))
        self.agency_name_edit = QLineEdit(self)
        self.agency_name_edit.setPlaceholderText(self.tr("e.g. THANH TRA TỈNH"))
        self.place_name_edit = QLineEdit(self)
        self.place_name_edit.setPlaceholderText(self.tr("e.g. Đắk Lắk"))
        self.doc_symbol_edit = QLineEdit(self)
        self.doc_symbol_edit.setPlaceholderText(self.tr("e.g. TTr"))
        self.signer_title_edit = QLineEdit(self)
        self.signer_title_edit.setPlaceholderText(DEFAULT_SIGNER_TITLE)  # what documents print when left empty
        self.signer_name_edit = QLineEdit(self)
        self.signer_name_edit.setPlaceholderText(self.tr("Printed under the signature (optional)"))
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(1, 60)
        self.idle_spin.setValue(5)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_message = MessageLabel(self)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_button = QPushButton(self.tr("Sa&ve language"), self)
        self.language_message = MessageLabel(self)
        self._field_messages: dict[str, MessageLabel] = {}
        self._loaded = False
        self._build_layout()
        self._connect_signals()
        self._set_editable(False)
        self.load()

    # --- construction -------------------------------------------------------------------------------

    def _edits(self) -> tuple[tuple[str, QLineEdit, int], ...]:
        return (
            ("parent_agency", self.parent_agency_edit, 200),
            ("agency_name", self.agency_name_edit, 200),
            ("place_name", self.place_name_edit, 100),
            ("doc_symbol", self.doc_symbol_edit, 20),
            ("signer_title", self.signer_title_edit, 200),
            ("signer_name", self.signer_name_edit, 100),
        )

    def _key_storage_box(self) -> QGroupBox | None:
        """The technical side of the status-bar sentence about the key file, for whoever looks after the PC."""
        desk = self._desk
        warning = desk.auth.device_secret_warning
        if not warning:
            return None
        box = QGroupBox(self.tr("Security key of this computer"), self)
        key_layout = QVBoxLayout(box)
        key_layout.addWidget(PlainTextLabel(warning, box, word_wrap=True))
        detail = self.tr(
            "The operating system's key store (keyring) could not be used, so the device key is in the "
            "file “device_secret” of the data folder: %1. Anyone who copies that folder and knows a "
            "password can open the data. Restrict access to the folder, or set up a keyring (on Linux: "
            "GNOME Keyring or KWallet) and restart the program."
        ).replace("%1", str(desk.data_dir))
        key_layout.addWidget(PlainTextLabel(detail, box, word_wrap=True, selectable=True))
        return box

    def _build_layout(self) -> None:
        header = QGroupBox(self.tr("Printed on every receipt and slip"), self)
        form = QFormLayout(header)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = (
            self.tr("&Parent agency:"),
            self.tr("Agenc&y name:"),
            self.tr("Place na&me (for the date line):"),
            self.tr("&Document symbol:"),
            self.tr("Signer &title:"),
            self.tr("Signer &name:"),
        )
        for (field, edit, limit), label in zip(self._edits(), labels, strict=True):
            edit.setMaxLength(limit)
            form.addRow(label, edit)
            message = MessageLabel(header)
            form.addRow("", message)
            self._field_messages[field] = message

        desk_box = QGroupBox(self.tr("This desk"), self)
        desk_form = QFormLayout(desk_box)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_spin)
        idle_hint = QLabel(self.tr("without input, then the screen locks (applies at the next login)"), desk_box)
        idle_hint.setWordWrap(True)
        idle_row.addWidget(idle_hint, 1)
        idle_label = QLabel(self.tr("A&uto-lock after:"), desk_box)
        idle_label.setBuddy(self.idle_spin)
        desk_form.addRow(idle_label, idle_row)

        save_row = QHBoxLayout()
        save_row.addWidget(self.save_message, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button, 0)

        language_box = QGroupBox(self.tr("Language of this computer"), self)
        language_form = QFormLayout(language_box)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addWidget(self.language_button)
        language_row.addStretch(1)
        language_label = QLabel(self.tr("&Interface language:"), language_box)
        language_label.setBuddy(self.language_combo)
        language_form.addRow(language_label, language_row)
        note = QLabel(
            self.tr("Applies the next time the program starts, from the login window on. Any user may change it."),
            language_box,
        )
        note.setWordWrap(True)
        language_form.addRow("", note)
        language_form.addRow("", self.language_message)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(desk_box)
        layout.addLayout(save_row)
        layout.addWidget(language_box)
        self.key_storage_box = self._key_storage_box()
        if self.key_storage_box is not None:
            layout.addWidget(self.key_storage_box)
        layout.addStretch(1)
        for first, second in zip(
            [edit for _, edit, _ in self._edits()] + [self.idle_spin, self.save_button, self.language_combo],
            [edit for _, edit, _ in self._edits()][1:]
            + [self.idle_spin, self.save_button, self.language_combo]
            + [self.language_button],
            strict=True,
        ):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        for _, edit, _ in self._edits():
            edit.returnPressed.connect(self._on_save_button_clicked)  # Enter saves, as a dialog's default button
            edit.textEdited.connect(self.save_message.clear_message)
        self.language_button.clicked.connect(self._on_language_button_clicked)

    def _set_editable(self, loaded: bool) -> None:
        editable = self.is_admin and loaded
        for _, edit, _ in self._edits():
            edit.setReadOnly(not editable)
        self.idle_spin.setEnabled(editable)
        self.save_button.setEnabled(editable)
        why = "" if self.is_admin else self.tr("Only an administrator can change these settings.")
        self.save_button.setToolTip(why)
        self.idle_spin.setToolTip(why)

    # --- loading and saving -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the settings on the DB thread and fill the fields."""
        desk = self._desk
        self._runner.run(
            lambda: (
                desk.settings.agency(),
                desk.settings.agency_signer(),
                desk.settings.idle_lock_minutes(),
                chosen_language(desk.data_dir),
            ),
            self._on_loaded,
            self._on_save_failed,
            context=self,
        )

    def _on_loaded(self, result: tuple[AgencySettings, tuple[str, str], int, str]) -> None:
        agency, (signer_title, signer_name), minutes, language = result
        values = (
            agency.parent_agency,
            agency.agency_name,
            agency.place_name,
            agency.doc_symbol,
            signer_title,
            signer_name,
        )
        for (_, edit, _), value in zip(self._edits(), values, strict=True):
            edit.setText(value)
        self.idle_spin.setValue(minutes)
        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(index if index >= 0 else self.language_combo.findData(DEFAULT_LANGUAGE))
        self._loaded = True
        self._set_editable(True)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        for message in self._field_messages.values():
            message.clear_message()
        self.save_message.clear_message()
        texts = [edit.text() for _, edit, _ in self._edits()]
        agency = AgencySettings(*texts[:4])
        minutes = self.idle_spin.value()
        desk = self._desk

        def save() -> list[str]:
            changed = desk.settings.update_agency(agency, signer_title=texts[4], signer_name=texts[5])
            if desk.settings.idle_lock_minutes() != minutes:
                desk.settings.set_idle_lock_minutes(minutes)
                changed.append("ui.idle_lock_minutes")
            return changed

        self.save_button.setEnabled(False)
        self._runner.run(save, self._on_saved, self._on_save_failed, context=self)

    def _on_saved(self, changed: list[str]) -> None:
        self.save_button.setEnabled(True)
        self.save_message.setStyleSheet(_OK_STYLE)
        self.save_message.show_message(
            self.tr("Settings saved.") if changed else self.tr("Nothing changed; nothing was saved.")
        )
        self.settings_saved.emit(changed)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_editable(self._loaded)
        shown = False
        if isinstance(exc, ValidationError):
            for error in exc.errors:
                label = self._field_messages.get(error.field)
                if label is not None:
                    label.show_message(error.message)
                    shown = True
        if shown:
            return
        self.save_message.setStyleSheet(_ERROR_STYLE)
        self.save_message.show_message(
            error_text(
                exc, self.tr("Something went wrong. Details are in the log."), log_as="agency settings task failed"
            )
        )

    @Slot()
    def _on_language_button_clicked(self) -> None:
        language = str(self.language_combo.currentData())
        data_dir = self._desk.data_dir
        self.language_button.setEnabled(False)
        self._runner.run(
            lambda: save_language(data_dir, language),
            lambda _r: self._on_language_saved(language),
            self._on_language_failed,
            context=self,
        )

    def _on_language_saved(self, language: str) -> None:
        self.language_button.setEnabled(True)
        self.language_message.setStyleSheet(_OK_STYLE)
        self.language_message.show_message(self.tr("Saved. Restart the program to use the new language."))
        self.language_saved.emit(language)

    def _on_language_failed(self, exc: BaseException) -> None:
        self.language_button.setEnabled(True)
        log.error("language not saved: %s", type(exc).__name__)
        self.language_message.setStyleSheet(_ERROR_STYLE)
        self.language_message.show_message(self.tr("The language could not be saved. Details are in the log."))
