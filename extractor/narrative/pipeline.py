"""The spaCy pipeline for narrative counts, built once per process.

`spacy.blank("zh")` with the jieba segmenter, its dictionary extended with the domain
terms of data/userdict.txt. jieba glues counts into
words ("三件", "300多人次" → "300" "多人次", "1.2" "万条"); the tokenizer re-cuts them
so numeral, multiplier, approximation word and unit are tokens of their own, and keeps
Arabic numerals ("1,136", "12.3") whole. The spaCy `Matcher` patterns of
data/counts.jsonl then mark COUNT / PERCENT / CHANGE spans over each token's part in a
count, set by the tokenizer as its TAG (`role`: NUM, MULT, UNIT, CHANGE_UNIT).
`read` tokenizes a report's sentences into one Doc and matches the patterns in the runs of
its tokens a count can lie in (`count_runs`).
"""

from __future__ import annotations

import gc
import logging
import re
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import NamedTuple

import jieba
import spacy
import srsly
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import get_words_and_spaces

from ..ingest.blocks import HEADING_NUMBER, heading_words_apart
from ..ingest.textnorm import PINYIN_GLOSS
from ..memo import short_text_cache
from .numbers import ARABIC, CN_DECIMAL, lexicon, numeral_value, split_word

DATA = Path(__file__).parent / "data"

# Sentence ends: Chinese and (after NFKC) ASCII punctuation.
_SENT_END = re.compile(r"[。；;！!？?]+")
# A line that starts like a heading: 一、 （一） (一) 1. 1、
HEADING_START = re.compile(rf"\s*{HEADING_NUMBER}")
_SHORT_LINE = 20


# Punctuation jieba always cuts on, one token each (outside its word characters, not a
# blank): the text is cut piece by piece between these and the Arabic numerals, and each
# piece ("其中予以公开") once (it recurs from sentence to sentence and report to report).
_MARKS = "，。；：、！？（）《》“”‘’【】,;:!?()"
# (A Chinese numeral with decimals is one piece too: jieba cuts "二十六点二" anywhere, "百分之二十" "六点二".)
_PIECE_END = re.compile(f"{ARABIC.pattern}|{CN_DECIMAL.pattern}|[{_MARKS}]")
_BLANK = re.compile(r"\s")


