"""Programme sessions, participants, check-in and graduation on one station (Qt-free).

Every change goes through the store's single writer as one operation, so a check-in's decision
(registered? already here? graduated now?) and its writes form one transaction. The methods wait
for their write to be durable and return the outcome: call them off the UI thread (the educator
screens use ``kiosk.ui.tasks.run_in_background``).

Every educator action is an app event (the audit trail); event details never hold a
participant's code.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from kiosk.clock import WallClock
from kiosk.config import WEEKDAYS, ProgrammesSettings
from kiosk.journal import Journal
from kiosk.programmes import codes
from kiosk.programmes.catalogue import Catalogue, Programme, upsert_programmes
from kiosk.programmes.participants import RegistrationError, validate_categories, validate_group_label
from kiosk.store import Store, spill_as
from kiosk.timestamps import iso_utc, local_day, parse_iso_utc

T = TypeVar("T")

# Check-in outcomes.
CHECKED_IN = "checked_in"
ALREADY = "already"  # checked in to this session before: nothing changes
UNREGISTERED = "unregistered"  # a badge printed here that nobody has registered yet
UNKNOWN = "unknown"  # a well-formed code this station has never issued or seen
MISREAD = "misread"  # a VIZIUM code whose check character is wrong (misread or mistyped)
FOREIGN = "foreign"  # a QR code that is not a VIZIUM badge
NO_SESSION = "no_session"  # the session has ended (or never existed)
#: With a hub: a well-formed code this station does not know (yet), kept and settled at the next
#: hub round, since it may have been registered at another station of the centre.
PROVISIONAL = "provisional"

METHODS = ("qr", "manual")
END_REASONS = ("educator", "planned_end", "restart")
WRITE_TIMEOUT_S = 15.0


class ProgrammeError(RuntimeError):
    """Something the educator asked for cannot be done: a message, and a ``reason`` key screens translate."""

    def __init__(self, message: str, reason: str = "other") -> None:
        super().__init__(message)
        self.reason = reason  # busy, unknown_programme, storage, count, other


@dataclass(frozen=True)
class Session:
    """One programme session on this station."""

    id: int
    programme_code: str
    station_id: str
    started_at: dt.datetime
    planned_end_at: dt.datetime
    ended_at: dt.datetime | None
    local_day: str
    end_reason: str | None

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    def remaining_s(self, now: dt.datetime) -> float:
        return max(0.0, (self.planned_end_at - now).total_seconds())

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Session:
        return cls(
            id=int(row["id"]),
            programme_code=row["programme_code"],
            station_id=row["station_id"],
            started_at=parse_iso_utc(row["started_at"]),
            planned_end_at=parse_iso_utc(row["planned_end_at"]),
            ended_at=parse_iso_utc(row["ended_at"]) if row["ended_at"] else None,
            local_day=row["local_day"],
            end_reason=row["end_reason"],
        )


@dataclass(frozen=True)
class CheckIn:
    """What happened when a badge was shown or a code tapped."""

    outcome: str
    code: str = ""
    method: str = ""
    checked_in_count: int = 0  # people checked in to the session now
    sessions_attended: int = 0  # distinct sessions of this programme, this one included
    sessions_needed: int = 0
    graduated: bool = False  # graduated with this check-in

    @property
    def ok(self) -> bool:
        return self.outcome in (CHECKED_IN, ALREADY, PROVISIONAL)


@dataclass(frozen=True)
class AttendanceRow:
    code: str
    age_band: str
    gender: str
    role: str
    group_label: str | None
    checked_in_at: dt.datetime
    method: str
    sessions_attended: int
    graduated_on: str | None


@dataclass(frozen=True)
class ProvisionalRow:
    """A badge checked in while its code was unknown here: waiting for the hub, or unknown to it too."""

    code: str
    checked_in_at: dt.datetime
    method: str
    status: str  # provisional (waiting for the next hub round) or unknown (the centre does not know it)


@dataclass(frozen=True)
class Graduate:
    code: str
    group_label: str | None
    graduated_on: str
    purged: bool


@dataclass(frozen=True)
class SessionSummary:
    session: Session
    attended: int


@dataclass(frozen=True)
class Today:
    """The educator's "today" view: is it an after-school day, and what ran here."""

    day: dt.date
    weekday: str  # monday .. sunday
    after_school: bool
    next_after_school: dt.date | None  # the next after-school day after today
    sessions: list[SessionSummary]


