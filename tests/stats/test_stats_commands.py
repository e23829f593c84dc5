"""`kiosk kpi`, `kiosk export` and `kiosk demo-data` from the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from stats_helpers import pdf_text, read_csv_folder

from kiosk import cli


def test_kpi_json_is_the_engine_report(station_db, capsys, recount, demo_conn):
    assert cli.main(["kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == {"from": "2026-10-01", "to": "2026-10-31", "kind": "month"}
    assert data["stations"] == ["kiosk-1", "kiosk-2", "kiosk-3"]
    figures = recount(demo_conn, dt.date(2026, 10, 1), dt.date(2026, 10, 31)).kpis()
    assert {k["key"]: k["value"] for k in data["kpis"]} == pytest.approx(figures)
    pupils = next(k for k in data["kpis"] if k["key"] == "pupils_students")
    assert pupils["target"] == 230 and pupils["target_for_period"] == 20
    hidden = [c for cells in pupils["breakdowns"].values() for c in cells if c["suppressed"]]
    assert hidden and all(c["value"] is None for c in hidden)


def test_kpi_table_for_one_station_in_latvian(station_db, capsys):
    assert cli.main(["kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--station", "kiosk-2",
                     "--lang", "lv"]) == 0
    out = capsys.readouterr().out
    assert "Stacija: kiosk-2" in out and "Apmeklētāji" in out and "Privātums" in out


@pytest.mark.parametrize(
    ("argv", "message", "code"),
    [
        (["kpi", "--from", "2026-13-01", "--to", "2026-12-31"], "--from must be a date like 2026-03-29", 2),
        (["kpi", "--from", "2026-02-01", "--to", "2026-01-01"], "ends (2026-01-01) before it starts", 2),
        (["kpi", "--from", "2026-01-01", "--to", "2026-01-31", "--station", "kiosk-9"],
         "--station 'kiosk-9' has no data in this database; stations: kiosk-1, kiosk-2, kiosk-3", 2),
        (["export", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "csv", "--out", "x.csv"],
         "a CSV export is a folder", 2),
    ],
)
def test_bad_input_gives_a_message_and_an_exit_code(station_db, capsys, argv, message, code):
    assert cli.main(argv) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_no_database_yet(capsys):
    assert cli.main(["kpi", "--from", "2026-01-01", "--to", "2026-01-31"]) == 1
    assert "kiosk demo-data" in capsys.readouterr().err


def test_a_bad_targets_file_is_reported_by_name(station_db, tmp_path, capsys):
    targets = tmp_path / "targets.toml"
    targets.write_text("[teachers]\nvalue = 'many'\n", encoding="utf-8")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[stats]\ntargets_file = "{targets}"\n[storage]\npath = "{station_db.parent}"\n',
                      encoding="utf-8")
    assert cli.main(["--config", str(config), "kpi", "--from", "2026-01-01", "--to", "2026-01-31"]) == 2
    err = capsys.readouterr().err
    assert f"Targets error: {targets}: [teachers]: key 'value' must be a number above 0" in err


def test_export_csv_xlsx_and_pdf(qapp, station_db, tmp_path, capsys):
    base = ["export", "--from", "2026-10-12", "--to", "2026-10-18", "--lang", "en"]
    assert cli.main([*base, "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    tables = read_csv_folder(tmp_path / "csv")
    assert tables["kpis"][0][0] == "KPI code" and len(tables["exhibit_runs"]) > 100
    assert cli.main([*base, "--format", "xlsx", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "vizium_all_2026-10-12_2026-10-18.xlsx").is_file()
    assert cli.main([*base, "--format", "pdf", "--station", "kiosk-1", "--out", str(tmp_path / "r.pdf")]) == 0
    assert "Station: kiosk-1" in pdf_text(tmp_path / "r.pdf").text
    out = capsys.readouterr().out
    assert out.count("Exported") == 3
    assert cli.main([*base, "--format", "xlsx", "--out", str(tmp_path / "no" / "r.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_demo_data_fills_a_fresh_database_and_refuses_one_with_visits(tmp_path, capsys):
    db = tmp_path / "fresh.db"
    argv = ["demo-data", "--days", "30", "--stations", "2", "--seed", "3", "--end", "2026-10-31", "--db", str(db)]
    assert cli.main(argv) == 0
    assert "Wrote" in capsys.readouterr().out
    import sqlite3

    conn = sqlite3.connect(db)
    stations = [r[0] for r in conn.execute("SELECT DISTINCT station_id FROM visits ORDER BY 1")]
    span = conn.execute("SELECT MIN(local_day), MAX(local_day) FROM visits").fetchone()
    conn.close()
    assert stations == ["kiosk-1", "kiosk-2"]
    assert span[0] >= "2026-10-02" and span[1] <= "2026-10-31"
    assert cli.main(argv) == 1
    assert "already has" in capsys.readouterr().err
    assert cli.main(["demo-data", "--days", "0"]) == 2
    assert cli.main(["demo-data", "--days", "3", "--end", "yesterday"]) == 2
