"""Recover tables that a crawler flattened into running text.

    "…规章000行政规范性文件8855698第二十条第（五）项信息内容本年处理决定数量行政许可10690…"

Only the form's own labels tell where a row starts, so the text is scanned for the
vocabulary's labels: a run of labels with nothing between them is a header row; a
label followed by figures is a data row (the figures kept as `run` cells, because the
separators between them are lost). A stretch is a table only if it starts with header
labels and holds several data rows; anything else stays narrative text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from models import Cell, Provenance, Table, vocabulary

from ..sections import find_sections
from ..tables.cells import SIGN_WORDS

# Labels that only occur in table headers: a flattened table starts with one of them.
HEADER_LABELS = [
    "信息内容", "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织",
    "法律服务机构", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉",
]
_ARTICLE = r"第\s*二\s*十\s*条\s*第\s*[(（]\s*[一二三四五六七八九十]+\s*[)）]\s*项"
_REMARK_BODY = r"本列数据的勾稽关系为[^)）]{0,60}[)）]"
_REMARK = rf"[(（]{_REMARK_BODY}"
_NUMBERING = r"(?:[一二三四五六七八九十]+\s*、\s*|[(（]\s*[一二三四五六七八九十]+\s*[)）]\s*|\d\s*[.．、]\s*)?"
_FIGURES = re.compile(r"^[\s\d.,+\-]*\d[\s\d.,+\-]*")


def _label_pattern(label: str) -> str:
    # Printed labels add punctuation, quotes or spaces between characters ("危及“三安全一稳定”").
    return r"[\W_]{0,3}".join(re.escape(ch) for ch in label)


@cache
def _scanner() -> re.Pattern[str]:
    v = vocabulary()
    labels: set[str] = set(HEADER_LABELS)
    for group in (v.t2_items, v.t2_columns, v.t4_groups, v.t4_columns):
        for variants in group.values():
            labels.update(variants)
    for row in v.t3_rows:
        labels.update(row.labels)
    labels.update(["行政诉讼", "总计"])
    # Longest first, so "其他法律行政法规禁止公开" wins over "其他".
    alts = sorted(labels, key=len, reverse=True)
    body = "|".join(_label_pattern(a) for a in alts)
    # A label may close with quotes/brackets and carry a remark, but a bracketed
    # numeral after it is the next label's numbering: "本年度办理结果 （一）予以公开".
    parenthetical = r"(?:\s*[”’\"」』)）])*(?:\s*[(（](?![一二三四五六七八九十\d]+[)）])[^()（）]{1,40}[)）])?"
    return re.compile(rf"(?P<label>{_ARTICLE}|{_REMARK}|{_NUMBERING}(?:{body}){parenthetical})")


@cache
def _header_scanner() -> re.Pattern[str]:
    """A cheap test that a text could hold a header label (`_is_header`): its characters
    in order with nothing but punctuation or spaces between them."""
    labels = set(HEADER_LABELS)
    for variants in vocabulary().t2_columns.values():
        labels.update(variants)
    body = "|".join(r"\W*".join(re.escape(ch) for ch in label) for label in sorted(labels))
    # Every alternative starts with one given character (the remark's two brackets are two
    # alternatives): then `re` tries a match only where one of those characters stands,
    # not at every character of the paragraph (9x faster on a report's paragraphs).
    remark = rf"\({_REMARK_BODY}|（{_REMARK_BODY}"
    return re.compile(rf"{_ARTICLE}|{remark}|{body}")


@dataclass
class _Piece:
    kind: str  # "label" | "figures" | "text"
    start: int
    end: int


def _pieces(text: str) -> list[_Piece]:
    out: list[_Piece] = []
    pos = 0
    for m in _scanner().finditer(text):
        if m.start() > pos:
            out.extend(_gap(text, pos, m.start()))
        out.append(_Piece("label", m.start(), m.end()))
        pos = m.end()
    if pos < len(text):
        out.extend(_gap(text, pos, len(text)))
    return out


def _gap(text: str, start: int, end: int) -> list[_Piece]:
    gap = text[start:end]
    if not gap.strip():
        return []
    m = _FIGURES.match(gap)
    if not m:
        return [_Piece("text", start, end)]
    out = [_Piece("figures", start, start + m.end())]
    if gap[m.end() :].strip():
        out.append(_Piece("text", start + m.end(), end))
    return out


def _is_header(text: str, piece: _Piece) -> bool:
    label = text[piece.start : piece.end]
    if re.match(_ARTICLE, label) or re.match(_REMARK, label):
        return True
    v = vocabulary()
    core = re.sub(r"\W", "", label)
    return core in HEADER_LABELS or any(core in vs for vs in v.t2_columns.values())


def find_tables(
    text: str, offset: int = 0, node_lines: bool = False, repeats_collapsed: bool = False
) -> list[tuple[int, int, Table]]:
    """Flattened tables inside `text`: (start, end, Table) with offsets into the source.

    `offset` is where `text` starts in the decoded source, so cell provenance points
    at the source characters. Figures are digit runs whose separators may be lost,
    except with `node_lines` (a crawler that stored one DOM text node per line, so a
    table comes one cell per line and a header word may be cut across lines, "科研" /
    "机构", which the label patterns allow): there a figure alone on its line is one
    cell, or with `repeats_collapsed` one line for one or more equal cells.
    """
    if not node_lines and not _header_scanner().search(text):
        return []  # no header label at all: most paragraphs, cheaply
    pieces = _pieces(text)
    if node_lines:
        pieces = _unlisted_labels(text, _line_pieces(text, pieces))
    found: list[tuple[int, int, Table]] = []
    i = 0
    while i < len(pieces):
        if pieces[i].kind != "label" or not _is_header(text, pieces[i]):
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j].kind != "text":
            j += 1
        segment = _ends_with_a_line(text, pieces[i:j]) if node_lines else pieces[i:j]
        table = _build(text, segment, offset, node_lines, repeats_collapsed) if segment else None
        if table is not None:
            found.append((segment[0].start, segment[-1].end, table))
        i = max(j, i + 1)
    return found


def _ends_with_a_line(text: str, segment: list[_Piece]) -> list[_Piece]:
    """A crawled table's stretch less the label words at its end that share their line with text after them: a node line
    is one cell, so words that run on in their line are a heading's or a sentence's ("四、" / "政府信息公开行政复议、行政诉讼
    情况" after 表三's last row, s69's crawled corpus: no 表四 header cut off the sentence after it)."""
    while segment and segment[-1].kind == "label":
        line_end = text.find("\n", segment[-1].end)
        if not text[segment[-1].end : line_end if line_end >= 0 else len(text)].strip():
            break
        segment = segment[:-1]
    return segment


_PROSE_MARK = re.compile(r"[。；;！？!?]")
# The units a crawled figure is printed with (万 alone: "8.175万" of a column in 万元).
_UNITS = "万元|元|件|个|条|项|次|批|家|份|宗|起|户|人|篇|场|期"
_FIGURE_WITH_UNIT = re.compile(rf"\s*[+\-]?\d[\d,]*(?:\.\d+)?\s*(?:{_UNITS}|万|%)\s*")
_CUT_DECIMAL = r"[+\-]?\d[\d,]*(?:[ \t]*\r?\n[ \t]*[.．][ \t]*\r?\n[ \t]*|[.．][ \t]*\r?\n[ \t]*|[ \t]*\r?\n[ \t]*[.．])\d+"
_UNIT_TAIL = re.compile(rf"\s*(?:{_UNITS}|万|%)\s*")
# A figure's unit on a line of its own ("5" / "批", "47019" / "（元）"): part of the figure's cell.
_UNIT_LINE = rf"[（(]?[ \t]*(?:{_UNITS})[ \t]*[)）]?"
_FIGURE_THEN_UNIT_LINE = rf"[^\n]*\d[^\n]*\n[ \t\r]*{_UNIT_LINE}(?=[ \t\r]*(?:\n|$))"
# The 2019 表二's 本年增/减 printed as a word on a line of its own before its figure
# ("20" / "增" / "7" / "1": 上一年 20, 增 7, 处理决定 1): the word is the sign of that cell.
_SIGN_WORD = rf"(?:{SIGN_WORDS})"
_SIGN_WORD_THEN_FIGURE = rf"{_SIGN_WORD}[ \t\r]*\n[ \t\r]*[+\-]?\d[\d,]*(?:\.\d+)?(?=[ \t\r]*(?:\n|$))"


# A line that opens with a count's unit and a comma ("件，纠正0" of "…维持" / "1" / "件，纠正0" / "件，其他" / "0"):
# a sentence cut after its figure goes on, no label cell.
_SENTENCE_GOES_ON = re.compile(rf"(?:{_UNITS})\s*[，,、；;]")


def _unlisted_labels(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """In a one-node-per-line dump every line of a table is a cell: a short text between
    two table pieces that no label pattern knows (a typo such as 本年新作数量, a
    variant wording, a stray "上一年项目" before 本年收费金额) is still a label cell, for
    the table reader to match or ignore."""
    out: list[_Piece] = []
    pieces = _whole_line_figures(text, pieces)
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and pieces[j].kind == "text":
            j += 1
        if j == i:
            out.append(pieces[i])
            i += 1
            continue
        # pieces[i:j] are text: one label cell if they sit between table pieces and read as one
        start, end = pieces[i].start, pieces[j - 1].end
        body = text[start:end].strip()
        between = i > 0 and j < len(pieces) and out and out[-1].kind in ("label", "figures")
        if (between and body and len(re.findall(r"[\u4e00-\u9fff]", body)) >= 2
                and not re.match(r"[^\w(（]", body) and not _SENTENCE_GOES_ON.match(body)
                and len(re.sub(r"\s", "", body)) <= 40
                and body.count("\n") <= 2 and not _PROSE_MARK.search(body) and not find_sections(body)):
            at = start + text[start:end].index(body)
            out.append(_Piece("label", at, at + len(body)))
        else:
            out.extend(pieces[i:j])
        i = j
    return out


def _line_pieces(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A stretch of text lines no label pattern knows is cut into its lines, each a
    figures or a text piece ("一、本年度新收…" / "0" / "二、上年度结转…" / "0")."""
    out: list[_Piece] = []
    for p in pieces:
        if p.kind != "text" or "\n" not in text[p.start : p.end].strip():
            out.append(p)
            continue
        pos = p.start
        lines = text[p.start : p.end].splitlines(keepends=True)
        for i, line in enumerate(lines):
            body = line.strip()
            if body:
                kind = ("figures" if _FIGURES.fullmatch(body) or _FIGURE_WITH_UNIT.fullmatch(body)
                         or body in (".", "．") else "text")
                if kind == "text" and re.fullmatch(_UNIT_LINE, body) and out and out[-1].kind == "figures":
                    kind = "figures"  # "5" / "批": the unit of the figure on the line before
                if (kind == "text" and re.fullmatch(_SIGN_WORD, body) and out and out[-1].kind == "figures"
                        and i + 1 < len(lines) and _FIGURES.fullmatch(lines[i + 1].strip())):
                    kind = "figures"  # "20" / "增" / "7": the sign of the figure on the line after
                if kind == "figures" and out and out[-1].kind == "figures" and not text[out[-1].end : pos].strip():
                    out[-1] = _Piece("figures", out[-1].start, pos + len(line))  # one run of figure lines
                else:
                    out.append(_Piece(kind, pos, pos + len(line)))
            pos += len(line)
    return out


def _whole_line_figures(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A figure that shares its line with the words after it ("2019年" / "项目数量") is
    part of that text, not a cell: a figures piece is cut back to its whole lines."""
    out: list[_Piece] = []
    carry: int | None = None  # where text cut off a figures piece begins
    for p in pieces:
        if carry is not None:
            if p.kind == "text":
                p = _Piece("text", carry, p.end)
            else:
                out.append(_Piece("text", carry, p.start))
            carry = None
        if p.kind == "figures":
            last = p.start + len(text[p.start : p.end].rstrip())  # just after the last figure
            nl = text.rfind("\n", p.start, last)
            tail = nl + 1 if nl >= 0 else p.start
            line_end = text.find("\n", last)
            line_end = len(text) if line_end < 0 else line_end
            rest = text[p.end : line_end] if line_end >= p.end else ""
            if _UNIT_TAIL.fullmatch(rest) and rest.strip():  # "120190475.34元": the unit is the cell's
                out.append(_Piece("figures", p.start, line_end))
                carry = line_end
                continue
            if rest.strip():  # words follow on the figures' last line
                if text[p.start : tail].strip():
                    out.append(_Piece("figures", p.start, tail))
                carry = tail
                continue
        out.append(p)
    if carry is not None:
        out.append(_Piece("text", carry, len(text)))
    return [p for p in out if p.kind != "text" or text[p.start : p.end].strip()]


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _build(
    text: str, segment: list[_Piece], offset: int, node_lines: bool = False, repeats_collapsed: bool = False
) -> Table | None:
    rows: list[list[Cell]] = []
    labels: list[_Piece] = []
    data_rows = figure_tokens = 0

    def cell(r: int, c: int, start: int, end: int, run: bool = False, repeated: bool = False) -> Cell:
        return Cell(row=r, col=c, text=text[start:end], run=run, repeated=repeated,
                    source=Provenance(start=offset + start, end=offset + end))

    for piece in segment:
        if piece.kind == "label":
            labels.append(piece)
            continue
        # Figures: the last label names this row; the labels before it form a header row.
        if len(labels) > 1:
            r = len(rows)
            rows.append([cell(r, c, p.start, p.end) for c, p in enumerate(labels[:-1])])
        continuing = not labels and rows and data_rows  # figures right after figures: the same row
        r = len(rows) - 1 if continuing else len(rows)
        row = rows.pop() if continuing else [cell(r, 0, labels[-1].start, labels[-1].end)] if labels else []
        # A dump with one node per line prints a cell a line ("+ 14" is one signed figure);
        # elsewhere figures apart on a line are digit runs whose separators may be lost.
        # A figure cut at its decimal point across lines ("851" / "." / "776247") is one.
        pattern = (_CUT_DECIMAL + "|" + _FIGURE_THEN_UNIT_LINE + "|" + _SIGN_WORD_THEN_FIGURE + r"|[^\n]*\S[^\n]*"
                   if node_lines else r"\S+")
        for tok in re.finditer(pattern, text[piece.start : piece.end]):
            s, e = piece.start + tok.start(), piece.start + tok.end()
            body = text[s:e]
            s, e = s + len(body) - len(body.lstrip()), e - len(body) + len(body.rstrip())
            if node_lines and _alone_on_line(text, s, e):
                row.append(cell(r, len(row), s, e, repeated=repeats_collapsed))
            else:
                row.append(cell(r, len(row), s, e, run=True))
            figure_tokens += 1
        rows.append(row)
        data_rows += 0 if continuing else 1
        labels = []
    if labels:
        r = len(rows)
        rows.append([cell(r, c, p.start, p.end) for c, p in enumerate(labels)])
    # A lone row of figures is a table only under a header of the form's own column
    # words (表四 collapsed to one "0" under its three groups' headers).
    headers = sum(1 for piece in segment if piece.kind == "label" and _is_header(text, piece))
    if data_rows == 0 or (data_rows < 2 and figure_tokens < 5 and headers < 3):
        return None
    n_cols = max(len(r) for r in rows)
    return Table(
        n_rows=len(rows), n_cols=n_cols, cells=[c for r in rows for c in r],
        source=Provenance(start=offset + segment[0].start, end=offset + segment[-1].end),
    )
