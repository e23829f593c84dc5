"""The animated Baltic: sprat schools and cod whose numbers follow the model, boats when fishing.

Each fish icon stands for a fixed biomass, so the visitor sees the stocks rise and fall. Sprat
and cod differ in shape and size (small slender fish versus big fish with a chin barbel and
spots), not only in colour. Fish pixmaps and the water background are cached per size.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import Theme, ThemedMixin, current_theme, fitted_font

SPRAT_KT_PER_ICON = 25.0
COD_KT_PER_ICON = 25.0  # the same for both, so the counts compare fairly
MAX_SPRAT_ICONS = 160
MAX_COD_ICONS = 40
FADE_PER_S = 2.5


@dataclass
class Swimmer:
    """One fish icon: position as fractions of the water, speed, heading and fade."""

    x: float
    y: float
    speed: float  # water widths per second
    heading: int  # +1 swims right, -1 left
    phase: float
    alpha: float = 0.0
    leaving: bool = False


def fish_path(kind: str) -> QPainterPath:
    """A fish facing right in a 1 x 0.5 box centred on the origin; cod stockier than sprat."""
    path = QPainterPath()
    if kind == "sprat":
        path.moveTo(0.5, 0.0)
        path.cubicTo(0.35, -0.16, -0.15, -0.16, -0.32, -0.02)
        path.lineTo(-0.5, -0.15)
        path.lineTo(-0.44, 0.0)
        path.lineTo(-0.5, 0.15)
        path.lineTo(-0.32, 0.02)
        path.cubicTo(-0.15, 0.14, 0.35, 0.14, 0.5, 0.0)
    else:
        path.moveTo(0.5, 0.02)
        path.cubicTo(0.45, -0.2, 0.1, -0.24, -0.3, -0.08)
        path.lineTo(-0.5, -0.2)
        path.lineTo(-0.46, 0.0)
        path.lineTo(-0.5, 0.2)
        path.lineTo(-0.3, 0.08)
        path.cubicTo(0.0, 0.2, 0.4, 0.2, 0.5, 0.02)
    path.closeSubpath()
    return path


def render_fish(kind: str, length_px: int, theme: Theme, facing_right: bool) -> QPixmap:
    """The fish icon as a transparent pixmap (drawn once per size, then blitted)."""
    height_px = max(4, int(length_px * 0.55))
    pixmap = QPixmap(QSize(length_px + 4, height_px + 4))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(pixmap.width() / 2, pixmap.height() / 2)
    if not facing_right:
        painter.scale(-1, 1)
    painter.scale(length_px, length_px)
    colour = theme.series(0 if kind == "sprat" else 1)
    outline = theme.color("text") if theme.high_contrast else colour.darker(170)
    painter.setBrush(colour)
    painter.setPen(QPen(outline, 0.035 if kind == "cod" else 0.045))
    if kind == "cod":  # three dorsal fins and a barbel: the cod's look
        painter.save()
        painter.setBrush(colour.darker(125))
        for start in (0.22, -0.02, -0.24):
            fin = QPainterPath(QPointF(start, -0.17))
            fin.quadTo(QPointF(start - 0.06, -0.3), QPointF(start - 0.16, -0.14))
            painter.drawPath(fin)
        painter.restore()
        painter.drawLine(QPointF(0.42, 0.1), QPointF(0.38, 0.2))
    painter.drawPath(fish_path(kind))
    if kind == "sprat":  # silver belly stripe
        painter.setPen(QPen(QColor(255, 255, 255, 150), 0.04))
        painter.drawLine(QPointF(-0.25, 0.02), QPointF(0.35, 0.03))
    else:  # speckles and the pale lateral line
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour.darker(150))
        for sx, sy in ((0.1, -0.08), (-0.05, -0.1), (-0.15, -0.04), (0.2, -0.02), (0.0, 0.0)):
            painter.drawEllipse(QPointF(sx, sy), 0.025, 0.025)
        painter.setPen(QPen(QColor(255, 255, 255, 170), 0.025))
        painter.drawLine(QPointF(-0.28, 0.02), QPointF(0.3, -0.03))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#0B1B34"))
    painter.drawEllipse(QPointF(0.36, -0.04), 0.04, 0.04)
    painter.end()
    return pixmap


#: The last water drawn, by size and look: the next visitor's sea (a new widget) reuses it on the way
#: to its first frame. The water never changes.
_WATER_CACHE: dict[str, tuple[object, QPixmap]] = {}


class SeaView(ThemedMixin, QWidget):
    """The painted sea. Call show_stocks() each frame; emits tapped() on a touch."""

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(current_theme().px(320), current_theme().px(220))
        self._random = random.Random(1986)  # the same sea for every visitor: calmer to watch
        self.sprat: list[Swimmer] = []
        self.cod: list[Swimmer] = []
        self.prey_kt = 0.0
        self.predator_kt = 0.0
        self.fishing = 0.0
        self.clock_s = 0.0
        self.texts: dict[str, str] = {}
        self.overlay: str | None = None
        self._cache: dict[str, QPixmap] = {}

    # -- state ----------------------------------------------------------------------------------
    def clear(self) -> None:
        self.sprat.clear()
        self.cod.clear()
        self.overlay = None

    def show_stocks(self, prey_kt: float, predator_kt: float, fishing: float) -> None:
        self.prey_kt, self.predator_kt, self.fishing = prey_kt, predator_kt, fishing

    @staticmethod
    def icon_count(biomass_kt: float, kt_per_icon: float, most: int) -> int:
        """How many icons stand for a stock (at least one while any fish are left)."""
        if biomass_kt <= 0:
            return 0
        return min(most, max(1, round(biomass_kt / kt_per_icon)))

    def visible_counts(self) -> tuple[int, int]:
        """Icons on screen that are not fading out: (sprat, cod)."""
        return (sum(not f.leaving for f in self.sprat), sum(not f.leaving for f in self.cod))

    def advance(self, dt_s: float) -> None:
        """Swim, and add or fade out icons until the counts match the stocks."""
        self.clock_s += dt_s
        self._follow(self.sprat, self.icon_count(self.prey_kt, SPRAT_KT_PER_ICON, MAX_SPRAT_ICONS),
                     (0.3, 0.72), (0.05, 0.09))
        self._follow(self.cod, self.icon_count(self.predator_kt, COD_KT_PER_ICON, MAX_COD_ICONS),
                     (0.5, 0.9), (0.025, 0.05))
        for school in (self.sprat, self.cod):
            for fish in school:
                fish.x += fish.speed * fish.heading * dt_s
                if fish.x > 1.08:
                    fish.x = -0.08
                elif fish.x < -0.08:
                    fish.x = 1.08
                step = FADE_PER_S * dt_s
                fish.alpha = max(0.0, fish.alpha - step) if fish.leaving else min(1.0, fish.alpha + step)
            school[:] = [f for f in school if not (f.leaving and f.alpha <= 0)]
        self.update()

    def _follow(self, school: list[Swimmer], wanted: int, band: tuple[float, float],
                speeds: tuple[float, float]) -> None:
        staying = [f for f in school if not f.leaving]
        for _ in range(wanted - len(staying)):
            rng = self._random
            school.append(Swimmer(rng.random(), rng.uniform(*band), rng.uniform(*speeds),
                                  rng.choice((-1, 1)), rng.uniform(0, math.tau)))
        for fish in staying[wanted:]:
            fish.leaving = True

    # -- touch ----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()

    # -- painting -------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache.clear()
        super().resizeEvent(event)

    def apply_theme(self) -> None:
        """High contrast or a new scale: redraw the cached water and fish."""
        self._cache.clear()
        super().apply_theme()

    def _water(self) -> QPixmap:
        if "water" not in self._cache:
            shared = _WATER_CACHE.get("water")
            if shared is not None and shared[0] == (self.size(), current_theme()):
                self._cache["water"] = shared[1]
                return shared[1]
            theme = current_theme()
            pixmap = QPixmap(self.size())
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            w, h = float(self.width()), float(self.height())
            radius = theme.px(24)
            clip = QPainterPath()
            clip.addRoundedRect(QRectF(0, 0, w, h), radius, radius)
            painter.setClipPath(clip)
            surface_y = h * 0.16
            sky = QLinearGradient(0, 0, 0, surface_y)
            sky.setColorAt(0, QColor("#000000") if theme.high_contrast else QColor("#1D3F73"))
            sky.setColorAt(1, QColor("#000000") if theme.high_contrast else QColor("#35649F"))
            painter.fillRect(QRectF(0, 0, w, surface_y), sky)
            sea = QLinearGradient(0, surface_y, 0, h)
            if theme.high_contrast:
                sea.setColorAt(0, QColor("#001428"))
                sea.setColorAt(1, QColor("#000000"))
            else:
                sea.setColorAt(0, QColor("#1F6E8C"))
                sea.setColorAt(0.5, QColor("#14486B"))
                sea.setColorAt(1, QColor("#0A2744"))
            painter.fillRect(QRectF(0, surface_y, w, h - surface_y), sea)
            # Sandy bottom with a few eelgrass blades (the Baltic's shallow meadows).
            bottom = QPainterPath(QPointF(0, h))
            bottom.lineTo(0, h * 0.93)
            for i in range(9):
                bottom.quadTo(QPointF(w * (i + 0.5) / 9, h * (0.9 if i % 2 else 0.95)),
                              QPointF(w * (i + 1) / 9, h * 0.93))
            bottom.lineTo(w, h)
            painter.fillPath(bottom, QColor("#3A3A2A") if theme.high_contrast else QColor("#8A7B57"))
            grass = QPen(QColor("#2E7D5B"), max(2, theme.px(5)), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(grass)
            for i in range(14):
                x = w * (0.04 + 0.07 * i)
                blade = QPainterPath(QPointF(x, h * 0.95))
                blade.quadTo(QPointF(x + w * 0.015, h * 0.87), QPointF(x - w * 0.005, h * (0.8 - 0.03 * (i % 3))))
                painter.drawPath(blade)
            painter.setPen(QPen(QColor(255, 255, 255, 90), theme.px(2)))
            painter.drawLine(QPointF(0, surface_y), QPointF(w, surface_y))
            painter.end()
            self._cache["water"] = pixmap
            _WATER_CACHE["water"] = ((self.size(), theme), pixmap)
        return self._cache["water"]

    def _legend_box(self, size: QSize, theme: Theme) -> QPixmap:
        """The legend's dark translucent box, drawn once per size (an antialiased translucent
        rounded rectangle costs more per frame than all the fish)."""
        key = f"legend:{size.width()}x{size.height()}"
        if key not in self._cache:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawRoundedRect(QRectF(0, 0, size.width(), size.height()), theme.px(14), theme.px(14))
            painter.end()
            self._cache[key] = pixmap
        return self._cache[key]

    def _fish_pixmap(self, kind: str, right: bool) -> QPixmap:
        key = f"{kind}:{right}"
        if key not in self._cache:
            scale = min(self.width(), self.height() * 1.6)
            length = max(12, int(scale * (0.045 if kind == "sprat" else 0.095)))
            self._cache[key] = render_fish(kind, length, current_theme(), right)
        return self._cache[key]

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self._water())
        w, h = float(self.width()), float(self.height())
        self._paint_boats(painter, theme, w, h)
        for kind, school in (("cod", self.cod), ("sprat", self.sprat)):
            for fish in school:
                pixmap = self._fish_pixmap(kind, fish.heading > 0)
                wobble = math.sin(self.clock_s * (2.2 if kind == "sprat" else 1.1) + fish.phase)
                x = fish.x * w - pixmap.width() / 2
                y = fish.y * h + wobble * h * 0.012 - pixmap.height() / 2
                if fish.alpha != painter.opacity():  # most fish are fully there: no opacity pass for them
                    painter.setOpacity(fish.alpha)
                painter.drawPixmap(QPointF(x, y), pixmap)
        painter.setOpacity(1.0)
        self._paint_legend(painter, theme, w, h)
        if self.overlay:
            self._paint_overlay(painter, theme, w, h)

    def _paint_boats(self, painter: QPainter, theme: Theme, w: float, h: float) -> None:
        boats = 0 if self.fishing <= 0 else 1 if self.fishing < 0.3 else 2 if self.fishing < 0.6 else 3
        surface_y = h * 0.16
        size = min(w, h * 1.6) * 0.1
        hull_colour = theme.color("text")
        for i in range(boats):
            centre_x = w * (0.55 + 0.16 * i) + math.sin(self.clock_s * 0.3 + i) * w * 0.02
            bob = math.sin(self.clock_s * 1.7 + i * 1.3) * size * 0.03
            base = surface_y + bob
            hull = QPainterPath(QPointF(centre_x - size * 0.55, base - size * 0.16))
            hull.lineTo(centre_x + size * 0.6, base - size * 0.2)
            hull.lineTo(centre_x + size * 0.45, base + size * 0.08)
            hull.lineTo(centre_x - size * 0.45, base + size * 0.08)
            hull.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hull_colour)
            painter.drawPath(hull)
            painter.drawRect(QRectF(centre_x - size * 0.05, base - size * 0.42, size * 0.3, size * 0.24))
            painter.setPen(QPen(hull_colour, max(1, theme.px(3))))
            painter.drawLine(QPointF(centre_x - size * 0.35, base - size * 0.16),
                             QPointF(centre_x - size * 0.35, base - size * 0.6))
            # The trawl: warps down to a net bag behind the boat.
            net_top = QPointF(centre_x - size * 1.1, surface_y + h * 0.22)
            painter.setPen(QPen(QColor(255, 255, 255, 140), max(1, theme.px(2)), Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(centre_x - size * 0.5, base), net_top)
            net = QPainterPath(net_top)
            net.lineTo(net_top.x() - size * 0.7, net_top.y() - size * 0.12)
            net.lineTo(net_top.x() - size * 0.7, net_top.y() + size * 0.32)
            net.lineTo(net_top.x(), net_top.y() + size * 0.42)
            net.closeSubpath()
            painter.setBrush(Qt.BrushStyle.Dense6Pattern)
            painter.setPen(QPen(QColor(255, 255, 255, 150), max(1, theme.px(2))))
            painter.drawPath(net)

    def _paint_legend(self, painter: QPainter, theme: Theme, w: float, h: float) -> None:
        pad = theme.px(14)
        painter.setFont(theme.font(30, QFont.Weight.Bold))
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(pad, pad * 0.6, w * 0.5, h * 0.13), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, self.texts.get("year", ""))
        catch = self.texts.get("catch", "")
        if catch:
            painter.setFont(theme.font(22, QFont.Weight.DemiBold))
            painter.drawText(QRectF(w * 0.3, pad * 0.6, w * 0.7 - pad, h * 0.13), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignTop, catch)
        rows = [("sprat", self.texts.get("sprat", ""), self.texts.get("sprat_icon", "")),
                ("cod", self.texts.get("cod", ""), self.texts.get("cod_icon", ""))]
        line_h = theme.text_px(28)
        small_h = theme.text_px(20)
        block_h = 2 * (line_h + small_h) + pad
        box_w = min(w * 0.5, theme.px(420))
        box = QRectF(pad, h - block_h - pad * 1.5, box_w, block_h + pad * 0.5)
        painter.drawPixmap(box.topLeft(), self._legend_box(box.size().toSize(), theme))
        y = box.top() + pad * 0.5
        for kind, label, note in rows:
            icon = self._fish_pixmap(kind, True)
            icon_w = min(icon.width(), theme.px(70))
            target = QRectF(box.left() + pad * 0.6, y + (line_h - icon.height() * icon_w / icon.width()) / 2,
                            icon_w, icon.height() * icon_w / icon.width())
            painter.drawPixmap(target, icon, QRectF(icon.rect()))
            text_left = box.left() + pad + theme.px(76)
            text_w = box.right() - text_left - pad * 0.5
            painter.setPen(theme.color("text"))
            painter.setFont(fitted_font(label, theme.font(24, QFont.Weight.Bold), text_w))  # a long count in Russian
            painter.drawText(QRectF(text_left, y, text_w, line_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(theme.color("text_muted"))
            painter.setFont(fitted_font(note, theme.font(18), text_w))
            painter.drawText(QRectF(text_left, y + line_h, text_w, small_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note)
            y += line_h + small_h + pad * 0.3

    def _paint_overlay(self, painter: QPainter, theme: Theme, w: float, h: float) -> None:
        panel = QRectF(w * 0.1, h * 0.3, w * 0.8, h * 0.4)
        painter.setPen(QPen(theme.color("warning"), theme.px(4)))
        painter.setBrush(QColor(0, 0, 0, 200))
        painter.drawRoundedRect(panel, theme.px(20), theme.px(20))
        painter.setPen(theme.color("text"))
        font = theme.font(30, QFont.Weight.Bold)
        painter.setFont(font)
        painter.drawText(panel.adjusted(theme.px(20), theme.px(12), -theme.px(20), -theme.px(12)),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.overlay or "")
