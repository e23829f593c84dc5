"""`kiosk kpi`, `kiosk export` and `kiosk demo-data`.

No Qt at import time: `kiosk export --format pdf` loads the PDF renderer (kiosk.render.report_pdf)
only when it runs, offscreen.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.config import LANGUAGES, Settings
from kiosk.stats.periods import PeriodError, local_today, parse_day, parse_period

Handler = Callable[[argparse.Namespace, Settings], int]
EXIT_USAGE = 2


def register(sub: Any) -> dict[str, Handler]:
    """Add this part's commands to the `kiosk` parser."""
    kpi = sub.add_parser("kpi", help="print the KPI table for a period, against the targets")
    _period_arguments(kpi)
    kpi.add_argument("--json", action="store_true", help="values, targets and breakdowns as JSON")
    kpi.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the KPI names")

    export = sub.add_parser("export", help="export statistics as CSV files, an XLSX workbook or a PDF report")
    _period_arguments(export)
    export.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    export.add_argument("--out", type=Path, required=True,
                        help="csv: a folder (one file per table); xlsx, pdf: a file, or a folder to put it in")
    export.add_argument("--lang", choices=LANGUAGES, default="lv", help="language of headers and the report")

    demo = sub.add_parser("demo-data", help="fill a database with realistic synthetic history")
    demo.add_argument("--days", type=int, required=True, help="how many days of history, ending yesterday")
    demo.add_argument("--stations", type=int, default=1, help="how many stations (ids follow [station] id)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (the same seed gives the same data)")
    demo.add_argument("--end", metavar="DATE", help="last day of history (default: yesterday)")
    demo.add_argument("--db", type=Path, help="database file to fill (default: the station database)")
    demo.add_argument("--hub", metavar="DSN",
                      help="a demo centre: one database per station under <data folder>/stations/, people who "
                           "come to several stations, everything replicated to the centre database at DSN")
    return {"kpi": _kpi, "export": _export, "demo-data": _demo_data}


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="DATE", required=True, help="first day, e.g. 2026-03-01")
    parser.add_argument("--to", dest="last", metavar="DATE", required=True, help="last day (included)")
    parser.add_argument("--station", metavar="ID", help="one station only (default: every station in the database)")
    parser.add_argument("--source", metavar="DSN",
                        help="report over the centre database (hub) at DSN: every station, each person once; "
                             "or over a city KPI database the stations sync to: the counts that add up")


class UsageError(Exception):
    """A command-line value that cannot work here (e.g. a station without data)."""


def _fail(message: str, code: int = 1) -> int:
    print(message, file=sys.stderr)
    return code


def _open_readonly(settings: Settings) -> sqlite3.Connection:
    from kiosk.store import StoreUnavailable, check_readable, connect, schema_version

    path = settings.database_path
    if not path.exists():
        raise FileNotFoundError(
            f"No database at {path} yet: start the kiosk once, or fill it with `kiosk demo-data --days 120`."
        )
    try:  # kpi and export refuse a damaged database alike, with the same words
        check_readable(path)
    except StoreUnavailable as exc:
        raise FileNotFoundError(str(exc)) from exc
    conn = connect(path, readonly=True)
    if schema_version(conn) < 3:
        conn.close()
        raise FileNotFoundError(f"{path} has an old schema; run `kiosk db migrate` first.")
    return conn


def _report(args: argparse.Namespace, settings: Settings) -> tuple[Any, sqlite3.Connection | None]:
    """The KPI report for the period: from this station's database, or with --source from the
    centre database (the hub) or a city KPI database the stations sync to."""
    from kiosk.stats.engine import StatsEngine

    period = parse_period(args.first, args.last)
    if getattr(args, "source", None):
        return _source_report(args, settings, period)
    conn = _open_readonly(settings)
    engine = StatsEngine.for_settings(conn, settings)
    if args.station and args.station not in engine.all_stations():
        known = ", ".join(engine.all_stations()) or "none yet"
        conn.close()
        raise UsageError(f"--station {args.station!r} has no data in this database; stations: {known}")
    return engine.report(period, args.station), conn


