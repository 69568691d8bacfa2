"""Slow clients are dropped: headers or a body sent a byte at a time, or that stop half
way, get 408 and a closed connection once their limit passes (2 s here), and a normal
client is served meanwhile."""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor

from bench.service_load import connect, form, status_of, trickle, until_closed, upload

from .reports import SAMPLE

LONG_ENOUGH = 30  # s a client would go on for if nobody stopped it
# A loaded machine may run the deadline a little late; "dropped" is what is checked, and
# 30 s of trickling is what it is told apart from.
GRACE = 4


def _dropped_after(server, scenario) -> tuple[int | None, float]:
    """Runs one slow client; the status it got and how long its connection lived."""
    t0 = time.monotonic()
    with connect(server) as sock:
        scenario(sock, t0 + LONG_ENOUGH)
        got, _ = until_closed(sock, LONG_ENOUGH)
    return status_of(got), time.monotonic() - t0


def headers_a_byte_at_a_time(sock, until):
    trickle(sock, b"POST /api/extract HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 1000, 0.2, until)


def headers_that_stop(sock, until):
    sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\n")


def _upload_head() -> tuple[bytes, bytes]:
    content_type, body = form(b"slow.html", SAMPLE.read_bytes())
    return (b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: " + content_type.encode()
            + b"\r\nContent-Length: %d\r\n\r\n" % len(body)), body


def body_that_stops(sock, until):
    head, body = _upload_head()
    sock.sendall(head + body[: len(body) // 2])


def body_a_byte_at_a_time(sock, until):
    head, body = _upload_head()
    sock.sendall(head + body[:1000])
    trickle(sock, body[1000:], 0.2, until)


def second_request_a_byte_at_a_time(sock, until):
    """A keep-alive connection: one request answered, then the next one's headers trickle."""
    sock.sendall(b"GET /api/schema HTTP/1.1\r\nHost: x\r\n\r\n")
    sock.settimeout(10)
    got = b""
    while b"\r\n\r\n" not in got or len(got.split(b"\r\n\r\n", 1)[1]) < int(
            re.search(rb"content-length: (\d+)", got, re.I).group(1)):
        got += sock.recv(65536)
    assert got.startswith(b"HTTP/1.1 200")
    trickle(sock, b"GET /api/schema HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 1000, 0.2, until)


SCENARIOS = [headers_a_byte_at_a_time, headers_that_stop, body_that_stops, body_a_byte_at_a_time,
             second_request_a_byte_at_a_time]


def test_slow_clients_get_408_and_are_dropped_within_their_limit(server):
    limit = max(server.options["header_timeout"], server.options["body_timeout"])
    with ThreadPoolExecutor(len(SCENARIOS) + 1) as pool:
        slow = {s.__name__: pool.submit(_dropped_after, server, s) for s in SCENARIOS}
        time.sleep(0.5)
        status, _, _ = upload(server, "/api/extract", "meanwhile.html", SAMPLE.read_bytes())
        outcomes = {name: f.result() for name, f in slow.items()}
    assert status == 200  # a normal client is served while the slow ones hang on
    assert {name: status for name, (status, _) in outcomes.items()} == {name: 408 for name in slow}
    held = {name: round(seconds, 1) for name, (_, seconds) in outcomes.items()}
    assert max(held.values()) < limit + GRACE, held
