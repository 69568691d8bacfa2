"""Extraction runs on a bounded pool of worker processes: a document past its time limit
is stopped with one clear error, a full queue is refused, and work for a client that left
is stopped at once (its worker killed and replaced); each time the next upload is served."""

from __future__ import annotations

import json
import time

import pytest

from bench.service_load import connect, cpu_seconds, form, upload
from corpora.generator.scan import write_tiff
from extractor import limits
from ocr.scanlib import text_image

from .conftest import SECONDS
from .reports import SAMPLE


@pytest.fixture(scope="module")
def slow_scan(tmp_path_factory) -> bytes:
    """Three dense pages of a scan: OCR takes several seconds a page, well past the
    time limit here (SECONDS)."""
    page = text_image(["全年共收到政府信息公开申请48件，办理完毕45件，结转下年度3件。"] * 30, width=1400)
    path = tmp_path_factory.mktemp("scan") / "slow.tif"
    write_tiff(path, [page] * 3)
    return path.read_bytes()


def _send(server, name: bytes, data: bytes):
    """An upload on a raw socket, without waiting for the answer (a scan too: `wait=true`)."""
    content_type, body = form(name, data)
    sock = connect(server)
    sock.sendall(b"POST /api/extract?wait=true HTTP/1.1\r\nHost: x\r\nContent-Type: " + content_type.encode()
                 + b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
    return sock


def _busy(pid: int, since: float, within: float = 20) -> None:
    """Waits until the worker has spent CPU on the upload."""
    end = time.monotonic() + within
    while cpu_seconds(pid) < since + 0.3:
        assert time.monotonic() < end, "the worker never started"
        time.sleep(0.05)


def _gone(server, pid: int, within: float) -> float | None:
    """Seconds until `pid` is no longer one of the server's workers, or None."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < within:
        if pid not in server.workers():
            return time.monotonic() - t0
        time.sleep(0.05)
    return None


def _served(server) -> bool:
    status, _, body = upload(server, "/api/extract", "after.html", SAMPLE.read_bytes())
    return status == 200 and {f["metric"]: f["value"] for f in json.loads(body)["facts"]}["t3.new_received.total"] == 48


def _idle_or_gone(server, pid: int) -> bool:
    """The worker spends no more CPU (it stopped its work) or no longer exists (it was killed)."""
    try:
        before = cpu_seconds(pid)
        time.sleep(0.5)
        return cpu_seconds(pid) - before < 0.1 or pid not in server.workers()
    except FileNotFoundError:
        return True


def test_a_document_past_its_time_limit_is_stopped_with_one_clear_error(server, slow_scan):
    [worker] = server.workers()
    status, _, body = upload(server, "/api/extract?wait=true", "slow.tif", slow_scan)  # not as a job
    assert status == 422
    with limits.using(seconds=SECONDS):  # the server's limit: the reason names it and how to raise it
        expected = limits.exceeded("slow.tif", "seconds", "the time taken to extract the document")
    assert json.loads(body) == {"error": "limit_exceeded", "file": "slow.tif", "reason": expected.reason}
    assert _idle_or_gone(server, worker)  # the core is free again
    assert _served(server)


def test_a_full_queue_is_refused_and_work_for_clients_that_left_is_stopped(server, slow_scan):
    assert _served(server)
    [worker] = server.workers()
    sent = time.monotonic()
    running = _send(server, b"a.tif", slow_scan)
    _busy(worker, cpu_seconds(worker))
    waiting = [_send(server, b"w%d.html" % i, SAMPLE.read_bytes()) for i in range(server.options["max_queue"] - 1)]
    time.sleep(1)  # their uploads are read and wait for the worker: the queue is full
    status, headers, body = upload(server, "/api/extract", "c.html", SAMPLE.read_bytes())
    assert status == 503 and headers["retry-after"] == "5"
    assert json.loads(body)["error"] == "busy" and "NIANBAO_MAX_QUEUE" in json.loads(body)["reason"]
    # The waiting clients leave: their documents are dropped, the running one goes on.
    for sock in waiting:
        sock.close()
    time.sleep(0.5)
    assert server.workers() == [worker]
    # The running client leaves: its worker is killed at once, sooner than the time limit
    # could have stopped it (SECONDS after the work began, which was after `sent`).
    running.close()
    closed = time.monotonic()
    killed = _gone(server, worker, 10)
    assert killed is not None
    assert closed + killed - sent < SECONDS - 0.5, (closed - sent, killed)
    assert _served(server)
