"""Scanned reports: page images (PNG/JPEG/TIFF, one file or a folder of pages) and the
image-only pages of PDFs, read by offline OCR (`extractor.ocr`).

Blocks carry `Provenance(page, bbox)` with bbox in pixels of the upright, deskewed page
image (the scan's own resolution). Table cells carry the OCR confidence of their least
certain digit; table mapping reports a figure below `ocr.DIGIT_CONFIDENCE_MIN` as unreadable.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from models import Block, Document

from .. import limits
from ..errors import NeedsOCR, UnreadableFile
from . import IMAGE_SUFFIXES, list_folder, read_bytes
from .textnorm import normalize, traditional_form


def _assemble(results) -> tuple[list[Block], list[tuple[str, str]]]:
    """Blocks of consecutive pages; a paragraph cut by a page break is joined again."""
    blocks: list[Block] = []
    warnings: list[tuple[str, str]] = []
    prev_open, prev_page = False, None
    for res in results:
        page_blocks = list(res.layout.blocks)
        if res.quarter_turns:
            warnings.append(("ocr_page_turned", f"page {res.page}: turned by {90 * res.quarter_turns}° to read it"))
        if not res.lines:
            warnings.append(("ocr_no_text", f"page {res.page}: the scanned page gave no text"))
        if (prev_open and prev_page == res.page - 1 and res.layout.open_start and page_blocks and blocks
                and blocks[-1].kind == "paragraph" and page_blocks[0].kind == "paragraph"):
            blocks[-1].text += page_blocks.pop(0).text
        blocks.extend(page_blocks)
        prev_open, prev_page = res.layout.open_end, res.page
    _simplify(blocks)
    return blocks, warnings


def _simplify(blocks: list[Block]) -> None:
    """Traditional-character scans become simplified, like every other backend's text."""
    sample = "".join(b.text for b in blocks if b.kind != "table")
    form = traditional_form(sample)
    if form is None:
        return
    for b in blocks:
        b.text = normalize(b.text, traditional=form)
        if b.table:
            for cell in b.table.cells:
                cell.text = normalize(cell.text, traditional=form)
            if b.table.caption:
                b.table.caption = normalize(b.table.caption, traditional=form)


# A page image must be at least this many pixels on its shorter side, and its longer side at
# most this many times the shorter: anything else is no page. Text detection scales a page's
# longer side to 2000 pixels and its shorter up to 736, so a strip of 20000 × 20 pixels has
# no shape left to detect, and the detector's input grows with the ratio (736 × 736·ratio):
# peak RSS 0.6 GB for a page, 1.1 GB at 8, 1.3 GB at 12, up to 1.7 GB at 14 (the fuzzer's
# 373 × 5172 JPEG, whose lines were shrunk to 144 pixels: nothing legible). A one-line strip
# (a screenshot of a line, 900 × 112) is still read.
MIN_PAGE_SIDE, MAX_PAGE_ASPECT = 32, 12


def check_page(path: str, img, page: int) -> None:
    """One clear error for a page image that is no page (a 1-pixel "scan", a thin strip)."""
    h, w = img.shape[:2]
    if min(h, w) < MIN_PAGE_SIDE or max(h, w) > MAX_PAGE_ASPECT * min(h, w):
        raise UnreadableFile(
            path, f"page {page} is {w} × {h} pixels: not the shape of a page (at least {MIN_PAGE_SIDE} pixels "
            f"a side, at most {MAX_PAGE_ASPECT} times as long as wide)")


class OcrDeferred(NeedsOCR):
    """A document about to be read by OCR, in a block that defers it (`deferring_ocr`):
    `pages` of it need OCR (None: not counted before decoding)."""

    def __init__(self, path: str, pages: int | None):
        super().__init__(path, f"{pages if pages is not None else 'its'} scanned page(s) need OCR, deferred")
        self.pages = pages


_deferring: ContextVar[bool] = ContextVar("nianbao_defer_ocr", default=False)


@contextmanager
def deferring_ocr():
    """Within the block, a document raises `OcrDeferred` where its OCR would begin (once
    everything cheaper is done: a PDF's pages read, its scanned ones counted, by the PDF
    backend's own test), so that the caller can have it read where a long wait suits it
    (the service: as a job)."""
    token = _deferring.set(True)
    try:
        yield
    finally:
        _deferring.reset(token)


