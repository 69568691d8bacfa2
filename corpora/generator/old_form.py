"""A report on a year before 2019 as a crawler stored it (corpora/real/pre-2019: 莆田 organs,
2014–2018): no standard tables; a short narrative, then the statistics table the province's
template ended with —

    指标名称 | 计量单位 | 2016年度 | 历年累计
    主动公开文件数 | 条 | 448 | 2471

— one DOM text node per line, as real pages print it: header words cut one character or
two a line ("指" / "标" / "名" / "称", "201" / "6" / "年度", "历年" / "累计"), numberings on
lines of their own ("其中：" / "1" / "、同意公开答复数"), an empty cell printing nothing, and
every line equal to the one before dropped (a row 0 | 0 prints one "0"). In some reports a
figure is cut across two lines ("16" / "95" of 1695): that row cannot be read, and its
figures are left out of the gold (`unreadable_rows`): the reader must leave them unread.
A figure is only cut where the row prints both its figures, so the cut shows as one line
too many (a cut beside an empty cell would look like two figures: no reader could tell).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from .organs import Organ, pick_organ

# (label as printed, unit, key, metric of the year's figure), in the template's order.
ROWS = [
    ("主动公开文件数", "条", "published", None),
    ("其中：1.政府网站公开数", "条", "website", None),
    ("2.政府公报公开数", "条", "gazette", None),
    ("受理政府信息公开申请总数", "条", "received", "t3.new_received.total"),
    ("其中：1.当面申请数", "条", "in_person", None),
    ("2.网上申请数", "条", "online", None),
    ("3.信函、传真申请数", "条", "by_post", None),
    ("对申请的答复总数", "条", "replied", "t3.total.total"),
    ("其中：1.同意公开答复数", "条", "granted", "t3.granted.total"),
    ("2.同意部分公开答复数", "条", "partial", "t3.partial.total"),
    ("3.不予公开答复数", "条", "denied", "t3.denied.total"),
    ("4.其他类型答复数", "条", "other", None),
    ("政府信息公开收费减免金额", "元", "fees", None),
    ("接受行政申诉、举报数", "件", "complaints", None),
    ("行政复议数", "件", "reconsideration", "t4.reconsideration.total"),
    ("行政诉讼数", "件", "litigation", "t4.litigation.total"),
]


def _figures(rng: random.Random) -> dict[str, tuple[int, int | None]]:
    """Each row's (year's figure, cumulative figure or None for an empty cell)."""
    this: dict[str, int] = {}
    this["website"] = rng.randint(10, 600)
    this["gazette"] = rng.choice([0, 0, 0, rng.randint(1, 20)])
    this["published"] = this["website"] + this["gazette"]
    parts = [rng.choice([0, 0, rng.randint(1, 6)]) for _ in range(3)]
    this["in_person"], this["online"], this["by_post"] = parts
    this["received"] = this["replied"] = sum(parts)
    left = this["replied"]
    for key in ("partial", "denied", "other"):
        this[key] = rng.randint(0, left // 3) if left else 0
        left -= this[key]
    this["granted"] = left
    this["fees"] = 0
    this["complaints"] = 0
    this["reconsideration"] = rng.choice([0, 0, 0, 1])
    this["litigation"] = rng.choice([0, 0, 0, 0, 1])
    before = {k: rng.randint(0, 5) for k in this}  # the years since the first, summed
    before["website"] = rng.randint(50, 3000)
    before["published"] = before["website"] + before["gazette"]
    before["received"] = before["replied"] = sum(before[k] for k in ("in_person", "online", "by_post"))
    before["granted"] = before["replied"] - before["partial"] - before["denied"] - before["other"]
    if before["granted"] < 0:
        before["partial"] = before["denied"] = before["other"] = 0
        before["granted"] = before["replied"]
    blank = {"gazette", "fees", "complaints"} if rng.random() < 0.5 else set()
    return {k: (v, None if k in blank else v + before[k]) for k, v in this.items()}


def _header(year: int, columns: int, rng: random.Random) -> list[str]:
    name = rng.choice([["指标名称"], list("指标名称"), ["指", "标", "名", "称"]])
    unit = rng.choice([["计量单位"], ["计量", "单位"], ["单位"]])
    y = str(year)
    this = rng.choice([[f"{y}年度"], [y[:3], y[3:], "年度"], [y, "年度"], [f"{y}年"]])
    lines = name + unit + this
    if columns == 2:
        lines += rng.choice([["历年累计"], ["历年", "累计"]])
    return lines


def _label(label: str, before: str, rng: random.Random) -> list[str]:
    """A label with its numbering, as the page's spans cut it. A numbering alone on its line
    is not printed right after the same figure (the crawler would drop it, and the figure
    would read as the numbering or the numbering as the figure: no reader could tell)."""
    if label.startswith("其中："):
        rest = label[3:]
        return rng.choice([[label], ["其中：", rest], ["其中：", rest[0], "、" + rest[2:]]])
    if label[0].isdigit() and label[0] != before and rng.random() < 0.3:
        return [label[0], "、" + label[2:]]
    return [label]


def _core(label: str) -> str:
    """A row's label without its numbering ("其中：1.政府网站公开数" → "政府网站公开数"): what a
    reader quotes it by."""
    return label.split("：")[-1].split(".", 1)[-1]


def _cut(this: int, whole: str) -> list[str]:
    """A figure cut across two lines, neither equal to the line before it."""
    k = next(k for k in range(len(whole) - 1, 0, -1) if whole[:k] != str(this) and whole[:k] != whole[k:])
    return [whole[:k], whole[k:]]


def statistics_lines(year: int, figures: dict, columns: int, cut: str | None,
                     rng: random.Random) -> tuple[list[str], list[dict]]:
    """The table's node lines and the gold count of each printed figure."""
    lines = _header(year, columns, rng)
    gold: list[dict] = []
    for label, unit, key, metric in ROWS:
        this, total = figures[key]
        printed = [this] + ([total] if columns == 2 and total is not None else [])
        label_lines = _label(label, lines[-1], rng)
        lines += label_lines + [unit]
        core = _core(label)
        if key == cut:
            lines += [str(this)] + _cut(this, str(printed[1]))
            continue  # the reader must leave this row unread
        lines += [str(v) for v in printed]
        shown = [str(v) for i, v in enumerate(printed) if i == 0 or v != printed[i - 1]]
        quote = core + unit + "".join(shown)
        gold.append({"quote": quote, "value": this, "unit": unit, "metric": metric, "topic": "table",
                     "table_row": label, "table_column": f"{year}年度", "kind": "count"})
        if len(shown) == 2:  # an equal cumulative figure is the line the crawler dropped
            gold.append({"quote": quote, "value": total, "unit": unit, "metric": None, "topic": "table",
                         "table_row": label, "table_column": "历年累计", "kind": "count"})
    return lines, gold


