"""Narrative counts (issue 3): every count a report states, with its meaning.

`extract_mentions(doc)` splits `Document.text` into sentences (pipeline.sentences), runs
the cached spaCy pipeline over those that may hold a count (pipeline.read: jieba inside
`spacy.blank("zh")`, count patterns from data/counts.jsonl) and turns each COUNT / PERCENT / CHANGE span into a
`Mention`, linked by the phrase table of data/metrics.toml. Nil statements ("未收到政府
信息公开申请") and claims ("均结果维持") come from the same table.

Conventions of the mentions (see models.report.Mention):
- `value` is the number as stated; approximations keep the number and set `approx`.
  kind="change" values are signed (同比下降5% → -5, unit "%").
- `metric` is a canonical id or a sum of ids joined by "+"; `alternatives` are other
  readings (收到/受理 X 件 → new_received, alternative new_received + carried_over).
  A count whose words fit no table cell has metric None and a `topic`.
- "X, Y, 共计Z": Z's metric is the sum of the parts' metrics and the parts' `part_of`
  is Z's index; "X，其中A、B" / "X（含A）" / "X，涉及A、B": A and B have `part_of` = X.
- kind="percent": `share_of` is the count it is a share of when the words say so (占).
- kind="nil": value 0 with the metric or topic the statement names.
- kind="claim" (value None): `claim` is all_upheld / all_closed / none_corrected and
  `metric` is the sum of the counts the claim covers (the preceding 表四 totals in the
  sentence, e.g. "t4.reconsideration.total+t4.litigation.total"): every case counted by
  that expression was upheld / is closed. all_in_time ("均在法定期限内答复") covers no
  count (metric None).
- A 表四 outcome takes the group of the 表四 count before it; after both kinds of 行政诉讼
  (直接起诉, 复议后起诉) it is the whole 行政诉讼's, after one kind that is part of a
  行政诉讼 total it may be either (both are readings, no cell).
- Counts of one kind said of different organs in one sentence ("省政府…21件、省政府办公厅
  …17件") name no cell: the tables cover at most one of them.
- A count that opens its clause is what the clause says of it ("19件已按规定…予以答复":
  the total; data/metrics.toml [[said_after]]). "A和B各N件" is one count of each item: two
  mentions of the same words.
- Not counts: ordinals, article and document numbers, durations, dates, set phrases and
  short quoted names (“五个一”), the bounds of a range ("从1条到30余条不等"). Another
  year's figure ("较2022年的76件") or a sum over years ("自2008年以来累计") names no cell.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.util import filter_spans

from models import Document, Mention, vocabulary

from ..sections import find_sections, section_at
from . import metrics
from ..memo import short_text_cache
from .numbers import lexicon, numeral_value
from .pipeline import HEADING_START, Read, count_patterns, read, rejoin, sentences
from .statistics import statistics_table

# (not "收到申请208件(不含上年结转5件)": what a count leaves out is no part of it)
_INCLUDE_WORDS = re.compile(r"(?<![不未])包含|(?<![不未包])含")  # (not "未包含上年结转42宗", r70)
_PART_WORDS = re.compile(rf"其中|{_INCLUDE_WORDS.pattern}|(?<![不未])包括|涉及|分别为")
_OPENS_BREAKDOWN = re.compile(r"\s*其中")
# (also a bare 另 opening its clause before words: "其中自然人申请890件…，另上年结转申请22件" — but
# "另1件" is the other one of them)
_ASIDE = re.compile(r"另有|另外|此外|还有|(?<![^\s,，;；、])另(?!行)(?=[^\W\d])")
# "包括发展规划4条、…规范性文件3条等，截止年底累计公开960条": 等 closed the enumeration.
_LIST_END = re.compile(r"^\s*等[，,；;]")
_CLOSE_PAREN = re.compile(r"[)）]")
_OPEN_BRACKET_LEFT = re.compile(r"[（(][^)）]*$")
# The top-level rows of 表三: none is a breakdown of another.
_T3_ROW = re.compile(r"t3\.(?:new_received|carried_over|total|carried_forward)\.total")
# A 表三 result row's total, and an applicant column of the applications received.
_T3_RESULT = re.compile(r"t3\.((?:granted|partial|denied|unavailable|not_processed|other)(?:\.[a-z_]+)?)\.total")
_APPLICANT_COUNT = re.compile(r"t3\.new_received\.(?!total)([a-z_]+)")
# A 表三 column of one kind of applicant, in any row ("t3.{row}.natural_person", "t3.new_received.commercial+…").
_OF_AN_APPLICANT = re.compile(r"t3\.[a-z_{}]+\.(?:natural_person|commercial|research|social|legal_service|other_org)\b")
_OPENS_BRACKET = re.compile(r"\s*[（(]")
_SHARE_WORDS = re.compile(r"占")
_DECREASE = re.compile(r"下降|减少|降低|回落|下滑|缩短|压缩|降幅|减|少|(?<=比)降")  # (比降: 比上年下降)
# Nothing, or only the applications named, between a claim and the count it ends with ("均按时规范办结7件", "均按时规范办结
# 申请7件": the claim's verb is the count's cue).
_ONLY_APPLICATIONS = re.compile(r"\s*(?:(?:政府信息公开|信息公开|依申请公开)?申请(?:件)?)?\s*")
# Words right after a count end as its own label where a list joiner or a clause break follows them ("13件予以公开、部分公开
# 2件"), not a figure ("预决算公开2依申请公开1": the next count's words).
_OWN_LABEL_END = re.compile(r"\s*(?:[、，,；;。]|$)")
# "优秀集体9个、个人32名": no cue of its own, listed with the count before it.
_SIBLING_GAP = re.compile(r"^\s*[、和及与]\s*[^,，;；。、]{0,6}$")
# The signs of a change the 2019 表二 prints ("本年增/减-3项"): minus first.
_SIGNS = "-－−+＋"
_TENS = {"百": 100, "十": 10}
# (除…外 closes a clause where no comma does: "除1件结转下年办理外其余215件均办理完毕", r94)
_CLAUSE_BREAK = re.compile(r"[,，;；:：。]|(?<=外)(?=\s*(?:其余|剩余|余下))")
_CLAUSE_BREAK_NO_COLON = re.compile(r"[,，;；。]")
_SEPARATORS = " \t\n,，、;；:：。"
# What closes a count's clause right after it (人次 counts applications only so: lexicon.toml `cases_closing`).
_CLAUSE_CLOSED = re.compile(r"\s*(?:[,，、;；:：。)）]|$)")
# The ones received (or the applications made: "本年度提出申请的27件中，…") or handled, before the count that the
# words after it break down.
_THE_ONES = re.compile(r"(?:(收到|受理|(?:收到|受理|提出)(?:的)?(?:政府信息公开|依申请公开)?申请)"
                       r"|(?<![正仍尚])(?:已)?(?:办理|办结|处理)(?:完毕|完结)?)的\s*$")
_AMONG = re.compile(r"\s*中\s*[,，:：]")  # (after a count whose words before named the applications)
# A part's words naming only an organ (…本级, …政府, …部门, …街道, a bracket closing the organ's other name) and at most a
# verb after it ("，其中区政府(区政府办公室)办理"): `_organ_of_the_whole`.
_ORGAN_PART = re.compile(r"[\s,，;；、]*(?:其中[\s,，:：]*)?(?P<organ>[^\d,，;；。:：]{0,20}?(?:本级|政府|办公室|办公厅|部门|街道|"
                         r"办事处|镇|乡|单位|[)）]))(?P<verb>办理|处理|受理|收到|接收|办结|答复|制发|印发|发布|公开)?\s*")
_AMONG_THEM = re.compile(r"(?:(?!复议|诉讼|信访|投诉|咨询|许可|审批)[^,，。;；\d]){0,16}?申请[^,，。;；\d]{0,8}?中\s*[,，:：]")
_GROUPS_THEN_OUTCOME = re.compile(
    r"\s*(行政复议|行政诉讼)(?:案件)?(?:\s*[、和及]\s*\d+\s*[件起宗例个]\s*(?:行政复议|行政诉讼)(?:案件)?)*"
    r"\s*(?:均)?(?:获|被|为|系)?(?:结果)?")
_SO = re.compile(r"(?:故|因此|所以|因而)\s*$")  # a consequence of what the sentence said before
_ANY_DIGIT = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千万]")
_EACH = re.compile(r"各\s*$")
# "进入行政复议程序和行政诉讼程序均为0件": after a list of cells, as 各 (after one cell, nothing); 分别为 with one figure too.
_EACH_OF_LIST = re.compile(r"(?:均|都|分别)(?:为|是)\s*$")
_LIST_GAP = re.compile(r"[\s,，、;；和及与]*")
_AMONG = re.compile(r"\s*中")
_RESPECTIVELY = re.compile(r"分别")
_LIST_JOINERS = "、和及与"
# An outcome of either 表四 group, and both groups listed in that order (for one outcome said of each in turn).
_T4_OUTCOME = re.compile(r"t4\.(reconsideration|litigation|\{group\})\.(upheld|corrected|other|pending)$")
_BOTH_GROUPS_LISTED = re.compile(r"(?:行政)?复议(?:案件)?[、和及与](?:行政)?诉讼[^。；;]*分别")
# The noun a list's items share, said once after the last ("行政复议、行政诉讼案件数量分别为4件、2件").
_SHARED_NOUN = re.compile(r"(?:的)?(?:案件|申请)?(?:的)?(?:数量|总数|件数|数)$")
# Words between a count and the cue after it that leave the cue the count's: "4件均为结果维持",
# "另2件申请按规定结转下年度继续办理", "其余8件按规定结转至下一年度", "1条属于重复申请",
# "1条因不属于本行政机关负责公开无法提供", "6件申请进入行政复议程序", "4件由于重复申请不予处理",
# "2件来自上一年度结转".
# What cases concern, between their count and their group ("1件涉及政府信息公开行政复议",
# "1起有关政府信息公开事务的行政复议案件", real46).
_CONCERNING = r"(?:涉及|有关|关于)(?:政府)?(?:信息公开)?(?:(?<=公开)(?:事务|事项|工作|申请))?(?:的|类)?"
# What may stand between a count and the 表三 row said right after it: 均, 因/属于, a time, how it came about
# ("2宗协调申请人主动撤销申请", r81), what the case concerns.
_ALL_BEFORE = re.compile(r"\s*(?:(?:均|全部|都)?(?:为|被|获|系)?|(?:申请)?(?:均|全部|都)?(?:已|将)?(?:按规定|依法|依规|按程序)?(?:进入)?|(?:因|由于)(?:属于|系|为)|(?:类型)?属于[“\"]?|因|由于|来自|(?:截)?(?:至|到)(?:本)?(?:年底|年末|报告期末|目前)|(?:经)?(?:协调|沟通|协商)(?:后)?|(?:复议|诉讼|审理|判决)?结果(?:为|是)|" + _CONCERNING + r")\s*(?:申请人|本(?:单位|机关|部门|局)|我(?:单位|局|委|办))?\s*")
_CARRIED_OVER = "t3.carried_over.total"
_T4_GROUP = re.compile(r"t4\.(?:reconsideration|litigation)\.total")
_BOTH_T4 = "t4.reconsideration.total+t4.litigation.total"
_T4_GROUPS = ("reconsideration", "litigation")
# A group named right before its outcome ("行政复议结果维持3件"), or opening the clause its outcomes follow in
# ("行政复议案件中维持4件，其他结果1件").
_GROUP = r"(行政复议|(?<!行政)复议(?!后)|行政诉讼|(?<!行政)诉讼)(?:案件)?(?:的)?"
_GROUP_THEN_OUTCOME = re.compile(_GROUP + r"(?:结果)?(?:被)?(?:予以)?(?:维持|纠正|纠错|其他结果|尚未审结)")
_AMONG_GROUP = re.compile(_GROUP + "中")
_RUNS_ON = re.compile(r"[；;]\s*$")
# A cue inside a document's title (open 《 before it): the title's words, not the count's.
_IN_TITLE = re.compile(r"《[^》]*$")
# A list of the documents, not the documents ("已废止行政规范性文件目录1个"), or the papers of
# a decision, not the cases ("主动公开…行政复议决定书20份", real35), or complaints about them, not
# them ("受理依申请公开投诉0起", r86): a count of other things.
_LISTS = "目录|清单"
_A_LIST_OF_THEM = re.compile(rf"\s*(?:{_LISTS}|决定书|答复书|告知书|文书|(?:的)?(?:投诉|举报))")
# The lists named right after the count ("编制…三项清单", r131): the count is of them.
_LISTS_COUNTED = re.compile(rf"\s*(?:{_LISTS})")
# A list closed by 等 right before the count: the count is of all the listed kinds ("…等26件",
# "无法提供等其他情况46件").
_MIXED_LIST = re.compile(r"(?:、[^,，。;；]{0,20}等|等其他[^,，。;；\d]{0,6})(?:共计?|合计)?\s*$")
# "加上上年结转8件，共…164件": a sum of this year's and last year's applications.
_PLUS = re.compile(r"加上|连同|加之|再加")
_SUM_WORDS = re.compile(r"共|合计|总计|需办理|需处理")
# "…共需办理47件，已全部办结": every application was closed — the total of 表三's results.
_ALL_CLOSED = re.compile(r"^[^。；;]{0,4}(?:已|均已)?全部(?:办结|答复)|^[^。；;]{0,4}均已(?:办结|答复)")
_NEW = "t3.new_received.total"
_CARRIED_FORWARD = "t3.carried_forward.total"
_BOTH_YEARS = f"{_NEW}+{_CARRIED_OVER}"  # this year's and last year's applications
# 表三's six results, which add up to its 总计 (t3.R2).
_T3_RESULTS = sorted(f"t3.{g}.total" for g in ("granted", "partial", "denied", "unavailable", "not_processed", "other"))
# The sentence's last clause, after the count; the counts after it (a year is none).
_LAST_CLAUSE = re.compile(r"[^。；;]*?[，,]\s*([^。；;，,]*?)\s*[。；;]?\s*$")
# The clause right after a count's own ("1件因于年底提交，按规定结转至下一年度…").
_NEXT_CLAUSE = re.compile(r"[^,，;；。\d]*[,，]\s*([^,，;；。\d]*?)\s*(?=[,，;；。]|$)")
# A figure, in digits or a Chinese numeral before its unit ("结果维持九件": s63's probe of small figures in Chinese numerals).
_LATER_COUNT = re.compile(r"\d|[一二两三四五六七八九十百]\s*(?:件|个|宗|起|条|项)")
_YEAR = re.compile(r"\d{4}\s*年(?:度)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?")
# "结转下年度继续办理的申请：0件": a label and its figure.
_LABEL_COLON = re.compile(r"\s*[：:]\s*")
_OPEN_BRACKET = re.compile(r"\s*[（(]\s*$")
# What a bracketed count is said to be before its bracket closes: not of the words before it.
_NOT_ITS_OWN = re.compile(r"[^（()）,，。;；]{0,8}?(?:不涉及|无关|不属于)")
_BREAKDOWN_OPENS = re.compile(r"\s*[（(]\s*其中\s*[,，:：]?\s*$")
# A bracket right before a count that leaves something out of it or takes something in ("（不含过程性信息）47件").
_LEFT_OUT_BEFORE = re.compile(r"[（(]\s*(?:不含|不包含|不包括|未含|除去?|含|包含|包括)[^（()）]{1,30}[)）]\s*$")
# A span of a few characters in quotation marks is a name or slogan (“五个一”, “两微一端”, ‘四张牌’ inside
# another's quotes, r72), and so
# is a longer one that opens with its numeral (“一场振兴农村经济的深刻产业革命”, real55); a
# figure in a title is part of it (《…2024年度长安区10件民生实事相关工作的通知》).
_QUOTED = re.compile(r"[“\"「『‘]([^“”\"「」『』‘’,，。;；:：]{1,10}|(?=[一二两三四五六七八九十百])[^“”\"「」『』‘’,，。;；:：]{11,30})[”\"」』’]"
                     r"|《([^《》]{1,80})》")
# Two counts joined as a range ("从1条到30余条不等", "配备1-3名信息员"): each bound a figure of no cell. The lower
# bound before the joiner (its figure, what stands before it: an ordinal's 第, a code's or a time's characters).
_RANGE_JOINER = r"\s*(?:到|至|~|～|-|－|—)\s*"
_RANGE_JOIN = re.compile(_RANGE_JOINER)
_RANGE_BEFORE = re.compile(r"(?P<before>[第\dA-Za-z.:：/\-－—~～]?)\s*(?P<low>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
                           + _RANGE_JOINER + "$")
_LEADING_FIGURE = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+")
# Claims that cover counts (their metric is the sum of the counts they speak of).
_COVERING = ("all_upheld", "all_closed", "none_corrected")
# What separates "5件维持" from the next count "1件…": a list separator only.
_TRAILING_LABEL = re.compile(r"\s*[、,，]\s*")
# "已审结的5件行政诉讼案件": the closed cases, some of the group's.
_CLOSED_BEFORE = re.compile(r"(?:已|已经)?(?:审结|结案)(?:了)?的\s*$")
_DELTA_DOWN = re.compile(r"减少|净减|精简|压减|削减|取消")
_NEAR = 12  # characters between a cue and its count beyond which the cue names no cell
# What a 表三 cue's words may run on to that is no application: the disclosure's own channels and contents, other work,
# replies to the press and to comments.
_OTHER_OBJECT = re.compile(r"各类|栏目|专栏|材料|档案|任务|工作|资金|预决算|财政|目录|指南|网站|平台|公告|通知|记者|媒体|留言|咨询|提问")
# What may stand between an applicant's kind and its count: how it applied and the applications' words, nothing else
# (and a gloss in brackets, or the bracket the kind glossed closes: "法律服务机构（律师事务所）申请12件", "其他组织（村民委员会、
# 业主委员会等）4件", s54's grid).
_APPLICANT_GAP = re.compile(r"[）)]?(?:[\s,，、:：]|提交|提出|申请|的|共计?|合计|为|是|有|数量|件数|办件量|办件|件|事项|法人|均|各|分别"
                            r"|(?:政府)?信息公开|依申请公开|公开|政府信息|[（(][^（()）,，。;；\d]{1,20}[）)])*")
# What a count in 个 counts, named right after it, when that is not applications or cases
# ("三个关键环节"; not "3个申请", "2个事项", "1个政府信息公开申请").
_OTHER_THINGS = re.compile(r"\s*(?!(?:政府信息公开|依申请公开|信息公开|政府信息)?(?:的)?(?:申请|事项|案件|办件))[^\W\d]")
# A figure of its own, unread (no year, date, ordinal or item number): "回复5要求申请人补正2条".
_STRAY_FIGURE = re.compile(r"(?<![第\d.])\d+(?![\d.年月日号项条款])")


def extract_mentions(doc: Document, layout: str | None = None, year: int | None = None) -> list[Mention]:
    """Every count stated in the document's narrative text, in text order. `layout` is the
    report's table form where it is known (from its tables or its year): a 表二 count read
    two ways takes the reading that form prints. `year`: the year reported on, where known — a
    carry-over said with a year and no other year in its sentence is read against it ("结转2021年1件" in a
    report on 2022: from 2021)."""
    original = doc.text
    if not original.strip():
        return []
    sections = find_sections(original)
    # Counts are read in the text with the line breaks inside sentences taken out ("申请" /
    # "58" / "件" is "申请58件"); their offsets are turned back into the document's at the end.
    text, where = rejoin(original)
    sents = sentences(text, rejoined=True)
    mentions: list[Mention] = []
    # A sentence without what a count's pattern needs (a numeral before a unit, …:
    # `_may_count`) skips the spaCy pipeline (over half of a report's sentences: "一是…",
    # "进一步…"); its nil statements and claims are still read.
    may_count = _may_count()
    counted = [i for i, (a, b) in enumerate(sents) if may_count.search(text, a, b)]
    reads = dict(zip(counted, read([text[sents[i][0] : sents[i][1]] for i in counted])))
    prev_sentence_start = 0  # index in `mentions` of the previous sentence's first mention
    for s_idx, (s_start, s_end) in enumerate(sents):
        first = len(mentions)
        context_start = sents[s_idx - 1][0] if s_idx else s_start
        items = _items(text[s_start:s_end], reads.get(s_idx), previous=text[context_start:s_start])
        _link_sentence(text, (s_start, s_end), s_idx, items, mentions, prev_sentence_start,
                       _run_start(text, sents, s_idx), year)
        _of_an_earlier_year(mentions[first:], text[s_start:s_end], text[context_start:s_start])
        if len(mentions) > first:  # (most sentences hold no count: the form is looked for only where one is)
            _of_each_year_listed(mentions[first:], text[s_start:s_end], s_start, year)
            _under_a_heading_before(mentions[first:], text[s_start:s_end], s_start, text[context_start:s_start])
            form = layout or _layout_of_years(text[s_start:s_end]) or _form_spoken(mentions[prev_sentence_start:])
            if form is not None:
                for m in mentions[first:]:
                    _as_the_form_prints(m, form)
            prev_sentence_start = first
    _applicants_of_both_years_said(mentions)
    _before_the_forms(mentions, year)
    paged = any(b.source.page is not None for b in doc.blocks)  # else no block need be looked up
    for m in mentions:
        m.start, m.end = where[m.start], where[m.end - 1] + 1
        m.text = original[m.start : m.end]
        m.section = section_at(sections, m.start)
        block = doc.block_at(m.start) if paged else None
        m.page = block.source.page if block is not None else None
    tabled = statistics_table(doc)
    for m in tabled:
        m.section = section_at(sections, m.start)
    return _in_text_order(mentions, tabled) if tabled else mentions


def _in_text_order(mentions: list[Mention], tabled: list[Mention]) -> list[Mention]:
    """The narrative's mentions and a statistics table's, in text order; what the narrative
    reading made of the table's own words is dropped (the table reader read them), and the
    indices mentions keep of each other follow them."""
    rows = sorted({(t.start, t.end) for t in tabled if t.start < t.end})
    kept = [i for i, m in enumerate(mentions) if not any(a <= m.start < b for a, b in rows)]
    order = sorted([(mentions[i].start, 0, k, mentions[i]) for k, i in enumerate(kept)]
                   + [(m.start, 1, k, m) for k, m in enumerate(tabled)], key=lambda t: t[:3])
    new_index = {kept[k]: n for n, (_, side, k, _) in enumerate(order) if side == 0}
    out = [m for *_, m in order]
    for m in out:
        m.part_of = new_index.get(m.part_of) if m.part_of is not None else None
        m.share_of = new_index.get(m.share_of) if m.share_of is not None else None
    return out


@cache
def _channel_applications() -> re.Pattern:
    """The applications of one channel ("信函申请", "网络的申请"): the channels the nil rules name
    (metrics.toml [nil] channel)."""
    return re.compile(rf"\s*(?:{metrics.table().nil_channel.pattern})(?:的)?申请")


@cache
def _may_count() -> re.Pattern:
    """What every span of data/counts.jsonl contains: a numeral (a digit — \\d: full-width
    ones too — or a Chinese numeral) followed by a unit (余/多/几, multipliers and blanks
    between), 百分之, an audience word followed by a numeral (the `audience` pattern's words,
    read from the file), a form's figure after its label (`form_figure`: "答复数3，", "事项0"), or
    a template's bracketed blank filled in ("发布政务信息(1386)条").
    Anything else states no count ("2023年", "浏览次数较多")."""
    lex = lexicon()
    cn = re.escape("".join(sorted(lex.cn_chars)))
    between = re.escape("".join(sorted(set("".join(lex.approx_between) + "".join(lex.multipliers)))))
    units = "|".join(map(re.escape, sorted(lex.units | lex.change_units | {"%", "％"}, key=len, reverse=True)))
    audience = next(p["pattern"] for p in count_patterns() if p["id"] == "audience")
    words = audience[0]["TEXT"]["REGEX"].replace("^", "").replace("$", "")
    leads = "|".join(map(re.escape, sorted(audience[1]["TEXT"]["IN"], key=len, reverse=True)))
    form = next(p["pattern"] for p in count_patterns() if p["id"] == "form_figure")
    labels, joins = form[0]["TEXT"]["REGEX"].removesuffix("$"), "|".join(map(re.escape, form[1]["TEXT"]["IN"]))
    return re.compile(rf"[\d{cn}][\s{cn}{between}]*(?:{units})|百分之|(?:{words})(?:{leads}|\s)*[\d{cn}]"
                      rf"|(?:{labels})(?:{joins})?\s*\d|[(（]\d+[)）](?:{units})")


# The second of two articles or parts ("《条例》第20条和21条", "详见本报告第三、四部分"), or a later one of a list ("通报
# 指出的第1、3、5项问题", s54's grid; "区政府第126次、127次常务会议", s55's): an ordinal too.
_ORDINAL_BEFORE = re.compile(r"第\s*[\d一二三四五六七八九十]+(?:\s*[、和及]\s*[\d一二三四五六七八九十]+)*\s*(?:[条款项章节次期批届轮号]\s*)?"
                             r"(?:和|、|及|至|到)\s*$")


def _items(sentence: str, sent: Read | None, previous: str = "") -> list[dict]:
    """Counts, nil statements and claims of one sentence, in text order (offsets
    relative to the sentence). `sent`: the sentence as the pipeline read it, if it did;
    `previous`: the sentence before it (what a nil statement may refer back to)."""
    lex = lexicon()
    items: list[dict] = []
    spans = filter_spans(_figures_that_stand(sent.counts, sent.tokens)) if sent is not None else []
    blocked = [(m.start(), m.end()) for m in lex.block_phrases.finditer(sentence)] if spans else []
    quoted = [m.span(1) if m.group(1) else m.span(2) for m in _QUOTED.finditer(sentence)] if spans else []
    for span in spans:
        tokens, offset = sent.tokens, sent.tokens.start_char
        start, end = span.start_char - offset, span.end_char - offset
        before = tokens.doc[span.start - 1].text if span.start > tokens.start else ""
        after = tokens.doc[span.end].text if span.end < tokens.end else ""
        if (before in lex.block_before or _AFTER_DI.search(sentence, max(0, start - 12), start)
                or _ORDINAL_BEFORE.search(sentence, max(0, start - 24), start)):
            continue
        if after and (after.startswith(lex.block_after) and not after.startswith(lex.block_after_counted)
                      or after in lex.block_after_exact):
            continue
        if span.id_ == "magnitude_about" and before.endswith(lex.vague):
            continue  # "数万余条": some ten thousands, no count
        if sentence[start:start + 1].isdigit() and _UNSURE_BEFORE.search(sentence, max(0, start - 5), start):
            continue  # "A4幅面", "第l7条", "公开信息 2 3 7 条": no sure figure, so no count
        if span.id_ == "count_bracketed" and _OPENS_CLAUSE.search(sentence, 0, start):
            continue  # "(2)部门预算信息": a list item's number opening its clause, not "发布政务信息(1386)条"
        if any(a < end and start < b for a, b in blocked) or lex.place_name.match(sentence, start):
            continue
        if any(a <= start and end <= b for a, b in quoted):
            continue
        item = _reading(span, offset)
        if item is None or item["unit"] is None and after.startswith(lex.block_after_bare):
            continue
        last = len(sentence[:item["end"]].rstrip())  # (the figure's last digit, where it ends in one)
        if sentence[last - 1].isdigit() and _UNSURE_AFTER.match(sentence, last):
            continue  # "更新信息3 ,102条": the first digits of a figure damaged, not a count of their own
        if item["unit"] in lex.digits_only and not any(c.isdigit() for c in sentence[start:end]):
            continue  # "十分重要": a word, no score
        if item["kind"] in ("count", "percent") and not item.get("approx"):
            # an approximation said a few words before the figure: "约占总量的26%" (a share's), "比例约为47.30%"
            said = (item["kind"] == "percent" and lex.approx_share.search(sentence, max(0, start - 12), start)
                    or lex.approx_copula.search(sentence, max(0, start - 4), start)
                    or lex.approx_glued.search(sentence, max(0, start - 3), start))
            if said:
                item["approx"], item["approx_word"] = True, said.group(1)
        items.append(item)
    items = _range_bounds(sentence, items)
    _joined_changes(sentence, items)
    items += _said_in_words(sentence, items)
    # (a heading right before says what the section's nils are of: "四、政府信息公开的收费及减免情况" / "未收取费用。")
    heading = previous if HEADING_START.match(previous) else ""
    nils = (metrics.nil_statements(sentence, heading) or metrics.nil_back_references(sentence, previous)
            or metrics.nil_list_continued(sentence, previous))
    # "…行政复议、行政诉讼均为0。" is a nil statement (`nil.zero`); its 0 is no form's figure beside it.
    items = [it for it in items if not (it["kind"] == "count" and it["unit"] is None and it["value"] == 0
                                        and any(a <= it["start"] and it["end"] <= b for a, b, _ in nils))]
    for start, end, cue in nils:
        items.append({"kind": "nil", "start": start, "end": end, "value": 0, "unit": cue.unit,
                      "metric": cue.metric, "topic": cue.topic, "alternatives": list(cue.alternatives)})
    for start, end, c in metrics.claims(sentence):
        items.append({"kind": "claim", "start": start, "end": end, "claim": c.claim})
    items.sort(key=lambda i: (i["start"], i["end"]))
    return items


# 第 before a figure, with the digits a PDF export spaced out before it ("依照《条例》第 2 4 条"): an ordinal.
_AFTER_DI = re.compile(r"第[\s\dlIO]*$")  # (and the letters an OCR reads for digits: "第l7条", "第l08次")
# What right before a figure makes it no sure figure (s55's negative grids): one Latin letter glued to it, no word of them —
# a code ("A4幅面") or a digit an OCR misread ("第l7条"; not "中国气象报CMA7篇"); a digit, or a letter an OCR reads for one,
# and a blank — the last of digits a PDF export spaced out ("公开信息 2 3 7 条": 237 or 7, "工单1l 203件"), or of a decimal
# it spaced out ("得分 9 2 . 5 分", s56's negative grid).
_UNSURE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]$|(?:(?<![\d.])\d|[lIO])[ \u00a0\u3000]$"
                            r"|\d[ \u00a0\u3000]*[.．][ \u00a0\u3000]+$|\d[ \u00a0\u3000]+[.．]$"
                            r"|\d(?:[ \u00a0\u3000]+[,，][ \u00a0\u3000]*|[,，][ \u00a0\u3000]+)$")
# The same after a figure: a comma with a blank by it and digits ("更新信息3 ,102条", "发布信息2,3 18条", s56's negative grid).
_UNSURE_AFTER = re.compile(r"[ \u00a0\u3000]+[,，][ \u00a0\u3000]*\d|[,，][ \u00a0\u3000]+\d|[,，]\d{1,2}[ \u00a0\u3000]+\d")
# Where a clause opens: what stands before a list item's bracketed number ("…情况。(2)部门预算信息").
_OPENS_CLAUSE = re.compile(r"(?:^|[。；;：:!！?？\n])\s*$")


# What may follow a form's figure that no punctuation closes: a word (a CJK character, a
# quote or bracket opening) — not decimals, a letter, a sign, nor a date's or a time's word
# ("政务公开12年来").
_WORD_AFTER_FIGURE = re.compile(r"\s*(?![年月日号时])[\u4e00-\u9fff“‘\"《（(]")


def _figures_that_stand(spans, sentence) -> list:
    """The count spans less the form's figures that do not stand. A form's figure stands only
    where no other pattern reads its figure ("订阅数4637" is an audience figure, "信息46条" the
    count 46条, not "信息46" and a stray 条); one that no punctuation closes — its crawler cut
    it from its unit ("发布信息数量304利用本镇…", "…依申请公开事项0" at the passage's end) — only
    where the sentence (`sentence`: its tokens) ends or a word of no count follows it."""
    read_otherwise = {i for s in spans if s.id_ != "form_figure" for i in range(s.start, s.end)}
    return [s for s in spans if s.id_ != "form_figure"
            or _figure(s).i not in read_otherwise and _figure_stands(s, sentence)]


def _figure(span):
    """The figure of a form's figure span (its label, a join, the figure, a closer)."""
    return next(tok for tok in span if tok.tag_ == "NUM")


def _figure_stands(span, sentence) -> bool:
    """Whether a form's figure that no punctuation closes stands (see `_figures_that_stand`)."""
    if span[-1].tag_ != "NUM":
        return True
    figure = span[-1].text
    if not (figure.isascii() and figure.isdigit()) or len(figure) > 4:
        return False  # "公开2.0版", "信息一体化", "信息公开12345热线": no form's figure
    rest = sentence.doc.text[span.end_char : sentence.end_char]
    if not rest.strip() or _FULL_STOP_LAST.fullmatch(rest):
        return True  # (also "依申请公开信息条数为0." at the sentence's end: a full stop, ASCII or NFKC's of ．, r113)
    after = span.doc[span.end]
    lex = lexicon()
    return (after.tag_ == "X" and after.text not in lex.approx_between and not after.text.startswith(tuple(lex.approx_after))
            and _WORD_AFTER_FIGURE.match(rest) is not None)


def _said_in_words(sentence: str, items: list[dict]) -> list[dict]:
    """The figures the count patterns cannot see, as words say them: shares ("八成以上", "近三成", "过半": a
    percentage, approximate unless a bare N成; after a verb of rising or falling a change) and years lasted ("经过三年的
    努力", "连续3年": 年, which after a figure is mostly a date, is a unit only after a verb of lasting). None overlaps the
    sentence's `items` or an earlier one."""
    out: list[dict] = []
    for said in _shares_said(sentence) + _years_said(sentence):
        if not any(it["start"] < said["end"] and said["start"] < it["end"] for it in items + out):
            out.append(dict(said))
    return out


@short_text_cache
def _years_said(sentence: str) -> tuple[dict, ...]:
    """Every span of years lasted in the sentence (the lexicon's `durations.years`), from its figure."""
    out = []
    for m in lexicon().duration_years.finditer(sentence):
        value = numeral_value(m.group("n"))
        if value:
            out.append({"kind": "count", "start": m.start("n"), "end": m.end(), "value": value, "unit": "年",
                        "approx": bool(m.group("after") or m.group("post")), "approx_word": m.group("after") or m.group("post")})
    return tuple(out)


@short_text_cache
def _shares_said(sentence: str) -> tuple[dict, ...]:
    """Every share said in words in the sentence (N成 first, then halves), overlapping or not."""
    lex = lexicon()
    out = []
    for pattern in (lex.share_tenths, lex.share_halves):
        for m in pattern.finditer(sentence):
            a, b = m.span()
            n = m.groupdict().get("n")
            value = numeral_value(n) * 10 if n else 50
            words = [w for w in (m.groupdict().get("before"), m.groupdict().get("after")) if w]
            approx = bool(words) or not n  # 过半 is more than half, 一半 about half
            change = _CHANGE_BEFORE.search(sentence[:a])
            kind = "change" if change else "percent"
            if change and _DECREASE.search(change.group()):
                value = -value
            out.append({"kind": kind, "start": a, "end": b, "value": value, "unit": "%", "approx": approx,
                        "approx_word": words[0] if words else ("过" if not n and sentence[a] == "过" else None)})
    return tuple(out)


# A verb of rising or falling right before a share in words makes it a change ("增长近三成").
_CHANGE_BEFORE = re.compile(r"(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑)(?:了)?\s*$")


@cache
def _t2_cells(layout: str | None = None) -> frozenset[str]:
    """The 表二 ids one layout prints, or either layout (`None`)."""
    v = vocabulary()
    return frozenset(f"t2.{c}" for name, cells in v.t2_layouts.items() if layout in (None, name) for c in cells)


_STATED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!(?:以前|之前|以来|前))")  # not "均为2020年以前印发"


