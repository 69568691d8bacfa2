"""Ingestion: turn a file of any supported format into a `models.Document`.

`read(path)` sniffs the format from the bytes (never trusting the extension alone) and
hands the file to one backend module per format.
"""

from __future__ import annotations

import hashlib
import importlib
import zipfile
from io import BytesIO
from pathlib import Path

from models import Document

from ..errors import UnreadableFile, UnsupportedFormat

# format → backend module (each exposes `read(path: str, data: bytes, sha256: str) -> Document`)
BACKENDS = {
    "html": "extractor.ingest.html",
    "text": "extractor.ingest.text",
    "pdf": "extractor.ingest.pdf",
    "docx": "extractor.ingest.docx",
    "image": "extractor.ingest.scanned",
}

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


def read(path: str | Path) -> Document:
    path = str(path)
    p = Path(path)
    if p.is_dir():
        raise UnsupportedFormat(path, "a folder, not a file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(path, "no such file") from None
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc})") from None
    fmt = sniff_format(path, data)
    backend = importlib.import_module(BACKENDS[fmt])
    return backend.read(path, data, hashlib.sha256(data).hexdigest())
