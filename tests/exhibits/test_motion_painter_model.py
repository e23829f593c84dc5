"""Motion painter: paint only where something moves, wipe after stillness, the coverage goal."""

from __future__ import annotations

import numpy as np
import pytest

from exhibits.motion_painter.model import (
    STILL_SECONDS,
    CoverageGoal,
    MotionPainter,
    palette_colour,
    shrink_to_width,
)
from kiosk.camera.sources import FileSource, SyntheticSource

FPS = 30


def paint(painter: MotionPainter, scene: SyntheticSource, frames: range, start_s: float = 0.0):
    result = None
    for index in frames:
        result = painter.process(scene.frame_at(index), start_s + index / FPS)
    return result


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (640, 480), (1920, 1080), (320, 180), (1000, 563)])
def test_frames_shrink_to_the_canvas_as_an_area_average(width, height) -> None:
    """Halving first, then one resize: the canvas size and (to a level of rounding) the picture
    of OpenCV's area average straight to the canvas width."""
    import cv2

    frame = cv2.GaussianBlur(np.random.default_rng(5).integers(0, 256, (height, width, 3), np.uint8), (5, 5), 0)
    small = shrink_to_width(frame, 320)
    expected = cv2.resize(frame, (320, round(height * 320 / width)), interpolation=cv2.INTER_AREA)
    assert small.shape == expected.shape
    difference = np.abs(small.astype(int) - expected.astype(int))
    if width % 320 == 0:  # whole multiples: the same pixels averaged, to a level of rounding
        assert difference.max() <= 2
    else:  # other sizes average slightly shifted neighbourhoods (of a fine noise, here)
        assert difference.mean() < 4


def test_a_still_scene_paints_nothing() -> None:
    result = paint(MotionPainter(), SyntheticSource(640, 360, FPS, paced=False, frozen=True), range(60))
    assert result.coverage == 0.0 and result.moving_fraction == 0.0


def test_paint_appears_only_where_things_moved() -> None:
    scene = SyntheticSource(640, 360, FPS, paced=False)
    painter = MotionPainter()
    moved = np.zeros((360, 640), bool)
    for index in range(90):
        result = painter.process(scene.frame_at(index), index / FPS)
        for x0, y0, x1, y1 in scene.scene_at(index).moving_boxes:
            moved[max(0, y0 - 8):y1 + 8, max(0, x0 - 8):x1 + 8] = True
    assert result.coverage > 0.1
    painted = result.display.max(axis=2) > 120  # paint is bright; the dimmed picture is dark
    scale = 640 / painted.shape[1]
    ys, xs = np.nonzero(painted)
    inside = moved[(ys * scale).astype(int), (xs * scale).astype(int)]
    assert inside.mean() > 0.97, "paint lies where something moved"
    band = round(painted.shape[0] * SyntheticSource.STILL_BAND) - 2
    assert not painted[:band].any(), "nothing moves in the top band, so nothing is painted there"


def test_standing_still_wipes_the_canvas() -> None:
    moving = SyntheticSource(640, 360, FPS, paced=False)
    still = SyntheticSource(640, 360, FPS, paced=False, frozen=True)
    painter = MotionPainter()
    result = paint(painter, moving, range(60))
    assert result.coverage > 0.05
    wiped_at = None
    for step in range(1, int(4 * FPS)):
        result = painter.process(still.frame_at(0), 2.0 + step / FPS)
        if result.wiped:
            wiped_at = step / FPS
            break
    assert wiped_at is not None, "the canvas was wiped"
    assert STILL_SECONDS <= wiped_at < STILL_SECONDS + 1.0
    assert result.coverage == 0.0


def test_clear_wipes_at_once_even_while_moving() -> None:
    scene = SyntheticSource(640, 360, FPS, paced=False)
    painter = MotionPainter()
    paint(painter, scene, range(45))
    painter.clear()
    results = [painter.process(scene.frame_at(45 + i), (45 + i) / FPS) for i in range(30)]
    assert any(r.wiped for r in results)


def test_reset_forgets_the_painting() -> None:
    scene = SyntheticSource(640, 360, FPS, paced=False)
    painter = MotionPainter()
    assert paint(painter, scene, range(45)).coverage > 0
    painter.reset()
    assert painter.process(scene.frame_at(46), 46 / FPS).coverage == 0.0


def test_works_on_frames_from_an_mjpg_clip(tmp_path) -> None:
    import cv2

    scene = SyntheticSource(640, 360, FPS, paced=False)
    path = tmp_path / "moves.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), FPS, (640, 360))
    for index in range(45):
        writer.write(scene.frame_at(index))
    writer.release()
    painter = MotionPainter()
    with FileSource(path, paced=False) as clip:
        for index in range(45):
            result = painter.process(clip.read(), index / FPS)
    assert result.coverage > 0.05, "compression noise does not stop the painting"


def test_palettes() -> None:
    blue, _, red = palette_colour("rainbow", 0.0)
    assert red == 255 and blue < 60, "a rainbow starts red"
    for phase in np.linspace(0, 1, 9):
        b, _, r = palette_colour("fire", phase)
        assert r == 255 and b < 60, "fire stays red to yellow"
        b, _, r = palette_colour("ocean", phase)
        assert b > 150 and r < 60, "the sea stays blue to teal"
    assert palette_colour("rainbow", 0.25) == palette_colour("rainbow", 1.25)
    with pytest.raises(ValueError, match="unknown palette"):
        palette_colour("neon", 0.0)


def test_goal_is_reached_once_per_painting() -> None:
    goal = CoverageGoal(target=0.5)
    assert [goal.update(c, False) for c in (0.1, 0.4, 0.55, 0.7)] == [False, False, True, False]
    assert goal.best == 0.7 and goal.rounds_completed == 1
    assert goal.update(0.0, True) is False, "a wipe starts a new painting"
    assert goal.update(0.6, False) is True and goal.rounds_completed == 2
    goal.reset()
    assert goal.rounds_completed == 0
    with pytest.raises(ValueError, match="between 0 and 1"):
        goal.update(1.5, False)
