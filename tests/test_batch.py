"""Corpus runs: every file extracted or recorded as failed, into DuckDB, repeatable."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

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
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 1  # one file failed
    assert "nianbao: unreadable_file:" in done.stderr and "2 reports extracted, 1 failed" in done.stderr
    # A rerun finds everything in the store: nothing extracted again, nothing duplicated.
    again = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "0 reports extracted, 0 failed, 3 already in the store" in again.stderr
    con = duckdb.connect(str(db))
    assert con.execute("select count(*) from reports").fetchone()[0] == 2
    assert con.execute("select count(*) from failures").fetchone()[0] == 1
    totals = con.execute("select distinct value from facts where metric = 't3.new_received.total'").fetchall()
    assert totals == [(48.0,)]
    assert con.execute(f"select count(*) from read_parquet('{tmp_path / 'parquet' / 'facts.parquet'}')").fetchone()[0] \
        == con.execute("select count(*) from facts").fetchone()[0]


def _store(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        reports = dict(con.execute("select path, sha256 from reports").fetchall())
        failures = dict(con.execute("select path, code from failures").fetchall())
        facts = con.execute("select count(*) from facts").fetchone()[0]
    finally:
        con.close()
    return reports, failures, facts


def test_a_rerun_skips_what_the_store_holds_and_redoes_what_changed(tmp_path, monkeypatch):
    from extractor.corpus.run import run
    from extractor.corpus.store import CorpusStore

    folder = _corpus(tmp_path)
    db = tmp_path / "c.duckdb"
    with CorpusStore(db) as store:
        first = run([folder], store, workers=1)
    assert (first.extracted, first.failed, first.skipped) == (2, 1, 0)
    reports, failures, facts = _store(db)
    assert set(reports) == {str((folder / "a.html").resolve()), str((folder / "sub" / "b.html").resolve())}

    # The same files, one spelled relative to another folder: one document each, all skipped.
    monkeypatch.chdir(folder / "sub")
    with CorpusStore(db) as store:
        second = run(["../a.html", folder, "b.html"], store, workers=1)
    assert (second.files, second.extracted, second.failed, second.skipped) == (3, 0, 0, 3)

    # A changed file is extracted again and replaces its rows; the others are not touched.
    (folder / "broken.txt").write_text("不是一份年报。", encoding="utf-8")
    (folder / "a.html").write_bytes((folder / "a.html").read_bytes() + b"<!-- changed -->")
    with CorpusStore(db) as store:
        third = run([folder], store, workers=1)
    assert (third.extracted + third.failed, third.skipped) == (2, 1)
    reports2, failures2, facts2 = _store(db)
    assert reports2[str((folder / "a.html").resolve())] != reports[str((folder / "a.html").resolve())]
    assert len(reports2) + len(failures2) == 3 and facts2 >= facts

    # --force redoes everything, --retry-failed only the failures.
    with CorpusStore(db) as store:
        forced = run([folder], store, workers=1, force=True)
    assert forced.skipped == 0 and forced.done == 3
    with CorpusStore(db) as store:
        retried = run([folder], store, workers=1, retry_failed=True)
    assert retried.done == len(failures2) and retried.skipped == 3 - len(failures2)
    assert _store(db)[0].keys() == reports2.keys()


def test_a_second_writer_gets_one_clear_line(tmp_path):
    folder = _corpus(tmp_path)
    db = tmp_path / "c.duckdb"
    holder = duckdb.connect(str(db))  # another process's batch holds the store
    try:
        done = subprocess.run([sys.executable, "-m", "extractor", "batch", str(folder), "--db", str(db), "-w", "1"],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)
    finally:
        holder.close()
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("nianbao: store_busy: "), done.stderr
    assert "writing to this store" in done.stderr and "Traceback" not in done.stderr


def _children(pid: int) -> set[int]:
    """Processes whose parent is `pid` (from /proc: no extra library needed)."""
    out = set()
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat_file.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def test_a_killed_batch_keeps_what_it_committed_its_workers_die_and_a_rerun_finishes(tmp_path):
    import os
    import signal
    import time

    folder = tmp_path / "corpus"
    folder.mkdir()
    sample = (SAMPLES / "qinglan-2023-word.html").read_bytes()
    # Distinct files (a comment makes each one's content its own), enough of them that the
    # batch takes several commits (outcomes arriving within COMMIT_EVERY share one: 24
    # reports once all arrived in one on a fast machine, and the kill came after the end).
    n = 400
    for i in range(n):
        (folder / f"r{i:03}.html").write_bytes(sample + f"<!-- {i} -->".encode())
    db = tmp_path / "c.duckdb"
    cmd = [sys.executable, "-m", "extractor", "batch", str(folder), "--db", str(db), "-w", "2", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 120
    # Kill it once a few reports are committed: each adds ~37 kB to DuckDB's write-ahead log,
    # and a commit is over when the log stops growing (a commit of ~70 reports takes a while
    # to write: killed while the log first passed 150 kB, the store once kept none).
    def wal_size() -> int:
        return wal.stat().st_size if wal.exists() else 0

    while wal_size() <= 150_000 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    size = wal_size()
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if wal_size() == size:
            break
        size = wal_size()
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "worker processes outlived the killed batch"

    kept, failures, _ = _store(db)  # readable after the kill
    assert not failures and 0 < len(kept) < n
    done = subprocess.run([sys.executable, "-m", "extractor", "batch", str(folder), "--db", str(db), "-w", "2",
                           "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["skipped"] == len(kept) and summary["extracted"] == n - len(kept)
    reports, failures, facts = _store(db)
    assert len(reports) == n and not failures
    assert facts == n * (facts // n)  # every report's rows once, none twice


def test_odd_file_names_keep_their_rows(tmp_path):
    import os

    from extractor.corpus.run import run
    from extractor.corpus.store import CorpusStore

    folder = tmp_path / "corpus"
    folder.mkdir()
    data = (SAMPLES / "qinglan-2023-word.html").read_bytes()
    odd = os.path.join(os.fsencode(folder), b"\xff\xfe report.html")  # not UTF-8
    with open(odd, "wb") as f:
        f.write(data)
    (folder / "年报 (1).html").write_bytes(data + b"<!-- 2 -->")
    db = tmp_path / "c.duckdb"
    with CorpusStore(db) as store:
        summary = run([folder], store, workers=1)
    assert (summary.extracted, summary.failed) == (2, 0)
    reports, _, _ = _store(db)
    assert any(p.endswith("\\xff\\xfe report.html") for p in reports), reports
    with CorpusStore(db) as store:
        assert run([folder], store, workers=1).skipped == 2


def test_outcomes_arriving_together_share_a_commit_and_a_slow_one_holds_none_back():
    """`in_groups`: what arrives within the window is one group (one commit); an outcome
    that comes long after does not delay the group before it; an error in the extraction
    reaches the consumer."""
    import time

    import pytest

    from extractor.corpus.run import in_groups

    def arrivals():
        yield "a"
        yield "b"
        time.sleep(0.6)
        yield "c"
        raise RuntimeError("worker pool broke")

    seen, started = [], time.monotonic()
    with pytest.raises(RuntimeError, match="worker pool broke"):
        for group in in_groups(arrivals(), 0.1):
            seen.append((group, time.monotonic() - started))
    assert [g for g, _ in seen] == [["a", "b"], ["c"]]
    assert seen[0][1] < 0.5  # given while "c" was still on its way
