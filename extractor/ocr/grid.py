"""Table grids recovered from the ink: ruling lines → rows, columns, merged cells.

Like pdfplumber's lattice mode, but on pixels: long thin horizontal and vertical runs
of ink are the rules; their positions give the row and column boundaries of each
table; a boundary that is not drawn between two slots merges them (rowspan/colspan).
Every length is in inches × the page's dpi, so 150–300 dpi scans behave alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from .render import ink

# Shortest rule kept, in inches: longer than a character's stroke, shorter than the
# narrowest cell of the standard tables (≈0.37 in wide, ≈0.24 in high).
H_RULE_MIN_IN = 0.28
V_RULE_MIN_IN = 0.16
# A vertical rule with one end in the open (a table cut by the page break) must be this long.
LONE_END_MIN_IN = 0.45
# Rules closer than this are one boundary (rule thickness, scan wobble).
SNAP_IN = 0.035
# Rows or columns thinner than this are not real slots (a rule that overshoots).
MIN_SLOT_IN = 0.09
# A boundary is drawn between two slots when rules cover this share of their edge.
WALL_COVER = 0.5
# Rules are looked for at no finer resolution than this (a 300 dpi page is halved first):
# a rule is still two pixels thick, and the page costs a quarter as much to search.
GRID_DPI = 200


@dataclass
class Segment:
    pos: float  # y of a horizontal rule, x of a vertical one
    lo: float  # extent along the rule
    hi: float
    thick: float = 1.0


@dataclass
class GridCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom in page pixels


@dataclass
class Grid:
    """One ruled table: boundaries and cells in page-image pixels."""

    xs: list[float]
    ys: list[float]
    cells: list[GridCell] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def scaled(self, k: float) -> Grid:
        """The same grid on the page image `k` times as large."""
        cells = [GridCell(c.row, c.col, c.rowspan, c.colspan, tuple(v * k for v in c.bbox)) for c in self.cells]
        return Grid(xs=[x * k for x in self.xs], ys=[y * k for y in self.ys], cells=cells)


def rule_masks(gray: np.ndarray, dpi: int, ink_mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Masks of horizontal and vertical rules (text, noise and fills opened away)."""
    mask = ink(gray) if ink_mask is None else ink_mask
    hk = max(15, int(H_RULE_MIN_IN * dpi))
    vk = max(10, int(V_RULE_MIN_IN * dpi))
    gap = max(3, int(0.02 * dpi))  # bridge breaks left by noise or JPEG
    h = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1)))
    h = cv2.morphologyEx(h, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (hk, 1)))
    v = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, gap)))
    v = cv2.morphologyEx(v, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, vk)))
    return h, v


