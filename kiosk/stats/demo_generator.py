"""The demo history generator: rows of visits, exhibit runs and programmes, a month at a time.

The patterns it follows are described in kiosk/stats/demo.py; this module only makes the rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from kiosk.programmes import codes
from kiosk.programmes.catalogue import Programme
from kiosk.stats.demo_calendar import (
    is_school_holiday,
    is_school_term_day,
    is_summer,
    public_holidays,
)

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class ExhibitProfile:
    """How visitors use an exhibit: popularity, typical active time, chance of reaching the goal."""

    weight: float
    median_active_s: float
    completion: float


EXHIBITS: dict[str, ExhibitProfile] = {
    "launch": ExhibitProfile(1.6, 95, 0.62),
    "motion_painter": ExhibitProfile(1.5, 120, 0.55),
    "ar_cards": ExhibitProfile(1.3, 110, 0.50),
    "pendulum": ExhibitProfile(1.2, 80, 0.58),
    "waves": ExhibitProfile(1.0, 85, 0.45),
    "cargo_ship": ExhibitProfile(1.0, 130, 0.48),
    "motion_wind": ExhibitProfile(0.9, 90, 0.52),
    "computer_vision": ExhibitProfile(0.8, 100, 0.40),
    "food_web": ExhibitProfile(0.7, 150, 0.35),
    "logic_gates": ExhibitProfile(0.7, 140, 0.38),
    "circuits": ExhibitProfile(0.6, 170, 0.30),
    "radio_telescope": ExhibitProfile(0.6, 160, 0.28),
}
_DEFAULT_PROFILE = ExhibitProfile(0.8, 110, 0.45)

WEEKDAY_FACTOR = (0.0, 0.8, 0.85, 0.85, 1.0, 1.9, 1.7)  # Monday closed
HOUR_WEIGHTS_WEEKDAY = (0.5, 0.8, 1.0, 1.1, 1.2, 1.3, 1.1, 0.6)  # 10:00 .. 17:00
HOUR_WEIGHTS_WEEKEND = (0.5, 1.0, 1.3, 1.4, 1.4, 1.2, 0.9, 0.5)
IDLE_TAIL_S = 90 + 15  # idle timeout plus the "are you still there?" countdown


@dataclass(frozen=True)
class DemoPlan:
    """What to generate: ``days`` days ending on ``end`` (inclusive) for ``stations``."""

    days: int
    stations: tuple[str, ...]
    end: dt.date
    seed: int = 1
    timezone: str = "Europe/Riga"
    after_school_days: tuple[str, ...] = ("tuesday", "thursday")
    visits_per_day: float = 70.0
    open_hour: int = 10
    close_hour: int = 18
    #: A centre (kiosk demo-data --hub): the chance that a programme session brings in someone
    #: registered at another station earlier (joining that group from then on). 0: every person
    #: belongs to one station, as a single database has it.
    shared_people: float = 0.0
    #: End a chunk at each week's end too (a centre replicates between chunks).
    weekly_chunks: bool = False

    def __post_init__(self) -> None:
        if self.days < 1:
            raise ValueError("days must be at least 1")
        if not self.stations or len(set(self.stations)) != len(self.stations):
            raise ValueError("give at least one station, each id once")
        # Times are converted with the day's noon offset, right for any time after 04:00.
        if not 5 <= self.open_hour < self.close_hour <= 22:
            raise ValueError("opening hours must lie between 05:00 and 22:00")
        if not 0.0 <= self.shared_people <= 1.0:
            raise ValueError("shared_people is a probability, from 0 to 1")

    @property
    def first(self) -> dt.date:
        return self.end - dt.timedelta(days=self.days - 1)


def station_ids(first: str, count: int) -> tuple[str, ...]:
    """``count`` station ids starting with ``first``: kiosk-1 -> kiosk-1, kiosk-2, ..."""
    if count < 1:
        raise ValueError("stations must be at least 1")
    stem, _, number = first.rpartition("-")
    if stem and number.isdigit():
        start = int(number)
        return tuple(f"{stem}-{start + i}" for i in range(count))
    return (first, *(f"{first}-{i}" for i in range(2, count + 1)))


@dataclass
class Chunk:
    """Rows for one stretch of days, in the order they must be inserted."""

    participants: list[tuple] = field(default_factory=list)
    sessions: list[tuple] = field(default_factory=list)
    visits: list[tuple] = field(default_factory=list)
    runs: list[tuple] = field(default_factory=list)
    attendance: list[tuple] = field(default_factory=list)
    graduations: list[tuple] = field(default_factory=list)
    last_seen: dict[str, str] = field(default_factory=dict)
    #: code -> the station where the participant registered (their badge was printed there)
    home: dict[str, str] = field(default_factory=dict)

    def size(self) -> int:
        return len(self.visits) + len(self.runs) + len(self.attendance)


@dataclass
class DemoSummary:
    visits: int = 0
    runs: int = 0
    sessions: int = 0
    participants: int = 0
    attendance: int = 0
    graduations: int = 0
    seconds: float = 0.0

    def add(self, chunk: Chunk) -> None:
        self.visits += len(chunk.visits)
        self.runs += len(chunk.runs)
        self.sessions += len(chunk.sessions)
        self.participants += len(chunk.participants)
        self.attendance += len(chunk.attendance)
        self.graduations += len(chunk.graduations)

    def describe(self) -> str:
        return (f"{self.visits:,} visits, {self.runs:,} exhibit runs, {self.sessions:,} programme sessions, "
                f"{self.participants:,} participants, {self.attendance:,} check-ins, "
                f"{self.graduations:,} graduations in {self.seconds:.1f} s")


_HMS: list[str] = []


def _hms_table() -> list[str]:
    if not _HMS:
        _HMS.extend(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86_400))
    return _HMS


@dataclass
class _Cohort:
    programme: Programme
    members: list[tuple[str, float, int]]  # code, attendance probability, drops out after n sessions (0: never)
    attended: dict[str, int] = field(default_factory=dict)


@dataclass
class _Slot:
    """A programme session in a day's schedule at one station (local seconds of the day)."""

    programme: Programme
    start_s: int
    length_s: int
    cohort_key: tuple


