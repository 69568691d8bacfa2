"""One page image → blocks: upright it, deskew it, drop stamps, OCR it, find its tables.

Orientation is settled without the engine's per-line angle classifier (off, since it
garbles upright lines): a page whose text lines come out tall is turned by 90°; a page
whose lines read better upside down (by the recogniser's own scores) is turned by 180°.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np

from .engine import OcrLine, recognize, recognize_crops
from .grid import find_tables
from .layout import UNREAD_MARK, PageLayout, page_blocks
from .render import ink, rotate, skew_angle, turn

# Figure cells scoring below this are read again from the cell's own crop.
RECHECK_BELOW = 0.98
# Confidence of a figure whose two readings disagree (below any sensible threshold).
DISAGREE = 0.5
# Lines scoring this well on average are upright: no need to test the 180° reading.
UPRIGHT_SCORE = 0.93


@dataclass
class PageResult:
    page: int  # 1-based
    layout: PageLayout
    dpi: int
    size: tuple[int, int]  # width, height of the upright page image (bbox coordinates)
    skew: float  # degrees undone (counter-clockwise positive)
    quarter_turns: int  # 90° counter-clockwise turns applied to the input
    lines: list[OcrLine]


def stamp_mask(img: np.ndarray, dpi: int) -> np.ndarray:
    """Pixels of red seals: saturated red ink forming a blob about a seal's size."""
    if img.ndim != 3:
        return np.zeros(img.shape[:2], np.uint8)
    hsv = cv2.cvtColor(img, cv2.COLOR_BGR2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    red = (((hue <= 10) | (hue >= 160)) & (sat >= 70) & (val >= 70)).astype(np.uint8) * 255
    if cv2.countNonZero(red) < 0.002 * red.size:
        return np.zeros_like(red)
    k = max(3, int(0.04 * dpi))
    blob = cv2.morphologyEx(red, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(blob, connectivity=8)
    out = np.zeros_like(red)
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if w >= 0.5 * dpi and h >= 0.5 * dpi and 0.4 <= w / h <= 2.5:
            out[y:y + h, x:x + w] = 255
    return out


def _drop_stamps(img: np.ndarray, dpi: int) -> tuple[np.ndarray, np.ndarray]:
    """Whiten the red ink of seals (black text under a seal stays readable)."""
    stamps = stamp_mask(img, dpi)
    if not stamps.any():
        return img, stamps
    hsv = cv2.cvtColor(img, cv2.COLOR_BGR2HSV)
    colored = (hsv[..., 1] >= 50) & (stamps > 0)
    clean = img.copy()
    clean[colored] = 255
    return clean, stamps


def _is_sideways(lines: list[OcrLine]) -> bool:
    """Most text lines run down the page: it is turned by 90°. Judged by box shape (a
    sideways line may be recognised as a few garbled characters)."""
    tall = wide = 0.0
    for ln in lines:
        x0, y0, x1, y1 = ln.bbox
        w, h = x1 - x0, y1 - y0
        if h > 3 * w:
            tall += h
        elif w > 3 * h:
            wide += w
    return tall > wide


def _crop(img: np.ndarray, bbox) -> np.ndarray:
    x0, y0, x1, y1 = (int(max(0, v)) for v in bbox)
    return np.ascontiguousarray(img[y0:y1, x0:x1])


def _is_upside_down(img: np.ndarray, lines: list[OcrLine]) -> bool:
    """Do the longest lines read better turned by 180°?"""
    # The widest boxes: upside-down text reads as a few garbled characters, so the
    # recognised text length says nothing; the box shape does.
    wide = [ln for ln in lines if ln.bbox[2] - ln.bbox[0] > 3 * (ln.bbox[3] - ln.bbox[1])]
    sample = sorted(wide, key=lambda ln: ln.bbox[0] - ln.bbox[2])[:8]
    if not sample:
        return False
    here = float(np.mean([ln.score for ln in sample]))
    if here >= UPRIGHT_SCORE:
        return False
    crops = [_crop(img, ln.bbox) for ln in sample]
    flipped = recognize_crops([np.ascontiguousarray(c[::-1, ::-1]) for c in crops if c.size])
    there = float(np.mean([s for _, s in flipped])) if flipped else 0.0
    return there > here + 0.1


def _read(img: np.ndarray, dpi: int):
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.ndim == 3 else img
    angle = skew_angle(gray)
    img = rotate(img, angle)
    clean, _ = _drop_stamps(img, dpi)
    return img, clean, angle, recognize(clean)


def ocr_page(img: np.ndarray, dpi: int, page: int) -> PageResult:
    """OCR one page image (BGR) and lay it out into blocks with page-pixel provenance."""
    turns = 0
    _, clean, angle, lines = _read(img, dpi)
    if _is_sideways(lines):
        turns = 1
        _, clean, angle, lines = _read(turn(img, turns), dpi)
    if _is_upside_down(clean, lines):
        turns += 2
        _, clean, angle, lines = _read(turn(img, turns), dpi)
    gray = cv2.cvtColor(clean, cv2.COLOR_BGR2GRAY) if clean.ndim == 3 else clean
    grids = find_tables(gray, dpi, lines)
    layout = page_blocks(lines, grids, page, gray.shape, dpi, ink(gray))
    _recheck_figures(layout, gray, dpi)
    h, w = gray.shape
    return PageResult(page=page, layout=layout, dpi=dpi, size=(w, h), skew=angle, quarter_turns=turns % 4, lines=lines)


_FIGURE = re.compile(r"^[\d.,+\-%]*$")


def _recheck_figures(layout: PageLayout, gray: np.ndarray, dpi: int) -> None:
    """Read doubtful figure cells again, alone, from the cell's interior.

    The engine recognises lines in batches padded to the widest crop, which costs a lone
    narrow digit ("1") much of its score. A second, solo reading that agrees restores the
    confidence; one that disagrees makes the cell doubtful (at most `DISAGREE`), so it is
    reported unreadable rather than guessed.
    """
    inset = max(3, int(0.02 * dpi))
    todo = []
    for block in layout.blocks:
        if block.kind != "table":
            continue
        for cell in block.table.cells:
            text = re.sub(r"\s+", "", cell.text)
            if cell.confidence is None or cell.confidence >= RECHECK_BELOW:
                continue
            if text != UNREAD_MARK and not (_FIGURE.match(text) and any(c.isdigit() for c in text)):
                continue
            x0, y0, x1, y1 = (int(v) for v in cell.source.bbox)
            crop = _ink_crop(gray[y0 + inset:y1 - inset, x0 + inset:x1 - inset], dpi)
            if crop is not None:
                todo.append((cell, text, crop))
    for cell, text, crop in todo:
        got = recognize_crops([cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR)])
        if not got:
            continue
        again, score = re.sub(r"\s+", "", got[0][0]), got[0][1]
        if not (again and _FIGURE.match(again) and any(c.isdigit() for c in again)):
            continue  # the second reading is no figure either: the cell stays doubtful
        if text == UNREAD_MARK:
            cell.text, cell.confidence = again, round(score, 4)
        elif again == text:
            cell.confidence = round(max(cell.confidence, score), 4)
        else:  # two readings disagree: keep the better one as the note, never trust it
            if score > cell.confidence:
                cell.text = again
            cell.confidence = round(min(cell.confidence, score, DISAGREE), 4)


def _ink_crop(roi: np.ndarray, dpi: int) -> np.ndarray | None:
    """The printed part of a cell, cut tight with a margin and binarised: a lone small
    digit in a tall cell is otherwise shrunk to a dot by the recogniser's fixed input
    height, and speckle costs it confidence. Ink touching the crop's edge is what is left
    of the cell's rules, not part of the figure."""
    if roi.size == 0:
        return None
    mask = ink(roi)
    h, w = mask.shape
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = [s for s in stats[1:n] if s[3] >= 0.04 * dpi
             and s[0] > 0 and s[1] > 0 and s[0] + s[2] < w and s[1] + s[3] < h]
    if not boxes:
        return None
    x0 = min(s[0] for s in boxes)
    y0 = min(s[1] for s in boxes)
    x1 = max(s[0] + s[2] for s in boxes)
    y1 = max(s[1] + s[3] for s in boxes)
    pad = max(4, int(0.3 * (y1 - y0)))
    _, tight = cv2.threshold(roi[y0:y1, x0:x1], 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return cv2.copyMakeBorder(tight, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
