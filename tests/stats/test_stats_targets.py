"""KPI targets: the built-in seeds, a staff file from [stats] targets_file, and clear errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kiosk.config import settings_from_mapping
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from kiosk.stats.targets import BUILT_IN, TargetsError, load_targets, targets_path


def test_built_in_targets_are_the_seed_targets():
    targets = load_targets()
    assert targets.source == BUILT_IN
    seeds = {"pupils_students": 230, "teachers": 57, "graduates": 700, "programmes_offered": 20,
             "after_school_days": 2, "digital_children": 500, "digital_adults": 1500, "digital_teachers": 100,
             "girls_share": 50}  # the third city KPI: as many girls as boys in STEM
    assert {t.kpi: t.value for t in targets} == seeds
    assert targets.get("pupils_students").due == dt.date(2023, 12, 31)
    assert targets.get("graduates").years == 5
    assert targets.get("programmes_offered").years is None
    assert targets.get("visitors") is None


def test_a_staff_targets_file_overrides_the_built_in_one(tmp_path, store):
    path = tmp_path / "targets.toml"
    path.write_text('[pupils_students]\nvalue = 300\nyears = 1\n\n[visitors]\nvalue = 20000\nyears = 1\n',
                    encoding="utf-8")
    settings = settings_from_mapping({"stats": {"targets_file": str(path), "min_cell": 3}})
    assert targets_path(settings.stats.targets_file) == path
    engine = StatsEngine.for_settings(store.reader(), settings)
    assert engine.min_cell == 3
    report = engine.report(Period.year(2026))
    assert report.kpi("pupils_students").period_target == 300
    assert report.kpi("visitors").period_target == 20000
    assert report.kpi("teachers").target is None  # not in the staff file: no target


def write(tmp_path, body: str):
    path = tmp_path / "mine.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("[pupils_students\nvalue = 1", "not valid TOML"),
        ("[pupil_students]\nvalue = 230", "unknown KPI [pupil_students]; did you mean [pupils_students]?"),
        ("[bananas]\nvalue = 1", "unknown KPI [bananas]; known KPIs: visitors"),
        ("pupils_students = 230", "[pupils_students] must be a table"),
        ("[teachers]\nvalu = 57", "[teachers]: unknown key 'valu'; did you mean 'value'?"),
        ("[teachers]\nyears = 1", "[teachers]: key 'value' is missing"),
        ("[teachers]\nvalue = -5", "[teachers]: key 'value' must be a number above 0, found -5"),
        ("[teachers]\nvalue = \"57\"", "[teachers]: key 'value' must be a number above 0, found '57'"),
        ("[teachers]\nvalue = true", "key 'value' must be a number above 0, found True"),
        ("[teachers]\nvalue = inf", "key 'value' must be a number above 0, found inf"),
        ("[teachers]\nvalue = 57\nyears = 0", "[teachers]: key 'years' must be a number above 0, found 0"),
        ("[teachers]\nvalue = 57\ndue = \"2023-12-31\"", "key 'due' must be a date like 2023-12-31 (no quotes)"),
        ("[teachers]\nvalue = 57\nnote = 5", "[teachers]: key 'note' must be text in quotes, found 5"),
    ],
)
def test_malformed_targets_name_the_file_the_kpi_and_the_key(tmp_path, body, expected):
    path = write(tmp_path, body)
    with pytest.raises(TargetsError) as caught:
        load_targets(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert expected in message


def test_a_missing_targets_file_says_which_setting_to_check(tmp_path):
    with pytest.raises(TargetsError, match=r"missing\.toml: KPI targets file not found; check \[stats\] targets_file"):
        load_targets(tmp_path / "missing.toml")


def test_a_targets_file_that_is_not_text(tmp_path):
    path = tmp_path / "binary.toml"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(TargetsError, match="cannot read the KPI targets file"):
        load_targets(path)


def test_pro_rating_follows_the_period_length():
    target = replace(load_targets().get("graduates"))
    assert target.for_period(Period.year(2026)) == 140
    assert target.for_period(Period.custom(dt.date(2022, 1, 1), dt.date(2026, 12, 31))) == 700
    assert load_targets().get("after_school_days").for_period(Period.day(dt.date(2026, 1, 6))) == 2