def _years_after_the_first_stated(sentence: str, a: int, b: int, year: int | None = None) -> int:
    """How many years the year named in sentence[a:b] is after the year the sentence spoke of
    first, or where it speaks of none the year reported on (`year`; 0 when either is not known): "2025年，全年共受理…
    9件，2026年结转…1件" is 1 (carried into 2026), "2022年度，我委没有2021年结转的…申请" is -1 (carried over from 2021)."""
    own = _STATED_YEAR.search(sentence, a, b)
    first = _STATED_YEAR.search(sentence, 0, a)
    ref = int(first.group(1)) if first is not None else year
    return int(own.group(1)) - ref if own is not None and ref else 0


_GRANTED = "t3.granted.total"
_WITH_PARTIAL_AFTER = re.compile(r"\s*[（(]\s*(?:含|包括|包含)(?:了)?(?:部分公开|区分处理)")
_OF_A_YEAR_AFTER = re.compile(r"\s*(?:为|是|系)?\s*((?:19|20)\d{2})\s*年(?:度)?(?:(?:收到|受理|提交|提出)(?:的)?)?"
                              r"(?:(?:政府信息公开|依申请公开)?申请)?(?=[)）的也,，。;；]|$)")


# A year named right after a nil's words ("无结转2025年继续办理件").
_YEAR_RIGHT_AFTER = re.compile(r"\s*(?:至|到)?\s*(?:19|20)\d{2}\s*年")


def _of_the_year_before(sentence: str, b: int, year: int | None) -> bool:
    """Whether the words right after a count (ending at `b`) give it the year before the one the sentence speaks of (or
    the report's): "已经办理完成17件(有3件为2021年)", "另外有4件2020年收到的申请也已结转办结" (r113) — carried over."""
    own = _OF_A_YEAR_AFTER.match(sentence, b)
    return own is not None and _years_after_the_first_stated(sentence, b, own.end(), year) == -1


_YEAR_END = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?(?:底|末)")


def _carried_at_its_end(sentence: str, a: int, b: int) -> bool:
    """Whether the year named in sentence[a:b] is one whose end the sentence spoke of before ("2022年底，
    2022年结转…2件": that year's carried forward, as "2021年底，2022年结转…" is)."""
    own = _STATED_YEAR.search(sentence, a, b)
    return own is not None and any(end.group(1) == own.group(1) for end in _YEAR_END.finditer(sentence, 0, a))


_CARRY_WORDS = re.compile(r"结转|转结")
_OPENING_YEAR = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?" + _STATED_YEAR.pattern)


def _of_an_earlier_year(mentions: list[Mention], sentence: str, previous: str) -> None:
    """The counts of a sentence that opens with an earlier year than the sentence before it
    spoke of and compares ("2022年共收到申请7件…。2021年收到政府信息公开申请1件，…同比增加600%",
    real46) are that year's: no cell of this report's tables (not where it speaks of a carry-over:
    the year is the carry-over's; without a comparison the year may be a slip: "2020年度无依申请公开
    事项。2019年度我局无“不予公开”的政府信息", real10)."""
    own, before = _OPENING_YEAR.match(sentence), _STATED_YEAR.search(previous)
    if (own is None or before is None or int(own.group(1)) >= int(before.group(1)) or _CARRY_WORDS.search(sentence)
            or not any(m.kind == "change" for m in mentions)):
        return  # ("2022年未转结政府信息公开申请，进入行政复议程序0件": the year of the carry-over only)
    for m in mentions:
        if m.kind == "count" and m.metric and all(c.startswith(("t3.", "t4.")) for c in m.metric.split("+")):
            m.metric, m.alternatives = None, []


# Years listed, then 分别 ("2021年、2022年、2023年分别收到申请152件、118件、96件").
_YEARS_EACH = re.compile(r"((?:19|20)\d{2})\s*年度?(?:\s*(?:[、,，和及与至到]|-|—)\s*(?:19|20)\d{2}\s*年度?)+[^。;；\d]{0,30}?分别")
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年度?\s*(?:至|到|-|—)\s*((?:19|20)\d{2})\s*年")


