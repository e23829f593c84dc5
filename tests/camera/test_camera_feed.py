"""The Qt side of the camera: CameraFeed delivery on the UI thread, CameraView, the context."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from kiosk.camera.sources import SourceSpecError, SyntheticSource
from kiosk.config import CameraSettings
from kiosk.exhibit import CameraUnavailable, ExhibitContext
from kiosk.exhibit.camera import (
    CameraFeed,
    CameraView,
    ViewFit,
    camera_activity,
    display_array,
    fit_to_view,
    image_from_array,
    make_camera_provider,
)
from kiosk.manifest import Manifest


@pytest.fixture
def feeds(qtbot):
    """feeds(source_or_spec, **options) -> CameraFeed, stopped after the test."""
    made: list[CameraFeed] = []

    def make(source, **options) -> CameraFeed:
        if isinstance(source, str):
            feed = make_camera_provider(CameraSettings(source=source, width=320, height=180, **options))()
        else:
            feed = CameraFeed(source, **options)
        made.append(feed)
        return feed

    yield make
    for feed in made:
        feed.stop()


def test_frames_arrive_on_the_ui_thread_with_result_and_image(qtbot, feeds) -> None:
    feed = feeds(SyntheticSource(320, 180, fps=60))
    feed.set_processor(lambda frame: int(frame[..., 2].mean()))
    with qtbot.waitSignal(feed.started, timeout=1000):
        feed.start()
    with qtbot.waitSignal(feed.frame_ready, timeout=10000) as blocker:
        pass
    frame = blocker.args[0]
    assert frame.result == int(frame.frame[..., 2].mean())
    assert frame.size == (320, 180) and frame.is_demo
    image = frame.image
    assert isinstance(image, QImage) and (image.width(), image.height()) == (320, 180)
    y, x = 90, 100
    b, g, r = frame.frame[y, x]
    assert image.pixelColor(x, y).getRgb()[:3] == (r, g, b), "the image shows the frame, same pixels"
    assert feed.latest is frame


def test_a_processed_picture_is_shown_instead_of_the_frame(qtbot, feeds) -> None:
    feed = feeds(SyntheticSource(320, 180, fps=60))
    feed.set_processor(lambda frame: SimpleNamespace(display=np.full((90, 160), 200, np.uint8), edges=3))
    feed.start()
    with qtbot.waitSignal(feed.frame_ready, timeout=10000) as blocker:
        pass
    frame = blocker.args[0]
    assert frame.result.edges == 3
    assert (frame.image.width(), frame.image.height()) == (160, 90)
    assert frame.image.pixelColor(5, 5).getRgb()[:3] == (200, 200, 200)


def test_a_busy_ui_gets_only_the_newest_frame(qtbot, feeds) -> None:
    """Coalescing: while the UI thread is blocked, frames are not queued up for it."""
    feed = feeds(SyntheticSource(160, 120, fps=60))
    received = []
    feed.frame_ready.connect(lambda frame: received.append(frame.index))
    feed.start()
    qtbot.waitUntil(lambda: len(received) >= 2, timeout=10000)
    time.sleep(0.5)  # the UI thread is busy for 30 frame intervals
    before = len(received)
    qtbot.wait(30)
    assert len(received) - before <= 3, "one delivery for the backlog, not thirty"
    assert received[-1] - received[before - 1] >= 20, "and it was the newest frame"
    assert feed.stats.dropped_frames >= 20


def test_start_and_stop_open_and_release_the_camera(qtbot, feeds) -> None:
    feed = feeds("synthetic")
    states = []
    camera_activity().in_use_changed.connect(states.append)
    try:
        feed.start()
        qtbot.waitUntil(lambda: feed.camera_open, timeout=10000)
        assert feed.running and camera_activity().in_use
        with qtbot.waitSignal(feed.stopped, timeout=1000):
            feed.stop()
        assert not feed.camera_open and not feed.running and not camera_activity().in_use
        assert states == [True, False]
    finally:
        camera_activity().in_use_changed.disconnect(states.append)


def test_missing_camera_reports_status_and_shows_the_demo(qtbot, feeds) -> None:
    feed = feeds("device:57")
    view = CameraView(feed=feed)
    qtbot.addWidget(view)
    view.resize(480, 270)
    with qtbot.waitSignal(feed.status_changed, timeout=10000, check_params_cb=lambda s: s == "no camera"):
        feed.start()
    qtbot.waitUntil(lambda: view.frame is not None, timeout=10000)
    assert feed.is_demo and view.frame.is_demo
    assert "demo video" in view.message()
    view.grab()  # paints the picture, the "Demo video" label and the message


def test_bad_source_setting_fails_at_start_up() -> None:
    with pytest.raises(SourceSpecError, match="not understood"):
        make_camera_provider(CameraSettings(source="webcam"))


def test_context_hands_out_one_feed_and_releases_it(qtbot, tmp_path: Path) -> None:
    manifest = Manifest("demo", "1", "computing", (7, 99), True, "icon.svg", "w:W", {}, {}, {}, {}, tmp_path)
    without = ExhibitContext(manifest, "en")
    with pytest.raises(CameraUnavailable):
        without.camera()
    context = ExhibitContext(manifest, "en", camera_provider=make_camera_provider(CameraSettings(source="synthetic")))
    feed = context.camera()
    assert context.camera() is feed
    feed.start()
    qtbot.waitUntil(lambda: feed.camera_open, timeout=10000)
    context.release_cameras()
    assert not feed.running and not feed.camera_open


def test_view_maps_frame_points_through_crop_and_mirror(qtbot) -> None:
    view = CameraView()
    qtbot.addWidget(view)
    view.resize(400, 400)  # square view of a 16:9 frame: the sides are cropped
    view.mirror = False
    transform = view.frame_transform((1280, 720))
    centre = transform.map(QPointF(640, 360))
    assert (round(centre.x()), round(centre.y())) == (200, 200)
    top = transform.map(QPointF(640, 0))
    assert round(top.y()) == 0, "the full height fills the view"
    view.mirror = True
    left = view.frame_transform((1280, 720)).map(QPointF(640 - 100, 360))
    assert left.x() > 200, "a point left of centre in the frame shows right of centre, like a mirror"


def test_view_without_any_camera_says_so(qtbot) -> None:
    view = CameraView()
    qtbot.addWidget(view)
    assert view.message() == "Starting the camera…"
    view.set_unavailable(True)
    assert view.message() == "This screen has no camera."
    view.resize(320, 200)
    view.grab()


def test_arrays_become_images_without_copies() -> None:
    grey = np.zeros((20, 30), np.uint8)
    bgr = np.zeros((20, 30, 3), np.uint8)
    bgr[..., 2] = 255
    assert image_from_array(grey).format() == QImage.Format.Format_Grayscale8
    red = image_from_array(bgr)
    assert red.pixelColor(3, 3).getRgb()[:3] == (255, 0, 0)
    bgra = display_array(bgr)
    assert bgra.shape == (20, 30, 4) and image_from_array(bgra).pixelColor(3, 3).getRgb()[:3] == (255, 0, 0)
    grey[0, 0] = 77
    assert image_from_array(grey).pixelColor(0, 0).red() == 77, "the image reads the array's memory"
    with pytest.raises(ValueError, match="uint8"):
        image_from_array(np.zeros((4, 4), np.float32))
    with pytest.raises(ValueError, match="uint8"):
        image_from_array(bgr[:, ::2])


def marked_frame(width: int = 320, height: int = 180) -> np.ndarray:
    """Grey, with a red 8x8 block whose top-left corner is at frame pixel (200, 40)."""
    frame = np.full((height, width, 3), 90, np.uint8)
    frame[40:48, 200:208] = (0, 0, 255)
    return frame


@pytest.mark.parametrize("mirror", [False, True])
def test_pictures_are_fitted_to_the_view_like_the_view_would_draw_them(qtbot, mirror) -> None:
    """The worker's crop, scale and mirror put every frame pixel where frame_transform says."""
    view = CameraView()
    qtbot.addWidget(view)
    view.resize(300, 300)  # square: the 16:9 frame's sides are cropped
    view.mirror = mirror
    fitted, to_view = fit_to_view(marked_frame(), view.view_fit())
    assert fitted.shape == (300, 300, 4) and fitted.flags["C_CONTIGUOUS"]
    centre = view.frame_transform((320, 180)).map(QPointF(204, 44))
    mapped = to_view @ np.array([204.0, 44.0, 1.0])
    assert mapped[:2] == pytest.approx((centre.x(), centre.y()), abs=0.01), "one geometry for worker and view"
    x, y = round(centre.x()), round(centre.y())
    assert tuple(fitted[y, x, :3]) == (0, 0, 255) and fitted[y, x, 3] == 255, "the red block is where it maps to"
    left_of_block = fitted[y, x - 12 if not mirror else x + 12, :3]
    assert tuple(left_of_block) == (90, 90, 90)


