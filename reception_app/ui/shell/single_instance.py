"""Bring the running window forward when the app is started a second time on the same data folder."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"activate\n"


class ActivationServer(QObject):
    """Listens on a per-data-folder local socket.

    Signals:
        activation_requested: a second start asked this instance to show its window.
    """

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by a crashed instance (we hold the lock now)
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_server_new_connection)

    @Slot()
    def _on_server_new_connection(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.waitForReadyRead(500)
            if bytes(sock.readAll().data()).startswith(_MESSAGE.strip()):
                self.activation_requested.emit()
            sock.disconnectFromServer()
            sock.deleteLater()

    def close(self) -> None:
        self._server.close()


def ask_running_instance_to_activate(name: str, timeout_ms: int = 1000) -> bool:
    """True if a running instance took the message (it will raise its window)."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(_MESSAGE)
    ok = sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return bool(ok)