def _of_each_year_listed(mentions: list[Mention], sentence: str, s_start: int, year: int | None) -> None:
    """Counts said of several years in turn ("2021年、2022年、2023年分别收到申请152件、118件、96件", s54's grid of later
    sections): each is its year's, so only the year reported on names the cell its words name (the last year listed,
    where it is not known); the others name none."""
    for listed in _YEARS_EACH.finditer(sentence):
        if (span := _YEAR_RANGE.match(listed.group())) is not None and int(span.group(2)) - int(span.group(1)) < 10:
            years = list(range(int(span.group(1)), int(span.group(2)) + 1))  # "2019年至2021年…分别为11件、7件、4件"
        else:
            years = [int(y) for y in _STATED_YEAR.findall(listed.group())]
        after = [m for m in mentions if m.end - s_start > listed.end() and m.kind in ("count", "nil")][: len(years)]
        named = next((m for m in after if m.metric or m.alternatives), None)  # the cue's link, read at the first
        if len(after) != len(years) or named is None:
            continue
        metric, alternatives, topic = named.metric, list(named.alternatives), named.topic
        own = year if year in years else years[-1]
        for y, m in zip(years, after):
            m.metric, m.alternatives = None, []
            if y == own:
                m.metric, m.alternatives, m.topic = metric, list(alternatives), topic


# A heading that is a sentence of its own, naming what its paragraph counts ("（三）复议诉讼情况。"), and the bare words
# that may open the next sentence before its count ("全年发生2件", "本年度共5件").
_TOPIC_HEADING = re.compile(HEADING_START.pattern + r"\s*(?P<topic>[^。；;：:，,\d]{2,30}?)\s*[。：:]?\s*")
_BARE_OPENING = re.compile(r"\s*(?:本年度?|全年|今年|年内|(?:19|20)\d{2}\s*年度?)?[,，]?\s*(?:共|累计|共计|合计)?"
                           r"(?:收到|受理|发生|办理|涉及)?(?:了)?(?:共计?)?\s*")


def _under_a_heading_before(mentions: list[Mention], sentence: str, s_start: int, previous: str) -> None:
    """A count that opens its sentence with no words of its own ("全年发生2件") after a heading that is a sentence of its
    own ("（三）复议诉讼情况。全年发生2件", a grid of headings, s54): what the heading names, read by the same entries as
    under the heading with a colon ("（三）复议诉讼情况：全年发生2件")."""
    heading = _TOPIC_HEADING.fullmatch(previous)
    first = next((m for m in mentions if m.kind == "count"), None)
    if heading is None or first is None or first.metric or first.alternatives or first.topic:
        return  # (a count with words of its own keeps them: "（二）依申请公开情况。2020年主动公开信息458条" is no application)
    opening = sentence[: first.start - s_start]
    if not _BARE_OPENING.fullmatch(opening):
        return
    probe = heading.group("topic") + "：" + opening.strip()
    found = metrics.best_link(probe)
    if found is not None and found[2] == len(probe) and found[0].role is None:
        first.metric, first.alternatives, first.topic = found[0].metric, list(found[0].alternatives), found[0].topic


def _before_the_forms(mentions: list[Mention], year: int | None) -> None:
    """A report on a year before the first form (2019: vocabulary.toml `layout_years`) prints no 表二: its counts of
    documents made ("本年度新增的行政规范性文件308条", a report on 2005, r129) name no cell, the cell stays a reading (readers of
    old reports split, 3 of 5 seen name it). Its words are the first form's (新制作, 新公开): a count of documents is read in
    that form's columns too ("公开规范性文件4件" in a report on 2017: 本年新公开数量 to both of r139's readers, r138's second)."""
    first = min(min(years) for years in vocabulary().layout_years.values())
    if year is None or year >= first:
        return
    first_form = vocabulary().layout_of_year(first)
    for m in mentions:
        if m.metric and all(map(_is_t2_cell, m.metric.split("+"))):
            _reading_only(m)
        if any(_is_t2_cell(r) for reading in m.alternatives for r in reading.split("+")):
            _as_the_form_prints(m, first_form)  # (with no metric: readings added after)


def _layout_of_years(sentence: str) -> str | None:
    """The layout certain for every year the sentence states ("2019年我乡制发规范性文件13份":
    a report on 2019, which fills the 2019 form), if there is one."""
    layouts = {vocabulary().layout_of_year(int(y)) for y in _STATED_YEAR.findall(sentence)}
    return layouts.pop() if len(layouts) == 1 else None


def _as_the_form_prints(m: Mention, layout: str) -> None:
    """A 表二 count read two ways (制发: 2021's 本年制发件数 or 2019's 本年新制作数量) takes the
    reading of the form the report fills; the other stays an alternative (a sum of items too).
    A count read only in the other form's columns of its item gains the columns of this form
    read the same way (metrics.toml [form_readings])."""
    cells = _t2_cells(layout)
    readings = [r for r in (m.metric, *m.alternatives) if r]
    for reading in readings:
        item, _, column = reading.rpartition(".")
        if reading not in cells and _is_t2_cell(reading) and not any(r.startswith(item + ".") and r in cells for r in readings):
            # (not "2019年…制发规范性文件13份", which names 本年新制作数量 already)
            m.alternatives += [c for c in (f"{item}.{o}" for o in metrics.table().form_readings.get(column, ()))
                               if c in cells and c not in m.alternatives]
    if not m.metric or not all(map(_is_t2_cell, m.metric.split("+"))) or set(m.metric.split("+")) <= cells:
        return
    printed = next((a for a in m.alternatives if set(a.split("+")) <= cells), None)
    if printed is not None:
        m.metric, m.alternatives = printed, [m.metric, *(a for a in m.alternatives if a != printed)]


def _form_spoken(said: list[Mention]) -> str | None:
    """The 2019 form where the 表二 counts of this sentence and the one before are all in its own columns
    ("本年新制作规范性文件2件，新公开2件，对外公开总数量为9件，无新制作规章", blind6, a report on 2023 kept in the old
    form): a 制作 there is 本年新制作数量, not 2021's 本年制发件数 as in most later reports."""
    columns = {m.metric.rpartition(".")[2] for m in said
               if m.kind == "count" and m.metric and "+" not in m.metric and _is_t2_cell(m.metric)}
    return "2019" if columns and columns <= _only_2019_columns() else None


@cache
def _only_2019_columns() -> frozenset[str]:
    """The 表二 columns the 2019 form prints and the 2021 form does not (本年增/减, 对外公开总数量…)."""
    of = {name: {c.rpartition(".")[2] for c in cells} for name, cells in vocabulary().t2_layouts.items()}
    return frozenset(of["2019"] - of["2021"])


def _item_named(clause: str) -> str | None:
    """The 表二 item the count's own clause names last, in the form's words ("规章对外公开总数量1件",
    "其他对外管理服务事项新增57项"), where no count before it names one."""
    found = [(clause.rfind(word), item) for item, words in vocabulary().t2_items.items() for word in words
             if word in clause]
    return max(found)[1] if found else None


def _item_said_before(before: str) -> tuple[metrics.Link, int, int] | None:
    """The 表二 item the nearest clause before a column's first count names, the item said
    once for the counts after it. Clauses with a figure of their own name something else."""
    clauses = _CLAUSE_BREAK_NO_COLON.split(before)
    if named := metrics.best_link(clauses[-1], r"t2\.[a-z_]+\.[a-z_]+"):
        return named
    for clause in reversed(clauses[:-1]):
        if _ANY_DIGIT.search(clause):
            return None
        if (named := metrics.best_link(clause)) is not None:
            return named if named[0].role == "t2_item" else None
    return None


def _name_right_before(words: str) -> tuple[str, str] | None:
    """(item, the name said) of the 表二 item whose name the words end with (a colon or 的 after
    it aside)."""
    words = words.rstrip(" \t：:的")
    return next(((item, name) for item, names in vocabulary().t2_items.items() for name in names
                 if words.endswith(name)), None)


_ITEM_COUNT = re.compile(r"\d\s*[项个]\s*$")


def _item_counted_before(before: str) -> str | None:
    """The 表二 item whose count of items (in 项 or 个) ends one of the two clauses before a column's
    words ("行政处罚30项" of "…行政处罚30项,较2018年无增减,处理决定数量"), the nearest first."""
    clauses = _CLAUSE_BREAK_NO_COLON.split(before)
    for clause in clauses[-3:-1][::-1]:
        if _ITEM_COUNT.search(clause) and (item := _item_named(clause)) is not None:
            return item
    return None


def _is_t2_cell(metric: str) -> bool:
    """Whether a 表二 id filled in from the count before names a cell either form prints."""
    return metric in _t2_cells()


def _range_bounds(sentence: str, items: list[dict]) -> list[dict]:
    """The bounds of a range ("配备1-3名信息员", "从1条到30余条不等", "8—30万元之间") are figures of no cell, each in the
    range's unit (14 of 16 seen readings list both): the lower one, printed without its unit, is added, in the upper's
    magnitude ("3-5万人": 30000). A range after 第 or inside a code, a time or a phone number is none."""
    bounds: list[dict] = []
    drop: set[int] = set()
    for i, it in enumerate(items):
        if it["kind"] != "count":
            continue
        if (low := _RANGE_BEFORE.search(sentence, max(0, it["start"] - 16), it["start"])) is not None:
            lower, upper = numeral_value(low["low"]), _LEADING_FIGURE.match(sentence, it["start"])
            upper_value = numeral_value(upper.group()) if upper else None
            if low["before"] or lower is None or not upper_value:
                drop.add(i)
                continue
            value = lower * it["value"] / upper_value
            value = int(value) if float(value).is_integer() else round(value, 6)
            it["bound"] = True
            # (an item the lower bound was read into before: "人数3-5万人", 3 as a form's figure)
            drop.update(j for j, other in enumerate(items[:i]) if other["end"] > low.start("low"))
            bounds.append({"kind": "count", "start": low.start("low"), "end": low.end("low"), "value": value,
                           "unit": it["unit"], "approx": False, "approx_word": None, "bound": True})
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (nxt is not None and nxt["kind"] == "count" and nxt["unit"] == it["unit"]
                and _RANGE_JOIN.fullmatch(sentence[it["end"] : nxt["start"]])):
            it["bound"] = nxt["bound"] = True
    kept = [it for i, it in enumerate(items) if i not in drop]
    return sorted(kept + bounds, key=lambda it: it["start"]) if bounds else kept


def _joined_changes(sentence: str, items: list[dict]) -> None:
    """"同比分别增长8.2%和15%", "分别下降40%和25%": a percentage joined to a change before it
    is a change too, the same way."""
    for prev, it in zip(items, items[1:]):
        if (it["kind"] == "percent" and prev["kind"] == "change" and prev["unit"] == it["unit"]
                and re.fullmatch(r"\s*[和、及与]\s*", sentence[prev["end"] : it["start"]])):
            it["kind"] = "change"
            if prev["value"] < 0 < it["value"]:
                it["value"] = -it["value"]


_FIGURE_CLOSER = frozenset("，。；,;、)）")  # what closes a form's figure (counts.jsonl form_figure)
_FULL_STOP_LAST = re.compile(r"\s*\.\s*")
# A form's next label and figure after one closed by 、 ("予以公开：1、不予公开：0").
_NEXT_FIGURE = re.compile(r"[^\d,，。;；、]{1,12}?[:：为是]?\s*\d")


def _reading(span, offset: int) -> dict | None:
    """Value, unit and approximation of a COUNT / PERCENT / CHANGE span (offsets less
    `offset`: relative to the sentence)."""
    lex = lexicon()
    value = None
    mult, mult_word = 1, ""
    larger, larger_mult = 0, 1  # the larger part of a figure said in two parts ("1万2千件"), and its multiplier
    unit = None
    approx_word = None
    decrease = False
    prefixed = False  # 百分之十
    label = span.label_
    start = span.start_char - offset
    for tok in span:
        t = tok.text
        prefixed = prefixed or t in lex.prefixes
        if value is None and tok.tag_ == "NUM":
            value = numeral_value(t)
            if approx_word in lex.magnitude_only and t[:1] not in lex.magnitudes:
                approx_word, start = None, tok.idx - offset  # "会上3名": 上 is no approximation
        elif value is None and t in lex.multipliers:
            # A multiplier before any numeral is one of it (近万份, 万余条: about ten thousand);
            # only count_magnitude and magnitude_about start so.
            value, mult, mult_word = 1, lex.multipliers[t], t
        elif value is None and label == "CHANGE" and t in _SIGNS:
            decrease = t in _SIGNS[:3]  # 2019 表二 "本年增/减-3项", "+5项": the sign says
        elif value is None and label == "CHANGE" and _DECREASE.search(t) and span.id_ != "change_both_ways":
            decrease = True  # (not the 2019 form's 增/减 with no sign: "本年增/减3项" is 3)
        elif value is None and t in lex.approx_before:
            approx_word = t
        elif value is not None and t in lex.multipliers and unit is None:
            if larger and lex.multipliers[t] >= larger_mult:
                return None  # "总户数1.7万4.2万人": two figures run together, not one in two parts — no sure count
            mult, mult_word = lex.multipliers[t], t
        elif value is not None and tok.tag_ == "NUM" and unit is None and mult > 1:
            # "1万2千件" (count_compound): the figure before the multiplier is the larger part.
            larger, larger_mult, value, mult = larger + value * mult, mult, numeral_value(t), 1
        elif value is not None and larger and t in _TENS and unit is None and mult == 1:
            mult = _TENS[t]  # "1千2百件": 百 after the smaller part's digit multiplies it
        elif value is not None and t in lex.approx_between and unit is None:
            approx_word = approx_word or t
        elif value is not None and tok.tag_ in ("UNIT", "CHANGE_UNIT") and unit is None:
            unit = lex.unit_read_as.get(t, t)
        elif value is not None and t in lex.approx_after:
            approx_word = approx_word or t  # "300人次左右", "阅读量2230万左右"
    if value is None or span.id_ == "form_figure" and 1900 <= value <= 2100:
        return None  # a unit-less figure that could be a year ("答复数2019。") is not taken as a count
    if unit and mult_word and not larger and mult_word + unit in lex.units:
        # "255余万元", "10万多元": an amount in 万元 as "10万元" is, the approximation between.
        unit, mult = mult_word + unit, 1
    value = larger + value * mult
    if isinstance(value, float) and (mult > 1 or larger):
        # 1.37万 is 13700, not 13700.000000000002: the product keeps the stated digits.
        value = round(value, 6)
        if value.is_integer():
            value = int(value)
    if decrease:
        value = -value
    kind = {"COUNT": "count", "PERCENT": "percent", "CHANGE": "change"}[label]
    if label == "PERCENT" or prefixed:
        unit = "%"
    # A form's figure without a unit ("同意公开答复数3，"): the clause's end closes the match,
    # and the figure starts it — its label ("已办结18，") is the words that name it.
    end = span[-1].idx if span[-1].text in _FIGURE_CLOSER else span.end_char
    if span.id_ == "form_figure":
        figure = _figure(span)
        if not figure.text[:1].isdigit():
            return None  # "新收申请为零，": a nil statement, read as such
        if (span[-1].text == "、" and any(tok.text in ":：" for tok in span)
                and not _NEXT_FIGURE.match(span.doc.text, span.end_char)):
            return None  # "公民要求政府公开:1、重庆森云…合同" (r68): the number of the first item asked for
        start = figure.idx - offset
    return {"kind": kind, "start": start, "end": end - offset, "value": value, "unit": unit,
            "approx": approx_word is not None, "approx_word": approx_word}


def _run_start(text: str, sents: list[tuple[int, int]], s_idx: int) -> int:
    """Where the words a link's `context` is looked for begin: the sentence before this one, and before
    it every piece a semicolon cut off the same run and the sentence before that ("共接政府信息公开申请7份;2份按规范予以
    公开;4份无法提供;1份不予处理", r109: 申请 is said in the first piece, of all of them)."""
    if not s_idx:
        return sents[0][0]
    k = s_idx - 1
    while k > 0 and text[sents[k - 1][0] : sents[k - 1][1]].rstrip().endswith(("；", ";")):
        k -= 1
    if k < s_idx - 1 and k > 0:
        k -= 1  # (and the sentence before the run, as for a sentence: "…申请18件…。从办理结果来看,4件予以公开,占23.5%;…;5件无法提供")
    return sents[k][0]


