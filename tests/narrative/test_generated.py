"""Narrative counts of generated reports (corpora/generator: another engineer's wording,
every stated count recorded in the gold with its quote, value and cell).

- every gold count is found at its quote with its value;
- a gold cell is the mention's metric or one of its alternatives (共受理 X 件 is linked to
  new_received with new_received + carried_over kept as the other reading);
- a linked metric is never a cell the gold rules out;
- every gold claim (均获维持 …) is found.
"""

from __future__ import annotations

import re

import pytest

from extractor import ingest
from extractor.narrative import extract_mentions

from .test_gold import _squeezed


def _same(a: str | None, b: str | None) -> bool:
    """Sum expressions compare as sets of ids."""
    return a is not None and b is not None and sorted(a.split("+")) == sorted(b.split("+"))


def _generated(tmp_path, seed: str) -> tuple[dict, list, tuple[str, list[int]]]:
    """A generated HTML report's gold, the mentions read from the report and its text squeezed
    (`_squeezed`: where its quotes are found)."""
    from corpora.generator import generate_report

    _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
    doc = ingest.read(tmp_path / g["file"])
    return g, extract_mentions(doc, year=g["year"]), _squeezed(doc.text)  # (the year, as the pipeline reads the title)


def _spans(squeezed: tuple[str, list[int]], quote: str) -> list[tuple[int, int]]:
    """Every place (start, end offsets in the text) the squeezed text says `quote`."""
    flat, where = squeezed
    q, _ = _squeezed(quote)
    out, at = [], flat.find(q) if q else -1
    while at >= 0:
        out.append((where[at], where[at + len(q) - 1] + 1))
        at = flat.find(q, at + 1)
    return out


def _read_at(mentions: list, said: dict, squeezed: tuple[str, list[int]], kind: str = "count") -> list[str | None]:
    """The metrics of the mentions of `kind` read at a gold count's quote, with its value: inside
    one of the places the text says the quote (not merely its words inside the quote's: "4件" of
    another sentence is in "制发规范性文件4件" too)."""
    spans = _spans(squeezed, said["quote"])
    return [x.metric for x in mentions if x.kind == kind and x.value == said["value"]
            and any(a <= x.start and x.end <= b for a, b in spans)]


def _each_at_its_cell(mentions: list, said: list[dict], squeezed: tuple[str, list[int]]) -> None:
    """Each gold count of `said` is read once at its quote, as its kind, with its metric."""
    for m in said:
        got = _read_at(mentions, m, squeezed, m["kind"])
        assert got == [m["metric"]], (m["quote"], got)


def test_generated_reports(tmp_path):
    from corpora import generator
    golds = generator.generate(n=30, out=tmp_path, seed=7, formats=["html", "text"])
    problems: list[str] = []
    counts = cells = claims = 0
    for g in golds:
        doc = ingest.read(tmp_path / g["file"])
        mentions = extract_mentions(doc, year=g["year"])
        squeezed = _squeezed(doc.text)

        def at(quote: str) -> tuple[int, int] | None:
            return next(iter(_spans(squeezed, quote)), None)

        for item in g["narrative_counts"]:
            counts += 1
            span = at(item["quote"])
            here = [m for m in mentions if span and m.start < span[1] and span[0] < m.end
                    and m.value == item["value"]]
            if not here:
                problems.append(f"{g['id']}: {item['quote']!r} = {item['value']} not found")
                continue
            accept = item.get("accept", [])
            if "*" in accept:
                continue
            allowed = [item.get("metric"), *accept]
            m = here[0]
            if item.get("metric"):
                cells += 1
                readings = [m.metric, *m.alternatives]
                if not any(_same(r, a) for r in readings for a in allowed):
                    problems.append(f"{g['id']}: {item['quote']!r}: {readings} lack {item['metric']}")
            if m.metric and not any(_same(m.metric, a) for a in allowed):
                if not any(_same(a, alt) for a in allowed for alt in m.alternatives):
                    problems.append(f"{g['id']}: {item['quote']!r} linked to {m.metric}, gold {allowed}")
        for claim in g.get("claims", []):
            claims += 1
            span = at(claim["quote"])
            if not any(m.kind == "claim" and span and m.start < span[1] and span[0] < m.end for m in mentions):
                problems.append(f"{g['id']}: claim {claim['quote']!r} not found")
    print(f"\ngenerated reports: {len(golds)}, counts {counts}, cells {cells}, claims {claims}, problems {len(problems)}")
    assert counts > 300
    assert not problems, "\n".join(problems[:30])


def test_generated_nils_listed_item_by_item(tmp_path):
    """The generator's pre-2019 wording of no 复议 and no 诉讼 ("没有发生…的行政复议案、
    行政诉讼案和各类申诉案", 莆田 林业局 2016): three nils, each at its own item, the first
    two linked to their 表四 totals."""
    from corpora.generator import generate_report

    found = 0
    for seed in ("nils:9", "nils:28"):
        _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
        items = [m for m in g["narrative_counts"] if m["quote"].endswith(("行政复议案", "行政诉讼案", "申诉案"))]
        assert len(items) == 3, seed  # the variant is there: the test would be empty without it
        doc = ingest.read(tmp_path / g["file"])
        nils = [m for m in extract_mentions(doc) if m.kind == "nil" and m.topic in ("行政复议", "行政诉讼", "申诉")
                and m.text.endswith("案")]  # (not a variant's other nils of 表四 in the same report: "…被依法纠正")
        assert [(m.text[-5:], m.metric) for m in nils] == [
            ("行政复议案", "t4.reconsideration.total"), ("行政诉讼案", "t4.litigation.total"), ("各类申诉案", None)]
        found += 1
    assert found == 2


@pytest.mark.parametrize("seeds, opening, cells", [
    (("r146:9", "r146:31"), "未因政府信息公开工作不作为", ["t4.reconsideration.total", "t4.litigation.total"]),
    (("r150:6", "r150:15"), "未出现行政复议败诉", ["t4.reconsideration.corrected", "t4.litigation.total"]),
], ids=["r146", "r150"])
def test_generated_nils_of_表四_each_at_its_cell(tmp_path, seeds, opening, cells):
    """The generator's words of no 复议 and no 诉讼, each nil at its cell: r146's cause naming happenings before the comma
    ("未因政府信息公开工作不作为、不依法作为等情况，而发生申请行政复议和行政诉讼案件": two nils of the totals; at 7b57482, real146's
    blind commit, of no cell), r150's lawsuits listed after a reconsideration's outcome ("未出现行政复议败诉和被诉讼情形": the
    outcome's nil and the lawsuits'; at 720cf68, real150's blind commit, the outcome's only, the lawsuits dropped as the cases an
    outcome is said of)."""
    from corpora.generator import generate_report

    for seed in seeds:
        _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
        said = [m["metric"] for m in g["narrative_counts"] if m["quote"].startswith(opening)]
        assert said == cells, seed  # the variant is there
        doc = ingest.read(tmp_path / g["file"])
        nils = [(m.kind, m.metric) for m in extract_mentions(doc, year=g["year"]) if m.text.startswith(opening)]
        assert nils == [("nil", cell) for cell in cells], seed


def test_generated_credit_records_and_no_fee(tmp_path):
    """The generator's r147/r148 words: a credit platform's records broken down by 自然人 and 法人 in the paragraph on
    applications ("信用平台归集信用数据N条，其中自然人M条，法人K条") name no applicant's column (at fedba8e, after r147's first fix,
    the natural persons' were still read as the received, the applications' words being in the sentence before), and
    "不涉及政府信息公开收费" is a nil of no cell (no count at fedba8e)."""
    from corpora.generator import generate_report

    for seed in ("r148:2", "r148:14"):
        _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
        said = [m["quote"] for m in g["narrative_counts"] if re.match(r"(?:自然人|法人) ?\d+ ?条$|不涉及政府信息公开收费$", m["quote"])]
        assert len(said) == 3, seed  # the variant is there
        doc = ingest.read(tmp_path / g["file"])
        got = [(m.kind, m.metric, m.alternatives) for m in extract_mentions(doc, year=g["year"])
               if re.match(r"(?:自然人|法人) ?\d+ ?条$|不涉及政府信息公开收费$", m.text)]
        assert [(k, metric) for k, metric, _ in got] == [("count", None), ("count", None), ("nil", None)], seed
        assert not got[0][2] and not got[1][2], seed  # (not even a reading)


