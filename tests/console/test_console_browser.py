"""The console in a real browser: `kiosk hub serve` on 127.0.0.1 (a random port) and Debian's
Chromium, headless, driven by Selenium through chromium-driver.

A staff member logs in, sees the floor, opens a station, changes its opening hours and downloads
an export; every page is photographed in Latvian, English and Russian. The screenshots go to
$VIZIUM_CONSOLE_SCREENSHOTS when set (to look at them), else to the test's temporary folder.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.console.conftest import PASSWORD, beat
from tests.hub.conftest import hub_rows
from tests.sync.conftest import FakeClock

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1440,1000", "--lang=lv")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                       reason="Debian's chromium and chromium-driver are not installed "
                              "(`make test` installs them as root: apt-get install chromium chromium-driver)"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def centre(hub_dsn, make_station):
    """Three stations with a day of visitors and a programme session, their beats, one account."""
    rng = random.Random(11)
    for number, visits in ((1, 12), (2, 7), (3, 4)):
        # Today's visitors, for a floor that looks like a working day (they end well before now).
        station = make_station(f"kiosk-{number}", clock=FakeClock(dt.datetime.now(dt.UTC) - dt.timedelta(hours=4)))
        station.play(visits, rng)
        if number == 1:
            station.session("ROBO-START", newcomers=[("9-12", g, "pupil") for g in ("female", "male") * 4])
        station.sync(hub_dsn)
    now = dt.datetime.now(dt.UTC)
    beat(hub_dsn, "kiosk-1", now - dt.timedelta(seconds=20))
    beat(hub_dsn, "kiosk-2", now - dt.timedelta(seconds=40), exhibit_faults=[{"exhibit": "waves", "kind": "crash"}])
    beat(hub_dsn, "kiosk-3", now - dt.timedelta(hours=3), waiting_hub=4)
    beat(hub_dsn, "kiosk-old", now - dt.timedelta(days=60), waiting_hub=2)  # taken away for good
    added = subprocess.run(
        [sys.executable, "-m", "kiosk", "hub", "user", "add", "anna", "--role", "staff", "--dsn", hub_dsn],
        input=PASSWORD + "\n", text=True, capture_output=True, timeout=120, check=False,
    )
    assert added.returncode == 0, added.stderr
    assert "created" in added.stdout
    return hub_dsn


@pytest.fixture
def console_url(centre, tmp_path):
    port = _free_port()
    env = {**os.environ, "VIZIUM_CONFIG": str(tmp_path / "none.toml")}
    (tmp_path / "none.toml").write_text("", encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "hub", "serve", "--dsn", centre, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if server.poll() is not None:
                pytest.fail(f"kiosk hub serve stopped: {server.stdout.read() if server.stdout else ''}")
            time.sleep(0.2)
    yield url
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.set_page_load_timeout(120)
    driver.downloads = downloads  # type: ignore[attr-defined]
    yield driver
    driver.quit()


def _shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("VIZIUM_CONSOLE_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _photograph(browser, path: Path) -> None:
    """The whole page, not only what fits the window."""
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1440, max(1000, min(int(height) + 140, 6000)))
    browser.save_screenshot(str(path))
    browser.set_window_size(1440, 1000)


def _wait_for(condition, what: str, timeout_s: float = 60):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def test_a_staff_member_runs_the_centre_from_the_browser(console_url, browser, centre, tmp_path):
    from selenium.webdriver.common.by import By

    shots = _shots_folder(tmp_path)
    browser.get(console_url + "/")
    assert browser.current_url.endswith("/login")
    _photograph(browser, shots / "login-lv.png")
    browser.find_element(By.NAME, "username").send_keys("anna")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "button.primary").click()
    _wait_for(lambda: browser.current_url.endswith("/floor"), "the floor after logging in")

    lights = {row.find_element(By.CSS_SELECTOR, "td a").text: row.get_attribute("class")
              for row in browser.find_elements(By.CSS_SELECTOR, "table.floor tbody tr")}
    assert lights == {"kiosk-1": "st-online", "kiosk-2": "st-fault", "kiosk-3": "st-offline",
                      "kiosk-old": "st-offline"}

    # A station taken away for good is retired from its page: it asks, and names what would be lost.
    browser.find_element(By.LINK_TEXT, "kiosk-old").click()
    _wait_for(lambda: "/station/kiosk-old" in browser.current_url, "the old station's page")
    browser.find_element(By.CSS_SELECTOR, "p.retire a").click()
    force = _wait_for(lambda: browser.find_elements(By.NAME, "force"), "the retire form")[0]
    _photograph(browser, shots / "retire-unsent-lv.png")
    force.click()
    browser.find_element(By.CSS_SELECTOR, "button.danger").click()
    _wait_for(lambda: browser.current_url.endswith("/station/kiosk-old"), "the retired station's page")
    assert hub_rows(centre, "SELECT retired_by FROM stations WHERE station_id = 'kiosk-old'") == [("console: anna",)]
    browser.get(console_url + "/floor")
    assert "kiosk-old" not in browser.find_element(By.TAG_NAME, "body").text

    browser.find_element(By.LINK_TEXT, "kiosk-2").click()
    _wait_for(lambda: "/station/kiosk-2" in browser.current_url, "the station page")
    assert "waves crash" in browser.find_element(By.TAG_NAME, "body").text
    browser.find_element(By.CSS_SELECTOR, "a.button[href^='/settings']").click()
    hours = _wait_for(lambda: browser.find_elements(By.ID, "ui__open_hours"), "the settings form")[0]
    hours.clear()
    hours.send_keys("09:30-17:30")
    browser.find_element(By.CSS_SELECTOR, "form.settings-form button.primary").click()
    _wait_for(lambda: "saved=" in browser.current_url, "the saved notice")
    assert hub_rows(centre, "SELECT station_id, settings->'ui'->>'open_hours', created_by, problem"
                            " FROM station_settings") == [("kiosk-2", "09:30-17:30", "anna", None)]

    browser.get(console_url + "/kpis")
    _wait_for(lambda: browser.find_elements(By.ID, "chart-visits"), "the KPI page")
    _wait_for(lambda: browser.execute_script(
        "return !!(window.Chart && Chart.getChart('chart-visits') && Chart.getChart('chart-people'))"),
        "the charts")
    browser.find_element(By.CSS_SELECTOR, "a.button[href^='/export/xlsx']").click()
    downloaded = _wait_for(lambda: [p for p in browser.downloads.glob("*.xlsx")], "the XLSX download")
    assert downloaded[0].read_bytes()[:2] == b"PK"

    pages = {"floor": "/floor", "station": "/station/kiosk-2", "settings": "/settings?station=kiosk-2",
             "kpis": "/kpis", "retire": "/retire?station=kiosk-3"}
    for lang in ("lv", "en", "ru"):
        browser.get(f"{console_url}/lang/{lang}?next=/floor")
        for name, path in pages.items():
            browser.get(console_url + path)
            assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
            if name == "kpis":
                _wait_for(lambda: browser.execute_script("return !!(window.Chart && Chart.getChart('chart-visits'))"),
                          "the charts")
            _photograph(browser, shots / f"{name}-{lang}.png")
    logs = [entry for entry in browser.get_log("browser") if entry.get("level") == "SEVERE"]
    assert logs == [], logs  # no script errors, nothing refused by the page's security policy
    assert len(list(shots.glob("*.png"))) == 17
