"""One document, one way through: ingest → tables → meta → narrative → reconcile.

Each stage is a plain function over pydantic models; this module only wires them and
times them. Follow a document from `extract` downwards to find every stage.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

from models import Document, Report, SourceFile, Warning_, vocabulary

from . import ingest, limits
from .errors import NotAReport, display_path
from .meta import read_meta
from .narrative import extract_mentions
from .reconcile import check, pin_readings
from .tables.standard import map_tables, settle_with_narrative, settle_with_previous


@contextmanager
def _timed(timings: dict[str, float], stage: str):
    t0 = time.perf_counter()
    yield
    timings[stage] = round(timings.get(stage, 0.0) + (time.perf_counter() - t0) * 1000, 2)


def extract(path: str | Path | Sequence[str | Path], previous: Report | None = None) -> Report:
    """Read one report file (or the page images of one scanned report: a folder of
    them or a list of their paths) and return its facts, mentions and findings.

    Raises an `ExtractionError` subclass (with the file and the reason) when the
    file cannot be read or is not an annual report. With `previous` (last year's
    report of the same organ) the cross-year relations are checked too.
    """
    return run(path, previous)[1]


def run(path: str | Path | Sequence[str | Path], previous: Report | None = None) -> tuple[Document, Report]:
    """`extract`, also returning the `Document` (whose text the mention offsets index).
    The whole runs within the `seconds` limit (`extractor.limits`), under the limits in
    force when it starts."""
    name = path if isinstance(path, (str, Path)) else (Path(path[0]).parent if path else "")
    with limits.using(), limits.time_limit(display_path(name)):
        return _run(path, previous)


def _run(path, previous: Report | None) -> tuple[Document, Report]:
    timings: dict[str, float] = {}
    with _timed(timings, "ingest"):
        doc = ingest.read(path)
    for table in doc.tables:  # every later stage lays tables out as grids
        limits.check(doc.path, "grid_cells", table.n_rows * table.n_cols, "a table's rows × columns")
    limits.check_time(doc.path)
    with _timed(timings, "tables"):
        mapped = map_tables(doc)
    meta = read_meta(doc, mapped)
    if not mapped.facts and not meta.sections_found and meta.title is None:
        raise NotAReport(
            doc.path, "no 表二/表三/表四 tables, report sections or report title were found"
        )
    limits.check_time(doc.path)
    with _timed(timings, "narrative"):
        mentions = extract_mentions(doc, layout=meta.layout or vocabulary().layout_of_year(meta.year), year=meta.year)
    limits.check_time(doc.path)
    with _timed(timings, "tables"):
        settle_with_narrative(mapped, mentions)
        if previous is not None:
            settle_with_previous(mapped, previous)
    report = Report(
        source=SourceFile(path=display_path(doc.path), sha256=doc.sha256, format=doc.format),
        meta=meta,
        facts=mapped.facts,
        mentions=mentions,
        # A table row spanned by one label cell is met once per row it covers: one warning each.
        warnings=[Warning_(code=c, message=m) for c, m in dict.fromkeys(doc.warnings + mapped.warnings)],
    )
    with _timed(timings, "reconcile"):
        report = pin_readings(report)
        report.findings = check(report, previous)
    report.timings_ms = timings
    return doc, report
