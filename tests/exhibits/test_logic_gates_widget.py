"""The logic_gates exhibit driven like a visitor would: taps, drags, the lock test, languages."""

from __future__ import annotations

import pytest
from exhibit_checks import run_frames
from PySide6.QtCore import QPoint, QPointF, Qt

from exhibits.logic_gates import model


def tap(qtbot, widget, point: QPointF) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point.toPoint())


def drag(qtbot, widget, start: QPointF, end: QPointF, steps: int = 6) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start.toPoint())
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        qtbot.mouseMove(widget, pos=point.toPoint())
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end.toPoint())


def show_number(qtbot, scene, number: int) -> None:
    """Tap exactly the lamps that differ from `number` (the fewest taps)."""
    for index, (have, want) in enumerate(zip(scene.bits, model.to_bits(number), strict=True)):
        if have != want:
            tap(qtbot, scene, scene.lamp_centre(index))


def test_tapping_lamps_shows_13_and_completes(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("logic_gates", language="lv")
    scene = widget.scenes["binary"]
    assert scene.target == 13
    tap(qtbot, scene, scene.lamp_centre(7))
    assert scene.value == 1 and context.interactions == 1
    tap(qtbot, scene, scene.lamp_centre(7))
    assert scene.value == 0
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        show_number(qtbot, scene, 13)
    assert scene.value == 13
    assert completed.args == [60]  # 3 taps needed, 5 used: 100 * 3 / 5
    run_frames(widget, 3.0)
    assert scene.target == 100
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        show_number(qtbot, scene, 100)
    assert completed.args == [100]
    run_frames(widget, 3.0)
    show_number(qtbot, scene, 255)
    assert context.completions == 3
    assert scene.level_done and widget.next_button.isVisibleTo(widget)
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert widget.level == "gates"


def test_gates_level_light_all_then_dark_all(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("logic_gates", language="en", size=(1920, 1080))
    qtbot.mouseClick(widget.level_choice.button("gates"), Qt.MouseButton.LeftButton)
    assert widget.level == "gates"
    scene = widget.scenes["gates"]
    assert scene.output("NOT") == 1 and scene.output("AND") == 0
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        for name, pin in (("AND", 0), ("AND", 1), ("OR", 0), ("XOR", 1)):
            tap(qtbot, scene, scene.switch_rect(name, pin).center())
    assert completed.args == [100]
    assert all(scene.output(n) == 1 for n in ("AND", "OR", "NOT", "XOR"))
    run_frames(widget, 3.0)
    assert scene.goal == 0
    with qtbot.waitSignal(context.completed, timeout=2000):
        for name, pin in (("AND", 0), ("OR", 0), ("NOT", 0), ("XOR", 0)):
            tap(qtbot, scene, scene.switch_rect(name, pin).center())
    assert all(scene.output(n) == 0 for n in ("AND", "OR", "NOT", "XOR"))
    assert scene.level_done
    assert context.interactions >= 9  # the level choice and eight switch taps


def open_adder(open_exhibit, qtbot, size=(1280, 720)):
    widget, context = open_exhibit("logic_gates", language="en", size=size)
    qtbot.mouseClick(widget.level_choice.button("adder"), Qt.MouseButton.LeftButton)
    scene = widget.scenes["adder"]
    return widget, context, scene


def try_lock(qtbot, widget, scene) -> None:
    qtbot.mouseClick(scene.try_button, Qt.MouseButton.LeftButton)
    run_frames(widget, 3.0)


@pytest.mark.parametrize("size", [(1280, 720), (1080, 1920)])
def test_half_adder_by_dragging_and_tapping_opens_the_lock(open_exhibit, qtbot, size) -> None:
    widget, context, scene = open_adder(open_exhibit, qtbot, size)
    layout = scene.layout_rects()
    drag(qtbot, scene, layout.tiles["XOR"].center(), layout.slots["SUM"].center())
    assert scene.slots["SUM"] == "XOR"
    tap(qtbot, scene, layout.tiles["AND"].center())  # choose, then tap the slot
    assert scene.selected_kind == "AND"
    tap(qtbot, scene, layout.slots["CARRY"].center())
    assert scene.slots["CARRY"] == "AND"
    tap(qtbot, scene, layout.switches["A"].center())
    tap(qtbot, scene, layout.switches["B"].center())
    assert scene.live_values() == ({"SUM": 0, "CARRY": 1}, False)
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        try_lock(qtbot, widget, scene)
    assert completed.args == [100]
    assert scene.verdict is not None and scene.verdict.accepted
    run_frames(widget, 1.5)
    assert scene.door_open == 1.0
    widget.grab()


def test_or_instead_of_xor_keeps_the_lock_shut(open_exhibit, qtbot) -> None:
    widget, context, scene = open_adder(open_exhibit, qtbot)
    layout = scene.layout_rects()
    drag(qtbot, scene, layout.tiles["OR"].center(), layout.slots["SUM"].center())
    drag(qtbot, scene, layout.tiles["AND"].center(), layout.slots["CARRY"].center())
    try_lock(qtbot, widget, scene)
    assert context.completions == 0
    assert scene.message_key == "wrong" and scene.failed_attempts == 1
    assert [row.ok for row in scene.verdict.rows] == [True, True, True, False]
    assert "1 + 1 = 2" in scene.message()
    # Drag the OR gate out of its slot onto the tray: the slot empties.
    drag(qtbot, scene, layout.slots["SUM"].center(), layout.tray.center())
    assert scene.slots["SUM"] is None
    drag(qtbot, scene, layout.tiles["XOR"].center(), layout.slots["SUM"].center())
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        try_lock(qtbot, widget, scene)
    assert completed.args == [80]  # one failed try before


def test_a_wired_loop_is_rejected_without_a_crash(open_exhibit, qtbot) -> None:
    widget, context, scene = open_adder(open_exhibit, qtbot)
    layout = scene.layout_rects()
    drag(qtbot, scene, layout.tiles["XOR"].center(), layout.slots["SUM"].center())
    drag(qtbot, scene, layout.tiles["AND"].center(), layout.slots["CARRY"].center())
    # Each gate's second pin: B -> the other gate's output, so each listens to the other.
    tap(qtbot, scene, scene.pin_centres("SUM")[1])
    tap(qtbot, scene, scene.pin_centres("CARRY")[1])
    assert scene.wiring == {"SUM": ["A", "CARRY"], "CARRY": ["A", "SUM"]}
    assert scene.live_values()[1] is True
    widget.grab()
    try_lock(qtbot, widget, scene)
    assert scene.message_key == "loop"
    assert context.completions == 0
    tap(qtbot, scene, scene.pin_centres("SUM")[1])  # CARRY -> A: the loop is gone
    assert scene.live_values()[1] is False


def test_empty_slots_only_ask_for_gates(open_exhibit, qtbot) -> None:
    widget, _context, scene = open_adder(open_exhibit, qtbot)
    try_lock(qtbot, widget, scene)
    assert scene.message_key == "incomplete"
    assert scene.failed_attempts == 0


def test_reset_returns_to_the_first_level(open_exhibit, qtbot) -> None:
    widget, _context = open_exhibit("logic_gates")
    binary = widget.scenes["binary"]
    show_number(qtbot, binary, 13)
    widget.show_level("adder")
    widget.scenes["adder"].place("SUM", "XOR")
    widget.reset()
    assert widget.level == "binary"
    assert binary.value == 0 and binary.target == 13 and binary.solved_count == 0
    assert widget.scenes["adder"].slots == {"SUM": None, "CARRY": None}
    assert not widget.next_button.isVisibleTo(widget)


def test_switching_language_changes_the_texts(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, _context = open_exhibit("logic_gates", language="lv")
    latvian = widget.challenge_label.text()
    assert "13" in latvian
    TranslationSet().switch("ru")
    qtbot.waitUntil(lambda: widget.challenge_label.text() != latvian, timeout=2000)
    assert "лампочки" in widget.challenge_label.text()
    assert widget.level_choice.button("gates").text() == "2 · Элементы"
    TranslationSet().switch("en")
    qtbot.waitUntil(lambda: widget.challenge_label.text() == "Light the lamps to show 13.", timeout=2000)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_level_renders(open_exhibit, qtbot, size, high_contrast) -> None:
    widget, _context = open_exhibit("logic_gates", size=size, high_contrast=high_contrast)
    for level in ("binary", "gates", "adder"):
        widget.show_level(level)
        run_frames(widget, 0.1)
        image = widget.grab()
        assert image.width() == size[0] and image.height() == size[1]


def test_lamp_state_is_readable_without_colour(open_exhibit, qtbot) -> None:
    widget, _context = open_exhibit("logic_gates")
    scene = widget.scenes["binary"]
    before = scene.grab().toImage()
    tap(qtbot, scene, scene.lamp_centre(0))
    after = scene.grab().toImage()
    centre = scene.lamp_centre(0).toPoint()
    # A lit lamp is filled: its centre region changes, not only an outline.
    ring = [QPoint(centre.x() + dx, centre.y() + dy) for dx in (-12, 12) for dy in (-12, 12)]
    assert any(before.pixel(p) != after.pixel(p) for p in ring)


def test_theme_change_while_open(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.theme import Theme, hub

    widget, _context = open_exhibit("logic_gates", size=(1280, 720))
    widget.show_level("adder")
    before = widget.scenes["adder"].try_button.geometry()
    hub.set(Theme.create(high_contrast=True, large_text=True, scale=1.0))
    run_frames(widget, 0.1)
    assert widget.scenes["adder"].try_button.height() > before.height()  # laid out for the new scale
    widget.grab()


def test_a_still_level_is_drawn_once_and_again_after_each_change(open_exhibit, qtbot, monkeypatch) -> None:
    """A level that does not move is shown from its picture (its dozens of texts cost about 5 ms
    a frame at 1920x1080); a tap, a language or a theme change draws it anew, so nothing stale shows."""
    from kiosk.exhibit.theme import Theme, hub
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("logic_gates", size=(1920, 1080))
    scene = widget.scenes["binary"]
    drawn = []
    paint_scene = type(scene).paint_scene
    monkeypatch.setattr(type(scene), "paint_scene", lambda self, painter: (drawn.append(1), paint_scene(self, painter)))
    scene.update()
    first = scene.grab().toImage()
    assert scene.grab().toImage() == first and len(drawn) == 1  # the second frame is the same picture
    tap(qtbot, scene, scene.lamp_centre(0))
    lit = scene.grab().toImage()
    assert len(drawn) == 2 and lit != first  # the lamp shows lit at once
    TranslationSet().switch("ru")
    context.set_language("ru")
    qtbot.waitUntil(lambda: scene.grab().toImage() != lit, timeout=2000)  # the hint in Russian
    russian = scene.grab().toImage()
    hub.set(Theme.create(high_contrast=True, scale=1.0))
    qtbot.waitUntil(lambda: scene.grab().toImage() != russian, timeout=2000)
