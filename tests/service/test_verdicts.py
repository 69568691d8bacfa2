"""Verdicts on a store's findings (`nianbao serve --db`): given on a stored report's review
page or through the API, kept across re-extraction, counted in the corpus view, carried by
the exports; hostile notes and names shown as text; a store a batch holds answers 503."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import lxml.html
import openpyxl
import pytest
from fastapi.testclient import TestClient

from extractor.corpus import export_store
from extractor.corpus.run import run as batch_run
from extractor.corpus.store import CorpusStore, MAX_NOTE, attach_read_only, load_report, report_id
from extractor.service.app import create_app
from extractor.service.settings import Settings

from .reports import PAYLOADS, broken_sample

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
PAIR = ["putian-urban-management-2021.txt", "putian-urban-management-2022.txt"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    """A batch's store of three reports: an organ's two years (the later one with a
    cross-year warning) and the sample with 表四 broken (an error)."""
    base = tmp_path_factory.mktemp("verdicts")
    folder = base / "reports"
    folder.mkdir()
    for name in PAIR:
        shutil.copy(REAL / name, folder / name)
    (folder / "broken.html").write_bytes(broken_sample())
    db = base / "batch.duckdb"
    with CorpusStore(db) as s:
        batch_run([folder], s, workers=1)
    return folder, db


@pytest.fixture
def store(corpus, tmp_path) -> Path:
    """A copy of the corpus's store: each test gives verdicts of its own."""
    db = tmp_path / "c.duckdb"
    shutil.copy(corpus[1], db)
    return db


@pytest.fixture
def client(store):
    # Not entered: no lifespan, so no extraction worker is started (a store's pages need none).
    return TestClient(create_app(Settings(workers=1), store))


def _ids(corpus_folder: Path) -> dict[str, str]:
    """Report id by file name."""
    return {name: report_id(str((corpus_folder / name).resolve())) for name in (*PAIR, "broken.html")}


def _finding(client, rid: str, rule: str) -> dict:
    found = [f for f in client.get(f"/api/reports/{rid}").json()["findings"] if f["finding"]["rule"] == rule]
    assert len(found) == 1, rule
    return found[0]


def _give(client, rid: str, fingerprint: str, verdict: str, reviewer: str, note: str = ""):
    """A verdict given as a reviewer does: the report's page, its form, one click."""
    page = client.get(f"/corpus/reports/{rid}")
    assert page.status_code == 200
    token = re.search(r'name="token" value="([0-9a-f]+)"', page.text).group(1)
    return client.post(f"/corpus/reports/{rid}/verdicts", follow_redirects=False,
                       data={"token": token, "fingerprint": fingerprint, "verdict": verdict, "note": note,
                             "reviewer": reviewer})


def _row(client, rid: str) -> dict:
    return next(r for r in client.get("/api/corpus").json()["reports"] if r["id"] == rid)


