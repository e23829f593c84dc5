"""The Qt shell: window, home, attract loop, idle reset, staff gate, exhibit host, monkey."""

# Before any module of the shell imports PySide6: it stops reading the source of every module
# imported after it (kiosk/exhibit/pyside_imports.py).
from kiosk.exhibit import pyside_imports  # noqa: F401
