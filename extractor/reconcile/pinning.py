"""Doubtful scanned figures that the table's own relations confirm.

A figure the OCR read with too little confidence is unreadable. When the table's
relations pin that cell to one value (each relation that can solve it has it as its only
unknown, and they all give the same value), and that value is exactly what the OCR read
from the ink, the two are independent evidence of one figure: the reading is taken, with a
note naming the relations. The relation never supplies a figure the ink did not show, and
a table with a broken relation is not leaned on (the document may be wrong, and a wrong
document is reported, not repaired). A plain function of the report, run before `check`.
"""

from __future__ import annotations

from models import Report

from ..tables.standard import low_confidence_reading
from .engine import Figures
from .relations import outcomes, pinned

# Below this the OCR's reading is too weak to be confirmed (a smudge read as some digit).
PIN_MIN_CONFIDENCE = 0.3


def pin_readings(report: Report) -> Report:
    """The report with each low-confidence OCR figure its relations confirm taken as read."""
    # Only a figure read by OCR can be doubtful (asked first: most reports have none).
    doubtful = {f.metric: (i, value) for i, f in enumerate(report.facts)
                if f.ocr_confidence is not None and not f.derived
                and (value := low_confidence_reading(f, PIN_MIN_CONFIDENCE)) is not None}
    if not doubtful:
        return report
    solved: dict[str, list[tuple[int, str]]] = {}
    for o in outcomes(report, Figures(report)):
        if o.status == "broken":
            return report
        if o.solved is not None and o.solved[0] in doubtful:
            solved.setdefault(o.solved[0], []).append((o.solved[1], o.expanded.context))
    facts = list(report.facts)
    for metric, (value, contexts) in pinned(solved).items():
        i, read = doubtful[metric]
        if value != read:
            continue
        facts[i] = facts[i].model_copy(update={
            "status": "value", "value": value, "candidates": [],
            "note": f"{facts[i].note}; taken: the table's relations ({'、'.join(contexts)}) give the same figure",
        })
    return report.model_copy(update={"facts": facts})
