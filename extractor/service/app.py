"""The HTTP service: extraction as JSON, and a review page for one report.

    nianbao serve            (`server.serve`: uvicorn with the deadlines for slow clients)

- `POST /api/extract` (multipart `file`) → the report JSON of OUTPUT.md; a file that
  cannot be processed → 422 with `{"error": code, "file": …, "reason": …}`. A scan (it
  needs OCR) becomes a job: 202 and its status URL (`jobs.py`: `GET /api/jobs/{id}`).
- `GET /api/schema` → the report's JSON Schema.
- `GET /` → upload form; `POST /review` → the review page: findings first, each
  pointing at its table cells and narrative words, which light up when chosen (a scan:
  303 to its job's page `/jobs/{id}`, which shows the progress, then the review page).
- With a store (`nianbao serve --db`, `stored.py`): `GET /corpus` lists its reports with
  their verdict counts and charts of their findings, `/corpus/indicators` ranks them on an
  indicator (`corpus_view.py`), `GET /corpus/reports/{id}` reviews one as stored, its findings each
  with a verdict form (`POST /corpus/reports/{id}/verdicts`); the same as JSON:
  `GET /api/corpus` (`/charts`, `/ranking`, `/indicator-matrix`), `GET /api/reports/{id}`,
  `POST /api/verdicts` (→ 201).

Cross-site posts: the verdict form carries a token (an HMAC of the report's id under a
secret drawn when the service starts), the JSON endpoint takes only `application/json`
(which a page of another site cannot send without a CORS preflight, which this service
never grants), and either is refused when the browser says the request is cross-site
(`Sec-Fetch-Site`).

Everything in a report is hostile: every template autoescapes, the page runs only its own
static script under a strict Content-Security-Policy (`guard.py`), uploads are limited
in size (`guard.py`) and extracted on worker processes with a time limit (`work.py`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import shutil
import tempfile
import unicodedata
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote, unquote

import jinja2
from fastapi import APIRouter, Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from models import Document, Report

from ..form import form_layout
from . import corpus_view
from .guard import CSP, Guard
from .jobs import Job, JobAccepted, Jobs, accepted, is_image
from .jobs import router as jobs_router
from .pages import PageCache
from .settings import Settings
from .source import router as source_router
from .source import UPLOAD_CSP, source_context, stored_source
from .stored import StoreAccess, StoredReview, VerdictIn, VerdictOut, cell_label, refusal, stored_review
from .work import Extractors, NeedsJob, Refusal

HERE = Path(__file__).parent
# Autoescape every template whatever its name (select_autoescape() would skip our *.html.j2).
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                                   autoescape=True))
templates.env.filters["cell_label"] = cell_label
router = APIRouter()
MAX_NAME = 120  # characters of an uploaded file's name that are kept


def display_name(raw: str | None) -> str:
    """An uploaded file's name as the page and the JSON show it: its last path component,
    without control or invisible characters, at most MAX_NAME characters (extension
    kept); "upload" when nothing is left ("", ".", "..")."""
    name = unicodedata.normalize("NFC", raw or "").encode("utf-8", "replace").decode("utf-8")
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(c for c in name if not unicodedata.category(c).startswith("C")).strip(" .")
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        suffix = dot + suffix if dot and 0 < len(suffix) <= 10 else ""
        name = name[: MAX_NAME - len(suffix) - 1] + "…" + suffix
    return name or "upload"


async def _client_gone(request: Request) -> None:
    """Returns when the client has closed the connection (its body is already read)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def _run_upload(request: Request, upload: UploadFile, beside: bool = False, as_job: bool = False
                      ) -> tuple[Document, Report, tuple | None] | Job:
    """The upload extracted while the client waits (`beside`: with what its review shows
    beside each finding); with `as_job`, one that needs OCR becomes a job instead
    (`jobs.py`), returned at once."""
    name = display_name(upload.filename)
    suffix = Path(name).suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,10}", Path(name).suffix) else ""
    with tempfile.TemporaryDirectory(prefix="nianbao-upload-") as tmp:
        # The file on disk has a name of ours: the client's name never reaches the file system.
        path = Path(tmp) / f"upload{suffix}"
        with path.open("wb") as out:
            await run_in_threadpool(shutil.copyfileobj, upload.file, out, 1 << 20)
        jobs: Jobs = request.app.state.jobs
        if as_job and is_image(path):
            return jobs.take(path, name, None)
        extractors: Extractors = request.app.state.extractors
        try:
            doc, report, shown = await extractors.run(path, name, lambda: _client_gone(request), beside,
                                                      defer_ocr=as_job)
        except NeedsJob as scan:  # its worker stopped where the OCR would begin
            return jobs.take(path, name, scan.pages)
    report.source.path = name  # the temporary folder means nothing to the client
    return doc, report, shown


