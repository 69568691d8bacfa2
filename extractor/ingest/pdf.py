"""Text PDFs (made by Word or WPS) → `models.Document`.

One pdfplumber pass per page: its layout parse gives the characters and the ruling,
`find_tables` is called once on the *visible* ruling only, and every character is
placed once — in a table cell (by grid lookup) or in a narrative line. Why visible
only: WPS sets narrative in text frames drawn as stacks of white, unstroked boxes,
which pdfplumber would otherwise read as one-column tables (hongze-2023).

- Narrative lines are joined into paragraphs (indent, short last line, headings),
  across page breaks too; page numbers ("- 4 -", "-1-", "第 2 页") and running
  headers/footers in the page margins are dropped.
- Tables keep merged cells as spans (`tables.grid.spans`), every cell with page and
  bbox; tables continuing on the next page are joined by `tables.stitch`.
- `(cid:N)` glyphs (fonts without a Unicode map) become U+FFFD and a warning, so a
  figure printed with them reads as unreadable instead of a wrong number.
- Pages without a text layer go to `ingest.scanned` (OCR); without it, `NeedsOCR`.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_right
from dataclasses import dataclass
from io import BytesIO

from models import Block, Cell, Document, Provenance, Table

from .. import limits
from ..errors import EncryptedFile, ExtractionError, LimitExceeded, NeedsOCR, UnreadableFile
from ..tables.grid import spans
from ..tables.stitch import stitch
from .blocks import starts_heading, text_block
from .pdfbounds import bounded, limit_error
from .textnorm import normalize, traditional_form

_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－_·•]*(?:第\s*)?[\d一二三四五六七八九十]+\s*(?:页)?"
    r"(?:\s*(?:/|共)\s*\d+\s*页?)?[\s\-—–－_·•]*$"
)
_TOC_LEADER = re.compile(r"[.．…·。\-_]{4,}\s*\d+\s*$")
_ASCII_WORD = re.compile(r"[A-Za-z]")
MARGIN = 0.09  # share of the page height at top and bottom where headers/footers sit
MIN_TEXT_CHARS = 10  # fewer real characters than this on a page with an image: a scan


@dataclass
class _Line:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    page: int


# ---------------------------------------------------------------- visible ruling


def _is_white(color) -> bool:
    if color is None or isinstance(color, str):
        return False
    try:
        vals = [float(v) for v in (color if isinstance(color, (list, tuple)) else [color])]
    except (TypeError, ValueError):
        return False
    if len(vals) == 4:  # CMYK
        return all(v <= 0.05 for v in vals)
    return bool(vals) and all(v >= 0.95 for v in vals)


def _visible(obj) -> bool:
    """Keep characters and the ruling a reader sees; drop invisible frames and shading."""
    kind = obj.get("object_type")
    if kind == "char":
        return True
    if kind == "rect":
        if obj.get("stroke") and not _is_white(obj.get("stroking_color")):
            return True
        thin = min(obj["width"], obj["height"]) <= 2.0  # a filled rule
        return bool(obj.get("fill")) and thin and not _is_white(obj.get("non_stroking_color"))
    if kind in ("line", "curve"):
        return not _is_white(obj.get("stroking_color"))
    return kind == "image"


# ---------------------------------------------------------------- text helpers


def _clean_text(s: str) -> tuple[str, int]:
    """Replace unmapped glyphs with U+FFFD; returns the text and how many there were."""
    n = 0
    if "(cid:" in s:
        s, n = _CID.subn("\ufffd", s)
    return s, n


def _collate(chars: list[dict]) -> str:
    """One line's characters left to right, a space where pdfplumber's extract_text puts one.

    A character drawn twice at the same place (fake bold) is kept once.
    """
    out: list[str] = []
    last = None
    for ch in sorted(chars, key=lambda c: c["x0"]):
        if last is not None:
            if ch["text"] == last["text"] and abs(ch["x0"] - last["x0"]) < 1 and abs(ch["top"] - last["top"]) < 1:
                continue
            if ch["x0"] > last["x1"] + 3:
                out.append(" ")
        out.append(ch["text"])
        last = ch
    return "".join(out)


def _lines(chars: list[dict], page: int) -> list[_Line]:
    """Group characters into lines by their vertical middle (mixed font sizes share a line)."""
    if not chars:
        return []
    chars = sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2)
    groups: list[list[dict]] = [[chars[0]]]
    mid = (chars[0]["top"] + chars[0]["bottom"]) / 2
    for ch in chars[1:]:
        m = (ch["top"] + ch["bottom"]) / 2
        if m - mid <= 3:
            groups[-1].append(ch)
        else:
            groups.append([ch])
            mid = m
    lines = []
    for g in groups:
        text = _collate(g)
        if not text.strip():
            continue
        lines.append(
            _Line(
                text=text.strip(),
                x0=min(c["x0"] for c in g),
                top=min(c["top"] for c in g),
                x1=max(c["x1"] for c in g),
                bottom=max(c["bottom"] for c in g),
                size=statistics.median(c["size"] for c in g),
                page=page,
            )
        )
    return lines


def _join(parts: list[str]) -> str:
    """Join wrapped lines: Chinese text wraps anywhere, so no space, except between Latin words."""
    out = ""
    for p in parts:
        if out and _ASCII_WORD.match(out[-1]) and _ASCII_WORD.match(p[0]):
            out += " "
        out += p
    return out


# ---------------------------------------------------------------- tables


def _table(tf, chars: list[dict], page: int) -> Table | None:
    """A pdfplumber table → `models.Table` with spans; chars are those inside its bbox."""
    boxes = [tuple(c) for c in tf.cells]
    if not boxes:
        return None
    slots, xs, ys = spans(boxes)
    # one cell per distinct slot (pdfplumber may report a merged cell once per row it spans)
    by_slot: dict[tuple[int, int], tuple] = {}
    for box, slot in zip(boxes, slots):
        key = (slot.row, slot.col)
        if key not in by_slot or slot.rowspan * slot.colspan > by_slot[key][1].rowspan * by_slot[key][1].colspan:
            by_slot[key] = (box, slot)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    owner: list[list[int | None]] = [[None] * n_cols for _ in range(n_rows)]
    entries = list(by_slot.values())
    # Smaller boxes claim their slots first: a box holding others whole is no cell of its
    # own but the outline pdfplumber closed around them where a wall stops short of its
    # corner (a browser's print of a rowspan cut by the page break), and keeps only the
    # slots none of them covers.
    for i in sorted(range(len(entries)), key=lambda i: entries[i][1].rowspan * entries[i][1].colspan):
        s = entries[i][1]
        for r in range(s.row, min(s.row + s.rowspan, n_rows)):
            for c in range(s.col, min(s.col + s.colspan, n_cols)):
                if owner[r][c] is None:
                    owner[r][c] = i
    texts: list[list[dict]] = [[] for _ in entries]
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        c, r = bisect_right(xs, cx) - 1, bisect_right(ys, cy) - 1
        if 0 <= r < n_rows and 0 <= c < n_cols and owner[r][c] is not None:
            texts[owner[r][c]].append(ch)
    cells = []
    for i, ((box, s), cchars) in enumerate(zip(entries, texts)):
        if owner[s.row][s.col] != i:
            continue  # a box hidden under another
        # The slots it kept, from its top-left corner (all of them, unless it held others).
        rowspan = next((k for k in range(1, s.rowspan) if s.row + k >= n_rows or owner[s.row + k][s.col] != i), s.rowspan)
        colspan = next((k for k in range(1, s.colspan) if s.col + k >= n_cols or owner[s.row][s.col + k] != i), s.colspan)
        if (rowspan, colspan) != (s.rowspan, s.colspan):
            box = (xs[s.col], ys[s.row], xs[min(s.col + colspan, n_cols)], ys[min(s.row + rowspan, n_rows)])
        text = _join([ln.text for ln in _lines(cchars, page)])
        cells.append(
            Cell(
                row=s.row, col=s.col, rowspan=rowspan, colspan=colspan, text=text,
                source=Provenance(page=page, bbox=tuple(round(v, 2) for v in box)),
            )
        )
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(
        n_rows=n_rows, n_cols=n_cols, cells=cells,
        source=Provenance(page=page, bbox=tuple(round(v, 2) for v in tf.bbox)),
    )


def _narrative_box(table: Table) -> bool:
    """A one-column "table" holding sentences is a text frame (WPS), read as paragraphs.

    A short one-column box ("第二十条第（一）项" alone at the foot of a page) is kept: it may
    be the first row of a table continuing on the next page (see `_unboxed`).
    """
    return any(len(c.text) > 40 or "。" in c.text for c in table.cells)


def _unboxed(blocks: list[Block]) -> list[Block]:
    """One-column tables that stitching did not join to anything become paragraphs."""
    out = []
    for block in blocks:
        if block.kind == "table" and block.table is not None and block.table.n_cols <= 1:
            for cell in block.table.cells:
                if cell.text.strip():
                    out.append(text_block(cell.text, cell.source))
        else:
            out.append(block)
    return out


def _drop_empty_rows(table: Table) -> Table:
    """Drop rows that hold nothing: every cell covering them lies wholly inside and is empty.

    (A row covered by a merged cell is part of that cell's span and stays.)
    """
    grid = table.grid()
    keep = []
    for r, row in enumerate(grid):
        covering = [c for c in row if c is not None]
        if all(c.row == r and c.rowspan == 1 and not c.text.strip() for c in covering):
            continue
        keep.append(r)
    if len(keep) == table.n_rows or not keep:
        return table
    new_index = {r: i for i, r in enumerate(keep)}
    cells = []
    for cell in table.cells:
        covered = [r for r in range(cell.row, cell.row + cell.rowspan) if r in new_index]
        if not covered:
            continue
        cell.row, cell.rowspan = new_index[covered[0]], len(covered)
        cells.append(cell)
    table.cells = cells
    table.n_rows = len(keep)
    return table


# ---------------------------------------------------------------- pages


def _causes(exc: BaseException):
    """The exception and what it wraps (pdfplumber wraps pdfminer's errors in PdfminerException)."""
    seen = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        yield exc
        inner = next((a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)), None)
        exc = inner or exc.__cause__ or exc.__context__


def _open(path: str, data: bytes):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(BytesIO(data))
        _count_pages(path, pdf)
        _ = pdf.pages  # pdfminer reads the page tree (and the encryption) lazily
        return pdf
    except ExtractionError:
        raise
    except Exception as exc:  # pdfminer raises assorted errors on broken files
        if (over := limit_error(exc)) is not None:
            raise over from None
        causes = list(_causes(exc))
        if any(isinstance(c, PDFPasswordIncorrect) for c in causes):
            raise EncryptedFile(
                path, "the PDF is password-protected; open it with the password and save an unprotected copy"
            ) from None
        if any(isinstance(c, PDFEncryptionError) for c in causes):
            raise EncryptedFile(path, "the PDF is encrypted with a method that cannot be read; save an unprotected copy") from None
        detail = "; ".join(f"{type(c).__name__}: {c}" for c in causes if str(c))[:200]
        raise UnreadableFile(path, f"a damaged or unreadable PDF ({detail or type(exc).__name__})") from None


def _count_pages(path: str, pdf) -> None:
    """The `pages` limit, counted walking the page tree before pdfplumber builds every page."""
    from itertools import islice

    from pdfminer.pdfpage import PDFPage

    most = limits.current().pages
    count = sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), most + 1))
    limits.check(path, "pages", count, "the number of pages")


