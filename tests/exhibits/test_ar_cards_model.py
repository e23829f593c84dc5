"""AR cards: marker tracking on synthetic frames and clips, smoothing, the goal, pictures warped onto
cards, molecule geometry."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from exhibits.ar_cards.model import (
    CardCollection,
    CardTracker,
    bonds,
    carbon_dioxide,
    card_to_image,
    content_box,
    paste_warped,
    rotate_y,
    salt_crystal,
    water,
)
from kiosk.camera.markers import MARKER_CARDS, create_detector
from kiosk.camera.sources import FileSource, SyntheticSource

ALL_IDS = [card.marker_id for card in MARKER_CARDS]


def test_cards_are_found_where_the_scene_put_them() -> None:
    scene = SyntheticSource(1280, 720, 30, paced=False)
    tracker = CardTracker(create_detector(), ALL_IDS, smoothing=1.0, hold_s=0.0)
    for index in range(0, 150, 10):
        result = tracker.process(scene.frame_at(index), index / 30)
        truth = scene.scene_at(index).markers
        assert {c.marker_id for c in result.cards} == set(truth)
        for card in result.cards:
            assert np.abs(card.corners - truth[card.marker_id]).max() < 3.0
            assert card.side_px > 100


def test_cards_are_found_in_an_mjpg_clip(tmp_path) -> None:
    scene = SyntheticSource(960, 540, 30, paced=False)
    path = tmp_path / "cards.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 30, (960, 540))
    for index in range(20):
        writer.write(scene.frame_at(index))
    writer.release()
    tracker = CardTracker(create_detector(), ALL_IDS)
    with FileSource(path, paced=False) as clip:
        for index in range(20):
            result = tracker.process(clip.read(), index / 30)
    assert {c.marker_id for c in result.cards} == {0, 1}


def test_unknown_markers_are_ignored() -> None:
    frame = SyntheticSource(1280, 720, 30, paced=False).frame_at(0)
    tracker = CardTracker(create_detector(), known_ids=[1])
    assert [c.marker_id for c in tracker.process(frame, 0.0).cards] == [1]


def test_smoothing_calms_jitter_but_follows_real_moves() -> None:
    frame = SyntheticSource(1280, 720, 30, paced=False).frame_at(0)
    detector = create_detector()
    base = CardTracker(detector, ALL_IDS).detect(frame)[0]

    class Jittery:
        def __init__(self) -> None:
            self.offset = np.zeros(2, np.float32)

        def detectMarkers(self, grey):
            return (base + self.offset).reshape(1, 1, 4, 2), np.array([[0]]), None

    fake = Jittery()
    tracker = CardTracker(fake, ALL_IDS, smoothing=0.3, max_width=10_000)
    flat = np.full_like(frame, 128)  # no image corners to snap to: only the smoothing acts
    outputs = []
    for step in range(40):
        fake.offset[:] = (2.0 if step % 2 else -2.0, 0.0)
        outputs.append(tracker.process(flat, step / 30).cards[0].corners[0, 0])
    assert np.std(outputs[10:]) < 1.0, "4 px of jitter shrinks to well under a pixel"
    fake.offset[:] = (120.0, 0.0)
    moved = tracker.process(flat, 2.0).cards[0].corners
    assert np.abs(moved - (base + fake.offset)).max() < 1e-3, "a big move is followed at once"


def test_a_card_is_held_briefly_then_dropped() -> None:
    with_card = SyntheticSource(1280, 720, 30, paced=False).frame_at(0)
    empty = np.full_like(with_card, 90)
    tracker = CardTracker(create_detector(), ALL_IDS, hold_s=0.3)
    assert len(tracker.process(with_card, 0.0).cards) == 2
    assert len(tracker.process(empty, 0.2).cards) == 2, "one missed frame does not make it blink"
    assert tracker.process(empty, 0.5).cards == []


def test_smoothing_must_be_sensible() -> None:
    with pytest.raises(ValueError, match="smoothing"):
        CardTracker(create_detector(), ALL_IDS, smoothing=0)


def test_the_goal_counts_cards_held_long_enough() -> None:
    collection = CardCollection(total=9, first_goal=3, frames_to_count=3)
    assert collection.observe([0, 1]) == ([], None)
    assert collection.observe([0, 1]) == ([], None)
    assert collection.observe([0, 1]) == ([0, 1], None)
    assert collection.goal == 3
    for _ in range(2):
        collection.observe([2])
    assert collection.observe([2]) == ([2], 3), "three different cards: first goal"
    assert collection.goal == 9
    reached = []
    for marker_id in range(3, 9):
        for _ in range(3):
            _, goal = collection.observe([marker_id])
            if goal:
                reached.append(goal)
    assert reached == [9] and collection.collected == list(range(9))
    collection.reset()
    assert collection.collected == [] and collection.goal == 3


def test_water_has_its_real_bond_length_and_angle() -> None:
    oxygen, h1, h2 = (np.array(a.position) for a in water())
    assert np.linalg.norm(h1 - oxygen) == pytest.approx(0.96)
    cos_angle = np.dot(h1 - oxygen, h2 - oxygen) / (np.linalg.norm(h1 - oxygen) * np.linalg.norm(h2 - oxygen))
    assert math.degrees(math.acos(cos_angle)) == pytest.approx(104.5)


def test_carbon_dioxide_is_straight() -> None:
    o1, carbon, o2 = (np.array(a.position) for a in carbon_dioxide())
    assert np.linalg.norm(o1 - carbon) == pytest.approx(1.16) == pytest.approx(np.linalg.norm(o2 - carbon))
    assert np.dot(o1 - carbon, o2 - carbon) == pytest.approx(-1.16 ** 2), "180 degrees"


def test_salt_crystal_alternates_sodium_and_chlorine() -> None:
    atoms = salt_crystal(3)
    assert len(atoms) == 27 and sum(a.element == "Na" for a in atoms) == 14
    links = bonds(atoms, 3.0)
    assert len(links) == 54, "3x3x3 cube: 3 directions x 3 x 3 x 2 neighbour pairs"
    assert all(atoms[a].element != atoms[b].element for a, b in links), "every neighbour is the other ion"


def test_turning_a_molecule_keeps_its_shape() -> None:
    points = np.array([a.position for a in water()])
    turned = rotate_y(points, 1.1)
    assert np.linalg.norm(turned[1] - turned[0]) == pytest.approx(0.96)
    assert turned[:, 1] == pytest.approx(points[:, 1]), "turning about y keeps heights"


def test_a_picture_is_warped_onto_the_card_and_blended_over_the_frame() -> None:
    """Premultiplied "over": opaque pixels replace the frame, half-transparent ones mix, clear ones keep it."""
    canvas = np.full((200, 300, 4), (100, 100, 100, 255), np.uint8)
    picture = np.zeros((40, 40, 4), np.uint8)
    picture[:, :20] = (0, 0, 255, 255)  # left half opaque red
    picture[:, 20:30] = (0, 64, 0, 128)  # half-transparent green, premultiplied
    # Card corners at (100, 50) .. (180, 130) in the frame; the picture covers card units -1..1.
    corners = np.array([[100, 50], [180, 50], [180, 130], [100, 130]], np.float32)
    to_card = np.array([[2 / 40, 0, -1], [0, 2 / 40, -1], [0, 0, 1]])
    assert paste_warped(canvas, picture, card_to_image(corners, np.eye(3)) @ to_card)
    assert tuple(canvas[90, 120]) == (0, 0, 255, 255), "opaque: the picture"
    blue, green, red, alpha = canvas[90, 150]
    assert (abs(int(blue) - 50) <= 2 and abs(int(green) - 114) <= 2 and abs(int(red) - 50) <= 2 and alpha == 255)
    assert tuple(canvas[90, 170]) == (100, 100, 100, 255), "transparent: the frame"
    assert tuple(canvas[20, 20]) == (100, 100, 100, 255) and tuple(canvas[190, 290]) == (100, 100, 100, 255)


def test_pictures_follow_a_mirrored_view_and_are_clipped_at_its_edges() -> None:
    canvas = np.zeros((100, 100, 4), np.uint8)
    picture = np.full((10, 10, 4), 255, np.uint8)
    mirror = np.array([[-1.0, 0, 100], [0, 1, 0], [0, 0, 1]])
    corners = np.array([[-20, 10], [20, 10], [20, 50], [-20, 50]], np.float32)  # half off the frame's left
    to_card = np.array([[0.2, 0, -1], [0, 0.2, -1], [0, 0, 1]])
    assert paste_warped(canvas, picture, card_to_image(corners, mirror) @ to_card)
    assert canvas[30, 90, 0] == 255 and canvas[30, 50, 0] == 0, "drawn at the right edge of the mirrored view"
    far = np.array([[500, 500], [540, 500], [540, 540], [500, 540]], np.float32)
    assert not paste_warped(canvas, picture, card_to_image(far, np.eye(3)) @ to_card), "off the view: nothing"


def test_a_card_seen_almost_edge_on_draws_nothing_rather_than_garbage() -> None:
    canvas = np.zeros((100, 100, 4), np.uint8)
    # A strong perspective: the picture's far edge would lie beyond the horizon.
    beyond = np.array([[1.0, 0, 0], [0, 1, 0], [-0.02, 0, 1]])
    assert not paste_warped(canvas, np.full((100, 100, 4), 255, np.uint8), beyond)
    assert not canvas.any()


def reference_paste(canvas: np.ndarray, picture: np.ndarray, picture_to_canvas: np.ndarray) -> None:
    """The paste as first written (a warp, then the blend through fresh arrays copied back): the
    pixels the cards showed before the compositor was made cheaper."""
    height, width = picture.shape[:2]
    corners = np.array([[0, 0, 1], [width, 0, 1], [width, height, 1], [0, height, 1]], np.float64)
    mapped = corners @ picture_to_canvas.T
    points = mapped[:, :2] / mapped[:, 2:]
    left, top = np.maximum(np.floor(points.min(axis=0)).astype(int), 0)
    right, bottom = np.minimum(np.ceil(points.max(axis=0)).astype(int), (canvas.shape[1], canvas.shape[0]))
    shifted = np.array([[1.0, 0.0, -left], [0.0, 1.0, -top], [0.0, 0.0, 1.0]]) @ picture_to_canvas
    warped = cv2.warpPerspective(picture, shifted, (right - left, bottom - top), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0, 0))
    region = canvas[top:bottom, left:right]
    uncovered = 255 - warped[:, :, 3]
    region[:] = cv2.add(cv2.multiply(region, cv2.merge([uncovered] * 4), scale=1 / 255), warped)


def test_a_pasted_picture_gives_exactly_the_pixels_it_always_gave() -> None:
    """A soft-edged premultiplied picture on a tilted, turned, partly clipped card over a textured
    frame: the same pixels, every channel, as the paste first written."""
    rng = np.random.default_rng(5)
    canvas = cv2.GaussianBlur(rng.integers(0, 256, (300, 400, 4), dtype=np.uint8), (5, 5), 0)
    canvas[..., 3] = 255
    alpha = cv2.GaussianBlur(np.pad(np.full((60, 60), 255, np.uint8), 20), (21, 21), 0)
    colour = rng.integers(0, 256, (100, 100, 3), dtype=np.uint8)
    picture = np.dstack([(colour * (alpha[..., None] / 255)).astype(np.uint8), alpha])  # premultiplied
    to_card = np.array([[2 / 100, 0, -1], [0, 2 / 100, -1], [0, 0, 1]])
    for corners in ([[120, 60], [250, 90], [230, 220], [100, 180]],  # tilted and turned
                    [[-40, 150], [60, 140], [70, 260], [-30, 280]],  # half off the left edge
                    [[330, 200], [420, 210], [410, 320], [320, 310]]):  # off the bottom right corner
        matrix = card_to_image(np.array(corners, np.float32), np.array([[-1.0, 0, 400], [0, 1, 0], [0, 0, 1]]))
        expected = canvas.copy()
        reference_paste(expected, picture, matrix @ to_card)
        assert paste_warped(canvas, picture, matrix @ to_card)
        assert (canvas == expected).all()


def test_pasting_only_a_pictures_content_gives_the_same_pixels() -> None:
    """Warping and blending only the part of a picture that is not clear (``content_box``)
    leaves the canvas as pasting all of it does (to a level of rounding in the odd pixel: the
    warp places its samples on a 1/32-pixel grid), at every angle and at the edges."""
    rng = np.random.default_rng(8)
    canvas = cv2.GaussianBlur(rng.integers(0, 256, (300, 400, 4), dtype=np.uint8), (5, 5), 0)
    canvas[..., 3] = 255
    picture = np.zeros((120, 120, 4), np.uint8)
    alpha = cv2.GaussianBlur(np.pad(np.full((40, 50), 255, np.uint8), 6), (11, 11), 0)  # soft edges
    picture[30:82, 20:82, 3] = alpha
    picture[30:82, 20:82, :3] = (rng.integers(0, 256, (52, 62, 3)) * (alpha[..., None] / 255)).astype(np.uint8)
    box = content_box(picture)
    assert box[0] <= 20 and box[1] <= 30 and box[2] >= 82 and box[3] >= 82 and box != (0, 0, 120, 120)
    assert content_box(np.zeros((10, 10, 4), np.uint8)) == (0, 0, 0, 0)
    to_card = np.array([[2 / 120, 0, -1], [0, 2 / 120, -1], [0, 0, 1]])
    for corners in ([[120, 60], [250, 90], [230, 220], [100, 180]], [[-40, 150], [60, 140], [70, 260], [-30, 280]],
                    [[330, 200], [420, 210], [410, 320], [320, 310]], [[150, 100], [170, 100], [170, 120], [150, 120]]):
        matrix = card_to_image(np.array(corners, np.float32), np.array([[-1.0, 0, 400], [0, 1, 0], [0, 0, 1]]))
        whole, part = canvas.copy(), canvas.copy()
        paste_warped(whole, picture, matrix @ to_card)
        paste_warped(part, picture, matrix @ to_card, content=box)
        difference = np.abs(whole.astype(int) - part.astype(int))
        assert difference.max() <= 1 and np.count_nonzero(difference) <= 8