def statistics_html(year: int, figures: dict, columns: int) -> tuple[str, list[dict]]:
    """The table as a page prints it (a Word-made table in the page): every cell its own, an
    empty one printing nothing; the gold count of each printed figure."""
    heads = ["指标名称", "计量单位", f"{year}年度"] + (["历年累计"] if columns == 2 else [])
    rows = ["<tr>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>"]
    gold: list[dict] = []
    for label, unit, key, metric in ROWS:
        this, total = figures[key]
        shown = [this] + ([total] if columns == 2 else [])
        rows.append("<tr>" + "".join(f"<td>{'' if v is None else v}</td>" for v in [label, unit, *shown]) + "</tr>")
        core = _core(label)
        for column, value in zip(heads[2:], shown):
            if value is not None:
                gold.append({"quote": core, "value": value, "unit": unit, "kind": "count", "topic": "table",
                             "metric": metric if column != "历年累计" else None,
                             "table_row": label, "table_column": column})
    return '<table border="1" cellspacing="0">' + "".join(rows) + "</table>", gold


# A count of documents made public in an old report's words (r139: "公开规范性文件4件" in a report on 2017): no 表二 is
# printed, so no cell; the first form's columns and the current form's are readings (both of r139's readers named 新公开).
DOCUMENTS_READ_AS = ["t2.normative_docs.issued", "t2.normative_docs.in_force", "t2.normative_docs.made",
                     "t2.normative_docs.published", "t2.normative_docs.total_public"]


