"""HTML pages: government sites, Word-exported HTML, nested layout tables.

The page is walked in document order. Page chrome (scripts, navigation, footers) is
dropped; a table that only lays out the page (one column, or holding other tables) is
walked into; every other table becomes a `Table` whose rowspan/colspan are expanded
into an exact grid (`expand_grid`). Word's `<o:p>`, `mso-` styles and labels split
over several `<p>`/`<br>` collapse into one cell text. Each cell keeps its DOM path.
"""

from __future__ import annotations

import re

from lxml import etree
from pydantic import TypeAdapter

from models import Block, Cell, Document, Provenance, Table

from .. import limits
from ..errors import NotAReport, UnreadableFile
from .blocks import text_block
from .flattened import find_tables
from .textnorm import decode, normalize, traditional_form

_SKIP = {"script", "style", "noscript", "head", "title", "nav", "header", "footer", "form",
         "select", "option", "button", "iframe", "object", "svg", "map", "input", "textarea"}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "section",
          "article", "main", "blockquote", "pre", "center", "dl", "dt", "dd", "tr", "td", "th",
          "tbody", "thead", "tfoot", "body", "html", "hr", "aside", "address", "figure", "caption"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CHROME = re.compile(r"(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|footer|foot|topbar|sidebar|share|copyright)([\s_-]|$)", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


_TAG_NAMES: dict[str, str] = {}


def _tag(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    name = _TAG_NAMES.get(tag)
    if name is None:  # computed once per spelling: this runs for every node, several times
        name = _TAG_NAMES[tag] = tag.split("}")[-1].lower()
    return name


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)


def _is_hidden(el) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return style is not None and _HIDDEN.search(style) is not None


def _is_chrome(el) -> bool:
    if _tag(el) not in ("div", "ul", "section", "aside", "span", "p"):
        return False
    marks = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(marks.strip()) and bool(_CHROME.search(marks))


def _text(el) -> str:
    """Visible text of an element; block children and <br> become line breaks."""
    return "\n".join(_text_lines(el))


def _text_lines(el) -> list[str]:
    """The non-empty lines of an element's visible text, their spaces collapsed."""
    parts: list[str] = []
    _gather(el, parts)
    return _lines("".join(parts))


def _lines(text: str) -> list[str]:
    """The non-empty lines of gathered text, their spaces collapsed."""
    # (Gathered text holds many empty lines, a pair around every block: skipped unread.)
    lines = [_squeeze(line) for line in text.split("\n") if line]
    return [line for line in lines if line]


def _squeeze(line: str) -> str:
    """A line with each run of spaces (of any kind) made one space, and trimmed."""
    # Most lines and cells (a figure, a label) hold no space at all, which two checks in C
    # tell (every space but " " is unprintable): no regex run for them.
    if line.isprintable() and " " not in line:
        return line
    return _WS.sub(" ", line).strip()


def _gather(node, parts: list[str]) -> None:
    # Runs for every node of every table cell: attributes are asked for by name (cheaper
    # than building lxml's attribute proxy) and the tag is classified once.
    tag = _tag(node)
    if not tag or tag in _SKIP or _is_hidden(node):
        return
    block = tag in _BLOCK
    if block or tag == "br":
        parts.append("\n")
    if node.text:
        parts.append(node.text)
    for child in node:
        _gather(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _cell_text(el) -> str:
    # Labels split over <p>/<br> inside one cell are one label: join the lines.
    if len(el) == 0:
        # Most cells hold text only (a cell is a block, so `_gather` would add nothing
        # but line breaks around it): read it without the walk, and most of those one line.
        text = el.text
        if text is None or _is_hidden(el):
            return ""
        return _squeeze(text) if "\n" not in text else " ".join(_lines(text))
    return " ".join(_text_lines(el))


def _span(el, name: str) -> int:
    value = el.get(name)
    if value is None:
        return 1
    if value.isdigit():
        return max(1, int(value))
    try:
        return max(1, int(re.sub(r"\D", "", value) or 1))
    except ValueError:
        return 1


def _rows(table_el, nested: bool) -> list:
    """The rows of this table, not of tables nested inside it (when it holds any)."""
    if not nested:
        return list(table_el.iter("tr"))
    return [tr for tr in table_el.iter("tr") if _nearest_table(tr) is table_el]


def _nearest_table(el):
    return next(el.iterancestors("table"), None)


def expand_grid(rows: list[list[tuple[object, int, int]]], path: str = "<html>"
                ) -> tuple[list[tuple[int, int, int, int, object]], int, int]:
    """Place cells given per row as (payload, rowspan, colspan) onto a grid.

    Returns (row, col, rowspan, colspan, payload) per cell, and the grid size. A cell
    goes to the first free slot of its row (slots taken by rowspans from above are
    skipped); spans reaching past the last row are clamped. The `span` and `grid_cells`
    limits are checked before a cell's slots are taken, so no span allocates much.
    """
    covered: dict[int, set[int]] = {}  # row → its columns covered by rowspans from above
    placed = []
    n_rows = len(rows)
    n_cols = 0
    most = limits.current()
    most_span, most_cells = most.span, most.grid_cells
    for r, row in enumerate(rows):
        c = 0
        taken = covered.pop(r, ())
        for payload, rowspan, colspan in row:
            while c in taken:
                c += 1
            if rowspan > most_span or colspan > most_span:
                raise limits.exceeded(path, "span", "a table cell's colspan/rowspan", max(colspan, rowspan))
            rowspan = min(rowspan, n_rows - r)
            if n_rows * max(n_cols, c + colspan) > most_cells:
                raise limits.exceeded(path, "grid_cells", "a table's rows × columns", n_rows * max(n_cols, c + colspan))
            for below in range(r + 1, r + rowspan):
                covered.setdefault(below, set()).update(range(c, c + colspan))
            placed.append((r, c, rowspan, colspan, payload))
            c += colspan
            if c > n_cols:
                n_cols = c
    return placed, n_rows, n_cols


class _Paths:
    """Element paths as `etree.getpath` writes them (`/html/body/div[2]/p[3]`: a position
    among same-named siblings, none when the name is unique). `getpath` counts an element's
    earlier siblings on every call, which makes a page of N paragraphs cost N² steps: here
    the paths of all of a parent's children are written at once, when the first is asked
    for (a table row's cells, a page's paragraphs), so each further one is a lookup."""

    def __init__(self):
        self._paths: dict = {}

    def __call__(self, el) -> str:
        path = self._paths.get(el)
        if path is None:
            parent = el.getparent()
            if parent is None:
                path = self._paths[el] = "/" + el.tag
            else:
                self._name_children(parent)
                path = self._paths[el]
        return path

    def _name_children(self, parent) -> None:
        base = self(parent) + "/"
        # (lxml builds a new string each time `.tag` is asked for: once a child here.)
        children = [(ch, ch.tag) for ch in parent]
        count: dict[str, int] = {}
        for _, tag in children:
            count[tag] = count.get(tag, 0) + 1
        seen: dict[str, int] = {}
        for ch, tag in children:
            if not isinstance(tag, str):
                continue
            if count[tag] == 1:
                self._paths[ch] = base + tag
            else:
                seen[tag] = n = seen.get(tag, 0) + 1
                self._paths[ch] = f"{base}{tag}[{n}]"


_CELLS = TypeAdapter(list[Cell])


class _Walker:
    def __init__(self, tree, traditional: str | None, path: str = "<html>"):
        self.tree = tree
        self.getpath = _Paths()
        self.path = path
        self.trad = traditional
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.buffer_el = None

    def flush(self) -> None:
        text = "".join(self.buffer)
        el = self.buffer_el
        self.buffer, self.buffer_el = [], None
        for line in text.split("\n"):
            line = _squeeze(line)
            if line:
                self.paragraph(line, el)

    def paragraph(self, text: str, el, heading: bool = False) -> None:
        text = normalize(text, self.trad)
        path = self.getpath(el) if el is not None else None
        source = Provenance(dom_path=path)
        pos = 0
        for start, end, table in find_tables(text):
            if text[pos:start].strip():
                self.blocks.append(text_block(text[pos:start].strip(), source, heading))
            for cell in table.cells:
                cell.source = Provenance(dom_path=path)
            self.blocks.append(Block(kind="table", table=table, source=source))
            pos = end
        if text[pos:].strip():
            self.blocks.append(text_block(text[pos:].strip(), source, heading))

    def inline(self, text: str | None, el) -> None:
        if text:
            if self.buffer_el is None:
                self.buffer_el = el
            self.buffer.append(text)

    def walk(self, el) -> None:
        tag = _tag(el)
        if not isinstance(el.tag, str) or tag in _SKIP or _is_chrome(el) or _is_hidden(el):
            return
        if tag == "table":
            self.flush()
            self.table(el)
            return
        # (any() stops at the first block, usually the first child: asking lxml for the tags
        # builds its matcher of 35 names on every call, six times slower.)
        if tag in _HEADINGS or (tag in _BLOCK and not any(_tag(d) in _BLOCK for d in el.iterdescendants())):
            self.flush()
            text = _text(el)
            for line in text.split("\n"):
                if line.strip():
                    self.paragraph(line, el, heading=tag in _HEADINGS)
            return
        if tag in _BLOCK:
            self.flush()
        self.inline(el.text, el)
        for child in el:
            ctag = _tag(child)
            if ctag == "br":
                self.inline("\n", el)
            elif ctag in _BLOCK or ctag in _SKIP or child.find(".//table") is not None:
                # An inline element holding a table (a <font> around a Word export's
                # <div><table>) is walked too: flattened, the table would lose its grid.
                self.flush()
                self.walk(child)
            elif isinstance(child.tag, str):
                if not _is_chrome(child):
                    self.inline(_text(child).replace("\n", " "), child)
            self.inline(child.tail, el)
        if tag in _BLOCK:
            self.flush()

    def table(self, el) -> None:
        nested = next(el.iterdescendants("table"), None) is not None
        rows = _rows(el, nested)
        spec = [[(td, _span(td, "rowspan"), _span(td, "colspan"))
                 for td in tr if _tag(td) in ("td", "th")] for tr in rows]
        placed, n_rows, n_cols = expand_grid(spec, self.path)
        if nested or n_cols <= 1 or n_rows == 0:
            # A layout table or a framed paragraph: its content is narrative.
            for tr in rows:
                for td in tr:
                    if _tag(td) in ("td", "th"):
                        self.walk(td)
                        self.flush()
            return
        # Validated as one list: pydantic's cost per call outweighs a small cell's.
        trad = self.trad
        cells = _CELLS.validate_python([
            {"row": r, "col": c, "rowspan": rs, "colspan": cs, "text": normalize(_cell_text(td), trad),
             "source": {"dom_path": self.getpath(td)}}
            for r, c, rs, cs, td in placed
        ])
        table = Table(n_rows=n_rows, n_cols=n_cols, cells=cells,
                      source=Provenance(dom_path=self.getpath(el)))
        self.blocks.append(Block(kind="table", table=table, source=table.source))


# lxml's own HTML parser, as `lxml.html` uses it but without its element classes: their
# lookup runs in Python for every element the walk touches.
_PARSER = etree.HTMLParser()
_STRING = etree.XPath("string()")


def parse(data: bytes, path: str = "<html>") -> list[Block]:
    m = _CHARSET.search(data[:4096])
    try:
        text = decode(data, declared=m.group(1).decode("ascii", "ignore") if m else None)
    except UnicodeDecodeError:
        raise UnreadableFile(path, "the page is in no encoding nianbao knows (UTF-8, GBK, GB18030)") from None
    text = _XML_DECL.sub("", text)
    try:
        root = etree.fromstring(text, _PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableFile(path, f"the HTML cannot be parsed ({exc})") from None
    if root is None:
        raise UnreadableFile(path, "the HTML cannot be parsed (Document is empty)")
    # Comments (Word's <!--[if !supportLists]--> among them) go; the text after them stays.
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    walker = _Walker(root.getroottree(), traditional_form(_STRING(root)[:20000]), path)
    body = root.find("body")
    walker.walk(body if body is not None else root)
    walker.flush()
    return walker.blocks


def read(path: str, data: bytes, sha256: str) -> Document:
    blocks = parse(data, path)
    if not blocks:
        raise NotAReport(path, "the page has no visible text")
    return Document.build(path=path, format="html", sha256=sha256, blocks=blocks)
