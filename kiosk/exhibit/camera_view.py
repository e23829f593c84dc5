"""The view that paints a camera feed's newest picture, with the exhibit's overlay on top."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPaintEvent, QResizeEvent, QTransform
from PySide6.QtWidgets import QWidget

from kiosk.camera.view_fit import ViewFit, fill_crop
from kiosk.exhibit.camera_feed import CameraFeed, CameraFrame
from kiosk.exhibit.theme import current_theme


class CameraView(QWidget):
    """Paints the newest camera picture, filling the widget (cropped, not stretched), mirrored.

    Labels a demo source "Demo video" and says kindly when the camera is missing or lost.
    Exhibits draw on top by overriding ``draw_overlay(painter)``; ``frame_transform()`` maps
    frame pixels (of results) to widget pixels, including the crop and the mirror.
    """

    def __init__(self, parent: QWidget | None = None, feed: CameraFeed | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._mirror = True
        self.frame: CameraFrame | None = None
        self.image: QImage | None = None
        self.status = ""
        self.unavailable = False
        self.show_labels = True
        self._smooth = True
        self._feed: CameraFeed | None = None
        if feed is not None:
            self.attach(feed)

    def attach(self, feed: CameraFeed | None) -> None:
        """Follow this feed (or none): its pictures, prepared for this view on the camera
        worker, its status messages and its mirroring."""
        if self._feed is not None:
            self._feed.frame_ready.disconnect(self.show_frame)
            self._feed.set_view_fit(None)
            self._feed.status_changed.disconnect(self._on_status)
        self._feed = feed
        if feed is not None:
            self.mirror = feed.mirror
            self.status = feed.status
            feed.frame_ready.connect(self.show_frame)
            feed.status_changed.connect(self._on_status)
        self._send_fit()
        self.update()

    @property
    def mirror(self) -> bool:
        """Show the picture mirrored, as visitors expect of a screen facing them."""
        return self._mirror

    @mirror.setter
    def mirror(self, mirror: bool) -> None:
        if mirror != self._mirror:
            self._mirror = mirror
            self._send_fit()
            self.update()

    @property
    def smooth(self) -> bool:
        """Smooth scaling; switch off to show big square pixels (e.g. a pixelated picture)."""
        return self._smooth

    @smooth.setter
    def smooth(self, smooth: bool) -> None:
        if smooth != self._smooth:
            self._smooth = smooth
            self._send_fit()
            self.update()

    def view_fit(self) -> ViewFit | None:
        """The geometry the worker prepares pictures for (None while the view has no size)."""
        ratio = self.devicePixelRatioF()
        width, height = round(self.width() * ratio), round(self.height() * ratio)
        if width < 2 or height < 2:
            return None
        return ViewFit(width, height, self.mirror, self._smooth)

    def _send_fit(self) -> None:
        if self._feed is not None:
            self._feed.set_view_fit(self.view_fit())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._send_fit()

    def set_unavailable(self, unavailable: bool) -> None:
        """No camera can be given at all: show the no-camera message instead of a picture."""
        self.unavailable = unavailable
        self.update()

    def clear(self) -> None:
        self.frame, self.image = None, None
        self.update()

    def show_frame(self, frame: CameraFrame, image: QImage | None = None) -> None:
        """Show a frame (its own image, or ``image``, e.g. a processed picture of any size)."""
        self.frame = frame
        self.image = image if image is not None else frame.image
        self.update()

    def _on_status(self, status: str) -> None:
        self.status = status
        self.update()

    # geometry --------------------------------------------------------------------------------

    def _crop(self, width: int, height: int) -> QRectF:
        """The part of a width x height picture that fills the widget (aspect-fill)."""
        left, top, right, bottom = fill_crop(width, height, max(1, self.width()), max(1, self.height()))
        return QRectF(left, top, right - left, bottom - top)

    def frame_transform(self, frame_size: tuple[int, int] | None = None) -> QTransform:
        """Frame pixel coordinates -> widget coordinates (crop, scale and mirror)."""
        if frame_size is None:
            frame_size = self.frame.size if self.frame is not None else (self.width(), self.height())
        width, height = frame_size
        crop = self._crop(width, height)
        transform = QTransform()
        if self.mirror:
            transform.translate(self.width(), 0)
            transform.scale(-1, 1)
        transform.scale(self.width() / crop.width(), self.height() / crop.height())
        transform.translate(-crop.left(), -crop.top())
        return transform

    def map_from_frame(self, x: float, y: float) -> QPointF:
        return self.frame_transform().map(QPointF(x, y))

    # painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        if self.image is not None and not self.unavailable and self._prepared_for_me():
            # Cropped, scaled and mirrored on the worker already: one plain copy.
            painter.drawImage(QRectF(self.rect()), self.image)
            if self._feed is not None and self.frame is not None:  # both set when prepared for me
                self._feed.mark_displayed(self.frame)
        elif self.image is not None and not self.unavailable:
            self._send_fit()  # e.g. resized while hidden: the worker fits the next picture
            painter.fillRect(self.rect(), theme.color("background"))
            crop = self._crop(self.image.width(), self.image.height())
            painter.save()
            if self.mirror:
                painter.translate(self.width(), 0)
                painter.scale(-1, 1)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.smooth)
            painter.drawImage(QRectF(self.rect()), self.image, crop)
            painter.restore()
            if self._feed is not None and self.frame is not None:
                self._feed.mark_displayed(self.frame)
        else:
            painter.fillRect(self.rect(), theme.color("background"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw_overlay(painter)
        if self.show_labels:
            self._draw_labels(painter)
        painter.end()

    def _prepared_for_me(self) -> bool:
        """Whether the image is the frame's own, made on the worker for this view as it is now."""
        frame = self.frame
        return (frame is not None and frame.fit is not None and self._feed is not None
                and self.image is frame.image and frame.fit == self.view_fit())

    def draw_overlay(self, painter: QPainter) -> None:
        """Override to draw on top of the picture (use frame_transform() for positions)."""

    def message(self) -> str:
        """The sentence for the visitor about the camera right now, or ""."""
        if self.unavailable:
            return self.tr("This screen has no camera.")
        if self.status == "no camera":
            return self.tr("No camera found: showing a demo video.")
        if self.status == "camera lost":
            return self.tr("The camera stopped: showing a demo video until it is back.")
        if self.status == "source failed":
            return self.tr("The video cannot be played: showing a demo video.")
        if self.status == "unavailable":
            return self.tr("The camera is not available right now.")
        if self.image is None:
            return self.tr("Starting the camera…")
        return ""

    def _draw_labels(self, painter: QPainter) -> None:
        theme = current_theme()
        margin = theme.px(20)
        if self.frame is not None and self.frame.is_demo and not self.unavailable:
            self._pill(painter, self.tr("Demo video"), QPointF(margin, self.height() - margin),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        text = self.message()
        if text:
            self._pill(painter, text, QPointF(self.width() / 2, margin),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def _pill(self, painter: QPainter, text: str, anchor: QPointF, align: Qt.AlignmentFlag) -> None:
        theme = current_theme()
        painter.setFont(theme.font(24, QFont.Weight.DemiBold))
        metrics = painter.fontMetrics()
        pad = theme.px(14)
        max_w = self.width() - 4 * pad
        text_rect = metrics.boundingRect(0, 0, max(10, max_w), 10_000, int(Qt.TextFlag.TextWordWrap), text)
        w, h = text_rect.width() + 2 * pad, text_rect.height() + pad
        x = anchor.x() - (w / 2 if align & Qt.AlignmentFlag.AlignHCenter else 0)
        y = anchor.y() - (h if align & Qt.AlignmentFlag.AlignBottom else 0)
        rect = QRectF(x, y, w, h)
        fill = theme.color("surface")
        fill.setAlpha(255 if theme.high_contrast else 215)
        painter.setPen(theme.color("outline") if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(theme.color("text"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
