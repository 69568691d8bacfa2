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

import json
import random
from pathlib import Path

from .ambiguity import splits
from .figures import T3_COLS, T4_COLS, Figures, make_figures
from .narrative import Injections, build
from .organs import Organ, pick_organ
from .relations import carry_findings, table_findings
from .render import flat_ambiguous, flat_text, pdf_bytes, pipe_text, plain_html, word_html, write_docx
from .scan import scan
from .tables import t2_table, t3_table, t4_table

GENERATOR_VERSION = "1"
# Names as in ../shared/corpus/real/*.gold.json "format".
FORMATS = ["html", "html-word", "text", "text-flattened", "docx", "pdf-text", "pdf-scanned", "image"]
ALIASES = {"pdf": "pdf-text", "text-flat": "text-flattened", "word": "html-word", "scan": "pdf-scanned",
           "tiff": "image"}
EXT = {"html": "html", "html-word": "htm", "text": "txt", "text-flattened": "txt", "docx": "docx", "pdf-text": "pdf",
       "pdf-scanned": "pdf", "image": "tiff"}
# One cycle of formats: every format appears in any 24 consecutive reports (the first 14
# hold them all). Text PDFs are a sixth of the corpus; scans, which OCR reads at seconds a
# page, one in twelve (pdf-scanned) and one in twenty-four (image): 200 reports are written
# in about a minute, and their 25 scans read in minutes.
_TWELVE = ["html", "pdf-text", "html-word", "text", "docx", "text-flattened",
           "html", "pdf-scanned", "html-word", "text", "pdf-text", "html"]
FORMAT_CYCLE = _TWELVE + ["image"] + _TWELVE[1:]
INJECTIONS = ["t3.cell", "t4.cell", "narrative.table", "narrative.sum", "narrative.percent", "table.blank"]

__all__ = ["generate", "generate_report", "FORMATS", "GENERATOR_VERSION"]


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


def _inject_table(kind: str, figs: Figures, rng: random.Random, flat: bool = False) -> list[dict]:
    """Break the printed tables; returns what was changed (gold "injected"). Only applicant columns of
    result rows are touched, so narrative totals (which read the printed tables) stay true.
    In a flattened dump (`flat`) the broken 表三 row must still split one way only, since
    its own relation no longer helps; otherwise 表四 (space-separated) is broken instead."""
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
            if not flat or len(list(splits("".join(map(str, vals)), 7))) == 1:
                figs.t3[r][c] = old + d
                return [{"kind": "t3.cell", "where": f"t3.{r}.{T3_COLS[c]}", "printed": old + d, "true": old}]
        kind = "t4.cell"
    if kind == "t4.cell":
        g = rng.choice(list(figs.t4))
        c = rng.randrange(5)
        old = figs.t4[g][c]
        new = 0 if (c == 4 and old and rng.random() < 0.5) else old + rng.randint(1, 6)
        figs.t4[g][c] = new
        return [{"kind": "t4.cell", "where": f"t4.{g}.{T4_COLS[c]}", "printed": new, "true": old}]
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


