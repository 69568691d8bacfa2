"""The HTTP service: JSON API, errors, and the review page in a real browser."""

from __future__ import annotations

import re
import tempfile
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import ROOT, SAMPLES
from extractor.service.app import app

SAMPLE = SAMPLES / "qinglan-2023-word.html"
CHROMIUM = "/usr/bin/chromium"
SCREENSHOT = Path(tempfile.gettempdir()) / "nianbao-review.png"  # for a human look after the run
client = TestClient(app)


def _broken_sample() -> bytes:
    """The sample with 表四 行政复议 总计 printed as 9 instead of 3 (t4.R5 broken)."""
    html = SAMPLE.read_bytes().decode("gbk")
    cells = list(re.finditer(r">3<o:p>", html))
    # After 表四's header, the figures row starts 2 1 0 0 3: the first "3" is 行政复议 总计.
    t4 = html.index("复议后起诉")
    target = next(m for m in cells if m.start() > t4)
    return (html[: target.start()] + ">9<o:p>" + html[target.end():]).encode("gbk")


def test_api_extract_returns_the_report_contract():
    res = client.post("/api/extract", files={"file": ("qinglan.html", SAMPLE.read_bytes(), "text/html")})
    assert res.status_code == 200
    body = res.json()
    assert body["source"]["path"] == "qinglan.html" and body["schema_version"] == "1"
    assert {f["metric"]: f["value"] for f in body["facts"]}["t3.new_received.total"] == 48


def test_api_bad_file_is_a_422_with_the_reason():
    res = client.post("/api/extract", files={"file": ("empty.pdf", b"", "application/pdf")})
    assert res.status_code == 422
    assert res.json() == {"error": "unreadable_file", "file": "empty.pdf", "reason": "the file is empty"}


def test_schema_and_index():
    assert "facts" in client.get("/api/schema").json()["properties"]
    assert 'name="file"' in client.get("/").text


def test_review_page_lists_findings_and_marks_their_cells():
    res = client.post("/review", files={"file": ("broken.html", _broken_sample(), "text/html")})
    assert res.status_code == 200
    assert "t4.R5" in res.text
    n = {sev: len(re.findall(rf'class="finding {sev}', res.text)) for sev in ("error", "warning", "info")}
    assert f"核查结果：{n['error']} 个错误，{n['warning']} 个警告，{n['info']} 条说明" in res.text
    assert n["error"] >= 1
    assert re.search(r'class="value involved" data-metric="t4.reconsideration.total"', res.text)
    assert 'data-mention="' in res.text  # the narrative's counts are marked


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "extractor.service.app:app", "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def test_review_in_a_browser_lights_up_the_cells_of_a_finding(server, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is required (Debian package chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    upload = tmp_path / "broken.html"
    upload.write_bytes(_broken_sample())
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.goto(server + "/")
        page.set_input_files("#file", str(upload))
        page.click("#submit")
        page.wait_for_selector("#findings")
        assert page.inner_text("#organ") == "青岚县人民政府办公室"
        finding = page.locator(".finding.error", has_text="行政复议").first
        finding.click()
        lit = page.locator("td.lit").evaluate_all("els => els.map(e => e.dataset.metric)")
        assert "t4.reconsideration.total" in lit and "t4.reconsideration.upheld" in lit
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        browser.close()
