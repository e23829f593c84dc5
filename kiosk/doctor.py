"""`kiosk doctor`: can this station run? Each check says what is wrong and what to do."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk import i18n
from kiosk.config import Settings
from kiosk.journal import is_demo_database
from kiosk.registry import discover, not_installed
from kiosk.store import LATEST_VERSION, check_integrity, connect, schema_version
from kiosk.store.database import is_corruption

#: Hidden command (kiosk.cli.doctor.qt_probe; the doctor may not import the command layer, so the
#: name is written here too): start Qt in a child process, print the platform plugin's name.
QT_PROBE = "_qt-probe"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    #: an error stops the station from running; a warning does not
    severity: str = "error"

    @property
    def status(self) -> str:
        return "ok" if self.ok else ("WARN" if self.severity == "warning" else "FAIL")


def _probe_qt(platform: str | None = None) -> tuple[bool, str, str]:
    """Start Qt in a child process (a platform plugin that cannot load aborts the process that
    tries); `platform` sets QT_QPA_PLATFORM for it. (ok, stdout, stderr)."""
    command = [sys.executable, QT_PROBE] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk", QT_PROBE]
    env = dict(os.environ, QT_QPA_PLATFORM=platform) if platform else None
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    except subprocess.TimeoutExpired:
        return False, "", "starting Qt took over 60 s"
    return done.returncode == 0, done.stdout.strip(), done.stderr.strip()


def _no_display() -> bool:
    """Nothing for a window to show on: no X or Wayland display and no platform chosen."""
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _last_line(stderr: str) -> str:
    return (stderr.splitlines() or ["unknown error"])[-1]


def check_qt_platform() -> Check:
    name = "Qt platform plugin"
    ok, stdout, stderr = _probe_qt()
    if ok:
        return Check(name, True, f"loads ({stdout})")
    display_refused = "could not connect to display" in stderr
    if _no_display() or display_refused:
        # Qt's own message then blames a missing xcb library; try Qt without a screen to tell.
        offscreen_ok, _, offscreen_err = _probe_qt("offscreen")
        if offscreen_ok:
            where = (f"the display {os.environ['DISPLAY']} refused the connection" if display_refused
                     and os.environ.get("DISPLAY") else "DISPLAY and WAYLAND_DISPLAY are not set")
            return Check(name, False, (
                f"Qt works, but there is no display here ({where}). The station's session (cage) gives the "
                "kiosk its screen; from SSH use make run (a virtual screen) or QT_QPA_PLATFORM=offscreen."
            ), severity="warning")
        stderr = offscreen_err
    advice = "Install the Qt runtime libraries (make system-libs) or set QT_QPA_PLATFORM."
    return Check(name, False, f"{_last_line(stderr)}. {advice}")


def check_data_folder(settings: Settings) -> Check:
    # Doctor changes nothing: a missing folder is not made here (the kiosk makes it at start);
    # the nearest existing folder is asked whether it takes a file.
    folder = settings.data_dir
    existing = next((p for p in (folder, *folder.parents) if p.is_dir()), None)
    try:
        if existing is None:
            raise FileNotFoundError(f"no folder on the way to {folder} exists")
        with tempfile.NamedTemporaryFile(dir=existing, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Check(
            "Data folder writable",
            False,
            f"{folder}: {exc.strerror or exc}. Fix its permissions or set [storage] path.",
        )
    if existing != folder:
        return Check("Data folder writable", True, f"{folder} (made at first start)")
    return Check("Data folder writable", True, str(folder))


def check_free_space(settings: Settings) -> Check:
    """Free space on the data folder's disk, against [storage] min_free_mb."""
    folder = next((p for p in (settings.data_dir, *settings.data_dir.parents) if p.is_dir()), Path("/"))
    try:
        free_mb = shutil.disk_usage(folder).free // (1024 * 1024)
    except OSError as exc:
        return Check("Free disk space", False, f"{folder}: {exc.strerror or exc}", "warning")
    needed = settings.storage.min_free_mb
    if free_mb < needed:
        return Check("Free disk space", False,
                     f"{free_mb} MB free at {folder}, under [storage] min_free_mb = {needed}: the kiosk keeps "
                     "writes in memory when the disk is full. Free space or give the data folder a larger disk.",
                     "warning")
    return Check("Free disk space", True, f"{free_mb} MB free at {folder}")


