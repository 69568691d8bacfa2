"""The OCR engine: rapidocr (PP-OCR Chinese models shipped inside its wheel) on onnxruntime.

Loaded once per process and reused (`engine()`); nothing is downloaded at run time.
`Global.use_cls` is off: the angle classifier drops and garbles lines on upright pages;
page orientation is settled by `extractor.ocr.page` instead.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

_PARAMS = {
    "Global.use_cls": False,
    "Global.log_level": "warning",
    # Keep every line the recogniser returns: a low score is how an uncertain digit is
    # recognised as uncertain (and reported unreadable), not a reason to drop it silently.
    "Global.text_score": 0.0,
}
_lock = threading.Lock()


@dataclass
class OcrLine:
    """One recognised text line in image pixels."""

    text: str
    score: float  # the engine's mean character confidence
    quad: np.ndarray  # 4×2 corner points
    chars: list[tuple[str, float, tuple[float, float, float, float]]] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs, ys = self.quad[:, 0], self.quad[:, 1]
        return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())


@lru_cache(maxsize=1)
def engine():
    """The process-wide RapidOCR instance (first call loads the ONNX models, ~0.5 s)."""
    from rapidocr import RapidOCR

    models = Path(__import__("rapidocr").__file__).parent / "models"
    if not any(models.glob("*rec*.onnx")):
        raise RuntimeError(f"rapidocr models are missing from {models}; reinstall rapidocr==3.10.0")
    return RapidOCR(params=dict(_PARAMS))


def recognize(img: np.ndarray) -> list[OcrLine]:
    """Detect and recognise every text line of a BGR or grey page image."""
    if img.ndim == 2:
        img = np.ascontiguousarray(np.stack([img] * 3, axis=-1))
    with _lock:  # the engine keeps per-call state; one page at a time per process
        res = engine()(img, return_word_box=True, return_single_char_box=True)
    if getattr(res, "txts", None) is None or res.boxes is None:
        return []
    words = list(res.word_results or [])
    out: list[OcrLine] = []
    for i, (quad, text, score) in enumerate(zip(res.boxes, res.txts, res.scores)):
        chars = []
        for t, conf, box in words[i] if i < len(words) and words[i] else ():
            b = np.asarray(box, dtype=float)
            chars.append((t, float(conf), (float(b[:, 0].min()), float(b[:, 1].min()),
                                          float(b[:, 0].max()), float(b[:, 1].max()))))
        text = unicodedata.normalize("NFKC", text)
        out.append(OcrLine(text=text, score=float(score), quad=np.asarray(quad, dtype=float), chars=chars))
    return out


def recognize_crops(crops: list[np.ndarray]) -> list[tuple[str, float]]:
    """Recognise already-cut line images (no detection): used to test page orientation."""
    if not crops:
        return []
    from rapidocr.ch_ppocr_rec import TextRecInput

    with _lock:
        rec = engine()._load_rec_model()
        res = rec(TextRecInput(img=crops))
    return [(t, float(s)) for t, s in zip(res.txts, res.scores)]