def _check_scan_size(path: str, page, number: int) -> None:
    """A scanned page is rendered and read at its image's resolution: the `image_pixels`
    limit, from the image sizes the page declares, before anything is decoded."""
    for img in page.images:
        w, h = img.get("srcsize") or (0, 0)
        if isinstance(w, (int, float)) and isinstance(h, (int, float)):
            limits.check(path, "image_pixels", w * h, f"the image on page {number}")


def _is_scan(page, chars: list[dict]) -> bool:
    """No usable text layer but an image: a scanned page."""
    real = sum(1 for c in chars if c["text"].strip() and "(cid:" not in c["text"])
    if real >= MIN_TEXT_CHARS:
        return False
    garbage = sum(1 for c in chars if "(cid:" in c["text"])
    # an image, unmapped glyphs only, or text drawn as outlines (many filled paths)
    return bool(page.images) or garbage > 0 or len(page.curves) > 200


def _runs(vertical: list[dict]) -> list[tuple[float, float, float]]:
    """Vertical rules drawn in pieces (one per row, as WeasyPrint does) joined: (x, top, bottom)."""
    by_x: dict[int, list[dict]] = {}
    for e in vertical:
        by_x.setdefault(round(e["x0"]), []).append(e)
    runs = []
    for edges in by_x.values():
        edges.sort(key=lambda e: e["top"])
        x, top, bottom = edges[0]["x0"], edges[0]["top"], edges[0]["bottom"]
        for e in edges[1:]:
            if e["top"] <= bottom + 3:
                bottom = max(bottom, e["bottom"])
            else:
                runs.append((x, top, bottom))
                top, bottom = e["top"], e["bottom"]
        runs.append((x, top, bottom))
    return runs


