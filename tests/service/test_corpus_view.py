"""`nianbao serve --db STORE`: the store's reports at /corpus (filtered, sorted, paged, with
charts of their findings), each organ's years compared, the indicators ranked and mapped."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from extractor.corpus.run import run as batch_run
from extractor.corpus.store import CorpusStore, report_rows
from extractor.indicators import definitions
from extractor.service.app import create_app
from extractor.service.corpus_view import TOP_ORGANS
from extractor.service.settings import Settings
from models import Fact, Finding, Meta, Report, SourceFile

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
PAIR = [REAL / "putian-urban-management-2021.txt", REAL / "putian-urban-management-2022.txt"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for f in PAIR:
        shutil.copy(f, folder / f.name)
    # A report whose file name is markup: the page must show it as text.
    hostile = (folder / PAIR[0].name).read_text(encoding="utf-8").replace("莆田市城市管理局", "莆田市某某局")
    (folder / f"{HOSTILE_NAME}.txt").write_text(hostile, encoding="utf-8")
    db = folder / "c.duckdb"
    with CorpusStore(db) as s:
        batch_run([folder], s, workers=1)
    return db


def test_the_corpus_lists_every_report_and_links_each_to_last_year(store):
    with TestClient(create_app(Settings(workers=1), store)) as client:
        assert 'href="/corpus"' in client.get("/").text
        page = client.get("/corpus")
        assert page.status_code == 200
        assert "共 3 份报告" in page.text and "莆田市城市管理局" in page.text
        assert HOSTILE_NAME not in page.text and "&lt;img src=x onerror=alert(1)&gt;" in page.text
        links = re.findall(r'href="(/compare\?[^"]+)"', page.text)
        assert len(links) == 1  # only the 2022 report has its organ's 2021 in the store
        compared = client.get(links[0].replace("&amp;", "&"))
        assert compared.status_code == 200
        assert "政府信息公开工作年度报告对比" in compared.text and "2021" in compared.text and "2022" in compared.text
        assert "cross_year.in_force" in compared.text  # the real 现行有效 break of this pair (test_compare)
        policy = compared.headers["content-security-policy"]
        for style in re.findall(rb"<style>(.*?)</style>", compared.content, re.S):
            assert f"'sha256-{base64.b64encode(hashlib.sha256(style).digest()).decode()}'" in policy
        assert "'unsafe-inline'" not in policy and "script-src 'self'" in policy
        # The batch's cross-year warning: the one report with a finding of that rule.
        assert "共 1 份报告（筛选后）" in client.get("/corpus", params={"rule": "cross_year.in_force"}).text
        filtered = client.get("/corpus", params={"organ": "城市管理", "year": 2022})
        assert "共 1 份报告" in filtered.text
        assert '<td class="format">text</td>' in filtered.text  # each report's format as read
        assert {r["format"] for r in client.get("/api/corpus").json()["reports"]} >= {"text"}
        # The indicators beside each report: 2022 received 8 applications, 4 of 8 granted (a small sample).
        assert re.search(r"<td>8</td>\s*<td class=\"small\" title=\"样本 8 件，样本过小\">50.0%\*</td>", filtered.text)


def test_a_request_names_reports_of_the_store_never_files_of_the_server(store):
    with TestClient(create_app(Settings(workers=1), store)) as client:
        got = client.get("/compare", params={"last": "/etc/passwd", "this": str(PAIR[1])})
        assert got.status_code == 404 and got.json()["error"] == "not_in_store"
    with TestClient(create_app(Settings(workers=1))) as client:
        assert client.get("/corpus").json()["error"] == "no_store"
        assert 'href="/corpus"' not in client.get("/").text


# -- filters, sorting, charts, indicators: stores written from reports made here -------------

SCRIPT_ORGAN = "<script>alert(1)</script>局"
CONTROL_ORGAN = "丁局\x0b"  # a character XML cannot carry


def _report(organ: str | None, year: int | None, findings=(), disclosed: tuple[int, int] | None = None,
            received: int | None = None) -> Report:
    """A report as the store keeps it: `findings` (rule, severity) pairs; `disclosed`
    (予以公开, 办理结果总计) gives 实质公开率 through the indicators' own formulas."""
    facts = []
    if disclosed is not None:
        granted, total = disclosed
        facts += [Fact(metric="t3.granted.total", value=granted, raw=str(granted), status="value"),
                  Fact(metric="t3.partial.total", value=0, raw="0", status="value"),
                  Fact(metric="t3.total.total", value=total, raw=str(total), status="value")]
    if received is not None:
        facts.append(Fact(metric="t3.new_received.total", value=received, raw=str(received), status="value"))
    return Report(source=SourceFile(path="x.html", sha256="0" * 64, format="html"),
                  meta=Meta(organ=organ, year=year), facts=facts,
                  findings=[Finding(rule=rule, severity=severity, message=rule, fingerprint=f"{rule}-{severity}-{i}")
                            for i, (rule, severity) in enumerate(findings)])


