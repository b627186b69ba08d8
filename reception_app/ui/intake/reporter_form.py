"""One reporter on the intake form: identity fields with live ID-number and phone checks beside them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.case import ReporterDraft, ReporterIdentity
from reception_app.models.enums import Gender, IdKind
from reception_app.models.validation import check_id_number, is_valid_phone, normalize_phone
from reception_app.ui.common.form_fields import BadDate, DateEdit, FieldGrid, format_day, parse_day
from reception_app.ui.common.place_picker import PlacePicker

_ID_KINDS = (IdKind.CCCD, IdKind.CMND, IdKind.PASSPORT, IdKind.OTHER, IdKind.NONE)
_GENDERS = (Gender.UNSPECIFIED, Gender.MALE, Gender.FEMALE)


class ReporterForm(QGroupBox):
    """Identity of one reporter (citizen). Nothing here is ever logged; ``state()`` goes only into the
    encrypted draft and ``draft()`` only to ``desk.cases.create_case`` (which seals it).

    Signals:
        changed(): any field was edited (for the draft autosave).
        remove_requested(): the "Remove" button.
    """

    changed = Signal()
    remove_requested = Signal()

    def discard(self) -> None:
        """Take the form out of the page and delete it. Hidden *after* leaving its parent: a show Qt queued when the
        form joined the page's layout would otherwise open it, with the identity typed in it, as a window of its own."""
        self.setParent(None)
        self.hide()
        self.deleteLater()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_name = QLineEdit(self)
        self.id_kind = QComboBox(self)
        self.id_number = QLineEdit(self)
        self.id_issued_on = DateEdit(self)
        self.id_issued_by = QLineEdit(self)
        self.birth_date = DateEdit(self)
        self.gender = QComboBox(self)
        self.place = PlacePicker(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.representative = QCheckBox(self.tr("Representative of the group"), self)
        self.remove_button = QPushButton(self.tr("Remove this reporter"), self)
        for kind in _ID_KINDS:
            self.id_kind.addItem(kind.label or self.tr("No identity paper"), kind.value)
        for gender in _GENDERS:
            self.gender.addItem(gender.label or self.tr("(not stated)"), gender.value)
        self._build(number)
        self._connect_signals()

    def _build(self, number: int) -> None:
        self.full_name.setMaxLength(200)
        self.id_number.setMaxLength(40)
        self.phone.setMaxLength(20)
        self.email.setMaxLength(200)
        self.address.setMaxLength(500)
        self.full_name.setPlaceholderText(self.tr("Full name as on the ID paper"))
        self.address.setPlaceholderText(self.tr("House number, street, hamlet…"))
        self.phone.setPlaceholderText(self.tr("e.g. 0912345678"))

        layout = QVBoxLayout(self)
        self.grid = FieldGrid()
        layout.addLayout(self.grid)
        g = self.grid
        g.add("full_name", self.tr("Full &name"), self.full_name)
        g.add("birth_date", self.tr("Date of &birth"), self.birth_date)
        g.add("id_kind", self.tr("ID paper"), self.id_kind)
        g.add("id_number", self.tr("ID &number"), self.id_number, warning=True)
        g.add("id_issued_on", self.tr("Issued on"), self.id_issued_on)
        g.add("id_issued_by", self.tr("Issued by"), self.id_issued_by)
        g.add("gender", self.tr("Gender"), self.gender)
        g.add("phone", self.tr("&Phone"), self.phone)
        g.add("province_code", self.tr("Province, ward"), self.place, span=2)
        g.messages["ward_code"] = g.messages["province_code"]
        g.add("address", self.tr("Street address"), self.address, span=2)
        g.add("email", self.tr("Email"), self.email)
        buttons = QHBoxLayout()
        buttons.addWidget(self.representative)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.set_number(number)

    def _connect_signals(self) -> None:
        for edit in (
            self.full_name,
            self.id_number,
            self.id_issued_on,
            self.id_issued_by,
            self.birth_date,
            self.address,
            self.phone,
            self.email,
        ):
            edit.textEdited.connect(self.changed)
        for combo in (self.id_kind, self.gender):
            combo.currentIndexChanged.connect(self.changed)
        self.place.province.code_changed.connect(self.changed)
        self.place.ward.code_changed.connect(self.changed)
        self.representative.toggled.connect(self.changed)
        self.id_number.editingFinished.connect(self.check_id)
        self.id_kind.currentIndexChanged.connect(self._on_id_inputs_changed)
        self.birth_date.editingFinished.connect(self._on_id_inputs_changed)
        self.gender.currentIndexChanged.connect(self._on_id_inputs_changed)
        self.phone.editingFinished.connect(self.check_phone)
        self.birth_date.editingFinished.connect(lambda: self._check_date("birth_date", self.birth_date))
        self.id_issued_on.editingFinished.connect(lambda: self._check_date("id_issued_on", self.id_issued_on))
        self.remove_button.clicked.connect(self.remove_requested)

    def focus_chain(self) -> list[QWidget]:
        """Widgets in the order Tab visits them (the visual order, row by row)."""
        return [
            self.full_name,
            self.birth_date,
            self.id_kind,
            self.id_number,
            self.id_issued_on,
            self.id_issued_by,
            self.gender,
            self.phone,
            self.place.province,
            self.place.ward,
            self.address,
            self.email,
            self.representative,
            self.remove_button,
        ]

    def set_number(self, number: int) -> None:
        self.setTitle(self.tr("Reporter %1").replace("%1", str(number)))

    def set_removable(self, removable: bool) -> None:
        self.remove_button.setVisible(removable)

    # --- live checks (warn, don't block: DOMAIN-VN §5) ---------------------------------------------------

    def _kind(self) -> IdKind:
        return IdKind(self.id_kind.currentData())

    def _gender(self) -> Gender:
        return Gender(self.gender.currentData())

    def _birth(self) -> date | None:
        try:
            return self.birth_date.day()
        except BadDate:
            return None

    @Slot()
    def _on_id_inputs_changed(self) -> None:
        if self.id_number.text().strip():
            self.check_id()

    @Slot()
    def check_id(self) -> None:
        """Show ID-number errors and cross-check warnings beside the field."""
        birth = self._birth()
        errors, warnings = check_id_number(self._kind(), self.id_number.text(), birth, self._gender())
        if not self.id_number.text().strip() and self._kind() is not IdKind.NONE:
            errors = []  # an empty number is reported on save, not while typing
        self.grid.messages["id_number"].show_message("\n".join(e.message for e in errors))
        self.grid.warnings["id_number"].show_message("\n".join(warnings) if not errors else "")

    @Slot()
    def check_phone(self) -> None:
        phone = normalize_phone(self.phone.text())
        bad = bool(phone) and not is_valid_phone(phone)
        self.grid.messages["phone"].show_message("Số điện thoại không hợp lệ (ví dụ 0912345678)." if bad else "")

    def _check_date(self, name: str, edit: DateEdit) -> None:
        try:
            edit.day()
        except BadDate:
            self.grid.messages[name].show_message("Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 09/03/1988.")
        else:
            self.grid.messages[name].clear_message()

    def date_errors(self) -> dict[str, str]:
        """Dates that cannot be read, by field name (checked before building the draft)."""
        out: dict[str, str] = {}
        for name, edit in (("birth_date", self.birth_date), ("id_issued_on", self.id_issued_on)):
            try:
                edit.day()
            except BadDate:
                out[name] = "Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 09/03/1988."
        for name, combo in (("province_code", self.place.province), ("ward_code", self.place.ward)):
            if combo.unresolved_text():
                out[name] = "Không tìm thấy tỉnh/thành phố hoặc phường/xã này; hãy chọn trong danh sách."
        return out

    # --- values -------------------------------------------------------------------------------------------

    def draft(self) -> ReporterDraft:
        """The reporter as typed (dates must parse: call :meth:`date_errors` first)."""
        province, ward = self.place.codes()
        return ReporterDraft(
            ReporterIdentity(
                full_name=self.full_name.text(),
                id_kind=self._kind(),
                id_number=self.id_number.text(),
                id_issued_on=self.id_issued_on.day(),
                id_issued_by=self.id_issued_by.text(),
                birth_date=self.birth_date.day(),
                gender=self._gender(),
                province_code=province,
                ward_code=ward,
                address=self.address.text(),
                phone=self.phone.text(),
                email=self.email.text(),
            ),
            is_representative=self.representative.isChecked(),
        )

    def state(self) -> dict[str, Any]:
        """Raw field texts for the encrypted draft (unparsed, so a half-typed date survives too)."""
        province, ward = self.place.codes()
        return {
            "full_name": self.full_name.text(),
            "id_kind": self.id_kind.currentData(),
            "id_number": self.id_number.text(),
            "id_issued_on": self.id_issued_on.text(),
            "id_issued_by": self.id_issued_by.text(),
            "birth_date": self.birth_date.text(),
            "gender": self.gender.currentData(),
            "province_code": province,
            "ward_code": ward,
            "address": self.address.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "representative": self.representative.isChecked(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        def text(key: str) -> str:
            value = state.get(key, "")
            return value if isinstance(value, str) else ""

        self.full_name.setText(text("full_name"))
        self._select(self.id_kind, text("id_kind") if "id_kind" in state else IdKind.CCCD.value)
        self.id_number.setText(text("id_number"))
        self.id_issued_on.setText(text("id_issued_on"))
        self.id_issued_by.setText(text("id_issued_by"))
        self.birth_date.setText(text("birth_date"))
        self._select(self.gender, text("gender"))
        self.place.set_codes(text("province_code"), text("ward_code"))
        self.address.setText(text("address"))
        self.phone.setText(text("phone"))
        self.email.setText(text("email"))
        self.representative.setChecked(bool(state.get("representative")))

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def has_input(self) -> bool:
        return any(v for k, v in self.state().items() if k not in ("id_kind", "gender"))


__all__ = ["ReporterForm", "format_day", "parse_day"]
