"""Before `make run` on Linux: are the system libraries Qt's X11 (xcb) platform plugin needs installed?

Qt reports a missing one as "could not load the Qt platform plugin xcb" and often names the wrong library.
This asks the dynamic linker (``ldd``) about the plugin and its helper library, and prints the exact Debian /
Ubuntu packages to install. Exit code 1 when something is missing; 0 otherwise, and also when the check
does not apply (not Linux, a headless platform chosen with QT_QPA_PLATFORM, no ``ldd``).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> the Debian/Ubuntu package that ships it (Debian 12, Ubuntu 22.04/24.04 names).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
HEADLESS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "wayland", "wayland-egl"}


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reported as "not found", in order, without repeats."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def packages_for(sonames: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages to install, sonames with no known package)."""
    known = [PACKAGES[s] for s in sonames if s in PACKAGES]
    unknown = [s for s in sonames if s not in PACKAGES]
    return list(dict.fromkeys(known)), unknown


def plugin_files() -> list[Path]:
    """Qt's xcb platform plugin and its helper library inside the installed PySide6 (none if absent)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return []
    qt = Path(spec.origin).parent / "Qt"
    candidates = [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))]
    return [p for p in candidates if p.is_file()][:2]


def report(missing: list[str]) -> str:
    packages, unknown = packages_for(missing)
    lines = [
        "Qt cannot open a window on this computer: system libraries are missing.",
        "Thiếu thư viện hệ thống để Qt mở cửa sổ trên máy này.",
        "Missing / Còn thiếu: " + ", ".join(missing),
    ]
    if packages:
        lines += ["Install them with / Cài đặt bằng lệnh:", "    sudo apt-get install " + " ".join(packages)]
    if unknown:
        lines.append("Find the package of the others with / Tìm gói cho các thư viện còn lại: apt-file search NAME")
    return "\n".join(lines)


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS:
        return 0
    ldd = shutil.which("ldd")
    files = plugin_files()
    if ldd is None or not files:
        return 0
    output = ""
    for path in files:
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True, check=False)  # noqa: S603
        output += done.stdout
    missing = missing_libraries(output)
    if not missing:
        return 0
    print(report(missing), file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
