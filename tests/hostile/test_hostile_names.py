"""Odd file names and noisy libraries: a name that is not UTF-8 extracts and is written out
(JSON and DuckDB), a folder without rights is one clear line, and damaged files get exactly
one line on stderr — not the warnings of pdfminer, Pillow or libjpeg as well."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zlib

import duckdb
import pytest
from conftest import ROOT, SAMPLES, nianbao

from hostile.build import pdf

SAMPLE = SAMPLES / "qinglan-2023-word.html"


def _odd(folder, raw: bytes) -> str:
    """A path in `folder` whose name holds bytes that are not UTF-8 (as Python keeps them)."""
    name = os.fsdecode(raw)
    path = os.path.join(folder, name)
    shutil.copy(SAMPLE, path)
    return path


def test_a_name_that_is_not_utf8_extracts_to_json(tmp_path):
    path = _odd(tmp_path, b"r\xffport\xfe.html")
    printed = {}
    for fmt in ("json", "jsonl", "table"):
        done = nianbao("extract", path, "--format", fmt)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        printed[fmt] = done.stdout
    report = json.loads(printed["json"])
    assert report["source"]["path"] == str(tmp_path / "r\\xffport\\xfe.html")
    assert report["meta"]["organ"] == "青岚县人民政府办公室"


def test_batch_keeps_every_row_when_a_name_is_not_utf8(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    _odd(folder, b"\xff\xfe.html")
    shutil.copy(SAMPLE, folder / "plain.html")
    (folder / "broken\xe9.txt").write_bytes(b"")
    os.rename(folder / "broken\xe9.txt", os.path.join(folder, os.fsdecode(b"broken\xe9.txt")))
    db = tmp_path / "c.duckdb"
    done = nianbao("batch", folder, "--db", db, "--workers", "1")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "2 reports extracted, 1 failed" in done.stderr
    con = duckdb.connect(str(db))
    assert sorted(p for (p,) in con.execute("select path from reports").fetchall()) == [
        f"{folder}/\\xff\\xfe.html", f"{folder}/plain.html"]
    assert con.execute("select path, code from failures").fetchall() == [(f"{folder}/broken\\xe9.txt", "unreadable_file")]
    assert con.execute("select count(distinct path) from facts").fetchone()[0] == 2


def test_a_newline_in_a_file_name_stays_one_line(tmp_path):
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"")
    done = nianbao("extract", path)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "two\\nlines.txt" in done.stderr


def _without_read_rights(*args) -> subprocess.CompletedProcess:
    """The CLI as root without CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH: file modes apply."""
    cmd = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search",
           sys.executable, "-m", "extractor", *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_files_and_folders_without_rights_are_one_clear_line_each(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    shutil.copy(SAMPLE, corpus / "locked" / "inner.html")
    shutil.copy(SAMPLE, corpus / "secret.html")
    shutil.copy(SAMPLE, corpus / "open.html")
    (corpus / "locked").chmod(0)
    (corpus / "secret.html").chmod(0)
    try:
        done = _without_read_rights("extract", corpus / "secret.html", corpus / "locked", corpus / "open.html",
                                    "--format", "jsonl")
        assert done.returncode == 1 and len(done.stdout.splitlines()) == 1
        assert done.stderr.splitlines() == [
            f"nianbao: unreadable_file: {corpus / 'secret.html'}: cannot be read (permission denied)",
            f"nianbao: unreadable_file: {corpus / 'locked'}: the folder cannot be read (permission denied)",
        ]
        db = tmp_path / "c.duckdb"
        batch = _without_read_rights("batch", corpus, "--db", db, "--workers", "1")
        assert "1 reports extracted, 2 failed" in batch.stderr and "Traceback" not in batch.stderr
        con = duckdb.connect(str(db))
        assert sorted(con.execute("select path, code from failures").fetchall()) == [
            (str(corpus / "locked"), "unreadable_file"), (str(corpus / "secret.html"), "unreadable_file")]
    finally:
        (corpus / "locked").chmod(0o755)


def _noisy_pdf() -> bytes:
    """pdfminer warns about each of these: a TJ array holding a name, and a Flate stream
    whose end is damaged ("Data-loss while decompressing corrupted data")."""
    damaged = zlib.compress(b"BT /F1 12 Tf 72 700 Td (2023 nian) Tj ET " * 20)[:-2] + b"\x00\x00"
    names = zlib.compress(b"BT /F1 12 Tf 72 720 Td [(a) /b (c)] TJ ET " * 5)
    return pdf([names, damaged], deflated=True)


def test_damaged_files_give_exactly_one_line_on_stderr(tmp_path):
    from PIL import Image

    cases = {}
    cases["noisy.pdf"] = _noisy_pdf()
    tiff = tmp_path / "t.tif"
    Image.new("L", (64, 64), 255).save(tiff, tiffinfo={270: "x" * 40})
    bad_tiff = bytearray(tiff.read_bytes())
    bad_tiff[-30:] = b"\xff" * 30  # tags pointing past the end: Pillow warns
    cases["tags.tif"] = bytes(bad_tiff)
    jpeg = tmp_path / "t.jpg"
    Image.new("RGB", (200, 280), "white").save(jpeg, quality=80)
    cases["cut.jpg"] = jpeg.read_bytes()[:-200]  # libjpeg: "Premature end of JPEG file"
    paths = []
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    done = nianbao("extract", *paths)
    lines = done.stderr.splitlines()
    assert done.returncode == 1
    assert len(lines) == len(paths), done.stderr
    assert all(line.startswith("nianbao: ") for line in lines), done.stderr
