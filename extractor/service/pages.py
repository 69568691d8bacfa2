"""The source beside a finding: a page of a report's PDF or scan as a PNG, with the
finding's cells and sentences outlined, rendered once and then served from a cache.

- Text PDF pages are rendered with pypdfium2 at screen resolution (SCREEN_DPI, at most
  MAX_WIDTH pixels wide). A cell's bbox is in PDF points from the page's top-left (as
  pdfplumber gives it). A mention carries character offsets, not a box: its sentence is
  found in the page's own text layer (pdfium's characters and their boxes) and outlined
  only where it is found exactly once.
- Scanned pages (an image-only PDF page, an image file) carry bboxes in pixels of the page
  image as OCR read it: rendered at the scan's own resolution, deskewed, turned upright
  (`extractor.ocr`). The page is shown as it is printed, and each box is taken back onto
  it (the turns, then the skew undone, by the pipeline's own functions and numbers): an
  outline on a skewed scan is a slightly turned quadrilateral. A scan has no text layer,
  so its sentences are not outlined (the review page shows them as text).

A page is shown only from the file the report was extracted from: its SHA-256 must still
be the stored one (hashed again whenever the file's size or times change), else a clear
refusal, never the image of another file. Pages are bounded by the report's page count
and the `pages` limit, rendering by the `image_pixels` and `page_objects` limits
(`extractor.limits`); pdfium, which is not thread-safe, renders one page at a time.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import os
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from models import Finding, Report

from .. import limits
from ..errors import ExtractionError, UnreadableFile
from .work import Refusal

SCREEN_DPI = 144      # twice PDF's 72: sharp on a high-density screen, and figures readable when shrunk
MAX_WIDTH = 1400      # pixels: a very wide page is rendered smaller
CACHE_MB = 128        # rendered pages kept in memory (least recently used dropped first)
RENDERED = "3"        # in every cache key and ETag: change it when the drawing changes
FORMATS = ("pdf", "pdf-scanned", "image")  # reports that have pages to show
CELL = (220, 0, 0)          # outline of a finding's cell
SENTENCE = (0, 90, 220)     # outline of the sentence of a finding's mention
WORDS = (255, 200, 0, 90)   # marker over the mention's own words (blended)
CELL_WIDTH, SENTENCE_WIDTH, MARGIN = 3, 2, 3  # pixels; outlines sit MARGIN outside the box

_PDFIUM = threading.Lock()  # pdfium is one library state per process and not thread-safe
_TURNED = re.compile(r"page (\d+): turned by (\d+)°")
_BLANK = re.compile(r"\s")


Box = tuple[float, float, float, float]  # x0, top, x1, bottom in the page's source units
Polygon = list[tuple[float, float]]      # corners in pixels of the shown image


@dataclass(frozen=True)
class Outline:
    """What to outline on one page: cells by their boxes, and sentences to be found in the
    page's text layer, each (sentence, words: the mention within it)."""

    cells: tuple[Box, ...] = ()
    sentences: tuple[tuple[str, str], ...] = ()

    def key(self) -> str:
        return hashlib.sha256(repr((self.cells, self.sentences)).encode()).hexdigest()[:20]


@dataclass
class Page:
    """One page rendered for the screen, without outlines."""

    image: object                               # PIL RGB image
    to_screen: Callable[[Box], Polygon]         # a source bbox → its corners on the image
    scan: bool
    text: str = ""                              # the page's text layer, blanks taken out
    boxes: list[Box] = field(default_factory=list)  # the on-screen box of each character of `text`

    @property
    def nbytes(self) -> int:
        w, h = self.image.size
        return w * h * 3 + len(self.text) * 40


# -- the source file --------------------------------------------------------------------------


