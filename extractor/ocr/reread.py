"""Doubtful figures read again from their own cell, before any is given up as unreadable.

Two steps, each only for table cells holding a figure (or ink with no reading) below a
confidence:

1. `recheck` — the figure cut tight from its cell and read alone. The engine recognises
   lines in batches padded to the widest crop, which costs a lone narrow digit ("1") much
   of its score: a second reading that agrees restores it; one that disagrees makes the
   cell doubtful (at most `DISAGREE`), never trusted.
2. `look_again` — for figures still below `DIGIT_CONFIDENCE_MIN` (a noisy, blurred or
   fax-like 150 dpi scan: a "0" at 0.92, its doubt spent on "O" and "o"). The cell is cut
   out under several treatments — Otsu on the grey crop, after a median filter, after a
   Gaussian blur, after non-local-means denoising, each also at twice the size — and each
   is read by the recogniser restricted to figure characters (`engine.read_figures`). Each
   treatment is a vote; the figure is accepted only when at least `VOTES_NEEDED` read it
   with confidence ≥ `VOTE_CONFIDENCE`, each character's step giving at most `FOREIGN_MAX`
   to non-figure characters (a smudge read "a" is no digit, however the digits among its
   guesses rank); no treatment reads anything else with confidence ≥ `DISSENT_CONFIDENCE`;
   and it is what the first reading read, one figure. Measured on 68 doubtful figure
   cells of harsh, fax and stamped scans (tuning set, generated and real pages): 49
   accepted, 0 wrong; the rest stay unreadable.

A clean page has no doubtful figure and pays nothing. Last, `slashes_read_as_one`: a "/"
read "1" with confidence is told by its lean.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import cv2
import numpy as np

from . import DIGIT_CONFIDENCE_MIN
from .engine import read_figures, recognize_crops
from .layout import UNREAD_MARK, PageLayout
from .render import ink

# Figure cells scoring below this are read again from the cell's own crop.
RECHECK_BELOW = 0.98
# Confidence of a figure whose two readings disagree (below any sensible threshold).
DISAGREE = 0.5
VOTE_CONFIDENCE = 0.95
FOREIGN_MAX = 0.3
VOTES_NEEDED = 4
DISSENT_CONFIDENCE = 0.3
# A cell read "1" whose ink leans more than this off the vertical is a "/": printed 1s lean at
# most 8.5° on generated scans, images and the real 洪泽 scans (143 cells); the slash read "1"
# at 0.985 (a generated image) leans 26°.
SLASH_LEAN = 15.0
_FIGURE_TEXT = re.compile(r"^[\d.,+\-%]*$")  # what a figure cell may hold (spaces removed)
_ONE_FIGURE = re.compile(r"^[+\-]?\d[\d,]*(?:\.\d+)?%?$")


@dataclass
class Tally:
    """What the second look did in this process (the OCR bench reports it)."""

    cells: int = 0
    accepted: int = 0
    seconds: float = 0.0


TALLY = Tally()


def _is_figure(text: str) -> bool:
    return bool(text) and _FIGURE_TEXT.match(text) is not None and any(c.isdigit() for c in text)


def _doubtful(layout: PageLayout, gray: np.ndarray, dpi: int, below: float, unread_too: bool):
    """(cell, its text without spaces, its interior) for each table cell holding a figure
    (or, with `unread_too`, unread ink) whose confidence is below `below`."""
    for block in layout.blocks:
        if block.kind != "table":
            continue
        for cell in block.table.cells:
            if cell.confidence is None or cell.confidence >= below:
                continue
            text = re.sub(r"\s+", "", cell.text)
            if not (_is_figure(text) or unread_too and text == UNREAD_MARK):
                continue
            roi = _interior(gray, cell, dpi)
            if roi.size:  # a cell narrower than its rules has no interior to read again
                yield cell, text, roi


def _interior(gray: np.ndarray, cell, dpi: int) -> np.ndarray:
    """The grey pixels inside a cell's rules."""
    inset = max(3, int(0.02 * dpi))
    x0, y0, x1, y1 = (int(v) for v in cell.source.bbox)
    return gray[max(0, y0 + inset):y1 - inset, max(0, x0 + inset):x1 - inset]


def recheck(layout: PageLayout, gray: np.ndarray, dpi: int) -> None:
    """Step 1: each doubtful figure read alone from its cell's interior. All go in one
    call: a figure narrower than the recogniser's input (≈6.7 × its height) is padded to
    that input whether read alone or with others."""
    todo = [(cell, text, crop) for cell, text, roi in _doubtful(layout, gray, dpi, RECHECK_BELOW, True)
            if (crop := ink_crop(roi, dpi)) is not None]
    got = recognize_crops([cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR) for _, _, crop in todo])
    for (cell, text, _), (again, score) in zip(todo, got):
        again = re.sub(r"\s+", "", again)
        if not _is_figure(again):
            continue  # the second reading is no figure either: the cell stays doubtful
        if text == UNREAD_MARK:
            cell.text, cell.confidence = again, round(score, 4)
        elif again == text:
            cell.confidence = round(max(cell.confidence, score), 4)
        else:  # two readings disagree: keep the better one as the note, never trust it
            if score > cell.confidence:
                cell.text = again
            cell.confidence = round(min(cell.confidence, score, DISAGREE), 4)


