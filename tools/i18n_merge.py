"""Fill unfinished messages of the Vietnamese .ts from JSON files of translations, or from other .ts files.

Usage: python tools/i18n_merge.py resources/i18n/reception_app_vi.ts resources/i18n/pending/*.json
       python tools/i18n_merge.py resources/i18n/reception_app_vi.ts ours.ts theirs.ts   (after a git merge)

Each JSON file maps ``{"ContextClass": {"English source": "Vietnamese", ...}, ...}``; a ``.ts`` source gives its
finished translations. Run after ``make translations-update`` (which adds new strings as unfinished); prints what
is still untranslated. To merge two branches that both added strings: take either side's .ts, run
``make translations-update``, then this tool with ``git show :2:<ts>`` and ``git show :3:<ts>`` saved as files.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _finished(ts_path: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation of every finished, non-plural message of a .ts file."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts_path).getroot().iter("context"):  # noqa: S314 - our own files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                text = translation.findtext("numerusform") or ""
            else:
                text = translation.text or ""
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def main(ts_path: str, *json_paths: str) -> int:
    table: dict[tuple[str, str], str] = {}
    for path in json_paths:
        if path.endswith(".ts"):
            table.update(_finished(path))
            continue
        for context, messages in json.loads(Path(path).read_text(encoding="utf-8")).items():
            for source, text in messages.items():
                table[(context, source)] = text
    tree = ET.parse(ts_path)  # noqa: S314 - our own file
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("unfinished",):
                continue
            source = message.findtext("source") or ""
            text = table.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(ts_path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    for name, source in missing:
        print(f"untranslated: {name}: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
