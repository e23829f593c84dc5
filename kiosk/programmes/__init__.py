"""Programmes and participation (DESIGN.md sections 5 and 6), Qt-free.

``catalogue`` (the centre's STEM programmes as data), ``codes`` (pseudonymous participant codes
with a check character), ``participants`` (what may be recorded about a person), ``service``
(sessions, registration, check-in, graduation), ``privacy`` (retention purge, access export),
``commands`` (`kiosk programmes`, `kiosk badges`, `kiosk privacy`). The educator screens are in
kiosk/ui/programmes/ and the badge sheet in kiosk/ui/badges.py.
"""
