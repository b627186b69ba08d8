"""PDF text extraction for the printing tests (pypdf; NFC; whitespace-normalised views)."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader


@dataclass(frozen=True)
class Extracted:
    pages: tuple[str, ...]  # raw text per page (NFC)
    sizes: tuple[tuple[float, float], ...]  # (width, height) per page, points

    @property
    def text(self) -> str:
        """All pages, whitespace runs collapsed to one space (a line wrap becomes a space)."""
        return " ".join(" ".join(page.split()) for page in self.pages)

    def page(self, n: int) -> str:
        return " ".join(self.pages[n].split())

    def tokens(self, n: int) -> list[str]:
        return self.pages[n].split()

    def body_flat(self, footer: str) -> str:
        """Like :attr:`flat`, without the footer line and the page numbers (so text flows across pages)."""
        parts = []
        for n, page in enumerate(self.pages):
            flat = "".join(page.split()).replace(squash(footer), "")
            number = str(n + 1)
            if n and flat.endswith(number):  # drawn last, in the top margin
                flat = flat[: -len(number)]
            parts.append(flat)
        return "".join(parts)

    @property
    def flat(self) -> str:
        """All pages with every whitespace removed (robust against wraps inside long tokens)."""
        return "".join("".join(page.split()) for page in self.pages)


def extract(pdf: bytes) -> Extracted:
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    pages = tuple(unicodedata.normalize("NFC", page.extract_text() or "") for page in reader.pages)
    sizes = tuple((float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages)
    return Extracted(pages, sizes)


def squash(text: str) -> str:
    """NFC and no whitespace: compare with :attr:`Extracted.flat`."""
    return "".join(unicodedata.normalize("NFC", text).split())


def pdftotext(pdf: bytes) -> str:
    """The text of ``pdf`` as poppler's ``pdftotext`` reads it (NFC, whitespace runs collapsed): a second
    reader besides pypdf. poppler-utils is a system package ``make test`` installs (Makefile system-deps)."""
    import shutil
    import subprocess

    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext not found (apt-get install poppler-utils)"
    out = subprocess.run([tool, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)  # noqa: S603
    return " ".join(unicodedata.normalize("NFC", out.stdout.decode("utf-8")).split())
