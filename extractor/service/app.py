"""The HTTP service: extraction as JSON, and a review page for one report.

    nianbao serve            (uvicorn extractor.service.app:app)

- `POST /api/extract` (multipart `file`) → the report JSON of OUTPUT.md; a file that
  cannot be processed → 422 with `{"error": code, "file": …, "reason": …}`.
- `GET /api/schema` → the report's JSON Schema.
- `GET /` → upload form; `POST /review` → the review page: findings first, each
  pointing at its table cells and narrative words, which light up when chosen.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from fastapi import FastAPI, File, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates

from models import Document, Report, vocabulary

from ..errors import ExtractionError

MAX_UPLOAD = 50 * 1024 * 1024
app = FastAPI(title="nianbao", version="1", description="Extract and reconcile 政府信息公开工作年度报告.")
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))


async def _run_upload(upload: UploadFile) -> tuple[Document, Report]:
    from ..pipeline import run

    name = Path(upload.filename or "upload").name
    data = await upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise ExtractionError(name, f"larger than {MAX_UPLOAD // 2**20} MB")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        # Extraction is CPU work: keep the event loop free for other requests.
        doc, report = await asyncio.to_thread(run, path)
    report.source.path = name  # the temporary folder means nothing to the client
    return doc, report


@app.exception_handler(ExtractionError)
async def _extraction_error(_request: Request, exc: ExtractionError) -> JSONResponse:
    return JSONResponse(status_code=422, content={"error": exc.code, "file": Path(exc.path).name, "reason": exc.reason})


@app.post("/api/extract", response_model=Report)
async def api_extract(file: UploadFile = File(...)) -> Report:
    return (await _run_upload(file))[1]


@app.get("/api/schema")
async def api_schema() -> dict:
    return Report.model_json_schema()


@app.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "index.html.j2", {})


@app.post("/review", response_class=HTMLResponse)
async def review(request: Request, file: UploadFile = File(...)) -> HTMLResponse:
    doc, report = await _run_upload(file)
    return templates.TemplateResponse(request, "review.html.j2", review_context(doc, report))


def review_context(doc: Document, report: Report) -> dict:
    """What the review page shows: the findings, the three tables laid out as the
    printed form, and the narrative with its mentions marked."""
    v = vocabulary()
    involved: dict[str, list[int]] = {}
    mention_findings: dict[int, list[int]] = {}
    for i, finding in enumerate(report.findings):
        for m in finding.metrics:
            involved.setdefault(m, []).append(i)
        for m in finding.mentions:
            mention_findings.setdefault(m, []).append(i)
    layout = report.meta.layout or "2021"
    t2_items: dict[str, list[str]] = {}
    for metric in v.t2_layouts[layout]:
        item, col = metric.split(".")
        t2_items.setdefault(item, []).append(col)
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
        "t2_items": t2_items,
        "t2_labels": {k: vs[0] for k, vs in v.t2_items.items()},
        "t2_col_labels": {k: vs[0] for k, vs in v.t2_columns.items()},
        "t3_rows": v.t3_value_rows(report.meta.other_single_row),
        "t3_labels": {r.id: r.labels[0] for r in v.t3_rows},
        "t3_cols": v.t3_column_ids,
        "t3_col_labels": {k: vs[0] for k, vs in v.t3_columns.items()},
        "t4_groups": {k: vs[0] for k, vs in v.t4_groups.items()},
        "t4_cols": v.t4_column_ids,
        "t4_col_labels": {k: vs[0] for k, vs in v.t4_columns.items()},
        "pieces": pieces,
        "n_errors": sum(f.severity == "error" for f in report.findings),
        "n_warnings": sum(f.severity == "warning" for f in report.findings),
        "n_infos": sum(f.severity == "info" for f in report.findings),
    }
