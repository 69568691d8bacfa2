"""narrative.table / narrative.sum / narrative.percent on hand-built mentions."""

from __future__ import annotations

from extractor.reconcile import check

from .helpers import CLEAN_T2, CLEAN_T4, clean, mention


def by_rule(findings, rule, severity=None):
    return [f for f in findings if f.rule == rule and (severity is None or f.severity == severity)]


def errors(findings):
    return [f for f in findings if f.severity == "error"]


def jiaxing_mentions(**changes):
    """The jiaxing-office-2022 依申请公开 paragraph as the narrative stage links it."""
    ms = [
        mention("共收到政府信息公开申请58件", 58, "t3.new_received.total", start=0),
        mention("上年结转3件", 3, "t3.carried_over.total", start=20),
        mention("共计61件", 61, "t3.new_received.total", start=30,
                alternatives=["t3.new_received.total+t3.carried_over.total"]),
        mention("依法办结59件", 59, "t3.total.total", start=40),
        mention("予以公开的18件", 18, "t3.granted.total", start=50, part_of=3),
        mention("部分公开的2件", 2, "t3.partial.total", start=60, part_of=3),
        mention("不予公开的1件", 1, "t3.denied.total", start=70, part_of=3),
        mention("无法提供的29件", 29, "t3.unavailable.total", start=80, part_of=3),
        mention("不予处理的6件", 6, "t3.not_processed.total", start=90, part_of=3),
        mention("其他处理的3件", 3, "t3.other.total", start=100, part_of=3),
        mention("结转下年度继续办理的2件", 2, "t3.carried_forward.total", start=110),
        mention("因信息公开引发行政争议3件", 3, None, start=120, topic="行政争议"),
        mention("行政复议1件", 1, "t4.reconsideration.total", start=130, part_of=11),
        mention("行政诉讼2件", 2, "t4.litigation.total", start=140, part_of=11),
        mention("均结果维持", None, None, start=150, kind="claim", claim="all_upheld"),
    ]
    for i, update in changes.items():
        i = int(i.removeprefix("m"))
        ms[i] = ms[i].model_copy(update=update)
    return ms


def test_clean_narrative_no_error_and_alternative_reading_named():
    findings = check(clean(mentions=jiaxing_mentions()))
    assert not errors(findings)
    assert not [f for f in findings if f.severity == "warning"]
    alt = by_rule(findings, "narrative.table", "info")
    assert len(alt) == 1 and alt[0].mentions == [2] and "上年结转" in alt[0].message


def test_alternatives_all_failing_is_an_error_pointing_at_the_mention_and_cells():
    findings = check(clean(mentions=jiaxing_mentions(m2={"value": 62, "text": "共计62件"})))
    err = by_rule(findings, "narrative.table", "error")
    assert len(err) == 1 and err[0].mentions == [2]
    assert {"t3.new_received.total", "t3.carried_over.total"} <= set(err[0].metrics)
    assert "「共计62件」" in err[0].message and "61" in err[0].message


def test_changed_number_against_group_subtotal():
    findings = check(clean(mentions=jiaxing_mentions(m7={"value": 28, "text": "无法提供的28件"})))
    err = by_rule(findings, "narrative.table", "error")
    assert len(err) == 1 and err[0].mentions == [7]
    assert (err[0].reported, err[0].computed) == (28, 29)
    assert set(err[0].metrics) == {f"t3.unavailable.{r}.total" for r in ("not_held", "need_creation", "unclear")}
    # the six listed groups (a complete list) no longer add up to 办结59 either
    s = by_rule(findings, "narrative.sum")
    assert len(s) == 1 and s[0].severity == "error" and s[0].computed == 58


def test_litigation_is_direct_plus_after():
    findings = check(clean(mentions=jiaxing_mentions(m13={"value": 3, "text": "行政诉讼3件"})))
    err = by_rule(findings, "narrative.table", "error")
    assert len(err) == 1 and err[0].computed == 2
    assert set(err[0].metrics) == {"t4.litigation_direct.total", "t4.litigation_after.total"}


