"""Report metadata: title, organ, year, layout, pages, which sections exist."""

from __future__ import annotations

import re

from models import Document, Meta
from models.vocabulary import vocabulary

from .sections import find_sections
from .tables.standard import MappedTables

# "标题: …" in crawler dumps, "# …" in markdown.
_TITLE_PREFIX = re.compile(r"^\s*(?:(?:标题|题目|title)\s*[:：]|#+)\s*", re.I)
_TITLE = re.compile(
    r"^(?P<organ>.*?)\s*(?:关于)?\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?:度)?\s*"
    r"(?:政府信息公开|政务公开|信息公开).{0,6}?(?:工作)?\s*(?:年度)?\s*报告"
)


def find_title(doc: Document) -> str | None:
    """The report's title: the first short heading or line that names a 年度报告 (or opens a long one with it). A
    title set over two lines, the organ alone on the first, is joined back; so is one a PDF wrapped before its last
    words."""
    lines: list[str | None] = []  # the first lines of the first blocks; None where a table stands between
    for block in doc.blocks[:15]:
        if block.kind == "table":
            lines.append(None)
            continue
        lines += [_TITLE_PREFIX.sub("", x).strip() for x in block.text.splitlines()[:10]]
    before = ""  # the short line just above, when it could be an organ's name
    for i, line in enumerate(lines):
        if line is None:
            before = ""
            continue
        m = _TITLE.search(line) if len(line) <= 80 else None
        if m is None and len(line) > 80 and (m := _TITLE.match(line[:80])) is not None:
            # A title run into the paragraph after it, where a dump put no line break between them ("…2023年度政府
            # 信息公开工作年度报告本报告根据《条例》…", the cell-lines dumps): the title is the words up to 报告.
            line = m.group()
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if m is None and len(line) <= 80 and nxt and len(nxt) <= 12 and (m := _TITLE.search(line + nxt)) is not None:
            # A title a PDF wrapped before its last words ("…2023年度政府信息公开工作年度" / "报告", generated seed 1's
            # shared PDF): joined back.
            line = line + nxt
        if m:
            if not m.group("organ").strip() and before:
                return before + line
            return line
        before = line if len(line) <= 30 and line.endswith(tuple(vocabulary().organ_endings)) else ""
    return None


def read_meta(doc: Document, tables: MappedTables) -> Meta:
    title = find_title(doc)
    organ = year = None
    if title:
        m = _TITLE.search(title)
        organ = m.group("organ").strip(" 　:：-—") or None
        year = int(m.group("year"))
    return Meta(
        organ=organ,
        year=year,
        layout=tables.layout,
        pages=doc.pages,
        title=title,
        sections_found=sorted({s.numeral for s in find_sections(doc.text)} | tables.sections, key="一二三四五六".index),
        other_single_row=tables.other_single_row,
    )
