"""Long documents become jobs: an upload that needs OCR is answered at once (202 and the
job's URL; the form: 303 to the job's page), the job reports its OCR pages as it goes and
ends with the report extraction gives for the file, or with one line saying why not; a
guessed id finds nothing, the jobs waiting are bounded, a text PDF is answered at once."""

from __future__ import annotations

import json
import re
import secrets
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import cv2
import pytest
from fastapi.testclient import TestClient

from bench.service_load import job_outcome, request, upload
from corpora.generator.scan import Treatment, degrade, image_pdf, render_pages
from extractor.service.app import create_app
from extractor.service.settings import Settings
from ocr.scanlib import text_image

SAMPLE_PDF = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "pdf" / "songlin-2022.pdf"
DETECTOR_SIDE = 740
TITLE = ["松林县人民政府2022年政府信息公开工作年度报告", "一、总体情况", "全年共收到政府信息公开申请64件。"]


def _scan(pages) -> bytes:
    """Page images scanned as offices publish them (the generator's scanner): an image-only PDF.
    Small pages keep the OCR short, each at least DETECTOR_SIDE pixels a side (the text
    detector scales a page's shorter side up to that: a thin strip costs as much as a page)."""
    plan = [Treatment(dpi=150, skew=0.3 * (-1) ** i, noise=5, quality=80, seed=i) for i in range(len(pages))]
    pages = [cv2.copyMakeBorder(img, 0, max(0, DETECTOR_SIDE - img.shape[0]), 0, max(0, DETECTOR_SIDE - img.shape[1]),
                                cv2.BORDER_CONSTANT, value=(255, 255, 255)) for img in pages]
    return image_pdf([degrade(img, t.skew, t.noise, t.seed) for img, t in zip(pages, plan)], plan)


@pytest.fixture(scope="module")
def title_scan() -> bytes:
    """One scanned page: a title and a sentence."""
    return _scan([text_image(TITLE)])


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    """Two scanned pages: the title page, then the sample's 表四 (from its page 4)."""
    table4 = render_pages(SAMPLE_PDF, 150)[3][850:1110]
    path = tmp_path_factory.mktemp("jobs") / "scan.pdf"
    path.write_bytes(_scan([text_image(TITLE), table4]))
    return path


