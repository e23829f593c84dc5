"""AR cards on the camera worker: tracking on the capture thread, the drawings made and pasted on
the pipeline's second thread, the same pictures on the cards as when both ran in one step."""

from __future__ import annotations

import numpy as np

from exhibits.ar_cards.drawings import CardSprites
from exhibits.ar_cards.model import CardTracker, card_to_image, paste_warped
from exhibits.ar_cards.scene import CardScene, CardsInView
from kiosk.camera.markers import MARKER_CARDS, create_detector, marker_card
from kiosk.camera.sources import SyntheticSource
from kiosk.camera.view_fit import ViewFit, ViewFitter

ALL_IDS = [card.marker_id for card in MARKER_CARDS]


def test_cards_are_tracked_first_and_drawn_when_composed(qapp) -> None:
    """``process`` only tracks (no drawing on the capture thread); ``compose`` draws each card's
    picture at the frame's own animation time, exactly as drawing and pasting it in one go did."""
    source = SyntheticSource(1280, 720, 30, paced=False)
    scene = CardScene(CardTracker(create_detector(refine_corners=False), ALL_IDS))
    fitter, fit = ViewFitter(pool_size=0), ViewFit(666, 540, mirror=True)
    reference_sprites = CardSprites()
    for index in range(6):
        frame, animation_s = source.frame_at(index), 0.4 + index / 30
        found = scene.process(frame, index / 30, animation_s)
        assert isinstance(found, CardsInView) and found.cards and not found.sprites
        image, frame_to_image = fitter.fit(frame, fit)
        expected = image.copy()
        for card in found.cards:
            info = marker_card(card.marker_id)
            sprite = reference_sprites.get(info.kind, info.key, animation_s)
            paste_warped(expected, sprite.pixels, card_to_image(card.corners, frame_to_image) @ sprite.to_card(),
                         content=sprite.content)
        scene.compose(found, image, frame_to_image)
        assert sorted(found.sprites) == sorted(card.marker_id for card in found.cards), "the UI gets each drawing"
        assert (image == expected).all()


def test_anything_else_is_left_alone(qapp) -> None:
    image = np.full((40, 40, 4), 7, np.uint8)
    CardScene(CardTracker(create_detector(refine_corners=False), ALL_IDS)).compose(None, image, np.eye(3))
    assert (image == 7).all()