def test_narrower_scope_is_a_warning_that_says_so():
    m = mention("区政府办代表区政府受理17件", 17, "t3.new_received.total", scope="区政府办代表区政府")
    findings = check(clean(mentions=[m]))
    assert not errors(findings)
    w = by_rule(findings, "narrative.table", "warning")
    assert len(w) == 1 and "区政府办代表区政府" in w[0].message and "口径" in w[0].message


def test_approximate_mention_never_an_error():
    ok = mention("受理申请近60件", 60, "t3.new_received.total", approx=True, approx_word="近")
    far = mention("受理申请100余件", 100, "t3.new_received.total", approx=True, approx_word="余")
    findings = check(clean(mentions=[ok, far]))
    assert not errors(findings)
    nt = by_rule(findings, "narrative.table")
    assert [f.mentions for f in nt] == [[1]] and nt[0].severity == "info"


def test_nil_mention_checks_zero():
    nil = mention("未发生行政复议", None, "t4.reconsideration.total", kind="nil")
    assert len(by_rule(check(clean(mentions=[nil])), "narrative.table", "error")) == 1
    t4 = {k: list(v) for k, v in CLEAN_T4.items()}
    t4["reconsideration"] = [0, 0, 0, 0, 0]
    assert not by_rule(check(clean(mentions=[nil], t4=t4)), "narrative.table")


def test_decimal_mention_within_half_unit_of_printed_digit():
    t2 = dict(CLEAN_T2, **{"fees.amount_wan": 7730.28})
    ok = mention("收费7730.3万元", 7730.3, "t2.fees.amount_wan", unit="万元")
    bad = mention("收费7730.4万元", 7730.4, "t2.fees.amount_wan", unit="万元", start=20)
    findings = by_rule(check(clean(t2=t2, mentions=[ok, bad])), "narrative.table")
    assert [f.mentions for f in findings] == [[1]] and findings[0].severity == "error"


def test_blank_cell_makes_mention_unchecked_not_wrong():
    t4 = {k: list(v) for k, v in CLEAN_T4.items()}
    t4["reconsideration"] = [1, 0, 0, 0, ""]
    findings = check(clean(t4=t4, mentions=[mention("行政复议1件", 1, "t4.reconsideration.total")]))
    nt = by_rule(findings, "narrative.table")
    assert len(nt) == 1 and nt[0].severity == "info" and "无法" in nt[0].message


def test_claim_all_upheld():
    t4 = {k: list(v) for k, v in CLEAN_T4.items()}
    t4["litigation_after"] = [1, 1, 0, 0, 2]
    # the sentence names 行政诉讼: a corrected case contradicts it
    named = mention("行政诉讼均获维持", None, "t4.litigation.total", kind="claim", claim="all_upheld")
    err = by_rule(check(clean(t4=t4, mentions=[named])), "narrative.table", "error")
    assert len(err) == 1 and "t4.litigation_after.corrected" in err[0].metrics and "结果纠正为1" in err[0].message
    # the same words about 行政复议 only hold
    rec = named.model_copy(update={"metric": "t4.reconsideration.total", "text": "行政复议均获维持"})
    assert not by_rule(check(clean(t4=t4, mentions=[rec])), "narrative.table")
    # reach not named: a warning, the reach was inferred
    loose = named.model_copy(update={"metric": None})
    w = by_rule(check(clean(t4=t4, mentions=[loose])), "narrative.table")
    assert [f.severity for f in w] == ["warning"]
    assert not by_rule(check(clean(mentions=[loose])), "narrative.table")


def test_claim_all_closed():
    claim = mention("均已结案", None, "t4.reconsideration.total", kind="claim", claim="all_closed")
    assert not by_rule(check(clean(mentions=[claim])), "narrative.table")
    t4 = {k: list(v) for k, v in CLEAN_T4.items()}
    t4["reconsideration"] = [0, 0, 0, 1, 1]
    assert len(by_rule(check(clean(t4=t4, mentions=[claim])), "narrative.table", "error")) == 1


