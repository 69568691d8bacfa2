"""rules.toml is data the engine can fully interpret, over the vocabulary's ids."""

from __future__ import annotations

import pytest

from extractor.reconcile.engine import Figures, parse_side, rules
from models import vocabulary

from .helpers import clean

RELATIONS = rules()["relation"]


@pytest.mark.parametrize("rel", RELATIONS, ids=[r["id"] for r in RELATIONS])
def test_every_relation_expands_to_known_ids(rel):
    figs = Figures(clean())
    var, _, set_name = rel["for"].partition(" in ")
    members = figs.sets[set_name.strip()]
    assert members and rel["severity"] in ("error", "warning")
    v = vocabulary()
    known = set(v.metric_ids("2021")) | set(v.metric_ids("2021", other_single_row=True))
    for member in members:
        for side in rel["formula"].split("="):
            for term in parse_side(side, {var.strip(): member}, figs.sets):
                for metric in term.metrics:
                    assert metric.removeprefix("prev:") in known, metric


def test_table_relations_are_errors_and_interpretation_is_not():
    sev = {r["id"]: r["severity"] for r in RELATIONS}
    assert all(sev[r] == "error" for r in ("t3.R1", "t3.R2", "t3.R3", "t4.R5"))
    assert sev["cross_year.in_force"] == "warning"


def test_derived_group_subtotals():
    figs = Figures(clean())
    assert figs.get("t3.unavailable.total").value == 29
    assert figs.get("t3.other.total").value == 3
    assert figs.get("t4.litigation.total").value == 2
    assert figs.get("t3.new_received.organisations").value == 2
    assert not figs.get("t3.nonexistent.total").known


def test_every_approximation_word_has_a_tolerance():
    """Each word the narrative reads as an approximation (lexicon.toml) says how far the
    exact figure may lie from the stated one (rules.toml); none falls back to the default."""
    import tomllib
    from pathlib import Path

    import extractor.narrative as narrative

    lexicon = tomllib.loads((Path(narrative.__file__).parent / "data" / "lexicon.toml").read_text(encoding="utf-8"))
    words = {w for key in ("before", "between", "after") for w in lexicon["approx"][key]}
    missing = sorted(words - set(rules()["narrative"]["approx"]))
    assert not missing, missing
