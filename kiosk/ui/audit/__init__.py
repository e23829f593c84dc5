"""The screen audit (`kiosk audit`, `make audit`): every screen a person can reach, in every
language, look and orientation, rendered offscreen and checked for texts that do not fit,
widgets that overlap or leave the window, untranslated texts, small touch targets and faint
text; the pictures and an index.html go to a folder for a person to look over.
"""

from kiosk.ui.audit.checks import Finding
from kiosk.ui.audit.runner import FULL_MATRIX, LANGUAGES, TEST_MATRIX, AuditResult, Mode, Shot, run_audit

__all__ = ["FULL_MATRIX", "LANGUAGES", "TEST_MATRIX", "AuditResult", "Finding", "Mode", "Shot", "run_audit"]
