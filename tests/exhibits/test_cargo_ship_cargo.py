"""The quay's containers are real containers: none heavier than an ISO container may be loaded."""

from __future__ import annotations

from pathlib import Path

import exhibits.cargo_ship
from exhibits.cargo_ship.model import DEFAULT_CARGO_T, DEFAULT_ORDERS, Port
from kiosk.manifest import load_manifest

#: ISO 668 maximum gross mass: 30.48 t for a 20-foot container (32.5 t for the newest 40-foot ones).
MAX_GROSS_T = 30.48


def test_no_container_is_heavier_than_a_real_one_may_be() -> None:
    assert max(DEFAULT_CARGO_T) <= MAX_GROSS_T
    assert all(c.mass_t <= MAX_GROSS_T for c in Port().containers.values())


def test_every_order_can_be_made_from_the_quay() -> None:
    sums = {0.0}
    for mass in DEFAULT_CARGO_T:
        sums |= {s + mass for s in sums}
    assert all(order.cargo_t in sums for order in DEFAULT_ORDERS)


def test_the_learning_text_says_a_ship_with_cargo_on_one_side_settles_at_an_angle() -> None:
    manifest = load_manifest(Path(exhibits.cargo_ship.__file__).parent / "manifest.toml")
    texts = {lang: manifest.text("learning_goal", lang) for lang in ("lv", "en", "ru")}
    assert "выровня" not in texts["ru"] and "под этим углом" in texts["ru"]  # not "levels" the ship
    assert "iztaisno peldspējas" not in texts["lv"] and "paliek sasvērts" in texts["lv"]
    assert "stays at that angle" in texts["en"]
