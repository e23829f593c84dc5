"""How the sync reacts to failures: which are worth retrying, and how long to wait.

Transient problems (no network, timeouts, a busy or broken server, 429) are retried forever
with exponential backoff and jitter, never sooner than the server's ``Retry-After``.
Permanent problems with one entity park it; a target that refuses us altogether (bad token,
wrong address) is held back at the longest backoff until someone fixes the configuration.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import random
from dataclasses import dataclass, field


class TransientError(Exception):
    """Try the same batch again later (the target may say when: ``retry_after_s``)."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class TargetRefused(Exception):
    """The target refuses every request (e.g. 401, 403, 404): a configuration problem for staff.

    Entities are not parked (they are fine); the target is retried slowly until it accepts.
    """


class BatchRejected(Exception):
    """The target refused the batch as invalid; the runner splits it to find the culprit(s)."""


@dataclass
class Backoff:
    """Exponential backoff with "equal jitter": half the step fixed, half random.

    The n-th consecutive failure waits between step/2 and step, where
    step = min(max_s, base_s * factor ** (n - 1)); never less than a Retry-After.
    """

    base_s: float = 5.0
    factor: float = 2.0
    max_s: float = 900.0
    max_retry_after_s: float = 6 * 3600.0  # a broker asking for more is not believed
    rng: random.Random = field(default_factory=random.Random)

    def delay_s(self, failures: int, retry_after_s: float | None = None) -> float:
        step = min(self.max_s, self.base_s * self.factor ** max(0, failures - 1))
        delay = step / 2 + self.rng.uniform(0, step / 2)
        if retry_after_s is not None:
            delay = max(delay, min(retry_after_s, self.max_retry_after_s))
        return delay


def parse_retry_after(value: str | None, now: dt.datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())
