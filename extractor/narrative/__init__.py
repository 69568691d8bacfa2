"""Narrative counts (issue 3): every count a report states, with its meaning.

`extract_mentions(doc)` splits `Document.text` into sentences (pipeline.sentences), runs
the cached spaCy pipeline (pipeline.nlp: jieba inside `spacy.blank("zh")`, count
patterns from data/counts.jsonl) and turns each COUNT / PERCENT / CHANGE span into a
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
  that expression was upheld / is closed.
"""

from __future__ import annotations

import re

from spacy.util import filter_spans

from models import Document, Mention

from ..sections import find_sections, section_at
from . import metrics
from .numbers import lexicon, numeral_value
from .pipeline import SPANS_KEY, nlp, sentences

_PART_WORDS = re.compile(r"其中|含|包括|包含|涉及|分别为")
_SHARE_WORDS = re.compile(r"占")
_DECREASE = re.compile(r"下降|减少|降低|回落|下滑|减|少")
# "优秀集体9个、个人32名": no cue of its own, listed with the count before it.
_SIBLING_GAP = re.compile(r"^\s*[、和及与]\s*[^,，;；。、]{0,6}$")
_CLAUSE_BREAK = re.compile(r"[,，;；:：。]")


def extract_mentions(doc: Document) -> list[Mention]:
    text = doc.text
    if not text.strip():
        return []
    sections = find_sections(text)
    sents = sentences(text)
    mentions: list[Mention] = []
    pipe = nlp()
    prev_sentence_start = 0  # index in `mentions` of the previous sentence's first mention
    for s_idx, ((s_start, s_end), sdoc) in enumerate(zip(sents, pipe.pipe(text[a:b] for a, b in sents))):
        items = _items(text[s_start:s_end], sdoc)
        first = len(mentions)
        _link_sentence(text, s_start, s_idx, items, mentions, prev_sentence_start)
        if len(mentions) > first:
            prev_sentence_start = first
    for m in mentions:
        m.section = section_at(sections, m.start)
        block = doc.block_at(m.start)
        m.page = block.source.page if block is not None else None
    return mentions


def _items(sentence: str, sdoc) -> list[dict]:
    """Counts, nil statements and claims of one sentence, in text order (offsets
    relative to the sentence)."""
    lex = lexicon()
    items: list[dict] = []
    spans = filter_spans(list(sdoc.spans[SPANS_KEY]))
    blocked = [(m.start(), m.end()) for m in lex.block_phrases.finditer(sentence)]
    for span in spans:
        before = sdoc[span.start - 1].text if span.start > 0 else ""
        after = sdoc[span.end].text if span.end < len(sdoc) else ""
        if before in lex.block_before or sentence[: span.start_char].endswith("第"):
            continue
        if after and any(after.startswith(b) for b in lex.block_after):
            continue
        if any(a < span.end_char and span.start_char < b for a, b in blocked):
            continue
        item = _reading(span)
        if item is not None:
            items.append(item)
    for start, end, cue in metrics.nil_statements(sentence):
        items.append({"kind": "nil", "start": start, "end": end, "value": 0, "unit": cue.unit,
                      "metric": cue.metric, "topic": cue.topic})
    for start, end, c in metrics.claims(sentence):
        items.append({"kind": "claim", "start": start, "end": end, "claim": c.claim})
    items.sort(key=lambda i: (i["start"], i["end"]))
    return items


def _reading(span) -> dict | None:
    """Value, unit and approximation of a COUNT / PERCENT / CHANGE span."""
    lex = lexicon()
    value = None
    mult = 1
    unit = None
    approx_word = None
    decrease = False
    for tok in span:
        t = tok.text
        if value is None and tok._.numeral:
            value = numeral_value(t)
        elif value is None and span.label_ == "CHANGE" and _DECREASE.search(t):
            decrease = True
        elif value is None and t in lex.approx_before:
            approx_word = t
        elif value is not None and t in lex.multipliers and unit is None:
            mult = lex.multipliers[t]
        elif value is not None and t in lex.approx_between and unit is None:
            approx_word = approx_word or t
        elif value is not None and (tok._.unit or t == lex.percent) and unit is None:
            unit = t
        elif unit is not None and t in lex.approx_after:
            approx_word = approx_word or t
    if value is None:
        return None
    value = value * mult
    if isinstance(value, float) and value.is_integer() and mult > 1:
        value = int(value)
    if decrease:
        value = -value
    kind = {"COUNT": "count", "PERCENT": "percent", "CHANGE": "change"}[span.label_]
    if span.label_ == "PERCENT":
        unit = "%"
    return {"kind": kind, "start": span.start_char, "end": span.end_char, "value": value, "unit": unit,
            "approx": approx_word is not None, "approx_word": approx_word}


