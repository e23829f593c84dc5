"""An in-process NGSI-LD broker for tests and benchmarks (batch upsert only), on 127.0.0.1.

It answers ``POST /ngsi-ld/v1/entityOperations/upsert`` as ETSI GS CIM 009 says: 201 with the
ids of created entities, 204 when every entity existed, 207 ``{success, errors}`` when some were
invalid, 400 when the body or every entity is invalid. Tests script failures for the next
requests: any status (5xx, 429 with Retry-After, 401...), a stall longer than the client's
timeout, a dropped connection (before or after the upsert was applied), or a transient 207.
``stop()`` closes the port, so clients then get "connection refused"; ``start()`` reopens it.
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

UPSERT_PATH = "/ngsi-ld/v1/entityOperations/upsert"
ERR = "https://uri.etsi.org/ngsi-ld/errors/"


@dataclass
class Behaviour:
    """What the broker does with one request."""

    kind: str = "ok"  # ok, status, stall, drop, apply-then-drop, apply-then-stall, transient-207
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    stall_s: float = 1.0


@dataclass
class Seen:
    """One request as the broker received it."""

    path: str
    headers: dict[str, str]
    entity_ids: list[str]
    answered: int | None  # status sent, None if dropped or stalled


class BrokerState:
    """The broker's entities (per tenant) and its script of failures."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token
        self.tenants: dict[str, dict[str, dict[str, Any]]] = {}
        self.requests: list[Seen] = []
        self.applied_upserts = 0  # entity writes applied (replays included)
        self.script: deque[Behaviour] = deque()
        self.default = Behaviour()
        self.lock = threading.Lock()
        self.release = threading.Event()  # ends every stall at once (teardown)

    def entities(self, tenant: str = "") -> dict[str, dict[str, Any]]:
        with self.lock:
            return dict(self.tenants.get(tenant, {}))

    def values(self, tenant: str = "") -> dict[str, Any]:
        """Entity id -> kpiValue, as a consumer of the broker would read them."""
        return {eid: e["kpiValue"]["value"] for eid, e in self.entities(tenant).items()}

    def then(self, *behaviours: Behaviour) -> None:
        with self.lock:
            self.script.extend(behaviours)

    def next_behaviour(self) -> Behaviour:
        with self.lock:
            return self.script.popleft() if self.script else self.default


def _invalid(entity: Any, json_ld: bool) -> str | None:
    """Why an entity is invalid, or None."""
    if not isinstance(entity, dict):
        return "an entity must be a JSON object"
    entity_id = entity.get("id")
    if not isinstance(entity_id, str) or ":" not in entity_id:
        return "id must be a URI"
    if not isinstance(entity.get("type"), str) or not entity["type"]:
        return "type is missing"
    if json_ld and "@context" not in entity:
        return "application/ld+json needs an @context in the body"
    if not json_ld and "@context" in entity:
        return "application/json must not carry an @context (use the Link header)"
    for name, attribute in entity.items():
        if name in ("id", "type", "@context"):
            continue
        if not isinstance(attribute, dict) or attribute.get("type") not in ("Property", "Relationship", "GeoProperty"):
            return f"attribute {name} is not a Property, Relationship or GeoProperty"
        if "value" not in attribute and "object" not in attribute:
            return f"attribute {name} has no value"
    return None


def _problem(kind: str, title: str, detail: str = "") -> dict[str, Any]:
    return {"type": ERR + kind, "title": title, "detail": detail}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # as real brokers do: no 40 ms delayed-ACK stalls per answer
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if data:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if data:
            self.wfile.write(data)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def do_POST(self) -> None:
        state = self.server.state
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        headers = {k: v for k, v in self.headers.items()}
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        ids = [e.get("id") for e in body if isinstance(e, dict)] if isinstance(body, list) else []
        seen = Seen(self.path, headers, ids, None)
        with state.lock:
            state.requests.append(seen)
        behaviour = state.next_behaviour()
        if behaviour.kind == "drop":
            return self._drop()
        if behaviour.kind == "stall":
            state.release.wait(behaviour.stall_s)
            return self._drop()
        if behaviour.kind == "status":
            seen.answered = behaviour.status
            return self._send(behaviour.status, behaviour.body, behaviour.headers)
        if self.path != UPSERT_PATH:
            seen.answered = 404
            return self._send(404, _problem("ResourceNotFound", "no such path"))
        if state.token is not None and headers.get("Authorization") != f"Bearer {state.token}":
            seen.answered = 401
            return self._send(401, _problem("Unauthorized", "a valid bearer token is needed"))
        status, answer = self._upsert(body, headers, behaviour)
        if behaviour.kind == "apply-then-drop":
            return self._drop()
        if behaviour.kind == "apply-then-stall":
            state.release.wait(behaviour.stall_s)
            return self._drop()
        seen.answered = status
        self._send(status, answer)

    def _upsert(self, body: Any, headers: dict[str, str], behaviour: Behaviour) -> tuple[int, Any]:
        state = self.server.state
        json_ld = headers.get("Content-Type", "").startswith("application/ld+json")
        if not isinstance(body, list) or not body:
            return 400, _problem("BadRequestData", "the body must be a non-empty JSON array of entities")
        tenant = headers.get("NGSILD-Tenant", "")
        created, succeeded, errors = [], [], []
        with state.lock:
            store = state.tenants.setdefault(tenant, {})
            for index, entity in enumerate(body):
                reason = _invalid(entity, json_ld)
                entity_id = entity.get("id") if isinstance(entity, dict) else f"#{index}"
                if reason is None and behaviour.kind == "transient-207" and index % 2 == 0:
                    errors.append({"entityId": entity_id,
                                   "error": {**_problem("InternalError", "try again later"), "status": 500}})
                    continue
                if reason is not None:
                    errors.append({"entityId": entity_id,
                                   "error": {**_problem("BadRequestData", "invalid entity", reason), "status": 400}})
                    continue
                if entity_id not in store:
                    created.append(entity_id)
                # Upsert without options replaces the entity's attributes.
                store[entity_id] = {k: v for k, v in entity.items() if k != "@context"}
                succeeded.append(entity_id)
                state.applied_upserts += 1
        if errors and not succeeded:
            return 400, _problem("BadRequestData", "no valid entity", "; ".join(
                f"{e['entityId']}: {e['error']['detail'] or e['error']['title']}" for e in errors[:5]))
        if errors:
            return 207, {"success": succeeded, "errors": errors}
        if created:
            return 201, created
        return 204, None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: BrokerState) -> None:
        self.state = state
        self.connections: set[socket.socket] = set()
        super().__init__(address, _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        conn, address = super().get_request()
        self.connections.add(conn)
        return conn, address

    def shutdown_request(self, request: Any) -> None:
        self.connections.discard(request)
        super().shutdown_request(request)

    def drop_all(self) -> None:
        """Close kept-alive connections too, as a broker going down would."""
        for conn in list(self.connections):
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class NgsiLdTestServer:
    """Start, stop (connection refused) and restart the broker on one port."""

    def __init__(self, token: str | None = None) -> None:
        self.state = BrokerState(token)
        self.port = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> NgsiLdTestServer:
        if self._server is None:
            self.state.release.clear()
            self._server = _Server(("127.0.0.1", self.port), self.state)
            self.port = self._server.server_address[1]
            self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                            name="ngsi-ld-test-broker", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self.state.release.set()
            self._server.shutdown()
            self._server.server_close()
            self._server.drop_all()
            if self._thread is not None:
                self._thread.join(5)
            self._server = None

    def __enter__(self) -> NgsiLdTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