class CountTokenizer:
    """jieba segmentation, re-cut so that every part of a count is its own token."""

    def __init__(self, vocab, seg):
        self.vocab = vocab
        self.seg = seg
        self._cut = short_text_cache(self._cut)
        self.words = short_text_cache(self.words)  # a sentence may recur too

    def __call__(self, text: str) -> Doc:
        words, spaces = self.words(text)
        return Doc(self.vocab, words=words, spaces=spaces, tags=[role(w) for w in words])

    def words(self, text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        """The tokens of `text` and whether a space follows each (as spaCy's Doc takes them)."""
        words: list[str] = []
        pos = 0
        for m in _PIECE_END.finditer(text):
            words.extend(self._cut(text[pos : m.start()]))
            words.append(m.group())
            pos = m.end()
        words.extend(self._cut(text[pos:]))
        words = _join_units(_split_units(_merge_numerals(_split_glued_numerals(_split_big([w for w in words if w])))))
        if not _BLANK.search(text):
            return tuple(words), (False,) * len(words)  # what get_words_and_spaces makes of a text without blanks
        words, spaces = get_words_and_spaces(words, text)
        return tuple(words), tuple(spaces)

    def _cut(self, chunk: str) -> tuple[str, ...]:
        out: list[str] = []
        for w in self.seg.cut(chunk, HMM=True):
            out.extend(split_word(w) if not w.isspace() else [w])
        return tuple(out)


def _split_big(words: list[str]) -> list[str]:
    """Cut a Chinese numeral off the 大 jieba glued it to when 大 opens a unit with the next word ("四大" "方面" → "四"
    "大方面"; "四大" "类共" → "四" "大类" "共", r129): the count of the parts said big, as readers list it."""
    lex = lexicon()
    out: list[str] = []
    i = 0
    while i < len(words):
        w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
        if len(w) > 1 and w.endswith("大") and all(ch in lex.cn_chars for ch in w[:-1]) and nxt:
            n = next((n for n in (3, 2, 1) if len(nxt) >= n and "大" + nxt[:n] in lex.units), 0)
            if n and numeral_value(w[:-1]) is not None:
                out += [w[:-1], "大" + nxt[:n]] + ([nxt[n:]] if nxt[n:] else [])
                i += 2
                continue
        out.append(w)
        i += 1
    return out


def _split_glued_numerals(words: list[str]) -> list[str]:
    """Cut a Chinese numeral off the word jieba glued it to when a numeral piece or a
    unit follows ("有十" "一" "件" → "有" "十" "一" "件"): the count is 十一件, not 一件."""
    lex = lexicon()
    out: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        k = len(w)
        while k > 0 and w[k - 1] in lex.cn_chars:
            k -= 1
        if 0 < k < len(w) and not CN_DECIMAL.fullmatch(w) and (
            (not ARABIC.fullmatch(nxt) and numeral_value(nxt) is not None) or nxt in lex.units
        ):
            # the longest numeral suffix
            for j in range(k, len(w)):
                if w[:j].endswith(lex.vague):
                    out.append(w)
                    break
                if numeral_value(w[j:]) is not None:
                    out.extend([w[:j], w[j:]])
                    break
            else:
                out.append(w)
        else:
            out.append(w)
    return out


def _merge_numerals(words: list[str]) -> list[str]:
    """Join Chinese numeral pieces jieba cut apart ("两千" "三" "百" → "两千三百"):
    from each piece, the longest run of following pieces that still reads as one numeral."""

    lex = lexicon()

    def cn(w: str) -> bool:
        return numeral_value(w) is not None and not ARABIC.fullmatch(w)

    def piece(w: str) -> bool:
        # A later piece need not read as a numeral alone: "二千" "零一" "十五", "一百" "〇" "五".
        return bool(w) and all(ch in lex.cn_chars for ch in w)

    out: list[str] = []
    i = 0
    while i < len(words):
        j = i + 1
        if cn(words[i]):
            k = i + 1
            while k < len(words) and piece(words[k]):
                k += 1
            for end in range(k, i, -1):
                if numeral_value("".join(words[i:end])) is not None:
                    j = end
                    break
        out.append("".join(words[i:j]))
        i = j
    return out


def _split_units(words: list[str]) -> list[str]:
    """After a numeral (or 余/多 after one), cut a measure word off the word jieba glued
    it to ("11" "类共" → "11" "类" "共"; "一" "件事" → "一" "件" "事"); but keep whole a word that opens
    with a unit and is none, and glue one jieba cut after its unit ("7" "本" "年废止" → "7" "本年废止": the lexicon's
    `uncut`)."""
    lex = lexicon()
    out: list[str] = []
    for w in words:
        if out and out[-1] in lex.change_units and (out[-1] + w).startswith(lex.uncut):
            if numeral_value(next((x for x in reversed(out[:-1]) if not x.isspace()), "")) is not None:
                out[-1] += w
                continue
        prev = out[-1] if out else ""
        after_num = numeral_value(prev) is not None or (
            prev in lex.approx_between and len(out) > 1 and numeral_value(out[-2]) is not None
        )
        if after_num and w not in lex.change_units and not w.isspace() and not w.startswith(lex.uncut):
            mult = None if w in lex.multipliers else next((m for m in _multipliers_first() if w.startswith(m)), None)
            if mult is not None:
                # a multiplier jieba glued to the word after it ("1.2" "万点" "赞", s57's negative grid: 12000, not 1.2)
                out.append(mult)
                w = w[len(mult):]
            for n in (3, 2, 1):
                if len(w) > n and w[:n] in lex.change_units and w[:n] not in lex.digits_only:  # (not 分 of "87分别为")
                    out.extend([w[:n], w[n:]])
                    break
            else:
                out.append(w)
        else:
            out.append(w)
    return out


@lru_cache(maxsize=1)
def _multipliers_first() -> tuple[str, ...]:
    """The lexicon's multipliers, longest first (千万 before 千)."""
    return tuple(sorted(lexicon().multipliers, key=len, reverse=True))


def _join_units(words: list[str]) -> list[str]:
    """Join a unit jieba cut in two ("近千人" "次" → … "人" "次" → "人次"), three ("条" "/" "次"
    → "条/次") or four ("条" "(" "次" ")" → "条(次)")."""
    lex = lexicon()
    out: list[str] = []
    for w in words:
        if out and out[-1] in lex.units and out[-1] + w in lex.units:
            out[-1] += w
        elif len(out) > 1 and out[-1] == "/" and out[-2] in lex.units and out[-2] + "/" + w in lex.units:
            out[-2:] = [out[-2] + "/" + w]
        elif (w == ")" and len(out) > 2 and out[-2] == "(" and out[-3] in lex.units
              and out[-3] + "(" + out[-1] + ")" in lex.units):
            out[-3:] = [out[-3] + "(" + out[-1] + ")"]
        else:
            out.append(w)
    return out


def role(word: str) -> str:
    """A token's part in a count, as its TAG (what data/counts.jsonl matches on): NUM a
    numeral ("58", "两千三百"), MULT a multiplier (万, 亿), UNIT a measure word (件, 人次),
    CHANGE_UNIT a unit only a change takes (%, 倍), X anything else. The lexicon keeps the four
    apart; tags are compared in spaCy's C code, where extension attributes cost the matcher an
    object per token and attribute."""
    lex = lexicon()
    if numeral_value(word) is not None:
        return "NUM"
    if word in lex.multipliers:
        return "MULT"
    if word in lex.units:
        return "UNIT"
    if word in lex.change_units:
        return "CHANGE_UNIT"
    return "X"


@lru_cache(maxsize=1)
def nlp() -> spacy.Language:
    """The pipeline (cached: jieba's dictionary takes about a second to load)."""
    jieba.setLogLevel(logging.WARNING)
    pipe = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    # The segmenter spaCy initialised (jieba's process-wide one: a second private
    # dictionary would cost another ~0.7 s); the user dictionary only adds domain words.
    seg = pipe.tokenizer.jieba_seg
    seg.load_userdict(str(DATA / "userdict.txt"))
    pipe.tokenizer = CountTokenizer(pipe.vocab, seg)
    # What is loaded now (jieba's dictionary, spaCy's vocabulary) lives as
    # long as the process: out of the cyclic collector's sight, its full collections no
    # longer walk it again and again while reports are read (about a tenth of a report's time).
    gc.freeze()
    return pipe


class Read(NamedTuple):
    """A sentence as the pipeline read it: its tokens and the count spans among them."""

    tokens: Span
    counts: list[Span]


# Between two sentences in one Doc: a token no count pattern takes, so that no count runs
# from one sentence into the next.
_JOIN = "。"


def read(texts: list[str]) -> list[Read]:
    """Each text (a sentence) read by the pipeline. The texts are tokenized one by one and
    read as one Doc: spaCy's work per Doc outweighs a short sentence's."""
    if not texts:
        return []
    pipe = nlp()
    words: list[str] = []
    spaces: list[bool] = []
    bounds: list[tuple[int, int]] = []
    for text in texts:
        if words:
            words.append(_JOIN)
            spaces.append(False)
        w, s = pipe.tokenizer.words(text)
        bounds.append((len(words), len(words) + len(w)))
        words += w
        spaces += s
    tags = [role(w) for w in words]
    doc = Doc(pipe.vocab, words=words, spaces=spaces, tags=tags)
    # In text order, as spaCy orders spans.
    spans = sorted(Span(doc, start + a, start + b, label=label, span_id=pattern_id)
                   for start, run in count_runs(words, tags) for label, pattern_id, a, b in _counts_in(run))
    out = []
    k = 0
    for start, end in bounds:
        first = k
        while k < len(spans) and spans[k].start < end:
            k += 1
        out.append(Read(doc[start:end], spans[first:k]))
    return out


@lru_cache(maxsize=1)
def count_patterns() -> list[dict]:
    """The Matcher's patterns (data/counts.jsonl). A pattern names the lexicon's approximation
    words ("IN": "@approx.before") and a change's words ("REGEX": "@changes.verb") rather than copying them, so they are
    written once (data/lexicon.toml): a copy had drifted, and a word missing from it was no approximation."""
    named = {"IN": {"@approx.before": sorted(lexicon().approx_before), "@approx.after": sorted(lexicon().approx_after)},
             "REGEX": {f"@changes.{k}": v for k, v in lexicon().changes.items()}}
    patterns = list(srsly.read_jsonl(DATA / "counts.jsonl"))
    for p in patterns:
        for spec in p["pattern"]:
            for want in spec.values():
                for key, known in named.items():
                    # (a list is always named; a regex is named when it opens with @)
                    if isinstance(want, dict) and isinstance(want.get(key), str) and (key == "IN" or want[key][:1] == "@"):
                        if want[key] not in known:
                            raise ValueError(f"count pattern {p['id']}: no {key} {want[key]} (one of {sorted(known)})")
                        want[key] = known[want[key]]
    return patterns


class _Looked(NamedTuple):
    """What the count patterns look at in a token: the words they name (TEXT, TEXT IN), the
    words their TEXT REGEXes fit (one pattern), the tags they name (TAG, TAG IN); and blanks
    (IS_SPACE)."""

    words: frozenset[str]
    regex: re.Pattern
    tags: frozenset[str]


@lru_cache(maxsize=1)
def _looked_at() -> _Looked:
    """Read off data/counts.jsonl. Anything else a pattern asked of a token would be missed by
    `count_runs` (and a token seen as its tag could fit it), so it is refused."""
    words: set[str] = set()
    regexes: list[str] = []
    tags: set[str] = set()
    for p in count_patterns():
        for spec in p["pattern"]:
            for attr, want in spec.items():
                if attr == "OP" or (attr, want) == ("IS_SPACE", True):
                    continue
                if attr == "TEXT" and isinstance(want, dict) and list(want) == ["REGEX"]:
                    regexes.append(want["REGEX"])
                elif attr in ("TEXT", "TAG") and (isinstance(want, str) or (isinstance(want, dict) and list(want) == ["IN"])):
                    (words if attr == "TEXT" else tags).update([want] if isinstance(want, str) else want["IN"])
                else:
                    raise ValueError(f"count pattern {p['id']}: {attr} {want} is not looked at by count_runs")
        if not any("TAG" in spec and spec.get("OP") in (None, "+") for spec in p["pattern"]):
            raise ValueError(f"count pattern {p['id']}: a count needs a token of a tag (count_runs)")
    looked = _Looked(frozenset(words), re.compile("|".join(f"(?:{r})" for r in regexes)), frozenset(tags))
    if any(_looks_at_word(tag, looked) for tag in tags):
        raise ValueError("a tag of the count patterns fits their words: it cannot stand for a word")
    return looked


def _looks_at_word(word: str, looked: _Looked) -> bool:
    return word in looked.words or looked.regex.search(word) is not None or word.isspace()


@lru_cache(maxsize=65536)  # a report's words repeat from sentence to sentence and report to report
def _as_seen(word: str, tag: str) -> str | None:
    """A token as the count patterns see it: its word when they may look at that (a word they
    name or fit, a blank), else its tag when they name that; None when no pattern takes it."""
    looked = _looked_at()
    if _looks_at_word(word, looked):
        return word
    return tag if tag in looked.tags else None


def count_runs(words: list[str], tags: list[str]) -> list[tuple[int, tuple[tuple[str, str], ...]]]:
    """The runs of tokens a count can lie in: where each starts, and its tokens as the patterns
    see them ((word or tag, tag): `_as_seen`). A run is tokens some pattern takes, one after
    another, among them one of a tag the patterns name (each pattern needs one: a numeral, a
    multiplier); a count's tokens are all taken by its pattern, so none reaches past its run.
    Runs recur ("58件" and "近3万人次" are seen as NUM UNIT and 近 NUM MULT UNIT): `_counts_in`
    keeps what was found in each. Matching a report's tokens one by one cost spaCy's Matcher
    about a tenth of the report's time (Python predicates for every token and pattern)."""
    pattern_tags = _looked_at().tags
    seen = [_as_seen(word, tag) for word, tag in zip(words, tags)]
    runs = []
    for taken, run in groupby(range(len(words)), key=lambda i: seen[i] is not None):
        run = list(run)
        if taken and any(tags[i] in pattern_tags for i in run):
            runs.append((run[0], tuple((seen[i], tags[i]) for i in run)))
    return runs


@lru_cache(maxsize=4096)
def _counts_in(run: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, int, int], ...]:
    """The count patterns' matches in a run of `count_runs` (label, pattern id, start, end),
    found in a Doc of the run as the patterns see it: a tag stands in for a word they do not
    look at (`_looked_at` makes sure no tag is a word they do)."""
    matcher, label_of = _matcher()
    doc = Doc(nlp().vocab, words=[w for w, _ in run], spaces=[False] * len(run), tags=[t for _, t in run])
    return tuple((*label_of[key], start, end) for key, start, end in matcher(doc))


