"""The reader-labelled prose rewritten as other reports write the same words: a reading that changes is brittle.

    python -m bench rewrites [FILE.jsonl …] [--edits space,zong,cn,cn2,organ,heading,jiedao,le,thousands,trad,gongji,tongyi,fuyi,lines,heji,shouli,xinxi,cinian,huifu,first,wanbi,quanbu,weiceng,yishenqing,buyuyi,baogao,zhuanru,anjian,chuli,quotes,conj,yearsplit,jieshou,leiji,nianei,zhunyu,wrap,nodeword] [-v N]

Each passage of the sets (tests/narrative/real*.jsonl by default) is read as printed and again after one edit that keeps
its meaning; the passages whose counts, kinds or cells change are counted per edit, and -v prints the first N of them.
No gold is needed: the edits find rules that lean on one way of writing (s60 found cases in 宗 and small figures in
Chinese numerals read otherwise than in 件 and digits, and a heading naming counts that had words of their own; s61, 复议
opening a clause without 行政, 共计 where channels' rules had 共 only, and 同意公开 where a count said before its
result knew 予以公开 only; figures of two
digits in Chinese numerals before 个 and a word in 镇 read as a place name, 二十个镇街; s62, a numbered item's sentence
cut before its figure taken for a heading, "2.全年共受理依申请公开" / "1" / "件", 合计 before a verb where rules had 共 and
共计, 受理 of consultations taken as speaking of applications, "受理在线咨询45条,及时回复45条", and rules that knew the
applications as 政府信息公开申请 only, "共收到自然人、法人或其他组织信息公开申请5件" read as the organisations', and nils
that knew next year as 下年度 only, "无结转次年" read as no cell, and rules that knew the reply as 答复 only, "上年度结转办理
回复15件" and "顺延到下年度回复" read as no cell; s63, a count put between its verb and the applications, which lost what the
words said of whom or of the year after, "收到10件政府信息公开自然人申请", and 办结 written 办理完毕, read as the total where 办结's
words were refused, "12345热线…办理完毕2680件", and 予以公开 written 全部公开, known only right before its figure, "全部公开的有12件",
and 未 written 未曾, whose "not even one" was read as a count of one, "未曾受理一件依申请公开政府信息事项"; s64, 政府信息公开申请
written 依申请公开申请, where a cue with words of any kind between its parts ended at the 申请 of 依申请, "收到和处理依申请公开申请2件",
and 不予公开 written 不予以公开, whose 予以公开 was read as the granted named, "作为依申请公开信息数28条,不予以公开信息数8条"; s65, 本年度 written 报告期内, read
as a time limit or not as this year, "报告期内办结39件", and 结转下年度 written 转入下一年度, whose nil was none, "无转入下一年度办理的申请", and 行政复议 written 行政复议案件, whose outcome's nil was none, "未有行政复议案件纠错", and 办理 written 处理, "共处理434件" read as no cell; real156's pages cut a crawler's node a line at quotes, 和 and 及 and
inside years, "没有" / "“" / "不予公开" / "”" / "的政府信息", "…行政复议案" / "和" / "行政诉讼案", "2.依申请公开:202" / "5年…", whose nils
were lost or whose year's digits were a count; and 收到 written 接收, beside which the withdrawn were no reading of 其他处理; s66, 共 written 累计, whose sum since the start of the year
reported on was read as one over years, "2024年以来,我局全年累计受理…2件", and 本年度 written 年内 and 予以公开 written 准予公开, known
neither as this year nor as the granted; a passage wrapped every 30 characters, whose heading's sentence ended at the wrap,
"(二)依申请公开情况2022年,未收到…,没有因" / "政府信息公开申请…", and a node cut inside a word, "…新收到政府信息" / "公开申请4件", a
short line taken for a title).
Some change is meant: "jiedao" (收到 written 接到) keeps 新收到's reading of the new applications only, and "heading"
puts 依申请公开's heading before passages about anything, whose bare counts it then names.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from extractor.ingest.textnorm import traditional_form
from extractor.narrative import extract_mentions

from .prose import _doc, as_ingested, traditional_reports

SETS = Path(__file__).resolve().parents[1] / "tests" / "narrative"
RESULTS = Path(__file__).resolve().parent / "results" / "rewrites.json"
# A figure right before a unit that counts things (the numeral edits write only those in Chinese).
_COUNTED = r"(?=\s*(?:件|条|宗|项|个|次|起|份))"
# 共 right before a verb of receiving or handling (the edits write it 共计 or 合计).
_GONG = r"共(?=收到|受理|办理|办结|接到)"
# The name of one of 表三's results (the groups), as a report writes it.
_RESULT = r"(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)"
# A verb of receiving or handling, the applications it names (to their last 申请, in one clause) and their count after them.
_VERB_OBJECT_COUNT = r"(收到|受理|接收|接到|办结|办理|答复|回复|结转|新收)(了)?([^\d,，。;；、]{0,20}?申请)(\d+)(件)"

# Each edit: (what it does, the rewrite). A passage it leaves unchanged is not counted.
EDITS: dict[str, tuple[str, Callable[[str], str]]] = {
    "space": ("a space between a figure and its unit, as crawled text prints it",
              lambda s: re.sub(r"(\d)(件|条|宗|项|次|个)", r"\1 \2", s)),
    "zong": ("cases counted in 宗 rather than 件, as 广东's reports count them",
             lambda s: re.sub(r"(\d)件", r"\1宗", s)),
    "cn": ("small figures in Chinese numerals",
           lambda s: re.sub(r"(?<![\d.])([1-9])" + _COUNTED, lambda m: _cn2an().an2cn(m.group(1)), s)),
    "cn2": ("figures from 10 to 99 in Chinese numerals, not after 数 (数十条 is some tens)",
            lambda s: re.sub(r"(?<![\d.,，数])([1-9]\d)" + _COUNTED, lambda m: _cn2an().an2cn(m.group(1)), s)),
    "organ": ("the organ called 本机关 rather than 我局, 我委 …",
              lambda s: re.sub(r"我(?:局|委|办|镇|乡|区|县|市)(?=[^\W\d])", "本机关", s)),
    "heading": ("依申请公开's heading as a sentence before the passage",
                lambda s: "（二）依申请公开情况。" + s),
    "jiedao": ("收到 written 接到", lambda s: s.replace("收到", "接到")),
    "le": ("了 after 收到 and 受理 before what was received (not before 和, 并, 的 … nor in 受理点, 受理量)",
           lambda s: re.sub(r"(?<![未没不无])(?<!属于)(收到|受理)(?![了和及并、与的点量数后率,，。;；\d])", r"\1了", s)),
    "thousands": ("a figure of four digits or more printed with thousands separators",
                  lambda s: re.sub(r"(?<![\d.,])(\d{1,3})(\d{3})(?=\s*(?:件|条|项|次|个|人次|份))",
                                   lambda m: f"{m.group(1)},{m.group(2)}", s)),
    "trad": ("the passage in traditional characters, as mirrors print it", lambda s: _to_traditional().convert(s)),
    "gongji": ("共 written 共计 before a verb of receiving or handling",
               lambda s: re.sub(_GONG, "共计", s)),
    "tongyi": ("予以公开 written 同意公开, as the old form's words say it", lambda s: re.sub(r"(?<!不)予以公开", "同意公开", s)),
    "fuyi": ("行政复议 and 行政诉讼 written 复议 and 诉讼 where they open a clause",
             lambda s: re.sub(r"(?<=[,，、。;；])行政(复议|诉讼)", r"\1", s)),
    "lines": ("each counted figure on a line of its own, as a crawler prints one DOM node a line",
              lambda s: re.sub(r"(?<![\d.])(\d+)" + _COUNTED, r"\n\1\n", s)),
    "heji": ("共 written 合计 before a verb of receiving or handling",
             lambda s: re.sub(_GONG, "合计", s)),
    "shouli": ("收到 written 受理 (not 接收到, nor in a nil)", lambda s: re.sub(r"(?<![未没不无新接])收到", "受理", s)),
    "xinxi": ("政府信息公开申请 written 信息公开申请", lambda s: s.replace("政府信息公开申请", "信息公开申请")),
    "cinian": ("下一年度 written 次年", lambda s: re.sub(r"下一?年度?", "次年", s)),
    "huifu": ("答复 written 回复", lambda s: s.replace("答复", "回复")),
    "first": ("a count of applications put between its verb and them (收到12件政府信息公开申请)",
              lambda s: re.sub(_VERB_OBJECT_COUNT, r"\1\2\4\5\3", s)),
    "wanbi": ("办结 written 办理完毕 (not 未办结 nor 办结率)", lambda s: re.sub(r"(?<!未)办结(?!率)", "办理完毕", s)),
    "quanbu": ("予以公开 written 全部公开, as the old form's replies say it, before its figure or 的",
               lambda s: re.sub(r"(?<!不)予以公开(?=\d|的|[,，]|$)", "全部公开", s)),
    "weiceng": ("未 written 未曾 before a verb of receiving or happening",
                lambda s: re.sub(r"(?<![尚并从均亦也])未(?=收到|发生|接到|受理|出现)", "未曾", s)),
    "yishenqing": ("政府信息公开申请 written 依申请公开申请, as 180 seen passages write it",
                   lambda s: s.replace("政府信息公开申请", "依申请公开申请")),
    "buyuyi": ("不予公开 written 不予以公开", lambda s: s.replace("不予公开", "不予以公开")),
    "baogao": ("本年度 written 报告期内, the reporting period", lambda s: s.replace("本年度", "报告期内")),
    "zhuanru": ("结转下年度 written 转入下一年度", lambda s: s.replace("结转下年度", "转入下一年度")),
    "anjian": ("行政复议 written 行政复议案件 (not before 案 or 申请)", lambda s: re.sub(r"行政复议(?![案申])", "行政复议案件", s)),
    "chuli": ("办理 written 处理 (not in 办理结果)", lambda s: re.sub(r"办理(?!结果)", "处理", s)),
    "quotes": ("each quote mark on a line of its own, a crawler's node a line", lambda s: re.sub(r"([“”])", "\n\\1\n", s)),
    "conj": ("和 or 及 between two items on a line of its own", lambda s: re.sub(r"(?<=[\u4e00-\u9fff])(和|及)(?=[\u4e00-\u9fff])",
                                                                            "\n\\1\n", s)),
    "yearsplit": ("a year's digits cut after the third, 201 / 8年", lambda s: re.sub(r"(20[012])(\d年)", "\\1\n\\2", s)),
    "jieshou": ("收到 written 接收 (not in a nil, nor after 新 or 接)", lambda s: re.sub(r"(?<![未没不无新接])收到", "接收", s)),
    "leiji": ("共 written 累计 before a verb of receiving or handling", lambda s: re.sub(_GONG, "累计", s)),
    "nianei": ("本年度 written 年内", lambda s: s.replace("本年度", "年内")),
    "zhunyu": ("予以公开 written 准予公开", lambda s: re.sub(r"(?<!不)予以公开", "准予公开", s)),
    "wrap": ("the passage wrapped every 30 characters, as a PDF's lines", lambda s: "\n".join(s[i : i + 30] for i in range(0, len(s), 30))),
    "runs": ("the passage cut every 17 characters, a crawled page's words in many short runs (real156's pages)",
             lambda s: "\n".join(s[i : i + 17] for i in range(0, len(s), 17))),
    "nodeword": ("政府信息公开申请 cut 政府信息 / 公开申请, a crawler's node cut inside a word",
                 lambda s: s.replace("政府信息公开申请", "政府信息\n公开申请")),
    "copula": ("为 between the applications handled or received and their count (办理…申请为204件)",
               lambda s: re.sub(r"((?:收到|受理|办理|处理)[^\d，,。；;]{0,16}?申请)(\d+\s*件)", "\\1为\\2", s)),
    "zhengwu": ("政府信息公开申请 written 政务信息公开申请, as 42 seen passages write it",
                lambda s: s.replace("政府信息公开申请", "政务信息公开申请")),
    "quoted": ("a result's name in quotes (“予以公开”) where its count or another result follows, as the 2019 form's reports print it",
               lambda s: re.sub(r"(?<![“\"部分不以理])" + _RESULT + r"(?=\s*(?:\d|[、或和及]\s*(?:予以|部分|不予|无法|其他)))", "“\\1”", s)),
    "yishenqing_xinxi": ("依申请公开 written 依申请信息公开 after a verb or before its count, as 53 seen passages write it",
                         lambda s: re.sub(r"(?:(?<=收到)|(?<=受理)|(?<=办理)|(?<=处理)|(?<=接到)|(?<=共))依申请公开|依申请公开(?=\s*\d|事项|件)",
                                          "依申请信息公开", s)),
    "fronted": ("the applications named before their verb of receiving (政府信息公开申请共收到58件)",
                lambda s: re.sub(r"(?<=[，,。；;年局委办府镇])(共计?|合计|累计)?(收到|受理|接收)((?:各类)?(?:有效)?(?:政府信息公开申请|依申请公开申请|信息公开申请))(?=\d)",
                                 "\\3\\1\\2", s)),
    "da": ("达 between the applications received or handled and their count (收到…申请达383件)",
           lambda s: re.sub(r"((?:收到|受理|办理|处理)[^\d，,。；;]{0,16}?申请)(\d+\s*件)", "\\1达\\2", s)),
    "zhengwu_gongkai": ("政府信息公开申请 written 政务公开申请, as 13 seen passages write it",
                        lambda s: s.replace("政府信息公开申请", "政务公开申请")),
}


@lru_cache(maxsize=1)
def _cn2an():
    import cn2an  # noqa: PLC0415 (only the numeral edits need it)

    return cn2an


@lru_cache(maxsize=1)
def _to_traditional():
    import opencc  # noqa: PLC0415 (only this edit needs it)

    return opencc.OpenCC("s2t")


def _reading(text: str, year: int | None) -> list[tuple]:
    return sorted(((m.value, m.kind, m.metric, tuple(sorted(m.alternatives)))
                   for m in extract_mentions(_doc(text), year=year) if m.kind != "claim"), key=repr)


def measure(files: list[Path], edits: list[str], show: int = 0) -> dict[str, dict]:
    passages = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    # Each passage in the characters its page is read in, as `bench prose` reads it (a short passage of a page in
    # traditional characters is converted with its page), and its rewrite the same way.
    converted = traditional_reports(passages)
    forms = [converted.get(p.get("src")) or traditional_form(p["s"]) for p in passages]
    texts = [(as_ingested(p["s"], form), p.get("year"), form) for p, form in zip(passages, forms)]
    read_before: dict[int, list[tuple]] = {}  # each passage read as printed once, for every edit that changes it
    out: dict[str, dict] = {}
    for name in edits:
        _, rewrite = EDITS[name]
        edited = changed = 0
        for i, (text, year, form) in enumerate(texts):
            again = rewrite(text)
            if again == text:
                continue
            edited += 1
            # (a passage rewritten in traditional characters is read as ingest reads such a page: converted whole)
            after = _reading(as_ingested(again, "t2s" if name == "trad" else form), year)
            if i not in read_before:
                read_before[i] = _reading(text, year)
            before = read_before[i]
            if before != after:
                changed += 1
                if changed <= show:
                    print(f"  {name}: {text[:100]}")
                    print(f"      before {[x for x in before if x not in after][:4]}")
                    print(f"      after  {[x for x in after if x not in before][:4]}")
        out[name] = {"edited": edited, "changed": changed}
        print(f"{name}: {changed} of {edited} passages read otherwise ({EDITS[name][0]})")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench rewrites", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", type=Path, help="reader-labelled sets (default: tests/narrative/real*.jsonl)")
    p.add_argument("--edits", default=",".join(EDITS), help=f"comma-separated, of: {', '.join(EDITS)}")
    p.add_argument("-v", "--verbose", type=int, default=0, metavar="N", help="print the first N changed passages per edit")
    p.add_argument("--json", type=Path, default=RESULTS, help="where to write the results")
    args = p.parse_args(argv)
    edits = [e for e in args.edits.split(",") if e]
    if unknown := [e for e in edits if e not in EDITS]:
        p.error(f"unknown edit(s): {', '.join(unknown)}")
    files = args.files or sorted(SETS.glob("real*.jsonl"))
    if missing := [f for f in files if not f.is_file()]:
        p.error(f"no such set: {', '.join(map(str, missing))}")
    results = measure(files, edits, args.verbose)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
