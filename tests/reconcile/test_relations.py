"""Table relations t3.R1, t3.R2, t3.R3, t4.R5 on hand-built reports: each broken and kept,
blank/slash/unreadable cells never read as 0."""

from __future__ import annotations

import pytest

from extractor.reconcile import check
from models import vocabulary

from .helpers import CLEAN_T3, CLEAN_T4, clean, t3_table

RULES = ("t3.R1", "t3.R2", "t3.R3", "t4.R5")


def by_rule(findings, rule, severity=None):
    return [f for f in findings if f.rule == rule and (severity is None or f.severity == severity)]


def errors(findings):
    return [f for f in findings if f.severity == "error"]


def test_clean_report_has_no_findings_at_all():
    assert check(clean()) == []
    t2_2019 = {m: 0 for m in vocabulary().t2_layouts["2019"]}
    assert check(clean(layout="2019", t2=t2_2019, year=2020, other_single_row=True,
                       t3=t3_table(single_other=True))) == []


def test_t4_r5_hongze_shape_two_errors_with_reviewer_message():
    t4 = {"reconsideration": [10, 1, 0, 0, 0], "litigation_direct": [0] * 5, "litigation_after": [5, 0, 0, 0, 0]}
    found = by_rule(check(clean(t4=t4)), "t4.R5", "error")
    assert len(found) == 2
    rec = next(f for f in found if "t4.reconsideration.total" in f.metrics)
    assert (rec.reported, rec.computed, rec.delta) == (0, 11, -11)
    assert rec.message == "表四「行政复议」：结果维持10 + 结果纠正1 + 其他结果0 + 尚未审结0 = 11，但总计为0"
    assert set(rec.metrics) == {f"t4.reconsideration.{c}" for c in ("upheld", "corrected", "other", "pending", "total")}
    after = next(f for f in found if "t4.litigation_after.total" in f.metrics)
    assert (after.reported, after.computed) == (0, 5)
    # the derived 行政诉讼 (direct + after) is not a printed group: no third finding
    assert not any("t4.litigation." in m for f in found for m in f.metrics)


def test_t3_r1_one_error_per_broken_column():
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["carried_forward"] = [3, 0, 0, 0, 0, 0, 3]  # 56+3 != 57+3 and 58+3 != 59+3
    found = by_rule(check(clean(t3=t3)), "t3.R1", "error")
    assert sorted(f.metrics[0] for f in found) == ["t3.new_received.natural_person", "t3.new_received.total"]
    total = next(f for f in found if "t3.new_received.total" in f.metrics)
    assert (total.reported, total.computed) == (61, 62)
    assert set(total.metrics) == {"t3.new_received.total", "t3.carried_over.total", "t3.total.total", "t3.carried_forward.total"}
    assert "本年新收58 + 上年结转3 = 61" in total.message


def test_t3_r2_sums_every_result_row_and_names_groups():
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["denied.process_info"] = [0, 0, 0, 0, 0, 0, 4]  # total column only: R2 and R3 break
    findings = check(clean(t3=t3))
    r2 = by_rule(findings, "t3.R2", "error")
    assert len(r2) == 1 and (r2[0].reported, r2[0].computed) == (59, 63)
    assert "不予公开5" in r2[0].message and "t3.denied.process_info.total" in r2[0].metrics
    r3 = by_rule(findings, "t3.R3", "error")
    assert len(r3) == 1 and r3[0].metrics[0] == "t3.denied.process_info.total"


def test_t3_r2_other_as_single_row():
    t3 = t3_table(single_other=True, new_received=[3, 0, 0, 0, 0, 0, 3], other=[2, 0, 0, 0, 0, 0, 2],
                  granted=[1, 0, 0, 0, 0, 0, 1], total=[3, 0, 0, 0, 0, 0, 3])
    assert not errors(check(clean(t3=t3, other_single_row=True)))
    t3["other"] = [1, 0, 0, 0, 0, 0, 1]
    found = by_rule(check(clean(t3=t3, other_single_row=True)), "t3.R2", "error")
    assert {f.metrics[0] for f in found} == {"t3.total.natural_person", "t3.total.total"}


def test_t3_r3_row_total_against_applicants():
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["new_received"] = [56, 2, 0, 0, 0, 0, 57]
    r3 = by_rule(check(clean(t3=t3)), "t3.R3", "error")
    assert len(r3) == 1
    assert (r3[0].reported, r3[0].computed, r3[0].delta) == (57, 58, -1)
    assert r3[0].message.startswith("表三「本年新收」行：自然人56 + 商业企业2")


@pytest.mark.parametrize("mark,status_word", [("", "空白"), ("/", "斜杠")])
def test_blank_and_slash_are_not_zero(mark, status_word):
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["granted"] = [17, mark, 0, 0, 0, 0, 18]  # read as 0 this would break R3 and R2
    findings = check(clean(t3=t3))
    assert not errors(findings)
    blank = by_rule(findings, "table.blank", "warning")
    assert len(blank) == 1 and blank[0].metrics == ["t3.granted.commercial"] and status_word in blank[0].message
    for rule in ("t3.R2", "t3.R3"):
        unchecked = by_rule(findings, rule, "warning")
        assert len(unchecked) == 1 and "无法完全核对" in unchecked[0].message
        assert "t3.granted.commercial" in unchecked[0].metrics