@lru_cache(maxsize=1)
def _matcher() -> tuple[Matcher, dict[int, tuple[str, str]]]:
    """The patterns of data/counts.jsonl, each under its id, and the (label, id) of each key."""
    vocab = nlp().vocab
    matcher = Matcher(vocab)
    label_of = {}
    for p in count_patterns():
        matcher.add(p["id"], [p["pattern"]])
        label_of[vocab.strings[p["id"]]] = (p["label"], p["id"])
    return matcher, label_of


# A line that goes on: the next one starts with a figure, a unit or a clause's punctuation
# ("…申请" / "58" / "件，上年结转" / "3" / "件。": a sentence a crawler cut at every tag).
# (The units a cut figure's next line opens with; `_ROW_NUMBERED` shares them.)
_CUT_UNITS = "件|条|人次|个|项|份|篇|场|期|次|万|亿|元|余|多"
# (with the units of cases and people a figure on a line of its own may take)
_FIGURE_UNITS = rf"(?:{_CUT_UNITS}|人|宗|起|例)"
_GOES_ON = re.compile(rf"\s*(?:[0-9%，,、。；;：:）)”’」』》]|(?:{_CUT_UNITS})(?![、.．])"
                      r"|[〇零一二两三四五六七八九十百千]+(?:余|多)?(?:件|条|人次|个|项|份|篇|场|期|次)|和(?!谐)|及(?!时)|以及|与|或)")
