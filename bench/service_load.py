"""The HTTP service under parallel clients, hostile ones mixed in.

    python -m bench service-load [--clients 20] [--seconds 40] [--workers N] [--seed 1]
                                 [--header-timeout S] [--body-timeout S] [--max-upload-mb MB]
                                 [--limit NAME=VALUE ...]

Starts `nianbao serve` (the service's own defaults unless given), then runs `--clients`
clients for `--seconds`; each sends one request after another, drawn from a fixed mix:
valid reports (the project's samples, to /api/extract and /review), damaged files, odd
file names, a Content-Length of a terabyte, a chunked body past the upload limit, headers
or a body sent a byte at a time, a body that stops, a client that leaves while its file
is extracted. It checks:

- no response is a 5xx;
- every valid upload is answered 200 with exactly the facts of an in-process extraction,
  and the name the service shows is safe;
- oversized bodies get 413 (a declared Content-Length before any body is read);
- slow clients are dropped (408 and closed) within their limit plus 1.5 s;

and reports, per kind of request, the count, the answers and the latencies, plus the
peak memory of the server with its workers. Results: bench/results/service-load.json.
Exit status 1 when a check failed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import select
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SAMPLES = ROOT / "corpora" / "samples"
VALID = [SAMPLES / "qinglan-2023-word.html", SAMPLES / "pdf" / "hexi-2020.pdf", SAMPLES / "pdf" / "songlin-2022.pdf"]
SLACK = 1.5  # s a slow client may stay connected past its limit (timer granularity, a loaded machine)


# --- the server ------------------------------------------------------------------------------

@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    options: dict

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def workers(self) -> list[int]:
        """The pids of its extraction workers (spawned children)."""
        return [pid for pid, cmd in _children(self.proc.pid) if "spawn_main" in cmd]

    def rss_mb(self) -> float:
        """Resident memory of the server and all its children, in MB."""
        return sum(_rss_mb(p) for p in [self.proc.pid, *(pid for pid, _ in _children(self.proc.pid))])


def _children(ppid: int) -> list[tuple[int, str]]:
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            if int(stat[1]) == ppid:
                out.append((int(entry), Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()))
        except (OSError, IndexError, ValueError):
            continue
    return out


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(log: Path | None = None, **options):
    """`nianbao serve` with these options (header_timeout=2 → --header-timeout 2), ready
    once its workers answer; stopped (with its workers) on exit."""
    port = _free_port()
    args = [sys.executable, "-m", "extractor", "serve", "--port", str(port)]
    for k, v in options.items():
        for value in v if isinstance(v, list) else [v]:  # limit=["seconds=60", …]: --limit, repeated
            args += [f"--{k.replace('_', '-')}", str(value)]
    out = log.open("wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    server = Server(proc, port, options)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"nianbao serve exited with {proc.returncode}" + (f"; see {log}" if log else ""))
            try:
                if request(server, "GET", "/api/schema", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("nianbao serve did not start within 60 s")
            time.sleep(0.1)
        # Ready when a worker has extracted one report (workers import the pipeline first).
        status, _, _ = upload(server, "/api/extract", "warm.html", VALID[0].read_bytes(), timeout=60)
        if status != 200:
            raise RuntimeError(f"the first upload got {status}")
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()


# --- requests --------------------------------------------------------------------------------

def form(filename: bytes, data: bytes, boundary: bytes = b"nianbao-load") -> tuple[str, bytes]:
    """A multipart/form-data body with one `file` part (the name as raw bytes, as sent)."""
    body = (b"--" + boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="' + filename
            + b'"\r\nContent-Type: application/octet-stream\r\n\r\n' + data + b"\r\n--" + boundary + b"--\r\n")
    return "multipart/form-data; boundary=" + boundary.decode(), body


def request(server: Server, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
            timeout: float = 60) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        res = conn.getresponse()
        return res.status, {k.lower(): v for k, v in res.getheaders()}, res.read()
    finally:
        conn.close()


def upload(server: Server, path: str, filename: str | bytes, data: bytes, timeout: float = 60):
    name = filename.encode() if isinstance(filename, str) else filename
    content_type, body = form(name, data)
    return request(server, "POST", path, body, {"Content-Type": content_type}, timeout=timeout)


def job_outcome(server: Server, status_url: str, within: float = 120) -> tuple[int, dict, bytes]:
    """An upload answered 202 (a scan, read as a job) followed to its end: the answer of its
    report's URL, as the upload would have been answered at once (the report, or the error)."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        status, _, body = request(server, "GET", status_url)
        if status != 200 or json.loads(body)["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    return request(server, "GET", status_url + "/report")


def connect(server: Server) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=60)


