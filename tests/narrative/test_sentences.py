"""The narrative test set: sentences written for the project (sentences.jsonl), each with
the counts a careful reader finds in it.

Each expected count: v (value), u (unit), k (kind, default "count"), a (approximate,
default false), m (canonical metric; absent = no table cell), alt (a reading that must be
among the alternatives), t (topic, checked when given), sc (scope, checked when given).

Measured over the whole set and printed:
- recall: expected counts found with the right value, unit, kind and approximation flag;
- link precision: of the found counts (and unexpected counts) that carry a metric, the
  share whose metric is the expected one;
- cells linked: expected table cells that were linked (link recall; not asserted);
- false counts: mentions found where none is expected (dates, document numbers …).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from models import Block, Document
from extractor.narrative import extract_mentions

SET = Path(__file__).with_name("sentences.jsonl")
RECALL_MIN = 0.97
LINK_PRECISION_MIN = 0.98


def _doc(text: str) -> Document:
    return Document.build(path="t.txt", format="text", sha256="x", blocks=[Block(kind="paragraph", text=text)])


def _cases() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same_reading(exp: dict, got) -> bool:
    return (
        got.kind == exp.get("k", "count")
        and got.value == exp["v"]
        and got.unit == exp["u"]
        and (got.kind == "claim" or got.approx == exp.get("a", False))
    )


def _evaluate(nfkc: bool = False) -> dict:
    """Score the set; `nfkc`: as ingest hands text over (NFKC: ASCII commas, brackets)."""
    stats = {"expected": 0, "found": 0, "linked": 0, "link_ok": 0, "false": 0, "sentences": 0,
             "cells": 0, "cells_found": 0}
    misses: list[str] = []
    for case in _cases():
        stats["sentences"] += 1
        got = extract_mentions(_doc(unicodedata.normalize("NFKC", case["s"]) if nfkc else case["s"]))
        free = list(range(len(got)))
        for exp in case["e"]:
            stats["expected"] += 1
            stats["cells"] += exp.get("m") is not None
            # The same reading with the expected metric first ("无行政复议和行政诉讼": two nils).
            hit = next((i for i in free if _same_reading(exp, got[i]) and got[i].metric == exp.get("m")), None)
            if hit is None:
                hit = next((i for i in free if _same_reading(exp, got[i])), None)
            if hit is None:
                misses.append(f"MISS {case['s']} :: {exp}  got {[(g.value, g.unit, g.kind) for g in got]}")
                continue
            free.remove(hit)
            g = got[hit]
            problems = []
            if "alt" in exp and exp["alt"] not in g.alternatives and exp["alt"] != g.metric:
                problems.append(f"alternatives {g.alternatives} lack {exp['alt']}")
            if "t" in exp and g.topic != exp["t"]:
                problems.append(f"topic {g.topic} != {exp['t']}")
            if "sc" in exp and g.scope != exp["sc"]:
                problems.append(f"scope {g.scope} != {exp['sc']}")
            if problems:
                misses.append(f"FIELD {case['s']} :: {exp} : {'; '.join(problems)}")
            else:
                stats["found"] += 1
            if g.metric is not None:
                stats["linked"] += 1
                if g.metric == exp.get("m"):
                    stats["link_ok"] += 1
                    stats["cells_found"] += 1
                else:
                    misses.append(f"LINK {case['s']} :: {g.text!r} -> {g.metric} (expected {exp.get('m')})")
        for i in free:
            if got[i].kind in ("count", "nil", "percent", "change"):
                stats["false"] += 1
                misses.append(f"FALSE {case['s']} :: {got[i].text!r} {got[i].value} {got[i].unit}")
                if got[i].metric is not None:
                    stats["linked"] += 1
    stats["misses"] = misses
    return stats


@pytest.fixture(scope="module", params=[False, True], ids=["as-written", "nfkc"])
def evaluation(request) -> dict:
    return _evaluate(nfkc=request.param)


def test_set_is_large_enough():
    cases = _cases()
    assert len(cases) >= 200
    assert sum(len(c["e"]) for c in cases) >= 300


def test_recall_and_link_precision(evaluation):
    s = evaluation
    recall = s["found"] / s["expected"]
    precision = s["link_ok"] / s["linked"] if s["linked"] else 0.0
    print(
        f"\nnarrative test set: {s['sentences']} sentences, {s['expected']} expected counts; "
        f"recall {recall:.1%} ({s['found']}/{s['expected']}), "
        f"link precision {precision:.1%} ({s['link_ok']}/{s['linked']}), "
        f"cells linked {s['cells_found']}/{s['cells']}, false counts {s['false']}"
    )
    for line in s["misses"]:
        print("  " + line)
    assert recall >= RECALL_MIN
    assert precision >= LINK_PRECISION_MIN
    assert s["false"] <= 0.02 * s["expected"]
