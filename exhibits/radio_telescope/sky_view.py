"""The sky map: stars, the dish's beam, the radio map the visitor scans, and found sources."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.radio_telescope.model import SKY_SIZE_DEG, RadioTelescope, ScanMap, SkySource, SourceHunt
from kiosk.exhibit import current_theme

# Okabe-Ito colours, one per source (each source also has its own icon shape).
SOURCE_COLOURS = {"sun": "#E69F00", "cas_a": "#CC79A7", "hydrogen": "#56B4E9"}


def scan_colour_table() -> np.ndarray:
    """256 x 4 RGBA (premultiplied) for the scanned map: clear, violet, orange, yellow.

    Lightness rises with the signal, so it reads without colour vision too.
    """
    stops = [(0.0, (60, 40, 110, 0)), (0.08, (90, 60, 160, 70)), (0.5, (230, 159, 0, 170)),
             (1.0, (240, 228, 66, 230))]
    positions = [p for p, _ in stops]
    table = np.zeros((256, 4), dtype=np.float64)
    x = np.linspace(0, 1, 256)
    for channel in range(4):
        table[:, channel] = np.interp(x, positions, [c[channel] for _, c in stops])
    table[:, :3] *= table[:, 3:4] / 255.0  # premultiply for Format_RGBA8888_Premultiplied
    return np.round(table).astype(np.uint8)


#: The last night sky drawn, by size and look: the next visitor's sky map (a new widget) reuses it
#: instead of drawing some 300 stars again on the way to its first frame. The stars never change.
_SKY_CACHE: dict[str, tuple[object, QPixmap]] = {}


def _night_sky(view: SkyMapView, rect: QRectF) -> QPixmap:
    key = (rect.size().toSize(), current_theme())
    cached = _SKY_CACHE.get("sky")
    if cached is None or cached[0] != key:
        cached = _SKY_CACHE["sky"] = (key, view._build_background(rect))
    return cached[1]


class SkyMapView(QWidget):
    """Paints the sky map and turns touches into pointing requests.

    Emits ``aimed(x_deg, y_deg)`` on press and drag, ``released(x_deg, y_deg)`` when the
    finger lifts. Texts (source names, hint) are given translated by the owner.
    """

    aimed = Signal(float, float)
    released = Signal(float, float)

    def __init__(self, telescope: RadioTelescope, scan: ScanMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.telescope = telescope
        self.scan = scan
        self.setObjectName("sky-map")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.found: list[SkySource] = []
        self.names: dict[str, str] = {}
        self.hint: tuple[tuple[float, float], float] | None = None  # centre, radius in degrees
        self.hint_text = ""
        self.lock_fraction = 0.0
        self.scale_text = ""
        self.flash_s: dict[str, float] = {}
        self._pressed = False
        self._background: QPixmap | None = None
        self._scan_table = scan_colour_table()
        self._scan_pixels: np.ndarray | None = None
        # The night sky with the scanned map on it, in its rounded frame: drawn again only where
        # the map changed (around the beam), not on every frame.
        self._layer: QPixmap | None = None
        self._layer_scan: np.ndarray | None = None
        self.time_s = 0.0

    # -- geometry -----------------------------------------------------------------------------------

    def map_rect(self) -> QRectF:
        """The largest 16:9 rectangle in the middle of the widget."""
        width, height = SKY_SIZE_DEG
        scale = min(self.width() / width, self.height() / height)
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def sky_to_view(self, point_deg: tuple[float, float]) -> QPointF:
        rect = self.map_rect()
        scale = rect.width() / SKY_SIZE_DEG[0]
        return QPointF(rect.left() + point_deg[0] * scale, rect.top() + point_deg[1] * scale)

    def view_to_sky(self, point: QPointF) -> tuple[float, float]:
        rect = self.map_rect()
        scale = rect.width() / SKY_SIZE_DEG[0]
        return RadioTelescope.clamp_to_sky(((point.x() - rect.left()) / scale, (point.y() - rect.top()) / scale))

    def _deg_px(self) -> float:
        return self.map_rect().width() / SKY_SIZE_DEG[0]

    # -- touch -----------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = True
        self.aimed.emit(*self.view_to_sky(event.position()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed:
            self.aimed.emit(*self.view_to_sky(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed:
            self._pressed = False
            self.released.emit(*self.view_to_sky(event.position()))

    # -- painting ------------------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        self._background = self._layer = None
        self.update()

    def resizeEvent(self, event) -> None:
        self._background = self._layer = None
        super().resizeEvent(event)

    def _build_background(self, rect: QRectF) -> QPixmap:
        """Night sky with stars, a faint Milky Way and a 1-degree grid (cached per size)."""
        theme = current_theme()
        pixmap = QPixmap(max(1, round(rect.width())), max(1, round(rect.height())))
        pixmap.fill(QColor("#000000") if theme.high_contrast else QColor("#050B1C"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = pixmap.width(), pixmap.height()
        if not theme.high_contrast:
            band = QRadialGradient(QPointF(w * 0.35, h * 0.6), w * 0.7)
            band.setColorAt(0.0, QColor(70, 80, 140, 70))
            band.setColorAt(1.0, QColor(70, 80, 140, 0))
            painter.fillRect(pixmap.rect(), band)
        rng = np.random.default_rng(7)  # the same stars every time
        count = int(w * h / 2500)
        xs, ys = rng.uniform(0, w, count), rng.uniform(0, h, count)
        sizes = rng.uniform(0.6, 2.2, count) * max(1.0, theme.px(1.5))
        brightness = rng.uniform(60, 230, count)
        painter.setPen(Qt.PenStyle.NoPen)
        for x, y, size, light in zip(xs, ys, sizes, brightness, strict=True):
            painter.setBrush(QColor(220, 230, 255, int(light)))
            painter.drawEllipse(QPointF(x, y), size / 2, size / 2)
        grid = QColor(theme.color("outline"))
        grid.setAlpha(80 if theme.high_contrast else 70)
        painter.setPen(QPen(grid, max(1, theme.px(1))))
        deg_px = w / SKY_SIZE_DEG[0]
        for i in range(1, int(SKY_SIZE_DEG[0])):
            painter.drawLine(QPointF(i * deg_px, 0), QPointF(i * deg_px, h))
        for j in range(1, int(SKY_SIZE_DEG[1])):
            painter.drawLine(QPointF(0, j * deg_px), QPointF(w, j * deg_px))
        painter.end()
        return pixmap

    def advance(self, dt_s: float) -> None:
        self.time_s += dt_s
        self.flash_s = {k: v - dt_s for k, v in self.flash_s.items() if v - dt_s > 0}
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.map_rect()
        radius = theme.px(24)
        painter.drawPixmap(rect.topLeft(), self._sky_layer(rect, radius))
        painter.setClipRect(rect)  # the moving parts: a plain rectangle clips for free, a rounded one does not
        self._paint_hint(painter)
        for source in self.found:
            self._paint_source(painter, source)
        self._paint_beam(painter)
        self._paint_scale(painter, rect)
        painter.setClipping(False)
        painter.setPen(QPen(theme.color("outline"), theme.px(3 if theme.high_contrast else 2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)

    def _sky_layer(self, rect: QRectF, radius: float) -> QPixmap:
        """The stars and the scanned map inside the rounded frame. Built once per size and look;
        after that only the patch of map cells that changed since the last frame is drawn again."""
        size = rect.size().toSize()
        values = self.scan.values
        if self._layer is None or self._layer.size() != size or self._layer_scan is None \
                or self._layer_scan.shape != values.shape:
            self._layer = QPixmap(size)
            self._layer.fill(Qt.GlobalColor.transparent)
            self._paint_layer(QRectF(0, 0, size.width(), size.height()), radius)
        else:
            changed = np.nonzero(values != self._layer_scan)
            if len(changed[0]):
                rows, columns = values.shape
                cell_w, cell_h = size.width() / columns, size.height() / rows
                margin = 2  # smooth scaling blends each cell with its neighbours
                top, bottom = max(0, changed[0].min() - margin), min(rows, changed[0].max() + 1 + margin)
                left, right = max(0, changed[1].min() - margin), min(columns, changed[1].max() + 1 + margin)
                patch = QRectF(left * cell_w, top * cell_h, (right - left) * cell_w, (bottom - top) * cell_h)
                self._paint_layer(QRectF(patch.toAlignedRect()), radius)
        self._layer_scan = values.copy()
        return self._layer

    def _paint_layer(self, patch: QRectF, radius: float) -> None:
        """Draw the sky and the map again inside patch (layer pixels)."""
        assert self._layer is not None
        size = self._layer.size()
        whole = QRectF(0, 0, size.width(), size.height())
        if self._background is None or self._background.size() != size:
            self._background = _night_sky(self, whole)
        painter = QPainter(self._layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillRect(patch, Qt.GlobalColor.transparent)  # the frame's soft edge is drawn anew, not over itself
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        frame = QPainterPath()
        frame.addRoundedRect(whole, radius, radius)
        painter.setClipPath(frame)
        painter.setClipRect(patch, Qt.ClipOperation.IntersectClip)
        painter.drawPixmap(patch, self._background, patch)
        self._paint_scan(painter, whole)
        painter.end()

    def _paint_scan(self, painter: QPainter, rect: QRectF) -> None:
        level = np.clip(self.scan.values / (2 * SourceHunt.SNR_THRESHOLD) * 255, 0, 255).astype(np.uint8)
        pixels = np.ascontiguousarray(self._scan_table[level])
        self._scan_pixels = pixels  # the QImage borrows this buffer while painting
        rows, columns = level.shape
        image = QImage(pixels.data, columns, rows, columns * 4, QImage.Format.Format_RGBA8888_Premultiplied)
        painter.drawImage(rect, image)

    def _paint_hint(self, painter: QPainter) -> None:
        if self.hint is None:
            return
        theme = current_theme()
        centre = self.sky_to_view(self.hint[0])
        radius = self.hint[1] * self._deg_px()
        pulse = 0.5 + 0.5 * math.sin(self.time_s * 3)
        colour = QColor(theme.color("accent"))
        colour.setAlpha(round(120 + 100 * pulse))
        pen = QPen(colour, theme.px(4), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)
        if self.hint_text:
            painter.setFont(theme.font(22, QFont.Weight.Bold))
            self._label(painter, QPointF(centre.x(), centre.y() - radius - theme.px(26)), self.hint_text,
                        theme.color("accent"))

    def _label(self, painter: QPainter, centre: QPointF, text: str, colour: QColor) -> None:
        """A pill-shaped label centred on a point, kept inside the map."""
        theme = current_theme()
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + theme.px(24)
        height = metrics.height() + theme.px(10)
        rect = self.map_rect()
        box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        box.moveLeft(min(rect.right() - width - theme.px(6), max(rect.left() + theme.px(6), box.left())))
        box.moveTop(min(rect.bottom() - height - theme.px(6), max(rect.top() + theme.px(6), box.top())))
        fill = QColor(theme.color("background"))
        fill.setAlpha(220)
        painter.setPen(QPen(colour, theme.px(2)))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setPen(theme.color("text"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_source(self, painter: QPainter, source: SkySource) -> None:
        theme = current_theme()
        centre = self.sky_to_view(source.position_deg)
        size = theme.px(30)
        flash = self.flash_s.get(source.key, 0.0)
        if flash > 0:
            ring = QColor(theme.color("accent"))
            ring.setAlpha(round(255 * min(1.0, flash / 1.5)))
            painter.setPen(QPen(ring, theme.px(6)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = size * (1 + 3 * (1 - min(1.0, flash / 2.0)))
            painter.drawEllipse(centre, grow, grow)
        draw_source_icon(painter, source.key, centre, size)
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        self._label(painter, QPointF(centre.x(), centre.y() + size + theme.px(26)),
                    self.names.get(source.key, source.key), QColor(SOURCE_COLOURS[source.key]))

    def _paint_beam(self, painter: QPainter) -> None:
        theme = current_theme()
        telescope = self.telescope
        centre = self.sky_to_view(telescope.pointing_deg)
        radius = max(theme.px(6), telescope.beam_deg / 2 * self._deg_px())
        accent = theme.color("accent")
        if telescope.slewing:
            target = self.sky_to_view(telescope.target_deg)
            painter.setPen(QPen(accent, theme.px(2), Qt.PenStyle.DashLine))
            painter.drawLine(centre, target)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(target, theme.px(10), theme.px(10))
        fill = QColor(accent)
        fill.setAlpha(45)
        painter.setBrush(fill)
        painter.setPen(QPen(accent, theme.px(3)))
        painter.drawEllipse(centre, radius, radius)
        # Crosshair with a gap, so the beam's middle stays visible even when it is tiny.
        arm, gap = theme.px(34), theme.px(10)
        painter.setPen(QPen(accent, theme.px(3)))
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            inner = max(gap, radius + theme.px(4))
            start = QPointF(centre.x() + dx * inner, centre.y() + dy * inner)
            end = QPointF(start.x() + dx * arm, start.y() + dy * arm)
            painter.drawLine(start, end)
        if self.lock_fraction > 0:
            ring = max(radius, theme.px(20)) + theme.px(12)
            pen = QPen(theme.color("text"), theme.px(7))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring),
                            90 * 16, -round(360 * 16 * self.lock_fraction))

    def _paint_scale(self, painter: QPainter, rect: QRectF) -> None:
        """A one-degree bar in the corner, so the beam's size can be judged."""
        if not self.scale_text:
            return
        theme = current_theme()
        pad = theme.px(14)
        length = self._deg_px()
        painter.setFont(theme.font(20, QFont.Weight.DemiBold))
        width = max(length, painter.fontMetrics().horizontalAdvance(self.scale_text)) + 2 * pad
        box = QRectF(rect.right() - pad - width, rect.bottom() - pad - theme.px(70), width, theme.px(70))
        fill = QColor(theme.color("background"))
        fill.setAlpha(210)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, theme.px(12), theme.px(12))
        y = box.bottom() - theme.px(20)
        left = box.center().x() - length / 2
        painter.setPen(QPen(theme.color("text"), theme.px(4)))
        painter.drawLine(QPointF(left, y), QPointF(left + length, y))
        for end in (left, left + length):
            painter.drawLine(QPointF(end, y - theme.px(8)), QPointF(end, y + theme.px(8)))
        painter.drawText(QRectF(box.left(), box.top() + theme.px(4), box.width(), theme.px(32)),
                         Qt.AlignmentFlag.AlignCenter, self.scale_text)