def _write(db: Path, reports: dict[str, Report]) -> Path:
    with CorpusStore(db) as s:
        for key, report in reports.items():
            s.add_rows(report_rows(report), key)
    return db


@pytest.fixture(scope="module")
def findings_store(tmp_path_factory) -> Path:
    """Four organs' reports with known findings, one organ named with markup and one with a
    control character, and 120 more reports of one rule (more than a page)."""
    reports = {
        "/s/a-2021.html": _report("甲局", 2021, [("t3.R1", "error"), ("t3.R1", "error"), ("narrative.table", "warning")]),
        "/s/b-2021.html": _report("乙局", 2021, [("narrative.table", "warning")] * 3),
        "/s/c-2022.html": _report(SCRIPT_ORGAN, 2022, [("t4.R5", "error")] * 5 + [("narrative.sum", "info")]),
        "/s/d-2022.html": _report(CONTROL_ORGAN, 2022, [("narrative.percent", "warning")] * 5),
    }
    for i in range(120):
        reports[f"/s/many/{i:03d}.html"] = _report(f"戊局{i:03d}", 2020 + i % 3, [("t3.R3", "error")] * (1 + i % 4))
    return _write(tmp_path_factory.mktemp("findings") / "f.duckdb", reports)


def _client(db: Path) -> TestClient:
    # Not entered: no lifespan, so no extraction worker is started (a store's pages need none).
    return TestClient(create_app(Settings(workers=1), db))


def _listed(client, **params) -> list[str]:
    return [r["path"] for r in client.get("/api/corpus", params=params).json()["reports"]]


def test_reports_are_filtered_by_rule_and_severity_and_sorted_by_errors(findings_store):
    client = _client(findings_store)
    assert _listed(client, rule="t3.R1") == ["/s/a-2021.html"]
    assert set(_listed(client, severity="warning")) == {"/s/a-2021.html", "/s/b-2021.html", "/s/d-2022.html"}
    assert _listed(client, severity="info") == ["/s/c-2022.html"]
    assert _listed(client, rule="narrative.table", severity="error") == []  # one finding of both, not either
    assert _listed(client, rule="t4.R5", year=2022) == ["/s/c-2022.html"]
    # Most errors first, then most warnings; the default stays organ, year.
    by_errors = client.get("/api/corpus", params={"sort": "errors"}).json()["reports"]
    assert [(r["errors"], r["warnings"]) for r in by_errors] == sorted(
        ((r["errors"], r["warnings"]) for r in by_errors), reverse=True)
    assert by_errors[0]["path"] == "/s/c-2022.html"
    assert _listed(client, severity="warning", sort="errors") == ["/s/a-2021.html", "/s/d-2022.html", "/s/b-2021.html"]
    assert _listed(client, severity="warning", sort="warnings") == ["/s/d-2022.html", "/s/b-2021.html", "/s/a-2021.html"]
    default = client.get("/api/corpus").json()["reports"]
    assert [(r["organ"], r["year"]) for r in default] == sorted((r["organ"], r["year"]) for r in default)
    # The form's choices come from the store: its rules (with their counts) and its years.
    page = lxml.html.document_fromstring(client.get("/corpus").text)
    assert page.xpath("//select[@name='rule']/option/@value") == ["", "narrative.percent", "narrative.sum",
                                                                   "narrative.table", "t3.R1", "t3.R3", "t4.R5"]
    assert page.xpath("//select[@name='year']/option/@value") == ["", "2022", "2021", "2020"]
    assert page.xpath("//select[@name='severity']/option/@value") == ["", "error", "warning", "info"]
    # The form sends its empty choices (全部): they filter nothing.
    blank = client.get("/corpus", params={"organ": "", "year": "", "rule": "", "severity": "", "sort": "organ"})
    assert blank.status_code == 200 and "共 124 份报告" in blank.text


