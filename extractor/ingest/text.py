"""Plain-text and markdown dumps of reports.

The shapes that occur: `|`- or tab-separated rows (markdown tables, or web-page text dumps
where merged cells were flattened: "三、本年度办理结果 | (一)予以公开 | 17 | 1 | … | 18 | |");
tables printed one cell per line, each closed by a pipe (`cell_lines`); ordinary lines of
narrative; crawler dumps where a whole table became one run of text, or that stored every
DOM text node on its own line (both `flattened.find_tables`). Every cell and block keeps
its character offsets into the decoded source.
"""

from __future__ import annotations

import re

from models import Block, Cell, Document, Provenance, Table

from ..errors import UnreadableFile
from . import cell_lines
from .blocks import heading_words_apart, starts_heading, text_block
from .flattened import find_tables
from .textnorm import decode, normalize, traditional_form

_MD_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _separator(line: str, tab_neighbour: bool = False) -> str | None:
    """`|` rows (markdown, web-page dumps), or tab-separated rows (a table copied from a
    browser). A line with a single tab ("行政许可\t616") is a row only next to another
    tab row: alone it is as likely a stray tab in prose."""
    if "|" in line and not _MD_RULE.match(line):
        return "|"
    tabs = line.count("\t")
    if tabs >= 2 or (tabs == 1 and tab_neighbour and line.strip("\t ").count("\t") == 1):
        return "\t"
    return None


