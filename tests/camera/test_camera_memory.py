"""Camera-sized pictures stay in the process's heap instead of page-faulting back every frame."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kiosk.camera import memory

# A camera worker's fresh pictures each frame: a processed picture, then one enlarged to a
# 1332x1080 view, mirrored, as BGRA (what a processor or a fit without reused buffers allocates).
WORKER = textwrap.dedent("""
    import resource, sys, threading
    import cv2, numpy as np
    from kiosk.camera.memory import keep_frame_memory
    if sys.argv[1] == "tuned":
        keep_frame_memory()
    frame = np.random.default_rng(1).integers(0, 256, (480, 640, 3), np.uint8)
    faults = []

    def worker():
        for index in range(25):
            if index == 5:
                faults.append(resource.getrusage(resource.RUSAGE_THREAD).ru_minflt)
            edges = cv2.cvtColor(cv2.Canny(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), 70, 140), cv2.COLOR_GRAY2BGR)
            cv2.cvtColor(cv2.flip(cv2.resize(edges, (1332, 1080)), 1), cv2.COLOR_BGR2BGRA)
        faults.append(resource.getrusage(resource.RUSAGE_THREAD).ru_minflt)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    print((faults[1] - faults[0]) // 20)
""")


def run_script(script: str, *args: str) -> int:
    """A script in a fresh process (the allocator's settings are the process's), its printed number."""
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def faults_per_frame(mode: str) -> int:
    return run_script(WORKER, mode)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_frames_reuse_their_memory_instead_of_page_faulting_it_back() -> None:
    untuned, tuned = faults_per_frame("untuned"), faults_per_frame("tuned")
    assert untuned > 500, "each frame's pictures come back from the system page by page"
    assert tuned < untuned / 10


def test_tuning_is_applied_once_per_process() -> None:
    first = memory.keep_frame_memory()
    assert memory.keep_frame_memory() is first
    assert first is sys.platform.startswith("linux")


RELEASE = textwrap.dedent("""
    import numpy as np
    from kiosk.camera.memory import keep_frame_memory, release_frame_memory

    def rss_kb():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])

    keep_frame_memory()
    pictures = [np.ones((1080, 1332, 4), np.uint8) for _ in range(8)]  # ~46 MB of camera pictures
    del pictures
    kept = rss_kb()
    release_frame_memory()
    print(kept - rss_kb())
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_a_stopped_camera_gives_its_frame_memory_back() -> None:
    """The tuned heap keeps a camera run's pictures; releasing after the run hands them back."""
    assert run_script(RELEASE) > 30_000  # kB returned to the system


ARENAS = textwrap.dedent("""
    import ctypes, os, sys, tempfile, threading
    import numpy as np
    from kiosk.camera.memory import share_allocator_arenas
    if sys.argv[1] == "shared":
        share_allocator_arenas()
    libc = ctypes.CDLL("libc.so.6")
    libc.fdopen.restype = ctypes.c_void_p
    libc.fdopen.argtypes = (ctypes.c_int, ctypes.c_char_p)
    libc.malloc_info.argtypes = (ctypes.c_int, ctypes.c_void_p)
    libc.fclose.argtypes = (ctypes.c_void_p,)
    all_allocated, done = threading.Barrier(7), threading.Event()

    def camera_thread():
        pictures = [np.ones((480, 640, 4), np.uint8) for _ in range(4)]  # from the thread's arena
        all_allocated.wait()
        done.wait()

    threads = [threading.Thread(target=camera_thread) for _ in range(6)]
    for thread in threads:
        thread.start()
    all_allocated.wait()
    with tempfile.TemporaryFile() as report:
        stream = libc.fdopen(os.dup(report.fileno()), b"w")
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        report.seek(0)
        print(report.read().decode().count("<heap nr="))
    done.set()
    for thread in threads:
        thread.join()
""")


def arenas_in_use(mode: str) -> int:
    return run_script(ARENAS, mode)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_the_kiosks_threads_share_two_allocator_arenas() -> None:
    """Six threads holding camera pictures at once: each in an arena of its own by default (each
    arena then keeps its own free blocks, and a day of camera runs grew the kiosk by tens of MB);
    in the kiosk they share two."""
    assert arenas_in_use("default") > memory.ARENAS
    assert arenas_in_use("shared") <= memory.ARENAS