class Sources:
    """The SHA-256 of source files, hashed once per version of the file on disk (its size,
    times and inode), so that a page served from the cache still comes from the same file."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[tuple, str]] = {}
        self._lock = threading.Lock()

    def check(self, path: str, sha256: str) -> None:
        """Refusal 410 when the file is gone or is no longer the one the report was extracted from."""
        try:
            st = os.stat(path)
        except OSError:
            raise Refusal(410, "source_missing", path, "the report's file is no longer there: "
                          "its pages cannot be shown (the review still shows what was extracted)") from None
        version = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        with self._lock:
            known = self._known.get(path)
        if known is None or known[0] != version:
            known = (version, self.sha256(path))
            with self._lock:
                self._known[path] = known
        if known[1] != sha256:
            raise Refusal(410, "source_changed", path, "the file has changed since the report was extracted "
                          f"(SHA-256 {known[1][:12]}…, extracted from {sha256[:12]}…): run the batch again to "
                          "see its pages")

    @staticmethod
    def sha256(path: str) -> str:
        from ..ingest import read_bytes

        try:
            return hashlib.sha256(read_bytes(path)).hexdigest()
        except ExtractionError as exc:  # a folder, a special file, past `file_bytes`
            raise Refusal(410, "source_missing", path, exc.reason) from None


# -- the cache --------------------------------------------------------------------------------


class PageCache:
    """Rendered pages and outlined PNGs in memory, least recently used dropped first once
    they pass `max_bytes`; `renders` counts pages rendered (not served from the cache)."""

    def __init__(self, max_mb: float = CACHE_MB):
        self.max_bytes = int(max_mb * 2**20)
        self.sources = Sources()
        self.renders = 0
        self._items: OrderedDict[tuple, tuple[object, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple):
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: tuple, value, size: int) -> None:
        with self._lock:
            if key in self._items:
                self._bytes -= self._items.pop(key)[1]
            self._items[key] = (value, size)
            self._bytes += size
            while self._bytes > self.max_bytes and len(self._items) > 1:
                _, (_, dropped) = self._items.popitem(last=False)
                self._bytes -= dropped

    def page(self, path: str, report: Report, number: int) -> Page:
        """Page `number` of the report's file rendered (once: then from the cache)."""
        key = ("page", report.source.sha256, number, turns_of(report).get(number, 0), RENDERED)
        found = self.get(key)
        if found is not None:
            return found
        with _PDFIUM:  # one render at a time; a request that waited finds the page rendered
            found = self.get(key)
            if found is not None:
                return found
            try:
                rendered = render_page(path, report, number)
            except ExtractionError as exc:
                raise Refusal(422, exc.code, path, exc.reason) from None
            self.renders += 1
        self.put(key, rendered, rendered.nbytes)
        return rendered

    def png(self, path: str, report: Report, number: int, outline: Outline) -> bytes:
        """The PNG of page `number` with `outline` drawn. The file must still be the one the
        report was extracted from (`Sources.check`)."""
        check_page(report, number)
        self.sources.check(path, report.source.sha256)
        key = _png_key(report, number, outline)
        found = self.get(key)
        if found is None:
            found = draw(self.page(path, report, number), outline)
            self.put(key, found, len(found))
        return found

    @staticmethod
    def etag(report: Report, number: int, outline: Outline) -> str:
        """Names the PNG `png` gives: the file's content, the page, the outline, the drawing."""
        return hashlib.sha256(repr(_png_key(report, number, outline)).encode()).hexdigest()[:32]


def upload_png(data: bytes, report: Report, text: str | None, number: int) -> bytes:
    """Page `number` of an uploaded file (`data`) with the outlines of all its findings,
    rendered for the one answer (in its extraction worker) and kept nowhere."""
    check_page(report, number)
    try:
        with _PDFIUM:
            page = render_page(report.source.path, report, number, data)
    except ExtractionError as exc:
        raise Refusal(422, exc.code, report.source.path, exc.reason) from None
    return draw(page, outline_for(report, text, number, report.findings))


def _png_key(report: Report, number: int, outline: Outline) -> tuple:
    return ("png", report.source.sha256, number, outline.key(), RENDERED)


def check_page(report: Report, number: int) -> None:
    """Refusal 404 unless the report has pages to show and `number` is one of them."""
    if report.source.format not in FORMATS:
        raise Refusal(404, "no_page_image", report.source.path,
                      f"a {report.source.format} report has no pages to show: its source text is on the review page")
    pages = min(report.meta.pages or limits.current().pages, limits.current().pages)
    if not 1 <= number <= pages:
        raise Refusal(404, "no_page", report.source.path, f"no page {number}: the report has {pages} page(s)")


# -- what a finding outlines ------------------------------------------------------------------