def test_filters_and_order_survive_paging(findings_store):
    client = _client(findings_store)
    first = client.get("/corpus", params={"rule": "t3.R3", "sort": "errors"})
    assert "共 120 份报告（筛选后）" in first.text and "第 1 / 2 页" in first.text
    tree = lxml.html.document_fromstring(first.text)
    following = tree.xpath("//a[@rel='next']/@href")[0]
    assert "rule=t3.R3" in following and "sort=errors" in following and "page=2" in following
    second = lxml.html.document_fromstring(client.get(following).text)
    assert "第 2 / 2 页" in second.text_content()
    rows = second.xpath("//tr[@data-report]")
    assert len(rows) == 20
    errors = [int(r.xpath("td[4]")[0].text_content()) for r in rows]  # 机关 年度 格式 错误
    assert errors == sorted(errors, reverse=True) and errors[-1] == 1  # the least errors last
    back = second.xpath("//a[@rel='prev']/@href")[0]
    assert "rule=t3.R3" in back and "sort=errors" in back
    api = client.get("/api/corpus", params={"rule": "t3.R3", "sort": "errors", "page": 2}).json()
    assert api["total"] == 120 and len(api["reports"]) == 20 and api["reports"][-1]["errors"] == 1


def test_charts_count_the_listed_reports_findings_and_show_organs_as_text(findings_store):
    client = _client(findings_store)
    charts = client.get("/api/corpus/charts", params={"year": 2021}).json()
    assert charts["reports"] == 2 + 40
    by_rule = {r["rule"]: r for r in charts["by_rule"]}
    assert (by_rule["t3.R1"]["error"], by_rule["narrative.table"]["warning"]) == (2, 4)
    assert by_rule["t3.R1"]["name"].startswith("表三")  # the relation's name in rules.toml
    assert "t4.R5" not in by_rule  # a 2022 report's
    # Organ × year: the organs with most errors and warnings first, at most TOP_ORGANS of them.
    everything = client.get("/api/corpus/charts").json()["matrix"]
    assert len(everything["rows"]) == TOP_ORGANS and everything["other_organs"] == 124 - TOP_ORGANS
    totals = [sum(c["errors"] + c["warnings"] for c in r["cells"]) for r in everything["rows"]]
    assert totals == sorted(totals, reverse=True) and totals[:3] == [5, 5, 4]
    assert everything["years"] == [2020, 2021, 2022]
    only_c = client.get("/api/corpus/charts", params={"organ": "script"}).json()["matrix"]
    assert only_c["rows"] == [{"organ": SCRIPT_ORGAN, "cells": [{"year": 2022, "reports": 1, "errors": 5, "warnings": 0}]}]

    # On the page: SVG drawn by the server, the hostile name as text, no script anywhere.
    page = client.get("/corpus", params={"organ": "局"})
    assert page.status_code == 200  # the name with a control character too
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;局" in page.text
    tree = lxml.html.document_fromstring(page.text)
    assert tree.xpath("//script") == []
    matrix = tree.get_element_by_id("chart-organ-years").xpath(".//svg")[0]
    assert {SCRIPT_ORGAN, "丁局\ufffd"} <= {t.text for t in matrix.iter("text")}
    cell = next(a for a in matrix.iter("a") if "script" in a.get("href"))
    assert cell.get("href") == "/corpus?organ=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%E5%B1%80&year=2022"
    assert cell.findtext("title") == f"{SCRIPT_ORGAN} 2022年：错误 5，警告 0（1 份报告）" and cell.findtext("text") == "5"
    bars = tree.get_element_by_id("chart-rules").xpath(".//svg")[0]
    labels = [t.text for t in bars.iter("text")]
    assert {"t3.R1", "t3.R3", "t4.R5", "narrative.table", "narrative.sum", "narrative.percent"} <= set(labels)
    bar = next(a for a in bars.iter("a") if a.findtext("text") == "t4.R5")  # lists its reports, filters kept
    assert bar.get("href") == "/corpus?organ=%E5%B1%80&rule=t4.R5" and bar.xpath("string(.//rect/title)") == \
        "t4.R5 表四 维持+纠正+其他+尚未审结=总计：错误 5"
    assert "其余 94 个机关未列出" in page.text
    assert "'unsafe-inline'" not in page.headers["content-security-policy"]


