"""Guarded exhibit code is called as Qt calls a slot, also when the slot takes fewer arguments than its signal sends.

PySide gives a Python slot only the arguments it can take. The kiosk's guard wraps exhibit methods
in ``*args`` wrappers; without care the wrapper would take all of them and hand them on, so a slot
that works in an exhibit's own tests raised TypeError in the kiosk (the pendulum logged one at every
resize of its plot).
"""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QObject, Signal

from kiosk.exhibit.guard import guard_package

PACKAGE = "guard_slot_probe"


class Sender(QObject):
    moved = Signal(int, int)


@pytest.fixture
def probe_package():
    module = types.ModuleType(PACKAGE)
    source = """
from PySide6.QtCore import QObject

class Listener(QObject):
    def __init__(self):
        super().__init__()
        self.calls = []

    def on_nothing(self):
        self.calls.append(())

    def on_first(self, x):
        self.calls.append((x,))

    def on_any(self, *values):
        self.calls.append(values)

    def on_default(self, x, y=0, z="kept"):
        self.calls.append((x, y, z))

def takes_one(x):
    return x
"""
    exec(compile(source, f"<{PACKAGE}>", "exec"), module.__dict__)
    module.__dict__["__name__"] = PACKAGE
    module.Listener.__module__ = PACKAGE
    module.takes_one.__module__ = PACKAGE
    sys.modules[PACKAGE] = module
    assert guard_package(PACKAGE) > 0
    yield module
    del sys.modules[PACKAGE]


def test_a_guarded_slot_gets_only_the_arguments_it_takes(qapp, probe_package):
    sender, listener = Sender(), probe_package.Listener()
    for slot in (listener.on_nothing, listener.on_first, listener.on_any, listener.on_default):
        sender.moved.connect(slot)
    sender.moved.emit(3, 4)
    assert listener.calls == [(), (3,), (3, 4), (3, 4, "kept")]


def test_keywords_and_defaults_pass_through_a_guarded_method(qapp, probe_package):
    listener = probe_package.Listener()
    listener.on_default(1, z="given")
    listener.on_default(1, 2, 3)
    assert listener.calls == [(1, 0, "given"), (1, 2, 3)]
    assert probe_package.takes_one(5) == 5
