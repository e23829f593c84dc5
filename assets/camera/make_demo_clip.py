"""Write assets/camera/demo.avi: the clip camera exhibits show on a station without a camera.

It is the synthetic scene (a walking figure, bouncing balls, AR cards, a QR code) at 960x540 and
25 fps, MPEG-4 in an AVI container, small enough to ship (under 2 MB). Run it again after changing
the synthetic scene:

    .venv/bin/python assets/camera/make_demo_clip.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.camera.sources import DEMO_CLIP, SyntheticSource

WIDTH, HEIGHT, FPS, FRAMES = 960, 540, 25, 180  # 7.2 s


def main(path: Path = DEMO_CLIP) -> Path:
    # No sensor noise: it would triple the file size; the codec adds its own texture.
    scene = SyntheticSource(WIDTH, HEIGHT, FPS, seed=7, paced=False, noise=0)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), FPS, (WIDTH, HEIGHT))
    if not writer.isOpened():
        raise SystemExit(f"cannot write {path}: this OpenCV has no MPEG-4 encoder")
    for index in range(FRAMES):
        writer.write(scene.frame_at(index))
    writer.release()
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    return path


if __name__ == "__main__":
    main()