def until_closed(sock: socket.socket, limit: float) -> tuple[bytes, float]:
    """What the server sends until it closes the connection, and how long that took
    (stops waiting `limit` seconds from now)."""
    t0 = time.monotonic()
    got = b""
    sock.settimeout(0.2)
    while time.monotonic() - t0 < limit:
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            continue
        except ConnectionResetError:
            break
        if not chunk:
            break
        got += chunk
    return got, time.monotonic() - t0


def status_of(raw: bytes) -> int | None:
    """The status code at the head of a raw HTTP response."""
    parts = raw.split(b" ", 2)
    return int(parts[1]) if raw.startswith(b"HTTP/1.") and len(parts) > 1 and parts[1].isdigit() else None


def trickle(sock: socket.socket, data: bytes, every: float, until: float) -> None:
    """Send `data` a byte at a time, one each `every` seconds, until all is sent, the server
    has answered or closed (the socket turns readable), or `until` (monotonic)."""
    for b in data:
        if time.monotonic() > until or select.select([sock], [], [], 0)[0]:
            return
        try:
            sock.send(bytes([b]))
        except OSError:
            return
        time.sleep(every)


# --- the mix ---------------------------------------------------------------------------------

@dataclass
class Result:
    kind: str
    status: int | None
    seconds: float
    problem: str | None = None  # a failed check


@dataclass
class Load:
    server: Server
    expected: dict[str, list]  # valid file name → its facts, from an in-process extraction
    bad: list[tuple[str, bytes]]
    limits: dict  # the server's settings (extractor.service.settings.Settings)
    results: list[Result] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, r: Result) -> None:
        with self.lock:
            self.results.append(r)


def _facts(report: dict) -> list:
    return [(f["metric"], f["status"], f["value"], f.get("raw")) for f in report["facts"]]


def _safe_name(name: str) -> str | None:
    if name in ("", ".", "..") or any(c in name for c in "/\\\x00") or len(name) > 121:
        return f"unsafe name shown: {name!r}"
    return None


def valid(load: Load, rng: random.Random, review: bool = False, name: str | bytes | None = None) -> Result:
    path = rng.choice(VALID)
    t0 = time.monotonic()
    status, headers, body = upload(load.server, "/review" if review else "/api/extract", name or path.name,
                                   path.read_bytes())
    seconds = time.monotonic() - t0
    kind = "review" if review else "odd_name" if name is not None else "valid"
    if status != 200:
        return Result(kind, status, seconds, f"{path.name}: {status} {body[:200]!r}")
    if review:
        ok = headers.get("content-type", "").startswith("text/html") and "核查结果".encode() in body
        return Result(kind, status, seconds, None if ok else f"{path.name}: not the review page")
    report = json.loads(body)
    if _facts(report) != load.expected[path.name]:
        return Result(kind, status, seconds, f"{path.name}: facts differ from an in-process extraction")
    return Result(kind, status, seconds, _safe_name(report["source"]["path"]))


ODD_NAMES = [b"..", b".", b"a" * 300 + b".html", b"a\x00b.html", b"../../etc/passwd", b"..\\..\\x.html",
             b"\xff\xfe\xb1\xa8\xb8\xe6.html", "年报<b>".encode() + b".html"]


def odd_name(load: Load, rng: random.Random) -> Result:
    return valid(load, rng, name=rng.choice(ODD_NAMES))


def bad_file(load: Load, rng: random.Random) -> Result:
    name, data = rng.choice(load.bad)
    t0 = time.monotonic()
    status, _, body = upload(load.server, "/api/extract", name, data)
    if status == 202:  # a page image is read as a job: its end is the answer
        status, _, body = job_outcome(load.server, json.loads(body)["status_url"])
    problem = None
    if status != 422 or "error" not in json.loads(body):
        problem = f"{name}: {status} {body[:200]!r} (expected 422 with an error)"
    return Result("bad_file", status, time.monotonic() - t0, problem)


