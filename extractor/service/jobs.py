"""Long documents as jobs: an upload that needs OCR is answered at once, and read in the
background on the service's worker pool.

- `POST /api/extract` (and the form's `POST /review`): a page image (told by its first
  bytes) is a job at once; any other file is extracted while the client waits, as before,
  except that its worker stops where OCR would begin (`ingest.scanned.deferring_ocr`: a
  PDF once the backend has read its pages and found those without a text layer, by its
  own test) and the file becomes a job. Either way the answer is 202 `{"job",
  "status_url"}` with `Location` (the form: 303 to the job's page `/jobs/{id}`). No PDF
  is parsed in the service's own process: a hostile one meets the workers' limits.
- `GET /api/jobs/{id}` → `JobStatus` (queued, running, done, failed; OCR pages done and
  total; seconds since it was accepted; the error, one line); `GET /api/jobs/{id}/report`
  → the report once done. `GET /jobs/{id}` shows the progress (`static/jobs.js` asks the
  API) and, once done, the review page of the report.

Bounds (`settings.py`): at most `max_jobs` jobs waiting or in extraction (more → 503, as
the upload queue), at most `kept_jobs` remembered, a finished one for `job_ttl` seconds.
A job runs under the document's time limit times `ocr_time_factor`. Its id is drawn by
`secrets` (128 bits): a job is seen only by whoever was given its id. The uploaded file
lives in a folder of the job's own, removed as soon as the job has ended.

Jobs use at most all workers but one (`Extractors.job_workers`): an upload answered at
once never waits behind a long scan, at the price of a worker left for them; with a
single worker, jobs and uploads take turns, each waiting at most for the one running.
"""

from __future__ import annotations

import asyncio
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel

from models import Document, Report

from .. import limits
from ..errors import ExtractionError, one_line
from .settings import Settings
from .work import Extractors, Refusal, read_progress

router = APIRouter()


class JobAccepted(BaseModel):
    """An upload that needs OCR: follow `status_url`."""

    job: str
    status_url: str


class JobError(BaseModel):
    code: str
    reason: str


class JobStatus(BaseModel):
    job: str
    file: str
    status: Literal["queued", "running", "done", "failed"]
    pages_done: int
    pages_total: int | None  # pages to OCR; None until counted (an image file's, when it is decoded)
    elapsed: float  # seconds since the upload was accepted (until the job ended)
    error: JobError | None = None
    report_url: str | None = None  # once done


@dataclass
class Job:
    id: str
    name: str  # the upload's name, as shown
    folder: Path  # the uploaded file and the worker's progress; removed when the job ends
    pages_total: int | None
    accepted: float = field(default_factory=time.monotonic)
    status: str = "queued"
    pages_done: int = 0
    ended: float | None = None
    error: JobError | None = None
    result: tuple[Document, Report] | None = None
    task: asyncio.Task | None = None

    @property
    def progress_file(self) -> Path:
        return self.folder / "progress"

    def follow(self) -> None:
        """Pages done and total, as the worker last wrote them."""
        if self.status == "running" and (seen := read_progress(self.progress_file)) is not None:
            self.pages_done, total = seen
            self.pages_total = total if total is not None else self.pages_total

    def view(self) -> JobStatus:
        self.follow()
        return JobStatus(job=self.id, file=self.name, status=self.status, pages_done=self.pages_done,
                         pages_total=self.pages_total,
                         elapsed=round((self.ended or time.monotonic()) - self.accepted, 1),
                         error=self.error,
                         report_url=f"/api/jobs/{self.id}/report" if self.status == "done" else None)


