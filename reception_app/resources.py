"""Where bundled resources (fonts, document templates) live, in development and when frozen.

``resources/`` sits at the repository root, next to the ``reception_app`` package. A PyInstaller build
copies it to ``sys._MEIPASS/resources``. Pure stdlib: importable from any layer.
"""

from __future__ import annotations

import sys
from pathlib import Path

_DEV_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resources_root() -> Path:
    """The ``resources`` folder: ``sys._MEIPASS/resources`` when frozen, ``<repo>/resources`` otherwise."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return _DEV_ROOT


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "LiberationSerif-Regular.ttf")``.

    Parts must be relative names inside ``resources/``; absolute parts and ``..`` are refused so a
    caller cannot be tricked into reading outside the bundle.
    """
    for part in parts:
        if not part or Path(part).is_absolute() or ".." in Path(part).parts:
            raise ValueError(f"invalid resource path component: {part!r}")
    return resources_root().joinpath(*parts)
