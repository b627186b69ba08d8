"""Bundled Liberation Serif (metric twin of Times New Roman, SIL OFL 1.1) registered once with reportlab.

NĐ 30/2020 asks for Times New Roman; Liberation Serif has the same metrics and full Vietnamese coverage,
and its licence allows bundling (``resources/fonts/LICENSE-LiberationFonts.txt``).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reception_app.resources import resource_path

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the four faces and the family mapping (so ``<b>``/``<i>`` work). Idempotent, thread-safe.

    Returns the family name to use as ``fontName``.
    """
    global _registered  # noqa: PLW0603 - process-wide, one-time registration with reportlab
    with _lock:
        if _registered:
            return FAMILY
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _registered = True
        return FAMILY