def check_unsaved_writes(settings: Settings) -> Check:
    """Writes an earlier run could not save, waiting in spill files (kiosk/store/spill.py)."""
    from kiosk.store.spill import default_places, find_spills

    path = settings.database_path
    waiting = find_spills(path, default_places(path), load=False)
    if not waiting:
        return Check("Unsaved writes", True, "none waiting")
    count = sum(s.count for s in waiting)
    where = ", ".join(str(s.path) for s in waiting[:3])
    return Check("Unsaved writes", False,
                 f"{count} writes from {waiting[0].created_at} wait in {where}: the disk was full or read-only. "
                 "They go into the database at the next start once the data folder can be written.", "warning")


def check_targets_file(settings: Settings) -> Check:
    """The KPI targets file staff may edit: present and readable, or the built-in targets."""
    configured = settings.stats.targets_file
    try:
        from kiosk.stats.targets import TargetsError, load_targets
    except ImportError:
        return Check("KPI targets", True, "statistics not installed", "warning")
    try:
        load_targets(configured or None)
    except (TargetsError, OSError) as exc:
        return Check("KPI targets", False,
                     f"{configured or 'built-in targets'}: {exc}. Fix the file or empty [stats] targets_file.")
    return Check("KPI targets", True, configured or "built-in targets")


def check_database(settings: Settings) -> list[Check]:
    path = settings.database_path
    checks = []
    damaged = sorted(path.parent.glob(f"{path.name}.damaged-*"))
    damaged = [p for p in damaged if not p.name.endswith(("-wal", "-shm"))]
    if damaged:
        checks.append(
            Check(
                "Damaged databases set aside",
                False,
                f"{len(damaged)} found, latest {damaged[-1].name}; the kiosk started a fresh one. "
                "Keep them for recovery, or delete them once checked.",
                "warning",
            )
        )
    if not path.exists():
        checks.append(Check("Database", True, f"{path} will be created at first start", "warning"))
        return checks
    try:
        problems = check_integrity(path)
        conn = connect(path, readonly=True)
        try:
            version = schema_version(conn)
            demo = is_demo_database(conn)
        finally:
            conn.close()
    except Exception as exc:
        if is_corruption(exc):
            checks.append(Check("Database", False, f"{path}: {exc}. The kiosk will set it aside at start."))
        else:  # a healthy file may sit in a folder that cannot be read or written: never set aside
            checks.append(Check("Database", False, f"{path} cannot be opened: {exc}. Check the data folder "
                                "(read-only, permissions, disk); the kiosk leaves the file as it is."))
        return checks
    if demo:
        checks.append(Check("Demo data", False, f"{path} holds demo data (kiosk demo-data or kiosk run --demo): "
                            "nothing from it is sent to the city. A station records into a database of its own.",
                            "warning"))
    if problems:
        checks.append(Check("Database integrity", False, "; ".join(problems[:3])))
    else:
        checks.append(Check("Database integrity", True, f"{path} ({path.stat().st_size // 1024} KiB)"))
    if version == LATEST_VERSION:
        checks.append(Check("Database schema", True, f"version {version}"))
    else:
        checks.append(
            Check(
                "Database schema", False, f"version {version}, this kiosk needs {LATEST_VERSION}: run kiosk db migrate"
            )
        )
    return checks


def check_translations() -> Check:
    missing = [
        str(c.qm_file(lang)) for c in i18n.catalogues() for lang in i18n.LANGUAGES if not c.qm_file(lang).exists()
    ]
    if missing:
        return Check(
            "Translations",
            False,
            f"{len(missing)} compiled catalogues missing (e.g. {missing[0]}), those texts show in English; "
            "run python -m kiosk.i18n build",
            "warning",
        )
    # A built app ships only the compiled catalogues; the sources are checked where they exist.
    problems = [p for p in i18n.check() if p.file.exists()]
    if problems:
        return Check("Translations", False, f"{len(problems)} unfinished; first: {problems[0]}", "warning")
    return Check("Translations", True, f"{len(i18n.catalogues())} catalogues in lv, en, ru")