def finding_pages(report: Report, finding: Finding) -> list[int]:
    """The pages holding the finding's printed cells and sentences, in order."""
    facts = {f.metric: f for f in report.facts}
    pages = {facts[m].source.page for m in finding.metrics if m in facts and facts[m].source.bbox}
    pages |= {report.mentions[i].page for i in finding.mentions if 0 <= i < len(report.mentions)}
    return sorted(p for p in pages if p)


def outline_for(report: Report, text: str | None, number: int, findings: Iterable[Finding],
                sentences_too: bool = True) -> Outline:
    """The cells of `findings` printed on page `number`, and (`sentences_too`) the
    sentences of their mentions that may be there (a paragraph begun on the page before
    may end on it)."""
    facts = {f.metric: f for f in report.facts}
    cells: list[Box] = []
    sentences: list[tuple[str, str]] = []
    for finding in findings:
        for metric in finding.metrics:
            f = facts.get(metric)
            if f is not None and f.source.page == number and f.source.bbox and f.source.bbox not in cells:
                cells.append(tuple(f.source.bbox))
        for i in finding.mentions:
            if sentences_too and text and 0 <= i < len(report.mentions) and report.mentions[i].page in (number, number - 1):
                m = report.mentions[i]
                before, words, after = excerpt(text, m.start, m.end)
                if (item := (before + words + after, words)) not in sentences:
                    sentences.append(item)
    return Outline(tuple(cells), tuple(sentences))


SENTENCE_END = "。；;！!？?"
EXCERPT = 80  # characters at most on either side of the words


def excerpt(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, words, after): `text[start:end]` with the rest of its sentence around it —
    back to the last sentence end and on to the next, at most EXCERPT characters each way."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    a = max(0, start - EXCERPT)
    cut = max(text.rfind(c, a, start) for c in SENTENCE_END)
    a = cut + 1 if cut >= 0 else a
    b = min(len(text), end + EXCERPT)
    stops = [i for i in (text.find(c, end, b) for c in SENTENCE_END) if i >= 0]
    b = min(stops) + 1 if stops else b
    return text[a:start], text[start:end], text[end:b]