def _segments(mask: np.ndarray, horizontal: bool, max_thick: float) -> list[Segment]:
    """Rules: thin runs of ink. Thickness is the run's mean (area over length), not its
    box's: a long rule left a fraction of a degree off level by the deskew spans more
    rows than its stroke is thick."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for x, y, w, h, area in stats[1:n]:
        if horizontal and area / w <= max_thick and h <= 2 * max_thick:
            out.append(Segment(y + h / 2, x, x + w, min(h, max_thick)))
        elif not horizontal and area / h <= max_thick and w <= 2 * max_thick:
            out.append(Segment(x + w / 2, y, y + h, min(w, max_thick)))
    return out


def _mend(segs: list[Segment], gap: float, tol: float) -> list[Segment]:
    """Join pieces of one rule broken by noise (same line, small gap between them)."""
    out: list[Segment] = []
    for s in sorted(segs, key=lambda s: (round(s.pos / max(tol, 1)), s.lo)):
        for o in out:
            if abs(o.pos - s.pos) <= tol and s.lo - o.hi <= gap and o.lo - s.hi <= gap:
                o.lo, o.hi, o.thick = min(o.lo, s.lo), max(o.hi, s.hi), max(o.thick, s.thick)
                break
        else:
            out.append(Segment(s.pos, s.lo, s.hi, s.thick))
    return out


def _meets(end: float, at: float, rules: list[Segment], slack: float) -> bool:
    """Does a rule end (at `end` along its length, `at` across) land on one of `rules`?"""
    return any(abs(end - r.pos) <= r.thick / 2 + slack and r.lo - slack <= at <= r.hi + slack for r in rules)


def _trimmed(v: Segment, hsegs: list[Segment], slack: float, text_boxes, vsegs: list[Segment]) -> Segment:
    """A vertical rule whose end ran on into a line of text just above or below the table
    (blur joins a heading's stroke to the outer rule) ends at the outermost rule it
    crosses. Only an overshoot into recognised text that no other wall shares is cut: the
    walls of a row cut by a page break all end together in the open, and stay as they are."""
    crossed = [h.pos for h in hsegs if h.lo - slack <= v.pos <= h.hi + slack and v.lo - slack <= h.pos <= v.hi + slack]
    if len(crossed) < 2 or max(crossed) - min(crossed) < 0.5 * (v.hi - v.lo):
        return v  # a piece of a wall, not a rule running the table's height with an overshoot

    def into_text(a: float, b: float) -> bool:
        return b - a > slack and any(x0 <= v.pos <= x1 and min(b, y1) - max(a, y0) > 0.5 * (b - a)
                                     for x0, y0, x1, y1 in text_boxes)

    def shared(end: float, past: float) -> bool:  # another wall also runs on to this end
        return any(o is not v and abs(o.pos - v.pos) > 4 * slack and abs(end - (o.lo if end < past else o.hi)) <= 3 * slack
                   for o in vsegs)

    lo, hi = v.lo, v.hi
    if into_text(v.lo, min(crossed)) and not shared(v.lo, min(crossed)):
        lo = min(crossed)
    if into_text(max(crossed), v.hi) and not shared(v.hi, max(crossed)):
        hi = max(crossed)
    return v if (lo, hi) == (v.lo, v.hi) else Segment(v.pos, lo, hi, v.thick)


def _table_rules(hsegs: list[Segment], vsegs: list[Segment], dpi: int,
                 text_boxes=()) -> tuple[list[Segment], list[Segment]]:
    """Keep the rules that make a table: a vertical rule runs from one horizontal rule to
    another; a horizontal rule crosses at least two vertical ones. Strokes of large
    characters are long enough to pass the length test but float free of the rules."""
    slack = max(3.0, 0.025 * dpi)  # rule ends blur and overshoot a little in scans
    long_rule = LONE_END_MIN_IN * dpi

    def vertical_ok(v: Segment, rules: list[Segment]) -> bool:
        top, bottom = _meets(v.lo, v.pos, rules, slack), _meets(v.hi, v.pos, rules, slack)
        if top and bottom:
            return True
        if v.hi - v.lo < long_rule:
            return False
        # One open end is allowed for a long rule: a table cut by the page break. Both ends
        # open, when it crosses the rules of at least two rows (the middle page of a table
        # cut above and below: a browser prints no rule where it breaks a table), or of one
        # row when twice that long (cut by the break below, its top short of the rule above
        # where a browser drew a label cell's border from below its padding).
        crossed = sum(1 for h in rules if h.lo - slack <= v.pos <= h.hi + slack and v.lo + slack < h.pos < v.hi - slack)
        return top or bottom or crossed >= 2 or (crossed == 1 and v.hi - v.lo >= 2 * long_rule)

    vsegs = [_trimmed(v, hsegs, slack, text_boxes, vsegs) for v in vsegs]
    vs = [v for v in vsegs if vertical_ok(v, hsegs)]
    hs = [h for h in hsegs
          if sum(1 for v in vs if v.lo - h.thick - slack <= h.pos <= v.hi + h.thick + slack
                 and h.lo - slack <= v.pos <= h.hi + slack) >= 2]
    vs = [v for v in vs if vertical_ok(v, hs)]
    # A short wall must line up with another wall of the table (column boundaries are
    # shared by rows), or stand alone inside the table between two of its rules without
    # cutting through recognised text (a table's only row on a page: its header cut by
    # the page break). A character stroke that happens to touch two rules does neither.
    snap, inner = SNAP_IN * dpi, MIN_SLOT_IN * dpi

    def inside_table(v: Segment) -> bool:
        ends = [h for h in hs if h.lo + inner <= v.pos <= h.hi - inner]
        return _meets(v.lo, v.pos, ends, slack) and _meets(v.hi, v.pos, ends, slack)

    def cuts_text(v: Segment) -> bool:
        return any(x0 + slack < v.pos < x1 - slack and min(v.hi, y1) - max(v.lo, y0) > 0.5 * (y1 - y0)
                   for x0, y0, x1, y1 in text_boxes)

    vs = [v for v in vs if v.hi - v.lo >= long_rule or any(
        o is not v and abs(o.pos - v.pos) <= snap and (o.hi <= v.lo + slack or o.lo >= v.hi - slack) for o in vs)
        or (inside_table(v) and not cuts_text(v))]
    return hs, vs


def _cluster(segs: list[Segment], snap: float) -> list[tuple[float, list[Segment]]]:
    """Group rules at (nearly) the same position: (position, its segments)."""
    groups: list[list[Segment]] = []
    for s in sorted(segs, key=lambda s: s.pos):
        if groups and s.pos - groups[-1][-1].pos <= snap:
            groups[-1].append(s)
        else:
            groups.append([s])
    out = []
    for g in groups:
        weights = np.array([s.hi - s.lo for s in g])
        out.append((float(np.average([s.pos for s in g], weights=weights)), g))
    return out


def _coverage(segs: list[Segment], lo: float, hi: float, slack: float) -> float:
    """Share of [lo, hi] covered by the segments (ends widened by `slack`)."""
    if hi <= lo:
        return 0.0
    spans = sorted((a, b) for a, b in ((max(lo, s.lo - slack), min(hi, s.hi + slack)) for s in segs) if b > a)
    covered, end = 0.0, lo
    for a, b in spans:
        if b <= end:
            continue
        a = max(a, end)
        covered += b - a
        end = b
    return covered / (hi - lo)


def _boundaries(lines: list[tuple[float, list[Segment]]], lo: float, hi: float, min_slot: float):
    """Boundary positions within [lo, hi], with the table's outer edges always present;
    boundaries closer than a slot are one, at the better-drawn one's place, drawn by the rules of both."""
    pts = [(lo, [], True), *[(p, s, False) for p, s in lines if lo - min_slot < p < hi + min_slot], (hi, [], True)]
    pts.sort(key=lambda t: t[0])
    out: list[tuple[float, list[Segment], bool]] = []
    for p in pts:
        if out and p[0] - out[-1][0] < min_slot:
            prev = out[-1]
            keep_prev = sum(s.hi - s.lo for s in prev[1]) >= sum(s.hi - s.lo for s in p[1])
            # An outer edge keeps its place; its real rule lends it its segments.
            if prev[2] or p[2]:
                edge = prev if prev[2] else p
                out[-1] = (edge[0], prev[1] + p[1], True)
            else:  # the blocks of one table may draw a wall a little apart: both count
                out[-1] = (prev[0] if keep_prev else p[0], prev[1] + p[1], False)
            continue
        out.append(p)
    return [p for p, _, _ in out], [s for _, s, _ in out]


def _grid(hsegs: list[Segment], vsegs: list[Segment], dpi: int) -> Grid | None:
    snap, min_slot, slack = SNAP_IN * dpi, MIN_SLOT_IN * dpi, 0.03 * dpi
    x0 = min(s.lo for s in hsegs)
    x1 = max(s.hi for s in hsegs)
    y0 = min(min(s.lo for s in vsegs), min(s.pos for s in hsegs))
    y1 = max(max(s.hi for s in vsegs), max(s.pos for s in hsegs))
    ys, hrows = _boundaries(_cluster(hsegs, snap), y0, y1, min_slot)
    xs, vcols = _boundaries(_cluster(vsegs, snap), x0, x1, min_slot)
    if len(ys) < 2 or len(xs) < 2:
        return None
    xs, ys = [float(x) for x in xs], [float(y) for y in ys]
    nr, nc = len(ys) - 1, len(xs) - 1
    # Union-find over slots: merge neighbours with no rule drawn between them.
    parent = list(range(nr * nc))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(nr):
        for c in range(nc):
            i = r * nc + c
            if c + 1 < nc and _coverage(vcols[c + 1], ys[r], ys[r + 1], slack) < WALL_COVER:
                parent[find(i + 1)] = find(i)
            if r + 1 < nr and _coverage(hrows[r + 1], xs[c], xs[c + 1], slack) < WALL_COVER:
                parent[find(i + nc)] = find(i)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            groups.setdefault(find(r * nc + c), []).append((r, c))
    owner = [[-1] * nc for _ in range(nr)]
    cells: list[GridCell] = []
    for slots in sorted(groups.values()):
        r0, c0 = min(r for r, _ in slots), min(c for _, c in slots)
        r1, c1 = max(r for r, _ in slots), max(c for _, c in slots)
        # A merge that is not a rectangle (a broken rule): keep the slots the rectangle
        # at its top-left corner can take without overlapping another cell.
        if any(owner[r][c] != -1 for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)):
            continue
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                owner[r][c] = len(cells)
        cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, (xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])))
    for r in range(nr):  # slots lost to overlapping merges become cells of their own
        for c in range(nc):
            if owner[r][c] == -1:
                owner[r][c] = len(cells)
                cells.append(GridCell(r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1])))
    cells.sort(key=lambda g: (g.row, g.col))
    return Grid(xs=xs, ys=ys, cells=cells)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def text_boxes(texts) -> list[tuple[float, float, float, float]]:
    """Where recognised Chinese text runs (each line's box, its ends trimmed). `texts` are
    (bbox, text) of OCR lines."""
    out = []
    for (x0, y0, x1, y1), text in texts:
        text = text.strip()
        if len(text) < 2 or not any(_is_cjk(c) for c in text):
            continue
        trim = 0.3 * (y1 - y0)
        if x1 - x0 > 2 * trim:
            out.append((x0 + trim, y0 + 2, x1 - trim, y1 - 2))
    return out


