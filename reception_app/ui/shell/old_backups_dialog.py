"""Backups that still hold the old identity key after a rotation (issue 16), with the advice to destroy them.

The list comes from ``desk.rotation.backups_with_old_key`` on the DB thread (it reads the manifests of the data
folder's backups). Backups elsewhere (USB sticks, network shares) cannot be seen from here: the advice says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception_app.ui.common.errors import error_text
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner


class OldKeyBackupsDialog(QDialog):
    """Lists the backups made before the identity-key rotation and says what to do with them."""

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups holding the old identity key"))
        self.advice = PlainTextLabel(
            self.tr(
                "These backups were made before the identity key was changed. They still hold the old key and"
                " the identities sealed with it: anyone who knows a password of that time (or the old recovery"
                " code) can open them. Destroy them (delete the folders and empty the recycle bin). Also destroy"
                " every copy made before the change on USB sticks, other PCs or network shares."
            ),
            self,
            word_wrap=True,
        )
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = PlainTextLabel(self.tr("Looking for backups…"), self, word_wrap=True, selectable=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.open_folder_button = QPushButton(self.tr("&Open the backup folder"), self)
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self._open_folder)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._folders: list[Path] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.advice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 360)
        runner.run(desk.rotation.backups_with_old_key, self._on_listed, self._on_failed, context=self)

    def _on_listed(self, paths: list[Path]) -> None:
        self.model.setStringList([p.name for p in paths])  # dated names: reception-backup-YYYYMMDD-HHMMSS
        self._folders = sorted({p.parent for p in paths})
        self.open_folder_button.setEnabled(bool(self._folders))
        if paths:
            self.status.setText(
                self.tr("%n backup(s) in the data folder still hold the old key. Folder: %1", "", len(paths)).replace(
                    "%1", ", ".join(str(f) for f in self._folders)
                )
            )
        else:
            self.status.setText(self.tr("No backup in the data folder holds an old key."))

    def _open_folder(self) -> None:
        for folder in self._folders:  # the officer deletes them in the file manager, where the recycle bin is
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc, self.tr("The backups could not be listed."), log_as="old backups"))
