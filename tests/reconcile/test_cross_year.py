"""cross_year.carry and cross_year.in_force: a report against last year's of the organ."""

from __future__ import annotations

from extractor.reconcile import check

from .helpers import CLEAN_T2, CLEAN_T3, clean


def by_rule(findings, rule, severity=None):
    return [f for f in findings if f.rule == rule and (severity is None or f.severity == severity)]


def previous(**kw):
    """Last year's report whose 结转下年度 and 现行有效 lead into the clean report."""
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["carried_forward"] = [3, 0, 0, 0, 0, 0, 3]
    t3["total"] = [56, 2, 0, 0, 0, 0, 58]  # keep last year's own relations intact
    t2 = dict(CLEAN_T2, **{"regulations.in_force": 3, "normative_docs.in_force": 402})
    args = dict(t2=t2, t3=t3, year=2021, name="last-year")
    args.update(kw)
    return clean(**args)


def test_consistent_years_have_no_cross_year_finding():
    findings = check(clean(), previous())
    assert not [f for f in findings if f.rule.startswith("cross_year")]
    assert not by_rule(check(previous()), "t3.R1")  # the fixture itself is sound


def test_carry_broken_per_column():
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["carried_forward"] = [1, 0, 0, 0, 0, 0, 1]
    findings = check(clean(), previous(t3=t3))
    err = by_rule(findings, "cross_year.carry", "error")
    assert {f.metrics[0] for f in err} == {"t3.carried_over.natural_person", "t3.carried_over.total"}
    total = next(f for f in err if f.metrics[0] == "t3.carried_over.total")
    assert (total.reported, total.computed) == (3, 1)
    assert "prev:t3.carried_forward.total" in total.metrics and "上年报告" in total.message


def test_in_force_is_only_a_warning():
    t2 = dict(CLEAN_T2, **{"normative_docs.in_force": 300})
    findings = check(clean(t2=t2), previous())
    w = by_rule(findings, "cross_year.in_force")
    assert [f.severity for f in w] == ["warning"]
    assert (w[0].reported, w[0].computed) == (300, 422)  # 402 + 21 - 1


def test_in_force_skipped_against_a_2019_layout_year():
    t2 = dict(CLEAN_T2, **{"normative_docs.in_force": 300})
    assert not by_rule(check(clean(t2=t2), previous(layout="2019", year=2021)), "cross_year.in_force")


def test_other_organ_or_year_is_not_compared():
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["carried_forward"] = [1, 0, 0, 0, 0, 0, 1]
    for prev in (previous(t3=t3, organ="另一个区人民政府"), previous(t3=t3, year=2019)):
        findings = check(clean(), prev)
        assert not [f for f in findings if f.severity == "error"]
        assert [f.severity for f in by_rule(findings, "cross_year.carry")] == ["info"]


def test_without_previous_nothing_cross_year():
    assert not [f for f in check(clean()) if f.rule.startswith("cross_year")]
