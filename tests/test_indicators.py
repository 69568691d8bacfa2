"""Indicators per report (extractor/indicators.toml): rates with their sample, small samples
marked, unreadable figures leave no value; in the store, last year's change once years are linked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

from conftest import SAMPLES
from extractor import extract
from extractor.indicators import indicators

REAL = Path(__file__).resolve().parent.parent / "corpora" / "real"


def _gold(path: Path) -> dict:
    return json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))


def test_rates_come_from_the_cells_with_their_sample_sizes():
    sample = SAMPLES / "qinglan-2023-word.html"
    g = _gold(sample)
    got = {i.id: i for i in indicators(extract(sample))}
    t3, t4 = g["t3"], g["t4"]
    rate = (t3["granted"][-1] + t3["partial"][-1]) / t3["total"][-1]
    assert got["substantive_disclosure"].value == round(rate * 100, 1)
    assert got["substantive_disclosure"].sample == t3["total"][-1] and not got["substantive_disclosure"].small_sample
    decided = t4["reconsideration"][4] - t4["reconsideration"][3]
    assert got["reconsideration_corrected"].value == round(t4["reconsideration"][1] / decided * 100, 1)
    assert got["reconsideration_corrected"].sample == decided and got["reconsideration_corrected"].small_sample
    assert got["applications"].value == t3["new_received"][-1]
    assert "applications_change" not in got  # needs last year's report


def test_an_unreadable_figure_leaves_the_indicator_without_a_value():
    report = extract(SAMPLES / "qinglan-2023-word.html")
    for f in report.facts:
        if f.metric == "t3.partial.total":
            f.status, f.value = "unreadable", None
    got = {i.id: i for i in indicators(report)}
    assert got["substantive_disclosure"].value is None
    assert "t3.partial.total" in got["substantive_disclosure"].note


def test_the_store_keeps_indicators_and_last_years_change(tmp_path):
    from extractor.corpus.run import run as batch_run
    from extractor.corpus.store import CorpusStore

    folder = tmp_path / "corpus"
    folder.mkdir()
    pair = [REAL / "putian-urban-management-2021.txt", REAL / "putian-urban-management-2022.txt"]
    for f in pair:
        shutil.copy(f, folder / f.name)
    db = tmp_path / "c.duckdb"
    with CorpusStore(db) as store:
        batch_run([folder], store, workers=1)
    before, after = (_gold(f)["t3"]["new_received"][-1] for f in pair)
    con = duckdb.connect(str(db), read_only=True)
    rows = {(Path(p).name, i): v for p, i, v in con.execute("SELECT path, indicator, value FROM indicators").fetchall()}
    assert rows[(pair[1].name, "applications")] == after
    assert rows[(pair[1].name, "applications_change")] == after - before
    assert (pair[0].name, "applications_change") not in rows  # its year before is not in the store
