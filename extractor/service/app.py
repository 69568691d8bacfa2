"""The HTTP service: extraction as JSON, and a review page for one report.

    nianbao serve            (`server.serve`: uvicorn with the deadlines for slow clients)

- `POST /api/extract` (multipart `file`) → the report JSON of OUTPUT.md; a file that
  cannot be processed → 422 with `{"error": code, "file": …, "reason": …}`.
- `GET /api/schema` → the report's JSON Schema.
- `GET /` → upload form; `POST /review` → the review page: findings first, each
  pointing at its table cells and narrative words, which light up when chosen.

Everything in a report is hostile: every template autoescapes, the page runs only its own
static script under a strict Content-Security-Policy (`guard.py`), uploads are limited
in size (`guard.py`) and extracted on worker processes with a time limit (`work.py`).
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import tempfile
import unicodedata
from contextlib import asynccontextmanager
from pathlib import Path

import jinja2
from fastapi import APIRouter, FastAPI, File, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from models import Document, Report

from ..form import form_layout
from .guard import CSP, Guard
from .settings import Settings
from .work import Extractors, Refusal

HERE = Path(__file__).parent
# Autoescape every template whatever its name (select_autoescape() would skip our *.html.j2).
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                                   autoescape=True))
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


async def _run_upload(request: Request, upload: UploadFile) -> tuple[Document, Report]:
    name = display_name(upload.filename)
    suffix = Path(name).suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,10}", Path(name).suffix) else ""
    with tempfile.TemporaryDirectory(prefix="nianbao-upload-") as tmp:
        # The file on disk has a name of ours: the client's name never reaches the file system.
        path = Path(tmp) / f"upload{suffix}"
        with path.open("wb") as out:
            await run_in_threadpool(shutil.copyfileobj, upload.file, out, 1 << 20)
        extractors: Extractors = request.app.state.extractors
        doc, report = await extractors.run(path, name, lambda: _client_gone(request))
    report.source.path = name  # the temporary folder means nothing to the client
    return doc, report


@router.post("/api/extract", response_model=Report)
async def api_extract(request: Request, file: UploadFile = File(...)) -> Report:
    return (await _run_upload(request, file))[1]


@router.get("/api/schema")
async def api_schema() -> dict:
    return Report.model_json_schema()


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "index.html.j2", {"has_store": request.app.state.store is not None})


@router.post("/review", response_class=HTMLResponse)
async def review(request: Request, file: UploadFile = File(...)) -> HTMLResponse:
    doc, report = await _run_upload(request, file)
    return templates.TemplateResponse(request, "review.html.j2", review_context(doc, report))


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


PAGE_SIZE = 100  # reports per page of the corpus view


def _store(request: Request) -> Path:
    store = request.app.state.store
    if store is None:
        raise Refusal(404, "no_store", None, "the service was started without a store (nianbao serve --db corpus.duckdb)")
    return store


@router.get("/corpus", response_class=HTMLResponse)
async def corpus(request: Request, page: int = 1, organ: str = "", year: int | None = None) -> HTMLResponse:
    """The store's reports (organ, year, errors, warnings), PAGE_SIZE a page, each with a
    link to the comparison with the organ's report of the year before when the store has it."""
    store = _store(request)
    rows, total = await run_in_threadpool(_organ_years, store, max(1, page), organ.strip(), year)
    pages = max(1, -(-total // PAGE_SIZE))
    return templates.TemplateResponse(request, "corpus.html.j2", {
        "rows": rows, "total": total, "page": max(1, page), "pages": pages, "organ": organ.strip(),
        "year": year, "store_name": Path(store).name})


def _organ_years(store: Path, page: int, organ: str, year: int | None) -> tuple[list[dict], int]:
    from ..corpus.store import StoreError, attach_read_only

    try:
        db = attach_read_only(store)
    except StoreError as exc:
        raise Refusal(503, exc.code, exc.path, exc.reason) from None
    try:
        where = "WHERE (? = '' OR organ LIKE '%' || ? || '%') AND (?::INTEGER IS NULL OR year = ?)"
        args = [organ, organ, year, year]
        total = db.execute(f"SELECT count(*) FROM organ_years {where}", args).fetchone()[0]
        rows = db.execute(
            f"SELECT o.organ, o.year, o.report, o.errors, o.warnings, o.previous_report, s.value, s.sample, "
            f"s.small_sample, a.value FROM (SELECT * FROM organ_years {where} "
            "ORDER BY organ, year, report LIMIT ? OFFSET ?) o "
            "LEFT JOIN indicators s ON s.path = o.report AND s.indicator = 'substantive_disclosure' "
            "LEFT JOIN indicators a ON a.path = o.report AND a.indicator = 'applications' "
            "ORDER BY o.organ, o.year, o.report", [*args, PAGE_SIZE, (page - 1) * PAGE_SIZE]).fetchall()
    finally:
        db.close()
    keys = ("organ", "year", "report", "errors", "warnings", "previous", "disclosure", "disclosure_sample",
            "disclosure_small", "applications")
    return [dict(zip(keys, r)) for r in rows], total


@router.get("/compare", response_class=HTMLResponse)
async def compare_page(request: Request, last: str, this: str) -> HTMLResponse:
    """`nianbao compare`'s printable page for two reports of the store (named by their keys;
    a request names no file of the server's)."""
    from ..compare import compare_files, to_html
    from ..corpus.store import StoreError

    store = _store(request)
    try:
        comparison = await run_in_threadpool(compare_files, last, this, store, False)
    except StoreError as exc:
        raise Refusal(404 if exc.code in ("not_in_store", "ambiguous") else 503, exc.code, exc.path, exc.reason) from None
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

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        extractors.start()
        try:
            yield
        finally:
            extractors.stop()

    api = FastAPI(title="nianbao", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Extract and reconcile 政府信息公开工作年度报告.")
    api.state.settings = settings
    api.state.store = Path(store) if store is not None else None
    api.state.extractors = extractors
    api.include_router(router)
    api.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @api.exception_handler(Refusal)
    async def _refused(_request: Request, exc: Refusal) -> JSONResponse:
        headers = {"retry-after": "5"} if exc.status == 503 else None
        return JSONResponse(status_code=exc.status, content=exc.content(), headers=headers)

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
    for i, m in sorted(enumerate(report.mentions), key=lambda x: x[1].start):
        if m.start < pos:
            continue
        pieces.append(("text", doc.text[pos : m.start], None))
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