def _source_report(args: argparse.Namespace, settings: Settings, period: Any) -> tuple[Any, sqlite3.Connection | None]:
    """--source: a hub gives the centre's report (each person once across stations and days)
    with the centre's records for the detail tables; a city KPI database that is no hub gives
    only the counts that add up (see kiosk.sync.central)."""
    from kiosk.hub.snapshot import is_hub, read_centre

    if is_hub(args.source):
        reading = read_centre(args.source, settings, period, args.station)
        if args.station and args.station not in reading.stations:
            reading.snapshot.close()
            known = ", ".join(reading.stations) or "none yet"
            raise UsageError(f"--station {args.station!r} is not a station of this centre; stations: {known}")
        if reading.demo:
            print("These are a demo centre's figures (synthetic history): the centre database holds demo "
                  "stations only, and none of it is ever published to the city.", file=sys.stderr)
        return reading.report, reading.snapshot
    from kiosk.stats.targets import load_targets
    from kiosk.sync.central import central_kpi_report

    report = central_kpi_report(
        args.source, period, stations=[args.station] if args.station else None,
        targets=load_targets(settings.stats.targets_file or None), min_cell=settings.stats.min_cell,
        timezone=settings.station.timezone, languages=tuple(settings.ui.languages),
    )
    print("This is a city KPI database, not a centre database: only the counts that add up (visits, exhibit "
          "runs, completions, active minutes) are summed from the stations' daily figures; the KPIs that count "
          "people are hidden. For those, give --source the centre database (set one up with `kiosk hub init`).",
          file=sys.stderr)
    return report, None


def _guarded(work: Callable[[], int]) -> int:
    """Run a command, turning a person's mistake into a message and an exit code."""
    from kiosk.stats.exports import ExportError
    from kiosk.stats.targets import TargetsError

    try:
        return work()
    except PeriodError as exc:
        return _fail(f"Period error: {exc}", EXIT_USAGE)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except TargetsError as exc:
        return _fail(f"Targets error: {exc}", EXIT_USAGE)
    except (FileNotFoundError, ExportError) as exc:
        return _fail(str(exc))
    except sqlite3.DatabaseError as exc:
        return _fail(f"Cannot read the station database: {exc}")
    except Exception as exc:
        from kiosk.hub.connection import HubError
        from kiosk.sync.central import CentralSourceError

        if isinstance(exc, CentralSourceError):
            return _fail(f"Cannot read the central KPI database: {exc}")
        if isinstance(exc, HubError):
            return _fail(f"Cannot read the centre database: {exc}")
        raise


# -- kpi -------------------------------------------------------------------------------------

def _kpi(args: argparse.Namespace, settings: Settings) -> int:
    def work() -> int:
        report, conn = _report(args, settings)
        if conn is not None:
            conn.close()
        print(json.dumps(report_json(report, args.lang), ensure_ascii=False, indent=2) if args.json
              else kpi_text(report, args.lang))
        return 0

    return _guarded(work)


def report_json(report: Any, language: str = "en") -> dict[str, Any]:
    """The KPI table as JSON: suppressed breakdown cells have value null."""
    from kiosk.stats.definitions import UNITS

    return {
        "period": {"from": report.period.first_text, "to": report.period.last_text, "kind": report.period.kind},
        "demo": report.demo,
        "station": report.station,
        "stations": list(report.stations),
        "timezone": report.timezone,
        "min_cell": report.min_cell,
        "suppressed_cells": {"small": report.suppression.small, "complementary": report.suppression.complementary},
        "kpis": [
            {
                "key": r.key,
                "title": r.definition.text("title", language),
                "value": r.shown,
                "withheld": r.withheld,
                "unit": UNITS[r.definition.unit][language],
                "target": r.target.value if r.target else None,
                "target_years": r.target.years if r.target else None,
                "target_for_period": r.period_target,
                "progress": round(r.progress, 4) if r.progress is not None else None,
                "breakdowns": {
                    dimension: [
                        {"cell": c.name, "value": c.shown, "suppressed": c.suppressed} for c in cells
                    ]
                    for dimension, cells in r.breakdowns.items()
                },
            }
            for r in report.kpis
        ],
    }