@pytest.fixture(scope="module")
def indicator_store(tmp_path_factory) -> Path:
    """实质公开率 of 2023: 丙 80% of 30, 甲 70% of 20, 乙 100% of 8 (a small sample: under
    min_sample), 丁 unreadable; 甲 also filed twice for 2022, the fuller report counting."""
    reports = {
        "/i/jia-2023.html": _report("甲局", 2023, disclosed=(14, 20), received=25),
        "/i/yi-2023.html": _report("乙局", 2023, disclosed=(8, 8), received=5),
        "/i/bing-2023.html": _report("丙局", 2023, disclosed=(24, 30), received=31),
        "/i/ding-2023.html": _report("丁局", 2023, received=40),
        "/i/jia-2022.html": _report("甲局", 2022, disclosed=(1, 2)),
        "/i/jia-2022-full.html": _report("甲局", 2022, disclosed=(30, 60)),
        "/i/script-2022.html": _report(SCRIPT_ORGAN, 2022, disclosed=(5, 50)),
    }
    return _write(tmp_path_factory.mktemp("indicators") / "i.duckdb", reports)


def test_the_ranking_ranks_only_samples_large_enough(indicator_store):
    client = _client(indicator_store)
    ranking = client.get("/api/corpus/ranking", params={"indicator": "substantive_disclosure"}).json()
    assert ranking["year"] == 2023 and ranking["years"] == [2023, 2022]  # the latest year by default
    assert [(r["rank"], r["organ"], r["value"]) for r in ranking["ranked"]] == [(1, "丙局", 80.0), (2, "甲局", 70.0)]
    assert [(r["rank"], r["organ"], r["value"], r["sample"], r["small_sample"]) for r in ranking["small_samples"]] \
        == [(None, "乙局", 100.0, 8, True)]
    assert ranking["no_value"] == 1  # 丁局 printed no 办理结果
    # Two reports of one organ and year: the one with the larger sample.
    earlier = client.get("/api/corpus/ranking", params={"indicator": "substantive_disclosure", "year": 2022}).json()
    assert [(r["organ"], r["value"], r["path"]) for r in earlier["ranked"]] == [
        ("甲局", 50.0, "/i/jia-2022-full.html"), (SCRIPT_ORGAN, 10.0, "/i/script-2022.html")]
    # A count has no sample: every organ ranked; equal values share a rank.
    counts = client.get("/api/corpus/ranking", params={"indicator": "applications", "year": 2023}).json()
    assert [(r["rank"], r["organ"]) for r in counts["ranked"]] == [(1, "丁局"), (2, "丙局"), (3, "甲局"), (4, "乙局")]
    assert counts["small_samples"] == []

    page = client.get("/corpus/indicators", params={"indicator": "substantive_disclosure", "year": 2023})
    tree = lxml.html.document_fromstring(page.text)
    rows = tree.xpath("//table[contains(@class, 'ranking')]//tr[@data-report]")
    assert [(r.find_class("rank")[0].text_content(), r.xpath("td[2]")[0].text_content(), r.get("class"))
            for r in rows] == [("1", "丙局", "ranked"), ("2", "甲局", "ranked"), ("—", "乙局", "small")]
    assert rows[2].find_class("value")[0].text_content() == "100.0%*"
    assert tree.xpath("//select[@name='indicator']/option/text()") == [d["name"] for d in definitions()]


