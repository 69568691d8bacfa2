"""Test-only page images. Scans themselves are made by `corpora.generator.scan`, the one
place that renders, skews, noises and compresses pages (the generator uses it too)."""

from __future__ import annotations

import cv2
import numpy as np


def text_image(lines: list[str], width: int = 900, size: int = 28, color=(0, 0, 0)) -> np.ndarray:
    """A white page with lines of Chinese text (WenQuanYi Zen Hei)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", size)
    img = Image.new("RGB", (width, int(size * 2 * (len(lines) + 1))), "white")
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((size, size + 2 * size * i), line, font=font, fill=color[::-1])
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
