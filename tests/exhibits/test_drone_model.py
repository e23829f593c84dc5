"""Fly the drone model: hover thrust, drag, ground and ceiling, the autopilot's responses, gusts."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exhibits.drone.model import (
    CEILING_M,
    CHALLENGES,
    GRAVITY_MPS2,
    GUST_SEQUENCE,
    PARCEL_KG,
    TEST_FLIGHT_S,
    Autopilot,
    ChallengeBook,
    Drone,
    DroneSpec,
    Flight,
    Gust,
    HoverTimer,
    Response,
    analyse,
    hover_thrust_n,
    score_for,
)

FRAME_S = 1 / 60


def test_flight(kind: str, kp: float, ki: float, kd: float, *, parcel: bool = False, gusts=(),
                seconds: float = TEST_FLIGHT_S) -> tuple[list[float], list[float], Flight]:
    """A test flight from the ground to 5 m under the autopilot, recorded frame by frame."""
    flight = Flight(by_hand=False, autopilot=Autopilot(kind, kp, ki, kd))
    flight.set_parcel(parcel)
    flight.restart()
    for gust in gusts:
        flight.add_gust(gust)
    times, altitudes = [], []
    while flight.time_s < seconds - 1e-9:
        flight.step(FRAME_S)
        times.append(flight.time_s)
        altitudes.append(flight.drone.altitude_m)
    return times, altitudes, flight


test_flight.__test__ = False  # a helper, not a test


def test_hover_thrust_is_the_weight() -> None:
    spec = DroneSpec()
    assert hover_thrust_n(spec.mass_kg) == pytest.approx(1.2 * 9.81)
    assert spec.weight_n == pytest.approx(11.772)
    assert spec.max_thrust_n * spec.hover_throttle == pytest.approx(spec.weight_n)


@settings(max_examples=40, deadline=None)
@given(mass_kg=st.floats(0.3, 3.0), altitude_m=st.floats(1.0, 9.0))
def test_thrust_equal_to_weight_holds_any_drone_still(mass_kg: float, altitude_m: float) -> None:
    drone = Drone(DroneSpec(mass_kg=mass_kg), altitude_m=altitude_m, thrust_n=hover_thrust_n(mass_kg))
    for _ in range(240 * 5):
        drone.step(1 / 240, hover_thrust_n(mass_kg))
    assert drone.altitude_m == pytest.approx(altitude_m, abs=1e-9)
    assert drone.velocity_mps == pytest.approx(0.0, abs=1e-9)


def test_hover_throttle_by_hand_holds_the_drone() -> None:
    flight = Flight(by_hand=True, throttle=DroneSpec().hover_throttle)
    flight.restart(altitude_m=5.0)
    flight.step(10.0)
    assert flight.drone.altitude_m == pytest.approx(5.0, abs=1e-6)


@pytest.mark.parametrize(("throttle", "rises"), [(0.45, True), (0.35, False)])
def test_more_thrust_than_weight_climbs_less_sinks(throttle: float, rises: bool) -> None:
    flight = Flight(by_hand=True, throttle=throttle)
    flight.restart(altitude_m=5.0)
    flight.step(1.0)
    assert (flight.drone.altitude_m > 5.0) == rises


def test_at_the_terminal_speed_drag_balances_the_extra_thrust() -> None:
    spec = DroneSpec()
    thrust_n = spec.weight_n + 2.0
    terminal_mps = math.sqrt(2.0 / spec.drag_factor_kgpm)  # thrust − weight = k·v²
    drone = Drone(spec, altitude_m=1.0, velocity_mps=terminal_mps, thrust_n=thrust_n)
    for _ in range(240):
        drone.step(1 / 240, thrust_n)
    assert drone.velocity_mps == pytest.approx(terminal_mps, rel=1e-6)
    assert drone.altitude_m == pytest.approx(1.0 + terminal_mps, rel=1e-6)


def test_a_drone_without_thrust_stays_on_the_ground_and_falls_from_the_air() -> None:
    flight = Flight(by_hand=True, throttle=0.0)
    flight.restart()
    flight.step(2.0)
    assert (flight.drone.altitude_m, flight.drone.velocity_mps) == (0.0, 0.0)
    flight.restart(altitude_m=1.0)
    flight.drone.thrust_n = 0.0
    flight.step(0.3)
    # free fall, slowed a little by drag: s < g t² / 2
    assert 1.0 - flight.drone.altitude_m == pytest.approx(0.5 * GRAVITY_MPS2 * 0.3**2, rel=0.05)


def test_the_ceiling_stops_the_climb() -> None:
    flight = Flight(by_hand=True, throttle=1.0)
    flight.restart()
    flight.step(10.0)
    assert flight.drone.altitude_m == CEILING_M
    assert flight.drone.velocity_mps <= 0.0


def test_motors_follow_the_command_with_a_lag() -> None:
    spec = DroneSpec()
    drone = Drone(spec)
    for _ in range(round(spec.motor_time_constant_s * 240)):
        drone.step(1 / 240, 20.0)
    assert drone.thrust_n == pytest.approx(20.0 * (1 - math.exp(-1)), rel=0.01)


def test_pid_settles_at_the_target_within_tolerance_and_time() -> None:
    times, altitudes, _ = test_flight("pid", 10, 3, 5)
    response = analyse(times, altitudes, 5.0, 0.2)
    assert response.settle_time_s is not None and response.settle_time_s < 5.0
    assert abs(response.final_error_m) < 0.02


def test_pid_carries_the_parcel_to_the_target() -> None:
    times, altitudes, _ = test_flight("pid", 10, 3, 5, parcel=True)
    response = analyse(times, altitudes, 5.0, 0.2)
    assert response.settle_time_s is not None and response.settle_time_s < 8.0
    assert abs(response.final_error_m) < 0.02


def test_without_the_integral_a_parcel_leaves_a_steady_error_of_extra_weight_over_kp() -> None:
    kp = 8.0
    times, altitudes, _ = test_flight("pid", kp, 0, 5, parcel=True, seconds=30)
    expected_m = PARCEL_KG * GRAVITY_MPS2 / kp  # at rest: kp·e = the weight the autopilot did not expect
    assert analyse(times, altitudes, 5.0, 0.2).final_error_m == pytest.approx(expected_m, rel=0.01)


def test_p_alone_leaves_a_steady_state_error_under_a_constant_disturbance() -> None:
    kp = 6.0
    times, altitudes, _ = test_flight("p", kp, 0, 0, parcel=True, seconds=400)
    # P alone hardly damps (only drag): average the last whole swings around the resting height
    omega = math.sqrt(kp / (DroneSpec().mass_kg + PARCEL_KG))
    window_s = 5 * 2 * math.pi / omega
    recent = [a for t, a in zip(times, altitudes, strict=True) if t >= times[-1] - window_s]
    resting_m = sum(recent) / len(recent)
    assert 5.0 - resting_m == pytest.approx(PARCEL_KG * GRAVITY_MPS2 / kp, rel=0.05)
    assert analyse(times, altitudes, 5.0, 0.2).settle_time_s is None  # never within 20 cm


def test_p_alone_keeps_swinging_where_pid_settles() -> None:
    p_times, p_altitudes, _ = test_flight("p", 10, 0, 0)
    pid_times, pid_altitudes, _ = test_flight("pid", 10, 0, 5)
    assert analyse(p_times, p_altitudes, 5.0, 0.2).settle_time_s is None
    assert analyse(pid_times, pid_altitudes, 5.0, 0.2).settle_time_s is not None


def test_kind_switches_terms_off() -> None:
    autopilot = Autopilot("p", kp=5, ki=3, kd=4)
    assert (autopilot.gain("kp"), autopilot.gain("ki"), autopilot.gain("kd")) == (5, 0, 0)
    autopilot.kind = "pi"
    assert autopilot.gain("ki") == 3 and autopilot.gain("kd") == 0


def test_the_integral_does_not_wind_up_while_the_motors_are_at_full_power() -> None:
    autopilot = Autopilot("pid", kp=20, ki=5, kd=0)
    for _ in range(240):
        autopilot.command_n(target_m=9.0, altitude_m=0.0, velocity_mps=0.0, dt_s=1 / 240)
    assert autopilot.integral_ms == 0.0


def test_gusts_push_the_drone_and_pid_holds_it_in_the_band() -> None:
    _, calm, _ = test_flight("pid", 10, 3, 5, parcel=True)
    times, gusty, _ = test_flight("pid", 10, 3, 5, parcel=True, gusts=GUST_SEQUENCE)
    assert max(abs(a - b) for a, b in zip(calm, gusty, strict=True)) > 0.2  # the gusts are felt
    response = analyse(times, gusty, 5.0, 0.5, settle_from_s=5.0)
    assert response.largest_error_after_s < 0.5
    assert CHALLENGES[3].judge_flight(response)
    p_times, p_gusty, _ = test_flight("p", 10, 0, 0, parcel=True, gusts=GUST_SEQUENCE)
    assert not CHALLENGES[3].judge_flight(analyse(p_times, p_gusty, 5.0, 0.5))


def test_a_downdraft_pushes_a_hovering_drone_down() -> None:
    flight = Flight(by_hand=True, throttle=DroneSpec().hover_throttle)
    flight.restart(altitude_m=5.0)
    flight.add_gust(Gust(0.0, 1.5, -6.0))
    flight.step(1.6)
    assert flight.drone.altitude_m < 4.5
    assert flight.gusts == []  # a gust that has blown over is gone


def test_gust_profile_swells_and_fades() -> None:
    gust = Gust(2.0, 2.0, -4.0)
    assert gust.wind_mps(1.9) == 0.0
    assert gust.wind_mps(3.0) == pytest.approx(-4.0)
    assert gust.wind_mps(2.5) == pytest.approx(-2.0)
    assert gust.wind_mps(4.1) == 0.0


def test_analyse_reads_a_step_response() -> None:
    times = [0.0, 1.0, 2.0, 3.0, 4.0]
    altitudes = [0.0, 4.0, 5.5, 5.1, 5.0]
    response = analyse(times, altitudes, 5.0, 0.2)
    assert response == Response(settle_time_s=3.0, overshoot_m=0.5, final_error_m=pytest.approx(-0.05),
                                largest_error_after_s=5.0)
    assert analyse([], [], 5.0, 0.2).settle_time_s is None


def test_hover_timer_restarts_when_the_drone_leaves_the_band() -> None:
    timer = HoverTimer(5.0, 1.0)
    assert timer.update(5.5, 1.0) == 1.0
    assert timer.update(4.2, 1.0) == 2.0
    assert timer.update(6.5, 1.0) == 0.0


def test_tries_cost_points() -> None:
    assert [score_for(n) for n in (1, 2, 6, 20)] == [100, 90, 50, 50]


def test_each_mode_offers_its_first_unsolved_challenge() -> None:
    book = ChallengeBook()
    assert book.current(by_hand=True).key == "hover_by_hand"
    assert book.current(by_hand=False).key == "settle"
    settle = book.current(by_hand=False)
    book.attempt(settle)
    book.attempt(settle)
    assert book.solve(settle) == 90
    assert book.current(by_hand=False).key == "parcel"
    assert book.number(book.current(by_hand=False)) == 3
    book.solve(book.current(by_hand=True))
    assert book.current(by_hand=True) is None and not book.finished
