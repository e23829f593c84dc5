"""The file sink: NGSI-LD JSON batch files in a folder (a shared drive, a USB stick).

Each batch is one self-contained file (normalized entities with an inline ``@context``),
written to a hidden temporary file, flushed to the disk, then renamed into place: a reader (or
a crash, or a pulled stick) never sees a half-written file. Leftover temporary files of an
interrupted write are removed the next time the sink starts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.clock import utc_now
from kiosk.sync.entities import CONTEXT, StationIdentity, id_part, normalized
from kiosk.sync.outbox import OutboxEntry, Target
from kiosk.sync.retry import TransientError
from kiosk.sync.sinks.base import SinkAnswer

log = logging.getLogger(__name__)

SUFFIX = ".jsonld"
TEMP_MARK = ".tmp-"


def atomic_write(path: Path, data: bytes) -> None:
    """Write data to path so the file is either absent or complete, never partial."""
    temp = path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            temp.unlink()
        except OSError:
            pass
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the platform allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class FileSink:
    """Writes batches of entities as NGSI-LD files into ``folder``."""

    kind = "file"
    batch_size = 500

    def __init__(self, folder: Path, station: StationIdentity, *, clock: Callable[[], Any] | None = None) -> None:
        self.folder = Path(folder).expanduser().absolute()
        self.station = station
        self.clock = clock or utc_now
        self.target = Target(self.kind, str(self.folder))
        self.prefix = f"kpi-{id_part(station.site)}-{id_part(station.station)}-"
        self._remove_leftovers()

    def _remove_leftovers(self) -> None:
        try:
            leftovers = list(self.folder.glob(f".{self.prefix}*{TEMP_MARK}*"))
        except OSError:
            return
        for temp in leftovers:
            try:
                temp.unlink()
                log.warning("removed %s, left by an interrupted write", temp)
            except OSError:
                pass

    def file_name(self, entries: list[OutboxEntry]) -> str:
        stamp = self.clock().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        digest = hashlib.sha256("".join(e.entity_id + e.payload_hash for e in entries).encode()).hexdigest()[:10]
        return f"{self.prefix}{stamp}-{digest}{SUFFIX}"

    def send(self, entries: list[OutboxEntry]) -> SinkAnswer:
        if not entries:
            return SinkAnswer()
        # A JSON array with one entity per line: valid NGSI-LD, quick to write, readable in an editor.
        lines = (json.dumps(normalized(e.payload, context=CONTEXT), ensure_ascii=False) for e in entries)
        data = ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")
        path = self.folder / self.file_name(entries)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(path, data)
        except OSError as exc:
            # A missing stick, a full or read-only disk: nothing is confirmed, try again later.
            raise TransientError(f"cannot write {path.name} in {self.folder}: {exc.strerror or exc}") from exc
        return SinkAnswer(confirmed=[e.entity_id for e in entries])

    def close(self) -> None:
        pass
