"""Linking narrative counts to table cells or topics (data: data/metrics.toml).

The phrase table is a list of regular-expression cues; each names a canonical metric
(or a sum of ids joined by "+"), the alternatives a reconciler may try, a topic, and a
role for cues whose meaning depends on the count they belong to (an applicant column
takes its 表三 row from the count before it; a 表四 outcome takes its group).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..memo import short_text_cache
from .numbers import lexicon

DATA = Path(__file__).parent / "data"


# What joins one item, or one verb's clause, to another ("收到政府信息公开申请并答复公开申请1件": received, then answered).
_ANOTHER_ITEM = re.compile(r"[和及、与或并且]")


@dataclass(frozen=True)
class Link:
    cue: re.Pattern
    metric: str | None = None
    alternatives: tuple[str, ...] = ()
    topic: str | None = None
    role: str | None = None
    context: re.Pattern | None = None
    # A pattern that, found in the sentence, makes the cue name no cell (its topic only):
    # "已主动公开答复4件，同意公开答复4件" lists two parts of 予以公开, not the cell.
    unless: re.Pattern | None = None
    # The units a count must have for `metric` to apply (行政事业性收费 is an amount in
    # 万元: "收费项目5项" names no cell); empty: any unit.
    units: tuple[str, ...] = ()
    # Units that, though a unit of applications, do not fit this cue ("受理行政许可申请1500项").
    refused_units: tuple[str, ...] = ()
    order: int = 0
    # The cue where it ends the words it is searched in: a cue with words of any kind between its parts finds its
    # first end, and "收到和处理依申请公开申请2件" ends the first 申请 there, not the one before the count.
    at_end: re.Pattern | None = None

    def matches(self, words: str):
        """The cue's matches in `words`, and the one ending at their end (trailing spaces aside) if finditer's do not
        (a cue with no match has none there either) — unless what it reaches past the match found from the same start
        lists another item ("新收申请和上年结转申请合计58件": 新收申请's cue ends before 和, the sum is said after)."""
        if (first := self.cue.search(words)) is None:
            return ()  # (most cues match nothing: one scan, no list)
        found = list(self.cue.finditer(words, first.start()))
        if self.at_end is not None and words[found[-1].end():].strip():
            if (last := self.at_end.search(words, found[0].start())) is not None:  # (no match starts before the first)
                same = next((m.end() for m in found if m.start() == last.start()), last.start())
                if not _ANOTHER_ITEM.search(words, same, last.end()):
                    found.append(last)
        return found

    @property
    def cell(self) -> str | None:
        """The cell the entry names: its metric, else its first reading (an entry whose cell is only
        a reading to some readers: 驳回诉请 of 表四, 处理决定数量 of 表二)."""
        return self.metric or next(iter(self.alternatives), None)


@dataclass(frozen=True)
class NilCue:
    cue: re.Pattern
    metric: str | None
    topic: str | None
    unit: str | None
    alternatives: tuple[str, ...] = ()
    fallback: bool = False  # only where no other cue's words overlap it
    alone: bool = False  # only where no other cue is found in the clause
    context: re.Pattern | None = None  # must occur in the sentence
    listed: bool = False  # one nil per item its words list ("未发生漏办、迟办情况": two)


@dataclass(frozen=True)
class Claim:
    cue: re.Pattern
    claim: str


@dataclass(frozen=True)
class Table:
    links: tuple[Link, ...]
    said_after: tuple[Link, ...]
    nil_trigger: re.Pattern
    nil_zero: re.Pattern
    nil_other_object: re.Pattern
    nil_back_reference: re.Pattern
    nil_cause_only: re.Pattern
    nil_cues: tuple[NilCue, ...]
    nil_person: re.Pattern
    nil_one_person: re.Pattern
    nil_every_applicant: re.Pattern
    nil_channel: re.Pattern
    nil_every_channel: re.Pattern
    claims: tuple[Claim, ...]
    scope: re.Pattern
    narrowing: re.Pattern
    previous: re.Pattern
    cumulative: re.Pattern
    changed_from: re.Pattern
    changed_to: re.Pattern
    other_work: re.Pattern
    disclosure: re.Pattern
    organ: re.Pattern
    form_readings: dict[str, tuple[str, ...]]
    how_only: re.Pattern
    dropped: re.Pattern  # a variant spelling's extra words ([spelling]): the cues are tried without them too
    said: dict[str, str]  # a name a variant spells otherwise, and the name as the cues know it ([spelling.said])
    said_as: re.Pattern  # any of those names


_FRAGMENT = re.compile(r"\{([a-z_]+)\}")
# What a fragment name written wrong leaves in a pattern: a quantifier ({0,14}) is digits only.
_UNNAMED = re.compile(r"\{[A-Za-z_][^{}]*\}")


@lru_cache(maxsize=1)
def table() -> Table:
    raw = tomllib.loads((DATA / "metrics.toml").read_text(encoding="utf-8"))
    fragments = raw.get("fragments", {})
    for name, text in fragments.items():  # a fragment may name those written before it
        fragments[name] = _FRAGMENT.sub(lambda m: fragments[m.group(1)], text)

    def cue(text: str) -> re.Pattern:
        """A pattern with its {fragment} names replaced by theirs ({0,14} is no name): every pattern of the file."""
        pattern = _FRAGMENT.sub(lambda m: fragments[m.group(1)], text)
        if (left := _UNNAMED.search(pattern)) is not None:  # ("{items_of_2019}": a name is letters and _)
            raise ValueError(f"metrics.toml: {left.group()} is no fragment name")
        return re.compile(pattern)

    def entries(section: str, role: str | None = None) -> tuple[Link, ...]:
        return tuple(
            Link(
                cue=cue(e["cue"]),
                metric=e.get("metric"),
                alternatives=tuple(e.get("alternatives", ())),
                topic=e.get("topic"),
                role=e.get("role", role),
                context=cue(e["context"]) if "context" in e else None,
                unless=cue(e["unless"]) if "unless" in e else None,
                units=tuple(e.get("units", ())),
                refused_units=tuple(e.get("refused_units", ())),
                order=i,
                at_end=cue(f"(?:{e['cue']})(?=\\s*\\Z)"),
            )
            for i, e in enumerate(raw[section])
        )

    nil = raw["nil"]
    return Table(
        links=entries("link"),
        said_after=entries("said_after", role="said_after"),
        nil_trigger=cue(nil["trigger"]),
        nil_zero=cue(nil["zero"]),
        nil_other_object=cue(nil["other_object"]),
        nil_back_reference=cue(nil["back_reference"]),
        nil_cause_only=cue(nil["cause_only"]),
        nil_person=cue(nil["person"]),
        nil_one_person=cue(nil["one_person"]),
        nil_every_applicant=cue(nil["every_applicant"]),
        nil_channel=cue(nil["channel"]),
        nil_every_channel=cue(nil["every_channel"]),
        nil_cues=tuple(
            NilCue(cue(c["cue"]), c.get("metric"), c.get("topic"), c.get("unit"),
                   tuple(c.get("alternatives", ())), bool(c.get("fallback", False)), bool(c.get("alone", False)),
                   cue(c["context"]) if "context" in c else None, bool(c.get("listed", False)))
            for c in nil["cue"]
        ),
        claims=tuple(Claim(cue(c["cue"]), c["claim"]) for c in raw["claim"]),
        scope=cue("|".join(f"(?:{c})" for c in raw["scope"]["cues"])),
        narrowing=cue(raw["scope"]["narrowing"]),
        previous=cue(raw["figure"]["previous"]),
        cumulative=cue(raw["figure"]["cumulative"]),
        changed_from=cue(raw["figure"]["changed_from"]),
        changed_to=cue(raw["figure"]["changed_to"]),
        other_work=cue(raw["figure"]["other_work"]),
        disclosure=cue(raw["figure"]["disclosure"]),
        organ=cue(raw["scope"]["organ"]),
        form_readings={column: tuple(others) for column, others in raw["form_readings"].items()},
        how_only=cue(raw["said"]["how_only"]),
        dropped=cue("|".join(f"(?:{d})" for d in raw["spelling"]["dropped"])),
        said=dict(raw["spelling"]["said"]),
        said_as=re.compile("|".join(map(re.escape, sorted(raw["spelling"]["said"], key=len, reverse=True)))),
    )


# Quote marks around a name ("“予以公开”3件"), and how near a window's end one must stand for the cues to be tried without
# them (`best_link`).
QUOTE_MARKS = "“”‘’\"'「」『』"
_QUOTED = re.compile(f"[{re.escape(QUOTE_MARKS)}]")
_QUOTES_NEAR_THE_END = 24


def _as_the_cues_know_it(window: str) -> tuple[str, list[int], set[int]] | None:
    """`window` as the cues know its words, where each of its characters stands in `window`, and where a variant
    spelling's extra words stood (None: nothing to change): its quote marks and those words left out, a name a variant
    spells otherwise written as the cues know it. A name in quotes is the name ("属过程性信息“不予公开”1件", s67's probe);
    "依申请信息公开" is 依申请公开, "政务公开申请" is 政府信息公开申请 (`metrics.toml` [spelling]). The cues are tried on it too,
    by `best_link`."""
    left_out: set[int] = set()
    # (quote marks only where one stands near the end, where the cue that wins ends: the second pass costs a pass of every cue)
    if _QUOTED.search(window, max(0, len(window) - _QUOTES_NEAR_THE_END)):
        left_out.update(i for i, c in enumerate(window) if c in QUOTE_MARKS)
    spelled = {i for m in table().dropped.finditer(window) for i in range(m.start(), m.end())}
    left_out |= spelled
    renamed = {m.start(): (m.end(), table().said[m.group()]) for m in table().said_as.finditer(window)}
    if not left_out and not renamed:
        return None
    words: list[str] = []
    at: list[int] = []
    i = 0
    while i < len(window):
        if i in renamed:  # (the name as the cues know it, each character standing where the variant stands)
            stop, name = renamed[i]
            words.append(name)
            at += [min(i + k, stop - 1) for k in range(len(name))]
            i = stop
            continue
        if i not in left_out:
            words.append(window[i])
            at.append(i)
        i += 1
    return "".join(words), at, spelled


@short_text_cache
def best_link(window: str, only: str | None = None, plain: bool = False) -> tuple[Link, int, int] | None:
    """The cue that ends nearest the end of `window` (then the longest, then the first
    listed), with its start and end in `window`; `only`: a pattern the metric must fit;
    `plain`: skip the entries with a role. Spaces and quote marks a cue takes in at its end bring it no nearer
    ("上年度结转办理答复 1 件": 结转办理答复, not 办理答复 with the space). The cues are also tried on the window as they know
    its words (`_as_the_cues_know_it`); on a tie, the words as printed win."""
    best: tuple[tuple[int, int, bool, int], Link, int, int] | None = None
    known = _as_the_cues_know_it(window)
    tries = [(window, None)] if known is None else [(window, None), known[:2]]
    spelled = set() if known is None else known[2]
    for link in table().links:
        if plain and link.role is not None:
            continue
        if only is not None and not (link.metric and link.role is None and re.fullmatch(only, link.metric)):
            continue
        for words, at in tries:
            for m in link.matches(words):
                if m.end() == m.start():
                    continue
                start, stop = (m.start(), m.end()) if at is None else (at[m.start()], at[m.end() - 1] + 1)
                while at is not None and stop in spelled:  # (a variant's words right after the cue are its own: "申请达")
                    stop += 1
                end = stop
                while end > start and (window[end - 1].isspace() or window[end - 1] in QUOTE_MARKS):
                    end -= 1
                key = (end, end - start, at is None, -link.order)  # (as printed first: "，“其他处理”的" is the group)
                if best is None or key > best[0]:
                    best = (key, link, start, stop)
    return None if best is None else best[1:]


@short_text_cache
def cue_ending_at(text: str) -> tuple[Link, int] | None:
    """The entry whose cue ends exactly at the end of `text` (a listed item before 分别),
    and where its words start; a cue that spans a list ("予以公开、部分公开") only when no
    cue of one item ends there."""
    best: tuple[tuple[bool, int, int], Link, int] | None = None
    for link in table().links:
        if link.role == "sum":
            continue
        for m in link.matches(text):
            if m.end() != len(text) or m.end() == m.start():
                continue
            key = (not re.search(r"[、和及与]", m.group()), m.end() - m.start(), -link.order)
            if best is None or key > best[0]:
                best = (key, link, m.start())
    return None if best is None else best[1:]


@short_text_cache
def first_link(window: str, roles: tuple[str, ...] = ()) -> tuple[Link, int, int] | None:
    """The cue that starts nearest the start of `window` (words after a count:
    "4次政务公开检查", "5件维持"), then the longest, then the first listed; entries with
    a role only for the `roles` given."""
    best: tuple[tuple[int, int, int], Link, int, int] | None = None
    for link in table().links:
        if link.role is not None and link.role not in roles:
            continue
        m = link.cue.search(window)
        if m is None or m.end() == m.start():
            continue
        key = (-m.start(), m.end() - m.start(), -link.order)
        if best is None or key > best[0]:
            best = (key, link, m.start(), m.end())
    return None if best is None else best[1:]


@short_text_cache
def link_across(text: str, at: int) -> tuple[Link, int, int] | None:
    """The plain cue (no role) whose words run across position `at` of `text` and end
    furthest on (then the longest, then the first listed): a verb before a count and its
    object after it, joined ("发布" + "政策规范性文件" of "发布3份政策规范性文件")."""
    best: tuple[tuple[int, int, int], Link, int, int] | None = None
    for link in table().links:
        if link.role is not None:
            continue
        for m in link.cue.finditer(text):
            if not m.start() < at < m.end():
                continue
            key = (m.end(), m.end() - m.start(), -link.order)
            if best is None or key > best[0]:
                best = (key, link, m.start(), m.end())
    return None if best is None else best[1:]


@short_text_cache
def said_after(clause: str) -> Link | None:
    """The entry whose cue matches the whole clause after a count that opens it ("已按规定
    在法定期限内予以答复" of "224件申请已按规定在法定期限内予以答复"), first listed first."""
    return next((link for link in table().said_after if link.cue.search(clause)), None)


def only_how(clause: str) -> bool:
    """Whether a clause after a count says only how it was handled ("均按照有关文件要求"), what was done being
    the next clause's."""
    return table().how_only.match(clause) is not None


def sharing_cue(link: Link, text: str, start: int, end: int) -> tuple[Link, ...]:
    """The other entries (of any role but a sum's) whose cue matches exactly the words `link`'s
    cue matched at text[start:] (not beyond `end`): one cue, several meanings told apart by the
    unit, the context or the `unless` of each entry ("办结" of applications, "已办结435项" of 行政审批
    items; 处理决定 as a cell or a reading; ",其他2件" of an applicant list, 表三's results or 表四's)."""
    m = link.cue.match(text, start, end)
    if m is None and (known := _as_the_cues_know_it(text[:end])) is not None:
        # Found in the words as the cues know them ("答复政务公开申请" as 答复政府信息公开申请, `_as_the_cues_know_it`), with
        # the words before them.
        words, at = known[0], known[1]
        first = next((k for k, i in enumerate(at) if i >= start), len(words))
        if (m := link.cue.match(words, first)) is not None:
            text, start, end = words, first, len(words)
    if m is None:
        # A cue anchored at its window's start ("^…其他"): the words alone.
        text, start, end = text[start:end], 0, end - start
        m = link.cue.match(text)
        if m is None:
            return ()
    return tuple(
        other for other in table().links
        if other is not link and other.role != "sum"
        and (o := other.cue.match(text, start, end)) is not None
        and o.end() <= m.end() and not text[o.end() : m.end()].strip()  # (the same words, spaces aside)
    )


def topic_only(link: Link) -> Link:
    """The same cue, naming its topic but no cell."""
    return Link(cue=link.cue, topic=link.topic, order=link.order)


def for_unit(link: Link, unit: str | None) -> Link:
    """The entry as it applies to a count in `unit`: outside the entry's units, the
    topic only. 表三 and 表四 count applications and cases: a count of people, firms or
    items ("企业1260户", "行政复议申请人2名") names none of their cells."""
    if link.units:  # ("" is no unit printed)
        return link if (unit if unit is not None else "") in link.units else topic_only(link)
    if unit in link.refused_units:
        return topic_only(link)
    ids = [link.metric or "", *link.alternatives]
    if unit is not None and any(x.startswith(("t3.", "t4.")) for x in ids) and unit not in lexicon().case_units:
        return topic_only(link)
    return link


@short_text_cache
def of_other_work(sentence: str) -> bool:
    """Whether the sentence counts the organ's review or defence of cases for the whole
    government and says nothing of disclosure: no cell of 表三 or 表四 (metrics.toml)."""
    t = table()
    return t.other_work.search(sentence) is not None and t.disclosure.search(sentence) is None


@short_text_cache
def other_figure(before: str, after: str = "", own_clause: bool = False, year: int | None = None,
                 stock: bool = False) -> bool:
    """Whether a count between `before` (its sentence up to the count) and `after` (the words
    after it) is another year's figure, a sum over years or the figure it changed from: no
    cell of this year's tables. A sum over years holds its parts after it ("历年累计受理申请42条，
    其中同意公开答复34条"); `own_clause`: only words that reach into the statement's own clause
    count (a nil: "…历年共计收到0条，未出现…行政复议" denies this year's). `year`: the year reported
    on — a sum since that year's start is this year's ("2024年以来,我局全年累计受理…2件" in the
    report on 2024; s66's probe, 共 written 累计). `stock`: the count names a figure that is a sum over years
    itself (表二's 现行有效 and 对外公开总数量: "截至2023年底,现行有效规范性文件累计52件"), so only another year's figure
    or the one it changed from is other."""
    t = table()
    clause_start = max((m.end() for m in _NIL_CLAUSE_STOP.finditer(before)), default=0) if own_clause else 0
    return (t.previous.search(before) is not None
            or not stock and any(m.end() > clause_start and not _since_the_year_reported(m.group(), year)
                                 for m in t.cumulative.finditer(before))
            or (t.changed_from.search(before) is not None and t.changed_to.match(after) is not None))


# A sum's words counting from a year's start ("2024年以来…累计", "自2017年1月1日以来…").
_SINCE_A_YEAR = re.compile(r"(?:(?:自|从)\s*)?(\d{4})\s*年度?(?:1月(?:1日)?|初)?\s*(?:以来|至今)")


def _since_the_year_reported(words: str, year: int | None) -> bool:
    """Whether a sum's words count from the start of the year reported on ("2024年以来…累计")."""
    since = _SINCE_A_YEAR.match(words)
    return year is not None and since is not None and int(since.group(1)) == year


@short_text_cache
def scope_before(text: str) -> str | None:
    """The scope words nearest the end of `text` (the sentence up to a count); a
    narrowing scope only when it is in the count's own clause."""
    found = None
    for m in table().scope.finditer(text):
        if is_narrowing(m.group()) and re.search(r"[,，;；:：。]", text[m.end() :]):
            continue
        found = m.group()
    return found


@short_text_cache
def organs_named(words: str) -> frozenset[str]:
    """The organs a count's own words name ("省政府办公厅行政规范性文件17件")."""
    return frozenset(m.group() for m in table().organ.finditer(words))


def is_narrowing(scope: str | None) -> bool:
    return bool(scope) and table().narrowing.search(scope) is not None


def fill_row(template: str, parent_metric: str | None, parent_alts: list[str]) -> tuple[str, list[str]]:
    """An applicant column in the row of the 表三 count it belongs to: the parent's row
    for the metric, and the parent's other readings (e.g. new + carried over) as
    alternatives."""
    row = "new_received"
    alts_rows: list[list[str]] = []
    rx = re.compile(r"t3\.([a-z_]+)\.total")
    if parent_metric and (m := rx.fullmatch(parent_metric)):
        row = m.group(1)
        for alt in parent_alts:
            parts = alt.split("+")
            rows = [rx.fullmatch(p).group(1) for p in parts if rx.fullmatch(p)]
            if len(rows) == len(parts):
                alts_rows.append(rows)
    else:
        alts_rows.append(["new_received", "carried_over"])
    metric = template.format(row=row)
    alts = ["+".join(template.format(row=r) for r in rows) for rows in alts_rows]
    return metric, alts


def fill_group(template: str, group: str | None) -> tuple[str | None, list[str]]:
    """A 表四 outcome column of the group it belongs to; unknown group → alternatives."""
    if group:
        return template.format(group=group), []
    return None, [template.format(group=g) for g in ("reconsideration", "litigation")]


@short_text_cache
def nil_statements(sentence: str, heading: str = "") -> tuple[tuple[int, int, NilCue], ...]:
    """Nil statements in a sentence: (start, end, cue) for each metric/topic a clause
    opened by a nil trigger ("未收到", "未发生", "无收取") or closed by a zero ("…数量为零")
    names. Clauses with another digit are not nil statements. A cue's context may be in the `heading` right before the
    sentence ("四、政府信息公开的收费及减免情况" / "未收取费用。": the fee of disclosure, real156)."""
    t = table()
    out: list[tuple[int, int, NilCue]] = []
    triggers = list(t.nil_trigger.finditer(sentence))
    for trig, following in zip(triggers, [*triggers[1:], None]):
        # The clause ends at a break or where the next nil statement opens ("无行政许可、行政处罚、
        # 行政强制无行政事业性收费": two statements, each its own items).
        limit = following.start() if following else len(sentence)
        stop = _NIL_CLAUSE_STOP.search(sentence, trig.end(), limit)
        clause = sentence[trig.start() : stop.start() if stop else limit]
        if (_counted(clause) or t.nil_other_object.search(clause)
                or _COUNT_OPENS_CLAUSE.search(sentence, 0, trig.start())):
            continue
        cues = _outside_cause(clause, trig.end() - trig.start(), _nil_cues(clause, sentence, heading))
        if (all(c.fallback and not c.metric and not c.alternatives for _, _, c in cues) and stop is not None and stop.group() in ",，"
                and t.nil_cause_only.fullmatch(clause)):
            # "没有因信息公开原因，发生被申请行政复议…的情况": the statement's cause, then its items after the comma (the
            # happenings of no cell it names are the cause too: "未因政府信息公开工作不作为、不依法作为等情况,而发生…申请行政复议和
            # 行政诉讼案件", r146)
            nxt = _NIL_CLAUSE_STOP.search(sentence, stop.end(), limit)
            after = sentence[stop.end() : nxt.start() if nxt else limit]
            if not _counted(after):
                out += [(trig.start(), stop.end() + at, cue) for at, cue in _items_closed(after, _nil_cues(after, sentence))]
            continue
        out += [(trig.start(), trig.start() + end, cue) for end, cue in _items_closed(clause, cues)]
        if cues and stop is not None and stop.group() in ",，":
            out += _items_after_comma(sentence, trig.start(), stop.end(), limit, {(c.metric, c.topic) for _, _, c in cues})
    for zero in t.nil_zero.finditer(sentence):
        breaks = list(_NIL_CLAUSE_STOP.finditer(sentence, 0, zero.start()))
        begin = breaks[-1].end() if breaks else 0
        clause = sentence[begin : zero.start()]
        if _counted(clause) or t.nil_trigger.search(clause) or t.nil_other_object.search(clause):
            continue  # (as for a trigger's clause: "与行政复议、行政诉讼有关的费用支出：无" denies expenses)
        cues = _nil_cues(clause, sentence)
        if cues and (bracket := _BRACKET_OPEN_AT_END.search(clause)) is not None:
            # "公众监督(含咨询、投诉和建议等)无": what the bracket the zero closes lists explains one thing, one nil
            cues = [c for c in cues if c[0] < bracket.start()] or [min(cues, key=lambda c: c[0])]
        for start, _, cue in cues:
            out.append((begin + start, zero.end(), cue))
    return tuple(out)


_BRACKET_OPEN_AT_END = re.compile(r"[(（][^()（）]*$")


def nil_back_references(sentence: str, before: str) -> tuple[tuple[int, int, NilCue], ...]:
    """"四、…因政府信息公开申请行政复议、提起行政诉讼的情况。" / "一年来，我局无此类情况。": a
    nil statement that only refers back denies what the words before it name (`before`:
    the sentence before; then this one up to the statement). One nil per item named, each
    quoting the statement; none where those words state a figure or a nil of their own."""
    m = table().nil_back_reference.search(sentence)
    if m is None:
        return ()
    # The words before it in its own sentence (a heading run into it: "（三）…行政复议、行政诉讼
    # 情况 2023年，我单位无此类情况。"), else with the sentence before.
    for referent in (sentence[: m.start()], before + sentence[: m.start()]):
        if _counted(referent) or nil_statements(referent):
            return ()
        if cues := _nil_cues(referent):
            return tuple((m.start(), m.end(), cue) for _, _, cue in cues)
    return ()


def nil_list_continued(sentence: str, before: str) -> tuple[tuple[int, int, NilCue], ...]:
    """"本年度…不涉及依申请公开、不予公开及咨询政府信息情况;申请行政复议、提起行政诉讼和申诉的情况。" (r129, both its
    readers): a sentence after a semicolon that holds only items continues the nil statement that closed the one before it,
    as a clause after its comma does (`_items_after_comma`)."""
    closed = before.rstrip()
    if not closed.endswith((";", "；")):
        return ()
    denied = nil_statements(closed)
    breaks = list(_NIL_CLAUSE_STOP.finditer(closed, 0, len(closed) - 1))
    if not denied or breaks and denied[-1][0] < breaks[-1].end():
        return ()  # (no nil statement, or not in the last clause before the semicolon)
    return tuple(_items_after_comma(sentence, 0, 0, len(sentence), {(c.metric, c.topic) for _, _, c in denied}))


def _items_after_comma(sentence: str, opened: int, begin: int, limit: int,
                       denied: set) -> list[tuple[int, int, NilCue]]:
    """"未受理政府信息公开申请,行政复议和行政诉讼", "未发生因…申请行政复议,提起行政诉讼的情况": a
    clause after a nil statement's comma that holds only items (and the words joining and
    closing them) denies those items too; each such nil quotes the statement from its trigger
    (`opened`). `denied`: the (metric, topic) the statement itself named."""
    stop = _NIL_CLAUSE_STOP.search(sentence, begin, limit)
    clause = sentence[begin : stop.start() if stop else limit]
    if _counted(clause) or table().nil_trigger.search(clause):
        return []
    cues = [c for c in _nil_cues(clause) if (c[2].metric, c[2].topic) not in denied]
    rest = clause
    for start, end, _ in sorted(cues, key=lambda c: c[:2], reverse=True):
        rest = rest[:start] + rest[end:]
    if not cues or not _ONLY_JOINS.fullmatch(rest):
        return []
    return [(opened, begin + end, cue) for end, cue in _items_closed(clause, cues)]


def _items_closed(clause: str, cues: list[tuple[int, int, NilCue]]) -> list[tuple[int, NilCue]]:
    """Where each item of a nil clause ends, with its cue: the clause's last item takes the words
    that close the statement ("…行政复议与行政诉讼的情况", "…等相关情况发生"); an earlier item ends
    with its own words."""
    last = max((end for _, end, _ in cues), default=None)
    tail = _NIL_TAIL.match(clause, last) if last is not None else None
    return [(tail.end() if tail and end == last else end, cue) for _, end, cue in cues]


# What a clause of items only holds besides them: joining words, 提起 / 申请 before an item,
# and the words closing it ("行政复议和行政诉讼", "提起行政诉讼的情况").
# (受理 too: "未出现因政府信息公开申请行政复议,行政诉讼、受理举报等情况", r130)
_ONLY_JOINS = re.compile(r"[\s和及与或、等的提起申请被发生出现相关者以受理]*(?:情况|情形|事件|案件|纠纷)?(?:发生)?\s*")


# A count opening the clause right before a nil trigger: what follows is its reason ("1件没有现成
# 信息需要另行制作无法提供", real46), not a nil statement.
_COUNT_OPENS_CLAUSE = re.compile(r"(?:^|[,，。;；:：])\s*(?:其中|另有|另)?\s*\d+\s*(?:件|条|项|个|起|宗|份|例)\s*$")


# A nil statement's cause, opened right after its trigger ("未发生因政府信息公开申请引发的…", "没有因政府信息公开申请
# 行政复议的情况"), ends where what it led to begins: the applications or a reply the cause names are not what is
# denied (its 其他处理 rows, fees, complaints or a lost case may be: "无因申请人逾期未缴费而不再处理的情况", "没有因败诉或
# 被撤销情况").
_CAUSE_ONLY = re.compile(r"t3\.(?:new_received|carried_over|granted|partial|denied|unavailable|not_processed)\.")
_CAUSE_OPENS = re.compile(r"\s*(?:因为?|由于)")
_CAUSE_ENDS = re.compile(r"而|引发|引起|提起|导致|产生|造成|被|(?=(?:申请)?(?:行政)?复议|(?:行政)?诉讼|起诉)")


def _outside_cause(clause: str, trigger_end: int, cues: list[tuple[int, int, NilCue]]) -> list[tuple[int, int, NilCue]]:
    """The cues of a nil clause but those of applications and replies in the cause said right after its trigger:
    a clause cut off before what the cause led to ("未发生因政府信息公开申请引", a crawled page's line end) denies
    nothing known."""
    if opened := _CAUSE_OPENS.match(clause, trigger_end):
        begin = opened.end()
    elif clause[:trigger_end].endswith(("因", "因为", "由于")):
        begin = trigger_end
    else:
        return cues
    ends = _CAUSE_ENDS.search(clause, begin)
    end = ends.start() if ends else len(clause)
    return [c for c in cues if not (begin <= c[0] < end and _CAUSE_ONLY.match(c[2].metric or ""))]


# What ends a nil statement's clause (and opens a zero's).
_NIL_CLAUSE_STOP = re.compile(r"[,，。;；:：]")
# The words closing a nil statement after its last item: "的情况", "等相关情况发生", "纠纷".
_NIL_TAIL = re.compile(r"[^,，。;；:：\d]{0,6}?(?:情况|情形|事件|纠纷|事项)(?:发生)?")
# A date of any precision ("2023年", "12月下旬", "31日"): no figure of a sentence.
DATE = re.compile(r"\d{4}\s*年度?|\d{1,2}\s*月|\d{1,2}\s*日")
# The number of a list item opening the clause ("2.信息公开处理费收取情况无", "（3）").
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）])")