def test_blocky_fitting_keeps_hard_pixel_edges() -> None:
    checker = np.indices((4, 4)).sum(axis=0) % 2 * 255
    picture = np.repeat(checker[..., None], 3, axis=2).astype(np.uint8)
    smooth, _ = fit_to_view(picture, ViewFit(40, 40, mirror=False, smooth=True))
    blocky, _ = fit_to_view(picture, ViewFit(40, 40, mirror=False, smooth=False))
    assert set(np.unique(blocky[..., 0])) == {0, 255}, "nearest-neighbour: no in-between greys"
    assert len(np.unique(smooth[..., 0])) > 2


def test_the_view_tells_the_worker_its_size_and_paints_prepared_pictures_as_they_are(qtbot, feeds) -> None:
    feed = feeds(SyntheticSource(320, 180, fps=60))
    view = CameraView(feed=feed)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert feed._fit == ViewFit(400, 300, mirror=True, smooth=True)
    feed.start()
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.fit == feed._fit, timeout=10000)
    assert (view.image.width(), view.image.height()) == (400, 300)
    assert view._prepared_for_me()
    shown = view.grab().toImage()
    expected = view.frame.display[150, 100]
    assert shown.pixelColor(100, 150).getRgb()[:3] == (expected[2], expected[1], expected[0]), "painted 1:1"
    view.smooth = False
    assert feed._fit.smooth is False
    view.resize(500, 300)
    assert not view._prepared_for_me(), "a picture made for the old size is scaled until the next one arrives"
    view.grab()
    qtbot.waitUntil(lambda: view._prepared_for_me(), timeout=10000)
    view.attach(None)
    assert feed._fit is None, "a feed nobody shows is not fitted"


