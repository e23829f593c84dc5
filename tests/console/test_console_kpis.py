"""The centre's KPIs in the console and the exports downloaded from it: the engine's figures over
the whole centre, suppression as in the exports, and nothing personal anywhere."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import zipfile
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from kiosk.console.texts import TEXTS
from tests.hub.conftest import hub_rows

#: Three girls and six boys aged 9-12: the girls' cell (3 < min_cell 5) must never show.
GROUP = [("9-12", "female", "pupil")] * 3 + [("9-12", "male", "pupil")] * 6


@pytest.fixture
def centre(hub_dsn, make_station):
    rng = random.Random(8)
    first, second = make_station("kiosk-1"), make_station("kiosk-2")
    first.play(6, rng)
    second.play(4, rng)
    codes = first.session("ROBO-START", newcomers=GROUP)
    second.session("ROBO-START", returning=codes[:4])  # the same people at a second station: counted once
    first.sync(hub_dsn)
    second.sync(hub_dsn)
    return codes


def _chart_data(html: str) -> dict:
    return json.loads(html.split('<script type="application/json" id="chart-data">')[1].split("</script>")[0])


def test_the_kpi_page_counts_the_centre_with_each_person_once_and_hides_small_cells(centre, staff_client):
    page = staff_client.get("/lang/en?next=/kpis%3Fperiod%3Dmonth%26month%3D2026-09").text
    assert "September 2026" in page or "2026-09-01" in page
    row = page.split("Pupils and students in programmes")[1].split("</tr>")[0]
    assert '<td class="num">9 <span' in row  # nine people, though thirteen check-ins at two stations
    people = _chart_data(page)["people"]
    female = next(s for s in people["series"] if s["label"].lower().startswith("f"))
    assert female["values"][people["labels"].index("9-12")] is None  # hidden, not 3
    assert "hidden" in page.split("gender × age band")[1]
    assert sum(_chart_data(page)["visits"]["values"]) == 10


def test_nothing_personal_reaches_a_page_or_an_export(centre, staff_client):
    pages = [staff_client.get(path).text for path in ("/kpis?period=year&year=2026", "/floor", "/station/kiosk-1")]
    csv_zip = staff_client.get("/export/csv?period=year&year=2026")
    xlsx = staff_client.get("/export/xlsx?period=year&year=2026")
    files = zipfile.ZipFile(io.BytesIO(csv_zip.content))
    texts = pages + [files.read(name).decode("utf-8-sig") for name in files.namelist()]
    book = openpyxl.load_workbook(io.BytesIO(xlsx.content), read_only=True)
    texts += [" ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row) for sheet in book]
    for code in centre:
        assert not any(code in text for text in texts), "a participant code reached the console"


def test_exports_download_as_csv_xlsx_and_pdf_and_are_audited(centre, staff_client, hub_dsn):
    csv_zip = staff_client.get("/export/csv?period=month&month=2026-09")
    assert csv_zip.status_code == 200 and csv_zip.headers["content-type"] == "application/zip"
    assert 'filename="vizium_all_2026-09-01_2026-09-30.zip"' in csv_zip.headers["content-disposition"]
    names = zipfile.ZipFile(io.BytesIO(csv_zip.content)).namelist()
    assert "vizium_all_2026-09-01_2026-09-30/kpis.csv" in names
    assert "vizium_all_2026-09-01_2026-09-30/breakdowns.csv" in names

    xlsx = staff_client.get("/export/xlsx?period=custom&from=2026-09-01&to=2026-09-30")
    book = openpyxl.load_workbook(io.BytesIO(xlsx.content), read_only=True)
    assert len(book.sheetnames) >= 3

    pdf = staff_client.get("/export/pdf?period=month&month=2026-09")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf"

    audited = hub_rows(hub_dsn, "SELECT username, detail->>'format' FROM console_audit WHERE action = 'export'"
                                " ORDER BY id")
    assert audited == [("anna", "csv"), ("anna", "xlsx"), ("anna", "pdf")]


@pytest.mark.parametrize("query", ["period=month&month=2026-13", "period=custom&from=2026-09-30&to=2026-09-01",
                                   "period=year&year=twenty", "period=custom&from=yesterday&to=2026-09-01"])
def test_a_period_that_makes_no_sense_is_explained(staff_client, query):
    response = staff_client.get(f"/kpis?{query}")
    assert response.status_code == 400
    assert "Periods nav derīgs" in response.text
    assert staff_client.get(f"/export/csv?{query}").status_code == 400


def test_an_unknown_export_format_is_not_found(staff_client):
    assert staff_client.get("/export/docx").status_code == 404


def test_every_text_is_in_latvian_english_and_russian():
    for key, table in TEXTS.items():
        assert set(table) == {"lv", "en", "ru"}, key
        assert all(value.strip() for value in table.values()), key
        if table["en"] not in ("demo", "%") and len(table["en"]) > 3:
            assert table["lv"] != table["en"] or key.startswith("hint_camera") or "lv, en" in table["en"], key


def test_a_demo_centre_shows_its_figures_and_says_they_are_a_demos(hub_dsn, make_station, staff_client):
    from kiosk.journal import mark_demo_database

    demo = make_station("kiosk-demo")
    demo.play(5, random.Random(4))
    assert demo.store.call(mark_demo_database).wait(10)
    demo.sync(hub_dsn)
    page = staff_client.get("/lang/en?next=/kpis%3Fperiod%3Dmonth%26month%3D2026-09").text
    assert "Demo figures" in page
    assert sum(_chart_data(page)["visits"]["values"]) == 5


def test_the_visits_chart_draws_only_days_there_can_be_records_for(centre, staff_client, clock):
    """Not the months before the centre's first record, nor the days still to come, as days nobody came
    (to come by the console's clock, in the centre's time zone: not the machine's date, which is
    another day around midnight in Riga)."""
    chart = _chart_data(staff_client.get("/kpis?period=year&year=2026").text)["visits"]
    days = [dt.date.fromisoformat(label) for label in chart["labels"]]
    assert days, "a centre with visits draws them"
    assert days[-1] == clock().astimezone(ZoneInfo("Europe/Riga")).date(), "the chart draws days still to come"
    assert days[0] > dt.date(2026, 1, 1) and chart["values"][0] > 0, "the chart starts before the first record"
    assert sum(chart["values"]) == 10
