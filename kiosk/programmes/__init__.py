"""Programmes and participation (DESIGN.md sections 5 and 6), Qt-free.

``catalogue`` (the centre's STEM programmes as data), ``codes`` (pseudonymous participant codes
with a check character), ``participants`` (what may be recorded about a person), ``service``
(sessions, registration, check-in, graduation), ``privacy`` (retention purge, access export).
The commands (`kiosk programmes`, `kiosk badges`, `kiosk privacy`) are kiosk/cli/programmes.py,
the educator screens kiosk/ui/programmes/ and the badge sheet kiosk/render/badges.py.
"""