def draw_source_icon(painter: QPainter, key: str, centre: QPointF, size: float) -> None:
    """Each source has its own shape (not only its own colour): rayed Sun, shell, cloud."""
    colour = QColor(SOURCE_COLOURS.get(key, "#FFFFFF"))
    outline = QPen(QColor("#0B1B34"), max(1.5, size * 0.08))
    painter.save()
    if key == "sun":
        ray_pen = QPen(colour, max(2.0, size * 0.14))
        ray_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(ray_pen)
        for i in range(8):
            angle = i * math.pi / 4
            cos, sin = math.cos(angle), math.sin(angle)
            painter.drawLine(QPointF(centre.x() + cos * size * 0.72, centre.y() + sin * size * 0.72),
                             QPointF(centre.x() + cos * size, centre.y() + sin * size))
        painter.setPen(outline)
        painter.setBrush(colour)
        painter.drawEllipse(centre, size * 0.55, size * 0.55)
    elif key == "cas_a":
        painter.setPen(QPen(colour, max(2.0, size * 0.22)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, size * 0.75, size * 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(centre, size * 0.14, size * 0.14)
    else:
        path = QPainterPath()
        for dx, dy, r in ((-0.45, 0.15, 0.42), (0.0, -0.15, 0.55), (0.45, 0.1, 0.45), (0.05, 0.3, 0.4)):
            puff = QPainterPath()
            puff.addEllipse(QPointF(centre.x() + dx * size, centre.y() + dy * size), r * size, r * size)
            path = path.united(puff)
        painter.setPen(outline)
        painter.setBrush(colour)
        painter.drawPath(path)
    painter.restore()