def excerpt_lines(text: str, start: int, end: int, lines: int = 2) -> tuple[str, str, str]:
    """(before, words, after): `text[start:end]` with `lines` whole lines of the source
    around it (at most EXCERPT characters each way): a cell among its table's rows."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    a = text.rfind("\n", 0, start) + 1  # the start of the words' line, then of those above
    for _ in range(lines):
        a = text.rfind("\n", 0, a - 1) + 1 if a > 0 else 0
    a = max(a, start - EXCERPT)
    b = text.find("\n", end)  # the end of the words' line, then of those below
    for _ in range(lines):
        b = text.find("\n", b + 1) if b >= 0 else -1
    b = len(text) if b < 0 else b
    b = min(b, end + EXCERPT)
    return text[a:start], text[start:end], text[end:b]


# -- rendering --------------------------------------------------------------------------------


def turns_of(report: Report) -> dict[int, int]:
    """Quarter turns the OCR gave each page to read it (its `ocr_page_turned` warnings)."""
    out = {}
    for w in report.warnings:
        if w.code == "ocr_page_turned" and (m := _TURNED.match(w.message)):
            out[int(m.group(1))] = int(m.group(2)) // 90 % 4
    return out


def render_page(path: str, report: Report, number: int, data: bytes | None = None) -> Page:
    """Page `number` (1-based) of the report's file (read from `path`, or given as `data`)
    for the screen; `ExtractionError` when it cannot be rendered or is past a limit."""
    from ..ingest import read_bytes
    from ..quiet import quiet_stderr

    data = read_bytes(path) if data is None else data
    if hashlib.sha256(data).hexdigest() != report.source.sha256:  # changed since it was checked
        raise UnreadableFile(path, "the file changed while its page was being shown: reload the page")
    turns = turns_of(report).get(number, 0)
    if report.source.format == "image":
        from ..ocr.render import estimate_dpi, image_pages

        for i, img in enumerate(image_pages(data, path), start=1):
            if i == number:
                return _scan_page(img, estimate_dpi(img), turns)
        raise UnreadableFile(path, f"the image file has no page {number}")
    import pypdfium2 as pdfium

    try:
        with quiet_stderr():
            pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(path, f"the PDF cannot be rendered ({exc})") from None
    try:
        limits.check(path, "pages", len(pdf), "the number of pages")
        if number > len(pdf):
            raise UnreadableFile(path, f"the PDF has no page {number}")
        scan = report.source.format == "pdf-scanned" or any(
            f.ocr_confidence is not None and f.source.page == number for f in report.facts)
        if not scan:
            rendered = _text_page(pdf, number, path)
            if rendered is not None:
                return rendered
    finally:
        pdf.close()
    from ..ocr.render import iter_pdf_pages

    img, dpi = next(iter_pdf_pages(data, [number - 1], path))
    return _scan_page(img, dpi, turns)


def _text_page(pdf, number: int, path: str) -> Page | None:
    """A page of a text PDF with its characters' boxes; None when it has no text layer
    (then it was read as a scan)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from ..ingest.pdf import MIN_TEXT_CHARS
    from ..quiet import quiet_stderr

    try:
        page = pdf[number - 1]
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(path, f"page {number} cannot be rendered ({exc})") from None
    try:
        limits.check(path, "page_objects", raw.FPDFPage_CountObjects(page.raw), f"the objects page {number} draws")
        width, height = page.get_size()
        scale = min(SCREEN_DPI / 72, MAX_WIDTH / max(width, 1.0))
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        limits.check(path, "image_pixels", size[0] * size[1], f"page {number} rendered for the screen")
        textpage = page.get_textpage()
        try:
            chars = [(i, c) for i, c in enumerate(textpage.get_text_range()) if not c.isspace()]
            if len(chars) < MIN_TEXT_CHARS:
                return None
            with quiet_stderr():
                image = page.render(scale=scale).to_pil().convert("RGB")
            device = _page_to_device(page, image.size)
            boxes = []
            for i, _ in chars:
                left, bottom, right, top = textpage.get_charbox(i)
                (x0, y0), (x1, y1) = device(left, top), device(right, bottom)
                boxes.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        finally:
            textpage.close()
        media_height = page.get_mediabox()[3] - page.get_mediabox()[1]
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(path, f"page {number} cannot be rendered ({exc})") from None
    finally:
        page.close()

    def to_screen(b: Box) -> Polygon:
        # pdfplumber's (x0, top, x1, bottom): x in page space, top down from the media box's top
        return [device(x, media_height - y) for x, y in ((b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3]))]

    text = "".join(_normal(c) for _, c in chars)
    return Page(image=image, to_screen=to_screen, scan=False, text=text, boxes=boxes)


def _page_to_device(page, size: tuple[int, int]) -> Callable[[float, float], tuple[float, float]]:
    """Page space (points, origin bottom-left; crop box and rotation as pdfium renders
    them) → pixels of the page rendered at `size`: pdfium's own mapping, read once as
    an affine map (it answers in whole pixels: read far apart, the error is negligible)."""
    import pypdfium2.raw as raw

    def at(x: float, y: float) -> tuple[int, int]:
        dx, dy = ctypes.c_int(), ctypes.c_int()
        raw.FPDF_PageToDevice(page.raw, 0, 0, size[0], size[1], 0, x, y, ctypes.byref(dx), ctypes.byref(dy))
        return dx.value, dy.value

    far = 10_000.0
    (ox, oy), (xx, xy), (yx, yy) = at(0, 0), at(far, 0), at(0, far)
    a, b, c, d = (xx - ox) / far, (yx - ox) / far, (xy - oy) / far, (yy - oy) / far

    def device(x: float, y: float) -> tuple[float, float]:
        return ox + a * x + b * y, oy + c * x + d * y

    return device


