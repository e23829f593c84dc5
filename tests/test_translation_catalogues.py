"""Finding the translation catalogues at start does not walk the source folders (about 0.1 s a
start); their sources are found when catalogues are updated."""

from __future__ import annotations

from pathlib import Path

from kiosk import i18n


def test_catalogues_are_listed_without_walking_the_sources(monkeypatch):
    def no_walk(self, pattern):
        raise AssertionError(f"walked {self} at start")

    monkeypatch.setattr(Path, "rglob", no_walk)
    found = i18n.catalogues()
    assert found[0].name == "vizium" and {"pendulum", "food_web"} <= {c.name for c in found}
    assert all(c.qm_file("lv").name.endswith("_lv.qm") for c in found)


def test_a_catalogues_sources_are_still_found_when_asked():
    shell, *exhibits = i18n.catalogues()
    assert any(p.name == "window.py" and "ui" in p.parts for p in shell.sources)
    assert not any(p.name == "journal.py" for p in shell.sources)  # the core has no visible text
    pendulum = next(c for c in exhibits if c.name == "pendulum")
    assert any(p.name == "energy_plot.py" for p in pendulum.sources)
