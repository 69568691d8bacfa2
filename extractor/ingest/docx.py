"""Word .docx → `models.Document` with python-docx.

Body paragraphs and tables in document order (content controls included). Table cells
are read from the XML so merged cells come out once with their spans: `w:gridSpan`
is the colspan, a `w:vMerge` continuation extends the rowspan of the cell above, and
`w:gridBefore` leaves the skipped grid columns empty. A DOCX has no pages, so a cell's
provenance is its element path (`/w:body/w:tbl[2]/w:tr[5]/w:tc[3]`).
"""

from __future__ import annotations

import zipfile
import zlib
from io import BytesIO

from models import Block, Cell, Document, Provenance, Table

from .. import limits
from ..errors import EncryptedFile, ExtractionError, UnreadableFile
from ..sections import find_sections
from .textnorm import normalize, traditional_form

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _join(lines: list[str]) -> str:
    """Lines of one cell or paragraph: Chinese wraps without spaces, Latin words keep one."""
    out = ""
    for part in (ln.strip() for ln in lines):
        if not part:
            continue
        if out and out[-1].isascii() and out[-1].isalpha() and part[0].isascii() and part[0].isalpha():
            out += " "
        out += part
    return out


def _text(el) -> str:
    """Visible text of a paragraph element (runs, hyperlinks, fields; tabs and breaks as spaces)."""
    parts = []
    for node in el.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        else:
            parts.append(" " if node.tag == f"{_W}tab" else "\n")
    return _join("".join(parts).split("\n"))


def _cell_text(tc) -> str:
    return _join([_text(p) for p in tc.iter(f"{_W}p")])


def _table(tbl, path: str, trad: str | None, file: str = "<docx>") -> Table:
    cells: list[Cell] = []
    open_cells: dict[int, Cell] = {}  # grid column → the cell a vMerge continuation extends
    n_cols = 0
    rows = tbl.tr_lst
    for r, tr in enumerate(rows):
        col = max(0, tr.grid_before)
        limits.check(file, "span", max(col, tr.grid_after), "a table row's skipped grid columns")
        for t_index, tc in enumerate(tr.tc_lst):
            span = max(1, tc.grid_span)
            limits.check(file, "span", span, "a table cell's gridSpan")
            limits.check(file, "grid_cells", len(rows) * (col + span), "a table's rows × columns")
            if tc.vMerge == "continue" and col in open_cells:
                above = open_cells[col]
                above.rowspan = r - above.row + 1
                # text in a continuation cell is rare but printed: keep it
                extra = _cell_text(tc)
                if extra:
                    above.text = normalize(_join([above.text, extra]), trad)
            else:
                cell = Cell(
                    row=r, col=col, colspan=span, text=normalize(_cell_text(tc), trad),
                    source=Provenance(dom_path=f"{path}/w:tr[{r + 1}]/w:tc[{t_index + 1}]"),
                )
                cells.append(cell)
                for c in range(col, col + span):
                    open_cells.pop(c, None)
                if tc.vMerge == "restart":
                    open_cells[col] = cell
            col += span
        n_cols = max(n_cols, col + max(0, tr.grid_after))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(n_rows=len(rows), n_cols=n_cols, cells=cells, source=Provenance(dom_path=path))