def _link_sentence(text: str, bounds: tuple[int, int], s_idx: int, items: list[dict], mentions: list[Mention],
                   prev_start: int, context_start: int, year: int | None = None) -> None:
    """Turn a sentence's items into mentions. `prev_start`: index of the previous
    sentence's first mention; `context_start`: offset of the previous sentence (and of the semicolon-cut
    pieces of its run before it: `_run_start`); `year`: the year reported on, where known."""
    if not items:
        return
    s_start, s_end = bounds
    sentence = text[s_start:s_end]
    sent_first = len(mentions)
    listed = _respectively(sentence, items)
    organs: dict[int, frozenset[str]] = {}  # the organs named in each count's own words
    last_end = 0  # end of the previous count in the sentence (relative)
    parent: int | None = None  # the count that 其中/含/涉及 opened
    outer: int | None = None  # the breakdown a bracket broke into: "其中…197条（32条、165条）、27条" goes on with its parts
    whole_before: int | None = None  # the sentence before's count a sentence opening with 其中 breaks down
    including = False  # opened by 含 (inclusion) rather than 其中 (breakdown)
    bracketed = False  # opened inside a bracket
    plus_carried: int | None = None  # "加上上年结转8件": the count that opened a sum
    bracketed_by: Mention | None = None  # the count right before a bracket still open: what its words break down
    claim_at: int | None = None  # start of the claim right before (its words may be a cue)
    each: list[Mention] = []  # "行政复议和行政诉讼各1件": the same count of the other listed items
    for item in items:
        a, b = item["start"], item["end"]
        kind = item["kind"]
        if kind == "nil" and _SO.search(sentence, 0, a) and any(
                q.kind == "count" and q.value == 0 and q.metric == item["metric"] for q in mentions[sent_first:]):
            continue  # "受理政府信息公开申请0件，故无依申请公开相关信息" (real59): the zero said again
        m = Mention(text=text[s_start + a : s_start + b], value=item.get("value"), unit=item.get("unit"),
                    approx=item.get("approx", False), approx_word=item.get("approx_word"), kind=kind,
                    start=s_start + a, end=s_start + b, sentence=s_idx)
        m.scope = metrics.scope_before(sentence[:a])
        idx = len(mentions)
        said_to = b  # where the words said of this count end
        if kind == "nil":
            m.metric, m.topic, m.alternatives = item["metric"], item["topic"], item["alternatives"]
            if m.metric and "{item}" in m.metric:
                # "上一年为40项，本年无增减": the 表二 item of the count before it in the sentence; "行政处罚30项,
                # 较2018年无增减" (r67): the item whose count of 项 ends one of the two clauses before.
                counted = _item_counted_before(sentence[:a])
                if counted is None and (p := _find(mentions, sent_first, r"t2\.[a-z_]+\.[a-z_]+")) is not None:
                    counted = mentions[p].metric.split(".")[1]
                m.metric = m.metric.format(item=counted) if counted is not None else None
                if m.metric and not _is_t2_cell(m.metric):
                    m.metric = None
            if metrics.other_figure(sentence[:a], own_clause=True, year=year) and not (m.metric or "").endswith(".delta"):
                # "历年累计收到依申请公开数为0": not this year's (a change is said against another year)
                m.metric, m.alternatives = None, []
            elif (m.metric or "").startswith(("t3.", "t4.")) and metrics.of_other_work(sentence):
                m.metric, m.alternatives = None, []  # "行政执法工作均无被申请行政复议": not disclosure's cases
            elif _CARRIED_FORWARD in (m.metric, *m.alternatives) and (years := _years_after_the_first_stated(
                    sentence, a, on.end() if (on := _YEAR_RIGHT_AFTER.match(sentence, b)) else b, year)):
                # The year a nil of carried applications names, in its words or right after them, against the year the
                # sentence names first (or the year reported on): "2022年度，我委没有2021年结转的政府信息公开申请事项",
                # "…受理…19条,无2023年结转" in a report on 2024 — carried over from it; "2024年…无结转2025年继续办理件"
                # (real65), "未有办件结转至2025年度" (real11) — carried into it, named after the 结转 (s62's probe, 下年度
                # written as the year; a later year before it, "无2025年结转", stays a reading, s52's grid).
                if years < 0:
                    m.metric, m.alternatives = _CARRIED_OVER, []
                elif m.metric is None and on is not None:
                    m.metric, m.alternatives = _CARRIED_FORWARD, []
        elif kind == "claim":
            m.claim = item["claim"]
            m.metric = _claim_cover(mentions, sent_first, prev_start, item["claim"])
        else:
            if claim_at is not None and _ONLY_APPLICATIONS.fullmatch(sentence, last_end, a):
                # "均按时规范办结7件": the claim's last words are the count's cue too.
                last_end = claim_at
            window = sentence[last_end:a]
            if _PART_WORDS.search(window) and kind == "count":
                bracketed = _OPEN_BRACKET_LEFT.search(window) is not None
                if parent is not None and bracketed:
                    outer = parent  # ("预决算公开197条（其中政府预决算32条…）": a breakdown inside the breakdown)
                parent = _whole_of(mentions, sent_first, m.value)
                if parent is None and _OPENS_BREAKDOWN.match(sentence):
                    # "共收到申请3件。其中,上年结转申请1件,本年新收申请2件": a sentence that opens with
                    # 其中 breaks down the sentence before's count of applications.
                    before_it = _whole_of(mentions, prev_start, m.value)
                    if before_it is not None and (mentions[before_it].metric or "").startswith("t3."):
                        whole_before = before_it
                including = bool(_INCLUDE_WORDS.search(window))
            elif (kind == "count" and parent is not None and _OPENS_BRACKET.match(window)
                  and (last := _last_count(mentions, sent_first)) is not None and last == idx - 1 and last != parent
                  and mentions[last].unit == m.unit and (mentions[last].value or 0) >= (m.value or 0)):
                # "其中专项资金152条，预决算公开197条（政府预决算32条、部门预决算公开165条）": a bracket right after a part
                # lists that part's own parts
                outer, parent, including, bracketed = parent, last, False, True
            elif (including or bracketed) and _CLOSE_PAREN.search(window):
                # "保留有效6件（含原发布5件），废止15件", "收到申请44件（其中：网上申请42件…），上年度
                # 结转0件": the inclusion or breakdown ended with its bracket (and the one it broke into goes on).
                parent, including, bracketed, outer = outer, False, False, None
            elif _ASIDE.search(window) or _LIST_END.search(window):
                # "受理9件（其中当面申请2件…），另有上年结转1件": besides them, not among them.
                parent, including, bracketed, outer = None, False, False, None
            # (a count put between its verb and the applications: read with them, and they are its words)
            moved = _count_put_first(sentence, last_end, a, b) if kind == "count" else None
            if idx - sent_first in listed:
                # "予以公开、部分公开分别为20件、4件": the n-th count is the n-th listed item's.
                link, cue_start = listed[idx - sent_first], a
            else:
                link, cue_start = _choose_link(sentence, last_end, a, b, kind, m.unit, text[context_start:s_end], moved)
            if link is not None and item.get("bound"):
                link = metrics.topic_only(link)  # a range's bound: no figure of any cell
            if (link is not None and link.role == "said_after" and link.metric in ("t3.total.total", _CARRIED_FORWARD)
                    and parent is not None and mentions[parent].metric is None and not mentions[parent].alternatives):
                # "4件为我县直接办理，其中2件已按要求处理答复完毕，2件正在处理": how far some of a count
                # that names no cell got (but "剩余14件…，其中2件予以公开": a result is the result row's; and
                # "共处理申请767件,其中742件已办结" (r87): some of applications read as a cell are those replied to).
                link = metrics.topic_only(link)
            if (link is not None and including and parent is not None and (link.metric or "").startswith("t3.")
                    and (mentions[parent].metric or "").startswith("t4.")):
                # "行政复议9件(含上一年度结转1件)" (r64): the cases carried over, no application's cell
                link = metrics.topic_only(link)
            if (link is None and kind == "count" and last_end == 0 and not window.strip() and _AMONG_THEM.match(sentence, b)
                    and (again := _said_before(mentions, prev_start, sent_first, m)) is not None):
                # "共受理依申请公开45件,…。45件申请中,8件予以公开,…" (r73): the applications counted in the sentence
                # before, said again to break them down (but "5件申请中，3件予以公开" alone names no row)
                m.metric, m.alternatives, m.topic = again.metric, list(again.alternatives), again.topic
            if kind == "count":
                bracketed_by = _bracket_after(mentions, sent_first, window, bracketed_by)
            if (link is not None and link.metric in (_NEW, _BOTH_YEARS) and bracketed_by is not None
                    and _T3_RESULT.fullmatch(bracketed_by.metric or "")):
                # "予以公开3件(主动公开1件,依申请公开2件)" (r74): a result broken down by how it was published
                link = metrics.topic_only(link)
            if link is not None:
                # Some of a 表三 count ("全年办理53件，其中23件…予以公开") are applications too,
                # whatever the sentences around say.
                of_applications = parent is not None and (mentions[parent].metric or "").startswith("t3.")
                if not of_applications and _RUNS_ON.search(text, context_start, s_start):
                    # "予以公开及部分公开4件,占4.82%;5件不予公开" (a grid of results said after their count, s52): the
                    # piece before the semicolon said a 表三 count, so these are applications too
                    last_said = _last_count(mentions, 0)
                    of_applications = (last_said is not None and mentions[last_said].start >= context_start and all(
                        _T3_RESULT.fullmatch(x) for x in (mentions[last_said].metric or "-").split("+")))
                # (nothing is nothing in any unit of money: "行政事业性收费共0元" is the cell's 0 万元, r76 — where the
                # fee is named so: 元 alone is the unit of 信息处理费, "依申请公开收费金额为0元")
                unit = m.unit
                if m.value == 0 and unit in ("元", "亿元") and "行政事业性收费" in window:
                    unit = "万元"
                if unit in lexicon().cases_closing and not _CLAUSE_CLOSED.match(sentence, b):
                    link = metrics.topic_only(link)  # ("共受理4人次信函申请…4项": the people, not the applications)
                link = _fitting(link, unit, sentence, text[context_start:s_end], cue_start, a, of_applications)
            if (link is not None and not (link.metric or "").endswith((".prev_count", ".delta"))
                    and metrics.other_figure(sentence[:a], sentence[b : b + 8], year=year,
                                             stock=(link.metric or "").endswith((".in_force", ".total_public")))):
                # "较2022年的76件", "自2008年以来累计受理3.2万件", "由3件减少为1件": not this year's
                # cell (but "由上一年的2816项" is 表二's 上一年项目数量, "比2019年减少3项" its 本年增/减).
                link = metrics.topic_only(link)
            if (link is not None and any(x.startswith(("t3.", "t4.")) for x in (link.metric or "", *link.alternatives))
                    and metrics.of_other_work(sentence)):
                link = metrics.topic_only(link)  # "受理行政复议申请56件…综合纠错率63.1%": a 司法局's own work
            if link is not None:
                _apply(link, m, mentions, sent_first, prev_start, parent, idx, sentence[:a],
                       sentence[last_end:cue_start], sentence[last_end:a])
                if m.metric == _CARRIED_OVER and (_years_after_the_first_stated(sentence, cue_start, a, year) > 0
                                                  or parent is None and _carried_at_its_end(sentence, cue_start, a)):
                    m.metric = _CARRIED_FORWARD  # "2025年…受理9件，2026年结转…1件": into next year
                elif m.metric == _CARRIED_FORWARD and _years_after_the_first_stated(sentence, cue_start, a, year) < 0:
                    m.metric = _CARRIED_OVER  # "全年收到…47条,结转2021年1件" in a report on 2022 (r112): from last year
                if link.role == "said_after" and (clause := _CLAUSE_AFTER.match(sentence, b)):
                    said_to = clause.end()  # "3件本单位不掌握相关政府信息，不予处理1件": those words are 3件's
                elif cue_start == a and (right := metrics.first_link(_tail(sentence, b))) is not None and (
                        right[0] is link and right[1] <= 1 and _OWN_LABEL_END.match(sentence, b + right[2])):
                    # "13件予以公开、部分公开2件" (a grid of results said after their count, s52): the words right after
                    # the count are its own, not the start of a list the next count's words join
                    said_to = max(said_to, b + right[2])
                elif moved is not None:
                    # "新受理252件政府信息公开申请,2022年结转10件政府信息公开申请,共计262件": the applications after a
                    # count are its words, not the next count's
                    said_to = max(said_to, b + moved[1])
            elif kind == "count" and _SIBLING_GAP.search(window):
                # "优秀集体9个、个人32名": a sibling shares the topic of the count before it.
                prev = _last_count(mentions, sent_first)
                if prev is not None:
                    m.topic = mentions[prev].topic
            if kind == "count" and m.metric == _GRANTED and _WITH_PARTIAL_AFTER.match(sentence, b):
                m.metric, m.alternatives = _GRANTED + "+t3.partial.total", [_GRANTED]  # "予以公开的14件(含区分处理)", r113
            if kind == "count" and m.metric is None and _of_the_year_before(sentence, b, year) and "申请" in sentence:
                m.metric, m.topic = _CARRIED_OVER, "依申请公开"  # "办理完成17件(有3件为2021年)" in a report on 2022
            if (kind == "count" and bracketed_by is not None
                    and (applicant := _APPLICANT_COUNT.fullmatch(bracketed_by.metric or ""))
                    and (row := _T3_RESULT.fullmatch(m.metric or ""))):
                # "自然人申请7件（予以公开2件，部分公开2件…）": the results of that applicant's
                m.metric, m.alternatives = f"t3.{row.group(1)}.{applicant.group(1)}", [m.metric]
            if kind == "count" and plus_carried is not None and _SUM_WORDS.search(window):
                # "加上上年结转的8件，全年共需办理164件": new + carried over, said so.
                readings = {_NEW, _BOTH_YEARS, "t3.total.total"}
                if (m.unit == mentions[plus_carried].unit and m.topic in (None, "依申请公开")
                        and (m.metric in (None, _NEW, _BOTH_YEARS)) and set(m.alternatives) <= readings):
                    m.metric, m.alternatives, m.topic = _BOTH_YEARS, [_NEW], "依申请公开"
                    if _ALL_CLOSED.search(sentence[b:]):
                        m.metric, m.alternatives = "t3.total.total", [_BOTH_YEARS, _NEW]
                plus_carried = None
            if kind == "count" and m.metric == _CARRIED_OVER and _PLUS.search(window):
                plus_carried = idx
            if kind == "percent" and _SHARE_WORDS.search(window):
                m.share_of = _last_count(mentions, sent_first)
                if m.share_of is not None and m.topic is None:
                    m.topic = mentions[m.share_of].topic
            if kind == "count" and parent is None and whole_before is not None:
                # (only whether it holds last year's: the parts stay the cells they name)
                _with_carried_over(mentions[whole_before], m, [q.metric for q in mentions[sent_first:idx]])
            if kind == "count" and parent is not None and m.part_of is None and parent != idx:
                parts = [q for q in mentions if q.part_of == parent]
                if (not parts or any(q.metric == _NEW or _NEW_OBJECT.match(q.text) for q in parts)
                        or sum(q.value or 0 for q in parts if q.kind == "count") != mentions[parent].value):
                    # (not "收到申请176件，其中线上申请132件、信函申请44件，上年结转2件": the parts
                    # before, by channel or applicant, already make the whole; last year's are
                    # beside it — but "受理33件，其中本年新收33件，上年结转0件" names both years)
                    _with_carried_over(mentions[parent], m, [q.metric for q in parts])
                both_years = (m.metric in (_NEW, _CARRIED_OVER) and mentions[parent].metric == "t3.total.total"
                              and _BOTH_YEARS in mentions[parent].alternatives)
                if (not including and not both_years and _T3_ROW.fullmatch(m.metric or "")
                        and _T3_ROW.fullmatch(mentions[parent].metric or "") and m.metric != mentions[parent].metric):
                    # "办结49件，其中予以公开22件…，结转下年度2件": another row of 表三
                    # ends the breakdown (but "办结83件（含上年结转5件）" is one, and so are "全年共办理
                    # 118件，其中本年新受理110件，上年结转8件": both years' applications).
                    parent = None
                elif _other_group(mentions[parent].metric, m.metric):
                    # "行政复议案件3件、行政诉讼案件3件，其中行政复议结果维持3件": not 行政诉讼's part — its own group's whole
                    # said beside it, where there is one ("…行政诉讼案件2件，其中行政复议结果维持23件、行政诉讼结果维持4件":
                    # each outcome its group's, s69's generated corpus)
                    m.part_of = _groups_whole(mentions, sent_first, idx, m)
                elif mentions[parent].unit == m.unit or m.unit is None and mentions[parent].unit is not None:
                    # (a part whose unit the crawler cut off is one too: "主动公开政府信息3127条，其中政策文件760动态信息470、
                    # 财政信息1925条", the generator's units_cut, s69's crawled corpus)
                    m.part_of = parent
                    if m.scope is None and metrics.is_narrowing(mentions[parent].scope):
                        # "市政府办公室代表市政府办结45件，其中予以公开20件": said of the office.
                        m.scope = mentions[parent].scope
                    if (m.metric is None and not m.alternatives and (mentions[parent].metric or mentions[parent].alternatives)
                            and (organ := _organ_of_the_whole(window, mentions[parent]))):
                        # "全区共办理1,487件，其中区政府(区政府办公室)办理213件，区级部门办理1,096件": the whole's
                        # count, said of one organ of several — its cells a scoped reading, the organ its words
                        m.alternatives = [x for x in (mentions[parent].metric, *mentions[parent].alternatives) if x]
                        m.topic, m.scope = mentions[parent].topic, organ.group("organ")
                        m.start = s_start + last_end + organ.start("organ")
                        m.text = text[m.start : m.end]
            if m.metric and (
                metrics.is_narrowing(m.scope)
                or (m.part_of is not None and mentions[m.part_of].metric == m.metric)
            ):
                # "区政府办代表区政府受理17件", "全县收到95件，其中县政府办收到12件": said of
                # less than the report's tables cover — the cell is only a reading.
                _reading_only(m)
            if kind == "count" and (m.metric or "").endswith(".delta") and m.value:
                # "上一年项目数量为35项，本年新增2项": 本年增/减 is a change, signed by its verb
                # (a stated zero, "本年增减0项", stays a count like every "0件").
                m.kind = "change"
                if _DELTA_DOWN.search(sentence[last_end:a]):
                    m.value = -m.value
            if kind == "change" and not (m.metric or "").endswith(".delta"):
                # a change is not a cell value — but for 2019 表二 本年增/减, which is one
                m.metric, m.alternatives = None, []
            elif m.metric and (_EACH.search(window) or ("+" in m.metric and _EACH_OF_LIST.search(window))):
                parts = m.metric.split("+")
                if len(parts) > 1 and len({p.split(".")[1] for p in parts}) == len(parts):
                    # "行政复议和行政诉讼各1件" (均为): one count of each listed item, the same figure
                    # (not the organisations' columns of "法人或其他组织各1件", one row's).
                    each = [m.model_copy(update={"metric": p, "alternatives": []}) for p in parts[1:]]
                    m.metric, m.alternatives = parts[0], []
                else:
                    # "各部门…各1件": the number is each one's, the words do not say of which
                    # cell; keep the reading for the reconciler to try.
                    _reading_only(m)
            if kind == "count" and m.metric:
                said_to = max(said_to, b + _refined(m, sentence[b:]))
                if (m.metric in (_NEW, _BOTH_YEARS) and _ALL_PERSONS.match(sentence, b)
                        and (p := _last_count(mentions, sent_first)) is not None
                        and (mentions[p].value, mentions[p].metric) == (m.value, m.metric)):
                    # "共受理…3件,3件依申请公开申请人均为自然人" (r63): the count said again, of whom
                    # they all were — the natural persons' column, the applications a reading
                    m.metric, m.alternatives = "t3.new_received.natural_person", [m.metric]
            elif (kind == "count" and m.part_of is not None and m.alternatives
                  and m.alternatives[0] == mentions[m.part_of].metric and (m.alternatives[0] or "").startswith("t4.")):
                _refined(m, sentence[b:], some_of=m.alternatives[0])
            if kind == "count" and m.value == 0 and "+" in (m.metric or "") and not m.metric.startswith("t2."):
                # "行政复议、行政诉讼案件为0件": a sum of none is none of each — each cell a reading too
                # (表二's readings are the forms' columns already)
                m.alternatives += [c for c in m.metric.split("+") if c not in m.alternatives]
            if cue_start < a:
                # (a cue read with the separator before it, ",其他3件": the words start after it)
                cue_start = a - len(sentence[cue_start:a].lstrip(_SEPARATORS))
                m.start = s_start + cue_start
                m.text = text[m.start : m.end]
        organs[len(mentions)] = metrics.organs_named(sentence[last_end:a]) if kind == "count" else frozenset()
        claim_at = a if kind == "claim" else None
        last_end = max(last_end, said_to)
        mentions.append(m)
        for other in each:
            organs[len(mentions)] = frozenset()
            other.start, other.text = m.start, m.text
            mentions.append(other)
        each = []
    _kind_said_after(sentence, s_start, mentions, sent_first)
    _each_organ_its_own(mentions, organs)
    # (a sentence the one before ran on into with a semicolon is one statement with it)
    runs_from = prev_start if _RUNS_ON.search(text, max(0, s_start - 4), s_start) else sent_first
    _one_cell_twice(mentions, runs_from)
    _denied_again(mentions, sent_first)
    _results_of_none_received(mentions, sent_first)


def _said_before(mentions: list[Mention], prev_start: int, sent_first: int, m: Mention) -> Mention | None:
    """The count of a 表三 row in the sentence before with the same figure and unit as `m`, the last one."""
    return next((q for q in reversed(mentions[prev_start:sent_first]) if q.kind == "count" and q.value == m.value
                 and q.unit == m.unit and _T3_ROW.fullmatch(q.metric or "")), None)


def _bracket_after(mentions: list[Mention], sent_first: int, window: str, open_after: Mention | None) -> Mention | None:
    """The count right before a bracket that the words since the last count opened ("自然人申请7件（予以公开2件…":
    that applicant's results; "予以公开3件(主动公开1件,…": the result by how it was published), until it closes."""
    if _OPENS_BRACKET.match(window) and len(mentions) > sent_first:
        return mentions[-1]
    return None if _CLOSE_PAREN.search(window) else open_after


def _ruled_out(unless: re.Pattern, sentence: str, cue_start: int, count_start: int) -> bool:
    """Whether an entry's `unless` holds in the sentence. What its group `its_own_clause` matches
    (letters replied to: "信箱回复17件") holds only up to the clause that ends it: a later clause
    whose words before the count name the applications is not ruled out ("…信箱回复17件，…，回复依申请
    公开20条")."""
    clause = max(sentence.rfind(c, 0, cue_start) for c in ",，;；") + 1
    own_words = "申请" in sentence[cue_start:count_start]
    return any(not (own_words and m.groupdict().get("its_own_clause") and m.end() <= clause)
               for m in unless.finditer(sentence))


