"""The attract loop: a full-screen animated invitation in all three languages.

Shown when nobody has touched the screen for a while; the first touch starts a new visit.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QElapsedTimer, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
)
from PySide6.QtWidgets import QWidget

from kiosk.exhibit.theme import OKABE_ITO, current_theme
from kiosk.ui.painted_text import CENTRED, FitCache, PaintedText, centred_line, font_fitting_box, text_problems

if TYPE_CHECKING:
    from kiosk.registry import ExhibitEntry

# PySide6's stubs type QT_TRANSLATE_NOOP as object; it returns the text it marks.
INVITATION: str = QT_TRANSLATE_NOOP("AttractScreen", "Touch to explore!")  # type: ignore[assignment]
TAGLINE: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "AttractScreen", "Experiments about waves, planets, circuits and life in the Baltic Sea"
)

Translate = Callable[[str, str, str], str]

#: The invitation's size in design pixels, and how much larger it grows as it pulses.
INVITATION_PX = 104
PULSE = 0.03


class ShowcaseItem(NamedTuple):
    """One exhibit of the attract loop's ribbon, in one language."""

    exhibit_id: str
    subject: str
    icon_path: str
    title: str
    width: int


#: The orbits (share of the screen's smaller side, angular speed of the planet on it), the pen of
#: their lines and the lines' width in design pixels.
ORBITS = ((0.22, 0.6), (0.34, -0.35), (0.46, 0.22))
ORBIT_PEN = QPen(QColor(255, 255, 255, 40), 0)  # width 0: a one-pixel hairline
ORBIT_WIDTH = 2

#: The attract loop's frame interval (about 30 frames a second: calm motion, little processor time).
ATTRACT_FRAME_MS = 33

#: Seconds one exhibit of the showcase ribbon takes to cross its own width.
SHOWCASE_SECONDS_PER_ITEM = 3.0