# A bracketed figure of all the years ("未收到申请公开政府信息要求(历年累计0条)"): an aside.
_ASIDE_OF_ALL_YEARS = re.compile(r"[（(][^（）()]{0,12}?(?:累计|历年|以来)[^（）()]{0,12}[)）]")
# The figure said before, referred back to ("没有因以上3件依申请公开事项产生行政复议和行政诉讼案件", r92): no figure of
# the clause.
_REFERRED_BACK = re.compile(r"(?:以上|上述)\s*(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:件|条|宗|项|个)")


def _counted(clause: str) -> bool:
    """A clause holding a figure is no nil statement, in digits or in Chinese numerals before a unit of cases ("没有现成信息
    等原因无法提供二件", s64's probe of small figures in Chinese numerals; but not 一, "not even one": "未受理一件"); a year, a
    date, the number of a list item, an aside of all the years or a figure referred back to is no figure ("2023年我镇行政复议
    数为零")."""
    clause = _REFERRED_BACK.sub("", _ASIDE_OF_ALL_YEARS.sub("", clause))
    return re.search(r"\d", DATE.sub("", _ITEM_NUMBER.sub("", clause))) is not None or _CASES_IN_WORDS.search(clause) is not None


# A figure of cases in Chinese numerals other than a bare 一.
_CASES_IN_WORDS = re.compile(r"(?<![零〇一二两三四五六七八九十百千第])(?:[二两三四五六七八九十]|一[十百千])[零〇一二两三四五六七八九十百千]*\s*(?:件|条|宗|起|项)")


