"""The interface language stored in ``<data dir>/ui.json`` (readable before login) and chosen by ``ui.i18n``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reception_app.ui.common import i18n


class _NoQSettings:
    """Stands in for QSettings: the per-user setting says ``value`` (tests never touch the real one)."""

    value_for_language: str | None = None

    def __init__(self, _organisation: str, _application: str) -> None:
        pass

    def value(self, _key: str) -> str | None:
        return self.value_for_language


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.ENV_LANG, raising=False)
    monkeypatch.setattr(i18n, "QSettings", _NoQSettings)


def test_save_then_choose(tmp_path: Path) -> None:
    assert i18n.saved_language(tmp_path) is None
    assert i18n.chosen_language(tmp_path) == "vi"
    i18n.save_language(tmp_path, "en")
    assert json.loads((tmp_path / "ui.json").read_text(encoding="utf-8")) == {"language": "en"}
    assert i18n.chosen_language(tmp_path) == "en"
    i18n.save_language(tmp_path, " VI ")
    assert i18n.chosen_language(tmp_path) == "vi"
    assert [p.name for p in tmp_path.iterdir()] == ["ui.json"]  # no temp file left behind


def test_environment_wins_over_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.save_language(tmp_path, "en")
    monkeypatch.setenv(i18n.ENV_LANG, "vi")
    assert i18n.chosen_language(tmp_path) == "vi"


def test_file_wins_over_the_per_user_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_NoQSettings, "value_for_language", "en")
    assert i18n.chosen_language(tmp_path) == "en"  # no file yet: the per-user setting
    i18n.save_language(tmp_path, "vi")
    assert i18n.chosen_language(tmp_path) == "vi"
    assert i18n.chosen_language() == "en"  # callers that pass no data folder keep the old behaviour


@pytest.mark.parametrize("content", ["{not json", '["en"]', '{"language": "klingon"}', '{"language": 7}', ""])
def test_damaged_file_is_ignored(tmp_path: Path, content: str) -> None:
    (tmp_path / "ui.json").write_text(content, encoding="utf-8")
    assert i18n.saved_language(tmp_path) is None
    assert i18n.chosen_language(tmp_path) == "vi"
    i18n.save_language(tmp_path, "en")  # and saving repairs it
    assert i18n.saved_language(tmp_path) == "en"


def test_other_keys_are_kept_and_bad_languages_refused(tmp_path: Path) -> None:
    (tmp_path / "ui.json").write_text('{"future_key": 1, "language": "vi"}', encoding="utf-8")
    i18n.save_language(tmp_path, "en")
    assert json.loads((tmp_path / "ui.json").read_text(encoding="utf-8")) == {"future_key": 1, "language": "en"}
    with pytest.raises(ValueError, match="unknown language"):
        i18n.save_language(tmp_path, "fr")
    assert i18n.saved_language(tmp_path) == "en"


def test_missing_folder_is_created(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    i18n.save_language(folder, "en")
    assert i18n.saved_language(folder) == "en"