def _cells(line: str, line_start: int, row: int, trad: str | None, sep: str = "|") -> list[Cell]:
    """Split a row into cells with source offsets (markdown's outer pipes dropped)."""
    bounds = [-1] + [i for i, ch in enumerate(line) if ch == sep] + [len(line)]
    cells = []
    for a, b in zip(bounds, bounds[1:]):
        raw = line[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        start = line_start + a + 1 + lead
        cells.append((stripped, start, start + len(stripped)))
    if line.lstrip().startswith("|") and cells and not cells[0][0]:
        cells = cells[1:]
    if line.rstrip().endswith("|") and line.lstrip().startswith("|") and cells and not cells[-1][0]:
        cells = cells[:-1]
    return [
        Cell(row=row, col=c, text=normalize(t, trad), source=Provenance(start=s, end=e))
        for c, (t, s, e) in enumerate(cells)
    ]


def _table(rows: list[list[Cell]]) -> Table:
    start, end = rows[0][0].source.start, rows[-1][-1].source.end
    return Table(
        n_rows=len(rows), n_cols=max(len(r) for r in rows), cells=[c for r in rows for c in r],
        source=Provenance(start=start, end=end),
    )


# A line that ends a sentence; after it a crawler's next node line starts a new one.
_SENTENCE_END = re.compile(r"[。！？!?…]\s*$")
# "标题: …", "发布时间: 2024-01-17" — a crawler's header lines, each its own paragraph.
_FIELD_LINE = re.compile(r"^\s*[^\s:：，。]{1,8}\s*[:：]")
_FIGURE_LINE = re.compile(r"^\s*[+\-]?\d[\d.,]*%?\s*$")


def one_node_per_line(lines: list[str]) -> bool:
    """A crawler that stored every DOM text node on its own line (`get_text("\\n")`):
    sentences and even numbers are cut across lines ("202" / "3" / "年"), a table is one
    cell per line. Ordinary dumps keep a paragraph on one line."""
    bodies = [b for b in (line.strip() for line in lines) if b]
    short = sum(1 for b in bodies if len(b) <= 6)
    return short >= 20 and short >= 0.25 * len(bodies)


def repeats_collapsed(lines: list[str]) -> bool:
    """Whether the crawler dropped every line that repeated the one before it.

    A standard table printed one cell per line has equal neighbours everywhere (rows of
    zeros); a text with many figure lines and not one pair of equal consecutive lines
    was collapsed, so one line may stand for several equal cells."""
    bodies = [b for b in (line.strip() for line in lines) if b]
    figures = sum(1 for b in bodies if _FIGURE_LINE.match(b))
    return figures >= 8 and all(a != b for a, b in zip(bodies, bodies[1:]))


def _prose(text: str, start: int, trad: str | None, node_lines: bool, collapsed: bool) -> list[Block]:
    """Lines without column separators: flattened tables cut out as table blocks, the
    rest narrative paragraphs."""
    blocks: list[Block] = []
    pos = 0
    for t_start, t_end, table in find_tables(text, offset=start, node_lines=node_lines, repeats_collapsed=collapsed):
        blocks.extend(_paragraphs(text[pos:t_start], start + pos, trad, node_lines))
        for cell in table.cells:
            cell.text = normalize(cell.text, trad)
        blocks.append(Block(kind="table", table=table, source=table.source))
        pos = t_end
    blocks.extend(_paragraphs(text[pos:], start + pos, trad, node_lines))
    return blocks


def _paragraphs(text: str, start: int, trad: str | None, node_lines: bool) -> list[Block]:
    """Narrative lines as heading/paragraph blocks. In a one-node-per-line dump the lines
    of one sentence are joined back ("202" + "3" + "年…" → "2023年…"); the block records
    where it skipped line breaks so offsets still lead back to the source."""
    lines: list[tuple[int, str]] = []  # (offset in text, line without its line break)
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lines.append((pos, body))
        pos += len(line)
    if not node_lines:
        return [_para(body, start + at, trad) for at, body in lines]
    groups: list[list[tuple[int, str]]] = []
    for at, body in lines:
        if groups and _continues(groups[-1], body):
            groups[-1].append((at, body))
        else:
            groups.append([(at, body)])
    return [_joined(group, start, trad) for group in groups]


def _continues(group: list[tuple[int, str]], line: str) -> bool:
    """Whether a node line carries on the paragraph so far."""
    so_far = "".join(body.strip() for _, body in group)
    if _SENTENCE_END.search(so_far) or starts_heading(line) or _FIELD_LINE.match(line):
        return False
    first = group[0][1]
    if _FIELD_LINE.match(first):
        return False
    if len(group) == 1 and heading_words_apart(first, line):
        return True  # "（三）" / "政府信息公开行政复议、行政诉讼情况": the heading's words, on the node after its numbering's
    # A heading on its own node ("（一）主动公开情况", "一、总体情况") ends there, one whose words are on the node after
    # its numbering's too (not run on into the sentence after it: "…行政诉讼情况" + "202" + "3" + "年，…", s69's crawled pages).
    apart = len(group) == 2 and heading_words_apart(first, group[1][1])
    return not ((len(group) == 1 or apart) and starts_heading(so_far if apart else first) and len(so_far) <= 30)


def _joined(group: list[tuple[int, str]], start: int, trad: str | None) -> Block:
    """One paragraph from several node lines, stripped of the breaks between them."""
    parts: list[str] = []
    skipped: list[tuple[int, int]] = []
    text_len = 0
    prev_end: int | None = None
    first_at = None
    for at, body in group:
        lead = len(body) - len(body.lstrip())
        piece = body.strip()
        src = start + at + lead
        if first_at is None:
            first_at = src
        elif src > prev_end:
            skipped.append((text_len, src - prev_end))
        parts.append(piece)
        text_len += len(piece)
        prev_end = src + len(piece)
    block = text_block(normalize("".join(parts), trad), Provenance(start=first_at, end=prev_end))
    block.skipped = skipped
    return block


# A markdown heading's markers ("## 四、政府信息公开行政复议、行政诉讼情况", an OCR tool's markdown): the heading is the words after them.
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+(?=\S)")


def _para(text: str, start: int, trad: str | None) -> Block:
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if marked := _MARKDOWN_HEADING.match(body):  # (its section found as without them, s69's generated markdown)
        lead += marked.end()
        body = body[marked.end():]
    return text_block(normalize(body, trad), Provenance(start=start + lead, end=start + lead + len(body)),
                      heading=marked is not None)


def shape(lines: list[str]) -> list[tuple[str, str]]:
    """How the dump prints its tables, as document warnings a reader of the output sees."""
    out = []
    if one_node_per_line(lines):
        out.append(("crawled_node_lines", "the text has one DOM text node per line (a crawler's dump): "
                    "lines are rejoined into sentences and table rows"))
        if repeats_collapsed(lines):
            out.append(("repeated_lines_dropped", "the crawler dropped every line repeating the one before: "
                        "a figure printed once may stand for several equal cells, placed by the form's "
                        "relations; a cell left blank on the page cannot be told from a repeated figure"))
    if cell_lines.cell_per_line(lines):
        out.append(("cell_per_line", "tables are printed one cell per line, each closed by a pipe"))
    return out


def parse(text: str) -> list[Block]:
    trad = traditional_form(text)
    lines = text.splitlines(keepends=True)
    codes = {code for code, _ in shape(lines)}
    node_lines = "crawled_node_lines" in codes
    collapsed = "repeated_lines_dropped" in codes
    per_cell = "cell_per_line" in codes
    blocks: list[Block] = []
    rows: list[list[Cell]] = []
    stream: list = []  # cell lines ("X |", "|", "||") of a table printed one cell per line
    prose_from: int | None = None  # where the current stretch of separator-free lines starts

    def flush(upto: int) -> None:
        nonlocal rows, prose_from, stream
        if rows:
            blocks.append(Block(kind="table", table=_table(rows), source=_table(rows).source))
            rows = []
        if stream:
            table = cell_lines.table(stream, lambda t: normalize(t, trad))
            if table is not None:
                blocks.append(Block(kind="table", table=table, source=table.source))
            stream = []
        if prose_from is not None:
            blocks.extend(_prose(text[prose_from:upto], prose_from, trad, node_lines, collapsed))
            prose_from = None

    pos = 0
    for k, line in enumerate(lines):
        line_start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        before, after = lines[k - 1] if k else "", lines[k + 1] if k + 1 < len(lines) else ""
        if per_cell and cell_lines.is_cell_line(body):
            if prose_from is not None or rows:
                flush(line_start)
            stream.append(cell_lines.item(body, line_start))
            continue
        sep = _separator(body, "\t" in before or "\t" in after)
        if sep is not None:
            cells = _cells(body, line_start, len(rows), trad, sep)
            if not any(c.text for c in cells):
                continue  # "|", "| | |": a rule or an empty row prints nothing
            if prose_from is not None or stream:
                flush(line_start)
            rows.append(cells)
            continue
        if _MD_RULE.match(body) and rows:
            continue
        if rows or stream:
            flush(line_start)
        if prose_from is None:
            prose_from = line_start
    flush(len(text))
    return blocks


def read(path: str, data: bytes, sha256: str) -> Document:
    try:
        text = decode(data)
    except UnicodeDecodeError:
        raise UnreadableFile(path, "the text is in no encoding nianbao knows (UTF-8, UTF-16, GBK, GB18030)") from None
    return Document.build(path=path, format="text", sha256=sha256, blocks=parse(text),
                          warnings=shape(text.splitlines(keepends=True)))
