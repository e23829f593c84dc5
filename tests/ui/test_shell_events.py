"""The shell's application-wide event watching stays cheap: every event of the application passes
through it (thousands while an exhibit opens), so only input reaches the idle monitor and the
staff gate, through one filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from kiosk.config import settings_from_mapping
from kiosk.ui.app import build_kiosk
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.staff import StaffGateDetector

TAPPER = {"tapper": "tests.fixtures.sample_exhibits.tapper"}


def test_only_input_reaches_the_idle_monitor_and_the_staff_gate(qtbot, tmp_path, monkeypatch):
    seen: list[str] = []
    for watcher in (IdleMonitor, StaffGateDetector):
        real = watcher.eventFilter

        def counting(self, watched, event, real=real, name=watcher.__name__):
            seen.append(name)
            return real(self, watched, event)

        monkeypatch.setattr(watcher, "eventFilter", counting)
    kiosk = build_kiosk(settings_from_mapping({"storage": {"path": str(tmp_path / "data")}}), modules=TAPPER)
    try:
        kiosk.window.resize(1280, 720)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        seen.clear()
        for _ in range(200):  # what a layout, a repaint or a timer sends: no input
            QCoreApplication.sendEvent(kiosk.window.home, QEvent(QEvent.Type.LayoutRequest))
        assert seen == []
        qtbot.mouseClick(kiosk.window.attract, Qt.MouseButton.LeftButton)
        assert {"IdleMonitor", "StaffGateDetector"} <= set(seen)  # input still reaches both
    finally:
        kiosk.close()