def test_a_compositor_draws_into_the_shown_picture_in_view_pixels(qtbot, feeds) -> None:
    """Frame pixel (204, 44) is handed to the compositor already mapped into the fitted picture."""
    feed = feeds(SyntheticSource(320, 180, fps=60))
    calls = []

    def compose(result, image, frame_to_image):
        x, y, w = frame_to_image @ np.array([204.0, 44.0, 1.0])
        image[round(y / w), round(x / w)] = (0, 255, 0, 255)
        calls.append((result, image.shape))

    feed.set_processor(lambda frame: "found")
    feed.set_compositor(compose)
    view = CameraView(feed=feed)
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.show()
    feed.start()
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.fit == view.view_fit(), timeout=10000)
    point = view.frame_transform().map(QPointF(204, 44))
    assert tuple(view.frame.display[round(point.y()), round(point.x())]) == (0, 255, 0, 255)
    assert calls[-1] == ("found", (300, 300, 4))


def test_without_a_view_the_compositor_never_draws_into_the_captured_frame(qtbot, feeds) -> None:
    source = SyntheticSource(320, 180, fps=60)
    feed = feeds(source)
    feed.set_compositor(lambda result, image, matrix: image.fill(7))
    feed.start()
    with qtbot.waitSignal(feed.frame_ready, timeout=10000) as blocker:
        pass
    frame = blocker.args[0]
    assert frame.fit is None and (frame.display == 7).all()
    assert not (frame.frame == 7).all(), "the captured frame is untouched"
