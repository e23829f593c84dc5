"""Settings from the centre (issue 19): a station takes the newest valid settings version the hub
holds for it, and runs it from its next idle reset.

The hub keeps versions in ``station_settings`` (for one station, or ``'*'`` for all). A station's
own newest version wins over the newest ``'*'`` one; versions the console already refused are
passed over. A version is checked here with the rules and messages of kiosk.toml
(``kiosk.config.with_centre_settings``) against the station's own file: one that fails is never
taken, the station keeps what it runs and tells the hub why (``stations.settings_problem``).

A version that passes is saved to the station's data folder first (``CENTRE_SETTINGS_FILE``),
so a restart with the hub away still runs it, and then waits for the kiosk's next idle reset
(``take_pending``): never mid-visit. Qt-free; the checks run on the hub thread, the taking on
the UI thread, hence the lock.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.clock import WallClock, utc_now
from kiosk.config import CENTRE_SETTINGS_FILE, ConfigError, Settings, with_centre_settings
from kiosk.timestamps import iso_utc

log = logging.getLogger(__name__)

ALL_STATIONS = "*"


@dataclass(frozen=True)
class SettingsVersion:
    """One version of the centre-managed settings, as the hub keeps it."""

    version: int
    scope: str  # the station's id, or '*'
    settings: Mapping[str, Any]


def newest_version(conn: Any, station_id: str) -> SettingsVersion | None:
    """The version this station should run: its own newest, else the newest for all stations."""
    row = conn.execute(
        "SELECT id, station_id, settings FROM station_settings"
        " WHERE station_id IN (%s, %s) AND problem IS NULL"
        " ORDER BY (station_id = %s) DESC, id DESC LIMIT 1",
        (station_id, ALL_STATIONS, station_id),
    ).fetchone()
    return SettingsVersion(int(row[0]), row[1], row[2]) if row else None


def save_last_good(data_dir: Path, version: SettingsVersion, taken_at: dt.datetime) -> None:
    """Keep an accepted version in the data folder (written whole or not at all)."""
    path = data_dir / CENTRE_SETTINGS_FILE
    text = json.dumps({"version": version.version, "scope": version.scope, "settings": version.settings,
                       "taken_at": iso_utc(taken_at)}, indent=2, sort_keys=True, ensure_ascii=False)
    partial = path.with_name(path.name + ".partial")
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(partial, "w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, path)


class CentreSettings:
    """What this station runs from the hub, what waits for the idle reset, and what it refused."""

    def __init__(self, settings: Settings, clock: WallClock = utc_now) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._running = settings  # the settings the kiosk runs now
        #: The command line's values stay whatever a version says.
        self._keep = {key for key, origin in settings.origins.items() if origin == "command line"}
        self._pending: Settings | None = None
        self.applied_at: dt.datetime | None = clock() if settings.centre_version is not None else None
        self.refused_version: int | None = None
        self.problem: str | None = None

    @property
    def running(self) -> Settings:
        """The settings the kiosk runs now (the last idle reset's)."""
        with self._lock:
            return self._running

    @property
    def applied_version(self) -> int | None:
        with self._lock:
            return self._running.centre_version

    @property
    def pending_version(self) -> int | None:
        with self._lock:
            return self._pending.centre_version if self._pending is not None else None

    def check(self, conn: Any) -> None:
        """Look for a newer version at the hub; accept it (saved, pending) or refuse it (problem)."""
        version = newest_version(conn, self._running.station.id)
        if version is None:
            return
        with self._lock:
            known = {self._running.centre_version, self.refused_version,
                     self._pending.centre_version if self._pending is not None else None}
            running = self._running
        if version.version in known:
            return
        try:
            accepted = with_centre_settings(running, version.version, version.settings, keep=dict.fromkeys(self._keep))
        except ConfigError as exc:
            log.warning("hub settings: %s; this station keeps what it runs", exc)
            with self._lock:
                self.refused_version, self.problem = version.version, str(exc)
            return
        try:
            save_last_good(running.data_dir, version, self.clock())
        except OSError as exc:  # a full or read-only disk: run it all the same, until a restart
            log.warning("hub settings version %d cannot be kept in %s (%s): it runs until the kiosk restarts",
                        version.version, running.data_dir, exc)
        log.info("hub settings version %d accepted; applied at the next idle reset", version.version)
        with self._lock:
            self._pending = accepted
            self.problem = None

    def take_pending(self) -> Settings | None:
        """At an idle reset (UI thread): the accepted settings to run from now on, or None."""
        with self._lock:
            pending, self._pending = self._pending, None
            if pending is not None:
                self._running = pending
                self.applied_at = self.clock()
            return pending

    @property
    def has_pending(self) -> bool:
        with self._lock:
            return self._pending is not None

    def report(self, conn: Any) -> None:
        """Tell the hub which version this station runs and why it refused one (in the caller's transaction)."""
        with self._lock:
            applied, applied_at, problem = self._running.centre_version, self.applied_at, self.problem
        conn.execute(
            "UPDATE stations SET settings_applied = %s, settings_applied_at = %s, settings_problem = %s"
            " WHERE station_id = %s",
            (applied, applied_at, problem, self._running.station.id),
        )