def huge_length(load: Load, rng: random.Random) -> Result:
    """A terabyte announced: 413 before any of the body is sent."""
    t0 = time.monotonic()
    with connect(load.server) as sock:
        sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     b"Content-Length: 1000000000000\r\n\r\n")
        got, _ = until_closed(sock, 10)
    status = status_of(got)
    return Result("huge_length", status, time.monotonic() - t0, None if status == 413 else f"got {got[:100]!r}")


def chunked_too_large(load: Load, rng: random.Random) -> Result:
    """A chunked body (no length declared) that goes past the upload limit."""
    limit = load.limits["max_upload_mb"] * 2**20
    t0 = time.monotonic()
    content_type, head = form(b"big.txt", b"")
    head = head[: head.index(b"\r\n\r\n") + 4]
    chunk = b"x" * 65536
    sent = 0
    with connect(load.server) as sock:
        sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: " + content_type.encode()
                     + b"\r\nTransfer-Encoding: chunked\r\n\r\n" + b"%x\r\n%s\r\n" % (len(head), head))
        try:
            while sent < 4 * limit:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except OSError:
            pass  # the server stopped reading: expected
        got, _ = until_closed(sock, 10)
    status = status_of(got)
    problem = None if status == 413 and sent < 4 * limit else f"sent {sent} bytes, got {got[:100]!r}"
    return Result("chunked_too_large", status, time.monotonic() - t0, problem)


