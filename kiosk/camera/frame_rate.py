"""The capture rate a camera pipeline reports: frames counted over the last second.

A rate from the gap between two frames is noisy (a paced source's reads jitter by a few ms), and
the first such gap can be a millisecond: the camera check once read 245.8 fps from a 30 fps
synthetic camera. Counting frames over a span of time is steady, and says nothing until the span
is long enough to mean something.
"""

from __future__ import annotations

from collections import deque

WINDOW_S = 1.0
#: Shorter than this, the span's ends' jitter would dominate the rate: report nothing yet.
MIN_SPAN_S = 0.2


class FrameRate:
    """Frames a second over the last ``window_s`` seconds of capture times."""

    def __init__(self, window_s: float = WINDOW_S, min_span_s: float = MIN_SPAN_S) -> None:
        self.window_s = window_s
        self.min_span_s = min_span_s
        self._marks: deque[tuple[float, int]] = deque()  # (capture time, frames counted by then)
        self._frames = 0

    def reset(self) -> None:
        self._marks.clear()
        self._frames = 0

    def add(self, captured_at: float, skipped: int = 0) -> float:
        """Count one captured frame (and the ``skipped`` ones the source dropped before it);
        returns the rate, or 0.0 while the frames span less than ``min_span_s``."""
        self._frames += 1 + skipped
        self._marks.append((captured_at, self._frames))
        while len(self._marks) > 2 and captured_at - self._marks[1][0] >= self.window_s:
            self._marks.popleft()
        return self.rate()

    def rate(self) -> float:
        if len(self._marks) < 2:
            return 0.0
        (first_at, first_count), (last_at, last_count) = self._marks[0], self._marks[-1]
        span_s = last_at - first_at
        if span_s < self.min_span_s:
            return 0.0
        return (last_count - first_count) / span_s
