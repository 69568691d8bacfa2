"""Scans of rendered reports: each page printed, fed through a scanner and saved the way
offices publish scans — a little skewed, noisy, JPEG-compressed, at 150–300 dpi, now and
then a page put in sideways or upside down.

Used by the generator (`pdf-scanned`: an image-only PDF; `image`: a multi-page TIFF) and
by the OCR tests, so that a scan is made one way everywhere. Same treatment, same bytes:
noise comes from a seeded generator, and the PDF is written here, with no dates in it.
"""

from __future__ import annotations

import io
import random
from dataclasses import asdict, dataclass

import cv2
import numpy as np

DPIS = (150, 200, 240, 300)


@dataclass(frozen=True)
class Treatment:
    """What the scanner did to one page (recorded in the gold as `scan`)."""

    dpi: int
    skew: float  # degrees, counter-clockwise
    noise: float  # σ of Gaussian noise, in grey levels
    quality: int  # JPEG quality (0: none)
    quarter_turns: int = 0  # 90° counter-clockwise turns (1, 3: sideways; 2: upside down)
    gray: bool = False
    seed: int = 0  # of the noise


def render_pages(pdf, dpi: int | list[int]) -> list[np.ndarray]:
    """Every page of a PDF (path or bytes) as a BGR image, at `dpi` (one for all pages, or one a page)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        dpis = dpi if isinstance(dpi, list) else [dpi] * len(doc)
        return [cv2.cvtColor(np.asarray(page.render(scale=d / 72).to_pil().convert("RGB")), cv2.COLOR_RGB2BGR)
                for page, d in zip(doc, dpis)]
    finally:
        doc.close()


def jpeg(img: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return buf.tobytes()


def degrade(img: np.ndarray, angle: float = 0.0, noise: float = 0.0, seed: int = 0,
            quality: int = 0, quarter_turns: int = 0, gray: bool = False) -> np.ndarray:
    """Rotate by `angle`° (counter-clockwise) on white paper, add Gaussian noise, turn by
    quarter turns, drop colour if `gray`, and round-trip through JPEG at `quality` (0: no JPEG)."""
    h, w = img.shape[:2]
    out = img
    if angle:
        out = cv2.warpAffine(img, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), (w, h),
                             borderValue=(255, 255, 255))
    if noise:
        rng = np.random.default_rng(seed)
        out = np.clip(out.astype(np.int16) + rng.normal(0, noise, out.shape), 0, 255).astype(np.uint8)
    out = np.ascontiguousarray(np.rot90(out, quarter_turns % 4))
    if gray:
        out = cv2.cvtColor(cv2.cvtColor(out, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    if quality:
        out = cv2.imdecode(np.frombuffer(jpeg(out, quality), np.uint8), cv2.IMREAD_COLOR)
    return out


def treatments(rng: random.Random, pages: int) -> list[Treatment]:
    """A seeded scanning session: one resolution, quality, noise and colour setting for the
    report (one scanner, one setting), a skew per page, and in about a third of reports one
    page fed sideways (90° either way) or upside down."""
    dpi = rng.choice(DPIS)
    quality = rng.randint(50, 90)
    noise = round(rng.uniform(0, 12), 1)
    gray = rng.random() < 0.5
    turned = rng.randrange(pages) if rng.random() < 0.35 else None
    turn = rng.choice([1, 2, 3])
    return [Treatment(dpi=dpi, skew=round(rng.uniform(-3, 3), 1), noise=noise, quality=quality,
                      quarter_turns=turn if i == turned else 0, gray=gray, seed=rng.getrandbits(32))
            for i in range(pages)]


def _pages(pdf: bytes, rng: random.Random) -> tuple[list[np.ndarray], list[Treatment]]:
    """The PDF's pages scanned (without the JPEG step, which the container does)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    n = len(doc)
    doc.close()
    plan = treatments(rng, n)
    images = render_pages(pdf, [t.dpi for t in plan])
    return [degrade(img, t.skew, t.noise, t.seed, 0, t.quarter_turns, t.gray) for img, t in zip(images, plan)], plan


