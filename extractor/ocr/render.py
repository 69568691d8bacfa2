"""Page images: PDF pages rendered with pypdfium2, image files decoded, skew and turns undone.

The resolution of a scanned PDF page is the scan's own (the embedded image's pixels per
inch), so nothing is resampled twice; bboxes downstream are pixels of this image.
"""

from __future__ import annotations

import struct
import warnings
from collections.abc import Callable
from io import BytesIO

import cv2
import numpy as np

from .. import limits
from ..errors import ExtractionError, UnreadableFile
from ..quiet import quiet_stderr

cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)

MIN_DPI, MAX_DPI, DEFAULT_DPI = 150, 300, 200
A4_LONG_SIDE_IN = 11.69


def page_dpi(page) -> int:
    """The scan's resolution: pixels per inch of the largest image on the page."""
    import pypdfium2.raw as raw

    best = 0.0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        try:
            w_px, _ = obj.get_px_size()
            x0, _, x1, _ = obj.get_bounds()
        except Exception:  # a broken image object: ignore it, others may tell
            continue
        if x1 - x0 > 72:  # at least an inch wide: a page scan, not a logo
            best = max(best, w_px / ((x1 - x0) / 72))
    if not best:
        return DEFAULT_DPI
    return int(round(min(MAX_DPI, max(MIN_DPI, best))))


def iter_pdf_pages(data: bytes, pages: list[int], path: str = "<pdf>"):
    """(BGR image, dpi) for each 0-based page index, rendered at the scan's resolution,
    one page at a time (a long scan never sits in memory whole). The size of the rendered
    image is checked against the `image_pixels` limit before rendering."""
    import pypdfium2 as pdfium

    try:
        with quiet_stderr():
            pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(path, f"the PDF's scanned pages cannot be rendered ({exc})") from None
    try:
        for i in pages:
            try:
                page = pdf[i]
            except pdfium.PdfiumError as exc:
                raise UnreadableFile(path, f"page {i + 1} cannot be rendered ({exc})") from None
            try:
                dpi = page_dpi(page)
                width, height = (abs(v) * dpi / 72 for v in page.get_size())
                limits.check(path, "image_pixels", width * height, f"page {i + 1} rendered at {dpi} dpi")
                with quiet_stderr():
                    pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
            except pdfium.PdfiumError as exc:
                raise UnreadableFile(path, f"page {i + 1} cannot be rendered ({exc})") from None
            finally:
                page.close()
            yield cv2.cvtColor(np.asarray(pil), cv2.COLOR_RGB2BGR), dpi
    finally:
        pdf.close()


def render_pdf_pages(data: bytes, pages: list[int]) -> list[tuple[np.ndarray, int]]:
    """(BGR image, dpi) for each 0-based page index, rendered at the scan's resolution."""
    return list(iter_pdf_pages(data, pages))


def image_pages(data: bytes, path: str = "<image>", counted: Callable[[int], None] | None = None):
    """The BGR page images of a PNG/JPEG/TIFF file, one at a time (a multi-page TIFF gives
    several). Each page's size is read from its header (Pillow) and checked against the
    `image_pixels` limit, and the page count against `pages`, before anything is decoded
    (then `counted` is told the count); a header Pillow cannot read, or a page OpenCV
    cannot decode, is an `UnreadableFile`."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = limits.current().image_pixels  # Pillow's own bomb check, at our limit
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's complaints about damaged tags: not for stderr
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # past Pillow's own bound: an error
            header = Image.open(BytesIO(data))
            count = getattr(header, "n_frames", 1)
            limits.check(path, "pages", count, "the number of pages in the image file")
            sizes = []
            for i in range(count):
                header.seek(i)
                sizes.append(header.size)
                limits.check(path, "image_pixels", header.size[0] * header.size[1], f"page {i + 1} of the image")
    except ExtractionError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise limits.exceeded(path, "image_pixels", "the image") from None
    except (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError, struct.error, IndexError,
            KeyError, TypeError, ZeroDivisionError, MemoryError, RecursionError) as exc:
        raise UnreadableFile(path, f"not a readable PNG/JPEG/TIFF image ({type(exc).__name__})") from None
    if counted is not None:
        counted(count)
    buf = np.frombuffer(data, dtype=np.uint8)
    for i in range(count):
        with quiet_stderr():
            if count == 1:
                img = cv2.imdecode(buf, cv2.IMREAD_COLOR)
            else:
                ok, imgs = cv2.imdecodemulti(buf, cv2.IMREAD_COLOR, None, [i, i + 1])  # page i alone
                img = imgs[0] if ok and imgs else None
        if img is None or img.size == 0:
            raise UnreadableFile(path, f"page {i + 1} of the image cannot be decoded (a damaged PNG/JPEG/TIFF)")
        yield np.ascontiguousarray(img)


def decode_images(data: bytes) -> list[np.ndarray]:
    """All the BGR page images in a PNG/JPEG/TIFF file (see `image_pages`)."""
    return list(image_pages(data))


def estimate_dpi(img: np.ndarray) -> int:
    """An image file carries no page size we can trust: assume an A4 page."""
    return int(round(min(MAX_DPI * 2, max(72, max(img.shape[:2]) / A4_LONG_SIDE_IN))))


def ink(gray: np.ndarray) -> np.ndarray:
    """Binary ink mask (255 = ink), robust to uneven paper and scanner noise."""
    blur = cv2.GaussianBlur(gray, (3, 3), 0)
    return cv2.adaptiveThreshold(blur, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)


def _profile_sharpness(mask: np.ndarray, angle: float) -> float:
    h, w = mask.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rot = cv2.warpAffine(mask, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    prof = rot.sum(axis=1, dtype=np.float64)
    return float(np.sum(np.diff(prof) ** 2))


def skew_angle(gray: np.ndarray, limit: float = 3.2) -> float:
    """The rotation (degrees, counter-clockwise positive as in OpenCV) that levels the
    text lines and rules: the angle whose horizontal ink profile is sharpest."""
    h, w = gray.shape
    scale = min(1.0, 900 / w)
    small = cv2.resize(gray, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    mask = ink(small)
    # The coarse search on a half-size mask (a quarter of the work), the fine one on the whole.
    half = cv2.resize(mask, (mask.shape[1] // 2, mask.shape[0] // 2), interpolation=cv2.INTER_AREA)
    coarse = np.arange(-limit, limit + 1e-9, 0.25)
    best = max(coarse, key=lambda a: _profile_sharpness(half, a))
    fine = np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05)
    return float(round(max(fine, key=lambda a: _profile_sharpness(mask, a)), 2))


def rotate(img: np.ndarray, angle: float) -> np.ndarray:
    """Rotate about the centre by `angle` degrees, keeping the size, filling with white."""
    if abs(angle) < 0.05:
        return img
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    fill = (255, 255, 255) if img.ndim == 3 else 255
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)


def turn(img: np.ndarray, quarter_turns: int) -> np.ndarray:
    """Rotate by a multiple of 90° counter-clockwise."""
    return np.ascontiguousarray(np.rot90(img, quarter_turns % 4))
