"""Real reports as text dumps, and HTML renderings of them, against their gold files."""

from __future__ import annotations

import json

import pytest

from extractor import extract
from extractor.ingest.textnorm import decode
from gold import cell_mismatches
from html_build import report_html


def _gold(real, name):
    return json.loads((real / f"{name}.gold.json").read_text(encoding="utf-8"))


def test_jiaxing_text_every_gold_cell_exact(real_corpus):
    report = extract(real_corpus / "jiaxing-office-2022.txt")
    gold = _gold(real_corpus, "jiaxing-office-2022")
    assert cell_mismatches(report, gold) == []
    assert report.meta.organ == gold["organ"] and report.meta.year == gold["year"]
    assert report.meta.layout == "2021"
    assert report.meta.sections_found == list("一二三四五六")


def test_text_facts_point_at_their_characters(real_corpus):
    path = real_corpus / "jiaxing-office-2022.txt"
    source = decode(path.read_bytes())
    report = extract(path)
    for fact in report.facts:
        if fact.derived:
            continue
        assert source[fact.source.start : fact.source.end] == fact.raw, fact.metric


def test_pingtan_flattened_runs_split_exactly(real_corpus):
    """Figures that ran together are split by cell count and the table's relations; the
    one row the form cannot split (行政规范性文件 8855698) is decided by the narrative's
    本年度制发…88件 and 现行有效…698件 (see the next test for the unreadable case)."""
    report = extract(real_corpus / "pingtan-2022.txt")
    gold = _gold(real_corpus, "pingtan-2022")
    assert cell_mismatches(report, gold) == []
    assert "narrative" in report.fact("t2.normative_docs.repealed").note
    # The split figures carry the offsets of exactly their own digits.
    source = decode((real_corpus / "pingtan-2022.txt").read_bytes())
    fact = report.fact("t3.new_received.natural_person")
    assert (fact.value, source[fact.source.start : fact.source.end]) == (71, "71")
    assert report.fact("t3.new_received.total").raw == "74"
    assert report.fact("t2.fees.amount_wan").value == 9116.36
    assert report.fact("t2.fees.amount_wan").decimals == 2


@pytest.mark.parametrize("word", [False, True], ids=["plain", "word"])
def test_jiaxing_as_html_with_real_spans(real_corpus, tmp_path, word):
    """The same report as a page with rowspan/colspan markup (plain, and Word-exported)."""
    gold = _gold(real_corpus, "jiaxing-office-2022")
    text = (real_corpus / "jiaxing-office-2022.txt").read_text(encoding="utf-8")
    narrative = [line for line in text.splitlines()[1:] if "|" not in line]
    page = tmp_path / "jiaxing.html"
    page.write_text(report_html(gold, narrative, word=word), encoding="utf-8")
    report = extract(page)
    assert cell_mismatches(report, gold) == []
    assert report.meta.organ == gold["organ"] and report.meta.layout == "2021"
    fact = report.fact("t3.total.total")
    assert fact.source.dom_path.endswith("/td[8]") and fact.source.table == 1


def test_open_split_settled_only_by_exact_narrative_figures(real_corpus):
    """8855698 (本年制发/废止/现行有效) has 15 splits; the narrative's 88 and 698 leave one."""
    from extractor.ingest import read
    from extractor.tables.standard import map_tables, settle_with_narrative
    from models import Mention

    def mention(metric, value, approx=False):
        return Mention(text=f"{value}件", value=value, unit="件", approx=approx, metric=metric, start=0, end=1)

    doc = read(real_corpus / "pingtan-2022.txt")
    mapped = map_tables(doc)
    settle_with_narrative(mapped, [mention("t2.normative_docs.issued", 88, approx=True)])
    assert {f.status for f in mapped.facts if f.metric.startswith("t2.normative_docs.")} == {"unreadable"}
    settle_with_narrative(mapped, [mention("t2.normative_docs.issued", 88)])  # 4 splits remain
    assert {f.status for f in mapped.facts if f.metric.startswith("t2.normative_docs.")} == {"unreadable"}
    settle_with_narrative(mapped, [mention("t2.normative_docs.issued", 88),
                                   mention("t2.normative_docs.in_force", 698)])
    got = {f.metric: (f.status, f.value) for f in mapped.facts if f.metric.startswith("t2.normative_docs.")}
    assert got == {"t2.normative_docs.issued": ("value", 88), "t2.normative_docs.repealed": ("value", 55),
                   "t2.normative_docs.in_force": ("value", 698)}
    assert "narrative" in mapped.facts[[f.metric for f in mapped.facts].index("t2.normative_docs.repealed")].note