class ProgrammeService:
    """Sessions, participants, attendance and graduation for one station."""

    def __init__(
        self,
        store: Store,
        journal: Journal,
        catalogue: Catalogue,
        settings: ProgrammesSettings,
        clock: WallClock | None = None,
        *,
        hub: bool = False,
    ) -> None:
        self.store = store
        #: A centre database is configured: an unknown code may be another station's badge.
        self.hub = hub
        self.journal = journal
        self.catalogue = catalogue
        self.settings = settings
        self.station_id = journal.station_id
        self.zone = journal.zone
        self.clock = clock or journal.clock

    # -- helpers -----------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self.clock()

    def local_day(self, moment: dt.datetime) -> str:
        return local_day(moment, self.zone).isoformat()

    def _write(self, op: Callable[[sqlite3.Connection], T]) -> T:
        ticket = self.store.call(op)
        if not ticket.wait(WRITE_TIMEOUT_S):
            reason = ticket.error or self.store.health.problem or "the database did not answer in time"
            raise ProgrammeError(f"could not save: {reason}", "storage")
        return ticket.result  # type: ignore[no-any-return]

    def programme(self, code: str) -> Programme:
        programme = self.catalogue.get(code)
        if programme is None:
            raise ProgrammeError(f"no programme {code!r} in the catalogue {self.catalogue.source}", "unknown_programme")
        return programme

    def sync_catalogue(self) -> None:
        """Write the catalogue to the programmes table (enqueued; returns at once)."""
        programmes = self.catalogue.programmes
        # Written again at every start: nothing to keep in a spill file if the disk refuses it.
        self.store.call(spill_as(lambda conn: upsert_programmes(conn, programmes)))

    # -- sessions ----------------------------------------------------------------------------

    def session(self, session_id: int) -> Session | None:
        rows = self.store.query("SELECT * FROM programme_sessions WHERE id = ?", (session_id,))
        return Session.from_row(rows[0]) if rows else None

    def current_session(self) -> Session | None:
        """The session open on this station, if any."""
        rows = self.store.query(
            "SELECT * FROM programme_sessions WHERE station_id = ? AND ended_at IS NULL ORDER BY started_at DESC",
            (self.station_id,),
        )
        return Session.from_row(rows[0]) if rows else None

    def open_session(self, programme_code: str) -> Session:
        """Start a session of a programme here, planned to last ``session_length_min``."""
        programme = self.programme(programme_code)
        now = self.now()
        planned_end = now + dt.timedelta(minutes=self.settings.session_length_min)
        values = (programme.code, self.station_id, iso_utc(now), iso_utc(planned_end), self.local_day(now))

        def op(conn: sqlite3.Connection) -> tuple[str, int]:
            upsert_programmes(conn, [programme])  # the session's programme row must exist
            running = conn.execute(
                "SELECT id FROM programme_sessions WHERE station_id = ? AND ended_at IS NULL", (self.station_id,)
            ).fetchone()
            if running is not None:
                return "busy", int(running[0])
            cursor = conn.execute(
                "INSERT INTO programme_sessions(programme_code, station_id, started_at, planned_end_at, local_day)"
                " VALUES (?, ?, ?, ?, ?)",
                values,
            )
            return "opened", int(cursor.lastrowid or 0)

        status, session_id = self._write(op)
        if status == "busy":
            raise ProgrammeError("a session is already running on this kiosk; end it first", "busy")
        self.journal.event("programme.session_started", session_id=session_id, programme=programme.code)
        session = self.session(session_id)
        assert session is not None
        return session

    def end_session(self, session_id: int, reason: str = "educator") -> Session | None:
        """End a session (the educator's button, or its planned end); None if it was not open."""
        if reason not in END_REASONS:
            raise ValueError(f"reason must be one of {END_REASONS}, not {reason!r}")
        now = self.now()

        def op(conn: sqlite3.Connection) -> int | None:
            row = conn.execute(
                "SELECT planned_end_at FROM programme_sessions WHERE id = ? AND ended_at IS NULL", (session_id,)
            ).fetchone()
            if row is None:
                return None
            ended_at = min(now, parse_iso_utc(row[0])) if reason == "planned_end" else now
            conn.execute(
                "UPDATE programme_sessions SET ended_at = ?, end_reason = ? WHERE id = ?",
                (iso_utc(ended_at), reason, session_id),
            )
            return int(
                conn.execute("SELECT COUNT(*) FROM attendance WHERE session_id = ?", (session_id,)).fetchone()[0]
            )

        attended = self._write(op)
        if attended is None:
            return None
        session = self.session(session_id)
        assert session is not None
        self.journal.event(
            "programme.session_ended",
            session_id=session_id,
            programme=session.programme_code,
            reason=reason,
            attended=attended,
        )
        return session

    def end_if_due(self, session: Session) -> bool:
        """End the session if its planned end has passed; True if it was ended now."""
        if session.is_open and self.now() >= session.planned_end_at:
            return self.end_session(session.id, "planned_end") is not None
        return False

    def resume_after_restart(self) -> Session | None:
        """At start: end sessions whose planned end passed while the kiosk was off, reopen the rest.

        Returns the session that is still running (the kiosk locks to it again), or None.
        """
        now = self.now()
        stamp = iso_utc(now)

        def op(conn: sqlite3.Connection) -> tuple[int | None, list[tuple[int, str]]]:
            rows = conn.execute(
                "SELECT id, planned_end_at FROM programme_sessions WHERE station_id = ? AND ended_at IS NULL"
                " ORDER BY started_at DESC, id DESC",
                (self.station_id,),
            ).fetchall()
            kept: int | None = None
            ended: list[tuple[int, str]] = []
            for session_id, planned_end in rows:
                if parse_iso_utc(planned_end) <= now:
                    conn.execute(
                        "UPDATE programme_sessions SET ended_at = ?, end_reason = 'planned_end' WHERE id = ?",
                        (planned_end, session_id),
                    )
                    ended.append((session_id, "planned_end"))
                elif kept is None:
                    kept = int(session_id)
                else:  # two open sessions cannot both run: keep the newest
                    conn.execute(
                        "UPDATE programme_sessions SET ended_at = ?, end_reason = 'restart' WHERE id = ?",
                        (stamp, session_id),
                    )
                    ended.append((session_id, "restart"))
            return kept, ended

        kept, ended = self._write(op)
        for session_id, reason in ended:
            self.journal.event("programme.session_ended", session_id=session_id, reason=reason, after_restart=True)
        if kept is None:
            return None
        session = self.session(kept)
        if session is not None:
            self.journal.event("programme.session_resumed", session_id=kept, programme=session.programme_code)
        return session

    # -- participants and check-in -----------------------------------------------------------

    def register(
        self,
        age_band: str,
        gender: str,
        role: str,
        group_label: str | None = None,
        *,
        code: str | None = None,
        session_id: int | None = None,
        method: str = "manual",
    ) -> CheckIn:
        """Register a participant (with a new code, or the badge's ``code``); check in to ``session_id``.

        Returns the check-in result (outcome "registered" when no session is given).
        RegistrationError (with a ``reason``) for input the kiosk refuses.
        """
        validate_categories(age_band, gender, role)
        label = validate_group_label(group_label)
        if method not in METHODS:
            raise RegistrationError(f"method must be one of {METHODS}", "category")
        if code is not None:
            reading = codes.read_badge(code)
            if reading.kind != codes.CODE:
                raise RegistrationError(f"{code!r} is not a valid participant code", "code")
            code = reading.code
        now = self.now()
        at, day = iso_utc(now), self.local_day(now)
        given = code

        def op(conn: sqlite3.Connection) -> CheckIn:
            chosen = given
            if chosen is not None:
                if conn.execute("SELECT 1 FROM participants WHERE code = ?", (chosen,)).fetchone():
                    return CheckIn("duplicate", chosen)
            else:
                chosen = _unused_code(conn)
            conn.execute(
                "INSERT INTO badge_codes(code, issued_at) VALUES (?, ?) ON CONFLICT(code) DO NOTHING", (chosen, at)
            )
            conn.execute(
                "INSERT INTO participants(code, age_band, gender, role, group_label, created_at, last_seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (chosen, age_band, gender, role, label, at, at),
            )
            if session_id is None:
                return CheckIn("registered", chosen)
            return _attend(conn, session_id, chosen, method, at, day)

        result = self._write(op)
        if result.outcome == "duplicate":
            raise RegistrationError(f"the code {codes.display(result.code)} is already registered", "duplicate")
        self.journal.event("programme.participant_registered", session_id=session_id)
        self._audit_check_in(session_id, result)
        return result

    def check_in(self, session_id: int, text: str, method: str = "qr") -> CheckIn:
        """Check a badge (QR payload or typed code) in to a session. Twice is harmless."""
        if method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}")
        reading = codes.read_badge(text)
        if reading.kind == codes.FOREIGN:
            result = CheckIn(FOREIGN, method=method)
        elif reading.kind == codes.MISREAD:
            result = CheckIn(MISREAD, method=method)
        else:
            now = self.now()
            at, day = iso_utc(now), self.local_day(now)
            code = reading.code

            provisional = self.hub

            def op(conn: sqlite3.Connection) -> CheckIn:
                if conn.execute("SELECT 1 FROM participants WHERE code = ?", (code,)).fetchone() is None:
                    if conn.execute("SELECT 1 FROM badge_codes WHERE code = ?", (code,)).fetchone():
                        return CheckIn(UNREGISTERED, code, method)
                    if provisional:
                        return _attend_provisionally(conn, session_id, code, method, at)
                    return CheckIn(UNKNOWN, code, method)
                return _attend(conn, session_id, code, method, at, day)

            result = self._write(op)
        self._audit_check_in(session_id, result)
        return result

    def _audit_check_in(self, session_id: int | None, result: CheckIn) -> None:
        if session_id is None or result.outcome == "registered":
            return
        self.journal.event("programme.check_in", session_id=session_id, method=result.method, outcome=result.outcome)
        if result.graduated:
            session = self.session(session_id)
            self.journal.event("programme.graduation", programme=session.programme_code if session else None)

    # -- views -------------------------------------------------------------------------------

    def attendance(self, session_id: int) -> list[AttendanceRow]:
        """Who is checked in to a session, in check-in order, with their progress in the programme."""
        rows = self.store.query(
            """
            SELECT p.code, p.age_band, p.gender, p.role, p.group_label, a.checked_in_at, a.method,
                   (SELECT COUNT(DISTINCT a2.session_id) FROM attendance a2
                      JOIN programme_sessions s2 ON s2.id = a2.session_id
                     WHERE a2.participant_code = p.code AND s2.programme_code = s.programme_code) AS attended,
                   g.graduated_on
              FROM attendance a
              JOIN participants p ON p.code = a.participant_code
              JOIN programme_sessions s ON s.id = a.session_id
              LEFT JOIN graduations g ON g.participant_code = p.code AND g.programme_code = s.programme_code
             WHERE a.session_id = ?
             ORDER BY a.checked_in_at, a.rowid
            """,
            (session_id,),
        )
        return [
            AttendanceRow(
                code=r["code"],
                age_band=r["age_band"],
                gender=r["gender"],
                role=r["role"],
                group_label=r["group_label"],
                checked_in_at=parse_iso_utc(r["checked_in_at"]),
                method=r["method"],
                sessions_attended=int(r["attended"]),
                graduated_on=r["graduated_on"],
            )
            for r in rows
        ]

    def provisional(self, session_id: int) -> list[ProvisionalRow]:
        """Badges of a session checked in provisionally and not (yet) confirmed by the hub."""
        rows = self.store.query(
            "SELECT code, checked_in_at, method, status FROM provisional_checkins"
            " WHERE session_id = ? AND status != 'confirmed' ORDER BY checked_in_at, code",
            (session_id,),
        )
        return [ProvisionalRow(r["code"], parse_iso_utc(r["checked_in_at"]), r["method"], r["status"]) for r in rows]

    def graduates(self, programme_code: str) -> list[Graduate]:
        """Everyone who graduated from a programme here, newest first."""
        rows = self.store.query(
            "SELECT g.participant_code, g.graduated_on, p.group_label, p.purged FROM graduations g"
            " JOIN participants p ON p.code = g.participant_code WHERE g.programme_code = ?"
            " ORDER BY g.graduated_on DESC, g.participant_code",
            (programme_code,),
        )
        return [
            Graduate(r["participant_code"], r["group_label"], r["graduated_on"], bool(r["purged"])) for r in rows
        ]

    def returning_participants(self, session_id: int) -> list[tuple[str, str | None]]:
        """The tap list: (code, group label) of people who attended this programme before, not yet here today."""
        rows = self.store.query(
            """
            SELECT DISTINCT p.code, p.group_label FROM attendance a
              JOIN programme_sessions s ON s.id = a.session_id
              JOIN participants p ON p.code = a.participant_code
             WHERE s.programme_code = (SELECT programme_code FROM programme_sessions WHERE id = :session)
               AND p.purged = 0
               AND p.code NOT IN (SELECT participant_code FROM attendance WHERE session_id = :session)
             ORDER BY p.group_label, p.code
            """,
            {"session": session_id},
        )
        return [(r["code"], r["group_label"]) for r in rows]

    def group_labels(self, limit: int = 8) -> list[str]:
        """Group labels used most recently, for one-tap reuse when registering."""
        rows = self.store.query(
            "SELECT group_label, MAX(last_seen_at) AS seen FROM participants"
            " WHERE group_label IS NOT NULL AND purged = 0 GROUP BY group_label ORDER BY seen DESC LIMIT ?",
            (limit,),
        )
        return [r["group_label"] for r in rows]

    def today(self) -> Today:
        now = self.now()
        local = local_day(now, self.zone)
        weekday = WEEKDAYS[local.weekday()]
        days = set(self.settings.after_school_days)
        upcoming = next(
            (local + dt.timedelta(days=n) for n in range(1, 8) if WEEKDAYS[(local.weekday() + n) % 7] in days), None
        )
        rows = self.store.query(
            "SELECT s.*, (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id) AS attended"
            " FROM programme_sessions s WHERE s.station_id = ? AND s.local_day = ? ORDER BY s.started_at",
            (self.station_id, local.isoformat()),
        )
        sessions = [SessionSummary(Session.from_row(r), int(r["attended"])) for r in rows]
        return Today(local, weekday, weekday in days, upcoming, sessions)

    # -- badges ------------------------------------------------------------------------------

    def issue_codes(self, count: int) -> list[str]:
        """Create ``count`` new, unused codes for printed badges."""
        if not 1 <= count <= 1000:
            raise ProgrammeError(f"badges are printed 1 to 1000 at a time, not {count}", "count")
        at = iso_utc(self.now())

        def op(conn: sqlite3.Connection) -> list[str]:
            made = []
            for _ in range(count):
                code = _unused_code(conn)
                conn.execute("INSERT INTO badge_codes(code, issued_at) VALUES (?, ?)", (code, at))
                made.append(code)
            return made

        issued = self._write(op)
        self.journal.event("programme.badges_issued", count=len(issued))
        return issued

    def mark_printed(self, printed: list[str], where: str = "") -> None:
        """Note that badges with these codes were printed (to the file ``where``)."""
        at = iso_utc(self.now())
        self._write(
            lambda conn: conn.executemany(
                "UPDATE badge_codes SET printed_at = ? WHERE code = ?", [(at, code) for code in printed]
            ).rowcount
        )
        self.journal.event("programme.badges_printed", count=len(printed), file=where)

    def unprinted_participant_codes(self) -> list[str]:
        """Registered participants whose code was never printed on a badge (registered without one)."""
        rows = self.store.query(
            "SELECT p.code FROM participants p JOIN badge_codes b ON b.code = p.code"
            " WHERE b.printed_at IS NULL AND p.purged = 0 ORDER BY p.created_at, p.code"
        )
        return [r["code"] for r in rows]