def _nil_cues(clause: str, sentence: str | None = None, heading: str = "") -> list[tuple[int, int, NilCue]]:
    """The nil cues of a clause (start, end in the clause), one per metric/topic; a
    fallback cue only where no other cue's words overlap it, an `alone` one only where no other is found. With the
    clause's `sentence`, a cue whose context it lacks (and the heading right before it) is not found (nor keeps an `alone`
    cue from being tried)."""
    found = [(cue, m) for cue in table().nil_cues if (m := cue.cue.search(clause))
             and (sentence is None or cue.context is None or cue.context.search(sentence)
                  or bool(heading) and cue.context.search(heading))]
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for cue, m in found:
        if (cue.alone and any(not other.alone and not _T3_RESULT.match(other.metric or "") for other, _ in found)
                and not (cue.metric == "t3.new_received.total" and (_LISTED_AFTER.search(clause, 0, m.start())
                                                                    or _ITEM_JOINER.match(clause, m.end())))):
            # (a 表三 result denied beside it is one more nil: "没有依申请公开和不予公开政府信息的情况"; so is an item listed
            # after others: "未收到行政复议、行政诉讼、依申请公开件", r119 — the received's only — or before them: "未收到要求
            # 公开政府信息及行政复议的申请", r136)
            continue
        if cue.fallback and any(
            not other.fallback and o.start() < m.end() and m.start() < o.end() for other, o in found
        ):
            continue
        if (cue.metric, cue.topic) not in seen:
            seen.add((cue.metric, cue.topic))
            if cue.metric == "t3.new_received.total":
                cue = _by_one_channel(_applicants_named(cue, clause[: m.end()]), clause[: m.end()])
            if cue.listed:
                out += [(m.start() + a, m.start() + b, cue) for a, b in _items_listed(m.group())]
            else:
                out.append((m.start(), m.end(), cue))
    outcomes = [(s, e) for s, e, c in out if (c.metric or "").endswith(".corrected")]
    if outcomes:
        # "未出现…行政复议和行政诉讼被撤销或败诉等情况": what is denied is the outcome, not the cases —
        # unless the cases are an item of their own, listed before a bare outcome ("无复议或败诉情况", r113).
        # (nor where the cases are an item listed after the outcome: "未出现行政复议败诉和被诉讼情形", r150)
        bare = [s for s, e in outcomes if not _T4_GROUP_WORDS.search(clause, s, e)]
        out = [x for x in out if x[2].metric not in _T4_TOTALS
               or any(_ITEM_JOINER.fullmatch(clause, x[1], s) for s in bare)
               or (any(_CASES_AFTER.fullmatch(clause, e, x[0]) for _, e in outcomes)
                   and not any(s >= x[0] for s, _ in outcomes))]
    return out


