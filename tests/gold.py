"""Compare an extracted report's facts with a gold file (shape of ../shared/corpus/real/*.gold.json)."""

from __future__ import annotations

from models import Report

T3_COLS = ["natural_person", "commercial", "research", "social", "legal_service", "other_org", "total"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]


def gold_cells(gold: dict) -> dict[str, object]:
    """Canonical metric id → printed value for every cell a gold file lists."""
    cells: dict[str, object] = {f"t2.{k}": v for k, v in gold.get("t2", {}).items()}
    for row, values in gold.get("t3", {}).items():
        cells.update({f"t3.{row}.{c}": v for c, v in zip(T3_COLS, values)})
    for group, values in gold.get("t4", {}).items():
        cells.update({f"t4.{group}.{c}": v for c, v in zip(T4_COLS, values)})
    return cells


def cell_mismatches(report: Report, gold: dict, allow_unreadable: set[str] = frozenset()) -> list[str]:
    """Every gold cell that was not extracted with its id, value and status; [] when exact."""
    status_of = gold.get("cell_status", {})
    unsettled = gold.get("unsettled") or {}
    printed = {f.metric: f for f in report.facts if not f.derived}
    problems = []
    for metric, value in gold_cells(gold).items():
        fact = printed.get(metric)
        want_status = status_of.get(metric, "value")
        if fact is None:
            problems.append(f"{metric}: missing (gold {value})")
        elif metric in unsettled:
            # The document does not settle it: unreadable, every possible reading a candidate.
            allowed = unsettled[metric].get("candidates") or []
            if fact.status != "unreadable" or not set(allowed) <= set(fact.candidates):
                problems.append(f"{metric}: {fact.status} {fact.value} (unsettled in the document: "
                                f"expected unreadable with candidates {allowed}, got {fact.candidates})")
        elif metric in allow_unreadable:
            if fact.status != "unreadable" or value not in fact.candidates:
                problems.append(f"{metric}: {fact.status} {fact.value} (expected unreadable with {value} a candidate)")
        elif fact.status != want_status or (want_status == "value" and fact.value != value):
            problems.append(f"{metric}: {fact.status} {fact.value!r} raw={fact.raw!r} (gold {want_status} {value!r})")
    extra = set(printed) - set(gold_cells(gold))
    problems += [f"{m}: extracted but not in gold" for m in sorted(extra)]
    return problems
