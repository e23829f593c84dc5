"""AR cards: the count above the nine cards counts all nine and names the goal apart."""

from __future__ import annotations

from kiosk.exhibit import MARKER_CARDS


def test_progress_counts_every_card_and_names_the_goal(open_exhibit) -> None:
    widget, _ = open_exhibit("ar_cards", language="en")
    widget.collection.collected.extend([MARKER_CARDS[0].marker_id, MARKER_CARDS[1].marker_id])
    widget._update_progress()
    text = widget.progress.text()
    assert f"2 of {len(MARKER_CARDS)}" in text  # the shelf below shows all of them
    assert f"Goal: {widget.collection.goal}" in text
