"""Generate realistic annual reports with their gold answers.

    from corpora.generator import generate
    generate(n=200, out=Path("corpus"), seed=1)

writes `<id>.<ext>` + `<id>.gold.json` per report and `manifest.json`. The same seed gives
the same reports (seeded `random.Random` per report, no clock, fixed DOCX dates, WeasyPrint
output checked byte-stable, scans written without dates and with seeded noise). Layouts
2019 / 2021 / 2021 with a one-row （六）其他处理; organs of province, city and county level;
injected inconsistencies recorded in the gold, clean reports (and their lookalike
sentences) left clean.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from .ambiguity import splits
from .collapsed import break_shows, printed_rows, unsettled
from .crawled import crawled_text
from .figures import T3_COLS, T4_COLS, Figures, make_figures
from .narrative import Injections, build
from .organs import Organ, pick_organ
from .relations import carry_findings, table_findings
from .render import (cell_lines_text, flat_ambiguous, flat_text, markdown_ocr, pdf_bytes, pipe_text, plain_html,
                     with_invisible_characters, word_html, write_docx)
from .old_form import generate_old_report
from .scan import scan
from .tables import cell_text, t2_table, t3_table, t4_table

GENERATOR_VERSION = "3"  # 3: next years copy a sentence of last year's narrative
# Names as in ../shared/corpus/real/*.gold.json "format".
FORMATS = ["html", "html-word", "text", "text-flattened", "text-crawled", "text-cells", "markdown-ocr", "docx",
           "pdf-text", "pdf-shared", "pdf-scanned", "pdf-shared-scanned", "image"]
# Formats written only when asked for by name (`formats`), outside the cycle: reports on
# years before 2019 (old_form.py), whose figures are a statistics table, not 表二/表三/表四.
OLD_FORMATS = ("text-crawled-pre2019", "html-pre2019")
ALIASES = {"pdf": "pdf-text", "text-flat": "text-flattened", "word": "html-word", "scan": "pdf-scanned",
           "tiff": "image", "crawled": "text-crawled", "cells": "text-cells", "markdown": "markdown-ocr",
           "md": "markdown-ocr"}
EXT = {"html": "html", "html-word": "htm", "text": "txt", "text-flattened": "txt", "text-crawled": "txt",
       "text-cells": "txt", "text-crawled-pre2019": "txt", "html-pre2019": "html", "markdown-ocr": "md", "docx": "docx", "pdf-text": "pdf", "pdf-shared": "pdf",
       "pdf-scanned": "pdf", "pdf-shared-scanned": "pdf", "image": "tiff"}
SCANS = ("pdf-scanned", "pdf-shared-scanned", "image")
# One cycle of formats: every format appears in any 24 consecutive reports (the first 14
# hold them all). Scans, which OCR reads at seconds a page, are three in 24 (one of each),
# text PDFs (plain and with shared cells) four: 200 reports are written in about a minute,
# and their 25 scans read in minutes.
FORMAT_CYCLE = ["html", "pdf-text", "text-crawled", "html-word", "text", "docx", "text-flattened", "markdown-ocr",
                "pdf-scanned", "text-cells", "pdf-shared", "image", "html", "pdf-shared-scanned",
                "text-crawled", "pdf-text", "html-word", "text", "docx", "text-flattened", "markdown-ocr",
                "text-cells", "pdf-shared", "html"]
# Formats whose dumps cannot show a blank cell (it leaves nothing) nor an annotated or
# thousands-separated figure (it would hide the figures' boundaries).
_BARE_FIGURES = ("text-flattened", "text-crawled")
INJECTIONS = ["t3.cell", "t4.cell", "narrative.table", "narrative.sum", "narrative.percent", "table.blank"]

__all__ = ["generate", "generate_report", "FORMATS", "OLD_FORMATS", "GENERATOR_VERSION"]


def _layout(rng: random.Random) -> tuple[str, bool, int]:
    v = rng.choices(["2021", "2021-single", "2019"], weights=[55, 15, 30])[0]
    if v == "2019":
        return "2019", True, rng.choice([2019, 2020])
    return "2021", v == "2021-single", rng.choice([2021, 2022, 2023, 2024])


def _blocks(organ: Organ, year: int, figs: Figures, narr, rng: random.Random) -> list:
    title = f"{organ.name}{year}年{rng.choice(['', '度'])}政府信息公开工作年度报告"
    pre = ("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
           f"要求编制。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
           f"本报告电子版可在{organ.name}门户网站查阅。")
    heads = {"一": "一、总体情况", "二": "二、主动公开政府信息情况", "三": "三、收到和处理政府信息公开申请情况",
             "四": "四、政府信息公开行政复议、行政诉讼情况", "五": "五、存在的主要问题及改进情况", "六": "六、其他需要报告的事项"}
    tables = {"二": t2_table(figs), "三": t3_table(figs), "四": t4_table(figs)}
    out: list = [("title", title), ("para", pre)]
    for key, head in heads.items():
        out.append(("heading", head))
        for p in narr.sections[key]:
            out.append(("sub" if p.startswith("（") and not p.endswith("。") else "para", p))
        if key in tables:
            out.append(("table", tables[key]))
    return out


def _gold_tables(figs: Figures) -> dict:
    empty = ("blank", "slash")
    t3 = {r: [None if figs.cell_status.get(f"t3.{r}.{c}") in empty else v for c, v in zip(T3_COLS, vals)]
          for r, vals in figs.t3.items()}
    t2 = {k: (None if figs.cell_status.get(f"t2.{k}") in empty else v) for k, v in figs.t2.items()}
    t4 = {g: list(v) for g, v in figs.t4.items()}
    return {"t2": t2, "t3": t3, "t4": t4}


def _inject_table(kind: str, figs: Figures, rng: random.Random,
                  shows: Callable[[str, list[int]], bool] | None = None) -> list[dict]:
    """Break the printed tables; returns what was changed (gold "injected"). Only applicant columns of
    result rows are touched, so narrative totals (which read the printed tables) stay true.
    `shows(row prefix, printed figures)` says whether the format still shows a broken row as
    broken (a flattened run must split one way only, its relation no longer helping; a
    crawled row must not collapse into a sound-looking one): if no 表三 break shows, 表四 is
    broken instead, and if none shows there either, nothing."""
    shows = shows or (lambda prefix, values: True)
    if kind == "t3.cell":
        results = [r for r in figs.t3 if r not in ("new_received", "carried_over", "total", "carried_forward")]
        for _ in range(30):
            # 总计 / 结转下年度 rows break R1 as well: give them a fair share.
            r = rng.choice(["total", "carried_forward"]) if rng.random() < 0.3 else rng.choice(results)
            c = rng.randrange(6)
            old = figs.t3[r][c]
            d = rng.choice([-1, 1]) * rng.randint(1, 9)
            if old + d < 0:
                d = -d
            vals = list(figs.t3[r])
            vals[c] = old + d
            if shows(f"t3.{r}", vals):
                figs.t3[r][c] = old + d
                return [{"kind": "t3.cell", "where": f"t3.{r}.{T3_COLS[c]}", "printed": old + d, "true": old}]
        kind = "t4.cell"
    if kind == "t4.cell":
        for _ in range(30):
            g = rng.choice(list(figs.t4))
            c = rng.randrange(5)
            old = figs.t4[g][c]
            new = 0 if (c == 4 and old and rng.random() < 0.5) else old + rng.randint(1, 6)
            printed = {**figs.t4, g: [new if i == c else v for i, v in enumerate(figs.t4[g])]}
            if shows("t4", [v for vals in printed.values() for v in vals]):
                figs.t4[g][c] = new
                return [{"kind": "t4.cell", "where": f"t4.{g}.{T4_COLS[c]}", "printed": new, "true": old}]
        return []
    if kind == "table.blank":
        zeros = [f"t3.{r}.{c}" for r, vals in figs.t3.items() for c, v in zip(T3_COLS[:6], vals[:6]) if v == 0]
        out = []
        for m in rng.sample(zeros, min(len(zeros), rng.randint(1, 3))):
            st = rng.choice(["blank", "slash"])
            figs.cell_status[m] = st
            if st == "slash":
                figs.cell_raw[m] = rng.choice(["/", "/", "—", "－", "无"])
            out.append({"kind": "table.blank", "where": m, "printed": figs.cell_raw.get(m, ""), "true": 0})
        return out
    return []


def _break_shows(fmt: str, t4_joined: bool) -> Callable[[str, list[int]], bool] | None:
    """Whether a broken row still shows its break in `fmt` (see `_inject_table`)."""
    if fmt == "text-flattened":
        return lambda prefix, values: (prefix == "t4" and not t4_joined) or \
            len(list(islice(splits("".join(map(str, values)), len(values)), 2))) == 1
    if fmt == "text-crawled":
        return break_shows
    return None


def _unruled_rows(blocks: list, rng: random.Random) -> tuple[dict[int, bool], dict]:
    """The last 2–6 rows of 表三 drawn with no vertical rules between their figures; in
    some reports none between label and figures either. Returns {row index: label too}
    for the renderer and the gold's record of it."""
    t3 = next(b[1] for b in blocks if b[0] == "table" and b[1].name == "t3")
    k = rng.randint(2, 6)
    label_too = rng.random() < 0.4
    rows = range(len(t3.rows) - k, len(t3.rows))
    ids = [next(c.metric for c in t3.rows[r] if c.metric).rsplit(".", 1)[0] for r in rows]
    return {r: label_too for r in rows}, {"rows": ids, "label_shares_cell": label_too}