def _fitting(link: metrics.Link, unit: str | None, sentence: str, context: str, cue_start: int,
             count_start: int, of_applications: bool = False) -> metrics.Link:
    """The entry as it applies to this count: the chosen one if the count's unit, the
    words of its sentence (and the one before: `context`; for what is said after some of a
    表三 count, `of_applications`, no words are needed) and its `unless` allow; else
    another entry whose cue matched the same words before the count and that fits
    ("…行政审批受理项目共435项，已办结435项": 办结 in 项 is not 表三's); else the chosen
    entry's topic only."""
    def fits(entry: metrics.Link) -> bool:
        return (metrics.for_unit(entry, unit) is entry
                and (entry.context is None or entry.context.search(context) is not None
                     or (of_applications and entry.role == "said_after"))
                and (entry.unless is None or not _ruled_out(entry.unless, sentence, cue_start, count_start)))

    if fits(link):
        return link
    if cue_start < count_start:
        for other in metrics.sharing_cue(link, sentence, cue_start, count_start):
            if fits(other):
                return other
    return metrics.topic_only(link)


def _one_cell_twice(mentions: list[Mention], first: int) -> None:
    """One cell counted twice in a sentence. "政府新收…2件，办理结果为予以公开2件；部门新收…4件，
    办理结果为予以公开1件": two different figures, neither a part of the other — they are said
    of different things (organs, channels, periods) and the words do not say which one the
    tables hold: each is only a reading. "收到政府信息公开申请1条，依申请公开1条" (real41): the
    same figure again as a bare 依申请公开 restates the first (or, to some readers, counts
    something else: the ones granted): the first names the cell, the bare one is only a reading
    (not "共收到申请723件，本年新收723件": new ones, said as such)."""
    by_cell: dict[str, list[int]] = {}
    for i in range(first, len(mentions)):
        if mentions[i].kind == "count" and mentions[i].metric:
            by_cell.setdefault(mentions[i].metric, []).append(i)
    for same in by_cell.values():
        if len({mentions[i].value for i in same}) > 1 and not any(mentions[i].part_of in same for i in same):
            for i in same:
                _reading_only(mentions[i])
            continue
        said: set[object] = set()
        for i in same:
            q = mentions[i]
            if q.value in said and q.part_of is None and _BARE_APPLICATIONS.match(q.text):
                _reading_only(q)
            else:
                said.add(q.value)


# A bare 依申请公开 and its figure ("依申请公开1条").
_BARE_APPLICATIONS = re.compile(r"依申请公开\s*[\d零〇一二两三四五六七八九十]")


def _denied_again(mentions: list[Mention], first: int) -> None:
    """"未收到政府信息公开申请，无依申请公开情况": a cell denied a second time in its sentence
    restates the first denial (or, to some readers, denies something else): the first nil
    names the cell, the one after it is only a reading. Denied again with no verb of receiving,
    the applications may be the ones handled too (办理结果总计: seen readers of "…,无依申请公开情况/事项"
    split between the received, the handled and no cell; both readers of r150's "無依申請公開事項": handled)."""
    denied: set[str] = set()
    for m in mentions[first:]:
        if m.kind != "nil" or not m.metric:
            continue
        if m.metric in denied:
            _reading_only(m)
            if m.alternatives[0] == "t3.new_received.total" and not _RECEIVING.search(m.text):
                m.alternatives.append("t3.total.total")
        else:
            denied.add(m.metric)


_RECEIVING = re.compile(r"收|受理|接到")  # (收到, 接收, 收 alone)


def _results_of_none_received(mentions: list[Mention], first: int) -> None:
    """"本年度无收到关于政府信息公开的申请,不予以公开政府信息35条" (r150): where the sentence says no application was
    received and none carried over, a figure of a 表三 result counts something else (documents withheld): no cell (no
    seen passage states such a result beside such a nil)."""
    said = mentions[first:]
    if not any(m.kind == "nil" and m.metric == "t3.new_received.total" for m in said) or any(
            "carried_over" in x for m in said for x in (m.metric or "", *m.alternatives)):
        return
    for m in said:
        if m.kind == "count" and m.value and _T3_RESULT.fullmatch(m.metric or ""):
            m.metric, m.alternatives = None, []


def _each_organ_its_own(mentions: list[Mention], organs: dict[int, frozenset[str]]) -> None:
    """"印发省政府行政规范性文件21件、省政府办公厅行政规范性文件17件": counts of one kind,
    each said of another organ — the report's tables cover at most one of them, which
    one the words do not say: every cell is only a reading."""
    by_topic: dict[str, list[int]] = {}
    for i, names in organs.items():
        if names and mentions[i].topic:
            by_topic.setdefault(mentions[i].topic, []).append(i)
    for group in by_topic.values():
        if len({organs[i] for i in group}) < 2 or len({mentions[i].value for i in group}) < 2:
            continue
        if any(mentions[i].part_of in group for i in group):
            continue  # "全县收到95件，其中县政府办收到12件": a part, scoped already
        for i in group:
            q = mentions[i]
            if q.metric:
                _reading_only(q)


# The applications right after a count, to the last noun of its clause that names them ("政府信息公开自然人申请",
# "法人及其他组织提交的政府信息公开申请") where they close the clause: not those spoken of next ("收到的58件申请中，…"), nor
# what the applications led to ("收到8件因政府信息公开申请提起的行政复议"), nor a clause said of the count ("其中29件为自然人申请").
_APPLICATIONS_AFTER = re.compile(r"(?![为系是由均已都另被]|申请人)[^\W\d][^,，;；:：。、()（）\d]{0,30}?(?:申请|事项|办件)(?=\s*(?:[,，;；:：。()（）]|$))")


def _count_put_first(sentence: str, last_end: int, a: int, b: int) -> tuple[str, int] | None:
    """"收到10件政府信息公开自然人申请", "结转2025年度继续办理16件政府信息公开申请": a count between its verb and the
    applications it counts reads as the same words with the count after them (s63's probe: put first, it lost what the
    words said of whom, or of the year after). The sentence so rewritten, and how far the count moved."""
    verb = _VERB_BEFORE.search(sentence, last_end, a)
    if verb is None or verb.group().endswith("的") or (thing := _APPLICATIONS_AFTER.match(sentence, b)) is None:
        return None  # (not "受理的179件申请件已…答复": what the rest of the sentence says of them)
    moved = thing.end() - b
    return sentence[:a] + thing.group() + sentence[a:b] + sentence[thing.end() :], moved


def _choose_link(sentence: str, last_end: int, a: int, b: int, kind: str, unit: str | None,
                 context: str = "", moved: tuple[str, int] | None = None) -> tuple[metrics.Link | None, int]:
    """The phrase-table entry for the count at sentence[a:b] and where the mention text
    starts: a cue in the same clause before the count, else one just after the count
    ("4次政务公开检查"). Cues in an earlier clause name nothing: "本年度受理的申请中，
    当面申请3件" is not new_received. A count put between its verb and the applications is read
    as put after them (`moved`, as `_count_put_first` rewrites the sentence; `context`, its sentence
    and the one before, is what the entries so found must fit)."""
    if moved is not None:
        link, start = _choose_link(moved[0], last_end, a + moved[1], b + moved[1], kind, unit, context)
        if link is not None:
            link = _fitting(link, unit, moved[0], context, start, a + moved[1])  # (as it fits the words so read)
        if link is not None and (link.metric or link.alternatives):
            return link, min(start, a)  # (else the words as printed: "收到1条法人要求政府信息公开的申请", the verb and object joined)
    window = sentence[last_end:a]
    if kind == "count" and (now := _figure_after_comparison(sentence, last_end, a)) is not None:
        return now, a
    if kind == "count" and (last_end == 0 or _NEW_STATEMENT.match(window)) and (case := _case_said_first(window)) is not None:
        return case, a
    if kind == "count" and last_end == 0 and (subject := _subject_said_first(window)) is not None:
        return subject[0], last_end + subject[1]  # (the mention's words start with the subject's)
    if kind == "count" and "》" in window and (titled := _TITLES_BEFORE.search(window)) is not None and (
            joined := _verb_count_object(window[: titled.start()], _tail(sentence, b), unit)) is not None:
        # "新制作了《关于…的通知》（…号）等8件规范性文件" (real15): the titles between the verb and the
        # count are some of what it counts
        return joined, a
    left = metrics.best_link(window)
    if left is not None and (aside := _LEFT_OUT_BEFORE.search(window)) is not None and left[1] >= aside.start():
        # "共主动公开公文类政府信息（不含过程性信息）47件" (r110): what the bracket leaves out or takes in is not what
        # the count counts; the words before it say that.
        left = metrics.best_link(window[: aside.start()])
    if left is not None and left[0].role == "sum" and kind == "count":
        # "共27份废止失效": a bare 共 says it is a total; the words right after say of what.
        right = metrics.first_link(_tail(sentence, b))
        if right is not None and right[1] <= 1 and right[0].role is None:
            return right[0], a
        # "行政复议案件2件,被维持2件,被撤销、确认违法、责令履行共0件": 共 closes the words of one outcome of the
        # group before it (filled in as without 共), not a sum of the counts before.
        inner = metrics.best_link(window[: left[1]])
        if inner is not None and inner[2] == left[1] and "{" in (inner[0].metric or ""):
            left = inner
    if (left is not None and last_end > 0 and _APPOSITIVE.fullmatch(window[: left[1]])
            and _TRAILING_LABEL.fullmatch(window[left[2] :])):
        # "其中5件维持、1件正在审理中", "5件因本机关不掌握相关政府信息而不予公开、2件属于…": the
        # words right after the previous count are its label, not this count's.
        left = None
    if left is not None and kind == "count" and _BARE_VERB.fullmatch(window, left[1], left[2]):
        # "收到1件行政复议、1件行政诉讼": a bare verb before the count; the words right after
        # it name what was received.
        tail = _tail(sentence, b)
        right = metrics.first_link(tail)
        if right is not None and right[1] <= _ABOUT.match(tail).end() and (right[0].metric or "").startswith("t4."):
            return right[0], a  # (also "收到1件涉及政府信息公开行政复议")
        if right is not None and right[1] == 0 and _channel_applications().match(tail):
            return metrics.topic_only(right[0]), a  # "收到1件信函申请，2件网络申请" (real58): no cell
    if (kind == "count" and (left is None or _BARE_VERB.fullmatch(window, left[1], left[2])
                             or _CLAUSE_BREAK.search(window[left[2] :]))
            and (arising := _ARISING_AFTER.match(sentence, b))):
        # "全年有3起因政府信息公开申请提起的行政复议": the cases, named after what they arose from (a cue in an earlier
        # clause names nothing: "四、政府信息公开行政复议、行政诉讼情况 2023年,本机关全年有 2 起因…", a heading a flattened
        # dump runs into its sentence, s69's generated corpus)
        group = metrics.first_link(arising.group(1))
        if group is not None and (group[0].metric or "").startswith("t4."):
            if arising.group(2):
                return replace(group[0], metric=None, alternatives=(_BOTH_T4,)), a
            return group[0], a
    if left is not None and kind == "count" and _ARISING.fullmatch(window, left[2]):
        # "因信息公开申请而产生的2件行政诉讼案件": the cue names what they arose from; the words
        # right after the count name them.
        right = metrics.first_link(_tail(sentence, b))
        if right is not None and right[1] <= 1:
            return right[0], a
    if left is not None and kind == "count" and _SAID_AGAIN.search(window) and (said := _said_of_it(sentence, a, b)):
        # "所申请的3件政府信息公开申请均属于“予以公开”": the applications stated before, now their result.
        return said, a
    if (left is not None and kind == "count" and _BREAKDOWN_OPENS.fullmatch(window, left[2])
            and (row := _row_said_after(sentence, b)) is not None):
        # "及时将处理结果进行答复办结（其中1件结转下年度继续办理）" (r110): a bracket opens a breakdown of what the cue
        # names; the words after the count say which row the part is.
        return row, a
    if left is not None and (not _CLAUSE_BREAK.search(window[left[2] :]) or _LABEL_COLON.fullmatch(window[left[2] :])):
        gap = len(re.sub(r"\s", "", window[left[2] :]))
        if _IN_TITLE.search(window, 0, left[1]) and "》" in window[left[2] :]:
            # "出具《政府信息公开申请答复书》1份": words of a document's title, not the count's.
            return metrics.topic_only(left[0]), a
        if _A_LIST_OF_THEM.match(window, left[2]) and (left[0].metric or left[0].alternatives):
            # "已废止行政规范性文件目录1个", "行政复议决定书20份": a count of lists or papers.
            return metrics.topic_only(left[0]), last_end + left[1]
        if _LISTS_COUNTED.match(sentence, b) and (left[0].metric or left[0].alternatives):
            # "编制主动公开、依申请公开、不予公开三项清单" (r131): the lists, named after the count.
            return metrics.topic_only(left[0]), last_end + left[1]
        if left[0].role is None and _MIXED_LIST.search(window):
            # "收到12345群众来信、依申请信息公开等26件": applications among other things.
            return metrics.topic_only(left[0]), a
        if _OPEN_BRACKET.search(window) and not _OPEN_BRACKET.fullmatch(window[left[2] :]):
            # "申请主要集中在不动产登记（35件）": the count is the bracketed word's.
            return metrics.topic_only(left[0]), a
        if _OPEN_BRACKET.fullmatch(window[left[2] :]) and _NOT_ITS_OWN.match(sentence, b):
            # "没有发生公开事务的行政复议、行政诉讼(1件诉讼不涉及)" (r133): a count in a bracket that says it is not of them
            return metrics.topic_only(left[0]), a
        if left[0].role is None and _AMONG.match(window[left[2] :]):
            # "受理的申请中有3件因申请人撤回而终止": some of them, not the cell — but the row the words
            # right after name.
            return _row_said_after(sentence, b) or metrics.topic_only(left[0]), a
        if unit == "个" and left[0].role is None and _OTHER_THINGS.match(_tail(sentence, b)):
            # "严格把好受理、办理、答复三个关键环节" (real50): 个 counts the noun after it, not the cue's.
            return metrics.topic_only(left[0]), a
        if _STRAY_FIGURE.search(window, left[2]) and left[0].role is None:
            # "按期回复5要求申请人补正2条" (real49): a figure between the cue and the count is the cue's.
            return metrics.topic_only(left[0]), a
        if left[0].role is None and (left[0].metric or "").startswith("t3.") and _OTHER_OBJECT.search(window, left[2]):
            # "予以公开各类信息120条", "部分公开栏目更新6次", "结转下年度的重点工作任务8项": a result's or a carry's words
            # before something else, not the applications.
            return metrics.topic_only(left[0]), a
        if left[0].role == "applicant" and not _APPLICANT_GAP.fullmatch(window, left[2]):
            # "与企业签订合同2份", "与律师事务所签订合同2份": who did something else, not who applied.
            return metrics.topic_only(left[0]), a
        if gap > _NEAR and left[0].role is None:
            # Words far from the count ("行政强制数量由县行政审批局、…等21个部门") tell
            # what it is about, not which cell it is.
            return metrics.topic_only(left[0]), a
        if left[2] == len(window) and _NEW_OBJECT.match(sentence, b) and (
                right := metrics.first_link(_tail(sentence, b))) is not None and right[1] == 0 and right[0].metric == _NEW:
            return right[0], a  # "全年共办理13件新收政府信息公开申请": handled, the new ones
        if (left[2] == len(window)
                and (joined := _verb_count_object(window, _tail(sentence, b), unit)) is not None
                and joined is not left[0] and metrics.for_unit(joined, unit) is joined):
            # "接到2项政府信息公开的申请", "制发3份规范性文件": a verb right before its count and
            # its object right after are read together — the object says what the verb alone
            # does not (受理…申请1500项 are licence applications; a bare 制发 is of no item).
            return joined, last_end + left[1]
        if (kind == "count" and left[0].metric is None and not left[0].alternatives and left[0].topic == "依申请公开"
                and (row := _row_said_after(sentence, b))):
            # "全年依申请公开件中有1件因申请人逾期未按收费通知要求缴纳费用而不再处理" (blind2): words before
            # that give the applications as the topic only, the row said right after
            return row, a
        link, start = _row_of_its_reason(window, *_reasons_joined(window, left))
        return link, last_end + start
    if kind == "count" and last_end == 0 and not window.strip() and _APPLICANTS_AMONG.match(sentence, b):
        # "134件申请中，自然人申请128件，法人或其他组织申请6件" (blind3): the applications opening the
        # sentence, broken down by who made them — the ones received
        received = metrics.best_link("收到")
        if received is not None:
            return received[0], a
    if kind == "count" and (ones := _THE_ONES.search(window)) and (
            _AMONG_THEM.match(sentence, b) or "申请" in ones.group() and _AMONG.match(sentence, b)):
        # "在受理的3件政府信息依申请公开中，…" (real61), "收到的30件申请中，…", "本年度提出申请的27件中，…" (r89): the
        # ones received, which the words after break down (not "受理的116件申请件已…予以答复": said of them after);
        # "在已办理的145件申请中，全部或部分公开的73件…" (r71): all those handled
        # (the phrase table's entry for a bare 收到 or 办结)
        found = metrics.best_link("收到" if ones.group(1) else "办结")
        if found is not None:
            return found[0], last_end + ones.start()
    if kind == "count" and (listed := _GROUPS_THEN_OUTCOME.match(sentence, b)):
        # "140件行政复议、49件行政诉讼获维持" (real57): each count's group right after it, the
        # outcome said once after the list.
        outcome = metrics.first_link(sentence[listed.end() :], roles=("t4_outcome",))
        if outcome is not None and outcome[1] == 0 and outcome[0].role == "t4_outcome":
            group = _group_of(listed.group(1))
            return replace(outcome[0], metric=outcome[0].metric.format(group=group), role=None,
                           topic=listed.group(1)), a
    if (kind == "count" and left is None and (joined := _verb_count_object(window, _tail(sentence, b), unit)) is not None
            and metrics.for_unit(joined, unit) is joined):
        # "处理17项依申请公开" (r133): a verb that names nothing alone, right before the count, read with its object
        # right after, as where the verb alone is a cue
        return joined, a
    if kind == "count":
        # What the whole clause says of a count that opens it outweighs its first words:
        # "79件因不掌握相关政府信息等原因无法提供" is 无法提供, of which 不掌握 is one reason.
        if said := _said_of_it(sentence, a, b):
            return said, a
        tail = _tail(sentence, b)
        # Up to the next count or list item: "新收18件、上年结转1件" — 上年结转 is 1件's.
        right = metrics.first_link(tail, roles=("t4_outcome",))
        # Only words right after the count name its cell ("58件政府信息公开申请");
        # further on they only give the topic ("8件申请因尚在答复期限内").
        if (right is not None and right[1] <= 1 and (right[0].metric or "").startswith("t3.")
                and _A_LIST_OF_THEM.match(_tail(sentence, b), right[2])):
            return metrics.topic_only(right[0]), a  # "该3件政府信息公开申请答复书中": papers, not applications
        if right is None and (of_whom := _OF_WHOM.match(tail)):
            # "申请主体94件为自然人,1件为企业" (r71): the applicants the count is of, said after it
            found = metrics.first_link(of_whom.group("who"), roles=("applicant",))
            right = found if found is not None and found[1] == 0 and found[0].role == "applicant" else None
            if right is not None and of_whom.group("applied"):
                # "7起申请政府信息公开的为自然人" (r116): the applications made, whatever count came before — the
                # received row's column
                filled = metrics.fill_row(right[0].metric, _NEW, [_BOTH_YEARS])
                right = (replace(right[0], metric=filled[0], alternatives=tuple(filled[1]), role=None), *right[1:])
        if right is not None and (right[1] <= 1 or _ALL_BEFORE.fullmatch(_tail(sentence, b)[: right[1]])):
            if _CLOSED_BEFORE.search(sentence[:a]) and right[0].role is None and (right[0].metric or "").startswith("t4."):
                return metrics.topic_only(right[0]), a  # "已审结的5件行政诉讼案件": the closed ones, a part
            return right[0], a  # (also "4件均为结果维持", "2件申请按规定结转下年度")
        if joined := _verb_count_object(window, _tail(sentence, b), unit):
            return joined, a
        # "尚有3件申请处于法定答复期内，结转至2021年度继续办理": the last count of the sentence,
        # named by nothing else, carried into next year by the clause that ends the sentence.
        last = _LAST_CLAUSE.match(sentence, b)
        if last and not _LATER_COUNT.search(metrics.DATE.sub("", sentence[b:])) and not metrics.nil_statements(last.group(1)):
            # (not when it says none was: "…116件…予以答复，未有办件结转至2025年度")
            found = metrics.best_link(last.group(1))
            if found is not None and found[0].metric == _CARRIED_FORWARD and found[2] == len(last.group(1)):
                return found[0], a
        # "其中1件因于年底提交，按规定结转至下一年度接续办理，另外2件…": the clause right after the
        # count's own, with no figure, carries it into next year.
        nxt = _NEXT_CLAUSE.match(sentence, b)
        if nxt is None and metrics.DATE.search(sentence, b):
            # (a date in the count's own clause is no figure: "另有4件因在12月下旬受理，延期至下一年度答复")
            nxt = _NEXT_CLAUSE.match(metrics.DATE.sub(lambda d: "年" * len(d.group()), sentence), b)
        if nxt and not metrics.nil_statements(nxt.group(1)):
            found = metrics.best_link(nxt.group(1))
            if found is not None and found[0].metric == _CARRIED_FORWARD and found[2] == len(nxt.group(1)):
                return found[0], a
            # ("5 件已向相关单位发出征求意见函，正在办理中", real48: still being handled, said as a clause)
            said = metrics.said_after(nxt.group(1))
            if said is not None and said.metric == _CARRIED_FORWARD:
                return said, a
        if right is not None:
            return metrics.topic_only(right[0]), a
    return None, a