def _prose(organ: Organ, year: int, figures: dict, documents: int = 0) -> list[tuple[str, list[dict]]]:
    """The narrative's paragraphs with the gold counts each states (words of the real ones)."""
    published, cumulative = figures["published"]
    received = figures["received"][0]
    paras = [(f"{year}年度，本机关通过政府网站主动公开信息{published}条"
              + (f"，公开规范性文件{documents}件" if documents else "")
              + (f"，历年累计主动公开信息{cumulative}条。" if cumulative is not None else "。"),
              [{"quote": f"主动公开信息{published}条", "value": published, "unit": "条", "metric": None, "kind": "count"}]
              + ([{"quote": f"公开规范性文件{documents}件", "value": documents, "unit": "件", "metric": None,
                   "kind": "count", "accept": DOCUMENTS_READ_AS}] if documents else [])
              + ([{"quote": f"历年累计主动公开信息{cumulative}条", "value": cumulative, "unit": "条",
                   "metric": None, "kind": "count"}] if cumulative is not None else []))]
    if received:
        granted = figures["granted"][0]
        paras.append((f"{year}年度，本机关共受理政府信息公开申请{received}件，其中同意公开答复{granted}件。",
                      [{"quote": f"共受理政府信息公开申请{received}件", "value": received, "unit": "件",
                        "metric": "t3.new_received.total", "kind": "count"},
                       {"quote": f"同意公开答复{granted}件", "value": granted, "unit": "件",
                        "metric": "t3.granted.total", "kind": "count"}]))
    else:
        paras.append((f"{year}年度，本机关未收到政府信息公开申请。",
                      [{"quote": "未收到政府信息公开申请", "value": 0, "unit": None,
                        "metric": "t3.new_received.total", "kind": "nil"}]))
    return paras


def generate_old_report(rid: str, seed: str, out: Path, organ: Organ | None = None,
                        fmt: str = "text-crawled-pre2019") -> dict:
    """Write one pre-2019 report (crawled text, or with `fmt` "html-pre2019" its page) and
    its gold; returns the gold."""
    rng = random.Random(f"old:{seed}")
    organ = organ or pick_organ(rng)
    year = rng.randint(2013, 2018)
    figures = _figures(rng)
    columns = 2 if rng.random() < 0.8 else 1
    wide = [k for k, (v, t) in figures.items() if t is not None and t != v and t >= 100]
    cut = rng.choice(wide) if columns == 2 and wide and rng.random() < 0.3 else None
    title = f"{organ.name}{year}年政府信息公开工作年度报告"
    lines = [f"标题: {title}", f"发布时间: {year + 1}-01-{rng.randint(10, 28)}", "正文:", title,
             "一、概述", f"本报告统计数据从{year}年1月1日至{year}年12月31日止。"]
    counts: list[dict] = []
    lines.append("二、主动公开及依申请公开情况")
    documents = random.Random(f"olddocs:{seed}")  # (a stream of its own: the rest of the report stays as it was)
    for text, said in _prose(organ, year, figures, documents.randint(1, 40) if documents.random() < 0.3 else 0):
        lines.append(text)
        counts += said
    if fmt == "html-pre2019":
        table, tabled = statistics_html(year, figures, columns)
        cut = None
        body = "".join(f"<p>{line}</p>" for line in lines[4:])
        path = out / f"{rid}.html"
        path.write_text(f"<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>"
                        f"{body}<p>三、附表</p>{table}<p>{organ.name}</p></body></html>", encoding="utf-8")
    else:
        lines += ["三、附表", f"{organ.name}{year}年度政府信息公开情况统计表"]
        table, tabled = statistics_lines(year, figures, columns, cut, rng)
        lines += table
        lines += [organ.name, f"{year + 1}年1月{rng.randint(10, 28)}日"]
        kept = [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]
        path = out / f"{rid}.txt"
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    gold = {"id": rid, "generator": {"seed": seed, "kind": "pre-2019"},
            "format": "html" if fmt == "html-pre2019" else "text-crawled",
            "file": path.name, "organ": organ.name, "organ_level": organ.level, "year": year,
            "layout": "pre-2019", "columns": columns, "narrative_counts": counts + tabled,
            "unreadable_rows": [label for label, _, key, _ in ROWS if key == cut],
            "lookalikes": [], "claims": [], "findings_expected": [], "known_inconsistencies": [], "clean": True}
    (out / f"{rid}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold
