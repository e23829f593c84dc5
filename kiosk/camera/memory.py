"""Keep camera-sized memory in the process instead of handing it back to the system every frame.

Each camera frame allocates a few pictures of several megabytes (the fitted view picture alone
is 1332 x 1080 x 4 bytes). glibc serves blocks that large with mmap and returns them with munmap
when they are freed, so every frame page-faults its pictures back in: about 2,300 faults and
7 ms a frame at 1920x1080, a quarter of the 30 fps budget, spent zeroing memory. Raising the
mmap and trim thresholds keeps those blocks in the heap for reuse. The cost is that the heap
keeps its high-water mark (a few tens of megabytes while a camera runs).
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

#: Blocks up to this size come from the heap (glibc's ceiling for this setting on 64-bit).
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024
#: Free memory at the top of a heap is returned to the system only beyond this.
TRIM_THRESHOLD_BYTES = 64 * 1024 * 1024
#: Allocator arenas the kiosk's threads share (glibc's own limit is eight per core).
ARENAS = 2
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8

_applied: bool | None = None


def _mallopt() -> Callable[[int, int], int] | None:
    """glibc's mallopt, or None where the C library is another (musl) or not Linux's."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt  # glibc's name on every Linux that has it
    except (OSError, AttributeError):
        return None
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt


def keep_frame_memory() -> bool:
    """Tune glibc's allocator for per-frame pictures (once per process); False where not glibc."""
    global _applied
    if _applied is not None:
        return _applied
    _applied = False
    mallopt = _mallopt()
    if mallopt is None:  # nothing to tune
        return False
    _applied = bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES))
    if not _applied:
        log.warning("could not tune memory for camera frames; frames may cost a few ms more")
    return _applied


def share_allocator_arenas() -> bool:
    """Hold the process to ARENAS allocator arenas; call it before the kiosk starts any thread.

    Each thread that allocates gets an arena of its own, up to eight per core, and each arena
    keeps its own scattered free blocks. A camera run's threads (capture, processing, Qt's
    painting pool) allocate and free camera-sized pictures in theirs: between visitors a kiosk
    held 3-5 MB more after every AR cards or motion painter run (the 8-hour soak: +30 to +60 MB).
    Shared arenas serve one run's free blocks to the next. False where the C library is not glibc."""
    mallopt = _mallopt()
    return mallopt is not None and bool(mallopt(_M_ARENA_MAX, ARENAS))


def release_frame_memory() -> bool:
    """Hand the heap's free camera-sized memory back to the system, once a camera has stopped.

    The raised thresholds keep a camera activity's frame memory in the heap while it runs; without
    this, each camera run left its high-water mark behind (the 8-hour soak grew ~40 MB). Returns
    whether anything was released (False where the C library is not glibc)."""
    if not _applied:
        return False
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return False
    trim.argtypes = (ctypes.c_size_t,)
    trim.restype = ctypes.c_int
    return bool(trim(0))
