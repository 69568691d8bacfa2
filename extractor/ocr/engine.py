"""The OCR engine: rapidocr (PP-OCR Chinese models shipped inside its wheel) on onnxruntime.

Loaded once per process and reused (`engine()`); nothing is downloaded at run time.
`Global.use_cls` is off: the angle classifier drops and garbles lines on upright pages;
page orientation is settled by `extractor.ocr.page` instead.

A page is read in two steps, `detect` then `read` (together what `RapidOCR.__call__`
does), so the page can look at where its text lines lie — which way they run, whether they
read upside down — before paying for recognising them all.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import cv2
import numpy as np

_PARAMS = {"Global.use_cls": False, "Global.log_level": "warning"}
# CPU threads for onnxruntime (and OpenCV) in this process; unset = all cores. Batch workers
# set it (`use_threads`) so that N workers do not run N × cores threads on the same cores.
THREADS_ENV = "NIANBAO_OCR_THREADS"
_lock = threading.Lock()


@dataclass
class OcrLine:
    """One recognised text line in image pixels."""

    text: str
    score: float  # the engine's mean character confidence
    quad: np.ndarray  # 4×2 corner points
    chars: list[tuple[str, float, tuple[float, float, float, float]]] = field(default_factory=list)

    @cached_property
    def bbox(self) -> tuple[float, float, float, float]:
        xs, ys = self.quad[:, 0], self.quad[:, 1]
        return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())


def _stands(quad: np.ndarray) -> bool:
    """Is the line's crop at least 1.5 times as tall as wide? rapidocr lays such a crop
    flat (a quarter turn counter-clockwise) before reading it."""
    wide = max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3]))
    tall = max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2]))
    return int(tall) >= 1.5 * int(wide)


@dataclass
class Detection:
    """Text lines found on an image, not yet recognised."""

    quads: np.ndarray  # n×4×2 corner points (top-left first, clockwise) in image pixels, in reading order
    size: tuple[int, int] = (0, 0)  # width, height of the image
    crops: list[np.ndarray] = field(default_factory=list, repr=False)  # each line cut out, as read

    @property
    def bboxes(self) -> list[tuple[float, float, float, float]]:
        return [(float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max()))
                for q in self.quads]

    def turned(self, quarter_turns: int) -> Detection:
        """The same lines on the image turned as `render.turn` turns it (counter-clockwise).
        A text line is found the same whichever way up it lies, so a turned page is not
        searched again: its boxes and crops are turned with it."""
        k = quarter_turns % 4
        w, h = self.size
        if not k or not len(self.quads):
            return Detection(self.quads, (h, w) if k % 2 else (w, h), self.crops)
        x, y = self.quads[..., 0], self.quads[..., 1]
        moved = {1: (y, w - x), 2: (w - x, h - y), 3: (h - y, x)}[k]
        quads = np.roll(np.stack(moved, axis=-1), -k, axis=1)  # the corner now top-left comes first
        crops = [np.ascontiguousarray(np.rot90(c, k - _stands(old) + _stands(new)))
                 for c, old, new in zip(self.crops, self.quads, quads)]
        order = np.lexsort((quads[:, 0, 0], np.round(quads[:, 0, 1] / 10)))  # top to bottom, left to right
        return Detection(quads[order], (h, w) if k % 2 else (w, h), [crops[i] for i in order])


def _threads() -> int | None:
    value = os.environ.get(THREADS_ENV, "")
    return int(value) if value.isdigit() and int(value) >= 1 else None


def use_threads(n: int) -> None:
    """Run this process's OCR on `n` CPU threads (a batch worker's share of the cores)."""
    os.environ[THREADS_ENV] = str(max(1, n))
    cv2.setNumThreads(max(1, n))
    engine.cache_clear()  # a session keeps the thread pool it was made with


@lru_cache(maxsize=1)
def engine():
    """The process-wide RapidOCR instance (first call loads the ONNX models, ~0.5 s)."""
    from rapidocr import RapidOCR

    models = Path(__import__("rapidocr").__file__).parent / "models"
    if not any(models.glob("*rec*.onnx")):
        raise RuntimeError(f"rapidocr models are missing from {models}; reinstall rapidocr==3.10.0")
    params = dict(_PARAMS)
    if threads := _threads():
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = threads
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
    eng = RapidOCR(params=params)
    det = eng._load_det_model()
    det.get_preprocess = lambda: _float32_input(det)
    return eng


def _float32_input(det):
    """rapidocr's detector input, normalised in float32 rather than in float64 and then cast
    (a tenth of a page's OCR time): with its mean and std of 0.5 the values are bit for bit
    the same (scaling by 2 commutes with rounding)."""
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    pre = DetPreProcess(det.limit_side_len, det.limit_type, det.mean, det.std)
    scale, mean, std = np.float32(pre.scale), pre.mean.astype(np.float32), pre.std.astype(np.float32)
    pre.normalize = lambda img: (img.astype(np.float32) * scale - mean) / std
    return pre


def _bgr(img: np.ndarray) -> np.ndarray:
    if img.ndim == 2:
        return np.ascontiguousarray(np.stack([img] * 3, axis=-1))
    return img


def detect(img: np.ndarray) -> Detection:
    """Find the text lines of a BGR or grey page image (the detector alone: about a third
    of a page's OCR time; recognition is the rest)."""
    from rapidocr.main import RapidOCRError
    from rapidocr.utils.process_img import map_boxes_to_original

    eng = engine()
    with _lock:  # the engine keeps per-call state; one page at a time per process
        ori = eng.load_img(_bgr(img))
        pre, record = eng.preprocess_img(ori)
        try:
            crops, det = eng.detect_and_crop(pre, record)
        except RapidOCRError:  # no text on the page
            return Detection(np.zeros((0, 4, 2)), (ori.shape[1], ori.shape[0]))
    h, w = ori.shape[:2]
    quads = map_boxes_to_original(np.array(det.boxes, dtype=float), record, h, w)
    return Detection(quads, (w, h), crops)


def read(found: Detection) -> list[OcrLine]:
    """Recognise the detected lines, with each character's confidence and place. Every line
    is kept whatever its score: a low score is how an uncertain digit is known to be
    uncertain (and reported unreadable), not a reason to drop it silently."""
    from rapidocr.ch_ppocr_rec import TextRecInput

    if not found.crops:
        return []
    with _lock:
        rec = engine()._load_rec_model()(TextRecInput(img=found.crops, return_word_box=True))
    out: list[OcrLine] = []
    for quad, text, score, info in zip(found.quads, rec.txts, rec.scores, rec.word_results):
        if not text.strip():
            continue  # as rapidocr drops them
        quad = np.asarray(quad, dtype=float)
        out.append(OcrLine(text=unicodedata.normalize("NFKC", text), score=float(score), quad=quad,
                           chars=_chars(text, info, quad)))
    return out


_SQUARE = np.float32([[0, 0], [1, 0], [1, 1], [0, 1]])


def _chars(text: str, info, quad: np.ndarray) -> list[tuple[str, float, tuple[float, float, float, float]]]:
    """Each character of a recognised line with its confidence and box in image pixels.

    The recogniser emits one column per slice of the line's crop and a character at the
    column where it was read, so the character sits that share of the way along the crop;
    the crop was cut from the line's quadrilateral by a perspective warp, so the share is
    mapped back through the same warp (as rapidocr's own word boxes are, done here at once
    for the whole line). A line standing upright was laid flat before reading: its share
    runs top to bottom. Spaces have a confidence but no place, and are left out."""
    cols = np.array([c for word in info.word_cols for c in word], dtype=float)
    confs = list(info.confs)
    if not len(cols) or info.line_txt_len <= 0 or len(confs) != len(text):
        return []
    q = quad.astype(np.float32)
    upright = _stands(q)
    u = (cols + 0.5) / info.line_txt_len
    gaps = np.diff(u)
    half = (float(np.median(gaps[gaps > 0])) if (gaps > 0).any() else 1.0 / len(u)) / 2
    a, b = np.clip(u - half, 0, 1), np.clip(u + half, 0, 1)
    zero, one = np.zeros_like(u), np.ones_like(u)
    if upright:
        corners = np.stack([np.stack(p, -1) for p in ((zero, a), (one, a), (one, b), (zero, b))], 1)
    else:
        corners = np.stack([np.stack(p, -1) for p in ((a, zero), (b, zero), (b, one), (a, one))], 1)
    warp = cv2.getPerspectiveTransform(_SQUARE, q)
    pts = cv2.perspectiveTransform(corners.reshape(-1, 1, 2).astype(np.float32), warp).reshape(-1, 4, 2)
    lo, hi = pts.min(axis=1), pts.max(axis=1)
    glyphs = [(ch, conf) for ch, conf in zip(text, confs) if not ch.isspace()]
    if len(glyphs) != len(u):
        return []
    return [(unicodedata.normalize("NFKC", ch), float(conf), (float(l[0]), float(l[1]), float(h[0]), float(h[1])))
            for (ch, conf), l, h in zip(glyphs, lo, hi)]


def recognize_crops(crops: list[np.ndarray]) -> list[tuple[str, float]]:
    """Recognise already-cut line images (no detection), in one call: the recogniser pads
    each batch to its widest crop, and a crop narrower than its input width (≈6.7 × its
    height) is padded the same alone or in a batch."""
    if not crops:
        return []
    from rapidocr.ch_ppocr_rec import TextRecInput

    with _lock:
        rec = engine()._load_rec_model()
        res = rec(TextRecInput(img=[_bgr(c) for c in crops]))
    return [(t, float(s)) for t, s in zip(res.txts, res.scores)]


@dataclass
class FigureReading:
    """A line image read by the recogniser with its output restricted to figure characters."""

    text: str
    confidence: float  # least certain character, among figure characters only
    foreign: float  # most probability any read character's step gave to other characters


_FIGURE_CHARACTERS = "0123456789.,%-"


def read_figures(crops: list[np.ndarray]) -> list[FigureReading]:
    """Read each crop as a figure: the recogniser's per-step probabilities restricted to
    digits and figure punctuation (and CTC's blank), decoded greedily. An "O" that is a
    noisy "0" then counts for the 0; how much a step gave to other characters is kept as
    `foreign`, so a glyph that is no digit at all ("a", "Q" for a smudge) is known as such
    rather than forced into one. The crops go in one batch, padded to the widest."""
    if not crops:
        return []
    with _lock:
        rec = engine()._load_rec_model()
        chars = rec.postprocess_op.character
        allowed = _allowed_classes(tuple(chars))
        _c, h, w = rec.rec_image_shape[:3]
        ratio = max([w / h] + [c.shape[1] / max(1, c.shape[0]) for c in crops])
        batch = np.concatenate([rec.resize_norm_img(_bgr(c), ratio)[None] for c in crops]).astype(np.float32)
        preds = rec.session(batch)
    out = []
    for p in preds:
        sub = p[:, allowed]
        mass = sub.sum(axis=1)
        best = sub.argmax(axis=1)
        text, confs, foreign, prev = "", [], 0.0, 0
        for t, k in enumerate(best):
            if k and k != prev:
                text += chars[allowed[k]]
                confs.append(float(sub[t, k] / mass[t]))
                foreign = max(foreign, float(1 - mass[t]))
            prev = k
        out.append(FigureReading(text, min(confs) if confs else 0.0, foreign))
    return out


@lru_cache(maxsize=2)
def _allowed_classes(chars: tuple[str, ...]) -> np.ndarray:
    return np.array([0] + [i for i, c in enumerate(chars) if c in _FIGURE_CHARACTERS])
