"""Page text as a site crawler stores it: every DOM text node on its own line, and every
line that repeats the line just before it dropped (see corpora/real/putian-*.txt).

What that does to a report:

- a crawler's header (`标题: …`, `发布时间: …`, `发布机构: …`, `原始链接: …`, `正文:`);
- paragraphs cut into node lines where the page had an element boundary: around figures
  (Word puts them in spans of their own), inside a year ("202" / "3" / "年"), and at
  arbitrary points (proofing and revision runs);
- headings on their own lines, now and then cut after their numbering ("（一）" / "主动公开情况");
- tables one cell per line, an empty cell printing nothing; header words wrapped in their
  narrow cells ("科研" / "机构", or one character a line "结" / "果" / "维" / "持"), long row
  labels wrapped ("三、本" / "年度办" / "理结果"), 表四's fifteen figures after all its header words;
- then the whole text with consecutive duplicate lines dropped: a table row 9 0 0 0 0 0 9
  prints "9" / "0" / "9", and 表四 with no cases a single "0".

Narrative is never cut so that two equal lines follow each other: the crawler would drop
one and change the text (the quoted counts).
"""

from __future__ import annotations

import random
import re

from .tables import TableSpec

# Where a node line may not start inside a paragraph: it would read as a new heading,
# list item or header field, not as the paragraph going on.
_OPENS_BLOCK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[.．、](?!\d)"
                          r"|[^\s:：，。]{1,8}\s*[:：])")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Header words of 表三 and 表四 that narrow cells wrap.
_WRAPPED_HEADERS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
                    "结果维持", "结果纠正", "其他结果", "尚未审结"}


def _head_lines(title: str, organ: str, year: int, rng: random.Random) -> list[str]:
    month, day = rng.randint(1, 3), rng.randint(2, 28)
    host = rng.choice(["www", "zwgk", "xxgk"])
    return [f"标题: {title}",
            f"发布时间: {year + 1}-{month:02d}-{day:02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            "文号: ",
            f"发布机构: {organ}",
            "栏目: 政府信息公开年报",
            f"原始链接: https://{host}.example.gov.cn/zfxxgk/zfxxgknb/{year + 1}{month:02d}/"
            f"t{year + 1}{month:02d}{day:02d}_{rng.randint(1_000_000, 9_999_999)}.htm",
            "正文:"]


def _paragraph(text: str, before: str, rng: random.Random, p_number: float, p_cut: float) -> list[str]:
    """One paragraph as node lines (never a line equal to the one before it)."""
    cuts: set[int] = set()
    for m in _NUMBER.finditer(text):
        a, b = m.span()
        if len(m.group()) == 4 and text[b:b + 1] == "年" and rng.random() < 0.15:
            cuts |= {b - 1, b} | ({a} if rng.random() < 0.5 else set())  # "202" / "3" / "年"
        elif rng.random() < p_number:  # the figure's own span: alone, or starting or ending a line
            cuts |= rng.choices([{a, b}, {a}, {b}], weights=[5, 3, 2])[0]
    cuts |= {i for i in range(1, len(text)) if rng.random() < p_cut}
    lines: list[str] = []
    start = 0
    for cut in sorted(cuts):
        piece = text[start:cut].strip()
        if not piece or not text[cut:].strip() or _OPENS_BLOCK.match(text[cut:]):
            continue
        if piece == (lines[-1] if lines else before):
            continue  # the crawler would drop it: keep it on one line with what follows
        lines.append(piece)
        start = cut
    tail = text[start:].strip()
    if lines and tail == lines[-1]:
        lines[-1] += tail
    else:
        lines.append(tail)
    return lines