def test_generated_nil_referring_back_to_its_heading(tmp_path):
    """The generator's "无此类情况" right after the heading naming 复议 and 诉讼 (莆田 体育局
    2014): two nils quoting it, linked to the two 表四 totals, and none else in the report."""
    from corpora.generator import generate_report

    for seed in ("br:81", "br:132"):
        _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
        assert [m["metric"] for m in g["narrative_counts"] if m["quote"] == "无此类情况"] == [
            "t4.reconsideration.total", "t4.litigation.total"], seed  # the variant is there
        doc = ingest.read(tmp_path / g["file"])
        nils = [m for m in extract_mentions(doc) if m.text == "无此类情况"]
        assert [(m.kind, m.metric) for m in nils] == [("nil", "t4.reconsideration.total"), ("nil", "t4.litigation.total")], seed


def test_generated_year_words(tmp_path):
    """The generator's carry-over named by last year's number and total by 全年办理 (real9,
    "2023年结转132件；全年办理1503件"): both linked to their 表三 cells."""
    from corpora.generator import generate_report

    for seed in ("yw:59", "yw:68"):
        _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
        said = sorted(m["metric"] for m in g["narrative_counts"] if m["quote"][:4].isdigit() and "年结转" in m["quote"]
                      or m["quote"].startswith("全年办理"))
        assert said == ["t3.carried_over.total", "t3.total.total"], seed  # the variant is there
        doc = ingest.read(tmp_path / g["file"])
        got = sorted(m.metric for m in extract_mentions(doc) if m.text[:4].isdigit() and "年结转" in m.text
                     or m.text.startswith("全年办理"))
        assert got == said, seed


def test_generated_replies_to_messages_and_both_groups(tmp_path):
    """real9's classes as generator variants: replies to netizens' messages name no cell (before,
    表三's 总计), and the outcome after one count of both 表四 groups is both groups' (before,
    行政诉讼's alone)."""
    from corpora.generator import generate_report

    for seed, quotes in (("r9:4", ("受理网民留言", "公开答复", "电话答复")), ("r9:5", ("涉行政复议", "结果维持"))):
        _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
        said = [m for m in g["narrative_counts"] if any(q in m["quote"] for q in quotes)]
        assert len(said) == len(quotes), seed  # the variant is there
        mentions = extract_mentions(ingest.read(tmp_path / g["file"]))
        for m in said:
            got = [x.metric for x in mentions if x.kind == "count" and x.value == m["value"] and x.text in m["quote"]]
            assert got and got[-1] == m["metric"], (seed, m["quote"], got)


@pytest.mark.parametrize("seed, quote, metric, kind", [
    ("r10:7", "无依申请公开事项", "t3.new_received.total", "nil"),
    ("r10:0", "部分予以公开", "t3.partial.total", "count"),
    ("r10:5", "转结下年度继续办理", "t3.carried_forward.total", "count"),
    ("r10:2", "12345热线", None, "count"),
    ("r10:2", "办结", None, "count"),  # the hotline's cases closed: not 表三's 总计
    ("r11:0", "行政复议结果维持", "t4.reconsideration.upheld", "count"),  # real11: the group named before
    ("r11:0", "行政诉讼结果维持", "t4.litigation.upheld", "count"),
])
def test_generated_real10_wording(tmp_path, seed, quote, metric, kind):
    """real10's and real11's classes as generator variants, each linked as the gold says."""
    from corpora.generator import generate_report

    _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
    said = [m for m in g["narrative_counts"] if quote in m["quote"] and m["metric"] == metric]
    assert said, seed  # the variant is there
    mentions = extract_mentions(ingest.read(tmp_path / g["file"]))
    for m in said:
        got = [(x.kind, x.metric) for x in mentions if x.value == m["value"] and (x.text in m["quote"] or m["quote"] in x.text)]
        assert (kind, metric) in got, (m["quote"], got)


