"""Camera activities: processing cost, sustained frame rate, and UI stalls while the camera runs.

    python -m benchmarks.camera [--quick]

1. Processor ms per frame at 640x480 and 1280x720 (what the camera worker runs per frame:
   the activity's processor, fitting the picture to a 1332x1080 view and, for AR cards, drawing
   the card pictures into it), against a bare OpenCV loop doing the same core operation (the
   floor), on the same synthetic frames, in this run.
2. Sustained end-to-end fps from a 1280x720 MJPG file: the CameraPipeline (decode, process,
   hand over) unpaced, against a bare VideoCapture.read + core operation loop; and with the
   file paced as a 30 fps camera: delivered fps and dropped frames.
3. The UI thread's longest stall while each exhibit runs at 1920x1080 on the synthetic camera,
   measured with a 1 ms QTimer heartbeat, against the same exhibit without a camera.
The clip is synthetic and written to a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np

from kiosk.camera.markers import MARKER_CARDS, create_detector
from kiosk.camera.memory import keep_frame_memory
from kiosk.camera.pipeline import CameraPipeline
from kiosk.camera.qr import QrScanner
from kiosk.camera.sources import FileSource, SyntheticSource

FRAME_BUDGET_MS = 1000 / 30


@dataclass
class Activity:
    """One activity's worker-side processor factory and its bare OpenCV core operation."""

    name: str
    make_processor: Callable[[], Callable[[np.ndarray], Any]]
    make_bare: Callable[[], Callable[[np.ndarray], Any]]


#: The camera view's size in the kiosk at 1920x1080 (the side panel takes the rest).
VIEW_SIZE = (1332, 1080)


