"""Ingestion: turn a file of any supported format into a `models.Document`.

`read(path)` sniffs the format from the bytes (never trusting the extension alone) and
hands the file to one backend module per format. A report scanned as several page
images comes as a folder of them or a list of their paths: one report.
"""

from __future__ import annotations

import hashlib
import importlib
import zipfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from models import Document

from ..errors import EncryptedFile, UnreadableFile, UnsupportedFormat

# format → backend module (each exposes `read(path: str, data: bytes, sha256: str) -> Document`)
BACKENDS = {
    "html": "extractor.ingest.html",
    "text": "extractor.ingest.text",
    "pdf": "extractor.ingest.pdf",
    "docx": "extractor.ingest.docx",
    "image": "extractor.ingest.scanned",
}

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"}

# An OLE (compound file) container holding this stream is an Office file encrypted with a
# password (an encrypted .docx is stored this way, not as a ZIP).
_OLE_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

_HTML_HINTS = (b"<html", b"<!doctype html", b"<table", b"<body", b"<head", b"<meta", b"<div", b"<p")


def sniff_format(path: str, data: bytes) -> str:
    """The backend name for these bytes, or an UnsupportedFormat/UnreadableFile error."""
    if not data.strip():
        raise UnreadableFile(path, "the file is empty")
    head = data[:4096]
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            raise UnreadableFile(path, "a damaged ZIP container (not a readable .docx)") from None
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedFormat(path, "a ZIP archive that is not a Word .docx document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if _OLE_ENCRYPTED in data:
            raise EncryptedFile(path, "a password-protected (encrypted) Word document; remove the password first")
        raise UnsupportedFormat(
            path, "a legacy binary Word .doc (or other OLE) file; save it as .docx or PDF first"
        )
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    lowered = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if any(h in lowered for h in _HTML_HINTS) and b"<" in lowered[:200]:
        return "html"
    # Text: no NUL bytes outside UTF-16, few control characters.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or controls > len(head) * 0.02:
        raise UnsupportedFormat(path, "binary data that is neither PDF, Word, HTML, text nor an image")
    return "text"


def read(path: str | Path | Sequence[str | Path]) -> Document:
    """The document of one report: a file, a folder of its page images, or a list of
    the paths of its page images."""
    if not isinstance(path, (str, Path)):
        return _read_pages([Path(p) for p in path])
    path = str(path)
    p = Path(path)
    if p.is_dir():
        pages = [f for f in p.iterdir() if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES]
        if not pages:
            raise UnsupportedFormat(
                path, "a folder with no page images (give its report files, or use `nianbao batch`)"
            )
        return _read_pages(pages, label=path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(path, "no such file") from None
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc})") from None
    fmt = sniff_format(path, data)
    backend = importlib.import_module(BACKENDS[fmt])
    return backend.read(path, data, hashlib.sha256(data).hexdigest())


def _read_pages(paths: list[Path], label: str | None = None) -> Document:
    """Page images of one scanned report (every one must be an image)."""
    if not paths:
        raise UnreadableFile(label or "", "no page images given")
    for p in paths:
        try:
            with p.open("rb") as fh:
                head = fh.read(4096)
        except OSError as exc:
            raise UnreadableFile(str(p), f"cannot be read ({exc.strerror or exc})") from None
        if sniff_format(str(p), head) != "image":
            raise UnsupportedFormat(str(p), "not a page image, so it cannot be a page of a scanned report")
    from . import scanned

    return scanned.read_images(Path(label) if label else paths)