def _scan_page(img, dpi: int, turns: int) -> Page:
    """A scanned page (BGR at the scan's resolution) shown as printed; a box of the upright,
    deskewed image the OCR read is taken back: the turns undone, then the skew."""
    import cv2
    import numpy as np
    from PIL import Image

    from ..ocr.render import skew_angle

    h0, w0 = img.shape[:2]
    angle = skew_angle(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY))  # as ocr.page does: the same angle
    back = cv2.invertAffineTransform(cv2.getRotationMatrix2D((w0 / 2, h0 / 2), angle, 1.0))
    f = min(SCREEN_DPI / dpi, MAX_WIDTH / w0, 1.0)
    shown = cv2.resize(img, (max(1, round(w0 * f)), max(1, round(h0 * f))), interpolation=cv2.INTER_AREA)
    image = Image.fromarray(cv2.cvtColor(shown, cv2.COLOR_BGR2RGB))

    def to_screen(b: Box) -> Polygon:
        corners = []
        for x, y in ((b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])):
            for k in range(turns, 0, -1):  # undo np.rot90 (counter-clockwise), the last turn first
                width_before = w0 if (k - 1) % 2 == 0 else h0
                x, y = width_before - y, x
            sx, sy = back @ np.array([x, y, 1.0])
            corners.append((float(sx) * f, float(sy) * f))
        return corners

    return Page(image=image, to_screen=to_screen, scan=True)


# -- drawing ----------------------------------------------------------------------------------


def _normal(c: str) -> str:
    return unicodedata.normalize("NFKC", c)


def find_once(haystack: str, needle: str) -> int | None:
    """Where `needle` occurs in `haystack`, if exactly once."""
    at = haystack.find(needle) if needle else -1
    return at if at >= 0 and haystack.find(needle, at + 1) < 0 else None


def locate(page: Page, sentence: str, words: str) -> tuple[list[Box], list[Box]] | None:
    """The line boxes of `sentence` and of `words` (within it) in the page's text layer:
    the whole sentence if it is there once, else the part before or after a page break
    holding the words, else the words with a little context; None if none is there once."""
    s = "".join(_normal(c) for c in _BLANK.sub("", sentence))
    w = "".join(_normal(c) for c in _BLANK.sub("", words))
    at_words = s.find(w)
    if not page.text or not w or at_words < 0:
        return None
    tries = [(s, at_words), (s[: at_words + len(w)], at_words), (s[at_words:], 0)]
    for pad in (12, 6, 0):
        a = max(0, at_words - pad)
        tries.append((s[a : at_words + len(w) + pad], at_words - a))
    for needle, offset in tries:
        at = find_once(page.text, needle)
        if at is not None:
            return (_lines(page.boxes[at : at + len(needle)]),
                    _lines(page.boxes[at + offset : at + offset + len(w)]))
    return None


def _lines(boxes: list[Box]) -> list[Box]:
    """Character boxes merged into one box per printed line."""
    out: list[list[float]] = []
    for x0, y0, x1, y1 in boxes:
        last = out[-1] if out else None
        if last is not None and abs((y0 + y1) / 2 - (last[1] + last[3]) / 2) <= max(y1 - y0, last[3] - last[1]) / 2:
            last[0], last[1], last[2], last[3] = min(last[0], x0), min(last[1], y0), max(last[2], x1), max(last[3], y1)
        else:
            out.append([x0, y0, x1, y1])
    return [tuple(b) for b in out]


def _grown(poly: Polygon, by: float) -> Polygon:
    """A quadrilateral grown outward by `by` pixels (about its centre)."""
    cx = sum(x for x, _ in poly) / len(poly)
    cy = sum(y for _, y in poly) / len(poly)
    out = []
    for x, y in poly:
        dx, dy = x - cx, y - cy
        out.append((x + (by if dx > 0 else -by), y + (by if dy > 0 else -by)))
    return out


def draw(page: Page, outline: Outline) -> bytes:
    """The page as a PNG with the cells outlined in red and the sentences in blue, the
    mention's words under a yellow marker."""
    from PIL import ImageDraw

    image = page.image.copy()
    pen = ImageDraw.Draw(image, "RGBA")  # RGBA: the words' marker is blended over them
    if not page.scan:
        for sentence, words in outline.sentences:
            found = locate(page, sentence, words)
            if found is None:
                continue
            lines, said = found
            for x0, y0, x1, y1 in lines:
                pen.rectangle((x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN), outline=SENTENCE,
                              width=SENTENCE_WIDTH)
            for x0, y0, x1, y1 in said:
                pen.rectangle((x0 - 1, y0 - 1, x1 + 1, y1 + 1), fill=WORDS)
    for box in outline.cells:
        pen.polygon(_grown(page.to_screen(box), MARGIN + CELL_WIDTH), outline=CELL, width=CELL_WIDTH)  # drawn inward
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=3)
    return out.getvalue()
