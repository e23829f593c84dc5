"""Camera activities: worker cost per frame, sustained frame rate, and UI stalls while the camera runs.

    python -m benchmarks.camera [--quick] [--video PATH] [--part processing|throughput|stalls]

1. Worker ms per frame at 1280x720 (and 640x480): what the camera worker runs for each frame in
   the kiosk (CameraFeed's worker step: the activity's processor, the fit of the shown picture
   to a 1332x1080 view, mirrored, and for AR cards the card pictures drawn into it) against a
   bare OpenCV loop doing only the activity's core operation (the floor), on the same frames,
   interleaved frame by frame so that load on a shared machine hits both alike. The "fit only"
   row is the floor of any activity that shows the camera: the picture fitted, nothing else.
2. Sustained end-to-end fps from a 1280x720 MJPG file: the CameraPipeline (decode, process,
   hand over; the fit on a second thread, as CameraFeed runs it) unpaced, against a bare
   VideoCapture.read + core operation loop; and with the
   file paced as a 30 fps camera: delivered fps and dropped frames.
3. The UI thread's longest stall while each exhibit runs at 1920x1080 on the video, measured with
   a 1 ms QTimer heartbeat, against the same exhibit without a camera.

The video is ``--video PATH`` (any size; frames are scaled to 1280x720), else a generated clip:
the synthetic scene (a walking figure, balls, AR cards, a QR code) in front of a textured room
with sensor noise, written as MJPG and read back, so the frames carry a real camera's texture
and compression artefacts (a flat synthetic scene would flatter every core operation).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
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
#: The camera view's size in the kiosk at 1920x1080 (the side panel takes the rest).
VIEW_SIZE = (1332, 1080)
#: Frames of the video kept in memory for part 1 (about 2.8 MB each at 1280x720).
FRAMES_KEPT = 45

Step = Callable[[np.ndarray], Any]


@dataclass
class Activity:
    """One activity: what its camera worker runs per frame, and its bare OpenCV core operation."""

    name: str
    exhibit_id: str | None
    make_worker: Callable[[], Step]
    make_bare: Callable[[], Step] | None


def clock() -> Iterator[float]:
    """Camera time in seconds, one 30 fps frame per step."""
    index = 0
    while True:
        yield index / 30
        index += 1


def feed_worker(processor: Step | None, compositor: Callable[[Any, np.ndarray, np.ndarray], None] | None = None,
                ) -> Step:
    """The kiosk's own worker step (CameraFeed: processor, fit to the view, compositor), as the
    camera thread runs it; the last two results stay alive as the UI and the hand-over slot keep
    them, so reused buffers are measured as they are reused in the kiosk."""
    from kiosk.exhibit.camera import CameraFeed, ViewFit

    feed = CameraFeed(SyntheticSource(160, 120))  # never started: only its worker step is used
    feed.set_processor(processor)
    feed.set_compositor(compositor)
    feed.set_view_fit(ViewFit(*VIEW_SIZE, mirror=True))
    held: list[Any] = []

    def step(frame: np.ndarray) -> Any:
        held.append(feed._process(frame))
        del held[:-2]
        return held[-1]

    # Part 2 runs the two stages as the kiosk's pipeline does (the fit on a thread of its own).
    if hasattr(feed, "_finish"):  # (an older kiosk, measured with --compare, runs one stage)
        step.stages = (feed._run_processor, feed._finish)  # type: ignore[attr-defined]
    return step


def halved_then_resized(frame: np.ndarray, width: int) -> np.ndarray:
    """The cheapest good shrink for the bare loops, as the activities do it: OpenCV's INTER_AREA
    halving (its fastest path) while the frame is at least twice too wide, then one resize."""
    height = round(frame.shape[0] * width / frame.shape[1])
    while frame.shape[1] >= 2 * width:
        frame = cv2.resize(frame, (frame.shape[1] // 2, frame.shape[0] // 2), interpolation=cv2.INTER_AREA)
    return frame if frame.shape[:2] == (height, width) else cv2.resize(frame, (width, height),
                                                                       interpolation=cv2.INTER_AREA)


def activities() -> list[Activity]:
    from exhibits.ar_cards.model import CardTracker
    from exhibits.ar_cards.scene import CardScene
    from exhibits.computer_vision.model import VisionFilters
    from exhibits.motion_painter.model import MotionPainter
    from exhibits.motion_wind.model import ParticleWind, WindScene
    from exhibits.motion_wind.widget import PARTICLES, speed_palette
    from exhibits.teach_ai.model import Teacher, features

    def plain() -> Step:
        return feed_worker(None)

    def vision() -> Step:
        filters = VisionFilters()
        filters.set_filter("edges")
        return feed_worker(filters.process)

    def bare_canny() -> Step:
        return lambda frame: cv2.Canny(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), 70, 140)

    def painter() -> Step:
        model, now = MotionPainter(), clock()
        return feed_worker(lambda frame: model.process(frame, next(now)))

    def bare_mog2() -> Step:
        # Background subtraction on the small copy, and the frame difference that tells motion.
        subtractor = cv2.createBackgroundSubtractorMOG2(history=200, varThreshold=24, detectShadows=False)
        previous: list[np.ndarray] = []

        def run(frame: np.ndarray) -> Any:
            small = halved_then_resized(frame, 320)
            foreground = subtractor.apply(small)
            grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
            if previous:
                cv2.threshold(cv2.absdiff(grey, previous[0]), 22, 255, cv2.THRESH_BINARY)
            previous[:] = [grey]
            return foreground

        return run

    def wind() -> Step:
        scene, now = WindScene(ParticleWind(PARTICLES, seed=1), speed_palette(False)), clock()
        return feed_worker(lambda frame: scene.process(frame, next(now)))

    def bare_dis() -> Step:
        dis = cv2.DISOpticalFlow_create(cv2.DISOPTICAL_FLOW_PRESET_ULTRAFAST)  # type: ignore[attr-defined]
        previous: list[np.ndarray] = []

        def run(frame: np.ndarray) -> Any:
            grey = cv2.cvtColor(halved_then_resized(frame, 192), cv2.COLOR_BGR2GRAY)
            flow = dis.calc(previous[0], grey, None) if previous else None
            previous[:] = [grey]
            return flow

        return run

    def cards() -> Step:
        # ArCardsExhibit's own worker code: track on the capture thread, then draw each card's
        # picture and paste it into the view on the second (the exhibit's compositor).
        scene = CardScene(CardTracker(create_detector(refine_corners=False), [c.marker_id for c in MARKER_CARDS]))
        now = clock()

        def process(frame: np.ndarray) -> Any:
            t_s = next(now)
            return scene.process(frame, t_s, t_s)

        return feed_worker(process, scene.compose)

    def bare_aruco() -> Step:
        detector = create_detector(refine_corners=False)

        def run(frame: np.ndarray) -> Any:
            grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            if grey.shape[1] > 640:
                grey = cv2.resize(grey, None, fx=640 / grey.shape[1], fy=640 / grey.shape[1],
                                  interpolation=cv2.INTER_AREA)
            return detector.detectMarkers(grey)

        return run

    def teach() -> Step:
        teacher = Teacher()
        rng = np.random.default_rng(2)
        for group in (0, 1):  # a taught computer: every frame is also guessed
            for _ in range(8):
                teacher.add_example(group, features(rng.integers(0, 256, (72, 128, 3), np.uint8)))
        return feed_worker(teacher.process)

    def bare_features() -> Step:
        return features

    def qr() -> Step:
        return feed_worker(QrScanner())

    def bare_qr() -> Step:
        detector = cv2.QRCodeDetectorAruco()

        def run(frame: np.ndarray) -> Any:
            grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            if grey.shape[1] > 960:
                grey = cv2.resize(grey, None, fx=960 / grey.shape[1], fy=960 / grey.shape[1],
                                  interpolation=cv2.INTER_AREA)
            return detector.detectAndDecode(grey)

        return run

    return [
        Activity("camera shown (fit only)", None, plain, None),
        Activity("computer_vision (edges)", "computer_vision", vision, bare_canny),
        Activity("motion_painter (MOG2)", "motion_painter", painter, bare_mog2),
        Activity("motion_wind (DIS flow)", "motion_wind", wind, bare_dis),
        Activity("ar_cards (ArUco)", "ar_cards", cards, bare_aruco),
        Activity("teach_ai (features)", "teach_ai", teach, bare_features),
        Activity("qr check-in scanner", None, qr, bare_qr),
    ]


#: How part 1 reads time: "wall" (what a camera feels) or "cpu", the measuring thread's CPU
#: time, which a busy shared machine does not inflate (use it with --opencv-threads 1, so that
#: all of OpenCV's work runs on the measuring thread).
CLOCKS = {"wall": time.perf_counter, "cpu": time.thread_time}
clock_s = time.perf_counter


def interleaved_ms(worker: Step, bare: Step | None, frames: list[np.ndarray],
                   seconds: float) -> tuple[float, float | None]:
    """Median ms per frame of the worker and of the bare loop, run frame by frame in turn (the
    order swapped every frame), over at least one pass through the frames."""
    for frame in frames[:3]:
        worker(frame)  # warm up: allocations, OpenCV's first-call setup
        if bare is not None:
            bare(frame)
    worker_ms: list[float] = []
    bare_ms: list[float] = []
    deadline = time.perf_counter() + seconds
    index = 0
    while time.perf_counter() < deadline or index < len(frames):
        frame = frames[index % len(frames)]
        pair = [(worker, worker_ms), (bare, bare_ms)]
        for run, times in pair if index % 2 == 0 else pair[::-1]:
            if run is None:
                continue
            started = clock_s()
            run(frame)
            times.append((clock_s() - started) * 1000)
        index += 1
    return statistics.median(worker_ms), statistics.median(bare_ms) if bare_ms else None


def processing_table(clip: Path, seconds: float, frames_kept: int = FRAMES_KEPT) -> None:
    clock_name = "CPU ms of the thread" if clock_s is time.thread_time else "ms"
    print(f"\n1. Worker cost per frame (median {clock_name}, interleaved): the kiosk's camera worker step vs "
          "the bare OpenCV core operation")
    print(f"   {'activity':<26}{'size':>10}{'worker':>9}{'bare':>8}{'ratio':>7}{'budget 30fps':>14}")
    video = read_frames(clip, 1280, 720, frames_kept)
    for width, height in ((1280, 720), (640, 480)):
        frames = video if (width, height) == (1280, 720) else [
            cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA) for frame in video]
        for activity in activities():
            worker_ms, bare_ms = interleaved_ms(
                activity.make_worker(), activity.make_bare() if activity.make_bare else None, frames, seconds)
            share = worker_ms / FRAME_BUDGET_MS * 100
            bare_text, ratio_text = ("", "") if bare_ms is None else (f"{bare_ms:.2f}", f"{worker_ms / bare_ms:.2f}")
            print(f"   {activity.name:<26}{f'{width}x{height}':>10}{worker_ms:>9.2f}{bare_text:>8}{ratio_text:>7}"
                  f"{share:>12.0f} %", flush=True)


# -- the video -----------------------------------------------------------------------------------


def textured_room(width: int, height: int, seed: int = 7) -> np.ndarray:
    """A room as a camera sees it (BGR): lit walls, shelves of books, posters, a tiled floor,
    fabric-like fine texture and a little optical softness."""
    rng = np.random.default_rng(seed)
    rows = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    room = np.ascontiguousarray(np.broadcast_to(
        np.array([150, 140, 125], np.float32) + np.array([-60, -50, -30], np.float32) * rows,
        (height, width, 3))).astype(np.uint8)
    shelf_top, shelf_bottom = int(height * 0.18), int(height * 0.62)
    for shelf in range(4):  # bookshelves on the left and right walls
        y0 = shelf_top + shelf * (shelf_bottom - shelf_top) // 4
        y1 = y0 + (shelf_bottom - shelf_top) // 4 - 6
        for x_start, x_end in ((0, width // 4), (3 * width // 4, width)):
            x = x_start
            while x < x_end:
                spine = int(rng.integers(6, 22))
                colour = tuple(int(c) for c in rng.integers(30, 220, 3))
                cv2.rectangle(room, (x, y0 + int(rng.integers(0, 12))), (x + spine - 1, y1), colour, -1)
                x += spine + int(rng.integers(0, 3))
            cv2.rectangle(room, (x_start, y1), (x_end, y1 + 6), (60, 80, 110), -1)
    for _ in range(6):  # posters and furniture
        x0, y0 = int(rng.uniform(0.2, 0.7) * width), int(rng.uniform(0.05, 0.6) * height)
        w, h = int(rng.uniform(0.05, 0.15) * width), int(rng.uniform(0.08, 0.25) * height)
        cv2.rectangle(room, (x0, y0), (x0 + w, y0 + h), tuple(int(c) for c in rng.integers(40, 230, 3)), -1)
        for _ in range(8):  # print on the posters
            tx, ty = x0 + int(rng.uniform(0.1, 0.8) * w), y0 + int(rng.uniform(0.1, 0.9) * h)
            cv2.line(room, (tx, ty), (tx + int(rng.uniform(0.1, 0.3) * w), ty), (20, 20, 20), 2)
    floor_y = int(height * 0.78)
    tile = max(8, width // 24)
    for y in range(floor_y, height, tile // 2):  # floor tiles
        for x in range(0, width, tile):
            shade = 95 + int(rng.integers(-12, 12)) + 20 * (((x // tile) + (y // (tile // 2))) % 2)
            cv2.rectangle(room, (x, y), (x + tile - 2, y + tile // 2 - 2), (shade, shade + 5, shade + 12), -1)
    fabric = cv2.GaussianBlur(rng.normal(0, 9, (height, width)).astype(np.float32), (0, 0), 1.2)
    room = np.clip(room.astype(np.float32) + fabric[..., None], 0, 255).astype(np.uint8)
    return cv2.GaussianBlur(room, (0, 0), 0.8)


def write_clip(folder: Path, seconds: float = 2.0, width: int = 1280, height: int = 720) -> Path:
    """A generated MJPG clip: the synthetic scene's moving parts (figure, balls, cards, QR code)
    in front of a textured room, with sensor noise."""
    scene = SyntheticSource(width, height, 30, paced=False, noise=0.0)
    room = textured_room(width, height)
    scene._prepare()  # its plain background: whatever differs from it is the scene's moving part
    background = scene._backgrounds[0]
    rng = np.random.default_rng(11)
    path = folder / f"bench_{width}x{height}.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 30, (width, height))
    for index in range(round(seconds * 30)):
        drawn = scene.frame_at(index)
        moving = np.any(drawn != background, axis=2)
        frame = room.copy()
        frame[moving] = drawn[moving]
        noise = rng.normal(0, 3.0, frame.shape).astype(np.int16)
        writer.write(np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8))
    writer.release()
    return path


def read_frames(clip: Path, width: int, height: int, limit: int = FRAMES_KEPT) -> list[np.ndarray]:
    """Up to ``limit`` frames of the clip, scaled to width x height where they are another size."""
    capture = cv2.VideoCapture(str(clip))
    frames: list[np.ndarray] = []
    while len(frames) < limit:
        ok, frame = capture.read()
        if not ok:
            break
        if frame.shape[:2] != (height, width):
            frame = cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA)
        frames.append(frame)
    capture.release()
    if not frames:
        raise SystemExit(f"{clip}: no frames could be read (is it a video OpenCV can open?)")
    return frames


def pipeline_fps(clip: Path, processor: Step, seconds: float, paced: bool) -> tuple[float, int]:
    """Frames processed per second through the real pipeline, and frames dropped."""
    processor, finisher = getattr(processor, "stages", (processor, None))
    pipeline = CameraPipeline(FileSource(clip, paced=paced), processor, **({"finisher": finisher} if finisher else {}))
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


def interleaved_fps(clip: Path, worker: Step, core: Step, seconds: float,
                    slices: int = 6) -> tuple[float, float, float]:
    """Unpaced fps of the pipeline and of the bare loop, measured in alternating slices (the
    pipeline paused while the bare loop runs), so that load on a shared machine hits both alike:
    (median pipeline fps, median bare fps, median of the slice pairs' ratios)."""
    processor, finisher = getattr(worker, "stages", (worker, None))
    pipeline = CameraPipeline(FileSource(clip, paced=False), processor, **({"finisher": finisher} if finisher else {}))
    capture = cv2.VideoCapture(str(clip))
    slice_s = seconds / slices
    pipeline_rates: list[float] = []
    bare_rates: list[float] = []

    def run_pipeline() -> float:
        pipeline.resume()
        first = pipeline.stats.frames_processed
        while pipeline.stats.frames_processed == first:  # running again (a paused worker polls)
            pipeline.take_latest()
            time.sleep(0.001)
        start, started = pipeline.stats.frames_processed, time.perf_counter()
        while time.perf_counter() - started < slice_s:
            pipeline.take_latest()  # a consumer taking results, as the UI does
            time.sleep(0.004)
        rate = (pipeline.stats.frames_processed - start) / (time.perf_counter() - started)
        pipeline.pause()
        return rate

    def run_bare() -> float:
        count, started = 0, time.perf_counter()
        while time.perf_counter() - started < slice_s:
            ok, frame = capture.read()
            if not ok:
                capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
                continue
            if frame.shape[:2] != (720, 1280):
                frame = cv2.resize(frame, (1280, 720), interpolation=cv2.INTER_AREA)
            core(frame)
            count += 1
        return count / (time.perf_counter() - started)

    pipeline.start()
    try:
        while pipeline.stats.frames_processed < 3:  # the file open and the first frames
            pipeline.take_latest()
            time.sleep(0.01)
        pipeline.pause()
        for index in range(slices):
            if index % 2 == 0:
                pipeline_rates.append(run_pipeline())
                bare_rates.append(run_bare())
            else:
                bare_rates.append(run_bare())
                pipeline_rates.append(run_pipeline())
    finally:
        pipeline.stop()
        capture.release()
    ratios = [p / b for p, b in zip(pipeline_rates, bare_rates, strict=True)]
    return statistics.median(pipeline_rates), statistics.median(bare_rates), statistics.median(ratios)


def throughput_table(clip: Path, seconds: float) -> None:
    print("\n2. Sustained fps from the video (decode + worker step + hand-over; pipeline and bare loop in")
    print("   alternating slices, ratio: median of the slice pairs)")
    print(f"   {'activity':<26}{'pipeline':>10}{'bare':>8}{'ratio':>7}{'as 30 fps camera':>19}{'dropped':>9}")
    for activity in activities():
        if activity.make_bare is None:
            continue
        unpaced, bare, ratio = interleaved_fps(clip, activity.make_worker(), activity.make_bare(), 2 * seconds)
        paced, dropped = pipeline_fps(clip, activity.make_worker(), seconds, paced=True)
        print(f"   {activity.name:<26}{unpaced:>9.1f} {bare:>7.1f}{ratio:>7.2f}{paced:>16.1f} fps"
              f"{dropped:>9}", flush=True)


def ui_stalls(clip: Path, seconds: float) -> None:
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
    print("\n3. UI thread stalls at 1920x1080 (1 ms heartbeat; exhibit animating at 60 Hz; the video as a "
          "30 fps camera)")
    print("   (gap: wall time between heartbeats; busy: the UI thread's own CPU time in that gap, which a busy")
    print("   shared machine does not inflate: the part of a stall the exhibit and the camera cause)")
    print(f"   {'exhibit':<18}{'camera: max gap':>16}{'p99':>7}{'max busy':>10}{'p99':>6}{'frames':>8}"
          f"{'no camera: max gap':>20}{'p99':>7}{'max busy':>10}{'p99':>6}")

    def run(exhibit_id: str, camera: bool) -> tuple[float, float, float, float, int]:
        entry = entries[exhibit_id]
        provider = make_camera_provider(CameraSettings(source=f"file:{clip}")) if camera else None
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
        busy: list[float] = []
        last_cpu = [time.thread_time()]
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now
            cpu = time.thread_time()
            busy.append((cpu - last_cpu[0]) * 1000)
            last_cpu[0] = cpu

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(beat)
        heartbeat.start(1)
        loop = QEventLoop()
        QTimer.singleShot(500, lambda: (gaps.clear(), busy.clear()))  # skip start-up (fonts, first paint, camera)
        QTimer.singleShot(round((seconds + 0.5) * 1000), loop.quit)
        loop.exec()
        heartbeat.stop()
        widget.stop()
        context.release_cameras()
        widget.deleteLater()
        app.processEvents()
        gaps.sort()
        busy.sort()
        return (gaps[-1], gaps[int(len(gaps) * 0.99)], busy[-1], busy[int(len(busy) * 0.99)], shown[0])

    for exhibit_id in ("computer_vision", "motion_painter", "motion_wind", "ar_cards", "teach_ai"):
        with_camera = run(exhibit_id, camera=True)
        without = run(exhibit_id, camera=False)
        print(f"   {exhibit_id:<18}{with_camera[0]:>13.1f} ms{with_camera[1]:>7.1f}{with_camera[2]:>10.1f}"
              f"{with_camera[3]:>6.1f}{with_camera[4]:>8}{without[0]:>17.1f} ms{without[1]:>7.1f}{without[2]:>10.1f}"
              f"{without[3]:>6.1f}", flush=True)


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--quick", "--part", "processing", "--frames", "4"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="shorter measurements (about 40 s)")
    parser.add_argument("--part", choices=("all", "processing", "throughput", "stalls"), default="all")
    parser.add_argument("--video", type=Path, help="a video file to measure on (default: a generated 1280x720 clip)")
    parser.add_argument("--frames", type=int, default=FRAMES_KEPT, help="frames of the video measured in part 1")
    parser.add_argument("--opencv-threads", type=int, help="cv2.setNumThreads before measuring")
    parser.add_argument("--clock", choices=tuple(CLOCKS), default="wall",
                        help="part 1: wall time, or the thread's CPU time (steady on a busy machine; "
                             "use with --opencv-threads 1)")
    args = parser.parse_args(argv)
    global clock_s
    clock_s = CLOCKS[args.clock]
    if args.opencv_threads is not None:
        cv2.setNumThreads(args.opencv_threads)
    scale = 0.5 if args.quick else 1.0
    keep_frame_memory()  # as the kiosk does when a camera starts (for the bare loops too)
    started = time.perf_counter()
    print(f"camera benchmark: OpenCV {cv2.__version__}, {cv2.getNumThreads()} OpenCV threads, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f} (shared: figures vary with load; "
          f"ratios are from the same run)")
    with tempfile.TemporaryDirectory(prefix="vizium-bench-") as folder:
        clip = args.video or write_clip(Path(folder), seconds=min(2.0, max(0.5, args.frames / 30)))
        print(f"video: {args.video or 'generated 1280x720 MJPG clip (textured room, synthetic scene)'}")
        if args.part in ("all", "processing"):
            processing_table(clip, 0.6 * scale, args.frames)
        if args.part in ("all", "throughput"):
            throughput_table(clip, 1.5 * scale)
        if args.part in ("all", "stalls"):
            ui_stalls(clip, 2.5 * scale)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
