"""Food web: the goal's count of years says it counts years of fishing, not the scene's year."""

from __future__ import annotations


def run(widget, seconds: float) -> None:
    for _ in range(round(seconds * 30)):
        widget.advance(1 / 30)


def test_goal_bar_counts_years_of_fishing_apart_from_the_scene_year(open_exhibit) -> None:
    widget, _ = open_exhibit("food_web", language="en")
    run(widget, 4.0)
    assert widget.ecosystem.time_years >= 1  # the scene says "Year 1" or later
    bar_text = widget.years_bar.text
    assert "fishing" in bar_text, bar_text
