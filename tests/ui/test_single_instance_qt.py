"""The second start's message reaches the first instance's server."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reception_app.services.instance_lock import instance_name
from reception_app.ui.shell.single_instance import ActivationServer, ask_running_instance_to_activate


def test_activation_message_reaches_the_server(qtbot: QtBot, tmp_path: Path) -> None:
    name = instance_name(tmp_path)
    server = ActivationServer(name)
    assert server.listening
    with qtbot.waitSignal(server.activation_requested, timeout=3000):
        assert ask_running_instance_to_activate(name)
    server.close()


def test_no_server_means_no_activation(tmp_path: Path) -> None:
    assert not ask_running_instance_to_activate(instance_name(tmp_path / "nobody"), timeout_ms=200)