def check_exhibits(settings: Settings, modules: Mapping[str, str] | None = None) -> list[Check]:
    """A summary, one line per unavailable exhibit (each named with its reason), and the enabled
    ids no installed package provides. ``modules`` replaces entry-point discovery, for tests."""
    enabled = settings.exhibits.enabled
    entries = discover(modules, enabled=enabled)
    broken = [e for e in entries if not e.ok]
    missing = not_installed(enabled, modules)
    checks = []
    if not entries:
        checks.append(Check("Exhibits", False, "no exhibits installed or enabled; check [exhibits] enabled"))
    elif len(broken) == len(entries):
        checks.append(Check("Exhibits", False, f"none of the {len(entries)} can be offered; see the lines below"))
    elif broken:
        checks.append(Check("Exhibits", False, f"{len(entries) - len(broken)} ok, {len(broken)} unavailable "
                            "(shown as unavailable tiles)", "warning"))
    else:
        checks.append(Check("Exhibits", True, f"{len(entries)} ok"))
    checks += [Check(f"Exhibit {e.id}", False, e.status, "warning") for e in broken]
    if missing:
        checks.append(Check(
            "Exhibits not installed", False,
            f"{', '.join(missing)}: enabled in [exhibits] enabled but no installed package provides "
            f"{'it' if len(missing) == 1 else 'them'}; install {'it' if len(missing) == 1 else 'them'} "
            "or correct the list (kiosk exhibits list shows what is installed)",
            "warning",
        ))
    return checks


def check_camera(settings: Settings) -> Check:
    try:
        from kiosk.camera.devices import probe_cameras
    except ImportError:
        return Check("Camera", True, "camera support not installed", "warning")
    try:
        cameras = probe_cameras()
    except Exception as exc:
        return Check("Camera", False, f"probing failed: {exc}", "warning")
    problem = _camera_source_problem(settings.camera.source)
    if problem:
        return Check(
            "Camera",
            False,
            f"[camera] source = {settings.camera.source!r}: {problem}; camera exhibits show the demo video. "
            "Check the cable, or set the source to one of the cameras kiosk cameras lists.",
            "warning",
        )
    if not cameras:
        return Check(
            "Camera",
            False,
            f"none found; camera exhibits use the demo video (source = {settings.camera.source})",
            "warning",
        )
    return Check("Camera", True, "; ".join(str(c) for c in cameras))


def _camera_source_problem(source: str) -> str | None:
    """Why a configured camera or video file cannot work here (None for auto, synthetic, or fine)."""
    from kiosk.camera.sources import device_may_exist, parse_source_spec

    spec = parse_source_spec(source)  # the form was checked when the settings were loaded
    if spec.kind == "file" and spec.path is not None and not spec.path.is_file():
        return f"video file {spec.path} does not exist"
    if spec.kind == "device" and spec.device is not None and not device_may_exist(spec.device):
        return f"no camera at {spec.device!r}"
    return None


def check_crashes(settings: Settings) -> Check:
    """The last crashes (the service manager restarted the kiosk after each)."""
    path = settings.database_path
    crashes: list[tuple[str, str]] = []
    if path.exists():
        try:
            conn = connect(path, readonly=True)
            try:
                crashes = conn.execute(
                    "SELECT at, detail FROM app_events WHERE kind = 'kiosk.crash' ORDER BY id DESC LIMIT 3"
                ).fetchall()
            finally:
                conn.close()
        except Exception:  # a damaged database is reported by its own check
            crashes = []
    from kiosk import paths
    from kiosk.logs import CRASH_FILE

    crash_log = paths.log_dir() / CRASH_FILE
    hard = crash_log.exists() and crash_log.stat().st_size > 0
    if not crashes and not hard:
        return Check("Last crashes", True, "none recorded")
    import json

    details = [f"{at}: {json.loads(detail).get('error', '?')}" for at, detail in crashes]
    if hard:
        details.append(f"native crash traces in {crash_log}")
    return Check("Last crashes", False, "; ".join(details), "warning")


def run_checks(settings: Settings, *, include_qt: bool = True) -> list[Check]:
    checks = []
    if include_qt:
        checks.append(check_qt_platform())
    checks.append(check_data_folder(settings))
    checks.append(check_free_space(settings))
    checks += check_database(settings)
    checks.append(check_unsaved_writes(settings))
    checks.append(check_targets_file(settings))
    checks.append(check_translations())
    checks += check_exhibits(settings)
    checks.append(check_camera(settings))
    checks.append(check_crashes(settings))
    return checks


def can_run(checks: list[Check]) -> bool:
    return all(c.ok or c.severity == "warning" for c in checks)


def format_table(checks: list[Check]) -> str:
    width = max(len(c.name) for c in checks)
    lines = [f"{'check'.ljust(width)}  status  detail", f"{'-' * width}  ------  ------"]
    lines += [f"{c.name.ljust(width)}  {c.status.ljust(6)}  {c.detail}" for c in checks]
    lines.append("")
    lines.append(
        "This station can run the kiosk."
        if can_run(checks)
        else "This station cannot run the kiosk yet: fix the FAIL lines."
    )
    return "\n".join(lines)


def environment_note() -> str:
    return (
        f"python {sys.version.split()[0]}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(default)')}, "
        f"cwd {Path.cwd()}"
    )
