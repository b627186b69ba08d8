"""The intake form: record a walk-in (or posted, or transferred) case, keyboard first.

Tab walks the fields in reading order, Enter in a one-line field moves on, Ctrl+S saves, Esc asks to discard.
Every edit restarts a short timer that saves the whole form, encrypted, as the user's draft
(:mod:`reception_app.services.drafts`), so an accidental close, a crash or an auto-lock loses nothing; the draft
comes back at the next login. Field errors are shown under the field and the form is kept as typed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.case import CaseDraft, ReporterIdentity
from reception_app.models.enums import CaseKind, Channel, Sector
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.services import IntakeSaved
from reception_app.ui.common.form_fields import DateTimeField, FieldGrid, to_qdatetime
from reception_app.ui.common.place_picker import PlacePicker
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel
from reception_app.ui.intake.identity_guard import IdentityGuard
from reception_app.ui.intake.intake_widgets import AttachmentsEditor, DocumentsEditor
from reception_app.ui.intake.related_panel import RelatedCasesPanel
from reception_app.ui.intake.reporter_form import ReporterForm
from reception_app.ui.scan.id_scan import IdScan

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

log = logging.getLogger(__name__)

AUTOSAVE_MS = 2000
MAX_REPORTERS_ON_FORM = 20
_KINDS = (CaseKind.COMPLAINT, CaseKind.DENUNCIATION, CaseKind.PETITION, CaseKind.MIXED, CaseKind.ANONYMOUS_TIP)


def _popup_visible(edit: QLineEdit) -> bool:
    completer = edit.completer()
    popup = completer.popup() if completer is not None else None
    return popup is not None and popup.isVisible()


class IntakePage(QWidget):
    """The intake form page of the main window.

    Args:
        desk: the services facade (logged in).
        runner: the DB-thread task runner; every desk call goes through it.
        autosave_ms: delay after the last edit before the draft is saved.

    Signals:
        case_saved(str, str): a case was saved; payload = uid, number.
        print_receipt_requested(str): "Print receipt" after a save; payload = uid.
        open_case_requested(str): the officer opened a related case; payload = its uid.
    """

    case_saved = Signal(str, str)
    print_receipt_requested = Signal(str)
    open_case_requested = Signal(str)
    record_requested = Signal(str)  # "Reception record" after saving a walk-in without a letter; payload = uid

    def __init__(
        self, desk: Desk, runner: Runner, parent: QWidget | None = None, *, autosave_ms: int = AUTOSAVE_MS
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._busy = False
        self._restoring = False
        self._dirty = False
        self._last_uid = ""
        self._started = False  # the current form has had its first input (see _on_changed)
        # The identities as typed for the case just saved, in memory only, for its first receipt (the citizen's
        # copy names them without a reveal, ARCHITECTURE §4); dropped after that print, at the next case and at lock.
        self._last_identities: tuple[ReporterIdentity, ...] = ()
        self._saving_identities: tuple[ReporterIdentity, ...] = ()
        self.reporters: list[ReporterForm] = []
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self._build()
        self._connect_signals()
        self.id_scan = IdScan(self, desk, runner)  # ID-card QR: keyboard, serial and camera (ui/scan/id_scan.py)
        self.reset_form()
        self.load_saved_draft()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the field with the focus is always in view (no typing blind)
            app.focusChanged.connect(self._on_app_focus_changed)

    # --- construction -------------------------------------------------------------------------------

    def _build(self) -> None:
        self._build_reception()
        self._build_content()

    def _build_reception(self) -> None:
        self.received_at = DateTimeField(self)
        self.received_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received_at.setCalendarPopup(True)
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel.label, channel.value)
        self.kind = QComboBox(self)
        for kind in _KINDS:
            self.kind.addItem(kind.label, kind.value)
        self.sector = QComboBox(self)
        for sector in Sector:
            self.sector.addItem(sector.label, sector.value)
        self.group_size = QSpinBox(self)
        self.group_size.setRange(1, 10_000)
        self.group_size.setSuffix(self.tr(" person(s)"))
        self.group_hint = PlainTextLabel("", self, word_wrap=True)
        self.head_check = QCheckBox(self.tr("Receiv&ed by the head of the agency (lãnh đạo tiếp)"), self)
        self.head_check.setToolTip(self.tr("Counted as a reception led by the head in the periodic report."))

    def _build_content(self) -> None:
        self.accused = QLineEdit(self)
        self.accused.setMaxLength(200)
        self.accused.setPlaceholderText(self.tr("Person or agency complained about or denounced"))
        self.accused_position = QLineEdit(self)
        self.accused_position.setMaxLength(200)
        self.subject = QLineEdit(self)
        self.subject.setMaxLength(300)
        self.subject.setPlaceholderText(self.tr("One line: what the case is about"))
        self.content = QPlainTextEdit(self)
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("What the citizen says, requests and the evidence offered"))
        self.content.setMinimumHeight(self.fontMetrics().height() * 6)
        self.place = PlacePicker(self)
        self.location = QLineEdit(self)
        self.location.setMaxLength(200)
        self.documents = DocumentsEditor(self)
        self.attachments = AttachmentsEditor(self)
        self.add_reporter_button = QPushButton(self.tr("&Add reporter"), self)
        self.reporters_message = MessageLabel(self)
        self.anonymous_note = PlainTextLabel(
            self.tr(
                "Anonymous tip (no name or a false name): no reporter identity is recorded. It is handled as "
                "information with denunciation content (Law on Denunciations, Article 25)."
            ),
            self,
            word_wrap=True,
        )
        self.draft_label = PlainTextLabel("", self, elide=Qt.TextElideMode.ElideRight)
        self.discard_draft_button = QPushButton(self.tr("Discard restored draft"), self)
        self.result_label = PlainTextLabel("", self, word_wrap=True, selectable=True)
        self.result_label.setObjectName("intakeResult")
        self.result_label.setStyleSheet("QLabel#intakeResult { color: #0b5d1e; font-weight: bold; }")
        self.print_button = QPushButton(self.tr("&Print receipt"), self)
        self.record_button = QPushButton(self.tr("Reception rec&ord…"), self)
        self._record_offer = False
        self.message = MessageLabel(self)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), self)
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clear form (Esc)"), self)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.clear_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._lay_out()

    def _lay_out(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        reception = QGroupBox(self.tr("Reception"), body)
        self.grid = FieldGrid()
        QVBoxLayout(reception).addLayout(self.grid)
        g = self.grid
        g.add("kind", self.tr("&Kind"), self.kind)
        g.add("channel", self.tr("C&hannel"), self.channel)
        g.add("received_at", self.tr("Received at"), self.received_at)
        g.add("group_size", self.tr("Number of people"), self.group_size)
        g.add("sector", self.tr("Sec&tor"), self.sector, span=2)
        g.add("led_by_head", "", self.head_check, span=2)
        column.addWidget(reception)
        column.addWidget(self.group_hint)

        self.reporters_box = QGroupBox(self.tr("Reporters (identity is sealed and masked after saving)"), body)
        self.reporters_layout = QVBoxLayout(self.reporters_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.reporters_message, 1)
        add_row.addWidget(self.add_reporter_button)
        self.reporters_layout.addLayout(add_row)
        column.addWidget(self.reporters_box)
        column.addWidget(self.anonymous_note)

        content_box = QGroupBox(self.tr("Content"), body)
        self.content_grid = FieldGrid(columns=1)
        QVBoxLayout(content_box).addLayout(self.content_grid)
        c = self.content_grid
        c.add("accused", self.tr("Acc&used"), self.accused)
        c.add("accused_position", self.tr("Position"), self.accused_position)
        c.add("subject", self.tr("S&ubject"), self.subject)
        c.add("content", self.tr("C&ontent"), self.content)
        self.identity_guard = IdentityGuard(self)  # issue 18: the reporter's identity typed into free text
        c.add("identity_guard", "", self.identity_guard.banner)
        c.add("province_code", self.tr("Where it happened"), self.place)
        c.messages["ward_code"] = c.messages["province_code"]
        c.add("location", self.tr("Place details"), self.location)
        column.addWidget(content_box)
        related_box = QGroupBox(self.tr("Related cases (found by accused, content and ward, never by identity)"), body)
        self.related = RelatedCasesPanel(self._desk, self._runner, related_box)
        QVBoxLayout(related_box).addWidget(self.related)
        column.addWidget(related_box)

        papers = QGroupBox(self.tr("Papers received (listed on the receipt)"), body)
        QVBoxLayout(papers).addWidget(self.documents)
        column.addWidget(papers)
        files = QGroupBox(self.tr("Scanned attachments (sealed like identity)"), body)
        QVBoxLayout(files).addWidget(self.attachments)
        column.addWidget(files)
        column.addStretch(1)

        self._lay_out_page(body)

    def _lay_out_page(self, body: QWidget) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.draft_label, 1)
        draft_row.addWidget(self.discard_draft_button)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.print_button)
        result_row.addWidget(self.record_button)
        for button in (self.print_button, self.record_button, self.clear_button, self.save_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(draft_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(result_row)
        layout.addLayout(bottom)
        self.discard_draft_button.hide()
        self.print_button.hide()
        self.record_button.hide()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.save_shortcut.activated.connect(self.save)
        self.clear_button.clicked.connect(self.ask_discard)
        self.clear_shortcut.activated.connect(self.ask_discard)
        self.add_reporter_button.clicked.connect(self._on_add_reporter_button_clicked)
        self.discard_draft_button.clicked.connect(self._on_discard_draft_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.group_size.valueChanged.connect(self._on_group_size_changed)
        self.autosave_timer.timeout.connect(self.save_draft_now)
        for edit in (self.accused, self.accused_position, self.subject, self.location):
            edit.textEdited.connect(self._on_changed)
        self.content.textChanged.connect(self._on_changed)
        for combo in (self.channel, self.kind, self.sector):
            combo.currentIndexChanged.connect(self._on_changed)
        self.channel.currentIndexChanged.connect(self._on_channel_changed)
        self.head_check.toggled.connect(self._on_changed)
        self.group_size.valueChanged.connect(self._on_changed)
        self.received_at.dateTimeChanged.connect(self._on_changed)
        self.place.province.code_changed.connect(self._on_changed)
        self.place.ward.code_changed.connect(self._on_changed)
        self.documents.changed.connect(self._on_changed)
        self.related.open_requested.connect(self.open_case_requested)
        for child in self.findChildren(QLineEdit):
            child.installEventFilter(self)

    # --- reporters ----------------------------------------------------------------------------------

    def add_reporter(self) -> ReporterForm:
        form = ReporterForm(len(self.reporters) + 1, self.reporters_box)
        self.reporters.append(form)
        self.reporters_layout.insertWidget(len(self.reporters) - 1, form)
        form.changed.connect(self._on_changed)
        form.remove_requested.connect(lambda f=form: self.remove_reporter(f))
        for child in form.findChildren(QLineEdit):
            child.installEventFilter(self)
        self._renumber()
        return form

    def remove_reporter(self, form: ReporterForm) -> None:
        if form not in self.reporters or len(self.reporters) == 1:
            return
        self.reporters.remove(form)
        form.discard()
        self._renumber()
        self._on_changed()

    def _renumber(self) -> None:
        for i, form in enumerate(self.reporters, start=1):
            form.set_number(i)
            form.set_removable(len(self.reporters) > 1)
        self.add_reporter_button.setEnabled(len(self.reporters) < MAX_REPORTERS_ON_FORM)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the page top to bottom, whatever order the widgets were created in."""
        chain: list[QWidget] = [
            self.kind,
            self.channel,
            self.received_at,
            self.group_size,
            self.sector,
            self.head_check,
        ]
        for form in self.reporters:
            chain += form.focus_chain()
        chain += [
            self.add_reporter_button,
            self.accused,
            self.accused_position,
            self.subject,
            self.content,
            self.place.province,
            self.place.ward,
            self.location,
            self.related.view,
            self.related.open_button,
            self.documents.name_edit,
            self.documents.pages_spin,
            self.documents.state_combo,
            self.documents.add_button,
            self.documents.view,
            self.documents.remove_button,
            self.attachments.add_button,
            self.attachments.view,
            self.attachments.remove_button,
            self.print_button,
            self.record_button,
            self.clear_button,
            self.save_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.scroll_area.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 10, 24)

    def focus_first_field(self) -> None:
        """Scroll to the top and put the cursor in the first field ("Kind")."""
        self.scroll_area.verticalScrollBar().setValue(0)
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_add_reporter_button_clicked(self) -> None:
        form = self.add_reporter()
        form.full_name.setFocus()
        self.scroll_area.ensureWidgetVisible(form)
        self._on_changed()

    # --- behaviour ----------------------------------------------------------------------------------

    def current_kind(self) -> CaseKind:
        return CaseKind(self.kind.currentData())

    @Slot()
    def _on_kind_changed(self) -> None:
        anonymous = self.current_kind() is CaseKind.ANONYMOUS_TIP
        self.reporters_box.setVisible(not anonymous)
        self.anonymous_note.setVisible(anonymous)

    @Slot(int)
    def _on_group_size_changed(self, people: int) -> None:
        if people >= 5:
            most = 2 if people <= 10 else 5
            self.group_hint.setText(
                self.tr(
                    "Group reception (%1 people): record the representatives (1 to %2, each a reporter) and the "
                    "written appointment signed by the group (Law on Citizen Reception, Article 30)."
                )
                .replace("%1", str(people))
                .replace("%2", str(most))
            )
            self.group_hint.show()
        else:
            self.group_hint.hide()

    @Slot()
    def _on_channel_changed(self) -> None:
        walk_in = self.channel.currentData() == Channel.WALK_IN.value
        self.head_check.setEnabled(walk_in)  # only a walk-in is a reception (lượt tiếp)

    @Slot()
    def _on_changed(self) -> None:
        if self._restoring:
            return
        if self.sender() is self.received_at:
            self._started = True  # the officer set the time: keep it
        elif not self._started:
            # The citizen is here now: the first keystroke for a new citizen sets "received at", not the moment
            # the blank form was made (at login, or after the previous save).
            self._started = True
            self._restoring = True
            try:
                self.received_at.setDateTime(to_qdatetime(self._desk.clock.local_naive()))
            finally:
                self._restoring = False
        self._dirty = True
        self.result_label.clear()
        self.print_button.hide()
        self.record_button.hide()
        self.autosave_timer.start()
        self.related.set_draft(self.related_query())

    def related_query(self) -> CaseDraft:
        """What the related-cases panel may look at: accused, subject, content, place; never a reporter."""
        _, ward = self.place.codes()
        return CaseDraft(
            kind=self.current_kind(),
            channel=Channel(self.channel.currentData()),
            sector=Sector(self.sector.currentData()),
            subject=self.subject.text(),
            content=self.content.toPlainText(),
            accused=self.accused.text(),
            ward_code=ward,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in a one-line field moves to the next field (the way paper forms are filled at a busy desk).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QLineEdit)
            and watched is not self.documents.name_edit
            and not _popup_visible(watched)
        ):
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    # --- form state ---------------------------------------------------------------------------------

    def has_input(self) -> bool:
        return bool(
            self.subject.text().strip()
            or self.content.toPlainText().strip()
            or self.accused.text().strip()
            or self.documents.documents()
            or self.attachments.paths
            or any(r.has_input() for r in self.reporters)
        )

    def state(self) -> dict[str, Any]:
        """Every field as typed, for the encrypted draft."""
        province, ward = self.place.codes()
        return {
            "kind": self.kind.currentData(),
            "channel": self.channel.currentData(),
            "sector": self.sector.currentData(),
            "received_at": self.received_at.dateTime().toString(Qt.DateFormat.ISODate),
            "group_size": self.group_size.value(),
            "led_by_head": self.head_check.isChecked(),
            "accused": self.accused.text(),
            "accused_position": self.accused_position.text(),
            "subject": self.subject.text(),
            "content": self.content.toPlainText(),
            "province_code": province,
            "ward_code": ward,
            "location": self.location.text(),
            "documents": self.documents.state(),
            "reporters": [r.state() for r in self.reporters],
        }

    def restore(self, state: dict[str, Any]) -> None:
        self._restoring = True
        try:
            self.reset_form()

            def text(key: str) -> str:
                value = state.get(key, "")
                return value if isinstance(value, str) else ""

            for combo, key in ((self.kind, "kind"), (self.channel, "channel"), (self.sector, "sector")):
                index = combo.findData(text(key))
                if index >= 0:
                    combo.setCurrentIndex(index)
            when = QDateTime.fromString(text("received_at"), Qt.DateFormat.ISODate)
            if when.isValid():
                self.received_at.setDateTime(when)
                self._started = True  # a restored draft keeps the time the citizen came
            size = state.get("group_size", 1)
            self.group_size.setValue(size if isinstance(size, int) else 1)
            self.head_check.setChecked(state.get("led_by_head") is True)
            self.accused.setText(text("accused"))
            self.accused_position.setText(text("accused_position"))
            self.subject.setText(text("subject"))
            self.content.setPlainText(text("content"))
            self.place.set_codes(text("province_code"), text("ward_code"))
            self.location.setText(text("location"))
            self.documents.restore(state.get("documents"))
            reporters = state.get("reporters")
            items = [r for r in reporters if isinstance(r, dict)] if isinstance(reporters, list) else []
            for i, item in enumerate(items[:MAX_REPORTERS_ON_FORM]):
                form = self.reporters[0] if i == 0 else self.add_reporter()
                form.restore(item)
        finally:
            self._restoring = False
        self._dirty = True
        self.related.set_draft(self.related_query())

    def reset_form(self) -> None:
        """An empty form for the next citizen (walk-in, complaint, now)."""
        restoring, self._restoring = self._restoring, True
        try:
            for form in self.reporters[1:]:
                form.discard()
            self.reporters = self.reporters[:1]
            if not self.reporters:
                self.add_reporter()
            self.reporters[0].restore({})
            self._renumber()
            self.kind.setCurrentIndex(0)
            self.channel.setCurrentIndex(0)
            self.sector.setCurrentIndex(0)
            self.received_at.setDateTime(to_qdatetime(self._desk.clock.local_naive()))
            self._started = False
            self.group_size.setValue(1)
            self.head_check.setChecked(False)
            for edit in (self.accused, self.accused_position, self.subject, self.location):
                edit.clear()
            self.content.clear()
            self.place.set_codes("", "")
            self.documents.clear()
            self.attachments.clear()
            self.related.clear()
            self.clear_messages()
            self._on_kind_changed()
            self._on_group_size_changed(1)
        finally:
            self._restoring = restoring
        self._dirty = False

    def clear_messages(self) -> None:
        self.message.clear_message()
        self.reporters_message.clear_message()
        self.grid.clear_messages()
        self.content_grid.clear_messages()
        self.documents.message.clear_message()
        for form in self.reporters:
            form.grid.clear_messages()

    def build_draft(self) -> CaseDraft:
        """The case as typed. Raises :class:`ValidationError` for dates or places that cannot be read."""
        errors: dict[str, str] = {}
        anonymous = self.current_kind() is CaseKind.ANONYMOUS_TIP
        if not anonymous:
            for i, form in enumerate(self.reporters):
                errors.update({f"reporters.{i}.{k}": v for k, v in form.date_errors().items()})
        if self.place.province.unresolved_text() or self.place.ward.unresolved_text():
            errors["province_code"] = "Không tìm thấy tỉnh/thành phố hoặc phường/xã này; hãy chọn trong danh sách."
        if errors:
            raise ValidationError([FieldError(k, v) for k, v in errors.items()])
        province, ward = self.place.codes()
        received = self.received_at.dateTime().toPython()
        if not isinstance(received, datetime):
            received = self._desk.clock.local_naive()
        return CaseDraft(
            kind=self.current_kind(),
            channel=Channel(self.channel.currentData()),
            sector=Sector(self.sector.currentData()),
            subject=self.subject.text(),
            content=self.content.toPlainText(),
            accused=self.accused.text(),
            accused_position=self.accused_position.text(),
            province_code=province,
            ward_code=ward,
            location=self.location.text(),
            group_size=self.group_size.value(),
            reporters=() if anonymous else tuple(f.draft() for f in self.reporters),
            documents=self.documents.documents(),
            received_at=received.replace(second=0, microsecond=0),
            led_by_head=self.head_check.isChecked() and self.head_check.isEnabled(),
        )

    def show_errors(self, exc: ValidationError) -> None:
        """Put each message under its field, focus the first one; the form stays as typed."""
        first: QWidget | None = None
        unplaced: list[str] = []
        for error in exc.errors:
            parts = error.field.split(".")
            label, widget = None, None
            if (
                parts[0] == "reporters"
                and len(parts) >= 3
                and parts[1].isdigit()
                and int(parts[1]) < len(self.reporters)
            ):
                grid = self.reporters[int(parts[1])].grid
                label, widget = grid.messages.get(parts[2]), grid.widgets.get(parts[2])
            elif parts[0] == "reporters":
                label, widget = self.reporters_message, self.add_reporter_button
            elif parts[0] == "documents":
                label, widget = self.documents.message, self.documents.name_edit
            else:
                for grid in (self.grid, self.content_grid):
                    if parts[0] in grid.messages:
                        label, widget = grid.messages[parts[0]], grid.widgets.get(parts[0])
            if label is None:
                unplaced.append(error.message)
                continue
            current = label.text()
            label.show_message(f"{current}\n{error.message}" if current else error.message)
            first = first or widget
        count = len(exc.errors)
        summary = self.tr("%n field(s) need attention; the form is kept as typed.", "", count)
        self.message.show_message("\n".join([summary, *unplaced]))
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()

    # --- save ---------------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if self._busy:
            return
        self.clear_messages()
        keep_identity = self.identity_guard.confirm_before_save()
        if keep_identity is None:
            return
        try:
            draft = self.build_draft()
        except ValidationError as exc:
            self.show_errors(exc)
            return
        files = list(self.attachments.paths)
        desk = self._desk
        self._saving_identities = tuple(r.identity for r in draft.reporters)
        # an oral statement at the desk (no letter): offer the reception record (Biên bản tiếp công dân)
        self._record_offer = draft.channel is Channel.WALK_IN and not draft.documents and bool(draft.reporters)

        def task() -> IntakeSaved:
            return desk.intake.save(draft, files, identity_in_text=bool(keep_identity))

        self._set_busy(True)
        self.autosave_timer.stop()
        self._runner.run(task, self._on_saved, self._on_save_failed, context=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("&Save (Ctrl+S)"))

    def _on_saved(self, result: IntakeSaved) -> None:
        self._set_busy(False)
        saved = result.saved
        self.reset_form()
        self.draft_label.clear()
        self.discard_draft_button.hide()
        codes = ", ".join(saved.reporter_codes)
        text = self.tr("Saved: case %1.").replace("%1", saved.number)
        if codes:
            text += " " + self.tr("Reporter code: %1.").replace("%1", codes)
        if saved.warnings:
            text += "\n" + "\n".join(saved.warnings)
        if result.failed_files:
            text += "\n" + self.tr("Not attached (attach them from the case): %1").replace(
                "%1", ", ".join(result.failed_files)
            )
        self.result_label.setText(text)
        self._last_uid = saved.uid
        self._last_identities, self._saving_identities = self._saving_identities, ()
        self.print_button.show()  # Alt+its letter prints; the cursor is back at the top for the next citizen
        self.record_button.setVisible(self._record_offer)
        self.focus_first_field()
        self.case_saved.emit(saved.uid, saved.number)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._saving_identities = ()
        if isinstance(exc, ValidationError):
            self.show_errors(exc)
        elif isinstance(exc, KnownError):
            self.message.show_message(exc.text() + "\n" + self.tr("The form is kept as typed."))
        elif isinstance(exc, OSError):
            self.message.show_message(self.tr("A scanned file could not be read; nothing was saved. The form is kept."))
        else:
            log.error("saving a case failed: %s", type(exc).__name__)
            self.message.show_message(self.tr("Saving failed; the form is kept. Details are in the log."))
        self.autosave_timer.start()

    @Slot()
    def _on_record_button_clicked(self) -> None:
        if self._last_uid:
            self.record_requested.emit(self._last_uid)

    @Slot()
    def _on_print_button_clicked(self) -> None:
        if self._last_uid:
            self.print_receipt_requested.emit(self._last_uid)

    def take_intake_identities(self, uid: str) -> tuple[ReporterIdentity, ...] | None:
        """The identities typed for ``uid`` if it is the case just saved here, once (its first receipt)."""
        if uid != self._last_uid or not self._last_identities:
            return None
        identities, self._last_identities = self._last_identities, ()
        return identities

    def forget_identities(self) -> None:
        """Lock or logout: no typed identity stays in memory for a later receipt."""
        self._last_identities = self._saving_identities = ()

    # --- discard ------------------------------------------------------------------------------------

    @Slot()
    def ask_discard(self) -> None:
        if not self.has_input():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft?"),
            self.tr("Clear the form and discard everything typed for this case?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()

    def discard(self) -> None:
        self.autosave_timer.stop()
        self.reset_form()
        self.draft_label.clear()
        self.discard_draft_button.hide()
        desk = self._desk
        self._runner.run(lambda: desk.drafts.discard(), lambda _r: None, self._on_draft_failed, context=self)
        self.focus_first_field()

    @Slot()
    def _on_discard_draft_button_clicked(self) -> None:
        self.discard()

    # --- drafts -------------------------------------------------------------------------------------

    @Slot()
    def save_draft_now(self) -> None:
        """Save the form as the encrypted draft now (autosave, lock, close, logout)."""
        self.autosave_timer.stop()
        if not self._dirty or self._busy:
            return
        self._dirty = False
        desk = self._desk
        if not self.has_input():
            self._runner.run(lambda: desk.drafts.discard(), lambda _r: None, self._on_draft_failed, context=self)
            return
        state = self.state()
        self._runner.run(lambda: desk.drafts.save(state), self._on_draft_saved, self._on_draft_failed, context=self)

    def _on_draft_saved(self, at: datetime) -> None:
        local = self._desk.clock.to_local(at)  # office time (UTC+7), like the form's own clock
        self.draft_label.setText(self.tr("Draft kept (encrypted) at %1").replace("%1", local.strftime("%H:%M:%S")))

    def _on_draft_failed(self, exc: BaseException) -> None:
        self._dirty = True
        text = exc.text() if isinstance(exc, KnownError) else type(exc).__name__
        log.warning("intake draft not saved: %s", type(exc).__name__)
        self.draft_label.setText(self.tr("Draft not saved: %1").replace("%1", text))

    def load_saved_draft(self) -> None:
        desk = self._desk
        self._runner.run(lambda: desk.drafts.load(), self._on_draft_loaded, self._on_draft_failed, context=self)

    def _on_draft_loaded(self, found: tuple[dict[str, Any], datetime] | None) -> None:
        if found is None or self.has_input():
            return
        state, at = found
        self.restore(state)
        self._dirty = False
        self.draft_label.setText(
            self.tr("Restored the unsaved form from %1.").replace("%1", at.strftime("%d/%m/%Y %H:%M"))
        )
        self.discard_draft_button.show()
