"""Reconciliation: which figures of a report contradict each other, and exactly where.

    check(report) -> list[Finding]             the report against itself
    check(report, previous) -> list[Finding]   … and against last year's report of the organ
    same_organ(a, b), consecutive_years(a, b)  whether `previous` is the organ's year before
    pin_readings(report) -> Report             doubtful OCR figures the relations confirm, taken

The relations are data (rules.toml), interpreted by engine.py; relations.py checks the
table relations (t3.R1 … t4.R5, cross_year.*), structure.py the form (table.missing,
table.blank, layout.outdated), narrative.py the narrative (narrative.table/sum/percent).
"""

from __future__ import annotations

from models import Finding, Report, normalize_label

from .engine import Figures, finding
from .narrative import check_narrative
from .pinning import pin_readings
from .relations import check_relations
from .structure import check_structure

_ORDER = {"error": 0, "warning": 1, "info": 2}


def same_organ(report: Report, previous: Report) -> bool:
    a, b = report.meta.organ, previous.meta.organ
    return a is None or b is None or normalize_label(a) == normalize_label(b)


def consecutive_years(report: Report, previous: Report) -> bool:
    a, b = report.meta.year, previous.meta.year
    return a is None or b is None or a - b == 1


def check(report: Report, previous: Report | None = None) -> list[Finding]:
    """Every finding of one report, errors first; a pure function of its inputs."""
    findings: list[Finding] = []
    if previous is not None and not (same_organ(report, previous) and consecutive_years(report, previous)):
        findings.append(
            finding(
                report, "cross_year.carry", "info",
                f"上年报告（{previous.meta.organ or '?'} {previous.meta.year or '?'}年）与本报告"
                f"（{report.meta.organ or '?'} {report.meta.year or '?'}年）不是同一机关的相邻年度，未做跨年度核对",
                extra=previous.source.sha256,
            )
        )
        previous = None
    prev_figs = Figures(previous) if previous is not None else None
    figs = Figures(report, prev_figs)
    findings += check_structure(report, figs)
    findings += check_relations(report, figs, previous)
    findings += check_narrative(report, figs)
    findings.sort(key=lambda f: _ORDER[f.severity])
    return findings
