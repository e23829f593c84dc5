"""Draw one PDF report in a process of its own: `python -m kiosk.render.pdf_job < job`.

The centre console's server runs this as a child process, so the server itself never starts Qt.
The job (a pickle from the console's server, never from elsewhere) holds the KPI report, the
target file and the language.
"""

from __future__ import annotations

import os
import pickle
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    job = pickle.loads(sys.stdin.buffer.read())
    from kiosk.render.report_pdf import write_report_pdf  # after the platform is chosen

    write_report_pdf(job["report"], job["target"], job["language"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
