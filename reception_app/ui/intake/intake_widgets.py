"""Parts of the intake form: the list of papers received and the scanned attachments to seal with the case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception_app.models.attachments import MAX_BYTES as MAX_ATTACHMENT_BYTES
from reception_app.models.attachments import MAX_PER_CASE as MAX_ATTACHMENTS_PER_CASE
from reception_app.models.case import ReceivedDocument
from reception_app.models.enums import DocumentState
from reception_app.ui.common.widgets import MessageLabel

_STATES = (DocumentState.COPY, DocumentState.ORIGINAL, DocumentState.CERTIFIED_COPY)
StateRole = Qt.ItemDataRole.UserRole + 1


class DocumentsEditor(QWidget):
    """Papers handed over (they are listed on the receipt): name, pages, original / copy / certified copy.

    Type the name, Tab to pages and state, Enter (or "Add") appends the row; Delete removes the selected row.

    Signals:
        changed(): the list changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Paper, e.g. Đơn tố cáo, Quyết định số …"))
        self.name_edit.setMaxLength(200)
        self.pages_spin = QSpinBox(self)
        self.pages_spin.setRange(1, 9999)
        self.pages_spin.setSuffix(self.tr(" p."))
        self.state_combo = QComboBox(self)
        for state in _STATES:
            self.state_combo.addItem(state.label, state.value)
        self.add_button = QPushButton(self.tr("Add paper"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Paper"), self.tr("Pages"), self.tr("State")])
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMaximumHeight(self.fontMetrics().height() * 7)
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 3)
        row.addWidget(self.pages_spin)
        row.addWidget(self.state_combo)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_from_inputs)
        self.name_edit.returnPressed.connect(self.add_from_inputs)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.setVisible(False)
        self.remove_button.setVisible(False)

    @Slot()
    def add_from_inputs(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.message.show_message("Vui lòng nhập tên tài liệu.")
            self.name_edit.setFocus()
            return
        self.add(ReceivedDocument(name, self.pages_spin.value(), DocumentState(self.state_combo.currentData())))
        self.name_edit.clear()
        self.pages_spin.setValue(1)
        self.name_edit.setFocus()

    def add(self, doc: ReceivedDocument) -> None:
        state = QStandardItem(doc.state.label)
        state.setData(doc.state.value, StateRole)
        self.model.appendRow([QStandardItem(doc.name), QStandardItem(str(doc.pages)), state])
        self.message.clear_message()
        self._sync()
        self.changed.emit()

    @Slot()
    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for r in rows or [self.model.rowCount() - 1]:
            if r >= 0:
                self.model.removeRow(r)
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        has = self.model.rowCount() > 0
        self.view.setVisible(has)
        self.remove_button.setVisible(has)

    def documents(self) -> tuple[ReceivedDocument, ...]:
        out = []
        for r in range(self.model.rowCount()):
            out.append(
                ReceivedDocument(
                    self.model.item(r, 0).text(),
                    int(self.model.item(r, 1).text()),
                    DocumentState(self.model.item(r, 2).data(StateRole)),
                )
            )
        return tuple(out)

    def state(self) -> list[dict[str, Any]]:
        return [{"name": d.name, "pages": d.pages, "state": d.state.value} for d in self.documents()]

    def restore(self, items: object) -> None:
        self.clear()
        for item in items if isinstance(items, list) else []:
            try:
                self.add(ReceivedDocument(str(item["name"]), int(item["pages"]), DocumentState(item["state"])))
            except (KeyError, TypeError, ValueError):
                continue

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.name_edit.clear()
        self.message.clear_message()
        self._sync()


class AttachmentsEditor(QWidget):
    """Scanned files to attach. They are read and sealed on the DB thread when the case is saved; they are not
    kept in the draft (so a draft never holds a scan of someone's handwriting)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(self.fontMetrics().height() * 5)
        self.add_button = QPushButton(self.tr("Attach scanned files…"), self)
        self.remove_button = QPushButton(self.tr("Remove file"), self)
        self.message = MessageLabel(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.view, 0, 0, 3, 1)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.remove_button, 1, 1)
        grid.addWidget(self.message, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._sync()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach scanned files"), "", self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
        )
        self.add_files([Path(f) for f in files])

    def add_files(self, files: list[Path]) -> None:
        """Add files after checking count and size (content is checked again when sealed)."""
        problems: list[str] = []
        for path in files:
            if len(self.paths) >= MAX_ATTACHMENTS_PER_CASE:
                problems.append(f"Mỗi hồ sơ có tối đa {MAX_ATTACHMENTS_PER_CASE} tệp đính kèm.")
                break
            try:
                size = path.stat().st_size
            except OSError:
                problems.append(f"Không đọc được tệp {path.name}.")
                continue
            if size > MAX_ATTACHMENT_BYTES:
                problems.append(f"Tệp {path.name} lớn hơn {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB.")
                continue
            if path in self.paths:
                continue
            self.paths.append(path)
            item = QStandardItem(f"{path.name} ({max(size // 1024, 1)} KB)")
            item.setToolTip("")
            self.model.appendRow(item)
        self.message.show_message("\n".join(problems))
        self._sync()
        self.changed.emit()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else len(self.paths) - 1
        if row >= 0:
            self.paths.pop(row)
            self.model.removeRow(row)
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        self.remove_button.setEnabled(bool(self.paths))
        self.view.setVisible(bool(self.paths))

    def clear(self) -> None:
        self.paths.clear()
        self.model.clear()
        self.message.clear_message()
        self._sync()