# This year's figure after a comparison with an earlier year's: "申请由去年的18件增加到26件",
# "申请量较2022年的64件下降至51件", "收到申请数量较上年增加5件，总数为21件".
_NOW_AFTER_CHANGE = re.compile(r"\s*(?:(?:增加|增长|上升|提高|下降|减少|降低|回落)(?:了)?(?:到|至|为)(?:本年度?|今年)?(?:的)?"
                               r"|[,，]\s*(?:本年度?|今年|全年)?(?:总数|总量|总计|共计|合计|共)(?:为|达到|达)?)\s*$")
_COMPARED_WITH = re.compile(r"由|从|较|比|同比")
# What may follow the cue in the compared subject: "申请数量", "复议的案件数量".
_SUBJECT_TAIL = re.compile(r"\s*(?:的)?(?:案件|申请|事项)?(?:的)?(?:数量|数|量|总数|总量|件数)?\s*")


def _figure_after_comparison(sentence: str, last_end: int, a: int) -> metrics.Link | None:
    """The cell of a count that gives this year's figure after the figure it is compared with
    (the count before it, an earlier year's or the change): the cell the compared subject
    names. None where the words before the count are not such a comparison."""
    if last_end == 0 or not _NOW_AFTER_CHANGE.fullmatch(sentence, last_end, a):
        return None
    # The subject is said before the first comparison word of the clauses that compare
    # ("…数量较上年减少4件，同比下降40%，本年度共6件": before 较, two clauses back).
    clauses = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, last_end)]
    for clause_start in reversed(clauses[-2:]):
        compared = _COMPARED_WITH.search(sentence, clause_start, last_end)
        if compared is None:
            return None
        subject = _YEAR.sub("", sentence[clause_start : compared.start()])
        if not subject.strip() or _OPENING_YEAR.fullmatch(sentence, clause_start, compared.start()):
            continue  # ("，同比下降40%": the clause before says of what)
        found = metrics.best_link(subject)
        if (found is None or found[0].role is not None or not found[0].metric
                or not _SUBJECT_TAIL.fullmatch(subject, found[2])):
            return None
        return found[0]
    return None


_NEW_STATEMENT = re.compile(r"\s*[;；]")  # a clause after a semicolon opens a statement of its own
# "本机关不掌握相关政府信息的，告知申请人…，全年共42件": a case named first (…的，, or 对… as in "对信访举报
# 投诉类申请，告知申请人通过信访渠道反映，共计11件", blind6), what was done in it, then how many there were.
_CASE_FIRST = re.compile(r"\s*[;；]?\s*(?:对(?:于)?([^,，;；。:：\d]{2,40}?)|([^,，;；。:：\d]{2,40}?的))\s*[,，][^;；。:：\d]{0,40}[,，]\s*"
                         r"(?:全年|本年度?|今年)?(?:共计?|合计|总计)\s*$")


def _case_said_first(window: str) -> metrics.Link | None:
    """The 表三 row of the one count of a sentence that names its case first, as a clause ending in
    的, and counts it after what was done in it (`_CASE_FIRST`); None otherwise."""
    said = _CASE_FIRST.fullmatch(window)
    if said is None:
        return None
    case = said.group(1) or said.group(2)
    found = metrics.best_link(case)
    if (found is None or found[0].role is not None or not (found[0].metric or "").startswith("t3.")
            or found[2] < len(case) - 1):
        return None
    return found[0]


# "因政府信息公开被申请行政复议的案件，本年度为0件" (blind2): what is counted said as the first clause,
# the year's figure in the next.
_SUBJECT_FIRST = re.compile(r"\s*([^,，;；。:：\d]{2,40}?)\s*[,，]\s*(?:本年度?|今年|全年|当年)(?:共计?|累计)?(?:为|有|是|达)\s*$")
# … or as the topic of the clauses after it ("行政诉讼方面，全年共发生案件3件", blind4; "行政复议方面，2020年度未发生；行政
# 诉讼方面，2020年度发生1件", blind5): only the year and a verb of arising or receiving stand between it and the count,
# one at least ("在行政诉讼方面，1件维持": the words after a bare count may name its part).
_TOPIC_FIRST = re.compile(r"(?:[^。]*[;；])?\s*(?:在|关于)?([^,，;；。:：\d]{2,30}?方面)\s*[,，](?!\s*$)\s*(?:\d{4}\s*年度?|本年度?|今年|全年|当年)?"
                          r"(?:内)?\s*(?:共计?|累计)?\s*(?:新?发生|新收|收到|受理|新增)?(?:了)?\s*(?:案件)?\s*(?:共计?)?\s*$")


def _subject_said_first(window: str) -> tuple[metrics.Link, int] | None:
    """The 表三 or 表四 cell of a sentence's one count whose subject is the whole clause before it
    (`_SUBJECT_FIRST`: the cue ends the clause, but for 的/案件/数量), and where the subject's
    words start; None otherwise."""
    said = _SUBJECT_FIRST.fullmatch(window) or _TOPIC_FIRST.fullmatch(window)
    if said is None:
        return None
    subject = said.group(1).removesuffix("方面")
    found = metrics.best_link(subject)
    if (found is None or found[0].role is not None or not (found[0].metric or "").startswith(("t3.", "t4."))
            or not _SUBJECT_TAIL.fullmatch(subject, found[2])):
        return None
    return found[0], said.start(1)


def _reasons_joined(window: str, found: tuple[metrics.Link, int, int]) -> tuple[metrics.Link, int]:
    """"属于三类内部事务信息和行政查询事项不予公开7件" (real48): reasons of one result row joined
    before its verb share the count — the sum of their rows, the row's total a reading. Returns
    the entry and where its words start in `window`."""
    link, start, _ = found
    group = _reason_group(link.metric)
    if group is None:
        return _groups_joined(window, link, start)
    parts, start = _joined_back(window, link.metric, start, _LIST_JOINERS, lambda x: _reason_group(x) == group)
    if len(parts) > 1:
        link = replace(link, metric="+".join(parts), alternatives=(f"t3.{group}.total",))
    return link, start


_GROUP_TOTAL = re.compile(r"t3\.(?:granted|partial|denied|unavailable|not_processed|other)\.total")


def _groups_joined(window: str, link: metrics.Link, start: int) -> tuple[metrics.Link, int]:
    """"无法提供、不予处理及其他处理46件" (r64): result groups listed before one count share it —
    the sum of their totals."""
    if not _GROUP_TOTAL.fullmatch(link.metric or ""):
        return link, start
    parts, start = _joined_back(window, link.metric, start, _LIST_JOINERS + "或",
                                lambda x: _GROUP_TOTAL.fullmatch(x or "") is not None)
    return (replace(link, metric="+".join(parts), alternatives=()) if len(parts) > 1 else link), start


def _joined_back(window: str, metric: str, start: int, joiners: str, fits) -> tuple[list[str], int]:
    """The cells of the cues listed right before the words at window[start:] that `fits` allows, in
    text order, with `metric` last, and where the first of their words starts."""
    parts = [metric]
    for prev, prev_start in _listed_back(window, start, joiners):
        if not fits(prev.metric) or prev.metric in parts:
            break
        parts.insert(0, prev.metric)
        start = prev_start
    return parts, start


_BECAUSE = re.compile(r"(?<!原)因为?|由于")  # (not the 因 of 原因: "因…等原因无法提供")
_RESULT_GROUP_TOTAL = re.compile(r"t3\.(denied|unavailable|not_processed|other)\.total")


def _row_of_its_reason(window: str, link: metrics.Link, start: int) -> tuple[metrics.Link, int]:
    """"因本机关不掌握相关政府信息告知申请人无法提供的有36件": a result group's count whose one
    reason is said before the group's words, after 因 in the same clause, is that reason's row (the
    group's total a reading); not "因…等原因无法提供" (several reasons). Returns the entry and where
    its words start in `window`."""
    group = _RESULT_GROUP_TOTAL.fullmatch(link.metric or "")
    causes = [c for c in _BECAUSE.finditer(window, 0, start) if not _CLAUSE_BREAK.search(window, c.end(), start)]
    if group is None or not causes:
        return link, start
    if "等" in window[causes[-1].end() : start]:
        # several reasons: no one row of them is a reading (a bare 无法提供's 本机关不掌握)
        return replace(link, alternatives=tuple(x for x in link.alternatives if _reason_group(x) != group.group(1))), start
    row = metrics.best_link(window[causes[-1].end() : start])
    if row is None or _reason_group(row[0].metric) != group.group(1) or row[0].metric == link.metric:
        return link, start
    return replace(row[0], alternatives=(link.metric,)), causes[-1].start()


def _listed_back(text: str, start: int, joiners: str):
    """The cues listed right before the words at text[start:], nearest first, each ending just
    before one of `joiners` ("行政复议、行政诉讼", "三类内部事务信息和行政查询事项"), each in quotes or not
    ("“予以公开”或“部分公开”64件", s67's probe): (entry, where its words start)."""
    while True:
        at = start
        while at > 0 and text[at - 1] in metrics.QUOTE_MARKS:
            at -= 1
        if not (at > 0 and text[at - 1] in joiners):
            return
        end = at - 1
        while end > 0 and text[end - 1] in metrics.QUOTE_MARKS:
            end -= 1
        prev = metrics.best_link(text[:end], plain=True)
        if prev is None or prev[2] != end:
            return
        yield prev[0], prev[1]
        start = prev[1]


def _reason_group(metric: str | None) -> str | None:
    """The result group of a reason's row ("t3.denied.inquiry.total" -> "denied"), else None."""
    row = _T3_RESULT.fullmatch(metric or "")
    return row.group(1).split(".")[0] if row and "." in row.group(1) else None


# A verb's words before its count: nothing but word characters ("我局发布", "清理"), and a 的
# only after a verb of making documents ("新制定的6件海事规范性文件", real51; but "收到的3件申请因尚在
# 答复期限内…": the count is what the rest of the sentence says of).
_VERB_BEFORE = re.compile(r"[^\W\d]*[^\W\d的]的?$")


_APPLICANTS_AMONG = re.compile(r"\s*(?:政府信息公开|依申请公开)?申请(?:件)?中\s*[,，:：]?\s*(?:其中)?\s*(?:自然人|公民|个人)")
# Titles (with their document numbers) listed right before a count, "等" closing them (also "含《…》等在内的",
# r65).
_TITLES_BEFORE = re.compile(r"(?:含|包括)?(?:《[^《》]*》\s*(?:[（(][^（()）]*[）)])?\s*[、，,和及与]?\s*)+等(?:在内)?(?:的)?\s*$")
# Of whom a count is, said right after it ("94件为自然人", "1件为企业", r71).
_OF_WHOM = re.compile(r"\s*(?P<applied>(?:政府信息公开)?申请(?:政府信息公开|公开政府信息)?的\s*)?(?:为|系|属于|来自)(?P<who>(?:自然人|公民个人|企业|商业企业|法人|科研机构|社会公益组织|法律服务机构|其他组织|其他)(?:申请)?)(?:\s*(?:[,，、;；。]|$))")
# Of whom the applications a count says again all were ("3件依申请公开申请人均为自然人").
_ALL_PERSONS = re.compile(r"\s*[,，]?[^,，;；。\d]{0,12}?(?:申请人)?(?:均|全部|都)(?:为|是|系|来自)(?:自然人|公民)")
_REVIEWED = re.compile(r"\s*(?:进行|开展|予以)(?:了)?(?:全面|集中|专项|系统)?(?:的)?(?:清理|评估|审查|梳理|修订|修改)")


def _row_said_after(sentence: str, b: int) -> metrics.Link | None:
    """The 表三 row the words right after a count name (with only 均/因/属于… between)."""
    tail = _tail(sentence, b)
    right = metrics.first_link(tail)
    if (right is not None and right[0].role is None and (right[0].metric or "").startswith("t3.")
            and (right[1] <= 1 or _ALL_BEFORE.fullmatch(tail[: right[1]]))):
        return right[0]
    return None


def _verb_count_object(window: str, tail: str, unit: str | None = None) -> metrics.Link | None:
    """"发布3份政策规范性文件", "清理2份失效文件": the count stands between its verb and its
    object, and the cue reads them joined ("发布政策规范性文件"). The verb must be right
    before the count, the object right after it (not where the count, in a measure word of
    who, counts who handed the object in: "受理1674个依托单位提出的各类申请", r151)."""
    verb = _VERB_BEFORE.search(window)
    if verb is None or not tail or not _VERB_BEFORE.match(tail[0]):
        return None
    if unit in _WHO_UNITS and _WHO_HANDED_IN.match(tail):
        return None
    words = verb.group()[-_NEAR:]
    found = metrics.link_across(words + tail, len(words))
    if found is None or _AMONG.match(tail, found[2] - len(words)):
        return None  # "收到的58件申请中，涉及征地拆迁的27件": the ones spoken of next
    if words.endswith("的") and not any(x.startswith("t2.") and x.endswith((".issued", ".made", ".published"))
                                         for x in (found[0].metric, *found[0].alternatives) if x):
        return None  # (nor "对现行有效的148件行政规范性文件进行了清理": the documents a clean-up began with)
    if _REVIEWED.match(tail, found[2] - len(words)):
        # "对本单位制发的13件规范性文件进行全面清理评估" (r63): the documents a review went through
        return metrics.topic_only(found[0])
    return found[0]


# Measure words of who, and who handed something in, named right after such a count.
_WHO_UNITS = ("个", "名", "位", "家", "户")
_WHO_HANDED_IN = re.compile(r"[^,，。;；\d]{0,8}?(?:单位|企业|组织|机构|部门|群众|公民|申请人|个人|自然人|法人|人)(?:提出|提交|申报|递交)")


# A count that opens its clause, as the subject of what the clause says next ("其中14件…",
# "，19件…", "受理的116件申请件…", "全部252件均按期办理完毕", "办理142件(3件为2023年结转…)", r86;
# a reason's subject: "因3条申请涉及政府信息均不存在,…告知", s48).
_SUBJECT_OPENING = re.compile(r"(?:(?:^|[,，;；:：。(（])\s*(?:其中|另有?|另外|其余|剩余|余下|尚有|以上|上述|全部|所有|因)?|其中)[,，:：]?\s*"
                              r"(?:(?:\d{4}\s*年度?)?(?:所|本年度?|全年)?(?:受理|收到|接收|办理|申请)的)?\s*$")
# A verb of receiving with no object named before the count ("…；收到1件行政复议").
_BARE_VERB = re.compile(r"(?:共|累计)?(?:收到|受理|接收|接到)(?:了)?\s*")
_ABOUT = re.compile(f"(?:{_CONCERNING})?")
# What cases arose from, said after their count ("3起因政府信息公开申请提起的行政复议").
# ("2宗政府信息公开申请引起行政复议和行政诉讼的情况", r80: both named, a reading of their sum; also with 被: "我局有2件政府信息
# 公开申请被申请行政复议", "有1份政府信息公开工作被申请行政复议、提起行政诉讼", r109)
_ARISING_AFTER = re.compile(r"\s*(?:(?:因[^,，。;；\d]{1,24}?|(?:政府信息公开|信息公开|依申请公开)?申请(?:而)?)(?:提起|引发|产生|引起|导致)(?:的)?"
                            r"|(?:政府信息公开|信息公开|依申请公开)(?:工作|申请|事项)?被(?:申请|提起)?)\s*"
                            r"((?:行政)?(?:复议|诉讼)(?:案件)?)((?:和|及|、|与|或)(?:被)?(?:申请|提起)?(?:行政)?(?:复议|诉讼))?")
# The new applications named right after a count ("办理13件新收政府信息公开申请"; a part "本年新收33件").
_NEW_OBJECT = re.compile(r"\s*(?:本年度?|当年|今年)?(?:新收|新受理)")
# What a count arose from, said before it ("因信息公开申请而产生的2件行政诉讼").
_ARISING = re.compile(r"(?:而|所)?(?:产生|引发|引起|导致)(?:的)\s*")
# A count said again ("所申请的3件…", "上述5件…"): what its clause says of it is what it names now.
_SAID_AGAIN = re.compile(r"(?:^|[,，;；:：。])\s*(?:上述|以上|所)(?:本年度?|全年)?(?:受理|收到|接收|办理|申请)?的?\s*$")
_OF_A_COUNT = re.compile(r"\d\s*[件条个项宗]\s*中")
# (a year is no other figure: "3件为2023年结转至本年度办理", r86)
_CLAUSE_AFTER = re.compile(r"(?:[^,，;；。:：()（）\d]|\d{4}\s*年){1,40}(?=[,，;；。:：()（）]|$)")
# "对其中17条," / "对3件申请，": a count of applications put first, alone in its clause.
_AS_FOR = re.compile(r"(?:^|[,，;；:：。])\s*对(?:其中|其余|剩余|另外)?(?:的)?\s*$")
_ITS_CLAUSE_ENDS = re.compile(r"\s*(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?\s*[,，]\s*")


def _said_of_it(sentence: str, a: int, b: int) -> metrics.Link | None:
    """"224件申请已按规定在法定期限内予以答复", "其中8件已公开", "370项为自然人提交": a count
    that opens its clause is what the rest of the clause says of it (all of it, to the clause's
    end, with no other figure)."""
    # (the opening is a few characters: only those are searched, not the whole sentence)
    if _OF_A_COUNT.search(sentence, 0, a):
        return None  # (not "依申请公开的43件中，38件由自然人提出，5件…": of a count that names no cell)
    if _AS_FOR.search(sentence, max(0, a - 8), a) and (own := _ITS_CLAUSE_ENDS.match(sentence, b)):
        # "对其中17条,依法依规予以公开" (r71): the count stands alone in its clause, what was
        # done with it is the next clause
        clause = _CLAUSE_AFTER.match(sentence, own.end())
        return metrics.said_after(clause.group()) if clause else None
    if not _SUBJECT_OPENING.search(sentence, max(0, a - 16), a):
        return None
    clause = _CLAUSE_AFTER.match(sentence, b)
    said = metrics.said_after(clause.group()) if clause else None
    if (said is None and clause and metrics.only_how(clause.group())
            and sentence[clause.end() : clause.end() + 1] in ",，"
            and (done := _CLAUSE_AFTER.match(sentence, clause.end() + 1)) is not None):
        # "64件均按照有关文件要求,进行了规范答复" (r110): how, then what was done after the comma
        said = metrics.said_after(clause.group() + done.group())
    return said


