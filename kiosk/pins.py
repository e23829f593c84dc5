"""Staff and educator PINs: scrypt hashes only, and a lockout that grows and survives restarts.

Qt-free. Five wrong PINs in a row lock the pad for 30 s, then 60 s, 2 min, ... up to an hour;
a correct PIN clears the count. Every attempt is an app event (the audit trail), never the PIN.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
from dataclasses import dataclass

from kiosk.clock import WallClock, utc_now
from kiosk.journal import Journal
from kiosk.store import Store
from kiosk.timestamps import iso_utc, parse_iso_utc

ROLES = ("staff", "educator")
MAX_FAILURES = 5
FIRST_LOCK_S = 30
MAX_LOCK_S = 3600
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class PinError(ValueError):
    """A PIN that cannot be used (too short, not digits, unknown role)."""


def validate_pin(pin: str) -> None:
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise PinError("a PIN is 4 to 8 digits")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${b64(salt).decode()}${b64(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), dklen=32, n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(candidate, base64.b64decode(digest))


@dataclass
class LockState:
    failures: int = 0
    lockouts: int = 0
    locked_until: dt.datetime | None = None


class PinVault:
    """Checks PINs against the stored hashes and keeps the lockout state in the store."""

    def __init__(self, store: Store, journal: Journal, clock: WallClock = utc_now) -> None:
        self.store, self.journal, self.clock = store, journal, clock
        self._hashes: dict[str, str] = {}
        self.state = LockState()
        self.reload()

    def reload(self) -> None:
        try:
            reader = self.store.reader()
            self._hashes = dict(reader.execute("SELECT role, pin_hash FROM staff_pins"))
            row = reader.execute("SELECT failures, lockouts, locked_until FROM pin_lockout").fetchone()
        except Exception:  # store unavailable: no PIN works, the pad says so
            self._hashes, row = {}, None
        if row:
            self.state = LockState(row[0], row[1], parse_iso_utc(row[2]) if row[2] else None)

    @property
    def roles_with_pin(self) -> list[str]:
        return [r for r in ROLES if r in self._hashes]

    def set_pin(self, role: str, pin: str) -> None:
        """Store a new PIN for a role (waits until it is on disk)."""
        if role not in ROLES:
            raise PinError(f"role must be one of {', '.join(ROLES)}")
        validate_pin(pin)
        hashed = hash_pin(pin)
        ticket = self.store.execute(
            "INSERT INTO staff_pins(role, pin_hash, set_at) VALUES (?, ?, ?) "
            "ON CONFLICT(role) DO UPDATE SET pin_hash = excluded.pin_hash, set_at = excluded.set_at",
            (role, hashed, iso_utc(self.clock())),
        )
        self.journal.event("pin.set", role=role)
        if not ticket.wait(10):
            raise RuntimeError(f"could not save the PIN: {ticket.error or self.store.health.problem}")
        self._hashes[role] = hashed

    def locked_for_s(self) -> float:
        """Seconds until the pad accepts PINs again (0 when open)."""
        if self.state.locked_until is None:
            return 0.0
        return max(0.0, (self.state.locked_until - self.clock()).total_seconds())

    def verify(self, pin: str) -> str | None:
        """The role the PIN opens, or None (wrong, or the pad is locked)."""
        if self.locked_for_s() > 0:
            self.journal.event("pin.attempt", ok=False, reason="locked")
            return None
        role = next((r for r in ROLES if r in self._hashes and pin_matches(pin, self._hashes[r])), None)
        if role:
            self.state = LockState()
            self.journal.event("pin.attempt", ok=True, role=role)
        else:
            self.state.failures += 1
            if self.state.failures >= MAX_FAILURES:
                self.state.lockouts += 1
                self.state.failures = 0
                lock_s = min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (self.state.lockouts - 1))
                self.state.locked_until = self.clock() + dt.timedelta(seconds=lock_s)
            self.journal.event("pin.attempt", ok=False, reason="wrong", locked_for_s=round(self.locked_for_s()))
        self._save_state()
        return role

    def _save_state(self) -> None:
        until = iso_utc(self.state.locked_until) if self.state.locked_until else None
        self.store.execute(
            "INSERT INTO pin_lockout(id, failures, lockouts, locked_until) VALUES (1, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET failures = excluded.failures, lockouts = excluded.lockouts,"
            " locked_until = excluded.locked_until",
            (self.state.failures, self.state.lockouts, until),
        )