def _mostly_in_text(v: Segment, boxes) -> bool:
    """Is a vertical 'rule' mostly inside lines of text? Then it is a character's stroke. A
    real rule that a text line ran across (the detector joins words on both sides of a
    faint rule) reaches well above and below the line, and stays: losing it would merge
    two cells, and with them the labels of rows that print figures."""
    inside = sum(max(0.0, min(v.hi, y1) - max(v.lo, y0)) for x0, y0, x1, y1 in boxes if x0 < v.pos < x1)
    return inside > 0.5 * (v.hi - v.lo)


def find_tables(gray: np.ndarray, dpi: int, lines=None, ink_mask: np.ndarray | None = None) -> list[Grid]:
    """Every ruled table on a deskewed page, top to bottom. `lines` (OCR lines), when
    given, tell character strokes from rules; `ink_mask` is `render.ink(gray)` if made."""
    texts = [(ln.bbox, ln.text) for ln in lines or ()]
    if dpi <= GRID_DPI:
        return _find_tables(gray, dpi, texts, ink_mask)
    k = GRID_DPI / dpi
    small = cv2.resize(gray, (round(gray.shape[1] * k), round(gray.shape[0] * k)), interpolation=cv2.INTER_AREA)
    texts = [(tuple(v * k for v in bbox), text) for bbox, text in texts]
    return [g.scaled(1 / k) for g in _find_tables(small, GRID_DPI, texts, None)]


