"""Camera core (DESIGN.md section 8): frame sources, the capture/processing pipeline, QR, markers.

Qt-free. Import the submodules you need (``kiosk.camera.sources``, ``kiosk.camera.pipeline``, ...);
this package itself imports nothing, so naming it never pulls in OpenCV.
Privacy: nothing here writes a camera frame to disk or sends it anywhere.
"""
