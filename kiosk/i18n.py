"""Translation catalogues: keep the Qt Linguist .ts files current, compile them, check them.

Qt-free tooling around pyside6-lupdate and pyside6-lrelease. The shell's strings live in
``i18n/vizium_<lang>.ts``; each exhibit carries its own ``exhibits/<id>/i18n/<id>_<lang>.ts`` so
an exhibit package (built-in or third-party) brings its translations with it.

    python -m kiosk.i18n update [NAME]  # rescan sources, add new strings to the .ts files
    python -m kiosk.i18n build    # compile .ts to .qm (only the stale ones)
    python -m kiosk.i18n check    # list unfinished, empty or missing translations
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from kiosk import paths

LANGUAGES = ("lv", "en", "ru")


@dataclass(frozen=True)
class Catalogue:
    """One set of .ts files (one per language) and the sources they translate."""

    name: str
    folder: Path
    #: Where its sources are: the kiosk package (only its ui and exhibit parts), or an exhibit's folder.
    source_folder: Path
    shell: bool = False

    @cached_property
    def sources(self) -> tuple[Path, ...]:
        """Found when asked (updating catalogues), never when the kiosk starts: a walk of every
        source folder cost each start about 0.1 s."""
        found = self.source_folder.rglob("*.py")
        if self.shell:
            return tuple(sorted(p for p in found if "ui" in p.parts or "exhibit" in p.parts))
        return tuple(sorted(found))

    def ts_file(self, language: str) -> Path:
        return self.folder / f"{self.name}_{language}.ts"

    def qm_file(self, language: str) -> Path:
        return self.folder / f"{self.name}_{language}.qm"


def catalogues(root: Path = paths.PROJECT_ROOT) -> list[Catalogue]:
    """The shell's catalogue and one per exhibit folder under exhibits/."""
    found = [Catalogue("vizium", root / "i18n", root / "kiosk", shell=True)]
    exhibits_root = root / "exhibits"
    if exhibits_root.is_dir():
        for folder in sorted(p for p in exhibits_root.iterdir() if (p / "manifest.toml").is_file()):
            found.append(Catalogue(folder.name, folder / "i18n", folder))
    return found


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    path = str(beside) if beside.exists() else shutil.which(name)
    if not path:
        raise RuntimeError(f"{name} not found; install PySide6 (make test does) to work on translations")
    return path


def update(root: Path = paths.PROJECT_ROOT, only: str | None = None) -> None:
    """Add new source strings to every catalogue, or only the named one (translations are kept)."""
    import subprocess  # here, not at the top: a kiosk start reads catalogues and never runs tools

    lupdate = _tool("pyside6-lupdate")
    for cat in catalogues(root):
        if only and cat.name != only:
            continue
        cat.folder.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            subprocess.run(
                [
                    lupdate,
                    "-silent",
                    "-locations",
                    "none",
                    *map(str, cat.sources),
                    "-target-language",
                    language,
                    "-ts",
                    str(cat.ts_file(language)),
                ],
                check=True,
            )


def build(root: Path = paths.PROJECT_ROOT, *, force: bool = False) -> list[Path]:
    """Compile .ts files whose .qm is missing or older; returns the files written."""
    written = []
    lrelease = None
    for cat in catalogues(root):
        for language in LANGUAGES:
            ts, qm = cat.ts_file(language), cat.qm_file(language)
            if not ts.exists():
                continue
            if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
                continue
            lrelease = lrelease or _tool("pyside6-lrelease")
            # Compile beside it and rename: a running kiosk has the old file memory-mapped, and
            # rewriting it in place would pull the pages out from under it (SIGBUS).
            partial = qm.with_name(f"{qm.name}.{os.getpid()}.partial")
            import subprocess  # only when a catalogue is compiled: a kiosk start checks and goes on

            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(partial)], check=True)
            os.replace(partial, qm)
            written.append(qm)
    return written


class Problem(NamedTuple):
    file: Path
    context: str
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}: [{self.context}] {self.source!r}: {self.problem}"


def check(root: Path = paths.PROJECT_ROOT) -> list[Problem]:
    """Unfinished, empty, obsolete or missing translations in every catalogue and language."""
    problems = []
    for cat in catalogues(root):
        for language in LANGUAGES:
            ts = cat.ts_file(language)
            if not ts.exists():
                problems.append(Problem(ts, "", "", "catalogue missing; run python -m kiosk.i18n update"))
                continue
            problems.extend(check_file(ts))
    return problems


def check_file(ts: Path) -> list[Problem]:
    import xml.etree.ElementTree as ET  # checking catalogues only: never loaded by a kiosk start

    problems = []
    try:
        tree = ET.parse(ts)
    except ET.ParseError as exc:
        return [Problem(ts, "", "", f"not valid XML: {exc}")]
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                problems.append(Problem(ts, name, source, "no translation element"))
                continue
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            texts = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
            if kind == "unfinished":
                problems.append(Problem(ts, name, source, "unfinished"))
            elif not all(t.strip() for t in texts):
                problems.append(Problem(ts, name, source, "empty translation"))
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "build"
    if command == "update":
        update(only=args[1] if len(args) > 1 else None)
    elif command == "build":
        for qm in build(force="--force" in args):
            print(f"compiled {qm}")
    elif command == "check":
        found = check()
        for problem in found:
            print(problem)
        print(f"{len(found)} translation problem(s)")
        return 1 if found else 0
    else:
        print("usage: python -m kiosk.i18n update [NAME]|build [--force]|check", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
