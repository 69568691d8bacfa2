"""pdfminer (under pdfplumber) within the limits: the bytes its streams inflate to, and the
objects one page draws.

pdfminer decodes every stream it reads (page contents, object and xref streams, fonts,
CMaps) whole and without a bound, and draws whatever a content stream says: a few KB of
PDF can inflate to gigabytes or draw millions of characters. It offers no hook for
either, so `bounded(path)` installs two small ones for the document being read:

- the stream decoders that can expand (Flate, LZW, RunLength, ASCII85, CCITT) are
  replaced in `pdfminer.pdftypes` by versions that count the bytes they produce against
  `inflated_bytes` and stop as soon as it is passed (Flate inflates with a bound instead
  of all at once; a corrupted Flate stream is recovered in linear time, not byte by byte);
- pdfplumber's page device counts the characters, paths and images a page draws against
  `page_objects`.

Both raise `LimitExceeded`; pdfminer or pdfplumber may wrap or swallow it on the way, so
`bounded` remembers it and raises it again on the way out. Outside `bounded` the
decoders behave exactly as pdfminer's own.
"""

from __future__ import annotations

import zlib
from contextlib import contextmanager
from contextvars import ContextVar
from io import BytesIO

from .. import limits
from ..errors import LimitExceeded


class _Budget:
    def __init__(self, path: str):
        self.path = path
        self.left = int(limits.current().inflated_bytes)
        self.used = 0
        self.objects_limit = limits.current().page_objects
        self.error: LimitExceeded | None = None

    def room(self) -> int:
        return max(self.left, 0)

    def take(self, n: int) -> None:
        self.left -= n
        self.used += n
        if self.left < 0:
            self.fail(limits.exceeded(self.path, "inflated_bytes", "the PDF's decompressed streams"))

    def fail(self, error: LimitExceeded):
        self.error = self.error or error
        raise self.error


_budget: ContextVar[_Budget | None] = ContextVar("nianbao_pdf_budget", default=None)
_originals: dict = {}


@contextmanager
def bounded(path: str):
    """Read a PDF with pdfminer within the limits (see the module's docstring)."""
    _install()
    budget = _Budget(path)
    token = _budget.set(budget)
    try:
        yield budget
    except LimitExceeded:
        raise
    except Exception:
        if budget.error is not None:
            raise budget.error from None
        raise
    finally:
        _budget.reset(token)
    if budget.error is not None:  # raised inside pdfminer and swallowed there
        raise budget.error


def limit_error(exc: BaseException) -> LimitExceeded | None:
    """The limit error behind an exception pdfplumber wrapped, if any."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, LimitExceeded):
            return exc
        inner = next((a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)), None)
        exc = inner or exc.__cause__ or exc.__context__
    budget = _budget.get()
    return budget.error if budget is not None else None


# ---------------------------------------------------------------- decoders


class _Zlib:
    """What `pdfminer.pdftypes` uses of the zlib module, with `decompress` bounded."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)

    @staticmethod
    def decompress(data: bytes) -> bytes:
        budget = _budget.get()
        if budget is None:
            return zlib.decompress(data)
        d = zlib.decompressobj()
        out = d.decompress(data, budget.room() + 1)
        if len(out) > budget.room() or d.unconsumed_tail:
            budget.take(len(out) + 1)
        if not d.eof:  # as zlib.decompress: pdfminer then tries `decompress_corrupted`
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        budget.take(len(out))
        return out


def _decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's recovery of a Flate stream with a damaged end (everything inflated before
    the error, unless the error comes before the last 3 bytes): fed 4 KB at a time and only
    the failing chunk byte by byte, instead of the whole stream byte by byte with quadratic
    copying."""
    budget = _budget.get()
    d = zlib.decompressobj()
    parts: list[bytes] = []
    i, step = 0, 4096
    while i < len(data):
        chunk = data[i:i + step]
        before = d.copy()
        try:
            got = d.decompress(chunk)
        except zlib.error:
            if step > 1:
                d, step = before, 1  # find the failing byte
                continue
            if i < len(data) - 3:
                raise
            break
        parts.append(got)
        if budget is not None:
            budget.take(len(got))
        i += len(chunk)
    return b"".join(parts)


def _lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    budget = _budget.get()
    if budget is None:
        return _originals["lzwdecode"](data)
    parts = []
    for piece in LZWDecoder(BytesIO(data)).run():
        budget.take(len(piece))
        parts.append(piece)
    return b"".join(parts)


def _runlength_size(data: bytes) -> int:
    i = n = 0
    while i < len(data) and data[i] != 128:
        length = data[i]
        n, i = (n + length + 1, i + length + 2) if length < 128 else (n + 257 - length, i + 2)
    return n


def _rldecode(data: bytes) -> bytes:
    budget = _budget.get()
    if budget is not None and 128 * len(data) > budget.room():  # at most 128 bytes out per byte in
        size = _runlength_size(data)
        if size > budget.room():
            budget.take(size)
    out = _originals["rldecode"](data)
    if budget is not None:
        budget.take(len(out))
    return out


def _ascii85decode(data: bytes) -> bytes:
    budget = _budget.get()
    if budget is not None and len(data) + 4 * data.count(b"z") > budget.room():  # "z" is four zero bytes
        budget.take(len(data) + 4 * data.count(b"z"))
    out = _originals["ascii85decode"](data)
    if budget is not None:
        budget.take(len(out))
    return out


def _ccittfaxdecode(data: bytes, params: dict) -> bytes:
    budget = _budget.get()
    if budget is not None:
        # A row can take a single bit: at most one row of `Columns` pixels per bit in.
        columns = params.get("Columns", 1728) if isinstance(params, dict) else 1728
        columns = columns if isinstance(columns, int) and columns > 0 else 1728
        bound = (columns + 7) // 8 * (8 * len(data) + 1)
        if bound > budget.room():
            budget.take(bound)
    out = _originals["ccittfaxdecode"](data, params)
    if budget is not None:
        budget.take(len(out))
    return out


# ---------------------------------------------------------------- objects per page


def _count_object(device) -> None:
    """After each character, path or image pdfplumber's device receives."""
    budget = _budget.get()
    if budget is None:
        return
    device._nianbao_objects = getattr(device, "_nianbao_objects", 0) + 1
    if device._nianbao_objects > budget.objects_limit:
        budget.fail(limits.exceeded(budget.path, "page_objects", "the characters, paths and images one PDF page draws"))


def _install() -> None:
    if _originals:
        return
    import pdfminer.pdftypes as pdftypes
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent as Device

    for name in ("lzwdecode", "rldecode", "ascii85decode", "ccittfaxdecode"):
        _originals[name] = getattr(pdftypes, name)
    pdftypes.zlib = _Zlib
    pdftypes.decompress_corrupted = _decompress_corrupted
    pdftypes.lzwdecode = _lzwdecode
    pdftypes.rldecode = _rldecode
    pdftypes.ascii85decode = _ascii85decode
    pdftypes.ccittfaxdecode = _ccittfaxdecode

    tag = Device.tag_cur_item

    def tag_cur_item(self) -> None:
        _count_object(self)
        tag(self)

    Device.tag_cur_item = tag_cur_item
