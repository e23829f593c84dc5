"""The audit's check of texts widgets paint themselves (kiosk/ui/audit/painted.py): found as they
are drawn, whatever widget draws them, in a box, at a point, or in a picture the widget makes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.audit.painted import PaintedTextRecorder, check_painted_texts

WORD = "Pieskaries un atklāj!"


class Painter(QWidget):
    """Draws WORD in one way: 'fits', 'box' (a box too narrow; 'whole-pixels': the same as a
    QRect), 'edge' (at a point past its right edge), 'picture' (into a picture too small for it),
    'dont-clip' (a narrow box with TextDontClip, inside the widget)."""

    def __init__(self, how: str) -> None:
        super().__init__()
        self.how = how
        self.setFixedSize(400, 60)
        self.setObjectName(how)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        font = QFont("DejaVu Sans")
        font.setPixelSize(24)
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if self.how == "fits":
            painter.drawText(QRectF(0, 0, 400, 60), flags, WORD)
            painter.drawText(QPointF(4, 40), "OK")
        elif self.how == "box":
            painter.drawText(QRectF(0, 0, 120, 60), flags, WORD)
        elif self.how == "edge":
            painter.drawText(QPointF(300, 40), WORD)
        elif self.how == "whole-pixels":
            painter.drawText(QRectF(0, 0, 120, 60).toRect(), flags, WORD)
        elif self.how == "dont-clip":
            painter.drawText(QRectF(0, 0, 20, 60), flags | int(Qt.TextFlag.TextDontClip), WORD)
        elif self.how == "picture":
            picture = QPixmap(80, 40)
            picture.fill(Qt.GlobalColor.transparent)
            inner = QPainter(picture)
            inner.setFont(font)
            inner.drawText(QPointF(0, 30), WORD)
            inner.end()
            painter.drawPixmap(0, 0, picture)
        painter.end()


def _findings(qtbot, how: str) -> list[str]:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(Painter(how))
    window.show()
    qtbot.waitExposed(window)
    with PaintedTextRecorder() as painted:
        window.grab()
    return [detail for _widget, detail in check_painted_texts(painted.texts)]


def test_texts_that_fit_pass(qtbot):
    assert _findings(qtbot, "fits") == []
    assert _findings(qtbot, "dont-clip") == []  # drawn past its box on purpose, still inside the widget


def test_a_text_wider_than_its_box_is_found(qtbot):
    for how in ("box", "whole-pixels"):
        (finding,) = _findings(qtbot, how)
        assert WORD in finding and "its box is 120x60" in finding


def test_a_text_past_its_widgets_edge_is_found(qtbot):
    (finding,) = _findings(qtbot, "edge")
    assert "runs out of its widget (right edge)" in finding


def test_a_text_past_the_edge_of_a_picture_the_widget_makes_is_found(qtbot):
    (finding,) = _findings(qtbot, "picture")
    assert "runs out of the picture it is drawn in (right edge)" in finding


def test_the_recorder_leaves_qpainter_as_it_was(qtbot):
    before = QPainter.drawText
    with PaintedTextRecorder():
        assert QPainter.drawText is not before
    assert QPainter.drawText is before