def test_outcomes_of_both_groups_after_qizhong_raise_no_false_error(tmp_path):
    """"行政复议案件3件、行政诉讼案件3件，其中行政复议结果维持3件、行政诉讼结果维持3件" (real11, the
    generator's variant): the outcomes after 其中 are each group's, not parts of 行政诉讼 — once
    taken so, narrative.sum reported 3 + 3 > 3 on 12 of 120 clean generated reports."""
    from corpora.generator import generate_report
    from extractor import extract

    _, g = generate_report("r11-0", "html", "r11:0", tmp_path)
    assert any(m["quote"].startswith("行政复议结果维持") for m in g["narrative_counts"])  # the variant is there
    report = extract(tmp_path / g["file"])
    assert not [f for f in report.findings if f.rule == "narrative.sum" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("seed, quote, metrics", [
    ("r13:2", "申请已按规定在法定期限内予以答复", ["t3.total.total"]),
    ("r13:11", "收到依申请公开事项", ["t3.new_received.total"]),
    ("r13:87", "行政复议、行政诉讼各", ["t4.reconsideration.total", "t4.litigation.total"]),
])
def test_generated_said_after_items_and_each(tmp_path, seed, quote, metrics):
    """real13–real16's classes as a generator variant: the total said after the count that opens
    its sentence (before, no cell), applications in 项 (before, none: 项 was no unit of
    applications) and 各 after both 表四 groups (before, a reading of their sum only)."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    said = [m for m in g["narrative_counts"] if quote in m["quote"]]
    assert [m["metric"] for m in said] == metrics  # the variant is there
    got = _read_at(mentions, said[0], squeezed)
    assert got == metrics


@pytest.mark.parametrize("seed, quote, metric", [
    ("r19:11", "依申请公开数为", "t3.new_received.total"),
    ("r19:24", "申请仍在处理中", "t3.carried_forward.total"),
    ("r19:15", "涉及复议", "t4.reconsideration.total"),
])
def test_generated_real19_words(tmp_path, seed, quote, metric):
    """real19's classes as a generator variant: the form's count said as a figure, the
    carry-forward said after its count, 复议 without 行政 (before: no cell for any of them)."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    (said,) = [m for m in g["narrative_counts"] if quote in m["quote"]]
    assert said["metric"] == metric  # the variant is there
    got = _read_at(mentions, said, squeezed)
    assert got == [metric]


def test_generated_real20_result_for_reasons(tmp_path):
    """real20's class as a generator variant: "105件因不掌握相关政府信息等原因无法提供" is the
    row's total (before, the named reason's sub-row)."""
    g, mentions, squeezed = _generated(tmp_path, "r20:10")
    said = [m for m in g["narrative_counts"] if "等原因" in m["quote"]]
    assert [m["metric"] for m in said] == ["t3.unavailable.total", "t3.not_processed.total", "t3.other.total"]
    _each_at_its_cell(mentions, said, squeezed)


@pytest.mark.parametrize("seed", ["fv:17", "fv:21", "fv:44"])
def test_generated_form_verbs(tmp_path, seed):
    """real15/real18/real20's class as a generator variant: a report on 2019 or 2020 says its
    2019 form's 本年新制作数量 with the 2021 form's verbs (印发 / 制定 / 制发 规范性文件N件); the
    whole pipeline reads it as the form it fills (before: 本年制发件数, a cell the form lacks)."""
    from corpora.generator import generate_report
    from extractor import extract

    _, g = generate_report(seed.replace(":", "-"), "html", seed, tmp_path)
    (said,) = [m for m in g["narrative_counts"] if m["metric"] == "t2.normative_docs.made"]
    assert "新制作" not in said["quote"] and g["layout"] == "2019"  # the variant is there
    report = extract(tmp_path / g["file"])
    got = _read_at(report.mentions, said, _squeezed(ingest.read(tmp_path / g["file"]).text))
    assert got == ["t2.normative_docs.made"]


@pytest.mark.parametrize("seed", ["r23:35", "r23:92"])
def test_generated_real23_words(tmp_path, seed):
    """real23's classes as a generator variant: nils worded "没收到政务信息公开申请",
    "未转结2020年政府信息公开申请" (none carried over) and "无涉行政复议案件、行政诉讼案件", and
    sessions listed before their plenum in the opening ("党委十届七次、八次全会精神": ordinals, no
    count)."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    said = [m for m in g["narrative_counts"] if any(k in m["quote"] for k in ("没收到", "未转结", "无涉"))]
    assert said  # the variant is there
    for m in said:
        got = _read_at(mentions, m, squeezed, "nil")
        assert got and set(got) <= {m["metric"], *m.get("accept", [])}, (m["quote"], got)
    assert not [x.text for x in mentions if x.text in ("七次", "八次") or "全会" in x.text]


@pytest.mark.parametrize("seed", ["uc:7", "uc:12", "uc:13"])
def test_generated_units_cut(tmp_path, seed):
    """Crawled pages' classes as a generator variant (units_cut): figures whose units the crawler
    cut off, run into the next label or listed with 、 ("政策文件639动态信息895、财政信息24条": each a
    count, the first two without a unit), and a nil statement's items going on after its comma
    ("未发生因政府信息公开申请行政复议，提起行政诉讼的情况": a nil of each 表四 group)."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    cut = [m for m in g["narrative_counts"] if m["quote"].startswith(("政策文件", "动态信息", "财政信息"))]
    nils = [m for m in g["narrative_counts"] if m["quote"] in ("未发生因政府信息公开申请行政复议", "提起行政诉讼的情况")]
    assert len(cut) == 3 or len(nils) == 2  # the variant is there
    for m in cut:
        got = [x.unit for x in mentions if x.kind == "count" and x.value == m["value"] and x.text.strip() in m["quote"]]
        assert got == [m["unit"] or None], (m["quote"], got)
    for m in nils:  # (the statement's, not another variant's "无被申请行政复议、被提起行政诉讼的情况")
        assert [x.metric for x in mentions if x.kind == "nil" and x.text.endswith(m["quote"])
                and x.text.startswith("未发生因政府信息公开申请行政复议")] == [m["metric"]], m["quote"]


# Prose classes of real reports as generator variants, each read once at its quote with its
# metric: (variant, seeds where it is on, the quotes it writes, how many at least, exactly).
VARIANTS = [
    # real21: a result said after its count with its one reason ("1件因四类过程信息不予公开": the
    # reason's row), "N件申请的内容予以公开", and the 2021 form's three 表二 columns in its order
    # ("行政规范性文件发布0条，废止数量0条，现行有效数量0条")
    ("real21_words", ["r21:17", "r21:21", "r21:28"],
     "因四类|属于内部|不掌握相关政府信息无法|信访举报|申请的内容|规范性文件发布|废止数量|现行有效数量", 2, False),
    # real22: the total said after its count with 依申请 between ("5件依申请均已按要求进行了答复"),
    # 予以公开 after the law the reply cites ("23件已按照《…条例》在法定时限内给予了答复并予以公开",
    # some of the year's total even when the sentence before names no application), and "其余2件按
    # 规定结转至下一年度"
    ("real22_words", ["r22:17", "r22:35", "r22:43"], "条例》在法定|依申请均已按要求|按规定结转至", 2, False),
    # real24: no application said "未接获公民或法人的依申请公开诉求", the carry-over "上年度未办结N件"
    # and the carry-forward "结转次年办理N件", each at its 表三 cell
    ("real24_words", ["r24:27", "r24:172"], "未接获|上年度未办结|结转次年", 1, False),
    # real8, real15, real16, real21, real24: nils of what no table counts ("未发生信息公开泄密事件，
    # 未出现超期答复情况"), each a nil of no cell
    ("topic_nils", ["tn:4", "tn:14"], "^(?:未发生信息公开泄密事件|未出现超期答复情况)$", 2, True),
    # real25: the cases the organ reviews for the whole government ("本机关作为行政复议机关…受理行政
    # 复议申请N件，维持M件") name no cell of 表四, no proposal of deputies is a nil of no cell, and
    # "正在复议N件" is the pending reconsiderations
    ("reviewing", ["rv:48", "rv:3"], "^(?:本机关作为行政复议机关|维持|未收到人大代表建议|正在复议)", 3, False),
    # real26: "共收到申请公开政府信息N宗", natural persons as 公民个人, and "无居民群众、企事业单位提出
    # 政府信息公开申请", each at its 表三 cell
    ("real26_words", ["r26:37", "r26:207"], "申请公开政府信息|公民个人|居民群众", 1, False),
    # real27: a 2019 表二 item's 本年增/减 said as 新增 after its name, with its 处理决定数量 after it;
    # 规章对外公开总数量; and both years' applications broken down in the next sentence ("共收到申请N件。
    # 其中，上年结转申请…，本年新收申请…")
    ("real27_words", ["r27:3", "r27:38"],
     "对外公开总数量|事项新增|处理决定数量|上年结转申请|本年新收申请|共收到政府信息公开申请", 2, False),
    # real28: the 2021 form's first two 表二 columns ("行政规范性文件发布0条、废止0条") and none carried
    # forward said "无需结转下年度办理", each at its cell
    ("real28_words", ["r28:5"], "行政规范性文件发布|废止|无需结转", 3, False),
    # real29: the organ's documents counted by their disclosure attribute ("主动公开文件N件，依申请
    # 公开0件，不予公开0件") name no cell of 表三
    ("documents_by_attribute", ["r29:2"], "^主动公开文件|^(?:依申请公开|不予公开)0件$", 3, True),
    # real30: the total said after 全部 ("全部N件均按期办理完毕")
    ("real30_words", ["r30:6"], "^全部", 1, False),
    # real31: no application from anyone, organisations named first ("未收到任何单位、个人提交的政府
    # 信息公开申请"): a nil of the total
    ("real31_words", ["r31:27"], "任何单位", 1, False),
    # real32: the results of natural persons' applications in a bracket right after their count
    # ("其中自然人申请7件（予以公开2件，部分公开2件）"): that column's cells
    ("real32_words", ["r32:8", "r32:34"], "^(?:予以公开|部分公开)[\\s\\d]+件$", 2, False),
    # real33: the carry-over with the year and whose ("2019年本机关结转政府信息公开申请3件"), none
    # received as "暂无申请情况", and upheld reconsiderations as some of them ("有6件申请行政复议，其中
    # 1件行政复议决定维持…"), each at its cell
    ("real33_words", ["r33:64", "r33:68", "r33:72"],
     "暂无申请情况|结转政府信息公开申请|^[\\d\\s]+件申请行政复议$|行政复议决定维持", 1, False),
    # real34: none carried over said "无上年转结依申请公开", and the 行政诉讼 named after what they
    # arose from ("因政府信息公开申请而产生的N件行政诉讼案件"), each at its cell
    ("real34_words", ["r34:6", "r34:8", "r34:32"], "无上年转结|^[\\d\\s]+件行政诉讼案件$", 1, False),
    # real35: no case said "未处理政府信息公开行政复议、行政诉讼", and a mailbox's letters received then
    # closed ("依托网上领导信箱等渠道，共受理N条，办结N条"): no cell
    ("real35_words", ["r35:57", "r35:58", "r35:70"], "^未处理政府信息公开行政复议$|^共受理[\\d\\s]+条$|^办结[\\d\\s]+条$", 2, False),
    # real36: the cases after a bare verb ("收到3件行政复议、1件行政诉讼"), each at its 表四 total
    ("real36_words", ["r36:11", "r36:19"], "^[\\d\\s]+件行政复议$|^[\\d\\s]+件行政诉讼$", 2, True),
    # real37: the total said after its count with what was done besides ("N件申请均在规定时间内办理完成
    # 并录入管理系统")
    ("real37_words", ["r37:41", "r37:58"], "录入管理系统", 1, True),
    # real38: the 2021 form's 发布 (a reading) and the 废止 right after it ("全年发布行政规范性文件7件，
    # 废止0件": the item of the count before)
    ("real38_words", ["r38:7", "r38:28"], "^全年发布行政规范性文件|^废止[\\d\\s]+件$", 2, True),
    # real18, real22, real37, real38: a result row's one reason said right after its count, in brackets
    # or as the next clause ("无法提供的3件（本机关不掌握相关政府信息）", "不予处理2件，属于信访举报投诉类
    # 申请，其他处理4件"): that reason's row (and the next count keeps its own words)
    ("reason_after", ["ra:76", "ra:82", "ra:107", "ra:122"],
     "^(?:不予公开|无法提供|不予处理|其他处理)的?[\\d\\s一二两三四五六七八九十]+件$", 1, False),
    # real31, real38: a carry-forward said in the clause after its count's own ("其中2件因于年底提交，按规定
    # 结转至下一年度接续办理，…") and reconsiderations after a bare verb with what they concern ("共收到1件
    # 涉及政府信息公开行政复议"), each at its cell
    ("clause_words", ["cw:37", "cw:39", "cw:47", "cw:48"], "因于年底提交|涉及政府信息公开行政复议$", 1, False),
    # real40: the applications said as handed in ("向本机关提交公开政府信息共计N件") and the granted ones as
    # "属于同意全部公开的N件", each at its cell
    ("real40_words", ["r40:10", "r40:29", "r40:32"], "提交公开政府信息共计|同意全部公开", 1, False),
    # real14, real20: the reconsiderations said as "发生N起有关政府信息公开的行政复议案件" and their pending
    # ones as "尚未办结N件", each at its cell
    ("t4_words", ["t4:20", "t4:24", "t4:46"], "有关政府信息公开的行政复议案件$|^尚未办结", 2, True),
    # real41: the granted said as done ("已公开N件"), the carry-forward with next year named ("2025年底，
    # 2026年结转依申请公开事项N件") and the reconsiderations named after what they arose from ("全年有N起
    # 因政府信息公开申请提起的行政复议"), each at its cell
    ("real41_words", ["r41:10", "r41:12", "r41:36"],
     "^已公开|年结转依申请公开事项|因政府信息公开申请提起的行政复议$", 1, False),
    # real42: the new applications said as "本年度新收并办结N件" and a result row's one reason as the whole
    # clause after its count ("N件本单位不掌握相关政府信息", "N件申请人逾期未补正"), each at its cell
    ("real42_words", ["r42:8", "r42:16"], "新收并办结|本单位不掌握相关政府信息$|申请人逾期未补正$", 1, False),
    # real43: the applications said as of two kinds of applicant at once ("全年共接收群众、企业申请公开N件")
    # or after their channels ("网上申请、信件邮寄等形式的依申请公开件共N件"): the total
    ("real43_words", ["r43:213", "r43:236"], "群众、企业申请公开|等形式的依申请公开件共", 1, True),
    # real44: none carried over from the year before, named ("2024年度没有2023年结转的政府信息公开申请事项"),
    # and the total said after its count with 工作 ("N件均在规定时间内完成答复工作"), each at its cell
    ("real44_words", ["r44:15", "r44:17", "r44:22"], "年结转的政府信息公开申请事项$|均在规定时间内完成答复工作$", 1, False),
    # real46: the 2021 form's 表二 columns with the form's 件数 after the item ("行政规范性文件制发件数N件，废止
    # 件数N件，现行有效件数N件"), the total as "办理完结政府信息公开申请N件", the partial ones miswritten
    # "予以部份公开" and the reconsiderations as "N起有关政府信息公开事务的行政复议案件", each at its cell
    ("real46_words", ["r46:7", "r46:11", "r46:19", "r46:38"],
     "件数|^办理完结政府信息公开申请|部份公开|有关政府信息公开事务的行政复议案件$", 1, False),
    # real47: the applications with who applied between ("本年度收到申请人申请公开政府信息N件") and none
    # received as a request no one made ("没有群众提出政府信息公开的请求"), each at its cell
    ("real47_words", ["r47:15", "r47:234"], "申请人申请公开政府信息|没有群众提出政府信息公开的请求", 1, True),
    # real48: the carry-forward said as still being handled, in the clause after its count's own
    # ("另有N件申请已向相关单位发出征求意见函，正在办理中"): that cell
    ("real48_words", ["r48:56", "r48:83"], "正在办理中$", 1, True),
    # real49: the applications said as received and handled at once ("全年共收办申请N件"): the new ones
    ("real49_words", ["r49:42", "r49:45"], "收办申请", 1, True),
    # real50: both groups' cases, then outcomes listed after one named with its group ("…。其中，行政复议案件
    # 结果纠正K件，结果维持L件"): that group's
    ("real50_words", ["r50:184"], "行政复议案件结果纠正|^结果维持\\d+件$", 2, True),
    # real51: replies put off into next year with how said between ("另有N件申请按照《条例》规定顺延到下年度
    # 答复"): the carry-forward
    ("real51_words", ["r51:41", "r51:105"], "按照《条例》规定顺延到下年度答复$", 1, True),
    # real52: the total said as closed within the year ("年内办结N件"): that cell
    ("real52_words", ["r52:66", "r52:70"], "^年内办结", 1, True),
    # real53: the total said after its count with the year opening the clause ("2023年受理的N件申请件已按
    # 规定在法定期限内予以答复"): that cell
    ("real53_words", ["r53:2", "r53:27"], "年受理的.*予以答复$", 1, True),
    # real54: the partial ones said as consented in part ("部分同意公开N件"): that cell
    ("real54_words", ["r54:44", "r54:47"], "^部分同意公开", 1, True),
    # real55 (reports before 2019): the denied ones said as not consented to ("不同意公开答复的N件"): that cell
    ("real55_words", ["r55:16", "r55:43"], "^不同意公开答复的", 1, True),
    # real56 (reports before 2019): funds said with 余/多 before 万元 ("投入保障经费255余万元"): in 万元, no cell
    ("real56_funds", ["r56:1", "r56:5"], "保障经费", 1, True),
    # real57: the total said as answered within the legal limit ("在法定期限内答复N件"): that cell
    ("real57_words", ["r57:42", "r57:70"], "^在法定期限内答复", 1, True),
    # real57, real59: each count's 表四 group right after it, the outcome said once after the list
    # ("其中N件行政复议、M件行政诉讼获维持"): each group's 结果维持
    ("real59_words", ["r59:2", "r59:9"], "^\\d+件行政(?:复议|诉讼)$", 2, True),
    # real60: the total said as handled, the count after 对 ("已在法定期限内对N件申请事项进行了依法办理"): that cell
    ("real60_words", ["r60:76", "r60:165"], "申请事项进行了依法办理$", 1, True),
    # real61: the carry-forward said as next year's carried ones ("下年结转件N件"): that cell
    ("real61_words", ["r61:59", "r61:75"], "^下年结转件", 1, True),
    # blind2/4/6/7: this year's applications said after the change from last year's ("…申请数量较上年增加N件，
    # 总数为M件"): the figure after the change at the cell the compared subject names
    ("compared_words", ["cmp:56", "cmp:88"], "^总数为", 1, True),
    # blind4/6: a result row's case named first, what was done, then its count ("本机关不掌握相关政府信息的，
    # 告知申请人…，全年共N件"): that row
    ("case_first", ["case:5", "case:9"], "^本机关不掌握相关政府信息的", 1, True),
    # blind4 (2019 form): both items' 对外公开总数量, the second item named right before its column
    # ("规章对外公开总数量为N件，规范性文件对外公开总数量为M件"): each item's
    ("total_public_words", ["tp:35", "tp:38"], "对外公开规章总数量为|^规范性文件对外公开总数量为", 2, True),
    # blind5: the carry-forward's clause after one with a date ("另有N件因在12月下旬受理，延期至下一年度答复")
    ("dated_words", ["dated:35", "dated:338"], "延期至下一年度答复$", 1, True),
    # real18: the applications named as 公开申请事项, counted in 项 ("本年度收到公开申请事项N项"): the new ones
    ("items_words", ["items:320", "items:400"], "^本年度收到公开申请事项", 1, True),
    # blind4, blind7: a result row said right after its count with why between ("N件因属于重复申请，依法不予
    # 处理", "N件因申请人在规定期限内未补正而终止办理"): that row
    ("why_words", ["why:27", "why:290"], "因属于重复申请，依法不予处理$|因申请人在规定期限内未补正而终止办理$", 1, True),
    # blind3, blind5, heldout: the new applications by applicant, 其他 last after the organisations ("…，法律服务机构
    # N件，其他M件") or "个人申请N件、企业申请M件": each column's cell
    # r63: the granted ones said as "申请信息可以公开的N件", the applications said again of whom they all were
    # ("N件依申请公开申请人均为自然人"): those cells
    ("real63_words", ["r63:10", "r63:124"], "^申请信息可以公开的|依申请公开申请人均为自然人$", 1, False),
    # blind2, blind7: the reconsiderations said with their subject as the clause before ("因政府信息公开被申请行政复议的
    # 案件，本年度为N件") and their outcomes listed with a bare 其他 ("行政复议结果：维持N件，纠正N件，其他N件，尚未审结
    # N件"): each at its cell
    ("t4_list_words", ["t4l:6", "t4l:34"], "^因政府信息公开被申请行政复议的案件|^其他 ?\\d", 2, True),
    # real15, blind2, blind6: documents counted after the titles of some ("印发《…》（…号）等N件行政规范性文件"), a row
    # said right after its count in the applications ("全年依申请公开件中有N件因申请人逾期未按收费通知要求缴纳费用而不再
    # 处理"), a case said first with 对 ("对信访举报投诉类申请，告知…，共计N件"): each cell
    ("residue_words", ["res:51", "res:44"], "行政规范性文件$|^告知申请人通过信访渠道反映|缴纳费用而不再处理$", 2, False),
    # r64: result groups said together ("公开或部分公开N件", "无法提供、不予处理及其他处理N件"): the sums of their
    # totals; last year's applications said as handled ("完成办理上年度申请N件"): that cell
    ("real64_words", ["r64:19", "r64:33"], "^公开或部分公开|^无法提供、不予处理及其他处理|^完成办理上年度申请", 3, True),
    # r65 (2019 form): an item's count of this year, then the change from last year's ("行政许可事项N项，比2019年增加M项"):
    # the item's 本年增/减
    ("real65_words", ["r65:7", "r65:39"], "^比\\d{4}年增加", 1, False),
    # r66: the organ's documents counted by their disclosure attribute, each count before it ("全年制发文件总数N件，
    # 其中M件主动公开，K件依申请公开"): no cell of 表三
    ("real66_words", ["r66:10", "r66:21"], "件(?:主动公开|依申请公开|免于公开)$", 3, True),
    # r67, r68: the 2019 form's item unchanged, said right after its count ("主动公开行政处罚N项，较2018年无增减"): the
    # item's 本年增/减; "依申请公开受理数量为N件", "本年度已办理N件": those cells; "另N件因所申请信息不存在，无法提供":
    # readings; another organ's helped with ("协助办理市发展改革委依申请公开事项N例"): no cell
    ("real68_words", ["r68:8", "r68:90"], "^较\\d{4}年无增减|^依申请公开受理数量为|^本年度已办理|^另\\d+件因所申请|^协助办理", 5, True),
    # r69: what is in force, then this year's issued after a year ("其中现行有效行政规范性文件N件，2023年制定M件"); last
    # year's applications still handled ("上年度继续办理政府信息公开申请N件"); a 复议 count's 纠正 after it ("N件结果为要求重新
    # 作出答复"); a withdrawal named ("申请人主动撤回信息公开申请N件", readings): each at its cell
    ("real69_words", ["r69:20", "r69:90", "r69:45"],
     "^其中现行有效行政规范性文件|^\\d{4}年制定|^上年度继续办理|^申请人主动撤回信息公开申请|结果为要求重新作出答复$", 1, False),
    # r70: the new applications with last year's left out ("收到…申请N宗（未包含上年结转M宗）"), those not held with the
    # organ in the reason ("另N件因本单位不掌握相关情况无法公开"), the applications by channel ("线上N件，线下M件": no cell)
    ("real70_words", ["r70:4", "r70:22"],
     "^全年共收到政府信息公开申请\\d+宗|^未包含上年结转|因本单位不掌握相关情况无法公开$|^共收到依申请公开线上|^线下", 5, True),
    # r71: both rows as "全部或部分公开的N件", rows after 为 ("对其中N件为逾期未缴费不作处理"), the applicants after the count
    # ("申请主体N件为自然人"), "逾期未补正视为放弃依申请公开N件": each at its cell
    ("real71_words", ["r71:23", "r71:193"], "^全部或部分公开的|^逾期未补正视为放弃|为逾期未缴费不作处理$|为自然人$", 3, False),
    # r72: a row after "类型属于“…”" ("N件类型属于“信息不存在”") and a withdrawal after "处理结果为" ("N份申请人主动撤销"),
    # readings; "“打好‘四张牌’、干好‘四件事’”" no count
    ("real72_words", ["r72:3", "r72:17"], "类型属于“信息不存在”$|申请人主动撤销$", 2, True),
    # r77: what is in force with who issued it between ("梳理现行有效…名义印发的行政规范性文件N件"), "不存在不予公开政府信息情况":
    # each at its cell
    ("real77_words", ["r77:98", "r77:169"], "^梳理现行有效|^不存在不予公开", 2, True),
    # r75, r76: next year's said with the year and 作出答复 ("结转至2026年作出答复的政府信息公开申请N件"), "来自公民申请N件" beside
    # the firms, applicants adding up to both years' applications said before ("公民个人提出申请A件；法人或其他组织提出申请B件",
    # readings only): each at its cell
    ("real75_words", ["r75:36", "r75:207"], "^结转至\\d{4}年作出答复|^来自公民申请|^商业企业申请|^公民个人提出申请|^法人或其他组织提出申请",
     5, True),
    # r71's residue, r73, r74: the handled ones said before their results ("在已办理的N件申请中"), a count put first with 对
    # ("对其中N件，依法依规予以公开", "对其中M件部分进行公开"), "N件不再重复处理", "上年度结转办理答复N件", "依申请公开政务信息N件",
    # the granted broken down by how published ("予以公开N件（主动公开A件，依申请公开B件）": the parts no cell)
    ("real73_words", ["r73:1", "r73:20"], "^在已办理的|不再重复处理$|^上年度结转办理答复|^依申请公开政务信息|部分进行公开$"
     "|依法依规予以公开$|^(?:主动公开|依申请公开) ?\\d+ ?件$", 9, True),
    # r79, r80: "依申请公开情况N件" (readings), "N件不公开并告知行政查询途径", "N宗政府信息公开申请引起行政复议和行政诉讼的情况"
    # (a reading of both kinds' sum), nils of 复议 and 诉讼 said with "没有收到政府信息公开申请行政复议" and 未存在, 无法公开
    # among the results (real76, a reading); replies other organs made under guidance, a service platform's matters,
    # firms inspected in 家次: no cell
    ("real79_words", ["r79:16", "r79:139"], "^\\d{4}年度依申请公开情况|不公开并告知行政查询途径$|引起行政复议和行政诉讼的情况$"
     "|^没有收到|^未存在因|^指导基层单位|^办结民生平台|^检查企业|^无法公开", 5, False),
    # r81, r82: the new ones in 条(次), the applicants in the 2019 form's words ("公民申请公开信息数量N条,法人和其他组织申请
    # 公开信息M条"), "N宗协调申请人主动撤销申请" (readings), "N件尚在继续处理中", "本年度无行政许可、行政处罚" (readings),
    # "未新受理…申请"; a mailbox's replies and trees in 株: no cell (the nils listed nest one in the other: the units test)
    ("real81_words", ["r81:10", "r81:12"], "条\\(次\\)$|^公民申请公开信息数量|^法人和其他组织申请公开信息|协调申请人主动撤销申请$"
     "|尚在继续处理中$|未新受理|^收到留言办理|^公开答复数量|^砍伐迁移", 4, False),
    # r84, r85: "已办N件" (handled), "结转下年办结N件", "N条申请所涉信息非本单位制作或掌握"; 两项改革 a reform's name, its
    # items no cell (the variant's nils "未发生一起…行政复议、诉讼败诉情况" nest one in the other: the units test)
    ("real84_words", ["r84:6", "r84:21"], "^已办|^结转下年办结|所涉信息非本单位|^两项改革", 4, True),
    # r86, r87: complaints about applications (no cell), last year's in brackets after the handled ("办理N件(M件为2023年结转至
    # 本年度办理)"), an audience in 千万, a lower bound 不低于 (approximate) and page views in PV (r88; no cell)
    ("real86_words", ["r86:0", "r86:2"], "^受理依申请公开投诉|^办理 ?\\d|结转至本年度办理$|千万人次$|不低于"
     "|PV$", 6, False),
    # r89, r90: "接办上年N件", "本年度提出申请的N件中", "N件…全部是本年度受理", "N件申请信息均按照…办理完毕", "无申请件结转到下一
    # 年度", "其中N件已办结" among both years' applications, "行政审批许可N份" (a reading), "…行政诉讼的情况:N件" (both
    # kinds), "本年内无规范性文件", "商业企业申请政务公开信息N条"; "涉及国家秘密的公文类信息0条" no cell
    ("real89_words", ["r89:3", "r89:8"], "^接办上年|^本年度提出申请的|全部是本年度受理$|申请信息均按照|^无申请件结转|已办结$"
     "|^行政审批许可|行政诉讼的情况:|^本年内无规范性文件|^商业企业申请政务公开信息|公文类信息", 6, False),
    # r91, r92: a bare 重复 among the results, "按时序办理N件", "最多达N人" (exact), "因出台新文件而废止规范性文件N件" (repealed),
    # "没有因以上N件…" (the figure referred back to; its nils of both kinds nest one in the other: the units test)
    ("real91_words", ["r91:21", "r91:211"], "^重复 ?\\d|^按时序办理|^最多达|^废止规范性文件|^没有因以上 ?\\d+ ?件$", 4, False),
    # r93 and seen residue: "结转办结上年度N件", "准予公开N件", a reply's type "“主动公开”N件" and "“信息不存在”M件" (readings),
    # "全年未新发布规章和行政规范性文件" (its two nils nest one in the other: the units test)
    ("real93_words", ["r93:2", "r93:14"], "^结转办结上年度|^准予公开|^“主动公开”|^“信息不存在”", 4, True),
    # r94: "除N件结转下年办理外其余M件" (no comma: the rest handled), "无被申请行政复议、被提起行政诉讼的情况" (a nil of each),
    # "未制作规范性文件、行政法规、规章" (three nils, 行政法规 of no cell; the nils nest one in the other: the units test)
    ("real94_words", ["r94:3", "r94:8"], "^除 ?\\d|^其余 ?\\d", 2, True),
    # r97: a qualifier between 制发 and 规范性文件 (none issued), vehicles in 辆 (no cell); "没有因信息公开原因，发生被申请
    # 行政复议、被提起行政诉讼的情况" (a nil of each after the cause's comma; they nest one in the other: the units test)
    ("real97_words", ["r97:4", "r97:61"], "^本年度未制发和处理|^执法车辆", 1, False),
    # r98: "上年结转政府信息公开申请数0件", "无被举报投诉、行政复议、行政诉讼情况" (a nil of 举报 of no cell, then one of each
    # kind), "均无纠错和败诉" (the 纠正 of both), applications' unit 只 on a count of no cell; the nils nest one in the other
    # ("无纠错和败诉", "…举报、投诉的情况", "…收费及减免情况": the units test)
    ("real98_words", ["r98:14", "r98:29", "r98:242"], "^上年结转政府信息公开申请数|^无纠错$|执法记录仪|^无被举报投诉$", 2, False),
    # r100: the received said "信息公开请求", "N件驳回申请人复议请求" (a reading of 维持), an audience after 关注数 in 万
    ("real100_words", ["r100:8", "r100:13"], "信息公开请求|驳回申请人复议请求$|^关注数", 3, True),
    # r101: the received said "群众要求公开政府信息", "N件由申请人主动撤件" (readings of 其他), other organs' cases guided
    # ("督促指导…依申请公开事项N件": readings), a time limit ("均在20个工作日内答复": a count of no cell)
    ("real101_words", ["r101:0", "r101:3"], "群众要求公开政府信息|由申请人主动撤件$|^督促指导|^20 ?个工作日$", 3, False),
    # r102: the received said "累计收到依申请公开文件N件"; a website's errors one nil per item named (no cell; the first here,
    # the others nest in it, as "并无有关…行政复议和行政诉讼情况"'s nil of each: the units test); "零收费"; drafts in 稿 (no cell)
    ("real102_words", ["r102:1", "r102:3"], "依申请公开文件|^没有出现政治性表述错误$|^零收费$|^政策解读稿件", 4, True),
    # r105: not held said after its count ("N件不属于受理行政机关公开范围"); "无违反信息公开及保密规定的违规操作" (a nil of no
    # cell); "无就政府信息公开提出复议、诉讼和申诉的情况" (a nil of each; they nest one in the other: the units test)
    ("real105_words", ["r105:2", "r105:25"], "不属于受理行政机关公开范围$|^无违反信息公开|^无就政府信息公开提出复议$", 1, False),
    # r106: a nil with a PDF's line wrap printed as a blank inside a word ("本年未发 生因…被申请行政复议、提起行政诉讼的情况"),
    # or said "无公开申请行政复议、提起行政诉讼情况" (a nil of each; they nest: the units test); "不存在应公开未公开政府信息" (no
    # cell); "无行政许可、行政强制相关事项" (a nil of each, readings only)
    ("real106_words", ["r106:10", "r106:50", "r106:85"],
     "^未发 生因政府信息公开工作被申请行政复议$|^无公开申请行政复议$|^不存在应公开未公开$|^无行政许可$", 2, False),
    # r109: the results listed in pieces cut by semicolons, in 份 ("…申请N份;A份按规范予以公开;B份无法提供;C份不予处理"); "不存在
    # 政府信息公开行政复议和行政诉讼情况" (a nil of each; they nest: the units test); "未进行行政许可…" (readings only); documents
    # made counted by their disclosure attribute ("依申请公开的政府信息1条": no cell)
    ("real109_words", ["r109:4", "r109:23", "r109:94"],
     "按规范予以公开$|^\\d+ ?份无法提供$|^\\d+ ?份不予处理$|^不存在政府信息公开行政复议$|^未进行行政许可$|^依申请公开的政府信息", 2, False),
    # r110: a part of the handled in a bracket opened by 其中 ("…答复办结（其中N件结转下年度继续办理）"); how, then what was done
    # after the comma ("N件申请均按照有关文件要求，进行了规范答复"); what a bracket leaves out ("（不含过程性信息）N件": no cell);
    # "无信息公开类行政复议、行政诉讼和结果纠错情况" (a nil of each; they nest: the units test); 制作 a normative document (issued)
    ("real110_words", ["r110:22", "r110:44"],
     "结转下年度继续办理$|申请均按照有关文件要求$|不含过程性信息|^无信息公开类行政复议$|^制作行政规范性文件", 3, False),
    # r112: last year's carried over said with its year, no other year in the sentence ("…，结转{year-1}年N件，办结…"), read
    # against the year reported on (the pipeline's, from the title)
    ("real112_words", ["r112:3", "r112:7"], "^结转20\\d\\d年", 1, True),
    # r113: the handled with last year's part in a bracket ("已经办理完成N件（有M件为{year-1}年）": carried over, read against
    # the year reported on); "其他答复处理N件" (其他处理's group); "全年未涉诉" (a nil of 行政诉讼)
    ("real113_words", ["r113:14", "r113:74"], "^办理完成|为20\\d\\d年$|^其他答复处理|^未涉诉$", 3, False),
    # r114: "…,已答复件数A件,待答复件数B件" (still to answer: carried forward); "结转上年政府信息公开申请数量为0" (为 closes the
    # carried-over's words, no unit)
    ("real114_words", ["r114:3", "r114:4"], "^待答复件数|^结转上年政府信息公开申请数量为", 1, False),
    # r115: both 表四 groups run together ("政府信息公开复议诉讼数0件": their sum)
    ("real115_words", ["r115b:40", "r115b:77"], "^复议诉讼数", 1, True),
    # r116 and s52's insertion grids: the applications qualified ("共受理各类有效政府信息公开申请N件", "上年结转各类政府信息公开
    # 申请M件"), granted in whole ("予以全部公开K件"), the closed in 项 with the applications named ("办结政府信息公开申请T项"),
    # the natural persons' applications said after their count ("P起申请政府信息公开的为自然人")
    ("real116_words", ["r116:2", "r116:3"],
     "^共受理各类有效|^上年结转各类|^予以全部公开|^办结政府信息公开申请|申请政府信息公开的为自然人$", 4, False),
    # r117: a bare 结转 right after the closed count ("已经办结T件,结转F件": carried forward); "N条申请信息不由本单位掌握" (not
    # held), "M条信息没有现成文件" (需要另行制作)
    ("real117_words", ["r117:8", "r117:19"], "^结转 ?\\d+ ?件$|申请信息不由本单位掌握$|信息没有现成文件$", 3, False),
    # r119: a result said with its reply ("予以公开并答复K件": granted); what a suggestion box received ("政府信息公开意见箱受理N件":
    # no application, no cell); the carried forward with a Word export's blanks ("结转 2023 年办理 1 件", s53's perturbations)
    ("real119_words", ["r119:10", "r119:11"], "^予以公开并答复|意见箱受理|^结转 20", 3, True),
    # r121: none received from "任何机构和个人" (every applicant: the received's nil, not the natural persons')
    ("real121_words", ["r121:156"], "任何机构和个人", 1, True),
    # r123, r124: documents in force said "在运行的" after the item's own sentence; the received said "群众依申请公开信息的申请N
    # 次"; where applications are taken in ("N个政府信息公开申请受理点": no cell, not the received)
    ("real123_words", ["r123:5", "r123:8"], "^目前在运行的共|政府信息公开申请受理点$|^群众依申请公开信息的申请", 3, True),
    # r129: the parts said big, the Chinese numeral glued to 大 by jieba ("明确了四大方面工作任务": a count, no cell); a fee's nil
    # with 未予 ("对政府信息公开未予收费"); a nil list a semicolon cut, going on after it ("全年未发生不予公开政府信息的情况;申请
    # 行政复议、提起行政诉讼和申诉的情况": 不予公开, 复议, 诉讼, and 申诉 of no cell). At 7194260, real129's blind commit, none of
    # the three is read. (The list's later items nest in its first: the units test reads them.)
    ("real129_words", ["r129:31", "r129:106"], "大方面$|^未予收费$|^未发生不予公开政府信息的情况$|^申请行政复议$", 4, True),
    # r131: the letters replied to after the messages ("共收到并办理网民来信N件，回复信件N件": no cell); lists counted after their
    # names ("主动公开、依申请公开、不予公开三项清单": no cell); a topic said first ("行政诉讼方面，全年共发生案件N件": the group's
    # total); applicants named with 社会组织 ("收到公民或社会组织提出申请公开信息N条": the received). At dfcad2d, real131's blind
    # commit, the letters' reply and the lists are read as 表三's (办理结果总计, 不予公开) and the applications not at all.
    ("real131_words", ["r131:22", "r131:41"], "^网民来信|^回复信件|清单$|^行政诉讼方面|^收到公民或社会组织", 5, True),
    # r133: a reason in quotes before its reply ("以“非本部门掌握政府信息”答复N件": not held); an organ's cases of disclosure
    # among its 复议 and 诉讼 ("被复议案件中涉及信息公开的N件"); 不存在 before a result in quotes (不予公开's nil); 暂无废止 after
    # the documents' count; 废止 with words between it and the documents; replies on a platform of exchange ("政网互动回复N条": no
    # cell); a range's bounds ("配备1-3名": two counts, no cell). At cf7bfc2, real133's blind commit, none but the range is read.
    ("real133_words", ["r133:5", "r133:22"],
     "^非本部门掌握|被复议案件中|行政诉讼案件中涉及|^不存在“不予公开|^暂无废止|^废止以本机关|^政网互动|^各科室均配备", 5, False),
    # r135: letters replied to, then a later clause replying to the applications ("完成领导信箱回复N件，回复依申请公开M条": no cell,
    # then the handled); application items counted as a clause of their own after a 12345 platform's received ("政务服务12345
    # 平台受理N件，政府信息依申请公开件M件": no cell, then the received). At 95ab79b, real135's blind commit, neither the handled
    # nor the received is read (the letters rule out the whole sentence; the items had no entry), and the platform's count is
    # read as the received.
    ("real135_words", ["r135:0", "r135:15"], "^领导信箱回复|^回复依申请公开|^政务服务12345|^政府信息依申请公开件", 4, True),
    # r138 and s61's probe: every kind of applicant named as 自然人和机构 ("共收到自然人和机构申请政府信息公开N件": the received);
    # 复议 without 行政 opening its clause ("复议N件、诉讼M件": 表四's group, as 诉讼 already was). At c7d3c7e, real138's blind
    # commit, the first is read as the natural persons' and the second as no cell.
    ("real138_words", ["r138:47", "r138:57"], "^共收到自然人和机构|^复议 ?\\d+ ?件$", 1, False),
    # r142: the public as the subject of 申请, no verb of receiving ("本年度，辖区群众申请公开政府信息N件": the received; at 7ac3342,
    # real142's blind commit, no cell).
    ("real142_words", ["r142:36", "r142:39"], "^辖区群众申请公开政府信息", 1, True),
    # r143: the handled said 完成处理 after the received ("共计收到信息公开申请N件，完成处理M件"; at 6383c7a, real143's blind
    # commit, no cell).
    ("real143_words", ["r143:3", "r143:6"], "^完成处理", 1, True),
    # r146 and s63's probe: counts put between their verb and the applications ("共收到N件政府信息公开申请，办结M件政府信息公开申请":
    # at 2128dbd, the stop's start, the handled names no cell); a nil whose cause names happenings of no cell before the comma
    # ("未因政府信息公开工作不作为、不依法作为等情况，而发生申请行政复议和行政诉讼案件": at 7b57482, real146's blind commit, two nils
    # of no cell; the nils are checked in test_generated_nils_each_at_its_cell).
    ("real146_words", ["r146:4", "r146:9"], "件 ?政府信息公开申请$", 2, True),
    # r150 and s64's probe: the applications said 依申请公开申请 after 收到和处理 ("全年收到和处理依申请公开申请N件": at 2537a93, the
    # stop's start, no cell, the received and the handled readings).
    ("real150_words", ["r150:6", "r150:15"], "^收到和处理依申请公开申请", 1, True),
    # s60's probe (every seen passage with 件 written 宗, as 广东's reports count cases): the closed and the carried forward in 宗
    # ("已办结N宗，结转M宗"). At c3bd425 the carried forward names no cell (its rule knew 件, 条 and 项).
    ("case_units_words", ["cu:2", "cu:7"], "^已办结 ?\\d+ ?宗$|^结转 ?\\d+ ?宗$", 2, True),
    ("applicant_words", ["app:44", "app:139"], "^(?:其他|个人申请) ?[\\d一二两三四五六七八九十]", 1, True),
]


@pytest.mark.parametrize("variant, seed, quotes, least, exactly",
                         [(v, s, q, n, e) for v, seeds, q, n, e in VARIANTS for s in seeds])
def test_generated_variant_each_at_its_cell(tmp_path, variant, seed, quotes, least, exactly):
    g, mentions, squeezed = _generated(tmp_path, seed)
    said = [m for m in g["narrative_counts"] if re.search(quotes, m["quote"])]
    assert (len(said) == least) if exactly else (len(said) >= least), (variant, [m["quote"] for m in said])  # it is there
    _each_at_its_cell(mentions, said, squeezed)


# Variants whose counts name no cell but are read in given ways: (variant, seeds, quotes, how many each seed says).
READINGS_ONLY = [
    # real86: "行政许可N项，行政处罚M项" in a 2021-form report: the item's decisions a reading (real11, real53, real71, r76:
    # 17 readers named them, 21 none)
    ("real86_words", ["r86:16", "r86:21"], "^行政(?:许可|处罚) ?\\d+ ?项$", 2),
    # real111: "共办理处置依申请公开件N件": the year's applications, the ones closed and both years' readings (as "办理依申请
    # 公开N件", r68, r74)
    ("real111_words", ["r111:1", "r111:5"], "^办理处置依申请公开件", 1),
    # real115: the licences granted with no unit printed ("办理行政许可N。"): the item's decisions a reading (as "行政许可0、
    # 行政处罚0", seen sets)
    ("real115_words", ["r115:6", "r115:21"], "^办理行政许可\\d+$", 1),
    # r121: a count provided to its applicant ("其中N件已按规定向申请人提供相关政策"): granted, a reading (its two readers split)
    ("real121_words", ["r121:2", "r121:6"], "已按规定向申请人提供相关政策$", 1),
    # r122: a nil of 纠错 after the verb of its denial ("行政复议N件，不存在行政纠错情况"): either group's, readings
    ("real121_words", ["r121:2", "r121:7"], "^不存在行政纠错情况$", 1),
    # r123: withdrawn said after the count with 已 ("其中N宗申请人已主动撤销申请"): readings of 其他
    ("real123_words", ["r123:5", "r123:12"], "申请人已主动撤销申请$", 1),
    # r133: a bare verb before the count, its object after ("全年处理N项依申请公开"): the handled, received or both years', readings
    ("real133_words", ["r133:5", "r133:22"], "^全年处理 ?\\d+ ?项依申请公开$", 1),
    # r136: the year's applications said as one channel's right after 共收到 ("共收到政府信息公开当面申请N件"): readings of the
    # received (at d1dab8f, real136's blind commit, no cell nor reading: one channel's part). Its idiom: the test below.
    ("real136_words", ["r136:9", "r136:24"], "^共收到政府信息公开当面申请", 1),
]


@pytest.mark.parametrize("variant, seed, quotes, exactly",
                         [(v, s, q, n) for v, seeds, q, n in READINGS_ONLY for s in seeds])
def test_generated_variant_read_as_its_readings(tmp_path, variant, seed, quotes, exactly):
    """No cell at the variant's quotes, and the readings its gold accepts, no other."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    said = [m for m in g["narrative_counts"] if re.search(quotes, m["quote"])]
    assert len(said) == exactly, (variant, seed)  # the variant is there
    for m in said:
        spans = _spans(squeezed, m["quote"])
        got = [(x.metric, list(x.alternatives)) for x in mentions
               if x.value == m["value"] and any(a <= x.start and x.end <= b for a, b in spans)]
        assert got == [(None, m["accept"])], (seed, m["quote"], got)


@pytest.mark.parametrize("seed", ["r127:0", "r127:5"])
def test_generated_complaints_about_applications_and_scores(tmp_path, seed):
    """r127's words: "全年未收到与依法申请公开工作有关的举报和投诉" denies complaints (two nils, no cell; at 9c84eae the received's
    nil), and "在全市政务公开考评中得分N分" is a count of no cell (at 9c84eae no count at all)."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    spans = _spans(squeezed, "未收到与依法申请公开工作有关的举报和投诉")
    nils = [m for m in mentions if m.kind == "nil" and any(a <= m.start and m.end <= b for a, b in spans)]
    assert [(m.metric, m.alternatives) for m in nils] == [(None, []), (None, [])]
    score = next(m for m in g["narrative_counts"] if m["unit"] == "分")
    got = [(m.value, m.unit, m.metric) for m in mentions
           if any(a <= m.start and m.end <= b for a, b in _spans(squeezed, score["quote"]))]
    assert got == [(score["value"], "分", None)]


