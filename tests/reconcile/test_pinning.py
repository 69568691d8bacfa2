"""A doubtful OCR figure that the table's relations confirm is taken as read; nothing else is."""

from __future__ import annotations

from extractor.reconcile import check, pin_readings
from models import Fact

from .helpers import CLEAN_T3, clean


def _doubtful(report, metric: str, read: int, confidence: float):
    """The report with `metric` unreadable as table mapping leaves a low-confidence OCR figure."""
    facts = [Fact(metric=f.metric, status="unreadable", raw=str(read), candidates=[read], ocr_confidence=confidence,
                  note=f"OCR read '{read}' with confidence {confidence:.2f}")
             if f.metric == metric else f for f in report.facts]
    return report.model_copy(update={"facts": facts})


def test_reading_the_relations_confirm_is_taken_with_a_note():
    doubtful = _doubtful(clean(), "t3.granted.natural_person", 17, 0.81)
    pinned = pin_readings(doubtful)
    fact = pinned.fact("t3.granted.natural_person")
    assert (fact.status, fact.value, fact.candidates) == ("value", 17, [])
    assert "0.81" in fact.note and "relations" in fact.note
    assert doubtful.fact("t3.granted.natural_person").status == "unreadable"  # a new report, not a patch
    assert not [f for f in check(pinned) if f.rule in ("cell.suggestion", "t3.R2", "t3.R3")]


def test_relation_never_overrules_or_replaces_the_ink():
    # The OCR read 11 where the relations want 17: the cell stays unreadable (and suggested).
    assert pin_readings(_doubtful(clean(), "t3.granted.natural_person", 11, 0.81)).fact(
        "t3.granted.natural_person").status == "unreadable"
    # Too weak a reading to be confirmed.
    assert pin_readings(_doubtful(clean(), "t3.granted.natural_person", 17, 0.2)).fact(
        "t3.granted.natural_person").status == "unreadable"


def test_table_with_a_broken_relation_is_not_leaned_on():
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["carried_forward"] = [2, 0, 0, 0, 0, 0, 3]  # a row that does not add up, elsewhere
    report = _doubtful(clean(t3=t3), "t3.granted.natural_person", 17, 0.81)
    assert pin_readings(report).fact("t3.granted.natural_person").status == "unreadable"