def test_narrative_sum_parts_exceeding_total_is_an_error():
    ms = jiaxing_mentions(m13={"value": 3, "text": "行政诉讼3件"})
    err = by_rule(check(clean(mentions=ms)), "narrative.sum", "error")
    assert len(err) == 1 and err[0].mentions == [11, 12, 13]
    assert (err[0].reported, err[0].computed) == (3, 4)


def test_narrative_sum_holds_and_overlapping_dimensions_are_skipped():
    total = mention("收到申请58件", 58, "t3.new_received.total")
    parts = [
        mention("其中自然人56件", 56, "t3.new_received.natural_person", start=10, part_of=0),
        mention("法人或其他组织2件", 2, "t3.new_received.organisations", start=20, part_of=0),
    ]
    assert not [f for f in check(clean(mentions=[total, *parts])) if f.severity != "info"]
    overlapping = parts + [mention("予以公开18件", 18, "t3.granted.total", start=30, part_of=0)]
    assert not by_rule(check(clean(mentions=[total, *overlapping])), "narrative.sum")


def test_narrative_sum_approximate_is_info():
    total = mention("培训300多人次", 300, None, unit="人次", approx=True, approx_word="多")
    parts = [mention("其中干部200人次", 200, None, unit="人次", start=10, part_of=0),
             mention("群众150人次", 150, None, unit="人次", start=20, part_of=0)]
    found = by_rule(check(clean(mentions=[total, *parts])), "narrative.sum")
    assert [f.severity for f in found] == ["info"]


def test_narrative_percent():
    def pct(value, share_of=4):
        return mention(f"占{value}%", value, None, kind="percent", share_of=share_of, start=200)

    base = jiaxing_mentions()
    assert not by_rule(check(clean(mentions=base + [pct(30.5)])), "narrative.percent")  # 18/59 = 30.51
    assert not by_rule(check(clean(mentions=base + [pct(30.6)])), "narrative.percent")  # within 0.1 pp
    err = by_rule(check(clean(mentions=base + [pct(31.5)])), "narrative.percent", "error")
    assert len(err) == 1 and err[0].mentions == [4, 15] and abs(err[0].computed - 30.51) < 0.01
    # printed without decimals: half a percentage point
    assert not by_rule(check(clean(mentions=base + [pct(31)])), "narrative.percent")
    # a share with no total in the sentence: tried against the table's bases, a warning
    lone = [mention("予以公开18件", 18, "t3.granted.total"), pct(40.0, share_of=0)]
    w = by_rule(check(clean(mentions=lone)), "narrative.percent")
    assert [f.severity for f in w] == ["warning"]
    # 18 of the 58 newly received applications (31.03%) is an accepted base
    lone[1] = pct(31.0, share_of=0)
    assert not by_rule(check(clean(mentions=lone)), "narrative.percent")


def test_mentions_are_indices_and_fingerprints_follow_spans():
    ms = jiaxing_mentions(m2={"value": 62, "text": "共计62件"})
    a = by_rule(check(clean(mentions=ms)), "narrative.table", "error")[0]
    b = by_rule(check(clean(mentions=ms)), "narrative.table", "error")[0]
    assert a.fingerprint == b.fingerprint
    moved = jiaxing_mentions(m2={"value": 62, "text": "共计62件", "start": 31, "end": 37})
    c = by_rule(check(clean(mentions=moved)), "narrative.table", "error")[0]
    assert c.fingerprint != a.fingerprint


