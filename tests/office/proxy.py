"""A loopback TCP proxy that can swallow packets: a cut cable, not a refused connection."""

from __future__ import annotations

import contextlib
import select
import socket
import threading


class SwallowingProxy:
    """Forwards 127.0.0.1:<port> to a target; ``swallow = True`` makes every byte vanish both ways.

    While swallowing, new connections are accepted and then never answered, so a client hangs until its own
    timeout (libpq's ``connect_timeout``), exactly like a LAN with a dead switch.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.swallow = False
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._accept_thread = threading.Thread(target=self._accept, daemon=True)
        self._accept_thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._listener], [], [], 0.1)
            if not ready:
                continue
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._sockets.append(client)
            t = threading.Thread(target=self._pump, args=(client,), daemon=True)
            self._threads.append(t)
            t.start()

    def _pump(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        try:
            while not self._stop.is_set():
                if upstream is None and not self.swallow:
                    upstream = socket.create_connection(("127.0.0.1", self.target_port))
                    self._sockets.append(upstream)
                socks = [client] + ([upstream] if upstream is not None else [])
                ready, _, _ = select.select(socks, [], [], 0.1)
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    if self.swallow or upstream is None:
                        continue  # the packet is lost
                    (upstream if s is client else client).sendall(data)
        except OSError:
            return
        finally:
            for s in (client, upstream):
                if s is not None:
                    with contextlib.suppress(OSError):
                        s.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.close()
        self._accept_thread.join(timeout=5)
        for t in self._threads:
            t.join(timeout=5)
