"""Corpus runs: every file extracted or recorded as failed, into DuckDB, repeatable."""

from __future__ import annotations

import shutil
import subprocess
import sys

import duckdb

from conftest import ROOT, SAMPLES
from extractor.corpus import expand_paths, extract_many


def _corpus(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "qinglan-2023-word.html", folder / "a.html")
    shutil.copy(SAMPLES / "qinglan-2023-word.html", folder / "sub" / "b.html")
    (folder / "broken.txt").write_bytes(b"")
    (folder / "notes.json").write_text("{}")  # not a report suffix: not picked up
    return folder


def test_extract_many_records_failures_and_goes_on(tmp_path):
    files = expand_paths([_corpus(tmp_path)])
    assert [f.name for f in files] == ["a.html", "broken.txt", "b.html"]
    outcomes = {o.path: o for o in extract_many(files, workers=2)}
    assert len(outcomes) == 3
    broken = outcomes[str(files[1])]
    assert broken.report is None and broken.failure.code == "unreadable_file"
    assert outcomes[str(files[0])].report.value("t3.new_received.total") == 48


def test_batch_command_writes_duckdb_and_parquet(tmp_path):
    folder = _corpus(tmp_path)
    db = tmp_path / "c.duckdb"
    cmd = [sys.executable, "-m", "extractor", "batch", str(folder), "--db", str(db), "--workers", "1",
           "--export", str(tmp_path / "parquet")]
    for _ in range(2):  # a second run replaces rows instead of duplicating them
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
        assert done.returncode == 1  # one file failed
        assert "nianbao: unreadable_file:" in done.stderr and "2 reports extracted, 1 failed" in done.stderr
    con = duckdb.connect(str(db))
    assert con.execute("select count(*) from reports").fetchone()[0] == 2
    assert con.execute("select count(*) from failures").fetchone()[0] == 1
    totals = con.execute("select distinct value from facts where metric = 't3.new_received.total'").fetchall()
    assert totals == [(48.0,)]
    assert con.execute(f"select count(*) from read_parquet('{tmp_path / 'parquet' / 'facts.parquet'}')").fetchone()[0] \
        == con.execute("select count(*) from facts").fetchone()[0]