def test_claim_metric_as_sum_expression_names_the_groups():
    t4 = {k: list(v) for k, v in CLEAN_T4.items()}
    t4["litigation_after"] = [1, 0, 1, 0, 2]
    claim = mention("均结果维持", None, "t4.reconsideration.total+t4.litigation.total", kind="claim", claim="all_upheld")
    err = by_rule(check(clean(t4=t4, mentions=[claim])), "narrative.table", "error")
    assert len(err) == 1 and "t4.litigation_after.other" in err[0].metrics
    assert not by_rule(check(clean(mentions=[claim])), "narrative.table")


def test_whole_area_scope_is_not_narrower():
    m = mention("全区收到申请57件", 57, "t3.new_received.total", scope="全区")
    assert len(by_rule(check(clean(mentions=[m])), "narrative.table", "error")) == 1


def test_carried_forward_listed_after_closed_is_not_a_part():
    ms = jiaxing_mentions(m10={"part_of": 3})  # 结转下年度2件 wrongly attached to 办结59件
    assert not by_rule(check(clean(mentions=ms)), "narrative.sum")
    ms = jiaxing_mentions(m10={"part_of": 3}, m4={"value": 19, "text": "予以公开的19件"})
    s = by_rule(check(clean(mentions=ms)), "narrative.sum")
    assert len(s) == 1 and s[0].computed == 60 and 10 not in s[0].mentions


def test_narrative_sum_complete_list_adding_up_to_less_is_an_error():
    # all six 办理结果 groups listed: nothing can be missing
    ms = jiaxing_mentions(m5={"value": 1, "text": "部分公开的1件"})
    s = by_rule(check(clean(mentions=ms)), "narrative.sum")
    assert [(f.severity, f.computed) for f in s] == [("error", 58)]
    # a list not known to be complete: near the total a slip (warning), far below a selection (info)
    ms = jiaxing_mentions()[:9]  # 其他处理 not listed: 56 of 59
    s = by_rule(check(clean(mentions=ms)), "narrative.sum")
    assert [(f.severity, f.computed) for f in s] == [("warning", 56)]
    ms = jiaxing_mentions()[:6]  # 予以公开 and 部分公开 only: 20 of 59
    s = by_rule(check(clean(mentions=ms)), "narrative.sum")
    assert [(f.severity, f.computed) for f in s] == [("info", 20)]


def test_percent_base_named_in_words_is_explicit():
    ms = [mention("予以公开18件", 18, "t3.granted.total"),
          mention("占办结总数的40.0%", 40.0, None, kind="percent", share_of=0, start=20)]
    err = by_rule(check(clean(mentions=ms)), "narrative.percent")
    assert [f.severity for f in err] == ["error"] and "办理结果总计" in err[0].message
    ms[1] = ms[1].model_copy(update={"value": 30.5, "text": "占办结总数的30.5%"})
    assert not by_rule(check(clean(mentions=ms)), "narrative.percent")


def test_self_scope_is_whole_for_a_department_but_maybe_less_for_a_government():
    m = mention("本机关发生行政复议案件7件", 7, "t4.reconsideration.total", scope="本机关")
    dept = by_rule(check(clean(mentions=[m], organ="石门县医疗保障局")), "narrative.table")
    assert [f.severity for f in dept] == ["error"]
    gov = by_rule(check(clean(mentions=[m], organ="安宁县人民政府")), "narrative.table")
    assert [f.severity for f in gov] == ["warning"]


def test_mentions_without_a_table_counterpart_are_left_alone():
    ms = [mention("主动公开政府信息1136条", 1136, "proactive.items"),
          mention("政策解读54件", 54, "解读 件", start=20),
          mention("培训300多人次", 300, None, approx=True, approx_word="多", start=40)]
    assert not check(clean(mentions=ms))


def test_a_reading_the_layout_does_not_print_is_no_excuse():
    """新制作规范性文件 may mean the 2019 本年新制作 or the 2021 本年制发; in a 2021 table the
    2019 column does not exist, so the one reading that exists decides: an error, not a
    warning about an unreadable cell."""
    wrong = mention("制作规范性文件20件", 20, "t2.normative_docs.issued",
                    alternatives=["t2.normative_docs.made"])
    err = by_rule(check(clean(mentions=[wrong])), "narrative.table")
    assert [(f.severity, f.reported, f.computed) for f in err] == [("error", 20, 21)]
    assert "无法读取" not in err[0].message
    right = wrong.model_copy(update={"value": 21, "text": "制作规范性文件21件"})
    assert not by_rule(check(clean(mentions=[right])), "narrative.table")


