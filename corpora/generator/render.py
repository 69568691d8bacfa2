"""Writers for every format the project reads: plain HTML, Word-saved HTML (mso styles,
split labels, &nbsp;), text PDF (WeasyPrint, page-number footers), DOCX, and text dumps
(`|`-separated rows, or flattened the way crawlers store pages: figures run together).

A report is a list of blocks: ("title"|"heading"|"sub"|"para", str) or ("table", TableSpec).
"""

from __future__ import annotations

import functools
import html
import random
import subprocess
from dataclasses import replace
from pathlib import Path

from .tables import TableSpec

Block = tuple[str, object]


# -- characters that print nothing ------------------------------------------------------

# Zero-width space and joiner, a BOM in mid-text, soft hyphen, word joiner: pages edited in WeChat-style editors
# carry them inside words and figures (the 莆田 2014 page has one, corpora/real/pre-2019/README.md), and no
# reader's set can show them (read_file's display hides them).
INVISIBLE = ("\u200b", "\ufeff", "\u00ad", "\u200d", "\u2060")


def with_invisible_characters(blocks: list[Block], rng: random.Random, rate: float = 0.03) -> list[Block]:
    """The blocks with an invisible character after about `rate` of the characters of every paragraph,
    heading and table cell: inside figures ("7\u200b333条") and words alike. The report reads the same."""
    def sprinkle(text: str) -> str:
        return "".join(ch + (rng.choice(INVISIBLE) if rng.random() < rate else "") for ch in text)

    out: list[Block] = []
    for kind, obj in blocks:
        if kind == "table":
            obj = replace(obj, rows=[[replace(c, text=sprinkle(c.text)) for c in row] for row in obj.rows])
        elif kind != "title":
            obj = sprinkle(obj)
        out.append((kind, obj))
    return out


# -- plain HTML (a government CMS page) --------------------------------------------------

def _esc(s: str) -> str:
    return html.escape(s, quote=False)


# CSS that removes one side's rule (a hidden side wins over any other in collapsed borders).
_NO_LEFT, _NO_RIGHT = "border-left-style:hidden;", "border-right-style:hidden;"


def _unruled_styles(row: list, label_too: bool) -> list[str]:
    """Per cell of a row, the style that leaves no vertical rule between its figures (and
    with `label_too` none between the label and the first figure either)."""
    first = next((i for i, c in enumerate(row) if c.metric is not None), len(row))
    last = len(row) - 1
    out = []
    for i in range(len(row)):
        left = i > first or (label_too and i == first)
        right = first <= i < last or (label_too and i == first - 1)
        out.append((_NO_LEFT if left else "") + (_NO_RIGHT if right else ""))
    return out