def _display(array: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What the feed adds on the worker: the picture fitted to the view (and its matrix)."""
    from kiosk.exhibit.camera import ViewFit, fit_to_view

    return fit_to_view(array, ViewFit(*VIEW_SIZE, mirror=True))


def activities() -> list[Activity]:
    from exhibits.ar_cards.drawings import CardSprites
    from exhibits.ar_cards.model import CardTracker, card_to_image, paste_warped
    from exhibits.computer_vision.model import VisionFilters
    from exhibits.motion_painter.model import MotionPainter
    from exhibits.motion_wind.model import ParticleWind, WindScene
    from exhibits.motion_wind.widget import PARTICLES, speed_palette

    def vision() -> Callable[[np.ndarray], Any]:
        filters = VisionFilters()
        filters.set_filter("edges")
        return lambda frame: _display(filters.process(frame).display)

    def bare_canny() -> Callable[[np.ndarray], Any]:
        return lambda frame: cv2.Canny(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), 70, 140)

    def painter() -> Callable[[np.ndarray], Any]:
        model = MotionPainter()
        clock = iter(range(10**9))
        return lambda frame: _display(model.process(frame, next(clock) / 30).display)

    def bare_mog2() -> Callable[[np.ndarray], Any]:
        subtractor = cv2.createBackgroundSubtractorMOG2(history=200, varThreshold=24, detectShadows=False)

        def run(frame: np.ndarray) -> Any:
            height = round(frame.shape[0] * 320 / frame.shape[1])
            return subtractor.apply(cv2.resize(frame, (320, height), interpolation=cv2.INTER_AREA))

        return run

    def wind() -> Callable[[np.ndarray], Any]:
        scene = WindScene(ParticleWind(PARTICLES, seed=1), speed_palette(False))
        clock = iter(range(10**9))
        return lambda frame: _display(scene.process(frame, next(clock) / 30).display)

    def bare_dis() -> Callable[[np.ndarray], Any]:
        dis = cv2.DISOpticalFlow_create(cv2.DISOPTICAL_FLOW_PRESET_ULTRAFAST)
        previous: list[np.ndarray] = []

        def run(frame: np.ndarray) -> Any:
            height = round(frame.shape[0] * 192 / frame.shape[1])
            grey = cv2.cvtColor(cv2.resize(frame, (192, height), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
            flow = dis.calc(previous[0], grey, None) if previous else None
            previous[:] = [grey]
            return flow

        return run

    def cards() -> Callable[[np.ndarray], Any]:
        tracker = CardTracker(create_detector(refine_corners=False), [c.marker_id for c in MARKER_CARDS])
        sprites = CardSprites()
        by_id = {card.marker_id: card for card in MARKER_CARDS}
        clock = iter(range(10**9))

        def run(frame: np.ndarray) -> Any:
            t_s = next(clock) / 30
            result = tracker.process(frame, t_s)
            image, frame_to_image = _display(frame)
            for card in result.cards:
                info = by_id[card.marker_id]
                sprite = sprites.get(info.kind, info.key, t_s)
                paste_warped(image, sprite.pixels, card_to_image(card.corners, frame_to_image) @ sprite.to_card())
            return result

        return run

    def bare_aruco() -> Callable[[np.ndarray], Any]:
        detector = create_detector(refine_corners=False)

        def run(frame: np.ndarray) -> Any:
            grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            if grey.shape[1] > 640:
                grey = cv2.resize(grey, None, fx=640 / grey.shape[1], fy=640 / grey.shape[1],
                                  interpolation=cv2.INTER_AREA)
            return detector.detectMarkers(grey)

        return run

    def qr() -> Callable[[np.ndarray], Any]:
        scanner = QrScanner()
        return lambda frame: (scanner(frame), _display(frame))

    def bare_qr() -> Callable[[np.ndarray], Any]:
        detector = cv2.QRCodeDetectorAruco()

        def run(frame: np.ndarray) -> Any:
            grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            if grey.shape[1] > 960:
                grey = cv2.resize(grey, None, fx=960 / grey.shape[1], fy=960 / grey.shape[1],
                                  interpolation=cv2.INTER_AREA)
            return detector.detectAndDecode(grey)

        return run

    return [
        Activity("computer_vision (edges)", vision, bare_canny),
        Activity("motion_painter (MOG2)", painter, bare_mog2),
        Activity("motion_wind (DIS flow)", wind, bare_dis),
        Activity("ar_cards (ArUco)", cards, bare_aruco),
        Activity("qr check-in scanner", qr, bare_qr),
    ]


def per_frame_ms(run: Callable[[np.ndarray], Any], frames: list[np.ndarray], seconds: float) -> float:
    """Median ms per frame over at least one pass through the frames."""
    for frame in frames[:3]:
        run(frame)  # warm up: allocations, OpenCV's first-call setup
    times: list[float] = []
    deadline = time.perf_counter() + seconds
    index = 0
    while time.perf_counter() < deadline or index < len(frames):
        frame = frames[index % len(frames)]
        started = time.perf_counter()
        run(frame)
        times.append((time.perf_counter() - started) * 1000)
        index += 1
    return statistics.median(times)


def processing_table(seconds: float) -> None:
    print("\n1. Worker cost per frame (median ms): activity processor vs bare OpenCV core operation")
    print(f"   {'activity':<26}{'size':>10}{'processor':>11}{'bare':>8}{'ratio':>7}{'budget 30fps':>14}")
    for width, height in ((640, 480), (1280, 720)):
        scene = SyntheticSource(width, height, 30, paced=False)
        frames = [scene.frame_at(i) for i in range(0, 90, 3)]
        for activity in activities():
            processor_ms = per_frame_ms(activity.make_processor(), frames, seconds)
            bare_ms = per_frame_ms(activity.make_bare(), frames, seconds)
            share = processor_ms / FRAME_BUDGET_MS * 100
            print(f"   {activity.name:<26}{f'{width}x{height}':>10}{processor_ms:>10.2f} {bare_ms:>7.2f}"
                  f"{processor_ms / bare_ms:>7.1f}{share:>12.0f} %", flush=True)


def write_clip(folder: Path, seconds: float = 2.0) -> Path:
    scene = SyntheticSource(1280, 720, 30, paced=False)
    path = folder / "bench_720p.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 30, (1280, 720))
    for index in range(round(seconds * 30)):
        writer.write(scene.frame_at(index))
    writer.release()
    return path


def pipeline_fps(clip: Path, processor: Callable[[np.ndarray], Any], seconds: float,
                 paced: bool) -> tuple[float, int]:
    """Frames processed per second through the real pipeline, and frames dropped."""
    pipeline = CameraPipeline(FileSource(clip, paced=paced), processor)
    pipeline.start()
    time.sleep(0.3)  # opening the file and the first frames
    start_stats, started = pipeline.stats, time.perf_counter()
    deadline = started + seconds
    while time.perf_counter() < deadline:
        pipeline.take_latest()  # a consumer taking results, as the UI does
        time.sleep(0.004)
    end_stats, elapsed = pipeline.stats, time.perf_counter() - started
    pipeline.stop()
    processed = end_stats.frames_processed - start_stats.frames_processed
    dropped = end_stats.dropped_frames - start_stats.dropped_frames
    return processed / elapsed, dropped


def bare_fps(clip: Path, core: Callable[[np.ndarray], Any], seconds: float) -> float:
    capture = cv2.VideoCapture(str(clip))
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        ok, frame = capture.read()
        if not ok:
            capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            continue
        core(frame)
        count += 1
    capture.release()
    return count / (time.perf_counter() - started)


def throughput_table(seconds: float) -> None:
    print("\n2. Sustained fps from a 1280x720 MJPG file (decode + process + hand-over)")
    print(f"   {'activity':<26}{'pipeline':>10}{'bare':>8}{'ratio':>7}{'as 30 fps camera':>19}{'dropped':>9}")
    with tempfile.TemporaryDirectory(prefix="vizium-bench-") as folder:
        clip = write_clip(Path(folder))
        for activity in activities():
            unpaced, _ = pipeline_fps(clip, activity.make_processor(), seconds, paced=False)
            bare = bare_fps(clip, activity.make_bare(), seconds)
            paced, dropped = pipeline_fps(clip, activity.make_processor(), seconds, paced=True)
            print(f"   {activity.name:<26}{unpaced:>9.1f} {bare:>7.1f}{unpaced / bare:>7.2f}{paced:>16.1f} fps"
                  f"{dropped:>9}", flush=True)


def ui_stalls(seconds: float) -> None:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.config import CameraSettings
    from kiosk.exhibit import ExhibitContext
    from kiosk.exhibit.camera import make_camera_provider
    from kiosk.exhibit.theme import Theme, hub
    from kiosk.exhibit.translator import TranslationSet
    from kiosk.registry import discover, load_widget_class

    app = QApplication.instance() or QApplication([])
    hub.set(Theme.create(scale=1.0))
    TranslationSet().switch("en")
    entries = {entry.id: entry for entry in discover()}
    print("\n3. UI thread stalls at 1920x1080 (1 ms heartbeat; exhibit animating at 60 Hz, camera 1280x720 30 fps)")
    print(f"   {'exhibit':<18}{'camera: max gap':>16}{'p99':>8}{'frames shown':>14}"
          f"{'no camera: max gap':>20}{'p99':>8}")

    def run(exhibit_id: str, camera: bool) -> tuple[float, float, int]:
        entry = entries[exhibit_id]
        provider = make_camera_provider(CameraSettings(source="synthetic")) if camera else None
        context = ExhibitContext(entry.manifest, "en", camera_provider=provider)
        widget = load_widget_class(entry)(context)
        widget.resize(1920, 1080)
        widget.retranslate()
        widget.show()
        widget.start()
        shown = [0]
        if camera:
            context.camera().frame_ready.connect(lambda _frame: shown.__setitem__(0, shown[0] + 1))
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(beat)
        heartbeat.start(1)
        loop = QEventLoop()
        QTimer.singleShot(500, lambda: gaps.clear())  # skip start-up (fonts, first paint, camera open)
        QTimer.singleShot(round((seconds + 0.5) * 1000), loop.quit)
        loop.exec()
        heartbeat.stop()
        widget.stop()
        context.release_cameras()
        widget.deleteLater()
        app.processEvents()
        gaps.sort()
        return gaps[-1], gaps[int(len(gaps) * 0.99)], shown[0]

    for exhibit_id in ("computer_vision", "motion_painter", "motion_wind", "ar_cards"):
        with_camera = run(exhibit_id, camera=True)
        without = run(exhibit_id, camera=False)
        print(f"   {exhibit_id:<18}{with_camera[0]:>13.1f} ms{with_camera[1]:>6.1f}{with_camera[2]:>14}"
              f"{without[0]:>17.1f} ms{without[1]:>6.1f}", flush=True)


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--quick", "--part", "processing"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="shorter measurements (about 30 s)")
    parser.add_argument("--part", choices=("all", "processing", "throughput", "stalls"), default="all")
    parser.add_argument("--opencv-threads", type=int, help="cv2.setNumThreads before measuring")
    args = parser.parse_args(argv)
    if args.opencv_threads is not None:
        cv2.setNumThreads(args.opencv_threads)
    scale = 0.5 if args.quick else 1.0
    keep_frame_memory()  # as the kiosk does when a camera starts (for the bare loops too)
    started = time.perf_counter()
    print(f"camera benchmark: OpenCV {cv2.__version__}, {cv2.getNumThreads()} OpenCV threads, "
          f"{os.cpu_count()} CPUs (shared: figures vary with load; ratios are from the same run)")
    if args.part in ("all", "processing"):
        processing_table(0.4 * scale)
    if args.part in ("all", "throughput"):
        throughput_table(1.5 * scale)
    if args.part in ("all", "stalls"):
        ui_stalls(2.5 * scale)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