def _body_items(parent):
    """Paragraph and table elements in order, looking inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}p" or child.tag == f"{_W}tbl":
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_items(content)


def _is_heading_style(p, styles: dict[str, str]) -> bool:
    ppr = p.find(f"{_W}pPr")
    if ppr is None:
        return False
    style = ppr.find(f"{_W}pStyle")
    if style is not None:
        name = styles.get(style.get(f"{_W}val"), "").lower()
        if name.startswith(("heading", "标题", "title")):
            return True
    return ppr.find(f"{_W}outlineLvl") is not None


_CHUNK = 1 << 20
_ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}  # what Word writes


def unpack(path: str, data: bytes) -> dict[str, bytes]:
    """The members of a .docx, read within the limits: the sizes the ZIP declares are checked
    before anything is inflated, and the bytes actually inflated are counted while reading,
    a chunk at a time (a member's declared size can lie; zipfile's own `read` would inflate
    a member whole before cutting it to that size)."""
    budget = int(limits.current().inflated_bytes)
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = {info.filename: info for info in archive.infolist()}  # the last of a repeated name, as zipfile
        if any(info.flag_bits & 0x1 for info in members.values()):
            raise EncryptedFile(path, "the Word file's ZIP entries are encrypted; save an unprotected copy")
        odd = sorted({info.compress_type for info in members.values()} - _ZIP_METHODS)
        if odd:
            raise UnreadableFile(path, f"a .docx compressed with ZIP method {odd[0]}, which Word does not write")
        limits.check(path, "inflated_bytes", sum(info.file_size for info in members.values()),
                     "the .docx's declared uncompressed size")
        out: dict[str, bytes] = {}
        total = 0
        for name, info in members.items():
            chunks = []
            with archive.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    total += len(chunk)
                    limits.check(path, "inflated_bytes", total, "the .docx's uncompressed size")
                    chunks.append(chunk)
            out[name] = b"".join(chunks)
    except ExtractionError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError, OSError) as exc:
        raise UnreadableFile(path, f"a damaged .docx ({type(exc).__name__}: {exc})"[:300]) from None
    tags = sum(blob.count(b"<") for name, blob in out.items() if name.endswith((".xml", ".rels")))
    limits.check(path, "elements", tags, "the number of XML tags in the .docx")
    return out


def _repack(members: dict[str, bytes]) -> BytesIO:
    """The checked members as a stored (uncompressed) ZIP for python-docx to open."""
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, blob in members.items():
            z.writestr(zipfile.ZipInfo(name), blob)
    buf.seek(0)
    return buf


def read(path: str, data: bytes, sha256: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.exceptions import XmlchemyError

    package = _repack(unpack(path, data))
    try:
        document = docx.Document(package)
    except PackageNotFoundError:
        raise UnreadableFile(path, "not a readable Word .docx package") from None
    except KeyError as exc:
        raise UnreadableFile(path, f"a damaged .docx (missing part {exc})") from None
    except Exception as exc:  # lxml / zip errors on damaged files
        if "encrypt" in str(exc).lower():
            raise EncryptedFile(path, "the Word file is password-protected; save an unprotected copy") from None
        raise UnreadableFile(path, f"a damaged .docx ({type(exc).__name__}: {exc})") from None

    styles = {s.style_id: s.name or "" for s in document.styles}
    body = document.element.body
    items = list(_body_items(body))
    sample = "".join(_text(el) for el in items if el.tag == f"{_W}p")[:4000]
    trad = traditional_form(sample)

    blocks: list[Block] = []
    n_p = n_t = 0
    for el in items:
        if el.tag == f"{_W}tbl":
            n_t += 1
            try:
                table = _table(el, f"/w:body/w:tbl[{n_t}]", trad, path)
            except XmlchemyError as exc:  # a typed attribute python-docx reads lazily: a gridSpan with no w:val
                raise UnreadableFile(path, f"a damaged .docx table ({exc})"[:300]) from None
            if blocks and blocks[-1].kind != "table" and len(blocks[-1].text) <= 60:
                table.caption = blocks[-1].text
            blocks.append(Block(kind="table", table=table, source=table.source))
            continue
        n_p += 1
        text = normalize(_text(el).strip(), trad)
        if not text:
            continue
        source = Provenance(dom_path=f"/w:body/w:p[{n_p}]")
        secs = find_sections(text) if len(text) <= 40 else []
        heading = _is_heading_style(el, styles) or (
            bool(secs) and secs[0].start == 0 and len(text) <= secs[0].title_end + 2
        )
        blocks.append(Block(kind="heading" if heading else "paragraph", text=text, source=source))
    return Document.build(path=path, format="docx", sha256=sha256, blocks=blocks)