def _print_styles(figs: Figures, rng: random.Random, fmt: str) -> None:
    """Ways real tables print a correct figure: an annotated cell ("22（其中修订3件）") and
    thousands separators. Not in flattened or crawled dumps, where they would hide the figures."""
    if fmt in _BARE_FIGURES:
        return
    if figs.layout == "2021" and figs.t2["normative_docs.issued"] >= 3 and rng.random() < 0.12:
        v = figs.t2["normative_docs.issued"]
        m = "t2.normative_docs.issued"
        figs.cell_status[m] = "annotated"
        figs.cell_raw[m] = f"{v}（{rng.choice(['其中', '含'])}修订{rng.randint(1, v - 1)}件）"
    if rng.random() < 0.1:
        for k, v in figs.t2.items():
            if isinstance(v, int) and v >= 1000 and f"t2.{k}" not in figs.cell_raw:
                figs.cell_raw[f"t2.{k}"] = f"{v:,}"


def _word_page_slips(figs: Figures, variant: random.Random) -> bool:
    """Slips of real Word-exported pages (莆田 HTML pages, 2026-12): an amount printed with
    万 in a column counted in 万元 ("16万"), and a stray fragment of a 2019 header glued
    into the cell of the fee column's header ("上一年项目本年收费金额（单位：万元）").
    Returns whether the header slip is made (the renderer makes it)."""
    for m in ("t2.procurement.amount", "t2.fees.amount_wan"):
        v = figs.t2.get(m.removeprefix("t2."))
        if v is not None and m not in figs.cell_raw and figs.cell_status.get(m, "value") == "value" \
                and variant.random() < 0.3:
            figs.cell_raw[m] = f"{v}万"
    return figs.layout == "2021" and variant.random() < 0.3


