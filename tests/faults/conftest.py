"""Real disk faults for the store tests: a small tmpfs that fills up or goes read-only.

Tests run as root in CI, where chmod does not stop writes; a mount does. When mounting is not
permitted (not root, a container without CAP_SYS_ADMIN) the tests that need it are skipped.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.journal import Journal, RunResult


def record_visits(journal: Journal, count: int = 1, **run: object) -> None:
    """``count`` visits of one completed pendulum run each (``run``: RunResult's fields), ended idle."""
    result = RunResult("completed", **{"active_ms": 900, **run})  # type: ignore[arg-type]
    for _ in range(count):
        visit = journal.start_visit("lv")
        journal.end_run(journal.start_run(visit, "pendulum"), result)
        journal.end_visit(visit, "idle")


@dataclass
class SmallDisk:
    """A tmpfs of a few hundred KiB mounted at ``path``, unmounted after the test."""

    path: Path

    def _mount(self, *options: str) -> None:
        subprocess.run(["mount", *options, str(self.path)], check=True, capture_output=True)

    def read_only(self) -> None:
        self._mount("-o", "remount,ro")

    def writable(self) -> None:
        self._mount("-o", "remount,rw")

    def resize(self, size: str) -> None:
        """Grow (free space) or shrink the disk, files kept."""
        self._mount("-o", f"remount,size={size}")

    def fill(self) -> None:
        """Take every free byte, so the next write finds the disk full."""
        try:
            with open(self.path / ".filler", "ab") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
        except OSError:
            pass

    def free(self) -> None:
        (self.path / ".filler").unlink(missing_ok=True)


def _mount_tmpfs(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command: cannot make a small or read-only disk here")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({done.stderr.strip() or done.returncode}); "
                    "these fault tests need root or CAP_SYS_ADMIN")


@pytest.fixture
def make_disk(tmp_path: Path) -> Iterator[Callable[[str], SmallDisk]]:
    """make_disk("4m") -> a mounted tmpfs of that size; all are unmounted after the test."""
    mounted: list[Path] = []

    def make(size: str) -> SmallDisk:
        where = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
        _mount_tmpfs(where, size)
        mounted.append(where)
        return SmallDisk(where)

    try:
        yield make
    finally:
        for where in mounted:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def small_disk(make_disk: Callable[[str], SmallDisk]) -> SmallDisk:
    """A 420 KiB tmpfs (the size of issue 13's full-disk report: a fresh database nearly fills it)."""
    return make_disk("420k")


@pytest.fixture
def spill_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The state and temporary folders a spill falls back to, inside the test's own folder."""
    state = tmp_path / "state-home"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    monkeypatch.setenv("TMPDIR", str(temporary))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    return state / "vizium-kiosk" / "spill"


@dataclass
class FailingDisk:
    """An ext4 file system on a loop device, mounted errors=remount-ro: fail() turns it read-only
    under the running kiosk as a disk error does on a station (open files and all)."""

    image: Path
    path: Path

    def mount(self) -> None:
        subprocess.run(["mount", "-o", "loop,errors=remount-ro", str(self.image), str(self.path)],
                       check=True, capture_output=True)

    def fail(self) -> None:
        device = subprocess.run(["findmnt", "-no", "SOURCE", str(self.path)], check=True, capture_output=True,
                                text=True).stdout.strip()
        Path(f"/sys/fs/ext4/{Path(device).name}/trigger_fs_error").write_text("1")

    def repair(self) -> None:
        """As staff would: unmount, check the file system, mount it again read-write."""
        subprocess.run(["umount", str(self.path)], check=True, capture_output=True)
        subprocess.run(["e2fsck", "-fy", str(self.image)], capture_output=True)
        self.mount()


@pytest.fixture
def failing_disk(tmp_path: Path) -> Iterator[FailingDisk]:
    for tool in ("mkfs.ext4", "findmnt", "e2fsck", "mount"):
        if shutil.which(tool) is None:
            pytest.skip(f"no {tool}: cannot make a disk that fails here")
    image = tmp_path / "disk.img"
    with open(image, "wb") as handle:
        handle.truncate(16 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True, capture_output=True)
    disk = FailingDisk(image, tmp_path / "ext4-disk")
    disk.path.mkdir()
    try:
        disk.mount()
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"mounting a loop device is not permitted here ({exc.stderr.strip()!r})")
    if not Path("/sys/fs/ext4").is_dir():
        pytest.skip("no /sys/fs/ext4: cannot trigger a file system error here")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk.path)], capture_output=True)
