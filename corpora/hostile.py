"""Damaged and hostile inputs for fuzzing every ingest path: small valid seeds per format
and mutators that break them the way files from the open web break (bytes flipped or cut,
numbers made extreme, headers that lie, markup that spans or nests without end, ZIP
members and PDF streams altered inside their containers).

    from corpora.hostile import FORMATS, seeds, mutate
    data = mutate("pdf", rng)        # rng: random.Random (or hypothesis' st.randoms())

Used by `tests/test_fuzz.py` (hypothesis drives `rng`) and `python -m bench fuzz`.
"""

from __future__ import annotations

import io
import random
import re
import struct
import tempfile
import warnings
import zipfile
import zlib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
FORMATS = ("html", "text", "pdf", "docx", "image")
SUFFIX = {"html": ".html", "text": ".txt", "pdf": ".pdf", "docx": ".docx"}


# ---------------------------------------------------------------- seeds


@cache
def seeds() -> dict[str, list[tuple[str, bytes]]]:
    """format → [(file suffix, bytes)]: small valid reports (and page images) to mutate."""
    from corpora.generator import generate

    out: dict[str, list[tuple[str, bytes]]] = {f: [] for f in FORMATS}
    with tempfile.TemporaryDirectory() as tmp:
        golds = generate(n=6, out=Path(tmp), seed=12, formats=["html", "html-word", "text", "text-flattened", "docx"])
        for gold in golds:
            data = (Path(tmp) / gold["file"]).read_bytes()
            fmt = {"html-word": "html", "text-flattened": "text"}.get(gold["format"], gold["format"])
            out[fmt].append((Path(gold["file"]).suffix, data))
    out["html"].append((".html", (SAMPLES / "qinglan-2023-word.html").read_bytes()))
    for pdf in sorted((SAMPLES / "pdf").glob("*.pdf")):
        out["pdf"].append((".pdf", _classic_xref(pdf.read_bytes())))
    out["image"] = _page_images((SAMPLES / "pdf" / "hexi-2020.pdf").read_bytes())
    return out


def _classic_xref(pdf: bytes) -> bytes:
    """Its first two pages rewritten with a plain xref table and no object streams (pypdf): a mutation that
    moves bytes then leaves objects a reader can still find by scanning, as in most damaged
    PDFs, instead of a file whose catalog is lost inside a compressed object stream."""
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:
        return pdf
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages[:2]:  # two pages: a mutation that turns them into "scans" costs OCR per page
        writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _page_images(pdf: bytes) -> list[tuple[str, bytes]]:
    """Two pages of a report rendered small (OCR of a fuzzed page stays well under a second),
    as PNG, grey JPEG and a two-page TIFF."""
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(pdf)
    pages = [doc[i].render(scale=45 / 72).to_pil().convert("RGB") for i in range(min(2, len(doc)))]
    doc.close()
    images = []
    for fmt, suffix, page, kw in (("PNG", ".png", pages[0], {}), ("JPEG", ".jpg", pages[-1].convert("L"), {"quality": 80})):
        buf = io.BytesIO()
        page.save(buf, fmt, **kw)
        images.append((suffix, buf.getvalue()))
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_deflate")
    images.append((".tif", buf.getvalue()))
    return images


# ---------------------------------------------------------------- bytes


_EXTREMES = [b"0", b"-1", b"1", b"255", b"65535", b"65536", b"2147483647", b"4294967296", b"99999999999999999999",
             b"1e308", b"-2147483648", b"100000000", b"0.000001", b"NaN"]
_NUMBER = re.compile(rb"\d+")


