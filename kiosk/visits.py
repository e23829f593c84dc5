"""The visitor's flow, Qt-free: the rules the visit and exhibit KPIs rest on (DESIGN.md sections 4-5).

- A visit starts with the first touch after the attract loop (or an exhibit opened without one)
  and ends at the idle reset, a staff exit, the end or start of a programme session, closing
  time or shutdown; its end reason is one of ``kiosk.journal.END_REASONS``.
- While an educator's programme session runs, the kiosk offers only the session's exhibits, in
  the programme's order, and every visit carries the session's id. Locking or unlocking ends the
  visit in progress with the reason ``session``.
- An exhibit run is ``error`` when the exhibit failed, ``completed`` when the visitor reached a
  goal, ``abandoned`` otherwise; runs a killed process left open become ``interrupted`` at the
  next start (``Journal.record_start``).
- ``active_ms`` runs from the start of the run to the visitor's last input in it, so the idle
  tail before a reset (or before the visitor walked away) is left out.

``VisitFlow`` gets the journal, the kiosk's clock (``kiosk.clock``) and a view (the window)
that stops the exhibit and resets the screens when told; the window and the exhibit host only
forward what the visitor does. Tests drive it with a ManualClock and a fake view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from kiosk.clock import SYSTEM_CLOCK, Clock
from kiosk.journal import Journal, RunResult

log = logging.getLogger(__name__)

#: How an exhibit run ended (``kiosk.journal.OUTCOMES`` adds ``interrupted``, set at start-up).
COMPLETED, ABANDONED, ERROR = "completed", "abandoned", "error"


class VisitView(Protocol):
    """What the flow asks of the screens when a visit ends."""

    def stop_exhibit(self, reason: str) -> None:
        """Close the open exhibit, if any (its run ends through ``VisitFlow.end_run``)."""
        ...

    def reset_for_next_visitor(self) -> None:
        """Language, look and screens back to what a new visitor finds (the attract loop)."""
        ...


class _NoView:
    """For a flow without screens (tests of the rules, tools)."""

    def stop_exhibit(self, reason: str) -> None:
        pass

    def reset_for_next_visitor(self) -> None:
        pass


class Offered(Protocol):
    """Anything offered on the home screen: it has an exhibit id."""

    @property
    def id(self) -> str: ...


OfferedT = TypeVar("OfferedT", bound=Offered)

#: Called with the end reason once a visit has ended and the kiosk waits for the next visitor.
IdleListener = Callable[[str], object]


def run_outcome(why: str, completed: bool) -> str:
    """The outcome of a run that ends because of ``why`` (``error`` or any other reason)."""
    if why == ERROR:
        return ERROR
    return COMPLETED if completed else ABANDONED


@dataclass
class OpenRun:
    """The exhibit run in progress: its journal id and the clock readings active_ms comes from."""

    run_id: int
    exhibit_id: str
    started_s: float
    last_input_s: float

    @property
    def active_ms(self) -> int:
        """From the start to the last input: the idle tail does not count."""
        return int((self.last_input_s - self.started_s) * 1000)


class VisitFlow:
    """Starts and ends visits and runs, keeps the session lock, and records it all in the journal."""

    def __init__(self, journal: Journal, clock: Clock = SYSTEM_CLOCK, view: VisitView | None = None,
                 language: str = "en") -> None:
        self.journal = journal
        self.clock = clock
        self.view: VisitView = view or _NoView()
        #: The visitor's language now (recorded on the visit when it changes).
        self.language = language
        self.visit_id: int | None = None
        self.run: OpenRun | None = None
        #: While an educator's programme session runs: its id and the exhibits it offers, in order.
        self.programme_session_id: int | None = None
        self.session_exhibits: tuple[str, ...] | None = None
        #: Counted for the monkey's and the soak benchmark's summaries.
        self.visits_started = 0
        self.runs_started = 0
        self._idle_listeners: list[IdleListener] = []

    # -- visits ------------------------------------------------------------------------------

    @property
    def in_visit(self) -> bool:
        return self.visit_id is not None

    def start_visit(self) -> int:
        """A visitor is here: the visit in progress, or a new one in the current language."""
        if self.visit_id is None:
            self.visit_id = self.journal.start_visit(self.language, self.programme_session_id)
            self.visits_started += 1
        return self.visit_id

    def set_language(self, language: str) -> None:
        """The visitor chose a language: the visit records the last one chosen."""
        self.language = language
        if self.visit_id is not None:
            self.journal.set_visit_language(self.visit_id, language)

    def end_visit(self, reason: str) -> None:
        """Stop the exhibit, end the visit with ``reason``, reset the screens, then tell the idle
        listeners. The screens are reset even without a visit (a countdown after a staff visit)."""
        self.view.stop_exhibit(reason)
        if self.visit_id is not None:
            self.journal.end_visit(self.visit_id, reason)
            self.visit_id = None
        self.view.reset_for_next_visitor()
        for listener in list(self._idle_listeners):
            try:
                listener(reason)
            except Exception:  # a listener's fault must not keep the kiosk from its next visitor
                log.exception("an idle-reset listener failed after a visit ended (%s)", reason)

    def shutdown(self) -> None:
        """The process stops: close the exhibit and end the visit ``shutdown``; no screens change."""
        if self.visit_id is not None:
            self.view.stop_exhibit("shutdown")
            self.journal.end_visit(self.visit_id, "shutdown")
            self.visit_id = None

    def when_idle(self, listener: IdleListener) -> None:
        """Call ``listener(reason)`` each time a visit has ended and the kiosk waits for the next
        visitor: the safe moment to change what visitors see (settings from the hub, for example)."""
        self._idle_listeners.append(listener)

    # -- the session lock --------------------------------------------------------------------

    def lock_to_session(self, session_id: int, exhibit_ids: Sequence[str]) -> None:
        """An educator's session: the visit in progress ends, later visits carry the session."""
        if self.visit_id is not None:
            self.end_visit("session")
        self.programme_session_id = session_id
        self.session_exhibits = tuple(exhibit_ids)

    def unlock_session(self) -> None:
        """The session ended: back to the public kiosk."""
        if self.visit_id is not None:
            self.end_visit("session")
        self.programme_session_id = None
        self.session_exhibits = None

    def offered(self, entries: Iterable[OfferedT]) -> list[OfferedT]:
        """Of the enabled exhibits, those to offer now: all, or the session's in its order."""
        if self.session_exhibits is None:
            return list(entries)
        order = {exhibit_id: index for index, exhibit_id in enumerate(self.session_exhibits)}
        return sorted((e for e in entries if e.id in order), key=lambda e: order[e.id])

    # -- exhibit runs ------------------------------------------------------------------------

    def start_run(self, exhibit_id: str) -> int:
        """An exhibit opens in the visit in progress (one is started if there is none)."""
        if self.run is not None:
            raise RuntimeError(f"exhibit run {self.run.run_id} is still open: end it before starting another")
        visit_id = self.start_visit()
        now = self.clock.monotonic()
        run_id = self.journal.start_run(visit_id, exhibit_id)
        self.run = OpenRun(run_id, exhibit_id, started_s=now, last_input_s=now)
        self.runs_started += 1
        return run_id

    def note_input(self) -> None:
        """A touch or a recorded interaction: the open run is still active."""
        if self.run is not None:
            self.run.last_input_s = self.clock.monotonic()

    def end_run(self, why: str, *, completed: bool, score: float | None = None, interactions: int = 0) -> str | None:
        """End the open run; ``why`` is ``error`` for a fault. Returns the outcome (None without a run)."""
        run = self.run
        if run is None:
            return None
        self.run = None
        outcome = run_outcome(why, completed)
        self.journal.end_run(
            run.run_id, RunResult(outcome=outcome, score=score, interactions=interactions, active_ms=run.active_ms)
        )
        return outcome