def slow_headers(load: Load, rng: random.Random) -> Result:
    limit = load.limits["header_timeout"]
    t0 = time.monotonic()
    with connect(load.server) as sock:
        trickle(sock, b"POST /api/extract HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 4000, 0.2, t0 + limit + SLACK + 1)
        got, _ = until_closed(sock, max(0.0, limit + SLACK + 1 - (time.monotonic() - t0)))
    seconds = time.monotonic() - t0
    ok = seconds <= limit + SLACK and status_of(got) in (408, None)
    return Result("slow_headers", status_of(got), seconds,
                  None if ok else f"held {seconds:.1f} s (limit {limit:g} s), got {got[:60]!r}")


def slow_body(load: Load, rng: random.Random) -> Result:
    """Headers in time, then a body that stops half way, or comes a byte at a time."""
    limit = load.limits["body_timeout"]
    content_type, body = form(b"slow.html", VALID[0].read_bytes())
    t0 = time.monotonic()
    with connect(load.server) as sock:
        sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: " + content_type.encode()
                     + b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body[: len(body) // 2])
        if rng.random() < 0.5:
            trickle(sock, body[len(body) // 2:], 0.2, t0 + limit + SLACK + 1)
        got, _ = until_closed(sock, max(0.0, limit + SLACK + 1 - (time.monotonic() - t0)))
    seconds = time.monotonic() - t0
    ok = seconds <= limit + SLACK and status_of(got) == 408
    return Result("slow_body", status_of(got), seconds,
                  None if ok else f"held {seconds:.1f} s (limit {limit:g} s), got {got[:60]!r}")


def gone(load: Load, rng: random.Random) -> Result:
    """Sends a report and leaves before the answer."""
    content_type, body = form(b"gone.pdf", rng.choice(VALID).read_bytes())
    t0 = time.monotonic()
    with connect(load.server) as sock:
        sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: " + content_type.encode()
                     + b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        time.sleep(0.05)
    return Result("gone", None, time.monotonic() - t0)


def review(load: Load, rng: random.Random) -> Result:
    return valid(load, rng, review=True)


MIX = [(valid, 40), (review, 8), (bad_file, 15), (odd_name, 10),
       (huge_length, 7), (chunked_too_large, 4), (slow_headers, 5), (slow_body, 6), (gone, 5)]


def bad_files(seed: int) -> list[tuple[str, bytes]]:
    """Files every one of which must be refused with 422 (not a report, or not readable)."""
    rng = random.Random(seed)
    pdf = VALID[1].read_bytes()
    return [
        ("empty.pdf", b""),
        ("noise.bin", bytes(rng.randrange(256) for _ in range(4096))),
        ("truncated.pdf", pdf[: len(pdf) // 3]),
        ("header-only.pdf", b"%PDF-1.7\n%%EOF\n"),
        ("bad.docx", b"PK\x03\x04" + bytes(200)),
        ("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        ("hello.html", b"<html><body><p>hello</p></body></html>"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
    ]


def run(clients: int = 20, seconds: float = 40, seed: int = 1, log: Path | None = None, **options) -> dict:
    """Start `nianbao serve` with `options`, run the load on it; returns the summary."""
    with running_server(log=log, **options) as server:
        return run_on(server, clients, seconds, seed)


def run_on(server: Server, clients: int, seconds: float, seed: int = 1) -> dict:
    """The load on a running server; returns the summary (see `summarise`)."""
    from extractor import extract
    from extractor.service.settings import Settings

    expected = {p.name: _facts(json.loads(extract(p).model_dump_json())) for p in VALID}
    settings = Settings.from_env(**{k: v for k, v in server.options.items() if k in Settings.__dataclass_fields__})
    load = Load(server, expected, bad_files(seed), vars(settings))
    peak = {"rss_mb": server.rss_mb()}
    stop = threading.Event()

    def watch_memory() -> None:
        while not stop.wait(0.25):
            peak["rss_mb"] = max(peak["rss_mb"], server.rss_mb())

    def client(i: int) -> None:
        rng = random.Random(seed * 1000 + i)
        end = time.monotonic() + seconds
        kinds, weights = zip(*MIX)
        first = True
        while time.monotonic() < end:
            # Each client's first request is a kind of its own, so that every run mixes
            # min(clients, kinds) kinds however slow the machine is; then the weighted draw.
            kind = kinds[i % len(kinds)] if first else rng.choices(kinds, weights)[0]
            first = False
            try:
                load.record(kind(load, rng))
            except Exception as exc:  # noqa: BLE001 - a failed connection is a finding, not a crash
                load.record(Result(kind.__name__, None, 0.0, f"{type(exc).__name__}: {exc}"))

    memory = threading.Thread(target=watch_memory, daemon=True)
    memory.start()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    stop.set()
    alive = server.proc.poll() is None
    final = upload(server, "/api/extract", VALID[0].name, VALID[0].read_bytes())[0] if alive else None
    summary = summarise(load.results, wall, peak["rss_mb"], load.limits)
    summary.update(clients=clients, seconds=seconds, seed=seed)
    if final != 200:
        summary["failures"].append(f"after the load the server answered {final} (alive: {alive})")
    return summary


def summarise(results: list[Result], wall: float, peak_rss_mb: float, limits: dict) -> dict:
    by_kind: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_kind[r.kind].append(r)
    kinds = {}
    for kind, rs in sorted(by_kind.items()):
        times = sorted(r.seconds for r in rs)
        kinds[kind] = {
            "n": len(rs),
            "statuses": dict(Counter(str(r.status) for r in rs)),
            "p50_s": round(statistics.median(times), 3),
            "max_s": round(times[-1], 3),
        }
    failures = [f"{r.kind}: {r.problem}" for r in results if r.problem]
    failures += [f"{r.kind}: a {r.status} response" for r in results if r.status and r.status >= 500]
    return {"requests": len(results), "wall_s": round(wall, 1), "peak_rss_mb": round(peak_rss_mb),
            "limits": limits, "kinds": kinds, "failures": failures,
            "five_xx": sum(1 for r in results if r.status and r.status >= 500)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench service-load", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=40)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workers", type=int)
    p.add_argument("--header-timeout", type=float)
    p.add_argument("--body-timeout", type=float)
    p.add_argument("--max-upload-mb", type=float)
    p.add_argument("--limit", action="append", metavar="NAME=VALUE", help="a document limit (extractor.limits)")
    p.add_argument("--log", type=Path, help="the server's log (default: discarded)")
    p.add_argument("--json", type=Path, default=RESULTS / "service-load.json")
    a = p.parse_args(argv)
    options = {k: v for k, v in vars(a).items()
               if k in ("workers", "header_timeout", "body_timeout", "max_upload_mb", "limit") and v is not None}
    summary = run(clients=a.clients, seconds=a.seconds, seed=a.seed, log=a.log, **options)
    print(f"{summary['requests']} requests from {a.clients} clients in {summary['wall_s']} s; "
          f"peak memory (server + workers) {summary['peak_rss_mb']} MB; 5xx: {summary['five_xx']}")
    for kind, k in summary["kinds"].items():
        statuses = " ".join(f"{s}×{n}" for s, n in sorted(k["statuses"].items()))
        print(f"  {kind:18} {k['n']:5}  {statuses:30} p50 {k['p50_s']:.2f} s  max {k['max_s']:.2f} s")
    for f in summary["failures"][:20]:
        print("  FAILED", f)
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"results written to {a.json}")
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