@pytest.fixture(scope="module")
def broken_png() -> bytes:
    """A page image whose header reads but whose pixels are cut off: it fails only when decoded."""
    ok, png = cv2.imencode(".png", text_image(TITLE))
    return png.tobytes()[: len(png) // 2]


def _facts(report: dict) -> list:
    return [(f["metric"], f["status"], f["value"], f.get("raw")) for f in report["facts"]]


def _follow(server, status_url: str, within: float = 120) -> list[dict]:
    """Every status the job showed, polled until it ended."""
    seen, end = [], time.monotonic() + within
    while not seen or seen[-1]["status"] not in ("done", "failed"):
        assert time.monotonic() < end, seen[-1:]
        status, _, body = request(server, "GET", status_url)
        assert status == 200, body
        seen.append(json.loads(body))
        time.sleep(0.05)
    return seen


def _submit(server, name: str, data: bytes) -> dict:
    status, headers, body = upload(server, "/api/extract", name, data)
    assert status == 202, body
    answer = json.loads(body)
    assert answer == {"job": answer["job"], "status_url": f"/api/jobs/{answer['job']}"}
    assert headers["location"] == answer["status_url"]
    return answer


def test_a_scan_becomes_a_job_that_ends_with_the_report_extraction_gives(server, scan):
    from extractor import extract

    with ThreadPoolExecutor(1) as meanwhile:  # what the synchronous path gives, read here at the same time
        in_process = meanwhile.submit(lambda: json.loads(extract(scan).model_dump_json()))
        answer = _submit(server, "扫描件.pdf", scan.read_bytes())
        seen = _follow(server, answer["status_url"])
        expected = in_process.result()
    assert seen[0]["status"] in ("queued", "running") and seen[0]["pages_done"] == 0  # answered before the OCR
    # The two scanned pages are counted before extraction, and the OCR counts them off.
    assert {s["pages_total"] for s in seen} == {2}
    progress = [(s["status"], s["pages_done"]) for s in seen]
    stages = [("queued", "running", "done").index(stage) for stage, _ in progress]
    assert stages == sorted(stages) and [done for _, done in progress] == sorted(done for _, done in progress)
    assert ("running", 1) in progress  # page 1 read, page 2 (the table) being read
    final = seen[-1]
    assert final["status"] == "done" and final["pages_done"] == 2 and final["error"] is None
    assert final["file"] == "扫描件.pdf" and final["elapsed"] >= seen[0]["elapsed"]
    assert final["report_url"] == answer["status_url"] + "/report"
    status, _, body = request(server, "GET", final["report_url"])
    assert status == 200
    report = json.loads(body)
    assert report["source"]["path"] == "扫描件.pdf" and report["source"]["format"] == "pdf-scanned"
    assert _facts(report) == _facts(expected)
    assert {f["metric"]: f["value"] for f in report["facts"]}["t4.reconsideration.total"] == 5  # 表四 was read
    assert [f["fingerprint"] for f in report["findings"]] == [f["fingerprint"] for f in expected["findings"]]


def test_a_job_that_fails_ends_with_one_line_saying_why(server, broken_png):
    answer = _submit(server, "broken.png", broken_png)
    final = _follow(server, answer["status_url"])[-1]
    assert final["status"] == "failed" and final["report_url"] is None
    assert final["error"] == {"code": "unreadable_file",
                              "reason": "page 1 of the image cannot be decoded (a damaged PNG/JPEG/TIFF)"}
    # Its report's URL answers as the upload would have been answered at once.
    status, _, body = request(server, "GET", answer["status_url"] + "/report")
    assert status == 422
    assert json.loads(body) == {"error": "unreadable_file", "file": "broken.png", "reason": final["error"]["reason"]}


def test_a_guessed_or_unknown_job_is_not_found(server):
    for job in (secrets.token_urlsafe(16), "A" * 22, "<img src=x onerror=alert(1)>", "deadbeef"):
        for url in (f"/api/jobs/{quote(job)}", f"/api/jobs/{quote(job)}/report", f"/jobs/{quote(job)}"):
            status, _, body = request(server, "GET", url)
            assert status == 404, url
            refusal = json.loads(body)
            assert refusal["error"] == "no_such_job" and "\n" not in refusal["reason"]
            assert job not in refusal["reason"]  # what the client sent is not echoed


def test_jobs_beyond_the_bound_are_refused_and_the_rest_go_on(server, title_scan, broken_png):
    options = {k: v for k, v in server.options.items() if k in Settings.__dataclass_fields__}
    bound = Settings.from_env(**options).max_jobs
    first = _submit(server, "first.pdf", title_scan)  # a second of OCR: the others wait behind it
    # Page images: jobs at once (a PDF is one once its worker has found its scanned pages).
    rest = [_submit(server, f"next{i}.png", broken_png) for i in range(bound - 1)]
    status, headers, body = upload(server, "/api/extract", "one-too-many.png", broken_png)
    assert status == 503 and headers["retry-after"] == "5"
    refusal = json.loads(body)
    assert refusal["error"] == "busy" and "NIANBAO_MAX_JOBS" in refusal["reason"] and f"{bound}" in refusal["reason"]
    # The jobs accepted all end, each as it should.
    assert _follow(server, first["status_url"])[-1]["status"] == "done"
    assert {_follow(server, job["status_url"])[-1]["status"] for job in rest} == {"failed"}
    status, _, body = job_outcome(server, first["status_url"])
    assert status == 200 and json.loads(body)["meta"]["title"] == TITLE[0]
    status, _, body = upload(server, "/api/extract", "again.png", broken_png)
    assert status == 202  # room again
    assert _follow(server, json.loads(body)["status_url"])[-1]["status"] == "failed"


def test_a_text_pdf_is_still_answered_at_once(server):
    status, _, body = upload(server, "/api/extract", "songlin.pdf", SAMPLE_PDF.read_bytes())
    assert status == 200
    assert {f["metric"]: f["value"] for f in json.loads(body)["facts"]}["t4.reconsideration.total"] == 5
    status, _, body = upload(server, "/review", "songlin.pdf", SAMPLE_PDF.read_bytes())
    assert status == 200 and b'id="findings"' in body


def test_in_a_browser_the_job_page_shows_the_progress_then_the_review(server, browser, title_scan):
    page = browser.new_page()
    page.goto(server.url + "/")
    page.set_input_files("#file", files=[{"name": "扫描件.pdf", "mimeType": "application/pdf", "buffer": title_scan}])
    page.click("#submit")
    page.wait_for_url(re.compile(r"/jobs/[A-Za-z0-9_-]{22}$"))
    assert page.inner_text("#job-total") == "1"  # the form's answer was the job's page, at once
    assert page.inner_text("#job-state") in ("排队中", "正在识别")
    assert page.evaluate("() => [...document.scripts].map(s => s.getAttribute('src'))") == ["/static/jobs.js"]
    page.wait_for_selector("#findings", timeout=60_000)  # the page followed the job to its end
    assert page.inner_text("#title") == TITLE[0] and page.inner_text("#source") == "扫描件.pdf (pdf-scanned)"
    page.close()


def test_a_job_keeps_no_file_and_its_result_for_a_bounded_time(broken_png, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the service's files, where they can be seen
    with TestClient(create_app(Settings(workers=1, job_ttl=2, kept_jobs=2))) as client:
        ids = []
        for i in range(3):
            answer = client.post("/api/extract", files={"file": (f"broken{i}.png", broken_png)})
            assert answer.status_code == 202
            ids.append(answer.json()["job"])
            while (status := client.get(f"/api/jobs/{ids[-1]}").json())["status"] not in ("done", "failed"):
                time.sleep(0.05)
            assert status["status"] == "failed" and list(tmp_path.iterdir()) == []  # its upload's file is gone
        assert client.get(f"/api/jobs/{ids[0]}").status_code == 404  # two jobs are kept: the oldest went
        assert client.get(f"/api/jobs/{ids[2]}").json()["error"]["code"] == "unreadable_file"
        time.sleep(2.2)
        assert client.get(f"/api/jobs/{ids[2]}").status_code == 404  # kept two seconds after it ended