def _unit_lines(figs: Figures, variant: random.Random) -> None:
    """A crawled page that printed the 2019 表二 procurement figures' units in nodes of their
    own ("5" / "批" / "47019" / "（元）": 莆田 水利局 2019, 2020). The two units differ, so the
    crawler drops no line of the row even when both figures are equal."""
    if figs.layout != "2019" or variant.random() >= 0.4:
        return
    # The amount's 万 with its figure and 元 on a line of its own, as well ("8.175万" / "元":
    # 莆田 应急管理局 2019).
    split_wan = variant.random() < 0.5
    for m, unit in (("t2.procurement.projects", "批"), ("t2.procurement.amount", "万元")):
        v = figs.t2.get(m.removeprefix("t2."))
        if v is not None and m not in figs.cell_raw and figs.cell_status.get(m, "value") == "value":
            text = cell_text(figs, m, v)
            figs.cell_raw[m] = f"{text}万\n元" if unit == "万元" and split_wan else f"{text}\n{unit}"


def _sign_words(figs: Figures, variant: random.Random) -> None:
    """A crawled page whose 2019 表二 cells printed 本年增/减 as "增7" in two nodes ("20" /
    "增" / "7" / "1": 莆田 审计局, 民族与宗教事务局 2019): the word is the figure's sign."""
    if figs.layout != "2019" or variant.random() >= 0.4:
        return
    for item in ("licensing", "penalty", "enforcement", "other_services"):
        m = f"t2.{item}.delta"
        v = figs.t2.get(f"{item}.delta")
        # When the figure equals the 处理决定数量 after it, the crawler drops that cell's line.
        if v and m not in figs.cell_raw and figs.cell_status.get(m, "value") == "value":
            figs.cell_raw[m] = f"{'增' if v > 0 else '减'}\n{abs(v)}"


