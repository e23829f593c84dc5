"""Helpers for the statistics tests: hand-made rows, an independent recount, and readers for
the exported CSV, XLSX and PDF files.

The recount never uses the ``local_day`` columns or the engine's SQL: it loads the raw rows and
works out each row's local day from its UTC stamp with zoneinfo, then counts in plain Python.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sqlite3
import unicodedata
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.journal import Journal, RunResult
from kiosk.store import Store

RIGA = ZoneInfo("Europe/Riga")
DEMO_END = dt.date(2026, 11, 22)
DEMO_DAYS = 270  # from 2026-02-26: both 2026 daylight-saving changes are inside
DEMO_STATIONS = ("kiosk-1", "kiosk-2", "kiosk-3")


def utc_of(local: str) -> dt.datetime:
    """'2026-03-29 00:30' on the Riga clock -> the UTC instant."""
    return dt.datetime.fromisoformat(local).replace(tzinfo=RIGA).astimezone(dt.UTC)


def local_date_of(stamp: str) -> dt.date:
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(RIGA).date()


# -- hand-made rows --------------------------------------------------------------------------

class Rows:
    """Writes rows as the kiosk would: visits and runs through the real Journal (with a set clock),
    programme rows with plain SQL following the schema of migration 3."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        self.journals: dict[str, Journal] = {}
        self.session_ids = 0
        self.codes = 0

    def _journal(self, station: str) -> Journal:
        if station not in self.journals:
            self.store.flush()
            self.journals[station] = Journal(self.store, station, clock=lambda: self.now)
        return self.journals[station]

    def visit(self, local: str, station: str = "kiosk-1", language: str = "lv", minutes: float = 5,
              runs: tuple[tuple[str, float, str], ...] = (), session: int | None = None) -> int:
        """A visit starting at a local wall time, with runs (exhibit, minutes after start, outcome)."""
        journal = self._journal(station)
        start = utc_of(local)
        self.now = start
        visit_id = journal.start_visit(language, session)
        for exhibit, offset_min, outcome in runs:
            self.now = start + dt.timedelta(minutes=offset_min)
            run_id = journal.start_run(visit_id, exhibit)
            self.now += dt.timedelta(seconds=60)
            journal.end_run(run_id, RunResult(outcome, score=10 if outcome == "completed" else None,
                                              interactions=3, active_ms=55_000))
        self.now = start + dt.timedelta(minutes=minutes)
        journal.end_visit(visit_id, "idle")
        return visit_id

    def programme(self, code: str, tags: tuple[str, ...] = (), subject: str = "physics", needed: int = 2) -> None:
        self.store.execute(
            "INSERT INTO programmes(code, subject, target_group, tags, sessions_to_graduate, title_lv, title_en,"
            " title_ru) VALUES (?, ?, 'children', ?, ?, ?, ?, ?)",
            (code, subject, json.dumps(list(tags)), needed, f"{code} lv", f"{code} en", f"{code} ru"),
        )

    def session(self, code: str, local: str, station: str = "kiosk-1") -> int:
        self.session_ids += 1
        start = utc_of(local)
        iso = start.isoformat().replace("+00:00", "Z")
        end = (start + dt.timedelta(minutes=90)).isoformat().replace("+00:00", "Z")
        self.store.execute(
            "INSERT INTO programme_sessions(id, programme_code, station_id, started_at, planned_end_at, ended_at,"
            " local_day, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, 'educator')",
            (self.session_ids, code, station, iso, end, end, start.astimezone(RIGA).date().isoformat()),
        )
        return self.session_ids

    def participant(self, gender: str = "female", age: str = "9-12", role: str = "pupil") -> str:
        self.codes += 1
        code = f"T{self.codes:05d}"
        self.store.execute(
            "INSERT INTO participants(code, age_band, gender, role, created_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')", (code, age, gender, role))
        return code

    def attend(self, session_id: int, *codes: str) -> None:
        for code in codes:
            self.store.execute(
                "INSERT INTO attendance(session_id, participant_code, checked_in_at, method)"
                " VALUES (?, ?, '2026-01-01T00:00:00Z', 'qr')", (session_id, code))

    def graduate(self, code: str, programme: str, day: str) -> None:
        self.store.execute("INSERT INTO graduations(participant_code, programme_code, graduated_on) VALUES (?, ?, ?)",
                           (code, programme, day))

    def done(self) -> sqlite3.Connection:
        assert self.store.flush()
        return self.store.reader()