def test_generated_name_in_single_quotes_is_no_count(tmp_path):
    """r72's slogan with names in single quotes inside double ones ("“打好‘四张牌’、干好‘四件事’”"): no count is read
    in it, and the variant's readings are there ("N件类型属于“信息不存在”" of 无法提供, "N份申请人主动撤销" of 其他)."""
    g, mentions, squeezed = _generated(tmp_path, "r72:3")
    spans = _spans(squeezed, "“打好‘四张牌’、干好‘四件事’”")
    assert spans and not [m.text for m in mentions if any(a <= m.start < b for a, b in spans)]
    for said in (m for m in g["narrative_counts"] if re.search("类型属于“信息不存在”$|申请人主动撤销$", m["quote"])):
        at = [m for m in mentions if m.value == said["value"] and any(a <= m.start and m.end <= b
                                                                      for a, b in _spans(squeezed, said["quote"]))]
        assert [list(m.alternatives) for m in at] == [said["accept"]], said["quote"]


@pytest.mark.parametrize("seed", ["r136:9", "r136:24"])
def test_generated_idiom_of_handling_each_one_states_no_count(tmp_path, seed):
    """r136's "确保收到一件、及时答复一件" (real136_words): a way of working, no count is read in it (at d1dab8f, real136's blind
    commit, 收到一件 and 答复一件 are two counts)."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    spans = _spans(squeezed, "确保收到一件、及时答复一件")
    assert spans, seed  # the variant is there
    assert not [m for m in mentions if any(a <= m.start and m.end <= b for a, b in spans)]


@pytest.mark.parametrize("seed", ["r141:366", "r141:383"])
def test_generated_regulations_first_of_a_list_the_organ_named_before(tmp_path, seed):
    """r141's "2022年，峪山镇无规章、行政规范性文件…信息公开" (real141_words): the organ named between the year and 无, and what
    was not published said after the list: a nil of each item, issued (at 4574964, real141's blind commit, neither is read)."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    spans = _spans(squeezed, "无规章、行政规范性文件信息公开")
    assert spans, seed  # the variant is there
    a, b = spans[0]
    nils = [(m.metric, list(m.alternatives)) for m in mentions if m.kind == "nil" and a - 12 <= m.start and m.end <= b]
    assert nils == [("t2.regulations.issued", ["t2.regulations.in_force"]),
                    ("t2.normative_docs.issued", ["t2.normative_docs.in_force"])]


@pytest.mark.parametrize("seed", ["r140:69", "r140:144"])
def test_generated_regulations_and_documents_denied_together(tmp_path, seed):
    """r140's "本年度无相关规章、规范性文件等信息需主动公开" (real140_words): a nil of each item, issued, none in force a reading
    (at eed586f, real140's blind commit, neither is read)."""
    g, mentions, squeezed = _generated(tmp_path, seed)
    spans = _spans(squeezed, "无相关规章、规范性文件等信息需主动公开")
    assert spans, seed  # the variant is there
    nils = [(m.metric, list(m.alternatives)) for m in mentions
            if m.kind == "nil" and any(a <= m.start and m.end <= b for a, b in spans)]
    assert nils == [("t2.regulations.issued", ["t2.regulations.in_force"]),
                    ("t2.normative_docs.issued", ["t2.normative_docs.in_force"])]
