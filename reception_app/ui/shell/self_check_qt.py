"""The Qt half of ``--self-check``: the bundle carries a working Qt platform, QtPdf and QtPrintSupport.

Uses whatever platform the environment gives (``windows`` on a desk PC, ``offscreen`` in tests and
``make bundle-test``). Loads a receipt PDF into a ``QPdfDocument`` and renders its first page, which proves
the PDFium-based QtPdf module (print preview) made it into the bundle. Loads the Vietnamese ``.qm`` into a
``QTranslator`` and translates a known string, which proves the translation is bundled and readable.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reception_app.resources import resource_path
from reception_app.services import FAIL, OK, TRANSLATION_QM

# A string that really is in the .ts, and its Vietnamese.
_PROBE = ("LoginDialog", "Log in", "Đăng nhập")


def run_qt_self_check(pdf: bytes, argv: Sequence[str] = ("reception-app",)) -> list[str]:
    """One line per Qt check (``[ OK ]`` / ``[FAIL]``), as in :mod:`reception_app.services.self_check`."""
    lines: list[str] = []
    try:
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            app = QApplication(list(argv))
        lines.append(f"{OK} Qt: QApplication on platform '{app.platformName()}'")
    except Exception as exc:  # a self-check reports every failure
        return [f"{FAIL} Qt: cannot start a QApplication: {type(exc).__name__}: {exc}"]
    try:
        from PySide6.QtPrintSupport import QPrinter

        lines.append(f"{OK} QtPrintSupport: imported ({QPrinter.__name__})")
    except Exception as exc:
        lines.append(f"{FAIL} QtPrintSupport: {type(exc).__name__}: {exc}")
    fd, name = tempfile.mkstemp(prefix="reception_app_selfcheck_", suffix=".pdf")
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pdf)
        from PySide6.QtPdf import QPdfDocument

        doc = QPdfDocument()
        error = doc.load(str(path))
        pages = doc.pageCount()
        image = doc.render(0, QSize(120, 170)) if pages else None
        doc.close()
        if error != QPdfDocument.Error.None_ or pages < 1 or image is None or image.isNull():
            lines.append(f"{FAIL} QtPdf: QPdfDocument could not load the receipt ({error.name}, {pages} pages)")
        else:
            lines.append(f"{OK} QtPdf: receipt PDF loaded into QPdfDocument ({pages} pages) and rendered")
    except Exception as exc:
        lines.append(f"{FAIL} QtPdf: {type(exc).__name__}: {exc}")
    finally:
        path.unlink(missing_ok=True)
    lines.append(_check_translator())
    return lines


def _check_translator() -> str:
    """The bundled ``.qm`` loads into a QTranslator and translates a known string to Vietnamese."""
    try:
        from PySide6.QtCore import QTranslator

        qm = resource_path(*TRANSLATION_QM)
        translator = QTranslator()
        if not translator.load(str(qm)):
            return f"{FAIL} QTranslator: could not load {qm}"
        context, source, expected = _PROBE
        got = translator.translate(context, source)
        if got != expected:
            return f"{FAIL} QTranslator: {context} {source!r} translates to {got!r}, expected {expected!r}"
        return f"{OK} QTranslator: {qm.name} loaded, {source!r} -> {got!r}"
    except Exception as exc:
        return f"{FAIL} QTranslator: {type(exc).__name__}: {exc}"
