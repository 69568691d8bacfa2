"""The source beside each finding on the review page: its page images (PDFs, scans) and
its words in the source text (every format).

- `GET /corpus/reports/{id}/pages/{n}.png?finding=FINGERPRINT` → page n of a stored
  report's file as a PNG, the finding's cells outlined in red and its sentences in blue
  (without `finding`: the cells of every finding on that page). Rendered once, then from
  the cache (`pages.py`); `ETag` and `Cache-Control: no-cache`, so a browser asks again
  and gets 304 while the page is the same. 404: no such report, page or finding, or a
  report with no pages (HTML, text, Word); 410: the file is gone or changed since it
  was extracted; 422: the page cannot be rendered (or is past a limit); 503: the store busy.
- `source_context`: what the review page shows beside each finding — links to those
  page images (stored reports), the sentence of each of its mentions with the words
  marked (from the offsets into the document text), and for a text report each of its
  cells in the source text with its characters marked (from the cell's offsets).

Everything shown is report text: the template escapes it, nothing here builds markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from models import Document, Report

from .guard import CSP
from .pages import (FORMATS, PageCache, Refusal, check_page, excerpt, excerpt_lines, finding_pages, outline_for,
                    upload_png)
from .stored import stored_review

router = APIRouter()
# Pages of an upload shown in its review page (as data: URIs: the upload is kept nowhere
# after the answer, so no later request could fetch them); more are listed, not shown.
MAX_UPLOAD_PAGES = 8
# The review page of an upload may show images written into it, and nothing else more.
UPLOAD_CSP = CSP + "; img-src 'self' data:"


@dataclass
class Excerpt:
    before: str
    words: str
    after: str
    mention: int | None = None  # index into Report.mentions (a link to it in the narrative)
    label: str = ""             # a cell's label, where the source is a cell
    line: int | None = None     # the line of the source file


@dataclass
class FindingSource:
    pages: list[int] = field(default_factory=list)
    sentences: list[Excerpt] = field(default_factory=list)
    cells: list[Excerpt] = field(default_factory=list)


def _cache(request: Request) -> PageCache:
    return request.app.state.pages


def _load(db, rid: str) -> tuple[str, Report, str]:
    doc, review = stored_review(db, rid)
    return review.path, review.report, doc.text


@router.get("/corpus/reports/{rid}/pages/{number}.png", response_class=Response, responses={
    200: {"content": {"image/png": {}}, "description": "the page, the finding's cells and sentences outlined"},
    304: {"description": "the page as the browser has it (If-None-Match)"},
    404: {"description": "no such report, page or finding, or a report without pages"},
    410: {"description": "the report's file is gone or has changed since it was extracted"},
    422: {"description": "the page cannot be rendered"},
    503: {"description": "a batch is writing the store: try again when it has finished"}})
async def page_image(request: Request, rid: str, number: int,
                     finding: str | None = Query(None, max_length=64, description="a finding's fingerprint")
                     ) -> Response:
    """Page `number` of a stored report's PDF or scan, with `finding`'s cells outlined in
    red and its sentences in blue; without `finding`, the cells of all the report's
    findings on that page."""
    from .app import _stored

    path, report, text = await run_in_threadpool(_stored(request).read, _load, rid)
    chosen = report.findings
    if finding is not None:
        chosen = [f for f in report.findings if f.fingerprint == finding]
        if not chosen:
            raise Refusal(404, "no_finding", None, f"report {rid} has no finding {finding!r}")
    outline = outline_for(report, text, number, chosen, sentences_too=finding is not None)
    cache = _cache(request)
    check_page(report, number)
    await run_in_threadpool(cache.sources.check, path, report.source.sha256)
    etag = f'"{cache.etag(report, number, outline)}"'
    headers = {"etag": etag, "cache-control": "private, no-cache"}
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    png = await run_in_threadpool(cache.png, path, report, number, outline)
    return Response(png, media_type="image/png", headers=headers)


def page_url(rid: str, number: int, fingerprint: str) -> str:
    from urllib.parse import quote

    return f"/corpus/reports/{rid}/pages/{number}.png?finding={quote(fingerprint, safe='')}"


def source_context(report: Report, doc: Document, source_text: str | None = None) -> list[FindingSource]:
    """Per finding of `report` (in order): the pages it is on (a PDF's or scan's), its
    mentions' sentences in the document text, and — given the decoded source text of a
    text report — its cells' characters in it."""
    from .stored import cell_label

    facts = {f.metric: f for f in report.facts}
    out = []
    for finding in report.findings:
        src = FindingSource()
        if report.source.format in FORMATS:
            src.pages = finding_pages(report, finding)
        for i in finding.mentions:
            if doc.text and 0 <= i < len(report.mentions):
                m = report.mentions[i]
                src.sentences.append(Excerpt(*excerpt(doc.text, m.start, m.end), mention=i))
        if source_text is not None:
            for metric in finding.metrics:
                s = facts[metric].source if metric in facts else None
                if s is not None and s.start is not None and s.end is not None and 0 <= s.start < s.end <= len(source_text):
                    src.cells.append(Excerpt(*excerpt_lines(source_text, s.start, s.end), label=cell_label(metric),
                                             line=source_text.count("\n", 0, s.start) + 1))
        out.append(src)
    return out


