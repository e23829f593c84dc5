"""The NGSI-LD sink: batch upsert to a context broker (ETSI GS CIM 009).

``POST {url}/ngsi-ld/v1/entityOperations/upsert`` with normalized entities. 201 and 204 mean
every entity is stored; 207 is read entity by entity; 400 and other 4xx mark the batch invalid
(the runner splits it and parks the culprit with the broker's message); 401, 403, 404, 405 and
redirects mean the target refuses us (a configuration problem, nothing is parked); 5xx, 429,
408, timeouts, refused and dropped connections are transient. The bearer token goes only into
the Authorization header: it is never logged and never part of the target's address.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import urlsplit

import httpx

from kiosk.sync.entities import CONTEXT, KPI_CONTEXT, normalized
from kiosk.sync.outbox import OutboxEntry, Target
from kiosk.sync.retry import BatchRejected, TargetRefused, TransientError, parse_retry_after
from kiosk.sync.sinks.base import SinkAnswer, SyncConfigError

UPSERT_PATH = "ngsi-ld/v1/entityOperations/upsert"
LINK_HEADER = f'<{KPI_CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"'

_REFUSING = {401: "the broker refused the token (401 Unauthorized)",
             403: "the broker does not allow this station to write (403 Forbidden)",
             404: "no NGSI-LD API at this address (404 Not Found); check sync.url",
             405: "this address does not accept the batch upsert (405 Method Not Allowed); check sync.url"}
_TRANSIENT_4XX = {408, 425, 429}


def problem_text(response: httpx.Response, limit: int = 300) -> str:
    """The broker's message: ProblemDetails title and detail, or the start of the body."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        parts = [str(body[k]) for k in ("title", "detail") if body.get(k)]
        if parts:
            return f"{response.status_code}: " + " - ".join(parts)[:limit]
    text = response.text.strip().replace("\n", " ")
    return f"{response.status_code}: {text[:limit] or response.reason_phrase}"


def _error_text(error: Any) -> tuple[str, bool]:
    """(message, transient) of one entity's error in a 207 body."""
    if not isinstance(error, dict):
        return str(error)[:300], False
    status = error.get("status") or error.get("statusCode")
    kind = str(error.get("type", ""))
    parts = [str(error[k]) for k in ("title", "detail") if error.get(k)]
    message = " - ".join(parts) or kind or "refused"
    transient = kind.endswith("InternalError") or (isinstance(status, int) and (status >= 500 or status == 429))
    if isinstance(status, int):
        message = f"{status}: {message}"
    return message[:300], transient


def _transport_text(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {exc}" if str(exc) else "cannot connect"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection was dropped before an answer"
    return f"{type(exc).__name__}: {exc}"


class NgsiLdSink:
    """Upserts batches of entities to an NGSI-LD broker."""

    kind = "ngsi-ld"
    batch_size = 100

    def __init__(
        self,
        url: str,
        *,
        tenant: str = "",
        token: str | None = None,
        inline_context: bool = False,
        timeout_s: float = 30.0,
        connect_timeout_s: float = 10.0,
        transport: httpx.BaseTransport | None = None,
        verify: bool = True,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SyncConfigError(f"sync.url is {url!r}; it must be a broker's base URL like https://broker.example/")
        if parts.username or parts.password:
            raise SyncConfigError("sync.url must not contain a user or password; put the token in sync.token_file.")
        self.base_url = url.rstrip("/") + "/"
        self.upsert_url = self.base_url + UPSERT_PATH
        self.tenant = tenant
        self.inline_context = inline_context
        address = self.base_url + (f" (tenant {tenant})" if tenant else "")
        self.target = Target(self.kind, address)
        headers = {"Accept": "application/json"}
        if tenant:
            headers["NGSILD-Tenant"] = tenant
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=connect_timeout_s),
            verify=verify,
            follow_redirects=False,
            transport=transport,
        )

    def __repr__(self) -> str:  # never shows the token
        return f"NgsiLdSink({self.target.address!r})"

    def send(self, entries: list[OutboxEntry]) -> SinkAnswer:
        if not entries:
            return SinkAnswer()
        context = CONTEXT if self.inline_context else None
        body = json.dumps([normalized(e.payload, context=context) for e in entries], ensure_ascii=False)
        headers = {"Content-Type": "application/ld+json" if self.inline_context else "application/json"}
        if not self.inline_context:
            headers["Link"] = LINK_HEADER
        try:
            response = self._client.post(self.upsert_url, content=body.encode("utf-8"), headers=headers)
        except httpx.TransportError as exc:
            raise TransientError(_transport_text(exc)) from None
        return self._answer(response, entries)

    def _answer(self, response: httpx.Response, entries: list[OutboxEntry]) -> SinkAnswer:
        status = response.status_code
        ids = [e.entity_id for e in entries]
        if status in (200, 201, 204):
            return SinkAnswer(confirmed=ids)
        if status == 207:
            return self._multi_status(response, ids)
        retry_after = parse_retry_after(response.headers.get("Retry-After"), dt.datetime.now(dt.UTC))
        if status >= 500 or status in _TRANSIENT_4XX:
            raise TransientError(problem_text(response), retry_after_s=retry_after)
        if status in _REFUSING:
            raise TargetRefused(f"{_REFUSING[status]}: {problem_text(response)}")
        if 300 <= status < 400:
            where = response.headers.get("Location", "?")
            raise TargetRefused(f"the broker redirects to {where} ({status}); set sync.url to the final address")
        if 400 <= status < 500:
            raise BatchRejected(problem_text(response))
        raise TransientError(f"unexpected answer {status} from the broker")

    @staticmethod
    def _multi_status(response: httpx.Response, ids: list[str]) -> SinkAnswer:
        try:
            body = response.json()
            if not isinstance(body, dict) or not ({"success", "errors"} & set(body)):
                raise ValueError("no success or errors list")
            successes, errors = body.get("success", []), body.get("errors", [])
            if not isinstance(successes, list) or not isinstance(errors, list):
                raise ValueError("success and errors must be lists")
        except ValueError as exc:
            raise TransientError(f"207 from the broker without a readable body ({exc})") from None
        answer = SinkAnswer()
        succeeded = {s if isinstance(s, str) else s.get("id") for s in successes if isinstance(s, str | dict)}
        failed = {}
        for item in errors:
            if isinstance(item, dict) and isinstance(item.get("entityId"), str):
                failed[item["entityId"]] = _error_text(item.get("error"))
        for entity_id in ids:
            if entity_id in failed:
                message, transient = failed[entity_id]
                if transient:
                    answer.retry[entity_id] = message
                else:
                    answer.parked[entity_id] = message
            elif entity_id in succeeded:
                answer.confirmed.append(entity_id)
            else:
                answer.retry[entity_id] = "the broker's 207 answer does not mention this entity"
        return answer

    def close(self) -> None:
        self._client.close()