# -- the independent recount -----------------------------------------------------------------

_RAW: dict[tuple, dict] = {}


def _raw_rows(conn: sqlite3.Connection) -> dict:
    """Every raw row, and each stamp's local day by zoneinfo (cached per unchanged database file)."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    sizes = tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in (
        "visits", "exhibit_runs", "programme_sessions", "participants", "attendance", "graduations", "programmes"))
    key = (path, sizes)
    if key in _RAW:
        return _RAW[key]
    conn.row_factory = sqlite3.Row
    try:
        raw = {
            "visits": [dict(r) for r in conn.execute("SELECT * FROM visits")],
            "runs": [dict(r) for r in conn.execute("SELECT * FROM exhibit_runs")],
            "sessions": {s["id"]: dict(s) for s in conn.execute("SELECT * FROM programme_sessions")},
            "people": {p["code"]: dict(p) for p in conn.execute("SELECT * FROM participants")},
            "programmes": {p["code"]: dict(p, tags=json.loads(p["tags"]))
                           for p in conn.execute("SELECT * FROM programmes")},
            "attendance": [dict(a) for a in conn.execute("SELECT * FROM attendance")],
            "graduations": [dict(g) for g in conn.execute("SELECT * FROM graduations")],
        }
    finally:
        conn.row_factory = None
    raw["visit_station"] = {v["id"]: v["station_id"] for v in raw["visits"]}
    stamps = [v["started_at"] for v in raw["visits"]] + [r["started_at"] for r in raw["runs"]] + [
        s["started_at"] for s in raw["sessions"].values()]
    raw["local"] = {stamp: local_date_of(stamp) for stamp in stamps}
    _RAW.clear()  # keep one database in memory
    _RAW[key] = raw
    return raw


@dataclass
class Recount:
    """KPI figures recounted from raw rows in plain Python."""

    conn: sqlite3.Connection
    first: dt.date
    last: dt.date
    station: str | None = None
    visits: list[dict] = field(default_factory=list)
    runs: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        raw = _raw_rows(self.conn)
        self.visit_station = raw["visit_station"]
        self.local = raw["local"]
        self.visits = [v for v in raw["visits"] if self._in(v["started_at"], v["station_id"])]
        self.runs = [r for r in raw["runs"] if self._in(r["started_at"], self.visit_station[r["visit_id"]])]
        self.sessions = raw["sessions"]
        self.people = raw["people"]
        self.programmes = raw["programmes"]
        self.attendance = raw["attendance"]
        self.graduations = raw["graduations"]

    def _in(self, stamp: str, station: str) -> bool:
        return self.first <= self.local[stamp] <= self.last and (self.station is None or station == self.station)

    def sessions_in_period(self) -> list[dict]:
        return [s for s in self.sessions.values() if self._in(s["started_at"], s["station_id"])]

    def attendees(self, roles=(), ages=(), tag="") -> dict[str, dict]:
        session_ids = {s["id"]: s for s in self.sessions_in_period()}
        found = {}
        for a in self.attendance:
            session = session_ids.get(a["session_id"])
            if session is None:
                continue
            person = self.people[a["participant_code"]]
            if (roles and person["role"] not in roles) or (ages and person["age_band"] not in ages):
                continue
            if tag and tag not in self.programmes[session["programme_code"]]["tags"]:
                continue
            found[person["code"]] = person
        return found

    def graduates(self) -> list[dict]:
        out = []
        for g in self.graduations:
            if not self.first.isoformat() <= g["graduated_on"] <= self.last.isoformat():
                continue
            if self.station is not None:
                here = any(
                    a["participant_code"] == g["participant_code"]
                    and self.sessions[a["session_id"]]["programme_code"] == g["programme_code"]
                    and self.sessions[a["session_id"]]["station_id"] == self.station
                    for a in self.attendance
                )
                if not here:
                    continue
            out.append(dict(g, person=self.people[g["participant_code"]]))
        return out

    def kpis(self) -> dict[str, float]:
        """Every KPI of the table, recounted."""
        from kiosk.stats.definitions import ADULT_AGE_BANDS, CHILD_AGE_BANDS

        sessions = self.sessions_in_period()
        after_school_days = {self.local[s["started_at"]] for s in sessions
                             if "after-school" in self.programmes[s["programme_code"]]["tags"]}
        weeks = {d.isocalendar()[:2] for d in after_school_days}
        non_teachers = ("pupil", "student", "adult")
        return {
            "visitors": len(self.visits),
            "exhibit_runs": len(self.runs),
            "exhibit_completions": sum(1 for r in self.runs if r["outcome"] == "completed"),
            "exhibit_active_minutes": round(sum(r["active_ms"] for r in self.runs) / 60_000, 1),
            "pupils_students": len(self.attendees(roles=("pupil", "student"))),
            "teachers": len(self.attendees(roles=("teacher",))),
            "graduates": len(self.graduates()),
            "programmes_offered": len({s["programme_code"] for s in sessions}),
            "after_school_days": round(len(after_school_days) / len(weeks), 2) if weeks else 0.0,
            "digital_children": len(self.attendees(non_teachers, CHILD_AGE_BANDS, "digital-skills")),
            "digital_adults": len(self.attendees(non_teachers, ADULT_AGE_BANDS, "digital-skills")),
            "digital_teachers": len(self.attendees(roles=("teacher",), tag="digital-skills")),
            "girls_share": self.girls_share(self.attendees(roles=("pupil", "student"))),
        }

    @staticmethod
    def girls_share(people: dict[str, dict], min_cell: int = 1) -> float:
        """Per cent of girls among these people (0 when there are fewer than min_cell)."""
        if len(people) < min_cell or not people:
            return 0.0
        return round(100 * sum(p["gender"] == "female" for p in people.values()) / len(people), 1)

    def girls_share_groups(self) -> dict[str, dict[str, dict]]:
        """Distinct pupils and students by "programme-<code>" and "subject-<subject>"."""
        session_ids = {s["id"]: s for s in self.sessions_in_period()}
        groups: dict[str, dict[str, dict]] = {}
        for a in self.attendance:
            session = session_ids.get(a["session_id"])
            person = self.people[a["participant_code"]]
            if session is None or person["role"] not in ("pupil", "student"):
                continue
            code = session["programme_code"]
            for name in (f"programme-{code}", f"subject-{self.programmes[code]['subject']}"):
                groups.setdefault(name, {})[person["code"]] = person
        return groups

    def kpi_cells(self) -> dict[tuple[str, str], float]:
        """(kpi, cell name) -> raw (unsuppressed) value, for every breakdown cell."""
        from kiosk.stats.definitions import ADULT_AGE_BANDS, CHILD_AGE_BANDS

        cells: dict[tuple[str, str], float] = {}
        by_station = Counter(v["station_id"] for v in self.visits)
        by_language = Counter(v["language"] for v in self.visits)
        for station, n in by_station.items():
            cells[("visitors", f"station-{station}")] = n
        for language, n in by_language.items():
            cells[("visitors", f"lang-{language}")] = n
        for exhibit in {r["exhibit_id"] for r in self.runs}:
            mine = [r for r in self.runs if r["exhibit_id"] == exhibit]
            cells[("exhibit_runs", f"exhibit-{exhibit}")] = len(mine)
            cells[("exhibit_completions", f"exhibit-{exhibit}")] = sum(r["outcome"] == "completed" for r in mine)
            minutes = round(sum(r["active_ms"] for r in mine) / 60_000, 1)
            cells[("exhibit_active_minutes", f"exhibit-{exhibit}")] = minutes
        non_teachers = ("pupil", "student", "adult")
        groups = {
            "pupils_students": self.attendees(roles=("pupil", "student")),
            "teachers": self.attendees(roles=("teacher",)),
            "digital_children": self.attendees(non_teachers, CHILD_AGE_BANDS, "digital-skills"),
            "digital_adults": self.attendees(non_teachers, ADULT_AGE_BANDS, "digital-skills"),
            "digital_teachers": self.attendees(roles=("teacher",), tag="digital-skills"),
        }
        for kpi, people in groups.items():
            for person in people.values():
                for name in (f"gender-{person['gender']}", f"age-{person['age_band']}", f"role-{person['role']}",
                             f"gender-{person['gender']}.age-{person['age_band']}"):
                    cells[(kpi, name)] = cells.get((kpi, name), 0) + 1
        for g in self.graduates():
            person = g["person"]
            for name in (f"gender-{person['gender']}", f"age-{person['age_band']}", f"role-{person['role']}",
                         f"programme-{g['programme_code']}"):
                cells[("graduates", name)] = cells.get(("graduates", name), 0) + 1
        sessions = self.sessions_in_period()
        for code in {s["programme_code"] for s in sessions}:
            subject = self.programmes[code]["subject"]
            cells[("programmes_offered", f"subject-{subject}")] = cells.get(
                ("programmes_offered", f"subject-{subject}"), 0) + 1
        days = {self.local[s["started_at"]] for s in sessions
                if "after-school" in self.programmes[s["programme_code"]]["tags"]}
        cells[("after_school_days", "weeks-days")] = len(days)
        cells[("after_school_days", "weeks-active")] = len({d.isocalendar()[:2] for d in days})
        for name, people in self.girls_share_groups().items():
            cells[("girls_share", name)] = self.girls_share(people)
        return cells

    def visitors_daily(self) -> dict[tuple[str, str], Counter]:
        out: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for v in self.visits:
            out[(local_date_of(v["started_at"]).isoformat(), v["station_id"])][v["language"]] += 1
        return out

    def exhibits(self) -> dict[str, tuple[int, int, float]]:
        out = {}
        for exhibit in {r["exhibit_id"] for r in self.runs}:
            mine = [r for r in self.runs if r["exhibit_id"] == exhibit]
            out[exhibit] = (len(mine), sum(r["outcome"] == "completed" for r in mine),
                            sum(r["active_ms"] for r in mine) / 60_000)
        return out

    def exhibit_daily(self) -> dict[tuple[str, str], tuple[int, int, float]]:
        out: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, 0])
        for r in self.runs:
            key = (local_date_of(r["started_at"]).isoformat(), r["exhibit_id"])
            out[key][0] += 1
            out[key][1] += r["outcome"] == "completed"
            out[key][2] += r["active_ms"]
        return {k: (v[0], v[1], v[2] / 60_000) for k, v in out.items()}

    def programme_rows(self) -> dict[str, tuple[int, int, int, int]]:
        """code -> (sessions, days, distinct participants, graduations)."""
        sessions = self.sessions_in_period()
        graduates = Counter(g["programme_code"] for g in self.graduates())
        out = {}
        for code in {s["programme_code"] for s in sessions} | set(graduates):
            mine = [s for s in sessions if s["programme_code"] == code]
            ids = {s["id"] for s in mine}
            people = {a["participant_code"] for a in self.attendance if a["session_id"] in ids}
            out[code] = (len(mine), len({local_date_of(s["started_at"]) for s in mine}), len(people), graduates[code])
        return out


# -- reading exports back --------------------------------------------------------------------

def read_csv_folder(folder: Path) -> dict[str, list[list[str]]]:
    """table name -> rows (header first); checks each file starts with a UTF-8 byte-order mark."""
    tables = {}
    for path in sorted(folder.glob("*.csv")):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no UTF-8 BOM"
        with open(path, encoding="utf-8-sig", newline="") as handle:
            tables[path.stem] = list(csv.reader(handle))
    return tables


def read_xlsx(path: Path, language: str) -> dict[str, list[list[object]]]:
    """table name -> rows (header first), continuation sheets joined; the summary from its header row."""
    import openpyxl

    from kiosk.stats.texts import text

    names = {text(f"sheet_{name}", language)[:31]: name for name in (
        "kpis", "breakdowns", "visitors_daily", "exhibits", "exhibit_daily", "programmes", "visits", "exhibit_runs")}
    workbook = openpyxl.load_workbook(path, read_only=True)
    tables: dict[str, list[list[object]]] = {}
    try:
        for sheet in workbook.worksheets:
            base = re.sub(r" \(\d+\)$", "", sheet.title)
            name = names[base]
            values = [list(r) for r in sheet.iter_rows(values_only=True)]
            if name == "kpis":
                values = values[2:]  # title and period lines above the header
                end = next((i for i, r in enumerate(values) if all(v is None for v in r)), len(values))
                values = values[:end]
            if name in tables:
                tables[name].extend(values[1:])
            else:
                tables[name] = values
    finally:
        workbook.close()
    return tables


@dataclass
class PdfText:
    """What a PDF shows: ``cells`` are the separate strings (one per drawn text), ``text`` all of it."""

    cells: list[str]
    text: str


def pdf_text(path: Path) -> PdfText:
    """The text a PDF shows, read from the file itself: inflate its content streams, map each
    font's glyph codes to characters through the font's ToUnicode CMap, and rebuild each drawn
    string from its glyphs. Qt writes a text object (BT..ET) per run of one font and script, so
    runs on the same baseline that follow each other without a gap are joined again."""
    data = path.read_bytes()
    objects = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}

    def stream(body: bytes) -> bytes | None:
        """A stream's bytes, cut by its /Length (compressed data may contain anything)."""
        m = re.search(rb"stream\r?\n", body)
        if not m:
            return None
        head = body[:m.start()]
        length = re.search(rb"/Length (\d+)(?: 0 R)?", head)
        if length is None:
            return None
        size = int(length.group(1))
        if length.group(0).endswith(b"R"):  # an indirect length: the number is in that object
            size = int(objects[size].strip().split()[0])
        raw = body[m.end():m.end() + size]
        return zlib.decompress(raw) if b"/FlateDecode" in head else raw

    cmaps = {}
    for number, body in objects.items():
        m = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if not m:
            continue
        cmap = stream(objects[int(m.group(1))]) or b""
        mapping: dict[int, str] = {}
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
            for a, b in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                mapping[int(a, 16)] = bytes.fromhex(b.decode()).decode("utf-16-be")
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
            for a, b, c in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
                codes = range(int(a, 16), int(b, 16) + 1)
                if c.startswith(b"["):
                    for code, target in zip(codes, re.findall(rb"<([0-9A-Fa-f]+)>", c), strict=False):
                        mapping[code] = bytes.fromhex(target.decode()).decode("utf-16-be")
                else:
                    for offset, code in enumerate(codes):
                        mapping[code] = chr(int(c[1:-1], 16) + offset)
        cmaps[number] = mapping
    fonts = {name.decode(): cmaps[int(ref)] for body in objects.values()
             for name, ref in re.findall(rb"/(F\d+) (\d+) 0 R", body) if int(ref) in cmaps}
    assert fonts, "the PDF has no fonts with a ToUnicode map: its text cannot be read back"
    cells: list[str] = []
    for body in objects.values():
        content = stream(body) if b"stream" in body else None
        if not content or b"BT" not in content:
            continue
        previous: tuple[float, float, float] | None = None  # baseline y, last glyph x, glyph advance
        for block in re.findall(rb"BT(.*?)ET", content, re.S):
            font: dict[int, str] = {}
            chars: list[str] = []
            x = y = None
            advances: list[float] = []
            for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|(-?[\d.]+) (-?[\d.]+) Td|<([0-9A-Fa-f]+)> Tj", block):
                if token.group(1):
                    font = fonts.get(token.group(1).decode(), {})
                elif token.group(2):
                    dx, dy = float(token.group(2)), float(token.group(3))
                    if x is None:
                        x, y = dx, dy
                    else:
                        x += dx
                        advances.append(dx)
                else:
                    hexed = token.group(4)
                    chars += [font.get(int(hexed[i:i + 4], 16), "\ufffd") for i in range(0, len(hexed), 4)]
            if not chars or x is None:
                continue
            string = "".join(chars)
            start_x = x - sum(advances)
            advance = max(advances) if advances else 0.0
            if previous and cells and abs(previous[0] - y) < 0.5 and 0 <= start_x - previous[1] <= 1.3 * max(
                    previous[2], advance, 1.0):
                cells[-1] += string
            else:
                cells.append(string)
            previous = (y, x, advance)
    cells = [unicodedata.normalize("NFKC", c.replace("\t", " ")) for c in cells]
    return PdfText(cells, "\n".join(cells))
