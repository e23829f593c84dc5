"""The file sink: complete NGSI-LD files or none, never a half-written one, even when killed."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kiosk.sync.entities import NGSI_LD_CORE_CONTEXT, StationIdentity
from kiosk.sync.outbox import Outbox
from kiosk.sync.runner import deliver
from kiosk.sync.sinks.file import FileSink
from tests.sync.conftest import JournalSource, play_day

DAY = dt.date(2025, 3, 3)
STATION = StationIdentity("vizium", "kiosk-1")


def files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jsonld"))


def test_batches_are_self_contained_ngsi_ld_files(station_store, station_journal, clock, tmp_path, fast_backoff):
    for offset in range(3):
        play_day(station_journal, clock, DAY + dt.timedelta(days=offset), visits=15)
    outbox = Outbox(station_store, JournalSource(station_store), STATION, clock=clock)
    outbox.refresh(DAY + dt.timedelta(days=i) for i in range(3))
    sink = FileSink(tmp_path / "usb", STATION, clock=clock)
    sink.batch_size = 10
    report = deliver(outbox, sink, backoff=fast_backoff, clock=clock)
    assert report.complete and report.sent == outbox.entity_count() > 10
    seen: dict[str, dict] = {}
    for path in files(tmp_path / "usb"):
        assert path.name.startswith("kpi-vizium-kiosk-1-")
        for entity in json.loads(path.read_text(encoding="utf-8")):
            assert entity["type"] == "KeyPerformanceIndicator"
            assert NGSI_LD_CORE_CONTEXT in entity["@context"]
            assert entity["kpiValue"]["type"] == "Property"
            seen[entity["id"]] = entity
    assert len(seen) == report.sent
    assert not list((tmp_path / "usb").glob(".*"))  # no temporary file left behind
    # Everything is confirmed: a second pass writes nothing.
    assert deliver(outbox, sink, backoff=fast_backoff, clock=clock).sent == 0
    assert len(files(tmp_path / "usb")) == report.batches


def test_a_failed_write_leaves_no_file_and_the_entities_queued(
    station_store, station_journal, clock, tmp_path, monkeypatch, fast_backoff
):
    play_day(station_journal, clock, DAY, visits=5)
    outbox = Outbox(station_store, JournalSource(station_store), STATION, clock=clock)
    outbox.refresh([DAY])
    sink = FileSink(tmp_path / "usb", STATION, clock=clock)

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    report = deliver(outbox, sink, backoff=fast_backoff, clock=clock)
    assert report.sent == 0 and "No space left" in (report.error or "")
    assert list((tmp_path / "usb").iterdir()) == []
    (status,) = outbox.status()
    assert status.queued == outbox.entity_count() and status.failures == 1
    monkeypatch.undo()
    clock.advance(3600)
    assert deliver(outbox, sink, backoff=fast_backoff, clock=clock).complete


def test_a_missing_stick_is_a_transient_problem(station_store, station_journal, clock, tmp_path, fast_backoff):
    play_day(station_journal, clock, DAY, visits=3)
    outbox = Outbox(station_store, JournalSource(station_store), STATION, clock=clock)
    outbox.refresh([DAY])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    report = deliver(outbox, FileSink(blocker / "usb", STATION, clock=clock), backoff=fast_backoff, clock=clock)
    assert report.sent == 0 and report.error and report.retry_at is not None


WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from kiosk.sync.entities import StationIdentity
    from kiosk.sync.outbox import OutboxEntry
    from kiosk.sync.sinks.file import FileSink

    folder = Path(sys.argv[1])
    sink = FileSink(folder, StationIdentity("vizium", "kiosk-1"))
    entry = lambda i: OutboxEntry(f"urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:k:b{i}:2025-01-01",
        {"id": f"urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:k:b{i}:2025-01-01",
         "type": "KeyPerformanceIndicator", "kpiValue": i, "description": "x" * 400,
         "dateModified": "2025-01-01T00:00:00.000Z"}, str(i), "2025-01-01")
    batch = [entry(i) for i in range(4000)]
    print("ready", flush=True)
    while True:
        sink.send(batch)
    """
)


@pytest.mark.slow
def test_killing_the_writer_never_leaves_a_half_written_file(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    for attempt in range(3):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)], stdout=subprocess.PIPE,
                                   cwd=Path(__file__).resolve().parents[2])
        assert process.stdout is not None and process.stdout.readline().strip() == b"ready"
        deadline = time.monotonic() + 60
        while len(files(folder)) < 2 * (attempt + 1) and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    written = files(folder)
    assert len(written) >= 2
    for path in written:
        assert len(json.loads(path.read_text(encoding="utf-8"))) == 4000, path.name
    # A killed write may leave its hidden temporary file; the next sink start removes it.
    FileSink(folder, StationIdentity("vizium", "kiosk-1"))
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