# A short line cut inside a clause: it holds a comma ("…的4件中，属于“三安全一" / "稳定”的1件").
_INSIDE_CLAUSE = re.compile(r"[，,、]")
_ENDS_CLAUSE = re.compile(r"[。；;！!？?：:]\s*$")
# A heading line that goes on as a sentence: a comma in it, or words after its colon (not 、: "行政复议、行政诉讼情况");
# what goes on is no new sentence opening with its year.
_SENTENCE_IN_HEADING = re.compile(r"[，,]|[：:]\s*\S{4,}")
_OPENS_WITH_YEAR = re.compile(r"\s*\d{4}\s*年")
# A figure with its unit on the lines after a heading's: no heading is followed by a count, so it is a
# numbered item's sentence a crawler cut before its figure, one DOM node a line ("1.杏滨街道共受理信息公开申请" / "3" / "件").
_FIGURE_CUT_OFF = re.compile(rf"[ \t\r\n]*\d+(?:\.\d+)?[ \t\r\n]*{_FIGURE_UNITS}")
# A line that only answers the one before it: "无。", "零".
_BARE_ANSWER = re.compile(r"[ \t\r]*(?:无|零|没有)[ \t]*[。.;；]?[ \t\r]*(?:\n|$)")
# A short line ending in a verb that wants its object ("本年度共办结" / "政府信息公开申请" / "121"),
# or in the words before 申请 ("全年未接收到受理政府信息公开" / "申请", real39): the sentence goes on.
# So does one ending in a negation or in the organ that is the subject ("2024年我局" / "未" / "收到…",
# "历年累计" / "收到依申请公开数为" / "0", r94), in a word that joins two items or in an opening quote ("…行政复议案" / "和" /
# "行政诉讼案。", "没有" / "“" / "不予公开" / "”" / "的政府信息。", real156: a crawler's node a line), or the next opens with a
# closing quote.
_OPEN_END = re.compile(r"(?:收到|接到|接收到?|受理|办结|答复|发生|出现|共计|合计|总计|累计|共|(?:政府)?信息公开|依申请公开|未|无|没有"
                       r"|和|及|与|或|或者|[“‘「『《]"
                       r"|我(?:局|委|办|厅|院|镇|乡|街道|区|县|市|单位|中心|部门))$")