def _bytes(data: bytes, rng: random.Random, others: list[bytes] = ()) -> bytes:
    """One to four generic mutations of a byte string."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        n = len(b)
        op = rng.randrange(9)
        at = rng.randrange(n + 1) if n else 0
        if op == 0 and n:  # flip bits
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(n)
                b[i] ^= 1 << rng.randrange(8)
        elif op == 1 and n:  # overwrite a range
            end = min(n, at + rng.randint(1, 64))
            fill = rng.choice([0, 0xFF, None])
            b[at:end] = bytes(fill if fill is not None else rng.randrange(256) for _ in range(end - at))
        elif op == 2:  # insert random bytes
            b[at:at] = rng.randbytes(rng.randint(1, 64))
        elif op == 3 and n:  # delete a range
            del b[at:at + rng.randint(1, max(1, n // 8))]
        elif op == 4 and n:  # copy a range elsewhere
            start = rng.randrange(n)
            piece = b[start:start + rng.randint(1, 256)]
            b[at:at] = piece * rng.choice([1, 1, 2, 50])
        elif op == 5 and n > 1:  # truncate
            del b[rng.randrange(1, n):]
        elif op == 6:  # a number made extreme
            numbers = list(_NUMBER.finditer(b))
            if numbers:
                m = rng.choice(numbers)
                b[m.start():m.end()] = rng.choice(_EXTREMES)
        elif op == 7 and others:  # splice with another seed
            other = rng.choice(others)
            cut = rng.randrange(len(other) + 1)
            b[at:] = other[cut:]
        elif op == 8 and n:  # repeat a short range many times
            start = rng.randrange(n)
            b[start:start] = bytes(b[start:start + rng.randint(1, 16)]) * rng.randint(2, 2000)
    return bytes(b)


def _insert(data: bytes, rng: random.Random, snippets: list[bytes]) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"".join(rng.choice(snippets) for _ in range(rng.randint(1, 5))) + data[at:]


# ---------------------------------------------------------------- per format


def _html_snippets(rng: random.Random) -> list[bytes]:
    big = rng.choice(_EXTREMES).decode()
    return [
        f'<td colspan="{big}">1</td>'.encode(), f'<td rowspan="{big}" colspan="{rng.randint(0, 2000)}">2</td>'.encode(),
        b"<table><tr><td>", b"</td></tr></table>", b"<tr>", b"</tr>", b"<th>", b"<table>" * 50,
        b'<meta charset="' + rng.choice([b"utf-16", b"big5", b"nonsense", b"gbk", b"utf-7"]) + b'">',
        b"&#xD800;&#0;&#x110000;&#99999999999;", b"<![CDATA[", b"<script>alert(1)</script>", b"\x00", b"\xff\xfe",
        b"<div>" * rng.randint(1, 400), b"<p>" * rng.randint(1, 400), b"<br>" * 100,
        b'<p style="display:none">', b"<o:p></o:p>", "一、总体情况".encode(), "表三".encode(),
        b'<td colspan="-5" rowspan="0">', b"<" + rng.randbytes(8), b"<!--", b"-->",
    ]


def _text_snippets(rng: random.Random) -> list[bytes]:
    cells = "|".join(rng.choice(["", "1", "99999999999999", "—", "/", "新收", "合计", "a" * 200]) for _ in range(rng.randint(1, 30)))
    return [
        cells.encode() + b"\n", b"\t" * rng.randint(1, 50) + b"\n", b"|" * rng.randint(1, 500),
        "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(5, 200))).encode(),
        b"\xef\xbb\xbf", b"\xff\xfe", b"\r" * 10, b"\x00", b"\x81\x30\x81", b"\xc3\x28", b"\xed\xa0\x80",
        "三、收到和处理政府信息公开申请情况\n".encode(), "（一）予以公开|17|1|0|0|0|0|18\n".encode(),
        b"\n" * rng.randint(1, 300), b"\x1b[31m", "共受理申请九千九百九十九万件".encode(),
    ]


def _html(data: bytes, rng: random.Random, others) -> bytes:
    if rng.random() < 0.6:
        data = _insert(data, rng, _html_snippets(rng))
    return _bytes(data, rng, others) if rng.random() < 0.6 else data


def _text(data: bytes, rng: random.Random, others) -> bytes:
    if rng.random() < 0.6:
        data = _insert(data, rng, _text_snippets(rng))
    return _bytes(data, rng, others) if rng.random() < 0.6 else data


_STREAM = re.compile(rb"(/Length\s+)(\d+)([^>]*>>\s*stream\r?\n)", re.S)
_PDF_OPS = [b"q " * 300, b"Q " * 300, b"1e30 0 0 1e30 0 0 cm ", b"BT /F1 1000 Tf 0 0 Td (ABC) Tj ET ",
            b"BT /F9 12 Tf (x) Tj ET ", b"0 0 m 1e9 1e9 l S ", b"/Im1 Do ", b"[(a) -1e9 (b)] TJ ", b"(((",
            b"0 0 1e9 1e9 re f ", b"BI /W 99999 /H 99999 /BPC 8 /CS /RGB ID \x00\x00 EI ", b"<</a 1>> BDC EMC ",
            b"1 0 0 1 NaN NaN cm ", b"BT " * 100, b"ET ET ", b"/F1 -5 Tf ", b"gs sh ", b"9999999999 w "]


def _pdf(data: bytes, rng: random.Random, others) -> bytes:
    """Mutate a page's content stream inside the PDF (inflated, altered, deflated, its
    /Length corrected), or the PDF's bytes, or both."""
    streams = list(_STREAM.finditer(data))
    if streams and rng.random() < 0.6:
        m = rng.choice(streams)
        start = m.end()
        length = int(m.group(2))
        raw = data[start:start + length]
        try:
            body = zlib.decompress(raw)
            deflated = True
        except zlib.error:
            body, deflated = raw, False
        if rng.random() < 0.5:
            body = _insert(body, rng, _PDF_OPS)
        else:
            body = _bytes(body, rng)
        new = zlib.compress(body) if deflated else body
        data = data[:m.start(2)] + str(len(new)).encode() + m.group(3) + new + data[start + length:]
    if rng.random() < 0.5:
        data = _bytes(data, rng, others)
    return data


