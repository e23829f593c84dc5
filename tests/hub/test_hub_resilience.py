"""Three stations and one hub through a week of hub outage and then a flapping connection.

The stations reach the hub through a small TCP proxy on 127.0.0.1 in front of the test
PostgreSQL (which listens on a unix socket only), so the test decides what the network does:
refuse connections, reset them after a chosen number of bytes (mid-round, at varying points), or
answer slowly. Rounds that lose the hub raise HubUnavailable and lose nothing; afterwards the hub
holds each record once, and every centre KPI equals a recount over the three stations' own rows.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from kiosk.hub.connection import HubUnavailable
from tests.hub.conftest import hub_rows
from tests.hub.recount import TABLES, assert_centre_equals_a_recount, assert_hub_holds_everything_once
from tests.sync.pg_testserver import PORT

MIX = [("9-12", "female", "pupil")] * 4 + [("13-15", "male", "pupil")] * 3 + [("16-18", "female", "student")] * 2 + [
    ("26-64", "male", "teacher")
]


class FlakyProxy:
    """TCP on 127.0.0.1 to the test server's unix socket, with a network the test controls."""

    def __init__(self, socket_path: Path) -> None:
        self.socket_path = str(socket_path)
        self.port = 0
        self.cut_after: int | None = None  # bytes from the hub before the connection is reset
        self.delay_s = 0.0  # per chunk, each way
        self.connections = 0
        self.resets = 0
        self._listener: socket.socket | None = None
        self._lock = threading.Lock()

    # -- what the network does --------------------------------------------------------------

    def up(self) -> None:
        self.cut_after, self.delay_s = None, 0.0
        if self._listener is None:
            self._listen()

    def refuse(self) -> None:
        """Nobody listens on the port: connecting is refused at once."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()

    def reset_after(self, hub_bytes: int) -> None:
        self.up()
        self.cut_after = hub_bytes

    def slow(self, delay_s: float) -> None:
        self.up()
        self.delay_s = delay_s

    # -- plumbing ---------------------------------------------------------------------------

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        listener.settimeout(0.05)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            client.settimeout(None)
            hub = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            hub.connect(self.socket_path)
            with self._lock:
                self.connections += 1
            budget = [self.cut_after]
            threading.Thread(target=self._pump, args=(client, hub, None, client, hub), daemon=True).start()
            threading.Thread(target=self._pump, args=(hub, client, budget, client, hub), daemon=True).start()

    def _pump(self, source, sink, budget, client, hub) -> None:
        try:
            while chunk := source.recv(65536):
                if self.delay_s:
                    time.sleep(self.delay_s)
                if budget is not None and budget[0] is not None:
                    if len(chunk) >= budget[0]:
                        sink.sendall(chunk[: budget[0]])
                        self._reset(client, hub)
                        return
                    budget[0] -= len(chunk)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (client, hub):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _reset(self, client, hub) -> None:
        """A connection reset: the station's side drops (RST), and the hub sees the station vanish.

        shutdown() acts at once, even while the other pump is blocked reading the same socket
        (close() alone would wait for it, and the hub would keep the round's transaction open).
        """
        with self._lock:
            self.resets += 1
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        for sock in (hub, client):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


@pytest.fixture
def proxy(pg_server):
    flaky = FlakyProxy(Path(pg_server.root) / f".s.PGSQL.{PORT}")
    flaky.up()
    yield flaky
    flaky.refuse()


def through(proxy: FlakyProxy, hub_dsn: str) -> str:
    return f"host=127.0.0.1 port={proxy.port} user=kiosk dbname={conninfo_to_dict(hub_dsn)['dbname']}"


def a_day(stations, codes, rng) -> None:
    for station in stations:
        station.clock.advance(86_400)
        station.play(rng.randint(2, 6), rng)
        station.session("ROBO-START", returning=rng.sample(codes, 5))


def test_a_week_of_outage_then_a_flapping_hub_loses_nothing_and_counts_each_record_once(
    hub_dsn, make_station, proxy
):
    dsn = through(proxy, hub_dsn)
    stations = [make_station(name) for name in ("a", "b", "c")]
    rng = random.Random(15)
    codes = stations[0].session("ROBO-START", newcomers=MIX)
    for station in stations:
        station.sync(dsn)  # online: the badges from a reach b and c
    assert_hub_holds_everything_once(hub_dsn, stations)

    # A week without the hub: every round says so, and the stations carry on.
    proxy.refuse()
    before = {table: hub_rows(hub_dsn, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}
    for _day in range(7):
        a_day(stations, codes, rng)
        for station in stations:
            with pytest.raises(HubUnavailable, match="cannot reach the hub"):
                station.sync(dsn)
    assert {table: hub_rows(hub_dsn, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES} == before

    # The hub is back, over a flapping connection: refused, reset mid-round, slow, fine.
    failed = succeeded = 0
    for round_no in range(60):
        station = stations[round_no % 3]
        weather = rng.choice(("refused", "reset", "reset", "reset", "slow", "fine"))
        if weather == "refused":
            proxy.refuse()
        elif weather == "reset":
            proxy.reset_after(rng.randint(1, 6000))
        elif weather == "slow":
            proxy.slow(0.002)
        else:
            proxy.up()
        try:
            station.sync(dsn)
            succeeded += 1
        except HubUnavailable:
            failed += 1
        if round_no % 9 == 8:
            a_day(stations, codes, rng)  # life goes on during the storm
    assert failed > 5 and succeeded > 0 and proxy.resets > 5
    # Calm again: one clean round each, then a second that finds nothing to send.
    proxy.up()
    for station in stations:
        station.sync(dsn)
    for station in stations:
        assert not any(station.sync(dsn).sent.values())
    assert_hub_holds_everything_once(hub_dsn, stations)
    assert_centre_equals_a_recount(hub_dsn, stations)
