"""The HTTP service in process: JSON API, errors, and the review page's markup.
(In a browser and against hostile clients: tests/service/.)"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from extractor.service.app import create_app
from extractor.service.settings import Settings
from service.reports import SAMPLE, broken_sample


@pytest.fixture(scope="module")
def client():
    # The lifespan runs: the app's extraction worker starts, and stops at the end.
    with TestClient(create_app(Settings.from_env(workers=1))) as c:
        yield c


def test_api_extract_returns_the_report_contract(client):
    res = client.post("/api/extract", files={"file": ("qinglan.html", SAMPLE.read_bytes(), "text/html")})
    assert res.status_code == 200
    body = res.json()
    assert body["source"]["path"] == "qinglan.html" and body["schema_version"] == "1"
    assert {f["metric"]: f["value"] for f in body["facts"]}["t3.new_received.total"] == 48


def test_api_bad_file_is_a_422_with_the_reason(client):
    res = client.post("/api/extract", files={"file": ("empty.pdf", b"", "application/pdf")})
    assert res.status_code == 422
    assert res.json() == {"error": "unreadable_file", "file": "empty.pdf", "reason": "the file is empty"}


def test_schema_and_index(client):
    assert "facts" in client.get("/api/schema").json()["properties"]
    assert 'name="file"' in client.get("/").text


def test_review_page_lists_findings_and_marks_their_cells(client):
    res = client.post("/review", files={"file": ("broken.html", broken_sample(), "text/html")})
    assert res.status_code == 200
    assert "t4.R5" in res.text
    n = {sev: len(re.findall(rf'class="finding {sev}', res.text)) for sev in ("error", "warning", "info")}
    assert f"核查结果：{n['error']} 个错误，{n['warning']} 个警告，{n['info']} 条说明" in res.text
    assert n["error"] >= 1
    assert re.search(r'class="value involved" data-metric="t4.reconsideration.total"', res.text)
    assert 'data-mention="' in res.text  # the narrative's counts are marked
