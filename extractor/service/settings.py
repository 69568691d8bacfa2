"""The service's limits on its clients: read from the environment, overridable by
`nianbao serve`. (What one document may take, its time included, is `extractor.limits`,
the same for the service as for the command line.)

Each limit protects the machine from one kind of hostile client; each error the service
answers names the setting that refused the request.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Settings:
    max_upload_mb: float = 50.0  # request body; larger → 413 as soon as that is known
    header_timeout: float = 10.0  # s for a request line and its headers; then 408 and close
    body_timeout: float = 20.0  # s for a request body, from the end of its headers; then 408 and close
    workers: int = max(1, os.cpu_count() or 1)  # extraction processes
    max_queue: int = 32  # documents waiting for or in extraction; more → 503 with Retry-After
    page_cache_mb: float = 128.0  # rendered report pages kept in memory (service/pages.py)
    # Uploads that need OCR become jobs (`jobs.py`):
    max_jobs: int = 8  # jobs waiting for or in extraction; more → 503 with Retry-After
    kept_jobs: int = 100  # jobs remembered, finished ones with their reports (the oldest dropped first)
    job_ttl: float = 3600.0  # s a finished job's report is kept
    # A job's time limit: the document's (`--limit seconds=`) times this (OCR takes seconds a page:
    # 300 s × 10 lets the `pages` limit, 300 scanned pages, be read at 10 s a page).
    ocr_time_factor: float = 10.0

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 2**20)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ, **overrides) -> Settings:
        """Defaults, then `NIANBAO_<NAME>` variables, then `overrides` that are not None."""
        values = {}
        for f in fields(cls):
            raw = environ.get(env_name(f.name))
            if raw is not None and raw.strip():
                values[f.name] = _parse(f.name, raw, type(f.default))
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        for f in fields(cls):
            if getattr(settings, f.name) <= 0:
                raise ValueError(f"{env_name(f.name)} must be positive, not {getattr(settings, f.name)}")
        return settings


def env_name(field: str) -> str:
    return "NIANBAO_" + field.upper()


def _parse(field: str, raw: str, kind: type):
    try:
        return kind(raw.strip())
    except ValueError:
        raise ValueError(f"{env_name(field)}={raw!r} is not a valid {kind.__name__}") from None