def test_a_verdict_given_on_the_page_is_stored_shown_and_counted(client, corpus):
    ids = _ids(corpus[0])
    rid = ids["broken.html"]
    listing = client.get("/corpus").text
    assert f'href="/corpus/reports/{rid}"' in listing  # one click from the corpus view
    error = _finding(client, rid, "t4.R5")
    assert error["verdict"] is None and error["cells"][0].startswith("表四 行政复议")
    before = _row(client, rid)
    assert before["errors"] >= 1 and before["open"] == before["errors"] + before["warnings"]

    given = _give(client, rid, error["finding"]["fingerprint"], "dismissed", "王审核", "表格印刷错误，原件为 3")
    assert given.status_code == 303
    assert given.headers["location"] == f"/corpus/reports/{rid}#f-{error['finding']['fingerprint']}"
    page = client.get(given.headers["location"])  # the browser now remembers the reviewer
    tree = lxml.html.document_fromstring(page.text)
    shown = tree.get_element_by_id(f"f-{error['finding']['fingerprint']}")
    assert shown.find_class("v-dismissed")[0].text_content() == "已驳回"
    assert shown.find_class("who")[0].text_content() == "王审核"
    assert shown.find_class("note")[0].text_content() == "表格印刷错误，原件为 3"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", shown.find_class("when")[0].text_content())
    assert all(i.value == "王审核" for i in tree.xpath("//input[@name='reviewer']"))
    assert "表四 行政复议·总计" in shown.find_class("cells")[0].text_content()  # its cells by the form's labels

    # A dismissed finding leaves the open count, counted apart; errors and warnings as before.
    after = _row(client, rid)
    assert (after["errors"], after["warnings"]) == (before["errors"], before["warnings"])
    assert (after["dismissed"], after["confirmed"], after["open"]) == (1, 0, before["open"] - 1)
    row = lxml.html.document_fromstring(client.get("/corpus").text).xpath(f"//tr[@data-report='{rid}']")[0]
    assert row.find_class("dismissed")[0].text_content() == "1"
    assert tree.get_element_by_id("verdict-counts").text_content().startswith(
        f"审核（错误和警告）：已确认 0，已驳回 1，待审 {before['open'] - 1}")

    # History is kept; the latest verdict is the finding's. A note alone decides nothing.
    _give(client, rid, error["finding"]["fingerprint"], "confirmed", "李复核")
    assert (_row(client, rid)["confirmed"], _row(client, rid)["dismissed"]) == (1, 0)
    _give(client, rid, error["finding"]["fingerprint"], "noted", "李复核", "再看看")
    now = _finding(client, rid, "t4.R5")
    assert [v["verdict"] for v in now["history"]] == ["noted", "confirmed", "dismissed"]
    assert now["verdict"]["verdict"] == "noted" and _row(client, rid)["open"] == before["open"]