def kpi_text(report: Any, language: str = "en") -> str:
    """The KPI table for a terminal."""
    from kiosk.stats.definitions import UNITS
    from kiosk.stats.tables import privacy_note
    from kiosk.stats.texts import format_number, format_percent, period_label, text

    station = report.station or text("all_stations", language)
    lines = [text("demo_note", language)] if report.demo else []
    lines += [f"{text('report_title', language)}: {period_label(report.period, language)} "
             f"({report.period.first_text} – {report.period.last_text}), {text('station', language)}: {station}"]
    rows = [(text("col_name", language), text("col_value", language), text("col_unit", language),
             text("col_target_period", language), text("col_progress", language))]
    for r in report.kpis:
        kpi = r.definition
        value = text("hidden", language) if r.withheld else format_number(r.value, kpi.decimals, language)
        rows.append((kpi.text("title", language), value,
                     UNITS[kpi.unit][language],
                     format_number(r.period_target, kpi.decimals, language) if r.period_target else "",
                     format_percent(r.progress, language) if r.progress is not None else ""))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for index, row in enumerate(rows):
        lines.append("  ".join(
            cell.ljust(widths[i]) if i in (0, 2) else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(privacy_note(report, language))
    return "\n".join(lines)


# -- export ----------------------------------------------------------------------------------

def _export(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.stats.exports import ExportProgress, export_csv, export_name, export_xlsx

    def work() -> int:
        out: Path = args.out.expanduser()
        if args.format == "csv" and out.suffix.lower() == ".csv":
            return _fail(f"--out {out}: a CSV export is a folder with one file per table; give a folder name",
                         EXIT_USAGE)
        report, conn = _report(args, settings)
        started = time.perf_counter()
        progress = ExportProgress()
        try:
            if args.format == "csv":
                written = export_csv(report, conn, out, args.lang, progress)
                where = f"{len(written)} files in {out}"
            else:
                target = out / f"{export_name(report)}.{args.format}" if out.is_dir() else out
                if not target.parent.is_dir():
                    return _fail(f"--out {out}: the folder {target.parent} does not exist")
                if args.format == "xlsx":
                    export_xlsx(report, conn, target, args.lang, progress)
                else:
                    _write_pdf(report, target, args.lang, progress)
                where = str(target)
        finally:
            if conn is not None:
                conn.close()
        seconds = time.perf_counter() - started
        # progress counts rows for the tables and pages for the PDF report
        what = f"a PDF report of {progress.done} pages" if args.format == "pdf" else f"{progress.done:,} rows"
        print(f"Exported {what} ({report.period.first_text} – {report.period.last_text}) "
              f"to {where} in {seconds:.1f} s.")
        return 0

    return _guarded(work)


def _write_pdf(report: Any, target: Path, language: str, progress: Any) -> None:
    """The PDF is drawn by Qt (kiosk.render.report_pdf): imported only when a PDF is asked for, so the
    other commands start without Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.render.report_pdf import write_report_pdf

    write_report_pdf(report, target, language, progress)


# -- demo-data -------------------------------------------------------------------------------

def _demo_data(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.stats import demo

    if args.days < 1 or args.days > 20 * 366:
        return _fail("--days must be from 1 to 7320 (20 years)", EXIT_USAGE)
    if args.stations < 1 or args.stations > 100:
        return _fail("--stations must be from 1 to 100", EXIT_USAGE)
    try:
        end = parse_day(args.end, "--end") if args.end else local_today(settings.station.timezone) - dt.timedelta(1)
    except PeriodError as exc:
        return _fail(f"Period error: {exc}", EXIT_USAGE)
    plan = demo.DemoPlan(
        days=args.days,
        stations=demo.station_ids(settings.station.id, args.stations),
        end=end,
        seed=args.seed,
        timezone=settings.station.timezone,
        after_school_days=tuple(settings.programmes.after_school_days),
    )
    if args.hub:
        if args.db:
            return _fail("--db names one database; with --hub each station gets its own under "
                         f"{settings.data_dir / CENTRE_FOLDER}", EXIT_USAGE)
        return _demo_centre(args.hub, plan, settings)
    path: Path = (args.db or settings.database_path).expanduser()

    def report(summary: demo.DemoSummary) -> None:
        print(f"\r  {summary.visits:,} visits, {summary.runs:,} runs ...", end="", file=sys.stderr, flush=True)

    print(f"Generating {plan.days} days ({plan.first} – {plan.end}) for {len(plan.stations)} station(s) "
          f"into {path} ...", file=sys.stderr)
    try:
        summary = _fill(path, plan, settings, report)
    except FileExistsError as exc:
        return _fail(str(exc))
    except Exception as exc:  # a catalogue or disk problem: say what, never a traceback
        return _fail(f"\nDemo data not written: {_disk_problem(exc, path) or f'{type(exc).__name__}: {exc}'}")
    print(file=sys.stderr)
    print(f"Wrote {summary.describe()}.")
    return 0


#: Where `kiosk demo-data --hub` keeps a demo centre's station databases, in the data folder.
CENTRE_FOLDER = "stations"


def _demo_centre(dsn: str, plan: Any, settings: Settings) -> int:
    """`kiosk demo-data --hub DSN`: see kiosk.hub.demo_centre."""
    from kiosk import __version__
    from kiosk.hub.connection import HubError, HubUnavailable, redact
    from kiosk.hub.demo_centre import SHARED_PEOPLE, build_demo_centre

    plan = dataclasses.replace(plan, shared_people=SHARED_PEOPLE, weekly_chunks=True)  # people move; weekly rounds
    folder = settings.data_dir / CENTRE_FOLDER

    def report(summary: Any) -> None:
        print(f"\r  {summary.rows.visits:,} visits, {summary.rows.runs:,} runs, {summary.rounds} hub rounds ...",
              end="", file=sys.stderr, flush=True)

    try:
        address = redact(dsn)
        print(f"Generating a demo centre: {plan.days} days ({plan.first} – {plan.end}), {len(plan.stations)} "
              f"station(s) in {folder}, replicated to {address} ...", file=sys.stderr)
        summary = build_demo_centre(plan, folder, dsn, site=settings.station.site, kiosk_version=__version__,
                                    catalogue_file=settings.programmes.catalogue, progress=report)
    except FileExistsError as exc:
        return _fail(str(exc))
    except HubUnavailable as exc:
        return _fail(f"\n{exc}", 3)
    except HubError as exc:
        return _fail(f"\nDemo centre not made: {exc}", EXIT_USAGE)
    print(file=sys.stderr)
    print(f"Wrote {summary.describe()}. The hub records them as demo stations: reading the centre shows their "
          "figures (marked demo), publishing to the city never sends them.")
    return 0


def _disk_problem(exc: BaseException, path: Path) -> str | None:
    """'the disk is full at FOLDER ...' for a full or read-only disk; None for any other failure."""
    import errno

    from kiosk.stats.demo import DemoWriteFailed
    from kiosk.store.database import is_disk_full

    as_before = f"{path} is as it was before" if path.exists() else f"no {path.name} was made"
    if isinstance(exc, DemoWriteFailed) and str(exc).startswith("the "):
        return f"{exc}. {as_before}."
    if is_disk_full(exc) or getattr(exc, "errno", None) == errno.ENOSPC:
        return f"the disk is full at {path.parent}. {as_before}."
    if getattr(exc, "errno", None) == errno.EROFS or "readonly" in str(exc).lower():
        return f"the folder {path.parent} is read-only. {as_before}."
    return None


def _fill(path: Path, plan: Any, settings: Settings, report: Callable[[Any], None]) -> Any:
    from kiosk.stats import demo
    from kiosk.store import Store, connect, migrate

    if path.exists() and path.stat().st_size > 0:
        # All or nothing (one transaction); what a full disk refused is dropped, not kept for later.
        with Store(path, batch_window_s=0, keep_unsaved=False) as store:
            if demo.has_visits(store.reader()):
                count = store.reader().execute("SELECT COUNT(*) FROM visits").fetchone()[0]
                raise FileExistsError(
                    f"{path} already has {count:,} visits; demo data goes into a database without visits. "
                    "Use --db NEW_FILE for a fresh database."
                )
            return demo.fill_store(store, plan, catalogue_file=settings.programmes.catalogue, progress=report)
    # A fresh file: written under a temporary name (a transaction per chunk, rollback journal) and
    # renamed when complete, so a full disk leaves no half-filled database behind.
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    conn = connect(partial)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # one file to rename; the kiosk turns WAL on again
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
        summary = demo.write_demo(conn, plan, catalogue_file=settings.programmes.catalogue, progress=report)
        conn.close()
        os.replace(partial, path)
        return summary
    except BaseException:
        conn.close()
        for leftover in [partial] + [partial.with_name(partial.name + s) for s in ("-journal", "-wal", "-shm")]:
            leftover.unlink(missing_ok=True)
        raise

