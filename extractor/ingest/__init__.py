"""Ingestion: turn a file of any supported format into a `models.Document`.

`read(path)` sniffs the format from the bytes (never trusting the extension alone) and
hands the file to one backend module per format. A report scanned as several page
images comes as a folder of them or a list of their paths: one report.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import stat
import zipfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from models import Document

from .. import limits
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


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"))


def _not_regular(path: str, mode: int) -> UnreadableFile:
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return UnreadableFile(path, f"not a regular file but {kind}; give the report file itself")


def _open_regular(path: str):
    """An open binary file if `path` is a regular file. Special files are refused from their
    `stat`, before opening (opening a FIFO would block, reading /dev/zero never ends); the
    open is non-blocking and checked again, in case the name changed in between."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(path, mode)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UnreadableFile(path, "no such file") from None
    except PermissionError:
        raise UnreadableFile(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc})") from None
    fh = os.fdopen(fd, "rb")
    mode = os.fstat(fh.fileno()).st_mode
    if not stat.S_ISREG(mode):
        fh.close()
        raise _not_regular(path, mode)
    return fh


def read_bytes(path: str, head: int | None = None) -> bytes:
    """The bytes of a regular file (at most `head` of them), within the `file_bytes` limit."""
    limit = int(limits.current().file_bytes)
    with _open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if head is None:
            limits.check(path, "file_bytes", size, "the file")
        try:
            if head is not None:
                data = fh.read(head)
            else:
                # What the file holds, plus a byte to see whether it grew: asking for the limit's
                # worth at once would have Python map all of it (128 MiB) for a 50 KB page.
                data = fh.read(size + 1)
                if len(data) > size:  # it grew since `stat`: read on to one byte past the limit
                    data += fh.read(limit - size)
        except OSError as exc:
            raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc})") from None
    if head is None:
        limits.check(path, "file_bytes", len(data), "the file")  # it grew after the check
    return data


def check_elements(path: str, fmt: str, data: bytes) -> None:
    """The `elements` limit, counted from the bytes before any parsing: tags of HTML,
    lines and cell separators of text (a parse costs memory in proportion to these)."""
    if fmt == "html":
        limits.check(path, "elements", data.count(b"<"), "the number of HTML tags")
    elif fmt == "text":
        count = data.count(b"\n") + data.count(b"|") + data.count(b"\t")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: the same characters, two bytes each
            count = data.count("\n".encode("utf-16-le")) + data.count("|".encode("utf-16-le")) + data.count(
                "\t".encode("utf-16-le"))
        limits.check(path, "elements", count, "the number of text lines and cells")


def sniff_format(path: str, data: bytes) -> str:
    """The backend name for these bytes, or an UnsupportedFormat/UnreadableFile error."""
    if not data.strip():
        raise UnreadableFile(path, "the file is empty")
    head = data[:4096]
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        # Every entry of the central directory becomes an object: count them first.
        limits.check(path, "elements", data.count(b"PK\x01\x02"), "the number of ZIP entries")
        try:
            names = zipfile.ZipFile(BytesIO(data)).namelist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError):
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
    if _is(path, stat.S_ISDIR):
        pages = [f for f in list_folder(path) if f.suffix.lower() in IMAGE_SUFFIXES and _is(f, stat.S_ISREG)]
        if not pages:
            raise UnsupportedFormat(
                path, "a folder with no page images (give its report files, or use `nianbao batch`)"
            )
        return _read_pages(pages, label=path)
    data = read_bytes(path)
    fmt = sniff_format(path, data)
    check_elements(path, fmt, data)
    backend = importlib.import_module(BACKENDS[fmt])
    return backend.read(path, data, hashlib.sha256(data).hexdigest())


def _is(path: str | Path, test) -> bool:
    """`test` on the file's mode; False when it cannot be looked at (reading it says why)."""
    try:
        return test(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def list_folder(path: str | Path) -> list[Path]:
    """The entries of a folder, or one clear error if it cannot be listed."""
    try:
        return list(Path(path).iterdir())
    except PermissionError:
        raise UnreadableFile(str(path), "the folder cannot be read (permission denied)") from None
    except OSError as exc:
        raise UnreadableFile(str(path), f"the folder cannot be read ({exc.strerror or exc})") from None


def _read_pages(paths: list[Path], label: str | None = None) -> Document:
    """Page images of one scanned report (every one must be an image)."""
    if not paths:
        raise UnreadableFile(label or "", "no page images given")
    limits.check(label or str(paths[0]), "pages", len(paths), "the number of page images")
    for p in paths:
        if sniff_format(str(p), read_bytes(str(p), head=4096)) != "image":
            raise UnsupportedFormat(str(p), "not a page image, so it cannot be a page of a scanned report")
    from . import scanned

    return scanned.read_images(Path(label) if label else paths)
