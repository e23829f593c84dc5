"""AR cards on screen: synthetic cards are found, drawings are anchored on them, the goal is reached."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from kiosk.exhibit.camera import fit_to_view
from kiosk.exhibit.translator import TranslationSet


def test_showing_cards_places_drawings_and_reaches_the_goal(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("ar_cards", language="ru", camera="synthetic")
    feed = context.camera()
    with qtbot.waitSignal(context.completed, timeout=15_000, check_params_cb=lambda score: score == 3.0):
        pass
    assert len(widget.collection.collected) >= 3 and context.interactions >= 3
    qtbot.waitUntil(lambda: bool(widget.cards), timeout=5000)
    widget.view.repaint()
    assert widget.view.placed, "a drawing was placed on each card in view"
    for card in widget.cards:
        transform = widget.view.placed.get(card.marker_id)
        if transform is None:
            continue
        # The card-space corner (-1, -1) lands on the marker's first corner, in widget pixels.
        expected = widget.view.frame_transform().map(QPointF(*map(float, card.corners[0])))
        placed = transform.map(QPointF(-1, -1))
        assert abs(placed.x() - expected.x()) < 1 and abs(placed.y() - expected.y()) < 1
    frame = widget.view.frame
    assert frame.fit is not None, "the picture was prepared for the view on the camera worker"
    plain, _ = fit_to_view(frame.frame, frame.fit)
    for card in frame.result.cards:  # the worker drew each card's picture into it
        box = widget.view.card_quad(card).boundingRect().toRect().intersected(widget.view.rect())
        drawn = frame.display[box.top():box.bottom(), box.left():box.right(), :3].astype(int)
        bare = plain[box.top():box.bottom(), box.left():box.right(), :3].astype(int)
        assert np.abs(drawn - bare).mean() > 10, f"card {card.marker_id} shows its drawing"
    assert widget.fact_title.text() in set(widget.card_names().values())
    assert widget.card_names()["water"] == "Вода H₂O"
    widget.stop()
    assert not feed.camera_open


def test_mirrored_view_keeps_drawings_on_the_cards(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("ar_cards", camera="synthetic")
    qtbot.waitUntil(lambda: bool(widget.cards), timeout=8000)
    assert widget.view.mirror
    card = widget.cards[0]
    quad = widget.view.card_quad(card)
    centre_x = np.mean([quad.at(i).x() for i in range(4)])
    frame_x = float(card.corners[:, 0].mean())
    width = widget.view.frame.size[0]
    assert (centre_x < widget.view.width() / 2) == (frame_x > width / 2), "left in the frame shows right"


def test_without_a_camera(open_exhibit) -> None:
    widget, _ = open_exhibit("ar_cards")
    assert widget.view.unavailable
    widget.grab()


def test_reset_and_languages(open_exhibit) -> None:
    widget, _ = open_exhibit("ar_cards", language="en")
    widget.collection.observe([0] * 1)
    widget.last_card = 2
    widget.reset()
    assert widget.collection.collected == [] and widget.last_card is None
    assert widget.fact_title.text() == "What is on the cards?"
    TranslationSet().switch("lv")
    assert widget.heading.text() == "AR kartītes"
    assert widget.shelf.names[2] == "Saturns"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_renders_at_every_size(open_exhibit, size, high_contrast) -> None:
    widget, _ = open_exhibit("ar_cards", size=size, high_contrast=high_contrast)
    widget.advance(1 / 60)
    assert not widget.grab().isNull()


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("language", ["ru", "en", "lv"])
def test_every_text_fits_with_large_text(open_exhibit, qtbot, orientation, language) -> None:
    """With large text on a station screen, in both orientations: the task, the science text and
    the nine-card shelf keep the room they need, each card's name fits its chip, with the longest
    fact shown; the camera picture keeps at least 40 % of the screen."""
    from exhibit_checks import STATION_AREAS, fit_findings, show_large_text

    from kiosk.exhibit import MARKER_CARDS

    size = STATION_AREAS[orientation]
    full_hd = (1920, 1080) if orientation == "landscape" else (1080, 1920)
    widget, _ = open_exhibit("ar_cards", language=language, size=full_hd)
    facts = widget.facts()
    longest = max(MARKER_CARDS, key=lambda card: len(facts[card.key]))
    widget.collection.observe([longest.marker_id])
    widget.last_card = longest.marker_id
    widget.retranslate()
    show_large_text(widget, size)
    assert fit_findings(widget) == []
    view = widget.view.geometry()
    assert view.width() * view.height() >= 0.4 * size[0] * size[1], "the camera picture stays large"


def test_the_shelf_tells_the_audit_which_card_names_do_not_fit(qtbot) -> None:
    """The chips are painted, so the shelf itself says when a name is cut: a word wider than its
    chip, or more lines than the chip is tall; a two-line name fits with large text."""
    from exhibits.ar_cards.shelf import CardShelf
    from kiosk.exhibit import MARKER_CARDS
    from kiosk.exhibit.theme import Theme, hub

    shelf = CardShelf(MARKER_CARDS)
    qtbot.addWidget(shelf)
    shelf.names = {card.marker_id: "Углекислый газ CO₂" for card in MARKER_CARDS}
    hub.set(Theme.create(large_text=True, scale=1.0))
    try:
        shelf.resize(300, shelf.sizeHint().height())
        assert any("Углекислый" in problem for problem in shelf.audit_text_problems())
        shelf.resize(720, shelf.sizeHint().height())
        assert shelf.audit_text_problems() == []
    finally:
        hub.set(Theme.create())