def _unused_code(conn: sqlite3.Connection) -> str:
    """A new code not yet issued or registered on this station."""
    while True:
        code = codes.new_code()
        taken = conn.execute(
            "SELECT 1 FROM badge_codes WHERE code = ? UNION SELECT 1 FROM participants WHERE code = ?", (code, code)
        ).fetchone()
        if taken is None:
            return code


def _attend_provisionally(conn: sqlite3.Connection, session_id: int, code: str, method: str, at: str) -> CheckIn:
    """Keep the check-in of a code unknown here until the next hub round settles it (twice is harmless)."""
    ended = conn.execute("SELECT ended_at FROM programme_sessions WHERE id = ?", (session_id,)).fetchone()
    if ended is None or ended[0] is not None:
        return CheckIn(NO_SESSION, code, method)
    conn.execute(
        "INSERT INTO provisional_checkins(session_id, code, checked_in_at, method) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(session_id, code) DO NOTHING",
        (session_id, code, at, method),
    )
    return CheckIn(PROVISIONAL, code, method, checked_in_count=_present(conn, session_id))


def _present(conn: sqlite3.Connection, session_id: int) -> int:
    """People checked in to a session: attendance, and provisional check-ins not settled into it."""
    return int(
        conn.execute(
            "SELECT (SELECT COUNT(*) FROM attendance WHERE session_id = :s)"
            " + (SELECT COUNT(*) FROM provisional_checkins WHERE session_id = :s AND status != 'confirmed')",
            {"s": session_id},
        ).fetchone()[0]
    )