def _find_tables(gray: np.ndarray, dpi: int, texts, ink_mask: np.ndarray | None) -> list[Grid]:
    hmask, vmask = rule_masks(gray, dpi, ink_mask)
    thick = max(6, 0.05 * dpi)
    gap, tol = 0.08 * dpi, max(2.0, 0.01 * dpi)
    hsegs = _mend(_segments(hmask, True, thick), gap, tol)
    vsegs = _mend(_segments(vmask, False, thick), gap, tol)
    if texts:
        boxes = text_boxes(texts)
        vsegs = [v for v in vsegs if not _mostly_in_text(v, boxes)]
    hsegs, vsegs = _table_rules(hsegs, vsegs, dpi, [bbox for bbox, _ in texts])
    # Tables are the connected groups of rules (rules touch at the corners).
    joined = np.zeros_like(hmask)
    for sg in hsegs:
        cv2.rectangle(joined, (int(sg.lo), int(sg.pos - sg.thick / 2)), (int(sg.hi), int(sg.pos + sg.thick / 2)), 255, -1)
    for sg in vsegs:
        cv2.rectangle(joined, (int(sg.pos - sg.thick / 2), int(sg.lo)), (int(sg.pos + sg.thick / 2), int(sg.hi)), 255, -1)
    joined = cv2.dilate(joined, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    grids: list[Grid] = []
    for k in range(1, n):
        x, y, w, h, _ = stats[k]
        if w < 0.5 * dpi or h < 0.15 * dpi:
            continue

        def inside(s: Segment, horizontal: bool) -> bool:
            cx, cy = ((s.lo + s.hi) / 2, s.pos) if horizontal else (s.pos, (s.lo + s.hi) / 2)
            return labels[min(int(cy), labels.shape[0] - 1), min(int(cx), labels.shape[1] - 1)] == k

        hs = [s for s in hsegs if inside(s, True)]
        vs = [s for s in vsegs if inside(s, False)]
        if len(hs) < 2 or len(vs) < 2:
            continue  # an underline or a lone rule, not a table
        grid = _grid(hs, vs, dpi)
        if grid is not None:
            grids.append(grid)
    grids.sort(key=lambda g: g.ys[0])
    return grids
