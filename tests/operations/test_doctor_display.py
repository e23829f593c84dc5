"""kiosk doctor names the real cause when Qt cannot start: no display is not missing libraries."""

from __future__ import annotations

import pytest

from kiosk import doctor


@pytest.fixture
def no_display(monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


def test_doctor_says_there_is_no_display_when_qt_itself_is_fine(no_display) -> None:
    check = doctor.check_qt_platform()
    assert check.status == "WARN", check
    assert "no display" in check.detail.lower()
    assert "Install the Qt runtime libraries" not in check.detail
    assert "DISPLAY" in check.detail  # what to look at


def test_doctor_still_fails_when_qt_cannot_start_even_without_a_screen(no_display, monkeypatch) -> None:
    broken = (False, "", "libEGL.so.1: cannot open shared object file")
    monkeypatch.setattr(doctor, "_probe_qt", lambda platform=None: broken)
    check = doctor.check_qt_platform()
    assert check.status == "FAIL"
    assert "libEGL.so.1" in check.detail and "make system-libs" in check.detail


def test_doctor_passes_on_a_working_display(monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    check = doctor.check_qt_platform()
    assert check.ok and "offscreen" in check.detail
