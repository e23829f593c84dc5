"""What the port scene's camera shows: the stretch of port and sky a level is played in (Qt-free).

A level is framed from the launcher to a little past its target, and from the sea up to the
height its shots reach (not an empty sky far above them); a ball that flies higher is followed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from exhibits.launch.model import Flight, Level

#: Sea shown past the target: a share of its distance, and at least a few metres (a long shot's splash).
RIGHT_MARGIN_SHARE = 0.1
MIN_RIGHT_MARGIN_M = 4.0
#: Sky shown above the highest thing that belongs to the level (a lob clears an obstacle by a lot).
ABOVE_TALLEST_SHARE = 1.4
#: A launcher up high stands on the lighthouse, this wide each side of it at its foot.
LIGHTHOUSE_HALF_WIDTH_M = 3.2
#: A little sky above the flights the level asks for.
HEADROOM_SHARE = 1.05


@dataclass(frozen=True)
class Frame:
    """The world box that must be in view: x from behind_m behind the launcher to right_m, y from the
    sea to top_m."""

    right_m: float
    top_m: float
    behind_m: float = 0.0


@lru_cache(maxsize=32)
def level_frame(level: Level) -> Frame:
    """The target near the far side and the sky as high as a shot at this level goes."""
    target = level.target
    reach_m = target.box.centre_x_m
    right_m = target.box.right_m + target.sway_m + max(MIN_RIGHT_MARGIN_M, RIGHT_MARGIN_SHARE * reach_m)
    # the 45° shot that lands on the target rises a quarter of its range (v²/4g against v²/g)
    lob_m = reach_m / 4
    tallest_m = max([level.launch_height_m, target.box.top_m, *(o.box.top_m for o in level.obstacles)])
    behind_m = LIGHTHOUSE_HALF_WIDTH_M if level.launch_height_m > 0 else 0.0
    return Frame(right_m, HEADROOM_SHARE * max(lob_m, ABOVE_TALLEST_SHARE * tallest_m), behind_m)


def flight_top_m(flight: Flight) -> float:
    """The highest the ball gets on this flight: exact without air, an upper bound with it."""
    _, y_m = flight.position_m
    _, vy_mps = flight.velocity_mps
    rising_m = max(0.0, vy_mps) ** 2 / (2 * flight.gravity_mps2) if flight.result is None else 0.0
    return max(flight.max_height_m, y_m + rising_m)


def level_lob(level: Level, points: int = 41) -> list[tuple[float, float]]:
    """The arc of the shots a level is framed for (x, y in metres): a parabola from the launcher over the
    level's own height (its frame without the headroom) down onto the target's top. The sky above it is
    free while a visitor aims; the aim can be drawn there."""
    start_m = level.launch_height_m
    top_m = level_frame(level).top_m / HEADROOM_SHARE
    end_x_m, end_y_m = level.target.box.centre_x_m, level.target.box.top_m
    # top_m - a·(x - apex)² through both ends: the apex divides the way by the square roots of the drops
    share = math.sqrt((top_m - start_m) / (top_m - end_y_m))
    apex_x_m = end_x_m * share / (1 + share)
    curve = (top_m - end_y_m) / (end_x_m - apex_x_m) ** 2
    return [(x, top_m - curve * (x - apex_x_m) ** 2) for x in
            (end_x_m * index / (points - 1) for index in range(points))]
