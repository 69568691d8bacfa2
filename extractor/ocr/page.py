"""One page image → blocks: deskew it, drop stamps, find its text lines, upright it, read
them, find its tables.

Orientation is settled without the engine's per-line angle classifier (off, since it
garbles upright lines), from the detected lines before recognition: a page whose text
lines come out tall is turned by 90°; a page whose lines read better upside down (by the
recogniser's own scores on a few of them) is turned by 180°.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .engine import OcrLine, detect, read, recognize_crops
from .grid import find_tables
from .layout import PageLayout, page_blocks
from .render import ink, rotate, skew_angle, turn
from .reread import look_again, recheck, slashes_read_as_one

# Lines scoring this well on average are upright: no need to test the 180° reading.
UPRIGHT_SCORE = 0.93
# Orientation is read from the starts of this many of the longest lines, each cut this
# many times as long as the line is high (about five characters, the recogniser's
# narrowest input of 6.7 × the height): ~3% of reading a page. On 144 generated scan
# pages (150–300 dpi) upright starts scored ≥ 0.93 on average, upside-down ones ≤ 0.45.
SAMPLE_LINES, SAMPLE_LENGTH = 4, 6.5


@dataclass
class PageResult:
    page: int  # 1-based
    layout: PageLayout
    dpi: int
    size: tuple[int, int]  # width, height of the upright page image (bbox coordinates)
    skew: float  # degrees undone (counter-clockwise positive)
    # 90° counter-clockwise turns applied to the input (the page image is
    # `render.rotate(render.turn(input, quarter_turns), skew)`: turns and skew commute)
    quarter_turns: int
    lines: list[OcrLine]


def _red(img: np.ndarray) -> np.ndarray:
    hsv = cv2.cvtColor(img, cv2.COLOR_BGR2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    return (((hue <= 10) | (hue >= 160)) & (sat >= 70) & (val >= 70)).astype(np.uint8) * 255


def stamp_mask(img: np.ndarray, dpi: int) -> np.ndarray:
    """Pixels of red seals: saturated red ink forming a blob about a seal's size."""
    # Every 4th pixel of every 4th row says whether there is red ink worth looking at.
    if img.ndim != 3 or cv2.countNonZero(_red(np.ascontiguousarray(img[::4, ::4]))) < 0.0005 * img[::4, ::4, 0].size:
        return np.zeros(img.shape[:2], np.uint8)
    red = _red(img)
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


# Under a seal, a pixel this light in the red channel (of 255, the seal's paper) and
# coloured is the seal's own ink; darker is the text printed under it.
SEAL_INK_MIN = 170


def _drop_stamps(img: np.ndarray, dpi: int) -> tuple[np.ndarray, np.ndarray]:
    """Drop the red ink of seals, keeping what is printed under them: inside a seal the
    page is seen through its red channel (a scanner's red drop-out: red ink is as light
    as paper there, black stays black, and the grey edges of small figures stay grey
    instead of being whitened with the red they were mixed with), and coloured pixels
    still light after that are whitened."""
    stamps = stamp_mask(img, dpi)
    if not stamps.any():
        return img, stamps
    inside = stamps > 0
    red = img[..., 2].astype(np.float32)
    paper = max(1.0, float(np.percentile(red[inside], 90)))
    seen = np.clip(red * (255 / paper), 0, 255).astype(np.uint8)
    sat = cv2.cvtColor(img, cv2.COLOR_BGR2HSV)[..., 1]
    seen[(sat >= 50) & (seen >= SEAL_INK_MIN)] = 255
    clean = img.copy()
    clean[inside] = seen[inside][:, None]
    return clean, stamps


def _crop(img: np.ndarray, bbox) -> np.ndarray:
    x0, y0, x1, y1 = (int(max(0, v)) for v in bbox)
    return np.ascontiguousarray(img[y0:y1, x0:x1])


def _sideways(boxes) -> bool:
    """Most text lines run down the page: it is turned by 90°."""
    tall = wide = 0.0
    for x0, y0, x1, y1 in boxes:
        w, h = x1 - x0, y1 - y0
        if h > 3 * w:
            tall += h
        elif w > 3 * h:
            wide += w
    return tall > wide


def _mean_score(crops: list[np.ndarray]) -> float:
    got = recognize_crops(crops)
    return float(np.mean([s for _, s in got])) if got else 0.0


def orientation(img: np.ndarray, boxes) -> int:
    """Quarter turns (counter-clockwise) that make the page's text upright, judged from its
    detected line boxes before any line is recognised.

    Lines that run down the page mean 90° one way or the other; then the starts of the
    longest lines are read as they lie and, if they read poorly, upside down: the
    recogniser's own score tells upright text from upside-down text."""
    sideways = _sideways(boxes)
    k = 1 if sideways else 0
    along = [(b, (b[3] - b[1]) if sideways else (b[2] - b[0])) for b in boxes]
    across = [(b, (b[2] - b[0]) if sideways else (b[3] - b[1])) for b, _ in along]
    lines = [(b, n, t) for (b, n), (_, t) in zip(along, across) if n > 3 * t]
    crops = []
    for (x0, y0, x1, y1), n, t in sorted(lines, key=lambda l: -l[1])[:SAMPLE_LINES]:
        span = min(n, SAMPLE_LENGTH * t)  # the first characters of the line as it lies
        box = (x0, y0, x1, y0 + span) if sideways else (x0, y0, x0 + span, y1)
        crop = _crop(img, box)
        if crop.size:
            crops.append(np.ascontiguousarray(np.rot90(crop, k)))
    if not crops:
        return k
    here = _mean_score(crops)
    if here >= UPRIGHT_SCORE:
        return k
    there = _mean_score([np.ascontiguousarray(c[::-1, ::-1]) for c in crops])
    return k + 2 if there > here + 0.1 else k


def _prepare(img: np.ndarray, dpi: int) -> tuple[np.ndarray, float]:
    """The page levelled (skew undone) and its red seals whitened."""
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.ndim == 3 else img
    angle = skew_angle(gray)
    clean, _ = _drop_stamps(rotate(img, angle), dpi)
    return clean, angle


def ocr_page(img: np.ndarray, dpi: int, page: int) -> PageResult:
    """OCR one page image (BGR) and lay it out into blocks with page-pixel provenance.

    Every page is detected and recognised once, as bare OCR would: a turned page is turned
    back with its detected lines (a skew angle is the same either way up)."""
    clean, angle = _prepare(img, dpi)
    found = detect(clean)
    turns = orientation(clean, found.bboxes) % 4
    if turns:
        clean, found = turn(clean, turns), found.turned(turns)
    lines = read(found)
    gray = cv2.cvtColor(clean, cv2.COLOR_BGR2GRAY) if clean.ndim == 3 else clean
    ink_mask = ink(gray)
    grids = find_tables(gray, dpi, lines, ink_mask)
    layout = page_blocks(lines, grids, page, gray.shape, dpi, ink_mask)
    recheck(layout, gray, dpi)
    look_again(layout, gray, dpi)
    slashes_read_as_one(layout, gray, dpi)
    h, w = gray.shape
    return PageResult(page=page, layout=layout, dpi=dpi, size=(w, h), skew=angle, quarter_turns=turns, lines=lines)
