"""Every resource limit of issue 12: a small hostile file that claims or unpacks to very much
fails with `LimitExceeded` naming the limit (before the expensive work: these files would
otherwise take gigabytes or minutes), and the limits are set in one place."""

from __future__ import annotations

import io
import os
import struct
import time
import zipfile
import zlib

import numpy as np
import pytest
from conftest import SAMPLES, nianbao
from PIL import Image

from extractor import extract, limits
from extractor.errors import LimitExceeded, UnreadableFile
from hostile.build import deflate_zeros, pdf, png_header

MiB = 1 << 20
SAMPLE_HTML = SAMPLES / "qinglan-2023-word.html"


def _limit_error(path, **changes) -> LimitExceeded:
    with limits.using(**changes), pytest.raises(LimitExceeded) as caught:
        extract(path)
    return caught.value


# ---------------------------------------------------------------- the limits themselves


def test_limits_have_defaults_env_overrides_and_validation(monkeypatch):
    assert limits.current().pages == limits.Limits().pages
    monkeypatch.setenv("NIANBAO_MAX_PAGES", "7")
    monkeypatch.setenv("NIANBAO_MAX_FILE_BYTES", "3MiB")
    assert limits.current().pages == 7 and limits.current().file_bytes == 3 * MiB
    with limits.using(pages=2):
        assert limits.current().pages == 2 and limits.current().file_bytes == 3 * MiB
    assert limits.current().pages == 7
    monkeypatch.setenv("NIANBAO_MAX_PAGES", "-1")
    with pytest.raises(ValueError, match="NIANBAO_MAX_PAGES"):
        limits.current()
    assert limits.parse_assignment("grid-cells=5000") == ("grid_cells", "5000")
    for bad in ("pages", "nope=1", "pages=many", "seconds=0"):
        with pytest.raises(ValueError):
            limits.parse_assignment(bad)


def test_the_error_names_the_limit_and_how_to_raise_it(tmp_path):
    page = tmp_path / "big.png"
    page.write_bytes(png_header(30000, 30000))
    done = nianbao("extract", page)
    assert done.returncode == 1 and done.stdout == ""
    line, = done.stderr.splitlines()
    assert line.startswith(f"nianbao: limit_exceeded: {page}: ")
    assert "image_pixels" in line and "NIANBAO_MAX_IMAGE_PIXELS" in line and "--limit image_pixels=" in line
    # ...and raising it as told lets the file through to the next check (the PNG has no pixels)
    again = nianbao("extract", page, "--limit", "image_pixels=1000000000")
    assert "limit_exceeded" not in again.stderr and again.returncode == 1
    bad = nianbao("extract", page, "--limit", "image_pixels=lots")
    assert bad.returncode == 2 and bad.stderr.startswith("nianbao: bad_option: --limit: ")


# ---------------------------------------------------------------- bytes read


def test_file_bytes_is_checked_before_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # sparse: 3 GiB claimed, nothing written
        fh.truncate(3 << 30)
    error = _limit_error(big)
    assert error.limit == "file_bytes" and "NIANBAO_MAX_FILE_BYTES" in error.reason


@pytest.mark.parametrize("kind", ["char device", "fifo", "socket", "folder as a page"])
def test_only_regular_files_are_read_and_nothing_blocks(tmp_path, kind):
    import socket

    if kind == "char device":
        path = "/dev/zero"
    elif kind == "fifo":
        path = tmp_path / "report.pdf"
        os.mkfifo(path)
    elif kind == "socket":
        path = tmp_path / "report.html"
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
    else:
        path = tmp_path / "pages"
        (path / "page1.png").mkdir(parents=True)
    args = ("extract", "--pages", path / "page1.png") if kind == "folder as a page" else ("extract", path)
    done = nianbao(*args)  # a blocked open or an endless read would hit the subprocess timeout
    assert done.returncode == 1
    line, = done.stderr.splitlines()
    assert line.startswith("nianbao: unreadable_file: ") and "not a regular file" in line


# ---------------------------------------------------------------- HTML spans, grids, elements


def test_html_colspan_of_1e8_is_refused_without_allocating(tmp_path):
    page = tmp_path / "span.html"
    page.write_text('<table><tr><td colspan="100000000" rowspan="100000000">1</td><td>2</td></tr></table>')
    error = _limit_error(page)
    assert error.limit == "span" and "100,000,000" in error.reason


