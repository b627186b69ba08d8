"""Province and ward pickers with type-ahead that ignores Vietnamese marks ("dak lak" finds "Đắk Lắk")."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QWidget

from reception_app.models import places
from reception_app.models.fold import fold

CodeRole = Qt.ItemDataRole.UserRole + 1
FoldedRole = Qt.ItemDataRole.UserRole + 2


class _FoldedFilter(QSortFilterProxyModel):
    """Rows whose folded name contains the folded typed text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text).strip()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in str(index.data(FoldedRole) or "")


class PlaceCombo(QComboBox):
    """An editable combo of places. ``code()`` is the chosen place's code ("" when none or not resolved).

    Typing filters the popup by folded name; leaving the field resolves the text to the single (or first)
    matching place, so "ha noi" + Tab selects "Thành phố Hà Nội".

    Signals:
        code_changed(str): the resolved code changed.
    """

    code_changed = Signal(str)
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self._filter = _FoldedFilter(self)
        self._filter.setSourceModel(self._items)
        completer = self._completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._code = ""
        line = self.line_edit = QLineEdit(self)
        self.setLineEdit(line)
        self.setCompleter(completer)
        line.textEdited.connect(self._on_text_edited)
        line.editingFinished.connect(self.resolve)
        completer.activated.connect(self._on_completer_activated)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.resolve()  # Tab away from "ha noi" selects "Thành phố Hà Nội"

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def set_places(self, items: Sequence[places.Place]) -> None:
        self.blockSignals(True)
        self._items.clear()
        for place in items:
            item = QStandardItem(place.name)
            item.setData(place.code, CodeRole)
            item.setData(place.folded, FoldedRole)
            self._items.appendRow(item)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(False)
        self._set_code("")

    def code(self) -> str:
        """The chosen place's code; text typed but not yet resolved is resolved first."""
        text = self.currentText()
        if text.strip() and (not self._code or text != self._name_of(self._code)):
            self.resolve()
        return self._code

    def set_code(self, code: str) -> None:
        for row in range(self._items.rowCount()):
            if self._items.item(row).data(CodeRole) == code:
                self.setCurrentIndex(row)
                self.setEditText(self._items.item(row).text())
                self._set_code(code)
                return
        self.setCurrentIndex(-1)
        self.setEditText("")
        self._set_code("")

    def unresolved_text(self) -> str:
        """Text typed that matches no place (shown to the user as an error), else ""."""
        text = self.currentText().strip()
        return text if text and not self._code else ""

    def _set_code(self, code: str) -> None:
        if code != self._code:
            self._code = code
            self.code_changed.emit(code)

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        self._filter.set_needle(text)
        if self._code and text != self._name_of(self._code):
            self._set_code("")
        if text.strip():
            self._completer.complete()

    @Slot(str)
    def _on_completer_activated(self, text: str) -> None:
        self._pick_text(text)

    @Slot(int)
    def _on_current_index_changed(self, row: int) -> None:
        if row >= 0:
            self._set_code(str(self._items.item(row).data(CodeRole)))

    def _name_of(self, code: str) -> str:
        for row in range(self._items.rowCount()):
            if self._items.item(row).data(CodeRole) == code:
                return self._items.item(row).text()
        return ""

    def _pick_text(self, text: str) -> bool:
        key = fold(text).strip()
        if not key:
            return False
        rows = [r for r in range(self._items.rowCount()) if key in str(self._items.item(r).data(FoldedRole))]
        exact = [r for r in rows if str(self._items.item(r).data(FoldedRole)) == key]
        ends = [r for r in rows if str(self._items.item(r).data(FoldedRole)).endswith(" " + key)]
        candidates = exact or ends or rows
        if not candidates:
            return False
        chosen = candidates[0]
        self.setCurrentIndex(chosen)
        self.setEditText(self._items.item(chosen).text())
        self._set_code(str(self._items.item(chosen).data(CodeRole)))
        return True

    @Slot()
    def resolve(self) -> None:
        """Turn the typed text into a place (first folded match), or leave it unresolved."""
        self._completer.popup().hide()  # type: ignore[union-attr]
        text = self.currentText()
        if not text.strip():
            self._set_code("")
            return
        if self._code and text == self._name_of(self._code):
            return
        if not self._pick_text(text):
            self._set_code("")
        # Reset the filter after the completer has finished: Enter in the popup first ends the editing (this
        # method), then activates the popup's current row, which must still be the row the user chose.
        QTimer.singleShot(0, self, self._clear_needle)  # the combo as context: nothing runs once it is gone

    @Slot()
    def _clear_needle(self) -> None:
        if not shiboken6.isValid(self._completer) or not shiboken6.isValid(self._filter):
            return
        if not self._completer.popup().isVisible():  # type: ignore[union-attr]
            self._filter.set_needle("")


class PlacePicker(QWidget):
    """Province then ward; choosing a province loads its wards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.province = PlaceCombo(self)
        self.ward = PlaceCombo(self)
        self.province.setObjectName("province")
        self.ward.setObjectName("ward")
        self.province.line_edit.setPlaceholderText(self.tr("Province / city"))
        self.ward.line_edit.setPlaceholderText(self.tr("Ward / commune"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.province, 1)
        layout.addWidget(self.ward, 1)
        self.province.set_places(places.provinces())
        self.province.code_changed.connect(self._on_province_code_changed)
        self.ward.focused.connect(self.province.resolve)  # wards of the province just typed
        self.setFocusProxy(self.province)

    @Slot(str)
    def _on_province_code_changed(self, code: str) -> None:
        self.ward.set_places(places.wards(code))

    def codes(self) -> tuple[str, str]:
        return self.province.code(), self.ward.code()

    def set_codes(self, province_code: str, ward_code: str) -> None:
        self.province.set_code(province_code)
        self.ward.set_code(ward_code)