def generate_report(rid: str, fmt: str, seed: str, out: Path, *, organ: Organ | None = None,
                    prev: tuple[Figures, dict] | None = None, inject: str | None = "auto") -> tuple[Figures, dict]:
    """Write one report and its gold; returns its figures and gold (for a following year)."""
    rng = random.Random(seed)
    organ = organ or pick_organ(rng)
    if prev is not None:
        pf, pg = prev
        layout, single, year = pf.layout, pf.other_single, pg["year"] + 1
    else:
        layout, single, year = _layout(rng)
    # Layout variants of a format, from a generator of their own so that the reports of the
    # other formats stay as they were: 表四 run together in half of the flattened dumps.
    variant = random.Random(f"variant:{seed}")
    t4_joined = fmt == "text-flattened" and variant.random() < 0.5
    if inject == "auto":
        # A blank cell leaves no trace in a flattened or crawled dump: nothing to inject there.
        choices = [k for k in INJECTIONS if not (k == "table.blank" and fmt in _BARE_FIGURES)]
        if prev is not None:
            choices = ["cross_year.carry"]
        inject = rng.choice(choices) if rng.random() < (0.45 if prev is not None else 0.5) else None
    carry = (rng.randrange(6), rng.randint(1, 4)) if inject == "cross_year.carry" else None
    figs = make_figures(organ, rng, layout, single, prev[0] if prev else None, carry)
    injected = _inject_table(inject, figs, rng, _break_shows(fmt, t4_joined)) if inject else []

    _print_styles(figs, rng, fmt)
    glued_header = font_wrapped = False
    if fmt == "html-word":
        glued_header = _word_page_slips(figs, variant)
        font_wrapped = random.Random(f"font:{seed}").random() < 0.3  # its own draw: other variants stay
    if fmt == "text-crawled":
        _unit_lines(figs, random.Random(f"units:{seed}"))
        _sign_words(figs, random.Random(f"signs:{seed}"))
    # Their own draws, so that the rest of the report stays as it was.
    # Prose variants of real reports (none an error), each from a stream of its own.
    prose = random.Random(f"prose:{seed}")
    real9 = random.Random(f"real9:{seed}")
    real10 = random.Random(f"real10:{seed}")
    hotline_cases = real10.randint(200, 3000)
    form_verbs = random.Random(f"formverbs:{seed}")
    real25 = random.Random(f"real25:{seed}")
    real29 = random.Random(f"real29:{seed}")
    reviewed = real25.randint(20, 90)
    variants = dict(
        listed_nils=random.Random(f"nils:{seed}").random() < 0.3,
        petitions=prose.randint(3, 40) if prose.random() < 0.3 else 0,
        form_figures=prose.random() < 0.3,
        back_reference=random.Random(f"backref:{seed}").random() < 0.3,
        year_words=random.Random(f"yearwords:{seed}").random() < 0.3,
        messages=real9.randint(20, 200) if real9.random() < 0.3 else 0,
        both_groups=real9.random() < 0.3,
        real10_words=real10.random() < 0.3,
        hotline=(hotline_cases, hotline_cases - real10.randint(0, 40)) if real10.random() < 0.3 else None,
        group_outcomes=random.Random(f"real11:{seed}").random() < 0.3,
        said_after=random.Random(f"real13:{seed}").random() < 0.3,
        form_verb=form_verbs.choice(["制发", "印发", "制定"]) if form_verbs.random() < 0.3 else None,
        units_cut=random.Random(f"unitscut:{seed}").random() < 0.3,
        topic_nils=random.Random(f"topicnils:{seed}").random() < 0.3,
        reviewing=(reviewed, real25.randint(1, reviewed // 2)) if real25.random() < 0.3 else None,
        documents_by_attribute=real29.randint(1, 40) if real29.random() < 0.3 else None,
        reason_after=random.Random(f"reasonafter:{seed}").random() < 0.3,
        clause_words=random.Random(f"clausewords:{seed}").random() < 0.3,
        t4_words=random.Random(f"t4words:{seed}").random() < 0.3,
        # the words of the blind sentence sets and real18, each flag on a stream of its own
        **{flag: random.Random(f"{stream}:{seed}").random() < 0.3
           for flag, stream in (("compared_words", "compared"), ("case_first", "casefirst"),
                                ("total_public_words", "totalpublic"), ("dated_words", "dated"),
                                ("items_words", "items"), ("why_words", "why"),
                                ("applicant_words", "applicants"), ("t4_list_words", "t4list"),
                                ("residue_words", "residue"), ("case_units_words", "caseunits"),
                                ("spelling_words", "spelling"))},
        # the words of each later real set, each on a stream of its own (realN:{seed}): a report
        # without a variant stays as it was
        **{f"real{n}_words": random.Random(f"real{n}:{seed}").random() < 0.3
           for n in (19, 20, 21, 22, 23, 24, 26, 27, 28, 30, 31, 32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 44, 46,
                     47, 48, 49, 50, 51, 52, 53, 54, 55, 57, 59, 60, 61, 63, 64, 65, 66, 68, 69, 70, 71, 72, 73, 75, 77, 79, 81, 84, 86, 89, 91, 93, 94, 97, 98, 100, 101, 102, 105, 106, 109, 110, 111, 112, 113, 114, 115, 116, 117, 119, 121, 123, 127, 129, 131, 133, 135, 136, 138, 140, 141, 142, 143, 146, 148, 150)},
        real56_funds=(lambda r: r.randint(10, 400) if r.random() < 0.3 else 0)(random.Random(f"real56:{seed}")),
    )
    inj = Injections(break_sum=inject == "narrative.sum", break_percent=inject == "narrative.percent", **variants)
    state = rng.getstate()
    narr = build(organ, year, figs, rng, inj)
    if inject == "narrative.table":
        tables = [("table", t2_table(figs)), ("table", t3_table(figs)), ("table", t4_table(figs))]
        # A cell a flattened or crawled dump prints ambiguously cannot be checked against
        # (a wrong count would pick a reading): aim elsewhere.
        unsure = set(flat_ambiguous(tables, t4_joined)) if fmt == "text-flattened" else \
            set(unsettled(printed_rows([t for _, t in tables]))) if fmt == "text-crawled" else set()
        targets = [m for m in narr.standalone if m not in unsure]
        inject = "narrative.table" if targets else None  # else the report stays clean
    if inject == "narrative.table":
        target = rng.choice(targets)
        v = figs.value(target)
        d = rng.choice([-1, 1]) * rng.randint(1, 5)
        wrong = v + d if v + d >= 0 else v - d
        rng.setstate(state)
        narr = build(organ, year, figs, rng, Injections(wrong={target: wrong}, **variants))
        narr.expected.append({"rule": "narrative.table", "severity": "error", "where": target,
                              "reported": wrong, "computed": v, "metrics": [target]})

    figs.narrative = narr
    # Next year's report of an organ copies, half the time, a sentence of last year's narrative
    # stating a figure that has changed since (drawn from a generator of its own: the rest of
    # the report is as it would be without it). Not with a carry break: one injection a report.
    stale = []
    if prev is not None and inject != "cross_year.carry":
        copier = random.Random(f"stale:{seed}")
        if copier.random() < 0.5:
            stale = copy_stale_sentence(prev[0], figs, narr, year, copier)
    gold = {"id": rid, "generator": {"version": GENERATOR_VERSION, "seed": seed}, "format": fmt,
            "file": f"{rid}.{EXT[fmt]}", "organ": organ.name, "organ_level": organ.level,
            "organ_kind": organ.kind, "year": year, "layout": layout, "other_single_row": single,
            "t3_rows": "[natural_person, commercial, research, social, legal_service, other_org, total]"}
    gold.update(_gold_tables(figs))
    gold["cell_status"] = dict(figs.cell_status)
    gold["t2_decimals"] = dict(figs.t2_decimals)
    gold["cell_raw"] = dict(figs.cell_raw)
    gold["narrative_counts"] = narr.mentions
    gold["lookalikes"] = narr.lookalikes
    gold["claims"] = narr.claims
    expected = table_findings(gold) + narr.expected
    blanks = sorted(m for m, st in figs.cell_status.items() if st in ("blank", "slash"))
    if blanks:  # one finding per table that has blank or slash cells
        expected.append({"rule": "table.blank", "severity": "warning", "where": "t3", "metrics": blanks})
    if prev is not None:
        gold["pair_with"] = {"id": prev[1]["id"], "year": prev[1]["year"], "role": "previous"}
        expected += carry_findings(prev[1], gold)
    if inject == "cross_year.carry":
        injected.append({"kind": "cross_year.carry", "where": f"t3.carried_over.{T3_COLS[carry[0]]}",
                         "printed": gold["t3"]["carried_over"][carry[0]],
                         "true": prev[1]["t3"]["carried_forward"][carry[0]]})
    for e in narr.expected:
        if not e.get("follows"):  # (an inconsistency that follows from one injected elsewhere is expected, not injected)
            injected.append({"kind": e["rule"], "where": e["where"], "printed": e["reported"], "true": e.get("computed")})
    for metric, printed, true in stale:
        injected.append({"kind": "narrative.stale", "where": metric, "printed": printed, "true": true})
        expected.append({"rule": "narrative.table", "severity": "error", "where": metric,
                         "reported": printed, "computed": true, "metrics": [metric]})
    # What was broken on purpose, and every inconsistency that follows (one per broken relation).
    gold["injected"] = injected
    gold["known_inconsistencies"] = [{"kind": e["rule"], "where": e["where"], "reported": e.get("reported"),
                                      "computed": e.get("computed")} for e in expected]
    gold["findings_expected"] = expected
    gold["clean"] = not expected

    blocks = _blocks(organ, year, figs, narr, rng)
    if fmt in ("html", "text", "docx") and random.Random(f"invisible:{seed}").random() < 0.25:
        blocks = with_invisible_characters(blocks, random.Random(f"invisible-at:{seed}"))
        gold["invisible_characters"] = True
    path = out / gold["file"]
    if fmt == "html":
        page = plain_html(blocks, rng=rng if rng.random() < 0.5 else None)
        mirror = random.Random(f"mirror:{seed}")
        if mirror.random() < 0.15:
            # A mirror site's copy in traditional characters, converted character by character or the Taiwan way, words
            # too (信息 → 資訊, 文件 → 檔案; real51, real61 and r66's pages): the report reads the same.
            gold["mirror"] = mirror.choice(["s2t", "s2twp"])
            page = _opencc(gold["mirror"]).convert(page)
        path.write_text(page, encoding="utf-8")
    elif fmt == "html-word":
        if rng.random() < 0.3:  # declared gb2312, written as GBK (its superset), as such sites do
            path.write_bytes(word_html(blocks, rng, charset="gb2312", glued_header=glued_header, font_wrapped=font_wrapped).encode("gbk"))
            gold["encoding"] = "gbk"
        else:
            path.write_text(word_html(blocks, rng, glued_header=glued_header, font_wrapped=font_wrapped), encoding="utf-8")
    elif fmt == "text":
        path.write_text(pipe_text(blocks, rng), encoding="utf-8")
    elif fmt == "text-flattened":
        path.write_text(flat_text(blocks, blocks[0][1], t4_joined), encoding="utf-8")
        gold["ambiguous_cells"] = flat_ambiguous(blocks, t4_joined)
        gold["t4_joined"] = t4_joined
    elif fmt == "text-crawled":
        # newline="": the dump's own line ends (CRLF in about half) are written as they are.
        # (a page whose words sit in many short runs, in about 30% of them: a node every 8 to 20 characters)
        dense = random.Random(f"densenodes:{seed}")
        dense_cut = dense.uniform(0.05, 0.12) if dense.random() < 0.3 else None
        path.write_text(crawled_text(blocks, organ.name, year, variant, dense_cut), encoding="utf-8", newline="")
        if dense_cut is not None:
            gold["dense_nodes"] = True
        rows = printed_rows([b[1] for b in blocks if b[0] == "table"])
        gold["printed_lines"] = {prefix: lines for prefix, (_, _, lines) in rows.items()}
        gold["unsettled"] = unsettled(rows)
    elif fmt == "text-cells":
        path.write_text(cell_lines_text(blocks, variant), encoding="utf-8")
    elif fmt == "markdown-ocr":
        path.write_text(markdown_ocr(blocks, variant), encoding="utf-8")
    elif fmt == "docx":
        write_docx(blocks, path, rng)
    elif fmt == "pdf-text":
        path.write_bytes(pdf_bytes(blocks))
    elif fmt in ("pdf-shared", "pdf-shared-scanned"):
        unruled, gold["unruled_rows"] = _unruled_rows(blocks, variant)
        data = pdf_bytes(blocks, unruled)
        if fmt == "pdf-shared-scanned":  # its pdf-shared twin's pages, scanned
            data, gold["scan"] = scan(data, random.Random(f"scan:{seed}"), container="pdf")
        path.write_bytes(data)
    elif fmt in ("pdf-scanned", "image"):
        # The pdf-text twin's pages, scanned: same figures and text, so the same gold.
        data, gold["scan"] = scan(pdf_bytes(blocks), random.Random(f"scan:{seed}"),
                                  container="pdf" if fmt == "pdf-scanned" else "tiff")
        path.write_bytes(data)
    else:
        raise ValueError(f"unknown format {fmt!r}; known: {FORMATS}")
    _dump(out / f"{rid}.gold.json", gold)
    return figs, gold


def copy_stale_sentence(last: Figures, figs: Figures, narr, year: int, rng: random.Random
                        ) -> list[tuple[str, int, int]]:
    """Append to this year's narrative a sentence of last year's, word for word but for its
    leading year (updated, as a hurried writer does), that states a figure which has changed
    since: the stale copy a reviewer looks for. Only sentences whose figures stand alone (no
    part of a total this year, no claim such as 均获维持) are copied, so that what follows is
    known: one `narrative.table` error per stale figure. Returns (metric, printed, this
    year's figure) per stale figure; [] when last year has no such sentence."""
    previous = last.narrative
    if previous is None:
        return []
    alone = set(previous.standalone) & set(narr.standalone)
    claims = [c.get("quote", "") for c in previous.claims]
    # (nor a sentence whose list last year's report broke on purpose: its copy would break this year's too, unexpected)
    broken = {e["reported"] for e in previous.expected if e["rule"] == "narrative.sum"}
    options = []
    for key, paragraphs in previous.sections.items():
        for paragraph in paragraphs:
            for sentence in paragraph.split("。"):
                inside = [m for m in previous.mentions if m["quote"] and m["quote"] in sentence]
                with_metric = [m for m in inside if m.get("metric")]
                # Each figure as last year's table printed it (a sentence that was wrong already is
                # no stale copy), standing alone in both years.
                if not all(m["metric"] in alone and m["kind"] == "count" and not m["approx"]
                           and last.value(m["metric"]) == m["value"] for m in with_metric):
                    continue
                stale = [m for m in with_metric if figs.value(m["metric"]) != m["value"]]
                if (stale and len(sentence) >= 20
                        and not any(m["value"] in broken for m in inside)
                        and not any(c and (c in sentence or sentence in c) for c in claims)
                        and not sentence.startswith(("其中", "其", "另", "此外"))):
                    options.append((key, sentence, inside, stale))
    if not options:
        return []
    key, sentence, inside, stale = rng.choice(options)
    then, now = f"{year - 1}年", f"{year}年"
    copied = now + sentence[len(then):] if sentence.startswith(then) else sentence
    paragraphs = narr.sections[key]
    at = max((i for i, p in enumerate(paragraphs) if p.endswith("。")), default=None)
    if at is None:
        paragraphs.append(copied + "。")
    else:
        paragraphs[at] += copied + "。"
    for m in inside:
        narr.mentions.append({**m, "quote": m["quote"].replace(then, now, 1) if m["quote"].startswith(then)
                              else m["quote"]})
    return [(m["metric"], m["value"], figs.value(m["metric"])) for m in stale]


@functools.cache
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def _dump(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def generate(n: int, out: Path | str, seed: int = 0, formats: list[str] | None = None) -> list[dict]:
    """Write n reports (with gold) into `out`; `formats` restricts the cycle (tests use the
    fast ones). About one report in seven is the next year of the organ before it."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    wanted = {ALIASES.get(f, f) for f in formats} if formats else set(FORMATS)
    unknown = wanted - set(FORMATS) - set(OLD_FORMATS)
    if unknown:
        raise ValueError(f"unknown formats {sorted(unknown)}; known: {FORMATS + list(OLD_FORMATS)}")
    cycle = [f for f in FORMAT_CYCLE if f in wanted] + [f for f in OLD_FORMATS if f in wanted]
    plan = random.Random(f"plan:{seed}")
    golds: list[dict] = []
    i = 0
    while i < n:
        rid = f"gen-{seed}-{i + 1:04d}"
        organ = pick_organ(random.Random(f"organ:{seed}:{i}"))
        fmt = cycle[i % len(cycle)]
        if fmt in OLD_FORMATS:
            golds.append(generate_old_report(rid, f"{seed}:{i}", out, organ=organ, fmt=fmt))
            i += 1
            continue
        figs, gold = generate_report(rid, fmt, f"{seed}:{i}", out, organ=organ)
        golds.append(gold)
        i += 1
        # (a next year's report continues a report of the current forms: never a pre-2019 one)
        if i < n and cycle[i % len(cycle)] not in OLD_FORMATS and plan.random() < 0.15:
            rid2 = f"gen-{seed}-{i + 1:04d}"
            _, gold2 = generate_report(rid2, cycle[i % len(cycle)], f"{seed}:{i}", out,
                                       organ=organ, prev=(figs, gold))
            gold["pair_with"] = {"id": rid2, "year": gold2["year"], "role": "next"}
            _dump(out / f"{rid}.gold.json", gold)
            golds.append(gold2)
            i += 1
    manifest = {"generator": GENERATOR_VERSION, "seed": seed, "n": n,
                "reports": [{"id": g["id"], "file": g["file"], "format": g["format"], "clean": g["clean"]} for g in golds]}
    _dump(out / "manifest.json", manifest)
    return golds