class Jobs:
    """The jobs of one app, with their bounds (see the module's docstring)."""

    def __init__(self, settings: Settings, extractors: Extractors):
        self.settings = settings
        self.extractors = extractors
        self._jobs: dict[str, Job] = {}  # oldest first

    def take(self, path: Path, name: str, pages: int | None) -> Job:
        """A job for the uploaded file at `path` (moved into the job's own folder) that
        needs OCR of `pages` pages (None: not counted yet); 503 beyond the bounds."""
        self._make_room(name)
        folder = Path(tempfile.mkdtemp(prefix="nianbao-job-"))
        job = Job(id=secrets.token_urlsafe(16), name=name, folder=folder, pages_total=pages)
        shutil.move(path, folder / path.name)
        self._jobs[job.id] = job
        job.task = asyncio.create_task(self._run(job, folder / path.name))
        return job

    def _make_room(self, name: str) -> None:
        self._forget_expired()
        s = self.settings
        active = sum(job.ended is None for job in self._jobs.values())
        if active >= s.max_jobs:
            raise Refusal(503, "busy", name, f"{active} long documents (scans) are already waiting or in "
                          f"extraction, the limit is {s.max_jobs} (NIANBAO_MAX_JOBS); try again shortly")
        while len(self._jobs) >= s.kept_jobs:
            oldest = next((job for job in self._jobs.values() if job.ended is not None), None)
            if oldest is None:
                raise Refusal(503, "busy", name, f"{len(self._jobs)} jobs are kept, the limit is {s.kept_jobs} "
                              "(NIANBAO_KEPT_JOBS); try again shortly")
            del self._jobs[oldest.id]

    def _forget_expired(self) -> None:
        now = time.monotonic()
        for job in [j for j in self._jobs.values() if j.ended is not None and now - j.ended > self.settings.job_ttl]:
            del self._jobs[job.id]

    def get(self, job_id: str) -> Job:
        self._forget_expired()
        job = self._jobs.get(job_id)
        if job is None:  # the id is not echoed: it is whatever the client sent
            raise Refusal(404, "no_such_job", None, "no job with this id: a job's id is in the answer to its "
                          f"upload, and a finished job is kept for {self.settings.job_ttl:g} s")
        return job

    async def _run(self, job: Job, path: Path) -> None:
        seconds = limits.current().seconds * self.settings.ocr_time_factor

        def started() -> None:
            job.status = "running"

        try:
            doc, report, _ = await self.extractors.run_job(path, job.name, seconds, job.progress_file, started)
            report.source.path = job.name  # the job's folder means nothing to the client
            job.result = doc, report
        except Refusal as exc:
            job.error = JobError(code=exc.code, reason=one_line(exc.reason))
        except asyncio.CancelledError:
            job.error = JobError(code="cancelled", reason="the service stopped before the job ended")
            raise
        except Exception as exc:  # noqa: BLE001 - a bug: the job fails with one line, the service goes on
            job.error = JobError(code="internal_error", reason=one_line(f"{type(exc).__name__}: {exc}"))
        finally:
            job.follow()  # the worker's last word on the pages
            job.status = "done" if job.result is not None else "failed"
            job.ended = time.monotonic()
            shutil.rmtree(job.folder, ignore_errors=True)

    async def close(self) -> None:
        """Stop every job (their workers are stopped with them) and remove their files."""
        tasks = [job.task for job in self._jobs.values() if job.task is not None and not job.task.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def is_image(path: Path) -> bool:
    """A page image (PNG, JPEG, TIFF), told by its first bytes as `ingest` tells formats:
    read by OCR whatever it shows."""
    from ..ingest import read_bytes, sniff_format

    try:
        return sniff_format(str(path), read_bytes(str(path), head=4096)) == "image"
    except ExtractionError:  # its extraction says what is wrong with it
        return False


def accepted(job: Job) -> JSONResponse:
    """The 202 answer to an upload that became `job`."""
    url = f"/api/jobs/{job.id}"
    return JSONResponse(status_code=202, content=JobAccepted(job=job.id, status_url=url).model_dump(),
                        headers={"location": url})


def _jobs(request: Request) -> Jobs:
    return request.app.state.jobs


@router.get("/api/jobs/{job_id}", response_model=JobStatus,
            responses={404: {"description": "no such job (never given, or its result was dropped)"}})
async def job_status(request: Request, job_id: str) -> JobStatus:
    """A long upload's job: queued, running (OCR pages done of total), done (its report at
    `report_url`) or failed (`error`: code and reason, one line)."""
    return _jobs(request).get(job_id).view()


@router.get("/api/jobs/{job_id}/report", response_model=Report,
            responses={404: {"description": "no such job"}, 409: {"description": "the job has not ended yet"},
                       422: {"description": "the job failed: its error"}})
async def job_report(request: Request, job_id: str) -> Report:
    """The report of a finished job, as `POST /api/extract` answers it for a short upload."""
    job = _jobs(request).get(job_id)
    if job.error is not None:
        raise Refusal(422, job.error.code, job.name, job.error.reason)
    if job.result is None:
        raise Refusal(409, "not_done", job.name, f"the job is {job.status}; its report is here once it is done")
    return job.result[1]


@router.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
async def job_page(request: Request, job_id: str) -> HTMLResponse:
    """The job's progress (the page asks the API until the job has ended), then the review
    page of its report, as `POST /review` shows a short upload's."""
    from .app import review_context, templates  # the app includes this router

    job = _jobs(request).get(job_id)
    if job.result is not None:
        return templates.TemplateResponse(request, "review.html.j2", review_context(*job.result))
    return templates.TemplateResponse(request, "job.html.j2", {"job": job.view()})
