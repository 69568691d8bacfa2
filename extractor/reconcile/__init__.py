"""Reconciliation (issue 4). Placeholder until the rule engine lands: no findings."""

from models import Finding, Report


def check(report: Report) -> list[Finding]:
    return []
