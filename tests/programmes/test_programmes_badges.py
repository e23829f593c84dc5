"""Badge sheets: a real PDF holding the codes' text, and QR codes OpenCV reads back to the same codes.

Qt cannot rasterise a PDF, so the page is drawn by the very function the PDF writer uses into an
image, and decoded from there; the PDF file itself is checked by extracting its text.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.cli import main
from kiosk.programmes import codes
from kiosk.render.badges import BADGES_PER_PAGE, render_badge_image, write_badges_pdf
from kiosk.store import Store


def image_to_grey(image) -> np.ndarray:
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    bgra = pixels.reshape(height, image.bytesPerLine() // 4, 4)[:, :width]
    return cv2.cvtColor(bgra, cv2.COLOR_BGRA2GRAY)


def decode_all(grey: np.ndarray) -> list[str]:
    detector = cv2.QRCodeDetectorAruco() if hasattr(cv2, "QRCodeDetectorAruco") else cv2.QRCodeDetector()
    ok, texts, _, _ = detector.detectAndDecodeMulti(grey)
    return sorted(t for t in texts if t) if ok else []


# -- a small PDF text extractor (Qt writes fonts as Type0 with a ToUnicode map) -------------------

def _stream(body: bytes) -> bytes:
    # Greedy, and inflated by a decompressor that leaves trailing bytes alone: compressed data
    # may itself end in a carriage return, which a lazy "\r?\nendstream" would cut off.
    match = re.search(rb"stream\r?\n(.*)\nendstream", body, re.S)
    if not match:
        return b""
    raw = match.group(1)
    return zlib.decompressobj().decompress(raw) if b"/FlateDecode" in body else raw


def _cmap(data: bytes) -> dict[int, str]:
    table: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for start, end, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[.*?\]|<[0-9A-Fa-f]+>)", block,
                                             re.S):
            first, last = int(start, 16), int(end, 16)
            if target.startswith(b"["):
                for offset, hexa in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", target)):
                    table[first + offset] = bytes.fromhex(hexa.decode()).decode("utf-16-be")
            else:
                base = int(target[1:-1], 16)
                for offset in range(last - first + 1):
                    table[first + offset] = chr(base + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(source, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    return table


def pdf_text(data: bytes) -> str:
    """The text drawn in a Qt-written PDF, one text object per line."""
    objects = {int(n): body for n, body in re.findall(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}
    maps = {}
    for number, body in objects.items():
        ref = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if ref:
            maps[number] = _cmap(_stream(objects[int(ref.group(1))]))
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for resources in re.findall(rb"/Font\s*<<(.*?)>>", body, re.S):
            for name, ref in re.findall(rb"/(\w+) (\d+) 0 R", resources):
                fonts[name] = maps.get(int(ref), {})
    lines = []
    for body in objects.values():
        content = _stream(body) if b"stream" in body else b""
        if b"BT" not in content:
            continue
        current: dict[int, str] = {}
        for match in re.finditer(rb"/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|(ET)", content):
            if match.group(1):
                current = fonts.get(match.group(1), {})
            elif match.group(2):
                hexa = match.group(2)
                lines.append("".join(current.get(int(hexa[i:i + 4], 16), "?") for i in range(0, len(hexa), 4)))
            else:
                lines.append("\n")
    return "".join(lines).replace("\t", " ")  # Qt maps the space glyph to a tab


# -- tests ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_every_badge_on_the_page_decodes_to_its_code(qapp, language, sample_codes):
    badge_codes = sample_codes(BADGES_PER_PAGE, seed=len(language) + ord(language[0]))
    page = image_to_grey(render_badge_image(badge_codes, language, width_px=1240))  # about 150 dpi
    assert decode_all(page) == sorted(codes.qr_payload(c) for c in badge_codes)


def badge_photo(page: np.ndarray, slot: int, scale: float, tilt_px: int) -> np.ndarray:
    """One badge cut from the page, shrunk and turned as a hand holds it before a 640x480 camera."""
    mm = page.shape[1] / 210
    width, height = (210 - 20) / 3 * mm, (297 - 20 - 17) / 4 * mm
    x0, y0 = int(10 * mm + (slot % 3) * width), int(27 * mm + (slot // 3) * height)
    badge = cv2.resize(page[y0:y0 + int(height), x0:x0 + int(width)], None, fx=scale, fy=scale,
                       interpolation=cv2.INTER_AREA)
    h, w = badge.shape
    tilt = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]),
                                       np.float32([[tilt_px, 0], [w, tilt_px], [w - tilt_px, h], [0, h - tilt_px]]))
    frame = np.full((480, 640), 90, np.uint8)
    frame[100:100 + h, 200:200 + w] = cv2.warpPerspective(badge, tilt, (w, h), borderValue=90)
    return frame


def test_each_badge_reads_when_held_small_and_tilted_before_a_camera(qapp, sample_codes):
    from kiosk.programmes.scanning import BadgeScanner

    badge_codes = sample_codes(BADGES_PER_PAGE, seed=11)
    page = image_to_grey(render_badge_image(badge_codes, "lv", width_px=1240))
    scanner = BadgeScanner()
    for slot, code in enumerate(badge_codes):
        # A badge held up for a moment: four frames as it comes closer (QR about 110-130 px wide).
        reads = [[c.text for c in scanner.decode(badge_photo(page, slot, scale, tilt_px=12))]
                 for scale in (0.55, 0.58, 0.61, 0.64)]
        assert [codes.qr_payload(code)] in reads, f"badge {slot} was not read in any frame"
        assert all(read in ([], [codes.qr_payload(code)]) for read in reads), "never a wrong code"


def test_the_pdf_is_written_with_a_page_per_twelve_and_holds_the_codes_text(qapp, tmp_path: Path, sample_codes):
    badge_codes = sample_codes(BADGES_PER_PAGE + 3, seed=3)
    out = write_badges_pdf(tmp_path / "usb" / "badges.pdf", badge_codes, "ru")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 2
    text = pdf_text(data)
    for code in badge_codes:
        assert codes.display(code) in text
    assert "VIZIUM" in text and "Покажи камере!" in text


def test_no_codes_no_pdf(qapp, tmp_path):
    with pytest.raises(ValueError):
        write_badges_pdf(tmp_path / "x.pdf", [], "lv")


def test_cli_makes_new_codes_and_prints_them(isolated_environment, tmp_path, capsys):
    out = tmp_path / "print" / "badges.pdf"
    assert main(["badges", "--count", "14", "--out", str(out), "--lang", "en"]) == 0
    assert "14 new badges (2 pages)" in capsys.readouterr().out
    with Store(isolated_environment / "kiosk.db") as store:
        rows = store.query("SELECT code, printed_at FROM badge_codes")
        events = store.query("SELECT kind FROM app_events WHERE kind LIKE 'programme.badges%'")
    assert len(rows) == 14 and all(codes.is_valid(r["code"]) and r["printed_at"] for r in rows)
    assert {e["kind"] for e in events} == {"programme.badges_issued", "programme.badges_printed"}
    text = pdf_text(out.read_bytes())
    assert all(codes.display(r["code"]) in text for r in rows)


@pytest.mark.parametrize(("args", "message"), [
    (["--count", "0", "--out", "b.pdf"], "--count must be from 1 to 1000"),
    (["--count", "5", "--out", "b.txt"], "must name a .pdf file"),
])
def test_cli_refuses_bad_arguments_clearly(isolated_environment, capsys, args, message):
    assert main(["badges", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
