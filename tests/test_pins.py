"""PINs: only scrypt hashes stored, and a lockout that grows and outlives the process."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.journal import Journal
from kiosk.pins import PinError, PinVault, hash_pin, pin_matches


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)

    def __call__(self):
        return self.now


def test_hash_is_scrypt_and_salted():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first.startswith("scrypt$") and first != second
    assert pin_matches("2468", first) and not pin_matches("2469", first)
    assert not pin_matches("2468", "md5$abc")


def test_the_database_never_holds_the_pin(store):
    vault = PinVault(store, Journal(store, "s"))
    vault.set_pin("staff", "97531")
    dump = "\n".join(store.reader().iterdump())
    assert "97531" not in dump


@pytest.mark.parametrize("pin", ["12", "abcd", "123456789", ""])
def test_bad_pins_are_refused(store, pin):
    with pytest.raises(PinError):
        PinVault(store, Journal(store, "s")).set_pin("staff", pin)


def test_roles_and_growing_lockout(store):
    clock = Clock()
    vault = PinVault(store, Journal(store, "s"), clock=clock)
    vault.set_pin("staff", "2468")
    vault.set_pin("educator", "1357")
    assert vault.verify("1357") == "educator"
    for _ in range(5):
        assert vault.verify("0000") is None
    assert vault.locked_for_s() == 30
    assert vault.verify("2468") is None  # locked: even the right PIN waits
    clock.now += dt.timedelta(seconds=31)
    for _ in range(5):
        vault.verify("0000")
    assert vault.locked_for_s() == 60  # the second lockout is longer
    clock.now += dt.timedelta(seconds=61)
    assert vault.verify("2468") == "staff"
    assert vault.state.lockouts == 0 and vault.locked_for_s() == 0
    store.flush()
    attempts = store.query("SELECT detail FROM app_events WHERE kind = 'pin.attempt'")
    assert len(attempts) == 13 and all("2468" not in a["detail"] for a in attempts)
