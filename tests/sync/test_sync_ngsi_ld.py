"""The NGSI-LD sink against an in-process broker: the standard's answers and every kind of failure."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging

import pytest

from kiosk.sync.entities import KPI_CONTEXT, StationIdentity
from kiosk.sync.outbox import Outbox
from kiosk.sync.runner import deliver
from kiosk.sync.sinks import SinkChoice, SyncConfigError, make_sink, read_token
from kiosk.sync.sinks.ngsi_ld import NgsiLdSink
from tests.sync.conftest import JournalSource, play_day
from tests.sync.ngsi_ld_testserver import ERR, Behaviour

DAY = dt.date(2025, 3, 3)
STATION = StationIdentity("vizium", "kiosk-1")
TOKEN = "s3cret-token-value-42"


@pytest.fixture
def outbox(station_store, station_journal, clock) -> Outbox:
    for offset in range(2):
        play_day(station_journal, clock, DAY + dt.timedelta(days=offset), visits=12)
    box = Outbox(station_store, JournalSource(station_store), STATION, clock=clock)
    box.refresh([DAY, DAY + dt.timedelta(days=1)])
    return box


def sink_for(broker, **options) -> NgsiLdSink:
    options.setdefault("timeout_s", 0.5)
    options.setdefault("connect_timeout_s", 0.5)
    return NgsiLdSink(broker.url, **options)


def run(outbox, sink, clock, backoff):
    try:
        return deliver(outbox, sink, backoff=backoff, clock=clock)
    finally:
        sink.close()


def test_upsert_creates_then_replaces_with_link_header_tenant_and_token(outbox, broker, clock, fast_backoff):
    sink = sink_for(broker, tenant="ventspils", token=TOKEN)
    sink.batch_size = 10
    report = run(outbox, sink, clock, fast_backoff)
    assert report.complete and report.sent == outbox.entity_count()
    stored = broker.state.entities("ventspils")
    assert set(stored) == {row["entity_id"] for row in outbox.store.query("SELECT entity_id FROM kpi_outbox")}
    first = broker.state.requests[0]
    assert first.path == "/ngsi-ld/v1/entityOperations/upsert"
    assert first.headers["Content-Type"] == "application/json"
    link = first.headers["Link"]
    assert KPI_CONTEXT in link and 'rel="http://www.w3.org/ns/json-ld#context"' in link
    assert first.headers["NGSILD-Tenant"] == "ventspils"
    assert first.headers["Authorization"] == f"Bearer {TOKEN}"
    assert {r.answered for r in broker.state.requests} == {201}
    visitors = stored["urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:visitors:total:2025-03-03"]
    assert visitors["kpiValue"] == {"type": "Property", "value": 12}
    # Replaying the same entities (e.g. after a lost answer) updates, never adds: 204.
    target_id = outbox.target_id(sink.target)
    outbox.retry_parked(target_id)
    outbox.store.execute("DELETE FROM kpi_deliveries").wait()
    again = run(outbox, sink_for(broker, tenant="ventspils", token=TOKEN), clock, fast_backoff)
    assert again.sent == report.sent and broker.state.requests[-1].answered == 204
    assert broker.state.values("ventspils") == {eid: e["kpiValue"]["value"] for eid, e in stored.items()}


def test_inline_context_is_sent_as_json_ld(outbox, broker, clock, fast_backoff):
    report = run(outbox, sink_for(broker, inline_context=True), clock, fast_backoff)
    assert report.complete
    assert broker.state.requests[0].headers["Content-Type"] == "application/ld+json"
    assert "Link" not in broker.state.requests[0].headers


def test_207_is_read_entity_by_entity(outbox, broker, clock, fast_backoff):
    ids = [e.entity_id for e in outbox.pending(outbox.target_id(sink_for(broker).target), 100)]
    refused, flaky = ids[0], ids[1]
    broker.state.then(Behaviour("status", 207, body={
        "success": ids[2:],
        "errors": [
            {"entityId": refused, "error": {"type": ERR + "BadRequestData", "title": "Invalid value",
                                            "detail": "kpiValue must be positive", "status": 400}},
            {"entityId": flaky, "error": {"type": ERR + "InternalError", "title": "database busy"}},
        ],
    }))
    sink = sink_for(broker)
    sink.batch_size = 100
    report = run(outbox, sink, clock, fast_backoff)
    assert report.sent == len(ids) - 2 and report.parked == 1 and report.retried == 1
    assert "kpiValue must be positive" in report.parked_reasons[refused]
    assert report.retry_at is not None  # the flaky one goes again after a backoff
    clock.advance(3600)
    final = run(outbox, sink_for(broker), clock, fast_backoff)
    assert final.complete and final.sent == 1
    (status,) = outbox.status()
    assert (status.queued, status.parked, status.sent) == (0, 1, len(ids) - 1)


def test_an_invalid_batch_is_split_and_only_the_culprit_parked(outbox, broker, clock, fast_backoff):
    good = outbox.pending(outbox.target_id(sink_for(broker).target), 1000)
    bad = dict(good[0].payload, id="not-a-uri", calculationPeriod={"from": "2025-03-02", "to": "2025-03-02"})
    outbox.add_entities([bad])

    # This broker refuses a whole batch (400) when any entity in it is invalid.
    original = broker.state.next_behaviour

    def strict() -> Behaviour:
        behaviour = original()
        request = broker.state.requests[-1]
        if "not-a-uri" in request.entity_ids:
            return Behaviour("status", 400, body={"type": ERR + "BadRequestData", "title": "Invalid entity",
                                                  "detail": "id must be a URI"})
        return behaviour

    broker.state.next_behaviour = strict
    sink = sink_for(broker)
    sink.batch_size = 1000
    report = run(outbox, sink, clock, fast_backoff)
    assert report.parked == 1 and report.sent == len(good)
    assert report.parked_reasons["not-a-uri"] == "400: Invalid entity - id must be a URI"
    assert report.requests > 2 and "not-a-uri" not in broker.state.entities()


@pytest.mark.parametrize("header", ["120", "http-date"])
def test_429_waits_at_least_retry_after(outbox, broker, clock, fast_backoff, header):
    if header == "http-date":
        header = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=121), usegmt=True)
    broker.state.then(Behaviour("status", 429, headers={"Retry-After": header},
                                body={"type": ERR + "TooManyRequests", "title": "slow down"}))
    report = run(outbox, sink_for(broker), clock, fast_backoff)
    assert report.sent == 0 and report.error.startswith("429")
    assert (report.retry_at - clock()).total_seconds() >= 110


def test_5xx_backs_off_exponentially_and_then_recovers(outbox, broker, clock, fast_backoff):
    broker.state.then(*[Behaviour("status", code) for code in (500, 502, 503, 504, 500, 503)])
    delays = []
    for _ in range(6):
        report = run(outbox, sink_for(broker), clock, fast_backoff)
        assert report.sent == 0 and report.error
        delays.append((report.retry_at - clock()).total_seconds())
        clock.set(report.retry_at)
    # equal jitter: the n-th wait lies in [step/2, step] with step = 1, 2, 4, 8, 16, 32 s
    for n, delay in enumerate(delays):
        assert 2**n / 2 <= delay <= 2**n
    report = run(outbox, sink_for(broker), clock, fast_backoff)
    assert report.complete and outbox.status()[0].failures == 0


@pytest.mark.parametrize(
    "failure, message",
    [
        (Behaviour("stall", stall_s=3.0), "timed out"),
        (Behaviour("drop"), "dropped"),
        (Behaviour("apply-then-drop"), "dropped"),
    ],
)
def test_timeouts_and_dropped_connections_are_retried(outbox, broker, clock, fast_backoff, failure, message):
    broker.state.then(failure)
    report = run(outbox, sink_for(broker), clock, fast_backoff)
    assert report.sent == 0 and message in report.error and report.retry_at is not None
    clock.set(report.retry_at)
    assert run(outbox, sink_for(broker), clock, fast_backoff).complete


def test_connection_refused_is_retried(outbox, broker, clock, fast_backoff):
    broker.stop()
    report = run(outbox, sink_for(broker), clock, fast_backoff)
    assert report.sent == 0 and "cannot connect" in report.error
    broker.start()
    clock.set(report.retry_at)
    assert run(outbox, sink_for(broker), clock, fast_backoff).complete


def test_a_refused_token_holds_the_target_without_parking(outbox, clock, fast_backoff):
    from tests.sync.ngsi_ld_testserver import NgsiLdTestServer

    with NgsiLdTestServer(token=TOKEN) as locked:
        report = run(outbox, sink_for(locked, token="wrong"), clock, fast_backoff)
        assert report.refused and "401" in report.refused and report.parked == 0
        (status,) = outbox.status()
        assert status.queued == outbox.entity_count() and "401" in status.last_error
        assert run(outbox, sink_for(locked, token=TOKEN), clock, fast_backoff).complete


def test_other_4xx_park_the_entity_with_the_brokers_message(outbox, broker, clock, fast_backoff):
    broker.state.default = Behaviour("status", 422, body={"title": "Unprocessable", "detail": "unit unknown"})
    sink = sink_for(broker)
    sink.batch_size = 4
    report = run(outbox, sink, clock, fast_backoff)
    assert report.parked == outbox.entity_count() and report.sent == 0
    assert set(report.parked_reasons.values()) == {"422: Unprocessable - unit unknown"}


def test_the_token_is_never_logged_or_shown(outbox, broker, clock, fast_backoff, caplog, tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    caplog.set_level(logging.DEBUG)
    sink = make_sink(SinkChoice("ngsi-ld", url=broker.url, token_file=str(token_file)), STATION, tmp_path)
    broker.state.then(Behaviour("status", 503), Behaviour("drop"))
    for _ in range(3):
        report = run(outbox, sink, clock, fast_backoff)
        clock.set(report.retry_at or clock())
        sink = make_sink(SinkChoice("ngsi-ld", url=broker.url, token_file=str(token_file)), STATION, tmp_path)
    assert broker.state.requests[-1].headers["Authorization"] == f"Bearer {TOKEN}"
    assert caplog.records  # httpx and the sync did log
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(sink) and TOKEN not in str(sink.target)
    assert TOKEN not in str(outbox.status()[0].as_dict())


def test_tls_verification_is_on_by_default(broker):
    sink = NgsiLdSink("https://broker.example/")
    context = sink._client._transport._pool._ssl_context
    assert context.check_hostname and context.verify_mode.name == "CERT_REQUIRED"
    sink.close()


@pytest.mark.parametrize(
    "url, message",
    [
        ("broker.example", "sync.url is 'broker.example'"),
        ("ftp://broker.example/", "must be a broker's base URL"),
        ("https://user:pw@broker.example/", "must not contain a user or password"),
    ],
)
def test_bad_urls_are_refused_clearly(url, message, tmp_path):
    with pytest.raises(SyncConfigError, match=message):
        make_sink(SinkChoice("ngsi-ld", url=url), STATION, tmp_path)


def test_token_file_problems_name_the_key_and_file(tmp_path, monkeypatch):
    missing = tmp_path / "nope"
    with pytest.raises(SyncConfigError, match=f"sync.token_file: {missing} does not exist"):
        read_token(str(missing))
    empty = tmp_path / "empty"
    empty.write_text("\n")
    with pytest.raises(SyncConfigError, match=f"sync.token_file: {empty} must hold the token on one line"):
        read_token(str(empty))
    two = tmp_path / "two"
    two.write_text("a\nb\n")
    with pytest.raises(SyncConfigError, match="on one line"):
        read_token(str(two))
    monkeypatch.setenv("VIZIUM_SYNC_TOKEN", "from-env")
    assert read_token("") == "from-env"
    with pytest.raises(SyncConfigError, match=r"sync\.url is empty"):
        make_sink(SinkChoice("ngsi-ld"), STATION, tmp_path)


def test_a_207_without_a_readable_body_is_retried(outbox, broker, clock, fast_backoff):
    broker.state.then(Behaviour("status", 207, body={"unexpected": True}))
    report = run(outbox, sink_for(broker), clock, fast_backoff)
    assert report.sent == 0 and "207" in report.error and report.retry_at