def _ends_sentence(text: str, i: int, chained: bool = True) -> bool:
    """Whether the line break at `i` ends a sentence: after a heading or before one, and
    after a short line (a title) unless the words go on across the break; `chained`: also unless the line itself
    opened inside a sentence (the break before it went on)."""
    line_start = text.rfind("\n", 0, i) + 1
    line = text[line_start:i].strip()
    if line and line[-1].isdigit() and _year_cut(text, line_start, i):
        return False  # "2.依申请公开:202" / "5年…": a year a crawler cut (real156's pages, "201" / "8年"), not a figure
    if _ROW_NUMBERED.match(text, i + 1):
        return True  # "1 发改局 97" / "2 本局 95.5": a table's rows, each its own (not 972)
    if line and _BARE_ANSWER.match(text, i + 1):
        return False  # "（二）信息公开处理费收取情况：" / "无。": the heading's answer
    if HEADING_START.match(text, i + 1):
        return True
    last = _last_sentence(line)
    heading = HEADING_START.match(last)
    if heading or last == line and _after_its_numbering(text, line_start, line):
        # (a heading's words on a line of their own after its numbering's, "（三）" / "政府信息公开行政复议、行政诉讼情况":
        # the 、 of its items is no clause going on, s69's generated crawled pages)
        # unless the heading's own sentence was cut before its figure ("（二）依申请公开：收到政府信息公开申请" / "16" / "件")
        # — or, a figure with its unit following, a numbered item's ("2.全年共受理依申请公开" / "1" / "件")
        # — or its sentence runs on in a line as long as a wrapped one, or a word runs across the break ("(二)依申请公开情况
        # 2022年,未收到…,没有因" / "政府信息公开申请…被申请行政复议…的情况。", s66's probe of lines wrapped every 30 characters)
        words = last[heading.end():] if heading else line
        return _ENDS_CLAUSE.search(line) is not None or not (
            _FIGURE_CUT_OFF.match(text, i + 1)
            or _word_across(text, i)
            or _SENTENCE_IN_HEADING.search(words) and (_continued(text, i) or len(line) >= _SHORT_LINE)
            and not _OPENS_WITH_YEAR.match(text, i + 1))
    if len(line) >= _SHORT_LINE:
        return False
    if last != line and not _ENDS_CLAUSE.search(line):
        # A title is a line of its own: words after a full stop inside the line open a sentence, which goes on
        # across the break ("…的决定。本年度没有发生有关政府信息公开事务" / "的行政复议…", s69's probe of lines cut every 17).
        return False
    if not line or _ENDS_CLAUSE.search(line):
        return bool(line) or not _continued(text, i)
    if line[-1] in _CLOSING_QUOTES and _AFTER_A_QUOTED_TERM.match(text, i + 1):
        return False  # "“" / "同意公开" / "”" / "的为133件": the quoted term goes on with what is said of it
    return not (line[-1].isdigit() or _INSIDE_CLAUSE.search(line) or _OPEN_END.search(line) or _continued(text, i)
                or _word_across(text, i) or chained and _opened_inside_a_sentence(text, line_start))