def image_pdf(pages: list[np.ndarray], plan: list[Treatment]) -> bytes:
    """An image-only PDF: each page one JPEG (DCTDecode) filling a page of the scan's size,
    so a reader recovers the resolution from the image's pixels per inch."""
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for img, t in zip(pages, plan):
        h, w = img.shape[:2]
        gray = t.gray
        data = jpeg(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if gray else img, t.quality or 95)
        pw, ph = round(w * 72 / t.dpi, 2), round(h * 72 / t.dpi, 2)
        first = len(objs) + 1  # page, contents, image
        kids.append(f"{first} 0 R")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw} {ph}] /Contents {first + 1} 0 R "
                    f"/Resources << /XObject << /Im0 {first + 2} 0 R >> >> >>".encode())
        draw = f"q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q".encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
        objs.append(f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} "
                    f"/ColorSpace /{'DeviceGray' if gray else 'DeviceRGB'} /BitsPerComponent 8 "
                    f"/Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiff(pages: list[np.ndarray], plan: list[Treatment]) -> bytes:
    """A multi-page TIFF, JPEG-compressed at the session's quality, resolution tagged."""
    from PIL import Image

    ims = [Image.fromarray(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if t.gray else cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
           for img, t in zip(pages, plan)]
    out = io.BytesIO()
    ims[0].save(out, "TIFF", save_all=True, append_images=ims[1:], compression="jpeg",
                quality=plan[0].quality or 95, dpi=(plan[0].dpi, plan[0].dpi))
    return out.getvalue()


def write_tiff(path, pages: list[np.ndarray]) -> None:
    """Page images as they are (no further compression) in one multi-page TIFF file."""
    if not cv2.imwritemulti(str(path), pages):
        raise RuntimeError(f"could not write {path}")


def scan(pdf: bytes, rng: random.Random, container: str = "pdf") -> tuple[bytes, list[dict]]:
    """The report in `pdf` scanned: an image-only PDF (`container="pdf"`) or a multi-page
    TIFF ("tiff"), and the treatment of each page."""
    pages, plan = _pages(pdf, rng)
    data = image_pdf(pages, plan) if container == "pdf" else tiff(pages, plan)
    return data, [asdict(t) for t in plan]


# -- Degraded profiles (bench rows: how far the OCR reads before it gives up) ---------------

@dataclass(frozen=True)
class Profile:
    """A scanning session worse than an office's usual one. Every page of a report gets it,
    with its own skew (and stamps, perspective) drawn from the session's generator."""

    dpi: int
    skew: tuple[float, float]  # |angle| in degrees, drawn in this range; the sign at random
    noise: float  # σ of Gaussian noise, grey levels
    quality: int  # JPEG quality of the published file (0: none)
    blur: float = 0.0  # σ in pixels of Gaussian blur before the noise: focus, toner spread
    binarize: bool = False  # fax: one bit a pixel, thresholded, then the noise flips specks
    stamps: int = 0  # red seals pressed over figures, per page holding figures
    perspective: float = 0.0  # photographed: each corner moved by up to this share of the side
    shading: float = 0.0  # photographed: light falling off towards one side, by this share


PROFILES = {
    # The harsh scan: 150 dpi, 1–2° skew, heavy noise, blur, JPEG 50.
    "harsh": Profile(dpi=150, skew=(1.0, 2.0), noise=22.0, quality=50, blur=0.7),
    # Fax-like: 120 dpi, one bit a pixel, specks.
    "fax": Profile(dpi=120, skew=(0.3, 1.2), noise=30.0, quality=0, blur=0.5, binarize=True),
    # Seals over the tables' figures (the red ink whitened by the pipeline, black under it kept).
    "stamped": Profile(dpi=150, skew=(0.2, 1.0), noise=12.0, quality=60, stamps=2),
    # A page photographed by a phone: perspective, uneven light, soft focus.
    "photo": Profile(dpi=150, skew=(0.0, 1.0), noise=10.0, quality=60, blur=0.9, perspective=0.025, shading=0.35),
}


def _seal(img: np.ndarray, centre: tuple[float, float], dpi: int, rng: random.Random) -> None:
    """A round red seal (ring, star, arc of characters' strokes) printed over the page:
    red ink multiplies with what is under it, so black under the seal stays black."""
    h, w = img.shape[:2]
    r = int(rng.uniform(0.75, 0.85) * dpi)  # a 4 cm seal
    layer = np.full((h, w, 3), 255, np.uint8)
    red = (rng.randint(20, 60), rng.randint(20, 60), rng.randint(190, 235))  # BGR
    cx, cy = int(centre[0]), int(centre[1])
    cv2.circle(layer, (cx, cy), r, red, max(2, dpi // 40))
    star = [(cx + r * 0.3 * np.cos(np.pi / 2 + k * 4 * np.pi / 5), cy - r * 0.3 * np.sin(np.pi / 2 + k * 4 * np.pi / 5))
            for k in range(5)]
    cv2.fillPoly(layer, [np.int32(star)], red)
    for k in range(14):  # the organ's name round the rim, as strokes
        a = np.pi * (0.9 + 1.2 * k / 13)
        x, y = cx + 0.72 * r * np.cos(a), cy - 0.72 * r * np.sin(a)
        cv2.rectangle(layer, (int(x - dpi * 0.05), int(y - dpi * 0.05)), (int(x + dpi * 0.05), int(y + dpi * 0.05)), red, 2)
    strength = rng.uniform(0.7, 0.95)
    ink = 1.0 - strength * (1.0 - layer.astype(np.float32) / 255)
    np.multiply(img, ink, out=img, casting="unsafe")


def _figure_spots(pdf: bytes, dpi: int) -> list[list[tuple[float, float]]]:
    """Where each page prints digits, in pixels at `dpi` (a seal is pressed over one)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for p in doc:
            height, text = p.get_height(), p.get_textpage()
            spots = []
            for i in range(text.count_chars()):
                if text.get_text_range(i, 1).isdigit():
                    x0, y0, x1, y1 = text.get_charbox(i)
                    spots.append(((x0 + x1) / 2 * dpi / 72, (height - (y0 + y1) / 2) * dpi / 72))
            out.append(spots)
        return out
    finally:
        doc.close()


def _photographed(img: np.ndarray, p: Profile, rng: random.Random) -> np.ndarray:
    h, w = img.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = src + np.float32([[rng.uniform(-1, 1) * p.perspective * w, rng.uniform(-1, 1) * p.perspective * h]
                            for _ in range(4)])
    out = cv2.warpPerspective(img, cv2.getPerspectiveTransform(src, dst), (w, h), borderValue=(255, 255, 255))
    side = rng.choice([0, 1])
    ramp = np.linspace(1.0, 1.0 - p.shading, w if side == 0 else h, dtype=np.float32)
    light = ramp[None, :, None] if side == 0 else ramp[:, None, None]
    return np.clip(out.astype(np.float32) * light, 0, 255).astype(np.uint8)


def profiled(pdf: bytes, profile: Profile | str, rng: random.Random) -> tuple[bytes, list[dict]]:
    """The report in `pdf` scanned under a degraded profile, as an image-only PDF, and each
    page's treatment (the profile, the skew drawn, the seals' places)."""
    p = PROFILES[profile] if isinstance(profile, str) else profile
    images = render_pages(pdf, p.dpi)
    figure_spots = _figure_spots(pdf, p.dpi) if p.stamps else [[] for _ in images]
    pages, plan, placed = [], [], []
    for n, img in enumerate(images):
        angle = round(rng.uniform(*p.skew) * rng.choice([-1, 1]), 2)
        seals = []
        if p.stamps:
            spots = figure_spots[n]
            for _ in range(min(p.stamps, len(spots))):
                spot = rng.choice(spots)
                _seal(img, spot, p.dpi, rng)
                seals.append([round(spot[0]), round(spot[1])])
        if p.perspective or p.shading:
            img = _photographed(img, p, rng)
        if p.blur:
            img = cv2.GaussianBlur(img, (0, 0), p.blur)
        seed = rng.getrandbits(32)
        out = degrade(img, angle=angle, noise=0 if p.binarize else p.noise, seed=seed)
        if p.binarize:
            gray = cv2.cvtColor(out, cv2.COLOR_BGR2GRAY).astype(np.int16)
            gray = gray + np.random.default_rng(seed).normal(0, p.noise, gray.shape)
            out = cv2.cvtColor(np.where(gray < 150, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)
        pages.append(out)
        plan.append(Treatment(dpi=p.dpi, skew=angle, noise=p.noise, quality=p.quality, gray=p.binarize, seed=seed))
        placed.append(seals)
    return image_pdf(pages, plan), [asdict(t) | {"seals": s} for t, s in zip(plan, placed)]