def ocr_ahead(path: str, pages: int | None) -> None:
    """Where a document's OCR begins: `OcrDeferred` if the caller defers it."""
    if _deferring.get():
        raise OcrDeferred(path, pages)


# Told how far the OCR has come: `callback(pages_done, pages_total)` (total None while
# not known), before the first page and after each. Set for a block with `ocr_progress`.
_progress: ContextVar[Callable[[int, int | None], None] | None] = ContextVar("nianbao_ocr_progress", default=None)


@contextmanager
def ocr_progress(callback: Callable[[int, int | None], None]):
    """Within the block, every OCR of a document's pages reports its progress to `callback`."""
    token = _progress.set(callback)
    try:
        yield
    finally:
        _progress.reset(token)


class _Pages:
    """One document's OCR progress, reported to the block's `ocr_progress` callback, if any."""

    def __init__(self, total: int | None = None):
        self.done, self.total = 0, total
        self._tell()

    def counted(self, total: int) -> None:
        self.total = total
        self._tell()

    def read(self, result):
        self.done += 1
        self._tell()
        return result

    def _tell(self) -> None:
        if (callback := _progress.get()) is not None:
            callback(self.done, self.total)


def _read_page(path: str, img, dpi: int, page: int):
    """OCR one page image, within the time limit."""
    from ..ocr.page import ocr_page

    limits.check_time(path)
    check_page(path, img, page)
    return ocr_page(img, dpi, page)


def ocr_pdf_pages(data: bytes, pages: list[int], path: str = "<pdf>") -> tuple[list[Block], list[tuple[str, str]]]:
    """OCR the given 0-based pages of a PDF (image-only pages) into blocks in reading
    order, with `Provenance(page=N 1-based, bbox=page-image pixels)`, and the warnings
    the document should carry (pages turned to be read, pages that gave no text)."""
    from ..ocr.render import iter_pdf_pages

    order = sorted(pages)
    progress = _Pages(len(order))
    results = [progress.read(_read_page(path, img, dpi, index + 1))
               for index, (img, dpi) in zip(order, iter_pdf_pages(data, order, path))]
    return _assemble(results)


def _natural_key(p: Path):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.name.lower())]


def read_images(paths) -> Document:
    """One report from several page images: a folder of them, or a list of files (in
    natural name order: page2 before page10). Multi-page TIFFs count all their pages."""
    from ..ocr.render import estimate_dpi, image_pages

    if isinstance(paths, (str, Path)) and Path(paths).is_dir():
        folder = Path(paths)
        files = sorted((p for p in list_folder(folder) if p.suffix.lower() in IMAGE_SUFFIXES), key=_natural_key)
        label = str(folder)
        if not files:
            raise UnreadableFile(label, "a folder with no PNG/JPEG/TIFF page images")
    else:
        files = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
        files.sort(key=_natural_key)
        if not files:
            raise UnreadableFile("", "no page images given")
        label = str(files[0]) if len(files) == 1 else str(files[0].parent)
    ocr_ahead(label, None)
    digest = hashlib.sha256()
    results = []
    progress = _Pages()  # a multi-page TIFF among the files: the total is known at the end
    for f in files:
        data = read_bytes(str(f))
        digest.update(data)
        for img in image_pages(data, str(f)):
            limits.check(label, "pages", len(results) + 1, "the number of pages")
            results.append(progress.read(_read_page(str(f), img, estimate_dpi(img), len(results) + 1)))
    return _document(label, digest.hexdigest(), results)


def _document(path: str, sha256: str, results) -> Document:
    from ..tables.stitch import stitch

    blocks, warnings = _assemble(results)
    blocks = stitch(blocks)  # a table running on over the page break is one table
    return Document.build(path=path, format="image", sha256=sha256, blocks=blocks,
                          pages=len(results), warnings=warnings)


def read(path: str, data: bytes, sha256: str) -> Document:
    """Backend entry point for one image file (a multi-page TIFF is a whole report)."""
    from ..ocr.render import estimate_dpi, image_pages

    ocr_ahead(path, None)
    progress = _Pages()
    results = [progress.read(_read_page(path, img, estimate_dpi(img), i + 1))
               for i, img in enumerate(image_pages(data, path, counted=progress.counted))]
    return _document(path, sha256, results)
