"""PlainTextLabel never renders markup; MessageLabel hides when empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel


def test_plain_text_label_shows_markup_literally(qtbot: QtBot) -> None:
    label = PlainTextLabel('<b>Nguyễn</b> <img src="x"> <a href="http://e">link</a>')
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("<b>Nguyễn</b>")
    assert not label.openExternalLinks()
    assert label.toolTip() == ""
    label.setText("<i>khác</i>")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<i>khác</i>"


def test_plain_text_label_truncates_and_elides(qtbot: QtBot) -> None:
    label = PlainTextLabel("a" * 50, max_length=10)
    qtbot.addWidget(label)
    assert label.text() == "a" * 9 + "…"
    elided = PlainTextLabel("Đường Nguyễn Thị Minh Khai " * 5, elide=Qt.TextElideMode.ElideRight)
    qtbot.addWidget(elided)
    elided.resize(80, 20)
    elided.show()
    qtbot.waitExposed(elided)
    assert elided.text().endswith("…")
    assert elided.full_text().startswith("Đường Nguyễn")
    assert elided.sizeHint().width() > 80


def test_plain_text_label_selectable(qtbot: QtBot) -> None:
    label = PlainTextLabel("x", selectable=True, word_wrap=True)
    qtbot.addWidget(label)
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.wordWrap()


def test_message_label_hides_when_empty(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    message = MessageLabel(host)
    QVBoxLayout(host).addWidget(message)
    host.show()
    assert not message.isVisible()
    message.show_message("Mật khẩu phải có ít nhất 10 ký tự.")
    assert message.isVisible()
    assert message.textFormat() == Qt.TextFormat.PlainText
    message.clear_message()
    assert not message.isVisible()
