"""AR card markers: the catalogue, marker images, detection in synthetic frames and clips."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.camera import markers
from kiosk.camera.markers import MARKER_CARDS, card_image, create_detector, marker_card, marker_image
from kiosk.camera.sources import FileSource, SyntheticSource


def detect(frame: np.ndarray) -> dict[int, np.ndarray]:
    corners, ids, _ = create_detector().detectMarkers(frame)
    return {} if ids is None else {int(i): c.reshape(4, 2) for i, c in zip(ids.ravel(), corners, strict=True)}


def test_catalogue_is_complete_and_consistent() -> None:
    ids = [card.marker_id for card in MARKER_CARDS]
    assert ids == list(range(len(MARKER_CARDS))), "ids are 0..n-1, one card each"
    assert {card.kind for card in MARKER_CARDS} == set(markers.CARD_KINDS)
    assert len({card.key for card in MARKER_CARDS}) == len(MARKER_CARDS)
    for card in MARKER_CARDS:
        assert all(card.names[lang].strip() for lang in ("lv", "en", "ru"))
    assert marker_card(5).key == "salt" and marker_card(49) is None
    assert MARKER_CARDS[0].name("de") == "Earth", "unknown languages fall back to English"


def test_every_card_image_is_detected_as_its_own_id() -> None:
    for card in MARKER_CARDS:
        image = card_image(card.marker_id, 120)
        canvas = np.full((300, 300), 255, np.uint8)
        canvas[60:60 + image.shape[0], 60:60 + image.shape[1]] = image
        assert list(detect(canvas)) == [card.marker_id]


def test_bad_marker_requests_are_refused() -> None:
    with pytest.raises(ValueError, match="outside DICT_4X4_50"):
        marker_image(50, 100)
    with pytest.raises(ValueError, match="at least 6 px"):
        marker_image(1, 4)


def test_synthetic_cards_are_found_where_the_scene_put_them() -> None:
    scene = SyntheticSource(1280, 720, 30, paced=False)
    checked = 0
    for index in range(0, 240, 7):
        truth = scene.scene_at(index).markers
        found = detect(scene.frame_at(index))
        assert set(found) == set(truth), f"frame {index}"
        for marker_id, corners in truth.items():
            assert np.abs(found[marker_id] - corners).max() < 3.0
            checked += 1
    assert checked > 40


def test_markers_survive_mjpg_compression(synthetic_clip) -> None:
    clip = synthetic_clip(seconds=1.0, width=960, height=540)
    scene = SyntheticSource(960, 540, 30, paced=False)
    with FileSource(clip, paced=False) as source:
        for index in range(0, 30):
            frame = source.read()
            if index % 5:
                continue
            truth = scene.scene_at(index).markers
            found = detect(frame)
            assert set(found) == set(truth)
            for marker_id, corners in truth.items():
                assert np.abs(found[marker_id] - corners).max() < 4.0


def test_no_markers_in_a_plain_scene() -> None:
    frame = SyntheticSource(640, 360, 30, paced=False, marker_ids=()).frame_at(3)
    assert detect(frame) == {}
    assert detect(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)) == {}