@router.post("/api/extract", response_model=Report,
             responses={202: {"model": JobAccepted, "description": "the file needs OCR: a job (`Location`), "
                                                                    "its report at GET /api/jobs/{id} once done"}})
async def api_extract(request: Request, file: UploadFile = File(...),
                      wait: bool = Query(False, description="extract a scan while the request waits, under the "
                                                            "document's time limit, instead of as a job")
                      ) -> Report | JSONResponse:
    """The report of an uploaded file; a scan (it needs OCR) becomes a job: 202."""
    outcome = await _run_upload(request, file, as_job=not wait)
    return accepted(outcome) if isinstance(outcome, Job) else outcome[1]


@router.get("/api/schema")
async def api_schema() -> dict:
    return Report.model_json_schema()


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "index.html.j2", {"has_store": request.app.state.store is not None})


@router.post("/review", response_class=HTMLResponse)
async def review(request: Request, file: UploadFile = File(...)) -> HTMLResponse:
    outcome = await _run_upload(request, file, beside=True, as_job=True)
    if isinstance(outcome, Job):  # a scan: its page shows the progress, then the review
        return RedirectResponse(f"/jobs/{outcome.id}", status_code=303)
    doc, report, (sources, gallery, note) = outcome
    context = review_context(doc, report)
    context.update(sources=sources, gallery=gallery, gallery_note=note)
    page = templates.TemplateResponse(request, "review.html.j2", context)
    if gallery:
        page.headers["content-security-policy"] = UPLOAD_CSP
    return page


@router.get("/docs", include_in_schema=False)
async def docs() -> HTMLResponse:
    """Swagger UI (its script comes from a CDN): the page's policy allows that script
    and its one inline script, by hash, and nothing else."""
    page = get_swagger_ui_html(openapi_url="/openapi.json", title="nianbao API")
    cdn = "https://cdn.jsdelivr.net"
    policy = (CSP.replace("script-src 'self'", f"script-src 'self' {cdn} {_inline_hashes(page.body, 'script')}")
              + f"; style-src 'self' {cdn}; img-src 'self' data: https://fastapi.tiangolo.com")
    page.headers["content-security-policy"] = policy
    return page


def _stored(request: Request) -> StoreAccess:
    stored = request.app.state.stored
    if stored is None:
        raise Refusal(404, "no_store", None, "the service was started without a store (nianbao serve --db corpus.duckdb)")
    return stored


VERDICT_LABELS = {"confirmed": "已确认", "dismissed": "已驳回", "noted": "备注"}
REVIEWER_COOKIE = "nianbao_reviewer"


def _token(request: Request, rid: str) -> str:
    """The verdict form's token for the report `rid`: only the service's own page has it."""
    return hmac.new(request.app.state.secret, b"verdict:" + rid.encode(), hashlib.sha256).hexdigest()


def _same_site(request: Request) -> None:
    """Refuse a write a browser marks as coming from another site (a tool sends no such header)."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise Refusal(403, "cross_site", None, "verdicts are taken only from this service's own pages")


def _json_only(request: Request) -> None:
    _same_site(request)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise Refusal(415, "bad_request", None, "send the verdict as JSON (Content-Type: application/json)")


def _reviewer(request: Request) -> str:
    """The reviewer's name the browser remembers (a cookie set when it last gave a verdict)."""
    from ..corpus.store import MAX_REVIEWER

    name = unquote(request.cookies.get(REVIEWER_COOKIE, ""))
    return "".join(c for c in name if c.isprintable())[:MAX_REVIEWER]