def _line_before(text: str, line_start: int) -> str:
    """The line before the one at `line_start`, stripped ("" for the first line or a blank one)."""
    if line_start == 0:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()


def _after_its_numbering(text: str, line_start: int, line: str) -> bool:
    """Whether `line` (at `line_start`) holds a heading's words, on the line after its numbering's alone."""
    return heading_words_apart(_line_before(text, line_start), line)


def _opened_inside_a_sentence(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` goes on with a sentence from the line before it: a title is a line of its own, so a
    line that opened inside a sentence ends none without its stop ("…向社会" / "公开,欢迎…", "的业务信息" / "…", s69's probe of
    lines cut every 17). The break before is judged on its own (one line back, not the whole run)."""
    previous = _line_before(text, line_start)
    return bool(previous) and not _ENDS_CLAUSE.search(previous) and not _ends_sentence(text, line_start - 1, chained=False)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _word_across(text: str, i: int) -> bool:
    """Whether a word of the dictionary runs across the line break at `i`: a crawler's node or a PDF's line cut it, no
    title ends there ("2020年我局新收到政府信息" / "公开申请4件", s66's probe of a node cut inside 政府信息公开申请)."""
    tail = text[text.rfind("\n", 0, i) + 1 : i].rstrip()[-4:]
    head = _next_line(text, i)[:4]
    return bool(tail and head and _HAN.match(tail[-1]) and _HAN.match(head[0])) and _spans_a_word(tail + head, len(tail))


@lru_cache(maxsize=4096)
def _spans_a_word(words: str, cut: int) -> bool:
    """Whether jieba's dictionary (no guessed words) cuts `words` with a word across `cut`."""
    at = 0
    for word in nlp().tokenizer.seg.cut(words, HMM=False):
        if at < cut < at + len(word):
            return True
        at += len(word)
    return False


_DIGITS_AT_END = re.compile(r"(?<!\d)\d{1,3}[ \t\r]*$")
_DIGITS_THEN_YEAR = re.compile(r"[ \t\r\n]*(\d{1,3})[ \t]*年")


def _year_cut(text: str, line_start: int, i: int) -> bool:
    """Whether the line break at `i` cuts a year's four digits, "20" / "19年", "202" / "5年"."""
    end = _DIGITS_AT_END.search(text, line_start, i)
    nxt = _DIGITS_THEN_YEAR.match(text, i + 1)
    if end is None or nxt is None:
        return False
    year = end.group().strip() + nxt.group(1)
    return len(year) == 4 and year[:2] in ("19", "20")


_CLOSING_QUOTES = "”’」』》"
_AFTER_A_QUOTED_TERM = re.compile(r"[ \t\r\n]*(?:的|为|是|等|和|及|与|或|、)")


def _last_sentence(line: str) -> str:
    """The words of a line after its last full stop, when there are any: a heading that ends in
    one and goes on with the first sentence ("（二）依申请公开情况。2022年总共收到依" / "申请…1件",
    real46) is no heading at its end."""
    last = None
    for last in _SENT_END.finditer(line):
        pass
    return line[last.end():] if last is not None and last.end() < len(line) else line


def _next_line(text: str, i: int) -> str:
    """The next line after the line break at `i` that is not blank, stripped ("申请" / "" / "17": "17")."""
    j = i + 1
    while j < len(text) and text[j] in " \t\r\n":
        j += 1
    end = text.find("\n", j)
    return text[j : end if end >= 0 else len(text)].strip()


def _continued(text: str, i: int) -> bool:
    """Whether the words after the line break at `i` go on with the line before it; a
    blank line is looked past ("申请" / "" / "17" / "" / "件")."""
    nxt = _next_line(text, i)
    if _ROW_NUMBERED.match(nxt):
        return False  # "序号 项目 数量" / "1 主动公开信息 412条": a table's next row, its number first
    return bool(nxt) and (bool(_GOES_ON.match(nxt)) or numeral_value(nxt) is not None)


# A line that opens with a row's (or a footnote's) number, a blank, then words that are no unit ("1 主动公开信息 412条",
# "1\t发改委\t156", s56's negative grid) — not a figure cut from the line before ("申请" / "58 件，上年结转").
_ROW_NUMBERED = re.compile(rf"\d{{1,3}}[ \t\u3000]+(?!{_FIGURE_UNITS}|年|月|日)[\u4e00-\u9fff]")


# What `rejoin` takes out: a line break with the blanks that pad it (where it does not end a
# sentence), the pinyin a mirror site glosses a character with ("行政規(guī)范性文件",
# "全區(qū)結(jié)轉(zhuǎn)", real52), which ingest drops already (textnorm) but a text given directly may hold,
# and blanks inside a word, a line wrap a PDF's converter printed as a space ("本年未发 生因政府信息公开工作被申请
# 行政复议", "继续完 善", r106).
_BREAK = r"(?P<line>[ \t\r]*\n[ \t\r]*)"
_BLANK_IN_WORD = (r"(?<=[\u4e00-\u9fff，,。;；:：、])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff\d])"
                  r"|(?<=\d)[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])")
_TAKEN_OUT = re.compile(f"{_BREAK}|{PINYIN_GLOSS.pattern}|{_BLANK_IN_WORD}")
_GROUP_BLANK = re.compile(r"[ \u00a0\u2009\u202f]")


@lru_cache(maxsize=1)
def _grouped() -> re.Pattern:
    """A figure grouped in thousands by blanks, as a Word or PDF export prints "3,682" ("处理决定数量 3 682 件"): one
    figure where a unit of the lexicon (or a multiplier) follows — not the cells of a table row run together, "12 345
    678", which no unit closes."""
    lex = lexicon()
    # (or an approximation between figure and unit: "参会人员1 200余人", s56's negative grid)
    starts = "".join(sorted({w[0] for w in lex.units | set(lex.multipliers) | lex.approx_between if not w.isascii()}))
    return re.compile(rf"(?<![\d.,，])\d{{1,3}}(?:{_GROUP_BLANK.pattern}\d{{3}})+(?![\d.])(?=[ \u00a0]?[{re.escape(starts)}])")


def rejoin(text: str) -> tuple[str, list[int]]:
    """The text with every line break inside a sentence taken out, with the blanks that
    pad it (a PDF's line wraps, a crawler's one node per line), every blank between two Han
    characters (a wrap printed as a space), every blank grouping a figure's thousands and
    every pinyin gloss, and where each character of it stands in `text`: counts are read in
    the joined words, their offsets still point into the original."""
    pieces: list[str] = []
    where: list[int] = []
    pos = 0
    out = [m.span() for m in _TAKEN_OUT.finditer(text)
           if not (m.group("line") and _ends_sentence(text, text.index("\n", m.start())))]  # (kept, with its blanks)
    grouped = [b.span() for g in _grouped().finditer(text) for b in _GROUP_BLANK.finditer(text, *g.span())]
    for a, b in sorted(out + grouped):
        if a < pos:
            continue
        pieces.append(text[pos:a])
        where.extend(range(pos, a))
        pos = b
    pieces.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(pieces), where


def sentences(text: str, rejoined: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence. Splits after 。；！？ and at line breaks that end a
    heading or start one; other line breaks are PDF line wraps inside a sentence. In a
    `rejoined` text (see `rejoin`) every line break left ends a sentence."""
    cuts = {m.end() for m in _SENT_END.finditer(text)}
    for m in re.finditer(r"\n", text):
        i = m.start()
        if rejoined or _ends_sentence(text, i):
            cuts.add(i + 1)
    bounds = sorted(cuts | {0, len(text)})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if seg.strip():
            out.extend(_pieces(text, a + lead, b - trail))
    return out


# Longer than this is no sentence (a table dumped as running text, or a hostile file); spaCy
# refuses a text over 1,000,000 characters. Such a run is read in pieces of at most this
# many characters, cut after a comma or space, never inside a number.
MAX_SENTENCE = 100_000
_NUMBER_CHAR = re.compile(r"[\d.,，〇零一二三四五六七八九十百千万亿两余多几]")


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    while b - a > MAX_SENTENCE:
        end = a + MAX_SENTENCE
        cut = max(text.rfind("，", a, end), text.rfind(",", a, end), text.rfind(" ", a, end)) + 1
        if cut <= a:
            cut = end
            while cut > a + 1 and (_NUMBER_CHAR.match(text, cut - 1) or _NUMBER_CHAR.match(text, cut)):
                cut -= 1
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out
