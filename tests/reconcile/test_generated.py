"""The table relations through the whole pipeline on generated reports whose gold records
the inconsistencies injected into their tables (corpora/generator)."""

from __future__ import annotations


from extractor import extract
from extractor.reconcile import check

TABLE_RULES = ("t3.R1", "t3.R2", "t3.R3", "t4.R5", "cross_year.carry")


def _where(f) -> str:
    """The gold's `where` of a table finding: the column, row or group it is about."""
    first = f.metrics[0].removeprefix("prev:")
    table, rest = first.split(".", 1)
    row, _, col = rest.rpartition(".")
    return col if f.rule in ("t3.R1", "t3.R2", "cross_year.carry") else row


def test_generated_reports_table_errors_exactly_as_injected(tmp_path):
    from corpora import generator
    golds = generator.generate(n=30, out=tmp_path, seed=3, formats=["html", "text"])
    reports = {g["id"]: extract(tmp_path / g["file"]) for g in golds}
    injected: set[str] = set()
    for g in golds:
        pair = g.get("pair_with", {})
        previous = reports.get(pair["id"]) if pair.get("role") == "previous" else None
        found = {
            (f.rule, _where(f))
            for f in check(reports[g["id"]], previous)
            if f.severity == "error" and f.rule in TABLE_RULES
        }
        expected = {
            (e["rule"], e["where"])
            for e in g["findings_expected"]
            if e.get("severity", "error") == "error" and e["rule"] in TABLE_RULES
        }
        injected |= {rule for rule, _ in expected}
        assert found == expected, g["id"]
    assert injected == set(TABLE_RULES)  # the sample breaks every relation at least once