def _table_html(t: TableSpec, attrs: str = 'border="1" cellspacing="0" cellpadding="0"', style: int = 0,
                unruled: dict[int, bool] | None = None) -> str:
    """style 0: bare cells; 1: CMS editor markup (<p> inside cells, <strong> headers, widths).
    `unruled` {row index: label too}: rows drawn with no vertical rules between their figures."""
    out = [f"<table {attrs}>", "<tbody>"]
    for r, row in enumerate(t.rows):
        tds = []
        rules = _unruled_styles(row, unruled[r]) if unruled and r in unruled else [""] * len(row)
        for c, rule in zip(row, rules):
            span = (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "") + (f' colspan="{c.colspan}"' if c.colspan > 1 else "")
            if rule:
                span += f' style="{rule}"'
            text = _esc(c.text) if c.text else "&nbsp;"
            if style == 1:
                text = f"<strong>{text}</strong>" if c.header else text
                text = f'<p style="text-align:center">{text}</p>'
                span += f' width="{48 * c.colspan}" valign="middle"'
            tds.append(f"<td{span}>{text}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _chrome(title: str, rng: random.Random) -> tuple[list[str], list[str]]:
    """A government site's page chrome: breadcrumbs, publishing data and a footer full of
    numbers that are not counts (site code, ICP licence, dates, view counter)."""
    head = ['<div class="nav"><a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>',
            f'<div class="info"><span>发布时间：{rng.randint(2020, 2025)}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}</span> '
            f'<span>浏览次数：{rng.randint(100, 9999)}</span> <span>字号：[大 中 小]</span></div>']
    foot = ['<div class="footer">',
            f"<p>网站标识码：{rng.randint(10**9, 10**10 - 1)}　备案号：ICP备{rng.randint(10**7, 10**8 - 1)}号</p>",
            f"<p>联系电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}</p>", "</div>"]
    return head, foot


def plain_html(blocks: list[Block], css: str = "", rng: random.Random | None = None,
               unruled: dict[int, bool] | None = None) -> str:
    """A CMS page; `unruled` (see `_table_html`) applies to 表三."""
    title = next(b[1] for b in blocks if b[0] == "title")
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f"<title>{_esc(title)}</title>"]
    if css:
        out.append(f"<style>{css}</style>")
    head, foot = _chrome(title, rng) if rng is not None else ([], [])
    style = 1 if rng is not None and rng.random() < 0.5 else 0
    out += ["</head>", "<body>", *head, '<div class="article">']
    for kind, val in blocks:
        if kind == "title":
            out.append(f'<h1 class="title">{_esc(val)}</h1>')
        elif kind == "heading":
            out.append(f"<p><strong>{_esc(val)}</strong></p>")
        elif kind == "sub":
            out.append(f"<p><strong>{_esc(val)}</strong></p>")
        elif kind == "para":
            out.append(f'<p style="text-indent:2em">{_esc(val)}</p>')
        else:
            out.append(_table_html(val, style=style, unruled=unruled if val.name == "t3" else None))
    out += ["</div>", *foot, "</body>", "</html>"]
    return "\n".join(out) + "\n"


# -- Word-saved HTML ---------------------------------------------------------------------

_WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;margin:0cm;text-align:justify;text-justify:inter-ideograph;
	font-size:10.5pt;mso-bidi-font-size:12.0pt;font-family:等线;mso-fareast-font-family:宋体;}}
