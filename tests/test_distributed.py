"""`batch --scheduler`: a corpus extracted on a Dask cluster gives the store a local batch gives."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SAMPLES
from extractor import limits
from extractor.corpus.distributed import ClusterError, cluster, extract_remote
from extractor.corpus.run import run
from extractor.corpus.store import CorpusStore

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")


@pytest.fixture(scope="module")
def scheduler():
    # One task per worker thread at a time (not Dask's default 1.1, which gives a one-thread
    # worker a second task to hold): a task that kills its worker takes no other with it.
    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                     dashboard_address=None) as local:
        yield local


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "qinglan-2023-word.html", folder / "a.html")
    shutil.copy(SAMPLES / "qinglan-2023-word.html", folder / "sub" / "b.html")
    shutil.copy(SAMPLES / "pdf" / "hexi-2020.pdf", folder / "hexi.pdf")
    (folder / "broken.txt").write_bytes(b"")
    return folder


def _rows(db: Path, table: str, folder: Path, columns: str = "*") -> list[tuple]:
    """The table's rows, sorted, with each path relative to the corpus folder."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute(f"SELECT {columns} FROM {table}")
        names = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
    finally:
        con.close()
    at = names.index("path")
    rows = [(*r[:at], os.path.relpath(r[at], folder.resolve()), *r[at + 1:]) for r in rows]
    return sorted(rows, key=repr)


def test_the_cluster_writes_the_store_a_local_batch_writes(tmp_path, scheduler, monkeypatch):
    folder = _corpus(tmp_path)
    with CorpusStore(tmp_path / "local.duckdb") as store:
        local = run([folder], store, workers=1)
    monkeypatch.chdir(tmp_path)  # a relative path: the workers, elsewhere, open it at its absolute path
    with CorpusStore(tmp_path / "cluster.duckdb") as store:
        remote = run(["corpus"], store, scheduler=scheduler.scheduler_address)
    assert (remote.extracted, remote.failed) == (local.extracted, local.failed) == (3, 1)
    assert remote.formats == local.formats
    assert [(f.code, f.reason) for f in remote.failures] == [(f.code, f.reason) for f in local.failures]
    assert remote.failures[0].path == os.path.join("corpus", "broken.txt")  # as given, like local ones
    for table in ("reports", "facts", "mentions", "findings", "failures"):
        rows = _rows(tmp_path / "cluster.duckdb", table, folder)
        assert rows == _rows(tmp_path / "local.duckdb", table, folder), table
        assert rows, table
    # The document text the mentions' offsets index comes back from the workers too.
    texts = _rows(tmp_path / "cluster.duckdb", "documents", folder, "path, text")
    assert texts == _rows(tmp_path / "local.duckdb", "documents", folder, "path, text")
    assert len(texts) == 3 and all(text for _, text in texts)
    # For readers on shared storage: each table split by its report's year.
    with CorpusStore(tmp_path / "cluster.duckdb") as store:
        store.export(tmp_path / "parquet", by_year=True)
    years = duckdb.sql(f"SELECT year, count(*) FROM read_parquet('{tmp_path}/parquet/facts/*/*.parquet', "
                       "hive_partitioning = true) GROUP BY year ORDER BY year").fetchall()
    con = duckdb.connect(str(tmp_path / "cluster.duckdb"), read_only=True)
    try:
        assert years == con.execute("SELECT r.year, count(*) FROM facts f JOIN reports r USING (path) "
                                    "GROUP BY r.year ORDER BY r.year").fetchall()
    finally:
        con.close()
    assert [y for y, _ in years] == [2020, 2023]


def _stuck(path: str, index: int, chosen: dict, topic: str):
    """A task that starts, then never ends (as a document stuck in C code, out of reach of
    the pipeline's checkpoints and, in a worker thread, of SIGALRM)."""
    if Path(path).name != "stuck.html":
        return extract_remote(path, index, chosen, topic)
    worker = distributed.get_worker()
    worker.log_event(topic, {"index": index, "worker": worker.address})
    time.sleep(600)


def _dies(path: str, index: int, chosen: dict, topic: str):
    """A task that takes its worker process down with it."""
    if Path(path).name == "dies.html":
        os._exit(3)
    return extract_remote(path, index, chosen, topic)


def _fact(outcome, metric: str):
    """A figure of a remote outcome: the workers send the store's rows, not the report."""
    return next(row["value"] for row in outcome.rows["facts"].to_pylist() if row["metric"] == metric)


def _extract(scheduler, files, task):
    from extractor.corpus import distributed as on_cluster

    client = on_cluster.connect(scheduler.scheduler_address)
    try:
        client.wait_for_workers(2, timeout=60)  # back from a restart by the test before
        on_cluster.prepare(client, scheduler.scheduler_address)
        return {Path(o.path).name: o for o in on_cluster.extract_on(client, files, task=task)}
    finally:
        client.close()


def test_a_document_past_its_time_is_stopped_and_recorded_the_rest_go_on(tmp_path, scheduler):
    folder = _corpus(tmp_path)
    shutil.copy(folder / "a.html", folder / "stuck.html")
    started = time.monotonic()
    with limits.using(seconds=2):
        allowed = limits.seconds_with_grace()
        outcomes = _extract(scheduler, [str(folder / "stuck.html"), str(folder / "a.html")], _stuck)
    assert allowed <= time.monotonic() - started < allowed + 60
    stuck = outcomes["stuck.html"].failure
    assert stuck.code == "limit_exceeded" and "seconds limit of 2 s" in stuck.reason, stuck
    assert stuck.path == str(folder / "stuck.html")
    assert _fact(outcomes["a.html"], "t3.new_received.total") == 48


def test_a_worker_that_dies_fails_its_document_only(tmp_path, scheduler):
    folder = _corpus(tmp_path)
    shutil.copy(folder / "a.html", folder / "dies.html")
    before = scheduler.scheduler.allowed_failures
    scheduler.scheduler.allowed_failures = 0  # no second try on another worker: a quicker test
    try:
        outcomes = _extract(scheduler, [str(folder / "dies.html"), str(folder / "a.html")], _dies)
    finally:
        scheduler.scheduler.allowed_failures = before
    dead = outcomes["dies.html"].failure
    assert dead.code == "internal_error" and "died" in dead.reason, dead
    assert _fact(outcomes["a.html"], "t3.new_received.total") == 48


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "extractor", "batch", str(_corpus(tmp_path)),
                           "--db", str(tmp_path / "c.duckdb"), "--scheduler", address],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "NIANBAO_SCHEDULER_TIMEOUT": "2"})
    assert done.returncode == 2
    assert done.stderr.startswith(f"nianbao: scheduler_unreachable: {address}: ")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert time.monotonic() - started < 30
    assert "within 2 s" in done.stderr  # the timeout as set


def test_a_local_batch_does_not_load_dask():
    code = ("import sys, extractor.cli, extractor.corpus.run, extractor.corpus.distributed; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr


def test_a_malformed_address_is_refused_before_connecting():
    with pytest.raises(ClusterError) as caught:
        cluster("nonsense")
    assert caught.value.line().startswith("nianbao: scheduler_unreachable: nonsense: ")
