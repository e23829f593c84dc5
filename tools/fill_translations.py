"""Fill a catalogue's unfinished entries from a JSON table (for translators and reviewers).

    python tools/fill_translations.py i18n/vizium translations.json

The JSON maps "Context|source" to {"lv": ..., "ru": ...} (English copies the source; a
plural entry gives a list of forms). Existing finished translations are left alone.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(prefix: str, table: dict[str, dict[str, object]]) -> int:
    missing = 0
    for language in ("lv", "en", "ru"):
        path = Path(f"{prefix}_{language}.ts")
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                translation = message.find("translation")
                if translation is None or translation.get("type") != "unfinished":
                    continue
                key = f"{name}|{source}"
                if language == "en":
                    value: object = table.get(key, {}).get("en", source)
                elif key in table and language in table[key]:
                    value = table[key][language]
                else:
                    missing += 1
                    print(f"{path}: no {language} text for {key!r}", file=sys.stderr)
                    continue
                del translation.attrib["type"]
                if message.get("numerus") == "yes":
                    for child in list(translation):
                        translation.remove(child)
                    forms = value if isinstance(value, list) else [value]
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = str(form)
                else:
                    translation.text = str(value)
        ET.indent(tree)
        text = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8")
    return missing


if __name__ == "__main__":
    sys.exit(1 if fill(sys.argv[1], json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))) else 0)