class DemoGenerator:
    """Generates the rows of a DemoPlan, chronologically, a chunk at a time."""

    def __init__(
        self,
        plan: DemoPlan,
        programmes: tuple[Programme, ...],
        *,
        first_ids: tuple[int, int, int] = (1, 1, 1),
        taken_codes: set[str] | None = None,
    ) -> None:
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.zone = ZoneInfo(plan.timezone)
        self.programmes = {p.code: p for p in programmes}
        self.next_visit, self.next_run, self.next_session = first_ids
        self.taken_codes = set(taken_codes or ())
        self.after_school_weekdays = {WEEKDAY_NAMES.index(name) for name in plan.after_school_days}
        self.station_factor = {s: self.rng.uniform(0.7, 1.3) for s in plan.stations}
        self.exhibit_ids = list(EXHIBITS)
        self.exhibit_cum = _cumulative([EXHIBITS[e].weight for e in self.exhibit_ids])
        self.cohorts: dict[tuple, _Cohort] = {}
        self.semester_plan: dict[tuple, list[Programme]] = {}
        self.hms = _hms_table()
        # People other stations can know by now (registered in an earlier chunk, so replicated
        # through the hub's registry): target group -> [(code, home station)].
        self.known_people: dict[str, list[tuple[str, str]]] = {}
        self._registered: list[tuple[str, str, str]] = []  # this chunk's: (group, code, station)
        self.graduated: set[tuple[str, str]] = set()  # (code, programme)

    # -- the calendar ----------------------------------------------------------------------------

    def is_open(self, day: dt.date) -> bool:
        if day.weekday() == 0:
            return False
        return (day.month, day.day) not in {(12, 24), (12, 25), (12, 31), (1, 1), (6, 23), (6, 24)}

    def day_mean(self, station: str, day: dt.date) -> float:
        weekday = day.weekday()
        factor = WEEKDAY_FACTOR[weekday]
        if day in public_holidays(day.year):
            factor = max(factor, 1.8)
        elif weekday < 5 and is_school_holiday(day):
            factor *= 1.5
        if is_summer(day):
            factor *= 1.3 if weekday < 5 else 1.1
        season = 1 + 0.12 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)
        growth = 1 + 0.08 * (day - self.plan.first).days / 365.25
        return self.plan.visits_per_day * self.station_factor[station] * factor * season * growth

    # -- rows ------------------------------------------------------------------------------------

    def chunks(self, max_rows: int = 250_000) -> Iterator[Chunk]:
        chunk = Chunk()
        day = self.plan.first
        while day <= self.plan.end:
            if self.is_open(day):
                for index, station in enumerate(self.plan.stations):
                    self._station_day(chunk, index, station, day)
            following = day + dt.timedelta(days=1)
            week_ends = self.plan.weekly_chunks and following.weekday() == 0
            if following.month != day.month or week_ends or chunk.size() >= max_rows or following > self.plan.end:
                yield chunk
                self._release_registered()
                chunk = Chunk()
            day = following

    def _release_registered(self) -> None:
        """The last chunk's registrations have reached the hub: other stations may see them now."""
        for group, code, station in self._registered:
            self.known_people.setdefault(group, []).append((code, station))
        self._registered.clear()

    def _stamp_fn(self, day: dt.date) -> Callable[[float], str]:
        offset = self.zone.utcoffset(dt.datetime(day.year, day.month, day.day, 12))
        offset_s = int(offset.total_seconds()) if offset is not None else 0
        prefix = day.isoformat() + "T"
        hms = self.hms

        def stamp(local_s: float) -> str:
            utc_s = local_s - offset_s
            whole = int(utc_s)
            return f"{prefix}{hms[whole]}.{int((utc_s - whole) * 1000):03d}Z"

        return stamp

    def _station_day(self, chunk: Chunk, index: int, station: str, day: dt.date) -> None:
        rng = self.rng
        stamp = self._stamp_fn(day)
        local_day = day.isoformat()
        open_s, close_s = self.plan.open_hour * 3600, self.plan.close_hour * 3600
        slots = self._schedule(index, station, day)
        locked = [(s.start_s - 120, s.start_s + s.length_s) for s in slots]

        weekend = day.weekday() >= 5 or day in public_holidays(day.year)
        hours = HOUR_WEIGHTS_WEEKEND if weekend else HOUR_WEIGHTS_WEEKDAY
        hour_cum = _cumulative(hours)
        mean = self.day_mean(station, day)
        count = max(0, round(rng.gauss(mean, math.sqrt(mean) * 1.4)))
        starts = []
        for _ in range(count):
            hour = rng.choices(range(len(hours)), cum_weights=hour_cum)[0]
            starts.append(open_s + hour * 3600 + rng.random() * 3600)
        if is_school_term_day(day) and rng.random() < 0.3:  # a class on a school trip
            arrival = open_s + rng.uniform(0, 2.5) * 3600
            starts += [arrival + rng.random() * 3600 for _ in range(rng.randint(12, 20))]
        starts.sort()
        summer = is_summer(day)
        for start in starts:
            if start > close_s - 60 or any(a <= start <= b for a, b in locked):
                continue
            self._visit(chunk, station, local_day, stamp, start, close_s, self._language(summer), None, None)

        for slot in slots:
            self._session(chunk, station, day, local_day, stamp, slot, close_s)

    def _language(self, summer: bool) -> str:
        roll = self.rng.random()
        if summer:
            return "lv" if roll < 0.55 else "ru" if roll < 0.77 else "en"
        return "lv" if roll < 0.64 else "ru" if roll < 0.88 else "en"

    def _visit(
        self, chunk: Chunk, station: str, local_day: str, stamp: Callable[[float], str], start: float,
        close_s: float, language: str, session_id: int | None, exhibits: tuple[str, ...] | None,
    ) -> None:
        if start > close_s - 60:
            return
        cut_reason = "session" if session_id is not None else "closed"  # what ends a visit at close_s
        rng = self.rng
        visit_id = self.next_visit
        self.next_visit += 1
        runs = 1 + min(7, int(rng.expovariate(0.6)))
        t = start + rng.uniform(3, 20)
        end_reason = "idle"
        for _ in range(runs):
            if t > close_s - 30:
                end_reason = cut_reason
                break
            if exhibits:
                exhibit = rng.choice(exhibits)
            else:
                exhibit = self.exhibit_ids[rng.choices(range(len(self.exhibit_ids)), cum_weights=self.exhibit_cum)[0]]
            profile = EXHIBITS.get(exhibit, _DEFAULT_PROFILE)
            run_start = t + rng.uniform(2, 10)  # reading the instruction card
            active_s = profile.median_active_s * rng.lognormvariate(0, 0.6)
            roll = rng.random()
            if roll < 0.002:
                outcome, active_s, score = "error", min(active_s, 20.0), None
            elif roll < 0.002 + profile.completion * min(1.0, 0.5 + active_s / (2 * profile.median_active_s)):
                outcome, score = "completed", float(rng.randint(40, 100))
            else:
                outcome, score = "abandoned", None
            run_end = run_start + active_s + rng.uniform(1, 5)
            if run_end > close_s:
                run_end, active_s, end_reason = close_s, max(0.0, close_s - run_start), cut_reason
            chunk.runs.append((
                self.next_run, visit_id, exhibit, stamp(run_start), stamp(run_end), local_day,
                int(active_s * 1000), outcome, score, max(1, int(active_s / rng.uniform(3, 8))),
            ))
            self.next_run += 1
            t = run_end
            if end_reason != "idle":
                break
        ended = min(close_s, t + IDLE_TAIL_S) if end_reason == "idle" else close_s
        if ended >= close_s:
            end_reason = cut_reason
        chunk.visits.append(
            (visit_id, station, stamp(start), stamp(ended), local_day, language, end_reason, session_id)
        )

    # -- programmes ------------------------------------------------------------------------------

    def _schedule(self, index: int, station: str, day: dt.date) -> list[_Slot]:
        """The programme sessions at a station on a day."""
        if not (day.month >= 9 or day.month <= 5) or is_school_holiday(day) or day in public_holidays(day.year):
            return []
        school_year = day.year if day.month >= 9 else day.year - 1
        half = "autumn" if day.month >= 9 else "spring"
        weekday = day.weekday()
        slots = []
        if weekday in self.after_school_weekdays:
            chosen = self._semester_programmes(station, school_year, half)
            position = sorted(self.after_school_weekdays).index(weekday)
            for slot_index, start_h in enumerate((14.5, 16.25)):
                programme = chosen[(position * 2 + slot_index) % len(chosen)]
                key = (station, programme.code, school_year, half)
                slots.append(_Slot(programme, int(start_h * 3600), 90 * 60, key))
        workshops = [p for p in self.programmes.values() if p.target_group == "teachers"]
        if weekday == 2 and day.day <= 7 and index % 2 == 0 and workshops:
            programme = workshops[day.month % len(workshops)]
            slots.append(_Slot(programme, 14 * 3600, 120 * 60, (station, programme.code, school_year)))
        adults = [p for p in self.programmes.values() if p.target_group == "adults"]
        weekly = [p for p in adults if "family" not in p.tags]
        family = [p for p in adults if "family" in p.tags]
        if weekday == 5 and day.isocalendar()[1] % 2 == 0 and index % 3 == 0 and weekly:
            slots.append(_Slot(weekly[0], 11 * 3600, 90 * 60, (station, weekly[0].code, school_year, half)))
        if weekday == 6 and day.day > 24 and family:
            slots.append(_Slot(family[0], 12 * 3600, 90 * 60, (station, family[0].code, school_year, half)))
        return slots

    def _semester_programmes(self, station: str, school_year: int, half: str) -> list[Programme]:
        key = (station, school_year, half)
        if key not in self.semester_plan:
            pool = [p for p in self.programmes.values()
                    if "after-school" in p.tags and p.target_group in ("children", "youth")]
            count = min(len(pool), 2 * max(1, len(self.after_school_weekdays)))
            self.semester_plan[key] = self.rng.sample(pool, count) if pool else []
        return self.semester_plan[key]

    def _session(
        self, chunk: Chunk, station: str, day: dt.date, local_day: str, stamp: Callable[[float], str],
        slot: _Slot, close_s: float,
    ) -> None:
        rng = self.rng
        session_id = self.next_session
        self.next_session += 1
        start = slot.start_s + rng.uniform(-300, 300)
        planned_end = slot.start_s + slot.length_s
        early = rng.random() < 0.7
        ended = planned_end - rng.uniform(0, 600) if early else planned_end
        chunk.sessions.append((session_id, slot.programme.code, station, stamp(start), stamp(planned_end),
                               stamp(ended), local_day, "educator" if early else "planned_end"))
        cohort = self.cohorts.get(slot.cohort_key)
        if cohort is None:
            cohort = self.cohorts[slot.cohort_key] = self._new_cohort(
                chunk, station, slot.programme, stamp(start), day
            )
        # Teachers go to the centre's workshops wherever they are held: they move most.
        chance = self.plan.shared_people * (3 if slot.programme.target_group == "teachers" else 1)
        if self.plan.shared_people and rng.random() < min(1.0, chance):
            self._bring_in_someone_from_elsewhere(cohort, station)
        needed = slot.programme.sessions_to_graduate
        present = []
        for position, (code, probability, drops_after) in enumerate(cohort.members):
            attended = cohort.attended.get(code, 0)
            if drops_after and attended >= drops_after:
                continue
            if rng.random() > probability:
                continue
            checked_in = stamp(start + 30 + position * rng.uniform(5, 25))
            chunk.attendance.append((session_id, code, checked_in, "qr" if rng.random() < 0.85 else "manual"))
            chunk.last_seen[code] = checked_in
            cohort.attended[code] = attended + 1
            if attended + 1 == needed and (code, slot.programme.code) not in self.graduated:
                # Once per programme: in a centre someone may meet the rule in a second group too.
                self.graduated.add((code, slot.programme.code))
                chunk.graduations.append((code, slot.programme.code, local_day))
            present.append(code)
        exhibits = slot.programme.exhibits or tuple(self.exhibit_ids)
        for _ in present:
            if rng.random() < 0.7:
                visit_start = start + rng.uniform(300, max(600, ended - start - 300))
                self._visit(chunk, station, local_day, stamp, visit_start, min(close_s, ended), "lv",
                            session_id, exhibits)

    def _bring_in_someone_from_elsewhere(self, cohort: _Cohort, station: str) -> None:
        """Someone registered at another station joins this group: their badge, printed there,
        is checked in here (the station knows the code from the hub's registry)."""
        members = {code for code, _p, _d in cohort.members}
        candidates = [
            code for code, home in self.known_people.get(cohort.programme.target_group, ())
            if home != station and code not in members
        ]
        if candidates:
            code = self.rng.choice(candidates)
            cohort.members.append((code, self.rng.uniform(0.65, 0.98), 0))

    def _new_cohort(
        self, chunk: Chunk, station: str, programme: Programme, created_at: str, day: dt.date
    ) -> _Cohort:
        rng = self.rng
        group = programme.target_group
        size = rng.randint(6, 12) if group in ("teachers", "adults") else rng.randint(8, 14)
        grade_letter = rng.choice("abcd")
        members = []
        for _ in range(size):
            code = self._code()
            age, role, label = self._person(programme, grade_letter)
            gender = self._gender(programme, role)
            chunk.participants.append((code, age, gender, role, label, created_at, created_at))
            chunk.home[code] = station
            if self.plan.shared_people:
                self._registered.append((group, code, station))
            drops_after = rng.randint(1, 6) if rng.random() < 0.12 else 0
            members.append((code, rng.uniform(0.65, 0.98), drops_after))
        return _Cohort(programme, members)

    def _person(self, programme: Programme, grade_letter: str) -> tuple[str, str, str | None]:
        rng = self.rng
        group = programme.target_group
        roll = rng.random()
        if group == "children":
            if "family" in programme.tags:
                return "9-12", "pupil", None
            age = "5-8" if roll < 0.25 else "9-12"
            grade = rng.randint(1, 2) if age == "5-8" else rng.randint(3, 6)
            return age, "pupil", f"{grade}.{grade_letter}"
        if group == "youth":
            if roll < 0.55:
                return "13-15", "pupil", f"{rng.randint(7, 9)}.{grade_letter}"
            if roll < 0.95:
                return "16-18", "pupil" if rng.random() < 0.8 else "student", None
            return "19-25", "student", None
        if group == "teachers":
            return ("26-64" if roll < 0.9 else "19-25" if roll < 0.95 else "65+"), "teacher", None
        if "family" in programme.tags and roll < 0.35:
            return "9-12", "pupil", None
        if roll < 0.15:
            return "19-25", "student" if rng.random() < 0.5 else "adult", None
        return ("26-64" if roll < 0.75 else "65+"), "adult", None

    def _gender(self, programme: Programme, role: str) -> str:
        if role == "teacher":
            female = 0.82
        elif programme.subject in ("engineering", "computing"):
            female = 0.38
        elif programme.subject in ("biology", "chemistry"):
            female = 0.58
        else:
            female = 0.49 if role != "adult" else 0.6
        roll = self.rng.random()
        if roll < 0.01:
            return "another"
        if roll < 0.04:
            return "not_said"
        return "female" if roll < 0.04 + female * 0.96 else "male"

    def _code(self) -> str:
        while True:
            body = "".join(self.rng.choice(codes.ALPHABET) for _ in range(codes.BODY_LENGTH))
            code = body + codes.check_character(body)
            if code not in self.taken_codes:
                self.taken_codes.add(code)
                return code


def _cumulative(weights: tuple[float, ...] | list[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out