table.MsoNormalTable {{mso-style-name:普通表格;mso-tstyle-rowband-size:0;}}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
"""


def _word_runs(text: str, rng: random.Random, font: str) -> str:
    """Split a paragraph into runs as Word does: figures in lang=EN-US spans, a few
    arbitrary run breaks (proofing marks, revisions) that must not change the text."""
    out, buf, i = [], [], 0
    span = f"<span style='font-size:16.0pt;font-family:{font};mso-hansi-font-family:\"Times New Roman\"'>"
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            if buf:
                out.append(span + _esc("".join(buf)) + "</span>")
                buf = []
            out.append(f"<span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\"'>{text[i:j]}</span>")
            i = j
            continue
        buf.append(ch)
        if len(buf) > 12 and rng.random() < 0.04:
            out.append(span + _esc("".join(buf)) + "</span>")
            buf = []
        i += 1
    if buf:
        out.append(span + _esc("".join(buf)) + "</span>")
    return "".join(out)


def _split_label(text: str, rng: random.Random) -> list[str]:
    """Header/row labels wrap inside narrow Word cells; some pages keep the wrap as
    separate paragraphs or <br>."""
    if len(text) >= 4 and rng.random() < 0.5:
        k = len(text) // 2
        return [text[:k], text[k:]]
    return [text]


def _word_cell_html(text: str, rng: random.Random, figure: bool) -> str:
    p = "<p class=MsoNormal align=center style='text-align:center;mso-line-height-rule:exactly;line-height:15.0pt'>"
    if not text:
        return p + "<span lang=EN-US style='font-size:10.5pt'>&nbsp;<o:p></o:p></span></p>"
    if figure:
        return p + f"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\"'>{_esc(text)}<o:p></o:p></span></p>"
    pieces = _split_label(text, rng)
    span = "<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\"'>"
    if len(pieces) == 2 and rng.random() < 0.5:
        return p + span + _esc(pieces[0]) + "<br>" + _esc(pieces[1]) + "<span lang=EN-US><o:p></o:p></span></span></p>"
    return "".join(p + span + _esc(s) + "<span lang=EN-US><o:p></o:p></span></span></p>" for s in pieces)


def word_html(blocks: list[Block], rng: random.Random, charset: str = "utf-8", glued_header: bool = False,
              font_wrapped: bool = False) -> str:
    """Word's "save as web page"; older sites serve it as gb2312 (`charset`).
    `glued_header`: a stray "上一年项目" glued before the fee column's header in its cell.
    `font_wrapped`: each table inside an inline <font> (a site editor's wrapper around the
    export, as on a real 莆田 page), which a reader must not flatten into text."""
    title = next(b[1] for b in blocks if b[0] == "title")
    out = [_WORD_HEAD.format(title=_esc(title)).replace("charset=utf-8", f"charset={charset}")]
    for kind, val in blocks:
        if kind == "title":
            out.append("<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
                       f"font-family:方正小标宋简体'>{_esc(val)}<span lang=EN-US><o:p></o:p></span></span></b></p>")
        elif kind in ("heading", "sub"):
            font = "黑体" if kind == "heading" else "楷体_GB2312"
            out.append("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'>"
                       f"<span style='font-size:16.0pt;font-family:{font}'>{_esc(val)}</span>"
                       "<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>")
        elif kind == "para":
            out.append("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'>"
                       + _word_runs(val, rng, "仿宋_GB2312") + "<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>")
        else:
            t: TableSpec = val
            out.append(("<font face=宋体>" if font_wrapped else "") + "<div align=center><table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
                       "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                       "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
            for i, row in enumerate(t.rows):
                out.append(f"<tr style='mso-yfti-irow:{i};height:20.0pt'>")
                for c in row:
                    if glued_header and c.header and c.text.startswith("本年收费金额"):
                        c = replace(c, text="上一年项目" + c.text)
                    span = (f" rowspan={c.rowspan}" if c.rowspan > 1 else "") + (f" colspan={c.colspan}" if c.colspan > 1 else "")
                    out.append(f"<td{span} valign=center style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
                               "padding:0cm 5.4pt 0cm 5.4pt;height:20.0pt'>"
                               + _word_cell_html(c.text, rng, c.metric is not None) + "</td>")
                out.append("</tr>")
            out.append("</table></div>" + ("</font>" if font_wrapped else ""))
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


# -- PDF (WeasyPrint) --------------------------------------------------------------------

PDF_CSS = """
@page { size: A4; margin: 2.2cm 2cm 2.4cm 2cm;
        @bottom-center { content: "— " counter(page) " —"; font-family: "WenQuanYi Zen Hei"; font-size: 10pt; } }
