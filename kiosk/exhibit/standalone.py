"""`python -m exhibits.<id>`: open one exhibit alone in a window, for exhibit authors."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.exhibit.base import ExhibitContext
from kiosk.exhibit.kit import TouchButton
from kiosk.exhibit.theme import Theme, hub, scale_for
from kiosk.exhibit.translator import TranslationSet
from kiosk.registry import load_widget_class, package_folder, read_entry


def run_standalone(package: str, argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {package}", description="Run one exhibit alone.")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="en")
    parser.add_argument("--size", default="1600x900", help="window size, e.g. 1920x1080")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--large-text", action="store_true")
    parser.add_argument("--camera", default="auto", help="camera source: auto, device:N, file:PATH, synthetic")
    parser.add_argument(
        "--screenshot", metavar="PNG", help="render offscreen after --frames animation steps, save, and exit"
    )
    parser.add_argument("--frames", type=int, default=60, help="steps before --screenshot")
    args = parser.parse_args(argv)
    i18n.build()
    if args.screenshot:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    exhibit_id = package_folder(package).name
    entry = read_entry(exhibit_id, package)
    if not entry.ok or entry.manifest is None:
        print(entry.error, file=sys.stderr)
        return 2
    width, height = (int(v) for v in args.size.lower().split("x"))
    hub.set(
        Theme.create(
            high_contrast=args.high_contrast, large_text=args.large_text, scale=scale_for(width, height)
        )
    )
    translations = TranslationSet()
    translations.switch(args.lang)
    window = QWidget()
    window.setWindowTitle(entry.manifest.text("title", args.lang))
    window.setObjectName("standalone")
    window.setStyleSheet(f"#standalone {{ background: {hub.theme.colours['background']}; }}" + hub.theme.stylesheet())
    layout = QVBoxLayout(window)
    bar = QHBoxLayout()
    provider = None
    if entry.manifest.needs_camera:
        from kiosk.config import CameraSettings
        from kiosk.exhibit.camera import make_camera_provider

        provider = make_camera_provider(CameraSettings(source=args.camera))
    context = ExhibitContext(entry.manifest, args.lang, camera_provider=provider)
    for language in i18n.LANGUAGES:
        button = TouchButton(language.upper())

        def choose(_: bool = False, lang: str = language) -> None:
            translations.switch(lang)
            context.set_language(lang)

        button.clicked.connect(choose)
        bar.addWidget(button)
    bar.addStretch()
    layout.addLayout(bar)
    widget = load_widget_class(entry)(context)
    layout.addWidget(widget, 1)
    widget.retranslate()
    context.completed.connect(lambda score: print(f"completed, score {score}"))
    window.resize(width, height)
    window.show()
    widget.start()
    if args.screenshot:
        widget.stop_frames()
        for _ in range(args.frames):
            widget.advance(1 / 60)
            app.processEvents()
        window.grab().save(args.screenshot)
        widget.stop()
        context.release_cameras()
        print(f"saved {args.screenshot}")
        return 0
    code = app.exec()
    widget.stop()
    context.release_cameras()
    return code