def _closing_rules(edges: list[dict], height: float) -> list[dict]:
    """Horizontal rules where a table is cut open by the page break.

    Word and WPS draw no bottom border on a table continuing on the next page (nor a top
    border on its continuation): the column rules just stop near the page margin. A
    reader sees the row end there, so a rule is added where three or more column rules
    end (or start) at the same height in the lower (upper) quarter of the page.
    """
    runs = _runs([e for e in edges if e["orientation"] == "v"])
    added = []
    for end, near in ((2, lambda y: y > 0.75 * height), (1, lambda y: y < 0.25 * height)):
        groups: list[list[tuple]] = []
        for run in sorted((r for r in runs if near(r[end])), key=lambda r: r[end]):
            if groups and run[end] - groups[-1][-1][end] <= 2:
                groups[-1].append(run)
            else:
                groups.append([run])
        for group in groups:
            if len(group) < 3:
                continue
            y = statistics.median(r[end] for r in group)
            x0, x1 = min(r[0] for r in group), max(r[0] for r in group)
            added.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0})
    return added


_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _read_page(page, number: int):
    """(lines outside tables, tables) of one page, in no particular order."""
    fp = page.filter(_visible)
    chars = fp.chars
    settings = dict(_SETTINGS, explicit_horizontal_lines=_closing_rules(fp.edges, float(page.height)))
    found = [tf for tf in fp.find_tables(settings) if len(tf.cells) > 0]
    tables: list[Table] = []
    table_boxes = []
    for tf in found:
        x0, top, x1, bottom = tf.bbox
        inside = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
        table = _table(tf, inside, number)
        if table is None:
            continue
        if table.n_cols <= 1 and _narrative_box(table):
            continue  # a framed box of narrative, not a table: its text stays narrative
        tables.append(_drop_empty_rows(table))
        table_boxes.append(tf.bbox)

    def in_table(c):
        mx, my = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return any(b[0] <= mx <= b[2] and b[1] <= my <= b[3] for b in table_boxes)

    free = [c for c in chars if not in_table(c)] if table_boxes else list(chars)
    return chars, _lines(free, number), tables


