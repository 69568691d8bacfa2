"""Draw what the OCR stage saw on a page, for bug reports (like pdfplumber's debug images).

    python -m extractor.ocr.debug report.pdf --page 3 --out /tmp/ocr-debug
    python -m extractor.ocr.debug page.png --out /tmp/ocr-debug

Writes `<name>-p<N>.png`: the upright, deskewed page with the table cells found from the
rules (red, with row,col), the recognised lines (blue) and doubtful figures (orange), and
prints the page's turns, skew and tables.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import cv2

from ..tables.cells import is_value_like
from . import DIGIT_CONFIDENCE_MIN
from .page import ocr_page
from .render import decode_images, estimate_dpi, iter_pdf_pages, rotate, turn


def draw(path: Path, page: int, out: Path) -> Path:
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        img, dpi = next(iter_pdf_pages(data, [page - 1]))
    else:
        img = decode_images(data)[page - 1]
        dpi = estimate_dpi(img)
    res = ocr_page(img, dpi, page)
    vis = rotate(turn(img, res.quarter_turns), res.skew)
    for block in res.layout.blocks:
        if block.kind != "table":
            continue
        for cell in block.table.cells:
            x0, y0, x1, y1 = (int(v) for v in cell.source.bbox)
            figure = any(ch.isdigit() for ch in cell.text) and is_value_like(cell.text)
            doubtful = figure and cell.confidence is not None and cell.confidence < DIGIT_CONFIDENCE_MIN
            cv2.rectangle(vis, (x0 + 2, y0 + 2), (x1 - 2, y1 - 2), (0, 140, 255) if doubtful else (0, 0, 255), 2)
            cv2.putText(vis, f"{cell.row},{cell.col}", (x0 + 4, y0 + 14), cv2.FONT_HERSHEY_SIMPLEX, 0.4, (0, 0, 255), 1)
    for line in res.lines:
        x0, y0, x1, y1 = (int(v) for v in line.bbox)
        cv2.rectangle(vis, (x0, y0), (x1, y1), (255, 0, 0), 1)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{path.stem}-p{page}.png"
    cv2.imwrite(str(target), vis)
    tables = [(b.table.n_rows, b.table.n_cols) for b in res.layout.blocks if b.kind == "table"]
    print(f"{path} page {page}: {res.dpi} dpi, turned {90 * res.quarter_turns}°, skew {res.skew}°, "
          f"{len(res.lines)} lines, tables {tables} → {target}")
    return target


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m extractor.ocr.debug", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", type=Path)
    p.add_argument("--page", type=int, default=1, help="1-based")
    p.add_argument("--out", type=Path, default=Path("ocr-debug"))
    args = p.parse_args(argv)
    draw(args.file, args.page, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
