"""Programmes: check-in latency, the badge scanner, badge sheets and the retention purge.

    python -m benchmarks.programmes [--quick]

1. Check-in (one durable transaction: decide, insert, graduation rule) against a bare durable
   INSERT through the same store: what the programme logic adds to the disk write.
2. The check-in camera's BadgeScanner against the camera platform's QrScanner on the same frames
   (1280x720, a printed badge held slightly turned; and frames without a badge): ms per frame and
   how many badge frames each reads.
3. A badge sheet: writing one A4 PDF page of 12 badges against drawing the same page into an image.
4. Purge of stale participants (rename with cascading attendance, drop labels) against a bare
   UPDATE of the same rows without the cascade.
Everything runs in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(samples: list[float]) -> str:
    p95 = sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]
    return f"{statistics.median(samples) * 1000:7.2f} ms (p95 {p95 * 1000:.2f})"


def _time(work: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 11, 25, 12, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def _service(folder: Path, clock: _Clock):
    from kiosk.config import ProgrammesSettings
    from kiosk.journal import Journal
    from kiosk.programmes.catalogue import load_catalogue
    from kiosk.programmes.service import ProgrammeService
    from kiosk.store import Store

    store = Store(folder / "kiosk.db", batch_window_s=0).open()
    journal = Journal(store, "bench-1", clock=clock)
    return ProgrammeService(store, journal, load_catalogue(), ProgrammesSettings()), store


def bench_check_in(folder: Path, repeat: int) -> None:
    from kiosk.programmes import codes

    clock = _Clock()
    service, store = _service(folder, clock)
    try:
        session = service.open_session("ROBO-START")
        people = [service.register("9-12", "female", "pupil", "5.a").code for _ in range(repeat)]
        store.execute("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, code TEXT, at TEXT)").wait()
        baseline = _time(lambda: store.execute("INSERT INTO bench_rows(code, at) VALUES ('ABCDEF', 'x')").wait(),
                         repeat)
        queue = iter(people)
        check_ins = _time(lambda: service.check_in(session.id, codes.qr_payload(next(queue))), repeat)
        again = iter(people)
        repeats = _time(lambda: service.check_in(session.id, next(again)), repeat)
    finally:
        store.close()
    base = statistics.median(baseline)
    print(f"  bare durable INSERT (baseline) {_ms(baseline)}")
    print(f"  check-in, first time           {_ms(check_ins)}  ratio {statistics.median(check_ins) / base:.2f}")
    print(f"  check-in, again (harmless)     {_ms(repeats)}  ratio {statistics.median(repeats) / base:.2f}")


def _badge_frames(count: int) -> tuple[list, list]:
    import cv2
    import numpy as np
    from PySide6.QtGui import QImage

    from kiosk.programmes import codes
    from kiosk.render.badges import render_badge_image

    badge_codes = [codes.new_code() for _ in range(12)]
    image = render_badge_image(badge_codes, "lv", 1240).convertToFormat(QImage.Format.Format_Grayscale8)
    page = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes()).reshape(
        image.height(), image.bytesPerLine())[:, :image.width()]
    mm = page.shape[1] / 210
    width, height = (210 - 20) / 3 * mm, (297 - 20 - 17) / 4 * mm
    with_badge, empty = [], []
    rng = np.random.default_rng(3)
    for index in range(count):
        slot = index % 12
        x0, y0 = int(10 * mm + (slot % 3) * width), int(27 * mm + (slot // 3) * height)
        badge = page[y0:y0 + int(height), x0:x0 + int(width)]
        badge = cv2.resize(badge, None, fx=rng.uniform(0.9, 1.3), fy=rng.uniform(0.9, 1.3))
        h, w = badge.shape
        tilt = rng.integers(5, 25)
        warp = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]),
                                           np.float32([[tilt, 0], [w, tilt], [w - tilt, h], [0, h - tilt]]))
        frame = np.full((720, 1280), 80, np.uint8)
        frame[150:150 + h, 400:400 + w] = cv2.warpPerspective(badge, warp, (w, h), borderValue=80)
        frame = cv2.GaussianBlur(frame, (3, 3), 0.7)
        with_badge.append((cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR), codes.qr_payload(badge_codes[slot])))
        empty.append(cv2.cvtColor(np.full((720, 1280), 80, np.uint8) + rng.integers(0, 8, (720, 1280),
                                                                                        dtype=np.uint8),
                                  cv2.COLOR_GRAY2BGR))
    return with_badge, empty


def bench_scanner(count: int) -> None:
    from kiosk.camera.qr import QrScanner
    from kiosk.programmes.scanning import BadgeScanner

    with_badge, empty = _badge_frames(count)
    results = {}
    for name, scanner in (("QrScanner (baseline)", QrScanner()), ("BadgeScanner", BadgeScanner())):
        read = 0
        times = []
        for frame, expected in with_badge:
            start = time.perf_counter()
            found = scanner.decode(frame)
            times.append(time.perf_counter() - start)
            read += [c.text for c in found] == [expected]
        frames = iter(empty)
        empty_times = _time(lambda s=scanner, f=frames: s.decode(next(f)), len(empty))
        results[name] = (times, empty_times, read)
    base_badge = statistics.median(results["QrScanner (baseline)"][0])
    base_empty = statistics.median(results["QrScanner (baseline)"][1])
    for name, (times, empty_times, read) in results.items():
        print(f"  {name:<21} badge frames {_ms(times)} ratio {statistics.median(times) / base_badge:.2f}, "
              f"read {read}/{len(times)}; empty frames {_ms(empty_times)} "
              f"ratio {statistics.median(empty_times) / base_empty:.2f}")


def bench_badges(folder: Path, repeat: int) -> None:
    from kiosk.programmes import codes
    from kiosk.render.badges import render_badge_image, write_badges_pdf

    badge_codes = [codes.new_code() for _ in range(12)]
    image = _time(lambda: render_badge_image(badge_codes, "lv", 1240), repeat)
    paths = iter(range(repeat))
    pdf = _time(lambda: write_badges_pdf(folder / f"sheet-{next(paths)}.pdf", badge_codes, "lv"), repeat)
    size_kb = (folder / "sheet-0.pdf").stat().st_size / 1024
    print(f"  page drawn into an image (baseline) {_ms(image)}")
    ratio = statistics.median(pdf) / statistics.median(image)
    print(f"  page written as PDF                 {_ms(pdf)}  ratio {ratio:.2f}, {size_kb:.0f} KiB per page")


def bench_purge(folder: Path, people: int) -> None:
    from kiosk.programmes import privacy

    def populated(name: str):
        clock = _Clock()
        service, store = _service(folder / name, clock)
        session = service.open_session("ROBO-START")

        def add(conn):
            from kiosk.programmes import codes

            for index in range(people):
                code = codes.new_code()
                conn.execute("INSERT OR IGNORE INTO participants(code, age_band, gender, role, group_label,"
                             " created_at, last_seen_at) VALUES (?, '9-12', 'female', 'pupil', '5.a', ?, ?)",
                             (code, "2020-01-01T00:00:00.000Z", "2020-01-01T00:00:00.000Z"))
                conn.execute("INSERT OR IGNORE INTO attendance VALUES (?, ?, '2020-01-01T00:00:00.000Z', 'qr')",
                             (session.id, code))
                if index % 4 == 0:
                    conn.execute("INSERT OR IGNORE INTO badge_codes VALUES (?, '2020-01-01T00:00:00.000Z', NULL)",
                                 (code,))

        store.call(add).wait()
        return service, store

    (folder / "a").mkdir()
    (folder / "b").mkdir()
    service, store = populated("a")
    start = time.perf_counter()
    report = privacy.purge(service)
    purge_s = time.perf_counter() - start
    store.close()
    # Two baselines over the same rows: a flag-only UPDATE (what the purge cannot be: the code must
    # change) and the set-based UPDATE that renames every code, cascading to attendance as the purge does.
    _, bare_store = populated("b")
    start = time.perf_counter()
    bare_store.execute("UPDATE participants SET purged = 1, group_label = NULL WHERE last_seen_at < '2021'").wait()
    flag_s = time.perf_counter() - start
    bare_store.close()
    (folder / "c").mkdir()
    _, rename_store = populated("c")
    start = time.perf_counter()
    rename_store.execute("UPDATE participants SET code = 'purged-' || lower(hex(randomblob(8))), group_label = NULL,"
                         " purged = 1 WHERE last_seen_at < '2021'").wait()
    rename_s = time.perf_counter() - start
    rename_store.close()
    print(f"  flag-only UPDATE of {people} rows       {flag_s * 1000:8.1f} ms")
    print(f"  set-based renaming UPDATE (baseline) {rename_s * 1000:8.1f} ms")
    print(f"  purge of {report.participants} participants       {purge_s * 1000:8.1f} ms"
          f"  ratio {purge_s / rename_s:.1f}"
          f" (flag-only x{purge_s / flag_s:.0f}; {purge_s / max(1, report.participants) * 1e6:.0f} µs each,"
          " attendance renamed by cascade)")


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--quick"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    from kiosk.render.printing import ensure_gui_application

    ensure_gui_application()
    repeat = 30 if args.quick else 150
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        print("1. check-in latency (durable, synchronous=FULL)")
        (folder / "checkin").mkdir()
        bench_check_in(folder / "checkin", repeat)
        print("2. check-in camera scanner, 1280x720 frames")
        bench_scanner(24 if args.quick else 96)
        print("3. badge sheet, one A4 page of 12")
        (folder / "sheets").mkdir()
        bench_badges(folder / "sheets", 5 if args.quick else 15)
        print("4. retention purge")
        (folder / "purge").mkdir()
        bench_purge(folder / "purge", 1000 if args.quick else 5000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
