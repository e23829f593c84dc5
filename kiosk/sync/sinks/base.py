"""What every sink shares: its protocol, its answer, and the error for settings that cannot work.

Apart from the package's ``__init__`` (which builds a sink and so imports each one) so that the
sinks import these without importing the module that imports them: no import circle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from kiosk.sync.outbox import OutboxEntry, Target


class SyncConfigError(Exception):
    """The sync settings cannot work; the message names the key and what would be valid."""


@dataclass
class SinkAnswer:
    """What a target said about a batch, by entity id."""

    confirmed: list[str] = field(default_factory=list)
    parked: dict[str, str] = field(default_factory=dict)  # id -> the target's reason
    retry: dict[str, str] = field(default_factory=dict)  # id -> transient reason
    retry_after_s: float | None = None


class Sink(Protocol):
    target: Target
    batch_size: int

    def send(self, entries: list[OutboxEntry]) -> SinkAnswer: ...

    def close(self) -> None: ...
