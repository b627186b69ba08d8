"""The office-mode part of the status bar: online or offline since when, changes waiting, age of the copy."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from reception_app.services import OfficeStatus, SyncLoop
from reception_app.ui.common.widgets import PlainTextLabel

if TYPE_CHECKING:
    from reception_app.models.clock import Clock
    from reception_app.services import Desk
    from reception_app.ui.common.tasks import Runner

REFRESH_MS = 2000


class OfficeStatusIndicator(QObject):
    """Shown only on a desk that joined an office; owns the sync loop of the session."""

    def __init__(self, bar: QStatusBar, desk: Desk, runner: Runner, *, interval_s: float = 10.0) -> None:
        super().__init__(bar)
        self._desk = desk
        self._clock: Clock | None = None  # the desk's, once it is known to be an office desk
        self._interval = interval_s
        self.label = PlainTextLabel("", bar)
        self.label.setObjectName("officeStatus")
        self.label.setContentsMargins(12, 0, 0, 0)
        self.label.hide()
        bar.addPermanentWidget(self.label)
        self.loop: SyncLoop | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        runner.run(lambda: desk.office.desk_code(), self._on_joined, lambda _exc: None, context=self)

    def text_for(self, status: OfficeStatus | None) -> str:
        """E.g. "Ngoại tuyến từ 09:12 — 7 thay đổi chờ gửi — các bàn khác cập nhật lúc 09:10"."""
        if status is None:
            return self.tr("Office: connecting…")
        if status.refused:  # until a round succeeds: the IT officer has something to fix on the server
            parts = [self.tr("Server refused: %1").replace("%1", status.refused)]
        elif status.online:
            parts = [self.tr("Online")]
        else:
            parts = [self.tr("Offline since %1").replace("%1", self._hhmm(status.offline_since))]
        if status.pending:
            parts.append(self.tr("%1 changes waiting to be sent").replace("%1", str(status.pending)))
        elif status.online:
            parts.append(self.tr("all changes sent"))
        parts.append(self.tr("other desks as of %1").replace("%1", self._hhmm(status.last_pull_at)))
        if status.quarantined:  # events of other desks this desk could not apply: a supervisor retries them
            parts.append(self.tr("%1 events set aside").replace("%1", str(status.quarantined)))
        if status.server_behind:  # shown by the round that found it (docs/OFFICE.md "Back up the server")
            parts.insert(1, self.tr("the server was restored from an older backup: changes are being sent again"))
        if status.push_stopped_at is not None:  # tampering, or a second desk using this desk's role
            parts.insert(
                0,
                self.tr(
                    "SENDING STOPPED: the server holds another event under number %1 of this desk, call the IT officer"
                ).replace("%1", str(status.push_stopped_at)),
            )
        return " — ".join(parts)

    @staticmethod
    def _alarming(status: OfficeStatus | None) -> bool:
        return status is not None and (
            not status.online or status.push_stopped_at is not None or bool(status.refused)
        )

    def _hhmm(self, value: datetime | None) -> str:
        if value is None or self._clock is None:
            return "—"
        return self._clock.to_local(value).strftime("%H:%M")

    def _on_joined(self, code: str | None) -> None:
        if code is None or self._timer is None:
            return
        self._clock = self._desk.clock
        self.loop = SyncLoop(self._desk.office.open_sync(), self._interval)
        self.loop.start()
        self.label.show()
        self.refresh()
        self._timer.start()

    def refresh(self) -> None:
        if self.loop is None:
            return
        self._paint(self.loop.latest())

    def show_status(self, status: OfficeStatus | None, clock: Clock) -> None:
        """Render a given status (screenshots and tests)."""
        self._clock = clock
        self.label.show()
        self._paint(status)

    def _paint(self, status: OfficeStatus | None) -> None:
        self.label.setText(self.text_for(status))
        self.label.setStyleSheet("QLabel#officeStatus { color: #8a1c00; }" if self._alarming(status) else "")

    def kick(self) -> None:
        if self.loop is not None:
            self.loop.kick()

    def stop(self) -> None:
        self._timer.stop()
        if self.loop is not None:
            # Never block the GUI thread for a hung network: a round still running finishes on its own thread
            # (bounded by the connect and TCP timeouts) and then closes its connection.
            self.loop.stop(timeout_s=0.5)
            self.loop = None