def settle_provisional(conn: sqlite3.Connection, at: str) -> tuple[int, int]:
    """After a hub round has pulled the registry down: provisional check-ins whose code is now
    known become attendance (graduation rule applied, on the session's own day, even if the
    session has ended since); the others are marked unknown for the educator, and are looked at
    again at every round. Returns (confirmed, unknown). Runs inside the store's writer."""
    waiting = conn.execute(
        "SELECT c.session_id, c.code, c.checked_in_at, c.method, c.status, s.local_day FROM provisional_checkins c"
        " JOIN programme_sessions s ON s.id = c.session_id WHERE c.status != 'confirmed'"
        " ORDER BY c.checked_in_at, c.code"
    ).fetchall()
    confirmed = unknown = 0
    for session_id, code, checked_in_at, method, status, day in waiting:
        if conn.execute("SELECT 1 FROM participants WHERE code = ? AND purged = 0", (code,)).fetchone():
            _attend(conn, session_id, code, method, checked_in_at, day, late=True, settled_at=at)
            confirmed += 1
            continue
        unknown += 1
        if status != "unknown":
            conn.execute(
                "UPDATE provisional_checkins SET status = 'unknown', settled_at = ? WHERE session_id = ? AND code = ?",
                (at, session_id, code),
            )
    return confirmed, unknown