def _link_sentence(text: str, s_start: int, s_idx: int, items: list[dict], mentions: list[Mention],
                   prev_start: int) -> None:
    sentence = text[s_start:]
    sent_first = len(mentions)
    last_end = 0  # end of the previous count in the sentence (relative)
    parent: int | None = None  # the count that 其中/含/涉及 opened
    for item in items:
        a, b = item["start"], item["end"]
        kind = item["kind"]
        m = Mention(text=text[s_start + a : s_start + b], value=item.get("value"), unit=item.get("unit"),
                    approx=item.get("approx", False), approx_word=item.get("approx_word"), kind=kind,
                    start=s_start + a, end=s_start + b, sentence=s_idx)
        m.scope = metrics.scope_before(sentence[:a])
        idx = len(mentions)
        if kind == "nil":
            m.metric, m.topic = item["metric"], item["topic"]
        elif kind == "claim":
            m.claim = item["claim"]
            m.metric = _claim_cover(mentions, sent_first, prev_start, item["claim"])
        else:
            window = sentence[last_end:a]
            if _PART_WORDS.search(window) and kind == "count":
                prev = _last_count(mentions, sent_first)
                parent = prev
            link, cue_start = _choose_link(sentence, last_end, a, b, kind)
            if link is not None:
                _apply(link, m, mentions, sent_first, prev_start, parent, idx)
            elif kind == "count" and _SIBLING_GAP.search(window):
                # "优秀集体9个、个人32名": a sibling shares the topic of the count before it.
                prev = _last_count(mentions, sent_first)
                if prev is not None:
                    m.topic = mentions[prev].topic
            if kind == "percent" and _SHARE_WORDS.search(window):
                m.share_of = _last_count(mentions, sent_first)
                if m.share_of is not None and m.topic is None:
                    m.topic = mentions[m.share_of].topic
            if kind == "count" and parent is not None and m.part_of is None and parent != idx:
                if mentions[parent].unit == m.unit:
                    m.part_of = parent
            if kind == "change":
                m.metric, m.alternatives = None, []  # a change is not a cell value
            if cue_start < a:
                m.start = s_start + cue_start
                m.text = text[m.start : m.end]
            last_end = b
        mentions.append(m)


def _choose_link(sentence: str, last_end: int, a: int, b: int, kind: str) -> tuple[metrics.Link | None, int]:
    """The phrase-table entry for the count at sentence[a:b] and where the mention text
    starts: a cue in the same clause before the count, else one just after the count
    ("4次政务公开检查"), else a cue in an earlier clause of the window."""
    window = sentence[last_end:a]
    left = metrics.best_link(window)
    if left is not None and not _CLAUSE_BREAK.search(window[left[2] :]):
        return left[0], last_end + left[1]
    if kind == "count":
        tail = _CLAUSE_BREAK.split(sentence[b : b + 16], maxsplit=1)[0]
        right = metrics.first_link(tail)
        if right is not None:
            return right[0], a
    if left is not None:
        return left[0], a
    return None, a


def _last_count(mentions: list[Mention], sent_first: int) -> int | None:
    for i in range(len(mentions) - 1, sent_first - 1, -1):
        if mentions[i].kind == "count":
            return i
    return None


def _apply(entry: metrics.Link, m: Mention, mentions: list[Mention], sent_first: int, prev_start: int,
           parent: int | None, idx: int) -> None:
    m.topic = entry.topic
    if entry.role == "applicant":
        p = parent if parent is not None else _find(mentions, prev_start, r"t3\.[a-z_]+\.total")
        p_metric = mentions[p].metric if p is not None else None
        p_alts = mentions[p].alternatives if p is not None else []
        m.metric, m.alternatives = metrics.fill_row(entry.metric, p_metric, p_alts)
    elif entry.role == "t4_outcome":
        p = _find(mentions, prev_start, r"t4\.[a-z_]+\.total")
        group = re.match(r"t4\.([a-z_]+)\.total", mentions[p].metric).group(1) if p is not None else None
        m.metric, m.alternatives = metrics.fill_group(entry.metric, group)
        m.topic = "行政复议" if group == "reconsideration" else "行政诉讼" if group else "行政复议行政诉讼"
    elif entry.role == "sum":
        parts = []
        for i in range(idx - 1, sent_first - 1, -1):
            q = mentions[i]
            if q.kind != "count" or q.part_of is not None or q.unit != m.unit:
                break
            parts.insert(0, i)
        if len(parts) >= 2:
            for i in parts:
                mentions[i].part_of = idx
            if all(mentions[i].metric for i in parts):
                m.metric = "+".join(mentions[i].metric for i in parts)
            m.topic = mentions[parts[0]].topic
    else:
        m.metric = entry.metric
        m.alternatives = list(entry.alternatives)
    if m.kind == "percent":
        m.metric, m.alternatives = None, []  # a share is not a cell value


def _find(mentions: list[Mention], first: int, pattern: str) -> int | None:
    """The nearest earlier mention (back to index `first`) whose metric fits `pattern`."""
    rx = re.compile(pattern)
    for i in range(len(mentions) - 1, first - 1, -1):
        if mentions[i].metric and rx.fullmatch(mentions[i].metric) and mentions[i].kind == "count":
            return i
    return None


def _claim_cover(mentions: list[Mention], sent_first: int, prev_start: int, claim: str) -> str | None:
    """The counts a claim covers: the sentence's preceding counts with a metric (表四
    totals only for claims about outcomes); else the previous sentence's."""
    rx = re.compile(r"t4\.[a-z_]+\.total" if claim != "all_closed" else r"t[34]\.[a-z_]+\.total")
    for first, last in ((sent_first, len(mentions)), (prev_start, sent_first)):
        covered = [m.metric for m in mentions[first:last]
                   if m.kind in ("count", "nil") and m.metric and rx.fullmatch(m.metric)]
        if covered:
            return "+".join(dict.fromkeys(covered))
    return None
