"""PySide6's import hook, without its reading of every module's source. Applied when imported.

PySide6 replaces Python's import with its own to offer `from __feature__ import snake_case,
true_property` (Pythonic names, chosen module by module). After each import it asks whether the new
module uses PySide, and answers by reading the module's whole source (``inspect.getsource``), which
``linecache`` then keeps for the life of the process. On these machines that cost the kiosk's start
about 9 ms of processor time before its first frame, and a kiosk that had prepared its exhibits
held about 300 source files (the exhibits, pyqtgraph, numpy): 12 MiB, all day.

The answer only picks the names a module sees: "uses PySide" gives it Qt's own names unless it
selects a feature itself, "does not" leaves it on the last module's choice. "Uses PySide" is right
for every module of the kiosk (none selects a feature, and one that did would still get its own),
so every module gets it, without reading. The kiosk's code enters through `kiosk.exhibit` (the
exhibits and the theme) or `kiosk.ui` (the shell, which imports this first): both import this
module before anything else of theirs. A PySide without the hook is left as it is.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs PySide's import hook, and with it the question below)


def _uses_pyside(module: object) -> bool:
    return True


_feature = sys.modules.get("PySide6.support.feature")
#: Whether PySide's question is now answered without reading (False: a PySide without it).
APPLIED = _feature is not None and callable(getattr(_feature, "_mod_uses_pyside", None))
if APPLIED:
    _feature._mod_uses_pyside = _uses_pyside  # type: ignore[union-attr]