def test_scoped_count_kept_only_as_a_reading_is_still_checked_as_a_warning():
    """The narrative leaves "区政府办公室代表区政府收到申请12件" unlinked (the cell is only
    a reading); against a table of 58 it is a warning naming the scope, never an error.
    As a part of a larger count ("其中…") it is not checked at all."""
    scoped = mention("区政府办公室代表区政府收到申请12件", 12, None, scope="区政府办公室代表区政府",
                     alternatives=["t3.new_received.total"])
    found = by_rule(check(clean(mentions=[scoped])), "narrative.table")
    assert [(f.severity, f.reported, f.computed) for f in found] == [("warning", 12, 58)]
    assert "区政府办公室代表区政府" in found[0].message
    agreeing = scoped.model_copy(update={"value": 58})
    assert not by_rule(check(clean(mentions=[agreeing])), "narrative.table")
    whole = mention("共收到申请80件", 80, None, topic="依申请公开")
    part = scoped.model_copy(update={"part_of": 0, "start": 20, "end": 40})
    assert not by_rule(check(clean(mentions=[whole, part])), "narrative.table")


def test_narrative_sum_a_part_naming_the_part_before_again_is_some_of_it():
    """"制作、获取政府信息39476条：其中…主动公开文件25115条，全文电子化主动公开文件24902条，…依申请公开
    文件6342条，不予公开文件8019条" (莆田 2014): the second names the first again with a qualifier —
    some of it, not another part — so the whole holds (25115 + 6342 + 8019); a list that
    exceeds its whole without such a repeat is still an error."""
    def parts_of(*said):
        total = mention("制作、获取政府信息39476条", 39476, None, unit="条")
        return [total, *(mention(text, v, None, unit="条", start=20 * (k + 1), part_of=0)
                         for k, (text, v) in enumerate(said))]

    nested = parts_of(("主动公开文件25115条", 25115), ("主动公开文件24902条", 24902),
                      ("公开文件6342条", 6342), ("不予公开文件8019条", 8019))
    assert by_rule(check(clean(mentions=nested)), "narrative.sum") == []
    siblings = parts_of(("主动公开文件25115条", 25115), ("依申请公开文件24902条", 24902),
                        ("公开文件6342条", 6342), ("不予公开文件8019条", 8019))
    assert [f.severity for f in by_rule(check(clean(mentions=siblings)), "narrative.sum")] == ["error"]


def test_narrative_sum_a_part_that_breaks_down_an_earlier_one_is_some_of_it():
    """"因政府信息公开引发行政争议3件，其中行政复议1件，行政诉讼2件，正在复议1件" (s69's generated crawled corpus): the
    pending reconsideration is among the reconsiderations, not a third part, so the whole holds (1 + 2); two groups listed
    past their whole are still an error."""
    def parts_of(*said):
        total = mention("行政争议3件", 3, None)
        return [total, *(mention(text, v, metric, start=20 * (k + 1), part_of=0)
                         for k, (text, v, metric) in enumerate(said))]

    nested = parts_of(("行政复议1件", 1, "t4.reconsideration.total"), ("行政诉讼2件", 2, "t4.litigation.total"),
                      ("正在复议1件", 1, "t4.reconsideration.pending"))
    assert by_rule(check(clean(mentions=nested)), "narrative.sum") == []
    over = parts_of(("行政复议2件", 2, "t4.reconsideration.total"), ("行政诉讼2件", 2, "t4.litigation.total"))
    assert [f.severity for f in by_rule(check(clean(mentions=over)), "narrative.sum")] == ["error"]