def _attend(
    conn: sqlite3.Connection,
    session_id: int,
    code: str,
    method: str,
    at: str,
    day: str,
    *,
    late: bool = False,
    settled_at: str | None = None,
) -> CheckIn:
    """Record attendance (once per session) and graduate the participant if this completes the rule.

    ``late``: a provisional check-in confirmed after the fact, so the session may have ended since.
    A provisional check-in of the same badge (registered here meanwhile, or confirmed by the hub)
    is settled as confirmed at ``settled_at`` (default ``at``): one person, one row.
    """
    session = conn.execute(
        "SELECT s.programme_code, s.ended_at, p.sessions_to_graduate FROM programme_sessions s"
        " JOIN programmes p ON p.code = s.programme_code WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    if session is None or (session[1] is not None and not late):
        return CheckIn(NO_SESSION, code, method)
    programme_code, _, needed = session
    inserted = conn.execute(
        "INSERT INTO attendance(session_id, participant_code, checked_in_at, method) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(session_id, participant_code) DO NOTHING",
        (session_id, code, at, method),
    ).rowcount
    conn.execute(
        "UPDATE provisional_checkins SET status = 'confirmed', settled_at = ?"
        " WHERE session_id = ? AND code = ? AND status != 'confirmed'",
        (settled_at or at, session_id, code),
    )
    # MAX: a late (confirmed) check-in never moves the last visit back in time.
    conn.execute("UPDATE participants SET last_seen_at = MAX(last_seen_at, ?) WHERE code = ?", (at, code))
    attended = int(
        conn.execute(
            "SELECT COUNT(DISTINCT a.session_id) FROM attendance a JOIN programme_sessions s ON s.id = a.session_id"
            " WHERE a.participant_code = ? AND s.programme_code = ?",
            (code, programme_code),
        ).fetchone()[0]
    )
    graduated = False
    if attended >= needed:
        graduated = (
            conn.execute(
                "INSERT INTO graduations(participant_code, programme_code, graduated_on) VALUES (?, ?, ?)"
                " ON CONFLICT(participant_code, programme_code) DO NOTHING",
                (code, programme_code, day),
            ).rowcount
            == 1
        )
    count = _present(conn, session_id)
    return CheckIn(
        CHECKED_IN if inserted else ALREADY,
        code,
        method,
        checked_in_count=count,
        sessions_attended=attended,
        sessions_needed=int(needed),
        graduated=graduated,
    )