def _items_listed(words: str) -> list[tuple[int, int]]:
    """Where each item of the words a nil denies starts and ends ("漏办、迟办情况": 漏办, then 迟办情况 — the last takes
    the closing words); items of one character are words of the one before ("立改废")."""
    items, start = [], 0
    for m in _ITEM_SEPARATOR.finditer(words):
        if m.start() - start >= 2 and len(words) - m.end() >= 2:
            items.append((start, m.start()))
            start = m.end()
    return [*items, (start, len(words))]


_ITEM_SEPARATOR = re.compile(r"\s*(?:、|或者|或是|以及|或|及|和|与)\s*")
_T4_TOTALS = ("t4.reconsideration.total", "t4.litigation.total")
_LISTED_AFTER = re.compile(r"[、和及与]\s*$")
_T4_GROUP_WORDS = re.compile(r"复议|诉讼")
_ITEM_JOINER = re.compile(r"\s*[或和及与、]\s*(?:行政)?")  # ("…行政复议和行政败诉案件", r131)
_CASES_AFTER = re.compile(r"\s*[或和及与、]\s*(?:被(?:提起)?)?(?:行政)?")  # ("…行政复议败诉和被诉讼情形", r150)
_T3_RESULT = re.compile(r"t3\.(?:granted|partial|denied|unavailable|not_processed|other)\.")


