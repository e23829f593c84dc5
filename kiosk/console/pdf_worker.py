"""Draw one PDF report in a process of its own: `python -m kiosk.console.pdf_worker < job`.

The job (a pickle from the console's server, never from elsewhere) holds the KPI report, the
target file and the language. The renderer is the kiosk's (``kiosk.render.report_pdf``), loaded
by name so the console package itself never imports Qt.
"""

from __future__ import annotations

import importlib
import os
import pickle
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    job = pickle.loads(sys.stdin.buffer.read())
    renderer = importlib.import_module("kiosk.render.report_pdf")
    renderer.write_report_pdf(job["report"], job["target"], job["language"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
