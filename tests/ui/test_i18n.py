"""Translations: the Vietnamese .ts is complete and in sync with the code, and the app installs it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from reception_app.resources import resource_path
from reception_app.ui.common import i18n
from reception_app.ui.common.tasks import SyncTaskRunner
from reception_app.ui.shell.crash import crash_text
from reception_app.ui.shell.login_dialog import LoginDialog
from tests.ui.fakes import FakeDesk

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("i18n", "reception_app_vi.ts")
QT_EXTRA_TS = resource_path("i18n", "qt_extra_vi.ts")  # hand-kept: Qt's own texts (no qtbase_vi.qm exists)
PLACEHOLDER = re.compile(r"\{\d+\}|%\d+|%n")
ACCELERATOR = re.compile(r"&(?!&)\S")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found (it comes with PySide6)")
    return found


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message>, leaving out messages lupdate marked vanished or obsolete."""
    out: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own .ts files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            out[(name, message.findtext("source") or "")] = message
    return out


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module", params=[TS, QT_EXTRA_TS], ids=lambda p: p.name)
def messages(request: pytest.FixtureRequest) -> dict[tuple[str, str], ET.Element]:
    return _messages(request.param)


@pytest.fixture(scope="module")
def built_qm() -> None:
    """`make` builds the .qm files before pytest; a bare pytest run builds them here."""
    for ts in (TS, QT_EXTRA_TS):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_size == 0:
            lrelease = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
            subprocess.run(lrelease, check=True)  # noqa: S603 - PySide6's own tool on our .ts


def test_every_message_is_translated(messages: dict[tuple[str, str], ET.Element]) -> None:
    assert len(messages) > 20
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"unfinished: {context} {source!r}"
        texts = _texts(message)
        assert texts, f"no translation: {context} {source!r}"
        assert all(t.strip() for t in texts), f"empty translation: {context} {source!r}"


def test_placeholders_and_accelerators_kept(messages: dict[tuple[str, str], ET.Element]) -> None:
    for (context, source), message in messages.items():
        for text in _texts(message):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, text)
            has_accel = bool(ACCELERATOR.search(source.replace("&&", "")))
            assert bool(ACCELERATOR.search(text.replace("&&", ""))) == has_accel, (context, source, text)


def test_ts_in_sync_with_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_vi.ts"
    sources = sorted(str(p) for p in (ROOT / "reception_app" / "ui").rglob("*.py"))
    subprocess.run(  # noqa: S603 - PySide6's own tool on our sources
        [_tool("pyside6-lupdate"), *sources, "-ts", str(fresh), "-source-language", "en", "-target-language", "vi"],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    missing = sorted(in_code - set(_messages(TS)))
    assert not missing, f"strings not in {TS.name}; run `make translations-update` and translate: {missing}"


def test_vietnamese_text_is_nfc(messages: dict[tuple[str, str], ET.Element]) -> None:
    import unicodedata

    for message in messages.values():
        for text in _texts(message):
            assert unicodedata.is_normalized("NFC", text), text


@pytest.fixture
def app_translators(built_qm: None) -> Iterator[list[QTranslator]]:
    """Translators installed during a test; removed afterwards so other tests see the English sources."""
    installed: list[QTranslator] = []
    yield installed
    app = QCoreApplication.instance()
    assert app is not None
    i18n.remove_translators(app, installed)


def _login(qtbot: QtBot) -> LoginDialog:
    dialog = LoginDialog(FakeDesk(), SyncTaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_vietnamese_by_default(
    qtbot: QtBot, app_translators: list[QTranslator], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.ENV_LANG, raising=False)
    monkeypatch.setattr(i18n, "QSettings", _FakeSettings.factory(None))
    assert i18n.chosen_language() == "vi"
    app = QCoreApplication.instance()
    assert app is not None
    app_translators += i18n.install_translators(app, i18n.chosen_language())
    assert app_translators
    dialog = _login(qtbot)
    assert dialog.login_button.text() == "Đăng nhập"
    assert dialog.quit_button.text() == "Thoát"
    assert dialog.windowTitle() == "Đăng nhập"
    assert "Mã sự cố: 42" in crash_text("42")  # QCoreApplication.translate contexts work too
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert close is not None
    assert cancel is not None
    assert (close.text(), cancel.text()) == ("Đóng", "Hủy")  # Qt's own texts (qt_extra_vi.ts)


def test_english_from_environment(
    qtbot: QtBot, app_translators: list[QTranslator], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.ENV_LANG, "en")
    monkeypatch.setattr(i18n, "QSettings", _FakeSettings.factory("vi"))
    assert i18n.chosen_language() == "en"
    app = QCoreApplication.instance()
    assert app is not None
    app_translators += i18n.install_translators(app, i18n.chosen_language())
    assert app_translators == []
    dialog = _login(qtbot)
    assert dialog.login_button.text() == "Log in"
    assert dialog.quit_button.text() == "Quit"


def test_language_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.ENV_LANG, raising=False)
    monkeypatch.setattr(i18n, "QSettings", _FakeSettings.factory("en"))
    assert i18n.chosen_language() == "en"
    monkeypatch.setattr(i18n, "QSettings", _FakeSettings.factory("klingon"))
    assert i18n.chosen_language() == "vi"
    monkeypatch.setenv(i18n.ENV_LANG, "vi")
    monkeypatch.setattr(i18n, "QSettings", _FakeSettings.factory("en"))
    assert i18n.chosen_language() == "vi"


class _FakeSettings:
    """Stands in for QSettings so tests neither read nor write the real per-user settings file."""

    value_for_language: str | None = None

    def __init__(self, organisation: str, application: str) -> None:
        assert (organisation, application) == ("reception_app", "reception_app")

    def value(self, key: str) -> str | None:
        assert key == i18n.SETTINGS_KEY
        return self.value_for_language

    @classmethod
    def factory(cls, language: str | None) -> type[_FakeSettings]:
        return type("Settings", (cls,), {"value_for_language": language})
