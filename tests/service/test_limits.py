"""What every response carries and what a request may send: security headers, the upload
limit (413 as soon as the size is known), and file names that are no file names."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import re
import select
import time

import pytest

from bench.service_load import connect, request, status_of, until_closed, upload
from extractor.service.app import create_app, display_name
from extractor.service.guard import CSP
from extractor.service.settings import Settings

from .reports import SAMPLE

SECURITY = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
            "x-frame-options": "DENY"}


def _get(server, method, path, body=None, headers=None):
    return request(server, method, path, body, headers)


def _too_large(server):
    """A declared body over the limit, sent as raw bytes (the server answers and closes
    before the body would be read, which http.client does not wait for)."""
    with connect(server) as sock:
        sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                     b"Content-Length: %d\r\n\r\n" % ((server.options["max_upload_mb"] + 1) * 2**20))
        got, _ = until_closed(sock, 10)
    head = got.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    return status_of(got), {k.lower(): v for k, v in (line.split(": ", 1) for line in head[1:])}, got


def test_every_response_carries_the_security_headers(server):
    responses = {
        "index": _get(server, "GET", "/"),
        "schema": _get(server, "GET", "/api/schema"),
        "script": _get(server, "GET", "/static/review.js"),
        "not found": _get(server, "GET", "/nope"),
        "wrong method": _get(server, "DELETE", "/api/extract"),
        "no file": _get(server, "POST", "/api/extract", b"", {"Content-Type": "multipart/form-data; boundary=x"}),
        "bad file": upload(server, "/api/extract", "empty.pdf", b""),
        "too large": _too_large(server),
    }
    assert {k: r[0] for k, r in responses.items()} == {
        "index": 200, "schema": 200, "script": 200, "not found": 404, "wrong method": 405, "no file": 422,
        "bad file": 422, "too large": 413}
    for kind, (_, headers, _) in responses.items():
        assert {k: headers.get(k) for k in SECURITY} == SECURITY, kind


def test_the_openapi_page_allows_exactly_its_own_inline_script(server):
    status, headers, body = _get(server, "GET", "/docs")
    assert status == 200
    policy = headers["content-security-policy"]
    inline = re.findall(rb"<script>(.*?)</script>", body, re.S)
    assert inline
    for script in inline:
        assert f"'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'" in policy
    assert "'unsafe-inline'" not in policy and "object-src 'none'" in policy and "frame-ancestors 'none'" in policy


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_read():
    """At the ASGI level: the application never asks for the body."""
    app = create_app(Settings(max_upload_mb=1, workers=1))
    reads: list = []
    sent: list[dict] = []

    async def receive():
        reads.append(1)
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "path": "/api/extract", "raw_path": b"/api/extract", "query_string": b"", "root_path": "",
             "scheme": "http", "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 1),
             "headers": [(b"content-type", b"multipart/form-data; boundary=x"), (b"content-length", b"2000000")]}
    asyncio.run(app(scope, receive, send))
    assert reads == []
    assert sent[0]["status"] == 413 and (b"connection", b"close") in sent[0]["headers"]
    assert json.loads(sent[1]["body"])["error"] == "upload_too_large"
    assert "NIANBAO_MAX_UPLOAD_MB" in json.loads(sent[1]["body"])["reason"]


def test_a_terabyte_announced_is_refused_at_once(server):
    t0 = time.monotonic()
    with connect(server) as sock:
        sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     b"Content-Length: 1000000000000\r\n\r\n")  # and not a byte of the body
        got, _ = until_closed(sock, 10)
    assert status_of(got) == 413
    assert time.monotonic() - t0 < 5  # answered, not waited for (a body timeout would give 408)


def test_a_chunked_body_past_the_limit_is_refused_while_it_streams(server):
    limit = server.options["max_upload_mb"] * 2**20
    head = (b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n")
    chunk = b"x" * 65536
    sent = 0
    with connect(server) as sock:
        sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n%s\r\n" % (len(head), head))
        try:
            while not select.select([sock], [], [], 0)[0] and sent < 20 * limit:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except OSError:
            pass  # the server closed while we were still sending
        got, _ = until_closed(sock, 10)
    assert status_of(got) == 413
    assert sent < 20 * limit  # it stopped reading: the answer came long before we were done


@pytest.mark.parametrize("name", [b"..", b".", b"a" * 300 + b".html", b"a\x00b.html", b"../../etc/passwd",
                                  b"..\\..\\boot.ini", b"\xb1\xa8\xb8\xe6\xff.html", b"", b"<img src=x>.html"])
def test_odd_file_names_are_made_safe_never_a_500(server, name):
    status, _, body = upload(server, "/api/extract", name, SAMPLE.read_bytes())
    assert status == 200, body[:300]
    shown = json.loads(body)["source"]["path"]
    assert shown not in ("", ".", "..") and not set(shown) & set("/\\\x00") and len(shown) <= 120
    if name.isascii():
        assert shown == display_name(name.decode())
