"""AR cards on the camera worker: the cards found in each frame, and their drawings composed into
the shown picture.

The work is split between the camera pipeline's two threads as the pipeline means it to be: the
capture thread finds and tracks the cards (``process``, what the bare ArUco loop does and little
more), and the second thread, while the next frame is being read and tracked, draws each card's
picture (kept by CardSprites) and warps it onto the card in the fitted picture (``compose``).
The benchmark (benchmarks/camera.py) runs this class too, so it measures what the kiosk runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from exhibits.ar_cards.drawings import CardSprites, Sprite
from exhibits.ar_cards.model import CardTracker, SeenCard, card_to_image, paste_warped
from kiosk.exhibit import marker_card


@dataclass(frozen=True)
class CardsInView:
    """What the camera worker found in one frame: the cards and the drawing made for each."""

    cards: list[SeenCard]
    #: marker id -> its drawing; filled in by ``CardScene.compose`` before the UI gets the frame.
    sprites: dict[int, Sprite] = field(default_factory=dict)
    #: The drawings' animation time for this frame (seconds since the exhibit's start or reset).
    animation_s: float = 0.0


class CardScene:
    """Tracks the cards (capture thread) and draws their pictures (the pipeline's second thread).

    The tracker belongs to the capture thread and the sprites to the second thread, so the two
    never share state; a frame's animation time travels with its result.
    """

    def __init__(self, tracker: CardTracker, sprites: CardSprites | None = None) -> None:
        self.tracker = tracker
        self.sprites = sprites or CardSprites()

    def process(self, frame: np.ndarray, now_s: float, animation_s: float) -> CardsInView:
        """The cards in this frame (tracked, smoothed, held); ``now_s`` is the tracker's clock."""
        return CardsInView(self.tracker.process(frame, now_s).cards, animation_s=animation_s)

    def compose(self, found: object, image: np.ndarray, frame_to_image: np.ndarray) -> None:
        """Draw each card's picture onto its card in the shown image (BGRA, in place), and leave
        the drawings in ``found.sprites`` for the UI's labels."""
        if not isinstance(found, CardsInView):
            return
        for card in found.cards:
            info = marker_card(card.marker_id)
            if info is None:
                continue
            sprite = self.sprites.get(info.kind, info.key, found.animation_s)
            found.sprites[card.marker_id] = sprite
            paste_warped(image, sprite.pixels, card_to_image(card.corners, frame_to_image) @ sprite.to_card(),
                         content=sprite.content)
