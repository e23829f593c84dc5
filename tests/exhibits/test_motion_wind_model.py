"""Wind of motion: optical flow measures displacement, drag physics, the cube law of wind power."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from exhibits.motion_wind.model import (
    FlowMeter,
    ParticleWind,
    Turbine,
    WindScene,
    render_particles,
    trail_fade,
    turbine_power,
)
from kiosk.camera.sources import SyntheticSource


def textured(width: int = 192, height: int = 108, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    noise = rng.integers(0, 256, (height // 4, width // 4), dtype=np.uint8)
    return cv2.GaussianBlur(cv2.resize(noise, (width, height), interpolation=cv2.INTER_CUBIC), (5, 5), 0)


def test_optical_flow_measures_a_known_shift() -> None:
    """Shift a texture by (+3, -2) pixels: the flow in the middle reads (+3, -2)."""
    image = textured()
    shifted = np.roll(np.roll(image, 3, axis=1), -2, axis=0)
    flow = FlowMeter().flow(image, shifted)
    middle = flow[20:-20, 20:-20].reshape(-1, 2)
    dx, dy = np.median(middle, axis=0)
    assert dx == pytest.approx(3.0, abs=0.35) and dy == pytest.approx(-2.0, abs=0.35)


def test_no_wind_in_a_still_scene() -> None:
    meter = FlowMeter()
    scene = SyntheticSource(640, 360, 30, paced=False, frozen=True)
    for index in range(10):
        result = meter.process(scene.frame_at(index))
    assert np.abs(result.wind).max() < 0.02
    assert result.display.shape == (360, 640, 3)


def test_wind_blows_where_things_move_and_not_in_the_still_band() -> None:
    meter = FlowMeter()
    scene = SyntheticSource(640, 360, 30, paced=False)
    strongest = 0.0
    for index in range(30):
        wind = meter.process(scene.frame_at(index)).wind
        speed = np.sqrt((wind ** 2).sum(axis=2))
        strongest = max(strongest, float(speed.max()))
        band = round(speed.shape[0] * SyntheticSource.STILL_BAND) - 3
        assert speed[:band].max() < 0.02
    assert strongest > 0.2, "the figure and the balls make wind (picture widths per second)"


def test_velocity_relaxes_to_the_wind_exponentially() -> None:
    """dv/dt = k (w - v): after t seconds v = w (1 - e^(-k t))."""
    particles = ParticleWind(count=50, drag_per_s=2.0, breeze=0.0)
    particles.set_wind(np.full((9, 16, 2), (0.3, -0.1), np.float32))
    for _ in range(60):
        particles.step(1 / 60)
    expected = 1 - math.exp(-2.0 * 1.0)
    assert particles.velocities[:, 0] == pytest.approx(0.3 * expected, rel=1e-3)
    assert particles.velocities[:, 1] == pytest.approx(-0.1 * expected, rel=1e-3)
    assert np.all((particles.positions >= 0) & (particles.positions < 1)), "wrapped around the edges"


def test_in_still_air_drag_slows_particles_down() -> None:
    particles = ParticleWind(count=10, drag_per_s=3.0, breeze=0.0)
    particles.velocities[:] = 0.5
    for _ in range(5):
        particles.step(0.1)
    assert particles.velocities == pytest.approx(0.5 * math.exp(-1.5), rel=1e-4)
    particles.step(5.0)  # a stall counts as at most 0.1 s, so nothing jumps
    assert particles.velocities == pytest.approx(0.5 * math.exp(-1.8), rel=1e-4)
    assert particles.gust_speed() >= particles.mean_speed()


def test_bad_particle_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one particle"):
        ParticleWind(count=0)
    with pytest.raises(ValueError, match="drag"):
        ParticleWind(drag_per_s=0)
    with pytest.raises(ValueError, match="share"):
        ParticleWind(count=5).gust_speed(0)


def test_wind_power_grows_with_the_cube_of_speed() -> None:
    assert turbine_power(0.1, 0.4) * 8 == pytest.approx(turbine_power(0.2, 0.4))
    assert turbine_power(0.4, 0.4) == 1.0 and turbine_power(1.0, 0.4) == 1.0, "capped at the rating"
    assert turbine_power(0.0, 0.4) == 0.0
    with pytest.raises(ValueError):
        turbine_power(0.1, 0)


def test_battery_fills_in_the_time_the_power_allows() -> None:
    """At half the rated speed the power is 1/8, so filling takes 8 times longer."""
    turbine = Turbine(rated_speed=0.4, full_power_s=2.0)
    steps = 0
    while not turbine.update(0.2, 0.01):
        steps += 1
        assert steps < 10_000
    assert (steps + 1) * 0.01 == pytest.approx(16.0, abs=0.02)
    assert turbine.completed and turbine.charge == 1.0
    assert not turbine.update(0.4, 1.0), "completes once"
    turbine.reset()
    assert turbine.charge == 0.0 and not turbine.completed


def test_particles_are_drawn_where_they_are() -> None:
    particles = ParticleWind(count=3, breeze=0.0)
    particles.positions[:] = [(0.1, 0.1), (0.5, 0.5), (0.9, 0.8)]
    trails = np.zeros((100, 200, 3), np.uint8)
    palette = np.array([[255, 0, 0]] * 4, np.uint8)
    render_particles(trails, particles, palette)
    assert trails[10, 20, 0] == 255 and trails[50, 100, 0] == 255 and trails[80, 180, 0] == 255
    assert (trails[..., 0] > 0).sum() == 12, "three 2x2 dots"
    render_particles(trails, ParticleWind(count=1, breeze=0.0), palette, fade=0.5)
    assert trails[50, 100, 0] == 128 or trails[50, 100, 0] == 255
    assert trail_fade(1 / 30) == pytest.approx(0.8 ** 2), "at 30 frames a second a trail fades twice as much"


def test_the_scene_blows_particles_on_the_worker_and_resets_between_frames() -> None:
    scene = WindScene(ParticleWind(count=500, seed=2), np.array([[0, 0, 255]] * 8, np.uint8))
    source = SyntheticSource(320, 180, 30, seed=5, paced=False)
    results = [scene.process(source.frame_at(index), index / 30) for index in range(45)]
    last = results[-1]
    assert last.display.shape == (360, 640, 3) and last.display.dtype == np.uint8
    assert last.gust_speed > 0.0 and last.gust_speed == pytest.approx(scene.particles.gust_speed())
    assert (last.display[..., 2] > 200).any(), "particle trails are drawn into the picture"
    scene.request_reset()
    assert scene.particles.time_s > 0, "a reset waits for the worker's next frame"
    calm = scene.process(source.frame_at(45), 45 / 30)
    calm.finish()  # the particles' share of the frame (the pipeline's second thread in the kiosk)
    assert calm.mean_flow == 0.0 and scene.particles.time_s == 0.0, "the first frame after a reset has no flow"


class ReferenceScene:
    """The wind scene as first written (a fresh array for each step, the dots drawn in four
    passes, the particles' speeds worked out twice): what the visitor saw and what the turbine
    was given before the camera worker was made cheaper."""

    def __init__(self, particles: ParticleWind, palette: np.ndarray) -> None:
        self.particles, self.palette, self.meter = particles, palette, FlowMeter()
        self.previous: np.ndarray | None = None
        self.trails: np.ndarray | None = None
        self.last_s: float | None = None

    def flow(self, frame: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
        picture = cv2.resize(frame, (640, 360), interpolation=cv2.INTER_AREA)
        half = cv2.resize(picture, (320, 180), interpolation=cv2.INTER_AREA)
        grey = cv2.cvtColor(cv2.resize(half, (192, 108), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
        previous, self.previous = self.previous, grey
        if previous is None:
            field = np.zeros((108, 192, 2), np.float32)
        else:
            field = self.meter.flow(previous, grey)
            _, changed = cv2.threshold(cv2.absdiff(grey, previous), 12, 1, cv2.THRESH_BINARY)
            field *= cv2.dilate(changed, np.ones((5, 5), np.uint8))[..., None].astype(np.float32)
        magnitude = np.sqrt(field[..., 0] ** 2 + field[..., 1] ** 2)
        too_long = magnitude > 8.0
        if too_long.any():
            field[too_long] *= (8.0 / magnitude[too_long])[:, None]
        mean_flow = float(np.minimum(magnitude, 8.0).mean())
        spread = cv2.GaussianBlur(field, (19, 19), 0) * 3.0
        spread[..., 0] *= 30 / 192
        spread[..., 1] *= 30 / 108
        return spread, cv2.convertScaleAbs(picture, alpha=0.35), mean_flow

    def step(self, wind: np.ndarray, dt_s: float) -> None:
        p = self.particles
        dt_s = min(dt_s, 0.1)
        p.time_s += dt_s
        columns = np.minimum((p.positions[:, 0] * 192).astype(np.intp), 191)
        rows = np.minimum((p.positions[:, 1] * 108).astype(np.intp), 107)
        x, y, phase = p.positions[:, 0], p.positions[:, 1], p.time_s * 0.3
        target = wind[rows, columns] + p.breeze * np.stack(
            (np.sin(2 * math.pi * y + phase), np.cos(2 * math.pi * x - phase)), axis=1).astype(np.float32)
        p.velocities += (target - p.velocities) * (1.0 - math.exp(-p.drag_per_s * dt_s))
        p.positions += p.velocities * dt_s
        np.mod(p.positions, 1.0, out=p.positions)

    def process(self, frame: np.ndarray, now_s: float) -> tuple[np.ndarray, np.ndarray, float, float]:
        wind, picture, mean_flow = self.flow(frame)
        dt_s = 0.0 if self.last_s is None else min(now_s - self.last_s, 0.1)
        self.last_s = now_s
        if dt_s > 0:
            self.step(wind, dt_s)
        if self.trails is None:
            self.trails = np.zeros_like(picture)
        trails, p = self.trails, self.particles
        cv2.convertScaleAbs(trails, trails, trail_fade(dt_s))
        columns = np.minimum((p.positions[:, 0] * 640).astype(np.intp), 638)
        rows = np.minimum((p.positions[:, 1] * 360).astype(np.intp), 358)
        speeds = np.sqrt((p.velocities ** 2).sum(axis=1))
        colours = self.palette[np.minimum((speeds * 8.0 * (len(self.palette) - 1)).astype(np.intp),
                                          len(self.palette) - 1)]
        for dy in (0, 1):
            for dx in (0, 1):
                trails[rows + dy, columns + dx] = colours
        count = max(1, round(p.count * 0.1))
        gust = float(np.partition(speeds, p.count - count)[-count:].mean())
        return wind, cv2.add(picture, trails), gust, mean_flow


def test_the_scene_shows_and_measures_exactly_what_it_always_did() -> None:
    """A camera-sized clip through the scene and through the scene as first written: the same
    picture, pixel for pixel, the same wind, gusts and motion, frame after frame."""
    from exhibits.motion_wind.widget import PARTICLES, speed_palette

    source = SyntheticSource(1280, 720, 30, seed=4, paced=False)
    palette = speed_palette(False)
    scene = WindScene(ParticleWind(PARTICLES, seed=1), palette)
    reference = ReferenceScene(ParticleWind(PARTICLES, seed=1), palette)
    for index in range(40):
        frame = source.frame_at(index)
        made = scene.process(frame, index / 30)
        wind, display, gust, mean_flow = reference.process(frame, index / 30)
        assert (made.display == display).all(), f"frame {index}: the picture changed"
        assert (made.wind == wind).all() and made.gust_speed == gust and made.mean_flow == mean_flow
    assert (scene.particles.positions == reference.particles.positions).all()


def test_the_flow_is_measured_first_and_the_particles_move_when_the_frame_is_finished() -> None:
    """The capture thread's share (the flow) leaves the particles alone; finishing a frame moves
    and draws them, after any frame processed before it, exactly as finishing each in turn."""
    source = SyntheticSource(640, 360, 30, seed=4, paced=False)
    palette = np.array([[0, 0, 255]] * 8, np.uint8)
    in_turn = WindScene(ParticleWind(count=300, seed=3), palette)
    at_once = WindScene(ParticleWind(count=300, seed=3), palette)
    made_in_turn = []
    for index in range(5):
        made = in_turn.process(source.frame_at(index), index / 30)
        made.finish()
        made_in_turn.append(made)
    made_at_once = [at_once.process(source.frame_at(index), index / 30) for index in range(5)]
    assert at_once.particles.time_s == 0.0 and not made_at_once[0].finished, "the flow alone moves nothing"
    made_at_once[3].finish()
    assert [made.finished for made in made_at_once] == [True, True, True, True, False], "earlier frames first"
    for one, other in zip(made_in_turn, made_at_once, strict=True):
        assert (one.display == other.display).all() and one.gust_speed == other.gust_speed
    assert (in_turn.particles.positions == at_once.particles.positions).all()