def _by_one_channel(cue: NilCue, clause: str) -> NilCue:
    """"未接到任何关于政府信息公开的网络申请" denies the applications of one channel only: the
    total is a reading (several channels listed, 等 or "书面或其他形式" are all of them)."""
    if (cue.metric != "t3.new_received.total" or table().nil_every_channel.search(clause)
            or len(set(table().nil_channel.findall(clause))) != 1):
        return cue
    return replace(cue, metric=None, alternatives=(cue.metric, *cue.alternatives))


def _applicants_named(cue: NilCue, clause: str) -> NilCue:
    """"未收到法人或其他组织提出的申请" is a nil of the organisation columns, not of the
    total; a clause naming persons and organisations ("公民、法人或其他组织") is the total."""
    if table().nil_every_applicant.search(clause):
        return cue
    columns = [link.metric for link in table().links if link.role == "applicant" and link.cue.search(clause)]
    person = bool(table().nil_person.search(clause)) or any(c.endswith("natural_person") for c in columns)
    orgs = [c for c in columns if not c.endswith("natural_person")]
    if person == bool(orgs):
        return cue
    template = "t3.{row}.natural_person" if person else orgs[0]
    metric, _ = fill_row(template, "t3.new_received.total", [])
    if not columns and not table().nil_one_person.search(clause):
        # A person named by no word of one person ("未收到公民提交的政府信息公开申请"): 公民 is the
        # public to most readers, as for a count (metrics.toml): the total, natural persons a
        # reading (公民个人 is 自然人).
        return replace(cue, alternatives=(metric, *cue.alternatives))
    return replace(cue, metric=metric)


@short_text_cache
def claims(sentence: str) -> tuple[tuple[int, int, Claim], ...]:
    """The claims of a sentence: (start, end, claim) for each cue found."""
    return tuple((m.start(), m.end(), c) for c in table().claims for m in c.cue.finditer(sentence))
