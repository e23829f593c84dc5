"""The launch model against projectile mathematics, hit detection and the game rules."""

from __future__ import annotations

import math

import pytest

from exhibits.launch.model import (
    ANGLE_RANGE_DEG,
    LEVELS,
    SPEED_RANGE_MPS,
    Box,
    Flight,
    LaunchGame,
    Level,
    Obstacle,
    Target,
    ideal_max_height_m,
    ideal_range_m,
    shot_score,
    simulate_flight,
)

G = 9.81


@pytest.mark.parametrize(("speed_mps", "angle_deg"), [(10, 20), (17.5, 45), (25, 60), (35, 75), (8, 5)])
def test_range_without_drag_matches_formula(speed_mps: float, angle_deg: float) -> None:
    flight = simulate_flight(speed_mps, angle_deg)
    expected = speed_mps**2 * math.sin(math.radians(2 * angle_deg)) / G
    assert flight.result is not None and flight.result.outcome == "ground"
    assert flight.result.landing_x_m == pytest.approx(expected, rel=0.005)
    assert ideal_range_m(speed_mps, angle_deg) == pytest.approx(expected)


@pytest.mark.parametrize(("speed_mps", "angle_deg"), [(12, 30), (20, 45), (30, 80)])
def test_max_height_matches_formula(speed_mps: float, angle_deg: float) -> None:
    flight = simulate_flight(speed_mps, angle_deg)
    expected = (speed_mps * math.sin(math.radians(angle_deg))) ** 2 / (2 * G)
    assert flight.max_height_m == pytest.approx(expected, rel=0.005)
    assert ideal_max_height_m(speed_mps, angle_deg) == pytest.approx(expected)
    # time of flight 2·v·sinθ/g
    assert flight.time_s == pytest.approx(2 * speed_mps * math.sin(math.radians(angle_deg)) / G, rel=0.005)


def test_45_degrees_goes_farthest_on_flat_ground() -> None:
    ranges = {angle: simulate_flight(20, angle).result.landing_x_m for angle in range(30, 61)}
    assert max(ranges, key=ranges.get) == 45
    # complementary angles land at the same place
    assert ranges[30] == pytest.approx(ranges[60], rel=0.005)
    assert ranges[40] == pytest.approx(ranges[50], rel=0.005)


def test_air_drag_shortens_the_flight_and_favours_flatter_angles() -> None:
    free = simulate_flight(30, 45)
    dragged = simulate_flight(30, 45, drag_per_m=0.004)
    assert dragged.result.landing_x_m < 0.9 * free.result.landing_x_m
    assert dragged.max_height_m < free.max_height_m
    with_drag = {angle: simulate_flight(30, angle, drag_per_m=0.01).result.landing_x_m for angle in range(30, 50)}
    assert max(with_drag, key=with_drag.get) < 45
    # the drag is a real force: stronger drag, shorter flight
    assert simulate_flight(30, 45, drag_per_m=0.01).result.landing_x_m < dragged.result.landing_x_m


def test_launch_from_a_height_lands_farther_as_the_formula_says() -> None:
    flight = simulate_flight(20, 30, launch_height_m=20)
    assert flight.result.landing_x_m == pytest.approx(ideal_range_m(20, 30, launch_height_m=20), rel=0.005)
    assert flight.result.landing_x_m > ideal_range_m(20, 30)
    assert flight.max_height_m == pytest.approx(20 + ideal_max_height_m(20, 30), rel=0.005)


def test_segment_box_contact() -> None:
    wall = Box(10, 0, 0.2, 5)  # thin wall
    assert wall.segment_entry((0, 1), (20, 1)) == pytest.approx(0.5)  # a fast step cannot tunnel
    assert wall.segment_entry((0, 6), (20, 6)) is None  # above the wall
    assert wall.segment_entry((0, 5.4), (20, 5.4), margin_m=0.5) is not None  # grazes with the ball's radius
    assert wall.segment_entry((0, 1), (9, 1)) is None  # stops short
    assert wall.segment_entry((10.1, 10), (10.1, -10)) == pytest.approx(0.25)  # straight down onto it
    assert wall.segment_entry((10.1, 2), (10.1, 3)) == 0.0  # already inside
    assert wall.contains(10.1, 2) and not wall.contains(9, 2)


def test_flight_hits_a_target_and_is_stopped_by_an_obstacle() -> None:
    open_level = Level("test", Target("buoy", Box(28, 0, 6, 4)))
    hit = simulate_flight(17.5, 45, level=open_level)
    assert hit.result.outcome == "hit"
    short = simulate_flight(12, 45, level=open_level)
    assert short.result.outcome == "ground"
    assert short.result.miss_m == pytest.approx(12**2 / G - 31, abs=0.1)  # negative: too short
    walled = Level("test", Target("buoy", Box(28, 0, 6, 4)), obstacles=(Obstacle("containers", Box(15, 0, 3, 12)),))
    blocked = simulate_flight(17.5, 45, level=walled)
    assert blocked.result.outcome == "obstacle"
    assert blocked.result.obstacle_kind == "containers"
    assert blocked.result.landing_x_m == pytest.approx(15 - 0.5, abs=0.05)