def test_verdicts_outlive_re_extraction(client, corpus, store):
    folder = corpus[0]
    ids = _ids(folder)
    later = ids[PAIR[1]]
    carry = _finding(client, later, "cross_year.in_force")  # written when the years are linked
    assert client.post("/api/verdicts", json={"report": later, "fingerprint": carry["finding"]["fingerprint"],
                                              "verdict": "dismissed", "reviewer": "甲"}).status_code == 201
    broken = ids["broken.html"]
    error = _finding(client, broken, "t4.R5")
    assert _give(client, broken, error["finding"]["fingerprint"], "confirmed", "乙").status_code == 303
    counts = {rid: _row(client, rid) for rid in (later, broken)}

    # The batch again, every report extracted anew: its rows replaced, the verdicts kept.
    with CorpusStore(store) as s:
        summary = batch_run([folder], s, workers=1, force=True)
    assert summary.extracted == 3
    assert _finding(client, later, "cross_year.in_force")["verdict"]["reviewer"] == "甲"
    assert _finding(client, broken, "t4.R5")["verdict"]["verdict"] == "confirmed"
    assert {rid: _row(client, rid) for rid in (later, broken)} == counts

    # The report stored again without that finding: its verdict stays in the table, counted nowhere.
    path = str((folder / "broken.html").resolve())
    db = attach_read_only(store)
    text, report = load_report(db, path)
    db.close()
    report.findings = [f for f in report.findings if f.fingerprint != error["finding"]["fingerprint"]]
    with CorpusStore(store) as s:
        s.add_report(report, key=path, text=text)
    assert _row(client, broken)["confirmed"] == 0
    review = client.get(f"/api/reports/{broken}").json()
    assert [v["fingerprint"] for v in review["stale_verdicts"]] == [error["finding"]["fingerprint"]]
    assert "stale" in client.get(f"/corpus/reports/{broken}").text
    with duckdb.connect(str(store), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 2


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_notes_and_reviewers_are_shown_as_text(client, corpus, payload):
    rid = _ids(corpus[0])["broken.html"]
    error = _finding(client, rid, "t4.R5")
    assert _give(client, rid, error["finding"]["fingerprint"], "dismissed", payload, payload + "\n" + payload
                 ).status_code == 303
    for url in (f"/corpus/reports/{rid}", "/corpus"):
        page = client.get(url)
        assert "script-src 'self'" in page.headers["content-security-policy"]
        tree = lxml.html.document_fromstring(page.text)
        assert [s.get("src") for s in tree.iter("script")] == (["/static/review.js"] if "reports" in url else [])
        assert not tree.xpath("//img | //svg[not(@class='chart')]")  # the corpus view's own charts only
        assert not [a for e in tree.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")]
    tree = lxml.html.document_fromstring(client.get(f"/corpus/reports/{rid}").text)
    shown = tree.get_element_by_id(f"f-{error['finding']['fingerprint']}")
    assert shown.find_class("who")[0].text_content() == payload
    assert shown.find_class("note")[0].text_content() == payload + "\n" + payload
    assert {i.value for i in tree.xpath("//input[@name='reviewer']")} == {payload}  # the remembered name


def test_bad_and_cross_site_verdicts_are_refused_in_one_line(client, corpus):
    rid = _ids(corpus[0])["broken.html"]
    fp = _finding(client, rid, "t4.R5")["finding"]["fingerprint"]
    good = {"report": rid, "fingerprint": fp, "verdict": "confirmed", "reviewer": "甲"}
    cases = {
        "no token": (client.post(f"/corpus/reports/{rid}/verdicts", data={k: v for k, v in good.items()}), 403),
        "cross-site": (client.post("/api/verdicts", json=good, headers={"sec-fetch-site": "cross-site"}), 403),
        "not json": (client.post("/api/verdicts", content=str(good).encode(), headers={"content-type": "text/plain"}),
                     415),
        "no type": (client.post("/api/verdicts", content=b'{"report": "x"}'), 415),
        "bad verdict": (client.post("/api/verdicts", json={**good, "verdict": "maybe"}), 422),
        "no reviewer": (client.post("/api/verdicts", json={**good, "reviewer": " \u200b "}), 422),
        "long note": (client.post("/api/verdicts", json={**good, "note": "长" * (MAX_NOTE + 1)}), 422),
        "noted, no note": (client.post("/api/verdicts", json={**good, "verdict": "noted"}), 422),
        "no report": (client.post("/api/verdicts", json={**good, "report": "0" * 16}), 404),
        "no finding": (client.post("/api/verdicts", json={**good, "fingerprint": "f" * 20}), 404),
        "bad id": (client.get("/api/reports/'%20OR%201=1"), 404),
        "no such id": (client.get(f"/corpus/reports/{'0' * 16}"), 404),
    }
    for what, (got, status) in cases.items():
        assert got.status_code == status, (what, got.text)
        body = got.json()
        assert set(body) == {"error", "file", "reason"} and "\n" not in body["reason"], what
    assert client.get("/api/reports/..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert client.get(f"/api/reports/{rid}").json()["counts"]["confirmed"] == 0  # none got in


def test_a_store_held_by_a_batch_answers_503(client, corpus, store):
    rid = _ids(corpus[0])["broken.html"]
    fp = _finding(client, rid, "t4.R5")["finding"]["fingerprint"]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print(1, flush=True); "
                               "time.sleep(60)", str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "1"
        for got in (client.post("/api/verdicts", json={"report": rid, "fingerprint": fp, "verdict": "confirmed",
                                                       "reviewer": "甲"}),
                    client.get(f"/corpus/reports/{rid}"), client.get("/api/corpus")):
            assert got.status_code == 503, got.text
            assert got.json()["error"] == "store_busy" and got.headers["retry-after"]
            assert got.json()["reason"].startswith(f"process {holder.pid} is writing to this store")
    finally:
        holder.kill()
        holder.wait()
    assert client.post("/api/verdicts", json={"report": rid, "fingerprint": fp, "verdict": "confirmed",
                                              "reviewer": "甲"}).status_code == 201


def test_exports_carry_each_findings_verdict(client, corpus, store, tmp_path):
    rid = _ids(corpus[0])["broken.html"]
    fp = _finding(client, rid, "t4.R5")["finding"]["fingerprint"]
    _give(client, rid, fp, "confirmed", "甲")
    _give(client, rid, fp, "dismissed", "=HYPERLINK(\"http://x\")", "=1+1 不是公式")
    export_store(store, tmp_path / "csv", "csv")
    with duckdb.connect() as con:
        rows = con.execute("SELECT fingerprint, verdict, verdict_note, reviewer, verdict_at FROM read_csv_auto(?) "
                           "WHERE verdict IS NOT NULL", [str(tmp_path / "csv" / "findings.csv")]).fetchall()
        assert [r[:4] for r in rows] == [(fp, "dismissed", "=1+1 不是公式", "=HYPERLINK(\"http://x\")")]
        history = con.execute("SELECT verdict FROM read_csv_auto(?) ORDER BY \"at\"",
                              [str(tmp_path / "csv" / "verdicts.csv")]).fetchall()
        assert history == [("confirmed",), ("dismissed",)]
    wb = openpyxl.load_workbook(export_store(store, tmp_path / "r.xlsx", "xlsx")[0])
    sheet = list(wb["发现的问题"].iter_rows(values_only=True))
    header, hits = sheet[0], [r for r in sheet[1:] if r[-1] == fp]
    got = dict(zip(header, hits[0]))
    assert len(hits) == 1 and got["审核"] == "已驳回" and got["审核人"] == "=HYPERLINK(\"http://x\")"
    at = _finding(client, rid, "t4.R5")["verdict"]["at"]
    assert got["审核备注"] == "=1+1 不是公式" and got["审核时间（UTC）"] == at
    assert header[-1] == "指纹"


def test_the_api_round_trip_under_openapi(client, corpus):
    listing = client.get("/api/corpus", params={"organ": "城市管理"}).json()
    assert listing["total"] == 2 and listing["page_size"] == 100
    later = next(r for r in listing["reports"] if r["year"] == 2022)
    assert (later["warnings"], later["open"], later["previous"]) == (1, 1, listing["reports"][0]["path"])
    review = client.get(f"/api/reports/{later['id']}/").json()  # with or without the slash
    assert review["path"] == later["path"] and review["report"]["meta"]["year"] == 2022
    warning = next(f for f in review["findings"] if f["finding"]["severity"] == "warning")
    posted = client.post("/api/verdicts", json={"report": later["id"], "fingerprint": warning["finding"]["fingerprint"],
                                                "verdict": "confirmed", "note": "属实", "reviewer": "甲"})
    assert posted.status_code == 201
    assert posted.json()["path"] == later["path"] and posted.json()["at"].endswith("Z")
    again = client.get(f"/api/reports/{later['id']}").json()
    assert again["counts"] == {"confirmed": 1, "dismissed": 0, "open": 0}
    assert next(f for f in again["findings"] if f["verdict"])["verdict"]["note"] == "属实"
    schema = client.get("/openapi.json").json()
    assert {"/api/corpus", "/api/reports/{rid}", "/api/verdicts"} <= set(schema["paths"])
    assert "201" in schema["paths"]["/api/verdicts"]["post"]["responses"]
    assert {"CorpusPage", "StoredReview", "VerdictIn", "VerdictOut"} <= set(schema["components"]["schemas"])


@contextmanager
def _serving(db: Path):
    """The service on uvicorn in a thread, without its lifespan (a store's pages start no
    extraction worker): its URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(create_app(Settings(workers=1), db), host="127.0.0.1", port=0,
                                           lifespan="off", log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)


def test_in_a_browser_one_click_opens_the_review_and_a_verdict_is_given(corpus, browser, tmp_path):
    """The service with a store, in Chromium: the corpus view, one click into a report, a
    hostile name and note given with the form's button (the page's policy and the same-site
    checks let the service's own form through) and shown as text, the name remembered."""
    db = tmp_path / "served.duckdb"
    shutil.copy(corpus[1], db)
    payload = PAYLOADS[1]
    with _serving(db) as url:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url + "/corpus")
        page.click("a.review:has-text('broken.html')")
        page.wait_for_selector("#verdict-counts")
        finding = page.locator(".finding.error:has-text('行政复议')").first
        finding.locator("input[name=reviewer]").fill(payload)
        finding.locator("input[name=note]").fill(payload)
        finding.locator("button[value=dismissed]").click()
        page.wait_for_selector(".v-dismissed")
        finding = page.locator(".finding.error:has-text('行政复议')").first
        assert finding.locator(".who").inner_text() == payload and finding.locator(".note").inner_text() == payload
        assert "已驳回 1" in page.inner_text("#verdict-counts")
        page.reload()
        assert page.locator("input[name=reviewer]").first.input_value() == payload  # remembered
        page.goto(url + "/corpus")
        row = page.locator("tr:has(a.review:has-text('broken.html'))")
        assert row.locator("td.dismissed").inner_text() == "1"
        page.wait_for_timeout(200)
        assert dialogs == []
        page.close()
