"""The project's real regression corpus (corpora/real): crawled report pages (and the HTML
pages of twelve of them) read by hand.

Every gold cell exact (or, where the page text does not settle a cell, unreadable with
every reading the text allows), every inconsistency the hand reader found reported, and no
false error. The gold files for the shared crawled reports sit in corpora/real/shared-gold;
their texts stay in ../shared/corpus/real (skipped where that folder is absent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import extract
from extractor.ingest.textnorm import decode
from gold import cell_mismatches

ROOT = Path(__file__).resolve().parents[1]
PROJECT_REAL = ROOT / "corpora" / "real"
OWN = sorted(PROJECT_REAL.glob("*.gold.json"))
SHARED = sorted((PROJECT_REAL / "shared-gold").glob("*.gold.json"))


def _case(gold_path: Path) -> tuple[dict, Path]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    shared = (gold.get("source") or {}).get("shared")
    if shared:
        return gold, ROOT / shared
    stem = gold_path.name.replace(".gold.json", "")
    found = [gold_path.with_name(stem + ext) for ext in (".txt", ".html") if gold_path.with_name(stem + ext).exists()]
    return gold, found[0] if found else gold_path.with_name(stem + ".txt")


def test_the_corpus_is_there():
    assert len(OWN) >= 20, "the real regression corpus holds at least 20 reports with gold"
    for g in OWN:
        gold, path = _case(g)
        assert path.exists() and path.stat().st_size < 1_000_000, path


def _check(gold: dict, report) -> None:
    assert cell_mismatches(report, gold) == []
    errors = [f for f in report.findings if f.severity == "error"]
    expected = [k for k in gold.get("known_inconsistencies") or []]
    if not expected and not [s for s in gold.get("narrative_sums") or [] if s.get("holds") is False]:
        assert errors == [], [f.message for f in errors]
    # Every one the hand reader found is reported (error or warning) — but a claim made with
    # no figure ("同意公开，已按规范答复" of an application the table files elsewhere) is not
    # read yet: the bench counts it as a miss.
    for k in [k for k in expected if k.get("kind") != "narrative_claim"]:
        quote = k.get("quote", "")
        assert any(f.severity in ("error", "warning") and (not quote or any(
            quote.endswith(report.mentions[i].text) or report.mentions[i].text in quote for i in f.mentions))
            for f in report.findings if f.rule.startswith(("narrative", "t3", "t4"))), k


@pytest.mark.parametrize("gold_path", OWN, ids=lambda p: p.name.replace(".gold.json", ""))
def test_own_real_report_against_gold(gold_path):
    gold, path = _case(gold_path)
    report = extract(path)
    _check(gold, report)
    assert report.meta.year == gold["year"]
    assert report.meta.layout == gold["layout"]


@pytest.mark.parametrize("gold_path", SHARED, ids=lambda p: p.name.replace(".gold.json", ""))
def test_shared_crawled_report_against_gold(gold_path, real_corpus):
    gold, path = _case(gold_path)
    _check(gold, extract(path))


def test_crawled_figures_point_at_their_lines():
    """A figure printed once for several equal cells points at that one line; the note says so."""
    gold, path = _case(PROJECT_REAL / "putian-stats-2025.gold.json")
    source = decode(path.read_bytes())
    report = extract(path)
    codes = {w.code for w in report.warnings}
    assert {"crawled_node_lines", "repeated_lines_dropped"} <= codes
    for fact in report.facts:
        if not fact.derived and fact.status == "value":
            assert source[fact.source.start : fact.source.end].strip() == fact.raw, fact.metric
    zeros = report.fact("t4.litigation_after.total")
    assert zeros.value == 0 and "printed once for 15 equal cells" in zeros.note


def test_rejoined_sentences_keep_their_source_offsets():
    """"202" / "4" / "年…共受理…9件" is one sentence again, and its count still points at the file."""
    from extractor.pipeline import run

    path = PROJECT_REAL / "putian-stats-2025.txt"
    source = decode(path.read_bytes())
    doc, report = run(path)
    counts = [m for m in report.mentions if m.metric == "t3.new_received.total"]
    assert counts, [m.text for m in report.mentions]
    for m in report.mentions:
        span = doc.source_span(m.start, m.end)
        assert span is not None
        original = source[span[0] : span[1]]
        assert original.replace("\n", "").replace("\r", "") == m.text, (m.text, original)
