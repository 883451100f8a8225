"""The public programme pages in a real browser: Debian's headless Chromium, driven through
its chromedriver by selenium, loads the pages the folder publisher wrote from a real
database (file://), axe-core (npm, tests/js) checks each for accessibility, and the pages
are photographed at a phone's and a desktop's width.

Chromium and chromedriver come from `make test` (scripts/system-packages), axe-core from
`make pytest` (npm ci in tests/js): a missing one fails the test, never skips it."""

from __future__ import annotations

import base64
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from ryhmat.domain.feeds import FeedDocument
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import PageGroup, PageSession, PublicProgramme
from ryhmat.export.programme_page import STYLE_SHEET, STYLE_SHEET_NAME, render_group
from ryhmat.export.publishing import publish_feed
from ryhmat.storage.database import open_database
from tests.integration.export.programme_world import NOW, build_programme_world

AXE = Path(__file__).parents[2] / "js" / "node_modules" / "axe-core" / "axe.min.js"
PHONE, DESKTOP = 375, 1280
# A screenshot shows at most this much of a long page, from its top.
SHOT_HEIGHT = 2400
# What a parent must never meet: violations that keep a person from using the page.
BLOCKING = {"serious", "critical"}
PAGES = [
    "index.html",
    "index.sv.html",
    "vauvaryhma-pikkuiset.html",
    "vauvaryhma-pikkuiset.sv.html",
    "script-alert-x-script-perhe-b.html",
]


def _program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is needed: `make test` installs Debian's chromium and chromium-driver")
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = _program("chromium")
    for argument in (
        "--headless=new",
        "--no-sandbox",  # the suite may run as root in a container
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-extensions",
        "--lang=fi-FI",
        f"--window-size={DESKTOP},900",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(_program("chromedriver")))
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the real publisher wrote from a real (SQLite) database."""
    root = tmp_path_factory.mktemp("programme")
    folder = root / "julkaisu"
    folder.mkdir()
    database = open_database(f"sqlite:///{root / 'ryhmat.sqlite3'}")
    try:
        world = build_programme_world(database, folder)
        publish_feed(database.unit_of_work, world.feed.id, NOW)
    finally:
        database.dispose()
    return folder


def axe_violations(driver: webdriver.Chrome) -> list[dict[str, Any]]:
    """axe-core's violations on the page loaded: rule, impact, help and where."""
    if not AXE.is_file():
        pytest.fail("axe-core is needed: run `make pytest` (npm ci in tests/js)")
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] | dict[str, str] = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ["violations"]})
          .then(result => done(result.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(n => n.target.join(" "))}))))
          .catch(error => done({error: String(error)}));
        """
    )
    assert isinstance(found, list), found
    return found


def set_width(driver: webdriver.Chrome, width: int, height: int = 900) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


def screenshot(driver: webdriver.Chrome, width: int, path: Path) -> None:
    """The page from its top at ``width`` CSS pixels, as tall as it is (up to a limit)."""
    set_width(driver, width)
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    set_width(driver, width, min(height, SHOT_HEIGHT))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    path.write_bytes(base64.b64decode(shot["data"]))


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_axe_finds_nothing_serious_on_the_pages(
    browser: webdriver.Chrome, site: Path, page: str, width: int
) -> None:
    set_width(browser, width)
    browser.get((site / page).as_uri())
    assert browser.execute_script("return document.documentElement.lang") in {"fi", "sv"}

    violations = axe_violations(browser)

    assert [v for v in violations if v["impact"] in BLOCKING] == []
    # Nothing wider than a phone's screen: no sideways scrolling to read a session.
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width


def test_axe_does_find_a_page_that_shuts_people_out(
    browser: webdriver.Chrome, tmp_path: Path
) -> None:
    """The check is not empty: an image without a text and a nameless link are caught."""
    page = tmp_path / "huono.html"
    page.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="a.png">'
        '<a href="b.html"></a></main></body></html>',
        encoding="utf-8",
    )
    browser.get(page.as_uri())

    found = {v["id"] for v in axe_violations(browser) if v["impact"] in BLOCKING}

    assert {"image-alt", "link-name", "html-has-lang"} <= found


def test_the_pages_at_a_phones_and_a_desktops_width(
    browser: webdriver.Chrome, site: Path, tmp_path: Path
) -> None:
    """Screenshots for a person to look at; each page fits its width and reads top down:
    the group's name, whom it is for, the calendar link, then the sessions."""
    shots = tmp_path / "shots"
    shots.mkdir()
    for page in ("vauvaryhma-pikkuiset.html", "index.html"):
        browser.get((site / page).as_uri())
        for width, name in ((PHONE, "phone"), (DESKTOP, "desktop")):
            screenshot(browser, width, shots / f"{Path(page).stem}-{name}.png")
            top = browser.execute_script(
                """return ["h1", "p.add a", "h2, ol.sessions"].map(
                     s => document.querySelector(s).getBoundingClientRect().top)"""
            )
            assert top == sorted(top), (page, width, top)
    written = sorted(path.name for path in shots.iterdir())
    assert len(written) == 4
    assert all((shots / name).stat().st_size > 10_000 for name in written)


def test_a_long_web_address_or_word_does_not_widen_a_page_past_a_phones_screen(
    browser: webdriver.Chrome, tmp_path: Path
) -> None:
    """A description giving where to sign up, a theme or a name of one long word: the
    page still fits a phone, the text wrapping inside its card."""
    address = "https://www.jarvela.fi/perhepalvelut/perhetyo/ryhmat/vauvaryhma-ilmoittautuminen"
    day = NOW.astimezone(HELSINKI).date() + timedelta(days=7)
    session = PageSession(
        starts_at=datetime.combine(day, time(9, 30), HELSINKI),
        ends_at=datetime.combine(day, time(11, 0), HELSINKI),
        theme="Vauvahieronta" * 6,
        place="Perhekeskus Majakka",
        address="Keskuskatu 12",
        cancelled=False,
        cancel_reason="",
    )
    group = PageGroup(
        id=uuid.uuid4(),
        name="Vauvaryhmä" * 8,
        description=f"Ilmoittautuminen: {address}",
        age_min_months=0,
        age_max_months=12,
        organisers=("Järvelän neuvola",),
        sessions=(session,),
        feed=FeedDocument(name="Vauvaryhmä", refresh=timedelta(hours=1), events=[]),
    )
    programme = PublicProgramme(day, day + timedelta(days=183), (group,))
    (tmp_path / STYLE_SHEET_NAME).write_bytes(STYLE_SHEET)
    page = tmp_path / "vauvaryhma.html"
    page.write_bytes(render_group(programme, group, "vauvaryhma", "fi"))

    set_width(browser, PHONE)
    browser.get(page.as_uri())

    assert browser.execute_script("return document.documentElement.scrollWidth") <= PHONE