# What opens the words right after a count that say more of it ("2件，均为直接起诉",
# "1件（复议后起诉）", "12件均为信访举报投诉类申请", "1件，目前尚未审结").
_APPOSITIVE = re.compile(r"\s*[，,（(]?\s*(?:目前|现在|现|均|全部|都|系|为|属于|属|已|因|由于|其内容|申请内容|内容)*\s*(?:申请人)?(?:无正当理由)?")
_CLAUSE_END = re.compile(r"[,，;；。:：)）]")
_ALL_OF_THEM = re.compile(r"均|全部|都")  # "不予公开4件，均属于过程性信息": what they all were


def _refined(m: Mention, after: str, some_of: str | None = None) -> int:
    """"被提起行政诉讼2件，均为直接起诉", "不予处理的12件均为信访举报投诉类申请", "行政诉讼1件，尚未
    审结": the words right after a count (to the end of their clause or bracket, with no other
    figure) name a part of its cell — the kind of 行政诉讼, the reason of a 表三 group, a 表四
    outcome of the group. That cell is the same count: a reading. `some_of`: the cell of the
    count this one is some of ("有3件申请行政复议，其中2件行政复议决定维持…"): the part those words
    name is this count's cell. Returns how many characters of `after` are the count's own words
    when they make its cell ("不予处理2件，属于信访举报投诉类申请，其他处理4件": the reason is not
    the next count's), else 0."""
    opening = _APPOSITIVE.match(after)
    words = _CLAUSE_END.split(after[opening.end() :], maxsplit=1)[0]
    if some_of:
        words = words[_GROUP_SAID_AGAIN.match(words).end() :]
    if not words or _LATER_COUNT.search(words):
        return 0
    found = metrics.first_link(words, roles=("t4_outcome",))
    if found is None or found[1] != 0:
        return 0
    whole = some_of or m.metric
    if found[0].role == "t4_outcome" and not whole.startswith("t4."):
        return 0  # (a 表四 outcome's words say nothing of a 表三 group: "其他处理情形共5件，均为申请人主动撤回申请")
    group = whole.split(".")[1] if whole.count(".") == 2 and whole.endswith(".total") else None
    entry = found[0]
    column = entry.cell  # (an outcome that is only a reading: one too)
    reading = column.format(group=group) if entry.role == "t4_outcome" and group and column else entry.metric
    if (group and reading and "+" not in reading and "{" not in reading and reading != whole
            and reading.startswith((f"t3.{group}.", f"t4.{group}"))):
        # (the row may be a reading already: a bare 无法提供's 本机关不掌握)
        if some_of:
            m.metric, m.alternatives = reading, [x for x in m.alternatives if x not in (some_of, reading)]
        elif reading.startswith("t3.") and not _ALL_OF_THEM.search(opening.group()) and "等" not in words:
            # "无法提供4件（本机关不掌握相关政府信息）", "不予公开1件，属于保护第三方合法权益": the
            # result's count for the one reason named — that row, the result's total a reading.
            # Not "不予公开4件，均属于过程性信息" (what they all were: its readers keep the result's
            # total) nor "79件因不掌握相关政府信息等原因无法提供" (one reason of several).
            _promoted(m, reading)
            return opening.end() + len(words)
        elif reading not in m.alternatives:
            m.alternatives.append(reading)
    return 0


# The group said again after some of its count, before their outcome ("其中2件行政复议决定维持").
_GROUP_SAID_AGAIN = re.compile(r"(?:行政)?(?:复议|诉讼)?(?:决定|结果|判决)?(?:为|是)?")


def _tail(sentence: str, b: int) -> str:
    """The words right after a count, up to the next count, list item or aside: "新收18件、上年
    结转1件" — 上年结转 is 1件's; "完成72件（结转至下年度办理2件）" — 结转 is 2件's."""
    if _FIGURE_ASIDE.match(sentence, b):
        return ""
    return re.split(r"[,，;；:：。、]|\d+(?![\d年])", sentence[b : b + 16], maxsplit=1)[0]


# An aside in brackets right after a count that holds a figure of its own: its words are that
# figure's ("完成72件（结转至下年度办理2件）").
_FIGURE_ASIDE = re.compile(r"\s*[（(][^（()）\d]{0,16}\d")


def _reading_only(m: Mention) -> None:
    """The cell is only a reading: the metric becomes the first alternative."""
    m.alternatives, m.metric = [m.metric, *(x for x in m.alternatives if x != m.metric)], None


def _promoted(m: Mention, reading: str) -> None:
    """A reading becomes the metric; the metric before it, the first alternative."""
    m.alternatives, m.metric = [m.metric, *(x for x in m.alternatives if x not in (reading, m.metric))], reading


def _with_carried_over(parent: Mention, part: Mention, siblings: list[str | None]) -> None:
    """"共受理申请61件，其中上年结转3件" / "收到申请61件（含上年结转3件）": the total holds
    last year's applications, so it is new + carried over; new alone stays a reading.
    "办理申请87件，其中新收84件、上年结转3件" (`siblings`: the metrics of the parts before):
    handled, said as the sum of both — new + carried over is a reading too (办理 names no
    cell: the ones closed are as likely)."""
    if part.metric == _CARRIED_OVER and parent.metric == _NEW and _BOTH_YEARS in parent.alternatives:
        _promoted(parent, _BOTH_YEARS)
    elif (part.metric == _CARRIED_OVER and parent.metric == "t3.total.total" and _BOTH_YEARS in parent.alternatives
          and _NEW in siblings):
        # "全年共办理118件，其中本年新受理110件，上年结转8件": said as both years' applications.
        _promoted(parent, _BOTH_YEARS)
    elif (parent.metric is None and {_NEW, "t3.total.total"} <= set(parent.alternatives)
          and _CARRIED_OVER in {part.metric, *siblings}):
        # (also "处理申请1261件（含上年度结转申请74件）": last year's are among them — the first reading)
        parent.alternatives = [_BOTH_YEARS, *(x for x in parent.alternatives if x != _BOTH_YEARS)]
    elif parent.metric == _BOTH_YEARS and (both := _applicants_of_both_years(part.metric)) in part.alternatives:
        # "受理申请25件(含2024年结转1件)，其中自然人申请24件": the applicants of both years.
        _promoted(part, both)


def _applicants_of_both_years_said(mentions: list[Mention]) -> None:
    """"新收63件,上一年度结转1件,共计64件。…公民个人提出申请62件;法人或其他组织提出申请2件" (r75): the applicants
    listed after both years' applications, adding up to them and not to the new ones, split both years — no row of
    the form holds them: their columns of both years are readings only."""
    for i, both in enumerate(mentions):
        if both.kind != "count" or both.metric != _BOTH_YEARS or both.value is None:
            continue
        new = next((q for q in reversed(mentions[:i]) if q.kind == "count" and q.metric == _NEW), None)
        applicants = []
        for q in mentions[i + 1 :]:
            if q.kind == "count" and _applicants_of_both_years(q.metric):
                applicants.append(q)
            elif q.kind == "count" and (applicants or (q.metric or "").startswith(("t2.", "t3.", "t4."))):
                break  # (the first list of applicants after them, before any other cell)
        if (new is None or len(applicants) < 2 or len({q.unit for q in applicants} | {both.unit}) > 1
                or any(q.value is None for q in applicants)):
            continue
        total = sum(q.value for q in applicants)
        if total == both.value != new.value:
            for q in applicants:
                q.metric, q.alternatives = None, [_applicants_of_both_years(q.metric)]


def _applicants_of_both_years(metric: str | None) -> str | None:
    """New applications of some applicant columns -> the same columns of both years."""
    cells = (metric or "").split("+")
    if not all(c.startswith("t3.new_received.") and c != _NEW for c in cells):
        return None
    return "+".join(cells + [c.replace("new_received", "carried_over") for c in cells])


def _respectively(sentence: str, items: list[dict]) -> dict[int, metrics.Link | None]:
    """"A、B和C分别为x件、y件、z件": for the n-th count after 分别 (by its index among the
    sentence's items, each of which becomes a mention), the phrase-table entry of the
    n-th listed item, read together with the words after 分别 ("规章和行政规范性文件分别
    制发1件、7件" → 制发规章, 制发行政规范性文件). When counts and items do not pair up one
    to one, the counts name no cell (None): the nearest item would be a guess. One figure after it is every item's,
    as after 均为: the listed cells' sum, which the linking splits ("行政复议、行政诉讼分别为0件")."""
    out: dict[int, metrics.Link | None] = {}
    for r in _RESPECTIVELY.finditer(sentence):
        before = sentence[: r.start()].rstrip()
        names: list[tuple[metrics.Link, str]] = []  # the listed items, joined by 、/和/及/与
        end = len(before)
        if metrics.cue_ending_at(before) is None and (shared := _SHARED_NOUN.search(before)):
            end = shared.start()
        while end > 0:
            found = metrics.cue_ending_at(before[:end])
            if found is None:
                break
            names.insert(0, (found[0], before[found[1] : end]))
            if found[1] == 0 or before[found[1] - 1] not in _LIST_JOINERS:
                break
            end = found[1] - 1
        counts: list[int] = []  # the counts after 分别, joined by separators only
        prev_end = r.end()
        for i, it in enumerate(items):
            if it["start"] < r.end():
                continue
            if it["kind"] not in ("count", "nil") or (counts and not _LIST_GAP.fullmatch(sentence[prev_end : it["start"]])):
                break
            counts.append(i)
            prev_end = it["end"]
        if (columns := _columns_of_an_item(before)) is not None and len(columns) == len(counts):
            names = columns  # "制发、废止、现行有效行政规范性文件分别为5件、2件、48件": each column of the item named last
        if len(names) == 1 and len(counts) == 2 and (groups := _T4_OUTCOME.match(names[0][0].metric or "")) \
                and _BOTH_GROUPS_LISTED.search(before):
            # "行政复议、行政诉讼分别为4件和2件，结果维持分别为3件和1件": one outcome, the groups listed before in turn.
            for n, group in enumerate(("reconsideration", "litigation")):
                out[counts[n]] = replace(names[0][0], metric=f"t4.{group}.{groups.group(2)}", alternatives=(), role=None)
            continue
        if len(names) < 2:
            continue
        if len(counts) < 2:
            # "行政复议、行政诉讼分别为0件": one figure for every item listed, as 均为 (_EACH_OF_LIST splits the sum)
            listed = _listed_before(before)
            if counts and listed is not None and listed[0] and "+" in listed[0]:
                out[counts[0]] = replace(names[-1][0], metric=listed[0], alternatives=tuple(listed[1]), role=None)
            continue
        verb = re.sub(r"^(?:为|是|有|达到|达)|\s", "", sentence[r.end() : items[counts[0]]["start"]])
        for n, i in enumerate(counts):
            if len(counts) != len(names):
                out[i] = None
                continue
            entry, name = names[n]
            for text, name_start in ((verb + name, len(verb)), (name + verb, 0)):
                found = metrics.best_link(text)
                if found is not None and found[2] == len(text) and found[1] <= name_start < found[2]:
                    entry = found[0]
                    break
            out[i] = entry
    return out


# The 2021 form's columns listed before the one item they are of ("制发、废止、现行有效行政规范性文件").
_COLUMN = r"(?:制发|印发|出台|废止|现行有效|新制作|新公开|对外公开)"
_COLUMNS_THEN_ITEM = re.compile(rf"({_COLUMN}(?:\s*[、和及与]\s*{_COLUMN})+)(?:的)?((?:行政)?规范性文件|(?:政府)?规章)(?:数量|件数|总数)?$")


def _columns_of_an_item(before: str) -> list[tuple[metrics.Link, str]] | None:
    """Each column listed before the item they are all of, read with the item's name (`_respectively`), or None when
    a column does not read as one of the item's cells."""
    found = _COLUMNS_THEN_ITEM.search(before)
    if found is None:
        return None
    names = []
    for column in re.split(r"\s*[、和及与]\s*", found.group(1)):
        text = column + found.group(2)
        link = metrics.best_link(text)
        if link is None or link[2] != len(text) or not (link[0].metric or link[0].alternatives):
            return None
        names.append((link[0], text))
    return names


def _organ_of_the_whole(window: str, whole: Mention) -> re.Match | None:
    """The organ a part of a count is said of, where its words name only that organ and, if any, the whole's own verb
    ("，其中市本级办理" after "全市…共办理…5,214件"; "，区级部门办理"): the match (its "organ" group), else None."""
    said = _ORGAN_PART.fullmatch(window)
    if said is None or (said["verb"] and said["verb"] not in whole.text):
        return None
    return said


def _whole_of(mentions: list[Mention], sent_first: int, value) -> int | None:
    """The count a breakdown (其中…) is of: the last one, or, when the part is larger than it,
    the nearest before it that can hold the part ("接收申请101件，上年结转1件，其中自然人申请100件"
    breaks down the 101)."""
    last = _last_count(mentions, sent_first)
    if last is None or value is None:
        return last
    unit = mentions[last].unit
    return next((i for i in range(last, sent_first - 1, -1) if mentions[i].kind == "count"
                 and mentions[i].value is not None and mentions[i].value >= value and mentions[i].unit == unit), last)


def _closed_after(before: str, words: str) -> bool:
    """Whether a bracket opened before the last place `before` says `words` is closed after it."""
    at = before.rfind(words)
    return at >= 0 and bool(_CLOSE_PAREN.search(before[at + len(words):]))


def _last_count(mentions: list[Mention], sent_first: int) -> int | None:
    for i in range(len(mentions) - 1, sent_first - 1, -1):
        if mentions[i].kind == "count":
            return i
    return None


def _apply(entry: metrics.Link, m: Mention, mentions: list[Mention], sent_first: int, prev_start: int,
           parent: int | None, idx: int, before: str, lead: str, own: str) -> None:
    """Fill metric, alternatives and topic from a phrase-table entry. `before` is the
    sentence up to the count: where no earlier count names the 表三 row or 表四 group,
    words there may ("办结的申请中自然人40件", "行政复议案件中，结果纠正的1件").
    `lead`: the words between the previous count and the cue; `own`: those and the cue."""
    m.topic = entry.topic
    if (parent is not None and _OF_AN_APPLICANT.search(" ".join((entry.metric or "", *entry.alternatives)))
            and not any(x.startswith("t3.") for x in (mentions[parent].metric or "", *mentions[parent].alternatives))):
        # "信用数据…1.41亿条,其中自然人1.13亿条,法人2800万条" (r147): some of a count of no application are no applicant's
        m.metric, m.alternatives = None, []
        return
    if entry.role == "applicant":
        p = parent if parent is not None else _find(mentions, prev_start, r"t3\.[a-z_]+\.total")
        unfit = False
        if parent is None and p is not None and p < sent_first:
            p = _row_broken_down(mentions, p, prev_start, sent_first, m.value)
            unfit = p is None
        if p is not None and mentions[p].part_of is not None and _closed_after(before, mentions[p].text):
            # "申请124宗(含2021年度结转5宗),公民申请113宗" (real52): the part in brackets is
            # no row the applicants break down; its whole may be both years' (no row certain)
            p = mentions[p].part_of
            unfit = mentions[p].metric is None
        if p is not None and mentions[p].value is not None and m.value is not None and m.value > mentions[p].value:
            unfit = True  # "收到申请19件,上年结转1件,其中自然人提交申请20件" (r70): more than the row holds
        if p is not None:
            p_metric, p_alts = mentions[p].metric, mentions[p].alternatives
        elif (named := metrics.best_link(before, r"t3\.[a-z_]+\.total")) is not None:
            p_metric, p_alts = named[0].metric, list(named[0].alternatives)
        else:
            p_metric, p_alts = None, []
        m.metric, m.alternatives = metrics.fill_row(entry.metric, p_metric, p_alts)
        if unfit and m.metric is not None:
            _reading_only(m)  # more than any row before it holds: no row is certain
    elif entry.role == "t4_outcome":
        if entry.metric is None:
            # an outcome that is a column only to some readers (驳回诉讼请求, 撤诉): found as the others, a
            # reading — of the group found only ("复议过程中申请人撤回1件" names none: no reading)
            _t4_outcome(replace(entry, metric=entry.cell, alternatives=()), m, mentions, prev_start, before, own)
            if m.metric:
                _reading_only(m)
            else:
                m.alternatives = []
        else:
            _t4_outcome(entry, m, mentions, prev_start, before, own)
    elif entry.role == "t2_column":
        # A column that is a reading only (处理决定数量) may follow its item's count in the
        # sentence before ("…本年增加3项；处理决定数量1,204件").
        # (a 2019 item's 本年增/减 before it is a change: "…新增57项,总计57项,处理决定数量0件")
        p = _find(mentions, sent_first if entry.metric else prev_start, r"t2\.[a-z_]+\.[a-z_]+", ("count", "change"))
        if p is not None:
            item_metric, topic = mentions[p].metric, mentions[p].topic
        elif all(q.kind != "count" for q in mentions[sent_first:]) and (named := _item_said_before(before)):
            # the sentence's first count: the item its clause names ("本年出台行政规范性文件：制发件数2件，…"),
            # or a clause before it ("推进行政规范性文件动态清理，废止2件，现行有效32件", real58)
            item_metric, topic = named[0].metric, named[0].topic
        elif ((len(re.sub(r"[\s,，、;；]", "", own)) <= 4 or _LIST_GAP.fullmatch(lead))
              and (q := _item_read_before(mentions, sent_first, before, entry.metric or "")) is not None):
            # "全年发布行政规范性文件7件，废止0件": the item of the count before, read two ways
            item_metric, topic = q.alternatives[0], q.topic
        else:
            item_metric, topic = None, None
        item = item_metric.split(".")[1] if item_metric else None
        here = _name_right_before(before[: len(before) - len(own) + len(lead)]) if entry.metric else None
        if here is not None and here[0] != item:
            # the column right after the item's name: that item, outweighing the one of the count
            # before ("行政规范性文件制发件数0件，废止件数0件", real46; "…规章总数量为126件，规范性文件
            # 对外公开总数量为1,038件")
            item, topic = here
        elif (entry.cell or "").rpartition(".")[2] in ("delta", "decisions") and (
                counted := _item_counted_before(before)) is not None:
            # the 2019 form's row said item by item, its change from last year and its decisions after the
            # item's count: that item, outweighing the one of a count before ("…其他对外管理服务事项40项,比2019年
            # 增加8项,行政处罚事项36项,比2019年增加1项", r65; "主动公开行政处罚30项,较2018年无增减,处理决定数量7件", r67)
            item, topic = counted, "表二"
        if item is None and entry.metric and entry.metric.rpartition(".")[2] in _only_2019_columns():
            # a column only the 2019 form prints ("规章对外公开总数量1件", "其他对外管理服务事项新增57项"):
            # the item its clause names
            item = _item_named(_CLAUSE_BREAK_NO_COLON.split(before)[-1])
        elif (item is None and (entry.metric or "").endswith(".repealed") and "公文" not in own
              and _item_named(before) == "normative_docs"):
            # what is repealed is the 规范性文件 the sentence named last ("现行的23件…行政规范性文件中,决定予以保留18件,
            # 予以修订1件,予以废止4件", "开展了2次行政规范性文件专项清理,已经废止6个"): a reading, as readers of a
            # clean-up's figures differ (not "宣布废止市政府公文61件"; nor 规章, which few organs make: "规章方面,…废止0件")
            m.alternatives, m.topic = [entry.metric.format(item="normative_docs")], "规范性文件"
        metric = entry.metric.format(item=item) if item and entry.metric else None
        if metric is not None and _is_t2_cell(metric):  # 其他对外管理服务事项 has no 本年制发件数
            m.metric, m.topic = metric, topic
        elif item and entry.alternatives:
            m.alternatives = [x for x in (t.format(item=item) for t in entry.alternatives) if _is_t2_cell(x)]
            m.topic = topic
    elif entry.role == "t2_item":
        p = _find(mentions, sent_first, r"t2\.[a-z_]+\.[a-z_]+")
        m.alternatives = list(entry.alternatives)
        if p is not None and _LIST_GAP.fullmatch(lead):  # "制发规章1件，行政规范性文件18件"
            m.metric = entry.metric.format(column=mentions[p].metric.split(".")[2])
            m.alternatives = [a for a in m.alternatives if a != m.metric]
    elif entry.role == "sum" and (named := _listed_before(before)) is not None and named[0] and "{" not in named[0]:
        # "…废止九件，现行有效的行政规范性文件共126件": 共 closes the words that name
        # a cell, not a sum of the counts before them.
        m.metric, m.alternatives, m.topic = named
    elif entry.role == "sum":
        parts = []
        for i in range(idx - 1, sent_first - 1, -1):
            q = mentions[i]
            if q.kind != "count" or q.part_of is not None or not (q.unit == m.unit or _cases_alike(q, m)):
                break
            parts.insert(0, i)
        if len(parts) >= 2 and metrics.best_link(lead) is None:
            # (not "…1件，其余均为自然人申请（共计23件）": other words name the total)
            for i in parts:
                mentions[i].part_of = idx
            if all(mentions[i].metric for i in parts):
                m.metric = "+".join(mentions[i].metric for i in parts)
                if sorted(m.metric.split("+")) == _T3_RESULTS:  # "…其他处理9件，总计213件": t3.R2
                    m.metric = "t3.total.total"
                m.metric, m.alternatives = _whole(m.metric)
            elif _received_by_channels(before, len(parts)):
                # "共收到群众网上申请105件,快递17件,合计122件" (real8), "收到依申请公开线上4件,线下23件,共27件": the
                # applications of each channel, then all of them — the received.
                m.metric, m.alternatives = _NEW, [_BOTH_YEARS]
            m.topic = mentions[parts[0]].topic
        elif (named := _listed_before(before)) is not None:
            # "顺延到下年度办理的共4件", "行政复议、行政诉讼案件共计4件": 共 sums no
            # counted parts; the words before it name the cell or the listed cells.
            m.metric, m.alternatives, m.topic = named
    else:
        m.metric = entry.metric
        m.alternatives = list(entry.alternatives)
        if (_T4_GROUP.fullmatch(m.metric or "") and not _RESPECTIVELY.search(before)
                and (named := _listed_before(before)) is not None and named[0] and "+" in named[0]):
            # "行政复议、提起行政诉讼数量是0件": one count of both groups listed before it.
            m.metric, m.alternatives, m.topic = named
    if m.kind == "percent":
        m.metric, m.alternatives = None, []  # a share is not a cell value


