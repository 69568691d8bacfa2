"""A corpus in one DuckDB file: reports, facts, mentions, findings and failures as tables.

Analysts query it with SQL and export it with DuckDB's own COPY (Parquet, CSV). Rows
are staged as JSON Lines and loaded with `read_json`, which is far faster than row
by row inserts. Re-adding a file (same path) replaces its rows.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from models import Report

from .batch import Failure

SCHEMA = {
    "reports": {
        "path": "VARCHAR", "sha256": "VARCHAR", "format": "VARCHAR", "organ": "VARCHAR",
        "year": "INTEGER", "layout": "VARCHAR", "pages": "INTEGER", "title": "VARCHAR",
        "sections_found": "VARCHAR", "n_facts": "INTEGER", "n_mentions": "INTEGER",
        "n_errors": "INTEGER", "n_warnings": "INTEGER",
    },
    "facts": {
        "path": "VARCHAR", "metric": "VARCHAR", "value": "DOUBLE", "raw": "VARCHAR", "status": "VARCHAR",
        "derived": "BOOLEAN", "note": "VARCHAR", "page": "INTEGER", "dom_path": "VARCHAR",
        "start": "INTEGER", "end": "INTEGER",
    },
    "mentions": {
        "path": "VARCHAR", "text": "VARCHAR", "value": "DOUBLE", "unit": "VARCHAR", "approx": "BOOLEAN",
        "kind": "VARCHAR", "metric": "VARCHAR", "topic": "VARCHAR", "scope": "VARCHAR",
        "section": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "page": "INTEGER",
    },
    "findings": {
        "path": "VARCHAR", "rule": "VARCHAR", "severity": "VARCHAR", "message": "VARCHAR",
        "reported": "DOUBLE", "computed": "DOUBLE", "delta": "DOUBLE", "metrics": "VARCHAR",
        "fingerprint": "VARCHAR",
    },
    "failures": {"path": "VARCHAR", "code": "VARCHAR", "reason": "VARCHAR"},
}


def _rows(report: Report) -> dict[str, list[dict]]:
    path = report.source.path
    m = report.meta
    return {
        "reports": [{
            "path": path, "sha256": report.source.sha256, "format": report.source.format,
            "organ": m.organ, "year": m.year, "layout": m.layout, "pages": m.pages, "title": m.title,
            "sections_found": "".join(m.sections_found), "n_facts": len(report.facts),
            "n_mentions": len(report.mentions),
            "n_errors": sum(f.severity == "error" for f in report.findings),
            "n_warnings": sum(f.severity == "warning" for f in report.findings),
        }],
        "facts": [{
            "path": path, "metric": f.metric, "value": f.value, "raw": f.raw, "status": f.status,
            "derived": f.derived, "note": f.note, "page": f.source.page, "dom_path": f.source.dom_path,
            "start": f.source.start, "end": f.source.end,
        } for f in report.facts],
        "mentions": [{
            "path": path, "text": x.text, "value": x.value, "unit": x.unit, "approx": x.approx,
            "kind": x.kind, "metric": x.metric, "topic": x.topic, "scope": x.scope,
            "section": x.section, "start": x.start, "end": x.end, "page": x.page,
        } for x in report.mentions],
        "findings": [{
            "path": path, "rule": f.rule, "severity": f.severity, "message": f.message,
            "reported": f.reported, "computed": f.computed, "delta": f.delta,
            "metrics": ",".join(f.metrics), "fingerprint": f.fingerprint,
        } for f in report.findings],
    }


class CorpusStore:
    """Buffered writer of outcomes into a DuckDB file."""

    def __init__(self, db_path: str | Path, flush_every: int = 200):
        import duckdb

        self.db = duckdb.connect(str(db_path))
        for table, cols in SCHEMA.items():
            body = ", ".join(f'"{c}" {t}' for c, t in cols.items())
            self.db.execute(f'CREATE TABLE IF NOT EXISTS {table} ({body})')
        self.buffer: dict[str, list[dict]] = {t: [] for t in SCHEMA}
        self.paths: list[str] = []
        self.flush_every = flush_every

    def add_report(self, report: Report) -> None:
        self.paths.append(report.source.path)
        for table, rows in _rows(report).items():
            self.buffer[table].extend(rows)
        if len(self.paths) >= self.flush_every:
            self.flush()

    def add_failure(self, failure: Failure) -> None:
        self.paths.append(failure.path)
        self.buffer["failures"].append({"path": failure.path, "code": failure.code, "reason": failure.reason})

    def flush(self) -> None:
        if not self.paths:
            return
        self.db.execute("BEGIN")
        for table in SCHEMA:
            self.db.execute(f"DELETE FROM {table} WHERE path IN (SELECT unnest(?::VARCHAR[]))", [self.paths])
        with tempfile.TemporaryDirectory() as tmp:
            for table, rows in self.buffer.items():
                if not rows:
                    continue
                staged = Path(tmp) / f"{table}.jsonl"
                staged.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
                columns = ", ".join(f"'{c}': '{t}'" for c, t in SCHEMA[table].items())
                self.db.execute(
                    f"INSERT INTO {table} SELECT * FROM read_json(?, format='newline_delimited', columns={{{columns}}})",
                    [str(staged)],
                )
        self.db.execute("COMMIT")
        self.buffer = {t: [] for t in SCHEMA}
        self.paths = []

    def export(self, folder: str | Path, fmt: str = "parquet") -> list[Path]:
        """Write every table as Parquet or CSV into `folder`."""
        self.flush()
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for table in SCHEMA:
            target = folder / f"{table}.{fmt}"
            option = "(FORMAT PARQUET)" if fmt == "parquet" else "(FORMAT CSV, HEADER)"
            self.db.execute(f"COPY {table} TO '{target.as_posix()}' {option}")
            out.append(target)
        return out

    def close(self) -> None:
        self.flush()
        self.db.close()

    def __enter__(self) -> "CorpusStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