@router.get("/corpus/reports/{rid}", response_class=HTMLResponse)
async def stored_review_page(request: Request, rid: str) -> HTMLResponse:
    """A report of the store reviewed as an upload is, its findings each with its verdict
    and a form to give one."""
    doc, review = await run_in_threadpool(_stored(request).read, stored_review, rid)
    context = review_context(doc, review.report)
    if not doc.text:
        context["pieces"] = []
    text, missing = await run_in_threadpool(stored_source, request.app.state.pages, review.path, review.report)
    context.update(sources=source_context(review.report, doc, text), source_missing=missing)
    context.update(stored=review, token=_token(request, rid), reviewer=_reviewer(request),
                   verdict_labels=VERDICT_LABELS)
    return templates.TemplateResponse(request, "review.html.j2", context)


@router.post("/corpus/reports/{rid}/verdicts", include_in_schema=False)
async def verdict_form(request: Request, rid: str, fingerprint: str = Form(...), verdict: str = Form(...),
                       note: str = Form(""), reviewer: str = Form(""), token: str = Form("")) -> RedirectResponse:
    """The review page's verdict form: the verdict stored, back to the page at the finding."""
    stored = _stored(request)
    _same_site(request)
    if not re.fullmatch(r"[0-9a-f]{16}", rid):
        raise Refusal(404, "not_in_store", None, f"no report {rid!r} in the store")
    if not hmac.compare_digest(token.encode(), _token(request, rid).encode()):
        raise Refusal(403, "bad_token", None, "the form is out of date or from another site: "
                                              "reload the report's page and give the verdict again")
    row = await run_in_threadpool(stored.write_verdict, rid, fingerprint, verdict, note, reviewer)
    answer = RedirectResponse(f"/corpus/reports/{rid}#f-{quote(fingerprint, safe='')}", status_code=303)
    answer.set_cookie(REVIEWER_COOKIE, quote(row["reviewer"], safe=""), max_age=365 * 86400, httponly=True,
                      samesite="strict")
    return answer


@router.get("/api/reports/{rid}", response_model=StoredReview)
async def api_report(request: Request, rid: str) -> StoredReview:
    """A report of the store (`id` of GET /api/corpus) as extracted, with its findings
    (cross-year ones included), each with its verdict and their history."""
    return (await run_in_threadpool(_stored(request).read, stored_review, rid))[1]


router.add_api_route("/api/reports/{rid}/", api_report, methods=["GET"], response_model=StoredReview,
                     include_in_schema=False)


@router.post("/api/verdicts", response_model=VerdictOut, status_code=201, dependencies=[Depends(_json_only)],
             responses={404: {"description": "no such report or finding"},
                        415: {"description": "not JSON"}, 422: {"description": "a bad verdict"},
                        503: {"description": "a batch is writing the store: try again when it has finished"}})
async def api_verdict(request: Request, body: VerdictIn) -> VerdictOut:
    """Give a verdict on a finding (by its fingerprint) of a stored report, as `reviewer`,
    at the server's time. Verdicts are kept as history; a finding's verdict is its latest."""
    row = await run_in_threadpool(_stored(request).write_verdict, body.report, body.fingerprint, body.verdict,
                                  body.note, body.reviewer)
    return VerdictOut(**row)


@router.get("/compare", response_class=HTMLResponse)
async def compare_page(request: Request, last: str, this: str) -> HTMLResponse:
    """`nianbao compare`'s printable page for two reports of the store (named by their keys;
    a request names no file of the server's)."""
    from ..compare import compare_files, to_html
    from ..corpus.store import StoreError

    stored = _stored(request)

    def compared():
        with stored.reading():
            return compare_files(last, this, stored.path, False)

    try:
        comparison = await run_in_threadpool(compared)
    except StoreError as exc:
        raise refusal(exc) from None
    page = HTMLResponse(to_html(comparison))
    # The page is self-contained (one inline <style>, no script): allow that style by its hash.
    page.headers["content-security-policy"] = CSP + f"; style-src 'self' {_inline_hashes(page.body, 'style')}"
    return page


