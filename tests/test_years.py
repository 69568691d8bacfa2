"""An organ's reports linked across the years of a corpus store (real 莆田 reports)."""

from __future__ import annotations

import shutil

import duckdb

from conftest import ROOT, nianbao
from extractor import extract
from extractor.corpus.run import run
from extractor.corpus.store import CorpusStore
from extractor.corpus.years import load_aliases, organ_key

REAL = ROOT / "corpora" / "real"


def _copy(tmp_path, *names):
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(REAL / f"{name}.txt", folder / f"{name}.txt")
    return folder


def _query(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_consecutive_years_give_the_same_cross_year_findings_as_check_previous(tmp_path):
    folder = _copy(tmp_path, "putian-urban-management-2021", "putian-urban-management-2022",
                   "putian-urban-management-2024")
    db = tmp_path / "c.duckdb"
    with CorpusStore(db) as store:
        summary = run([folder], store, workers=1)
    assert summary.years == {"pairs": 1, "checked": 1, "findings": 1}  # 2024 has no 2023 here

    later, before = folder / "putian-urban-management-2022.txt", folder / "putian-urban-management-2021.txt"
    expected = [(f.rule, f.severity, f.message, f.fingerprint)
                for f in extract(later, extract(before)).findings if f.rule.startswith("cross_year.")]
    stored = _query(db, "SELECT rule, severity, message, fingerprint FROM findings "
                        "WHERE starts_with(rule, 'cross_year.') ORDER BY path")
    assert stored == expected and expected  # 现行有效 1 + 3 − 15 ≠ 9: the document's own slip
    rows = _query(db, "SELECT organ, year, errors, warnings, previous_report FROM organ_years ORDER BY year")
    assert [(o, y, p is not None) for o, y, _, _, p in rows] == [
        ("莆田市城市管理局", 2021, False), ("莆田市城市管理局", 2022, True), ("莆田市城市管理局", 2024, False)]
    assert rows[1][4] == str(before.resolve())
    assert rows[1][3] >= 1  # the cross-year warning counts among the report's warnings

    # A rerun with nothing changed checks no pair again and duplicates nothing.
    with CorpusStore(db) as store:
        again = run([folder], store, workers=1)
    assert again.skipped == 3 and again.years == {"pairs": 1, "checked": 0, "findings": 0}
    assert len(_query(db, "SELECT * FROM findings WHERE starts_with(rule, 'cross_year.')")) == 1

    # The missing year arrives: 2023 pairs with 2022 and 2024 with 2023.
    shutil.copy(REAL / "putian-urban-management-2023.txt", folder)
    with CorpusStore(db) as store:
        third = run([folder], store, workers=1)
    assert third.extracted == 1 and third.years["pairs"] == 3 and third.years["checked"] == 2
    links = _query(db, "SELECT year, previous_path FROM year_links ORDER BY year")
    assert [(y, p.rsplit("-", 1)[1]) for y, p in links] == [(2022, "2021.txt"), (2023, "2022.txt"), (2024, "2023.txt")]


def test_an_alias_joins_an_organ_that_changed_how_it_writes_its_name(tmp_path):
    # 莆田市科技局 (2020 report) and 莆田市科学技术局 (2021 report) are one organ.
    folder = _copy(tmp_path, "putian-science-2020", "putian-science-2021")
    db = tmp_path / "c.duckdb"
    with CorpusStore(db) as store:
        assert run([folder], store, workers=1).years["pairs"] == 0
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,organ\n莆田市科技局,莆田市科学技术局\n", encoding="utf-8")
    assert organ_key("莆田市科技局", load_aliases(aliases)) == organ_key("莆田市科学技术局") == "莆田市科学技术局"
    done = nianbao("batch", folder, "--db", db, "-w", "1", "--quiet", "--organ-aliases", aliases)
    assert done.returncode == 0, done.stderr
    assert '"pairs": 1' in done.stdout
    assert _query(db, "SELECT organ, year FROM organ_years ORDER BY year") == [
        ("莆田市科学技术局", 2020), ("莆田市科学技术局", 2021)]
    # 2020 is a 2019-layout report: 现行有效 is not compared, 结转 is (the 2021 report's 上年结转).
    rules = {r for (r,) in _query(db, "SELECT DISTINCT rule FROM findings WHERE starts_with(rule, 'cross_year.')")}
    assert "cross_year.in_force" not in rules

    bad = nianbao("batch", folder, "--db", db, "--organ-aliases", tmp_path / "missing.csv")
    assert bad.returncode == 2 and bad.stderr.startswith("nianbao: bad_aliases: ") and bad.stderr.count("\n") == 1