def _cases_alike(part: Mention, whole: Mention) -> bool:
    """Whether a count of applications or cases in one unit may be a part of a sum in another: "新收到申请3件，上年结转1宗，
    共计4件" (a grid of units, s52) — both units of cases, the part a cell of 表三 or 表四."""
    cases = lexicon().case_units
    return (part.unit in cases and whole.unit in cases
            and all(x.startswith(("t3.", "t4.")) for x in (part.metric or "-").split("+")))


def _groups_whole(mentions: list[Mention], sent_first: int, idx: int, part: Mention) -> int | None:
    """The nearest 表四 group's total before `part` (at `idx`) in its sentence that is of `part`'s group, a whole itself."""
    for k in range(idx - 1, sent_first - 1, -1):
        q = mentions[k]
        if (q.kind == "count" and q.part_of is None and q.unit == part.unit and (q.metric or "").startswith("t4.")
                and q.metric.endswith(".total") and not _other_group(q.metric, part.metric)):
            return k
    return None


def _other_group(whole: str | None, part: str | None) -> bool:
    """Whether a 表四 count names another group than the 表四 count it would be a part of
    (a kind of 行政诉讼 is 行政诉讼's)."""
    if not (whole and part and whole.startswith("t4.") and part.startswith("t4.")) or "+" in whole:
        return False
    return {_group_family(x) for x in part.split("+")} != {_group_family(whole)}


def _group_family(metric: str) -> str:
    return "reconsideration" if metric.split(".")[1] == "reconsideration" else "litigation"


def _groups_named(words: str, among: bool = False) -> set[str]:
    """The 表四 groups whose outcomes the words name with the group ("行政复议结果维持"; `among`: or whose clause they open,
    "行政复议案件中维持")."""
    patterns = (_GROUP_THEN_OUTCOME, _AMONG_GROUP) if among else (_GROUP_THEN_OUTCOME,)
    return {_group_of(w.group(1)) for pattern in patterns for w in pattern.finditer(words)}


def _group_of(words: str) -> str:
    """The 表四 group that words naming one (行政复议…, 行政诉讼…) name."""
    return "reconsideration" if "复议" in words else "litigation"


def _t4_outcome(entry: metrics.Link, m: Mention, mentions: list[Mention], prev_start: int, before: str,
                own: str) -> None:
    """A 表四 outcome column of the group its own words name ("其中行政复议结果维持3件、行政诉讼
    结果维持3件"), else of the group the 表四 count before it (or the words before it) names
    (after both groups listed: `_group_that_fits`)."""
    said = _groups_named(own)
    if len(said) == 1:
        _of_group(entry, m, said.pop())
        return
    p = _find(mentions, prev_start, rf"t4\.[a-z_]+\.total|{re.escape(_BOTH_T4)}")
    if p is not None and _T4_GROUP.fullmatch(mentions[p].metric):
        # "…行政复议案件2件和行政诉讼案件7件…。其中,行政复议案件结果纠正0件,结果维持2件" (real50): an
        # outcome named with its group after the last group's count says whose the list is.
        s0 = m.start - len(before)
        words = before[max(0, mentions[p].end - s0):]
        named = _groups_named(words, among=True)
        if (len(named) == 1 and (group := named.pop()) != (own_group := mentions[p].metric.split(".")[1])
                and not (group == "litigation" and own_group in _LITIGATION_PARTS)):
            # (not a kind of 行政诉讼's own group: "直接起诉的6件行政诉讼中，4件结果维持", `_litigation_kind` reads it)
            _of_group(entry, m, group)
            return
        fits = _group_that_fits(mentions, p, m, prev_start, before)
        if fits == "either":  # "行政复议2宗、行政诉讼1宗，其中2宗维持原答复…": the words do not say whose
            m.metric, m.alternatives = None, [metrics.fill_group(entry.metric, g)[0] for g in _T4_GROUPS]
            m.topic = "行政复议行政诉讼"
            return
        if fits is not None and f"t4.{fits}.total" != mentions[p].metric:
            _of_group(entry, m, fits)
            return
    if p is not None and mentions[p].metric == _BOTH_T4:
        # "涉行政复议、行政诉讼案件743件，结果维持461件": the outcome of both groups.
        both = (metrics.fill_group(entry.metric, g)[0] for g in _T4_GROUPS)
        m.metric, m.alternatives, m.topic = "+".join(both), [], "行政复议行政诉讼"
        return
    group_metric = mentions[p].metric if p is not None else None
    if group_metric is None and (named := metrics.best_link(before, r"t4\.[a-z_]+\.total")) is not None:
        group_metric = named[0].metric
    group = re.match(r"t4\.([a-z_]+)\.total", group_metric).group(1) if group_metric else None
    readings: list[str] = []
    if p is not None and group in _LITIGATION_PARTS:
        group, readings = _litigation_group(mentions, p, prev_start, m.value, entry.metric)
    if (kind := _litigation_kind(mentions, p, before, m.start - len(before))) is not None:
        group, readings = kind, []
    m.metric, m.alternatives = metrics.fill_group(entry.metric, group)
    if kind is not None:
        m.alternatives = [entry.metric.format(group="litigation")]
    if readings:
        m.metric, m.alternatives = None, readings
        group = "litigation"
    m.topic = "行政复议" if group == "reconsideration" else "行政诉讼" if group else "行政复议行政诉讼"


def _of_group(entry: metrics.Link, m: Mention, group: str) -> None:
    m.metric, m.alternatives = metrics.fill_group(entry.metric, group)
    m.topic = "行政复议" if group == "reconsideration" else "行政诉讼"


def _group_that_fits(mentions: list[Mention], p: int, m: Mention, prev_start: int, before: str) -> str | None:
    """After counts of both 表四 groups listed one after the other (`p` the nearer), the group
    whose count can hold the outcome `m` ("行政复议案件10件，行政诉讼案件0件，结果维持2件": 复议's),
    "either" when both can, None when the counts are not so listed."""
    other = "t4.reconsideration.total" if mentions[p].metric == "t4.litigation.total" else "t4.litigation.total"
    q, s0 = p - 1, m.start - len(before)
    listed = (q >= prev_start and mentions[q].start >= s0 and mentions[q].kind == "count"
              and other in (mentions[q].metric, *mentions[q].alternatives)
              and not re.search(r"[；;。]", before[mentions[q].end - s0 : mentions[p].start - s0]))
    if not listed or None in (m.value, mentions[p].value, mentions[q].value):
        return None
    fits = [x for i, x in ((p, mentions[p].metric), (q, other)) if mentions[i].value >= m.value]
    return "either" if len(fits) == 2 else fits[0].split(".")[1] if fits else None


_LITIGATION_PARTS = ("litigation_direct", "litigation_after")


def _row_broken_down(mentions: list[Mention], p: int, first: int, last: int, value) -> int | None:
    """The 表三 row an applicant count opening its sentence breaks down ("共收到申请58件，上年
    结转3件。其中，自然人申请52件…"): after several rows in the sentence before, the first that
    can hold it (a part is no more than its whole), not the nearest."""
    # (also both years' applications: "全年共办理118件，其中本年新受理110件…")
    rows = [i for i in range(first, last)
            if mentions[i].kind == "count" and (_T3_ROW.fullmatch(mentions[i].metric or "") or mentions[i].metric == _BOTH_YEARS)]
    if p not in rows or len({mentions[i].metric for i in rows}) < 2:
        return p
    # (none, when no row can: "新收到610宗，上年结转49宗。自然人申请件638宗" breaks down neither)
    return next((i for i in rows if value is None or mentions[i].value is None or mentions[i].value >= value), None)


# "…1件维持，1件纠正，均为复议后起诉案件": the kind of 行政诉讼 of all the outcomes before.
_ALL_OF_KIND = re.compile(r"[^，,。；;\d]{0,8}[，,]\s*(?:均|全部|都)(?:为|是|系|属于?)\s*(?:(?:未经复议)?(直接)起诉|(?:经)?(?:行政)?复议后(?:又)?起诉)")
_LITIGATION_OUTCOME = re.compile(r"t4\.litigation\.(?:upheld|corrected|other|pending)")


def _litigation_kind(mentions: list[Mention], p: int | None, before: str, s0: int) -> str | None:
    """The kind of 行政诉讼 an outcome is of when the words say it: a clause opened by the kind
    ("直接起诉的案件中，法院判决维持2件") after the last 表四 count (`p`), or that count's own
    words ("被提起行政诉讼2件，均为未经复议直接起诉，其中1件结果维持")."""
    found = metrics.best_link(before, r"t4\.litigation_(?:direct|after)\.total")
    if (found is not None and re.match(r"\s*(?:的)?(?:行政诉讼)?(?:案件)?中", before[found[2] :])
            and (p is None or mentions[p].end - s0 <= found[1])):
        return found[0].metric.split(".")[1]
    if p is not None and mentions[p].metric == "t4.litigation.total":
        kinds = [a for a in mentions[p].alternatives if a in {f"t4.{g}.total" for g in _LITIGATION_PARTS}]
        if len(kinds) == 1:
            return kinds[0].split(".")[1]
    return None


def _kind_said_after(sentence: str, s_start: int, mentions: list[Mention], first: int) -> None:
    """"在行政诉讼方面，1件维持，1件纠正，均为复议后起诉案件": the outcomes listed right before
    the words are that kind's (the whole 行政诉讼's a reading)."""
    for i in range(first, len(mentions)):
        said = _ALL_OF_KIND.match(sentence, mentions[i].end - s_start)
        if said is None:
            continue
        kind = "litigation_direct" if said.group(1) else "litigation_after"
        j = i
        while j >= first and mentions[j].kind == "count" and _LITIGATION_OUTCOME.fullmatch(mentions[j].metric or ""):
            q = mentions[j]
            q.alternatives = [q.metric, *q.alternatives]
            q.metric = q.metric.replace("litigation", kind)
            j -= 1


def _whole(expr: str) -> tuple[str | None, list[str]]:
    """The cell a total said after its parts is ("结果维持0件、结果纠正0件、其他结果0件、尚未审结0件，
    总计0件": the group's 总计, t4.R5; "自然人申请20件、商业企业申请2件，共计22件": the row's
    总计, t3.R3 — the parts' sum a reading). The same cell twice ("区政府办公室…1件，区政府…4件，
    合计5件": one cell said of two organs) names no cell: the cell is a reading."""
    ids = expr.split("+")
    if len(set(ids)) < len(ids):
        return None, sorted(set(ids)) if len(set(ids)) == 1 else []
    cells = [x.split(".") for x in ids]
    if any(len(c) != 3 for c in cells) or len({(c[0], c[1]) for c in cells}) != 1:
        return expr, []
    table, group = cells[0][0], cells[0][1]
    columns = sorted(c[2] for c in cells)
    v = vocabulary()  # the form's columns below its 总计: 表四's outcomes, 表三's applicants
    if table == "t4" and columns == sorted(c for c in v.t4_column_ids if c != "total"):
        return f"t4.{group}.total", []
    if table == "t3" and set(columns) <= set(v.t3_column_ids) - {"total"}:
        return f"t3.{group}.total", [expr]
    return expr, []


def _litigation_group(mentions: list[Mention], p: int, first: int, value, template: str) -> tuple[str | None, list[str]]:
    """The 表四 group of an outcome whose nearest group count (`p`) is one kind of 行政诉讼
    (直接起诉 / 复议后起诉). After both kinds are listed ("其中直接起诉4件、复议后起诉1件，
    结果维持3件"), or when the outcome is more than that kind's count, the outcome is the
    whole 行政诉讼's; after one kind that is a part of a 行政诉讼 total ("行政诉讼5件，其中
    复议后起诉3件，结果维持2件") it may be either: both are readings, no cell."""
    sub = re.match(r"t4\.([a-z_]+)\.total", mentions[p].metric).group(1)
    if any(q.metric and re.fullmatch(r"t4\.litigation\.(?!total)[a-z_]+", q.metric) for q in mentions[p + 1 :]):
        return "litigation", []  # "判决维持29件，纠正1件": listed with an outcome of the whole
    kinds = {q.metric for q in mentions[first:] if q.kind == "count"
             and q.metric in {f"t4.{g}.total" for g in _LITIGATION_PARTS}}
    if len(kinds) == len(_LITIGATION_PARTS) and not any(
            re.fullmatch(r"t4\.litigation_[a-z]+\.(?!total)[a-z_]+", x) for q in mentions[first:p]
            for x in (q.metric or "", *q.alternatives)):
        # (but "直接起诉14件（维持9件…），复议后起诉3件（维持2件…）": each kind's outcomes follow it,
        # also when the first kind's is a reading: "其中未经复议直接起诉1件,结果维持1件,复议后起诉1件,结果维持1件")
        return "litigation", []
    if value is not None and mentions[p].value is not None and value > mentions[p].value:
        return "litigation", []
    parent = mentions[p].part_of
    if parent is not None and mentions[parent].metric == "t4.litigation.total":
        return None, [template.format(group=sub), template.format(group="litigation")]
    return sub, []


_RECEIVED_VERB = re.compile(r"(?:收到|受理|接到|接收)[^。;；]{0,16}?(?:申请|依申请公开)|(?:依申请公开|申请)[^。;；]{0,8}?(?:收到|受理|接到|接收)")


def _received_by_channels(before: str, parts: int) -> bool:
    """Whether the counts summed are the applications received by each channel ("共收到群众网上申请105件,快递17件"):
    the sentence receives applications, and the words after its verb name as many channels as there are parts."""
    verbs = list(_RECEIVED_VERB.finditer(before))
    if not verbs:
        return False
    said = before[verbs[-1].start():]
    return len(set(metrics.table().nil_channel.findall(said))) >= parts


def _listed_before(before: str) -> tuple[str | None, list[str], str | None] | None:
    """What the words just before 共/共计 name, in the same clause: one cue, or a list
    of cues joined by 、/和/及/或 whose cells add up ("行政复议、行政诉讼案件"; "行政复议或行政诉讼均为
    0件": each of them)."""
    named = metrics.best_link(before, plain=True)
    if named is None or _CLAUSE_BREAK.search(before[named[2] :]):
        return None
    if len(re.sub(r"\s", "", before[named[2] :])) > _NEAR:
        return None
    first = named[0]
    if first.unless is not None and first.unless.search(before):
        return None, [], first.topic  # what the cue would name, its words deny ("回复12345工单共38件")
    metrics_listed = [first.metric]
    for prev, _ in _listed_back(before, named[1], "、和及与或"):
        metrics_listed.insert(0, prev.metric)
    if len(metrics_listed) > 1:
        known = all(metrics_listed) and not any("{" in x for x in metrics_listed)
        return ("+".join(metrics_listed) if known else None), [], first.topic
    if first.metric and "{" in first.metric:
        return None, list(first.alternatives), first.topic
    return first.metric, list(first.alternatives), first.topic


# The clause before a count's own, a publication of its own after a clean-up said earlier.
_PUBLISHED_AFTER_CLEANUP = re.compile(r"[,，]\s*(?:全年|本年度?|今年)?发布[^,，。；;清]*[,，]\s*[^,，。；;]*$")


def _item_read_before(mentions: list[Mention], first: int, before: str, column: str) -> Mention | None:
    """The sentence's last count of no cell whose readings are all of one 表二 item (发布 is 制发 or
    公开: "全年发布行政规范性文件7件"), if that is the sentence's last count. (Only for a column said
    in a word or two right after it, and not in a clean-up: "清理…，继续有效53件" is of the
    documents reviewed; but "系统清理…，集中公开，发布…文件24件，废止97件" publishes after it, and
    what a clean-up repealed is the year's repealed: "全面清理后列入继续有效目录的…43件,废止6件", r73.)"""
    last = _last_count(mentions, first)
    if last is None or mentions[last].metric is not None or not mentions[last].alternatives:
        return None
    if "清理" in before and not _PUBLISHED_AFTER_CLEANUP.search(before) and not column.endswith(".repealed"):
        return None
    items = {a.split(".")[1] if re.fullmatch(r"t2\.[a-z_]+\.[a-z_]+", a) else None for a in mentions[last].alternatives}
    return mentions[last] if len(items) == 1 and None not in items else None


def _find(mentions: list[Mention], first: int, pattern: str, kinds: tuple[str, ...] = ("count",)) -> int | None:
    """The nearest earlier mention (back to index `first`) of one of `kinds` whose metric fits
    `pattern`."""
    rx = re.compile(pattern)
    for i in range(len(mentions) - 1, first - 1, -1):
        if mentions[i].metric and rx.fullmatch(mentions[i].metric) and mentions[i].kind in kinds:
            return i
    return None


def _claim_cover(mentions: list[Mention], sent_first: int, prev_start: int, claim: str) -> str | None:
    """The counts a claim covers: the sentence's preceding counts with a metric (表四
    totals only for claims about outcomes); else the previous sentence's."""
    if claim not in _COVERING:
        return None  # "均在法定期限内答复": no count is claimed to be zero
    rx = re.compile(r"t4\.[a-z_]+\.total" if claim != "all_closed" else r"t[34]\.[a-z_]+\.total")
    for first, last in ((sent_first, len(mentions)), (prev_start, sent_first)):
        covered = [m.metric for m in mentions[first:last]
                   if m.kind in ("count", "nil") and m.metric and rx.fullmatch(m.metric)]
        if covered:
            return "+".join(dict.fromkeys(covered))
    return None