def test_the_indicator_map_shows_organs_by_year_in_the_rankings_order(indicator_store):
    client = _client(indicator_store)
    matrix = client.get("/api/corpus/indicator-matrix", params={"indicator": "substantive_disclosure"}).json()
    assert [r["organ"] for r in matrix["rows"]] == ["丙局", "甲局", "乙局", SCRIPT_ORGAN, "丁局"]
    assert matrix["years"] == [2022, 2023] and matrix["other_organs"] == 0
    jia = {c["year"]: (c["value"], c["small_sample"]) for c in matrix["rows"][1]["cells"]}
    assert jia == {2022: (50.0, False), 2023: (70.0, False)}
    page = client.get("/corpus/indicators", params={"indicator": "substantive_disclosure"}).text
    assert "<script>alert(1)" not in page
    svg = lxml.html.document_fromstring(page).get_element_by_id("chart-indicator").xpath(".//svg")[0]
    tips = [t.text for t in svg.iter("title")]
    assert "乙局 2023年 实质公开率：100.0%（样本 8 件，样本过小，不排名）" in tips
    assert f"{SCRIPT_ORGAN} 2022年 实质公开率：10.0%（样本 50 件）" in tips
    assert any(t.startswith("丁局 2023年 实质公开率：无数值") for t in tips)
    texts = [t.text for t in svg.iter("text")]
    assert "100.0*" in texts and "80.0" in texts and SCRIPT_ORGAN in texts


def test_the_corpus_apis_are_described_and_refuse_bad_choices_in_one_line(findings_store):
    client = _client(findings_store)
    schema = client.get("/openapi.json").json()
    assert {"/api/corpus", "/api/corpus/charts", "/api/corpus/ranking", "/api/corpus/indicator-matrix"} \
        <= set(schema["paths"])
    assert {"CorpusPage", "CorpusCharts", "Ranking", "IndicatorMatrix"} <= set(schema["components"]["schemas"])
    params = {p["name"]: p for p in schema["paths"]["/api/corpus"]["get"]["parameters"]}
    assert {"page", "organ", "year", "rule", "severity", "sort"} <= set(params)
    ranking = {p["name"]: p for p in schema["paths"]["/api/corpus/ranking"]["get"]["parameters"]}
    assert ranking["indicator"]["schema"]["enum"] == [d["id"] for d in definitions()]
    for url, params in (("/api/corpus", {"sort": "names"}), ("/api/corpus", {"severity": "fatal"}),
                        ("/api/corpus/ranking", {"indicator": "happiness"}), ("/api/corpus/charts", {"year": "x"})):
        answer = client.get(url, params=params)
        assert answer.status_code == 422 and answer.json()["error"] == "bad_request", (url, params)
        assert "\n" not in answer.json()["reason"]
    with TestClient(create_app(Settings(workers=1))) as bare:
        assert bare.get("/api/corpus/charts").json()["error"] == "no_store"