def stored_source(cache: PageCache, path: str, report: Report) -> tuple[str | None, str | None]:
    """The decoded text of a stored text report's file, and why its file cannot be shown
    (None when it is still the one the report was extracted from)."""
    try:
        cache.sources.check(path, report.source.sha256)
    except Refusal as exc:
        return None, exc.reason
    return (decoded_text(path, report.source.sha256) if report.source.format == "text" else None), None


def decoded_text(path: str, sha256: str) -> str | None:
    """A text report's file decoded as the text backend decodes it (the offsets of its
    cells index this), if it is still the file the report was extracted from."""
    import hashlib

    from ..errors import ExtractionError
    from ..ingest import read_bytes
    from ..ingest.textnorm import decode

    try:
        data = read_bytes(path)
        return decode(data) if hashlib.sha256(data).hexdigest() == sha256 else None
    except (ExtractionError, UnicodeDecodeError):
        return None


def upload_sources(path: str, report: Report, doc: Document, deadline: float
                   ) -> tuple[list[FindingSource], list[tuple[int, str]], str | None]:
    """For the review page of an upload (in its extraction worker, while the file is there:
    a hostile file can take down only that worker, which is killed past its time): what
    `source_context` gives each finding, the pages they are on rendered as data: URIs
    (page number, URI; at most MAX_UPLOAD_PAGES, every finding outlined on each, none
    begun past `deadline`, a `time.monotonic()`), and why some are not shown (None if all are)."""
    import base64
    import time

    from ..errors import ExtractionError
    from ..ingest import read_bytes
    from ..ingest.textnorm import decode

    try:
        data = read_bytes(path)
    except ExtractionError as exc:
        return source_context(report, doc), [], f"原文无法显示：{exc.reason}"
    text = None
    if report.source.format == "text":
        try:
            text = decode(data)
        except UnicodeDecodeError:
            text = None
    sources = source_context(report, doc, text)
    wanted = sorted({n for s in sources for n in s.pages})
    gallery: list[tuple[int, str]] = []
    note = None
    if len(wanted) > MAX_UPLOAD_PAGES:
        note = (f"只显示前 {MAX_UPLOAD_PAGES} 页（共 {len(wanted)} 页涉及发现的问题）："
                "完整的原文页面请用报告库（nianbao batch，serve --db）")
    for n in wanted[:MAX_UPLOAD_PAGES]:
        if time.monotonic() > deadline:
            note = f"文件处理已到时限，第 {n} 页起的原文页面未显示"
            break
        try:
            png = upload_png(data, report, doc.text, n)
        except Refusal as exc:
            note = f"原文页面无法显示：{exc.reason}"
            break
        gallery.append((n, "data:image/png;base64," + base64.b64encode(png).decode("ascii")))
    return sources, gallery, note