class AttractScreen(QWidget):
    """Floating atoms and orbits behind a three-language invitation. Emits touched() on any touch."""

    touched = Signal()

    def __init__(
        self,
        languages: tuple[str, ...],
        translate_in: Translate,
        parent: QWidget | None = None,
        seed: int = 7,
        exhibits: Callable[[], Sequence[ExhibitEntry]] = list,
        showcase_after_first_frame: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attract")
        self.languages = languages
        self.translate_in = translate_in
        self.exhibits = exhibits
        #: The showcase ribbon's exhibits per language, found once per showing.
        self._showcase: dict[str, list[ShowcaseItem]] = {}
        #: The pictures of the ribbon's items on screen now.
        self._showcase_pictures: dict[ShowcaseItem, QPixmap] = {}
        #: The kiosk's very first frame comes without the ribbon (its pictures take longer to
        #: draw than the rest of the frame); the ribbon slides in from the next frame on.
        self._showcase_waits = showcase_after_first_frame
        rng = random.Random(seed)
        colours = list(OKABE_ITO.values())
        # Particles in unit coordinates: x, y, radius, speed, phase, colour.
        self.particles = [
            (
                rng.random(),
                rng.random(),
                rng.uniform(0.01, 0.05),
                rng.uniform(0.02, 0.06),
                rng.uniform(0, math.tau),
                QColor(colours[i % len(colours)]),
            )
            for i in range(36)
        ]
        #: Font pixel sizes that fit a text in its box (kiosk.ui.painted_text).
        self._fitted_sizes: FitCache = {}
        #: The particles' glows, drawn for a screen whose smaller side is this many pixels.
        self._glow_pictures: list[QPixmap] = []
        self._glow_unit = 0
        self.clock = QElapsedTimer()
        self.clock.start()
        self.timer = QTimer(self)
        self.timer.setInterval(ATTRACT_FRAME_MS)
        self.timer.timeout.connect(self.update)

    def _glows(self, unit: int) -> list[QPixmap]:
        """Each particle's glow, drawn once for the screen's size: a radial gradient filled afresh
        for 36 particles took 3 ms of every frame. The gradient is clear at its rim, so filling
        the whole square draws the same glow as an antialiased disc (a channel differs by one at
        most), in a quarter of the time: 1.3 ms for the 36, part of the kiosk's first frame."""
        if self._glow_unit != unit:
            self._glow_pictures = []
            for _x, _y, r, _speed, _phase, colour in self.particles:
                radius = unit * r
                side = math.ceil(2 * radius)
                picture = QPixmap(side, side)
                picture.fill(Qt.GlobalColor.transparent)
                painter = QPainter(picture)
                glow = QRadialGradient(QPointF(side / 2, side / 2), radius)
                c = QColor(colour)
                c.setAlpha(150)
                glow.setColorAt(0, c)
                c.setAlpha(0)
                glow.setColorAt(1, c)
                painter.fillRect(QRectF(0, 0, side, side), glow)
                painter.end()
                self._glow_pictures.append(picture)
            self._glow_unit = unit
        return self._glow_pictures

    def showEvent(self, event) -> None:
        # The exhibits, the look or the size may have changed since the last showing.
        self._showcase, self._showcase_pictures = {}, {}
        self.clock.restart()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.timer.stop()
        self._showcase_pictures = {}  # made again as they slide in at the next showing
        super().hideEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()

    def texts(self, language: str) -> tuple[str, str]:
        return (
            self.translate_in(language, "AttractScreen", INVITATION),
            self.translate_in(language, "AttractScreen", TAGLINE),
        )

    def _showcase_items(self, language: str) -> list[ShowcaseItem]:
        """The ribbon's exhibits in a language: what each shows and how wide it is (no pictures:
        those are drawn only while an item is on screen)."""
        if language not in self._showcase:
            theme = current_theme()
            height = theme.px(96)
            metrics = QFontMetrics(theme.font(30, QFont.Weight.Bold))
            items = []
            for entry in self.exhibits():
                manifest = entry.manifest
                if manifest is None or not entry.ok:
                    continue
                title = manifest.text("title", language)
                width = height + theme.px(24) + metrics.horizontalAdvance(title) + theme.px(56)
                items.append(ShowcaseItem(entry.id, manifest.subject, str(manifest.icon_path), title, width))
            if not items:  # none yet (the exhibit list comes with the station's records): ask again
                return items
            self._showcase[language] = items
        return self._showcase[language]

    def _showcase_picture(self, item: ShowcaseItem) -> QPixmap:
        """One exhibit of the ribbon: its icon on the subject colour and its title."""
        theme = current_theme()
        width, height = item.width, theme.px(96)
        picture = QPixmap(width, height)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = theme.subject_color(item.subject)
        painter.setPen(QPen(colour, theme.px(3)))
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(QRectF(1, 1, width - 2, height - 2), height / 2, height / 2)
        circle = QRectF(theme.px(8), theme.px(8), height - theme.px(16), height - theme.px(16))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000") if theme.high_contrast else colour)
        painter.drawEllipse(circle)
        from PySide6.QtSvg import QSvgRenderer  # the ribbon slides in after the first frame

        icon = QSvgRenderer(item.icon_path)
        if icon.isValid():
            inset = circle.width() * 0.2
            icon.render(painter, circle.adjusted(inset, inset, -inset, -inset))
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(30, QFont.Weight.Bold))
        painter.drawText(
            QRectF(circle.right() + theme.px(20), 0, width - circle.right() - theme.px(20), height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            item.title,
        )
        painter.end()
        return picture

    def _paint_showcase(self, painter: QPainter, t: float, language: str, top: float) -> None:
        """A slow ribbon of the exhibits on offer, so a passer-by sees what there is to do.

        Only the items on screen have a picture, made as they slide in and let go as they leave:
        every exhibit in every language took 10 MiB, and 10 ms of a frame at each change of language."""
        if self._showcase_waits:
            self._showcase_waits = False
            return
        items = self._showcase_items(language)
        if not items:
            return
        gap = current_theme().px(28)
        total = sum(item.width + gap for item in items)
        speed = total / (SHOWCASE_SECONDS_PER_ITEM * len(items))
        x = -((t * speed) % total)
        shown: dict[ShowcaseItem, QPixmap] = {}
        while x < self.width():
            for item in items:
                if x + item.width > 0 and x < self.width():
                    picture = shown.get(item) or self._showcase_pictures.get(item) or self._showcase_picture(item)
                    shown[item] = picture
                    painter.drawPixmap(int(x), int(top), picture)
                x += item.width + gap
                if x >= self.width():
                    break
        self._showcase_pictures = shown

    def _text_layout(self, lead: str, pulse: float = 1.0) -> list[PaintedText]:
        """The invitation in the ``lead`` language (``pulse``: its size now), its tagline, and the
        invitation in the other languages, each in the largest font up to its design size that
        fits its box (a long invitation on a portrait screen would run off its sides)."""
        w, h = self.width(), self.height()
        theme = current_theme()
        invitation, tagline = self.texts(lead)
        texts = [centred_line(invitation, QRectF(0, h * 0.28, w, h * 0.2),
                              theme.font(INVITATION_PX * pulse, QFont.Weight.Black), theme.color("accent"),
                              self._fitted_sizes)]
        wrapped = CENTRED | int(Qt.TextFlag.TextWordWrap)
        box = QRectF(w * 0.1, h * 0.48, w * 0.8, h * 0.1)
        texts.append(PaintedText(tagline, box, wrapped,
                                 font_fitting_box(theme.font(34), tagline, box, wrapped, self._fitted_sizes),
                                 theme.color("text")))
        others = [code for code in self.languages if code != lead]
        for index, code in enumerate(others):
            texts.append(centred_line(self.texts(code)[0], QRectF(0, h * (0.6 + 0.08 * index), w, h * 0.08),
                                      theme.font(52, QFont.Weight.Bold), theme.color("text_muted"),
                                      self._fitted_sizes))
        return texts

    def audit_text_problems(self) -> list[str]:
        """For the screen audit: a text of the attract loop, in any language it shows, wider or
        taller than its box at the top of its pulse."""
        return text_problems((text for lead in self.languages for text in self._text_layout(lead, 1.0 + PULSE)),
                             self.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        t = self.clock.elapsed() / 1000.0
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        # Top to bottom: Qt fills a vertical gradient a line at a time in one colour, 0.15 ms a
        # frame at 1920x1080, where the diagonal one it had before took 2-3 ms of processor time
        # (at 30 frames a second, all day). Cheaper than copying a picture of it, and no memory.
        background = QLinearGradient(0, 0, 0, h)
        if theme.high_contrast:
            background.setColorAt(0, QColor("#000000"))
            background.setColorAt(1, QColor("#000000"))
        else:
            background.setColorAt(0, QColor("#0B1B34"))
            background.setColorAt(1, QColor("#1B3C73"))
        painter.fillRect(self.rect(), background)
        unit = min(w, h)
        # Orbits around a glowing "sun" that drifts slowly.
        centre = QPointF(w * (0.5 + 0.05 * math.sin(t * 0.2)), h * 0.5)
        # Each orbit is as many one-pixel hairlines side by side as the line is wide: Qt draws a
        # hairline on its fast path (about 0.1 ms an ellipse at 1920x1080, where a pen two pixels
        # wide took 2 ms), and the attract loop is on screen most of the day.
        painter.setPen(ORBIT_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring, _speed in ORBITS:
            for step in range(theme.px(ORBIT_WIDTH)):
                painter.drawEllipse(centre, unit * ring * 1.6 + step, unit * ring + step)
        for ring, speed in ORBITS:
            angle = t * speed
            planet = QPointF(
                centre.x() + unit * ring * 1.6 * math.cos(angle), centre.y() + unit * ring * math.sin(angle)
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(OKABE_ITO["sky" if speed > 0 else "orange"]))
            painter.drawEllipse(planet, unit * 0.022, unit * 0.022)
        for (x, y, _r, speed, phase, _colour), glow in zip(self.particles, self._glows(unit), strict=True):
            px = (x + 0.03 * math.sin(t * speed * 6 + phase)) * w
            py = ((y - t * speed * 0.3) % 1.0) * h
            painter.drawPixmap(QPointF(px - glow.width() / 2, py - glow.height() / 2), glow)
        # The invitation: the current language large, cycling; the others below it.
        count = max(1, len(self.languages))
        lead = self.languages[int(t / 4) % count]
        for text in self._text_layout(lead, 1.0 + PULSE * math.sin(t * 3)):
            text.draw(painter)
        # A hand that taps, so even a small child knows what to do.
        tap = (t % 1.6) / 1.6
        hand = QPointF(w * 0.5, h * 0.8)
        painter.setPen(QPen(theme.color("accent"), theme.px(5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(hand, unit * 0.03 + unit * 0.06 * tap, unit * 0.03 + unit * 0.06 * tap)
        painter.setBrush(theme.color("accent"))
        painter.drawEllipse(hand, unit * 0.025, unit * 0.025)
        self._paint_showcase(painter, t, lead, h - theme.px(96) - theme.px(36))
        painter.setFont(theme.font(40, QFont.Weight.Bold))
        painter.setPen(theme.color("text"))
        painter.drawText(
            QRectF(w - theme.px(300), theme.px(30), theme.px(260), theme.px(60)), Qt.AlignmentFlag.AlignRight, "VIZIUM"
        )