def _margin_lines(lines: list[_Line], height: float) -> list[_Line]:
    return [ln for ln in lines if ln.bottom <= height * MARGIN or ln.top >= height * (1 - MARGIN)]


def _drop_furniture(pages: list[tuple[float, list[_Line]]]) -> list[list[_Line]]:
    """Remove page numbers and running headers/footers (margin lines repeated on most pages)."""
    repeated: dict[str, int] = {}
    for height, lines in pages:
        for ln in _margin_lines(lines, height):
            key = re.sub(r"\d+", "#", ln.text.replace(" ", ""))
            repeated[key] = repeated.get(key, 0) + 1
    out = []
    for height, lines in pages:
        margin = {id(ln) for ln in _margin_lines(lines, height)}
        kept = []
        for ln in lines:
            if id(ln) in margin:
                key = re.sub(r"\d+", "#", ln.text.replace(" ", ""))
                if _PAGE_NUMBER.match(ln.text) or (len(pages) >= 3 and repeated.get(key, 0) >= max(2, len(pages) // 2)):
                    continue
            elif _PAGE_NUMBER.match(ln.text) and re.search(r"[\-—–－]", ln.text):
                continue  # "- 4 -" set inside the text area (a footer pushed up by a table)
            kept.append(ln)
        out.append(_drop_toc(kept))
    return out


def _drop_toc(lines: list[_Line]) -> list[_Line]:
    """A table of contents names the sections (and tables) but holds nothing to extract;
    left in, its entries would read as the section headings. Entries are lines ending in
    dot leaders and a page number; a "目录" title just before them goes too."""
    toc = [i for i, ln in enumerate(lines) if _TOC_LEADER.search(ln.text)]
    if len(toc) < 3:
        return lines
    drop = set(toc)
    first = toc[0]
    if first > 0 and re.fullmatch(r"目\s*录", lines[first - 1].text.strip()):
        drop.add(first - 1)
    return [ln for i, ln in enumerate(lines) if i not in drop]


def _new_paragraph(prev: _Line, line: _Line, left: float, right: float) -> bool:
    size = max(line.size, 6.0)
    if line.page != prev.page:
        return line.x0 > left + 1.5 * size or prev.x1 < right - 2 * size
    if line.top - prev.bottom > 1.2 * size:
        return True
    if line.x0 > left + 1.5 * size:  # first-line indent, or a centred title
        return True
    if prev.x1 < right - 2 * size:  # the previous line stopped short: it ended a paragraph
        return True
    return bool(_TOC_LEADER.search(prev.text)) or starts_heading(line.text)


def _text_block(lines: list[_Line], trad: str | None) -> Block:
    text = normalize(_join([ln.text for ln in lines]), trad)
    first = [ln for ln in lines if ln.page == lines[0].page]
    bbox = (
        round(min(ln.x0 for ln in first), 2), round(min(ln.top for ln in first), 2),
        round(max(ln.x1 for ln in first), 2), round(max(ln.bottom for ln in first), 2),
    )
    return text_block(text, Provenance(page=lines[0].page, bbox=bbox))


def _page_height(page) -> float:
    try:
        return float(page.height)
    except Exception:  # a page whose box cannot be read: A4
        return 842.0


def read(path: str, data: bytes, sha256: str) -> Document:
    with bounded(path):
        return _read(path, data, sha256)


def _read(path: str, data: bytes, sha256: str) -> Document:
    pdf = _open(path, data)
    warnings: list[tuple[str, str]] = []
    try:
        pages: list[tuple[float, list[_Line], list[Table]]] = []
        scans: list[int] = []
        cid_pages: list[int] = []
        for number, page in enumerate(pdf.pages, start=1):
            limits.check_time(path)
            try:
                chars, lines, tables = _read_page(page, number)
                scan = _is_scan(page, chars)
                if scan:
                    _check_scan_size(path, page, number)
                height = float(page.height)
            except LimitExceeded:
                raise
            except Exception as exc:  # one broken page must not hide the others' figures
                if (over := limit_error(exc)) is not None:
                    raise over from None
                warnings.append(("pdf_page_unreadable", f"page {number} could not be read ({type(exc).__name__})"))
                chars, lines, tables, scan, height = [], [], [], False, _page_height(page)
            if scan:
                scans.append(number)
                lines, tables = [], []
            elif any("(cid:" in c["text"] for c in chars):
                cid_pages.append(number)
            pages.append((height, lines, tables))
            page.close()
    finally:
        pdf.close()
    if not pages:
        raise UnreadableFile(path, "the PDF has no pages")

    if scans:
        try:
            from .scanned import ocr_ahead
        except ImportError:  # no OCR backend here: `_ocr` says so
            pass
        else:
            ocr_ahead(path, len(scans))  # a caller that defers OCR (the service: to a job) stops here
    ocr_blocks = _ocr(path, data, scans, all_scanned=len(scans) == len(pages), warnings=warnings) if scans else []
    blocks, unreadable = _assemble(pages, ocr_blocks)
    if unreadable:
        warnings.append((
            "pdf_unreadable_glyphs",
            f"{unreadable} characters on page(s) {', '.join(map(str, cid_pages))} use a font without a "
            "Unicode map and were replaced by U+FFFD; figures printed with them are unreadable",
        ))
    fmt = "pdf-scanned" if len(scans) == len(pages) else "pdf"
    return Document.build(path=path, format=fmt, sha256=sha256, blocks=blocks, pages=len(pages), warnings=warnings)


def _assemble(pages: list[tuple[float, list[_Line], list[Table]]], ocr_blocks: list[Block]) -> tuple[list[Block], int]:
    """Blocks in reading order: lines joined into paragraphs around each page's tables,
    OCR blocks in their pages' place, tables continuing over a page break stitched.
    Returns the blocks and how many unreadable glyphs were met."""
    cleaned = _drop_furniture([(h, lines) for h, lines, _ in pages])
    trad = traditional_form("".join(ln.text for lines in cleaned for ln in lines)[:4000])
    unreadable = 0
    blocks: list[Block] = []
    para: list[_Line] = []

    def flush():
        if para:
            blocks.append(_text_block(list(para), trad))
            para.clear()

    # The text block's edges, per page (odd and even pages may have mirrored margins);
    # a page with too little text uses the whole document's.
    all_lines = [ln for lines in cleaned for ln in lines if len(ln.text) >= 8]
    doc_edges = (min((ln.x0 for ln in all_lines), default=0.0), max((ln.x1 for ln in all_lines), default=0.0))
    page_edges = []
    for lines in cleaned:
        full = [ln for ln in lines if len(ln.text) >= 8]
        page_edges.append((min(ln.x0 for ln in full), max(ln.x1 for ln in full)) if len(full) >= 3 else doc_edges)

    for number, ((_, _, tables), lines) in enumerate(zip(pages, cleaned), start=1):
        items: list[tuple[float, object]] = [(ln.top, ln) for ln in lines] + [(t.source.bbox[1], t) for t in tables]
        items.sort(key=lambda it: it[0])
        for _, item in items:
            if isinstance(item, _Line):
                item.text, n = _clean_text(item.text)
                unreadable += n
                left, right = page_edges[number - 1]
                if para and _new_paragraph(para[-1], item, left, right):
                    flush()
                para.append(item)
                continue
            # a short paragraph or heading just above a table is its caption
            caption = normalize(_join([ln.text for ln in para]), trad) if para else None
            flush()
            if caption is None and blocks and blocks[-1].kind != "table":
                caption = blocks[-1].text
            for cell in item.cells:
                cell.text, n = _clean_text(cell.text)
                unreadable += n
                cell.text = normalize(cell.text, trad)
            item.caption = caption if caption and len(caption) <= 60 else None
            blocks.append(Block(kind="table", table=item, source=item.source))
        page_ocr = [b for b in ocr_blocks if b.source.page == number]
        if page_ocr:
            flush()
            blocks.extend(page_ocr)
    flush()
    return _unboxed(stitch(blocks)), unreadable


def _ocr(path: str, data: bytes, pages: list[int], all_scanned: bool, warnings) -> list[Block]:
    """OCR the image-only pages, or say plainly that the file needs OCR."""
    listed = ", ".join(map(str, pages))
    try:
        from . import scanned

        blocks, ocr_warnings = scanned.ocr_pdf_pages(data, [p - 1 for p in pages])  # 0-based page indexes
        warnings.extend(ocr_warnings)
        return blocks
    except ExtractionError as exc:  # a limit, a page that is no page, a page pdfium cannot render
        if all_scanned or isinstance(exc, LimitExceeded):
            raise exc.about(path) from None
        warnings.append(("pdf_needs_ocr", f"page(s) {listed} have no text layer and could not be read ({exc.reason})"))
        return []
    except (ImportError, NotImplementedError, AttributeError):
        if all_scanned:
            raise NeedsOCR(path, f"the PDF is a scan (no text layer on page(s) {listed}); it needs OCR") from None
        warnings.append(("pdf_needs_ocr", f"page(s) {listed} have no text layer and were not read (OCR unavailable)"))
        return []
    except Exception as exc:
        if all_scanned:
            raise
        # the text pages still count; say which pages are missing and why
        warnings.append(("pdf_needs_ocr", f"page(s) {listed} have no text layer; OCR failed ({type(exc).__name__}: {exc})"))
        return []
