"""Guards against Qt binding releases that the kiosk cannot run on."""

import sys

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_painting_does_not_leak_references_to_none(qapp):
    # PySide6 6.12.0 released a reference to None on every setPen/setBrush; on Python 3.11 the
    # kiosk then aborted with "deallocating None" after a few minutes of animation.
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.setPen(QPen(QColor("#FFC83D"), 3))
            painter.setBrush(QColor("#0B1B34"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(32, 32), 10.0, 10.0)
        assert sys.getrefcount(None) - before > -100
    finally:
        painter.end()
