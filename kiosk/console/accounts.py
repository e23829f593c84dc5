"""Staff accounts, throttled logins, server-side sessions and the audit trail, in the hub.

* Passwords are scrypt hashes made exactly as the kiosk's PINs are (``kiosk.pins``).
* Logins are throttled per account and per address in ``console_login_failures``, so a restart
  of the console forgets nothing: after ``ACCOUNT_LIMIT`` wrong passwords for an account (or
  ``ADDRESS_LIMIT`` from one address) logins there are refused for 30 s, then 60 s, 2 min, ... up
  to an hour, as the PIN pad does. A correct password clears the account's count.
* A session is a random token in an HttpOnly cookie; the hub stores only its SHA-256, so a copy
  of ``console_sessions`` opens nothing. Each session has its own CSRF token for forms.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import Any

from psycopg.types.json import Jsonb

from kiosk.clock import WallClock, utc_now
from kiosk.pins import FIRST_LOCK_S, MAX_LOCK_S, hash_pin, pin_matches

ROLES = ("staff", "educator")
ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 20
SESSION_HOURS = 12
MIN_PASSWORD_LENGTH = 10
USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
#: Checked when the account does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = hash_pin("not-a-password", salt=b"vizium-console-0")



class AccountError(ValueError):
    """An account that cannot be created as asked; the message says what would be valid."""


@dataclass(frozen=True)
class Session:
    username: str
    role: str
    csrf_token: str
    token_hash: str

    @property
    def staff(self) -> bool:
        return self.role == "staff"


@dataclass(frozen=True)
class LoginResult:
    session: Session | None
    token: str = ""  # the cookie's value (only here, never stored)
    locked_for_s: float = 0.0  # > 0: refused without checking the password


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(conn: Any, username: str, password: str, role: str) -> None:
    """Create an account (or raise AccountError saying why not)."""
    if not USERNAME.fullmatch(username):
        raise AccountError(f"the user name {username!r} must be 1 to 64 letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise AccountError(f"the role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters long")
    with conn.transaction():
        taken = conn.execute("SELECT 1 FROM console_users WHERE username = %s", (username,)).fetchone()
        if taken:
            raise AccountError(f"an account {username!r} exists already")
        conn.execute(
            "INSERT INTO console_users(username, password_hash, role) VALUES (%s, %s, %s)",
            (username, hash_pin(password), role),
        )
        audit(conn, None, "user.add", username=username, role=role)


def audit(conn: Any, actor: str | None, action: str, **detail: Any) -> None:
    """One line of the audit trail: who did what (never a password or a participant code)."""
    conn.execute("INSERT INTO console_audit(username, action, detail) VALUES (%s, %s, %s)",
                 (actor, action, Jsonb(detail)))


def _locked_for_s(conn: Any, key: str, now: dt.datetime) -> float:
    row = conn.execute("SELECT locked_until FROM console_login_failures WHERE key = %s", (key,)).fetchone()
    if not row or row[0] is None:
        return 0.0
    return max(0.0, (row[0] - now).total_seconds())


def _count_failure(conn: Any, key: str, limit: int, now: dt.datetime) -> None:
    row = conn.execute(
        "INSERT INTO console_login_failures(key, failures) VALUES (%s, 1)"
        " ON CONFLICT (key) DO UPDATE SET failures = console_login_failures.failures + 1"
        " RETURNING failures, lockouts",
        (key,),
    ).fetchone()
    failures, lockouts = row
    if failures >= limit:
        lockouts += 1
        lock_s = min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (lockouts - 1))
        conn.execute(
            "UPDATE console_login_failures SET failures = 0, lockouts = %s, locked_until = %s WHERE key = %s",
            (lockouts, now + dt.timedelta(seconds=lock_s), key),
        )


def log_in(conn: Any, username: str, password: str, address: str, clock: WallClock = utc_now) -> LoginResult:
    """Check a login; on success open a session. Locked accounts and addresses are refused
    before the password is looked at."""
    now = clock()
    keys = (f"user:{username[:64]}", f"addr:{address}")
    locked = max(_locked_for_s(conn, key, now) for key in keys)
    if locked > 0:
        audit(conn, None, "login.refused", username=username[:64], address=address, reason="locked")
        return LoginResult(None, locked_for_s=locked)
    row = conn.execute(
        "SELECT password_hash, role FROM console_users WHERE username = %s AND NOT disabled", (username,)
    ).fetchone()
    matches = pin_matches(password, row[0] if row else _DUMMY_HASH) and row is not None
    with conn.transaction():
        if not matches:
            _count_failure(conn, keys[0], ACCOUNT_LIMIT, now)
            _count_failure(conn, keys[1], ADDRESS_LIMIT, now)
            audit(conn, None, "login.refused", username=username[:64], address=address, reason="wrong")
            return LoginResult(None)
        conn.execute("DELETE FROM console_login_failures WHERE key = %s", (keys[0],))
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        conn.execute(
            "INSERT INTO console_sessions(token_hash, username, csrf_token, created_at, expires_at)"
            " VALUES (%s, %s, %s, %s, %s)",
            (token_hash(token), username, csrf, now, now + dt.timedelta(hours=SESSION_HOURS)),
        )
        conn.execute("DELETE FROM console_sessions WHERE expires_at < %s", (now,))
        audit(conn, username, "login", address=address)
    return LoginResult(Session(username, row[1], csrf, token_hash(token)), token)


def session_for(conn: Any, token: str | None, clock: WallClock = utc_now) -> Session | None:
    """The live session a cookie's token opens, or None."""
    if not token or len(token) > 200:
        return None
    hashed = token_hash(token)
    row = conn.execute(
        "SELECT s.username, u.role, s.csrf_token FROM console_sessions s"
        " JOIN console_users u ON u.username = s.username"
        " WHERE s.token_hash = %s AND s.expires_at > %s AND NOT u.disabled",
        (hashed, clock()),
    ).fetchone()
    return Session(row[0], row[1], row[2], hashed) if row else None


def log_out(conn: Any, session: Session) -> None:
    conn.execute("DELETE FROM console_sessions WHERE token_hash = %s", (session.token_hash,))
    audit(conn, session.username, "logout")