_DOCX_XML = [b'<w:gridSpan w:val="99999999"/>', b'<w:gridSpan w:val="-3"/>', b'<w:vMerge/>', b'<w:vMerge w:val="restart"/>',
             b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", b"<w:tbl>", b"</w:tc>",
             b'<w:gridBefore w:val="1000000"/>', b"<w:t>" + "一、总体情况".encode() + b"</w:t>",
             b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>', b"&b;", b"<w:p>" * 300,
             b"<w:sdt><w:sdtContent>" * 50, b"\x00", b"<w:tr>", b"<w:tc/>"]


def _docx(data: bytes, rng: random.Random, others) -> bytes:
    """Mutate the members of the .docx (document.xml above all), add or drop members, or
    the ZIP's own bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = [(i.filename, z.read(i), i.compress_type) for i in z.infolist()]
    op = rng.randrange(6)
    names = [n for n, _, _ in members]
    if op <= 2 and "word/document.xml" in names:
        k = names.index("word/document.xml")
        name, blob, kind = members[k]
        blob = _insert(blob, rng, _DOCX_XML) if op < 2 else _bytes(blob, rng)
        members[k] = (name, blob, kind)
    elif op == 3:  # a bogus or duplicated member
        name = rng.choice(["word/document.xml", "[Content_Types].xml", "../../evil", "word/media/x.png", "\x00", "a" * 300])
        members.insert(rng.randrange(len(members) + 1), (name, rng.randbytes(rng.randint(0, 512)), zipfile.ZIP_DEFLATED))
    elif op == 4 and members:  # a member dropped
        del members[rng.randrange(len(members))]
    else:  # a member made large but compressible
        k = rng.randrange(len(members))
        name, blob, kind = members[k]
        members[k] = (name, blob + b" " * rng.randint(1, 4_000_000), zipfile.ZIP_DEFLATED)
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point
        with zipfile.ZipFile(buf, "w") as z:
            for name, blob, kind in members:
                z.writestr(zipfile.ZipInfo(name), blob, compress_type=kind)
    data = buf.getvalue()
    return _bytes(data, rng, others) if rng.random() < 0.3 else data


def _image(data: bytes, rng: random.Random, others) -> bytes:
    """Header fields that lie (sizes, depths, counts), damaged pixel data, or both."""
    b = bytearray(data)
    if rng.random() < 0.6:
        value = rng.choice([0, 1, 2, 7, 255, 256, 20000, 65535, 65536, 30000, 2**31 - 1, 2**32 - 1, rng.randrange(2**16)])
        if b.startswith(b"\x89PNG"):
            field = rng.choice([(16, ">I"), (20, ">I"), (24, ">B"), (25, ">B"), (28, ">B")])
            off, fmt = field
            b[off:off + struct.calcsize(fmt)] = struct.pack(fmt, value % (256 if fmt == ">B" else 2**32))
            if rng.random() < 0.8:  # keep the header's CRC right, so the lie is believed
                b[29:33] = struct.pack(">I", zlib.crc32(bytes(b[12:29])))
        elif b.startswith(b"\xff\xd8"):
            sof = max(b.find(b"\xff\xc0"), b.find(b"\xff\xc2"))
            if sof > 0:
                off = sof + rng.choice([5, 7, 9])
                b[off:off + 2] = struct.pack(">H", value % 65536)
        elif b[:4] in (b"II*\x00", b"MM\x00*"):
            endian = "<" if b[:2] == b"II" else ">"
            (ifd,) = struct.unpack(endian + "I", b[4:8])
            if ifd + 2 <= len(b):
                (count,) = struct.unpack(endian + "H", b[ifd:ifd + 2])
                if count:
                    entry = ifd + 2 + 12 * rng.randrange(min(count, 64))
                    if entry + 12 <= len(b):
                        b[entry + 8:entry + 12] = struct.pack(endian + "I", value)
    data = bytes(b)
    return _bytes(data, rng, others) if rng.random() < 0.6 else data


_MUTATORS = {"html": _html, "text": _text, "pdf": _pdf, "docx": _docx, "image": _image}


def mutate(fmt: str, rng: random.Random) -> tuple[str, bytes]:
    """(file suffix, bytes) of one damaged input of this format, drawn from `rng`."""
    pool = seeds()[fmt]
    suffix, data = rng.choice(pool)
    try:
        data = _MUTATORS[fmt](data, rng, [d for _, d in pool])
    except (zipfile.BadZipFile, ValueError, struct.error, KeyError, EOFError, OSError):
        data = _bytes(data, rng)  # a mutation whose container broke first: plain bytes then
    return suffix, data
