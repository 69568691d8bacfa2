"""Reports for the service tests: the project's sample, broken on purpose or made hostile."""

from __future__ import annotations

import copy
import json
import re
from html import escape

from conftest import SAMPLES
from html_build import report_html

SAMPLE = SAMPLES / "qinglan-2023-word.html"
# Script in report text, in an attribute, and breaking out of one.
PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>']
SECTIONS = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]


def broken_sample() -> bytes:
    """The sample with 表四 行政复议 总计 printed as 9 instead of 3 (t4.R5 broken)."""
    html = SAMPLE.read_bytes().decode("gbk")
    cells = list(re.finditer(r">3<o:p>", html))
    # After 表四's header, the figures row starts 2 1 0 0 3: the first "3" is 行政复议 总计.
    t4 = html.index("复议后起诉")
    target = next(m for m in cells if m.start() > t4)
    return (html[: target.start()] + ">9<o:p>" + html[target.end():]).encode("gbk")


def cell_payload(payload: str) -> str:
    """The payload as it survives in a table cell (cells lose their spaces; `/` separates
    attributes just as well)."""
    return payload.replace(" ", "/")


def hostile_report(payload: str) -> bytes:
    """The sample's figures as an HTML report carrying `payload` as text in its title, in a
    narrative sentence and in the note of 表三 本年新收·自然人, whose figure (5 instead of
    40) breaks the table's sums, so that findings point at that cell."""
    gold = copy.deepcopy(json.loads((SAMPLES / "qinglan-2023-word.gold.json").read_text(encoding="utf-8")))
    gold["t3"]["new_received"][0] = f"5（{cell_payload(payload)}）"
    html = report_html(gold, ["一、总体情况", f"全年共收到政府信息公开申请{payload}48件。", *SECTIONS])
    # The title keeps the payload after 年度报告 (a title line is what names the report).
    html = html.replace("年度报告</h1>", f"年度报告{escape(payload)}</h1>", 1)
    return html.encode("utf-8")