def test_moving_target_sways_and_is_hit_where_it_is() -> None:
    target = Target("ship", Box(60, 0, 10, 6), sway_m=12, sway_period_s=14)
    assert target.box_at(0).left_m == 60
    assert target.box_at(3.5).left_m == pytest.approx(72)
    assert target.box_at(10.5).left_m == pytest.approx(48)
    level = Level("test", target)
    # a shot that lands at 65 m hits only when the ship is there
    speed = math.sqrt(65 * G)
    flight_time_s = 2 * speed * math.sin(math.radians(45)) / G
    at_centre = Flight(speed, 45)
    clock = 14 - flight_time_s  # the ship is back at its start when the ball comes down
    while at_centre.step(1 / 60, level, clock) is None:
        clock += 1 / 60
    assert at_centre.result.outcome == "hit"
    away = Flight(speed, 45)
    clock = 3.5 - flight_time_s  # the ship is 12 m farther then
    while away.step(1 / 60, level, clock) is None:
        clock += 1 / 60
    assert away.result.outcome == "ground"


def test_a_ball_flying_off_the_map_ends_as_away() -> None:
    assert simulate_flight(35, 45).result.outcome == "ground"  # 125 m: still inside the port
    assert simulate_flight(35, 40, launch_height_m=20).result.outcome == "away"  # 143 m: past its end


KNOWN_SOLUTIONS = {  # angle, speed per level, found by sweeping the sliders
    "buoy": (45, 17.5),
    "ship": (45, 26),
    "containers": (60, 27),
    "lighthouse": (30, 26.5),
    "wind": (66, 32),
}


@pytest.mark.parametrize("level", [lvl for lvl in LEVELS if lvl.key in KNOWN_SOLUTIONS], ids=lambda lvl: lvl.key)
def test_every_level_can_be_cleared(level: Level) -> None:
    angle, speed = KNOWN_SOLUTIONS[level.key]
    assert ANGLE_RANGE_DEG[0] <= angle <= ANGLE_RANGE_DEG[1] and SPEED_RANGE_MPS[0] <= speed <= SPEED_RANGE_MPS[1]
    flight = simulate_flight(speed, angle, level.launch_height_m, level.drag_per_m, level=level)
    assert flight.result.outcome == "hit"


def test_later_levels_are_harder() -> None:
    assert [lvl.key for lvl in LEVELS] == ["buoy", "ship", "containers", "lighthouse", "sailing", "wind"]
    assert LEVELS[1].target.box.left_m > LEVELS[0].target.box.left_m
    assert LEVELS[2].obstacles and LEVELS[4].target.sway_m > 0 and LEVELS[-1].drag_per_m > 0
    # the straight 45° shot that clears the first level is blocked by the containers of the third
    containers = LEVELS[2]
    speed = math.sqrt(containers.target.box.centre_x_m * G)
    assert simulate_flight(speed, 45, level=containers).result.outcome == "obstacle"


def test_game_rules_from_aim_to_next_level() -> None:
    game = LaunchGame()
    game.aim(angle_deg=45, speed_mps=12)
    assert game.launch() is not None
    assert game.launch() is None  # one ball at a time
    result = None
    while result is None:
        result = game.step(1 / 60)
    assert result.outcome == "ground" and result.miss_m < 0
    assert not game.cleared and game.score is None
    game.aim(speed_mps=17.5)
    game.launch()
    assert len(game.previous_paths) == 1  # the first shot stays drawn faintly
    while (result := game.step(1 / 60)) is None:
        pass
    assert result.outcome == "hit"
    assert game.cleared and game.shots == 2 and game.score == 85
    assert game.launch() is None  # nothing more to do here until the next level
    game.next_level()
    assert game.level.key == "ship" and game.shots == 0 and game.previous_paths == [] and not game.cleared


def test_only_the_last_paths_are_remembered() -> None:
    game = LaunchGame()
    game.aim(angle_deg=80, speed_mps=5)
    for _ in range(8):
        game.launch()
        while game.step(1 / 30) is None:
            pass
    assert len(game.previous_paths) == LaunchGame.remembered_paths


def test_after_the_last_level_the_game_starts_over_and_reset_restores_it() -> None:
    game = LaunchGame()
    game.level_index = len(LEVELS) - 1
    game.cleared = True
    assert game.finished_all
    game.next_level()
    assert game.level_index == 0
    game.aim(20, 30)
    game.launch()
    game.step(0.5)
    game.reset()
    assert (game.level_index, game.shots, game.angle_deg, game.speed_mps) == (0, 0, 45.0, 15.0)
    assert game.flight is None and not game.in_flight


def test_aim_is_clamped_to_the_launcher() -> None:
    game = LaunchGame()
    game.aim(angle_deg=120, speed_mps=100)
    assert (game.angle_deg, game.speed_mps) == (ANGLE_RANGE_DEG[1], SPEED_RANGE_MPS[1])
    game.aim(angle_deg=-30, speed_mps=0)
    assert (game.angle_deg, game.speed_mps) == (ANGLE_RANGE_DEG[0], SPEED_RANGE_MPS[0])


def test_scores_fall_with_shots_used() -> None:
    assert [shot_score(n) for n in (1, 2, 3, 5, 20)] == [100, 85, 70, 40, 30]
    with pytest.raises(ValueError, match="at least one shot"):
        shot_score(0)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: ideal_range_m(0, 45), "speed"),
        (lambda: ideal_max_height_m(10, 90), "angle"),
        (lambda: Flight(-3, 45), "speed"),
        (lambda: Flight(10, 45, drag_per_m=-1), "drag"),
    ],
)
def test_bad_input_is_refused(call, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()
