"""One `nianbao serve` for the service tests, with limits small enough to test in seconds,
and Chromium driven by Playwright (Debian's /usr/bin/chromium; a missing browser fails)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.service_load import running_server

CHROMIUM = "/usr/bin/chromium"
# The service's limits (extractor/service/settings.py) and a document's time limit
# (extractor/limits.py), small: the tests wait for them.
SECONDS = 4
LIMITS = {"header_timeout": 2, "body_timeout": 2, "max_upload_mb": 4, "workers": 1, "max_queue": 8,
          "limit": [f"seconds={SECONDS}"]}


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with running_server(log=log, **LIMITS) as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is required (Debian package chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()
