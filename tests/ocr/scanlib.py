"""Making scans at test time: page images turned, skewed, noised and JPEG-compressed."""

from __future__ import annotations

import cv2
import numpy as np


def render_pdf(path, dpi: int) -> list[np.ndarray]:
    """Every page of a PDF as a BGR image at `dpi`."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [cv2.cvtColor(np.asarray(p.render(scale=dpi / 72).to_pil().convert("RGB")), cv2.COLOR_RGB2BGR)
                for p in pdf]
    finally:
        pdf.close()


def degrade(img: np.ndarray, angle: float = 0.0, noise: float = 0.0, seed: int = 0,
            quality: int = 0, quarter_turns: int = 0) -> np.ndarray:
    """Rotate by `angle`° (counter-clockwise), add Gaussian noise, turn by quarter turns,
    and round-trip through JPEG at `quality` (0: no JPEG)."""
    h, w = img.shape[:2]
    out = cv2.warpAffine(img, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), (w, h),
                         borderValue=(255, 255, 255))
    if noise:
        rng = np.random.default_rng(seed)
        out = np.clip(out.astype(np.int16) + rng.normal(0, noise, out.shape), 0, 255).astype(np.uint8)
    out = np.ascontiguousarray(np.rot90(out, quarter_turns))
    if quality:
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])
        out = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    return out


def write_tiff(path, pages: list[np.ndarray]) -> None:
    """A multi-page TIFF: one scanned report in one file."""
    assert cv2.imwritemulti(str(path), pages)


def text_image(lines: list[str], width: int = 900, size: int = 28, color=(0, 0, 0)) -> np.ndarray:
    """A white page with lines of Chinese text (WenQuanYi Zen Hei)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", size)
    img = Image.new("RGB", (width, int(size * 2 * (len(lines) + 1))), "white")
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((size, size + 2 * size * i), line, font=font, fill=color[::-1])
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