def ink_crop(roi: np.ndarray, dpi: int) -> np.ndarray | None:
    """The printed part of a cell, cut tight with a margin and binarised: a lone small
    digit in a tall cell is otherwise shrunk to a dot by the recogniser's fixed input
    height, and speckle costs it confidence. Ink touching the crop's edge is what is left
    of the cell's rules, not part of the figure."""
    _, stats, kept = _printed(roi, dpi)
    boxes = [stats[i] for i in kept]
    if not boxes:
        return None
    x0 = min(s[0] for s in boxes)
    y0 = min(s[1] for s in boxes)
    x1 = max(s[0] + s[2] for s in boxes)
    y1 = max(s[1] + s[3] for s in boxes)
    pad = max(4, int(0.3 * (y1 - y0)))
    _, tight = cv2.threshold(roi[y0:y1, x0:x1], 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return cv2.copyMakeBorder(tight, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


def _printed(roi: np.ndarray, dpi: int) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """The ink components of a cell's interior (labels, stats) and those that are printed
    marks: tall enough, and not touching the crop's edge (that is what is left of the
    cell's rules)."""
    if roi.size == 0:
        return np.zeros((0, 0), np.int32), np.zeros((0, 5), np.int32), []
    mask = ink(roi)
    h, w = mask.shape
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    kept = [i for i in range(1, n) if stats[i][3] >= 0.04 * dpi and stats[i][0] > 0 and stats[i][1] > 0
            and stats[i][0] + stats[i][2] < w and stats[i][1] + stats[i][3] < h]
    return labels, stats, kept


def treatments(roi: np.ndarray, dpi: int) -> list[np.ndarray]:
    """The cell's interior cut tight around its ink under each treatment; a treatment that
    finds no ink is left out."""
    out = []
    for pre in (roi, cv2.medianBlur(roi, 3), cv2.GaussianBlur(roi, (0, 0), 1.0),
                cv2.fastNlMeansDenoising(roi, None, 25, 7, 21)):
        crop = ink_crop(pre, dpi)
        if crop is None:
            continue
        out.append(crop)
        if pre is not roi:
            out.append(cv2.resize(crop, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC))
    return out


def verdict(first: str, readings) -> tuple[str, float] | None:
    """The figure and its confidence if the treatments' readings settle it, else None."""
    votes, others = [], set()
    for r in readings:
        if not r.text or r.foreign > FOREIGN_MAX:
            continue
        if r.confidence >= VOTE_CONFIDENCE:
            votes.append(r)
        elif r.confidence >= DISSENT_CONFIDENCE:
            others.add(r.text)
    texts = {r.text for r in votes} | others
    if len(texts) != 1 or len(votes) < VOTES_NEEDED:
        return None
    text = votes[0].text
    if text != first.strip() or not _ONE_FIGURE.match(text):
        return None
    return text, min(r.confidence for r in votes)


def slashes_read_as_one(layout: PageLayout, gray: np.ndarray, dpi: int) -> None:
    """A "/" (the form's mark for a cell that does not apply) is read "1" with high
    confidence: its ink leans like no printed "1" does. A cell read "1" whose ink leans
    more than `SLASH_LEAN` degrees off the vertical is a slash."""
    for block in layout.blocks:
        if block.kind != "table":
            continue
        for cell in block.table.cells:
            if re.sub(r"\s+", "", cell.text) != "1":
                continue
            lean = ink_lean(_interior(gray, cell, dpi), dpi)
            if lean is not None and lean > SLASH_LEAN:
                cell.text = "/"


def ink_lean(roi: np.ndarray, dpi: int) -> float | None:
    """How far (degrees) the principal axis of a cell's printed ink leans off the vertical;
    None for a cell with too little ink to tell."""
    labels, _, kept = _printed(roi, dpi)
    if not kept:
        return None
    ys, xs = np.nonzero(np.isin(labels, kept))
    if len(xs) < 10:
        return None
    evals, evecs = np.linalg.eigh(np.cov(np.vstack([xs, ys]).astype(np.float64)))
    vx, vy = evecs[:, int(np.argmax(evals))]
    return float(np.degrees(np.arctan2(abs(vx), abs(vy))))


def look_again(layout: PageLayout, gray: np.ndarray, dpi: int) -> None:
    """Step 2: the figures still below the trust threshold that the treatments' votes
    settle get the agreed text and confidence; the others stay as they are."""
    for cell, text, roi in list(_doubtful(layout, gray, dpi, DIGIT_CONFIDENCE_MIN, False)):
        if text != cell.text.strip():
            continue  # several figures in one cell (a lost rule): not one figure to settle
        t = time.perf_counter()
        crops = treatments(roi, dpi)
        # One call per cell: its treatments have about the same width, so none is padded
        # far beyond its own (padding alone changes what the recogniser reads).
        got = verdict(cell.text, read_figures(crops)) if len(crops) >= VOTES_NEEDED else None
        TALLY.cells += 1
        TALLY.seconds += time.perf_counter() - t
        if got is not None:
            TALLY.accepted += 1
            cell.text, cell.confidence = got[0], round(got[1], 4)


