"""Background work (kiosk/ui/tasks.py) that ends after the kiosk has stopped."""

from __future__ import annotations

import shiboken6

from kiosk.ui.tasks import _Job, _Relay


def _fails() -> None:
    raise OSError("the data folder is read-only")


def test_work_that_ends_after_the_application_went_is_dropped_quietly(qapp):
    """A stop waits a second for background work; a purge on a read-only folder took longer, and
    its end raised "Signal source has been deleted" on stderr as the process closed."""
    for work in (_fails, lambda: 42):
        relay = _Relay()
        job = _Job(work, relay)
        shiboken6.delete(relay)  # as the application's end deletes it
        job.run()  # raises nothing