def test_html_grid_cells_are_counted_as_the_grid_grows(tmp_path):
    rows = "".join(f'<tr><td colspan="900">{i}</td><td>x</td></tr>' for i in range(3000))
    page = tmp_path / "grid.html"
    page.write_text(f"<table>{rows}</table>")
    assert _limit_error(page).limit == "grid_cells"


def test_html_elements_are_counted_before_parsing(tmp_path):
    page = tmp_path / "many.html"
    page.write_text("<html><body>" + "<p>一</p>" * 5000 + "</body></html>")
    assert _limit_error(page, elements=2000).limit == "elements"


def test_text_grid_from_a_line_of_pipes_is_refused(tmp_path):
    """A text dump's table is as wide as its widest row: one row of 5000 cells over 2000
    more rows would be a 10-million-cell grid."""
    dump = tmp_path / "pipes.txt"
    dump.write_text("一、总体情况\n" + "|".join(["1"] * 5000) + "\n" + "a|b\n" * 2000, encoding="utf-8")
    assert _limit_error(dump).limit == "grid_cells"


# ---------------------------------------------------------------- DOCX


def _docx_with(document_xml: bytes, level: int = 9) -> bytes:
    base = zipfile.ZipFile(io.BytesIO(_sample_docx()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for info in base.infolist():
            data = document_xml if info.filename == "word/document.xml" else base.read(info)
            z.writestr(info.filename, data)
    return buf.getvalue()


def _sample_docx() -> bytes:
    from corpora.hostile import seeds

    return seeds()["docx"][0][1]


def test_docx_declared_size_is_checked_before_inflating(tmp_path):
    doc = tmp_path / "bomb.docx"
    doc.write_bytes(_docx_with(b"<w:document>" + b" " * (40 * MiB) + b"</w:document>"))
    error = _limit_error(doc, inflated_bytes="16MiB")
    assert error.limit == "inflated_bytes" and "declared" in error.reason


def test_docx_member_that_lies_about_its_size_is_never_inflated_whole(tmp_path, monkeypatch):
    """document.xml declares 2 KB but inflates to 64 MB (its CRC that of the first 2 KB):
    only what it declared is ever inflated, and python-docx reads the checked copy."""
    real = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    body = real + b" " * (64 * MiB)
    data = bytearray(_docx_with(body, level=9))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    claimed = 2048
    crc = zlib.crc32(body[:claimed])
    local = info.header_offset
    data[local + 14:local + 18] = struct.pack("<I", crc)
    data[local + 22:local + 26] = struct.pack("<I", claimed)
    central = bytes(data).find(b"PK\x01\x02")
    while central >= 0:  # the central directory entry of document.xml says the same
        name_len = struct.unpack("<H", data[central + 28:central + 30])[0]
        if data[central + 46:central + 46 + name_len] == b"word/document.xml":
            data[central + 16:central + 20] = struct.pack("<I", crc)
            data[central + 24:central + 28] = struct.pack("<I", claimed)
        central = bytes(data).find(b"PK\x01\x02", central + 4)
    doc = tmp_path / "liar.docx"
    doc.write_bytes(bytes(data))
    inflated = []
    original = zlib.decompressobj

    class Counting:
        def __init__(self, *a, **k):
            self.d = original(*a, **k)

        def decompress(self, chunk, max_length=0):
            out = self.d.decompress(chunk, max_length)
            inflated.append(len(out))
            return out

        def __getattr__(self, name):
            return getattr(self.d, name)

    monkeypatch.setattr(zlib, "decompressobj", Counting)
    with pytest.raises((UnreadableFile, LimitExceeded)):
        extract(doc)
    assert max(inflated) < 4 * MiB  # never the 64 MB the member really holds


def test_docx_grid_span_of_1e8_is_refused(tmp_path):
    xml = _docx_xml_with_table('<w:tc><w:tcPr><w:gridSpan w:val="100000000"/></w:tcPr><w:p/></w:tc>')
    doc = tmp_path / "span.docx"
    doc.write_bytes(_docx_with(xml))
    assert _limit_error(doc).limit == "span"


def _docx_xml_with_table(cell: str) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>'
            f"<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:tbl><w:tr>{cell}</w:tr></w:tbl>"
            "</w:body></w:document>").encode()


# ---------------------------------------------------------------- PDF


def test_pdf_content_stream_bomb_stops_at_the_inflated_bytes_limit(tmp_path, monkeypatch):
    bomb = deflate_zeros(64 * MiB)
    doc = tmp_path / "bomb.pdf"
    doc.write_bytes(pdf([bomb], deflated=True))
    assert len(doc.read_bytes()) < 100_000
    largest = []
    original = zlib.decompressobj

    def watch(*a, **k):
        d = original(*a, **k)

        class Watched:
            def decompress(self, data, max_length=0):
                out = d.decompress(data, max_length)
                largest.append(len(out))
                return out

            def __getattr__(self, name):
                return getattr(d, name)

        return Watched()

    monkeypatch.setattr(zlib, "decompressobj", watch)
    error = _limit_error(doc, inflated_bytes="8MiB")
    assert error.limit == "inflated_bytes"
    assert largest and max(largest) <= 8 * MiB + 1  # inflated with a bound, never the 64 MB


def test_pdf_page_drawing_millions_of_characters_is_refused(tmp_path):
    doc = tmp_path / "chars.pdf"
    doc.write_bytes(pdf([b"BT /F1 1 Tf 0 0 Td (" + b"A" * 200_000 + b") Tj ET"]))
    error = _limit_error(doc, page_objects=50_000)
    assert error.limit == "page_objects"


def test_pdf_pages_are_counted_before_pdfplumber_builds_them(tmp_path):
    doc = tmp_path / "pages.pdf"
    doc.write_bytes(pdf([b"BT /F1 12 Tf 72 720 Td (x) Tj ET"] * 40))
    assert _limit_error(doc, pages=30).limit == "pages"


def test_scanned_pdf_page_is_checked_before_rendering(tmp_path):
    """A 200 × 200 inch page (the largest PDF allows) would render at 40000 × 40000 pixels."""
    image = (b"<< /Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x00\nendstream")
    doc = tmp_path / "scan.pdf"
    doc.write_bytes(pdf([b"q 14400 0 0 14400 0 0 cm /Im1 Do Q"], page_size=(14400, 14400),
                        resources=b"<< /XObject << /Im1 9 0 R >> >>", extra_objects=[b"<< >>", b"<< >>", image]))
    assert _limit_error(doc).limit == "image_pixels"


# ---------------------------------------------------------------- images


def test_png_of_30000_by_30000_pixels_is_refused_from_its_header(tmp_path):
    page = tmp_path / "huge.png"
    page.write_bytes(png_header(30000, 30000))
    assert len(page.read_bytes()) < 100
    assert _limit_error(page).limit == "image_pixels"


def test_tiff_pages_are_counted_before_any_is_decoded(tmp_path):
    frames = [Image.new("L", (40, 40), 255) for _ in range(12)]
    tiff = tmp_path / "scan.tif"
    frames[0].save(tiff, save_all=True, append_images=frames[1:])
    assert _limit_error(tiff, pages=10).limit == "pages"


@pytest.mark.parametrize("shape", [(1, 1), (20, 20000), (20000, 20), (5172, 373)])
def test_page_images_that_are_no_page_give_a_named_error(tmp_path, shape):
    """These ended as OpenCV/rapidocr internal errors (resize to 0 pixels); the last, a
    strip 14 times as long as wide, took 1.7 GB to read nothing legible."""
    import cv2

    page = tmp_path / "page.png"
    cv2.imwrite(str(page), np.full((*shape, 3), 255, np.uint8))
    with pytest.raises(UnreadableFile, match="not the shape of a page"):
        extract(page)


# ---------------------------------------------------------------- time


def test_seconds_limit_stops_a_document(tmp_path):
    with limits.using(seconds=0.01), pytest.raises(LimitExceeded) as caught:
        extract(SAMPLES / "pdf" / "hexi-2020.pdf")
    assert caught.value.limit == "seconds" and "NIANBAO_MAX_SECONDS" in caught.value.reason


def test_seconds_limit_interrupts_a_stage_that_never_reaches_a_checkpoint(monkeypatch):
    """The alarm, not only the checkpoints between stages: a stage stuck for a minute is
    stopped, and nothing after it runs."""
    import extractor.pipeline as pipeline

    finished = []

    def stuck(doc):
        time.sleep(60)
        finished.append(True)

    monkeypatch.setattr(pipeline, "map_tables", stuck)
    with limits.using(seconds=0.5), pytest.raises(LimitExceeded) as caught:
        extract(SAMPLES / "qinglan-2023-word.html")
    assert caught.value.limit == "seconds" and not finished


def test_the_alarm_lets_an_import_finish(tmp_path, monkeypatch):
    """An import the alarm cut short broke its module for the rest of the process: an
    extension module's init turns the interruption into ImportError (pybind11's does), which
    failed the document as an internal error, and the worker's next ones with it. The alarm
    now waits for the import to finish, then stops the document as past its limit."""
    import sys

    module = "nianbao_slow_import_probe"
    (tmp_path / f"{module}.py").write_text(
        "import time\n"
        "try:\n"
        "    time.sleep(0.3)\n"
        "except BaseException as exc:  # as pybind11's module init does\n"
        "    raise ImportError('initialization failed') from exc\n"
        "done = True\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, module, raising=False)
    with limits.using(seconds=0.05), pytest.raises(LimitExceeded) as caught:
        with limits.time_limit("probe.html"):
            __import__(module)
            time.sleep(5)
    assert caught.value.limit == "seconds" and caught.value.path == "probe.html"
    assert sys.modules[module].done


def test_batch_workers_stop_a_document_past_the_time_limit(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "slow.pdf").write_bytes((SAMPLES / "pdf" / "hexi-2020.pdf").read_bytes())
    (folder / "ok.html").write_bytes((SAMPLES / "qinglan-2023-word.html").read_bytes())
    db = tmp_path / "c.duckdb"
    # Workers start with the pipeline loaded (`batch.warm_up`): the page alone takes ~20 ms.
    done = nianbao("batch", folder, "--db", db, "--workers", "2", "--limit", "seconds=0.001")
    assert done.returncode == 1
    assert "nianbao: limit_exceeded: " in done.stderr and "seconds" in done.stderr
    import duckdb

    con = duckdb.connect(str(db))
    failures = con.execute("select path, code, reason from failures order by path").fetchall()
    # (It once came back internal_error, an ImportError: the alarm had cut an import short;
    # see test_the_alarm_lets_an_import_finish.)
    assert [code for _, code, _ in failures] == ["limit_exceeded", "limit_exceeded"], failures


def test_batch_workers_load_the_pipeline_before_the_first_documents_time_starts(tmp_path):
    """A worker's first document once paid for loading jieba's dictionary and spaCy (about a
    second) out of its own time limit; the workers now load them at start-up."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a.html", "b.html"):
        (folder / name).write_bytes(SAMPLE_HTML.read_bytes())
    done = nianbao("batch", folder, "--db", tmp_path / "c.duckdb", "--workers", "2", "--limit", "seconds=0.5")
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------- linear work on long pages


def test_html_element_paths_are_lxmls_own(tmp_path):
    """`html._Paths` writes the paths `getpath` would (getpath itself counts earlier siblings
    on every call: quadratic on a page of many paragraphs), on a Word page and on a page of
    repeated, nested and namespaced tags."""
    import lxml.html
    from lxml import etree

    from extractor.ingest.html import _Paths

    odd = ("<html><body><div><p>a</p><o:p>b</o:p><p>c</p><table><tr><td>1</td><td>2</td></tr>"
           "<tr><td>3</td></tr></table></div><div><span>x</span></div><p>z</p></body></html>")
    for data in (SAMPLE_HTML.read_bytes(), odd.encode()):
        root = lxml.html.document_fromstring(data)
        etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        tree, paths = root.getroottree(), _Paths()
        elements = [el for el in root.iter() if isinstance(el.tag, str)]
        assert len(elements) > 10
        assert [paths(el) for el in elements] == [tree.getpath(el) for el in elements]


def test_block_at_finds_the_block_holding_each_offset():
    """`Document.block_at` (asked once per mention) by binary search gives what a scan of
    the blocks gives, for every offset of a real document."""
    from extractor.ingest import read

    doc = read(SAMPLE_HTML)

    def scan(offset):
        return next((b for b in doc.blocks if b.start is not None and b.start <= offset <= b.end), None)

    assert all(doc.block_at(i) is scan(i) for i in range(len(doc.text) + 2))


def test_a_run_of_millions_of_characters_is_read_in_pieces_never_cut_in_a_number():
    """spaCy refuses a text over 1,000,000 characters (an internal error before): a "sentence"
    that long is read in pieces, cut after a comma or space, or else beside a number."""
    from extractor.narrative.pipeline import MAX_SENTENCE, sentences

    text = "一、总体情况\n" + "本机关共收到政府信息公开申请十二件其中新收申请10件" * 80_000 + "。后记，" + "甲" * 10
    pieces = sentences(text)
    assert all(b - a <= MAX_SENTENCE for a, b in pieces)
    assert "".join(text[a:b] for a, b in pieces).replace("\n", "") == text.replace("\n", "")
    digits = set("0123456789一二三四五六七八九十")
    assert not any(text[b - 1] in digits and text[b] in digits for a, b in pieces[:-1] if b < len(text))