def _print_styles(figs: Figures, rng: random.Random, fmt: str) -> None:
    """Ways real tables print a correct figure: an annotated cell ("22（其中修订3件）") and
    thousands separators. Not in flattened dumps, where they would hide the figures."""
    if fmt == "text-flattened":
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
    if inject == "auto":
        # A blank cell leaves no trace in a flattened dump: nothing to inject there.
        choices = [k for k in INJECTIONS if not (k == "table.blank" and fmt == "text-flattened")]
        if prev is not None:
            choices = ["cross_year.carry"]
        inject = rng.choice(choices) if rng.random() < (0.45 if prev is not None else 0.5) else None
    carry = (rng.randrange(6), rng.randint(1, 4)) if inject == "cross_year.carry" else None
    figs = make_figures(organ, rng, layout, single, prev[0] if prev else None, carry)
    injected = _inject_table(inject, figs, rng, flat=fmt == "text-flattened") if inject else []

    _print_styles(figs, rng, fmt)
    inj = Injections(break_sum=inject == "narrative.sum", break_percent=inject == "narrative.percent")
    state = rng.getstate()
    narr = build(organ, year, figs, rng, inj)
    if inject == "narrative.table":
        # A cell a flattened dump prints ambiguously cannot be checked against: aim elsewhere.
        unsure = set(flat_ambiguous([("table", t2_table(figs)), ("table", t3_table(figs))])) \
            if fmt == "text-flattened" else set()
        targets = [m for m in narr.standalone if m not in unsure]
        inject = "narrative.table" if targets else None  # else the report stays clean
    if inject == "narrative.table":
        target = rng.choice(targets)
        v = figs.value(target)
        d = rng.choice([-1, 1]) * rng.randint(1, 5)
        wrong = v + d if v + d >= 0 else v - d
        rng.setstate(state)
        narr = build(organ, year, figs, rng, Injections(wrong={target: wrong}))
        narr.expected.append({"rule": "narrative.table", "severity": "error", "where": target,
                              "reported": wrong, "computed": v, "metrics": [target]})

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
        injected.append({"kind": e["rule"], "where": e["where"], "printed": e["reported"], "true": e.get("computed")})
    # What was broken on purpose, and every inconsistency that follows (one per broken relation).
    gold["injected"] = injected
    gold["known_inconsistencies"] = [{"kind": e["rule"], "where": e["where"], "reported": e.get("reported"),
                                      "computed": e.get("computed")} for e in expected]
    gold["findings_expected"] = expected
    gold["clean"] = not expected

    blocks = _blocks(organ, year, figs, narr, rng)
    path = out / gold["file"]
    if fmt == "html":
        path.write_text(plain_html(blocks, rng=rng if rng.random() < 0.5 else None), encoding="utf-8")
    elif fmt == "html-word":
        if rng.random() < 0.3:  # declared gb2312, written as GBK (its superset), as such sites do
            path.write_bytes(word_html(blocks, rng, charset="gb2312").encode("gbk"))
            gold["encoding"] = "gbk"
        else:
            path.write_text(word_html(blocks, rng), encoding="utf-8")
    elif fmt == "text":
        path.write_text(pipe_text(blocks, rng), encoding="utf-8")
    elif fmt == "text-flattened":
        path.write_text(flat_text(blocks, blocks[0][1]), encoding="utf-8")
        gold["ambiguous_cells"] = flat_ambiguous(blocks)
    elif fmt == "docx":
        write_docx(blocks, path, rng)
    elif fmt == "pdf-text":
        path.write_bytes(pdf_bytes(blocks))
    elif fmt in ("pdf-scanned", "image"):
        # The pdf-text twin's pages, scanned: same figures and text, so the same gold.
        data, gold["scan"] = scan(pdf_bytes(blocks), random.Random(f"scan:{seed}"),
                                  container="pdf" if fmt == "pdf-scanned" else "tiff")
        path.write_bytes(data)
    else:
        raise ValueError(f"unknown format {fmt!r}; known: {FORMATS}")
    _dump(out / f"{rid}.gold.json", gold)
    return figs, gold


def _dump(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def generate(n: int, out: Path | str, seed: int = 0, formats: list[str] | None = None) -> list[dict]:
    """Write n reports (with gold) into `out`; `formats` restricts the cycle (tests use the
    fast ones). About one report in seven is the next year of the organ before it."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    wanted = {ALIASES.get(f, f) for f in formats} if formats else set(FORMATS)
    unknown = wanted - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown formats {sorted(unknown)}; known: {FORMATS}")
    cycle = [f for f in FORMAT_CYCLE if f in wanted]
    plan = random.Random(f"plan:{seed}")
    golds: list[dict] = []
    i = 0
    while i < n:
        rid = f"gen-{seed}-{i + 1:04d}"
        organ = pick_organ(random.Random(f"organ:{seed}:{i}"))
        figs, gold = generate_report(rid, cycle[i % len(cycle)], f"{seed}:{i}", out, organ=organ)
        golds.append(gold)
        i += 1
        if i < n and plan.random() < 0.15:
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
