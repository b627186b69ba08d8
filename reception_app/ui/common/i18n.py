"""Interface language: Vietnamese by default, English selectable.

The English source strings are the ``tr()`` texts in the code; Vietnamese comes from
``resources/i18n/reception_app_vi.qm``, built by ``make`` from the committed ``reception_app_vi.ts``.

The language is chosen by, in order: the ``RECEPTION_APP_LANG`` environment variable (``vi`` / ``en``),
the desk's ``ui.json`` in the data folder (written by the Administration page; outside the encrypted
database because the login window needs it), the per-user setting ``ui/language`` in
``QSettings("reception_app", "reception_app")``, then Vietnamese. A change applies at the next start.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from reception_app.resources import resource_path

log = logging.getLogger(__name__)

ENV_LANG = "RECEPTION_APP_LANG"
SETTINGS_KEY = "ui/language"
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
QM_NAME = "reception_app_vi.qm"
# Qt ships no qtbase_vi.qm; this hand-kept file covers Qt's standard texts (Close, Cancel, wizard buttons…).
QT_FALLBACK_QM_NAME = "qt_extra_vi.qm"
UI_FILE = "ui.json"  # non-secret desk preferences readable before login: {"language": "vi"}


def _normalise(value: object) -> str | None:
    text = str(value).strip().lower() if value is not None else ""
    return text if text in LANGUAGES else None


def saved_language(data_dir: Path) -> str | None:
    """The language stored in ``data_dir/ui.json``, or None (no file, unreadable, or not a known language)."""
    try:
        data = json.loads((Path(data_dir) / UI_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("could not read %s", UI_FILE)
        return None
    return _normalise(data.get("language")) if isinstance(data, dict) else None


def save_language(data_dir: Path, language: str) -> None:
    """Write ``language`` to ``data_dir/ui.json`` atomically (temp file + rename), keeping other keys.

    Raises:
        ValueError: ``language`` is not one of :data:`LANGUAGES`.
        OSError: the file could not be written.
    """
    value = _normalise(language)
    if value is None:
        raise ValueError(f"unknown language {language!r}")
    folder = Path(data_dir)
    path = folder / UI_FILE
    data: dict[str, object] = {}
    with contextlib.suppress(OSError, ValueError):
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            data = loaded
    data["language"] = value
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".ui-", suffix=".json", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def chosen_language(data_dir: Path | None = None) -> str:
    """``"vi"`` or ``"en"``: environment, then ``data_dir/ui.json``, then the per-user setting, then Vietnamese."""
    env = _normalise(os.environ.get(ENV_LANG))
    if env is not None:
        return env
    saved = saved_language(data_dir) if data_dir is not None else None
    if saved is not None:
        return saved
    try:
        setting = _normalise(QSettings("reception_app", "reception_app").value(SETTINGS_KEY))
    except Exception:  # an unreadable settings file must not stop the app
        log.warning("could not read the language setting", exc_info=True)
        setting = None
    return setting or DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app``; returns them (keep them alive, or remove them).

    Call before any widget is created. English installs nothing (the source strings are English). For
    Vietnamese, our ``reception_app_vi.qm`` is required in spirit but a missing file only logs an error
    (the interface then shows English); Qt's own ``qtbase_vi.qm`` is loaded when Qt ships it, otherwise our
    ``qt_extra_vi.qm`` for Qt's standard button and menu texts.
    """
    installed: list[QTranslator] = []
    if language != "vi":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load("qtbase_vi", qt_dir) and app.installTranslator(qt_translator):
        installed.append(qt_translator)
    else:
        log.info("Qt's own Vietnamese translation (qtbase_vi.qm) not found in %s; using ours", qt_dir)
        fallback = QTranslator(app)
        if fallback.load(str(resource_path("i18n", QT_FALLBACK_QM_NAME))) and app.installTranslator(fallback):
            installed.append(fallback)
    path = resource_path("i18n", QM_NAME)
    ours = QTranslator(app)
    if ours.load(str(path)) and app.installTranslator(ours):
        installed.append(ours)
    else:
        log.error("Vietnamese translation %s could not be loaded; the interface stays in English", path)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
