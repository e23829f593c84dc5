"""AR cards: the camera picture with planets, molecules and organs standing on the printed cards."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPolygonF, QTransform
from PySide6.QtWidgets import QWidget

from exhibits.ar_cards.drawings import Sprite
from exhibits.ar_cards.model import CardCollection, CardTracker, SeenCard
from exhibits.ar_cards.scene import CardScene, CardsInView
from exhibits.ar_cards.shelf import CardShelf
from kiosk.exhibit import (
    MARKER_CARDS,
    CameraExhibit,
    CameraFrame,
    CameraView,
    ExhibitContext,
    ThemedLabel,
    create_marker_detector,
    marker_card,
)

# Card space: the marker's corners (top-left, top-right, bottom-right, bottom-left) at +-1.
MARKER_SQUARE = QPolygonF([QPointF(-1, -1), QPointF(1, -1), QPointF(1, 1), QPointF(-1, 1)])


def card_transform(view_quad: QPolygonF) -> QTransform | None:
    """Card space -> widget pixels for a marker seen at view_quad (None if degenerate)."""
    transform = QTransform()
    return transform if QTransform.quadToQuad(MARKER_SQUARE, view_quad, transform) else None


class ArView(CameraView):
    """The camera picture (with the drawings, composed on the camera worker), and on top of it
    each card's name tag and atom labels, drawn upright so they read in a mirror."""

    def __init__(self, exhibit: ArCardsExhibit) -> None:
        super().__init__(exhibit)
        self.exhibit = exhibit
        self.setObjectName("ar-view")
        self.placed: dict[int, QTransform] = {}  # marker id -> card transform used in the last paint

    def card_quad(self, card: SeenCard) -> QPolygonF:
        transform = self.frame_transform()
        return QPolygonF([transform.map(QPointF(float(x), float(y))) for x, y in card.corners])

    def draw_overlay(self, painter: QPainter) -> None:
        self.placed = {}
        if self.frame is None:
            return
        theme = self.exhibit.context.theme
        names = self.exhibit.card_names()
        for card in self.exhibit.cards:
            info = marker_card(card.marker_id)
            if info is None:
                continue
            quad = self.card_quad(card)
            transform = card_transform(quad)
            if transform is None:
                continue
            self.placed[card.marker_id] = transform
            sprite = self.exhibit.sprites_in_view.get(card.marker_id)
            if sprite is not None and sprite.labels:
                painter.setFont(theme.font(20, QFont.Weight.Bold))
                painter.setPen(Qt.GlobalColor.black)
                for text, point in sprite.labels:
                    at = transform.map(point)
                    painter.drawText(QRectF(at.x() - 40, at.y() - 20, 80, 40), Qt.AlignmentFlag.AlignCenter, text)
            self._name_tag(painter, names[info.key], quad)

    def _name_tag(self, painter: QPainter, text: str, quad: QPolygonF) -> None:
        theme = self.exhibit.context.theme
        box = quad.boundingRect()
        painter.setFont(theme.font(26, QFont.Weight.Bold))
        width = painter.fontMetrics().horizontalAdvance(text) + theme.px(32)
        height = theme.px(50)
        x = min(max(box.center().x() - width / 2, theme.px(8)), self.width() - width - theme.px(8))
        y = max(theme.px(8), box.top() - box.height() * 0.45 - height)
        rect = QRectF(x, y, width, height)
        fill = theme.color("background")
        fill.setAlpha(255 if theme.high_contrast else 215)
        painter.setPen(theme.color("outline") if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(theme.color("text"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class ArCardsExhibit(CameraExhibit):
    """Hold up printed cards; each one shows its planet, molecule or organ, turning with the card."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tracker = CardTracker(create_marker_detector(refine_corners=False),
                                   (card.marker_id for card in MARKER_CARDS))
        # Tracking on the capture thread, the card drawings on the pipeline's second thread.
        self.scene = CardScene(self.tracker)
        self.collection = CardCollection(total=len(MARKER_CARDS))
        self.cards: list[SeenCard] = []
        self.sprites_in_view: dict[int, Sprite] = {}
        self.last_card: int | None = None
        self._animation_origin = time.monotonic()

        panel = self.place_view_and_panel(ArView(self))
        theme = context.theme
        self.heading = ThemedLabel(size=36, bold=True, accent=True)
        self.task = ThemedLabel(size=25)
        self.progress = ThemedLabel(size=24, bold=True)
        self.shelf = CardShelf(MARKER_CARDS)
        self.fact_title = ThemedLabel(size=26, bold=True, accent=True)
        self.fact = ThemedLabel(size=23)
        self.fact.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.science_title = ThemedLabel(size=24, bold=True)
        self.science = ThemedLabel(size=21, muted=True)
        self.hint = ThemedLabel(size=20, muted=True)
        panel.addWidget(self.heading)
        panel.addWidget(self.task)
        panel.addWidget(self.progress)
        panel.addWidget(self.shelf)
        panel.addSpacing(theme.px(6))
        panel.addWidget(self.fact_title)
        panel.addWidget(self.fact)
        panel.addSpacing(theme.px(10))
        panel.addWidget(self.science_title)
        panel.addWidget(self.science)
        panel.addStretch(1)
        panel.addWidget(self.hint)


    # -- texts ---------------------------------------------------------------------------------

    def card_names(self) -> dict[str, str]:
        return {
            "earth": self.tr("Earth"), "mars": self.tr("Mars"), "saturn": self.tr("Saturn"),
            "water": self.tr("Water H₂O"), "carbon_dioxide": self.tr("Carbon dioxide CO₂"),
            "salt": self.tr("Sea salt NaCl"), "heart": self.tr("Heart"), "lungs": self.tr("Lungs"),
            "eye": self.tr("Eye"),
        }

    def facts(self) -> dict[str, str]:
        return {
            "earth": self.tr("Earth turns once a day, and 71 % of its surface is water."),
            "mars": self.tr("Mars is red because its dust is rusty: it holds iron oxide."),
            "saturn": self.tr("Saturn's rings are billions of pieces of ice and rock, from grains to houses."),
            "water": self.tr("One oxygen atom holds two hydrogen atoms at an angle of 104.5°."),
            "carbon_dioxide": self.tr("Carbon in the middle, oxygen on both sides, in a straight line. Plants "
                                      "take it in and give out oxygen."),
            "salt": self.tr("Sodium and chlorine stack into cube-shaped crystals. The Baltic Sea is about five "
                            "times less salty than the ocean."),
            "heart": self.tr("Your heart beats about 100 000 times a day, pumping blood around your body."),
            "lungs": self.tr("Your lungs take oxygen from the air and breathe out carbon dioxide, 12 to 20 times "
                             "a minute."),
            "eye": self.tr("The pupil grows in the dark to let in more light, and shrinks in bright light."),
        }

    def retranslate(self) -> None:
        self.heading.setText(self.tr("AR cards"))
        self.task.setText(self.tr("Hold a card up to the camera and turn it: a planet, a molecule or an organ "
                                  "appears on it."))
        self.hint.setText(self.tr("No cards? Ask the staff at the desk."))
        self.science_title.setText(self.tr("How does the computer do it?"))
        self.science.setText(self.tr("It finds the black-and-white square, measures its four corners and works out "
                                     "how the card is turned and tilted. Then it draws the picture to match."))
        names = self.card_names()
        self.shelf.names = {card.marker_id: names[card.key] for card in MARKER_CARDS}
        self.shelf.update()
        self._update_progress()
        self._update_fact()
        self.view.update()

    def _update_progress(self) -> None:
        found, goal = len(self.collection.collected), self.collection.goal
        total = self.collection.total  # every card on the shelf below, not only the goal's
        self.progress.setText(self.tr("Cards found: %1 of %2 · Goal: %3").replace("%1", str(found))
                              .replace("%2", str(total)).replace("%3", str(goal)))
        self.shelf.found = set(self.collection.collected)
        self.shelf.update()

    def _update_fact(self) -> None:
        info = marker_card(self.last_card) if self.last_card is not None else None
        if info is None:
            self.fact_title.setText(self.tr("What is on the cards?"))
            self.fact.setText(self.tr("Three planets, three molecules and three organs of your body. Find them all!"))
        else:
            self.fact_title.setText(self.card_names()[info.key])
            self.fact.setText(self.facts()[info.key])

    # -- behaviour -----------------------------------------------------------------------------

    def _process(self, frame: np.ndarray) -> CardsInView:  # the camera worker's capture thread
        now = time.monotonic()
        return self.scene.process(frame, now, now - self._animation_origin)

    def on_camera_frame(self, frame: CameraFrame) -> None:
        found = frame.result
        if not isinstance(found, CardsInView):
            return
        self.cards, self.sprites_in_view = found.cards, found.sprites
        visible = [card.marker_id for card in self.cards]
        newly, reached = self.collection.observe(visible)
        for marker_id in newly:
            info = marker_card(marker_id)
            self.context.record("card", info.key if info else marker_id)
        if visible and visible[-1] != self.last_card and (newly or self.last_card not in visible):
            self.last_card = newly[-1] if newly else visible[0]
            self._update_fact()
        if newly:
            self._update_progress()
        if set(visible) != self.shelf.visible_now:
            self.shelf.visible_now = set(visible)
            self.shelf.update()
        if reached is not None:
            self.context.complete(float(reached))

    # -- lifecycle -----------------------------------------------------------------------------

    def frame_processor(self):
        return self._process

    def frame_compositor(self):
        return self.scene.compose

    def reset(self) -> None:
        self.tracker.reset()
        self.collection.reset()
        self.cards, self.sprites_in_view, self.last_card = [], {}, None
        self._animation_origin = time.monotonic()
        self.shelf.visible_now = set()
        self.retranslate()