def test_blank_cell_still_broken_when_known_parts_exceed_total():
    t4 = {k: list(v) for k, v in CLEAN_T4.items()}
    t4["litigation_after"] = [3, "", 0, 0, 2]  # 3 + ? can never be 2
    found = by_rule(check(clean(t4=t4)), "t4.R5", "error")
    assert len(found) == 1 and "不计为0" in found[0].message


def test_unreadable_cell_gives_warning_not_error():
    t4 = {k: list(v) for k, v in CLEAN_T4.items()}
    t4["reconsideration"] = [1, 0, 0, 0, "?"]
    findings = check(clean(t4=t4))
    assert not errors(findings)
    assert not by_rule(findings, "table.blank")
    w = by_rule(findings, "t4.R5", "warning")
    assert len(w) == 1 and "无法识别" in w[0].message and w[0].metrics == ["t4.reconsideration.total"]


def test_missing_table_and_rows():
    findings = check(clean(t4={}))
    missing = by_rule(findings, "table.missing")
    assert len(missing) == 1 and "表四" in missing[0].message
    assert not by_rule(findings, "t4.R5")  # not one warning per group on top

    t3 = {k: v for k, v in CLEAN_T3.items() if k != "partial"}
    findings = check(clean(t3=t3))
    missing = by_rule(findings, "table.missing")
    assert len(missing) == 1 and len(missing[0].metrics) == 7
    assert all(m.startswith("t3.partial.") for m in missing[0].metrics)
    assert not errors(findings)


def test_no_table_missing_before_the_standard_form():
    assert not by_rule(check(clean(t2={}, t3={}, t4={}, year=2017)), "table.missing")
    assert len(by_rule(check(clean(t2={}, t3={}, t4={}, year=2020)), "table.missing")) == 3


def test_layout_outdated():
    assert len(by_rule(check(clean(t2={}, layout="2019", year=2023)), "layout.outdated", "warning")) == 1
    assert not by_rule(check(clean(t2={}, layout="2019", year=2020)), "layout.outdated")
    assert not by_rule(check(clean(layout="2021", year=2023)), "layout.outdated")


def test_fingerprint_stable_and_specific():
    t4 = {"reconsideration": [10, 1, 0, 0, 0], "litigation_direct": [0] * 5, "litigation_after": [5, 0, 0, 0, 0]}
    a = by_rule(check(clean(t4=t4)), "t4.R5")
    b = by_rule(check(clean(t4=t4)), "t4.R5")
    assert [f.fingerprint for f in a] == [f.fingerprint for f in b]
    assert len({f.fingerprint for f in a}) == 2
    other_doc = by_rule(check(clean(t4=t4, name="another")), "t4.R5")
    assert not {f.fingerprint for f in a} & {f.fingerprint for f in other_doc}
    # the same broken relation with different figures is the same finding for a reviewer
    t4["reconsideration"] = [9, 1, 0, 0, 0]
    c = by_rule(check(clean(t4=t4)), "t4.R5")
    assert {f.fingerprint for f in a} == {f.fingerprint for f in c}


def test_unreadable_run_with_candidates_broken_whatever_the_reading():
    from .helpers import cell
    base = clean()
    facts = [f for f in base.facts if f.metric != "t4.reconsideration.upheld"]
    fit = cell("t4.reconsideration.upheld", 0).model_copy(
        update={"status": "unreadable", "value": None, "candidates": [1, 10]})
    r = base.model_copy(update={"facts": facts + [fit]})
    assert not by_rule(check(r), "t4.R5", "error")  # 1 fits: only unchecked
    nofit = fit.model_copy(update={"candidates": [3, 30]})
    r = base.model_copy(update={"facts": facts + [nofit]})
    found = by_rule(check(r), "t4.R5", "error")
    assert len(found) == 1 and "t4.reconsideration.upheld" in found[0].metrics


def _suggested(findings):
    return {f.metrics[0]: f.computed for f in findings if f.rule == "cell.suggestion"}


def test_unreadable_cell_pinned_by_the_relations_is_suggested_not_read():
    """表三 予以公开·自然人 unreadable (OCR unsure): 17 is what both the row (t3.R3) and
    the column (t3.R2) demand. It is offered as an info finding; the fact stays unreadable."""
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["granted"][0] = "?"
    report = clean(t3=t3)
    findings = check(report)
    assert _suggested(findings) == {"t3.granted.natural_person": 17}
    s = next(f for f in findings if f.rule == "cell.suggestion")
    assert s.severity == "info" and "建议" in s.message
    assert report.fact("t3.granted.natural_person").status == "unreadable"
    assert not [f for f in findings if f.severity == "error"]


def test_no_suggestion_when_two_cells_are_unknown_or_relations_disagree():
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["granted"][0] = "?"
    t3["granted"][6] = "?"  # the row has two unknowns; the columns still pin each one
    assert _suggested(check(clean(t3=t3))) == {"t3.granted.natural_person": 17, "t3.granted.total": 18}
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["granted"][0] = "?"
    t3["total"][0] = 58  # the column now asks for 18, the row still for 17
    assert _suggested(check(clean(t3=t3))) == {}
    t3 = {k: list(v) for k, v in CLEAN_T3.items()}
    t3["granted"][0] = ""  # a blank is printed so: never "solved"
    assert _suggested(check(clean(t3=t3))) == {}