def _inline_hashes(body: bytes, tag: str) -> str:
    """CSP sources that allow exactly the inline <tag> elements of `body`, by their hashes."""
    found = re.findall(rb"<%s>(.*?)</%s>" % (tag.encode(), tag.encode()), body, re.S)
    return " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s).digest()).decode() for s in found)


def create_app(settings: Settings | None = None, store: str | Path | None = None) -> Guard:
    """The service with these limits (default: from the environment, see `settings.py`);
    `store`: a DuckDB file of `nianbao batch`, shown at /corpus."""
    settings = settings or Settings.from_env()
    extractors = Extractors(settings)
    jobs = Jobs(settings, extractors)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        extractors.start()
        try:
            yield
        finally:
            await jobs.close()
            extractors.stop()

    api = FastAPI(title="nianbao", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Extract and reconcile 政府信息公开工作年度报告.")
    api.state.settings = settings
    api.state.store = Path(store) if store is not None else None
    api.state.stored = StoreAccess(api.state.store) if store is not None else None
    api.state.secret = secrets.token_bytes(32)  # the verdict forms' tokens: valid until a restart
    api.state.extractors = extractors
    api.state.pages = PageCache(settings.page_cache_mb)
    api.state.jobs = jobs
    api.include_router(router)
    api.include_router(source_router)
    api.include_router(corpus_view.router)
    api.include_router(jobs_router)
    api.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @api.exception_handler(Refusal)
    async def _refused(_request: Request, exc: Refusal) -> JSONResponse:
        headers = {"retry-after": "5"} if exc.status == 503 else None
        return JSONResponse(status_code=exc.status, content=exc.content(), headers=headers)

    @api.exception_handler(RequestValidationError)
    async def _bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        """A request the API cannot take: 422 with one line (the first thing wrong)."""
        first = (exc.errors() or [{}])[0]
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "form"))
        reason = " ".join(f"{where + ': ' if where else ''}{first.get('msg', 'bad request')}".split())
        return JSONResponse(status_code=422, content={"error": "bad_request", "file": None, "reason": reason})

    return Guard(api, settings.max_upload_bytes, "NIANBAO_MAX_UPLOAD_MB, nianbao serve --max-upload-mb")


app = create_app()


def review_context(doc: Document, report: Report) -> dict:
    """What the review page shows: the findings, the three tables laid out as the
    printed form, and the narrative with its mentions marked."""
    involved: dict[str, list[int]] = {}
    mention_findings: dict[int, list[int]] = {}
    for i, finding in enumerate(report.findings):
        for m in finding.metrics:
            involved.setdefault(m, []).append(i)
        for m in finding.mentions:
            mention_findings.setdefault(m, []).append(i)
    pieces, pos = [], 0
    row_shown = None  # (place, row) of the kept table's row marked last
    for i, m in sorted(enumerate(report.mentions), key=lambda x: x[1].start):
        if m.start < pos:
            continue
        pieces.append(("text", doc.text[pos : m.start], None))
        if m.start == m.end:
            # A figure of a table the format kept (a pre-2019 附表): its row, once, at the
            # table's place in the text.
            if row_shown != (m.start, m.text):
                pieces += [("mention", m.text, i), ("text", "\n", None)]
                row_shown = (m.start, m.text)
        else:
            pieces.append(("mention", doc.text[m.start : m.end], i))
        pos = m.end
    pieces.append(("text", doc.text[pos:], None))
    return {
        "report": report,
        "facts": {f.metric: f for f in report.facts},
        "involved": involved,
        "mention_findings": mention_findings,
        **form_layout(report),
        "pieces": pieces,
        "n_errors": sum(f.severity == "error" for f in report.findings),
        "n_warnings": sum(f.severity == "warning" for f in report.findings),
        "n_infos": sum(f.severity == "info" for f in report.findings),
    }
