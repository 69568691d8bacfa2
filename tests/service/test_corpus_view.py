"""`nianbao serve --db STORE`: the store's reports at /corpus, each organ's years compared."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from extractor.corpus.run import run as batch_run
from extractor.corpus.store import CorpusStore
from extractor.service.app import create_app
from extractor.service.settings import Settings

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
        filtered = client.get("/corpus", params={"organ": "城市管理", "year": 2022})
        assert "共 1 份报告" in filtered.text
        # The indicators beside each report: 2022 received 8 applications, 4 of 8 granted (a small sample).
        assert re.search(r"<td>8</td>\s*<td class=\"small\" title=\"样本 8 件，样本过小\">50.0%\*</td>", filtered.text)


def test_a_request_names_reports_of_the_store_never_files_of_the_server(store):
    with TestClient(create_app(Settings(workers=1), store)) as client:
        got = client.get("/compare", params={"last": "/etc/passwd", "this": str(PAIR[1])})
        assert got.status_code == 404 and got.json()["error"] == "not_in_store"
    with TestClient(create_app(Settings(workers=1))) as client:
        assert client.get("/corpus").json()["error"] == "no_store"
        assert 'href="/corpus"' not in client.get("/").text
