"""Small hostile files built in memory: PDFs, ZIPs and images whose few bytes claim or
unpack to very much."""

from __future__ import annotations

import struct
import zlib


def pdf(pages: list[bytes], compress: bool = True, extra_objects: list[bytes] = (), page_size=(595, 842),
        resources: bytes = b"<< /Font << /F1 4 0 R >> >>", deflated: bool = False) -> bytes:
    """A PDF with one content stream per page (deflated when `compress`; given already
    deflated when `deflated`). Objects: 1 catalog, 2 pages, 4 font, then page and content
    stream pairs from 5, then `extra_objects`."""
    objs: list[bytes] = []
    n = len(pages)
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n))
    objs.append(b"<< >>")  # 3: unused
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, content in enumerate(pages):
        body = content if deflated else zlib.compress(content, 9) if compress else content
        filt = b" /Filter /FlateDecode" if compress or deflated else b""
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                    % (page_size[0], page_size[1], resources, first_page + 2 * i + 1))
        objs.append(b"<< /Length %d%s >>\nstream\n" % (len(body), filt) + body + b"\nendstream")
    objs.extend(extra_objects)
    return _assemble(objs)


def _assemble(objs: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def deflate_zeros(size: int, level: int = 9) -> bytes:
    """`size` bytes of spaces, deflated (about a thousandth of the size)."""
    c = zlib.compressobj(level)
    chunk = b" " * (1 << 20)
    parts = [c.compress(chunk) for _ in range(size >> 20)]
    parts.append(c.compress(b" " * (size & ((1 << 20) - 1))))
    parts.append(c.flush())
    return b"".join(parts)


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares `width` × `height` pixels (its pixel data is one empty chunk)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