body { font-family: "WenQuanYi Zen Hei"; font-size: 12pt; line-height: 1.7; }
h1.title { font-size: 17pt; text-align: center; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.3; margin: 6pt 0; }
td { border: 0.8pt solid #000; padding: 2pt 3pt; text-align: center; }
tr { page-break-inside: avoid; }
"""


@functools.cache
def _check_font() -> None:
    """Without the CJK font WeasyPrint silently falls back to glyph-less boxes: refuse instead."""
    out = subprocess.run(["fc-list", ":family=WenQuanYi Zen Hei"], capture_output=True, text=True, check=False)
    if "WenQuanYi" not in out.stdout:
        raise RuntimeError("PDF generation needs the WenQuanYi Zen Hei font: apt-get install fonts-wqy-zenhei")


def pdf_bytes(blocks: list[Block], unruled: dict[int, bool] | None = None) -> bytes:
    """The report as a text PDF. Byte-stable: fontTools stamps subset fonts with the current
    time unless SOURCE_DATE_EPOCH is set, so it is set (to a fixed date) while writing.
    `unruled` {表三 row index: label too}: rows whose producer drew no vertical rules between
    the figures (pdfplumber then reads "12 0 0 0 0 0 12" as one cell), nor with `label too`
    between label and figures ("四、结转下年度继续办理 0 0 0 0 0 0 0")."""
    import os

    import weasyprint  # heavy: only when PDFs are asked for

    _check_font()

    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1704067200"  # 2024-01-01
    try:
        return weasyprint.HTML(string=plain_html(blocks, PDF_CSS, unruled=unruled), base_url=None).write_pdf()
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


# -- DOCX --------------------------------------------------------------------------------

def write_docx(blocks: list[Block], path: Path, rng: random.Random | None = None) -> None:
    """A Word file; like the official template, narrow header cells wrap ("结果\n纠正")."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    # python-docx stamps the current time into core properties: fix it for determinism.
    import datetime as _dt

    fixed = _dt.datetime(2024, 1, 1)
    d.core_properties.created = d.core_properties.modified = fixed
    d.core_properties.last_printed = fixed
    for kind, val in blocks:
        if kind == "title":
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("heading", "sub", "para"):
            d.add_paragraph(val)
        else:
            t: TableSpec = val
            grid = _place(t)
            table = d.add_table(rows=len(t.rows), cols=t.n_cols)
            table.style = "Table Grid"
            for (r, c), cell in grid.items():
                target = table.cell(r, c)
                if cell.rowspan > 1 or cell.colspan > 1:
                    target = target.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
                text = cell.text
                if cell.header and len(text) == 4 and rng is not None and rng.random() < 0.5:
                    text = text[:2] + "\n" + text[2:]  # python-docx writes \n as a line break
                target.text = text
            d.add_paragraph("")
    d.save(str(path))
    _restamp_zip(path)


def _restamp_zip(path: Path) -> None:
    """Zip entries carry the write time; give them a fixed one so a seed gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def _place(t: TableSpec) -> dict[tuple[int, int], object]:
    """Top-left grid positions of the cells of a spanned table (HTML's row-filling rule)."""
    taken: set[tuple[int, int]] = set()
    out = {}
    for r, row in enumerate(t.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out[(r, c)] = cell
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
    return out


# -- text dumps --------------------------------------------------------------------------

_HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"})


def pipe_text(blocks: list[Block], rng: random.Random) -> str:
    """A web page saved as text: each table row's cells joined by ' | ' (or by tabs, as a
    table copied from a browser), merged cells printed once, header words split
    ('商业 企业'), half-width punctuation."""
    tabs = rng.random() < 0.3
    out = []
    for kind, val in blocks:
        if kind != "table":
            out.append(str(val).translate(_HALF))
            continue
        t: TableSpec = val
        for row in t.rows:
            cells = []
            for c in row:
                s = c.text.translate(_HALF)
                if c.header and len(s) == 4 and rng.random() < 0.6:
                    s = s[:2] + " " + s[2:]
                cells.append(s)
            if tabs:
                out.append("\t".join(cells))
                continue
            pad = t.n_cols - sum(c.colspan for c in row)
            out.append(" | ".join(cells) + " |" + "|" * max(0, pad))
    return "\n".join(out)


def cell_lines_text(blocks: list[Block], rng: random.Random) -> str:
    """A converter's dump that writes a table one cell per line, each closed by " |" (an
    empty cell a lone "|", a slash cell "/ |"), a merged cell once, and a line of two or
    more pipes after many, not all, table rows; narrative as ordinary lines."""
    p_break = rng.uniform(0.55, 0.9)
    out = []
    for kind, val in blocks:
        if kind != "table":
            out.append(str(val))
            continue
        for row in val.rows:
            out += [f"{c.text} |" if c.text else "|" for c in row]
            if rng.random() < p_break:
                out.append("|" * rng.choice([2, 2, 3]))
    return "\n".join(out) + "\n"


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _md_rule(n: int) -> str:
    return "|" + "|".join(["---"] * n) + "|"


def _md_grid(t: TableSpec) -> list[str]:
    """A pipe table, a merged cell printed once and followed by empty cells for its span."""
    lines = []
    for i, row in enumerate(t.rows):
        lines.append(_md_row([x for c in row for x in [c.text] + [""] * (c.colspan - 1)]))
        if i == 0:
            lines.append(_md_rule(t.n_cols))
    return lines


def _md_t3(t: TableSpec, rng: random.Random, p_merge: float) -> list[str]:
    """表三 as OCR tools print it: a header row naming other columns than the body holds
    ("申请人情况 | 自然人 | 法人或其他组织 | 总计" over label + seven figures), the row's
    label cells now and then merged into one ("三、本年度办理结果 （一）予以公开")."""
    lines = [_md_row(["申请人情况", "自然人", "法人或其他组织", "总计"]), _md_rule(4)]
    if rng.random() < 0.5:
        lines.append(_md_row([c.text for c in t.rows[2]]))  # 商业企业 … 其他
    for row in t.rows[3:]:
        labels = [c.text for c in row if c.metric is None]
        figures = [c.text for c in row if c.metric is not None]
        if len(labels) > 1 and rng.random() < p_merge:
            labels = [" ".join(labels)]
        lines.append(_md_row(labels + figures))
    return lines


T4_MD_HEADINGS = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]


def _md_t4(t: TableSpec) -> list[str]:
    """表四 as three small tables, each group under its own heading."""
    figures = [c.text for c in t.rows[-1]]
    lines: list[str] = []
    for g, heading in enumerate(T4_MD_HEADINGS):
        lines += [f"### {heading}", "", _md_row([c.text for c in t.rows[2][:5]]), _md_rule(5),
                  _md_row(figures[5 * g:5 * g + 5]), ""]
    return lines


def markdown_ocr(blocks: list[Block], rng: random.Random) -> str:
    """Markdown as OCR and conversion tools write it: "#"/"##"/"###" headings, 表二 and 表三
    as pipe tables, 表四 as three small tables under their own headings."""
    p_merge = rng.uniform(0.3, 0.9)
    remark = rng.random() < 0.5
    out: list[str] = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}")
        elif kind == "heading":
            out.append(f"## {val}")
        elif kind == "sub":
            out.append(f"### {val}")
        elif kind == "para":
            out.append(str(val))
        elif val.name == "t4":
            out += _md_t4(val)
        elif val.name == "t3":
            if remark:
                out += [val.rows[0][0].text, ""]
            out += _md_t3(val, rng, p_merge)
        else:
            out += _md_grid(val)
        out.append("")
    return "\n".join(out)


def flat_ambiguous(blocks: list[Block], t4_joined: bool = False) -> list[str]:
    """Metrics whose figures a flattened dump prints ambiguously (see ambiguity.py). 表四's
    figures are space-separated unless `t4_joined` ran them together: then the cells that
    differ between the splits keeping t4.R5 in each group (or, when no split keeps it, between
    all splits: a broken group gets no help from its relation)."""
    from .ambiguity import ambiguous, differing, row_sum_ok, splits, summed_splits

    out: list[str] = []
    for kind, val in blocks:
        if kind != "table" or (val.name == "t4" and not t4_joined):
            continue
        for row in val.rows:
            cells = [c for c in row if c.metric is not None]
            if not cells:
                continue
            run = "".join(c.text for c in cells)
            if val.name == "t4":
                kept = list(summed_splits(run, len(cells) // 5)) or list(splits(run, len(cells)))
                out += [cells[i].metric for i in differing(kept)]
            elif ambiguous(run, len(cells), row_sum_ok if val.name == "t3" else None):
                out += [c.metric for c in cells]
    return out


def flat_text(blocks: list[Block], title: str, t4_joined: bool = False) -> str:
    """A crawler's page text: paragraphs run together on one line, table labels followed by
    their figures with no separator ('一、本年新收政府信息公开申请数量 713000074'). 表四's
    header words run together, then its 15 figures separated by single spaces — or, with
    `t4_joined`, with no separator at all and the next words straight after them
    ('…尚未审结总计0110210001000000五、存在的主要问题…')."""
    head = [f"标题: {title}", "发布机构: ", "栏目: 政府信息公开年报", "==================== 正文 ===================="]
    body, sep = "", ""
    for kind, val in blocks:
        if kind == "title":
            continue
        glue = False
        if kind != "table":
            piece = str(val)
        elif val.name == "t4":
            words = "".join(c.text for row in val.rows[:-1] for c in row)
            figures = [c.text for c in val.rows[-1]]
            piece = words + "".join(figures) if t4_joined else words + " " + " ".join(figures)
            glue = t4_joined
        else:
            s = []
            for row in val.rows:
                labels = "".join(c.text for c in row if c.metric is None)
                figs = "".join(c.text for c in row if c.metric is not None)
                s.append(labels + (" " if figs and val.name == "t3" else "") + figs)
            piece = "".join(s)
        body += sep + piece
        sep = "" if glue else " "
    return "\n".join(head) + "\n" + body + "\n"
