"""Wind farm on a station screen: the panel fits in every language, text size and orientation,
whatever the feedback line says.

The screen audit found the park card's wind slider squeezed in landscape (and in Russian portrait
with large text), and the Russian task cut in landscape with large text.
"""

from __future__ import annotations

import pytest
from exhibit_checks import assert_button_texts_fit, settle

from kiosk.exhibit.theme import Theme, hub, scale_for
from kiosk.ui.audit.checks import check_overlaps, check_texts, leaves

#: The exhibit's area in the kiosk on a 1920x1080 screen (under the top bar), both ways round.
LANDSCAPE, PORTRAIT = (1880, 964), (1040, 1740)
HINTS = ("start", "placed", "removed", "full", "direction", "layout_done", "no_turbines", "running",
         "lights_on", "short", "short_calm", "short_storm")


def panel_findings(widget) -> list[str]:
    items = leaves(widget.panel)
    return [str(f) for f in (*check_texts(items), *check_overlaps(items))]


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_the_panel_fits_with_every_hint(open_exhibit, qtbot, language, large_text, size) -> None:
    widget, _ = open_exhibit("wind_farm", language=language, size=size)
    hub.set(Theme.create(large_text=large_text, scale=scale_for(1920, 1080)))
    settle()
    for site in (0, 6):  # a few turbines: the park card shows numbers, not zeros
        widget.farm.toggle(site)
    found = {}
    for hint in HINTS:
        widget._set_hint(hint)
        settle()
        findings = panel_findings(widget)
        if findings:
            found[hint] = findings
        assert widget.wind_slider.isVisible() and widget.direction_choice.isVisible()
    assert found == {}
    assert_button_texts_fit(widget)  # as painted, which the audit judges less strictly