def _word(text: str, style: str, rng: random.Random) -> list[str]:
    """A header word as its narrow cell wraps it."""
    if style == "mixed":
        style = rng.choice(["whole", "halves", "chars"])
    if style == "whole" or len(text) < 2 or text not in _WRAPPED_HEADERS:
        return [text]
    if style == "chars" and len(text) <= 4:
        return list(text)
    if len(text) == 3:
        return [text[:2], text[2:]]
    return [text[i:i + 2] for i in range(0, len(text), 2)]


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _label(text: str, rng: random.Random) -> list[str]:
    """A row label or long header as the page's cell wraps it."""
    r = rng.random()
    if text == "三、本年度办理结果" and r < 0.35:
        return ["三、本", "年度办", "理结果"]
    m = re.match(r"^([（(][一二三四五六七八九十]+[)）])(.+)$", text)
    if m and r < 0.3:
        head, rest = m.groups()
        if "（区分" in rest and rng.random() < 0.5:
            k = rest.index("（区分")
            return [head + rest[:k], rest[k:]]  # "（二）部分公开" / "（区分处理的，…）"
        if rng.random() < 0.5:
            return [head, rest]  # "（二）" / "部分公开（区分处理的，…）"
        return [head + rest[:1], rest[1:]]  # "（三）不" / "予公开"
    if text.startswith("（本列数据") and r < 0.4:
        k = text.index("等于") + 2
        return [text[:k], text[k:]]
    if text.startswith("第二十条") and r < 0.2:
        k = text.index("（") + 1
        return [text[:k], text[k:]]  # "第二十条第（" / "一）项"
    if len(text) > 16 and r < 0.3:
        return _wrap(text, rng.randint(13, 17))
    if re.match(r"^\d\.", text) and r > 0.96:
        return [text[:2], text[2:]]  # "2." / "申请人逾期未按收费通知…"
    return [text]


def _table_lines(t: TableSpec, styles: dict[str, str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for row in t.rows:
        for c in row:
            if c.metric is not None:
                if c.text:  # an empty cell is an empty node: nothing printed
                    out += c.text.split("\n")  # a unit in a node of its own: a line
            elif c.header and c.text in _WRAPPED_HEADERS:
                out += _word(c.text, styles[t.name], rng)
            elif c.text:
                out += _label(c.text, rng)
    return out


def _heading(text: str, rng: random.Random) -> list[str]:
    m = re.match(r"^([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)(.+)$", text)
    if m and rng.random() < 0.3:
        return list(m.groups())  # "（一）" / "主动公开情况", "五、" / "存在的主要问题及改进情况"
    return [text]


def drop_repeats(lines: list[str]) -> list[str]:
    """The crawler's last step: a line equal to the line before it is not stored."""
    return [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]


def crawled_text(blocks: list, organ: str, year: int, rng: random.Random, dense_cut: float | None = None) -> str:
    """`dense_cut`: the chance of a node boundary after each character of a paragraph where a page's words sit in many
    short runs (real156's pages: "微信公众号关注人数" / "12.8万" / "人。"), drawn by the caller from a stream of its own, so that
    the rest of the page stays as it was."""
    title = next(v for k, v in blocks if k == "title")
    lines = _head_lines(title, organ, year, rng)
    p_number, p_cut = rng.uniform(0.2, 0.8), rng.uniform(0.004, 0.03)
    if dense_cut is not None:
        p_cut = dense_cut
    styles = {"t2": "whole", "t3": rng.choice(["whole", "halves", "halves", "chars", "mixed"]),
              "t4": rng.choice(["whole", "halves", "chars", "chars", "mixed"])}
    title_in_body = rng.random() < 0.3
    for kind, val in blocks:
        if kind == "title":
            if title_in_body:
                lines.append(val)
        elif kind in ("heading", "sub"):
            lines += _heading(val, rng)
        elif kind == "para":
            lines += _paragraph(val, lines[-1], rng, p_number, p_cut)
        else:
            lines += _table_lines(val, styles, rng)
    eol = "\r\n" if rng.random() < 0.5 else "\n"
    return eol.join(drop_repeats(lines)) + eol
